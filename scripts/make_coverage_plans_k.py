"""Write the sealed coverage evaluation set "k": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_k.py            # writes documents and gold
    python scripts/make_coverage_plans_k.py --check    # only runs the consistency checks

Documents: corpus/coverage/k/<name>.<ext>      Gold: corpus/gold/coverage/k/<name>.json

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes by the shared helpers in
scripts/_coverage_sets.py, never by reading the generated documents back, and no extractor code is
imported or run. Recommendation texts are copied from the hand-checked report gold in
corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the row/heading cites 3 and
                                   the text supports it) or "j" judged; "h" high / "m" medium
    refs=[7]                       numbers the row (or its section heading) cites
    mis=True                       the row cites a number its action does not answer (mis-cited);
                                   its citation is not a link, its true link is judged
Actions with no links are orphans (business as usual); a passing mention is never a link.

All councils, people and programmes are fictional. Output is deterministic: DOCX/XLSX core
properties are fixed and every zip member is written with a fixed timestamp.
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
# Plan 1: Hebble Vale - DOCX Word table answering Calderdale 2015-03-20 (SIF, 17 LA recs).
# "No. | Ofsted recommendation | Action(s) | Lead | Timescale | RAG"; the recommendation column
# cites a number on about half the rows and is blank on the others.
# ---------------------------------------------------------------------------------------------

def hebble_actions():
    acts = []

    def add(cite, text, lead, date, rag, links=(), mis=False):
        refs = [int(re.search(r"\d+", cite).group())] if cite else []
        row = str(len(acts) + 1)
        acts.append(A(text, lead, date, links, refs, mis, row=row, objective=cite or None,
                      rag=rag))

    # Adoption: matching and placing (R1)
    add("Rec 1", "Weekly family-finding tracking meeting for every child with a placement order, "
        "chaired by the Adoption Service Manager. Any child with no link identified three months "
        "after the order is escalated to the Head of Looked After Services, who agrees a revised "
        "family-finding plan with the team.",
        "Imran Kassam, Adoption Service Manager", "April 2015", "G",
        [(1, "e", "h", "management grip on the time children wait to be matched")])
    add("", "Every child with a placement order to be profiled on the Westmoor Adoption Consortium "
        "exchange within 10 working days of the order and presented at the next consortium "
        "exchange day, with a short film made for children over three.",
        "Family Finding Team", "Immediate", "G",
        [(1, "j", "h", "quicker matching through wider family finding")])
    add("1", "Time from placement order to match, and from entering care to moving in with "
        "adopters, reported for each child to the Corporate Parenting Board every month, with the "
        "reason for every wait over the national threshold.",
        "Janet Oldroyd, Head of Looked After Services", "Monthly from May 2015", "A",
        [(1, "e", "h", "senior oversight of matching and placement timescales")])
    add("", "Consider a Fostering for Adoption placement at the first permanence discussion for "
        "every baby and toddler where adoption is the likely outcome, so that the child can be "
        "placed with their prospective adopters before the final hearing.",
        "Adoption Team Manager", "Q2 2015/16", "A",
        [(1, "j", "m", "earlier placement with adopters (early permanence)")])

    # Adopter recruitment (R2)
    add("Rec 2", "Run the two-stage adopter approval process to the six-month timetable: a "
        "dedicated assessing social worker from the first week of stage two, and Stage 1 "
        "checks (DBS, medical, references) requested on the day of registration.",
        "Imran Kassam, Adoption Service Manager", "30/06/2015", "A",
        [(2, "e", "h", "faster adopter approval")])
    add("2", "Monthly adoption information evenings across the borough; every enquiry answered within "
        "two working days and an initial visit offered within ten.",
        "Adoption Recruitment Officer", "Ongoing", "G",
        [(2, "e", "h", "speed of response to prospective adopters")])
    add("", "'Give a Childhood' recruitment campaign with the consortium, aimed at people who could "
        "adopt brothers and sisters together, children over four and children with additional "
        "needs - the children who wait longest.",
        "Communications Team / Westmoor Adoption Consortium", "Sept 2015", "A",
        [(2, "j", "h", "recruiting adopters for the children who wait")])

    # Return interviews (R3)
    add("Recommendation 3", "Missing Children Coordinator to look at every return interview that was "
        "refused or not completed each quarter - age, placement, who offered it, how soon after the "
        "young person came back - and report the patterns to the Missing and Exploited Children "
        "Group.",
        "Bev Thackray, Missing Children Coordinator", "Quarterly from July 2015", "G",
        [(3, "e", "h", "analysis of why young people decline a return interview")])
    add("", "Use that analysis to re-specify the return interview contract from October 2015: "
        "interviews offered by an independent worker the young person already knows where possible, "
        "at a place and time they choose, and before the police safe-and-well visit when it can be "
        "arranged.",
        "Commissioning Manager, Children's Services", "October 2015", "A",
        [(3, "j", "h", "findings informing commissioning to increase take-up")])
    add("3", "Young people offered the interview by text, phone and letter as well as in person, and "
        "asked how they would prefer to be contacted next time; take-up reported to the Missing and "
        "Exploited Children Group monthly.",
        "Bev Thackray, Missing Children Coordinator", "June 2015", "G",
        [(3, "e", "h", "planning changes to increase take-up")])

    # Performance management and quality assurance (R4)
    add("Rec 4", "Refresh the Quality Assurance Framework: each team manager audits two cases a month, "
        "and the Practice Standards Team runs a themed audit every quarter on assessments, plans "
        "and chronologies, with findings and actions reported to the Performance Clinic.",
        "Sian Moorhouse, Principal Social Worker", "Q1 2015/16", "G",
        [(4, "e", "h", "quality assurance with priority on assessments, planning and chronologies")])
    add("", "Monthly Performance Clinic chaired by the Director: each Head of Service takes the "
        "clinic through their scorecard and the actions from the latest audits, and is held to "
        "account for anything off track.",
        "Director of Children and Young People's Services", "Monthly", "G",
        [(4, "j", "h", "performance management driving improvement")])
    add("4", "Chronology standard: every open case to have an up-to-date chronology of significant "
        "events, entries locked once a manager has signed them off, and a one-page guide for staff "
        "on what belongs in a chronology.",
        "Practice Standards Team", "31/07/2015", "A",
        [(4, "e", "h", "use of chronologies given priority")])
    add("", "Quarterly 'Practice Week': senior leaders spend a day alongside frontline teams, "
        "looking at children's records with the worker and feeding back what good looks like.",
        "Senior Leadership Team", "Ongoing", "G",
        [(4, "j", "m", "quality assurance driving consistency of practice")])

    # Drift and delay in plans; IROs and permanence (R5)
    add("", "Permanence Tracking Panel, meeting fortnightly, to look at every child in care who has "
        "no confirmed permanence plan by their second review; a named manager is accountable for "
        "each child's timetable until the plan is secured.",
        "Janet Oldroyd, Head of Looked After Services", "May 2015", "G",
        [(5, "j", "h", "management oversight to secure timely permanent placements")])
    add("Rec 5", "IROs to start the formal dispute resolution process whenever a child's plan has "
        "stalled, with every escalation logged and a quarterly IRO challenge report to the "
        "Corporate Parenting Board.",
        "IRO Service Manager", "Q2 2015/16", "A",
        [(5, "e", "h", "IRO challenge to reduce drift and delay")])
    add("5", "Monthly supervision to check each child's plan against its own timescales; any slippage "
        "is recorded on the supervision record and taken to the Practice Manager within a week.",
        "Practice Managers (all teams)", "Immediate", "A",
        [(5, "e", "h", "management oversight of plans to reduce drift")])
    add("", "Head of Looked After Services to report to the Leadership Team each month on every child "
        "still waiting for adopters six months after their placement order and every child whose "
        "permanence plan has gone past its date.",
        "Janet Oldroyd, Head of Looked After Services", "Monthly", "G",
        [(1, "j", "h", "senior oversight of children waiting to be placed with adopters"),
         (5, "j", "h", "senior oversight of drift in permanence plans")])

    # Assessments, including CSE (R6)
    add("Recommendation 6", "'Making Sense of It': a five-day analysis and decision-making course for "
        "all social workers and practice managers, delivered by the Practice Development Unit, "
        "followed by an observed piece of practice for each worker.",
        "Practice Development Unit", "December 2015", "A",
        [(6, "e", "h", "analysis in assessments informing decisions")])
    add("", "Revised Hebble Vale CSE screening and risk tool to be completed within every assessment "
        "where exploitation is suspected; the CSE Coordinator checks the analysis before the case "
        "goes to the multi-agency risk meeting.",
        "CSE Coordinator", "June 2015", "G",
        [(6, "j", "h", "quality of assessments of children at risk of CSE")])
    add("6", "Team managers only to authorise a single assessment when it explains what the "
        "information means for the child and what decision follows; assessments sent back for "
        "more analysis are counted on the case system.",
        "Team Managers, Assessment and Intervention", "Immediate", "G",
        [(6, "e", "h", "robust analysis informing decisions")])

    # Plans that families understand (R7) and contingency (R8)
    add("Rec 7", "New 'My Plan' template for child in need and child protection plans: each outcome "
        "written as what will be different for the child, then the actions, who is doing them and "
        "by when, and a plain-English summary for parents and for children old enough to read it.",
        "Sian Moorhouse, Principal Social Worker", "September 2015", "A",
        [(7, "e", "h", "plans recording outcomes and timescales, understood by families")])
    add("", "Chairs of core groups and child in need reviews to go through the plan with parents at "
        "every meeting and record that they have a copy and know what has to change.",
        "Child Protection Chairs / Team Managers", "Ongoing", "G",
        [(7, "j", "h", "parents know what needs to change")])
    add("7", "Where parents miss two core groups or are not keeping to the plan, the Practice Manager "
        "holds an escalation meeting and parents receive a letter setting out the consequences if "
        "things do not improve, including whether legal advice will be sought.",
        "Practice Managers (all teams)", "July 2015", "A",
        [(8, "j", "h", "challenge when parents do not engage (row cites 7, which is about "
          "outcomes and timescales in plans)")], mis=True)
    add("", "Every child protection plan to carry a contingency section saying what will happen, and "
        "when, if the plan is not working; Child Protection Chairs to check it at each review "
        "conference.",
        "Safeguarding Unit Manager", "June 2015", "G",
        [(8, "j", "h", "contingency planning sets out consequences")])

    # Private fostering (R9 - partly answered)
    add("Rec 9", "Every private fostering notification to be followed by a visit within seven working "
        "days and an assessment of the arrangement; visits every six weeks in the first year and "
        "every twelve weeks after that, all logged on the private fostering tracker.",
        "Private Fostering Lead, Fostering Service", "Q1 2015/16", "A",
        [(9, "e", "h", "statutory requirements met for privately fostered children")])
    add("", "Rebuild the private fostering assessment around the regulations so that each assessment "
        "covers the carer's suitability, the parents' arrangements and contact, and the child's "
        "own views.",
        "Fostering Service Manager", "August 2015", "A",
        [(9, "j", "h", "quality and consistency of private fostering work")])

    # Homeless 16-17 year olds (R10)
    add("10", "Joint protocol with Hebble Vale Homes' Housing Options team for 16 and 17 year olds "
        "with nowhere to live: a joint assessment which explains to the young person, in writing, "
        "what being accommodated under section 20 would offer them, with their decision recorded.",
        "Head of Safeguarding & Housing Options Manager", "May 2015", "G",
        [(10, "e", "h", "assessments consider the benefits of becoming looked after")])
    add("", "Where that assessment finds the young person is a child in need, a multi-agency child in "
        "need plan to be agreed within ten working days and reviewed at six weeks with Housing and "
        "the supported accommodation provider.",
        "Team Manager, Young People's Team", "Ongoing", "G",
        [(10, "j", "h", "child in need plan for homeless young people")])

    # Permanence planning and IROs (R11, R12)
    add("Rec 12", "Permanence planning meeting in the child's second week in care, and before the "
        "first review at the latest, with the Practice Manager, family-finding worker and Legal "
        "Services: every route home, family and friends care, special guardianship, long-term "
        "fostering, adoption - looked at, and the reasons for ruling any out written down.",
        "Practice Managers, Looked After Children", "June 2015", "A",
        [(11, "j", "h", "permanence planning meetings consider all options at the outset (row "
          "cites 12, which is about IRO scrutiny of permanence plans)")], mis=True)
    add("", "Offer a Family Network Meeting as soon as a child comes into care (or before, when care "
        "is planned) so that relatives who could care for the child are identified from the start.",
        "Family Group Conference Service", "July 2015", "G",
        [(11, "j", "m", "all family options identified at the outset of care")])
    add("Recommendation 12", "IRO practice standard: from the second review, the IRO tests whether the "
        "permanence plan is the right one for the child and whether it is on track, and writes "
        "their view in a new 'IRO view on permanence' section of the review record.",
        "IRO Service Manager", "30/09/2015", "A",
        [(12, "e", "h", "IROs test permanence plans and record it in the review record")])
    add("", "IRO Service Manager to dip-sample five review records a month for the quality of the "
        "IRO's scrutiny of permanence, feeding back in IRO supervision.",
        "IRO Service Manager", "Monthly", "G",
        [(12, "j", "h", "quality of IRO scrutiny of permanence plans")])

    # Care plans and contact (R13)
    add("13", "Care plan template rewritten so that every action says what, how, who and by when, "
        "with a contact section setting out why each contact arrangement is in place and what it "
        "should achieve for the child.",
        "Sian Moorhouse, Principal Social Worker", "October 2015", "A",
        [(13, "e", "h", "clearer care plans including the purpose of contact")])
    add("", "Family Time Service to agree a written purpose for every supervised contact with the "
        "social worker, reviewed at each looked after review.",
        "Family Time Service Manager", "Q3 2015/16", "R",
        [(13, "j", "h", "purpose and intended outcome of contact")])

    # Care leavers (R16; R17 only in passing)
    add("Rec 16", "'My Pathway': pathway plans rewritten with the Care Leavers' Forum, with the young "
        "person's own goals, deadlines and who will help, and sections on housing, health, money, "
        "and learning and work (including any apprenticeship applications).",
        "Leaving Care Team Manager", "September 2015", "A",
        [(16, "e", "h", "pathway plans with clear objectives, timescales and actions")])
    add("", "Personal Advisers to talk through the plan with each young person at every review, so "
        "they know what it is for, and give them a copy in the form they prefer - paper, email or "
        "text.",
        "Personal Advisers, Leaving Care Team", "Ongoing", "G",
        [(16, "j", "h", "care leavers understand the purpose of their plans")])
    add("16", "Leaving Care Team Manager to audit ten pathway plans a month against the 'My Pathway' "
        "standard and report to the Corporate Parenting Board each quarter.",
        "Leaving Care Team Manager", "Quarterly", "G",
        [(16, "e", "h", "checking pathway plans are useful and relevant")])

    # Business as usual (orphans)
    add("", "Recruit three new independent members to the Adoption Panel central list, including an "
        "adopted adult, and hold the annual panel training day.",
        "Panel Adviser, Adoption Service", "November 2015", "")
    add("", "Second cohort of the Hebble Vale Social Work Academy: 14 newly qualified social workers "
        "on the assessed and supported year, with protected caseloads.",
        "Workforce Development Manager", "September 2015", "G")
    add("", "Replace the children's social care case management system; data migration and training "
        "for all staff before go-live.",
        "ICT Programme Manager", "TBC", "R")
    add("", "'Proud of Hebble Vale' staff awards for children's services teams, with nominations from "
        "families and young people.",
        "Communications Team", "Complete", "G")
    add("", "Move the Safeguarding and Assessment teams into the refurbished Tenterfield House offices.",
        "Facilities Manager", "Q4 2015/16", "")
    return acts


HEBBLE = {
    "name": "hebble-vale", "ext": "docx", "report": "calderdale-80444/2015-03-20.pdf",
    "council": "Hebble Vale Metropolitan Borough Council", "kind": "table",
    "actions": hebble_actions,
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "covered", 7: "covered", 8: "covered", 9: "weak", 10: "covered",
                 11: "covered", 12: "covered", 13: "covered", 14: "uncovered", 15: "uncovered",
                 16: "covered", 17: "weak"},
    "unanswered": [14, 15], "passing": [17], "partial": [9],
    "orphans": [39, 40, 41, 42, 43], "miscited": [24, 30],
    "asks": {9: [("quality and consistency of work with privately fostered children, so that "
                  "statutory requirements are met", [26, 27]),
                 ("senior management oversight of private fostering, to improve recognition of and "
                  "response to these young people", [])],
             3: [("robust analysis of why young people do not take up the offer of a return "
                  "interview", [8]),
                 ("findings inform planning and commissioning to increase take-up", [9, 10])],
             4: [("performance management and quality assurance drive improvement and consistency",
                  [11, 12, 14]),
                 ("assessments, planning and the use of chronologies given priority", [11, 13])],
             10: [("assessments of homeless young people consider the benefits of becoming looked "
                   "after", [28]),
                  ("children in need among them get services through a robust child in need plan",
                   [29])]},
    "notes": (
        "DOCX, one Word table (No. | Ofsted recommendation | Action(s) | Lead | Timescale | RAG). "
        "'row' is the No. cell; 'objective' is the recommendation cell as written ('Rec 12', "
        "'12' or 'Recommendation 12') or null where it is blank; 21 of 43 rows cite a number. Only "
        "the 17 local-authority recommendations count. R14 (children's needs arising from "
        "diversity) is simply absent. R15 (Adoption Panel Chair to report annually) is the hard "
        "unanswered one: orphan 39 (new Adoption Panel members and panel training day) shares its "
        "vocabulary, and actions 1-7 are about adoption but aimed at R1/R2. R17 (apprenticeships "
        "for care leavers) is mentioned only in passing in action 36 (pathway plan sections "
        "'including any apprenticeship applications'), which is aimed at R16. R9 has two asks: "
        "the statutory quality of private fostering work is answered (26, 27), senior management "
        "oversight of private fostering is not. Mis-cited rows: action 24 cites 7 but answers R8 "
        "(challenge when parents do not engage); action 30 cites 12 but answers R11 (permanence "
        "planning meeting at the outset). Action 18 answers R1 and R5. Orphans 39-43 are business "
        "as usual. RAG cells are not part of the action text."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Cheviot Marches - XLSX tracker answering Northumberland 2020-03-02 (ILACS, 4 recs).
# Header on row 1, no recommendation numbers anywhere.
# ---------------------------------------------------------------------------------------------

def cheviot_actions():
    acts = []

    def add(ref, area, text, lead, date, rag, comment="", links=()):
        acts.append(A(text, lead, date, links, row=ref, section=area, rag=rag, comment=comment))

    P = "Plans families can follow"
    add("PL01", P, "Relaunch one plan format across child in need, child protection and children in "
        "care: needs, outcomes and actions in separate sections, and every action given a named "
        "person and a completion date.",
        "Gail Rennison, Head of Safeguarding and Family Support", "30/06/2020", "A",
        "Format signed off by Practice Board 14/04. Case system build in progress.",
        [(1, "j", "h", "quality of written plans: needs, outcomes, actions and dates")])
    add("PL02", P, "'Plans that Make Sense' workshops for every social worker and team manager, "
        "working from anonymised plans that parents in the Family Voices group have rewritten in "
        "their own words.",
        "Principal Social Worker", "Q2 2020/21", "A",
        "4 of 11 teams done. Remaining sessions moved online.",
        [(1, "j", "h", "plans families can understand")])
    add("PL03", P, "Child Protection Chairs and IROs to rate the quality of the plan at every "
        "conference and review and send the rating, with comments, to the team manager within "
        "five working days.",
        "Safeguarding Unit Manager", "June 2020", "G",
        "Rating form live from 1 June.",
        [(1, "j", "h", "checking and improving plan quality")])
    add("PL04", P, "Every child protection and child in need plan to say what will happen next, and "
        "when, if progress is not made.",
        "Team Managers, Locality Teams", "Immediate", "G", "",
        [(1, "j", "h", "contingency in written plans")])
    add("PL05", P, "Care plans for children in care to open with the permanence plan for the child "
        "and the date by which it should be achieved.",
        "Head of Children in Care", "September 2020", "A",
        "Template change requested.",
        [(1, "j", "h", "care plans for children in care refer to permanence")])
    add("PL06", P, "Personal advisers to set out each agreed action in the pathway plan with a date, "
        "and the Leaving Care Team Manager to sample five plans a month.",
        "Leaving Care Team Manager", "Ongoing", "G", "",
        [(1, "j", "h", "pathway plans: actions and timescales")])
    add("PL07", P, "Older children to get their own 'My Plan for Me' version, written to them in plain "
        "language and agreed with them at the meeting.",
        "Participation Officer", "TBC", "R",
        "Awaiting design work from the Children in Care Council.",
        [(1, "j", "m", "plans children can understand")])
    add("PL08", P, "Heads of Service to dip-sample plans each month, with the findings added to the "
        "monthly practice scorecard.",
        "Heads of Service", "Monthly", "G", "",
        [(1, "j", "h", "oversight of plan quality")])

    P = "Assessments that show the impact on the child"
    add("AS01", P, "Add a 'What does this mean for the child?' box after each area of concern in the "
        "single assessment, asking the worker to describe how it affects the child's day-to-day "
        "life.",
        "Principal Social Worker", "31/07/2020", "A", "Change request with ICT.",
        [(2, "j", "h", "analysis of impact on the child in assessments")])
    add("AS02", P, "Rewrite the assessment chapter of the Practice Handbook with worked examples of "
        "strong analysis (the chapter on recording supervision is being refreshed at the same "
        "time).",
        "Practice Development Team", "September 2020", "A", "First draft with PSW.",
        [(2, "j", "h", "quality of analysis in assessments")])
    add("AS03", P, "Analysis masterclasses with the Northern Borders Teaching Partnership for social "
        "workers in their first three years.",
        "Workforce Development Manager", "Q3 2020/21", "", "Dates to be set.",
        [(2, "j", "h", "skills in assessment analysis")])
    add("AS04", P, "Team managers to send back any assessment whose analysis does not deal with every "
        "concern it has identified, and to note why on the authorisation.",
        "Team Managers, Locality Teams", "Immediate", "G", "",
        [(2, "j", "h", "analysis addresses all identified concerns")])
    add("AS05", P, "Child permanence reports for children with a plan for adoption to set out how "
        "early trauma and loss are likely to affect the child's development, with the Adoption "
        "Team Manager checking each report before it goes to the agency decision maker.",
        "Adoption Team Manager", "June 2020", "G", "",
        [(2, "j", "m", "analysis of impact in child permanence reports (an assessment)")])
    add("AS06", P, "Quarterly themed audit of assessment analysis, fed back to each worker and their "
        "manager and reported to the Practice Board.",
        "Quality Assurance Manager", "Quarterly", "G", "Q1 audit complete: 58% good.",
        [(2, "j", "h", "checking and improving assessment analysis")])
    add("AS07", P, "IROs to raise a practice alert at the first review where a child's assessment does "
        "not explain what their experiences mean for them.",
        "IRO Service Manager", "From July 2020", "", "",
        [(2, "j", "m", "challenge where analysis of impact is missing")])

    P = "Adoption and permanence"
    add("AD01", P, "Annual celebration day for families who have adopted in the last year, and an "
        "adoption awareness month each November with the Border Adoption Partnership.",
        "Adoption Service Manager", "November 2020", "", "Venue booked.")
    add("AD02", P, "Long-term foster 'matching celebrations' for children and carers once the match "
        "is confirmed at panel.",
        "Fostering Service Manager", "Ongoing", "G", "")

    P = "Service business"
    add("SB01", P, "'Open Your Door' foster carer recruitment campaign, spring and autumn.",
        "Fostering Recruitment Officer", "Q1 2020/21", "A", "Spring campaign paused (COVID-19).")
    add("SB02", P, "Upgrade the children's case recording system to the current version.",
        "ICT Business Partner", "Complete", "G", "")
    return acts


CHEVIOT = {
    "name": "cheviot-marches", "ext": "xlsx", "report": "northumberland-80532/2020-03-02.pdf",
    "council": "Cheviot Marches County Council", "kind": "tracker",
    "actions": cheviot_actions,
    "expected": {1: "covered", 2: "covered", 3: "weak", 4: "uncovered"},
    "unanswered": [4], "passing": [3], "partial": [],
    "orphans": ["AD01", "AD02", "SB01", "SB02"], "miscited": [],
    "asks": {},
    "notes": (
        "XLSX tracker, one sheet, header on row 1 (Ref | Improvement area | Action | Lead officer | "
        "Target date | RAG | Commentary); no recommendation numbers anywhere. 'row' is the Ref "
        "cell, 'section' the Improvement area; Commentary is not part of the action text. R1 "
        "(written plans for all children) is answered by eight actions (PL01-PL08) and R2 "
        "(analysis of impact in assessments) by seven (AS01-AS07). R4 (later life letters for "
        "adopted children) is the hard unanswered one: AS05 (child permanence reports for children "
        "with a plan for adoption, aimed at R2) and orphans AD01 (adoption celebration day) and "
        "AD02 (long-term fostering matching celebrations) share its vocabulary, but nothing is "
        "aimed at how later life letters are written. R3 (recording of management oversight in "
        "supervision records) is touched only in passing: AS02, aimed at R2, notes in brackets "
        "that the handbook chapter on recording supervision is being refreshed at the same time "
        "(passing, not partial). Orphans: AD01, AD02, SB01, SB02."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Fenland Wolds - DOCX narrative answering Lincolnshire 2015-01-06 (SIF, 15 LA recs).
# One heading per priority; numbers cited in four of the eight headings.
# ---------------------------------------------------------------------------------------------

FENLAND_SECTIONS = [
    ("Priority 1: A safe place to live for every young person (Ofsted recommendations 1 and 11)",
     [1, 11],
     "A small number of young people were still being placed in bed and breakfast, and homeless "
     "16 and 17 year olds were not always clear about what help they could ask for."),
    ("Priority 2: Knowing how good our work is", [],
     "We audit a lot of cases, but we do not yet learn enough from audits or from what children "
     "tell us when they are unhappy with our service."),
    ("Priority 3: Spotting and tackling sexual exploitation (Ofsted recommendation 6)", [6],
     "Our specialist exploitation work is developing well; every practitioner needs to be just as "
     "confident."),
    ("Priority 4: Child protection enquiries and assessments", [],
     "Our enquiries keep children safe, but the record does not always show how we reached our "
     "decisions."),
    ("Priority 5: Planning for children in care (Ofsted recommendations 9 and 12)", [9, 12],
     "Children in care need plans that keep pace with their lives, and families need to see our "
     "reports in good time."),
    ("Priority 6: Learning and achievement", [],
     "Children in care in Fenland Wolds are not yet doing as well at school as they should."),
    ("Priority 7: Leaving care well", [],
     "Care leavers tell us their personal advisers are a strength; their plans need to be as good."),
    ("Priority 8: Our workforce and systems", [],
     "Other work in the Children's Services Business Plan 2015-16 that supports this plan."),
]


def fenland_actions():
    acts = []

    def add(si, text, lead, by, links=(), alt=False):
        head, refs, _ = FENLAND_SECTIONS[si]
        acts.append(A(text, lead, by, links, refs, section=head, alt=alt))

    add(0, "We will stop using bed and breakfast for any 16 or 17 year old and for any care leaver. "
        "From April 2015 any proposal to use it, even for a single night, has to be agreed by the "
        "Assistant Director, and every use will be reported to the Corporate Parenting Panel.",
        "Assistant Director, Children's Services", "April 2015",
        [(1, "e", "h", "cease bed and breakfast for 16-17s and care leavers")])
    add(0, "We will commission twenty more supported lodgings places and, with the district councils, "
        "a six-bed emergency 'Safe Step' house, so that there is always somewhere suitable to go in "
        "a crisis - including for young people whose behaviour has ended other placements.",
        "Commissioning Lead, Children's Services", "Q2 2015/16",
        [(1, "e", "h", "suitable accommodation for all care leavers (alternative to B&B)")])
    add(0, "We will promote Staying Put so that more young people can stay with their foster carers "
        "after 18, paying carers an allowance that makes this possible.",
        "Fostering Service Manager", "September 2015",
        [(1, "e", "m", "suitable accommodation for care leavers")], alt=True)
    add(0, "With the seven district housing authorities we will agree a joint protocol: every 16 or 17 "
        "year old with nowhere to live will be given our 'Know Your Rights' booklet and offered an "
        "advocate, and will have a joint housing and social care assessment within ten working days.",
        "Dawn Pickering, Head of Early Help and Assessment", "June 2015",
        [(11, "e", "h", "homeless 16-17 year olds understand their entitlements")])
    add(0, "Where a young person does not go back to family or friends, the assessment will record "
        "whether they should be accommodated under section 20, what they were told about it and "
        "what they decided; team managers will not authorise the assessment without this.",
        "Team Managers, Assessment Teams", "Immediate",
        [(11, "e", "h", "legal status considered and recorded in assessments")])

    add(1, "We will review how we check the quality of our casework with children and families, "
        "with an external peer reviewer from the regional improvement alliance, and publish a "
        "revised Quality Assurance Framework.",
        "Graham Tuxford, Principal Child and Family Social Worker", "July 2015",
        [(2, "j", "h", "review of quality assurance activity on work with children")])
    add(1, "Case audits will be rebuilt around one question - what difference has our work made for "
        "this child? - grading the child's progress as well as whether procedures were followed.",
        "Quality Assurance Manager", "Q2 2015/16",
        [(2, "j", "h", "audit emphasis on the impact of practice on outcomes")])
    add(1, "Practice learning sessions each quarter in every locality, where audit findings are taken "
        "back to practitioners and changes to practice agreed.",
        "Quality Assurance Manager", "Quarterly", [(2, "j", "m", "quality assurance driving "
                                                   "improvement in practice with children")])
    add(1, "Every complaint from a child in care will be given a theme code, and the Complaints "
        "Manager will produce a six-monthly report on the themes and what we have changed as a "
        "result.",
        "Complaints and Customer Relations Manager", "October 2015",
        [(4, "j", "h", "analysis of looked after children's complaints for trends")], alt=True)
    add(1, "Fenland Voices, our Children in Care Council, will go through the complaint themes twice a "
        "year with the Head of Service and agree a 'You said, we did' response for the Corporate "
        "Parenting Panel.",
        "Participation Officer", "November 2015",
        [(4, "j", "h", "complaint themes inform service improvements")])

    add(2, "Level 2 multi-agency training on child sexual exploitation for every social worker, family "
        "support worker, residential worker and foster carer, with refresher training every two "
        "years.",
        "Safeguarding Children Board Training Officer", "March 2016",
        [(6, "e", "h", "staff able to identify early signs of sexual exploitation")])
    add(2, "We will relaunch the CSE risk assessment toolkit with a shorter screening tool, and run "
        "workshops in each locality on using it.",
        "CSE Strategic Lead", "June 2015",
        [(6, "e", "h", "confidence in using risk assessment tools")])
    add(2, "A CSE champion in every team to advise colleagues on warning signs and on completing the "
        "screening tool.",
        "CSE Strategic Lead", "September 2015",
        [(6, "e", "h", "early signs and use of the tools across teams")])
    add(2, "'Spot the Signs' briefings for school designated safeguarding leads, school nurses and "
        "sexual health staff.",
        "Safeguarding Children Board Business Manager", "Q3 2015/16",
        [(6, "e", "m", "relevant staff working with children identify early signs")])

    add(3, "A new section 47 record: a checks section naming the agencies that must always be "
        "contacted (police, health visitor or school nurse, GP, school, and any adult service "
        "involved) and what each told us.",
        "Head of Safeguarding", "May 2015",
        [(7, "j", "h", "expectations for multi-agency checks defined and findings recorded")])
    add(3, "The social worker's summary and recommendation at the end of the enquiry will refer to "
        "what the checks found and to the assessment, so that the outcome follows from the "
        "evidence.",
        "Head of Safeguarding", "May 2015",
        [(7, "j", "h", "summaries and recommendations linked to findings and assessment")])
    add(3, "Three recorded management decisions in every enquiry - at the strategy discussion, at day "
        "ten and at sign-off of the outcome - each with the manager's reasons.",
        "Team Managers, Assessment Teams", "Immediate",
        [(7, "j", "h", "management decision-making points defined")])
    add(3, "A quarterly audit of section 47 enquiries against the new record, reported to the "
        "Safeguarding Performance Group.",
        "Quality Assurance Manager", "Quarterly from July 2015",
        [(7, "j", "m", "strengthened s47 process and recording")], alt=True)
    add(3, "The police will send the DASH risk assessment with every domestic abuse notification; "
        "social workers will upload it to the child's record and draw on it in the assessment, "
        "alongside the family's history taken from the chronology.",
        "Detective Inspector, Public Protection Unit & Head of Safeguarding", "June 2015",
        [(8, "j", "h", "assessments informed by the police DASH risk assessment")])
    add(3, "A domestic abuse practice adviser in the assessment teams to help social workers "
        "understand what the DASH risk level means for the child.",
        "Domestic Abuse Partnership Manager", "TBC",
        [(8, "j", "h", "use of DASH in domestic abuse assessments")])

    add(4, "Before any child goes home from care we will complete a reunification assessment of what "
        "has changed, agree a support plan with the family and review it at six weeks.",
        "Head of Children in Care", "September 2015",
        [(9, "e", "h", "assessment and planning for children returning home")])
    add(4, "A placement planning meeting within 72 hours of every move, with the placement "
        "information record shared with carers before the child arrives (or within 24 hours in an "
        "emergency).",
        "Placements Team Manager", "June 2015",
        [(9, "e", "h", "information sharing for children moving to a new placement")])
    add(4, "The child's assessment and care plan will be updated whenever a child moves home, returns "
        "to their family or is about to leave care, and IROs will check this at the next review.",
        "Team Managers, Children in Care", "Ongoing",
        [(9, "e", "h", "assessment and planning relevant to changing circumstances")])
    add(4, "Family Support Service to work with every family whose child returns home from care for "
        "at least six months.",
        "Family Support Service Manager", "Q3 2015/16",
        [(9, "e", "m", "planning for children returning home")])
    add(4, "Social workers will share their child protection conference report with parents at least "
        "three working days before an initial conference and five before a review conference; "
        "Child Protection Chairs will record whether this happened.",
        "Safeguarding Unit Manager", "May 2015",
        [(12, "e", "h", "reports to families in advance of child protection conferences")], alt=True)
    add(4, "Social work, health and education reports to reach the IRO five working days before each "
        "looked after review; IROs will log any that are missing and raise them with the team "
        "manager.",
        "IRO Service Manager", "July 2015",
        [(12, "e", "h", "key reports available before looked after reviews")])

    add(5, "The Virtual School will move all PEPs onto an electronic PEP with targets set and reviewed "
        "each term, and will quality-assure every PEP, returning any that fall short to the "
        "school and social worker.",
        "Virtual School Headteacher", "September 2015",
        [(3, "j", "h", "quality of personal education plans")])
    add(5, "Pupil premium for children in care will be held by the Virtual School and released to "
        "schools against the targets in each PEP, with its impact checked at the next PEP.",
        "Virtual School Headteacher", "April 2015",
        [(3, "j", "h", "impact of pupil premium for children looked after")])
    add(5, "The Virtual School will track the progress of every child in care each term and report "
        "attainment to the Corporate Parenting Panel.",
        "Virtual School Headteacher", "Termly", [(3, "j", "m", "rate of progress and outcomes")],
        alt=True)

    add(6, "The pathway plan will be rewritten with the Leaving Care Service and young people, so "
        "that each goal has steps, a date and a person responsible, and progress can be seen at each "
        "review.",
        "Leaving Care Service Manager", "October 2015",
        [(13, "j", "h", "pathway plans with objectives, actions and timescales")])
    add(6, "Pathway plan reviews for relevant and former relevant young people will be chaired by a "
        "manager who is not the young person's adviser, under a new written policy.",
        "Leaving Care Service Manager", "September 2015",
        [(13, "j", "h", "pathway plan reviews appropriately chaired")])
    add(6, "No young person will leave care at 16 or 17 until a 'Moving On' panel has looked at how "
        "ready they are and the preparation they have had.",
        "Head of Children in Care", "Immediate",
        [(14, "j", "h", "leaving care decision at 16-17 informed by readiness and preparation")])
    add(6, "'Ready for My Own Front Door' independence skills course for young people in care aged "
        "15 to 17, with each young person's progress noted in their care plan.",
        "Leaving Care Service Manager", "January 2016",
        [(14, "j", "m", "preparation of young people before they leave care")], alt=True)

    add(7, "Recruitment and retention package for experienced social workers, including a market "
        "supplement for the coastal teams.",
        "HR Business Partner, Children's Services", "April 2015")
    add(7, "Third cohort of newly qualified social workers through the Fenland Wolds assessed and "
        "supported year programme.",
        "Workforce Development Manager", "September 2015")
    add(7, "New laptops and mobile working for all social workers.",
        "ICT Client Manager", "Q4 2015/16", alt=True)
    add(7, "Annual children's services staff conference.",
        "Director of Children's Services", "June 2015")
    add(7, "Review of business support for the locality teams.",
        "Business Support Manager", "TBC")
    return acts


FENLAND_GOVERNANCE = [
    "The Children's Services Improvement Board, chaired by the Chief Executive, oversees this plan. "
    "Its members include the Lead Member for Children's Services, the Director of Children's "
    "Services, the Independent Chair of the Local Safeguarding Children Board and senior "
    "representatives of the police and health.",
    "Leads report progress on their actions to the Board every six weeks using the plan's RAG "
    "rating. Actions rated red for two consecutive meetings are considered in detail by the Board.",
    "The Corporate Parenting Panel and the Children and Young People Scrutiny Committee receive a "
    "summary of progress each quarter. The Local Safeguarding Children Board has its own plan "
    "for the recommendations addressed to it.",
]


FENLAND = {
    "name": "fenland-wolds", "ext": "docx", "report": "lincolnshire-80484/2015-01-06.pdf",
    "council": "Fenland Wolds County Council", "kind": "narrative",
    "actions": fenland_actions,
    "expected": {1: "covered", 2: "covered", 3: "weak", 4: "covered", 5: "uncovered",
                 6: "covered", 7: "covered", 8: "covered", 9: "covered", 10: "weak",
                 11: "covered", 12: "covered", 13: "covered", 14: "covered", 15: "uncovered"},
    "unanswered": [5, 15], "passing": [10], "partial": [3],
    "orphans": [34, 35, 36, 37, 38], "miscited": [],
    "asks": {3: [("improve progress and education outcomes for children looked after by "
                  "strengthening the quality of their personal education plans", [27, 29]),
                 ("maximise the impact of pupil premium on the achievement of children looked "
                  "after", [28]),
                 ("maximise the impact of pupil premium on the achievement of adopted children",
                  [])],
             1: [("cease bed and breakfast for homeless 16 and 17 year-olds and care leavers", [1]),
                 ("suitable accommodation for all care leavers", [2, 3])],
             7: [("expectations for multi-agency checks defined", [15]),
                 ("findings of checks clearly recorded by social workers", [15]),
                 ("summaries and recommendations linked to this information and the assessment",
                  [16]),
                 ("management decision-making points clearly defined", [17])],
             12: [("reports available to families in advance of child protection conferences",
                   [25]),
                  ("key reports available before looked after reviews", [26])]},
    "notes": (
        "DOCX narrative: an introduction, one Heading 1 per priority with a short italic context "
        "paragraph (not an action), then one paragraph per action followed by 'Lead:' and 'By:' "
        "paragraphs ('Responsible officer:' and 'Deadline:' on some actions), and a closing "
        "'Governance' section whose paragraphs are not actions. 'row' is null; 'section' is the "
        "heading. Numbers are cited in three of the eight headings (Priorities 1, 3 and 5); "
        "explicit_refs of every action under such a heading are the heading's numbers, and each "
        "action's explicit link is to the cited number its text supports (Priority 1 cites 1 and "
        "11: actions 1-3 answer R1, 4-5 answer R11; Priority 3 cites 6: 11-14 answer R6; Priority "
        "5 cites 9 and 12: 21-24 answer R9, 25-26 answer R12). All other links are judged, e.g. "
        "Priority 7 (no number): 30-31 answer R13 and 32-33 answer R14. R15 "
        "(offending by care leavers) is simply absent. R5 (review and evaluation of the recent CSE "
        "prevention and protection work) is the hard unanswered one: actions 11-14 under the CSE "
        "heading share its vocabulary but are aimed at R6 (staff identifying early signs, risk "
        "tools), and the heading cites only 6. R10 (a chronology tool) is mentioned only in passing "
        "in action 19 ('the family's history taken from the chronology'), aimed at R8 (DASH). R3 "
        "has three asks: PEP quality and pupil premium for children in care are answered, pupil "
        "premium for adopted children is not. Orphans 34-38 (Priority 8) are business as usual."),
}

PLANS = [HEBBLE, CHEVIOT, FENLAND]


# ---------------------------------------------------------------------------------------------
# Extra design checks for this set
# ---------------------------------------------------------------------------------------------

def _grams(text, n=5):
    words = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def check_design(gold, plan):
    name = gold["plan"]
    acts = gold["actions"]
    recs = gold["recommendations"]
    d = gold["design"]
    by_rec = {}
    for l in gold["links"]:
        by_rec.setdefault(l["rec"], set()).add(l["action"])
    lo, hi = {"table": (38, 45), "tracker": (18, 22), "narrative": (34, 42)}[plan["kind"]]
    assert lo <= len(acts) <= hi, (name, len(acts))
    # councils paraphrase: no five-word run of any recommendation repeated in an action
    rec_grams = set().union(*(_grams(r["text"]) for r in recs))
    for a in acts:
        shared = _grams(a["text"]) & rec_grams
        assert not shared, (name, a["id"], shared)
    answered = [r for r, s in gold["expected"].items() if s == "covered"]
    if plan["kind"] == "tracker":
        assert len(d["unanswered"]) == 1 and len(d["passing"]) + len(d["partial"]) == 1, name
        assert len(d["orphans"]) == 4, name
        assert all(not a["explicit_refs"] and a["objective"] is None for a in acts), name
        assert all(len(by_rec[r]) >= 2 for r in answered), name
        return True
    assert len(d["unanswered"]) == 2 and len(d["passing"]) == 1 and len(d["partial"]) == 1, name
    assert 4 <= len(d["orphans"]) <= 5, name
    assert sum(len(by_rec[r]) >= 2 for r in answered) >= 3, name
    if plan["kind"] == "table":
        cited = [a for a in acts if a["explicit_refs"]]
        assert 0.4 <= len(cited) / len(acts) <= 0.6, (name, len(cited))
        assert len(d["miscited"]) >= 2, name
        forms = set()
        for a in acts:
            cell = a["objective"]
            if cell is None:
                assert not a["explicit_refs"], (name, a["id"])
                continue
            m = re.fullmatch(r"(Rec |Recommendation )?(\d+)", cell)
            assert m and [int(m.group(2))] == a["explicit_refs"], (name, a["id"], cell)
            forms.add(m.group(1))
        assert forms == {"Rec ", "Recommendation ", None}, (name, forms)
        for o in d["orphans"]:
            assert not next(a for a in acts if a["id"] == o)["explicit_refs"], (name, o)
    if plan["kind"] == "narrative":
        heads = {}
        for a in acts:
            nums = [int(n) for n in re.findall(r"\d+", a["section"].split("(")[1])] \
                if "(" in a["section"] else []
            assert nums == a["explicit_refs"], (name, a["id"])
            heads[a["section"]] = nums
        citing = [h for h, nums in heads.items() if nums]
        assert 2 <= len(citing) < len(heads) - len(citing), (name, citing)  # most do not cite
        raw = plan["actions"]()
        assert any(x["extra"]["alt"] for x in raw) and not all(x["extra"]["alt"] for x in raw)
    return True


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def write_hebble(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    doc.add_heading("Hebble Vale Metropolitan Borough Council", level=0)
    doc.add_heading("Children and Young People's Services - Post-Inspection Action Plan", level=1)
    doc.add_paragraph(
        "Ofsted inspected our services for children in need of help and protection, children looked "
        "after and care leavers, and reviewed the Local Safeguarding Children Board, in early 2015. "
        "Services were judged to require improvement. This plan sets out what we will do about the "
        "recommendations made to the council; the Safeguarding Children Board is responding "
        "separately to the recommendations made to it.")
    doc.add_paragraph(
        "The plan is monitored monthly by the Children's Improvement Board. RAG: G = complete or on "
        "track; A = at risk of slipping; R = off track; blank = not yet started.")
    doc.add_paragraph("Version 1.3 - owner: Director of Children and Young People's Services")
    cols = ["No.", "Ofsted recommendation", "Action(s)", "Lead", "Timescale", "RAG"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for a in acts:
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["row"], a["objective"] or "", a["text"], a["lead"],
                                      a["date"], a["extra"]["rag"]]):
            cell.text = text
    widths = [Cm(1.1), Cm(3.2), Cm(12.5), Cm(5.0), Cm(3.0), Cm(1.4)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    docx_props(doc, "Hebble Vale Children and Young People's Services",
               "Post-Inspection Action Plan 2015-16")
    doc.save(path)
    normalise_zip(path)


def write_cheviot(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Practice Plan 2020-21"
    ws.append(["Ref", "Improvement area", "Action", "Lead officer", "Target date", "RAG",
               "Commentary"])
    for a in acts:
        ws.append([a["row"], a["section"], a["text"], a["lead"], a["date"],
                   a["extra"]["rag"] or None, a["extra"]["comment"] or None])
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    fills = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
    for r in range(2, 2 + len(acts)):
        for col in "ABCDEFG":
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        rag = ws[f"F{r}"].value
        if rag in fills:
            ws[f"F{r}"].fill = PatternFill("solid", fgColor=fills[rag])
    for col, w in zip("ABCDEFG", (7, 26, 68, 32, 14, 6, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:G{1 + len(acts)}"
    p = wb.properties
    p.creator = "Cheviot Marches Children's Services Performance Team"
    p.lastModifiedBy = "Cheviot Marches Children's Services Performance Team"
    p.title = "Children's Social Care Practice Improvement Tracker"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


def write_fenland(plan, acts, path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_heading("Fenland Wolds County Council", level=0)
    doc.add_paragraph("Children's Services Improvement Plan 2015-16").runs[0].bold = True
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "In the autumn of 2014 Ofsted inspected our services for children in need of help and "
        "protection, children looked after and care leavers. Our services were judged good, and "
        "inspectors made fifteen recommendations to the council. This plan brings our response "
        "together under eight priorities.")
    doc.add_paragraph(
        "Each priority begins with a short statement of why it matters. Every action has a lead "
        "and a date. Where a priority answers particular Ofsted recommendations the heading says "
        "so; most priorities draw on several parts of the report.")
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            intro = next(s[2] for s in FENLAND_SECTIONS if s[0] == current)
            doc.add_heading(current, level=1)
            doc.add_paragraph(intro).runs[0].italic = True
        doc.add_paragraph(a["text"])
        alt = a["extra"]["alt"]
        doc.add_paragraph(("Responsible officer: " if alt else "Lead: ") + a["lead"])
        p = doc.add_paragraph(("Deadline: " if alt else "By: ") + a["date"])
        p.paragraph_format.space_after = Pt(12)
    doc.add_heading("Governance", level=1)
    for text in FENLAND_GOVERNANCE:
        doc.add_paragraph(text)
    docx_props(doc, "Fenland Wolds Children's Services", "Children's Services Improvement Plan "
               "2015-16")
    doc.save(path)
    normalise_zip(path)


WRITERS = {"hebble-vale": write_hebble, "cheviot-marches": write_cheviot,
           "fenland-wolds": write_fenland}


if __name__ == "__main__":
    main(sys.argv[1:], "k", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(18, 45))
