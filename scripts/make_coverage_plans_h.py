"""Write the sealed coverage evaluation set "h": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_h.py            # writes documents and gold
    python scripts/make_coverage_plans_h.py --check    # only runs the consistency checks

Documents: corpus/coverage/h/<name>.<ext>      Gold: corpus/gold/coverage/h/<name>.json

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes, never by reading the
generated documents back, and no extractor code is imported or run. Recommendation texts are
copied from the hand-checked report gold in corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the row cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    cite=7                         the action text ends with "(Rec 7)" (Saltburn Moor only);
                                   the cited number goes to explicit_refs
    mis=True                       the row cites a number its action does not answer (mis-cited);
                                   its citation is not a link, its true link is judged
    key="x"                        a name for the action, used in design notes and asks
Actions with no links are orphans (see each plan's design); an action carrying a passing
mention of another recommendation is linked only to the recommendation it is aimed at.

Output is deterministic: DOCX core properties are fixed and every zip member is written with a
fixed timestamp, so re-running gives byte-identical files.
"""

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import docx_props, main, normalise_zip, report_recs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SET = "h"
ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")


def A(text, lead, date, links=(), cite=None, mis=False, key=None, row=None, section=None,
      objective=None, **extra):
    refs = []
    if cite is not None:
        text = f"{text} (Rec {cite})"
        refs = [cite]
    return {"text": text, "lead": lead, "date": date, "links": list(links), "refs": refs,
            "mis": mis, "key": key, "row": row, "section": section, "objective": objective,
            "extra": extra}


# ---------------------------------------------------------------------------------------------
# Plan 1: Pennine Edge — Markdown answering Sheffield 2014-02-21 (SIF, 13 LA recs, numbered
# 19-31). "### Priority n" headings, a short paragraph quoting words of the recommendation(s)
# the priority answers (no numbers), then one bullet per action with "(Lead: ...; by ...)".
# ---------------------------------------------------------------------------------------------

PENNINE_PRIORITIES = [
    ("Priority 1: Getting the record right",
     "Inspectors asked us to make sure that our work to improve \"the quality of recording of "
     "management oversight, casework, child protection plans and care plans\" is carried through "
     "and checked regularly, and that a child's file shows \"the purpose and effectiveness of "
     "direct work with children and families\". Good records are how children will one day "
     "understand their own story."),
    ("Priority 2: Reviewing officers who make a difference",
     "Our Independent Reviewing Officers and conference chairs are the child's safeguard against "
     "drift. Ofsted want them to provide \"sufficient challenge to improve plans\", and so do we."),
    ("Priority 3: Care plans that say what matters",
     "Every child in our care should have a care plan in which \"the needs and priorities for "
     "their future care are clear\", to the child, their carers and everyone working with them."),
    ("Priority 4: Emotional wellbeing for children in our care",
     "Too many children in care waited for help with their emotional health. Our aim is that "
     "\"no child waits unnecessarily for this support\" and that help does not stop at a birthday "
     "or a move."),
    ("Priority 5: Permanence without delay",
     "We will make sure that \"permanent alternatives are sought early\" for every child in care "
     "and, for children waiting for adoption, that we act quickly \"if adoption at any point "
     "cannot be achieved\"."),
    ("Priority 6: More adoptive families for Pennine Edge children",
     "We need more adopters who \"reflect the needs and diversity of local children waiting to be "
     "adopted\", particularly for older children, brothers and sisters, and children of mixed "
     "heritage."),
    ("Priority 7: Learning and achieving",
     "The Virtual School will lead our work to \"improve the educational achievement of looked "
     "after children\", starting with the children who need the most help."),
    ("Priority 8: Ready for adult life",
     "Pathway plans must set out \"clear objectives for their futures\" that young people have "
     "chosen themselves, and the help they will get to reach them."),
    ("Priority 9: Our workforce and running the service",
     "Alongside the inspection response, the Firm Foundations programme includes the following "
     "service priorities for 2014-15."),
]


