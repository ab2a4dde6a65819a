"""Write the sealed coverage evaluation set "l": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_l.py            # writes documents and gold
    python scripts/make_coverage_plans_l.py --check    # only runs the consistency checks

Documents: corpus/coverage/l/<name>.<ext>      Gold: corpus/gold/coverage/l/<name>.json

The plan content below is data. Each action carries its gold annotation, written by hand when the
action was written (which recommendation(s) it is aimed at, how confidently, and why); the gold
files are assembled from that data and the per-plan design notes by the shared helpers in
scripts/_coverage_sets.py, never by reading the generated documents back, and no extractor code is
imported or run. Recommendation texts come from the hand-checked report gold in
corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit / "j" judged; "h" high /
                                   "m" medium confidence. No plan in this set cites a number, so
                                   every link is judged.
Actions with no links are orphans (business as usual) or carry only a passing mention (see each
plan's design notes).

Output is deterministic: DOCX core properties are fixed and every zip member is written with a
fixed timestamp, so re-running gives byte-identical files.
"""

import html
import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, docx_props, main, normalise_zip, report_recs  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


# ---------------------------------------------------------------------------------------------
# Plan 1: Nene Bridge — hand-written Markdown answering Peterborough 2018-08-06 (ILACS, 5 recs).
# Per priority: '###' heading, a sentence quoting words of the recommendation, a numbered list.
# ---------------------------------------------------------------------------------------------

NENE_SECTIONS = {
    "Children at risk of exploitation or going missing":
        ("Inspectors told us we need to strengthen \"assessments of children who are missing or "
         "who are at risk from child sexual exploitation\". This is what we will do.", 1,
         "assessments of children who are missing or who are at risk from child sexual "
         "exploitation"),
    "Talking to children when they come back":
        ("We want many more children to take up a conversation when they come home: Ofsted asked "
         "us to increase \"the number of return interviews that are successfully completed with "
         "children who have been missing from care\".", 3,
         "the number of return interviews that are successfully completed with children who have "
         "been missing from care"),
    "Care leavers knowing what they are entitled to":
        ("Our care leavers told inspectors they were not always sure what help they could ask "
         "for. We will improve \"the quality of information provided to care leavers about their "
         "rights and entitlements\".", 4,
         "the quality of information provided to care leavers about their rights and "
         "entitlements"),
    "Good oversight in every team":
        ("Most of our teams already have strong management grip, but Ofsted found we need "
         "\"consistency of management oversight, including recording of casework supervision "
         "across all social work teams\".", 5,
         "consistency of management oversight, including recording of casework supervision "
         "across all social work teams"),
    "Alongside this plan":
        ("These pieces of work were already in our service plan for 2018-19 and carry on "
         "alongside the improvement actions above.", None, None),
}


