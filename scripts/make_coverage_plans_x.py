"""Write the sealed coverage evaluation set "x": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_x.py            # writes documents and gold
    python scripts/make_coverage_plans_x.py --check    # only runs the consistency checks

Documents: corpus/coverage/x/<name>.<ext>      Gold: corpus/gold/coverage/x/<name>.json

The three documents imitate what councils' own systems produce: a large plan exported from a
wiki or by pandoc to Markdown (a "# Improvement plan" title, a version table, "## Priority N:
<theme>" headings grouping the recommendations by theme, each followed by an italic "What good
looks like" line and a pipe table No. | Action | Responsible | Timescale | Measure of success,
citations written inside the action text on a minority of rows, <br> line breaks left in cells and
one row whose empty Responsible cell the converter dropped), a Word narrative plan (headings per
priority, context paragraphs, one paragraph per action followed by "Lead:" and "By:" /
"Timescale:" lines, bullet lists whose items share one lead line) and a council committee-report
web page (header, navigation, breadcrumb, report sections with "Background" and "Progress so
far", then the plan as one <table> Area for improvement | Action | Lead | Deadline | RAG with the
area cell spanning its rows).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes by the shared helpers in
scripts/_coverage_sets.py, never by reading the generated documents back, and no extractor code
is imported or run. Recommendation texts come from the hand-checked report gold in
corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the row cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    refs=[7]                       numbers the row cites
    mis=True                       the row cites a number its action does not answer; its
                                   citation is not a link, its true link is judged
Actions with no links are orphans (business as usual), see each plan's design notes.

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes and tools, such as the Graded Care Profile 2, the DASH risk checklist, Pupil Premium Plus,
Fostering for Adoption or Mental Health First Aid, are named as councils name them). Output is
deterministic: DOCX core properties are fixed and every zip member is written with a fixed
timestamp; the Markdown and HTML files are plain text.
"""

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, docx_props, main, normalise_zip, report_recs  # noqa: E402
from _coverage_sets import STOP, curly, words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


def _cell(v):
    """A cell given as a list holds lines joined by <br>; the gold joins them with '; '."""
    return "; ".join(v) if isinstance(v, list) else v


# ---------------------------------------------------------------------------------------------
# Plan 1: Ravensholt - Markdown export of a wiki plan, answering St Helens 2015-01-20 (SIF, 27
# local-authority recommendations). "# Improvement plan", a version table, introduction, then
# eight "## Priority N: <theme>" sections (themes, not the report's order), each with an italic
# "What good looks like" line and a pipe table No. | Action | Responsible | Timescale | Measure of
# success. A minority of rows cite a number inside the action text ("(Rec 7)", "(links to
# recommendations 4 and 8)"); one of them cites the wrong number. <br> in some cells; one row
# lost its empty Responsible cell in the conversion (four cells instead of five).
# ---------------------------------------------------------------------------------------------

RAV_REPORT = "st-helens-80560/2015-01-20.pdf"

RAV_PRIORITIES = {
    1: ("Priority 1: Knowing our practice and acting on what we find",
        "What good looks like: leaders and managers know how good the work is for each child "
        "and use what they find to make it better."),
    2: ("Priority 2: The right response at the front door",
        "What good looks like: families get help from their first contact with us, and child "
        "protection enquiries happen only when they are needed."),
    3: ("Priority 3: Assessment and planning that change children's lives",
        "What good looks like: every assessment understands the family's story so far and every "
        "plan says clearly what must change."),
    4: ("Priority 4: Children who go missing or are at risk of exploitation",
        "What good looks like: we know why children go missing and who puts them at risk, and "
        "we act on it together."),
    5: ("Priority 5: Children in our care",
        "What good looks like: children in care have plans that are current, homes that suit "
        "them and adults who expect them to do well at school."),
    6: ("Priority 6: Permanence without delay",
        "What good looks like: children who need a new family move to it as soon as it is "
        "safe to."),
    7: ("Priority 7: Care leavers ready for adult life",
        "What good looks like: care leavers are working or learning, and have a plan for their "
        "future that they helped to write."),
    8: ("Priority 8: Other service commitments 2015-16",
        "Commitments from the Children and Young People's Plan that are tracked through this "
        "plan."),
}

# how a row's text may cite recommendations (only these forms are used)
RAV_CITE = re.compile(r"\((?:Rec\.? (\d+)|recommendation (\d+)|links to recommendations (\d+) "
                      r"and (\d+))\)")


def rav_refs(text):
    return sorted(int(n) for m in RAV_CITE.finditer(text) for n in m.groups() if n)


