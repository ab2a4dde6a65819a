"""Write the sealed coverage evaluation set "j": three fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_j.py            # writes documents and gold
    python scripts/make_coverage_plans_j.py --check    # only runs the consistency checks

Documents: corpus/coverage/j/<name>.<ext>      Gold: corpus/gold/coverage/j/<name>.json

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes by the shared helpers in
``_coverage_sets.py``, never by reading the generated documents back, and no extractor code is
imported or run. Recommendation texts come from the hand-checked report gold in
corpus/gold/reports/ (local-authority items only).

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the row's group cites 3 and
                                   the text supports it) or "j" judged; "h" high / "m" medium
    refs=[3]                       numbers the row (or its group) cites
Actions with no links are orphans (see each plan's design).

A "\\n" inside an action's text or lead marks a line break inside a table cell: the Markdown
writer emits it as ``<br>`` (as Word-to-Markdown converters do), the DOCX writer as a line break.

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
# Plan 1: Merseybank — Markdown exported from Word, answering Knowsley 2021-12-03 (ILACS, 5 recs).
# One "##" heading per priority, a paragraph quoting the recommendation's words (no numbers),
# then a pipe table | Action | Lead | When |.
# ---------------------------------------------------------------------------------------------

# (heading, paragraph, quoted recommendation number or None)
MERSEYBANK_PRIORITIES = [
    ("Next Chapter \u2013 a better deal for our care leavers",
     "Inspectors found that our care leavers\u2019 experience has gone backwards since 2017, and "
     "asked us to improve \u201cthe quality and impact of the support provided to care leavers\u201d. "
     "Next Chapter is our programme to put this right. It has been shaped with Onward Voices, our "
     "care leavers\u2019 forum, and will be overseen by the Corporate Parenting Board.", 1),
    ("Both Parents in View \u2013 assessments and plans where there is domestic abuse",
     "We must raise \u201cthe quality of assessments and plans for children in need of help and "
     "protection\u201d, and above all where \u201cchildren live in households where there is "
     "domestic abuse\u201d. Too often our safety plans asked mothers to keep their children safe "
     "without holding the person causing the harm to account.", 2),
    ("Home Base \u2013 young people with nowhere to stay",
     "Ofsted asked us to improve \u201cthe response to children who present as homeless\u201d. "
     "Sixteen and seventeen year olds who come to us with nowhere to live get a roof over their "
     "heads, but too little help after that.", 3),
    ("Our workforce and our systems",
     "These actions come from the Children\u2019s Services Business Plan 2022-23 and sit alongside "
     "the improvement priorities above.", None),
]


def merseybank_actions():
    acts = []

    def add(p, text, lead, when, links=()):
        acts.append(A(text, lead, when, links, section=MERSEYBANK_PRIORITIES[p][0]))

    # Priority 1 -> R1 (care leavers). Actions 1-7.
    add(0, "Co-design a new pathway plan, \u2018My Next Chapter\u2019, with Onward Voices: written to "
        "the young person, built around their own goals for home, learning and work, money, health "
        "and relationships, and reviewed at least every six months and whenever their "
        "circumstances change.",
        "Head of Service, Children in Care and Leaving Care", "April 2022",
        [(1, "j", "h", "pathway plans for care leavers: ambition and timely review (report para 18)")])
    add(0, "Allocate a personal adviser from the young person\u2019s 16th birthday (at present 17\u00bd), "
        "with joint visits alongside the social worker, so that getting ready to live "
        "independently starts well before 18.",
        "Leaving Care Team Manager", "Q1 2022/23",
        [(1, "j", "h", "work with young people before their 18th birthday (para 18)")])
    add(0, "Agree a care leaver housing pathway with Merseybank Homes and the Housing Options team: "
        "ten ring-fenced one-bedroom tenancies a year, four supported lodgings places and a "
        "move-on plan started at 17, so that no care leaver has to sofa-surf while waiting for a "
        "home.",
        "Head of Housing Options\nLeaving Care Service Manager", "30/09/2022",
        [(1, "j", "h", "safe, secure homes for care leavers (para 20)")])
    add(0, "Launchpad: a learning and work coordinator in the leaving care team, a monthly Launchpad "
        "panel for every care leaver who is not in learning or a job, and 12 council "
        "apprenticeships a year kept for care leavers.",
        "Virtual School Headteacher; Launchpad Coordinator", "From March 2022",
        [(1, "j", "h", "education, employment and training support for care leavers (para 19)")])
    add(0, "Refresh and relaunch the Merseybank Local Offer with Onward Voices, setting out what every "
        "care leaver can expect on money, housing, health, learning and work, and support into "
        "adult services where needed; publish it as a booklet and on the council website.",
        "Participation Lead", "June 2022",
        [(1, "j", "h", "care leavers know what support they can expect")])
    add(0, "Strengthen the Corporate Parenting Board: a care leaver scorecard at every meeting, a board "
        "champion for each of housing, jobs and health, and an annual \u2018You said, we did\u2019 "
        "report back to Onward Voices.",
        "Chair of the Corporate Parenting Board\nDirector of Children\u2019s Services",
        "Quarterly from May 2022",
        [(1, "j", "h", "corporate parenting for care leavers had declined (paras 17, 36)")])
    add(0, "Quarterly audit of 15 care leavers\u2019 files, including a conversation with each young "
        "person about whether the help they get is making a difference, reported to the Corporate "
        "Parenting Board.",
        "Quality Assurance Manager", "Q2 2022/23 onwards",
        [(1, "j", "h", "checks the impact of support for care leavers")])

    # Priority 2 -> R2 (assessments and plans, domestic abuse). Actions 8-14.
    add(1, "Introduce the \u2018Both Parents in View\u2019 practice standard: every assessment and "
        "safety plan for a family affected by domestic abuse will name the person causing harm, what is "
        "expected of them and how it will be checked, instead of asking the non-abusing parent "
        "alone to protect the children.",
        "Carys Penhallow, Principal Social Worker", "Immediate",
        [(2, "j", "h", "assessments and plans where there is domestic abuse (para 5)")])
    add(1, "Three-day domestic abuse practice course for all social workers, team managers and child "
        "protection chairs, delivered with Merseybank Women\u2019s Aid.\nIndependent Domestic "
        "Violence Advisers to co-work the highest-risk families with the allocated worker.",
        "Workforce Development Manager\nMerseybank Women\u2019s Aid", "By 31/07/2022",
        [(2, "j", "h", "quality of practice with families where there is domestic abuse")])
    add(1, "Daily Safety Huddle in the MASH with police, health, schools and the IDVA service to "
        "screen every overnight domestic abuse notification involving a child within one working "
        "day, ending the wait for police screening.",
        "MASH Service Manager; Detective Inspector, Public Protection Unit", "March 2022",
        [(2, "j", "m", "initial risk analysis of domestic abuse incidents (para 4); front door "
          "rather than assessment and plan")])
    add(1, "Refresh the single assessment template so that workers weigh up the effect on the child of "
        "a parent\u2019s mental ill-health, drug or alcohol use and domestic abuse, assess every "
        "adult in the household including fathers and partners, and consider the child\u2019s "
        "identity and heritage.",
        "Carys Penhallow, Principal Social Worker", "May 2022",
        [(2, "j", "h", "analysis in assessments (para 7)")])
    add(1, "Child in need and child protection plans to be rewritten around what will be different for "
        "the child, with two or three measurable outcomes and scaling at each core group and "
        "review, so that everyone can see whether life is getting better.",
        "Head of Service, Safeguarding\nChild Protection Chairs", "Q2 2022/23",
        [(2, "j", "h", "CIN and CP plans focused on outcomes (para 8)")])
    add(1, "Commission a programme for parents who cause harm (\u2018Turning Point\u2019) with places "
        "available within four weeks of referral; no safety plan to be agreed without considering "
        "a referral.",
        "Commissioning Manager, Community Safety Partnership", "TBC",
        [(2, "j", "m", "plans address the person causing harm in domestic abuse households")])
    add(1, "Monthly themed audit of the assessments and plans of children in homes affected by "
        "domestic abuse, with findings taken to the team managers\u2019 learning circle and tracked by the "
        "Improvement Board.",
        "Quality Assurance Manager", "Monthly",
        [(2, "j", "h", "checks and improves the quality of assessments and plans")])

    # Priority 3 -> R3 (homeless young people). Actions 15-18.
    add(2, "Agree the Home Base joint protocol with Housing Options: every 16 or 17 year old who comes "
        "to either service without a safe place to stay is seen jointly on the same day, with "
        "children\u2019s social care leading the assessment.",
        "Head of Service, Assessment and Intervention\nHousing Options Manager", "April 2022",
        [(3, "j", "h", "joint response to homeless 16-17 year olds")])
    add(2, "Create two Youth Housing social worker posts to complete full assessments of each young "
        "person\u2019s needs and to explain, in writing and in person, what being looked after "
        "under section 20 would mean for them.",
        "Head of Service, Assessment and Intervention", "Q1 2022/23",
        [(3, "j", "h", "assessments of homeless young people too superficial (para 13)")])
    add(2, "Open two emergency beds at Harbour House with staff on site so that no young person is "
        "placed in bed and breakfast, and keep every young person allocated to a worker for at "
        "least 12 weeks after they move.",
        "Residential Services Manager", "30/06/2022",
        [(3, "j", "h", "help for homeless young people beyond a roof (para 13)")])
    add(2, "Head of Service to review every Home Base case each month, checking that help carried on "
        "once the young person\u2019s immediate housing need was met.",
        "Head of Service, Assessment and Intervention", "Monthly from May 2022",
        [(3, "j", "h", "oversight of the response to homeless young people")])

    # Priority 4 -> orphans. Actions 19-22.
    add(3, "Review fostering allowances and the payment arrangements for our own foster carers and "
        "family and friends carers, moving all payments to a single fortnightly run.",
        "Fostering Service Manager\nFinance Business Partner", "Q3 2022/23")
    add(3, "Second cohort of the Merseybank Practice Academy: 14 newly qualified social workers on a "
        "protected caseload for their first year.",
        "Carys Penhallow, Principal Social Worker", "September 2022")
    add(3, "Upgrade the children\u2019s case recording system and train all staff on the new forms.",
        "ICT Business Partner (Children\u2019s)", "TBC")
    add(3, "Refurbish the family time centre at the Old Library with a garden and kitchen so that "
        "children can spend time with their families in a homely setting.",
        "Property Services", "Complete")
    return acts


MERSEYBANK = {
    "name": "merseybank", "ext": "md", "report": "knowsley-80479/2021-12-03.pdf",
    "council": "Merseybank Council",
    "actions": merseybank_actions,
    "size": (20, 24),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "uncovered", 5: "weak"},
    "unanswered": [4], "passing": [5], "partial": [],
    "orphans": [19, 20, 21, 22], "miscited": [],
    "traps": {4: [19], 5: [5]},
    "asks": {2: [("the quality of assessments", [8, 11]),
                 ("the quality of plans for children in need of help and protection", [8, 12, 13, 14]),
                 ("particularly where children live in households where there is domestic abuse",
                  [8, 9, 10, 13, 14])]},
    "notes": (
        "Markdown as a Word-to-Markdown converter writes it: a '#' title, an introduction, then for "
        "each priority a '##' heading, a paragraph that quotes words of the recommendation the "
        "priority answers (in curly quotation marks, never a number), and a pipe table "
        "'| Action | Lead | When |'. Line breaks inside a cell are written '<br>' (the gold text "
        "and leads_raw hold them as '\\n'; actions 3, 6, 9, 12, 15 and 19 have one). No "
        "recommendation numbers anywhere, so every link is judged. 'row' is null; 'section' is the "
        "'##' heading; 'objective' is null (the quoting paragraph is context, not an action). "
        "R4 (private fostering) is the hard unanswered one: the plan has no priority for it, and "
        "orphan action 19 (fostering allowances and 'payment arrangements' for foster carers and "
        "family and friends carers) shares its vocabulary ('fostering', 'arrangements', carers "
        "living with children) but is about paying the council's own carers, not children in "
        "private fostering arrangements. R5 (transition from children's to adult services) is "
        "touched only in passing: action 5, aimed at R1, lists 'support into adult services where "
        "needed' among the contents of the care leavers' Local Offer; nothing is aimed at "
        "transition planning, so R5 is weak (passing) with no link. R1, R2 and R3 are each "
        "answered by several actions (7, 7 and 4). Action 2 (personal adviser from 16 to prepare "
        "for independence) is about care leavers' preparation for adulthood (R1), not the "
        "transition to adult services of R5. Orphans 19-22 sit under the last heading, 'Our "
        "workforce and our systems', whose paragraph quotes nothing. Headings are not numbered."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Aldwych Vale — DOCX Word table answering City of London 2016-09-20 (SIF, 6 LA recs).
# Recommendation | What we will do | Lead officer | Completion date | RAG; the recommendation's
# number and full text on the first row of each group, blank below.
# ---------------------------------------------------------------------------------------------

ALDWYCH_BAU = "Business as usual (service plan actions not arising from the inspection)"


def _aldwych_group(n):
    if n is None:
        return ALDWYCH_BAU
    rec = next(r for r in report_recs(ALDWYCH["report"]) if r["number"] == n)
    return f"{n}. {rec['text']}"


def aldwych_actions():
    acts = []
    group = {"n": None, "first": True}

    def start(n):
        group["n"], group["first"] = n, True

    def add(text, lead, when, rag, links=()):
        n = group["n"]
        label = _aldwych_group(n)
        acts.append(A(text, lead, when, links, refs=[n] if n else [], section=label,
                      objective=label if group["first"] else None, rag=rag))
        group["first"] = False

    start(1)  # actions 1-6
    add("Replace the early help, child in need and pathway plan templates with one \u2018Plain "
        "Plan\u2019 format: short sentences and no jargon, every action with a named person and a "
        "date, and a section headed \u2018What I think\u2019 written by or with the child.",
        "Imogen Castellane, Service Manager, Children and Families", "31/12/2016", "Amber",
        [(1, "e", "h", "clear, simple plans with the child's views and dates")])
    add("Agree with the Virtual School a new PEP format that sets each child\u2019s targets for the "
        "term and the date they will be looked at again, with the young person\u2019s own comments "
        "recorded at every PEP meeting.",
        "Head of the Virtual School", "Spring term 2017", "Amber",
        [(1, "e", "h", "personal education plans: targets, dates, child's views")])
    add("Pathway plans to be written with each young person in their own words, with no more than five "
        "goals, each with a date, and a signed copy given to them after every review. Health "
        "histories are being followed up separately with the Clinical Commissioning Group.",
        "Leaving Care Team Manager", "March 2017", "Green",
        [(1, "e", "h", "pathway plans: young people's views, what by when (report para 55)")])
    add("Plain Plan workshops for all social workers, early help practitioners and the independent "
        "reviewing officer, using anonymised plans from our own files, then a monthly plan-writing "
        "clinic.",
        "Tobias Wrenfield, Principal Social Worker", "January 2017", "Green",
        [(1, "e", "h", "improving the quality and consistency of written plans")])
    add("Children in Care Council to help design the Plain Plan templates and the wording of the "
        "\u2018What I think\u2019 section.",
        "Participation Officer and Children in Care Council", "November 2016", "Blue",
        [(1, "e", "m", "plans that make sense to and include the views of young people")])
    add("Independent reviewing officer to check at every review that the child\u2019s plan says what "
        "will change and by which date, and to raise it with the team manager when it does not.",
        "Independent Reviewing Officer", "Ongoing", "Green",
        [(1, "e", "h", "plans state what is to be achieved by when")])

    start(2)  # actions 7-12
    add("Issue \u2018Stepping Back\u2019 practice guidance for work with families who turn down help "
        "below the child protection threshold: what purposeful work looks like, how many attempts "
        "to re-engage, and when to close.",
        "Imogen Castellane, Service Manager, Children and Families", "December 2016", "Green",
        [(2, "e", "h", "purposeful work when families disengage below threshold")])
    add("Team manager review of any child in need case where the family has not taken part for six "
        "weeks; the decision to carry on or close, and the reasons, recorded on the child\u2019s "
        "file as a management decision.",
        "Team Manager, Children and Families", "Immediate", "Green",
        [(2, "e", "h", "managers' rationale for continuing or ceasing support recorded")])
    add("Closure summary on the case system to include a mandatory field for the manager\u2019s "
        "reasons for ending support, checked by the Service Manager before closure is authorised.",
        "Systems Officer\nService Manager, Children and Families", "Q4 2016/17", "Amber",
        [(2, "e", "h", "rationale for ceasing support evidenced on the record")])
    add("Plans for families who have stepped back to be rewritten in the Plain Plan format, saying what "
        "the worker will still offer and when it will next be looked at.",
        "Social Workers, Children and Families Team", "January 2017", "Amber",
        [(2, "e", "h", "ongoing work with disengaged families is purposeful"),
         (1, "j", "m", "clear child in need plans (plan format of recommendation 1)")])
    add("Include every case closed after a family disengaged in the monthly case audit sample, "
        "checking that the reasons for closing or carrying on are on file.",
        "Quality Assurance Officer", "Monthly from December 2016", "Green",
        [(2, "e", "h", "checks managers' rationale is recorded")])
    add("Share the findings of our research into neglect in well-off families in two practice "
        "workshops on working with parents who do not want help.",
        "Tobias Wrenfield, Principal Social Worker; University research partner", "TBC", "Amber",
        [(2, "e", "m", "skills for purposeful work with families who decline help (para 19)")])

    start(3)  # actions 13-16
    add("New Permanence Panel minute template with a decision section for each child: the legal "
        "routes considered (care order, special guardianship, adoption, child arrangements order, "
        "remaining accommodated under section 20), the route chosen and the reasons.",
        "Assistant Director, People\nLegal Services", "November 2016", "Blue",
        [(3, "e", "h", "permanence decisions about legal status, with reasons")])
    add("Permanence Panel decisions and the reasons for them to be added to the child\u2019s "
        "electronic record within five working days, so that the child can read them later in "
        "life.",
        "Panel Administrator", "From December 2016", "Green",
        [(3, "e", "h", "decisions and rationale recorded in the child's record")])
    add("Review the files of all children looked after and add any past permanence decision whose "
        "reasons are not written down.",
        "Team Manager, Children Looked After", "31/03/2017", "Amber",
        [(3, "e", "h", "records of earlier legal permanence decisions completed")])
    add("Independent reviewing officer to confirm at each child\u2019s second review that the "
        "permanence decision and its reasons are on the file.",
        "Independent Reviewing Officer", "Ongoing", "Green",
        [(3, "e", "h", "assurance that permanence decisions are recorded")])

    start(5)  # actions 17-19
    add("\u2018Meet the Members\u2019: members of the Children\u2019s Services Committee to join "
        "children in care and care leavers for four informal activities a year chosen by the young "
        "people, such as cooking, football or a museum trip.",
        "Clerk to the Children\u2019s Services Committee\nParticipation Officer", "From January 2017",
        "Amber",
        [(5, "e", "h", "informal direct contact between councillors and children in care/care "
          "leavers")])
    add("Each member of the Corporate Parenting Committee to be linked with the Children in Care "
        "Council and attend at least one of its meetings a year.",
        "Chair, Corporate Parenting Committee", "Q4 2016/17", "Green",
        [(5, "e", "h", "councillors' direct contact with children in care")])
    add("Care leavers to be offered a day shadowing a committee chair, including a committee meeting "
        "and lunch with members.",
        "Leaving Care Team Manager", "Summer 2017", "Amber",
        [(5, "e", "h", "councillors' direct contact with care leavers")])

    start(None)  # actions 20-23, orphans
    add("Complete the section 11 safeguarding self-assessment and the partner audit for the Local "
        "Safeguarding Children Board.",
        "LSCB Business Manager", "31/01/2017", "Green")
    add("Annual information governance audit of case file access and the retention of closed "
        "records, reported to the Senior Information Risk Owner.",
        "Information Governance Manager", "Q1 2017/18", "Green")
    add("Practice Research Fellowship: two social workers seconded one day a week to the university "
        "for a year.",
        "Tobias Wrenfield, Principal Social Worker", "September 2017", "Green")
    add("Move the Children and Families Service to the refurbished second floor of the Civic Offices.",
        "Facilities Manager", "Complete", "Blue")
    return acts


ALDWYCH = {
    "name": "aldwych-vale", "ext": "docx", "report": "london-corporation-80450/2016-09-20.pdf",
    "council": "Aldwych Vale Council",
    "actions": aldwych_actions,
    "size": (20, 26),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "weak", 5: "weak",
                 6: "uncovered"},
    "unanswered": [6], "passing": [4], "partial": [5],
    "orphans": [20, 21, 22, 23], "miscited": [],
    "traps": {6: [20, 21, 11], 4: [3]},
    "asks": {5: [("direct contact between children looked after, care leavers and councillors",
                  [17, 18, 19]),
                 ("direct contact between these children and the chief executive", [])],
             1: [("early help plans", [1]), ("child in need plans", [1, 10]),
                 ("personal education plans (PEPs)", [2]), ("pathway plans", [1, 3]),
                 ("clear and simple", [1, 4]),
                 ("fully integrate the views of children and young people", [1, 2, 3, 5]),
                 ("clearly state what is to be achieved by when", [1, 2, 3, 6])]},
    "notes": (
        "DOCX, one Word table 'Recommendation | What we will do | Lead officer | Completion date | "
        "RAG'. The Recommendation cell of the first row of each group holds the number and the "
        "full recommendation text ('1. Further improve ...'); the cells below it are blank. Groups "
        "cite 1, 2, 3 and 5, then a last group labelled 'Business as usual (service plan actions "
        "not arising from the inspection)' holds the four orphans (actions 20-23). Following set "
        "b's heading convention, every row of a group has the group's number in explicit_refs, and "
        "its explicit link is to that number because its text supports it; action 10 also answers "
        "R1 (judged, medium: its plan is in the Plain Plan format). 'row' is null (no row "
        "reference column); 'section' is the group's Recommendation text on every row; "
        "'objective' is the Recommendation cell as written (the text on the first row of a group, "
        "null on the blank rows below). RAG is not part of the text. Lead cells with two lines "
        "(actions 9, 13, 17) hold a line break, '\\n' in leads_raw. Only local-authority "
        "recommendations 1-6 count (the LSCB's 84 is out of scope). R6 (perspectives of children, "
        "families and partners in case auditing) is the hard unanswered one: it has no group, and "
        "orphans 20 (section 11 self-assessment and partner audit for the LSCB) and 21 (information "
        "governance audit of case files) share its vocabulary ('partner', 'audit', 'case'), as "
        "does action 11 (cases closed after disengagement added to the monthly case audit "
        "sample), which is aimed at R2; none brings children's, families' or partners' views into "
        "case audits. Action 5 (Children in Care Council helps design the plan templates) is "
        "children's participation in R1's plans, not in auditing. R4 (health histories for care "
        "leavers) is mentioned only in passing: action 3, aimed at R1, ends 'Health histories are "
        "being followed up separately with the Clinical Commissioning Group' - a statement that "
        "the work is elsewhere, not an action in this plan - so R4 is weak (passing) with no link. "
        "R5 is partly answered: three actions give councillors direct contact with children in "
        "care and care leavers, but nothing gives them contact with the chief executive (the "
        "second ask), so R5 is weak with asks. R1 has seven asks, all answered."),
}


# ---------------------------------------------------------------------------------------------
# Plan 3: Tividale Bridge — XLSX workbook answering Sandwell 2025-12-02 (ILACS, 4 recs).
# Cover sheet, then "Action plan": No. | Priority | Action | Responsible | Start | End | Status.
# No recommendation numbers; the No. column numbers actions within priorities (1.1, 1.2, ...).
# ---------------------------------------------------------------------------------------------

TIVIDALE_PRIORITIES = [
    "Stay Connected: our personal advisers and young people",
    "My Pathway: plans that keep up with young people",
    "Permanence Sooner",
    "Wider service priorities",
]


def tividale_actions():
    acts = []
    count = {}

    def add(p, text, who, start, end, status, links=()):
        count[p] = count.get(p, 0) + 1
        acts.append(A(text, who, end, links, row=f"{p + 1}.{count[p]}",
                      section=TIVIDALE_PRIORITIES[p], start=start, status=status))

    # Priority 1 -> R3 (PA relationships and contact). Rows 1.1-1.6.
    add(0, "Introduce a personal adviser at 16 for every child in care (currently 17\u00bd): at least "
        "three joint visits with the social worker before the 18th birthday, and the PA attends "
        "the young person\u2019s last two looked after reviews.",
        "Marta Kellaway, Head of Service 16+", "01/02/2026", "Q1 2026/27", "On track",
        [(3, "j", "h", "PAs allocated early to build relationships before leaving care (para 30)")])
    add(0, "\u2018Door\u2019s Always Open\u2019 routine for care leavers we have lost touch with: a text, "
        "a letter and a home visit attempt every quarter, logged on the young person\u2019s record, "
        "with a team manager review after two missed quarters.",
        "Team Managers, 16+ Service", "Immediate", "Ongoing", "On track",
        [(3, "j", "h", "proactive contact with care leavers who are not in touch (para 30)")])
    add(0, "Birthday check-in for every care leaver aged 21 to 25 who no longer has a service: a call "
        "or message from the 16+ Service each year offering a catch-up with a PA.",
        "Marta Kellaway, Head of Service 16+", "April 2026", "30/06/2026", "Not started",
        [(3, "j", "h", "annual contact with over-21s no longer in touch (para 36)")])
    add(0, "Recruit three more PAs so that no PA works with more than 22 young people, leaving time for "
        "regular face-to-face contact.",
        "Head of Service 16+; HR Business Partner", "Jan 2026", "September 2026", "Delayed",
        [(3, "j", "h", "capacity for PA contact and relationships")])
    add(0, "PAs and social workers to complete Local Offer training, and PAs to talk every young "
        "person through what they are entitled to at each contact, including council tax "
        "exemption wherever they live.",
        "Workforce Development Team", "March 2026", "Q2 2026/27", "On track",
        [(3, "j", "m", "PA contact used so that care leavers receive what they are entitled to "
          "(paras 30, 34)")])
    add(0, "Ready for Adulthood sessions on money, cooking and managing a tenancy, run by PAs for young "
        "people in care aged 16 and 17, so that they get to know the 16+ team before they move on.",
        "16+ Service with Foster Carer Support Team", "Q4 2025/26", "Ongoing", "On track",
        [(3, "j", "h", "PA relationships before leaving care support preparation for adulthood")])

    # Priority 2 -> R4 (pathway plans; quality and timeliness, not accessibility). Rows 2.1-2.5.
    add(1, "Pathway plans to be reviewed at least every six months and within ten working days of any "
        "significant change: a move, a new course or job, custody, or becoming a parent.",
        "Team Managers, 16+ Service", "Immediate", "Ongoing", "On track",
        [(4, "j", "h", "timeliness: plans updated when things change (para 31)")])
    add(1, "Weekly exception report of overdue pathway plans and needs assessments to team managers; "
        "the Head of Service chases any plan more than four weeks overdue.",
        "Performance and Intelligence Team", "February 2026", "March 2026", "Complete",
        [(4, "j", "h", "timeliness of pathway plans")])
    add(1, "New pathway plan practice standard: specific goals and actions with names and dates, a "
        "contingency, and a move-on accommodation plan agreed by the time the young person is "
        "17\u00bd.",
        "Owen Treharne-Blyth, Principal Social Worker", "Q4 2025/26", "Q1 2026/27", "On track",
        [(4, "j", "h", "quality of pathway plans (move-on plans, para 37)")])
    add(1, "Monthly audit of ten pathway plans graded against the practice standard, with feedback to "
        "the PA and team manager within five working days and themes reported to the Care "
        "Leavers\u2019 Improvement Group.",
        "Quality Assurance Service", "April 2026", "Ongoing", "Not started",
        [(4, "j", "h", "quality of pathway plans")])
    add(1, "First pathway needs assessment to start at 15\u00be and be completed by 16 years and three "
        "months for every child in care.",
        "Heads of Service, Children in Care", "01/04/2026", "TBC", "Not started",
        [(4, "j", "h", "timeliness of pathway planning for children in care")])

    # Priority 3 -> R2 (pace of permanence). Rows 3.1-3.5.
    add(2, "Monthly Permanence Oversight Group chaired by the Director of Children\u2019s Social Care "
        "to track every child whose permanence is not yet secured in law or formally agreed, with "
        "a named action and date for each.",
        "Farida Quennell, Director of Children\u2019s Social Care", "January 2026", "Ongoing",
        "On track",
        [(2, "j", "h", "leaders drive the pace of permanence")])
    add(2, "Clear the list of children in settled long-term foster homes who are still waiting to be "
        "formally matched: all to be presented to the Fostering Panel.",
        "Fostering Service Manager", "Immediate", "31/07/2026", "On track",
        [(2, "j", "h", "ratifying long-term foster care is taking too long (para 26)")])
    add(2, "Children living back home with parents under a care order: the social worker and Legal "
        "Services to decide within six months of a settled return whether to apply to discharge "
        "the order, with applications made by the end of the following quarter.",
        "Head of Service, Children in Care\nLegal Services", "February 2026", "Q3 2026/27",
        "On track",
        [(2, "j", "h", "discharging care orders after return home is taking too long (para 26)")])
    add(2, "Special guardianship: assessments of foster carers and family carers who want to become "
        "special guardians to be completed within 16 weeks, with a support plan agreed before the "
        "application.",
        "Kinship and Special Guardianship Team Manager", "Q1 2026/27", "Q2 2026/27", "Not started",
        [(2, "j", "m", "timely permanence through special guardianship")])
    add(2, "Independent reviewing officers to raise a formal challenge for any child without a "
        "permanence plan agreed at the second review, and report themes to the Permanence "
        "Oversight Group every quarter.",
        "IRO Service Manager", "Immediate", "Ongoing", "On track",
        [(2, "j", "h", "challenge and oversight of delay in permanence")])

    # Priority 4 -> orphans. Rows 4.1-4.4.
    add(3, "Work with Housing Solutions to end the use of bed and breakfast for homeless families with "
        "children, with a family hub worker for each household in temporary accommodation.",
        "Housing Solutions Manager; Family Hubs Lead", "Q4 2025/26", "March 2027", "On track")
    add(3, "Recommission the young carers\u2019 service for 2026-29.",
        "Commissioning Manager, Children and Families", "January 2026", "30/09/2026", "On track")
    add(3, "Annual \u2018Proud of You\u2019 celebration for young people in care and our care leavers, organised "
        "with the Voice Team.",
        "Voice Team Manager", "TBC", "November 2026", "Not started")
    add(3, "Move to the new children\u2019s case management system, with training for all staff.",
        "ICT Programme Lead", "2025", "Complete", "Complete")
    return acts


TIVIDALE = {
    "name": "tividale-bridge", "ext": "xlsx", "report": "sandwell-80549/2025-12-02.pdf",
    "council": "Tividale Bridge Metropolitan Borough Council",
    "actions": tividale_actions,
    "size": (18, 22),
    "expected": {1: "uncovered", 2: "covered", 3: "covered", 4: "weak"},
    "unanswered": [1], "passing": [], "partial": [4],
    "orphans": ["4.1", "4.2", "4.3", "4.4"], "miscited": [],
    "traps": {1: ["4.1", "1.5", "2.3"], 4: []},
    "asks": {4: [("the quality of pathway plans", ["2.3", "2.4"]),
                 ("the accessibility of pathway plans", []),
                 ("the timeliness of pathway plans", ["2.1", "2.2", "2.5"])],
             3: [("relationships and contact with children before leaving care",
                  ["1.1", "1.4", "1.6"]),
                 ("relationships and contact with children after leaving care",
                  ["1.2", "1.3", "1.4", "1.5"])]},
    "notes": (
        "XLSX workbook: a 'Cover' sheet (title, plan owner, governance, status key) and one sheet "
        "'Action plan' with the header 'No. | Priority | Action | Responsible | Start | End | "
        "Status' in row 1 and one action per row. No recommendation numbers anywhere, so every "
        "link is judged and explicit_refs are empty. The No. column numbers actions within the "
        "plan's own priorities (1.1 ... 4.4) and is used as 'row'; priority numbers are not "
        "recommendation numbers (priority 1 answers R3, priority 2 answers R4, priority 3 answers "
        "R2). 'section' is the Priority cell; 'date_raw' is the End cell (Start and Status are not "
        "part of the action); the Responsible cell of 3.3 holds a line break ('\\n' in leads_raw). "
        "R1 (homeless 16-17 year olds understanding their rights and "
        "entitlements about coming into care and accommodation options) is the hard unanswered "
        "one: orphan 4.1 (ending bed and breakfast for homeless families with children, temporary "
        "accommodation) shares 'homeless' and 'accommodation'; 1.5 (PAs talk young people through "
        "what they are entitled to), aimed at R3, shares 'entitlements'; 2.3 (move-on "
        "accommodation plan at 17 1/2), aimed at R4, shares 'accommodation'. None is about "
        "homeless 16 and 17 year olds. R4 is partly answered: quality (2.3, 2.4) and timeliness "
        "(2.1, 2.2, 2.5) are answered, accessibility (plans shared with young people, in their "
        "first language; report para 31, 35) is not - no action mentions sharing or translating "
        "plans - so R4 is weak with asks. R3 is covered (contact before leaving care: 1.1, 1.4, "
        "1.6; after: 1.2, 1.3, 1.4, 1.5) and R2 by five actions (3.1-3.5). Orphans 4.1-4.4 sit "
        "under 'Wider service priorities'; 4.3 (celebration for young people in care and care "
        "leavers) is not about personal advisers' contact."),
}

PLANS = [MERSEYBANK, ALDWYCH, TIVIDALE]


# ---------------------------------------------------------------------------------------------
# Design checks (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

def _words(text):
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))


def _shared_run(a, b, n):
    """A run of n consecutive words of ``a`` that also occurs in ``b``, or None."""
    wa, wb = _words(a), " ".join(_words(b))
    for i in range(len(wa) - n + 1):
        run = " ".join(wa[i:i + n])
        if f" {run} " in f" {wb} ":
            return run
    return None


def check_design(gold, plan):
    name = gold["plan"]
    acts = gold["actions"]
    lo, hi = plan["size"]
    assert lo <= len(acts) <= hi, (name, len(acts))
    assert len(gold["design"]["orphans"]) == 4, name
    assert len(gold["design"]["unanswered"]) == 1, name
    assert len(gold["design"]["passing"]) + len(gold["design"]["partial"]) >= 1, name
    recs = {r["n"]: r["text"] for r in gold["recommendations"]}
    # council wording: no action repeats five consecutive words of any recommendation
    for a in acts:
        for text in recs.values():
            run = _shared_run(a["text"], text, 5)
            assert run is None, (name, a["id"], run)
    # answered recommendations are answered by several actions
    linked = {}
    for l in gold["links"]:
        linked.setdefault(l["rec"], set()).add(l["action"])
    for r, s in gold["expected"].items():
        if s == "covered":
            assert len(linked[r]) >= 3, (name, r)
    # every trap for an unanswered/passing recommendation names actions that exist and are not
    # aimed at it
    ids = {a["id"] for a in acts}
    by_ref = {}
    for i, a in enumerate(plan["actions"](), 1):
        by_ref[i] = f"{plan['name']}-{i}"
        if a["row"]:
            by_ref[a["row"]] = by_ref[i]
    for n, traps in plan["traps"].items():
        for t in traps:
            assert by_ref[t] in ids and by_ref[t] not in linked.get(f"R{n}", set()), (name, n, t)
    if plan is MERSEYBANK:
        for a in acts:
            assert not a["explicit_refs"] and not re.search(r"recommendation", a["text"], re.I), a["id"]
        for heading, para, n in MERSEYBANK_PRIORITIES:
            quotes = re.findall("\u201c([^\u201d]+)\u201d", para)
            if n is None:
                assert not quotes, heading
                continue
            assert quotes and not re.search(r"\d", para.replace("2017", "")), heading
            for q in quotes:
                assert q.lower() in recs[n].lower(), (heading, q)
            members = [a for a in acts if a["section"] == heading]
            assert all(any(l["action"] == a["id"] and l["rec"] == f"R{n}" for l in gold["links"])
                       for a in members), heading
        assert "adult services" in acts[4]["text"]  # the passing mention of R5
    if plan is ALDWYCH:
        groups = []
        for a in acts:
            if a["objective"] is not None:
                groups.append(a["objective"])
            assert a["section"] == groups[-1], a["id"]
            m = re.match(r"(\d+)\. ", a["section"])
            if m:
                n = int(m.group(1))
                assert a["section"] == f"{n}. {recs[n]}", a["id"]
                assert a["explicit_refs"] == [n], a["id"]
                assert any(l["action"] == a["id"] and l["rec"] == f"R{n}"
                           and l["source"] == "explicit" for l in gold["links"]), a["id"]
            else:
                assert a["section"] == ALDWYCH_BAU and not a["explicit_refs"], a["id"]
                assert a["id"] in gold["design"]["orphans"], a["id"]
        assert "chief executive" not in " ".join(a["text"].lower() for a in acts)
        assert "health histor" in acts[2]["text"].lower()  # the passing mention of R4
    if plan is TIVIDALE:
        for a in acts:
            assert not a["explicit_refs"], a["id"]
            for word in ("shared", "share ", "language", "translat", "easy read", "accessible"):
                assert word not in a["text"].lower(), (a["id"], word)  # R4's accessibility unanswered
            assert not ("16" in a["text"] and "homeless" in a["text"].lower()), a["id"]
    return True


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def _md_cell(text):
    return text.replace("|", "\\|").replace("\n", "<br>")


def write_merseybank(plan, acts, path):
    lines = ["# Merseybank Council \u2013 Children\u2019s Social Care Improvement Plan 2022\u201323", "",
             "**Our response to the Ofsted inspection of local authority children\u2019s services "
             "(October 2021)**", "",
             "Ofsted inspected our children\u2019s services in October 2021 and judged them to require "
             "improvement to be good. We accept the findings in full. This plan sets out what we "
             "will do, who is responsible and by when. It was agreed by the Children\u2019s "
             "Improvement Board in February 2022 and progress will be reported to the Board every "
             "month, to Cabinet every quarter and to Onward Voices, our care leavers\u2019 forum.", "",
             "Plan owner: Director of Children\u2019s Services. Version 1.2, February 2022.", ""]
    for heading, para, _ in MERSEYBANK_PRIORITIES:
        lines += [f"## {heading}", "", para, "",
                  "| Action | Lead | When |", "|:---|:---|:---|"]
        for a in acts:
            if a["section"] == heading:
                lines.append(f"| {_md_cell(a['text'])} | {_md_cell(a['lead'])} | "
                             f"{_md_cell(a['date'])} |")
        lines.append("")
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def _docx_cell(cell, text, bold=False, size=None):
    from docx.enum.text import WD_BREAK

    cell.text = ""
    par = cell.paragraphs[0]
    for i, part in enumerate(text.split("\n")):
        run = par.add_run(part)
        run.bold = bold
        if size:
            run.font.size = size
        if i < len(text.split("\n")) - 1:
            run.add_break(WD_BREAK.LINE)


def write_aldwych(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    doc.add_heading("Aldwych Vale Council", level=0)
    doc.add_heading("Children and Families Service: Post-Inspection Action Plan", level=1)
    doc.add_paragraph(
        "Ofsted inspected services for children in need of help and protection, children looked "
        "after and care leavers in Aldwych Vale in July 2016, together with a review of the Local "
        "Safeguarding Children Board. The report was published in September 2016. This plan sets "
        "out how the Children and Families Service will respond to the recommendations made to the "
        "local authority; the Board is responding to its own recommendation separately.")
    doc.add_paragraph(
        "The plan is monitored by the Children\u2019s Improvement Group every six weeks and reported "
        "to the Children\u2019s Services Committee each quarter. RAG: Blue = complete, Green = on "
        "track, Amber = some risk to the completion date, Red = off track.")
    doc.add_paragraph("Plan owner: Director of Community and Children\u2019s Services. "
                      "Version 1.1, November 2016.")
    cols = ["Recommendation", "What we will do", "Lead officer", "Completion date", "RAG"]
    table = doc.add_table(rows=1, cols=len(cols))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, cols):
        _docx_cell(cell, text, bold=True, size=Pt(9))
    for a in acts:
        cells = table.add_row().cells
        for cell, text in zip(cells, [a["objective"] or "", a["text"], a["lead"], a["date"],
                                      a["extra"]["rag"]]):
            _docx_cell(cell, text, size=Pt(9))
    widths = [Cm(7.5), Cm(10.5), Cm(4.5), Cm(2.8), Cm(1.5)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    docx_props(doc, "Aldwych Vale Children and Families Service", "Post-Inspection Action Plan")
    doc.save(path)
    normalise_zip(path)


def write_tividale(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    for line in ["Tividale Bridge Metropolitan Borough Council",
                 "Tividale Bridge Children\u2019s Trust",
                 "Ofsted ILACS Improvement Plan (inspection October 2025, report December 2025)",
                 "",
                 "Plan owner: Farida Quennell, Director of Children\u2019s Social Care",
                 "Governance: Improvement and Assurance Board (monthly); Corporate Parenting Board "
                 "(quarterly); Children\u2019s Trust Board",
                 "Version 0.9 (draft for Board), January 2026",
                 "",
                 "Status key: Complete / On track / Delayed / Not started"]:
        cover.append([line or None])
    cover["A1"].font = Font(bold=True, size=14)
    cover["A3"].font = Font(bold=True, size=12)
    cover.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Action plan")
    ws.append(["No.", "Priority", "Action", "Responsible", "Start", "End", "Status"])
    for a in acts:
        ws.append([a["row"], a["section"], a["text"], a["lead"], a["extra"]["start"], a["date"],
                   a["extra"]["status"]])
    for c in ws[1]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2E5E4E")
    fills = {"Complete": "BDD7EE", "On track": "C6EFCE", "Delayed": "FFC7CE",
             "Not started": "EDEDED"}
    for r in range(2, 2 + len(acts)):
        for col in "ABCDEFG":
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        status = ws[f"G{r}"].value
        ws[f"G{r}"].fill = PatternFill("solid", fgColor=fills[status])
    for col, w in zip("ABCDEFG", (6, 28, 70, 30, 12, 12, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    p = wb.properties
    p.creator = "Tividale Bridge Children's Trust Improvement Team"
    p.lastModifiedBy = "Tividale Bridge Children's Trust Improvement Team"
    p.title = "ILACS Improvement Plan"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


WRITERS = {"merseybank": write_merseybank, "aldwych-vale": write_aldwych,
           "tividale-bridge": write_tividale}


if __name__ == "__main__":
    main(sys.argv[1:], "j", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=(18, 26))