def nene_actions():
    acts = []

    def add(sec, text, lead, date, links=()):
        acts.append(A(text, lead, date, links, section=sec, objective=NENE_SECTIONS[sec][0]))

    S = "Children at risk of exploitation or going missing"
    add(S, "Replace the separate CSE screening tool and missing-from-home form with one "
        "Exploitation and Missing Risk Assessment covering sexual and criminal exploitation, "
        "completed within 10 working days of the first concern and refreshed after every missing "
        "episode", "Exploitation and Missing Lead Manager", "October 2018",
        [(1, "j", "h", "one risk assessment for children who go missing or are at risk of "
          "exploitation")])
    add(S, "Run 'So what for this child?' analysis workshops for every social worker in the "
        "Assessment and Family Safeguarding teams, using anonymised exploitation cases from our "
        "own audits", "Harriet Quenby, Principal Social Worker", "Q3 2018/19",
        [(1, "j", "h", "analysis in exploitation and missing assessments (findings: assessments "
          "lack meaningful analysis)")])
    add(S, "Team managers to sign off every exploitation risk assessment and record why the level "
        "of risk was set; any child assessed as high risk to be discussed at the SHIELD panel "
        "within five working days", "Team Managers, Assessment and Family Safeguarding",
        "Immediate",
        [(1, "j", "h", "management sign-off of exploitation risk assessments and decisive "
          "action for high-risk children")])
    add(S, "Quality and Practice Team to audit 15 exploitation risk assessments every quarter and "
        "feed the learning back through the Practice Learning Forum", "Quality and Practice Team",
        "Quarterly from January 2019",
        [(1, "j", "h", "checking the quality of exploitation and missing assessments")])
    add(S, "Nene Bridge Safe Night Out week with the police and licensing: awareness sessions for "
        "taxi drivers, takeaway and hotel staff on spotting young people being exploited",
        "Community Safety Partnership", "November 2018")

    S = "Talking to children when they come back"
    add(S, "Recommission the return home conversation service from Open Door Youth, paying for "
        "conversations that take place rather than offers made; workers to make at least three "
        "tries, at different times and places, before a conversation is recorded as declined",
        "Commissioning Manager, Children and Young People", "April 2019",
        [(3, "j", "h", "more return interviews completed, not only offered")])
    add(S, "Children who will not talk to an independent worker to be offered the conversation with "
        "a trusted adult they choose (carer, key worker or teacher), using the Open Door Youth "
        "prompt sheet", "Owen Faulders, Head of Corporate Parenting", "December 2018",
        [(3, "j", "h", "engaging the young people who decline return interviews")])
    add(S, "Foster carers and residential staff to let the service know within 24 hours of a child "
        "coming back, so that the visit can happen within 72 hours",
        "Fostering Service Manager and Residential Home Managers", "Immediate",
        [(3, "j", "h", "prompt notification so return interviews can be completed")])
    add(S, "Monthly missing dashboard showing conversations offered, completed and declined for each "
        "child in care and each placement, looked at in the Head of Service's performance "
        "meeting", "Performance and Intelligence Team", "Ongoing",
        [(3, "j", "h", "monitoring completion of return interviews for children in care")])

    S = "Care leavers knowing what they are entitled to"
    add(S, "Rewrite 'Your Next Steps', our local offer booklet, with the Care Leavers' Forum: plain "
        "English, one page per topic (money, housing, education and work, council tax exemption), "
        "in print and on the council website", "Moving On Team Manager", "December 2018",
        [(4, "j", "h", "clearer information to care leavers about what they are entitled to")])
    add(S, "Personal advisers to go through the entitlements checklist with each young person at "
        "the pathway plan review before their 18th birthday and again at 21, and record on Wherry "
        "that they have done so", "Personal Adviser Team Leader", "From 01/01/2019",
        [(4, "j", "h", "care leavers told about their rights and entitlements at key points")])
    add(S, "Text alerts to care leavers when what they can claim changes, for example when they "
        "turn 21 or start university", "Participation Team with ICT Services", "Q4 2018/19",
        [(4, "j", "m", "information to care leavers about entitlements")])

    S = "Good oversight in every team"
    add(S, "New supervision record in Wherry: the case discussion, the manager's reflection, "
        "decisions and actions saved on the child's file within five working days",
        "Harriet Quenby, Principal Social Worker", "November 2018",
        [(5, "j", "h", "recording of casework supervision")])
    add(S, "Every child's case to be discussed in supervision at least every four weeks, in every "
        "team including the Disabled Children's Team and the Moving On Team; compliance shown by "
        "team on the managers' desktop dashboard", "Heads of Service", "Ongoing",
        [(5, "j", "h", "consistent supervision across all social work teams")])
    add(S, "'Leading Practice' programme for all team managers and assistant team managers: six "
        "sessions on reflective supervision and keeping a grip on plans",
        "Workforce Development Manager", "March 2019",
        [(5, "j", "h", "consistency of management oversight")])
    add(S, "Heads of Service to dip-sample three supervision records in each team every month and "
        "take themes to the Practice Learning Forum", "Heads of Service", "Monthly",
        [(5, "j", "h", "checking supervision recording across teams")])
    add(S, "Managers to record their oversight on Wherry at allocation, when an assessment is signed "
        "off and before a case is closed", "Team Managers (all teams)", "January 2019",
        [(5, "j", "h", "management oversight recorded at key points in every team")])
    add(S, "Sponsor four family support workers through the social work degree apprenticeship",
        "Workforce Development Manager", "September 2019")

    S = "Alongside this plan"
    add(S, "Upgrade Wherry to version 9, bringing in the new children's assessment and plan forms, "
        "with half a day of system training for every practitioner", "ICT Services", "TBC")
    add(S, "Publish the 2018-19 annual report of the fostering service",
        "Fostering Service Manager", "June 2019")
    return acts