def rav_actions():
    acts = []

    def add(row, text, lead, date, measure="", links=(), mis=False, br=None, broken=False):
        """``lead``/``date``/``measure`` as a list when the cell holds lines joined by <br>;
        ``br``: the words after which the action cell holds a <br> (the gold text has a space);
        ``broken``: the converter dropped this row's (empty) Responsible cell."""
        p = int(row.split(".")[0])
        sec, obj = RAV_PRIORITIES[p]
        assert br is None or text.startswith(br + " "), (row, br)
        assert not broken or not lead, row
        acts.append(A(text, _cell(lead), _cell(date), links, rav_refs(text), mis, row=row,
                      section=sec, objective=obj, lead_cell=lead, date_cell=date,
                      measure=measure, br=br, broken=broken))

    # Priority 1: leadership, performance, audit, supervision, training
    add("1.1", "Replace the monthly performance report with a Practice Quality Scorecard that "
        "puts audit grades, what children and families tell us and repeat referrals next to the "
        "compliance figures we already report, such as the timeliness of looked after reviews.",
        "Head of Performance and Intelligence", "April 2015",
        "Scorecard at CSMT every month from May 2015",
        [(23, "j", "h", "performance framework focused on quality as well as compliance; the "
          "timeliness of looked after reviews is named in passing as a figure already reported "
          "(R16)")])
    add("1.2", "Give each head of service a named performance analyst; every monthly report to "
        "explain what the figures mean for children and what managers will do about them "
        "(Rec. 23)",
        "Head of Performance and Intelligence", "From May 2015", "Analysts in post",
        [(23, "e", "h", "improved analysis of performance information underpinning the "
          "framework")])
    add("1.3", "Rewrite the case audit tool so that auditors grade how good the work is and "
        "record, after talking with the family, whether anything is better for the child because "
        "we were involved.",
        "Quality Assurance Manager", "March 2015", "New tool used in all audits from April",
        [(24, "j", "h", "audits focused on the quality of practice and on the impact of "
          "interventions on outcomes"),
         (25, "j", "m", "an improved focus on quality in audits (R25's first clause)")])
    add("1.4", "Practice Week each spring and autumn: directors and heads of service audit "
        "alongside the allocated worker, and every audit ends with a conversation with the child "
        "or a parent.",
        ["Director of Children's Services", "Quality Assurance Manager"],
        ["May 2015", "November 2015"], "80 audits a week; families' views in every audit",
        [(24, "j", "h", "audits that evaluate the difference made, with the family's view")])
    add("1.5", "Quarterly 'What we found' briefing to every team from the audit programme, and a "
        "practice workshop on the theme of each quarter's audits; teams record the changes they "
        "have made.",
        "Principal Social Worker", "Quarterly", "",
        [(25, "j", "h", "learning from audits reaching practitioners")])
    add("1.6", "Reflective supervision model for all social work teams, with every team manager "
        "trained in it; each supervision record to note the worker's learning and development "
        "needs, which feed their annual appraisal (Rec 25)",
        "Principal Social Worker", "Sept 2015",
        ["All team managers trained", "Supervision audit: 75% reflective"],
        [(25, "e", "h", "reflective supervision that addresses social workers' development and "
          "training needs")])
    add("1.7", "Three-stage evaluation of every course: feedback on the day, a follow-up with the "
        "worker and their manager after three months, and a check of a sample of attendees' case "
        "files.",
        "Workforce Development Manager", "From April 2015", "",
        [(26, "j", "h", "a system for monitoring whether training is effective")])
    add("1.8", "Annual report to the Workforce Board on which courses changed practice and "
        "which will be dropped.",
        "Workforce Development Manager", "March 2016", "First report March 2016",
        [(26, "j", "h", "monitoring the effectiveness of training, reported and acted on")])
    add("1.9", "Set up staff networks for Black, Asian and minority ethnic colleagues and for "
        "disabled colleagues, and publish a yearly profile of the children's services workforce "
        "by ethnicity, religion and disability.",
        "HR Business Partner", "July 2015", "Networks meeting")
    add("1.10", "Heads of service to read two assessments and two plans from each team every "
        "month and give the team leader written feedback on what is good and what must change.",
        "Heads of Service", "Monthly", "",
        [(7, "j", "h", "managers monitoring and influencing the quality of assessment and "
          "planning")])

    # Priority 2: the front door
    add("2.1", "Relaunch the Levels of Need guidance through twelve locality briefings for "
        "schools, GPs, police and health visitors, using worked examples of families at each "
        "level.",
        ["Head of Early Help", "LSCB Business Manager"], "June 2015",
        "400 partner staff briefed",
        [(3, "j", "h", "a clear understanding of thresholds across the continuum of need")])
    add("2.2", "Weekly threshold clinic in each locality: the duty team manager and the early "
        "help coordinator review together every contact that did not lead to a service and agree "
        "where the family should go.",
        "Duty Team Managers", "From March 2015", "Re-referrals within 12 months below 20%",
        [(3, "j", "h", "thresholds applied consistently so children get the right help at the "
          "right time")], br="Weekly threshold clinic in each locality:")
    add("2.3", "Hold strategy discussions in the MASH with police, health and education taking "
        "part, and record what each agency brought; a Section 47 enquiry starts only when the "
        "discussion agrees that the threshold for one is met (links to recommendations 4 and 8)",
        "AD Early Help and Protection", "April 2015",
        ["Strategy discussions with health present: 90%", "S47s ending in NFA halved"],
        [(4, "e", "h", "thresholds for child protection enquiries and strategy discussions, "
          "informed by multi-agency information"),
         (8, "e", "m", "the MASH supporting information sharing and evidence-based decisions "
          "in child protection work")])
    add("2.4", "Every quarter, sample 25 Section 47 enquiries that ended with no further action "
        "and ask whether a child and family assessment alone would have been enough (Rec 4)",
        "Quality Assurance Manager", "Quarterly", "",
        [(4, "e", "h", "reviewing the thresholds applied to child protection enquiries")])
    add("2.5", "Health, probation, education welfare and housing staff to join the police Family "
        "Crime Unit in the MASH, under one signed information sharing agreement (Rec 8)",
        "AD Early Help and Protection", "September 2015", "All partners co-located",
        [(8, "e", "h", "completing the implementation of the MASH with all key partners")])
    add("2.6", "MASH to RAG-rate every contact within four hours and decide within 24 hours, "
        "with the manager's reasons recorded on CaseView.",
        "MASH Team Manager", "June 2015", "95% of decisions within 24 hours",
        [(8, "j", "h", "timely, recorded, evidence-based MASH decisions at an early stage")])
    add("2.7", "Every school, GP practice and health visiting team to name an Early Help "
        "Champion who can complete a Family Support Assessment and act as lead worker for a "
        "family.",
        "Head of Early Help", "December 2015", "Champion in 100% of schools",
        [(2, "j", "h", "partners undertaking common assessments and the lead professional "
          "role")])
    add("2.8", "Early Help Hub to give partners telephone advice and to track every Family "
        "Support Assessment a partner opens, following up any without a review after three "
        "months.",
        "", "Ongoing", "Partner-led assessments up by 50%",
        [(2, "j", "h", "implementing the early help strategy: partners' assessments supported "
          "and tracked")])
    add("2.9", "Adopt the DASH risk checklist in children's social care, early help and partner "
        "agencies, so that every practitioner uses the same measure of domestic abuse risk "
        "(Rec 9)",
        "Domestic Abuse Coordinator", "July 2015", "",
        [(9, "e", "h", "a common risk assessment model for domestic abuse")])
    add("2.10", "Recommission outreach, IDVA and children's recovery group services from the "
        "findings of the domestic abuse needs analysis.",
        ["Commissioning Manager", "Community Safety Partnership"], "April 2016",
        "New contracts from 1 April 2016",
        [(9, "j", "h", "targeted support for child and adult victims based on an analysis of "
          "local need")])

    # Priority 3: assessment and planning
    add("3.1", "New assessment practice standard: every assessment to contain a chronology of "
        "significant events and to say what has happened to the family before, not only what "
        "is happening now.",
        "Principal Social Worker", "March 2015", "Audit: 80% of assessments good",
        [(10, "j", "h", "assessments that consider and analyse historical risk factors")])
    add("3.2", "No case to close or step down to early help until the team manager confirms that "
        "the reasons for the referral have been dealt with and the child has been seen in the "
        "last ten working days (Rec 10)",
        "Team Managers", "Immediate", "Re-referral rate",
        [(10, "e", "h", "all aspects of need addressed before cases are stepped down")])
    add("3.3", "Write child in need and child protection plans in the 'Three Questions' format: "
        "what are we worried about, what needs to change, how will we know; each action with a "
        "named person and a date.",
        "Principal Social Worker", "April 2015", "",
        [(11, "j", "h", "plans focused on key risks, specific, with timescales and measurable "
          "outcomes")])
    add("3.4", "Core groups to score progress against each outcome of the plan at every meeting, "
        "and tell the team manager when the score has not moved for two meetings (Rec 12)",
        ["Social Workers", "Team Managers"], "May 2015", "",
        [(11, "j", "h", "the impact of interventions closely monitored by managers; cited as "
          "Rec 12 but nothing in it is about children's experiences, wishes or feelings")],
        mis=True)
    add("3.5", "Every visit record to start with what the child said, did or showed us, in their "
        "own words where they can; each team to keep a direct work kit (Three Houses, Wizards "
        "and Fairies, In My Shoes).",
        "Team Managers", "April 2015", "Audit: child's voice clear in 85% of records",
        [(12, "j", "h", "children's experiences, wishes and feelings at the heart of recorded "
          "practice")])
    add("3.6", "Offer an independent advocate to every child aged eight or over who is the "
        "subject of a child protection conference.",
        "Safeguarding Unit Manager", "", "Take-up of advocacy",
        [(12, "j", "m", "children's wishes and feelings brought into decisions about their "
          "plans")])
    add("3.7", "Reunification panel chaired by a head of service to decide, using the NSPCC "
        "framework, whether a child in care can go back to live with their parents.",
        "Head of Service, Children in Care", "From April 2015", "",
        [(14, "j", "h", "robust assessment before a child returns home")])
    add("3.8", "A six-month package when a child goes back to their parents: a named "
        "family support worker, weekly visits in the first month and a review after three "
        "months.",
        "Edge of Care Team Manager", "July 2015", "No returns to care within 12 months",
        [(14, "j", "h", "appropriate support so the family can sustain change")])
    add("3.9", "Team managers to write an oversight note on every assessment and plan before "
        "they sign it off (Rec 7)",
        "Team Managers", "From March 2015", "Oversight note on 95% of files",
        [(7, "e", "h", "managers monitoring and influencing the quality of assessments and "
          "plans")])

    # Priority 4: missing and exploitation
    add("4.1", "Compass team to see every child within 72 hours of coming back from being away "
        "from home, and log what they tell us on the database shared with police.",
        "Compass Team Manager", "April 2015", "Interviews within 72 hours: 90%",
        [(5, "j", "h", "systems to gather information on missing children and children at risk "
          "of sexual exploitation")])
    add("4.2", "Monthly mapping meeting with police and the Youth Offending Service to look at "
        "places, adults and cars named by children, and agree how to disrupt the adults involved "
        "(Rec 5)",
        ["Compass Team Manager", "DI, Public Protection Unit"], "Monthly", "",
        [(5, "e", "h", "patterns used to inform intervention and perpetrator disruption")])
    add("4.3", "Quarterly Compass profile of hotspots, times and trends drawn from every missing "
        "episode, used to plan the team's outreach.",
        "Performance Analyst (Compass)", "Quarterly", "First profile July 2015",
        [(5, "j", "h", "analysis of patterns and trends used to inform intervention")])

    # Priority 5: children in care
    add("5.1", "Update each child's care plan within 20 working days of any move of home or "
        "school and at least every six months; a monthly list of out-of-date plans goes to team "
        "managers (recommendation 15)",
        "Head of Service, Children in Care", "June 2015", "100% of care plans in date",
        [(15, "e", "h", "every looked after child with an up-to-date care plan")])
    add("5.2", "Children who stay at Larkspur House for short breaks: plan reviewed with the "
        "short break agreement, around three goals chosen with the child and family.",
        "Disabled Children's Team Manager", "September 2015", "",
        [(15, "j", "h", "outcome-focused, current plans for disabled children in short break "
          "provision")])
    add("5.3", "'Open Your Door' campaign: 30 new fostering households in 2015-16, with "
        "experienced families as ambassadors and a £500 refer-a-friend payment.",
        "Fostering Service Manager", "March 2016", "30 households approved",
        [(17, "j", "h", "recruitment of foster carers")])
    add("5.4", "Two more social workers in the Family and Friends Care team, so that connected "
        "persons assessments are finished within 16 weeks.",
        "Fostering Service Manager", "May 2015", "Assessments within 16 weeks: 85%",
        [(17, "j", "h", "fostering capacity to keep pace with the demand for kinship "
          "assessments")])
    add("5.5", "Virtual School to grade every Personal Education Plan red, amber or green and "
        "return each red one to the school with feedback within a week (Rec 6)",
        "Virtual School Head", "From April 2015", "",
        [(6, "e", "h", "improving the quality of PEPs (only this half of R6)")])
    add("5.6", "ePEP: move PEPs online, so that the designated teacher, carer, social worker and "
        "young person complete one document together.",
        "", "September 2015", "90% of PEPs graded good",
        [(6, "j", "m", "the quality of PEPs through one shared, complete document")],
        broken=True)
    add("5.7", "Corporate Parenting Board 'Aim Higher' pledge: every council department and "
        "partner commits to one thing for the education of children in care and care leavers, "
        "reported back at each board.",
        ["Lead Member for Children", "Director of Children's Services"], "July 2015",
        "Pledges from all departments",
        [(1, "j", "h", "concerted effort by partners and the council as corporate parents to "
          "raise educational attainment")])
    add("5.8", "Pupil Premium Plus to pay for one-to-one tuition in English and maths for every "
        "child in care in Years 5, 6, 10 and 11.",
        "Virtual School Head", "Sept 2015", "Gap at KS2 and KS4 narrowing",
        [(1, "j", "h", "raising the educational attainment of looked after children")])

    # Priority 6: permanence
    add("6.1", "Start family finding as soon as adoption is agreed as the plan at the looked "
        "after review, instead of waiting for the court's decision.",
        "Adoption Team Manager", "April 2015", "",
        [(18, "j", "h", "less time from court order to placement with adopters")])
    add("6.2", "Consider Fostering for Adoption for every baby with a likely plan for adoption, "
        "and record the decision at the permanence planning meeting.",
        "Head of Service, Children in Care", "Ongoing", "",
        [(18, "j", "m", "earlier placement with the adoptive family")])
    add("6.3", "Monthly adoption tracking meeting for each child with a placement order but no "
        "match; any child waiting more than three months goes to the Head of Service "
        "(recommendation 18)",
        "Adoption Team Manager", "Monthly", "A1 average under 426 days",
        [(18, "e", "h", "reducing the time taken to place children after the court order")])
    add("6.4", "Birth records counselling for adults who were adopted as children and want to "
        "understand their early life and what happened to them: first appointment within 20 "
        "working days.",
        "Adoption Support Social Worker", "June 2015", "")

    # Priority 7: care leavers
    add("7.1", "'Ravensholt Works': 20 council apprenticeships and traineeships a year set aside "
        "for young adults leaving our care, each with a mentor from the service.",
        ["Head of HR", "Leaving Care Team Manager"], "September 2015", "20 starts a year",
        [(20, "j", "h", "more care leavers in employment and training")])
    add("7.2", "Thursday job club for young people who have left our care, run with Jobcentre "
        "Plus and Ravensholt College at the Beacon, the drop-in where personal advisers already "
        "talk young people through their rights and entitlements.",
        "Leaving Care Team Manager", "From May 2015", "",
        [(20, "j", "h", "care leavers into education, training or employment; the rights and "
          "entitlements talk is existing practice named in passing (R21)")])
    add("7.3", "Education, employment and training adviser to meet every 17-year-old in care who "
        "is not in school, college or training and agree a plan before their 18th birthday "
        "(Rec 20)",
        "EET Adviser, Leaving Care", "June 2015", "NEET at 19-21 below 40%",
        [(20, "e", "h", "increasing the number of care leavers in education, training or "
          "employment")])
    add("7.4", "Rewrite every care leaver's pathway plan with them in the new 'My Next Steps' "
        "format, reviewed every six months and signed off by the leaving care team manager.",
        "Leaving Care Team Manager", "December 2015", "All plans in new format",
        [(22, "j", "h", "up-to-date, outcome-focused pathway plans subject to management "
          "review")])
    add("7.5", "Personal advisers and their managers to get a monthly list of care leavers whose "
        "pathway plan review is overdue.",
        "Performance and Intelligence", "Monthly", "",
        [(22, "j", "h", "all care leavers' pathway plans kept up to date")])

    # Priority 8: other commitments (orphans)
    add("8.1", "Move Eastfield children's centre into Eastfield library and community hub.",
        "Property Services", "Autumn 2015", "")
    add("8.2", "Upgrade CaseView to version 7 and move it to the council's new data centre.",
        "ICT Business Partner", "", "")
    add("8.3", "Recommission the young carers' service for 2016-19.",
        "Commissioning Manager", "March 2016", "Contract awarded")
    add("8.4", "Refresh the SEND Local Offer website with parents and carers.",
        "", "July 2015", "")
    return acts