def pennine_actions():
    acts = []

    def add(pi, text, lead, date, links=(), key=None, wrap=False):
        acts.append(A(text, lead, date, links, key=key, section=PENNINE_PRIORITIES[pi][0],
                      wrap=wrap))

    add(0, "Launch 'Write it for the Child', our case recording standard: every case note to open "
        "with why the contact happened and close with what it achieved and what happens next, "
        "and visits to children in care to be written up within three working days, saying "
        "whether the child was seen on their own and what they told us.",
        "Principal Social Worker", "April 2014",
        [(22, "j", "h", "purpose and effect of direct work recorded; records of visits to "
          "looked after children")], key="write", wrap=True)
    add(0, "Team managers to enter a dated 'manager's decision' on the case system at allocation, "
        "after each supervision discussion about the child and at closure, giving the reasons "
        "for the decision.",
        "Heads of Service, Fieldwork", "31/03/2014",
        [(19, "j", "h", "recording of management oversight")])
    add(0, "Recording Improvement Group, chaired by the Assistant Director, to check progress on "
        "the recording strategy every six weeks against compliance data and audit findings, "
        "reporting to the Firm Foundations Board.",
        "Assistant Director, Children and Families", "every six weeks from March 2014",
        [(19, "j", "h", "recording strategies implemented with regular review")], wrap=True)
    add(0, "Monthly dip-sample of 40 case files by the Quality and Performance Team, scoring "
        "supervision notes, case notes, child protection plans and care plans against the "
        "standard, with each social worker receiving their result within ten working days.",
        "Quality and Performance Team", "Monthly",
        [(19, "j", "h", "review of recording of oversight, casework and plans"),
         (22, "j", "m", "quality of written records")], key="dipsample")
    add(0, "Direct work toolkit and a new 'Time with me' recording form: what the session was "
        "for, which tool was used (three houses, wishes and feelings cards, life maps) and what "
        "changed for the child, with the child's own words or drawings scanned to their file.",
        "Practice Development Team", "Q1 2014/15",
        [(22, "j", "h", "purpose and effectiveness of direct work clear in records")],
        key="directwork", wrap=True)
    add(0, "Clear the backlog of handwritten visit notes for children in care waiting to be typed "
        "up, and give social workers in the Looked After Children teams tablets with dictation "
        "software.",
        "Business Support Manager, Children's Services", "June 2014",
        [(22, "j", "m", "records of social work visits to looked after children")], key="visits")

    add(1, "Recruit three more reviewing officers so that no IRO or Child Protection Coordinator "
        "holds more than 70 children.",
        "Safeguarding and Reviewing Service Manager", "July 2014",
        [(21, "j", "h", "capacity for IROs and CP coordinators to operate effectively")])
    add(1, "New Escalation and Resolution Protocol: IROs and Child Protection Coordinators to "
        "raise a concern with the team manager within five working days of a review or "
        "conference and with the Head of Service after ten, every escalation logged on the "
        "challenge tracker.",
        "Gwen Ashworth, Head of Safeguarding and Quality", "May 2014",
        [(21, "j", "h", "challenge to improve plans")], wrap=True)
    add(1, "Mid-point check by the IRO or Coordinator on every child between meetings, and a "
        "quarterly report on the themes of challenge to the Corporate Parenting Board and the "
        "Firm Foundations Board.",
        "IRO Team Managers", "Ongoing",
        [(21, "j", "h", "avoiding drift between reviews; challenge reported")])

    add(2, "Replace the care plan with 'My Care Plan', which opens with a one-page summary, "
        "written to the child, of what matters most for them now and in the longer term, who "
        "will do what, and by when.",
        "Principal Social Worker", "June 2014",
        [(24, "j", "h", "care plans make needs and priorities clear")], key="mycareplan")
    add(2, "Team managers to sign off the care plan before every looked after review, and IROs to "
        "send back any plan that does not say where the child will grow up and what they need "
        "to get there.",
        "Service Manager, Children in Care", "Ongoing",
        [(24, "j", "h", "care plans clear about future care"),
         (21, "j", "m", "IROs challenging plans")], key="signoff")

    add(3, "Commission 'Hearthstone', a dedicated emotional health service for children in care, "
        "jointly with the CCG from the Children and Young People's Mental Health Service, with "
        "a four-week target from referral to first appointment.",
        "Joint Commissioning Manager, Council and CCG", "October 2014",
        [(23, "j", "h", "mental health services for looked after children without waits")],
        key="hearth", wrap=True)
    add(3, "Strengths and Difficulties Questionnaire on entry to care and every year after, with "
        "high scores referred to Hearthstone the same week; the Looked After Children Nurse "
        "tracks every referral until the child is seen.",
        "Designated Nurse, Looked After Children", "Q2 2014/15",
        [(23, "j", "h", "no unnecessary wait for mental health support")])
    add(3, "Joint transition plan with adult mental health services, agreed six months before "
        "the 18th birthday, for every young person in care who is still receiving help from "
        "Hearthstone.",
        "Hearthstone Clinical Lead and Leaving Care Service Manager", "30/09/2014",
        [(23, "j", "h", "support continues for as long as it is needed")])

    add(4, "Permanence planning meeting for every child by their second looked after review, with "
        "the permanence plan recorded and a parallel plan for every child under five.",
        "Head of Service, Children in Care", "July 2014",
        [(25, "j", "h", "permanent alternatives sought early")], key="ppm")
    add(4, "Fortnightly Legal Gateway Meeting with Legal Services to decide on pre-proceedings or "
        "issue, and a tracker of every family in pre-proceedings so that no case goes beyond "
        "12 weeks without a decision.",
        "Court Progression Manager", "Immediate",
        [(25, "j", "h", "legal action taken at an early stage to avoid delay")], key="gateway")
    add(4, "Monthly Permanence Tracking Panel, chaired by the Head of Service, to review every "
        "child with a placement order who has not been matched within six months and agree "
        "either a wider search (national linking, Adoption Activity Days) or a change of plan "
        "to long-term fostering or special guardianship.",
        "Head of Service, Children in Care", "Monthly from April 2014",
        [(30, "j", "h", "plans of children waiting for adoption reviewed; other permanent "
          "alternatives considered"),
         (25, "j", "m", "permanence without delay")], key="tracking", wrap=True)
    add(4, "Family finding social worker to attend the looked after review of every child with an "
        "adoption plan, report what has been done since the last review and agree next steps "
        "with the IRO.",
        "Adoption Team Manager", "April 2014",
        [(30, "j", "h", "plans of children waiting for adoption reviewed and implemented")],
        key="familyfinding")

    add(5, "'Room at Our Table' adopter recruitment campaign aimed at Black, Asian, Roma and "
        "mixed-heritage families and at people who could adopt brothers and sisters or older "
        "children, with community ambassadors from local faith groups.",
        "Adoption Recruitment Officer", "Q3 2014/15",
        [(29, "j", "h", "adopters reflecting local children's needs and diversity")], key="room")
    add(5, "Move to the two-stage adopter assessment, approving adopters within six months, and "
        "offer a fast track to approved foster carers who want to adopt.",
        "Adoption Service Manager", "30/06/2014",
        [(29, "j", "h", "sufficient local adopters")], key="twostage")
    add(5, "Quarterly profile of children waiting for adoption (age, ethnicity, disability, "
        "sibling groups) set against approved adopters, so that recruitment is targeted where "
        "the gaps are.",
        "Performance Analyst, Children's Services", "Quarterly",
        [(29, "j", "h", "adopters matching the needs and diversity of waiting children")],
        key="profile")

    add(6, "Virtual School to hold back part of the pupil premium for children in care and "
        "allocate it with SENCOs to children in care with a statement or at School Action Plus, "
        "for example for one-to-one tuition or speech and language support.",
        "Marcus Fellowes, Virtual Headteacher", "September 2014",
        [(27, "j", "h", "pupil premium targeted at looked after children with SEN")],
        key="premium", wrap=True)
    add(6, "Electronic PEP with termly targets, checked by the Virtual School within ten school "
        "days of the meeting; a 'Learning Alert' meeting within five school days whenever a "
        "child falls behind their targets or is without a school place.",
        "Virtual School Deputy Head", "September 2014",
        [(27, "j", "h", "progress against PEP targets monitored; immediate action")], key="pep")

    add(7, "Relaunch the pathway plan as 'My Next Steps', written with the Care Leavers' Forum, "
        "with a section each for learning and work, a home, money, health and feelings, and "
        "friends and family, and goals the young person has chosen in each.",
        "Leaving Care Service Manager", "September 2014",
        [(31, "j", "h", "clear objectives in pathway plans: education, training, employment, "
          "housing, emotional and social needs")], key="nextsteps")
    add(7, "Personal advisers to go through My Next Steps with the young person every six months "
        "and before any move, agreeing who will help with each goal; every young person keeps "
        "a copy along with a 'Know your rights' card explaining how to get an advocate or make "
        "a complaint.",
        "Personal Adviser Team Leader", "Ongoing",
        [(31, "j", "h", "pathway plan objectives reviewed and support agreed")],
        key="passing", wrap=True)
    add(7, "Fortnightly drop-in at The Landing, our leaving care base, with a Hearthstone "
        "practitioner, and a peer mentoring scheme run with Northway Youth Trust for young "
        "people living on their own.",
        "Leaving Care Service Manager and Northway Youth Trust", "November 2014",
        [(31, "j", "m", "support to meet care leavers' emotional and social needs")],
        key="landing")
    add(7, "Joint housing pathway with Pennine Edge Homes, including ten supported lodgings "
        "places, so that every young person has a housing option agreed by the age of 17 and "
        "a half.",
        "Head of Housing Options and Leaving Care Service Manager", "Q4 2014/15",
        [(31, "j", "h", "housing objectives in pathway plans")], key="housing")

    add(8, "Bring sickness absence in children's social care down to eight days per employee: "
        "managers to apply the council's Attendance Management Policy and hold return-to-work "
        "interviews within three days, with senior leaders reviewing every long-term absence "
        "monthly until the rate falls.",
        "HR Business Partner, Children's Services", "March 2015", key="sickness", wrap=True)
    add(8, "Take 15 newly qualified social workers into the 'First Steps' assessed and supported "
        "year, with protected caseloads.",
        "Workforce Development Manager", "September 2014", key="firststeps")
    add(8, "Hold the first Pennine Edge Children's Services staff conference.",
        "Communications Team", "TBC", key="conference")
    add(8, "Move the Looked After Children teams from Carver Street to the refurbished Moor Lane "
        "offices.",
        "Property Services", "Complete", key="move")
    add(8, "Publish the annual Local Offer for families of disabled children.",
        "Head of Service, Inclusion", "01/09/2014", key="localoffer")
    return acts