NENE = {
    "name": "nene-bridge", "ext": "md", "report": "peterborough-80537/2018-08-06.pdf",
    "council": "Nene Bridge City Council", "size": (18, 22),
    "actions": nene_actions,
    "expected": {1: "covered", 2: "uncovered", 3: "covered", 4: "weak", 5: "covered"},
    "unanswered": [2], "passing": [], "partial": [4],
    "orphans": [5, 18, 19, 20], "miscited": [],
    "asks": {4: [("the quality of information provided to care leavers about their rights and "
                  "entitlements", [10, 11, 12]),
                 ("including how to access their health histories", [])]},
    "notes": (
        "Markdown written by hand: a '#' title, an introduction, then per priority a '###' heading, "
        "one sentence quoting words of the recommendation it answers (in quotation marks, no "
        "number), and a numbered list '1. <action> — Lead: <lead> — By: <date>'; long items wrap "
        "onto an indented second line. The list numbers restart at 1 under every heading: they "
        "are item numbers, not recommendation numbers, so explicit_refs is empty and every link is "
        "judged. 'row' is null; 'section' is the '###' heading; 'objective' is the quoting sentence "
        "under it. R2 (use of chronologies underpinning assessments) is the hard unanswered one: "
        "nothing is aimed at chronologies, but action 2 (analysis workshops, aimed at R1) and "
        "orphan 19 (Wherry upgrade 'bringing in the new children's assessment and plan forms') "
        "share its 'children's assessments' vocabulary. R4 is partly answered (weak, see asks): "
        "the section's quotation stops before 'including how to access their health histories', "
        "and actions 10-12 answer rights and entitlements only; health histories are never "
        "mentioned. Orphans: 5 (Safe Night Out awareness week, sits under the exploitation "
        "heading and shares 'exploited' but is community awareness, not assessment), 18 (social "
        "work degree apprenticeships, sits under the oversight heading), 19 and 20 (the "
        "'Alongside this plan' section, whose sentence quotes nothing)."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Tame Valley — DOCX Word table answering Sandwell 2013-08-02 (looked after children
# inspection, 18 LA recs). Area label and Objective filled on the first row of each group only.
# ---------------------------------------------------------------------------------------------

def tame_actions():
    acts = []
    group = {}

    def area(label, objective):
        group["label"], group["objective"] = label, objective

    def add(text, lead, date, status, links=()):
        acts.append(A(text, lead, date, links, section=group["label"],
                      objective=group["objective"], status=status))

    area("Reviewing Service", "Every child in care has an independent reviewing officer who knows "
         "them, checks between reviews that their plan is moving and challenges drift.")
    add("Recruit three more permanent independent reviewing officers so that no IRO holds more "
        "than 65 children.", "Delia Marchbank, Head of Safeguarding and Review", "31/12/2013",
        "In progress",
        [(1, "j", "h", "capacity of the IRO service to carry out its statutory functions")])
    add("Mid-point check for every child in care: the IRO contacts the child and the social worker "
        "between reviews and records on Kestrel whether the care plan is on track.",
        "IRO Team Manager", "November 2013", "On track",
        [(1, "j", "h", "IROs overseeing care plan progress between reviews")])
    add("Relaunch the dispute resolution protocol: IROs raise drift with the team manager within "
        "5 working days, escalate to the Divisional Manager if not resolved, and log every "
        "escalation and its outcome.", "Safeguarding and Review Unit", "Q3 2013/14", "On track",
        [(1, "j", "h", "robust reviewing practice, IRO challenge")])
    add("Quarterly IRO practice report to the Improvement Board setting out themes from reviews, "
        "escalations and what changed as a result.", "Delia Marchbank, Head of Safeguarding and "
        "Review", "Quarterly from January 2014", "Not started",
        [(1, "j", "h", "IRO service supporting practice improvements")])
    add("Each IRO observed chairing two reviews a year by their manager, with feedback against "
        "the IRO Handbook.", "IRO Team Manager", "Ongoing", "On track",
        [(1, "j", "m", "quality of reviewing practice")])

    area("Plans and assessments", "Every child in care has an up-to-date assessment of their "
         "needs and a care plan that says what will happen, who will do it and by when.")
    add("Weekly list of every child in care without a current care plan or whose core assessment "
        "is more than 12 months old, taken through the Divisional Manager's performance clinic "
        "until none remain.", "Divisional Manager, Looked After Children", "Immediate",
        "In progress",
        [(2, "j", "h", "accelerated completion of care plans and assessments")])
    add("New outcome-focused care plan template on Kestrel (needs, what will be done, by whom, by "
        "when) in place of the descriptive free-text plan, with practice workshops for all "
        "Looked After Children teams.", "Principal Social Worker", "October 2013", "Complete",
        [(2, "j", "h", "quality of care plans")])
    add("Team managers to audit ten care plans and assessments each month against the Tame Valley "
        "practice standards and feed back to each worker.", "Quality Assurance Manager", "Monthly",
        "On track",
        [(2, "j", "h", "quality of care plans and assessments")])

    area("Review records", "Decisions from children's reviews are on the child's record quickly so "
         "that everyone works to the same plan.")
    add("Clear the backlog of review records awaiting typing, using temporary minute-takers from "
        "the corporate admin pool.", "Business Support Manager (Children's)", "30/11/2013",
        "In progress",
        [(3, "j", "h", "delay in review minutes reaching the record")])
    add("IROs to enter review decisions on Kestrel within 5 working days and the full record within "
        "20 working days; compliance in the monthly scorecard.", "IRO Team Manager",
        "From 01/10/2013", "On track",
        [(3, "j", "h", "review minutes placed on the electronic record without delay")])

    area("Children at home on care orders", "Children living with their parents under a care order "
         "are there lawfully and safely, and the order is discharged as soon as it is no longer "
         "needed.")
    add("Legal and social work review of all 38 children placed with parents under a care order, "
        "deciding for each child whether to apply to discharge the order; a solicitor allocated "
        "to each case agreed for discharge.",
        "Divisional Manager, Looked After Children and Principal Solicitor (Children)",
        "September 2013", "Complete",
        [(4, "j", "h", "review of all children on care orders at home to identify revocation")])
    add("Placement with parents tracker, reviewed monthly at Permanence Panel, showing each child's "
        "discharge plan, the date of application and the reason for any delay.",
        "Chair, Permanence Panel", "Monthly", "On track",
        [(4, "j", "h", "monitoring to prevent drift and delay"),
         (5, "j", "m", "plans for revocation for every child placed at home")])
    add("Every child placed with parents to have the assessment, written agreement with parents "
        "and nominated officer approval required by the placement with parents regulations; for "
        "current placements, within 10 working days.", "Team Managers, Looked After Children",
        "December 2013", "In progress",
        [(5, "j", "h", "placed in accordance with regulations")])
    add("Placement with parents care plans to state the point at which we will apply to discharge "
        "the order, checked by the IRO at every review.", "IRO Team Manager", "Q3 2013/14",
        "On track",
        [(5, "j", "h", "robust plans for revocation")])

    area("Health of children in care", "Children coming into care have their health needs assessed "
         "promptly and thoroughly, and their health plans are acted on.")
    add("Joint tracker between Kestrel and the LAC health team for every initial health assessment "
        "request; health notified within 2 working days of a child coming into care.",
        "LAC Nurse Manager and Business Support Manager (Children's)", "October 2013", "On track",
        [(6, "j", "h", "timely initial health assessments, preventing a backlog")])
    add("Extra paediatric clinic sessions until every child waiting for an initial health "
        "assessment has been seen.", "Designated Doctor for Looked After Children, Tame Valley "
        "Community Health NHS Trust", "31/01/2014", "In progress",
        [(6, "j", "h", "eliminating the backlog of initial health assessments")])
    add("Quarterly audit of initial and review health assessments against the intercollegiate "
        "checklist; any assessment without a health action plan returned to its author.",
        "Designated Nurse, Tame Valley Clinical Commissioning Group", "Quarterly", "Not started",
        [(7, "j", "h", "quality of initial and review health assessments")])
    add("Carers, social workers and schools to complete a pre-assessment questionnaire before each "
        "health assessment so that the clinician has the child's full history, immunisations and "
        "any worries.", "LAC Health Team", "January 2014", "Not started",
        [(7, "j", "h", "fullest information obtainable to inform health needs")])

    area("Higher education", "No care leaver who was already planning for university loses out "
         "because of the change to our financial support.")
    add("Re-examine the Higher Education Support Policy with the 18+ Service and the young people "
        "affected, and honour the previous bursary for anyone who applied before the April 2013 "
        "change.", "Head of 18+ Service", "November 2013", "In progress",
        [(8, "j", "h", "review of the university support policy so groups are not disadvantaged")])

    area("Education", "Children in care achieve as well as their classmates, wherever they go to "
         "school.")
    add("Every PEP graded by the STEP Virtual School against its quality framework within 20 school "
        "days of the PEP meeting; PEPs graded 'requires improvement' returned to the designated "
        "teacher with written feedback.", "Gareth Oxenholme, Virtual Headteacher", "September 2013",
        "Complete",
        [(9, "j", "h", "quality assurance mechanism for PEPs")])
    add("Termly training for designated teachers and social workers on setting sharp PEP targets.",
        "STEP Virtual School", "Termly", "On track",
        [(9, "j", "h", "consistently high quality of PEPs")])
    add("Extend attainment tracking to every child in care at school outside the borough, with "
        "termly data requests to out-of-area schools and one tracking database.",
        "Gareth Oxenholme, Virtual Headteacher", "Spring term 2014", "In progress",
        [(10, "j", "h", "systematic tracking of attainment")])
    add("Termly attainment analysis by key stage, placement type and school to the Virtual School "
        "governing body, setting targets to close the gap with all pupils, and targeted tuition at "
        "Key Stage 2.", "Virtual School Governing Body", "Termly from January 2014", "Not started",
        [(10, "j", "h", "analysis used to drive outcomes and narrow the gap")])
    add("Summer activity programme for children in care (canal boat days, sports camp, arts week) "
        "run with the Youth Service.", "Youth Service", "August 2014", "Not started")

    area("Corporate parenting", "Elected members and partners know how well our children in care "
         "are doing and act on it.")
    add("Agree a core scorecard for the Corporate Parenting Panel covering placements, health, "
        "education, offending and care leavers, produced quarterly from Kestrel.",
        "Head of Performance and Intelligence; Cllr Rhoda Pennock, Chair of Corporate Parenting "
        "Panel", "December 2013", "In progress",
        [(11, "j", "h", "core dataset for the corporate parenting board")])
    add("Each Corporate Parenting Panel meeting to take one part of the scorecard in depth, with "
        "the responsible manager attending to answer members' questions.",
        "Democratic Services Officer", "From February 2014", "Not started",
        [(11, "j", "m", "scrutinising outcomes for looked after children")])
    add("Finish 'Our Promise to You' as a one-page promise written with Tame Voices, our children "
        "in care council (whose membership we also want to widen), and take it to Cabinet for "
        "sign-off.", "Participation Officer", "October 2013", "On track",
        [(12, "j", "h", "completing the revised pledge")])
    add("Launch 'Our Promise to You': posted to every child in care and care leaver, on posters in "
        "children's homes and contact centres, as a wallet card, and in the induction pack for "
        "staff and elected members.", "Participation Officer and Communications Team",
        "January 2014", "Not started",
        [(12, "j", "h", "publicising the pledge to children, staff and corporate parents")])

    area("Disabled young people", "Disabled young people in care move into adulthood with a plan "
         "that starts early and joins up children's and adults' services.")
    add("Transition protocol between the Children with Disabilities Team, Adult Social Care and "
        "health: every disabled young person in care referred to the Transition Panel at 14 and "
        "given a transition plan by 16.", "Service Manager, Children with Disabilities, and Head "
        "of Adult Social Care", "March 2014", "In progress",
        [(13, "j", "h", "consistent transition planning for disabled looked after children")])
    add("Transition Panel to meet monthly and track each young person's plan, including continuing "
        "health care and housing, until they move to adult services.", "Chair, Transition Panel",
        "Monthly from April 2014", "Not started",
        [(13, "j", "h", "transition planning")])
    add("Pathway plans for disabled young people in care to be written jointly with the allocated "
        "adult social care worker from the age of 17.", "Team Manager, Children with "
        "Disabilities", "01/04/2014", "Not started",
        [(13, "j", "m", "transition planning for looked after young people with disabilities")])

    area("Supervision", "Social workers have regular, recorded supervision that moves children's "
         "plans on.")
    add("Relaunch the supervision policy with a recording template on Kestrel: for each child "
        "discussed, the actions agreed, who will do them, by when, and progress since last time.",
        "Principal Social Worker", "October 2013", "Complete",
        [(15, "j", "h", "supervision records actions agreed with timescales")])
    add("Supervision frequency by team in the monthly scorecard; any team manager below 90% seen "
        "by their Divisional Manager.", "Divisional Managers", "Monthly", "On track",
        [(15, "j", "h", "supervision policy applied consistently")])
    add("Twice-yearly audit of supervision records by the Quality Assurance team, testing whether "
        "supervision challenges progress against the outcomes in each child's care plan.",
        "Quality Assurance Manager", "February 2014 and August 2014", "Not started",
        [(15, "j", "h", "supervision demonstrates challenge to progress on care plan outcomes")])

    area("Kestrel", "Social workers can find and save everything about a child in one place, "
         "quickly.")
    add("Independent review of Kestrel with social workers, team managers and business support, "
        "finding where records are split between folders and what slows recording down; findings "
        "to the ICT Board.", "ICT Business Partner (Children's Services)", "Q4 2013/14",
        "Not started",
        [(18, "j", "h", "review of the recording system's functionality to inform development")])
    add("Kestrel release 4.2: a single document store for each child and an end to case records on "
        "shared network drives, shaped by the review.", "Kestrel Project Board", "TBC",
        "Not started",
        [(18, "j", "h", "system developments so casework is saved in one place")])

    area("Workforce", "A permanent, skilled and settled workforce.")
    add("Recruitment campaign for permanent social workers, with a relocation package, to bring "
        "agency staff below 15% of posts.", "Head of HR (Children's Services)", "March 2014",
        "In progress")
    add("Publish the 2014 corporate training calendar (safeguarding, data protection, health and "
        "safety) and record attendance on the HR system for all children's services staff.",
        "Learning and Development Team", "Ongoing", "On track")
    add("Move the Looked After Children teams from Millrace House to the refurbished Canalside "
        "Centre.", "Facilities Manager", "Complete", "Complete")
    add("Monthly monitoring of the placements budget and agency spend to the Children's Services "
        "Management Team.", "Finance Business Partner", "Monthly", "On track")
    return acts


TAME = {
    "name": "tame-valley", "ext": "docx", "report": "sandwell-80549/2013-08-02.pdf",
    "council": "Tame Valley Metropolitan Borough Council", "size": (36, 44),
    "actions": tame_actions,
    "expected": {1: "covered", 2: "weak", 3: "covered", 4: "covered", 5: "covered",
                 6: "covered", 7: "covered", 8: "covered", 9: "covered", 10: "covered",
                 11: "covered", 12: "covered", 13: "covered", 14: "uncovered", 15: "covered",
                 16: "uncovered", 17: "weak", 18: "covered"},
    "unanswered": [14, 16], "passing": [17], "partial": [2],
    "orphans": [24, 37, 38, 39, 40], "miscited": [],
    "asks": {2: [("accelerated improvements in the completion and quality of care plans and "
                  "assessments", [6, 7, 8]),
                 ("the voice of children and young people strongly evidenced within care plans "
                  "and assessments", [])],
             4: [("review all children on care orders placed at home to identify those for whom "
                  "revocation can be applied", [11]),
                 ("rigorously monitored to prevent drift and delay", [12])],
             5: [("placed in accordance with regulations", [13]),
                 ("robust plans for revocation as appropriate", [12, 14])],
             12: [("revised pledge completed", [27]),
                  ("well publicised amongst children and young people, staff and corporate "
                   "parents", [28])]},
    "notes": (
        "DOCX with a title, two introductory paragraphs and one Word table 'Area for development | "
        "Objective | Actions | Responsible | Deadline | Status'. The Area for development cell (a "
        "short label of the council's own) and the Objective cell (the outcome wanted, in the "
        "council's words) are filled on the first row of each group only and blank below; in the "
        "gold every action carries its group's label as 'section' and its group's objective as "
        "'objective'. 'row' is null. No recommendation numbers anywhere; every link is judged. "
        "Status cells are not part of the action text. The intro mentions the Improvement Board "
        "and the Safeguarding Children Board (not actions). "
        "R14 (training and course attendance for staff in looked after teams working with "
        "children with disabilities) is the hard unanswered one: the 'Disabled young people' "
        "group (actions 29-31, aimed at R13 transition planning) and orphan 38 (corporate "
        "training calendar with attendance recorded for all children's services staff) share its "
        "vocabulary, but nothing is aimed at disability training for looked after teams. R16 "
        "(memorandum of roles between the SSCB, the Improvement Board and the Health and "
        "Wellbeing Board) is unanswered; action 4 (IRO report to the Improvement Board, aimed at "
        "R1) only shares the board's name. R17 (looked after children group more representative) "
        "is touched only in passing: action 27, aimed at R12 (finishing the pledge), mentions "
        "Tame Voices 'whose membership we also want to widen' in a subordinate phrase, with no "
        "action behind it (weak). R2 has two asks: completion and quality of care plans and "
        "assessments is answered (actions 6-8); the child's voice in plans and assessments is "
        "not (weak, see asks). Orphans (business as usual): 24 (summer activity programme, sits "
        "inside the Education group), 37 (agency-staff recruitment), 38 (corporate training "
        "calendar), 39 (office move), 40 (budget monitoring). Action 12 answers R4 and R5. The "
        "plan's own names: Kestrel (case recording system), STEP Virtual School, Corporate "
        "Parenting Panel (the corporate parenting board), 'Our Promise to You' (the pledge), "
        "Tame Voices (children in care council), discharge of the order (revocation)."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Loddon Green — HTML page answering Wokingham 2019-07-15 (ILACS, 5 recs).
# ---------------------------------------------------------------------------------------------

def loddon_actions():
    acts = []

    def add(sec, text, who, when, links=(), steps=()):
        full = text + (" " + "; ".join(steps) + "." if steps else "")
        acts.append(A(full, who, when, links, section=sec, lead_html=text, steps=list(steps)))

    S = "A settled team for every child"
    add(S, "Offer a retention package to social workers in the Children's Disability Service and "
        "the North, Central and South locality teams:", "Head of People Services and Assistant "
        "Director, Children's Social Care", "From September 2019",
        [(1, "j", "h", "retaining social workers in the disabled children's and long-term "
          "teams")],
        steps=["a market supplement of £3,000 a year, paid every six months",
               "caseloads capped at 18 children",
               "a guaranteed place on the Senior Practitioner pathway after two years"])
    add(S, "Turn agency posts in the Children's Disability Service into permanent posts through "
        "our 'Make Loddon Green Home' recruitment campaign.", "Recruitment Partner, People "
        "Services", "Q3 2019/20",
        [(1, "j", "h", "permanent workforce in the disabled children's team")])
    add(S, "Appoint a permanent Team Manager for the Children's Disability Service and end the "
        "interim arrangement.", "Marcus Delahaye, Assistant Director, Children's Social Care",
        "December 2019",
        [(1, "j", "h", "stability in the disabled children's team")])
    add(S, "Hold stay conversations and exit interviews with every social worker in the four "
        "teams and report the themes to the Workforce Board.", "Principal Social Worker",
        "Quarterly",
        [(1, "j", "h", "understanding and reducing turnover in the four teams")])
    add(S, "Track vacancies, agency use, leavers and sickness for the four teams on a monthly "
        "workforce dashboard.", "Business Intelligence Team", "Monthly",
        [(1, "j", "h", "monitoring workforce stability")])

    S = "Plans that make a difference"
    add(S, "Run safety planning workshops for all social workers and Child Protection Chairs:",
        "Principal Social Worker and Child Protection Chairs", "June to September 2019",
        [(2, "j", "h", "child in need and child protection plans specific, measurable and tied "
          "to safety goals")],
        steps=["from worry statements to safety goals",
               "writing actions that are specific and can be measured",
               "follow-up practice clinics in each team"])
    add(S, "Introduce a new plan template in Compass in which every action sits under the safety "
        "goal it is meant to achieve, with who, by when and how we will know.",
        "Compass Systems Team", "October 2019",
        [(2, "j", "h", "plans whose actions relate to safety goals")])
    add(S, "Core groups and child in need review meetings to score progress on each safety goal "
        "from 0 to 10 at every meeting, so that stuck plans are spotted early.",
        "Team Managers, Locality Teams", "From October 2019",
        [(2, "j", "h", "effectiveness of child in need and child protection plans")])
    add(S, "Child Protection Chairs to look at each plan midway between conferences and escalate "
        "any plan that is not making progress.", "Tessa Rainford, Service Manager, Safeguarding "
        "and Review", "Ongoing",
        [(2, "j", "h", "child protection plans progressing, no drift")])
    add(S, "Team managers to sign off every child in need review on Compass, recording whether the "
        "plan is working and what will change.", "Team Managers, Locality Teams", "Immediate",
        [(2, "j", "h", "effectiveness of child in need plans"),
         (4, "j", "m", "frontline managers' scrutiny of plans")])
    add(S, "Use our quarterly practice weeks to look at child in need and child protection plans, "
        "with senior leaders reviewing cases alongside the social worker and their manager.",
        "Children's Services Leadership Team", "Quarterly",
        [(2, "j", "h", "checking the effectiveness of child in need and child protection plans")])
    add(S, "Refresh 'Right Help, Right Time', our multi-agency threshold guide, with the new "
        "safeguarding partnership.", "Safeguarding Partnership Business Unit", "November 2019")

    S = "Managers who support and challenge"
    add(S, "Refresh our supervision standard:", "Principal Social Worker", "September 2019",
        [(4, "j", "h", "quality of supervision by frontline managers")],
        steps=["monthly reflective supervision for every social worker",
               "recorded on the child's file in Compass within five working days",
               "the manager's view of progress and what must happen next in every record"])
    add(S, "Put every team manager and senior practitioner through 'Leading for Practice', six "
        "modules on critical challenge, case direction and holding staff to account.",
        "Workforce Development Lead with Kennet Learning", "January to June 2020",
        [(4, "j", "h", "critical scrutiny by frontline managers")])
    add(S, "Heads of Service to observe one supervision session with each team manager every "
        "quarter and give written feedback.", "Heads of Service", "Quarterly",
        [(4, "j", "h", "quality of supervision")])
    add(S, "Track actions agreed in supervision on a Compass follow-up report; overdue actions "
        "flagged to the Head of Service every week.", "Compass Systems Team", "November 2019",
        [(4, "j", "h", "decisions and actions followed up with rigour")])
    add(S, "Send a quarterly practice assurance report, drawing on audits and supervision "
        "observations, to the Children's Services Leadership Team and, for information, to the "
        "Corporate Parenting Board.", "Quality Assurance Manager", "Quarterly from January 2020",
        [(4, "j", "m", "assurance on the quality of management oversight and supervision")])

    S = "Other improvements this year"
    add(S, "Open the refurbished Kingfisher Family Centre with a new family time suite.",
        "Facilities Management", "Spring 2020")
    add(S, "Replace the two adapted minibuses at Willow Lodge, our short-break home for disabled "
        "children.", "Fleet Services", "TBC")
    add(S, "Publish the annual report of the fostering service.", "Fostering Service Manager",
        "Complete")
    return acts


LODDON = {
    "name": "loddon-green", "ext": "html", "report": "wokingham-80582/2019-07-15.pdf",
    "council": "Loddon Green Borough Council", "size": (18, 22),
    "actions": loddon_actions,
    "expected": {1: "covered", 2: "covered", 3: "uncovered", 4: "covered", 5: "weak"},
    "unanswered": [3], "passing": [5], "partial": [],
    "orphans": [12, 18, 19, 20], "miscited": [],
    "asks": {},
    "notes": (
        "HTML page as published on a council website: site navigation, a breadcrumb, a title and "
        "introduction, then an <h2> per priority with a <table> (header row 'What we will do | Who "
        "| When'), a 'Related pages' box and a footer; breadcrumb, navigation, related links and "
        "footer are not plan text. Some 'What we will do' cells hold a lead-in sentence and a "
        "<ul><li> list of sub-steps of one action (actions 1, 6 and 13): the list items are part "
        "of that one action, and the gold 'text' is the lead-in followed by the sub-steps. No "
        "recommendation numbers; every link is judged. 'row' and 'objective' are null; 'section' "
        "is the <h2>. R3 (quality and effectiveness of social work support for disabled children "
        "and their families) is the hard unanswered one: actions 1-3 name the Children's "
        "Disability Service but are about keeping and recruiting staff (R1), and orphan 19 "
        "(minibuses at the short-break home 'for disabled children') shares its vocabulary. R5 "
        "(oversight and impact of the corporate parenting board) is touched only in passing: "
        "action 17, aimed at R4, sends a practice report 'for information' to the Corporate "
        "Parenting Board (weak). Orphans: 12 (threshold guide refresh, sits under the plans "
        "heading), 18, 19 and 20 ('Other improvements this year'). Action 10 answers R2 and R4. "
        "The plan's own names: Compass (case system), Children's Disability Service (the disabled "
        "children's team), North/Central/South locality teams (the three long-term teams), "
        "'Leading for Practice', 'Make Loddon Green Home'."),
}

PLANS = [NENE, TAME, LODDON]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_nene(plan, acts, path):
    lines = ["# Nene Bridge City Council: Children's Services Improvement Plan", "",
             "*Our response to the Ofsted inspection of children's social care services, "
             "June and July 2018*", ""]
    intro = ("Ofsted judged our services for children to be good, and we are proud of that. The "
             "inspectors also told us where we can do better, and this plan sets out what we "
             "will do about it over the next year. Each priority below has a named lead and a "
             "date. The Children's Services Leadership Team will check progress every month, and "
             "the Corporate Parenting Committee and the Nene Bridge Safeguarding Partnership will "
             "receive a report every quarter.")
    lines += textwrap.wrap(intro, 96, break_on_hyphens=False) + [""]
    lines += ["Plan owner: Director of Children's Services. Version 1.2, September 2018.", ""]
    current, k = None, 0
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            k = 0
            lines += [f"### {current}", ""]
            lines += textwrap.wrap(NENE_SECTIONS[current][0], 96, break_on_hyphens=False)
            lines.append("")
        k += 1
        item = f"{k}. {a['text']} — Lead: {a['lead']} — By: {a['date']}"
        lines += textwrap.wrap(item, 100, subsequent_indent="   ", break_on_hyphens=False,
                               break_long_words=False)
        if k == sum(1 for b in acts if b["section"] == current):
            lines.append("")
    lines += ["If you have any questions about this plan, please contact the Children's Services "
              "Improvement Team.", ""]
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def write_tame(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    doc.add_heading("Tame Valley Metropolitan Borough Council", level=0)
    doc.add_heading("Children in Care: Post-Inspection Action Plan 2013-14", level=1)
    doc.add_paragraph(
        "This action plan responds to the Ofsted inspection of services for looked after children "
        "in Tame Valley (report published August 2013). It sits within the wider 'Getting it "
        "Right Together' improvement programme overseen by the Children's Improvement Board, and "
        "the Tame Valley Safeguarding Children Board has been consulted on it. Progress is "
        "reported monthly to the Improvement Board and quarterly to the Corporate Parenting Panel.")
    doc.add_paragraph("Plan owner: Director of Children's Services. Version 1.3, September 2013. "
                      "Status: Complete / On track / In progress / Not started.")
    cols = ["Area for development", "Objective", "Actions", "Responsible", "Deadline", "Status"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    prev = None
    for a in acts:
        first = a["section"] != prev
        prev = a["section"]
        cells = table.add_row().cells
        vals = [a["section"] if first else "", a["objective"] if first else "", a["text"],
                a["lead"], a["date"], a["extra"]["status"]]
        for cell, text in zip(cells, vals):
            cell.text = text
        if first:
            cells[0].paragraphs[0].runs[0].bold = True
    widths = [Cm(3.2), Cm(5.0), Cm(9.5), Cm(4.5), Cm(2.8), Cm(2.2)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph("Next review of this plan: December 2013.")
    docx_props(doc, "Tame Valley Children's Services", "Children in Care Post-Inspection Action Plan")
    doc.save(path)
    normalise_zip(path)


def write_loddon(plan, acts, path):
    def e(s):
        return html.escape(s, quote=False)

    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           "<title>Our children's services improvement plan | Loddon Green Borough Council</title>",
           '<link rel="stylesheet" href="/assets/css/main.css">', "</head>", "<body>",
           '<a class="skip-link" href="#main">Skip to main content</a>',
           '<header class="site-header">',
           '<a href="/" class="logo">Loddon Green Borough Council</a>',
           '<nav aria-label="Main"><ul>',
           '<li><a href="/bins-and-recycling">Bins and recycling</a></li>',
           '<li><a href="/council-tax">Council tax</a></li>',
           '<li><a href="/children-and-families">Children and families</a></li>',
           '<li><a href="/planning">Planning and building control</a></li>',
           '<li><a href="/jobs">Jobs and careers</a></li>',
           "</ul></nav>", "</header>",
           '<nav class="breadcrumb" aria-label="Breadcrumb"><ol>',
           '<li><a href="/">Home</a></li>',
           '<li><a href="/children-and-families">Children and families</a></li>',
           '<li><a href="/children-and-families/ofsted">Ofsted inspection</a></li>',
           "<li>Our improvement plan</li>", "</ol></nav>",
           '<main id="main">',
           "<h1>Our children's services improvement plan</h1>",
           "<p>Ofsted inspected our children's social care services in May 2019 and judged them to "
           "require improvement to be good. We accept the findings. This page sets out what we "
           "are doing about them, who is responsible and when it will be done.</p>",
           "<p>The plan is overseen by our Children's Services Improvement Board, chaired by the "
           "Chief Executive, and we will update this page every three months.</p>",
           '<p class="updated">Last updated: 2 September 2019</p>']
    current = None
    for a in acts:
        if a["section"] != current:
            if current is not None:
                out += ["</tbody>", "</table>"]
            current = a["section"]
            out += [f"<h2>{e(current)}</h2>", "<table>",
                    "<thead><tr><th>What we will do</th><th>Who</th><th>When</th></tr></thead>",
                    "<tbody>"]
        x = a["extra"]
        if x["steps"]:
            cell = (f"<p>{e(x['lead_html'])}</p><ul>"
                    + "".join(f"<li>{e(s)}</li>" for s in x["steps"]) + "</ul>")
        else:
            cell = e(x["lead_html"])
        out.append(f"<tr><td>{cell}</td><td>{e(a['lead'])}</td><td>{e(a['date'])}</td></tr>")
    out += ["</tbody>", "</table>",
            '<aside class="related"><h2>Related pages</h2><ul>',
            '<li><a href="/children-and-families/ofsted/report">Read the Ofsted report</a></li>',
            '<li><a href="/children-and-families/local-offer">Local offer for care leavers</a></li>',
            '<li><a href="/jobs/social-work">Social work jobs in Loddon Green</a></li>',
            "</ul></aside>",
            '<p class="feedback">Was this page useful? <a href="/feedback">Tell us</a></p>',
            "</main>",
            '<footer class="site-footer"><ul>',
            '<li><a href="/accessibility">Accessibility</a></li>',
            '<li><a href="/privacy">Privacy notice</a></li>',
            '<li><a href="/cookies">Cookies</a></li>',
            '<li><a href="/contact">Contact us</a></li>',
            "</ul>",
            "<p>&copy; Loddon Green Borough Council, Civic Offices, Market Square</p>",
            "</footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


WRITERS = {"nene-bridge": write_nene, "tame-valley": write_tame, "loddon-green": write_loddon}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------


def check_design(gold, plan):
    name = gold["plan"]
    lo, hi = plan["size"]
    acts = gold["actions"]
    assert lo <= len(acts) <= hi, (name, len(acts))
    d = gold["design"]
    by_rec = {}
    for l in gold["links"]:
        by_rec.setdefault(l["rec"], set()).add(l["action"])
    # nothing cites a number; every link judged
    assert all(not a["explicit_refs"] for a in acts), name
    assert all(l["source"] == "judged" for l in gold["links"]), name
    for a in acts:
        assert not re.search(r"\b(recommendation|rec)\s*\d", a["text"], re.I), (name, a["id"])
    # orphans and recommendation counts
    if plan["name"] == "tame-valley":
        assert 4 <= len(d["orphans"]) <= 5, name
        assert len(d["unanswered"]) == 2 and len(d["passing"]) == 1 and len(d["partial"]) == 1
        answered = [r for r, s in gold["expected"].items() if s == "covered"]
        assert sum(1 for r in answered if len(by_rec[r]) >= 2) >= 8, name
    else:
        assert len(d["orphans"]) == 4, name
        assert len(d["unanswered"]) == 1 and len(d["passing"]) + len(d["partial"]) == 1, name
        for r, s in gold["expected"].items():
            if s == "covered":
                assert len(by_rec[r]) >= 2, (name, r)
    # Markdown: em dash separates parts, so none inside; each quotation is from its recommendation
    if plan["ext"] == "md":
        recs = {r["number"]: r["text"] for r in report_recs(plan["report"])}
        for a in acts:
            assert "—" not in a["text"] + a["leads_raw"] + a["date_raw"], a["id"]
        for sec, (sentence, n, quote) in NENE_SECTIONS.items():
            if n is None:
                assert '"' not in sentence
                continue
            assert f'"{quote}"' in sentence and quote.lower() in recs[n].lower(), (sec, n)
            assert all(l["rec"] == f"R{n}" for a in acts if a["section"] == sec
                       for l in gold["links"] if l["action"] == a["id"]), sec
    # the DOCX table: one group label per group, objective given
    if plan["ext"] == "docx":
        assert all(a["section"] and a["objective"] for a in acts), name
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "l", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(18, 44))