RAVENSHOLT = {
    "name": "ravensholt", "ext": "md", "report": RAV_REPORT,
    "council": "Ravensholt Metropolitan Borough Council",
    "actions": rav_actions, "bounds": (50, 55),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "weak", 7: "covered", 8: "covered", 9: "covered", 10: "covered",
                 11: "covered", 12: "covered", 13: "uncovered", 14: "covered", 15: "covered",
                 16: "weak", 17: "weak", 18: "covered", 19: "uncovered", 20: "covered",
                 21: "weak", 22: "covered", 23: "covered", 24: "covered", 25: "covered",
                 26: "covered", 27: "uncovered"},
    "unanswered": [13, 19, 27], "passing": [16, 21], "partial": [6, 17],
    "orphans": ["1.9", "6.4", "8.1", "8.2", "8.3", "8.4"], "miscited": ["3.4"],
    "asks": {4: [("review the thresholds applied to child protection enquiries and strategy "
                  "discussions", ["2.3", "2.4"]),
                 ("appropriate multi-agency information sharing to inform decision making",
                  ["2.3"])],
             6: [("improve the timeliness of children's health assessments", []),
                 ("improve the quality of Personal Education Plans for looked after children",
                  ["5.5", "5.6"])],
             9: [("a common risk assessment model for domestic abuse", ["2.9"]),
                 ("targeted support services for child and adult victims based on an analysis "
                  "of local need", ["2.10"])],
             11: [("plans focused on key risk factors, specific, with clear timescales and "
                   "measurable outcomes", ["3.3"]),
                  ("the impact of interventions closely monitored by managers", ["3.4"])],
             14: [("a robust assessment that the plan to return home is safe", ["3.7"]),
                  ("appropriate support so the family can sustain change", ["3.8"])],
             15: [("all looked after children with an up-to-date, outcome-focused care plan",
                   ["5.1"]),
                  ("children with disabilities in short break provision with an up-to-date, "
                   "outcome-focused care plan", ["5.2"])],
             17: [("fostering capacity to keep pace with the demand for kinship assessments",
                   ["5.4"]),
                  ("fostering capacity to keep pace with the recruitment of foster carers",
                   ["5.3"]),
                  ("all foster carers offered training and development opportunities", [])],
             25: [("an improved focus on quality and learning from audits", ["1.3", "1.5"]),
                  ("supervision that is reflective and addresses social workers' development "
                   "and training needs", ["1.6"])]},
    "passing_phrase": {16: ("1.1", "such as the timeliness of looked after reviews"),
                       21: ("7.2", "personal advisers already talk young people through their "
                                   "rights and entitlements")},
    "decoys": {13: ["1.9"], 19: ["6.4"]},
    "notes": (
        "Markdown as a wiki or pandoc export gives it: '# Improvement plan', a bold council "
        "line, a version table (Version | Date | Author | Change: not actions), '## "
        "Introduction' and '## How this plan is organised' paragraphs, then eight '## Priority "
        "N: <theme>' sections, each an italic 'What good looks like: ...' line ('objective', as "
        "written without the asterisks) and a pipe table No. | Action | Responsible | Timescale "
        "| Measure of success; a '## Glossary' list closes the file. 'section' is the heading "
        "text after '## ', 'row' the No. cell (the council's own priority.item numbering, "
        "never a recommendation number). Priorities group the recommendations by theme, not in "
        "the report's order (1 leadership and workforce, 2 front door, 3 assessment and "
        "planning, 4 missing and exploitation, 5 children in care, 6 permanence, 7 care "
        "leavers, 8 other commitments). Fourteen of 53 rows cite a number inside the action "
        "text, as '(Rec 7)', '(Rec. 23)', '(recommendation 15)' or '(links to recommendations 4 "
        "and 8)'; the citation is part of 'text' as written and its numbers are explicit_refs; "
        "the other rows cite nothing and their links are judged. Row 3.4 (core groups scoring "
        "progress on the plan and alerting the team manager) cites Rec 12 but answers R11 (the "
        "impact of interventions monitored by managers): its citation is not a link, its R11 "
        "link is judged and flagged miscited. Cells with <br>: the action cell of 2.2 (text "
        "joins the two lines with a space), lead cells of 1.4, 2.1, 2.10, 3.4, 4.2, 5.7, 7.1 "
        "and the date cell of 1.4 (leads_raw / date_raw join the lines with '; '), measure "
        "cells of 1.6 and 2.3. Row 5.6 has four cells: its Responsible cell was empty and the "
        "converter dropped it, so 'September 2015' stands under Responsible and the measure "
        "under Timescale (leads_raw is empty, date_raw 'September 2015'). Rows 2.8, 5.6 and "
        "8.4 have no lead, 3.6 and 8.2 no date. The Measure of success cell is not part of "
        "'text'. Unanswered: R13 (racial and cultural identity, religion and disability in "
        "assessment, planning and recording) is a hard unanswered one: orphan 1.9 (staff "
        "networks and a workforce profile 'by ethnicity, religion and disability') shares its "
        "vocabulary but is about the workforce, not children's assessments and plans. R19 "
        "(timely life story work) is the other hard unanswered one: orphan 6.4, sitting among "
        "the permanence rows, offers birth records counselling to adults 'who want to "
        "understand their early life and what happened to them', not life story work with "
        "children. R27 (the shared adoption service assessing adopters within government "
        "timescales) is simply absent: the permanence rows (6.1-6.3) are about placing "
        "children after the order, none about assessing adopters. Passing only: R16 (timeliness "
        "of looked after reviews and circulating reports to IROs) appears only in row 1.1, "
        "aimed at R23, as a compliance figure already reported ('such as the timeliness of "
        "looked after reviews'); R21 (care leavers' knowledge of health, rights and "
        "entitlements) only in row 7.2, aimed at R20, which holds the job club at the Beacon, 'the "
        "drop-in where personal advisers already talk young people through their rights and "
        "entitlements' (both passing, weak). Partly answered: R6 (health assessment timeliness "
        "not answered, PEP quality answered by 5.5 and 5.6) and R17 (kinship assessment "
        "capacity 5.4 and foster carer recruitment 5.3 answered, training for all foster "
        "carers not); see asks. Asks are also recorded, all answered, for R4, R9, R11, R14, "
        "R15 and R25. Rows answering two recommendations: 2.3 (R4, R8, both cited) and 1.3 (R24, "
        "and R25 at medium confidence for its 'focus on quality ... from audits'). Orphans "
        "(business as usual): 1.9, 6.4, 8.1-8.4. Each of the 22 recommendations with links (the "
        "two partial ones included) has two or three actions. Actions are named here by their "
        "No. cell; in the ids, ravensholt-1 to -10 are 1.1-1.10, -11 to -20 2.1-2.10, "
        "-21 to -29 3.1-3.9, -30 to -32 "
        "4.1-4.3, -33 to -40 5.1-5.8, -41 to -44 6.1-6.4, -45 to -49 7.1-7.5, -50 to -53 "
        "8.1-8.4. The plan's own names: CaseView (case system), Compass (missing and "
        "exploitation team), Levels of Need, Early Help Champion, Family Support Assessment, "
        "Practice Quality Scorecard, Practice Week, 'Three Questions', Larkspur House, 'Open "
        "Your Door', 'Aim Higher', 'Ravensholt Works', the Beacon, 'My Next Steps'."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Wyvernford - DOCX narrative plan, answering Coventry 2026-05-18 (ILACS-short, 2
# recommendations). Title, introduction, the two areas for improvement quoted, then headings per
# priority with a context paragraph, one paragraph per action followed by "Lead:" and "By:" (or
# "Timescale:") lines, and bullet lists after a lead-in sentence whose items share one lead line.
# No recommendation numbers.
# ---------------------------------------------------------------------------------------------

WYV_PRIORITIES = {
    1: ("Priority 1: Plans that make a difference for every child",
        "Most of our plans for children in need and children on child protection plans are "
        "clear and timely. Inspectors found that a small number are not: reviews note which "
        "actions were done without asking what changed for the child, and for some children in "
        "need we were slow to change course when a plan was not working."),
    2: ("Priority 2: Children who have lived with neglect for a long time",
        "For a small number of children who have experienced neglect over a long period, "
        "inspectors found that plans had not improved their lives quickly enough. We want "
        "every one of these children to see a difference within months, not years."),
    3: ("Priority 3: Knowing whether our plans work",
        "We will only know that this work is succeeding if we look closely at plans with the "
        "families who live with them."),
    4: ("Priority 4: Other points from the inspection report",
        "The report also noted some things that were not areas for improvement but that we "
        "want to pick up, and some service changes already planned for this year."),
}


def wyv_actions():
    acts = []

    def add(p, text, lead, date, links=(), label="By", lead_in=None, bullet=False):
        """``label``: 'By' or 'Timescale'; ``bullet``: an item of a bullet list after the
        lead-in sentence ``lead_in`` (objective), sharing the list's lead and date lines."""
        sec, _ = WYV_PRIORITIES[p]
        acts.append(A(curly(text), curly(lead), date, links, row=None, section=sec,
                      objective=curly(lead_in) if lead_in else None, label=label,
                      bullet=bullet))

    add(1, "We will bring child in need plans and child protection plans into one shared "
        "format, written with the family in plain words: what we are worried about, what needs "
        "to change, who will do what, and when we will check.",
        "Head of Practice Standards", "July 2026",
        [(1, "j", "h", "the quality of plans for children in need of help and protection")])
    add(1, "Review conferences and core groups will start by asking what has changed for the "
        "child since the last meeting, and the answer will be recorded against each part of "
        "the plan.",
        "Child Protection Chairs Service Manager", "September 2026",
        [(1, "j", "h", "curiosity about children's progress so the impact of child protection "
          "plans is clear (report para 11)")])
    stem = "When a child in need plan is not making a difference:"
    for text in ("A team manager will chair a review every six weeks for any child in need "
                 "whose plan has been open for nine months.",
                 "A service manager will decide the next steps when two reviews in a row show "
                 "no progress.",
                 "Stepping up to a child protection conference or a legal planning meeting will "
                 "be considered at that point."):
        add(1, text, "Heads of Service, Help and Protection", "From June 2026",
            [(1, "j", "h", "delay in taking alternative action when a child in need plan is "
              "not having the desired impact (report para 8)")],
            label="Timescale", lead_in=stem, bullet=True)
    add(1, "Each plan will carry a 'what difference is it making?' score that the family and "
        "the practitioner agree at every review, so that we can see across the city which "
        "plans are working.",
        "Performance and Insight Manager", "December 2026",
        [(1, "j", "h", "measuring the impact of planning for each child")])

    add(2, "Every child who has been on a child protection plan for neglect for more than 12 "
        "months will have a case consultation with our neglect practice lead, and the Graded "
        "Care Profile 2 will be completed again to measure what has changed.",
        "Neglect Practice Lead", "August 2026",
        [(1, "j", "h", "plans for children living with prolonged neglect not improving their "
          "experiences in time (report para 11)")])
    add(2, "No second child protection plan for neglect will start until a legal planning "
        "meeting has considered whether the pre-proceedings stage is needed.",
        "Head of Service, Help and Protection", "Immediate",
        [(1, "j", "h", "drift in child protection planning for long-standing neglect")])
    stem = "Alongside this, our partners in the Wyvernford Safeguarding Children Partnership will:"
    add(2, "Train health visitors and school nurses to use the Graded Care Profile 2 with the "
        "families they see.",
        "Partnership Business Manager", "March 2027",
        [(1, "j", "m", "partners' contribution to plans for neglected children: a shared "
          "measure of care")], lead_in=stem, bullet=True)
    add(2, "Bring the most worrying neglect cases to a monthly multi-agency neglect forum that "
        "agrees the help each family needs and who will give it.",
        "Partnership Business Manager", "March 2027",
        [(1, "j", "h", "multi-agency planning for children experiencing long-term neglect")],
        lead_in=stem, bullet=True)

    add(3, "Each month the Quality Assurance team will audit 20 child in need and child "
        "protection plans together with the family, asking whether the plan was right and "
        "whether it is making life better for the child.",
        "Quality Assurance Manager", "Monthly from July 2026",
        [(1, "j", "h", "knowing the quality and impact of plans")])
    add(3, "Parents will be asked for feedback after every review conference through a short "
        "text survey, and the results will be shared with the chairs each quarter.",
        "Participation Lead", "October 2026",
        [(1, "j", "m", "the impact of child protection planning as families experience it")])
    add(3, "A half-day 'Plans that work' workshop for every social worker and family "
        "practitioner on writing actions that are specific and can be measured, using "
        "anonymised plans from our own audits.",
        "Principal Social Worker", "",
        [(1, "j", "h", "the quality of written plans for children in need and child "
          "protection")])

    add(4, "Two more education officers for elective home education, so that the team can "
        "track trends and report them to the Education Board each term.",
        "Head of Inclusion", "September 2026")
    add(4, "A weekly joint review of children with special educational needs who are missing "
        "education, by the children missing education officer and the SEND casework team.",
        "", "Summer term 2026", label="Timescale")
    add(4, "Agree a protocol with the police on contacting the Emergency Duty Service out of "
        "hours, so that partners are involved whenever protective action is taken.",
        "Emergency Duty Service Manager", "November 2026")
    add(4, "Supervised family time will move to the new Kingsmead family centre, with evening "
        "and Saturday sessions so that children can see their parents outside school hours.",
        "Family Time Service Manager", "October 2026")
    add(4, "Six more training flats for care leavers in the Abbeyfield Road scheme.",
        "Head of Housing Options", "2026/27")
    return acts


WYVERNFORD = {
    "name": "wyvernford", "ext": "docx", "report": "coventry-80456/2026-05-18.pdf",
    "council": "Wyvernford City Council",
    "actions": wyv_actions, "bounds": (17, 19),
    "expected": {1: "covered", 2: "uncovered"},
    "unanswered": [2], "passing": [], "partial": [], "orphans": [14, 15, 16, 17, 18],
    "miscited": [],
    "asks": {1: [("the quality and impact of planning for children in need",
                  [1, 3, 4, 5, 6, 11, 13]),
                 ("the quality and impact of planning for children in need of protection",
                  [1, 2, 6, 7, 8, 9, 10, 11, 12, 13])]},
    "decoys": {2: [17]},
    "notes": (
        "DOCX, portrait: a Title and a Subtitle paragraph, a version / owner line, two "
        "introduction paragraphs and a Heading 2 'What inspectors asked us to improve' with the "
        "report's two areas for improvement as bullets quoted word for word (not actions), then "
        "four Heading 1 priorities. Under each a context paragraph (not an action), then the "
        "actions: one Normal paragraph per action followed by a 'Lead: ...' paragraph and a "
        "'By: ...' (or 'Timescale: ...') paragraph, or a lead-in sentence followed by List "
        "Bullet items, each item one action, with one Lead line and one By / Timescale line "
        "after the list shared by all its items. 'section' is the priority heading, "
        "'objective' the lead-in sentence of a bullet list (null for paragraph actions), 'row' "
        "null. Apostrophes are Word's curly ones. No recommendation numbers anywhere: every "
        "link is judged. R1 (the consistency of the quality and impact of planning for children "
        "in need of help and protection) is answered by actions 1-13, with two asks recorded "
        "(children in need; children in need of protection), both answered. R2 (the "
        "consistency of the quality and impact of supervision) is the hard unanswered one: no "
        "action is aimed at the supervision of practitioners (the plan never mentions it "
        "outside the quoted areas for improvement), while orphan 17 moves 'supervised family "
        "time' (contact between children and parents) to a new family centre and shares the "
        "word. Orphans (business as usual or other points of the report): 14-18 (elective home "
        "education officers, children with SEND missing education, an out-of-hours protocol "
        "with the police, supervised family time, training flats). Action 15 has no lead line, "
        "action 13 no By line. 'action N' means wyvernford-N: 1-2 paragraphs, 3-5 the bullets "
        "after 'When a child in need plan is not making a difference:', 6 a paragraph "
        "(priority 1); 7-8 paragraphs, 9-10 the bullets after the Partnership lead-in "
        "(priority 2); 11-13 priority 3; 14-18 priority 4. The plan's own names: Wyvernford "
        "Safeguarding Children Partnership, 'Plans that work', Kingsmead family centre, "
        "Abbeyfield Road."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Kestermoor - committee report web page, answering Walsall 2025-07-08 (ILACS-short, 2
# recommendations). Site header, navigation, breadcrumb, the report (Purpose, Recommendation to
# the committee, Background, Progress so far), the plan as one <table> Area for improvement |
# Action | Lead | Deadline | RAG with the area cell spanning its rows, a few rows with two leads
# joined by <br>, then Financial implications, Contact officer and a footer.
# ---------------------------------------------------------------------------------------------

KES_AREAS = [
    "Practice with children experiencing neglect",
    "Emotional health and well-being of care leavers",
    "Other learning from the inspection",
]


def kes_actions():
    acts = []

    def add(area, text, lead, date, rag, links=()):
        """The CMS turns straight quotes into curly ones (written as entities)."""
        lead = [curly(x) for x in lead] if isinstance(lead, list) else curly(lead)
        acts.append(A(curly(text), _cell(lead), date, links, row=None,
                      section=KES_AREAS[area], objective=None, lead_cell=lead, rag=rag))

    add(0, "Relaunch the Graded Care Profile 2 across early help and social work, with every "
        "practitioner who works with neglect trained to use it.",
        "Neglect Lead Practitioner", "End of March 2026", "Amber",
        [(1, "j", "h", "effective practice with children experiencing neglect: a shared tool to "
          "measure the care they receive")])
    add(0, "Team managers to check every assessment where neglect is a feature against a prompt "
        "list (home conditions, health and dental care, school attendance, how the child is "
        "looked after day to day) before signing it off.",
        "Team Managers", "December 2025", "Green",
        [(1, "j", "h", "assessments not identifying all areas of concern, so neglect goes on "
          "too long (report para 5)")])
    add(0, "Monthly multi-agency neglect panel for children whose circumstances have not "
        "improved after six months of support, to agree a change of plan or to escalate.",
        ["Head of Safeguarding", "Designated Nurse, ICB"], "From January 2026", "Green",
        [(1, "j", "h", "children whose circumstances are not improving quickly enough (report "
          "para 5)")])
    add(0, "Family support workers from the locality family hubs to start work within five "
        "working days of a neglect plan being agreed.",
        "Head of Family Help", "End of March 2026", "Amber",
        [(1, "j", "h", "timely and effective support for children experiencing neglect")])
    add(0, "Neglect dashboard showing children open for neglect, how long they have been open "
        "and repeat plans, reported to the Practice Improvement Board.",
        "Head of Performance & Insight", "Quarterly", "Green",
        [(1, "j", "h", "oversight of whether practice with neglected children is effective")])
    add(0, "'Small things, big difference': practice guidance on the daily lives of children "
        "who are neglected, written with practitioners and parents.",
        "Principal Social Worker", "", "Red",
        [(1, "j", "m", "practice with children experiencing harm from neglect")])
    add(0, "Joint audit with health, police and schools of 15 children on plans for neglect, "
        "looking at whether help came quickly enough and made a difference.",
        ["Quality Assurance Manager", "KSCP Business Manager"], "Complete", "Complete",
        [(1, "j", "h", "knowing how effective practice is for children experiencing neglect")])

    add(1, "Mental health drop-in for care leavers at the Junction hub every Tuesday afternoon, "
        "run by the Kestermoor Minds young adults' service.",
        ["Leaving Care Service Manager", "Kestermoor Minds"], "Complete", "Complete",
        [(2, "j", "h", "emotional support for care leavers")])
    add(1, "A well-being worker in the leaving care team for young people aged 18 to 25 who are "
        "waiting for adult mental health services or do not meet their threshold.",
        "Leaving Care Service Manager", "February 2026", "Amber",
        [(2, "j", "h", "emotional and well-being support for care leavers who fall between "
          "services")])
    add(1, "All personal advisers trained in Mental Health First Aid and trauma-informed "
        "practice.",
        "Workforce Development Lead", "End of March 2026", "Green",
        [(2, "j", "h", "personal advisers equipped to give emotional support")])
    add(1, "Fortnightly peer support group for care leavers who feel lonely or isolated, run "
        "with a youth worker.",
        ["Participation Officer", "Leaving Care Service Manager"], "Quarterly", "Green",
        [(2, "j", "h", "well-being support for care leavers")])
    add(1, "Add a 'How I'm feeling' section to the pathway plan, reviewed with the personal "
        "adviser at every review.",
        "Leaving Care Team Managers", "April 2026", "Amber",
        [(2, "j", "h", "care leavers' emotional well-being planned and reviewed")])

    add(2, "Contingency plans in child in need and child protection plans to say what will "
        "happen if risks at home increase, and to be shared with the family.",
        "Head of Safeguarding", "December 2025", "Green")
    add(2, "Transition planning for disabled young people from age 14, agreed at a joint "
        "transitions panel with adult social care.",
        "Head of Disabled Children's Service", "Summer 2026", "Amber")
    add(2, "Personal advisers to go through the full financial and practical offer with every "
        "young person at their 18th birthday review, using the new pocket guide.",
        "Leaving Care Team Managers", "January 2026", "Green")
    add(2, "Refresh the supervision policy and audit 30 supervision records a quarter.",
        "Principal Social Worker", "Quarterly", "Green")
    add(2, "Update the elective home education policy and the letter sent to families.",
        "", "End of March 2026", "Amber")
    return acts


KESTERMOOR = {
    "name": "kestermoor", "ext": "html", "report": "walsall-80574/2025-07-08.pdf",
    "council": "Kestermoor Metropolitan Borough Council",
    "actions": kes_actions, "bounds": (16, 18),
    "expected": {1: "covered", 2: "weak"},
    "unanswered": [], "passing": [], "partial": [2], "orphans": [13, 14, 15, 16, 17],
    "miscited": [],
    "asks": {2: [("the effectiveness of emotional and well-being support to all care leavers",
                  [8, 9, 10, 11, 12]),
                 ("the effectiveness of health support to all care leavers: their physical "
                  "health and the healthcare services open to them", [])]},
    "notes": (
        "HTML page of a council's committee papers as its website publishes them: a skip link, "
        "a header with the council's name and a search box, a navigation menu and a breadcrumb, "
        "then the committee and agenda item, a table of report details (report of, portfolio, "
        "wards, key decision: not actions) and the report's numbered sections: 1 Purpose, 2 "
        "Recommendation (what the committee is asked to do: note and comment; not an action "
        "of the plan), 3 Background (the inspection and the two areas for improvement quoted), "
        "4 Progress so far (past work, in paragraphs: not actions), 5 Improvement plan (one "
        "<table> with a <caption>, a header row Area for improvement | Action | Lead | Deadline "
        "| RAG), 6 Financial implications, 7 Contact officer, and a footer. The Area cell of "
        "each area's first row spans its rows (rowspan 7, 5 and 5); 'section' is its text, "
        "'row' and 'objective' are null. Lead cells of actions 3, 7, 8 and 11 hold two leads "
        "joined by <br> (leads_raw joins them with '; '). Deadlines are written as the council "
        "writes them ('End of March 2026', 'Quarterly', 'Complete', 'From January 2026'); the "
        "RAG cell is status, not text. Quotation marks are the CMS's curly ones, written as "
        "'&rsquo;' / '&lsquo;' entities, and '&' as '&amp;' (lead of action 5); text and "
        "leads_raw hold the characters, never tags or entities. Action 6 has no deadline and "
        "action 17 no lead (the empty cells hold '&nbsp;'). No recommendation numbers: every "
        "link is judged. R1 "
        "(the effectiveness of practice with every child experiencing harm from neglect) is "
        "answered by actions 1-7. R2 (the effectiveness of the emotional, health and "
        "well-being support to all care leavers) is partly answered: the council's own area "
        "heading reads it as emotional health and well-being, and actions 8-12 (mental health "
        "drop-in, well-being worker, Mental Health First Aid and trauma training, peer support "
        "group, a 'How I'm feeling' section in pathway plans) answer the emotional and "
        "well-being ask (mental health support counts there); nothing answers the health ask "
        "(care leavers' physical health and the healthcare services open to them, which "
        "inspectors found missing from some pathway plans: report paras 34 and 40), so R2 is "
        "partial, weak (see asks). Orphans (other findings of the report and business as "
        "usual): 13-17 (contingency plans in children's plans, transitions of disabled young "
        "people, the care leaver offer's financial and practical entitlements, the supervision "
        "policy, elective home education); 13 shares 'plans' and 'risks at home' with the "
        "neglect work and 15 'care leavers' with R2, but neither is aimed at them. 'action N' "
        "means kestermoor-N, numbered down the table: 1-7 neglect, 8-12 care leavers, 13-17 "
        "other learning. The plan's own names: Kestermoor Minds, the Junction hub, KSCP, "
        "'Small things, big difference'."),
}

PLANS = [RAVENSHOLT, WYVERNFORD, KESTERMOOR]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def _groups(acts, key):
    """Consecutive actions sharing ``key`` form one group."""
    rows = []
    for a in acts:
        if rows and key(rows[-1][0]) == key(a):
            rows[-1].append(a)
        else:
            rows.append([a])
    return rows


def write_rav(plan, acts, path):
    def md(v):
        return "<br>".join(v) if isinstance(v, list) else v

    out = ["# Improvement plan", "",
           "**Ravensholt Metropolitan Borough Council - Children's Services**", "",
           "Our response to the Ofsted inspection of services for children in need of help and "
           "protection, children looked after and care leavers (inspection November 2014, "
           "report published 20 January 2015).", "",
           "| Version | Date | Author | Change |",
           "|---------|------|--------|--------|",
           "| 0.3 | 2 March 2015 | Improvement Team | First draft for heads of service |",
           "| 0.6 | 13 March 2015 | Improvement Team | Partner comments added |",
           "| 1.0 | 26 March 2015 | Director of Children's Services | Agreed by the Improvement "
           "Board |", "",
           "## Introduction", "",
           "Ofsted found that children's services in Ravensholt require improvement to be good. "
           "Inspectors saw strengths in our workforce strategy, our work with young people who "
           "are homeless and the support we give to adopters, but they also found that too "
           "many children wait too long for the right help, and that we are not yet ambitious "
           "enough for children in our care.", "",
           "This plan is owned by the Director of Children's Services and is overseen by the "
           "Ravensholt Improvement Board, which meets every six weeks and is chaired by the "
           "Chief Executive. The LSCB has its own plan for the recommendations made to the "
           "Board.", "",
           "## How this plan is organised", "",
           "Actions are grouped into eight priorities. Where an action responds directly to one "
           "of the report's recommendations we have given its number in brackets. Each action "
           "has a responsible officer, a timescale and a measure of success that the "
           "Improvement Board will use to judge progress.", ""]
    header = ["| No. | Action | Responsible | Timescale | Measure of success |",
              "|-----|--------|-------------|-----------|--------------------|"]
    for group in _groups(acts, lambda a: a["section"]):
        a = group[0]
        out += [f"## {a['section']}", "", f"*{a['objective']}*", ""] + header
        for b in group:
            x = b["extra"]
            action = b["text"]
            if x["br"]:
                action = x["br"] + "<br>" + b["text"][len(x["br"]) + 1:]
            cells = [b["row"], action]
            if not x["broken"]:
                cells.append(md(x["lead_cell"]))
            cells += [md(x["date_cell"]), md(x["measure"])]
            line = "| " + " | ".join(cells) + " |"
            out.append(re.sub(r"\|  (?=\|)", "| ", line))
        out.append("")
    out += ["## Glossary", "",
            "- **CaseView**: our case management system",
            "- **Compass**: the team working with children who go missing or are at risk of "
            "sexual exploitation",
            "- **CSMT**: Children's Services Management Team",
            "- **IDVA**: independent domestic violence adviser",
            "- **MASH**: multi-agency safeguarding hub",
            "- **PEP**: Personal Education Plan", ""]
    text = "\n".join(out)
    assert "\t" not in text and " \n" not in text
    path.write_text(text, encoding="utf-8")


def write_wyv(plan, acts, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.2))
    head = sec.header.paragraphs[0]
    head.text = "Wyvernford City Council"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = curly("Children's Services improvement plan 2026\u201327 "
                                          "\u2013 version 1.0")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)

    doc.add_paragraph("Wyvernford City Council", style="Title")
    doc.add_paragraph(curly("Children's Services: our plan after the 2026 inspection"),
                      style="Subtitle")
    doc.add_paragraph(curly("Version 1.0, 15 June 2026. Owner: Director of Children's "
                            "Services."))
    doc.add_paragraph(curly(
        "In March 2026 Ofsted inspected our services for children and families and judged them "
        "to be outstanding. Inspectors said that children and care leavers in Wyvernford "
        "benefit from practitioners who know them well, and that leaders know the quality and "
        "impact of the service."))
    doc.add_paragraph(curly(
        "We are proud of that, and we know there is more to do. This plan sets out what we "
        "will do in the next year, who will lead each action and when it will be done. The "
        "Children's Improvement Board will check progress every two months."))
    doc.add_paragraph("What inspectors asked us to improve", style="Heading 2")
    for r in report_recs(plan["report"]):
        doc.add_paragraph(curly(r["text"]), style="List Bullet")

    def lead_lines(a):
        x = a["extra"]
        if a["lead"]:
            p = doc.add_paragraph()
            p.add_run("Lead: ").bold = True
            p.add_run(a["lead"])
        if a["date"]:
            p = doc.add_paragraph()
            p.add_run(f"{x['label']}: ").bold = True
            p.add_run(a["date"])
        doc.add_paragraph("")

    for group in _groups(acts, lambda a: a["section"]):
        sec_title = group[0]["section"]
        p = next(k for k, v in WYV_PRIORITIES.items() if v[0] == sec_title)
        doc.add_paragraph(sec_title, style="Heading 1")
        doc.add_paragraph(curly(WYV_PRIORITIES[p][1]))
        for items in _groups(group, lambda a: a["objective"] or id(a)):
            a = items[0]
            if a["extra"]["bullet"]:
                for b in items:
                    assert b["lead"] == a["lead"] and b["date"] == a["date"]
                doc.add_paragraph(a["objective"])
                for b in items:
                    doc.add_paragraph(b["text"], style="List Bullet")
            else:
                assert len(items) == 1
                doc.add_paragraph(a["text"])
            lead_lines(a)
    doc.add_paragraph(curly("Questions about this plan: Children's Improvement Team, "
                            "Wyvernford Council House."))
    docx_props(doc, "Children's Services", "Children's Services improvement plan 2026-27")
    doc.save(path)
    normalise_zip(path)


def write_kes(plan, acts, path):
    def e(s):
        return (html.escape(s, quote=False).replace("\u2019", "&rsquo;")
                .replace("\u2018", "&lsquo;"))

    recs = report_recs(plan["report"])
    out = ["<!DOCTYPE html>",
           '<html lang="en">',
           "<head>",
           '<meta charset="utf-8">',
           "<title>Agenda item 6 - Ofsted inspection of children&rsquo;s services: improvement "
           "plan - Children&rsquo;s Services Scrutiny Committee, 14 October 2025 - Kestermoor "
           "Council</title>",
           '<link rel="stylesheet" href="/assets/css/kestermoor.css">',
           "</head>",
           "<body>",
           '<a class="skip-link" href="#main">Skip to main content</a>',
           '<header class="masthead"><a href="/" class="logo">Kestermoor Metropolitan Borough '
           "Council</a>",
           '<form role="search" action="/search"><label for="q">Search</label> '
           '<input id="q" name="q" type="text"> <button>Go</button></form></header>',
           '<nav class="topnav"><ul>',
           '<li><a href="/bins-recycling">Bins and recycling</a></li>',
           '<li><a href="/council-tax">Council tax</a></li>',
           '<li><a href="/schools">Schools and learning</a></li>',
           '<li><a href="/social-care">Social care and health</a></li>',
           '<li><a href="/council" class="current">Council and democracy</a></li>',
           "</ul></nav>",
           '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/council">Council '
           'and democracy</a></li><li><a href="/council/meetings">Meetings</a></li><li>'
           "Children&rsquo;s Services Scrutiny Committee</li></ol>",
           '<main id="main">',
           "<p class=\"committee\">Children&rsquo;s Services Scrutiny Committee &ndash; "
           "Tuesday 14 October 2025, 6.00 pm</p>",
           "<h1>Agenda item 6: Ofsted inspection of children&rsquo;s services &ndash; "
           "improvement plan</h1>",
           '<table class="report-details">',
           "<tr><th>Report of</th><td>Executive Director, Children&rsquo;s Services</td></tr>",
           "<tr><th>Portfolio</th><td>Children, Families and Education</td></tr>",
           "<tr><th>Wards</th><td>All</td></tr>",
           "<tr><th>Key decision</th><td>No</td></tr>",
           "</table>",
           "<h2>1. Purpose</h2>",
           "<p>To inform the committee of the outcome of the Ofsted inspection of local "
           "authority children&rsquo;s services (ILACS) carried out in May 2025, and to present "
           "the improvement plan prepared in response.</p>",
           "<h2>2. Recommendation</h2>",
           "<p>2.1 That the committee notes the outcome of the inspection and comments on the "
           "improvement plan at section 5.</p>",
           "<h2>3. Background</h2>",
           "<p>3.1 Ofsted inspected children&rsquo;s services in Kestermoor between 12 and 16 "
           "May 2025 and judged them to be outstanding overall. The experiences and progress of "
           "children who need help and protection, and of care leavers, were judged to be "
           "good.</p>",
           "<p>3.2 The report, published on 8 July 2025, identified two areas for "
           "improvement:</p>",
           "<ul>"]
    out += [f"<li>{e(r['text'])}</li>" for r in recs]
    out += ["</ul>",
            "<h2>4. Progress so far</h2>",
            "<p>4.1 A neglect steering group chaired by the Head of Safeguarding has met twice "
            "since the inspection and agreed the actions in section 5. Practitioners from early "
            "help, social work and health were consulted at two workshops in August.</p>",
            "<p>4.2 Care leavers from the Kestermoor Voice group told us what would help them "
            "most. Their views have shaped the care leavers&rsquo; actions, and the Tuesday "
            "drop-in at the Junction hub started in September.</p>",
            "<p>4.3 The plan will be monitored monthly by the Practice Improvement Board and "
            "reported to this committee every six months.</p>",
            "<h2>5. Improvement plan</h2>",
            '<table class="plan" border="1">',
            "<caption>Children&rsquo;s services improvement plan 2025&ndash;26</caption>",
            "<tr><th>Area for improvement</th><th>Action</th><th>Lead</th><th>Deadline</th>"
            "<th>RAG</th></tr>"]
    for group in _groups(acts, lambda a: a["section"]):
        for i, a in enumerate(group):
            x = a["extra"]
            lead = x["lead_cell"]
            who = "<br>".join(e(s) for s in lead) if isinstance(lead, list) else e(lead)
            cells = []
            if i == 0:
                cells.append(f'<td rowspan="{len(group)}">{e(a["section"])}</td>')
            cells += [f"<td>{e(a['text'])}</td>", f"<td>{who or '&nbsp;'}</td>",
                      f"<td>{e(a['date']) or '&nbsp;'}</td>",
                      f'<td class="rag-{x["rag"].lower()}">{e(x["rag"])}</td>']
            out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</table>",
            "<h2>6. Financial implications</h2>",
            "<p>6.1 The well-being worker post and the neglect training are funded from the "
            "Children&rsquo;s Services transformation reserve. There are no other costs.</p>",
            "<h2>7. Contact officer</h2>",
            "<p>Improvement and Performance Manager, Children&rsquo;s Services &ndash; "
            '<a href="mailto:childrensimprovement@kestermoor.example">'
            "childrensimprovement@kestermoor.example</a></p>",
            "</main>",
            '<footer><p>&copy; Kestermoor Metropolitan Borough Council &middot; '
            '<a href="/accessibility">Accessibility statement</a> &middot; '
            '<a href="/privacy">Privacy</a></p></footer>',
            "</body>",
            "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


WRITERS = {"ravensholt": write_rav, "wyvernford": write_wyv, "kestermoor": write_kes}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, orphans (min, max), mis-cited, actions per answered rec
    "ravensholt": dict(unanswered=3, passing=2, partial=2, orphans=(5, 8), miscited=1,
                       per_rec=(1, 3)),
    "wyvernford": dict(unanswered=1, passing=0, partial=0, orphans=(3, 6), miscited=0,
                       per_rec=(2, 14)),
    "kestermoor": dict(unanswered=0, passing=0, partial=1, orphans=(3, 6), miscited=0,
                       per_rec=(2, 7)),
}

# words too common in this domain to count as shared vocabulary (as set v)


def check_design(gold, plan):
    name = plan["name"]
    spec = SPEC[name]
    assert len(report_recs(plan["report"])) == len(plan["expected"]) == len(gold["expected"])
    lo, hi = plan["bounds"]
    acts = gold["actions"]
    ids = {a["id"]: a for a in acts}
    assert lo <= len(acts) <= hi, (name, len(acts))
    d = gold["design"]
    assert len(d["unanswered"]) == spec["unanswered"], name
    assert len(d["passing"]) == spec["passing"], name
    assert len(d["partial"]) == spec["partial"], name
    assert len(d["miscited"]) == spec["miscited"], name
    assert spec["orphans"][0] <= len(d["orphans"]) <= spec["orphans"][1], name
    for r in d["partial"]:  # a partly answered recommendation has two or more asks
        assert len(gold["asks"][r]) >= 2, (name, r)
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    lo_n, hi_n = spec["per_rec"]
    for r, s in gold["expected"].items():
        if s == "covered" or r in d["partial"]:
            assert lo_n <= len(per_rec[r]) <= hi_n, (name, r, len(per_rec[r]))
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    if d["unanswered"]:
        assert "hard unanswered" in d["notes"], name
    recs = {r["id"]: r["text"] for r in gold["recommendations"]}
    # a hard decoy is an orphan sharing distinctive words with the unanswered recommendation
    for n, keys in plan.get("decoys", {}).items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in keys:
            aid = f"{name}-{k}" if isinstance(k, int) else next(
                a["id"] for a in acts if a["row"] == k)
            assert aid in d["orphans"], (name, aid)
            assert _words(ids[aid]["text"]) & _words(recs[f"R{n}"]), (name, n, aid)
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan.get("passing_phrase", {}).items():
        a = next(a for a in acts if a["row"] == k) if isinstance(k, str) else ids[f"{name}-{k}"]
        assert curly(phrase) in a["text"] or phrase in a["text"], (name, n, phrase)
        mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
        assert mine and f"R{n}" not in mine and f"R{n}" in d["passing"], (name, n)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert "<" not in a["text"] and ">" not in a["text"], (name, a["id"])
        assert "&" not in a["text"] and "\u00a0" not in a["text"], (name, a["id"])
        assert "|" not in a["text"] and "|" not in a["leads_raw"], (name, a["id"])
        assert "<" not in a["leads_raw"] and "<" not in a["date_raw"], (name, a["id"])
        assert not re.search(r"\bofsted\b", a["text"], re.I), (name, a["id"])
        if not a["explicit_refs"]:
            assert not re.search(r"\b(rec|recs|recommendations?)\b", a["text"], re.I), a["id"]
    # at least a third of the answering links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(recs[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    raw = plan["actions"]()
    if name == "ravensholt":
        rows = [a["row"] for a in acts]
        assert len(set(rows)) == len(rows), name
        for a in acts:
            p = int(a["row"].split(".")[0])
            assert a["section"] == RAV_PRIORITIES[p][0] and a["section"].startswith(
                f"Priority {p}: "), a["id"]
            assert a["objective"] == RAV_PRIORITIES[p][1], a["id"]
            assert a["explicit_refs"] == rav_refs(a["text"]), a["id"]
            mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
            if a["id"] not in d["miscited"]:  # every other citation is right
                assert {f"R{n}" for n in a["explicit_refs"]} <= mine, a["id"]
        cited = [a for a in acts if a["explicit_refs"]]
        assert len(cited) < len(acts) / 3, name  # most rows cite nothing
        assert any(len(a["explicit_refs"]) == 2 for a in acts), name
        forms = {m.group(0).split()[0] for a in cited for m in RAV_CITE.finditer(a["text"])}
        assert forms == {"(Rec", "(Rec.", "(recommendation", "(links"}, forms
        # themes, not the report's order: the first recommendation answered in each priority
        first = []
        for group in _groups(acts, lambda a: a["section"]):
            ns = sorted(int(l["rec"][1:]) for a in group for l in gold["links"]
                        if l["action"] == a["id"])
            if ns:
                first.append(ns[0])
        assert first != sorted(first), first
        x = [r["extra"] for r in raw]
        assert sum(1 for e in x if e["broken"]) == 1, name
        assert sum(1 for e in x if e["br"]) >= 1, name
        assert sum(1 for e in x if isinstance(e["lead_cell"], list)) >= 3, name
        assert any(isinstance(e["date_cell"], list) for e in x), name
        assert any(isinstance(e["measure"], list) for e in x), name
        # the unanswered and passing recommendations are cited by no row
        for r in d["unanswered"] + d["passing"]:
            assert not any(int(r[1:]) in a["explicit_refs"] for a in acts), r
        # answered recommendations: at least a third of the links in the council's words
        assert sum(1 for s in shared if s <= 1) >= len(shared) / 3
    if name == "wyvernford":
        for a in acts:
            assert a["row"] is None and not a["explicit_refs"], a["id"]
            assert a["section"] in {v[0] for v in WYV_PRIORITIES.values()}, a["id"]
        assert all(l["source"] == "judged" for l in gold["links"]), name
        bullets = [r for r in raw if r["extra"]["bullet"]]
        stems = {r["objective"] for r in bullets}
        assert len(stems) >= 2 and all(
            sum(1 for r in bullets if r["objective"] == s) >= 2 for s in stems), name
        assert {r["extra"]["label"] for r in raw} == {"By", "Timescale"}, name
        # the unanswered recommendation's subject appears in no action aimed anywhere
        for a in acts:
            if a["id"] not in d["orphans"]:
                assert "supervis" not in a["text"].lower(), a["id"]
    if name == "kestermoor":
        for a in acts:
            assert a["row"] is None and a["objective"] is None and not a["explicit_refs"]
            assert a["section"] in KES_AREAS, a["id"]
        assert all(l["source"] == "judged" for l in gold["links"]), name
        x = [r["extra"] for r in raw]
        assert sum(1 for e in x if isinstance(e["lead_cell"], list)) >= 2, name
        dates = {a["date_raw"] for a in acts}
        assert {"End of March 2026", "Quarterly", "Complete"} <= dates, name
        assert {e["rag"] for e in x} <= {"Green", "Amber", "Red", "Complete"}, name
        # the unanswered ask (health) is not touched by any action aimed at R2
        for l in gold["links"]:
            if l["rec"] == "R2":
                t = set(re.findall(r"[a-z]+", ids[l["action"]]["text"].lower()))
                assert not t & {"physical", "gp", "dental", "dentist", "optician", "sexual",
                                "prescriptions", "nurse", "passport"}, t
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "x", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(15, 55))
