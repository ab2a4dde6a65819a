"""Write the sealed coverage evaluation set "e": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_e.py            # writes documents and gold
    python scripts/make_coverage_plans_e.py --check    # only runs the consistency checks

Documents: corpus/coverage/e/<name>.<ext>      Gold: corpus/gold/coverage/e/<name>.json

Same conventions and gold schema (plan-gold-v1) as scripts/make_coverage_plans_b.py. The plan
content below is data. Each action carries its gold annotation, written by hand when the action was
written (which recommendation(s) it is aimed at, how confidently, and why); the gold files are
assembled from that data and the per-plan design notes, never by reading the generated documents
back, and no extractor code is imported or run. Recommendation texts are copied from the
hand-checked report gold in corpus/gold/reports/ (local-authority items only). All councils,
people, charities and programmes named here are fictional.

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the row cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    refs=[7]                       numbers the row cites (Marshbury's Ref column)
    mis=True                       the row cites a number its action does not answer (mis-cited);
                                   its citation is not a link, its true link is judged
Actions with no links are orphans (each plan's design lists them); an action that mentions a
recommendation's topic only in passing is linked to the recommendation it is aimed at, never to
the one it mentions.

Output is deterministic: DOCX/XLSX core properties are fixed and every zip member is written
with a fixed timestamp, so re-running gives byte-identical files.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, docx_props, main, normalise_zip  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SET = "e"
FIXED = datetime(2020, 1, 1, 9, 0, 0)
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


# ---------------------------------------------------------------------------------------------
# Plan 1: Marshbury — DOCX Word table answering Luton 2016-03-29 (SIF, 12 LA recommendations).
# Columns: Ref | Ofsted recommendation | Action | Lead | Timescale | RAG. The Ref cell holds the
# recommendation number ("5" or "Rec 5") on about half the rows and is blank on the others.
# ---------------------------------------------------------------------------------------------

def marshbury_actions():
    acts = []

    def add(ref, rec, text, lead, date, rag, links=(), mis=False):
        m = re.fullmatch(r"(?:Rec )?(\d+)", ref)
        refs = [int(m.group(1))] if m else []
        assert bool(ref) == bool(refs), ref
        acts.append(A(text, lead, date, links, refs, mis, objective=rec or None, ref=ref,
                      rag=rag))

    # 1-3: supervision (R3); action 2 mentions the First Response Team's caseloads in passing (R1)
    add("Rec 3", "Supervision",
        "Rewrite the Supervision Policy: monthly one-to-one supervision for every social worker "
        "(fortnightly in the first year of practice), recorded on the new reflective supervision "
        "template. For each child discussed the supervisor records the decision, the reasons and "
        "the actions agreed, each with a date, on the child's file.",
        "Mira Castellane, Principal Social Worker", "Jul-16", "G",
        [(3, "e", "h", "regular supervision with a recorded audit trail of decisions and actions")])
    add("", "",
        "Heads of Service to sample ten supervision records a month across their teams and grade "
        "them for reflection and challenge, with written feedback to each supervisor; supervision "
        "frequency added to the monthly practice scorecard. In the First Response Team, where "
        "caseloads are still the highest in the service, supervision will be fortnightly until "
        "further notice.",
        "Heads of Service (First Response, Neighbourhood Teams, Children in Care)",
        "Monthly from Aug-16", "A",
        [(3, "j", "h", "quality of supervision checked: reflection and challenge")])
    add("3", "",
        "'Leading Practice in Marshbury': five modules for every team manager and deputy team "
        "manager on reflective and challenging supervision, recording management decisions and "
        "using performance information, delivered with the East Fenside Social Work Teaching "
        "Partnership. Workforce Development to keep a record of the management training each "
        "manager has completed.",
        "Workforce Development Manager", "Q3 2016/17", "A",
        [(3, "e", "h", "managers trained to support high-quality supervision")])

    # 4-6: chairs and IROs (R4)
    add("4", "Independent chairs and IROs",
        "Relaunch the Safeguarding and Review Service escalation protocol: four stages with set "
        "timescales (team manager 5 days, service manager 5 days, head of service 10 days, then "
        "the Director), every escalation logged on the child's record and on a central tracker.",
        "Dana Whitcombe, Safeguarding and Review Manager", "September 2016", "G",
        [(4, "e", "h", "robust challenge by conference chairs and IROs")])
    add("", "",
        "IROs and conference chairs to meet each child before their review or conference, put the "
        "child's views to the meeting, and record a midway check on progress between meetings.",
        "Safeguarding and Review Service", "Ongoing", "A",
        [(4, "j", "h", "chairs and IROs as advocates for children; oversight between meetings")])
    add("", "",
        "Annual IRO Report and a quarterly summary of escalations to the Corporate Parenting Panel "
        "and the Children's Services Leadership Team, showing what changed for children as a "
        "result of challenge.",
        "Head of Safeguarding and Quality", "Quarterly (first report Oct-16)", "G",
        [(4, "j", "m", "oversight and challenge by IROs made visible to leaders")])

    # 7-9: assessments (R5, partly answered: nothing on equality and diversity)
    add("Rec 5", "Assessments",
        "Rebuild the single assessment form on the case management system: a section for each "
        "child in the family; 'What I told my social worker' in the child's own words; the "
        "analysis set out as needs, risks and strengths; and a recommendations box the team "
        "manager must complete before signing the assessment off.",
        "Head of Service, Neighbourhood Teams / ICT Systems Team", "30/11/2016", "A",
        [(5, "e", "h", "wishes and feelings; analysis of needs, risks and protective factors; "
          "clear recommendations")])
    add("", "",
        "'Seeing and Hearing the Child': a direct work toolkit and practice workshops for every "
        "social worker, so that what children want and feel is gathered through direct work "
        "before the assessment is completed.",
        "Practice Development Team", "Oct-16", "G",
        [(5, "j", "h", "assessments take account of children's wishes and feelings")])
    add("", "",
        "Practice Quality Framework: each team manager audits two cases a month (assessment and "
        "plan), moderated by the Quality Assurance Unit; grades and themes reported to the "
        "Improvement Board every month.",
        "Jonas Pelham, Quality Assurance Unit Manager", "Sept-16 then monthly", "G",
        [(5, "j", "h", "assessments of a consistently good standard"),
         (6, "j", "m", "quality of plans checked")])

    # 10-11: plans (R6)
    add("6", "Plans",
        "New child in need and child protection plan: the outcomes for the child first, then "
        "specific actions with a named person and a date against each; written in plain English, "
        "with a one-page 'My Plan' version for children, and a copy to the family within five "
        "working days of the meeting.",
        "Head of Safeguarding and Quality", "October 2016", "A",
        [(6, "e", "h", "plans accessible, focused on outcomes, specific and measurable")])
    add("Rec 6", "",
        "Core groups to score progress against each outcome in the plan at every meeting (0-10 "
        "scale) and record the score in the minutes, so that progress can be compared from one "
        "meeting to the next.",
        "Neighbourhood Team Managers", "Ongoing", "A",
        [(6, "e", "h", "plans measurable")])

    # 12-13: strategy discussions (R7)
    add("7", "Strategy discussions",
        "Agreement with the CCG and the community health trust that a health professional (named "
        "nurse, health visitor or school nurse) joins every strategy discussion, by telephone if "
        "necessary; health participation reported monthly to the Marshbury Safeguarding Children "
        "Board.",
        "Designated Nurse, Marshbury and Fenside CCG", "Aug-16", "G",
        [(7, "e", "h", "health partners included in strategy discussions")])
    add("", "",
        "New strategy discussion record: what each agency knows, the agreed plan for the section "
        "47 enquiry (single or joint, who will see the child and by when) and the immediate "
        "safety plan, all completed before the discussion ends; discussions chaired by a team "
        "manager.",
        "Head of Service, First Response", "September 2016", "G",
        [(7, "j", "h", "strategy discussions used to inform and shape enquiries")])

    # 14-16: pre-proceedings (R8); 16 cites 7 (mis-cited)
    add("8", "Public Law Outline",
        "Rewrite the letter before proceedings with Legal Services: no more than two pages, the "
        "changes required listed in order of priority, the support the council will give and the "
        "date of the review meeting.",
        "Court Progression Manager / Legal Services", "Complete", "B",
        [(8, "e", "h", "families understand what is required and expected of them")])
    add("", "",
        "Fortnightly Legal Planning Meeting chaired by the Head of Service to track every family "
        "in pre-proceedings against a 12-week timetable; any case past 16 weeks escalated to the "
        "Assistant Director.",
        "Head of Service, Neighbourhood Teams", "Immediate", "G",
        [(8, "j", "h", "progress in pre-proceedings monitored and maintained")])
    add("7", "",
        "Parents entering pre-proceedings to be offered an independent parent advocate from "
        "Parents' Voice Marshbury before the first meeting, to help them understand what the "
        "council is asking of them.",
        "Commissioning Officer, Children's Services", "Q4 2016/17", "A",
        [(8, "j", "h", "families understand what is expected of them (row cites 7, which is "
          "about strategy discussions)")], mis=True)

    # 17: orphan in mid-table
    add("", "",
        "Renew the joint out-of-hours Emergency Duty Team agreement with the neighbouring councils "
        "for 2017-2020.",
        "Head of Service, First Response", "March 2017", "A")

    # 18-21: placements (R9); 21 cites 12 (mis-cited)
    add("9", "Placements",
        "'Keep Them Together' campaign to recruit foster carers for brothers and sisters, aimed at "
        "the towns just outside the borough where homes have more bedrooms, with an enhanced "
        "allowance for groups of three or more and a grant towards extensions.",
        "Fostering Team Manager", "Mar-17", "A",
        [(9, "e", "h", "placements so that siblings can be placed together")])
    add("Rec 9", "",
        "Review fostering fees and allowances so that Marshbury's in-house offer competes with "
        "independent agencies, including a new 'Fostering Plus' scheme for carers of teenagers "
        "with complex needs.",
        "Head of Children in Care", "TBC", "R",
        [(9, "e", "h", "range of placements: in-house capacity, teenagers")])
    add("", "",
        "Refresh the Placement Sufficiency Strategy for 2016-2019, forecasting the ages, needs and "
        "family groups of children likely to come into care over the next three years.",
        "Commissioning Manager, Children and Families", "December 2016", "A",
        [(9, "j", "h", "placements for current and future needs")])
    add("Rec 12", "",
        "Join the Eastern Shires commissioning framework for independent fostering and residential "
        "care, with a separate lot for sibling groups.",
        "Commissioning Manager, Children and Families", "01/04/2017", "A",
        [(9, "j", "h", "range of placements, siblings (row cites 12, which is about life story "
          "work)")], mis=True)

    # 22-25: missing and exploitation information (R10); 25 (blank Ref) answers R7
    add("10", "Missing and exploitation",
        "Build one Missing and Exploitation dataset bringing together police missing reports, "
        "children missing education, return home interviews and the CSE risk register, refreshed "
        "weekly, with a live dashboard for Heads of Service, the Assistant Director and the "
        "Director.",
        "Tomasz Rooney, Business Intelligence Manager", "Q3 2016/17", "A",
        [(10, "e", "h", "senior managers make best use of information about missing and "
          "exploited children")])
    add("", "",
        "Monthly Vulnerable Adolescents Panel chaired by the Assistant Director to look at "
        "patterns, places and links between children from the dataset and agree disruption work "
        "with the Police.",
        "Assistant Director, Children's Social Care", "From November 2016", "A",
        [(10, "j", "h", "leaders use information about missing and exploited children")])
    add("", "",
        "Record every missing episode, every return home interview offered and every interview "
        "completed on one form, so that episodes, offers and completions can be reconciled each "
        "month.",
        "Missing Children Coordinator", "Aug-16", "G",
        [(10, "j", "m", "existing information about children missing from home and care made "
          "usable")])
    add("", "",
        "Children reported missing three times in 90 days, or newly assessed as at risk of sexual "
        "exploitation, to have a strategy discussion with the Police, a health professional and "
        "the child's school, to plan the enquiry and the work to keep the child safe.",
        "Missing Children Coordinator / Head of Service, First Response", "Immediate", "G",
        [(7, "j", "h", "strategy discussions with the right agencies, including health, shaping "
          "the enquiry (blank Ref in the missing and exploitation group)")])

    # 26-28: life story work for children being adopted (R12); 26 cites 11 (mis-cited)
    add("11", "Adoption",
        "Life story work to begin as soon as the Agency Decision Maker approves a plan for "
        "adoption, with a transition book for the child, and the life story book handed to "
        "adopters at introductions instead of weeks after the child has moved.",
        "Adoption Team Manager", "November 2016", "A",
        [(12, "j", "h", "life story work completed before the child moves in (row cites 11, "
          "which is about adoption performance data)")], mis=True)
    add("12", "",
        "No matching report to go to the Adoption Panel without the Adoption Team Manager's "
        "confirmation that the child's life story work is complete.",
        "Adoption Team Manager", "Immediate", "G",
        [(12, "e", "h", "life story work completed before the move")])
    add("", "",
        "Sessional life story worker commissioned through the adoption support service for direct "
        "work with every child aged three and over who has a placement order.",
        "Ros Penwarden, Head of Permanence", "Jan-17", "A",
        [(12, "j", "h", "life story work with children being adopted")])

    # 29-32: orphans (service plan items)
    add("", "Service plan 2016-17 (not from the inspection)",
        "Adopter information evenings every month, and preparation groups in the evenings and at "
        "weekends for working applicants.",
        "Adoption Recruitment Officer", "Ongoing", "G")
    add("", "",
        "Council tax exemption for care leavers living in Marshbury up to their 22nd birthday, "
        "agreed with Revenues and Benefits.",
        "Leaving Care Service Manager", "April 2017", "A")
    add("", "",
        "Consult on reorganising the children's centres into four 'Little Harbour' family centres "
        "with satellite sites.",
        "Head of Early Years", "TBC", "A")
    add("", "",
        "Digital court bundles: all care proceedings documents to be filed electronically by "
        "Legal Services and the Court Progression Officer.",
        "Legal Services", "Q1 2017/18", "A")
    return acts


MARSHBURY = {
    "name": "marshbury", "ext": "docx", "report": "luton-80520/2016-03-29.pdf",
    "council": "Marshbury Borough Council",
    "actions": marshbury_actions,
    "expected": {1: "weak", 2: "uncovered", 3: "covered", 4: "covered", 5: "weak",
                 6: "covered", 7: "covered", 8: "covered", 9: "covered", 10: "covered",
                 11: "uncovered", 12: "covered"},
    "unanswered": [2, 11], "passing": [1], "partial": [5],
    "orphans": [17, 29, 30, 31, 32], "miscited": [16, 21, 26],
    "asks": {5: [("assessments of a consistently good standard", [9]),
                 ("take full account of the needs, wishes and feelings of children", [7, 8]),
                 ("effectively consider the impact of equality and diversity", []),
                 ("include a robust analysis of needs, risks and protective factors", [7]),
                 ("provide clear recommendations", [7])],
             3: [("regular, high-quality, appropriately challenging supervision with a robust "
                  "audit trail of decisions taken and action agreed", [1, 2]),
                 ("managers have appropriate training to support this", [3])],
             7: [("strategy discussions include an appropriate range of professionals and "
                  "agencies, including health partners", [12, 25]),
                 ("strategy discussions used effectively to inform and shape child protection "
                  "enquiries", [13, 25])],
             8: [("progress in pre-proceedings effectively monitored and maintained", [15]),
                 ("families understand what is required and expected of them", [14, 16])]},
    "notes": (
        "DOCX, one Word table (Ref | Ofsted recommendation | Action | Lead | Timescale | RAG) "
        "under a title, an introduction and a RAG key. The Ref cell holds a recommendation number "
        "('5' or 'Rec 5') on 15 of 32 rows and is blank on the rest; explicit_refs is that number. "
        "There is no row reference of the plan's own, so 'row' is null; 'objective' is the Ofsted "
        "recommendation cell as written (a short council label such as 'Supervision' on the first "
        "row of a group, 'Service plan 2016-17 (not from the inspection)' above the orphan rows, "
        "otherwise null). Blank-Ref rows answer the recommendation of the group above them, except "
        "action 17 (mid-table orphan), action 25 (blank Ref in the missing and exploitation group "
        "of R10, but a strategy discussion action aimed at R7) and actions 29-32 (orphans). Only "
        "the twelve local-authority recommendations count (LSCB 129-135 out of scope). R11 "
        "(analysing adoption performance data for older and minority ethnic children) is the "
        "hard unanswered one: action 26 cites '11' under the label 'Adoption' but is about life "
        "story work (R12), orphan 29 (adopter information evenings) shares the adoption "
        "vocabulary, and actions 22-24 share the 'senior managers ... data' vocabulary but are "
        "aimed at R10. R2 (feedback to referrers) is simply absent. R1 (caseloads in the "
        "assessment team) is touched only in passing: action 2, aimed at R3, says supervision "
        "will be fortnightly in the First Response Team 'where caseloads are still the highest in "
        "the service'. R5 has five asks; equality and diversity is not answered. Mis-cited rows: "
        "16 cites 7 but answers R8; 21 cites 12 but answers R9; 26 cites 11 but answers R12 "
        "(their true links are judged and flagged miscited: true). Action 9 answers R5 and R6 "
        "(medium)."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Holmebridge — XLSX tracker answering Wakefield 2018-07-17 (ILACS, 12 recommendations).
# One sheet: title row, blank row, header. No recommendation numbers anywhere.
# ---------------------------------------------------------------------------------------------

def holmebridge_actions():
    acts = []

    def add(area, text, owner, start, end, update, links=()):
        acts.append(A(text, owner, end, links, section=area, start=start, update=update))

    P = "Management oversight"
    add(P, "Every practitioner to have recorded one-to-one supervision at least every four weeks on "
        "the new supervision record, which sets out the manager's direction and timescales for "
        "each child; compliance reported weekly by team.",
        "Heads of Service (Locality, Children in Care, Leaving Care)", "Jul-18", "31/08/2018",
        "Compliance 71% w/e 24 Aug, up from 38% in June.",
        [(1, "j", "h", "effective supervision of all staff")])
    add(P, "Monthly 'Practice Week': every team manager and service manager audits cases against "
        "the Holmebridge Practice Standards, moderated by the Quality and Performance Unit; each "
        "audit sets actions for the child that are tracked until they are done.",
        "Quality and Performance Unit", "Sep-18", "Monthly",
        "First Practice Week held 17-21 Sept: 84 audits.",
        [(1, "j", "h", "managers' oversight of the quality and impact of practice")])
    add(P, "Development programme for all team managers and assistant team managers (six modules: "
        "leading practice, giving direction, using performance information), commissioned through "
        "the regional teaching partnership.",
        "Ifeoma Grantley, Service Director, Children's Social Work", "Oct-18", "Q4 2018/19",
        "Cohort 1 (14 managers) started 4 Oct.",
        [(1, "j", "h", "managers equipped to oversee practice")])
    add(P, "Weekly Head of Service allocation check so that every open case has a social worker and "
        "a manager's case note from the last four weeks.",
        "Heads of Service", "Immediate", "Ongoing",
        "Unallocated cases: 0 since 9 July. Manager case note in date: 64%.",
        [(1, "j", "h", "managers' oversight in all children's cases")])

    P = "Quality of practice"
    add(P, "Statutory visits diarised on the case system at the frequency set in each child's plan; "
        "team managers chase any visit more than five working days overdue, and children are seen "
        "on their own with their views written up.",
        "Locality and Children in Care Team Managers", "Aug-18", "30/09/2018",
        "Visits in timescale: CP 86%, CiC 74%.",
        [(2, "j", "h", "seeing children")])
    add(P, "Relaunch the single assessment on the Holmebridge Way template (worries, what's working "
        "well, what needs to happen), with a timescale for each child set at allocation; "
        "assessments of children in care and care leavers updated whenever their circumstances "
        "change.",
        "Principal Social Worker", "Sep-18", "Dec-18",
        "Template built; go-live moved to November to fit ICT release.",
        [(2, "j", "h", "quality of assessments across the service")])
    add(P, "Recording catch-up: protected time for each social worker to bring case notes, visit "
        "records and key documents up to date, with business support uploading outstanding "
        "documents; from then on case notes within three working days.",
        "Business Support Manager and Team Managers", "Aug-18", "Nov-18",
        "Backlog down from 2,310 to 940 documents.",
        [(2, "j", "h", "recording")])
    add(P, "Plans rewritten in plain English with no more than six outcomes, each with the action, "
        "who and by when, and a contingency particular to the family; pathway plans for care "
        "leavers rewritten to the same standard.",
        "Principal Social Worker / Leaving Care Service Manager", "Oct-18", "Q4 2018/19", "",
        [(2, "j", "h", "plans for children in need, on protection plans, in care and care "
          "leavers")])
    add(P, "IROs and conference chairs to check at every meeting that the care plan, pathway plan or "
        "protection plan is current, and to raise a practice alert where it is not.",
        "IRO Service Manager", "Sep-18", "Ongoing",
        "31 practice alerts raised in September.",
        [(2, "j", "m", "plans kept current for children in care and care leavers")])

    P = "Risk and neglect"
    add(P, "Launch the Holmebridge Neglect Strategy 2018-20 with partners, using the Graded Care "
        "Profile 2 as the shared assessment tool, with a neglect champion in every locality team.",
        "Head of Service, Locality Social Work", "Oct-18", "Jan-19",
        "Strategy agreed by Safeguarding Board 2 Oct. GCP2 licence bought.",
        [(3, "j", "h", "identification of and response to neglect")])
    add(P, "A senior practitioner to dip-sample every contact closed at the Integrated Front Door "
        "with no further action, checking that risk has been recognised; weekly learning huddle.",
        "Integrated Front Door Service Manager", "Immediate", "Ongoing",
        "6 of 212 closures reopened in August.",
        [(3, "j", "h", "recognition of risk")])
    add(P, "Workshops on cumulative harm and chronic neglect, including chronologies, for all "
        "locality social workers, early help staff and school safeguarding leads.",
        "Workforce Development", "Nov-18", "Mar-19", "",
        [(3, "j", "h", "recognition of risk and neglect")])

    P = "Workforce"
    add(P, "'Make Your Mark in Holmebridge' recruitment campaign: a market supplement of GBP 3,000 "
        "for experienced social workers in locality teams and a relocation package.",
        "HR Business Partner (Children's)", "Jul-18", "Mar-19",
        "19 offers made; 11 started.",
        [(4, "j", "h", "recruitment of experienced social workers")])
    add(P, "Appoint permanent Service Managers and Heads of Service to complete the new leadership "
        "team, using an executive search partner.",
        "Director of Children's Services", "Jul-18", "31/12/2018",
        "3 of 5 posts filled.",
        [(4, "j", "h", "recruitment of managers and senior managers")])
    add(P, "Keep our social workers: caseloads capped at 18 children, a protected learning day each "
        "month and a career pathway from newly qualified to advanced practitioner.",
        "Principal Social Worker", "Sep-18", "Apr-19",
        "Average caseload 22.",
        [(4, "j", "h", "retention of social workers")])
    add(P, "Holmebridge Social Work Academy: 20 newly qualified social workers a year with a "
        "protected first-year caseload and a dedicated practice educator.",
        "Academy Lead", "Sep-18", "Ongoing", "First intake of 12 started 3 Sept.",
        [(4, "j", "m", "sufficient number of social workers (growing our own)")])

    P = "Working with partners"
    add(P, "Relaunch the 'Continuum of Need' threshold guidance with the Safeguarding Board, with "
        "briefings for schools, GPs, police and health visitors.",
        "Holmebridge Safeguarding Children Board", "Sep-18", "Dec-18",
        "Nine briefings held; 340 attendees.",
        [(5, "j", "h", "understanding of thresholds and their application")])
    add(P, "Monthly Front Door partnership meeting with police, health and education leads, and a "
        "consultation line staffed by senior social workers for professionals unsure whether to "
        "refer.",
        "Integrated Front Door Service Manager", "Aug-18", "Ongoing", "",
        [(5, "j", "h", "relationships and regular meetings with partners on thresholds")])

    P = "Court and permanence"
    add(P, "Weekly Legal Gateway Meeting: any child on a protection plan for nine months, on a second "
        "plan, or where neglect persists, to be presented for a decision on starting the PLO.",
        "Bryn Toller, Court Progression Manager", "Immediate", "Ongoing",
        "27 children presented; 15 entered PLO.",
        [(7, "j", "h", "escalation to pre-proceedings when circumstances do not improve")])
    add(P, "Pre-proceedings tracker with a 16-week ceiling; every case reviewed at week eight.",
        "Bryn Toller, Court Progression Manager", "Aug-18", "Sep-18", "Complete",
        [(7, "j", "m", "pre-proceedings used in time, without drift")])
    add(P, "Permanence Panel to track every child in care: a permanence plan by the second review, "
        "connected carers supported to become special guardians, and long-term fostering matches "
        "ratified without delay.",
        "Head of Service, Children in Care", "Sep-18", "Mar-19", "",
        [(9, "j", "h", "timeliness of permanence, including connected persons and foster "
          "carers")])
    add(P, "Review every child placed at home with parents under a care order and apply to discharge "
        "the order where it is no longer needed.",
        "Head of Service, Children in Care", "Oct-18", "TBC",
        "42 children identified; 9 applications made.",
        [(9, "j", "h", "permanence for children placed with parents")])
    add(P, "Stability meeting within five working days whenever a placement is at risk, drawing on "
        "consultation from the Emotional Wellbeing Service where the child's behaviour is the "
        "concern; a disruption meeting after every unplanned ending.",
        "Placements Service Manager", "Sep-18", "Ongoing", "",
        [(9, "j", "h", "placement stability")])

    P = "Missing from home and care"
    add(P, "Recommission return home interviews from Pathways Youth Trust: an interview offered "
        "within 72 hours, by a worker the child already knows where possible, at a time and place "
        "the child chooses, with a second offer if the first is declined.",
        "Commissioning Lead (Children)", "Oct-18", "01/04/2019",
        "Tender published 15 Oct.",
        [(8, "j", "h", "engagement of children in return home interviews")])
    add(P, "Quarterly analysis of what children say in return home interviews (reasons, places, "
        "people) for the Missing and Exploitation Group, with each child's plan updated from what "
        "they said.",
        "Missing and Exploitation Coordinator", "Oct-18", "Quarterly", "",
        [(8, "j", "h", "analysis of what children say, to understand why they go missing")])

    P = "Homes for children in care"
    add(P, "'Foster Holmebridge' campaign aiming for 30 new in-house fostering households in "
        "2018/19, with a focus on teenagers and brothers and sisters.",
        "Fostering Service Manager", "Sep-18", "Mar-19",
        "Q2: 48 enquiries, 6 assessments.",
        [(10, "j", "h", "sufficient local placements for children in care")])
    add(P, "Supported lodgings scheme and 12 block-purchased semi-independent flats in the district "
        "for care leavers, ending the use of bed and breakfast.",
        "Commissioning Lead (Children)", "Oct-18", "Q1 2019/20", "",
        [(10, "j", "h", "suitable local accommodation for care leavers")])
    add(P, "Sufficiency Strategy 2018-21 with a needs analysis and commissioning intentions, agreed "
        "at Cabinet.",
        "Commissioning Lead (Children)", "Aug-18", "Jan-19", "Draft to Cabinet in January.",
        [(10, "j", "h", "sufficiency of local placements")])

    P = "Service business"
    add(P, "Clear the backlog of complaints about staff and services, respond within statutory "
        "timescales, and publish the annual complaints report covering 2016/17 and 2017/18.",
        "Customer Relations Manager", "Jul-18", "Nov-18", "Backlog 37 (from 81).")
    add(P, "Safer recruitment training for every recruiting manager; DBS checks renewed every three "
        "years for all staff working with children.",
        "HR Business Partner (Children's)", "Sep-18", "Ongoing", "")
    add(P, "Prepare the move from the Local Safeguarding Children Board to the new safeguarding "
        "partnership arrangements.",
        "Holmebridge Safeguarding Children Board", "Jul-18", "Complete", "Complete")
    add(P, "'Shine' awards evening celebrating the achievements of children in care, organised with "
        "the Children in Care Council.",
        "Participation Officer", "Jan-19", "TBC", "")
    return acts


HOLMEBRIDGE = {
    "name": "holmebridge", "ext": "xlsx", "report": "wakefield-80451/2018-07-17.pdf",
    "council": "Holmebridge Metropolitan District Council",
    "actions": holmebridge_actions,
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "weak",
                 6: "uncovered", 7: "covered", 8: "covered", 9: "covered", 10: "covered",
                 11: "uncovered", 12: "weak"},
    "unanswered": [6, 11], "passing": [12], "partial": [5],
    "orphans": [29, 30, 31, 32], "miscited": [],
    "asks": {5: [("the strength of relationships and timeliness of meetings between the local "
                  "authority and partners, to support understanding of thresholds and their "
                  "application", [17, 18]),
                 ("attendance by some partner agencies at locality social work team strategy "
                  "meetings", [])],
             1: [("managers' oversight of the quality and impact of practice in all children's "
                  "cases", [2, 3, 4]),
                 ("effective supervision of all staff", [1])],
             2: [("seeing children", [5]), ("the quality of assessments", [6]),
                 ("recording", [7]), ("plans", [8, 9])],
             4: [("social workers", [13, 15, 16]), ("managers and senior managers", [14])],
             8: [("the engagement of children in return home interviews", [24]),
                 ("analysis of what children say", [25])],
             9: [("placement stability", [23]),
                 ("timeliness in achieving permanence, including children placed with "
                  "connected persons, parents and foster carers", [21, 22])]},
    "notes": (
        "XLSX tracker, one sheet: a title row, a blank row, then the header row (Priority area | "
        "Action | Owner | Start | End | Progress update). No recommendation numbers anywhere and "
        "no row references, so 'row' and 'objective' are null; 'section' is the Priority area "
        "cell; 'date_raw' is the End cell (the Start cell is not recorded in the gold). Progress "
        "updates are not part of the action text. R6 (designated officer arrangements for "
        "allegations about professionals) is the hard unanswered one: orphan 29 (backlog of "
        "'complaints about staff and services') and orphan 30 (safer recruitment, DBS checks for "
        "staff working with children) share its vocabulary without being aimed at the response "
        "to allegations. R11 (life-story work for all children in care) is simply absent; the "
        "permanence actions 21-23 do not mention it. R12 (emotional and mental health support) "
        "is touched only in passing: action 23, aimed at R9 (placement stability), draws 'on "
        "consultation from the Emotional Wellbeing Service'. R5 has two asks; relationships and "
        "meetings with partners on thresholds are answered (17, 18), partner attendance at "
        "strategy meetings is not. Orphans 29-32 sit under 'Service business'."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Carnwath — DOCX narrative answering Rotherham 2018-01-29 (SIF, 8 LA recommendations).
# A heading per theme; each action a numbered paragraph ("12. ...") followed by separate lead and
# date paragraphs; an introduction and a closing governance section that are not actions.
# ---------------------------------------------------------------------------------------------

CARNWATH_THEMES = [
    ("Supervision that helps practice improve",
     "Supervision happens regularly in Carnwath, but it does not yet challenge practice and "
     "planning for children in care as sharply as it should."),
    ("Assessments families recognise",
     "Our assessments are thorough, but too many are long and repetitive and some do not keep up "
     "with children's lives."),
    ("Plans that say what will happen, and when",
     "Plans need to cover the whole child, have dates that mean something and make sense to "
     "the family."),
    ("Permanence from the start",
     "More children came into care in 2017, and some waited too long for a permanent home."),
    ("Helping children understand their story",
     "Life story work is recognised in plans but does not always happen in time."),
    ("Other service developments",
     "Work from the Children and Young People's Service Plan 2018-19 that is not part of the "
     "response to the inspection."),
]


def carnwath_actions():
    acts = []

    def add(theme, text, lead, date, links=(), lead_label="Lead", date_label="By"):
        acts.append(A(text, lead, date, links, row=str(len(acts) + 1),
                      section=CARNWATH_THEMES[theme][0], lead_label=lead_label,
                      date_label=date_label))

    add(0, "We will introduce the Carnwath reflective supervision model in every social work team. "
        "Each session will include a reflective discussion of at least one child, a clear "
        "management direction with timescales recorded on the child's record, and a challenge to "
        "any drift in the child's plan.",
        "Eleri Vance, Principal Social Worker", "September 2018",
        [(1, "j", "h", "challenging, reflective and directive supervision")])
    add(0, "Service Managers will quality-assure a sample of supervision records every quarter "
        "against the model and report the themes to the Practice Improvement Group.",
        "Service Managers, Locality and Looked After Children", "Quarterly from Q2 2018/19",
        [(1, "j", "h", "supervision quality checked")], "Lead officer", "Target date")
    add(0, "IROs and Child Protection Conference Chairs will raise a practice alert with the team "
        "manager whenever a child's plan or the work behind it is not good enough; alerts will be "
        "tracked until resolved and their themes reported to the Performance Board each quarter.",
        "Hollis Marchetti, Safeguarding and Reviewing Manager", "July 2018",
        [(1, "j", "h", "IROs and conference chairs address the quality of practice and planning")])
    add(0, "All team managers will complete 'Leading Reflective Practice', a four-day programme on "
        "directive and reflective supervision run by the Carnwath Learning Academy.",
        "Carnwath Learning Academy", "31/12/2018",
        [(1, "j", "h", "managers able to give challenging, reflective, directive supervision")])
    add(0, "The Head of Service for Looked After Children will chair a monthly plan progress meeting "
        "for every child whose IRO has raised a practice alert, agreeing what must change and by "
        "when.",
        "Head of Service, Looked After Children", "Ongoing",
        [(1, "j", "m", "management challenge of planning for children in care")],
        "Lead officer")

    add(1, "We will relaunch the single assessment in the Carnwath Family Model format: shorter, "
        "written to the family in plain language and free of jargon, with the family's own "
        "account in their words. Repeated fields will be taken out of the electronic template.",
        "Eleri Vance, Principal Social Worker / Systems Team", "October 2018",
        [(2, "j", "h", "assessments meaningful to children and families")])
    add(1, "Assessments of children in care will be updated at least once a year and whenever "
        "something significant changes (a move, a return home, a new school); IROs will check at "
        "each review that the assessment is current.",
        "Service Manager, Looked After Children", "From September 2018",
        [(2, "j", "h", "assessments reflect children's changing needs")])
    add(1, "Chronologies will be kept up to date and used in every assessment, and every social "
        "worker will attend a workshop on the combined effect of domestic abuse, parental mental "
        "ill-health and substance misuse on children over time.",
        "Practice Improvement Lead", "Q3 2018/19",
        [(2, "j", "h", "cumulative risks evaluated")], "Lead", "Target date")
    add(1, "The Practice Improvement Group will audit 30 assessments a month and feed back to the "
        "social worker and team manager within ten working days.",
        "Practice Improvement Group", "Monthly",
        [(2, "j", "m", "quality of assessments checked")])

    add(2, "A single plan template for children in need, on protection plans and in care will set "
        "out each of the child's needs - health, education (including any exclusions or absence "
        "from school), identity and family relationships - with the outcome wanted, the action, "
        "who will do it and by when, and a contingency plan.",
        "Head of Service, Locality Social Work", "November 2018",
        [(3, "j", "h", "holistic needs and clear timescales in plans")])
    add(2, "Parents, and children old enough, will be given a plain-English summary of their plan, "
        "'What we have agreed', with an interpreter or translation offered when needed.",
        "Team Managers", "Immediate",
        [(3, "j", "h", "plans understood by families")])
    add(2, "Core groups and child in need reviews will check the plan against the latest risk "
        "assessment at every meeting; where the risk has changed, the plan will be updated within "
        "five working days.",
        "Child Protection Chairs / Team Managers", "Ongoing",
        [(3, "j", "h", "plans informed by risk assessment"),
         (2, "j", "m", "work with the family keeps up with changing needs and risks")])
    add(2, "A quarterly audit of 40 plans against the new template will be reported to the "
        "Performance Board.",
        "Quality Assurance Manager", "Q4 2018/19",
        [(3, "j", "m", "quality of plans checked")], "Lead officer", "Target date")

    add(3, "A Permanence Oversight Group will follow every child from their first review so that a "
        "permanence plan is agreed by the second review, with a parallel plan for any child who "
        "may not return home.",
        "Head of Service, Looked After Children", "July 2018",
        [(4, "j", "h", "timely early permanence planning")])
    add(3, "Family finding will start as soon as a child's plan for permanence is agreed, and "
        "Fostering for Adoption will be considered for every baby whose family is in "
        "pre-proceedings.",
        "Fostering and Adoption Service Manager", "September 2018",
        [(4, "j", "h", "full range of placement options considered early")])
    add(3, "Every family will be offered a family group conference when a child becomes looked "
        "after, so that relatives who could care for the child are found early.",
        "Family Group Conference Coordinator", "Q2 2018/19",
        [(4, "j", "h", "options within the extended family considered early")])
    add(3, "Every child in a long-term foster home who is not yet formally matched will have the "
        "match presented to the Fostering Panel.",
        "Fostering Team Manager", "31/03/2019",
        [(4, "j", "m", "timely permanence for children in long-term foster care")])
    add(3, "'Together or apart' assessments will be completed for brothers and sisters coming into "
        "care before decisions are made about where they will live.",
        "Service Manager, Looked After Children", "TBC",
        [(4, "j", "m", "placement options for brothers and sisters assessed")])
    add(3, "Adoptive families will continue to receive tailored post-adoption support from our "
        "in-house therapeutic team, and applications to the Adoption Support Fund will be made "
        "within ten working days of an assessed need.",
        "Adoption Support Team Manager", "Ongoing")
    add(3, "We will complete the business case for joining a regional adoption agency with our "
        "neighbouring councils, for decision by Cabinet.",
        "Director of Children's Services", "March 2019", (), "Lead officer")

    add(4, "Two Life Story Practitioners will join the Fostering and Adoption Service so that every "
        "child with a plan for adoption or long-term fostering has life story work under way before "
        "they move to their permanent family.",
        "Fostering and Adoption Service Manager", "October 2018",
        [(7, "j", "h", "timely life story work")])
    add(4, "Life story work will be a standing item at every looked after review, with the IRO "
        "recording progress and the date it will be finished.",
        "Hollis Marchetti, Safeguarding and Reviewing Manager", "Immediate",
        [(7, "j", "h", "life story work completed in time")])
    add(4, "Foster carers and social workers will be offered life story training through the "
        "Carnwath Learning Academy.",
        "Carnwath Learning Academy", "Q3 2018/19",
        [(7, "j", "h", "good-quality life story work")], "Lead", "Target date")

    add(5, "We will refresh the Short Breaks Statement for disabled children and their families "
        "with the Parent Carer Forum and publish it on the Local Offer website.",
        "Head of Service, Children with Disabilities", "March 2019")
    add(5, "The Quayside, our care leavers' drop-in centre, will open two evenings a week.",
        "Leaving Care Service Manager", "Complete", (), "Lead", "Target date")
    add(5, "Members of the Corporate Parenting Panel will visit each of the council's children's "
        "homes twice a year.",
        "Democratic Services", "Ongoing")
    return acts


CARNWATH = {
    "name": "carnwath", "ext": "docx", "report": "rotherham-80543/2018-01-29.pdf",
    "council": "Carnwath Metropolitan Borough Council",
    "actions": carnwath_actions,
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "uncovered",
                 6: "weak", 7: "weak", 8: "uncovered"},
    "unanswered": [5, 8], "passing": [6], "partial": [7],
    "orphans": [19, 20, 24, 25, 26], "miscited": [],
    "asks": {7: [("timely, good-quality life story work", [21, 22, 23]),
                 ("later life letters that are written clearly, so that young people will "
                  "understand their experiences, life history and reason for separation", [])],
             1: [("challenging, reflective and directive supervision", [1, 2, 4]),
                 ("with support from IROs and conference chairs, address the quality of practice "
                  "and planning for all children", [3, 5])],
             2: [("meaningful to children and their families", [6]),
                 ("reflect the changing needs of children", [7, 12]),
                 ("effectively evaluate cumulative risks and their impact", [8])],
             3: [("clear about how holistic needs are to be met", [10]),
                 ("clear timescales", [10]),
                 ("can be understood by families", [11]),
                 ("always well informed by risk assessment", [12])]},
    "notes": (
        "DOCX narrative: title, an introduction (not actions), one Heading 1 per theme with an "
        "italic context paragraph (not an action), each action a paragraph numbered '1.' to '26.' "
        "in its text (the number is 'row'; 'text' is without it) followed by a 'Lead:' or 'Lead "
        "officer:' paragraph and a 'By:' or 'Target date:' paragraph, then a closing 'Governance "
        "and monitoring' section of unnumbered paragraphs (not actions). The action numbers are "
        "not recommendation numbers and there are no recommendation citations: explicit_refs are "
        "empty and every link is judged. 'section' is the theme heading. R8 (birth parents of "
        "adopted children understand and access support) is the hard unanswered one: orphan 19 "
        "(post-adoption support for adoptive families, Adoption Support Fund) and orphan 20 "
        "(regional adoption agency business case) share its adoption-support vocabulary and sit "
        "under the permanence heading. R5 (timeliness of early help, particularly for disabled "
        "children) is unanswered; orphan 24 (Short Breaks Statement for disabled children) "
        "shares its disability vocabulary. R6 (work with schools on exclusions and persistent "
        "absence of children looked after) is touched only in passing: action 10, aimed at R3, "
        "lists 'education (including any exclusions or absence from school)' among the needs a "
        "plan sets out. R7 has two asks; timely life story work is answered (21-23), clearly "
        "written later life letters are not. Action 12 answers R3 and R2 (medium)."),
}

PLANS = [MARSHBURY, HOLMEBRIDGE, CARNWATH]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_marshbury(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    doc.add_heading("Marshbury Borough Council", level=0)
    doc.add_heading("Children's Social Care - Post-Inspection Action Plan 2016/17", level=1)
    doc.add_paragraph(
        "This action plan is Marshbury's response to the Ofsted inspection of services for "
        "children in need of help and protection, children looked after and care leavers "
        "(January to February 2016; report published March 2016). It forms part of our Safe "
        "Harbour improvement programme. The Marshbury Safeguarding Children Board is responding "
        "separately to the recommendations made to the Board. Progress is reviewed monthly by the "
        "Children's Services Leadership Team and every two months by the Improvement Board "
        "chaired by the Chief Executive.")
    doc.add_paragraph("RAG: G = on track, A = at risk of slipping, R = off track, B = complete.")
    cols = ["Ref", "Ofsted recommendation", "Action", "Lead", "Timescale", "RAG"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for a in acts:
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["extra"]["ref"], a["objective"] or "", a["text"],
                                      a["lead"], a["date"], a["extra"]["rag"]]):
            cell.text = text
    widths = [Cm(1.4), Cm(4.0), Cm(11.5), Cm(4.8), Cm(3.0), Cm(1.2)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph("")
    doc.add_paragraph("Version 1.3, agreed by the Children's Services Leadership Team, June 2016.")
    docx_props(doc, "Marshbury Children's Services", "Post-Inspection Action Plan 2016/17")
    doc.save(path)
    normalise_zip(path)


def write_holmebridge(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws.append(["Holmebridge Children's Services Improvement Plan 2018-2020 - response to the "
               "Ofsted inspection of June 2018 (position at 31 October 2018)"])
    ws.append([])
    ws.append(["Priority area", "Action", "Owner", "Start", "End", "Progress update"])
    for a in acts:
        ws.append([a["section"], a["text"], a["lead"], a["extra"]["start"], a["date"],
                   a["extra"]["update"] or None])
    ws["A1"].font = Font(bold=True, size=13)
    for c in ws[3]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    for r in range(4, 4 + len(acts)):
        for col in "ABCDEF":
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEF", (22, 72, 30, 11, 12, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    p = wb.properties
    p.creator = "Holmebridge Children's Improvement Team"
    p.lastModifiedBy = "Holmebridge Children's Improvement Team"
    p.title = "Children's Services Improvement Plan 2018-2020"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


def write_carnwath(plan, acts, path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_heading("Carnwath Metropolitan Borough Council", level=0)
    doc.add_paragraph("Children's Social Care: Practice Improvement Plan 2018-19").runs[0].bold = True
    doc.add_paragraph(
        "Introduction", style="Heading 2")
    doc.add_paragraph(
        "Ofsted inspected our services for children in need of help and protection, children "
        "looked after and care leavers in November 2017. Services for children who "
        "need help and protection were judged good, and we are proud of the distance we have "
        "travelled since 2014. The inspectors also told us where we still need to improve, and "
        "this plan sets out what we will do about it.")
    doc.add_paragraph(
        "The plan is organised in themes. Under each theme a short paragraph explains what the "
        "inspectors found; the numbered paragraphs that follow are our actions, each with a lead "
        "and a date. The Local Safeguarding Children Board has its own plan.")
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            intro = next(t[1] for t in CARNWATH_THEMES if t[0] == current)
            doc.add_heading(current, level=1)
            doc.add_paragraph(intro).runs[0].italic = True
        doc.add_paragraph(f"{a['row']}. {a['text']}")
        doc.add_paragraph(f"{a['extra']['lead_label']}: {a['lead']}")
        p = doc.add_paragraph(f"{a['extra']['date_label']}: {a['date']}")
        p.paragraph_format.space_after = Pt(12)
    doc.add_heading("Governance and monitoring", level=1)
    doc.add_paragraph(
        "The Strategic Director of Children and Young People's Services owns this plan. The "
        "Practice Improvement Group, chaired by the Assistant Director, meets monthly to review "
        "progress against each action and the evidence of impact for children.")
    doc.add_paragraph(
        "A highlight report goes to the Children's Improvement Board every six weeks and to the "
        "Corporate Parenting Panel each quarter. The Lead Member for Children's Services receives "
        "the monthly performance report, and the plan will be refreshed in April 2019.")
    docx_props(doc, "Carnwath Children and Young People's Services",
                "Practice Improvement Plan 2018-19")
    doc.save(path)
    normalise_zip(path)


WRITERS = {"marshbury": write_marshbury, "holmebridge": write_holmebridge,
           "carnwath": write_carnwath}


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def check_design(gold, plan):
    """This set's own design rules, on top of _coverage_sets.check (which main runs first)."""
    name = gold["plan"]
    recs = {r["id"] for r in gold["recommendations"]}
    acts = {a["id"]: a for a in gold["actions"]}
    linked = {}
    for l in gold["links"]:
        linked.setdefault(l["rec"], set()).add(l["action"])
    d = gold["design"]
    assert len(d["unanswered"]) == 2 and len(d["passing"]) == 1 and len(d["partial"]) == 1, name
    assert 4 <= len(d["orphans"]) <= 5, name
    # a cited number that is not linked must belong to a mis-cited row
    for a in acts.values():
        own = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
        for n in a["explicit_refs"]:
            assert f"R{n}" in own or a["id"] in d["miscited"], (name, a["id"], n)
    return True


if __name__ == "__main__":
    main(sys.argv[1:], SET, PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(20, 40))