PENNINE = {
    "name": "pennine-edge", "ext": "md", "report": "sheffield-80551/2014-02-21.pdf",
    "council": "Pennine Edge City Council",
    "actions": pennine_actions,
    "min_actions": 28, "max_actions": 35, "n_unanswered": 2, "n_passing": 1, "n_partial": 1,
    "orphans_range": (4, 5),
    "expected": {19: "covered", 20: "uncovered", 21: "covered", 22: "covered", 23: "covered",
                 24: "covered", 25: "covered", 26: "uncovered", 27: "weak", 28: "weak",
                 29: "covered", 30: "covered", 31: "covered"},
    "unanswered": [20, 26], "passing": [28], "partial": [27],
    "orphans": ["sickness", "firststeps", "conference", "move", "localoffer"], "miscited": [],
    "asks": {27: [("targeting the pupil premium at looked after children with special educational "
                   "needs", ["premium"]),
                  ("monitoring pupil progress against clear targets in personal education plans "
                   "and taking immediate action where children's learning is compromised",
                   ["pep"]),
                  ("working with education providers to reduce fixed-term exclusions", [])],
             22: [("written records make clear the purpose and effectiveness of direct work with "
                   "children and families", ["write", "directwork"]),
                  ("records of social work visits to looked after children", ["write", "visits"])],
             25: [("permanent alternatives sought early for all looked after children",
                   ["ppm", "tracking"]),
                  ("legal action taken at an early stage to avoid delay", ["gateway"])],
             31: [("clear objectives for education, training and employment",
                   ["nextsteps"]),
                  ("clear objectives for housing", ["nextsteps", "housing"]),
                  ("provision of support to meet their emotional and social needs",
                   ["nextsteps", "landing"])]},
    "notes": (
        "Markdown as a council or converter writes it: '#' title, an introduction, then one "
        "'### Priority n: <title>' heading per priority, each followed by a short paragraph that "
        "quotes some words of the recommendation(s) the priority answers (in quotation marks, "
        "never a number), then one '- ' bullet per action ending '(Lead: <lead>; by <date>)' "
        "('by' is omitted when the date is a status or a frequency such as Immediate, Ongoing, "
        "Monthly, Complete or TBC; 'date_raw' never includes 'by'); {nwrap} bullets are "
        "wrapped onto a second line indented by two spaces. 'row' and 'objective' are null; "
        "'section' is the heading text; the quoting paragraph is context, not an action. No "
        "recommendation numbers anywhere. Only the 13 local-authority "
        "recommendations (19-31) count (LSCB 104-105 out of scope). Priority 1 quotes R19 and "
        "R22, priority 5 quotes R25 and R30; no paragraph quotes R20, R26 or R28. R20 (strategy "
        "discussions with statutory partners, and their records) is simply absent. R26 "
        "(persistent absence from school overseen by senior leaders until it reduces) is the "
        "hard unanswered one: orphan action {sickness} (staff sickness absence, managed under "
        "the attendance policy with 'senior leaders reviewing every long-term absence monthly "
        "until the rate falls') shares its vocabulary but is about staff, not children's school "
        "attendance; action {pep} (Learning Alert when a child is 'without a school place', aimed "
        "at R27) is not aimed at absence either. R28 (collating complaints and feedback and acting "
        "on them) is touched only in passing in action {passing}, aimed at R31: young people get "
        "a card 'explaining how to get an advocate or make a complaint'. R27 has three asks; "
        "pupil premium for children with SEN (action {premium}) and PEP targets with immediate "
        "action (action {pep}) are answered, fixed-term exclusions are not. Orphans: actions "
        "{sickness}-{localoffer} under Priority 9. Action {dipsample} answers R19 and R22; action "
        "{signoff} answers R24 and R21 (IROs sending back plans); action {tracking} answers R30 "
        "and R25. Action {landing} (Hearthstone drop-in for care leavers) is aimed at R31's "
        "emotional support, not at R23 (looked after children)."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Chiltern Ridge — DOCX Word table answering Luton 2022-09-05 (ILACS, 5 recs).
# First column: the council's own short paraphrase of the area, on the first row of each group
# only; no numbers.
# ---------------------------------------------------------------------------------------------

def chiltern_actions():
    acts = []
    group = [None]

    def grp(label):
        group[0] = label
        return label

    def add(text, who, when, how, links=(), key=None, first=False):
        acts.append(A(text, who, when, links, key=key, section=group[0],
                      objective=group[0] if first else None, how=how))

    grp("Managers giving clear direction on every child's case")
    add("Introduce the Case Direction Record: at each one-to-one the manager writes, for every "
        "child discussed, what has changed, what must happen next, by whom and by when; the "
        "record is on the child's file within two working days.",
        "Rosalind Petch, Principal Social Worker", "November 2022",
        "Monthly audit: 80% of records graded good or better by March 2023",
        [(1, "j", "h", "quality and impact of supervision")], key="cdr", first=True)
    add("Every team manager and deputy team manager to complete 'Leading Practice', a four-session "
        "programme on reflective case discussion run by the Ridge Practice Academy.",
        "Ridge Practice Academy", "Q4 2022/23",
        "Attendance; staff survey question on the usefulness of supervision",
        [(1, "j", "h", "quality of supervision")], key="leading")
    add("Heads of Service to sit in on one session per team manager each quarter and give "
        "written feedback on the direction given.",
        "Heads of Service", "Quarterly",
        "Observation records; themes reported to the Practice Quality Board",
        [(1, "j", "h", "quality of supervision and management oversight")], key="observe")
    add("Deputy team manager to set the direction and a target date for every new assessment "
        "within 48 hours of allocation, and review progress with the social worker at day ten.",
        "Deputy Team Managers, Family Safeguarding", "Immediate",
        "Assessments completed within the target date set (weekly dashboard)",
        [(1, "j", "h", "management oversight in the period after allocation"),
         (3, "j", "m", "assessments completed at the pace the child needs")], key="dtm")
    add("Monthly 'stuck list' clinic: Service Managers review five children per team whose plans "
        "have stalled, taken from the performance dashboard, and agree next steps with the team "
        "manager.",
        "Service Managers", "Monthly from December 2022",
        "Children on the stuck list moving on within two months",
        [(1, "j", "h", "management oversight driving progress for children")], key="stuck")

    grp("Keeping our social workers with us")
    add("Offer permanent contracts to agency social workers, with a 'stay with us' payment after "
        "12 months in post.",
        "Aisha Brannigan, Head of Workforce", "31/03/2023",
        "Agency rate below 15% (from 27%)",
        [(2, "j", "h", "stability of the workforce: reducing agency staff")], key="agency",
        first=True)
    add("Grow our own: 20 assessed and supported year places each year and eight social work "
        "degree apprenticeships for family support workers already employed by the council.",
        "Ridge Practice Academy", "September 2023",
        "ASYE cohort size; apprentices enrolled",
        [(2, "j", "h", "stable workforce through growing our own staff")], key="grow")
    add("New career pathway from newly qualified to advanced practitioner, with pay progression "
        "linked to experience rather than promotion into management.",
        "Aisha Brannigan, Head of Workforce", "Q1 2023/24",
        "Turnover of social workers with two to five years' experience",
        [(2, "j", "h", "retention of social workers")], key="pathway")
    add("Exit interview with the Principal Social Worker for every social worker who leaves, and "
        "a quarterly analysis of the reasons to the Workforce Board.",
        "Rosalind Petch, Principal Social Worker", "Ongoing",
        "Quarterly leavers report",
        [(2, "j", "h", "understanding and reducing turnover")], key="exit")
    add("Keep caseloads in the Family Safeguarding teams to 18 children or fewer, with a weekly "
        "caseload report to the Director.",
        "Director of Children's Services", "Q4 2022/23",
        "Average caseload (weekly)",
        [(2, "j", "m", "workloads that keep staff (report links caseloads to retention)")],
        key="caseload")
    add("When a child's social worker changes, the old and new worker visit together where "
        "possible and the child gets a letter explaining who their new worker is and why.",
        "Team Managers", "January 2023",
        "Children's feedback; joint handover visits recorded",
        [(2, "j", "m", "reducing the impact of changes of worker on children")], key="handover")

    grp("Understanding each child's history and daily life")
    add("New assessment template with a 'Family story' section on the child's history and an "
        "analysis section that weighs risks against strengths and says what daily life is like "
        "for the child.",
        "Rosalind Petch, Principal Social Worker", "February 2023",
        "Audit grades for analysis",
        [(3, "j", "h", "quality and analysis of assessments")], key="template", first=True)
    add("Workshops on chronologies and analytical writing for all social workers during each "
        "Practice Week.",
        "Ridge Practice Academy", "Complete",
        "Attendance; audit grades",
        [(3, "j", "h", "quality of analysis in assessments")], key="workshops")
    add("Early Support Hub practitioners to use the same history and analysis sections in early "
        "help assessments, signed off by their manager.",
        "Kofi Ashdown, Early Support Hub Manager", "April 2023",
        "Early help assessment audit",
        [(3, "j", "h", "rigorous assessment of needs in early help")], key="early")
    add("Quarterly themed audit of 30 assessments, graded, with feedback to the social worker "
        "and team manager and findings to the Practice Quality Board.",
        "Quality Assurance Team", "Q3 2022/23 onwards",
        "Share of assessments graded good or better",
        [(3, "j", "h", "checking the quality of assessments")], key="audit")

    grp("Young people shaping their own route out of care")
    add("Rewrite the pathway plan with Ridge Voices, our care-experienced group, so that it is "
        "written to the young person in the first person, with their own goals for a home, "
        "money, learning or work, health and relationships.",
        "Imogen Tallis, Leaving Care Service Manager", "March 2023",
        "Care leavers' survey: 'my plan is about me'",
        [(5, "j", "h", "pathway plans for care leavers")], key="rewrite", first=True)
    add("Leaving Care Team Manager to sign off every pathway plan against a quality checklist "
        "before it is shared with the young person.",
        "Leaving Care Team Manager", "TBC",
        "Checklist compliance",
        [(5, "j", "h", "consistency of pathway plans")], key="signoff")
    add("The care leavers' reviewing officer to review the pathway plans of young people aged "
        "18 to 21 every six months.",
        "Care Leavers' Reviewing Officer", "Ongoing",
        "Reviews held in time",
        [(5, "j", "h", "pathway plans reviewed consistently")], key="review")

    grp("Running a modern service")
    add("'Home in the Ridge' fostering campaign: 25 new fostering households by March 2024, "
        "focused on teenagers and brothers and sisters.",
        "Fostering Recruitment Team", "31/03/2024",
        "Enquiries, assessments and approvals",
        key="campaign", first=True)
    add("Move the Placements Hub into the Town Hall annexe alongside the Commissioning team.",
        "Property Services", "Q2 2023/24", "Move completed", key="hub")
    add("Annual celebration evening for children in care and care leavers, planned with Ridge "
        "Voices.",
        "Participation Officer", "July 2023", "Event held; feedback", key="celebration")
    add("Replace social workers' laptops and move the service to the new cloud telephony "
        "system.",
        "ICT Business Partner", "Q1 2023", "Devices issued", key="ict")
    return acts


CHILTERN = {
    "name": "chiltern-ridge", "ext": "docx", "report": "luton-80520/2022-09-05.pdf",
    "council": "Chiltern Ridge Borough Council",
    "actions": chiltern_actions,
    "min_actions": 20, "max_actions": 25, "n_unanswered": 1, "n_passing": 0, "n_partial": 1,
    "orphans_range": (4, 4),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "uncovered", 5: "weak"},
    "unanswered": [4], "passing": [], "partial": [5],
    "orphans": ["campaign", "hub", "celebration", "ict"], "miscited": [],
    "asks": {5: [("consistency of support for care leavers", []),
                 ("consistency of pathway plans for care leavers", ["rewrite", "signoff",
                                                                    "review"])],
             1: [("quality and impact of supervision", ["cdr", "leading", "observe"]),
                 ("quality and impact of management oversight", ["observe", "dtm", "stuck"])]},
    "notes": (
        "DOCX, one Word table: What needs to improve | What we will do | Who | By when | How we "
        "will know. The first column holds the council's own short paraphrase of the area (never "
        "the recommendation's words, never a number), written on the first row of each group "
        "and blank below; 'objective' is that cell as written (null on the blank rows) and "
        "'section' is the group's paraphrase on every row of the group. 'row' is null. 'How we "
        "will know' is not part of the action text. R4 (quality of evidence-based assessments "
        "to support placement matching) is the hard unanswered one: orphan action {campaign} "
        "(fostering recruitment campaign) and orphan action {hub} (moving the Placements Hub) "
        "share its placement vocabulary, and actions {template}-{audit} share 'assessment' but "
        "are aimed at R3 (assessments of children's needs), none at matching. R5 is partly "
        "answered (the choice for this plan, rather than a passing mention): it has two asks; "
        "the plan answers pathway plans (actions {rewrite}-{review}) but nothing is aimed at "
        "making the support care leavers receive from their advisers consistent. Orphans: "
        "actions {campaign}-{ict} ('Running a modern service'). Action {dtm} answers R1 "
        "(oversight after allocation) and R3 (pace of assessments). R1, R2 and R3 are each "
        "answered by four or more actions."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Saltburn Moor — HTML page answering Redcar and Cleveland 2017-04-07 (SIF, 13 LA
# recs). One <h3> and one <table> (Action | Responsible | Target) per area; some rows end
# "(Rec N)", two of them wrongly.
# ---------------------------------------------------------------------------------------------

def saltburn_actions():
    acts = []
    area = [None]

    def sec(title):
        area[0] = title

    def add(text, lead, target, links=(), cite=None, mis=False, key=None):
        acts.append(A(text, lead, target, links, cite=cite, mis=mis, key=key, section=area[0]))

    sec("The Children's Hub")
    add("Hub team managers to make and record a decision on every contact within 24 hours, "
        "with the reasons and the next step written on the contact record.",
        "Dawn Kettleby, Hub Service Manager", "June 2017",
        [(1, "j", "h", "management oversight and decision-making on contacts")], key="hubdecide")
    add("Weekly 'step-through' list of contacts passed for referral or assessment but not yet "
        "allocated, reviewed by the Hub Service Manager until every child on it has a worker.",
        "Hub Service Manager", "Weekly from May 2017",
        [(1, "j", "h", "work progresses from contact to referral and assessment")],
        key="stepthrough")
    add("Consent guide for partners and Hub staff: parents' agreement to be sought and recorded "
        "before a contact is accepted, unless asking would put the child at risk, in which case "
        "the manager records why.",
        "Safeguarding Children Board Business Manager and Hub Service Manager", "July 2017",
        [(1, "j", "h", "issues of consent dealt with")], key="consent")

    sec("Allegations against staff and private fostering")
    add("Create a full-time Designated Officer post and a database of every allegation, "
        "recording dates, meetings held, outcome and closure.",
        "Head of Safeguarding and Review", "September 2017",
        [(2, "e", "h", "management and monitoring of allegations against professionals")],
        cite=2, key="lado")
    add("Quarterly Designated Officer report to the Head of Service and the Safeguarding Children "
        "Board, covering timeliness and outcomes.",
        "Designated Officer", "Quarterly",
        [(2, "j", "h", "monitoring of allegations against professionals")], key="ladoreport")
    add("Single register of children living in private fostering arrangements, with statutory "
        "visits tracked monthly by the Fostering Team Manager, and a publicity drive with "
        "schools, GP surgeries and language schools.",
        "Fostering Team Manager", "Q2 2017/18",
        [(2, "j", "h", "management and monitoring of private fostering arrangements")],
        key="pf")

    sec("Assessments")
    add("Revise the single assessment so that it has a 'Who I am' section (culture, faith, "
        "language, disability, identity) and a section weighing each risk and need.",
        "Principal Social Worker", "August 2017",
        [(4, "j", "h", "assessments analyse risks and needs and include diversity and "
          "identity")], key="whoiam")
    add("Use the same risk and need analysis in the Family Plus (early help) assessment and in "
        "private fostering assessments, with manager sign-off.",
        "Early Help Service Manager", "October 2017",
        [(4, "j", "h", "early help and private fostering assessments analyse risks and needs")],
        key="familyplus")
    add("Start a new assessment for any child whose last one is more than 12 months old, or "
        "whose circumstances have changed, before their plan is next reviewed.",
        "Service Managers, Locality Teams", "Ongoing",
        [(4, "j", "h", "assessments kept up to date"),
         (5, "j", "m", "plans informed by an up-to-date assessment")], key="reassess")

    sec("Plans for children")
    add("New plan template: for each outcome, the actions, who will do them, how we will "
        "measure success and by when.",
        "Principal Social Worker", "September 2017",
        [(5, "e", "h", "plans with actions, outcomes, measures and timescales")], cite=5,
        key="plantemplate")
    add("Exploitation safety plans agreed at the weekly MACE panel to be added to the child's "
        "main plan within five working days.",
        "Exploitation and Missing Coordinator", "June 2017",
        [(5, "j", "h", "separate CSE plans integrated into the overarching plan (row cites 9, "
          "which is about missing children)")], cite=9, mis=True, key="mace")
    add("Conference chairs and IROs to return any plan that lacks measurable outcomes or dates "
        "to the team manager within two working days.",
        "Safeguarding and Review Manager", "Immediate",
        [(5, "j", "h", "plans clearly set out outcomes, measures and timescales")],
        key="chairs")

    sec("Checking quality and delivering our strategies")
    add("Audit action tracker: every action from an audit has an owner and a 20-working-day "
        "deadline; overdue actions go to the Head of Service and completion is reported to the "
        "Improvement Board each month.",
        "Head of Quality and Performance", "July 2017",
        [(6, "e", "h", "auditing results in swift action on deficits")], cite=6, key="tracker")
    add("Any case graded inadequate at audit to have a case review with the team manager within "
        "five working days.",
        "Quality Assurance Team", "Immediate",
        [(6, "j", "h", "swift action on deficits identified by auditing")], key="inadequate")
    add("Delivery plan with milestones for each strategy (Early Help, Sufficiency, "
        "Participation), with progress and measures of impact reported each quarter to the "
        "Children's Trust Board.",
        "Assistant Director, Strategy and Commissioning", "Q2 2017/18",
        [(7, "e", "h", "strategic plans implemented in a timely way and impact evaluated")],
        cite=7, key="strategies")
    add("Commission Teesmouth University to evaluate what difference the three Early Help "
        "locality hubs have made for families.",
        "Early Help Strategic Lead", "March 2018",
        [(7, "j", "h", "impact of early help evaluated")], key="evaluation")

    sec("Homes for children in care")
    add("Refresh the Sufficiency Strategy to include how many emergency beds we need for "
        "teenagers whose behaviour puts them at risk, and how we will provide them.",
        "Neil Scarth, Head of Commissioning", "October 2017",
        [(8, "e", "h", "sufficiency strategy plans emergency placements for risk-taking young "
          "people")], cite=8, key="sufficiency")
    add("Open Bridge House, a two-bed home for young people aged 12 to 17 needing somewhere safe "
        "at short notice, for stays of up to 12 weeks.",
        "Head of Residential Services", "January 2018",
        [(8, "j", "h", "supply of emergency placements for young people")], key="bridge")
    add("Recruit six emergency foster carers with extra training and 24-hour support to look "
        "after teenagers who go missing or self-harm.",
        "Fostering Service Manager", "March 2018",
        [(8, "j", "h", "emergency placements for young people with risk-taking behaviour")],
        key="emergencyfc")
    add("Permanence Monitoring Group to track every child in care monthly, from the second review "
        "until they are living with their permanent family.",
        "Head of Children in Care", "Monthly",
        [(13, "j", "h", "permanence plans systematically tracked and monitored")], key="pmg")
    add("IROs to confirm at every review that the permanence plan is on track and raise any "
        "slippage with the Head of Service.",
        "IRO Service", "Ongoing",
        [(13, "j", "h", "permanence plans monitored")], key="iro")

    sec("Children who go missing")
    add("Return interview by a Safe Return worker within 72 hours of the child coming home, "
        "with a second attempt if the first offer is turned down.",
        "Safe Return Service, Harbour Youth", "June 2017",
        [(9, "e", "h", "timely return home interview offered and undertaken")], cite=9,
        key="rhi")
    add("What the child tells the Safe Return worker to be used to update their risk assessment "
        "and safety plan within five working days, and shared with the MACE panel.",
        "Exploitation and Missing Coordinator", "August 2017",
        [(9, "j", "h", "risks analysed to inform future protective actions (row cites 8, "
          "which is about emergency placements)")], cite=8, mis=True, key="rhirisk")
    add("Monthly missing dashboard for the Head of Service showing interviews offered, done and "
        "refused.",
        "Performance Team", "Monthly",
        [(9, "j", "m", "return home interviews offered and undertaken")], key="dashboard")

    sec("Education of children in care")
    add("Termly PEP for every child in care on the new ePEP, quality checked by the Virtual "
        "School within ten school days; from Year 10 the PEP also records the young person's "
        "post-16 choice, such as college, sixth form or an apprenticeship.",
        "Virtual School Headteacher", "September 2017",
        [(12, "j", "h", "quality and timeliness of PEPs")], key="epep")
    add("Extra tuition and a study mentor for every child in care in Years 10 and 11 who is "
        "predicted to fall short of their target grades.",
        "Virtual School Headteacher", "From October 2017",
        [(12, "j", "h", "attainment at key stage 4")], key="tuition")
    add("Agreement with secondary headteachers that the Virtual School is called before any "
        "child in care is excluded, to agree other support.",
        "Virtual School Headteacher and Secondary Heads' Forum", "TBC",
        [(12, "j", "h", "fewer fixed-term exclusions of children looked after")],
        key="exclusions")

    sec("Other service priorities")
    add("Housing Solutions to end the use of bed and breakfast for homeless families with "
        "dependent children beyond the six-week legal limit, reporting to the Housing "
        "Partnership Board.",
        "Head of Housing Solutions", "December 2017", key="bandb")
    add("Relaunch Moor Voices, our Children in Care Council, with a new youth worker.",
        "Participation Officer", "Complete", key="voices")
    add("'Make the Move to the Moor' social worker recruitment campaign.",
        "HR Business Partner", "Q3 2017/18", key="recruit")
    add("Refurbish the family time centre at Coatham Road.",
        "Property Services", "31/01/2018", key="familytime")
    add("Upgrade the children's case management system to the supplier's latest version.",
        "ICT Service Manager", "November 2017", key="ict")
    return acts


SALTBURN = {
    "name": "saltburn-moor", "ext": "html", "report": "redcar-and-cleveland-80541/2017-04-07.pdf",
    "council": "Saltburn Moor Borough Council",
    "actions": saltburn_actions,
    "min_actions": 28, "max_actions": 35, "n_unanswered": 2, "n_passing": 1, "n_partial": 1,
    "orphans_range": (4, 5),
    "expected": {1: "covered", 2: "covered", 3: "uncovered", 4: "covered", 5: "covered",
                 6: "weak", 7: "covered", 8: "covered", 9: "covered", 10: "uncovered",
                 11: "weak", 12: "covered", 13: "covered"},
    "unanswered": [3, 10], "passing": [11], "partial": [6],
    "orphans": ["bandb", "voices", "recruit", "familytime", "ict"],
    "miscited": ["mace", "rhirisk"],
    "asks": {6: [("auditing consistently results in swift and effective action to deal with any "
                  "identified deficits in practice", ["tracker", "inadequate"]),
                 ("a quality assurance function between the adoption panel chair and the agency "
                  "decision-maker (ADM)", [])],
             1: [("management oversight and decision-making of all contacts", ["hubdecide"]),
                 ("work progresses appropriately to referral and assessment", ["stepthrough"]),
                 ("issues of consent are appropriately dealt with", ["consent"])],
             2: [("allegations against professionals who work with children",
                  ["lado", "ladoreport"]),
                 ("private fostering arrangements", ["pf"])],
             12: [("attainment of children looked after at key stage 4", ["tuition"]),
                  ("fewer children looked after subject to fixed-term exclusions",
                   ["exclusions"]),
                  ("quality and timeliness of personal education plans (PEPs)", ["epep"])],
             9: [("timely return home interview offered and undertaken", ["rhi", "dashboard"]),
                 ("risks analysed to inform future protective actions", ["rhirisk"])]},
    "notes": (
        "HTML page as a council website publishes it: skip link, header with site navigation "
        "links, a breadcrumb, an 'On this page' list of links to the areas, an introduction, then "
        "one <h3> per improvement area followed by a <table> with header row Action | "
        "Responsible | Target, then 'last updated', a feedback prompt and a footer; none of the "
        "navigation, breadcrumb, feedback or footer text is plan content. 'row' and 'objective' "
        "are null; 'section' is the <h3> text. {ncited} rows end with a citation '(Rec N)', kept "
        "as written in 'text' and in explicit_refs. Only the 13 local-authority recommendations "
        "count (LSCB 91-98 out of scope). R3 (family and friends placements outside regulation "
        "24, review of brokered arrangements) is simply absent. R10 (bed and breakfast for young "
        "people only as a time-limited last resort after a multi-agency risk assessment) is the "
        "hard unanswered one: orphan action {bandb} (Housing Solutions ending bed and breakfast "
        "for homeless families with dependent children) shares its vocabulary but is about "
        "families placed by Housing, and action {bridge} (Bridge House, short-notice beds for "
        "young people aged 12 to 17) is aimed at R8's emergency placements. R11 (independent "
        "visitors; apprenticeships for care leavers) is touched only in passing in action {epep}, "
        "aimed at R12, which records a Year 10 pupil's post-16 choice 'such as college, sixth "
        "form or an apprenticeship'. R6 has two asks; audit follow-up is answered (actions "
        "{tracker}, {inadequate}), the quality assurance function between the adoption panel "
        "chair and the agency decision-maker is not. Mis-cited rows: action {mace} cites 9 but "
        "answers R5 (exploitation safety plans integrated into the child's main plan); action "
        "{rhirisk} cites 8 but answers R9 (risk analysis after return interviews); their true "
        "links are judged and flagged miscited: true. Action {reassess} answers R4 and R5. "
        "Orphans: actions {bandb}-{ict} ('Other service priorities')."),
}

PLANS = [PENNINE, CHILTERN, SALTBURN]


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


NO_BY = ("Immediate", "Ongoing", "Monthly", "Quarterly", "Complete", "TBC")


def _md_bullet(a):
    date = a["date"]
    when = date if (date in NO_BY or date.startswith(("by ", "every ", "Monthly "))) \
        else f"by {date}"
    line = f"- {a['text']} (Lead: {a['lead']}; {when})"
    if not a["extra"].get("wrap"):
        return [line]
    cut = line.rfind(" ", 0, len(line) // 2 + 10)
    return [line[:cut], "  " + line[cut + 1:]]


def write_pennine(plan, acts, path):
    lines = ["# Pennine Edge City Council", "",
             "## Children's Social Care Improvement Plan 2014-15: Firm Foundations", "",
             "This plan is our response to the Ofsted inspection of services for children in need "
             "of help and protection, children looked after and care leavers, and the review of "
             "the Local Safeguarding Children Board, published in February 2014. The Safeguarding "
             "Board is responding to its own recommendations separately.", "",
             "Firm Foundations is overseen by the Firm Foundations Board, chaired by the Chief "
             "Executive, which meets every six weeks. Progress is also reported to the Corporate "
             "Parenting Board and to the Children, Young People and Families Scrutiny Committee.",
             "", "*Plan owner: Executive Director, Children, Young People and Families. Version "
             "1.2, April 2014.*", ""]
    intros = dict(PENNINE_PRIORITIES)
    current = None
    for a in acts:
        if a["section"] != current:
            if current is not None:
                lines.append("")
            current = a["section"]
            lines += [f"### {current}", "", intros[current], ""]
        lines += _md_bullet(a)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_chiltern(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    doc.add_heading("Chiltern Ridge Borough Council", level=0)
    doc.add_heading("Ridgeway to Good: Children's Services Improvement Plan 2022-24", level=1)
    doc.add_paragraph(
        "Ofsted inspected our services for children in July 2022 and found that services require "
        "improvement to be good, with good leadership. This plan sets out what we will do in "
        "response, building on the progress the inspectors recognised. It replaces the "
        "post-inspection plan agreed in 2020.")
    doc.add_paragraph(
        "The plan is owned by the Director of Children's Services and monitored every month by "
        "the Ridgeway to Good Board, chaired by the Chief Executive. Cabinet and the Children's "
        "Scrutiny Panel receive a progress report every quarter.")
    cols = ["What needs to improve", "What we will do", "Who", "By when", "How we will know"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for a in acts:
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["objective"] or "", a["text"], a["lead"], a["date"],
                                      a["extra"]["how"]]):
            cell.text = text
        if a["objective"]:
            for run in cells[0].paragraphs[0].runs:
                run.bold = True
    widths = [Cm(4.5), Cm(10.5), Cm(4.2), Cm(2.8), Cm(4.7)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph(
        "Version 1.0, agreed by the Ridgeway to Good Board on 19 October 2022.")
    docx_props(doc, "Chiltern Ridge Children's Services",
                "Ridgeway to Good: Children's Services Improvement Plan 2022-24")
    doc.save(path)
    normalise_zip(path)


def _slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def write_saltburn(plan, acts, path):
    e = html.escape
    sections = []
    for a in acts:
        if not sections or sections[-1][0] != a["section"]:
            sections.append((a["section"], []))
        sections[-1][1].append(a)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Children&#39;s services improvement plan 2017 to 2018 | Saltburn Moor Borough "
        "Council</title>",
        '<link rel="stylesheet" href="/assets/css/site.css">',
        "</head>",
        "<body>",
        '<a class="skip-link" href="#main-content">Skip to main content</a>',
        '<header class="site-header">',
        '<a class="logo" href="/">Saltburn Moor Borough Council</a>',
        '<form class="site-search" action="/search" method="get"><label for="q">Search this '
        'site</label> <input id="q" name="q" type="search"> <button type="submit">Search'
        "</button></form>",
        '<nav class="main-nav" aria-label="Main">',
        "<ul>",
        '<li><a href="/">Home</a></li>',
        '<li><a href="/bins-and-recycling">Bins and recycling</a></li>',
        '<li><a href="/council-tax">Council tax</a></li>',
        '<li><a href="/schools-and-learning">Schools and learning</a></li>',
        '<li><a href="/children-and-families">Children and families</a></li>',
        '<li><a href="/your-council">Your council</a></li>',
        '<li><a href="/contact-us">Contact us</a></li>',
        "</ul>",
        "</nav>",
        "</header>",
        '<nav class="breadcrumb" aria-label="Breadcrumb">',
        '<ol><li><a href="/">Home</a></li> &gt; <li><a href="/children-and-families">Children and '
        'families</a></li> &gt; <li><a href="/children-and-families/social-care">Children&#39;s '
        "social care</a></li> &gt; <li>Ofsted improvement plan</li></ol>",
        "</nav>",
        '<main id="main-content">',
        "<h1>Children&#39;s Services Improvement Plan 2017 to 2018</h1>",
        "<p>Ofsted inspected our services for children in need of help and protection, children "
        "looked after and care leavers in February and March 2017, and reviewed the Local "
        "Safeguarding Children Board. The report was published in April 2017.</p>",
        "<p>This page sets out what we are doing in response. The Safeguarding Children Board has "
        "published its own plan for the recommendations made to the Board. Progress is checked "
        "every month by the Children&#39;s Improvement Board, chaired by the Chief Executive, and "
        "reported to Cabinet and the Children and Young People Scrutiny Committee every "
        "quarter.</p>",
        '<p><a href="/documents/ofsted-improvement-plan-2017.pdf">Download the improvement plan '
        "(PDF, 412KB)</a> | <a href=\"/documents/ofsted-report-2017.pdf\">Read the Ofsted "
        "report</a></p>",
        '<nav class="on-this-page" aria-label="On this page">',
        "<h2>On this page</h2>",
        "<ul>",
    ]
    for title, _ in sections:
        out.append(f'<li><a href="#{_slug(title)}">{e(title, quote=False)}</a></li>')
    out += ["</ul>", "</nav>", "<h2>Our improvement plan</h2>"]
    for title, rows in sections:
        out.append(f'<h3 id="{_slug(title)}">{e(title, quote=False)}</h3>')
        out.append('<table class="plan-table">')
        out.append("<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Responsible</th>"
                   "<th scope=\"col\">Target</th></tr></thead>")
        out.append("<tbody>")
        for a in rows:
            out.append(f"<tr><td>{e(a['text'], quote=False)}</td><td>{e(a['lead'], quote=False)}"
                       f"</td><td>{e(a['date'], quote=False)}</td></tr>")
        out.append("</tbody>")
        out.append("</table>")
    out += [
        '<p class="updated">Last updated: 14 July 2017</p>',
        '<div class="feedback">',
        "<h2>Was this page helpful?</h2>",
        '<form action="/feedback" method="post"><button name="helpful" value="yes">Yes</button> '
        '<button name="helpful" value="no">No</button></form>',
        '<p>To report a concern about a child, call the Children&#39;s Hub on 01642 000 000 '
        "(out of hours 01642 000 001). In an emergency call 999.</p>",
        "</div>",
        "</main>",
        '<footer class="site-footer">',
        "<ul>",
        '<li><a href="/accessibility">Accessibility</a></li>',
        '<li><a href="/cookies">Cookies</a></li>',
        '<li><a href="/privacy">Privacy notice</a></li>',
        '<li><a href="/contact-us">Contact us</a></li>',
        "</ul>",
        "<p>&copy; Saltburn Moor Borough Council, Moor House, Station Square, Saltburn Moor. "
        "All rights reserved.</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


WRITERS = {"pennine-edge": write_pennine, "chiltern-ridge": write_chiltern,
           "saltburn-moor": write_saltburn}


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def action_ids(plan, acts):
    ids = {}
    for i, a in enumerate(acts, 1):
        ids[i] = f"{plan['name']}-{i}"
        if a["key"]:
            assert a["key"] not in ids, (plan["name"], a["key"])
            ids[a["key"]] = ids[i]
    return ids


def notes_text(plan, acts):
    nums = {a["key"]: str(i) for i, a in enumerate(acts, 1) if a["key"]}
    nums["nwrap"] = str(sum(1 for a in acts if a["extra"].get("wrap")))
    nums["ncited"] = str(sum(1 for a in acts if a["refs"]))
    return re.sub(r"\{(\w+)\}", lambda m: nums[m.group(1)], plan["notes"])


def build_gold(plan):
    name = plan["name"]
    acts = plan["actions"]()
    recs = report_recs(plan["report"])
    ids = action_ids(plan, acts)

    actions, links = [], []
    for i, a in enumerate(acts, 1):
        actions.append({"id": ids[i], "row": a["row"], "section": a["section"],
                        "objective": a["objective"], "text": a["text"], "leads_raw": a["lead"],
                        "date_raw": a["date"], "explicit_refs": a["refs"], "other_refs": []})
        for rec, src, conf, why in a["links"]:
            links.append({"action": ids[i], "rec": f"R{rec}",
                          "source": {"e": "explicit", "j": "judged"}[src],
                          "confidence": {"h": "high", "m": "medium"}[conf],
                          "why": why, "miscited": bool(a["mis"])})
    gold = {
        "schema": "plan-gold-v1",
        "plan": f"corpus/coverage/{SET}/{name}.{plan['ext']}",
        "report": plan["report"],
        "about": ABOUT,
        "recommendations": [{"id": f"R{r['number']}", "n": r["number"], "text": r["text"]}
                            for r in recs],
        "actions": actions,
        "links": links,
        "expected": {f"R{n}": s for n, s in sorted(plan["expected"].items())},
        "design": {"unanswered": [f"R{n}" for n in plan["unanswered"]],
                   "passing": [f"R{n}" for n in plan["passing"]],
                   "partial": [f"R{n}" for n in plan["partial"]],
                   "orphans": [ids[k] for k in plan["orphans"]],
                   "miscited": [ids[k] for k in plan["miscited"]],
                   "notes": notes_text(plan, acts)},
        "asks": {f"R{n}": [{"text": t, "answered_by": [ids[k] for k in by]} for t, by in asks]
                 for n, asks in sorted(plan["asks"].items())},
    }
    return gold


def _words(s):
    return re.findall(r"[a-z]+", s.lower().replace("\u2019", "'"))


STOP = {"the", "of", "and", "to", "a", "in", "for", "on", "that", "with", "is", "are", "be",
        "we", "our", "their", "they", "it", "by", "as", "at", "or", "when", "who", "what", "us"}


def check_design(gold, plan):
    """This set's own design rules, on top of _coverage_sets.check (which main runs first)."""
    name = gold["plan"]
    recs = {r["id"] for r in gold["recommendations"]}
    acts = {a["id"]: a for a in gold["actions"]}
    assert plan["min_actions"] <= len(acts) <= plan["max_actions"], (name, len(acts))
    linked = {}
    for l in gold["links"]:
        linked.setdefault(l["rec"], set()).add(l["action"])
    d = gold["design"]
    # the plan's designed shape
    assert len(d["unanswered"]) == plan["n_unanswered"], name
    assert len(d["passing"]) == plan["n_passing"], name
    assert len(d["partial"]) == plan["n_partial"], name
    lo, hi = plan["orphans_range"]
    assert lo <= len(d["orphans"]) <= hi, name
    multi = [r for r, s in linked.items() if len(s) >= 2]
    assert len(multi) >= 3, (name, "several recommendations answered by two or more actions")
    # citations: explicit_refs are exactly the trailing "(Rec N)" of the text
    for a in acts.values():
        m = re.search(r" \(Rec (\d+)\)$", a["text"])
        assert a["explicit_refs"] == ([int(m.group(1))] if m else []), (name, a["id"])
        assert f"R{a['explicit_refs'][0]}" in recs if a["explicit_refs"] else True, (name, a)
        assert a["leads_raw"] and a["date_raw"], (name, a["id"])
    if plan["ext"] == "html":
        cited = [a for a in acts.values() if a["explicit_refs"]]
        assert 4 <= len(cited) < len(acts) // 2, (name, len(cited))
        assert d["miscited"], name
    else:
        assert not d["miscited"], name
        assert not any(a["explicit_refs"] for a in acts.values()), name
    if plan["ext"] == "md":
        for a in acts.values():
            assert ";" not in a["leads_raw"] and ")" not in a["leads_raw"], (name, a["id"])
            assert "\n" not in a["text"], (name, a["id"])
        # each priority's paragraph quotes words of a recommendation that the priority answers
        rec_text = {r["id"]: r["text"].replace("\u2019", "'").lower()
                    for r in gold["recommendations"]}
        for title, para in PENNINE_PRIORITIES:
            quotes = re.findall(r'"([^"]+)"', para)
            in_sec = {a["id"] for a in acts.values() if a["section"] == title}
            for q in quotes:
                hits = [r for r, t in rec_text.items() if q.lower() in t]
                assert hits, (name, q)
                assert any(linked.get(r, set()) & in_sec for r in hits), (name, q)
            for r in d["unanswered"] + d["passing"]:
                assert not any(q.lower() in rec_text[r] for q in quotes), (name, title, r)
    if plan["ext"] == "docx":
        # objective written only on the first row of each group; it paraphrases, never quotes
        prev = None
        for a in gold["actions"]:
            assert (a["objective"] is not None) == (a["section"] != prev), (name, a["id"])
            prev = a["section"]
            if a["objective"]:
                ow = [w for w in _words(a["objective"]) if w not in STOP]
                for r in gold["recommendations"]:
                    rw = _words(r["text"])
                    rbig = set(zip(rw, rw[1:]))
                    assert not set(zip(ow, ow[1:])) & rbig, (name, a["objective"], r["id"])
                    assert not set(ow) & {w for w in rw if w not in STOP} - {"care"}, \
                        (name, a["objective"], r["id"])
    return True


if __name__ == "__main__":
    main(sys.argv[1:], SET, PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(20, 40), build=build_gold)
