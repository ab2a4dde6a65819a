"""Write the sealed coverage evaluation set "g": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_g.py            # writes documents and gold
    python scripts/make_coverage_plans_g.py --check    # only runs the consistency checks

Documents: corpus/coverage/g/<name>.<ext>      Gold: corpus/gold/coverage/g/<name>.json

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes, never by reading the
generated documents back, and no extractor code is imported or run. Recommendation texts are
copied from the hand-checked report gold in corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the row cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    refs=[7]                       numbers the row cites
    mis=True                       the row cites a number its action does not answer (mis-cited);
                                   its citation is not a link, its true link is judged
Actions with no links are orphans or carry only a passing mention (see each plan's design).

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
SET = "g"
FIXED = datetime(2020, 1, 1, 9, 0, 0)
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


# ---------------------------------------------------------------------------------------------
# Plan 1: Avonleigh — DOCX with one Word table answering Warwickshire 2017-07-14 (SIF, 12 LA
# recommendations). "Ofsted Rec" column: the number ("4", "Rec 4", "R4") on half the rows.
# ---------------------------------------------------------------------------------------------

def avonleigh_actions():
    acts = []
    n = [0]

    def add(rec, text, lead, date, progress, links=(), mis=False):
        n[0] += 1
        refs = [int(re.search(r"\d+", rec).group())] if rec else []
        acts.append(A(text, lead, date, links, refs, mis, row=str(n[0]), objective=rec,
                      progress=progress))

    # Early help (R1)
    add("1", "Relaunch the 'Stronger Starts' early help strategy at four locality partnership events "
        "for schools, GPs, health visiting, the police and the voluntary sector, with every partner "
        "agency signing a partnership pledge that sets out what it will contribute.",
        "Ruth Pendleford, Head of Early Help", "October 2017",
        "North and East events held; South and West booked for November. 31 pledges signed.",
        [(1, "e", "h", "early help strategy understood and delivered in partnership with all "
          "agencies")])
    add(None, "Health visitors and school nurses (South Avon Community Health) to act as lead "
        "professional and complete the family support assessment for under-fives where health is the "
        "main agency involved, with an early help coordinator based in each health hub.",
        "Designated Nurse, Avonleigh CCG, with the Early Help Locality Managers", "Q4 2017/18",
        "Coordinators in 3 of 5 hubs. Health-led assessments up from 3% to 9% of the total.",
        [(1, "j", "h", "health partners engaged in early help so younger children get help")])
    add("R1", "Early help coordinators at the Children's Front Door to track every family passed on "
        "for early help and follow up any family without a family support assessment started "
        "within 15 working days.",
        "Early Help Front Door Team Manager", "Immediate",
        "Tracker in place from 3 July. 86% of families with an assessment started in 15 days.",
        [(1, "e", "h", "families get early help as soon as they need it")])
    add(None, "Quarterly quality check of 40 family support assessments completed by partner "
        "agencies, with written feedback to the agency's safeguarding lead and a 'good assessment' "
        "masterclass for school designated leads.",
        "Quality and Standards Officer, Early Help", "From January 2018, quarterly",
        "First sample booked for January.",
        [(1, "j", "h", "good-quality early help (assessment quality by partners)")])

    # Workloads (R2)
    add("Rec 2", "Invest-to-save business case agreed by Cabinet: recruit 40 more permanent social "
        "workers over the next 12 months through the 'Make Avonleigh Your Home' campaign, bringing "
        "average caseloads down to 15 children.",
        "Sam Okonjo, Workforce Strategy Lead", "31/07/2018",
        "22 appointed to date; average caseload 18.3 (was 21.6).",
        [(2, "e", "h", "reduce social workers' workloads to the stated aim")])
    add(None, "Assessed and Supported Year in Employment: newly qualified social workers to hold no "
        "more than 12 children in their first six months and 15 by the end of the year, with "
        "protected study time every fortnight; caseloads checked monthly by the ASYE coordinator.",
        "ASYE Coordinator, Avonleigh Social Work Academy", "September 2017",
        "Applied to the September cohort of 14 NQSWs.",
        [(2, "j", "h", "workloads of newly qualified staff")])
    add("2", "Recruit four additional Independent Reviewing Officers and separate the child protection "
        "chair and IRO roles, so that each IRO has no more than 70 children, including children placed "
        "at home with parents under a care order.",
        "Head of Safeguarding and Quality Assurance", "December 2017",
        "Two IROs started in October; two interviews in November. Average IRO caseload 94.",
        [(2, "e", "h", "IRO workloads reduced")])
    add(None, "Weekly caseload report from Compass for every team manager; any social worker holding "
        "more than 18 children is discussed at the Monday allocation meeting and work is rebalanced "
        "across the locality.",
        "Service Managers, Children and Families", "Q3 2017/18",
        "Report live. 11 workers above 18 this week (down from 23).",
        [(2, "j", "h", "social workers' workloads reduced and kept down")])

    # Recording system (R3)
    add("3", "Complete the migration of all historic case files and documents from the old system into "
        "Compass, with a migration champion named in every team.",
        "Compass Programme Manager", "November 2017",
        "Phase 2 (court bundles and chronologies) 70% migrated.",
        [(3, "e", "h", "fully integrate the electronic recording system")])
    add("Rec 2", "Switch off the legacy database and the separate court and placements spreadsheets "
        "once their records are in Compass, so that every member of staff records in one place and "
        "reports come from one source.",
        "Head of Business Intelligence", "March 2018",
        "Court spreadsheet closed 30 September. Legacy database read-only.",
        [(3, "j", "h", "integrating the recording system (row cites 2, which is about workloads)")],
        mis=True)
    add(None, "Weekly data quality exceptions report from Compass to team managers, with the "
        "Performance Team validating key indicators (for example care leavers' education, "
        "employment and training status and step-downs to early help) before the monthly scorecard "
        "is published.",
        "Performance Team Manager", "Ongoing",
        "",
        [(3, "j", "h", "accurate data produced from the system")])
    add("R3", "Monthly 'Know Your Numbers' performance clinic in every service area, using the Compass "
        "team dashboards to agree what needs to improve and check the effect of last month's actions.",
        "Assistant Director, Children and Families", "From November 2017",
        "Clinics running in Safeguarding and Children in Care; Early Help from December.",
        [(3, "e", "h", "data used effectively by all staff to measure and improve practice")])

    # Placements (R4)
    add("4", "Implement the 'Homes Close to Home' sufficiency strategy 2017-2020, starting with two solo "
        "placements for young people with complex needs and a new parent-and-child foster "
        "placement.",
        "Commissioning Manager, Children's Placements", "From September 2017",
        "Both solo placements open; parent-and-child carer approved at October panel.",
        [(4, "e", "h", "sufficient number and range of placements")])
    add("Rec 4", "Fostering recruitment drive for carers of teenagers and of brothers and sisters, "
        "with a 'Fostering Plus' fee band and an out-of-hours support line for carers.",
        "Fostering Service Manager", "31/03/2018",
        "47 enquiries since launch; 6 assessments under way.",
        [(4, "e", "h", "more good-quality placements, stable homes")])
    add(None, "A placement stability meeting within five working days whenever a placement is at risk "
        "of ending, chaired by the team manager with the carer, the supervising social worker and the "
        "IRO, and a support plan agreed.",
        "Team Managers, Children in Care", "Immediate",
        "Held in 19 of 22 eligible cases since August.",
        [(4, "j", "h", "stable homes for children looked after")])

    # Emotional health (R9)
    add("9", "With Avonleigh CCG, recommission the emotional wellbeing service for children in care "
        "('Harbour') with a fast-track pathway and a maximum wait of four weeks from referral to "
        "first appointment.",
        "Joint Commissioning Lead (CCG and Council)", "August 2017",
        "New contract started 1 August. Average wait 6 weeks (was 19).",
        [(9, "e", "h", "reduce waiting time for emotional well-being and mental health support")])
    add(None, "Harbour clinicians to offer a consultation to foster carers and social workers within "
        "ten working days of a request, so that children are helped while they wait for therapy and "
        "placements are supported.",
        "Clinical Lead, Harbour", "Q3 2017/18",
        "Consultation slots available in all three districts.",
        [(9, "j", "h", "support while waiting for mental health help"),
         (4, "j", "m", "support to carers for stable placements")])
    add("R9", "A Strengths and Difficulties Questionnaire score of 17 or more to trigger a referral "
        "to Harbour straight away, tracked monthly by the Children in Care Service Manager.",
        "Service Manager, Children in Care", "December 2017",
        "",
        [(9, "e", "h", "prompt access to mental health support")])

    # Care leavers (R6, R7)
    add("6", "Commission the 'Launchpad' independence programme for every young person in care from "
        "16 - budgeting, cooking, paying bills and keeping a tenancy - building on this summer's "
        "pilot.",
        "Leaving Care Service Manager", "January 2018",
        "Pilot with 12 young people evaluated; tender out in November.",
        [(6, "e", "h", "practical skills including budgeting before leaving care")])
    add(None, "Two 'taster flats' where young people can try living on their own for up to two weeks "
        "before they leave care, with their personal adviser on call.",
        "Housing Partnerships Officer and Leaving Care Team", "TBC",
        "Discussions with two housing associations.",
        [(6, "j", "h", "preparation for independent living before leaving care")])
    add("6", "Replace the current template with a pathway plan co-designed with the Care Leavers' "
        "Forum, written to the young person, with each goal showing who will help, how and by when.",
        "Helen Ashworth, Principal Social Worker", "February 2018",
        "Forum design sessions held; draft with Compass team.",
        [(7, "j", "h", "effective pathway plans (row cites 6, which is about practical skills)")],
        mis=True)
    add("R7", "Leaving Care team managers to quality-assure every pathway plan before it is signed off "
        "and hold a monthly 'plans that work' review of any plan that is off track.",
        "Leaving Care Team Managers", "Ongoing",
        "",
        [(7, "e", "h", "pathway plans effective")])
    add(None, "Every care leaver to be offered the chance to chair or co-chair their own pathway plan "
        "review, prepared by their personal adviser, extending the current pilot to all young "
        "people who want to.",
        "Leaving Care Service Manager", "April 2018",
        "Pilot: 9 young people have chaired their review.",
        [(7, "j", "h", "pathway plans that support and challenge young people")])

    # Child's voice (R8, partly)
    add("8", "New 'In My Words' section on every Compass visit record and assessment: the child's "
        "words, drawings or views about home life recorded at each visit, and what we did about "
        "them.",
        "Helen Ashworth, Principal Social Worker", "December 2017",
        "Form built; go-live 4 December.",
        [(8, "e", "h", "child's wishes and feelings about home life recorded on the case record")])
    add(None, "Principal social work practitioners to run practice workshops on recording the child's "
        "experience in every team and dip-sample five records per team each month for evidence of "
        "the child's wishes and feelings.",
        "Principal Social Work Practitioners", "Monthly from January 2018",
        "",
        [(8, "j", "h", "child's views consistently evidenced on the record")])

    # Corporate parenting (R11)
    add("11", "Revise the Corporate Parenting Panel's performance report to include placement "
        "stability, care leavers' accommodation and education, with a challenge log recording each "
        "question members ask and the service's response.",
        "Democratic Services Officer and Head of Children in Care", "November 2017",
        "New report format agreed with the Chair.",
        [(11, "e", "h", "corporate parenting panel scrutiny and challenge of services")])
    add(None, "Members of the Children in Care Council ('Route 21') to co-chair one Corporate Parenting "
        "Panel meeting each quarter and choose its spotlight topic, with panel members reporting back "
        "to Route 21 on what changed.",
        "Participation Officer", "Quarterly",
        "First co-chaired meeting 12 October (spotlight: contact with brothers and sisters).",
        [(11, "j", "h", "challenge in partnership with young people")])

    # Business as usual (orphans)
    add(None, "Adoption Panel: refresh the central list, complete the annual appraisal of every panel "
        "member and recruit members from more diverse backgrounds; the panel chair to join the "
        "regional panel chairs' network.",
        "Adoption Service Manager", "March 2018",
        "Two new members recruited.")
    add(None, "Avonleigh Children's Services Staff Awards 2017.",
        "Communications Team", "Complete",
        "Held 22 June.")
    add(None, "Relocate the Children with Disabilities Team to the refurbished Riverside Hub in "
        "Kingsmead.",
        "Property Services", "January 2018",
        "")
    add(None, "Foster carers' celebration evening during Fostering Fortnight.",
        "Fostering Service Manager", "May 2018",
        "")
    add(None, "Deliver children's services' share of the 'One Avonleigh' savings programme: £1.2m from "
        "the business support restructure.",
        "Finance Business Partner", "2017/18",
        "On track.")
    return acts


AVONLEIGH = {
    "name": "avonleigh", "ext": "docx", "report": "warwickshire-80576/2017-07-14.pdf",
    "council": "Avonleigh County Council",
    "actions": avonleigh_actions, "n_actions": (28, 35),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "uncovered",
                 6: "covered", 7: "covered", 8: "weak", 9: "covered", 10: "weak", 11: "covered",
                 12: "uncovered"},
    "unanswered": [5, 12], "passing": [10], "partial": [8],
    "orphans": [28, 29, 30, 31, 32], "miscited": [10, 21],
    "asks": {8: [("consistently evidence the child's voice on the case record so that their wishes "
                  "and feelings about life at home are clearly recorded and understood", [24, 25]),
                 ("when appropriate, advocacy made available so that young people's views are "
                  "heard", [])],
             1: [("access to good-quality early help services as soon as children and families "
                  "need them", [2, 3, 4]),
                 ("the early help strategy fully understood and delivered in partnership with all "
                  "agencies", [1, 2])],
             2: [("workloads of social workers", [5, 8]),
                 ("workloads of newly qualified staff", [6]),
                 ("workloads of IROs", [7])]},
    "notes": (
        "DOCX, one Word table (No. | Ofsted Rec | Key actions | Lead officer | Completion date | "
        "Progress). 'row' is the No. cell (1-32, not recommendation numbers); 'objective' is the "
        "Ofsted Rec cell as written ('4', 'Rec 4', 'R4') or null when blank; 16 of 32 rows cite a "
        "number; 'section' is null (the table has no theme column). Progress cells are not part of "
        "the action text. Only the twelve local-authority recommendations count (the LSCB's four "
        "are out of scope and the plan says so). R5 (police and youth justice, overnight custody) "
        "is simply absent; the police appear only as an early help partner in action 1. R12 "
        "(agency decision-maker and panel chair meetings) is the hard unanswered one: orphan 28 "
        "(Adoption Panel central list, appraisals, diverse members, panel chair joining the "
        "regional chairs' network) shares its vocabulary but is not aimed at ADM-chair meetings. "
        "R10 (children returning to birth parents) is mentioned only in passing in action 7 "
        "('including children placed at home with parents under a care order'), which is aimed at "
        "R2 (IRO workloads). R8 has two asks; the child's voice on the record is answered (24, 25), "
        "advocacy is not. Mis-cited rows: action 10 cites 'Rec 2' but answers R3; action 21 cites "
        "'6' but answers R7 (their true links are judged and flagged miscited: true). Action 17 "
        "answers R9 and R4. Orphans 28-32 are business as usual."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Thornbury Green — XLSX tracker answering Haringey 2023-04-11 (ILACS, 5 recs).
# Header in row 1, no recommendation numbers.
# ---------------------------------------------------------------------------------------------

def thornbury_actions():
    acts = []

    def add(theme, text, owner, due, rag, update, links=()):
        acts.append(A(text, owner, due, links, section=theme, rag=rag, update=update))

    T = "Permanence without delay"
    add(T, "Permanence Tracking Panel, chaired by the Head of Service, to review every child who "
        "reaches their second review without a confirmed permanence plan and set the date by which "
        "the plan must be agreed.",
        "Head of Service, Children in Care", "Jun-23", "G",
        "First panel 14 June; 38 children listed, 21 now with confirmed plans.",
        [(1, "j", "h", "effectiveness of permanence planning for children in care")])
    add(T, "Clear the list of 27 children waiting to be formally matched with the foster carers they "
        "have lived with long term, through an extra Fostering Panel sitting each month.",
        "Priya Ramsden, Fostering Service Manager", "Q3 2023/24", "A",
        "11 matches ratified. Extra panel dates set to December.",
        [(1, "j", "h", "children not formally matched with long-term carers (permanence)")])
    add(T, "Review every child on a care order who lives at home or with family or friends; where the "
        "order is no longer needed, apply to discharge it or support the carers to apply for a "
        "special guardianship order with a support plan.",
        "Court Progression Manager", "31/12/2023", "A",
        "44 children reviewed; 9 discharge applications made.",
        [(1, "j", "h", "permanence for children on orders no longer needed")])
    add(T, "Early permanence: fostering for adoption to be considered at the first legal planning "
        "meeting for every baby or young child for whom adoption may be the plan, and the decision "
        "recorded.",
        "Early Permanence Lead", "September 2023", "G",
        "",
        [(1, "j", "h", "permanence planning at the earliest point")])
    add(T, "Matching standard for all placement requests: the child's needs, identity and what has "
        "helped them before set out in the referral, and the Placements Team to record how the "
        "chosen home meets them.",
        "Placements Team Manager", "Jul-23", "G",
        "New request form in use from 3 July.",
        [(1, "j", "m", "matching based on needs as part of permanence (report para 19)")])

    T = "Children living with other families"
    add(T, "'Is someone else looking after your child?' campaign with schools, GP surgeries, faith "
        "settings, language schools and the School Admissions Team, with a short online form for "
        "anyone who knows of an arrangement.",
        "Private Fostering Lead, Safeguarding and Quality", "Autumn term 2023", "A",
        "Materials translated into 6 community languages. Schools briefing 19 September.",
        [(2, "j", "h", "identification of children in private fostering arrangements")])
    add(T, "Front door screening to ask in every contact whether the child lives with someone who is "
        "not a parent or close relative, and to flag a possible private fostering arrangement on the "
        "child's record.",
        "MASH Team Managers", "Immediate", "G",
        "Question added to the contact form 5 June.",
        [(2, "j", "h", "identification of private fostering arrangements")])
    add(T, "A dedicated private fostering social worker in the Children in Need Service to complete "
        "every private fostering assessment and the statutory visits.",
        "Head of Service, Children in Need", "July 2023", "G",
        "Worker in post 10 July.",
        [(2, "j", "h", "response to children in private fostering arrangements")])
    add(T, "Monthly oversight meeting chaired by the Service Manager to check each arrangement's "
        "visits, checks and assessment against timescales, with themes reported in the annual private "
        "fostering report to the Safeguarding Partnership.",
        "Service Manager, Children in Need", "Monthly", "G",
        "",
        [(2, "j", "h", "rigour and management oversight of the response")])

    T = "My story"
    add(T, "Launch 'My Story, My Way': life-story milestones for every child in care - on coming into "
        "care, on starting primary and secondary school, and at 15 before pathway planning begins - "
        "with the work reviewed at each milestone.",
        "Principal Social Worker", "Q2 2023/24", "A",
        "Approach agreed by Practice Improvement Board. Launch event 28 September.",
        [(3, "j", "h", "life-story work at key developmental stages")])
    add(T, "Recruit two life-story practitioners to work alongside social workers and carers, "
        "starting with children in long-term care who have had no life-story work.",
        "Head of Service, Children in Care", "Oct-23", "R",
        "Advert closed with no appointable candidates. Re-advertising.",
        [(3, "j", "h", "provision of life-story work where absent")])
    add(T, "Life-story training through the Practice Academy for all social workers and supervising "
        "social workers in the children in care and fostering teams, and a life-story module in "
        "foster carers' core training.",
        "Practice Academy Manager", "March 2024", "A",
        "Two cohorts trained (34 staff).",
        [(3, "j", "h", "quality of life-story work (staff understanding)")])
    add(T, "IROs to check at every review whether life-story work is in place and right for the "
        "child's age, and record this in the review record.",
        "IRO Service Manager", "From September 2023", "G",
        "",
        [(3, "j", "h", "provision of life-story work checked at reviews")])
    add(T, "Memory box and a later-life letter for every child whose plan is adoption or long-term "
        "fostering.",
        "Life-story practitioners", "Ongoing", "A",
        "",
        [(3, "j", "m", "provision of life-story work")])

    T = "Supervision that moves plans on"
    add(T, "Revised supervision policy built on a reflective model: every case discussion records what "
        "has changed for the child since the last one, whether the plan is working and what happens "
        "next.",
        "Principal Social Worker", "Jul-23", "G",
        "Policy signed off 11 July.",
        [(4, "j", "h", "quality of supervision so plans make a positive impact")])
    add(T, "New supervision template on the case record with a 'plan progress' check against each "
        "outcome in the child's plan, including whether the permanence plan is on track for its "
        "agreed date.",
        "Systems Lead, Children's Services", "September 2023", "A",
        "Template in testing.",
        [(4, "j", "h", "supervision checks that plans are progressing"),
         (1, "j", "m", "permanence plans progressed to their agreed dates")])
    add(T, "Quarterly audit of supervision records in every team, graded on the quality of reflection "
        "and the difference made to children's plans, with results to the Practice Improvement "
        "Board.",
        "Quality Assurance Manager", "Quarterly from Q2 2023/24", "G",
        "",
        [(4, "j", "h", "quality of supervision monitored")])
    add(T, "Supervision skills programme for all team managers and assistant team managers, delivered "
        "through the Practice Academy.",
        "Practice Academy Manager", "December 2023", "A",
        "First cohort (12 managers) complete.",
        [(4, "j", "h", "quality of supervision")])

    T = "Our people and partners"
    add(T, "Present the annual report of Adopt North Circle, our regional adoption agency, to the "
        "Corporate Parenting Committee, covering adopter recruitment and adoption support.",
        "Head of Service, Permanence", "Nov-23", "G", "")
    add(T, "Second cohort of overseas social workers (15 posts) with a relocation package and an "
        "induction buddy.",
        "HR Business Partner", "Q4 2023/24", "A", "9 offers accepted.")
    add(T, "Staff Recognition Week and the annual Thornbury Green practice conference.",
        "Communications and Engagement Team", "October 2023", "G", "")
    add(T, "Move the Children in Care and Leaving Care teams to the Civic Quarter offices.",
        "Facilities Management", "TBC", "R", "Fit-out delayed by contractor.")
    return acts


THORNBURY = {
    "name": "thornbury-green", "ext": "xlsx", "report": "haringey-80498/2023-04-11.pdf",
    "council": "London Borough of Thornbury Green",
    "actions": thornbury_actions, "n_actions": (20, 25),
    "expected": {1: "weak", 2: "covered", 3: "covered", 4: "covered", 5: "uncovered"},
    "unanswered": [5], "passing": [], "partial": [1],
    "orphans": [19, 20, 21, 22], "miscited": [],
    "asks": {1: [("the effectiveness of permanence planning for children in care",
                  [1, 2, 3, 4, 5, 16]),
                 ("the challenge brought by independent reviewing officers", [])],
             2: [("the identification of children in private fostering arrangements", [6, 7]),
                 ("the response to children in private fostering arrangements", [8, 9])],
             3: [("the provision of life-story work at key developmental stages",
                  [10, 11, 13, 14]),
                 ("the quality of life-story work", [10, 12])]},
    "notes": (
        "XLSX tracker, one sheet, header in row 1 (Theme | Action | Owner | Due date | RAG | "
        "Update), no title rows and no recommendation numbers anywhere. 'row' is null; 'section' "
        "is the Theme cell; the Update column is not part of the action text. R5 (frontline "
        "workers' understanding and knowledge of adoption) is the hard unanswered one: orphan 19 "
        "(Adopt North Circle annual report to the Corporate Parenting Committee) shares its "
        "adoption vocabulary, action 4 (fostering for adoption considered at legal planning "
        "meetings, aimed at R1) and action 14 (later-life letters where the plan is adoption, aimed "
        "at R3) mention adoption, and actions 12 and 18 train frontline staff through the Practice "
        "Academy but on life-story work and supervision; nothing is aimed at workers' knowledge of "
        "adoption. R1 is the partly answered one (chosen instead of a passing mention): "
        "permanence planning is answered by actions 1-5 and 16, the challenge brought by IROs is "
        "not (action 13 has IROs checking life-story work at reviews, which is aimed at R3). R2, "
        "R3 and R4 are answered by four or more actions each. Action 16 answers R4 and R1. "
        "Orphans 19-22 are business as usual."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Sowerby Cross — DOCX narrative answering Leicester 2021-11-12 (ILACS, 5 recs).
# Priority headings; actions as numbered-list paragraphs or "Action N:" paragraphs, each followed
# by a lead paragraph and a timescale paragraph. No recommendation numbers.
# ---------------------------------------------------------------------------------------------

SOWERBY_SECTIONS = [
    ("Priority 1: Homes and help for young people aged 16 and over", "list",
     "Most of our children in care are settled where they live, but some young people aged 16 and "
     "17 were living in homes that did not give them the help their assessments said they needed, "
     "and a few were in unregistered provision because there was nowhere else for them to go."),
    ("Priority 2: Records that show our work and our oversight", "label",
     "Most of our records are up to date and of good quality, but for a small number of children "
     "the record does not show clearly what social workers did or how managers made their "
     "decisions."),
    ("Priority 3: Audits that help us learn", "label",
     "We audit a large number of files every month, but the quality of audits varies and we have "
     "not always drawn out what they tell us as an organisation."),
    ("Priority 4: Other service developments", "label",
     "Work already planned for 2021-22 that is reported to the same board."),
]


def sowerby_actions():
    acts = []
    n = [0]

    def add(si, text, lead, date, links=(), lead_label="Lead", date_label="Timescale"):
        n[0] += 1
        head, style, _ = SOWERBY_SECTIONS[si]
        row = f"Action {n[0]}" if style == "label" else None
        acts.append(A(text, lead, date, links, row=row, section=head,
                      lead_label=lead_label, date_label=date_label))

    add(0, "We will carry out a needs analysis of every young person aged 16 and over in our care, "
        "including young people who came to the UK alone seeking asylum, and use it to set the "
        "targets in the Sowerby Cross Placements Sufficiency Plan 2022-25.",
        "Head of Commissioning, Children and Young People", "January 2022",
        [(3, "j", "h", "sufficiency of placements for young people aged 16 and over")])
    add(0, "We will commission a framework of registered supported accommodation in the city for 16 "
        "and 17 year olds, with three levels of support up to 24-hour staffing, so that no young "
        "person has to live in unregistered provision.",
        "Commissioning Manager, Placements", "Q1 2022/23",
        [(3, "j", "h", "sufficiency of placements for 16+")], date_label="By")
    add(0, "We will grow our 'Room to Grow' supported lodgings scheme from 9 to 25 hosts, with a host "
        "recruitment campaign run jointly with the Housing Service.",
        "Supported Lodgings Coordinator", "March 2023",
        [(3, "j", "h", "more placements for young people aged 16 and over")])
    add(0, "The young person's social worker and the provider's key worker will review the support "
        "package of every young person in semi-independent accommodation against their assessed "
        "needs within six weeks, and every quarter after that.",
        "Team Managers, Children in Care", "Immediate, then quarterly",
        [(3, "j", "h", "support provided to young people aged 16 and over meets assessed needs")],
        lead_label="Responsible")
    add(0, "We will commission specialist help for young people seeking asylum who live in "
        "semi-independent homes, including a key worker who speaks their first language and help to "
        "register with a GP and enrol at college.",
        "Refugee Action Sowerby (commissioned partner)", "April 2022",
        [(3, "j", "h", "support for 16+ including asylum-seeking young people")])
    add(0, "Any placement of a 16 or 17 year old outside registered provision will need the approval "
        "of a Head of Service and will be reviewed weekly by the Director of Children's Social Care "
        "for as long as it lasts.",
        "Director of Children's Social Care", "Immediate",
        [(3, "j", "h", "oversight of the sufficiency gap for 16+ (unregistered provision)")])

    add(1, "Publish the Sowerby Cross Recording Standards: what must be recorded after every visit, "
        "meeting and management discussion, and by when, written so that the child could read it "
        "later in life.",
        "Principal Social Worker", "February 2022",
        [(4, "j", "h", "consistent recording of social work involvement")], date_label="By")
    add(1, "Managers will record a dated 'Manager's Direction' case note at every key decision point - "
        "allocation, strategy discussion, conference, end of assessment and closure - setting out "
        "the decision, the reasons for it and what must happen next.",
        "Service Managers, Help and Protection and Children in Care", "December 2021",
        [(4, "j", "h", "consistent recording of management oversight")])
    add(1, "Team managers will check in monthly supervision that visits and direct work have been "
        "written up within five working days, using the overdue recording report from the case "
        "management system.",
        "Team Managers (all case-holding teams)", "Ongoing",
        [(4, "j", "h", "consistency of recording of social work involvement")],
        lead_label="Responsible")
    add(1, "Recording masterclasses for practitioners and first-line managers, including an 'Every Word "
        "Counts' session led by our Care Experienced Advisers on how records read to the people they "
        "are about.",
        "Workforce Development Team and Care Experienced Advisers", "Q4 2021/22",
        [(4, "j", "h", "quality and consistency of recording")])
    add(1, "Add a management oversight step to the case management system so that assessments, plans "
        "and case closures cannot be completed without a recorded manager's decision.",
        "Dominic Farrant, Systems Development Manager", "31/05/2022",
        [(4, "j", "h", "management oversight consistently recorded")], date_label="By")

    add(2, "Replace the current audit tool with a single moderated audit completed by the auditor with "
        "the practitioner; a second manager moderates one audit in five and grades are agreed at a "
        "monthly moderation panel.",
        "Head of Quality Assurance", "March 2022",
        [(5, "j", "h", "consistency of case file auditing")])
    add(2, "Move to a single monthly audit cycle with one theme each month, each service area - from "
        "Duty and Advice through to the Designated Officer service and the Leaving Care Team - "
        "auditing a set number of files.",
        "Quality Assurance Manager", "From January 2022",
        [(5, "j", "h", "consistency of case file auditing")])
    add(2, "A quarterly 'What Our Audits Tell Us' report drawing together the themes from audits, deep "
        "dives, complaints and practice reviews, agreed at the Quality and Performance Board, with a "
        "named manager responsible for each learning point.",
        "Head of Quality Assurance", "Quarterly from Q4 2021/22",
        [(5, "j", "h", "identification of learning for the organisation")], lead_label="Responsible")
    add(2, "Share what we learn through monthly seven-minute briefings and a practice week each spring, "
        "and re-audit the same theme three months later to see whether practice has changed.",
        "Principal Social Worker", "Ongoing",
        [(5, "j", "h", "learning for the organisation acted on")])
    add(2, "Audit training and annual refresher sessions for all team managers and service managers, "
        "so that audits are graded the same way against our practice model.",
        "Workforce Development Team", "February 2022",
        [(5, "j", "h", "consistency of auditing")])
    add(2, "Every audit to include a standing question on the quality of recording and management "
        "oversight on the file, with the results reported to the Quality and Performance Board each "
        "quarter.",
        "Quality Assurance Manager", "January 2022",
        [(5, "j", "m", "audit programme content and reporting"),
         (4, "j", "h", "checks the consistency of recording and management oversight")],
        date_label="By")

    add(3, "Appoint a new independent chair for the Fostering Panel and bring in a support and "
        "appraisal programme for panel members.",
        "Fostering Service Manager", "March 2022")
    add(3, "Hold the annual 'Proud of You' awards for staff, foster carers and partners.",
        "Communications Team", "November 2021")
    add(3, "Bring all children's social care teams back to the refurbished Kingsway House under the "
        "council's hybrid working arrangements.",
        "Head of Business Support", "TBC", lead_label="Responsible")
    add(3, "Renew the out-of-hours Emergency Duty Team agreement with the neighbouring county council.",
        "Head of Service, Help and Protection", "31/03/2022", date_label="By")
    return acts


SOWERBY = {
    "name": "sowerby-cross", "ext": "docx", "report": "leicester-80482/2021-11-12.pdf",
    "council": "Sowerby Cross City Council",
    "actions": sowerby_actions, "n_actions": (20, 25),
    "expected": {1: "uncovered", 2: "weak", 3: "covered", 4: "covered", 5: "covered"},
    "unanswered": [1], "passing": [2], "partial": [],
    "orphans": [18, 19, 20, 21], "miscited": [],
    "asks": {3: [("sufficiency of placements for children and young people aged 16 and over",
                  [1, 2, 3, 6]),
                 ("support provided for children and young people aged 16 and over", [4, 5])],
             4: [("consistency of the recording of social work involvement", [7, 9, 10, 17]),
                 ("consistency of the recording of management oversight", [8, 11, 17])],
             5: [("consistency of case file auditing", [12, 13, 16]),
                 ("identification of learning for the organisation", [14, 15])]},
    "notes": (
        "DOCX narrative: title, two introductory paragraphs, then one Heading 1 per priority with an "
        "italic context paragraph (not an action). Priority 1's actions are Word numbered-list "
        "paragraphs (List Number, shown 1-6; 'row' null); the others start 'Action N:' (7-21, "
        "'row' is 'Action N'). Each action is followed by a lead paragraph ('Lead:' or "
        "'Responsible:') and a date paragraph ('Timescale:' or 'By:'). Priority and action numbers "
        "are not recommendation numbers; no recommendation is cited anywhere, so explicit_refs are "
        "empty. 'section' is the heading. The closing 'Governance and monitoring' section is not "
        "actions. R1 (coordination of private fostering support) is the hard unanswered one: orphan "
        "18 (Fostering Panel chair, support and appraisal programme for panel members) shares its "
        "fostering and support vocabulary, and action 3 (supported lodgings hosts) is aimed at R3. "
        "R2 (designated officer arrangements) is mentioned only in passing in action 13, aimed at "
        "R5 ('from Duty and Advice through to the Designated Officer service ... auditing a set "
        "number of files'). R3, R4 and R5 are answered by five or more actions each; action 17 "
        "answers R5 and R4. Orphans 18-21 are business as usual."),
}

PLANS = [AVONLEIGH, THORNBURY, SOWERBY]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def write_avonleigh(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    doc.add_heading("Avonleigh County Council", level=0)
    doc.add_heading("Children and Families: Post-Inspection Action Plan 2017-2018", level=1)
    doc.add_paragraph(
        "This plan sets out our response to the Ofsted inspection of services for children in need "
        "of help and protection, children looked after and care leavers, and the review of the "
        "Local Safeguarding Children Board, carried out in May 2017 (report published July 2017). "
        "The Avonleigh Safeguarding Children Board is responding to the four recommendations made "
        "to the Board in its own business plan. The 'Ofsted Rec' column gives the recommendation "
        "number where the action team has recorded it.")
    doc.add_paragraph(
        "Plan owner: Director of Children's Services. Progress is reported to the Children's "
        "Transformation Board every month and to the Children and Young People Overview and "
        "Scrutiny Committee each quarter. Version 1.3, October 2017.")
    cols = ["No.", "Ofsted Rec", "Key actions", "Lead officer", "Completion date", "Progress"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    for a in acts:
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["row"], a["objective"] or "", a["text"], a["lead"],
                                      a["date"], a["extra"]["progress"]]):
            cell.text = text
    widths = [Cm(1.0), Cm(1.8), Cm(11.5), Cm(4.5), Cm(3.0), Cm(5.0)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    docx_props(doc, "Avonleigh Children and Families", "Post-Inspection Action Plan 2017-2018")
    doc.save(path)
    normalise_zip(path)


def write_thornbury(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "ILACS action plan"
    ws.append(["Theme", "Action", "Owner", "Due date", "RAG", "Update"])
    for a in acts:
        ws.append([a["section"], a["text"], a["lead"], a["date"], a["extra"]["rag"],
                   a["extra"]["update"] or None])
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    fills = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
    for r in range(2, 2 + len(acts)):
        for col in "ABCDEF":
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        rag = ws[f"E{r}"].value
        if rag in fills:
            ws[f"E{r}"].fill = PatternFill("solid", fgColor=fills[rag])
    for col, w in zip("ABCDEF", (22, 72, 30, 16, 6, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:F{1 + len(acts)}"
    p = wb.properties
    p.creator = "Thornbury Green Children's Services Performance Team"
    p.lastModifiedBy = "Thornbury Green Children's Services Performance Team"
    p.title = "ILACS action plan 2023-24"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


def write_sowerby(plan, acts, path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_heading("Sowerby Cross City Council", level=0)
    doc.add_paragraph("Children's Social Care Improvement Plan 2021-2023").runs[0].bold = True
    doc.add_paragraph(
        "Ofsted inspected our children's services between September and October 2021 and judged "
        "them good overall. Inspectors recognised the strength of our direct work, our early help "
        "and our support for care leavers, and pointed to a small number of areas where practice "
        "is not yet as consistent as we want it to be.")
    doc.add_paragraph(
        "This plan sets out what we will do, who is leading each piece of work and when it will be "
        "done. It is organised under four priorities. It is a working document and will be updated "
        "as actions are completed.")
    current = None
    for a in acts:
        if a["section"] != current:
            current = a["section"]
            head, style, intro = next(s for s in SOWERBY_SECTIONS if s[0] == current)
            doc.add_heading(current, level=1)
            doc.add_paragraph(intro).runs[0].italic = True
        if a["row"]:
            doc.add_paragraph(f"{a['row']}: {a['text']}")
        else:
            doc.add_paragraph(a["text"], style="List Number")
        doc.add_paragraph(f"{a['extra']['lead_label']}: {a['lead']}")
        p = doc.add_paragraph(f"{a['extra']['date_label']}: {a['date']}")
        p.paragraph_format.space_after = Pt(12)
    doc.add_heading("Governance and monitoring", level=1)
    doc.add_paragraph(
        "The Children's Improvement Board, chaired by the Strategic Director of Social Care and "
        "Education, will receive a progress report on this plan every two months, with a RAG rating "
        "for each action and the evidence behind it. The Lead Member for Children, Young People and "
        "Schools attends the board.")
    doc.add_paragraph(
        "Performance against the plan will also be reported to the Corporate Parenting Delivery "
        "Group and to the Children, Young People and Education Scrutiny Commission twice a year. "
        "Young people from our Care Experienced Advisers group will be invited to review progress "
        "with the Director of Children's Social Care each spring.")
    docx_props(doc, "Sowerby Cross Children's Social Care",
                "Children's Social Care Improvement Plan 2021-2023")
    doc.save(path)
    normalise_zip(path)


WRITERS = {"avonleigh": write_avonleigh, "thornbury-green": write_thornbury,
           "sowerby-cross": write_sowerby}


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def check_design(gold, plan):
    """This set's own design rules, on top of _coverage_sets.check (which main runs first)."""
    name = gold["plan"]
    recs = {r["id"] for r in gold["recommendations"]}
    assert len(recs) == len(plan["expected"]), (name, "recommendation count")
    acts = {a["id"]: a for a in gold["actions"]}
    lo, hi = plan["n_actions"]
    assert lo <= len(acts) <= hi, (name, len(acts))
    linked = {}
    for l in gold["links"]:
        linked.setdefault(l["rec"], set()).add(l["action"])
    d = gold["design"]
    assert set(d["unanswered"]) == {r for r, s in gold["expected"].items() if s == "uncovered"}
    for o in d["orphans"]:
        assert not acts[o]["explicit_refs"], (name, o)
    # every action with a citation either has the explicit link or is listed as mis-cited
    for aid_, a in acts.items():
        for n in a["explicit_refs"]:
            has = any(l["action"] == aid_ and l["rec"] == f"R{n}" and l["source"] == "explicit"
                      for l in gold["links"])
            assert has or aid_ in d["miscited"], (name, aid_, n)
    # the designed shape of each plan
    multi = [r for r, s in gold["expected"].items() if s == "covered" and len(linked[r]) >= 2]
    assert len(multi) >= 2, (name, "several recommendations answered by two or more actions")
    if len(recs) > 5:       # plan 1: the full design
        assert len(d["unanswered"]) == 2 and len(d["passing"]) == 1 and len(d["partial"]) == 1
        assert 4 <= len(d["orphans"]) <= 5 and len(d["miscited"]) >= 2, name
        cited = sum(bool(a["explicit_refs"]) for a in acts.values())
        assert 0.4 <= cited / len(acts) <= 0.6, (name, cited)
    else:                   # plans 2-3: five recommendations
        assert len(d["unanswered"]) == 1 and len(d["passing"]) + len(d["partial"]) == 1, name
        assert len(d["orphans"]) == 4 and not d["miscited"], name
        assert not any(a["explicit_refs"] for a in acts.values()), name
    return True


if __name__ == "__main__":
    main(sys.argv[1:], SET, PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(20, 40))
