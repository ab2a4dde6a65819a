"""Write the sealed coverage evaluation set "n": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_n.py            # writes documents and gold
    python scripts/make_coverage_plans_n.py --check    # only runs the consistency checks

Documents: corpus/coverage/n/<name>.<ext>      Gold: corpus/gold/coverage/n/<name>.json

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
    mis=True                       the row cites a number its action does not answer (mis-cited);
                                   its citation is not a link, its true link is judged
Actions with no links are orphans (see each plan's design).

All councils, people, teams and programmes are fictional. Output is deterministic: DOCX/XLSX
core properties are fixed and every zip member is written with a fixed timestamp.
"""

import re
import sys
import textwrap
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, docx_props, main, normalise_zip, report_recs  # noqa: E402

FIXED = datetime(2020, 1, 1, 9, 0, 0)
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


# ---------------------------------------------------------------------------------------------
# Plan 1: Don Valley - Markdown answering Sheffield 2019-08-27 (ILACS, 5 recommendations).
# One "## " heading per priority, a line quoting the recommendation's words (no number), then a
# pipe table | No | Action | Lead | Timescale |.
# ---------------------------------------------------------------------------------------------

DONVALLEY_SECTIONS = [
    ("Priority 1: Seeing exploitation early",
     "the use of screening tools to update and inform plans for children who are at a lower "
     "risk of exploitation"),
    ("Priority 2: When children go missing",
     "arrangements for children who go missing from home and care"),
    ("Priority 3: Homes close to home",
     "placement sufficiency for the most complex and vulnerable children and adolescents"),
    ("Priority 4: Our workforce and our systems", None),
]


def donvalley_actions():
    acts = []

    def add(si, no, text, lead, when, links=()):
        head, quote = DONVALLEY_SECTIONS[si]
        acts.append(A(text, lead, when, links, row=no, section=head,
                      objective=f"Ofsted said we need to improve \u201c{quote}\u201d"
                      if quote else None))

    add(0, "1.1", "Replace the CSE risk checklist with the Spotlight screening tool, which covers "
        "sexual and criminal exploitation, county lines and online harm; a Spotlight screening is "
        "completed for every child open to the fieldwork or children in care teams where any "
        "exploitation indicator is present, not only those referred to the Shield Team.",
        "Rachel Ormond, Head of Service, Vulnerable Adolescents", "October 2019",
        [(2, "j", "h", "screening tool used for children below the specialist team's threshold")])
    add(0, "1.2", "Spotlight to be re-scored at every child in need meeting, core group and "
        "looked after review, and whenever new intelligence is received; the score and the "
        "actions it generates are pulled automatically into the 'Keeping Safe' section of the "
        "child's plan.",
        "Principal Social Worker", "Q3 2019/20",
        [(2, "j", "h", "screening kept up to date and used to inform the child's plan")])
    add(0, "1.3", "Half-day Spotlight workshops for every fieldwork and children in care team and "
        "for Family Support key workers (who will attach the screening to any step-up request), "
        "delivered by Shield Team practitioners.",
        "Workforce Development Team", "November 2019 - January 2020",
        [(2, "j", "h", "staff equipped to use the screening tool")])
    add(0, "1.4", "Shield Team consultant social worker to hold a weekly drop-in for social "
        "workers with children screened as 'emerging' or 'moderate' risk, agreeing disruption "
        "and safety actions to add to the plan.",
        "Shield Team Manager", "Ongoing",
        [(2, "j", "h", "support to update plans for children at lower risk")])
    add(0, "1.5", "Quarterly themed audit of 25 children with an 'emerging' Spotlight score to "
        "test whether the screening is current and whether their plan reflects it; findings to "
        "the Practice Quality Board.",
        "Quality and Practice Improvement Manager", "31/03/2020",
        [(2, "j", "h", "assurance that screening informs plans for lower-risk children")])

    add(1, "2.1", "End the external return interview contract and bring return home conversations "
        "in-house to the new Compass Team (five Compass workers) so that every child is "
        "contacted by someone they know.",
        "Assistant Director, Children and Families", "April 2020",
        [(3, "j", "h", "arrangements when children go missing (commissioned service "
          "underperforming)")])
    add(1, "2.2", "Compass worker to contact every child within 24 hours of their return and offer "
        "a return home conversation within 72 hours; daily missing list shared by 9am with the "
        "allocated social worker and team manager.",
        "Compass Team Manager", "From 01/04/2020",
        [(3, "j", "h", "children contacted and seen soon after a missing episode")])
    add(1, "2.3", "Every child in care aged 10 and over to have a 'Find Me' profile (photo, "
        "friends, places they go) completed by their carer or children's home and shared with "
        "the police when they are reported missing.",
        "Service Manager, Children in Care", "December 2019",
        [(3, "j", "h", "arrangements for children missing from care")])
    add(1, "2.4", "Fortnightly Missing and Exploitation Meeting to analyse what children say in "
        "return home conversations (places, people, push and pull factors), with a quarterly "
        "report to the safeguarding partnership.",
        "Compass Team Manager / Community Safety Partnership", "Q4 2019/20",
        [(3, "j", "h", "analysis and actions arising from missing episodes")])
    add(1, "2.5", "A child reported missing three or more times in 90 days will have a strategy "
        "discussion and a fresh Spotlight screening, with the outcome recorded on their plan.",
        "Heads of Service, Fieldwork", "January 2020",
        [(3, "j", "h", "response to repeat missing episodes"),
         (2, "j", "m", "screening refreshed and recorded on the plan after missing episodes")])

    add(2, "3.1", "Write the 'Homes Close to Home' Sufficiency Strategy 2020-23, starting with an "
        "analysis of every child placed more than 20 miles away and the needs we could not meet "
        "locally in the last two years.",
        "Head of Commissioning, Children", "February 2020",
        [(5, "j", "h", "sufficiency strategy and needs analysis")])
    add(2, "3.2", "Open two small council children's homes (two beds each) for young people with "
        "the most complex needs, staffed with a clinical psychologist from the Keel outreach "
        "service.",
        "Head of Residential and Short Breaks", "TBC",
        [(5, "j", "h", "more local placements for the most complex children")])
    add(2, "3.3", "Launch Fostering Plus: 10 professional foster carers paid a retainer and fee to "
        "care for teenagers with challenging needs, with 24/7 support from the Keel service.",
        "Fostering Service Manager", "September 2020",
        [(5, "j", "h", "foster placements for complex adolescents")])
    add(2, "3.4", "Joint tender with three neighbouring councils for a framework of specialist "
        "residential and solo placements within 30 miles.",
        "Sub-regional Commissioning Group", "Q2 2020/21",
        [(5, "j", "h", "commissioning placements for the most vulnerable children")])
    add(2, "3.5", "Weekly High Needs Matching Panel to find the right home for any child whose "
        "needs cannot be met by the duty placement search, so that children coming into care in "
        "a crisis are matched rather than moved on after a few nights.",
        "Placements Team Manager", "Immediate",
        [(5, "j", "m", "placement matching for children with complex needs (temporary moves)")])

    add(3, "4.1", "Safer recruitment refresher for every manager who recruits staff or volunteers "
        "working with children, and DBS re-checks every three years for all children's services "
        "professionals.",
        "HR Business Partner (People Services)", "March 2020")
    add(3, "4.2", "Termly network meeting for Designated Safeguarding Leads in schools and "
        "colleges, with a briefing pack from the Education Safeguarding Adviser.",
        "Education Safeguarding Adviser", "Termly")
    add(3, "4.3", "Don Valley Practice Week and staff awards to celebrate good social work.",
        "Mark Ellerby, Principal Social Worker", "June 2020")
    add(3, "4.4", "Upgrade the children's case management system and move it to the cloud, "
        "with refresher training for business support staff.",
        "ICT Programme Lead", "Complete")
    return acts


