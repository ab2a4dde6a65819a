"""Write the sealed coverage evaluation set "m": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_m.py            # writes documents and gold
    python scripts/make_coverage_plans_m.py --check    # only runs the consistency checks

Documents: corpus/coverage/m/<name>.<ext>      Gold: corpus/gold/coverage/m/<name>.json

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes by the shared helpers in
scripts/_coverage_sets.py, never by reading the generated documents back, and no extractor code is
imported or run. Recommendation texts come from the hand-checked report gold in
corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the row cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    cite="7, 9"                    the plan's "Link to Ofsted rec" cell as written (weaver-dane
                                   only); the numbers in it are the row's explicit_refs
    mis=True                       the row cites a number its action does not answer (mis-cited);
                                   its citation is not a link, its true link is judged
Actions with no links are orphans (business as usual) or carry only a passing mention (see each
plan's design notes).

All councils, people, places and programmes are fictional. Output is deterministic: DOCX/XLSX
core properties are fixed and every zip member is written with a fixed timestamp.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, docx_props, main, normalise_zip, report_recs  # noqa: E402

FIXED = datetime(2020, 1, 1, 9, 0, 0)
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


# ---------------------------------------------------------------------------------------------
# Plan 1: Weaver Dane — DOCX Word table answering Cheshire East 2015-09-15 (SIF, 17 LA recs).
# Columns: Ref | Link to Ofsted rec | Action | Lead officer | By when | RAG. About half the rows
# cite a recommendation number in the link column; two of those citations are wrong.
# ---------------------------------------------------------------------------------------------

def weaver_dane_actions():
    acts = []
    count = {}

    def add(prio, cite, text, lead, when, rag, links=(), mis=False):
        p = int(prio.split(":")[0].split()[-1])
        count[p] = count.get(p, 0) + 1
        refs = [int(x) for x in re.findall(r"\d+", cite)]
        acts.append(A(text, lead, when, links, refs, mis, row=f"P{p}.{count[p]}", section=prio,
                      objective=cite or None, rag=rag))

    P = "Priority 1: Grip on children's journeys"
    add(P, "1",
        "Monthly Case Grip Panel chaired by the Head of Safeguarding for every child open for more "
        "than 12 months without clear progress, or on a second or later child protection plan. Each "
        "child leaves the panel with a decision, a named manager and a date, and the panel log goes "
        "to the Director every month.",
        "Marian Tolley, Head of Safeguarding", "October 2015", "G",
        [(1, "e", "h", "senior managers' oversight of complex cases with historic drift and delay")])
    add(P, "",
        "Weekly exception report from Compass listing children whose plans have not moved on between "
        "two reviews or conferences, sent to every Service Manager; the ten longest-running cases "
        "are taken to the Director's monthly performance meeting.",
        "Performance and Intelligence Team", "Q3 2015/16", "A",
        [(1, "j", "h", "senior monitoring of cases with drift and delay")])
    add(P, "Rec 1",
        "Private fostering and family and friends care: every private fostering notification logged "
        "by the Hub and visited within 7 working days, with the assessment signed off by a Service "
        "Manager; the register of temporarily approved connected carers reviewed monthly by the "
        "Head of Children in Care so that no temporary approval runs past 16 weeks without a "
        "decision.",
        "Head of Children in Care", "01/11/2015", "A",
        [(1, "e", "h", "senior oversight of private fostering and connected persons' arrangements, "
          "suitability and regulatory compliance")])
    add(P, "",
        "Leaving Care Service Manager to keep a live list of every care leaver who is homeless, "
        "sofa-surfing or in emergency accommodation, reviewed every fortnight with Housing Options; "
        "any young person without a settled home for more than 28 days reported to the Assistant "
        "Director.",
        "Service Manager, Leaving Care / Housing Options Manager", "Immediate", "G",
        [(1, "j", "h", "senior oversight and monitoring of care leavers who are homeless")])

    P = "Priority 2: The Hub and early help"
    add(P, "4",
        "Contacts that do not need a social work response to be passed from the Hub to the local "
        "Family Support Partnership the same working day, with a named early help worker allocated "
        "within 5 working days and the family contacted within 10.",
        "Dev Rathbone, Hub Service Manager", "December 2015", "A",
        [(4, "e", "h", "children below the social work threshold considered promptly and given "
          "timely early help")])
    add(P, "5",
        "Weekly step-across meeting between the Hub team leader and the Family Support Partnership "
        "coordinators to check that no family waiting for help below the social care threshold goes "
        "more than 10 days without a first contact.",
        "Family Support Partnership Coordinators", "Ongoing", "G",
        [(4, "j", "h", "timely early help for children below threshold (row cites 5, which is about "
          "strategy meetings)")], mis=True)
    add(P, "",
        "Police, health and education to take part in every strategy discussion held in the Hub, "
        "in person or by phone, with a duty Detective Sergeant based in the Hub from November; the "
        "strategy discussion record to list who took part and what each agency shared.",
        "Dev Rathbone, Hub Service Manager / Weaver Dane Police Public Protection Unit",
        "November 2015", "A",
        [(5, "j", "h", "strategy meetings and decisions informed by partner agencies")])
    add(P, "Rec 5",
        "Quarterly check by the Safeguarding Children Board business unit of which agencies attended "
        "strategy meetings; any agency missing from more than one in ten meetings is raised with "
        "that agency's Board member.",
        "Safeguarding Children Board Business Manager", "Quarterly from Q3 2015/16", "G",
        [(5, "e", "h", "partner agencies' contribution to strategy meetings")])
    add(P, "",
        "Relaunch the early help assessment as 'My Family Plan', with training for schools, "
        "children's centres and health visitors, so that families who do not need a social worker "
        "get support quickly from the agency that already knows them.",
        "Head of Early Help and Prevention", "Q4 2015/16", "A",
        [(4, "j", "m", "appropriate early help for children below the social work threshold")])

    P = "Priority 3: Assessment, planning and recording"
    add(P, "8",
        "Single assessments to be completed within 35 working days as the Weaver Dane standard "
        "(never beyond 45); the team leader agrees the timescale when the work is allocated and "
        "progress is tracked weekly.",
        "Team Leaders, Locality Safeguarding Teams", "January 2016", "A",
        [(8, "e", "h", "timely assessments")])
    add(P, "",
        "Assessment workshops led by the Principal Social Worker for the locality and children in "
        "care teams: analysis rather than description, the whole family including fathers and "
        "brothers and sisters, and refreshing the assessment whenever a child's circumstances "
        "change.",
        "Principal Social Worker", "February 2016", "A",
        [(8, "j", "h", "assessments consider full range of needs, with analysis, and are updated")])
    add(P, "9",
        "New child's plan on Compass for child in need, child protection, care and pathway plans: "
        "outcomes in plain words, who will do what by when, and a contingency section that has to "
        "be completed before a manager can authorise the plan.",
        "Principal Social Worker / Compass Development Team", "March 2016", "A",
        [(9, "e", "h", "specific, outcome-focused plans with timescales and contingencies")])
    add(P, "9",
        "Rewrite the letter before proceedings with Legal Services and a parent advocate, so that "
        "it sets out exactly what has to change, the help on offer and the date of the next "
        "meeting.",
        "Legal Services / Head of Safeguarding", "Complete", "G",
        [(9, "e", "h", "clarity of letters before proceedings")])
    add(P, "",
        "Parents, and young people old enough to understand, to be given a copy of their plan in a "
        "form they can follow, with the social worker going through it after every review and core "
        "group.",
        "Team Leaders", "Ongoing", "A",
        [(9, "j", "m", "families understand what needs to happen")])
    add(P, "6, 10",
        "Closure and step-down form on Compass: the team leader records why the case is being "
        "closed or stepped down, what has changed for the child and who will keep an eye on the "
        "family; no case can be closed until the form is complete.",
        "Compass Development Team", "30/11/2015", "G",
        [(10, "e", "h", "management rationale for step-down and closure clearly recorded"),
         (6, "e", "m", "recording management decisions")])
    add(P, "6",
        "'Recording Matters' standards: visits written up within 3 working days, and every "
        "management discussion or decision, including those made in supervision and at strategy "
        "discussions, entered on the child's file as a 'Management decision' case note.",
        "Principal Social Worker", "December 2015", "A",
        [(6, "e", "h", "recording key discussions and decisions including management oversight")])
    add(P, "",
        "Service Managers to look at ten cases closed or stepped down in the previous month and "
        "re-open any where closure was premature, feeding back to the team leader.",
        "Service Managers, Locality Safeguarding", "Monthly", "G",
        [(10, "j", "h", "decisions to step down or close cases are appropriate")])
    add(P, "Rec 2",
        "Child protection chairs and IROs to raise a Practice Alert within 5 working days of a "
        "conference or review whenever a child's plan is drifting; team leaders respond within 5 "
        "days and unresolved alerts go to the Head of Service.",
        "Safeguarding and Review Unit Manager", "October 2015", "G",
        [(2, "e", "h", "CP chairs' and IROs' challenge addresses drift")])
    add(P, "",
        "IROs and chairs to do a mid-point check of each child's plan between meetings; the "
        "quarterly IRO report to the Corporate Parenting Board to show the number of alerts raised "
        "and what changed for the children concerned.",
        "Safeguarding and Review Unit Manager", "Q4 2015/16", "A",
        [(2, "j", "h", "challenge from chairs and IROs improves planning")])

    P = "Priority 4: Vulnerable adolescents and young people leaving care"
    add(P, "16",
        "Stop new placements of 16 and 17 year olds at the Northwyke Foyer while we review whether "
        "it is suitable for them, and commission supported lodgings as the alternative.",
        "Head of Commissioning, Children and Families", "Immediate", "G",
        [(16, "e", "h", "reviewing the use of foyer accommodation for 16-17 year olds")])
    add(P, "",
        "No move into a foyer or hostel place without a written safety plan covering the young "
        "person's vulnerabilities and the other residents, signed off by a Service Manager, and "
        "looked at again within four weeks of the move and at each pathway plan review.",
        "Service Manager, Leaving Care", "October 2015", "G",
        [(16, "j", "h", "rigorous risk assessment before foyer or hostel placements")])
    add(P, "Rec 16",
        "Two more family group conference coordinators so that a conference is offered before any "
        "child comes into care and at the start of pre-proceedings.",
        "Family Group Conference Service Manager", "April 2016", "A",
        [(16, "e", "h", "better use of family group conferences to explore all options")])
    add(P, "",
        "Recommission the advocacy contract from April 2016 so that children in need, not only "
        "those on child protection plans or in care, can be referred for an advocate.",
        "Commissioning Manager (Children)", "01/04/2016", "A",
        [(16, "j", "h", "increasing advocacy capacity for children in need")])
    add(P, "7",
        "Set up 'Safe Space', a dedicated team of two social workers, a police officer and a youth "
        "worker, working directly with young people at high risk of exploitation, and screen "
        "every adolescent at the start of involvement with the exploitation screening tool.",
        "Kieran Loxley, Service Manager, Adolescent Services", "January 2016", "A",
        [(7, "e", "h", "frontline action for children at risk of child sexual exploitation")])
    add(P, "",
        "Every child who has been missing to be offered a return conversation within 72 hours; what "
        "the child says goes to their social worker and is used to update their plan.",
        "Missing Children Coordinator", "December 2015", "R",
        [(7, "j", "h", "effective action for children who go missing")])
    add(P, "7",
        "Weekly Missing and Exploitation meeting, chaired jointly by the Safeguarding Service "
        "Manager and the police, reviewing every child reported missing three or more times in 90 "
        "days.",
        "Kieran Loxley, Service Manager, Adolescent Services / Weaver Dane Police",
        "Ongoing", "G",
        [(7, "e", "h", "action on children at risk of CSE and who go missing")])

    P = "Priority 5: Knowing ourselves"
    add(P, "13",
        "Quarterly themed audits of children in care casework by the independent audit team, "
        "covering permanence planning, IRO challenge and placement stability, and noting along the "
        "way whether the initial health assessment was requested on time.",
        "Quality Assurance Manager", "Q3 2015/16", "G",
        [(13, "e", "h", "audit arrangements focused on children looked after")])
    add(P, "",
        "Findings from children in care audits reported to the Corporate Parenting Board twice a "
        "year, with every audit action logged and chased until it is closed.",
        "Quality Assurance Manager", "March 2016", "A",
        [(13, "j", "h", "sharper audit focus on looked after children")])
    add(P, "14",
        "Weekly team dashboard for team leaders and a monthly scorecard for the leadership team and "
        "Lead Member, both built straight from Compass.",
        "Tomasz Wrenfield, Performance and Intelligence Manager", "November 2015", "G",
        [(14, "e", "h", "data and performance information for managers and leaders")])
    add(P, "15",
        "Data cleansing of Compass: the performance team to correct missing and duplicate records "
        "and report each team's data accuracy every month, so that managers can trust the figures "
        "they are given about their teams' practice.",
        "Performance and Intelligence Team", "January 2016", "A",
        [(14, "j", "h", "accuracy of information from the electronic recording system (row cites "
          "15, which is about complaints)")], mis=True)
    add(P, "",
        "Every upheld complaint to result in an improvement plan with a named manager and a date; "
        "the Customer Relations Team tracks each plan and the Practice Improvement Board reviews "
        "progress every quarter.",
        "Customer Relations Manager", "Q3 2015/16", "G",
        [(15, "j", "h", "complaints lead to action plans that are implemented, tracked, reviewed")])
    add(P, "Rec 15",
        "Quarterly 'You said, we did' practice bulletin on themes from complaints, with the "
        "Principal Social Worker checking through audit whether practice has changed.",
        "Principal Social Worker / Customer Relations Manager", "Quarterly", "G",
        [(15, "e", "h", "learning from complaints informs and improves practice")])

    P = "Priority 6: A skilled and supported workforce"
    add(P, "3",
        "New supervision policy and template, 'Reflect, Review, Plan': reflective discussion at every "
        "session, case direction kept separate from professional development, and monthly "
        "supervision for every social worker.",
        "Principal Social Worker", "October 2015", "G",
        [(3, "e", "h", "supervision that is reflective and challenging")])
    add(P, "",
        "Supervision skills course for every team leader and Service Manager from an external "
        "trainer, with the quality of supervision sampled through the audit programme.",
        "Workforce Development Manager", "March 2016", "A",
        [(3, "j", "h", "reflective, challenging supervision")])
    add(P, "",
        "Every social worker to have a personal development plan, linked to the Professional "
        "Capabilities Framework and reviewed in supervision every quarter.",
        "Team Leaders", "Ongoing", "A",
        [(3, "j", "h", "supervision focused on continual professional development")])
    add(P, "",
        "Review the Scheme of Delegation to Officers for Children's Services after the senior "
        "management restructure, so that authority for spending, contract and staffing decisions "
        "sits at the right level.",
        "Head of Legal Services / Monitoring Officer", "TBC", "")
    add(P, "",
        "Uplift foster carers' weekly allowances to the national minimum and introduce a loyalty "
        "payment for carers approved for more than five years.",
        "Fostering Service Manager", "April 2016", "A")
    add(P, "",
        "Weaver Dane Social Work Academy: recruit a second cohort of 15 newly qualified social "
        "workers.",
        "HR Business Partner", "September 2016", "")
    add(P, "",
        "Annual Children's Services conference and staff awards.",
        "Director's Office", "June 2016", "")
    add(P, "",
        "Move the Northwyke locality teams into Saltmere Municipal Buildings.",
        "Facilities Management", "Q1 2016/17", "A")
    return acts


WEAVER_DANE = {
    "name": "weaver-dane", "ext": "docx", "report": "cheshire-east-80447/2015-09-15.pdf",
    "council": "Weaver Dane Council",
    "actions": weaver_dane_actions, "size": (36, 44),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "covered", 7: "covered", 8: "covered", 9: "covered", 10: "covered",
                 11: "uncovered", 12: "weak", 13: "covered", 14: "covered", 15: "covered",
                 16: "weak", 17: "uncovered"},
    "unanswered": [11, 17], "passing": [12], "partial": [16],
    "hard": {11: ["P6.4", "P6.5"]},
    "passing_in": {12: "P5.1"},
    "orphans": ["P6.4", "P6.5", "P6.6", "P6.7", "P6.8"], "miscited": ["P2.2", "P5.4"],
    "asks": {16: [("reviewing the use of foyer accommodation for 16-17 year olds", ["P4.1"]),
                  ("rigorous risk assessments before placing young people in foyer or hostel "
                   "accommodation", ["P4.2"]),
                  ("sufficient health provision for older looked after children and care leavers",
                   []),
                  ("improving the use of family group conferences", ["P4.3"]),
                  ("increasing the capacity of advocacy services for children in need", ["P4.4"])],
             1: [("complex cases with historic drift and delay", ["P1.1", "P1.2"]),
                 ("private fostering and connected persons' arrangements", ["P1.3"]),
                 ("care leavers who are homeless", ["P1.4"])],
             9: [("plans specific, clear, outcome-focused, with timescales and contingencies",
                  ["P3.3", "P3.5"]),
                 ("clarity of letters before proceedings", ["P3.4"])],
             14: [("comprehensive and clear data and performance information for managers and "
                   "leaders", ["P5.3"]),
                  ("accuracy of information from the electronic recording system", ["P5.4"])]},
    "notes": (
        "DOCX, landscape, two introductory paragraphs then one Word table (Ref | Link to Ofsted "
        "rec | Action | Lead officer | By when | RAG). Priority headings are full-width merged "
        "rows inside the table ('section'); 'row' is the Ref cell (P1.1 ...); 'objective' is the "
        "'Link to Ofsted rec' cell as written ('7', 'Rec 7', '6, 10') or null where blank. 20 of "
        "40 rows cite a number. Only local-authority recommendations 1-17 count (LSCB 151-158 "
        "are out of scope and the plan says so). R17 (later-in-life letters) is simply absent. "
        "R11 (delegated authority for carers) is the hard unanswered one: orphan P6.4 (review of "
        "the Scheme of Delegation to Officers) shares its 'delegation' vocabulary and orphan P6.5 "
        "(foster carers' allowances) shares 'carers'; neither is about what carers may decide. "
        "R12 (timeliness of initial health assessments) is mentioned only in passing in P5.1, "
        "aimed at R13 (children in care audits 'noting along the way whether the initial health "
        "assessment was requested on time'). R16 has five asks; the plan answers foyer review "
        "(P4.1), risk assessment before foyer/hostel moves (P4.2), family group conferences "
        "(P4.3) and advocacy for children in need (P4.4), but not health provision for older "
        "looked after children and care leavers. Mis-cited rows: P2.2 cites 5 (strategy "
        "meetings) but answers R4; P5.4 cites 15 (complaints) but answers R14. P3.6 cites '6, 10' "
        "and answers both (R10 high, R6 medium). Orphans P6.4-P6.8 are business as usual. The "
        "RAG column is not part of the action text."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Peakhurst — XLSX tracker answering Derbyshire 2019-09-19 (ILACS, 5 recs).
# Header in row 1: Workstream | Action | Owner | Due | Status | Update. No rec numbers.
# ---------------------------------------------------------------------------------------------

def peakhurst_actions():
    acts = []

    def add(ws, text, owner, due, status, update="", links=()):
        acts.append(A(text, owner, due, links, section=ws, status=status, update=update))

    W = "Peakhurst Connect"
    add(W, "Recruit four more Connect Officers and a senior practitioner so that enquiries where "
        "more information is needed before deciding on early help or a social work assessment are "
        "moved on within 3 working days.",
        "Rhiannon Castell, Head of Service - Peakhurst Connect", "October 2019", "Complete",
        "All five posts filled by 30/09.",
        [(1, "j", "h", "Connect capacity to progress contacts with no child protection concern")])
    add(W, "Separate 'next steps' queue for contacts with no immediate safeguarding worry, reviewed "
        "by a Connect team manager at 10am and 3pm every day so that nothing sits unallocated.",
        "Connect Team Managers", "Immediate", "Complete",
        "Queue live since 2 September.",
        [(1, "j", "h", "timeliness of decisions on contacts without CP concerns")])
    add(W, "Information-sharing agreement with schools, GP practices and the health visiting service: "
        "when Connect asks for more information, the agency replies within one working day or the "
        "request goes to its designated safeguarding lead.",
        "Peakhurst Safeguarding Children Partnership", "31/12/2019", "On track",
        "Agreed with health. Schools version at Heads' forum in November.",
        [(1, "j", "h", "delays gathering further information before a decision")])
    add(W, "Weekly Connect report to the Head of Service showing the age of every open contact and the "
        "reason for any delay over 72 hours.",
        "Performance and Intelligence Team", "Weekly", "On track", "",
        [(1, "j", "h", "monitoring timeliness of decision-making on contacts")])

    W = "Children in need"
    add(W, "Single assessment quality gate: the team manager checks the analysis and the child's lived "
        "experience before sign-off, and no assessment is authorised if its only outcome is "
        "'further assessment needed'.",
        "Locality Team Managers", "November 2019", "On track",
        "Checklist added to CareFile 4 November.",
        [(2, "j", "h", "quality and timeliness of assessments for children in need")])
    add(W, "New child in need plan on CareFile setting out, for each child in the family, what needs "
        "to change, who will help and by when; child in need reviews every 12 weeks with progress "
        "measured against the plan.",
        "Principal Social Worker", "Q4 2019/20", "On track", "",
        [(2, "j", "h", "quality of planning for children in need")])
    add(W, "Disabled Children's Service: every child open to the service to have an assessment less "
        "than 12 months old, and a named keyworker kept through the team restructure so that "
        "children do not keep changing worker.",
        "Service Manager, Disabled Children's Service", "March 2020", "Delayed",
        "61% of assessments in date. Keyworker model agreed; recruitment under way.",
        [(2, "j", "h", "assessment and planning for disabled children")])
    add(W, "Joint protocol with the seven district housing authorities for 16 and 17 year olds who "
        "present as homeless: same-day social work assessment focused on the housing problem, "
        "and a written explanation of the young person's rights, including being looked after.",
        "Head of Service, Children in Care / District Housing Leads", "January 2020", "On track",
        "Five of seven districts signed.",
        [(2, "j", "h", "assessment and planning for young people who present as homeless")])

    W = "Strategy discussions"
    add(W, "New strategy discussion form on CareFile with a box for each agency's information, the "
        "decision and its reasons, and every action with the person responsible and a timescale; "
        "the form cannot be closed until the timescales are filled in.",
        "CareFile Systems Team / Principal Social Worker", "December 2019", "On track", "",
        [(3, "j", "h", "quality of recording of strategy discussions")])
    add(W, "Half-day workshop for every duty and locality manager who chairs strategy meetings on "
        "writing clear, timed actions in the record.",
        "Workforce Development", "Q3 2019/20", "Complete", "84 managers attended.",
        [(3, "j", "h", "consistent recording of strategy discussions")])
    add(W, "Child protection managers to sample 10 strategy meeting records every month and feed back "
        "to the chair; themes reported to the Quality Assurance Board.",
        "Child Protection Manager", "Monthly", "On track", "",
        [(3, "j", "h", "checking the consistency of strategy discussion records")])

    W = "Practice and management grip"
    add(W, "Launch 'The Peakhurst Way', one set of practice standards for every locality team, "
        "briefed in all team meetings by a senior manager.",
        "Assistant Director, Safeguarding", "October 2019", "Complete", "",
        [(5, "j", "h", "consistency of practice")])
    add(W, "Supervision records to show progress on each action since the last session and the "
        "difference made for the child; actions carried forward twice are escalated to the "
        "manager's own supervisor.",
        "Team Managers", "Ongoing", "On track", "",
        [(5, "j", "h", "effectiveness of supervision")])
    add(W, "'Leading Practice' development programme for all front-line managers: six modules on "
        "oversight of casework, coaching and reflective supervision.",
        "Principal Social Worker", "Q1 2020/21", "Not started",
        "Provider appointed. First cohort April.",
        [(5, "j", "h", "front-line management oversight and supervision")])
    add(W, "Heads of Service to audit management oversight on 5 cases per team each quarter, with "
        "results used in each team manager's appraisal.",
        "Heads of Service", "Quarterly", "On track", "",
        [(5, "j", "h", "effectiveness of front-line management oversight")])
    add(W, "Twice-yearly Practice Week: senior leaders join visits, supervision and team meetings "
        "and report back on what they saw.",
        "Director of Children's Social Care", "November 2019", "On track", "",
        [(5, "j", "m", "consistency of practice and oversight")])

    W = "Children in care and care leavers"
    add(W, "Virtual School 'Proud of You' awards evening and summer activity programme for children "
        "in care.",
        "Virtual School Headteacher", "July 2020", "Not started", "")
    add(W, "Children in care nurses to run monthly 'Healthy Me' drop-ins for care leavers at the "
        "Next Steps hub.",
        "Designated Nurse, Children in Care (CCG)", "TBC", "Not started", "")
    add(W, "Next Steps: embed the new in-house leaving care service and hold a launch event with "
        "young people.",
        "Service Manager, Next Steps", "Complete", "Complete", "Launch event 12 September.")
    add(W, "Replace social workers' mobile phones with smartphones.",
        "ICT Business Partner", "Q4 2019/20", "On track", "")
    return acts


PEAKHURST = {
    "name": "peakhurst", "ext": "xlsx", "report": "derbyshire-80460/2019-09-19.pdf",
    "council": "Peakhurst County Council",
    "actions": peakhurst_actions, "size": (18, 22),
    "expected": {1: "covered", 2: "weak", 3: "covered", 4: "uncovered", 5: "covered"},
    "unanswered": [4], "passing": [], "partial": [2],
    "hard": {4: [17, 18]},
    "orphans": [17, 18, 19, 20], "miscited": [],
    "asks": {2: [("quality and timeliness of assessment and planning for children in need",
                  [5, 6]),
                 ("disabled children", [7]),
                 ("those in private fostering arrangements", []),
                 ("young people who present as homeless", [8])],
             5: [("consistency of practice", [12, 16]),
                 ("effectiveness of front-line management oversight", [14, 15]),
                 ("supervision", [13, 14])]},
    "notes": (
        "XLSX, one sheet, header in row 1 (Workstream | Action | Owner | Due | Status | Update), "
        "one action per row, no title block and no recommendation numbers anywhere. 'row' is "
        "null (no reference column); 'section' is the Workstream cell. 'Peakhurst Connect' is "
        "the council's own name for its front door (the report's 'Starting Point'). R4 "
        "(timeliness of initial PEPs and initial health assessments for children newly in care) "
        "is the hard unanswered one: orphans 17 (Virtual School awards and summer activities for "
        "children in care) and 18 (children in care nurses' 'Healthy Me' drop-ins for care "
        "leavers) share its vocabulary, but neither is about initial PEPs or initial health "
        "assessments. R2 is the partly answered one: children in need generally (5, 6), disabled "
        "children (7) and homeless 16-17 year olds (8) are answered; private fostering is not. "
        "R1, R3 and R5 are each answered by three or more actions. Orphans 17-20 are business as "
        "usual. Status and Update cells are not part of the action text."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Thameside Royal — DOCX narrative answering Windsor and Maidenhead 2015-05-13 (SIF, 16
# LA recs). Introduction, one heading per priority, each action a paragraph then "Lead:" and
# "By:" paragraphs (a few "Lead officer:" / "Target date:"), closing governance section.
# ---------------------------------------------------------------------------------------------

THAMESIDE_INTROS = {
    "Priority 1: The right help at the right time": (
        "Families should get help that matches their needs, and we should only stop working with "
        "them when things are better for the child."),
    "Priority 2: Children who go missing": (
        "When a child goes missing we want to understand why and to use what they tell us."),
    "Priority 3: Leadership of practice": (
        "Good practice depends on good first-line managers and on a strong professional lead for "
        "social work."),
    "Priority 4: Permanence and children in care": (
        "Every child in care needs a plan for a permanent home that is made early and kept on "
        "track, and a placement that suits them."),
    "Priority 5: Young people leaving care": (
        "Young people told us they want to know their personal adviser well before they turn 18."),
    "Priority 6: Corporate parenting and children's voices": (
        "As corporate parents, councillors and officers must hear directly from the children "
        "we look after."),
    "Priority 7: Our workforce and resources": (
        "This priority brings together the wider service changes that support the plan."),
}


def thameside_actions():
    acts = []

    def add(prio, text, lead, when, links=(), labels=("Lead", "By")):
        acts.append(A(text, lead, when, links, section=prio, labels=list(labels)))

    P = "Priority 1: The right help at the right time"
    add(P, "We will introduce a closure and step-down checklist. Before any case is closed or "
        "handed to the Family Hubs, the social worker will weigh up the progress made against each "
        "need in the assessment and plan, including the child's and parents' views, and the team "
        "manager will only agree the closure if the risks have clearly reduced.",
        "Niamh Ferriby, Head of Children's Social Care", "July 2015",
        [(1, "j", "h", "closure/step-down only after full evaluation of progress and risk")])
    add(P, "Each month the Service Leader will review ten cases closed in the previous month. Any "
        "that were closed too soon will be reopened and the learning shared with the team.",
        "Service Leader, Assessment and Support", "Monthly from August 2015",
        [(1, "j", "h", "checking that closures and step-downs were appropriate")])
    add(P, "For every child in need moving to early help, a handover meeting will be held with the "
        "Family Hub worker or school before the case is closed, so that the new lead professional "
        "knows what still needs to change.",
        "Team Managers, Assessment and Support", "September 2015",
        [(1, "j", "m", "step-down to targeted services only when enough progress has been made")])
    add(P, "We will agree a new joint protocol with Housing Options for 16 and 17 year olds who "
        "present as homeless, reflecting the House of Lords judgment in R (G) v Southwark. Every "
        "young person will have a full children's social care assessment and will be told about "
        "being accommodated under section 20 before any decision is made.",
        "Head of Children's Social Care / Head of Housing Options", "31/08/2015",
        [(2, "j", "h", "assessments of homeless 16-17 year olds in line with case law")],
        labels=("Lead officer", "Target date"))
    add(P, "Housing Options officers and a duty social worker will see young people who present as "
        "homeless together on the day they present, and the assessment will be recorded on the "
        "children's social care record.",
        "Duty and Assessment Team Manager", "Immediate",
        [(2, "j", "h", "assessment of homeless 16-17 year olds")])
    add(P, "Every private fostering notification will be allocated to a named social worker within "
        "one working day. The first visit will take place within seven days and the child will be "
        "seen alone every six weeks after that.",
        "Duty and Assessment Team Manager", "June 2015",
        [(3, "j", "h", "visiting privately fostered children within statutory timescales")])
    add(P, "Private fostering assessments will include DBS and local authority checks on every adult "
        "in the household and a health and safety check of the home, completed within 42 days "
        "and signed off by the Service Leader.",
        "Service Leader, Assessment and Support", "September 2015",
        [(3, "j", "h", "assessing privately fostered children's circumstances with safeguarding "
          "checks")])
    add(P, "Jointly with the Safeguarding Board and the police Public Protection Unit, we will "
        "commission an independent health check of the domestic abuse risk conference, "
        "including how cases are chosen for referral and whether the children in each household "
        "are considered.",
        "Director of Children's Services / Safeguarding Board Chair / Police", "Q2 2015/16",
        [(4, "j", "h", "review with LSCB and police of MARAC effectiveness and case identification")])
    add(P, "All police domestic abuse notifications involving children will be screened by the "
        "Multi-Agency Safeguarding Hub using the DASH checklist, with high-risk cases referred to "
        "the conference and referral numbers reported monthly to the Board.",
        "MASH Manager", "October 2015",
        [(4, "j", "h", "identification of domestic abuse cases to be presented at MARAC")])
    add(P, "Minutes and actions from the domestic abuse risk conference will be placed on each "
        "child's record within two working days so that the child's social worker knows about "
        "the risk.",
        "MARAC Coordinator / Business Support Manager", "August 2015",
        [(4, "j", "m", "risk to children recognised after MARAC")])

    P = "Priority 2: Children who go missing"
    add(P, "New 'Back Home Safe' guidance and training for every social worker on how to hold a "
        "return conversation with a child, with each conversation written up on the return form "
        "within 72 hours.",
        "Principal Social Worker", "October 2015",
        [(5, "j", "h", "social workers' understanding and practice in return interviews, fully "
          "recorded")])
    add(P, "The Missing Children Coordinator will pull together the return conversations each month, "
        "map patterns such as places, associates and times of day, and report them to the Missing "
        "and Exploitation Panel.",
        "Missing Children Coordinator", "Monthly",
        [(5, "j", "h", "information from return interviews used to identify trends and patterns")])

    P = "Priority 3: Leadership of practice"
    add(P, "Each frontline team manager will have a performance review against a practice scorecard "
        "(frequency of supervision, audit grades, timeliness of visits and decisions), with an "
        "improvement plan and support where the standard is not met.",
        "Assistant Director, Children's Services", "September 2015",
        [(7, "j", "h", "reviewing frontline managers' performance and acting where needed")])
    add(P, "Heads of Service will observe each team manager's supervision and case decisions twice a "
        "year and give written feedback.",
        "Heads of Service", "Ongoing",
        [(7, "j", "h", "consistently good case oversight and decision making")])
    add(P, "Team managers will be accountable through monthly performance clinics with their Head of "
        "Service for the quality of case direction in their team, covering supervision, the "
        "progress of plans and whether records such as visit notes and core group minutes are up "
        "to date.",
        "Heads of Service", "Monthly",
        [(7, "j", "h", "frontline managers' case oversight held to account")])
    add(P, "The Principal Social Worker post will move to Head of Service grade, reporting directly "
        "to the Director and sitting on the senior leadership team.",
        "Director of Children's Services", "Complete",
        [(8, "j", "h", "developing the PSW role to maximise its influence")])
    add(P, "The Principal Social Worker will lead the programme for newly qualified social workers: "
        "a monthly reflective group, protected caseloads of no more than 15 children in the first "
        "six months, and final sign-off of every portfolio.",
        "Principal Social Worker", "From the September 2015 intake",
        [(8, "j", "h", "PSW support for social workers in their ASYE")])
    add(P, "A quarterly open forum hosted by the Principal Social Worker for social workers in their "
        "first two years of practice.",
        "Principal Social Worker", "Quarterly",
        [(8, "j", "m", "PSW influence and support for newly qualified social workers")])

    P = "Priority 4: Permanence and children in care"
    add(P, "A permanence planning meeting will be held by the second review for every child in care, "
        "looking at every route home or to a new family: return home, family and friends, special "
        "guardianship, adoption and long-term fostering, with the decision written into the care "
        "plan.",
        "Service Leader, Children in Care", "October 2015",
        [(10, "j", "h", "full range of permanence options considered in early planning")])
    add(P, "A monthly Permanence Tracking Panel chaired by the Head of Service will follow each "
        "child's plan against their timescale and challenge any delay.",
        "Head of Children's Social Care", "Monthly from July 2015",
        [(10, "j", "h", "monitoring permanence plans against children's timescales")])
    add(P, "We will use fostering for adoption and concurrent planning for babies and young children "
        "where a return home is uncertain.",
        "Adoption and Permanence Team Manager", "Q3 2015/16",
        [(10, "j", "m", "early consideration of permanence options")])
    add(P, "Care plans will be rewritten whenever an assessment is updated, and IROs will not endorse "
        "a care plan at review unless it rests on an assessment less than six months old.",
        "IRO Service Manager", "September 2015",
        [(11, "j", "h", "care plans informed by good quality, up-to-date assessments")])
    add(P, "The care plan will have a section on the child's identity, covering ethnicity, faith, "
        "language, disability and sexuality, and how placement and family time will meet those "
        "needs. Social workers will be trained to complete it.",
        "Principal Social Worker / Equalities Officer", "December 2015",
        [(11, "j", "h", "care plans account for needs arising from diversity")])
    add(P, "We will publish a Placement Sufficiency and Commissioning Strategy 2015-18, based on an "
        "analysis of the needs of the children we look after and the placements we are short of.",
        "Head of Commissioning", "September 2015",
        [(14, "j", "h", "commissioning strategy for a range of placement choice")])
    add(P, "We will join the Thames Corridor Commissioning Partnership framework for independent "
        "fostering and residential placements, giving access to more providers on agreed prices "
        "and quality standards.",
        "Head of Commissioning", "January 2016",
        [(14, "j", "h", "implementing commissioning to widen placement choice")])
    add(P, "'Open Your Door' campaign to recruit 20 new Thameside Royal foster carers, focusing on "
        "teenagers and brothers and sisters.",
        "Fostering Team Manager", "31/03/2016",
        [(14, "j", "m", "range of placement choice so children can be appropriately placed")])

    P = "Priority 5: Young people leaving care"
    add(P, "Every young person in care will be introduced to their personal adviser at 16, who will "
        "work alongside their social worker until they turn 18.",
        "Leaving Care Team Manager", "October 2015",
        [(12, "j", "h", "meaningful relationship with personal adviser from an early stage")])
    add(P, "Pathway plans will be written with the young person, in their own words, using the new "
        "'My Future' booklet, and the young person will be invited to sign their plan.",
        "Leaving Care Team Manager", "December 2015",
        [(12, "j", "h", "young people fully involved in pathway planning")])
    add(P, "Personal advisers' caseloads will be reduced to no more than 20 so that they have time "
        "to get to know the young people they support.",
        "Head of Children's Social Care", "Q4 2015/16",
        [(12, "j", "m", "opportunity to build a relationship with the personal adviser")])

    P = "Priority 6: Corporate parenting and children's voices"
    add(P, "The Corporate Parenting Forum will agree new terms of reference, a work programme built "
        "around our Pledge, a performance report at every meeting and regular visits by members "
        "to services.",
        "Lead Member for Children's Services", "July 2015",
        [(15, "j", "h", "refreshing the corporate parenting forum's role and practice")])
    add(P, "Young people will co-chair every other meeting of the forum, with a preparation meeting "
        "beforehand, travel paid and a session time that fits around school.",
        "Participation Officer", "September 2015",
        [(15, "j", "h", "young people supported to participate in the forum's work")],
        labels=("Lead officer", "Target date"))
    add(P, "Speak Out Thameside, our children in care council, will have a dedicated participation "
        "worker, meet during school holidays and set up groups for younger children and for those "
        "living outside the borough.",
        "Participation Officer", "October 2015",
        [(16, "j", "h", "children in care council more representative of all children looked "
          "after")])
    add(P, "Speak Out Thameside will be consulted on every new policy affecting children in care, and "
        "a 'You said, we did' report will go back to its members after each consultation.",
        "Head of Children's Social Care", "Ongoing",
        [(16, "j", "h", "enhancing the children in care council's influence")])
    add(P, "Free summer activities for children in care with the Thameside Royal Leisure Trust.",
        "Corporate Parenting Officer", "August 2015")

    P = "Priority 7: Our workforce and resources"
    add(P, "We will upgrade the children's social care electronic recording system to the latest "
        "release and move it to the council's cloud hosting, with mobile access for social "
        "workers.",
        "ICT Programme Manager", "TBC")
    add(P, "'Thameside Royal Stars' annual awards for children's services staff.",
        "Workforce Development Manager", "March 2016", labels=("Lead officer", "Target date"))
    add(P, "Deliver the £1.2m of children's services savings in the medium-term financial plan.",
        "Finance Business Partner", "Q4 2015/16")
    add(P, "Move the Family Support Service into Riverside House, Eastbrook.",
        "Facilities Manager", "November 2015")
    return acts


THAMESIDE = {
    "name": "thameside-royal", "ext": "docx", "report": "windsor-maidenhead-80546/2015-05-13.pdf",
    "council": "Royal Borough of Thameside",
    "actions": thameside_actions, "size": (34, 42),
    "expected": {1: "covered", 2: "weak", 3: "covered", 4: "covered", 5: "covered",
                 6: "uncovered", 7: "covered", 8: "covered", 9: "weak", 10: "covered",
                 11: "covered", 12: "covered", 13: "uncovered", 14: "covered", 15: "covered",
                 16: "covered"},
    "unanswered": [6, 13], "passing": [9], "partial": [2],
    "hard": {6: [35, 12]},
    "passing_in": {9: 15},
    "orphans": [34, 35, 36, 37, 38], "miscited": [],
    "asks": {2: [("assessments of 16- and 17-year-olds presenting as homeless in line with case "
                  "law", [4, 5]),
                 ("appropriate training for managers and staff", [])],
             4: [("review the effectiveness of MARAC together with the LSCB and police", [8]),
                 ("appropriate identification of domestic abuse cases to be presented at MARAC",
                  [9])],
             11: [("care plans informed by good quality up-to-date assessments", [22]),
                  ("care plans take account of needs arising from diversity", [23])],
             15: [("review and refresh the role and practice of the corporate parenting forum",
                   [30]),
                  ("young people better supported to participate in the forum's work", [31])]},
    "notes": (
        "DOCX narrative: title, introduction (context, not actions), one Heading 1 per priority "
        "with an italic scene-setting sentence (not an action), then each action as a paragraph "
        "followed by a 'Lead:' and a 'By:' paragraph (actions 4, 31 and 36 use 'Lead officer:' "
        "and 'Target date:'), and a closing 'Governance and monitoring' section that holds no "
        "actions. 'row' and 'objective' are null; 'section' is the priority heading. No "
        "recommendation numbers anywhere. Only local-authority recommendations 1-16 count (LSCB "
        "143-150 are out of scope and the plan says so). R13 (tracking the assessment of "
        "prospective adopters) is simply absent. R6 (education databases for children missing "
        "education, alternative provision and elective home education, cross-referenced with "
        "the social care electronic recording system) is the hard unanswered one: orphan 35 "
        "(upgrade of the children's social care electronic recording system) shares its system "
        "vocabulary and action 12 (patterns from children who go missing, aimed at R5) shares "
        "'missing'. R9 (core group records placed promptly on the electronic record) is mentioned "
        "only in passing in action 15, aimed at R7 ('whether records such as visit notes and core "
        "group minutes are up to date'). R2 has two asks; assessments of homeless 16-17 year olds "
        "are answered (4, 5), training for managers and staff is not. 'Speak Out Thameside' is "
        "the council's own name for its children in care council (the report's 'Kickback'). "
        "Orphans 34-38 are business as usual (34, free summer activities, sits under Priority 6)."),
}

PLANS = [WEAVER_DANE, PEAKHURST, THAMESIDE]


# ---------------------------------------------------------------------------------------------
# Extra design rules for set m (on top of the shared consistency checks)
# ---------------------------------------------------------------------------------------------

def check_design(gold, plan):
    name = gold["plan"]
    acts = gold["actions"]
    lo, hi = plan["size"]
    assert lo <= len(acts) <= hi, (name, len(acts))
    assert len({a["text"] for a in acts}) == len(acts), (name, "duplicate action text")
    for a in acts:
        assert a["leads_raw"].strip() and a["date_raw"].strip(), (name, a["id"])
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
    recs = {r["number"] for r in report_recs(plan["report"])}
    assert set(plan["expected"]) == recs, name
    d = gold["design"]
    by_rec = {}
    for l in gold["links"]:
        by_rec.setdefault(l["rec"], set()).add(l["action"])
    ids = {a["id"]: a for a in acts}
    key = {}
    for i, a in enumerate(acts, 1):
        key[i] = a["id"]
        if a["row"]:
            key[a["row"]] = a["id"]
    # hard unanswered recommendations: the actions sharing their vocabulary exist and are not
    # linked to them
    assert plan["hard"] and set(plan["hard"]) <= set(plan["unanswered"]), name
    for r, ks in plan["hard"].items():
        for k in ks:
            assert key[k] in ids and key[k] not in by_rec.get(f"R{r}", set()), (name, r, k)
    for r, k in plan.get("passing_in", {}).items():
        assert r in plan["passing"] and key[k] not in d["orphans"], (name, r, k)
    covered = [r for r, s in gold["expected"].items() if s == "covered"]
    multi = [r for r in covered if len(by_rec.get(r, ())) >= 2]
    if plan["name"] == "peakhurst":
        assert len(d["unanswered"]) == 1 and len(d["passing"]) + len(d["partial"]) == 1, name
        assert len(d["orphans"]) == 4, name
        assert len(multi) == len(covered), (name, "every answered rec needs several actions")
    else:
        assert len(d["unanswered"]) == 2 and len(d["passing"]) == 1 and len(d["partial"]) == 1, name
        assert 4 <= len(d["orphans"]) <= 5, name
        assert len(multi) >= 5, name
    if plan["name"] == "weaver-dane":
        cited = [a for a in acts if a["explicit_refs"]]
        assert 0.4 <= len(cited) / len(acts) <= 0.6, (name, len(cited))
        assert len(d["miscited"]) >= 2, name
        for a in acts:
            cell = a["objective"] or ""
            assert re.fullmatch(r"(Rec )?\d+(, \d+)*|", cell), (name, a["id"], cell)
    else:
        assert not any(a["explicit_refs"] for a in acts) and not d["miscited"], name
        for a in acts:
            assert not re.search(r"\b[Rr]ec(ommendation)?s?\.? ?\d", a["text"]), (name, a["id"])
    return True


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def write_weaver_dane(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    doc.add_heading("Weaver Dane Council", level=0)
    doc.add_heading("Children's Services 'Firm Foundations' Improvement Plan 2015-2017", level=1)
    doc.add_paragraph(
        "This plan is our response to the Ofsted inspection of services for children in need of "
        "help and protection, children looked after and care leavers, and the review of the Local "
        "Safeguarding Children Board, which took place in July 2015. It sits within our wider "
        "'Firm Foundations' improvement programme. The Safeguarding Children Board is responding "
        "separately to the recommendations made to it.")
    doc.add_paragraph(
        "Where an action responds directly to a numbered Ofsted recommendation the number is shown "
        "in the second column. Progress is reported monthly to the Firm Foundations Improvement "
        "Board, chaired by the Chief Executive, and quarterly to Cabinet. RAG: G on track or "
        "complete, A at risk, R off track. Version 1.3, November 2015.")
    cols = ["Ref", "Link to Ofsted rec", "Action", "Lead officer", "By when", "RAG"]
    widths = [Cm(1.4), Cm(2.2), Cm(12.5), Cm(5.0), Cm(2.8), Cm(1.2)]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(current).bold = True
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "D9E2F3")
            merged._tc.get_or_add_tcPr().append(shd)
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["row"], a["objective"] or "", a["text"], a["lead"],
                                      a["date"], a["extra"]["rag"]]):
            cell.text = text
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    docx_props(doc, "Weaver Dane Children's Services", "Firm Foundations Improvement Plan")
    doc.save(path)
    normalise_zip(path)


def write_peakhurst(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Action tracker"
    ws.append(["Workstream", "Action", "Owner", "Due", "Status", "Update"])
    for a in acts:
        ws.append([a["section"], a["text"], a["lead"], a["date"], a["extra"]["status"],
                   a["extra"]["update"] or None])
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    fills = {"Complete": "C6EFCE", "On track": "DDEBF7", "Delayed": "FFC7CE",
             "Not started": "F2F2F2"}
    for r in range(2, 2 + len(acts)):
        for col in "ABCDEF":
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        st = ws[f"E{r}"].value
        ws[f"E{r}"].fill = PatternFill("solid", fgColor=fills[st])
    for col, w in zip("ABCDEF", (22, 70, 32, 14, 12, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:F{1 + len(acts)}"
    p = wb.properties
    p.creator = "Peakhurst Children's Services Improvement Team"
    p.lastModifiedBy = "Peakhurst Children's Services Improvement Team"
    p.title = "ILACS action tracker"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


def write_thameside(plan, acts, path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_heading("Royal Borough of Thameside", level=0)
    doc.add_paragraph("Children's Services Improvement Plan 2015-16").runs[0].bold = True
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Ofsted inspected our services for children in need of help and protection, children "
        "looked after and care leavers, and reviewed the Local Safeguarding Children Board, in "
        "March and April 2015. The report, published in May 2015, found that services require "
        "improvement. We accept its findings in full.")
    doc.add_paragraph(
        "This plan sets out what the council will do in response, grouped under seven priorities "
        "agreed with staff, partners and Speak Out Thameside. The Safeguarding Board has its own "
        "plan for the recommendations made to it. Each action has a lead and a target date; "
        "several build on work already started before the inspection.")
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            doc.add_heading(current, level=1)
            doc.add_paragraph(THAMESIDE_INTROS[current]).runs[0].italic = True
        doc.add_paragraph(a["text"])
        lead_label, date_label = a["extra"]["labels"]
        doc.add_paragraph(f"{lead_label}: {a['lead']}")
        p = doc.add_paragraph(f"{date_label}: {a['date']}")
        p.paragraph_format.space_after = Pt(12)
    doc.add_heading("Governance and monitoring", level=1)
    doc.add_paragraph(
        "The Children's Services Improvement Board, chaired by the Managing Director, oversees "
        "delivery of this plan. It meets every six weeks and receives a highlight report on each "
        "priority, the performance scorecard and the findings of the quality assurance programme.")
    doc.add_paragraph(
        "The Lead Member for Children's Services reports progress to Cabinet each quarter, and the "
        "Children's Services Overview and Scrutiny Panel will examine the plan twice a year. The "
        "Safeguarding Board receives a summary at each meeting.")
    doc.add_paragraph(
        "Leads are accountable to the Director of Children's Services for their actions. Where an "
        "action is at risk of missing its target date, the lead will set out the reasons and a "
        "recovery plan for the Improvement Board.")
    docx_props(doc, "Thameside Royal Children's Services", "Children's Services Improvement Plan")
    doc.save(path)
    normalise_zip(path)


WRITERS = {"weaver-dane": write_weaver_dane, "peakhurst": write_peakhurst,
           "thameside-royal": write_thameside}


if __name__ == "__main__":
    main(sys.argv[1:], "m", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(18, 44))
