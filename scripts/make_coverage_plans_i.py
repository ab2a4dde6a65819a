"""Write the sealed coverage evaluation set "i": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_i.py            # writes documents and gold
    python scripts/make_coverage_plans_i.py --check    # only runs the consistency checks

Documents: corpus/coverage/i/<name>.<ext>      Gold: corpus/gold/coverage/i/<name>.json

The shared machinery (the A(...) action record, deterministic OOXML, the report's recommendations,
the gold assembly, the consistency checks and the command line) lives in scripts/_coverage_sets.py;
this file holds only the plan content, the document writers and the set's own design checks.

The plan content below is data. Each action carries its gold annotation, written by hand when the
action was written (which recommendation(s) it is aimed at, how confidently, and why); the gold
files are assembled from that data and the per-plan design notes, never by reading the generated
documents back, and no extractor code is imported or run. Recommendation texts are copied from
the hand-checked report gold in corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the row cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    refs=[7]                       numbers the row cites
    mis=True                       the row cites a number its action does not answer (mis-cited);
                                   its citation is not a link, its true link is judged
Actions with no links are orphans (business as usual; see each plan's design).

Output is deterministic: DOCX/XLSX core properties are fixed and every zip member is written
with a fixed timestamp, so re-running gives byte-identical files.
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
# Plan 1: Calder Heights - DOCX Word table (landscape) answering Wakefield 2016-09-20
# (SIF, 13 LA recommendations). The Recommendation column cites the number on about half the
# rows ("Rec 6", "6", "Recommendation 6") and is blank on the others; two rows are mis-cited.
# ---------------------------------------------------------------------------------------------

def calder_actions():
    acts = []
    n = [0]

    def add(rec, text, lead, date, progress, links=(), mis=False):
        n[0] += 1
        m = re.fullmatch(r"(?:Rec(?:ommendation)?\s+)?(\d+)", rec)
        refs = [int(m.group(1))] if m else []
        acts.append(A(text, lead, date, links, refs, mis, row=f"CH{n[0]:02d}",
                      objective=rec or None, progress=progress))

    # R1: the case recording system and the performance information drawn from it
    add("Rec 1",
        "Complete phase 2 of the ChildView roll-out: build the child in need, child protection and "
        "children looked after workflows so that all casework is recorded in ChildView, and withdraw "
        "the paper tracking sheets that teams have been keeping alongside it.",
        "Tobias Renshaw, ChildView Programme Manager", "March 2017",
        "Phase 2 build 70% complete. CP workflow in user acceptance testing; CIN workflow next.",
        [(1, "e", "h", "full use of the electronic recording system so that its data is accurate")])
    add("",
        "Calder Insight: a weekly dashboard for every team manager drawn straight from ChildView, "
        "showing what happened to each contact and referral, open assessments against the timescale "
        "agreed for each child, visits due and supervision dates.",
        "Business Intelligence Manager", "Q4 2016/17",
        "Prototype shared with four team managers; feedback being built in.",
        [(1, "j", "h", "accurate system data in performance reports that support managers' oversight"),
         (7, "j", "m", "reports assessment completion against the timescale set for each child")])
    add("Recommendation 1",
        "Data quality champions in every team and twice-weekly ChildView drop-in clinics; a monthly "
        "cleansing report to the Performance Board listing records with missing outcomes, dates or "
        "allocations.",
        "Performance and Data Quality Team", "From November 2016",
        "Champions named in 14 of 16 teams. First cleansing report: 1,212 records corrected.",
        [(1, "e", "h", "accurate data to inform performance management reports")])
    add("",
        "Monthly performance clinics: each Service Manager takes the Director through their Calder "
        "Insight figures and agrees the two or three practice issues the service will tackle next.",
        "Head of Performance and Service Managers", "Monthly",
        "Clinics running since October; notes kept by the Performance Team.",
        [(1, "j", "h", "senior leaders using data to measure and improve practice")])

    # R3: placement needs, sufficiency, stability
    add("3",
        "Placement needs profile: the Placements Team to map every child in our care (age, needs, "
        "where they are living now and the kind of home their plan calls for) against the carers "
        "and homes we have, as the evidence base for the new sufficiency strategy.",
        "Marnie Elswick, Commissioning Manager (Placements)", "January 2017",
        "Data extract complete; analysis under way with the Fostering Team.",
        [(3, "e", "h", "placement needs of children looked after explored to inform sufficiency")])
    add("",
        "Publish 'Homes for Calder Children 2017-2020', setting out how many foster homes, "
        "residential places and supported lodgings we need and where, with a yearly recruitment "
        "target for the fostering service.",
        "Head of Commissioning", "April 2017",
        "Drafting; consultation with the Children in Care Council planned for February.",
        [(3, "j", "h", "sufficiency strategy informed by an understanding of placement needs")])
    add("Rec 3",
        "A placement stability meeting within 72 hours whenever a carer asks for a child to be "
        "moved, chaired by a team manager from outside the child's team; quarterly report to the "
        "Corporate Parenting Panel on every child who has moved three or more times.",
        "Service Manager, Children Looked After", "December 2016",
        "Guidance issued. 11 meetings held so far; 8 placements held together.",
        [(3, "e", "h", "improve placement stability")])

    # R4: homeless young people and B&B
    add("Rec 4",
        "No 16 or 17 year old to be placed in B&B from 1 January 2017. Six emergency 'Safe Stay' "
        "beds commissioned from Calderbrook Homes for young people who present as homeless out of "
        "hours.",
        "Head of Youth Services and Housing Options Manager", "01/01/2017",
        "Contract signed 2 December. Two young people placed in B&B in December, none since.",
        [(4, "e", "h", "ending the use of B&B for homeless young people")])
    add("",
        "Where an emergency B&B night really cannot be avoided, the duty manager completes an "
        "individual safety plan for the young person that night (risks, who they can call, a "
        "visit the next morning) and the Head of Service must approve any stay longer than one "
        "night.",
        "Out of Hours Team Manager", "Immediate",
        "In place. Safety plans audited for both December placements.",
        [(4, "j", "h", "individual risk assessment and risk management plan when B&B is used")])
    add("4",
        "Weekly move-on meeting with Housing Options to secure a supported lodgings or hostel place "
        "within five working days for any young person in emergency accommodation.",
        "Housing Options Manager / 16+ Team Manager", "Weekly from 14/11/2016",
        "Meeting running. Average stay in emergency accommodation 3.5 days.",
        [(4, "e", "h", "moving young people on swiftly to suitable accommodation")])

    # R5: caseloads and managers' spans
    add("Rec 5",
        "Make the third assessment team permanent and recruit nine permanent social workers through "
        "the 'Rise in Calder' campaign (relocation package and a protected caseload in the first "
        "year).",
        "Assistant Director, Children and Young People's Services", "June 2017",
        "Six offers accepted; three posts re-advertised.",
        [(5, "e", "h", "reduce social worker caseloads")])
    add("",
        "Workload tool: every worker's caseload tracked in ChildView and reported monthly to the "
        "Children's Leadership Team, with the caseloads of independent reviewing officers and "
        "personal advisers shown alongside; any social worker holding more than 22 children "
        "discussed at the next workforce panel.",
        "Workforce Development Manager", "Monthly",
        "October report: average assessment caseload 21, highest 27.",
        [(5, "j", "h", "monitoring and bringing down social work caseloads")])
    add("",
        "No team manager to supervise more than seven social workers: two extra team manager posts "
        "and an Advanced Practitioner in each locality team.",
        "Head of Service, Assessment and Localities", "Q1 2017/18",
        "Posts approved by Cabinet 8 November.",
        [(5, "j", "h", "manageable workloads for frontline managers")])

    # R6: consultation service for professionals
    add("Rec 6",
        "Professional Consultation Line: every call logged in ChildView on the day with the advice "
        "given and any actions agreed, and the consultant social worker's advice checked by the "
        "Front Door team manager within 24 hours.",
        "Front Door Team Manager", "Complete",
        "Live since 3 October. 96% of calls logged on the day.",
        [(6, "e", "h", "consistent advice, recorded on the case management system")])
    add("",
        "Monthly audit of 20 consultation calls against the Front Door practice standard; any agreed "
        "action not done within two working days escalated to the Service Manager; partner survey "
        "twice a year.",
        "Principal Social Worker", "Monthly from December 2016",
        "",
        [(6, "j", "h", "consistent advice and timely completion of agreed actions")])

    # R7: assessments
    add("Rec 7",
        "At allocation the team manager sets a timescale for each assessment (10, 20, 30 or 45 "
        "working days) according to what the child needs; recorded in ChildView and looked at "
        "again at the midway point.",
        "Team Managers, Assessment", "October 2016",
        "Complete. Timescale field mandatory in ChildView from 24/10/2016.",
        [(7, "e", "h", "assessment timescales set and completed according to the child's needs")])
    add("Rec 9",
        "Refresher training on the Calder Practice Framework for all assessment and locality social "
        "workers, focusing on risks beyond the presenting concern (parental mental health, "
        "long-standing neglect) and on turning the analysis into a plan built around outcomes for "
        "the child.",
        "Principal Social Worker", "March 2017",
        "Five of eight sessions delivered.",
        [(7, "j", "h", "assessments identify wider and emerging risks and underpin outcome-focused "
          "planning (row cites 9, which is about child safety plans)")],
        mis=True)
    add("",
        "Six-weekly themed audit of assessments, checking that risks beyond the presenting concern "
        "are picked up and that the plan follows from the analysis; findings to the Practice "
        "Improvement Group.",
        "Quality Assurance Manager", "Every six weeks",
        "First audit: 9 of 24 assessments good.",
        [(7, "j", "h", "assessments identify wider and emerging risks and underpin planning")])

    # R8: planned interventions and letters before proceedings
    add("Rec 8",
        "Rewrite the pre-proceedings letter with the local family solicitors' forum: what has to "
        "change, who will help, how progress will be measured, the date by which it must happen, "
        "and what the council will do if it does not.",
        "Head of Legal Services (Children) and Court Team Manager", "February 2017",
        "Draft letter agreed with the forum on 17 November.",
        [(8, "e", "h", "letters before proceedings with clear measures, who and by when, and "
          "contingency")])
    add("",
        "New child protection and child in need plan format in ChildView: each need written as an "
        "outcome for the child, with a measure, a named person and a date, and a 'what happens if "
        "things don't improve' section.",
        "Safeguarding Unit Manager", "January 2017",
        "Template with the ChildView team for build.",
        [(8, "j", "h", "planned interventions outcome-focused with contingency plans"),
         (7, "j", "m", "outcome-focused planning following assessment")])
    add("8",
        "Legal Planning Meeting to review every family in pre-proceedings at week 6 and week 12 "
        "against the measures set out in their letter.",
        "Court Team Manager", "Ongoing",
        "",
        [(8, "e", "h", "measures and timescales in pre-proceedings followed through")])

    # R9: child safety plans
    add("Rec 9",
        "One plan per family: the Family Safety Plan agreed during the assessment becomes the first "
        "part of the family's CP or CIN plan instead of running alongside it; the "
        "ChildView template changed to carry it across.",
        "Safeguarding Unit Manager", "March 2017",
        "Agreed at Practice Improvement Group.",
        [(9, "e", "h", "safety plans consistent with CP/CIN plans")])
    add("",
        "Family Safety Plan practice workshops for locality teams, with the safety plan revisited at "
        "every core group and child in need meeting.",
        "Advanced Practitioners", "Q4 2016/17",
        "",
        [(9, "j", "h", "embedding safety plans as social work tools")])

    # R11 (partly): children's views; R12: life story work
    add("12",
        "Every child's voice recorded in their own words in assessments and reviews, using the Three "
        "Houses and Words and Pictures tools; where there are brothers and sisters, each child seen "
        "on their own and their views recorded separately.",
        "Principal Social Worker", "April 2017",
        "Tools issued to all teams; audit in March.",
        [(11, "j", "h", "views of all children sought routinely (row cites 12, which is about life "
          "story work)")],
        mis=True)
    add("",
        "Calder Voices advocacy service to offer an advocate to every child aged 8 or over before "
        "their child protection conference or looked after review, and to report what children are "
        "telling us to the Children's Leadership Team each quarter.",
        "Children's Rights Officer, Calder Voices", "From January 2017",
        "Offer extended to child protection conferences from 9 January.",
        [(11, "j", "h", "views of children sought routinely")])
    add("Recommendation 12",
        "Two life story workers for the Permanence Team; a 'My Story' book started for every child "
        "with a plan for adoption or long-term fostering within three months of the plan being "
        "agreed.",
        "Ruth Ansley, Permanence Team Manager", "May 2017",
        "One worker in post.",
        [(12, "e", "h", "timely completion of life story work")])
    add("",
        "'My Story' tracker in ChildView showing the date each book was started and finished, "
        "reported monthly to the Permanence Panel chair, who follows up any book not finished "
        "within six months.",
        "Chair, Permanence Panel", "Monthly from June 2017",
        "",
        [(12, "j", "h", "timely completion of life story work")])

    # business as usual (orphans)
    add("",
        "Exempt care leavers living in Calder Heights from council tax up to their 25th birthday.",
        "Head of Revenues and Benefits", "01/04/2017",
        "Agreed by Council 12 October.")
    add("",
        "Foster carer long-service awards evening.",
        "Fostering Team Manager", "July 2017",
        "")
    add("",
        "Refurbish the family contact centre at Northgate House (new play room and kitchen).",
        "Facilities Manager", "TBC",
        "Awaiting capital bid outcome.")
    add("",
        "Children's Services staff conference and annual staff survey.",
        "HR Business Partner", "Q2 2017/18",
        "")
    add("",
        "Revise the Corporate Parenting Panel's terms of reference and induction pack for newly "
        "elected members.",
        "Democratic Services Manager", "May 2017",
        "")
    return acts


CALDER = {
    "name": "calder_heights", "ext": "docx", "report": "wakefield-80451/2016-09-20.pdf",
    "council": "Calder Heights Metropolitan District Council",
    "actions": calder_actions,
    "expected": {1: "covered", 2: "uncovered", 3: "covered", 4: "covered", 5: "covered",
                 6: "covered", 7: "covered", 8: "covered", 9: "covered", 10: "weak", 11: "weak",
                 12: "covered", 13: "uncovered"},
    "unanswered": [2, 13], "hard": [13], "passing": [10], "passing_in": {10: "CH12"},
    "partial": [11],
    "orphans": ["CH28", "CH29", "CH30", "CH31", "CH32"], "miscited": ["CH17", "CH24"],
    "asks": {11: [("the views of all children are sought routinely", ["CH24", "CH25"]),
                  ("needs arising from diversity are identified and addressed", [])],
             4: [("the use of bed and breakfast for homeless young people ceases", ["CH08"]),
                 ("robust risk assessment and risk management plans when it is used in the "
                  "interim", ["CH09"]),
                 ("young people moved on swiftly to suitable accommodation", ["CH10"])],
             5: [("continue to reduce the caseloads of social workers", ["CH11", "CH12"]),
                 ("frontline managers have manageable workloads in relation to the number of "
                  "social workers they manage", ["CH13"])],
             6: [("consistent advice", ["CH14", "CH15"]),
                 ("timely completion of agreed actions", ["CH15"]),
                 ("information entered appropriately onto the case management system",
                  ["CH14"])]},
    "notes": (
        "DOCX, landscape, one Word table (Ref | Recommendation | Action | Lead | Timescale | "
        "Progress). 'row' is the Ref cell (CH01...); 'objective' is the Recommendation cell as "
        "written ('Rec 6', '6' or 'Recommendation 6'), null where blank; 15 of 32 rows cite a "
        "number. The Progress column is not part of the action text. Only the 13 local-authority "
        "recommendations count (LSCB 125-128 are out of scope; the introduction says the board has "
        "its own plan). R2 (review of section 47 cases that do not go to conference) is simply "
        "absent. R13 (housing providers and care leavers' tenancies) is the hard unanswered one: "
        "CH08 and CH10 (emergency beds from a housing association, move-on with Housing Options, "
        "both aimed at R4 for homeless 16-17 year olds) and orphan CH28 (council tax exemption for "
        "care leavers) share its housing and care-leaver vocabulary, but nothing works with "
        "housing providers on tenancies for care leavers. R10 (IRO capacity) is touched only in "
        "passing in CH12, aimed at R5, whose caseload report shows IROs' caseloads 'alongside'; "
        "nothing adds IRO capacity. R11 has two asks; children's views are answered (CH24, CH25), "
        "needs arising from diversity are not. Mis-cited rows: CH17 cites 9 but answers R7; CH24 "
        "cites 12 but answers R11 (their true links are judged and flagged miscited: true). CH02 "
        "answers R1 and R7; CH20 answers R8 and R7. Orphans CH28-CH32 are business as usual."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Netherfold - XLSX tracker answering Dudley 2023-01-13 (ILACS, 5 recommendations).
# A title row, then the header row; no recommendation numbers anywhere.
# ---------------------------------------------------------------------------------------------

def netherfold_actions():
    acts = []

    def add(area, text, owner, deadline, rag, comments, links=()):
        acts.append(A(text, owner, deadline, links, section=area, rag=rag, comments=comments))

    P = "Practice quality"
    add(P, "Relaunch the Netherfold Practice Standards with clear expectations on pace: each "
        "assessment finished within the timescale agreed at allocation, the child's plan written "
        "within 10 working days of the assessment and refreshed after every review meeting.",
        "Principal Social Worker", "March 2023", "G",
        "Standards launched at the all-staff briefing on 2 March.",
        [(1, "j", "h", "timeliness and consistency of assessments and plans")])
    add(P, "Assessment and planning workshops for all frontline staff: analysis rather than "
        "description, curiosity about the wider family and community, and child-focused actions "
        "with dates.",
        "Workforce Development Lead", "Q1 2023/24", "A",
        "6 of 11 teams done. Remaining sessions booked for June.",
        [(1, "j", "h", "quality of assessments and plans")])
    add(P, "New supervision policy: monthly supervision for every social worker (fortnightly in the "
        "ASYE year) on a template that records what life is like for the child, what was decided "
        "and why; compliance reported monthly by team.",
        "Head of Service, Safeguarding and Family Support", "31/03/2023", "A",
        "Policy signed off. Compliance 78% in April (target 95%).",
        [(1, "j", "h", "regular supervision focused on the child, with decisions and reasons "
          "recorded")])
    add(P, "Management oversight recorded on the child's file at every key decision point "
        "(strategy, step-up, step-down, transfer, closure) using a single 'manager's decision and "
        "reasons' case note.",
        "Service Managers", "February 2023", "G",
        "Case note type live on the case management system.",
        [(1, "j", "h", "recording of management decisions and their rationale")])
    add(P, "Monthly practice audit programme: every team manager audits two cases a month alongside "
        "the worker; themes shared through the Practice Learning Bulletin.",
        "Head of Quality Assurance", "Monthly", "G",
        "",
        [(1, "j", "h", "consistency of assessments, plans and supervision")])
    add(P, "Team performance dashboard showing assessment, plan and supervision timeliness for every "
        "team, refreshed weekly from the case management system.",
        "Performance and Intelligence Manager", "June 2023", "A",
        "Data fields agreed; build due end of May.",
        [(1, "j", "h", "timeliness of assessments, plans and supervision monitored")])

    P = "Pre-proceedings"
    add(P, "Any child on a child protection plan for nine months, or on a second plan, to be "
        "discussed automatically at the Legal Gateway Meeting to decide whether to start "
        "pre-proceedings.",
        "Head of Service, Court and Permanence", "Immediate", "G",
        "In place from 16 January.",
        [(2, "j", "h", "early consideration of pre-proceedings")])
    add(P, "Team managers to bring children whose circumstances are not improving to the Legal "
        "Gateway Meeting as soon as progress stalls, without waiting for a further review; every "
        "request and decision logged by the Court Progression Manager.",
        "Team Managers, Safeguarding", "From February 2023", "A",
        "Referrals to the Gateway up from 6 to 14 a month.",
        [(2, "j", "h", "earlier entry into PLO where things do not improve")])
    add(P, "PLO tracker to record the date concerns were first raised, so leaders can see how long "
        "children waited before pre-proceedings began; reported monthly to the Director.",
        "Priya Calloway, Court Progression Manager", "April 2023", "A",
        "",
        [(2, "j", "h", "oversight of how early PLO is considered")])
    add(P, "Half-day briefing with the council's child care lawyers for safeguarding team managers on "
        "when to seek legal advice in long-running neglect cases.",
        "Principal Lawyer, Children", "May 2023", "R",
        "Postponed from March; new date to be confirmed.",
        [(2, "j", "m", "earlier legal planning for children at risk of harm")])

    P = "Workforce"
    add(P, "'Grow Our Own' Social Work Academy: 15 ASYE places a year and 8 social work "
        "apprenticeships for staff already working in children's services.",
        "Workforce Development Lead", "September 2023", "A",
        "12 ASYEs recruited for the September cohort.",
        [(5, "j", "h", "frontline workforce sufficiency")])
    add(P, "Recruit 10 experienced social workers from overseas, with relocation and accommodation "
        "support for their first six months.",
        "HR Business Partner, Children's Services", "Q2 2023/24", "A",
        "Agency partner appointed. First interviews in May.",
        [(5, "j", "h", "frontline workforce sufficiency")])
    add(P, "Market supplement for experienced social workers in the Court, Disabled Children and "
        "Safeguarding teams, reviewed after 12 months.",
        "Director of Children's Services", "Complete", "G",
        "Paid from January 2023 salaries.",
        [(5, "j", "h", "recruiting and keeping frontline social workers")])
    add(P, "Reduce reliance on agency staff: an offer to convert agency workers to permanent posts, "
        "and the regional agency pay-rate memorandum adopted.",
        "Head of HR", "December 2023", "A",
        "",
        [(5, "j", "h", "stable frontline workforce")])
    add(P, "Two additional social workers for the Court Team so that no court social worker holds "
        "more than 15 children.",
        "Head of Service, Court and Permanence", "July 2023", "R",
        "Posts funded; one offer declined.",
        [(5, "j", "h", "frontline capacity in the court team")])

    P = "Children in care and care leavers"
    add(P, "Recommission the independent advocacy contract with Speakwell from April 2023 at twice "
        "the current capacity: an advocate offered to every child at their first review on an "
        "opt-out basis, with the same advocate staying with the child.",
        "Commissioning Manager, Children", "April 2023", "G",
        "Contract awarded.",
        [(4, "j", "h", "advocacy for children in care")])
    add(P, "'Someone on your side' card explaining how to get an advocate, in every child's welcome "
        "pack and every children's home, and a reminder from the IRO at each review.",
        "Children's Rights and Advocacy Officer / Speakwell", "May 2023", "A",
        "Cards designed; print run ordered.",
        [(4, "j", "h", "promotion of advocacy")])
    add(P, "Twelve new supported accommodation flats for care leavers aged 18-21 at Brookside Court, "
        "with floating support from the tenancy sustainment team.",
        "Commissioning Manager, Children", "Q3 2023/24", "A",
        "Planning approval granted.")
    add(P, "Raise foster carer allowances in line with the national minimum allowance.",
        "Fostering Service Manager", "01/04/2023", "G",
        "")

    P = "Early help"
    add(P, "Rename the Early Help hubs as Family Hubs and open a fifth hub in Oldcastle Green.",
        "Head of Early Help", "TBC", "",
        "Awaiting building lease.")

    P = "Business support"
    add(P, "Move the children's services teams to the refurbished second floor of the Civic Centre.",
        "Facilities Manager", "Q4 2023/24", "",
        "")
    return acts


NETHERFOLD = {
    "name": "netherfold", "ext": "xlsx", "report": "dudley-80464/2023-01-13.pdf",
    "council": "Netherfold Metropolitan Borough Council",
    "actions": netherfold_actions,
    "expected": {1: "covered", 2: "covered", 3: "uncovered", 4: "weak", 5: "covered"},
    "unanswered": [3], "hard": [3], "passing": [], "partial": [4],
    "orphans": [18, 19, 20, 21], "miscited": [],
    "asks": {4: [("the promotion of advocacy for children in care and care leavers", [16, 17]),
                 ("participation opportunities for children in care and care leavers", [])],
             1: [("assessments", [1, 2, 5, 6]), ("plans", [1, 2, 5, 6]),
                 ("supervision", [3, 5, 6]),
                 ("the recording of management decisions and their rationale", [3, 4])]},
    "notes": (
        "XLSX tracker, one sheet: a title row, then the header row Area | Action | Owner | "
        "Deadline | RAG | Comments, then one row per action; no recommendation numbers anywhere "
        "and no plan reference column ('row' is null; 'section' is the Area cell). Comments are "
        "not part of the action text. R3 (management oversight of children in unregulated "
        "settings) is the hard unanswered one: action 4 ('Management oversight recorded on the "
        "child's file', aimed at R1) shares its wording, and orphan 18 (supported accommodation "
        "flats for care leavers aged 18-21) shares its setting vocabulary, but nothing oversees "
        "children placed in unregulated settings. R4 is partly answered: two asks, advocacy is "
        "answered (actions 16 and 17), participation opportunities are not. R1, R2 and R5 are each "
        "answered by four to six actions; action 15 (court team social workers) is aimed at R5 "
        "(workforce capacity), not at R2. Orphans 18-21 are business as usual."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Trentmoor - DOCX narrative answering Staffordshire 2014-03-21 (SIF, 8 LA
# recommendations, numbered 18-25 in the report). No recommendation numbers anywhere.
# ---------------------------------------------------------------------------------------------

def trentmoor_actions():
    acts = []

    def add(sec, text, lead, by, links=(), labels=("Lead", "By")):
        acts.append(A(text, lead, by, links, section=sec, labels=labels))

    S = "Priority 1: Sharper challenge to children's care plans"
    add(S, "We will introduce a Care Plan Challenge Protocol. When a reviewing officer is not "
        "satisfied that a child's plan is moving forward, they will raise a formal alert with the "
        "team manager, escalating to the Head of Service after ten working days and to the "
        "Assistant Director after twenty. Every alert and how it was resolved will be logged.",
        "Head of the Independent Reviewing Service", "June 2014",
        [(18, "j", "h", "robust IRO challenge to care planning")])
    add(S, "Reviewing officers will meet monthly to compare the decisions they have made on a sample "
        "of cases, moderated by the Principal Reviewing Officer, so that challenge looks the same "
        "in every part of the county.",
        "Principal Reviewing Officer", "Monthly from May 2014",
        [(18, "j", "h", "consistent IRO challenge")])
    add(S, "A quarterly report to the Corporate Parenting Panel will set out the alerts raised by "
        "reviewing officers, the themes behind them and how quickly they were resolved.",
        "Head of the Independent Reviewing Service", "Quarterly, first report September 2014",
        [(18, "j", "m", "oversight of how consistently and effectively IROs challenge care plans")],
        labels=("Lead officer", "Target date"))
    add(S, "Every looked after review record will end with a short list of decisions, each with a "
        "named person and a date, and will be sent out within 15 working days of the meeting.",
        "Independent Reviewing Service Manager", "April 2014",
        [(18, "j", "m", "IRO challenge to care planning (report: review actions lacked timescales)")])

    S = "Priority 2: Hearing every disabled child"
    add(S, "We will carry out a county-wide 'Talking Together' audit of how each disabled child we "
        "work with communicates (speech, signing, symbols, objects of reference, technology) and of "
        "the skills their social worker has, to show the gaps team by team.",
        "Sunita Marlow, Service Manager, Children with Disabilities", "September 2014",
        [(19, "j", "h", "review of the range of communication needs of disabled children")])
    add(S, "Using the audit, we will run a training programme for social workers in the Children "
        "with Disabilities teams and the district teams: Makaton foundation, symbols and picture "
        "exchange, and working with children who do not use words, delivered with the speech and "
        "language therapy service.",
        "Workforce Development Manager, with the Trentmoor Community Health speech and language "
        "therapy team", "Q3 2014/15",
        [(19, "j", "h", "workers equipped with the skills to communicate with disabled children")])
    add(S, "Each disabled child we support will have a communication passport, written with the "
        "child and their family, kept on their file and used at every visit and review.",
        "Team Managers, Children with Disabilities", "March 2015",
        [(19, "j", "h", "communicating effectively with disabled children")])
    add(S, "Two communication champions in each district will help colleagues plan visits to "
        "children with complex communication needs.",
        "Practice Lead, Children with Disabilities", "December 2014",
        [(19, "j", "h", "workers able to communicate effectively with disabled children")],
        labels=("Lead officer", "Target date"))

    S = "Priority 3: Manageable work and reflective supervision"
    add(S, "We will set a ceiling of 18 children for district social workers and 12 for newly "
        "qualified staff, with a weekly report by team so that managers can move work before the "
        "ceiling is reached.",
        "Assistant Director, Children's Social Care", "July 2014",
        [(21, "j", "h", "manageable social work caseloads")])
    add(S, "A flexible pool of six permanent social workers, managed centrally, will be sent to any "
        "team facing a surge in referrals.",
        "Declan Hurst, Head of Safeguarding (North and South)", "October 2014",
        [(21, "j", "h", "caseloads kept manageable when demand rises")])
    add(S, "We will adopt the Trentmoor Reflective Supervision Model for all case supervision: a "
        "structured record that makes time for the worker's analysis of the child's situation, "
        "for what daily life is like for the child, including where relevant their ethnicity and "
        "culture, and for how the work is affecting the worker.",
        "Principal Social Worker", "September 2014",
        [(21, "j", "h", "supervision that fully supports reflective practice")])
    add(S, "All team managers and senior practitioners will complete training in reflective "
        "supervision, delivered with Northmoor University.",
        "Workforce Development Manager", "November 2014",
        [(21, "j", "h", "reflective supervision")])
    add(S, "Every six months we will audit supervision records and ask workers whether supervision "
        "helps them think about their cases; results will go to the Practice Quality Board.",
        "Quality Assurance Manager", "January 2015, then six-monthly",
        [(21, "j", "h", "checking that supervision supports reflective practice")],
        labels=("Lead officer", "Target date"))
    add(S, "Team managers' time for supervision will be protected by moving duty rotas and routine "
        "authorisations to business support officers.",
        "Business Support Manager", "Q2 2014/15",
        [(21, "j", "m", "capacity for reflective supervision")])

    S = "Priority 4: Care leavers in learning and work"
    add(S, "Trentmoor Works: 20 apprenticeships a year across council services ring-fenced for care "
        "leavers, and a guaranteed interview for any care leaver who meets the essential criteria "
        "for a council job.",
        "Director of People and Organisational Development", "September 2014",
        [(24, "j", "h", "care leavers in employment and training")])
    add(S, "The pre-employment programme (work tasters, CV and interview coaching) will be offered "
        "in every district to young people aged 16 to 21, with 40 more local employers signed up "
        "through the Trentmoor Chamber of Commerce.",
        "Leaving Care Service Manager and Trentmoor Chamber of Commerce", "March 2015",
        [(24, "j", "h", "care leavers into employment")])
    add(S, "A dedicated learning and work adviser in the leaving care service will meet every care "
        "leaver aged 17 to 19 who drops out of a course or job within two weeks and agree a "
        "re-engagement plan.",
        "Leaving Care Service Manager", "June 2014",
        [(24, "j", "h", "care leavers aged 19 in education, employment or training")],
        labels=("Lead officer", "Target date"))
    add(S, "The Virtual School will check each month on every Year 11 and Year 12 pupil in care so "
        "that each young person has a confirmed college, sixth form or training place before they "
        "finish school, with bursary support agreed.",
        "Headteacher, Trentmoor Virtual School", "Ongoing",
        [(24, "j", "m", "post-16 transitions that keep young people in learning to 19")])

    S = "Priority 5: Care leavers shaping services across the county"
    add(S, "Voice 18+, our care leavers' group, will grow beyond its base in Castlebridge: two new "
        "groups will meet monthly in the north (Leekford) and the south (Burtonvale), with travel "
        "and food paid for.",
        "Participation Officer (Care Leavers)", "January 2015",
        [(25, "j", "h", "care leavers' forum developed across the county")])
    add(S, "An online Voice 18+ group and a text panel will let care leavers who live out of county "
        "or cannot travel give their views on proposals.",
        "Participation Officer (Care Leavers)", "March 2015",
        [(25, "j", "h", "care leavers can shape provision wherever they live")])
    add(S, "Each Voice 18+ group will report twice a year to the Corporate Parenting Panel, and "
        "panel members will reply in writing setting out what they will change.",
        "Chair of the Corporate Parenting Panel", "From March 2015",
        [(25, "j", "h", "care leavers help to shape provision")],
        labels=("Lead officer", "Target date"))

    S = "Continuing service developments"
    add(S, "'Adopt in Trentmoor' campaign to recruit adopters for older children and for brothers "
        "and sisters, with four information evenings across the county.",
        "Adoption Service Manager", "Autumn 2014")
    add(S, "Two adoption activity days held jointly with neighbouring authorities.",
        "Adoption Service Manager", "October 2014 and March 2015")
    add(S, "Increase foster carer allowances by 2%.",
        "Fostering Service Manager", "April 2014")
    add(S, "Move the Burtonvale district team into the refurbished Riverside House.",
        "Property Services", "TBC", labels=("Lead officer", "Target date"))
    add(S, "Children in Care Council awards evening to celebrate young people's achievements.",
        "Participation Team", "July 2014")
    return acts


TRENTMOOR = {
    "name": "trentmoor", "ext": "docx", "report": "staffordshire-80561/2014-03-21.pdf",
    "council": "Trentmoor County Council",
    "actions": trentmoor_actions,
    "expected": {18: "weak", 19: "covered", 20: "uncovered", 21: "covered", 22: "uncovered",
                 23: "weak", 24: "covered", 25: "covered"},
    "unanswered": [20, 22], "hard": [22], "passing": [23], "passing_in": {23: 11},
    "partial": [18],
    "orphans": [22, 23, 24, 25, 26], "miscited": [],
    "asks": {18: [("IROs provide consistent and robust challenge to care planning", [1, 2, 3, 4]),
                  ("IROs see children outside their statutory review in line with statutory "
                   "guidance", [])],
             21: [("all social work caseloads are manageable", [9, 10]),
                  ("supervision fully supports reflective practice", [11, 12, 13, 14])]},
    "notes": (
        "DOCX narrative: a title, an introduction, one Heading 1 per priority, each action a "
        "paragraph followed by a 'Lead:' paragraph and a 'By:' paragraph (on some actions "
        "'Lead officer:' and 'Target date:'), and a closing 'Monitoring and governance' section "
        "whose paragraphs are not actions. 'section' is the priority heading. No recommendation "
        "numbers anywhere; the report numbers its local-authority recommendations 18-25 (LSCB "
        "101-102 are out of scope). R20 (aggregating and analysing return home interviews) is "
        "simply absent. R22 (tracking and review of adoption plans) is the hard unanswered one: "
        "orphans 22 (adopter recruitment campaign) and 23 (adoption activity days) under "
        "'Continuing service developments' share its adoption vocabulary, and actions 1-4 (aimed "
        "at R18) speak of plans, reviews and tracking alerts, but nothing tracks or reviews "
        "adoption plans. R23 (ethnicity and cultural identity in assessments and plans) is "
        "touched only in passing in action 11, aimed at R21 (the reflective supervision record "
        "covers the child's daily life 'including where relevant their ethnicity and culture'). "
        "R18 has two asks; IRO challenge to care planning is answered (actions 1-4), IROs seeing "
        "children between reviews is not. Orphans 22-26 are business as usual."),
}

PLANS = [CALDER, NETHERFOLD, TRENTMOOR]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def _small(table, widths, size=9):
    from docx.shared import Pt
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(size)


def write_calder(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    doc.add_heading("Calder Heights Metropolitan District Council", level=0)
    doc.add_heading("Children and Young People's Services: Post-Inspection Action Plan", level=1)
    doc.add_paragraph(
        "Ofsted inspected our services for children in need of help and protection, children looked "
        "after and care leavers in the summer of 2016, alongside a review of the Local Safeguarding "
        "Children Board. The report was published in September 2016. This plan sets out what the "
        "council will do in response; the Safeguarding Children Board has agreed its own plan for "
        "the recommendations made to the board.")
    doc.add_paragraph(
        "Progress is reported every six weeks to the Children's Improvement Board, chaired by the "
        "Chief Executive, and quarterly to Cabinet. Where a row cites an Ofsted recommendation, the "
        "number is the one used in the report.")
    doc.add_paragraph("Plan owner: Corporate Director, Children and Young People. Version 1.2, "
                      "November 2016.")
    cols = ["Ref", "Recommendation", "Action", "Lead", "Timescale", "Progress"]
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
    _small(table, [Cm(1.3), Cm(2.6), Cm(11.0), Cm(4.4), Cm(2.8), Cm(4.6)])
    docx_props(doc, "Calder Heights Children and Young People's Services",
               "Post-Inspection Action Plan 2016-17")
    doc.save(path)
    normalise_zip(path)


def write_netherfold(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS action plan"
    ws.append(["Netherfold Children's Services - Improvement Plan following the ILACS inspection "
               "(Oct-Nov 2022) - version 3, April 2023"])
    ws.append(["Area", "Action", "Owner", "Deadline", "RAG", "Comments"])
    for a in acts:
        ws.append([a["section"], a["text"], a["lead"], a["date"], a["extra"]["rag"] or None,
                   a["extra"]["comments"] or None])
    ws["A1"].font = Font(bold=True, size=13)
    for c in ws[2]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    fills = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
    for r in range(3, 3 + len(acts)):
        for col in "ABCDEF":
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        rag = ws[f"E{r}"].value
        if rag in fills:
            ws[f"E{r}"].fill = PatternFill("solid", fgColor=fills[rag])
    for col, w in zip("ABCDEF", (22, 72, 30, 14, 6, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A3"
    p = wb.properties
    p.creator = "Netherfold Children's Services Improvement Team"
    p.lastModifiedBy = "Netherfold Children's Services Improvement Team"
    p.title = "ILACS Improvement Plan"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


TRENTMOOR_INTRO = [
    "Ofsted inspected Trentmoor's services for children in need of help and protection, children "
    "looked after and care leavers between January and February 2014, together with a review of the "
    "Trentmoor Safeguarding Children Board. Our services were judged to be good. The inspectors "
    "also told us where we can do better, and this plan is our response to the recommendations made "
    "to the County Council; the Safeguarding Children Board is responding separately.",
    "The plan is organised around five priorities agreed by the Children's Leadership Team with the "
    "Children in Care Council and Voice 18+. Under each priority we set out what we will do, who is "
    "responsible and when it will be done. A final section lists other service developments already "
    "planned for 2014-15.",
]

TRENTMOOR_GOVERNANCE = [
    "The Children's Improvement Board, chaired by the Director of Children's Services, will receive "
    "a highlight report on this plan every two months, and the Cabinet Member for Children and Young "
    "People will be briefed after each meeting.",
    "Each priority has a sponsor from the Children's Leadership Team, who will agree measures of "
    "success with the lead officers and report by exception where dates slip.",
    "The Corporate Parenting Panel and the Safeguarding Overview and Scrutiny Committee will each "
    "consider a progress report in autumn 2014 and spring 2015. The plan will be refreshed in April "
    "2015.",
]


def write_trentmoor(plan, acts, path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_heading("Trentmoor County Council", level=0)
    doc.add_paragraph("Children's Social Care: our response to the Ofsted inspection, 2014-15"
                      ).runs[0].bold = True
    doc.add_heading("Introduction", level=1)
    for para in TRENTMOOR_INTRO:
        doc.add_paragraph(para)
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            doc.add_heading(current, level=1)
        lead_label, date_label = a["extra"]["labels"]
        doc.add_paragraph(a["text"])
        doc.add_paragraph(f"{lead_label}: {a['lead']}")
        p = doc.add_paragraph(f"{date_label}: {a['date']}")
        p.paragraph_format.space_after = Pt(12)
    doc.add_heading("Monitoring and governance", level=1)
    for para in TRENTMOOR_GOVERNANCE:
        doc.add_paragraph(para)
    docx_props(doc, "Trentmoor Children's Social Care",
               "Response to the Ofsted inspection 2014-15")
    doc.save(path)
    normalise_zip(path)


WRITERS = {"calder_heights": write_calder, "netherfold": write_netherfold,
           "trentmoor": write_trentmoor}


# ---------------------------------------------------------------------------------------------
# The set's own design rules
# ---------------------------------------------------------------------------------------------

def _words(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))


def _shared_run(a, b, n=6):
    """True if the two texts share a run of ``n`` consecutive words."""
    wa, wb = _words(a), _words(b)
    grams = {tuple(wa[i:i + n]) for i in range(len(wa) - n + 1)}
    return any(tuple(wb[i:i + n]) in grams for i in range(len(wb) - n + 1))


def check_design(gold, plan):
    name = gold["plan"]
    acts = plan["actions"]()
    recs = {r["number"]: r["text"] for r in report_recs(plan["report"])}
    ids = {a["id"]: a for a in gold["actions"]}
    d = gold["design"]
    # the plans paraphrase: no action repeats six words running of any recommendation
    for a in acts:
        for n, t in recs.items():
            assert not _shared_run(a["text"], t), (name, a["text"][:50], n)
    # every action has a lead and a date
    assert all(a["lead"].strip() and a["date"].strip() for a in acts), name
    # hard unanswered recommendations are unanswered
    assert set(plan["hard"]) <= set(plan["unanswered"]), name
    # orphans 4-5
    assert 4 <= len(d["orphans"]) <= 5, (name, d["orphans"])
    # the passing mention sits in an action aimed at another recommendation
    for rec, where in plan.get("passing_in", {}).items():
        aid = gold["actions"][where - 1]["id"] if isinstance(where, int) else \
            next(a["id"] for a in gold["actions"] if a["row"] == where)
        aimed = {l["rec"] for l in gold["links"] if l["action"] == aid}
        assert aimed and f"R{rec}" not in aimed, (name, rec, aid)
    # covered recommendations: at least three answered by two or more actions
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    multi = [r for r, s in gold["expected"].items() if s == "covered" and len(per_rec[r]) >= 2]
    assert len(multi) >= 3, (name, multi)
    cited = [a for a in gold["actions"] if a["explicit_refs"]]
    if plan["name"] == "calder_heights":
        assert len(gold["recommendations"]) == 13, name
        assert len(d["unanswered"]) == 2 and len(d["passing"]) == 1 and len(d["partial"]) == 1
        assert 0.4 <= len(cited) / len(ids) <= 0.6, (name, len(cited))
        assert len(d["miscited"]) >= 2, name
        forms = {re.sub(r"\d+", "N", a["objective"]) for a in gold["actions"] if a["objective"]}
        assert forms == {"Rec N", "N", "Recommendation N"}, (name, forms)
        assert not any(a["explicit_refs"] for a in gold["actions"] if a["id"] in d["orphans"])
    else:
        assert not cited, name  # no recommendation numbers in these plans
    if plan["name"] == "netherfold":
        assert len(gold["recommendations"]) == 5, name
        assert len(d["unanswered"]) == 1 and len(d["passing"]) + len(d["partial"]) == 1
        for r, s in gold["expected"].items():
            if s == "covered":
                assert len(per_rec[r]) >= 3, (name, r)
    if plan["name"] == "trentmoor":
        assert [r["n"] for r in gold["recommendations"]] == list(range(18, 26)), name
        assert len(d["unanswered"]) == 2 and len(d["passing"]) == 1 and len(d["partial"]) == 1
        labels = {a["extra"]["labels"] for a in acts}
        assert labels == {("Lead", "By"), ("Lead officer", "Target date")}, name
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "i", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(20, 35))