DONVALLEY = {
    "name": "donvalley", "ext": "md", "report": "sheffield-80551/2019-08-27.pdf",
    "council": "Don Valley Metropolitan Borough Council",
    "actions": donvalley_actions, "bounds": (18, 22),
    "expected": {1: "weak", 2: "covered", 3: "covered", 4: "uncovered", 5: "covered"},
    "unanswered": [4], "passing": [1], "partial": [],
    "orphans": ["4.1", "4.2", "4.3", "4.4"], "miscited": [],
    "asks": {},
    "notes": (
        "Markdown as kept in a wiki or converted from Word: '#' title, a short introduction, then "
        "for each priority a '## ' heading, a line quoting the words of the recommendation it "
        "answers (in curly quotation marks, no number) and a pipe table | No | Action | Lead | "
        "Timescale |. 'row' is the No cell (1.1 ...); 'section' the '##' heading; 'objective' the "
        "quotation line as written (null in Priority 4, which quotes nothing). No recommendation "
        "numbers anywhere. R4 (arrangements to manage allegations against professionals) is the "
        "hard unanswered one: orphan 4.1 (safer recruitment and DBS re-checks for 'children's "
        "services professionals') and orphan 4.2 (Designated Safeguarding Leads network) share "
        "its workforce-safeguarding vocabulary ('professionals', 'designated') but neither is "
        "aimed at managing allegations or the designated officer's cover. R1 (threshold to step "
        "up from early help) is touched only in passing: action 1.3, aimed at R2, says Family "
        "Support key workers 'will attach the screening to any step-up request'; nothing is "
        "aimed at applying the step-up threshold consistently (passing, weak). R2, R3 and R5 "
        "are each answered by five actions; 2.5 answers R3 and R2. Orphans 4.1-4.4 are business "
        "as usual. Actions are named here by their No. cell; in the ids, donvalley-1 to -5 "
        "are 1.1-1.5, -6 to -10 are 2.1-2.5, -11 to -15 are 3.1-3.5, -16 to -19 are 4.1-4.4."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Tamar Sound - DOCX Word table answering Plymouth 2015-01-06 (SIF, 17 LA recs).
# The Ofsted recommendation column gives the number on about half of the rows, blank elsewhere.
# ---------------------------------------------------------------------------------------------

def tamar_actions():
    acts = []
    n = [0]

    def add(rec, text, lead, date, progress, links=(), mis=False):
        n[0] += 1
        m = re.fullmatch(r"(?:Rec )?(\d+)", rec)
        refs = [int(m.group(1))] if m else []
        acts.append(A(text, lead, date, links, refs, mis, row=str(n[0]), objective=rec or None,
                      progress=progress))

    # workloads
    add("Rec 1", "Fund 12 additional social worker posts from the corporate transformation "
        "reserve and set a caseload ceiling of 22 children (15 for newly qualified social "
        "workers in their first year).",
        "Director of People", "June 2015",
        "9 of 12 posts filled; average caseload 24 (May).",
        [(1, "e", "h", "reasonable workloads for social workers")])
    add("", "Caseload dashboard for every team, refreshed weekly; any worker above the ceiling is "
        "discussed at the Head of Service's Monday allocation meeting and work is redistributed.",
        "Heads of Service, Advice and Assessment", "Weekly from 02/03/2015",
        "Dashboard live. 11 workers above ceiling (w/c 4 May).",
        [(1, "j", "h", "caseloads monitored and kept reasonable")])
    add("", "'Stay in Tamar' retention offer: market supplement for experienced social workers in "
        "the assessment and long-term teams, protected development days, and a route from "
        "family support worker to qualified social worker through the Step Up scheme.",
        "HR Business Partner, People Directorate", "Q2 2015/16",
        "Supplement agreed by Cabinet 14/04/2015.",
        [(1, "j", "m", "stable workforce to bring workloads down")])
    add("1", "Two additional Independent Reviewing Officer / conference chair posts so that no "
        "IRO holds more than 70 children.",
        "Head of Safeguarding and Quality", "July 2015",
        "One post filled; second out to advert.",
        [(1, "e", "h", "reasonable workloads for IROs and chairs"),
         (8, "j", "m", "IRO capacity for the quality assurance role (report para 49)"),
         (17, "j", "m", "chairing capacity for conferences within timescales (report para 47)")])

    # management oversight and supervision
    add("2", "Relaunch the supervision policy: monthly reflective supervision for every "
        "practitioner, and case direction recorded on the child's file with the rationale for "
        "each decision, what must happen next and by when.",
        "Sarah Penrose, Principal Social Worker", "April 2015",
        "Policy relaunched. Compliance 81% (April).",
        [(2, "e", "h", "management oversight on casework and quality of supervision")])
    add("", "'Leading Practice' programme for all team managers and assistant team managers: six "
        "modules on reflective supervision, decision-making and challenge.",
        "Workforce Development Manager", "September 2015",
        "Cohort 1 (14 managers) complete.",
        [(2, "j", "h", "quality of staff supervision")])
    add("", "Heads of Service to review three supervision records for each team manager every "
        "quarter against the supervision standard and feed back in the manager's own "
        "supervision.",
        "Heads of Service", "Quarterly",
        "",
        [(2, "j", "h", "oversight of supervision quality")])

    # electronic record and data
    add("Rec 3", "Upgrade CareLink (our electronic social care record) to the current release and "
        "rebuild the assessment, plan and visit forms so that the performance data comes from "
        "what practitioners record, not from separate returns.",
        "ICT Programme Manager, People Directorate", "Q3 2015/16",
        "Supplier contract varied. Testing started.",
        [(3, "e", "h", "record system delivers accurate and timely data")])
    add("3", "Data Quality Team to send weekly exception reports to team managers; errors to be "
        "corrected within five working days, and the monthly scorecard reconciled with the "
        "statutory returns before it is published.",
        "Performance and Intelligence Manager", "From May 2015",
        "Error rate down from 9% to 4%.",
        [(3, "e", "h", "accurate performance information")])
    add("", "Retire the team spreadsheets kept alongside CareLink: all performance reports to come "
        "from the single CareLink reporting warehouse.",
        "Performance and Intelligence Manager", "31/10/2015",
        "6 of 9 spreadsheets retired.",
        [(3, "j", "h", "one reliable system for data and performance information")])

    # return home interviews
    add("5", "Rewrite the return interview specification with Harbour Lights (our voluntary "
        "sector partner): a standard record showing when the child went missing, when they were "
        "interviewed, where they were and who with; every record uploaded to the child's "
        "CareLink file within three working days.",
        "Commissioning Manager, Children", "July 2015",
        "Specification agreed. Upload time 6 days (June).",
        [(5, "e", "h", "quality and recording of return interviews")])
    add("Rec 5", "Missing and exploitation analyst to map themes from return interviews every "
        "quarter "
        "(locations, associates, push and pull factors) for the Missing and Exploitation Group "
        "and the police problem-solving meeting.",
        "Missing and Exploitation Coordinator / Police Missing Persons Unit", "Q2 2015/16",
        "Analyst in post 01/06/2015.",
        [(5, "e", "h", "analysis of return interviews informing the strategic response")])
    add("", "Harbour Lights worker to bring any child interviewed twice in a month to the weekly "
        "Harbour panel so that disruption and safety actions are agreed with the police and the "
        "child's social worker.",
        "Harbour Lights Service Manager", "Ongoing",
        "",
        [(5, "j", "h", "return interviews used to safeguard individual young people")])

    # early help
    add("Rec 6", "Open four locality Family Hubs bringing together children's centres, family "
        "support workers, health visitors and school nurses, each with a single duty line for "
        "professionals and families.",
        "Assistant Director, Early Help and Commissioning", "September 2015",
        "Two hubs open (Westward, Stonehouse Quay).",
        [(6, "e", "h", "early help framework implemented")])
    add("", "Replace the CAF with the Tamar Early Help Assessment and train 400 lead "
        "professionals in schools, health and the voluntary sector to use it.",
        "Dawn Keast, Early Help Development Manager", "December 2015",
        "212 trained.",
        [(6, "j", "h", "children get help at the earliest opportunity")])
    add("", "Place an early help adviser alongside the screening team so that contacts below the "
        "social care threshold are passed the same day to the right Family Hub.",
        "Early Help Development Manager", "May 2015",
        "Complete.",
        [(6, "j", "h", "early help preventing escalation to social care")])

    # IROs and chairs
    add("Rec 8", "IROs and conference chairs to carry out a mid-point check on every plan between "
        "meetings and use the revised dispute resolution protocol where progress is poor; every "
        "challenge logged and the log reported to the Practice Quality Board each quarter.",
        "Colin Treloar, Head of Safeguarding and Quality", "June 2015",
        "Log in place. 23 challenges in Q1.",
        [(8, "e", "h", "robust scrutiny and strong challenge by IROs and chairs")])
    add("", "IRO to record on the child's file after each review their view of the quality of the "
        "social work and any concerns raised with the team manager.",
        "IRO Service Manager", "April 2015",
        "",
        [(8, "j", "h", "IRO quality assurance visible on the child's record")])

    # short-term stability
    add("9", "Block-contract six emergency foster placements with two independent fostering "
        "agencies so that children coming into care out of hours are matched rather than moved "
        "again within days.",
        "Commissioning Manager, Children", "March 2015",
        "Complete. Contract monitoring quarterly.",
        [(9, "e", "h", "short-term placement stability (emergency placements)")])
    add("Rec 9", "Placement support meeting within five working days whenever a carer raises "
        "concerns "
        "or a placement is at risk, with support from the Tamar Therapeutic Fostering service.",
        "Service Manager, Children in Care", "From April 2015",
        "Meetings held in 88% of eligible cases.",
        [(9, "e", "h", "preventing unplanned placement endings")])
    add("", "'Foster for Tamar' recruitment campaign aimed at carers for brothers and sisters and "
        "for children with complex needs, with a target of 25 new fostering households.",
        "Fostering Recruitment Team Manager", "March 2016",
        "41 enquiries, 6 assessments under way.",
        [(9, "j", "m", "more placement choice, fewer moves")])

    # adoption
    add("Rec 10", "Quarterly adoption sufficiency analysis: the profile of every child with a "
        "'should be placed for adoption' decision (age, brothers and sisters, needs) set against "
        "approved adopters, used to set recruitment targets.",
        "Adoption Service Manager", "Q1 2015/16",
        "First analysis to DMT 22/06/2015.",
        [(10, "e", "h", "analysis of trends and sufficiency of adoptive placements")])
    add("Rec 9", "Targeted adopter recruitment, through the South West adoption consortium and our "
        "own adoption activity days, for sibling groups and children aged four and over.",
        "Adoption Recruitment Officer", "Ongoing",
        "Two adoption activity days held.",
        [(10, "j", "h", "sufficiency of adoptive placements (row cites 9, which is about "
          "short-term placement stability)")], mis=True)
    add("11", "Monthly Permanence Tracking Panel chaired by the Head of Service, following every "
        "child with an adoption plan from the ADM decision to placement, with escalation when "
        "family finding has gone beyond three months.",
        "Head of Service, Permanence", "May 2015",
        "Panel meeting monthly. 32 children tracked.",
        [(11, "e", "h", "monitoring decision-making and progress of adoption planning")])
    add("", "Agency Decision Maker to review every child with a placement order who is not placed "
        "after six months and decide whether the plan should change.",
        "Agency Decision Maker", "Immediate",
        "7 reviews completed.",
        [(11, "j", "h", "robust decision-making for children who require adoption")])

    # care leavers
    add("12", "Monthly Next Tide panel to review every care leaver aged 16-21 who is not in "
        "education, employment or training, with a named careers adviser for each young person.",
        "Leaving Care Service Manager", "April 2015",
        "NEET 44% (April) from 47%.",
        [(12, "e", "h", "increase care leavers in EET")])
    add("", "Tamar Futures: ring-fence 10 council apprenticeships a year for care leavers, with a "
        "guaranteed interview for any care leaver who applies for a council job - a commitment "
        "we will also carry into the care leavers' promise when it is next refreshed.",
        "Head of HR and Organisational Development", "September 2015",
        "4 apprentices started.",
        [(12, "j", "h", "apprenticeships and jobs for care leavers")])
    add("13", "Tamar Works: 20 work experience placements a year for care leavers with council "
        "departments and city employers, arranged through the Chamber of Commerce.",
        "Virtual School Post-16 Lead", "January 2016",
        "9 employers signed up.",
        [(12, "j", "h", "employment and training for care leavers (row cites 13, which is about "
          "pathway plans)")], mis=True)
    add("Rec 13", "New pathway plan written with the young person, setting out their next steps "
        "on housing, money, health and education or work, each with a date, and refreshed with "
        "the young person at least every six months.",
        "Leaving Care Team Manager", "June 2015",
        "New format in use from 01/06/2015.",
        [(13, "e", "h", "detailed, up-to-date pathway plans with significant steps")])
    add("13", "Leaving Care Team Manager to sign off every pathway plan and audit ten a month "
        "against the new standard.",
        "Leaving Care Team Manager", "Monthly",
        "",
        [(13, "e", "h", "quality of pathway plans")])
    add("", "Fill the three vacant personal adviser posts so that no PA works with more than 20 "
        "young people.",
        "Leaving Care Service Manager", "March 2015",
        "Complete.",
        [(13, "j", "m", "PA time to build pathway plans with young people (report para 114)"),
         (1, "j", "m", "reasonable workloads for personal advisers")])

    # assessments
    add("15", "Revise the single assessment template and guidance around our Safe Steps practice "
        "model, with a required analysis section weighing danger, harm and strengths, and the "
        "child's own words on what life is like for them.",
        "Principal Social Worker", "May 2015",
        "Template live on CareLink.",
        [(15, "e", "h", "analytical, child-focused assessments that weigh risk and protective "
          "factors")])
    add("", "'Analysis Matters' workshops for all social workers, with a follow-up practice "
        "observation by their manager.",
        "Workforce Development Manager", "Q2 2015/16",
        "",
        [(15, "j", "h", "quality of assessments")])
    add("", "Monthly audit of 20 assessments graded by the Quality Assurance Team, moderated by a "
        "Head of Service, with feedback to the worker within ten days.",
        "Quality Assurance Manager", "Monthly",
        "Good or better 38% (April).",
        [(15, "j", "h", "assessments consistently of good quality")])

    # plans
    add("Rec 16", "New 'My Plan' template for child in need and child protection plans: the "
        "outcomes the child needs, the actions, who will do them and by when, written in plain "
        "words rather than professional language.",
        "Principal Social Worker", "July 2015",
        "Template agreed with partners.",
        [(16, "e", "h", "outcome-focused, specific plans with timescales in straightforward "
          "language")])
    add("", "Parents' Voice group to test the family version of the plan and the conference "
        "letters, and a family-friendly copy of the plan given to parents and to children old "
        "enough to read it.",
        "Participation Officer", "September 2015",
        "",
        [(16, "j", "h", "plans written so parents, carers and children understand them")])

    # conferences
    add("Rec 17", "Safeguarding Unit to book the initial conference at the strategy discussion, "
        "with a weekly tracker of every conference due within 15 working days and escalation to "
        "the Head of Service of any at risk.",
        "Safeguarding Unit Manager", "March 2015",
        "ICPCs in timescale 61% (April) from 44%.",
        [(17, "e", "h", "conferences held within statutory timescales")])
    add("", "Agree with the police that a Public Protection Unit officer attends every "
        "initial conference, and with GPs that a conference report is returned using the new "
        "template; attendance reported monthly to the Safeguarding Board.",
        "Head of Safeguarding and Quality / Named GP for Safeguarding", "June 2015",
        "Police attendance 72% (May).",
        [(17, "j", "h", "conferences attended by relevant partners")])

    # business as usual
    add("", "Agree with NHS commissioners a recovery plan so that initial health assessments "
        "('LAC medicals') for children coming into care are completed within 20 working days, "
        "and dental checks are booked at every review.",
        "Designated Nurse for Children in Care (CCG)", "TBC",
        "Within 20 days 71% (March).")
    add("", "Annual children's social care complaints report, with themes and learning, to the "
        "Scrutiny Panel.",
        "Customer Relations Manager", "October 2015",
        "")
    add("", "Children's Services Staff Awards evening.",
        "Business Support Manager", "November 2015",
        "Venue booked.")
    add("", "Move the Advice and Assessment teams to Windward House and install the new "
        "telephony.",
        "Facilities Manager", "Complete",
        "Complete.")
    add("", "Summer residential for the Anchor Council (our children in care council) and the "
        "care leavers' group.",
        "Participation Officer", "August 2015",
        "")
    return acts


TAMAR = {
    "name": "tamarsound", "ext": "docx", "report": "plymouth-80538/2015-01-06.pdf",
    "council": "Tamar Sound City Council",
    "actions": tamar_actions, "bounds": (36, 44),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "uncovered", 5: "covered",
                 6: "covered", 7: "uncovered", 8: "covered", 9: "covered", 10: "covered",
                 11: "covered", 12: "covered", 13: "covered", 14: "weak", 15: "covered",
                 16: "weak", 17: "covered"},
    "unanswered": [4, 7], "passing": [14], "partial": [16],
    "orphans": ["39", "40", "41", "42", "43"], "miscited": ["23", "28"],
    "asks": {16: [("outcome-focused, specific and include timescales", ["35"]),
                  ("reviewed and updated following significant events", []),
                  ("written in straightforward language that parents, carers and children can "
                   "understand", ["35", "36"])],
             17: [("child protection conferences held within statutory timescales", ["4", "37"]),
                  ("child protection conferences attended by relevant partners", ["38"])]},
    "notes": (
        "DOCX, a title, two introductory paragraphs and one landscape Word table (No. | Ofsted "
        "recommendation | Actions | Lead | Completion date | Progress). 'row' is the No. cell "
        "(1-43); 'objective' is the Ofsted recommendation cell as written: a number ('4') or "
        "'Rec N' on 21 of 43 rows, blank (null) on the rest; explicit_refs holds that number. The "
        "Progress column is not part of the action text. Only the 17 local-authority "
        "recommendations count (LSCB 147-152 are out of scope). R4 (challenge commissioners so "
        "that child protection medicals happen without undue delay) is the hard unanswered one: "
        "orphan 39 agrees a recovery plan 'with NHS commissioners' for children in care's initial "
        "health assessments ('LAC medicals'), sharing 'commissioners' and 'medicals' but aimed "
        "at health assessments of children coming into care, which the report notes but makes "
        "no recommendation about; action 38 (GP reports to conferences) is aimed at R17. R7 (a "
        "further test of assurance of the DCS's dual role) is simply absent. R14 (a care leaver "
        "pledge developed with care leavers and looked after children) is touched only in "
        "passing: action 27, aimed at R12 (apprenticeships), adds that the commitment will be "
        "carried 'into the care leavers' promise when it is next refreshed'; orphan 43 (summer "
        "residential for the children in care council and care leavers' group) shares its "
        "vocabulary. R16 has three asks; outcome-focused plans with timescales (35) and "
        "straightforward language (35, 36) are answered, review and update after significant "
        "events is not: the nearest rows are 17 (IRO and chair mid-point check on progress "
        "between meetings, aimed at R8) and 29 (pathway plans refreshed every six months, aimed "
        "at R13), neither about updating plans after significant events (partial, weak). R17 "
        "has two asks, both answered (timescales 37, with chairing capacity 4; partner "
        "attendance 38). Mis-cited rows: 23 cites 'Rec 9' but answers R10 (adopter "
        "recruitment); 28 cites '13' but answers R12 (work experience); "
        "their true links are judged and flagged miscited. Action 4 (IRO posts, cites 1) answers "
        "R1 explicitly and R8, R17 judged; action 31 (personal adviser vacancies) answers R13 "
        "and R1. Orphans 39-43 are business as usual (initial health assessments, complaints "
        "report, staff awards, office move, children in care council residential)."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Irwell Meadows - XLSX tracker answering Salford 2018-11-12 (ILACS, 4 recommendations).
# Title row, header Priority | Action | Responsible | Deadline | RAG; no recommendation numbers.
# ---------------------------------------------------------------------------------------------

def irwell_actions():
    acts = []

    def add(prio, text, lead, date, rag, links=()):
        acts.append(A(text, lead, date, links, section=prio, rag=rag))

    P = "Plans that show progress"
    add(P, "Replace the child in need and child protection plan with the 'Three Questions' plan - "
        "what are we worried about, what needs to change, how will we know - with every outcome "
        "given a 0-10 scale and a review date.",
        "Helen Marsh, Principal Social Worker", "March 2019", "G",
        [(1, "j", "h", "clear plans that allow progress to be measured")])
    add(P, "Written agreements and safety plans to be rewritten with each family in their own "
        "words, saying who will do what, by when, and what will happen if it does not.",
        "Team Managers, Duty and Assessment and Children in Need", "30/04/2019", "A",
        [(1, "j", "h", "clarity of written agreements and safety plans (report para 7)")])
    add(P, "Core groups and child in need meetings to re-score each outcome at every meeting and "
        "record the score on the plan, so the family and professionals can see what has changed.",
        "Service Manager, Children in Need and Protection", "Ongoing", "G",
        [(1, "j", "h", "measuring progress against the plan")])
    add(P, "'Plans that make sense' workshops for every social work team, using anonymised plans "
        "from our own audits.",
        "Practice Development Team", "Q1 2019/20", "A",
        [(1, "j", "h", "quality of plans")])
    add(P, "Ten plans per service audited each month and graded; grades and themes reported to the "
        "Practice Standards Board.",
        "Quality Assurance Manager", "Monthly", "G",
        [(1, "j", "h", "assurance of plan quality and clarity")])

    P = "Recording our visits"
    add(P, "Every statutory visit written up within two working days: why we visited, whether the "
        "child was seen alone, what they told us and what happens next.",
        "Heads of Service", "Immediate", "A",
        [(2, "j", "h", "quality and timeliness of recording of home visits")])
    add(P, "Tablets for all social workers in the Duty and Assessment and Children in Need teams "
        "through the Agile Irwell programme, so that visits can be written up on the same day.",
        "ICT Business Partner, Children's Services", "June 2019", "R",
        [(2, "j", "h", "timely recording of home visits")])
    add(P, "Weekly report to team managers of visits carried out but not yet recorded; anything "
        "over five days raised in supervision.",
        "Performance Officer / Team Managers", "Weekly", "G",
        [(2, "j", "h", "oversight of visit recording")])

    P = "Neglect: acting sooner"
    add(P, "Relaunch the Neglect Lens toolkit with partners; its use to be required in every "
        "assessment where neglect is a feature, and repeated at each review to show whether "
        "things are getting better.",
        "Neglect Strategy Lead", "February 2019", "G",
        [(4, "j", "h", "neglect tool used consistently to respond in time")])
    add(P, "Neglect Escalation Review: any child on a child in need plan for neglect for three "
        "months without measurable improvement to be taken to a legal planning meeting or a "
        "child protection conference, so that families are not left in drift and avoidable "
        "delay.",
        "Service Manager, Children in Need and Protection", "April 2019", "A",
        [(4, "j", "h", "escalating neglect concerns without delay")])
    add(P, "Monthly locality escalation meeting in each early help hub to review every family with "
        "neglect concerns open to early help for more than six months, and step up where nothing "
        "has changed.",
        "Early Help Locality Managers", "From January 2019", "G",
        [(4, "j", "h", "timely escalation of neglect from early help (report para 11)")])
    add(P, "Neglect Lens training for schools, health visitors, school nurses and GP practices, "
        "delivered through the safeguarding partnership.",
        "Safeguarding Partnership Training Coordinator", "Q2 2019/20", "A",
        [(4, "j", "h", "partners using the neglect tool so concerns are raised sooner")])
    add(P, "Multi-agency audit of 20 children living with neglect to test how quickly concerns "
        "were acted on.",
        "Safeguarding Partnership Audit Group", "September 2019", "",
        [(4, "j", "h", "timeliness of the response to neglect")])

    P = "Running the service"
    add(P, "Present the IRO Service annual report to the Corporate Parenting Board.",
        "IRO Service Manager", "July 2019", "G")
    add(P, "Procure a new contact and referral system for the Gateway (our front door).",
        "Head of Business Intelligence", "TBC", "A")
    add(P, "Free leisure card for all children in care and care leavers aged 14 and over.",
        "Corporate Parenting Officer", "Complete", "G")
    add(P, "Second intake of newly qualified social workers to the Irwell Social Work Academy.",
        "Workforce Development Manager", "September 2019", "G")
    return acts


IRWELL = {
    "name": "irwellmeadows", "ext": "xlsx", "report": "salford-80548/2018-11-12.pdf",
    "council": "Irwell Meadows City Council",
    "actions": irwell_actions, "bounds": (16, 20),
    "expected": {1: "covered", 2: "weak", 3: "uncovered", 4: "covered"},
    "unanswered": [3], "passing": [], "partial": [2],
    "orphans": [14, 15, 16, 17], "miscited": [],
    "asks": {2: [("quality of recording in relation to home visits", [6, 7, 8]),
                 ("quality of recording in relation to direct work with children and families",
                  [])]},
    "notes": (
        "XLSX tracker, one sheet: a title row, then the header row (Priority | Action | "
        "Responsible | Deadline | RAG), one row per action; no recommendation numbers and no "
        "reference column ('row' and 'objective' are null; 'section' is the Priority cell). R3 "
        "(challenge of avoidable delay by IROs) is the hard unanswered one: orphan 14 (IRO "
        "Service annual report to the Corporate Parenting Board) shares 'IRO', and action 10 "
        "(Neglect Escalation Review, aimed at R4) ends 'so that families are not left in drift "
        "and avoidable delay', but nothing is aimed at IROs challenging delay. R2 has two asks: "
        "recording of home visits is answered (6, 7, 8), recording of direct work with children "
        "and families is not (partial, weak). R1 and R4 are answered by five actions each. "
        "Orphans 14-17 are business as usual (IRO annual report, front door system, leisure "
        "card, social work academy)."),
}

PLANS = [DONVALLEY, TAMAR, IRWELL]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def write_donvalley(plan, acts, path):
    lines = ["# Don Valley Metropolitan Borough Council: Children and Families Improvement Plan "
             "2019-2020", ""]
    intro = ("Ofsted inspected our children's social care services in July 2019 and judged them "
             "good overall. The inspectors also told us where practice is not yet good enough. "
             "This plan sets out what we will do, who leads each action and by when. It is "
             "owned by the Director of Children and Families and reviewed every two months by "
             "the Children's Improvement Board, chaired by the Chief Executive.")
    lines += textwrap.wrap(intro, 90, break_on_hyphens=False) + [""]
    lines += ["Version 1.2, October 2019. Status: agreed by Cabinet.", ""]
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            lines += [f"## {current}", ""]
            lines += [a["objective"] if a["objective"] else
                      "Service plan commitments for 2019/20 that we have carried into this plan.",
                      ""]
            lines += ["| No | Action | Lead | Timescale |", "|----|--------|------|-----------|"]
        cells = [a["row"], a["text"], a["lead"], a["date"]]
        assert not any("|" in c or "\n" in c for c in cells)
        lines.append("| " + " | ".join(cells) + " |")
        if a is acts[-1] or acts[acts.index(a) + 1]["section"] != current:
            lines.append("")
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def write_tamar(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    doc.add_heading("Tamar Sound City Council - People Directorate", level=0)
    doc.add_heading("Ofsted Action Plan: Children in Need of Help and Protection, Children Looked "
                    "After and Care Leavers", level=1)
    doc.add_paragraph(
        "This action plan is our response to the single inspection of children's services "
        "published in January 2015. The Safeguarding Board is responding separately to the "
        "recommendations made to it. The plan is monitored monthly by the Children's "
        "Improvement Board and quarterly by the Children and Young People Scrutiny Panel.")
    doc.add_paragraph("Plan owner: Director of People. Version 3, May 2015 (progress at 31 May).")
    cols = ["No.", "Ofsted recommendation", "Actions", "Lead", "Completion date", "Progress"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for a in acts:
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["row"], a["objective"] or "", a["text"], a["lead"],
                                      a["date"], a["extra"]["progress"]]):
            cell.text = text
    widths = [Cm(1.1), Cm(2.6), Cm(11.5), Cm(4.3), Cm(3.0), Cm(4.2)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    docx_props(doc, "Tamar Sound People Directorate", "Ofsted Action Plan 2015")
    doc.save(path)
    normalise_zip(path)


def write_irwell(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["Irwell Meadows Children's Services - Ofsted improvement tracker (inspection "
               "October 2018) - updated 31/03/2019"])
    ws.append(["Priority", "Action", "Responsible", "Deadline", "RAG"])
    for a in acts:
        ws.append([a["section"], a["text"], a["lead"], a["date"], a["extra"]["rag"] or None])
    ws["A1"].font = Font(bold=True, size=13)
    for c in ws[2]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    fills = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
    for r in range(3, 3 + len(acts)):
        for col in "ABCDE":
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        rag = ws[f"E{r}"].value
        if rag in fills:
            ws[f"E{r}"].fill = PatternFill("solid", fgColor=fills[rag])
    for col, w in zip("ABCDE", (26, 80, 34, 16, 6)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A3"
    p = wb.properties
    p.creator = "Children's Services Performance Team"
    p.lastModifiedBy = "Children's Services Performance Team"
    p.title = "Ofsted improvement tracker"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


WRITERS = {"donvalley": write_donvalley, "tamarsound": write_tamar,
           "irwellmeadows": write_irwell}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing + partial, orphans (min, max), covered recs with 2+ actions
    "donvalley": dict(unanswered=1, weak=1, orphans=(4, 4), multi="all"),
    "tamarsound": dict(unanswered=2, weak=2, orphans=(4, 5), multi=5),
    "irwellmeadows": dict(unanswered=1, weak=1, orphans=(4, 4), multi="all"),
}


def check_design(gold, plan):
    name = plan["name"]
    spec = SPEC[name]
    assert len(report_recs(plan["report"])) == len(plan["expected"]) == len(gold["expected"])
    lo, hi = plan["bounds"]
    acts = gold["actions"]
    assert lo <= len(acts) <= hi, (name, len(acts))
    d = gold["design"]
    assert len(d["unanswered"]) == spec["unanswered"], name
    assert len(d["passing"]) + len(d["partial"]) == spec["weak"], name
    assert spec["orphans"][0] <= len(d["orphans"]) <= spec["orphans"][1], name
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    covered = [r for r, s in gold["expected"].items() if s == "covered"]
    multi = [r for r in covered if len(per_rec.get(r, ())) >= 2]
    if spec["multi"] == "all":
        assert multi == covered, (name, set(covered) - set(multi))
    else:
        assert len(multi) >= spec["multi"], (name, multi)
    # every unanswered-by-design recommendation is explained in the notes, and at least one
    # unanswered one is a "hard" trap the notes name as such
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert r in d["notes"], (name, r)
    assert "hard unanswered" in d["notes"], name
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
    recs = {r["id"]: r["text"] for r in gold["recommendations"]}
    if name == "donvalley":
        # the quoted words are the recommendation's own, and every action under a quoting
        # heading is aimed at that recommendation; the unquoted section holds only orphans
        for a in acts:
            assert not a["explicit_refs"], a["id"]
            mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
            if a["objective"]:
                quote = re.search("\u201c(.+)\u201d", a["objective"]).group(1)
                target = [r for r, t in recs.items() if quote in t]
                assert len(target) == 1 and target[0] in mine, (a["id"], target, mine)
            else:
                assert a["id"] in d["orphans"], a["id"]
    if name == "tamarsound":
        cited = [a for a in acts if a["objective"]]
        assert 0.4 <= len(cited) / len(acts) <= 0.6, (name, len(cited))
        for a in acts:
            if a["objective"]:
                m = re.fullmatch(r"(?:Rec )?(\d+)", a["objective"])
                assert m and a["explicit_refs"] == [int(m.group(1))], a["id"]
            else:
                assert not a["explicit_refs"], a["id"]
        assert len(d["miscited"]) >= 2, name
        assert len(gold["asks"].get("R16", [])) >= 2, name
    if name == "irwellmeadows":
        for a in acts:
            assert a["row"] is None and a["objective"] is None and not a["explicit_refs"]
            assert not re.search(r"\b(rec|recommendation)\b", a["text"], re.I), a["id"]


if __name__ == "__main__":
    main(sys.argv[1:], "n", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(16, 44))
