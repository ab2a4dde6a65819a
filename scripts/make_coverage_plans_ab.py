"""Write the sealed coverage evaluation set "ab": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_ab.py            # writes documents and gold
    python scripts/make_coverage_plans_ab.py --check    # only runs the consistency checks

Documents: corpus/coverage/ab/<name>.<ext>      Gold: corpus/gold/coverage/ab/<name>.json

The two documents imitate what councils really publish: a landscape Word improvement plan with a
"Related Ofsted recommendation(s)" column (an introduction, then one table No. | Objective |
Action | Related Ofsted recommendation(s) | Lead officer | Completion date | Status, the
Objective cell merged down over its group of rows, the recommendation column citing numbers on
most rows, "N/A" on business-as-usual rows and blank on some), and a Word plan table as a
document converter exports it to tab-separated text (a title line, a short paragraph, then
Ref | Area for improvement | Action | Lead | Timescale rows, the area cell filled on the first
row of its group only, "<br>" line breaks in some cells and one "<ul><li>" list; no
recommendation numbers).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, how confidently, and why); the
gold files are assembled from that data and the per-plan design notes, never by reading the
generated documents back, and no extractor code is imported or run.

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
recommendations of both were transcribed by hand from the report PDFs for this set and are held
below as data (LE_RECS, SO_RECS), word for word: lines broken by the PDF joined, the report's
own numbering kept (Leicestershire 2017, "Recommendations", pages 8-9, numbered 1-17 by the
report; the LSCB's recommendations are out of scope), or for the ILACS report the four "What
needs to improve?" bullets (Southampton 2023, page 2) numbered 1-4 in the order printed. The
set builds its gold with its own build function (build_ab); nothing is written into
corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the row cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
    cite="3, 17"                   the plan's Related Ofsted recommendation(s) cell as written
                                   (explicit_refs parsed from it; "N/A" and "" cite nothing)
    mis=True                       the row cites a number its action does not answer; its
                                   citation is not a link, its true link is judged
Actions with no links are orphans (business as usual), see each plan's design notes.

All councils, people, teams, systems, charities, universities and local programmes are fictional
(national schemes and tools, such as Signs of Safety, the ASYE, section 47 enquiries, Staying Put
or the LADO, are named as councils name them). Output is deterministic: DOCX core properties
are fixed and every zip member is written with a fixed timestamp; the text file is plain text.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, build_gold, docx_props, main, normalise_zip  # noqa: E402
from _coverage_sets import STOP, curly, groups as _groups, repeat_header as _repeat_header, shade as _shade, words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (15, 55)


# ---------------------------------------------------------------------------------------------
# Leicestershire, inspection of services for children in need of help and protection, children
# looked after and care leavers, and review of the LSCB (SIF), report published 13 February
# 2017, requires improvement. The local authority's seventeen recommendations,
# "Recommendations", pages 8-9 of the PDF, transcribed by hand for this set. Lines broken by
# the PDF are joined; the report's numbering, wording and curly apostrophes are kept; the two
# words the PDF breaks at a hyphen ("decision-making" in 2, "first-line" in 17, U+FFFE in the
# text layer) keep their hyphen. The LSCB's recommendations (page 35) are not part of the list.
# ---------------------------------------------------------------------------------------------

LE_REPORT = "leicestershire-80483/2017-02-13.pdf"

LE_RECS = [
    (1, 8, "Ensure that performance management information is based on accurate data, so that "
           "all areas requiring improvement can be identified and progressed in a timely way."),
    (2, 8, "Ensure that management oversight of practice fully complies with supervision policy "
           "requirements and supports effective case progression and decision-making."),
    (3, 8, "Ensure that when a child is allocated to a social worker this is reflected in the "
           "social worker\u2019s caseload and that caseload size and management capacity across "
           "the service facilitate good-quality social work."),
    (4, 8, "Review processes operating in the First Response Service to ensure the accurate "
           "recording of contacts, referrals, assessments and their timeliness."),
    (5, 8, "Ensure that practitioners and managers understand and apply thresholds appropriately "
           "at every stage of the child\u2019s journey."),
    (6, 8, "Ensure consistency in social work assessments, so that they are sufficiently in "
           "depth, are informed by good-quality chronologies, reflect the needs and identities of "
           "individual children, are updated regularly to take account of children\u2019s "
           "changing needs and circumstances and lead to outcome-focused plans."),
    (7, 8, "Strengthen arrangements for permanence planning to enable all children looked after "
           "to be provided with a permanent home and family without undue delay, wherever this "
           "is possible."),
    (8, 8, "Ensure that children looked after are able to access timely and appropriate support "
           "to meet their therapeutic needs."),
    (9, 8, "Ensure that all children looked after who go missing are offered a return home "
           "interview and that information gained from all such interviews is used to inform "
           "risk management and shared intelligence."),
    (10, 8, "Ensure that, when a child in need plan relating to a child who has disabilities is "
            "reviewed, it reflects an up-to-date assessment, informed by the voice of the child "
            "and undertaken by a qualified and registered social worker."),
    (11, 8, "Ensure that support plans for special guardians and adopters are informed by a clear "
            "assessment of children\u2019s and carers\u2019/parents\u2019 long-term needs and "
            "that good-quality specialist post-order support is made available to those affected "
            "by adoption and special guardianship when, and for however long, it is needed."),
    (12, 9, "Improve the quality and management oversight of pathway planning and ensure "
            "consistency in the quality of advice and support provided by personal advisers to "
            "care leavers. This should include information about entitlements and provision of "
            "health histories."),
    (13, 9, "Ensure that practice for children who are subject to private fostering arrangements "
            "meets statutory requirements and that all staff and partners know how to recognise "
            "and notify a private fostering arrangement."),
    (14, 9, "Improve assessment and care planning for children on the edge of care or returning "
            "home, so that it is clear how positive change is to be achieved and sustained."),
    (15, 9, "Comprehensively review the current strategic plan for those young people not in "
            "education, employment or training (NEET), to ensure that a higher proportion of care "
            "leavers move to sustained education, employment or training."),
    (16, 9, "Ensure that when homeless young people aged 16 and 17 need to be accommodated under "
            "section 20 of the Children Act 1989 that this is effected without delay."),
    (17, 9, "Ensure that appropriate developmental programmes are in place for experienced and "
            "qualified staff, particularly for senior practitioners and first-line managers, and "
            "that the assessed and supported year in employment (ASYE) programme is "
            "appropriately overseen."),
]

# ---------------------------------------------------------------------------------------------
# Southampton, inspection of local authority children's services (ILACS), 5 to 16 June 2023,
# report published 28 July 2023, good overall. "What needs to improve?", page 2: four bullets,
# numbered here 1-4 in the order printed, transcribed by hand (lines joined, wording kept).
# ---------------------------------------------------------------------------------------------

SO_REPORT = "southampton-80558/2023-07-28.pdf"

SO_RECS = [
    (1, 2, "An increase in placement sufficiency, including short-breaks provision for disabled "
           "children."),
    (2, 2, "Ongoing work with health partners to improve the timeliness of initial health "
           "assessments and dental checks for children in care."),
    (3, 2, "The quality and effectiveness of support to unaccompanied asylum-seeking children, as "
           "well as housing, education, employment and training for all care leavers."),
    (4, 2, "Identification, assessment and support for children in private fostering "
           "arrangements."),
]


def _recs(data):
    """Transcribed recommendations in the shape report_recs gives (corpus/gold/reports)."""
    return [{"number": n, "label": f"{n}.", "group": None, "addressee": "local authority",
             "text": t, "page": p} for n, p, t in data]


# ---------------------------------------------------------------------------------------------
# Plan 1: Wreakmere - landscape DOCX post-inspection improvement plan answering Leicestershire
# 2017-02-13 (SIF, 17 recommendations). Title, introduction, then one table No. | Objective |
# Action | Related Ofsted recommendation(s) | Lead officer | Completion date | Status; the
# Objective cell is merged down over its group of rows; the recommendation cell cites numbers
# ("Rec 3", "12", "3, 17") on most rows, "N/A" on business-as-usual rows and is blank on some.
# Two rows cite the wrong number.
# ---------------------------------------------------------------------------------------------

WREAK_OBJ = {
    1: "Leaders and managers work from information they can trust",
    2: "Families who contact the Children's Gateway get the right response, first time",
    3: "Every worker is well supervised and has a caseload they can manage",
    4: "Assessments and plans that change children's lives",
    5: "Children in our care have a permanent home without delay",
    6: "Children who go missing from care are kept safe",
    7: "Care leavers get consistent, reliable support",
    8: "A workforce that keeps learning",
    9: "Wider service priorities",
}


def _cell_refs(cell):
    """The recommendation numbers a 'Related Ofsted recommendation(s)' cell cites: '', 'N/A',
    'Rec 3', '12', '3, 17'."""
    if cell in ("", "N/A"):
        return []
    m = re.fullmatch(r"Rec (\d+)|(\d+)(?:, (\d+))?", cell)
    assert m, cell
    return [int(x) for x in m.groups() if x]


def wreak_actions():
    acts = []

    def add(no, cite, text, lead, date, status, links=(), mis=False):
        obj = curly(WREAK_OBJ[int(no.split(".")[0])])
        acts.append(A(curly(text), curly(lead), date, links, _cell_refs(cite), mis, row=no,
                      section=None, objective=obj, cite=cite, status=status))

    # 1 Information leaders can trust
    add("1.1", "Rec 1", "Data cleanse of ChildView: the Business Intelligence Team reconciles "
        "every open case and every open assessment against team records and corrects the record, "
        "with a list of errors to put right sent to each team every Monday.",
        "Head of Business Intelligence", "30/06/2017", "In progress",
        [(1, "e", "h", "performance information built on accurate data (report paras 19, 82)")])
    add("1.2", "Rec 1", "New monthly performance scorecard built only from validated ChildView "
        "data, with the owner of each measure named; any measure that is red for two months "
        "running goes to the Improvement Board with a recovery plan.",
        "Head of Business Intelligence; Assistant Director, Children's Social Care", "Q2 2017/18",
        "Not started",
        [(1, "e", "h", "performance information that identifies areas needing improvement and "
          "makes sure they are progressed (report para 81)")])
    add("1.3", "", "Heads of service hold a 'scorecard clinic' each month, going through the "
        "figures team by team and agreeing what each team will do about its weakest one.",
        "Heads of Service", "Monthly from May 2017", "On track",
        [(1, "j", "h", "areas requiring improvement identified from the figures and progressed "
          "in a timely way")])

    # 2 The front door (the Children's Gateway is the council's First Response Service)
    add("2.1", "Rec 4", "Independent review of how the Gateway handles work from the first call "
        "to the end of the assessment, with its findings and a revised process map agreed by "
        "DMT.",
        "Head of Service, Children's Gateway", "31/05/2017", "Complete",
        [(4, "e", "h", "review of the processes of the First Response Service, here called the "
          "Gateway (report paras 19, 82)")])
    add("2.2", "5", "Every contact received by the Gateway is logged on ChildView when it arrives, "
        "including calls closed with advice or signposting, so that the contact count shows the "
        "real demand on the service.",
        "Gateway Business Support Manager", "Complete", "Complete",
        [(4, "j", "h", "accurate recording of contacts (report para 19: advice and signposting "
          "contacts not recorded); the row cites 5 (thresholds) but nothing in it is about "
          "threshold decisions")], mis=True)
    add("2.3", "", "The single assessment opens on ChildView on the day the referral is accepted, "
        "not after the first home visit, so that the working-day count and the number of "
        "assessments reflect the work actually done.",
        "Head of Service, Children's Gateway", "Sept 17", "In progress",
        [(4, "j", "h", "accurate recording of assessments and their timeliness (report para "
          "19: the assessment decision taken only after the first visit)")])
    add("2.4", "Rec 5", "Relaunch 'Right Help, Right Time', the county's levels-of-need guidance, "
        "with a briefing for every social work team and for schools, police and health, and a "
        "monthly session at which Gateway and early help managers test their decisions against "
        "it on anonymised cases.",
        "Head of Service, Children's Gateway; Wreakmere Safeguarding Children Board",
        "Q2 2017/18", "On track",
        [(5, "e", "h", "practitioners and managers understand and apply thresholds")])
    add("2.5", "", "A service manager reviews every section 47 enquiry that ends without an initial "
        "child protection conference before the case is stepped down or closed.",
        "Service Manager, Child Protection", "From 1 March 2017", "Complete",
        [(5, "j", "h", "thresholds applied at the step from a section 47 enquiry to an initial "
          "conference (report paras 20, 79)")])
    add("2.6", "Rec 5", "Early help cases that come back to the Gateway within six months are "
        "audited each quarter to test whether the decision to step them down was right.",
        "Early Help Service Manager", "Quarterly", "On track",
        [(5, "e", "h", "thresholds at the point of step-down to early help (report para 20)")])

    # 3 Supervision and caseloads
    add("3.1", "Rec 2", "Supervision every four weeks for every case-holding worker (every two "
        "weeks in the first six months after qualifying), recorded on the new ChildView "
        "supervision form; compliance reported to heads of service every week.",
        "Principal Social Worker", "30/04/2017", "Complete",
        [(2, "e", "h", "management oversight that complies with the supervision policy (report "
          "para 83)")])
    add("3.2", "2", "Every child talked about in a one-to-one ends with a written direction: what "
        "happens next, who does it and by when; the supervisor checks at the next one-to-one "
        "that it happened and takes anything stuck to the head of service.",
        "Team Managers", "Ongoing", "On track",
        [(2, "e", "h", "oversight that supports case progression and decision-making (report "
          "para 83)")])
    add("3.3", "Rec 3", "A child is allocated on ChildView on the day the team manager allocates "
        "them, and team administrators reconcile workers' caseload reports with the team's "
        "allocation list every week.",
        "", "Complete", "Complete",
        [(3, "e", "h", "allocation reflected in the social worker's caseload (executive "
          "summary: numbers of children allocated reported inaccurately)")])
    add("3.4", "Rec 3", "Recruit to the 21 social worker and three team manager posts added to the "
        "establishment by Cabinet in January 2017, bringing average caseloads down to 18 children "
        "per worker and no more than eight workers per team manager.",
        "Assistant Director, Children's Social Care; HR Business Partner", "March 2018",
        "In progress",
        [(3, "e", "h", "caseload size and management capacity (report para 84)")])

    # 4 Assessments and plans
    add("4.1", "Rec 6", "A chronology for every child, begun at referral and added to at each "
        "significant event, with the team manager checking it before an assessment is signed "
        "off.",
        "Principal Social Worker", "Sept 17", "In progress",
        [(6, "e", "h", "assessments informed by good-quality chronologies (report para 25)")])
    add("4.2", "6", "Revise the Signs of Safety assessment form so that it records what life is "
        "like for each child in the family and their identity, culture and faith, and ends with "
        "the outcomes the plan has to achieve; workshops for all social workers on writing to "
        "the new form.",
        "Principal Social Worker; Practice Development Team", "Q2 2017/18", "Not started",
        [(6, "e", "h", "assessments in depth, reflecting each child's needs and identity and "
          "leading to outcome-focused plans (report paras 25, 32)")])
    add("4.3", "", "An assessment is refreshed whenever something significant changes for the "
        "child, and at least once a year for every child in care; ChildView prompts the worker "
        "when a refresh is due.",
        "Heads of Service", "", "Not started",
        [(6, "j", "h", "assessments updated to take account of changing needs and circumstances "
          "(report para 41)")])
    add("4.4", "14", "Before any child goes home from care, a reunification assessment and a "
        "'going home' plan that say what has to stay different at home and how that will be "
        "checked, with support continuing for at least six months after the child returns.",
        "Head of Service, Children in Care", "Sept 17", "On track",
        [(14, "e", "h", "assessment and planning for children returning home, so that change is "
          "achieved and sustained (report para 40)")])
    add("4.5", "Rec 14", "Families referred to the Edge of Care Panel agree a written 'Staying "
        "Together' plan that names what needs to be different, the help on offer and how "
        "progress will be measured at twelve weeks.",
        "Service Manager, Family Support", "31/07/2017", "On track",
        [(14, "e", "h", "planning for children on the edge of care that makes clear how change "
          "will be achieved (report para 40)")])

    # 5 Permanence
    add("5.1", "Rec 7", "Monthly permanence panel chaired by the Head of Service, Children in "
        "Care: every child is considered by their second review, and the panel agrees the route "
        "to permanence, a timescale and who will track it; panel papers cover the child's "
        "placement, contact, education, health and any therapy the child is receiving.",
        "Head of Service, Children in Care", "Complete", "Complete",
        [(7, "e", "h", "permanence planning tracked early for every child in care (report para "
          "43); the therapy in the panel papers is a passing mention (R8)")])
    add("5.2", "11", "Long-term fostering matches go to the fostering panel with a matching "
        "report, so that no child stays in a short-term placement that has become permanent "
        "without a decision being made.",
        "Fostering Service Manager", "Q3 2017/18", "Not started",
        [(7, "j", "h", "permanence for children in long-term foster care (report para 43: "
          "short-term placements drifting into long-term care); the row cites 11 (support "
          "plans for special guardians and adopters) but it is about matching children with "
          "long-term foster carers")], mis=True)
    add("5.3", "", "End the pause on recruiting adopters: a campaign aimed at families for older "
        "children and for brothers and sisters, with the first information evening in June.",
        "Adoption Service Manager", "June 2017", "In progress",
        [(7, "j", "m", "a permanent family without undue delay: children wait because there "
          "are no local adopters to match them with (report para 63)")])
    add("5.4", "Rec 11", "Special guardianship assessments to include a support plan built on "
        "what the child and the special guardians will need as the child grows up, agreed with "
        "the family before the final hearing.",
        "Head of Service, Permanence", "30/09/2017", "On track",
        [(11, "e", "h", "support plans for special guardians informed by an assessment of "
          "long-term needs (report para 44)")])
    add("5.5", "11", "Adoption support plans written from the child's assessment of need, naming "
        "what help the family will have and when, instead of a list of universal services; the "
        "agency decision-maker checks each plan at matching.",
        "Adoption Service Manager", "Sept 17", "Not started",
        [(11, "e", "h", "support plans for adopters informed by an assessment of the child's "
          "long-term needs (report para 69: generic plans listing universal services)")])
    add("5.6", "N/A", "Refresh the foster carers' handbook and the fostering service's statement "
        "of purpose, so that every carer knows the statutory requirements for notifying the "
        "service of changes to their household arrangements.",
        "Fostering Service Manager", "Dec 17", "Not started")
    add("5.7", "N/A", "Immunisations and dental checks for children in care: the designated nurse "
        "brings each child's record up to date from GP health histories and reports progress to "
        "the Corporate Parenting Board every quarter.",
        "Designated Nurse, Children in Care", "Ongoing", "On track")

    # 6 Missing
    add("6.1", "Rec 9", "Return home interviews for every child in care who has been missing, "
        "including those placed outside the county, offered within 72 hours by the Missing and "
        "Exploitation Team; where a child lives far away, the host authority's service is "
        "commissioned to do it.",
        "Missing and Exploitation Team Manager", "30/06/2017", "In progress",
        [(9, "e", "h", "all children looked after who go missing offered a return home "
          "interview, including those placed out of authority (report para 46)")])
    add("6.2", "", "What a child tells us after coming back goes into their safety plan within "
        "five working days, and anything about places, adults or other children is passed to "
        "the police on the partnership information form.",
        "Team Managers, Children in Care; Missing and Exploitation Team Manager", "Q2 2017/18",
        "Not started",
        [(9, "j", "h", "information from the return interview used to inform risk management "
          "(the safety plan) and shared intelligence (passed to the police) (report para 46)")])
    add("6.3", "N/A", "Show 'Looking Closer', our film about online grooming, in every secondary "
        "school in the county during the autumn term.",
        "Child Sexual Exploitation Coordinator", "Dec 17", "On track")

    # 7 Care leavers
    add("7.1", "Rec 12", "Pathway plans rewritten with the Moving On group of care leavers ('My "
        "Pathway'), with an action, a date and a named person for each goal; plans for young "
        "people taking serious risks are reviewed at the care leavers' risk management panel.",
        "Leaving Care Service Manager", "Q3 2017/18", "In progress",
        [(12, "e", "h", "quality of pathway planning: actions and timescales, the most "
          "vulnerable (report para 71)")])
    add("7.2", "12", "Every 'My Pathway' plan is read and signed off by the team leader before it "
        "is shared with the young person, and five are audited each month.",
        "Team Leaders, Leaving Care", "Monthly", "On track",
        [(12, "e", "h", "management oversight of pathway planning (report para 71)")])
    add("7.3", "", "Personal adviser practice standard: a visit at least every eight weeks, a reply "
        "to any message within one working day and a duty adviser every day, so that no care "
        "leaver waits for an answer when their own adviser is away.",
        "Leaving Care Service Manager", "31/05/2017", "Complete",
        [(12, "j", "h", "consistency in the support personal advisers give care leavers (report "
          "para 70: variable support, not visited often enough, poor communication)")])
    add("7.4", "Rec 12", "Reissue 'Know Your Rights', the care leavers' guide to money, housing "
        "and their other entitlements; personal advisers go through it at every pathway plan "
        "review, and it also points young people to the apprenticeship offer in the county's "
        "NEET strategy.",
        "Participation Officer; Leaving Care Service Manager", "Sept 17", "Not started",
        [(12, "e", "h", "information about entitlements given to care leavers (report para "
          "73); the NEET strategy is a passing mention (R15)")])

    # 8 Workforce development
    add("8.1", "Rec 17", "'Leading Practice': a nine-month development programme for team "
        "managers and senior practitioners, run with Tern Valley University, covering case "
        "direction, reflective supervision and managing performance.",
        "Workforce Development Manager", "Jan 18", "Not started",
        [(17, "e", "h", "developmental programme for senior practitioners and first-line "
          "managers (report para 94)")])
    add("8.2", "3, 17", "Every newly qualified social worker holds a protected caseload of no more "
        "than twelve children in their first year, checked each month by the ASYE coordinator, "
        "who reports on each worker's supervision and progress to the Principal Social Worker "
        "every quarter.",
        "ASYE Coordinator", "From April 2017", "On track",
        [(3, "e", "m", "caseload size that allows good-quality work, for newly qualified "
          "workers (report para 94: some without protected caseloads)"),
         (17, "e", "h", "the ASYE programme overseen (report para 94: no monitoring by senior "
          "managers)")])
    add("8.3", "", "A post-qualifying offer for experienced social workers: two funded places per "
        "team each year on best interests assessor, practice educator or systemic practice "
        "courses, and a route to advanced practitioner.",
        "Principal Social Worker", "", "Not started",
        [(17, "j", "h", "development for experienced and qualified staff (report para 94: no "
          "progression route, no post-qualifying opportunities)")])

    # 9 Wider service priorities
    add("9.1", "N/A", "Children's Improvement Board, chaired by the Chief Executive, to meet "
        "monthly to oversee this plan, with a progress report to Cabinet every quarter.",
        "Chief Executive", "From March 2017", "On track")
    add("9.2", "N/A", "Publish a refreshed short breaks statement for families of children who "
        "have disabilities, written with the Parent Carer Forum and carrying the voice of "
        "disabled young people.",
        "Head of Service, Disabled Children", "30/09/2017", "Not started")
    add("9.3", "N/A", "Elective home education: a first visit within 20 working days to every "
        "newly registered family, and a yearly contact after that.",
        "Elective Home Education Officer", "Ongoing", "On track")
    add("9.4", "N/A", "Move the Gateway and the Disabled Children's Service to the refurbished "
        "Brook House offices.",
        "Property Services", "Q4 2017/18", "Not started")
    add("9.5", "N/A", "Support the Youth Council's campaign on hate crime in schools and youth "
        "clubs.",
        "", "", "")
    return acts


WREAK = {
    "name": "wreakmere", "ext": "docx", "report": LE_REPORT, "recs": lambda: _recs(LE_RECS),
    "council": "Wreakmere County Council",
    "actions": wreak_actions, "bounds": (35, 55),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "covered", 7: "covered", 8: "weak", 9: "covered", 10: "uncovered",
                 11: "weak", 12: "weak", 13: "uncovered", 14: "covered", 15: "weak",
                 16: "uncovered", 17: "covered"},
    "unanswered": [10, 13, 16], "passing": [8, 15], "partial": [11, 12],
    "orphans": ["5.6", "5.7", "6.3", "9.1", "9.2", "9.3", "9.4", "9.5"],
    "miscited": ["2.2", "5.2"],
    "passing_phrase": {8: ("5.1", "any therapy the child is receiving"),
                       15: ("7.4", "the apprenticeship offer in the county's NEET strategy")},
    "decoys": {13: ["5.6"], 10: ["9.2"]},
    "ask_decoys": {12: ["5.7"]},
    "asks": {3: [("when a child is allocated to a social worker this is reflected in the social "
                  "worker's caseload", ["3.3"]),
                 ("caseload size and management capacity across the service facilitate "
                  "good-quality social work", ["3.4", "8.2"])],
             6: [("assessments sufficiently in depth", ["4.2"]),
                 ("informed by good-quality chronologies", ["4.1"]),
                 ("reflect the needs and identities of individual children", ["4.2"]),
                 ("updated regularly to take account of children's changing needs and "
                  "circumstances", ["4.3"]),
                 ("lead to outcome-focused plans", ["4.2"])],
             9: [("all children looked after who go missing are offered a return home "
                  "interview", ["6.1"]),
                 ("information from the interviews used to inform risk management and shared "
                  "intelligence", ["6.2"])],
             11: [("support plans for special guardians and adopters informed by a clear "
                   "assessment of children's and carers'/parents' long-term needs",
                   ["5.4", "5.5"]),
                  ("good-quality specialist post-order support made available to those "
                   "affected by adoption and special guardianship when, and for however long, "
                   "it is needed", [])],
             12: [("the quality of pathway planning", ["7.1"]),
                  ("management oversight of pathway planning", ["7.2"]),
                  ("consistency in the quality of advice and support provided by personal "
                   "advisers to care leavers", ["7.3"]),
                  ("information about entitlements", ["7.4"]),
                  ("provision of health histories", [])],
             14: [("children on the edge of care", ["4.5"]),
                  ("children returning home", ["4.4"])],
             17: [("developmental programmes for experienced and qualified staff, particularly "
                   "senior practitioners and first-line managers", ["8.1", "8.3"]),
                  ("the ASYE programme appropriately overseen", ["8.2"])]},
    "notes": (
        "Landscape DOCX, as a council's Word post-inspection plan: a title, a subtitle, a "
        "version line, a heading 'Introduction' with three paragraphs (not actions), then one "
        "table No. | Objective | Action | Related Ofsted recommendation(s) | Lead officer | "
        "Completion date | Status whose header row repeats on each page, then a status key and a "
        "contact line. One row is one action. 'row' is the No. cell, the council's own "
        "objective.item numbering ('1.1' ... '9.5'), never a recommendation number. The "
        "Objective cell is merged vertically over its group of rows (nine groups): 'objective' "
        "is that cell as written, given for every action of the group; 'section' is null. The "
        "Status cell is not part of 'text'. The Related Ofsted recommendation(s) cell cites "
        "numbers on 24 of 40 rows ('Rec 3', '12', and '3, 17' on row 8.2; explicit_refs), "
        "reads 'N/A' on the eight orphan rows and is blank on eight answering rows (their links "
        "are judged). Every citation is right except two. Mis-cited rows: 2.2 (action 5; every "
        "contact logged on ChildView including advice and signposting) cites '5' (thresholds) "
        "but answers R4; 5.2 (action 20; long-term fostering matches through the fostering "
        "panel) cites '11' (support plans for special guardians and adopters) but answers R7. "
        "Their citations are not links; their true links are judged and flagged miscited. "
        "Apostrophes are Word's curly ones. The plan's own vocabulary: the 'Children's Gateway' "
        "is the council's First Response Service; ChildView is its case system. "
        "Three recommendations are unanswered. R13 (private fostering) is the hard unanswered "
        "one: orphan 5.6 (action 24) refreshes the foster carers' handbook so that carers know "
        "the 'statutory requirements' for 'notifying' the service of changes to their household "
        "'arrangements', sharing 'fostering', 'statutory', 'requirements', 'notify' and "
        "'arrangements' with R13 while being about the council's own foster carers; nothing is "
        "aimed at privately fostered children or at staff and partners recognising them. R10 "
        "(child in need plan reviews for disabled children by a qualified social worker on an "
        "up-to-date assessment) has a hard decoy too: orphan 9.2 (action 37, a short breaks "
        "statement for families of children 'who have disabilities', 'carrying the voice' of "
        "disabled young people) touches no child in need plan or review. R16 (homeless 16- and "
        "17-year-olds accommodated under section 20 without delay) is simply absent. Two are "
        "touched only in passing by actions aimed elsewhere: R8 (therapeutic support for "
        "children looked after) by row 5.1 (action 19, the permanence panel, aimed at R7: its "
        "papers cover 'any therapy the child is receiving'), R15 (review of the NEET strategy) "
        "by row 7.4 (action 32, the care leavers' entitlements guide, aimed at R12: it 'also "
        "points young people to the apprenticeship offer in the county's NEET strategy'); both "
        "weak, and no row cites 8 or 15. Two multi-ask recommendations are partly answered (see "
        "asks): R11 (support plans for special guardians and adopters built on an assessment of "
        "long-term needs answered by 5.4 and 5.5; good-quality specialist post-order support "
        "made available by nothing) and R12 (quality and oversight of pathway planning, "
        "consistency of personal advisers and information about entitlements answered by "
        "7.1-7.4; provision of health histories by nothing: orphan 5.7, action 25, brings "
        "children in care's immunisation and dental records up to date 'from GP health "
        "histories', which is not giving care leavers their health histories); both weak. "
        "The other ten recommendations are covered, each by two or three actions: R1 (1.1-1.3), "
        "R2 (3.1, 3.2), R3 (3.3, 3.4, 8.2), R4 (2.1, 2.2, 2.3), R5 (2.4-2.6), R6 (4.1-4.3), R7 "
        "(5.1, 5.2, 5.3), R9 (6.1, 6.2), R14 (4.4, 4.5), R17 (8.1-8.3); asks are recorded for "
        "R3, R6, R9, R14 and R17 and all are answered. Row 8.2 cites '3, 17' and answers both "
        "(explicit). Rows 3.3 and 9.5 have no lead officer, 4.3, 8.3 and 9.5 no completion "
        "date (9.5 no status either); 2.2, 3.3 and 5.1 show 'Complete' as their completion "
        "date. Orphans (business as usual, or findings of the report that carry no "
        "recommendation), all citing 'N/A': 5.6 (foster carers' handbook, the R13 trap), 5.7 "
        "(immunisations and dental checks, the R12 health-histories trap), 6.3 (film about "
        "online grooming in schools), 9.1 (Improvement Board), 9.2 (short breaks statement, the "
        "R10 trap), 9.3 (elective home education), 9.4 (office move), 9.5 (Youth Council hate "
        "crime campaign). Design lists name actions by row; 'action N' means wreakmere-N, "
        "numbered down the table: 1-3 are rows 1.1-1.3, 4-9 rows 2.1-2.6, 10-13 rows 3.1-3.4, "
        "14-18 rows 4.1-4.5, 19-25 rows 5.1-5.7, 26-28 rows 6.1-6.3, 29-32 rows 7.1-7.4, 33-35 "
        "rows 8.1-8.3, 36-40 rows 9.1-9.5. Other names of the plan's own: 'Right Help, Right "
        "Time', Edge of Care Panel and 'Staying Together' plans, the Moving On group and 'My "
        "Pathway', 'Know Your Rights', 'Leading Practice', Tern Valley University, 'Looking "
        "Closer', Brook House."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Hamblewick - tab-separated text of a Word plan table as a document converter gives
# it, answering Southampton 2023-07-28 (ILACS, 4 areas for improvement). A title line, a short
# paragraph, then a header row and rows Ref | Area for improvement | Action | Lead | Timescale,
# the area cell filled on the first row of its group only, "<br>" in some cells, one
# "<ul><li>" list whose items are separate actions. No recommendation numbers.
# ---------------------------------------------------------------------------------------------

HAMBLE_AREAS = {
    "SU": "More homes for our children in care, and more short breaks for disabled children",
    "HE": "Health assessments and dental checks for children coming into care",
    "CL": "Support for unaccompanied young people; housing, education, employment and training "
          "for all care leavers",
    "WS": "Other service priorities 2023-24",
}


def hamble_actions():
    acts = []

    def add(ref, text, lead, date, links=(), ul=False):
        """``text``/``lead``/``date`` as a list where the cell holds lines joined by <br>
        (text: joined with a space; lead and date: with '; ')."""
        t = " ".join(text) if isinstance(text, list) else text
        lead_raw = "; ".join(lead) if isinstance(lead, list) else lead
        date_raw = "; ".join(date) if isinstance(date, list) else date

        def cell(x):
            return curly("<br>".join(x) if isinstance(x, list) else x)

        acts.append(A(curly(t), curly(lead_raw), curly(date_raw), links, row=ref, section=None,
                      objective=curly(HAMBLE_AREAS[re.match(r"[A-Z]+", ref).group()]),
                      text_cell=cell(text), lead_cell=cell(lead), date_cell=cell(date), ul=ul))

    add("SU1", "Open Marram House, a four-bed children's home in the city for young people with "
        "complex needs, and register a second home, Tidemill Lodge.",
        "Head of Residential Services", ["Marram House: Oct 2023", "Tidemill Lodge: March 2024"],
        [(1, "j", "h", "placement sufficiency: more homes in the city")])
    add("SU2", "'Foster for Hamblewick' campaign to bring in 25 new fostering households this "
        "year, with a retention offer (council tax relief, one named supervising social worker, "
        "carers' support hubs) so that carers who join us stay with us.",
        ["Fostering Service Manager", "Marketing and Communications"], "31/03/2024",
        [(1, "j", "h", "placement sufficiency: more foster homes, and fewer carers leaving "
          "(report para 38)")])
    add("SU3", "Refresh the Sufficiency Strategy 2023-26 with the regional commissioning "
        "partnership, including a block contract for six residential places within the city.",
        "Head of Commissioning (Children)", "December 2023",
        [(1, "j", "h", "placement sufficiency: the council's plan for enough homes")])
    add("SU4", "Finish the review of the short breaks offer with the Parent Carer Forum and "
        "publish a new short breaks statement.",
        "Head of Disabled Children's Service", "Jan 2024",
        [(1, "j", "h", "short-breaks provision for disabled children (report para 16: review "
          "of the short-breaks offer)")], ul=True)
    add("SU4", "Recruit and train ten more Shared Care carers who offer day and overnight breaks "
        "in their own homes.",
        "Head of Disabled Children's Service", "Jan 2024",
        [(1, "j", "h", "more short breaks for disabled children")], ul=True)
    add("SU4", "Reopen the overnight unit at Seaholly Road for weekend stays, with six beds.",
        "Head of Disabled Children's Service", "Jan 2024",
        [(1, "j", "h", "more short breaks (respite) for disabled children")], ul=True)

    add("HE1", "Children coming into care: the social worker sends the health notification and "
        "signed consent to the Looked After Children health team within two working days, and a "
        "weekly tracker lists every child still waiting for their first health assessment.",
        ["Service Manager, Children in Care", "Named Nurse, Looked After Children"], "Sept 2023",
        [(2, "j", "h", "timeliness of initial health assessments (report para 36)")])
    add("HE2", "Agree extra clinic slots with the Integrated Care Board so that every first health "
        "assessment is done within 20 working days of the child coming into care.",
        "Designated Doctor for Looked After Children", "Q3 2023/24",
        [(2, "j", "h", "work with health partners on the timeliness of initial health "
          "assessments")])
    add("HE3", ["A check-up with a dentist within three months of coming into care: the community "
                "dental service holds priority appointments for children in care, and foster "
                "carers are reminded at their supervision visits.",
                "Figures reported monthly to the Corporate Parenting Committee."],
        "Head of Service, Children in Care", "Monthly from Oct 2023",
        [(2, "j", "h", "timeliness of dental checks for children in care (report para 36)")])

    add("CL1", "A dedicated team of social workers and personal advisers for young people who "
        "arrived in the UK alone; each young person is seen every four weeks with an "
        "interpreter in their first language to go through their plan.",
        "Team Manager, Separated Young People's Team", "November 2023",
        [(3, "j", "h", "quality and effectiveness of support to unaccompanied asylum-seeking "
          "children: clarity about their plans and frequent contact (report para 35)")])
    add("CL2", "Weekly 'Welcome Table' at the Hub: food, football and films, so that "
        "no young person who came here on their own spends the weekend without company.",
        "Participation Lead", "From September 2023",
        [(3, "j", "h", "support to unaccompanied children who feel lonely (report para 35)")])
    add("CL3", "Audit the records of every young person supported by the Separated Young People's "
        "Team and put right any plan that is out of date.",
        "", "Oct 2023",
        [(3, "j", "m", "quality of support to unaccompanied children: variable records and "
          "plans (report para 35)")])
    add("CL4", "Joint housing pathway with the Housing Needs team: every care leaver has a housing "
        "plan from 17, a guaranteed tenancy offer when they are ready and extra priority on the "
        "housing register.",
        ["Leaving Care Service Manager", "Head of Housing Needs"], "March 2024",
        [(3, "j", "h", "housing for all care leavers")])
    add("CL5", "Six more 'Staying Close' flats near young people's last children's homes, and the "
        "Staying Put allowance raised to match the fostering fee.",
        "Head of Commissioning (Children)", "2024/25",
        [(3, "j", "h", "housing for care leavers: more move-on options (report para 52)")])

    add("WS1", "Annual reviews of foster carers and assessments of new fostering applicants to "
        "come to panel on time, with the panel's membership and administrative arrangements "
        "refreshed.",
        "Fostering Service Manager", "Ongoing")
    add("WS2", "Six social work degree apprenticeships for family support workers already "
        "employed by the council, with their education and training costs paid.",
        "Workforce Development Lead", "September 2024")
    add("WS3", "Every allegation about a foster carer referred to the LADO within one working day; "
        "the fostering service keeps a log that the LADO checks each month.",
        ["Fostering Service Manager", "LADO"], "Immediate")
    add("WS4", "Restructure the out-of-hours service so that two social workers are on duty every "
        "night.",
        "Head of Safeguarding", "")
    add("WS5", "Direct work with children (drawings, apps, activities) scanned or summarised onto "
        "the child's record after each visit.",
        "Principal Social Worker", "Dec 2023")
    return acts


HAMBLE = {
    "name": "hamblewick", "ext": "txt", "report": SO_REPORT, "recs": lambda: _recs(SO_RECS),
    "council": "Hamblewick City Council",
    "actions": hamble_actions, "bounds": (15, 30),
    "expected": {1: "covered", 2: "covered", 3: "weak", 4: "uncovered"},
    "unanswered": [4], "passing": [], "partial": [3],
    "orphans": [15, 16, 17, 18, 19], "miscited": [],
    "decoys": {4: [15]},
    "ask_decoys": {3: [16]},
    "asks": {1: [("an increase in placement sufficiency", [1, 2, 3]),
                 ("short-breaks provision for disabled children", [4, 5, 6])],
             2: [("work with health partners to improve the timeliness of initial health "
                  "assessments for children in care", [7, 8]),
                 ("the timeliness of dental checks for children in care", [9])],
             3: [("the quality and effectiveness of support to unaccompanied asylum-seeking "
                  "children", [10, 11, 12]),
                 ("housing for all care leavers", [13, 14]),
                 ("education, employment and training for all care leavers", [])]},
    "notes": (
        "Tab-separated text, as a document converter exports a Word plan table: a title line, "
        "a blank line, a short paragraph, a blank line, then a header row Ref | Area for "
        "improvement | Action | Lead | Timescale and one line per table row. The Area for "
        "improvement cell is filled on the first row of its group only (SU, HE, CL, WS); "
        "'objective' is that cell as written, for every action of the group; 'section' is null; "
        "'row' the Ref cell ('SU1' ...), the council's own reference, never a recommendation "
        "number. Row SU4 holds '<ul><li>...</li><li>...</li><li>...</li></ul>': each <li> is its "
        "own action (actions 4-6) sharing the row's Ref, lead and timescale. Some cells hold "
        "two lines joined by '<br>': the timescale of SU1, the leads of SU2, HE1, CL4 and WS3 "
        "(leads_raw / date_raw join the lines with '; '), and the action cell of HE3, whose two "
        "sentences are one action ('text' joins them with a space). 'text' holds no tags. No "
        "recommendation numbers anywhere, so every link is judged. CL3 has no lead, WS4 no "
        "timescale. R1 (placement sufficiency, including short breaks for disabled children) "
        "is covered by 1-6, both asks answered; R2 (initial health assessments and dental "
        "checks with health partners) by 7-9, both asks answered. R3 has three asks (see "
        "asks): support to unaccompanied asylum-seeking children answered by 10-12, housing for "
        "care leavers by 13-14, education, employment and training for care leavers by "
        "nothing, although the group's area cell names it; so R3 is partly answered (partial, "
        "weak). Hard decoy for that ask: orphan 16 (WS2, social work degree apprenticeships "
        "for family support workers 'employed by the council', with their 'education and "
        "training' costs paid) is about the council's staff, not care leavers. R4 (private "
        "fostering) is the hard unanswered one: orphan 15 (WS1, annual reviews of 'foster' carers "
        "and 'assessments' of new 'fostering' applicants at panel, the panel's administrative "
        "'arrangements') shares its words but is about the council's own foster carers; orphan 17 (WS3, allegations about foster carers to the "
        "LADO) is not aimed at it either. Orphans (business as usual, or findings of the report "
        "that carry no area for improvement): 15-19 (WS1-WS5: foster carer reviews and "
        "assessments at panel, apprenticeships, LADO referrals, out-of-hours rota, direct work on "
        "records). 'action N' means hamblewick-N, numbered down the file: 1-3 are SU1-SU3, "
        "4-6 the items of SU4, 7-9 HE1-HE3, 10-14 CL1-CL5, 15-19 WS1-WS5. The plan's own "
        "names: Marram House, Tidemill Lodge, 'Foster for Hamblewick', Shared Care carers, "
        "Seaholly Road, 'Welcome Table', the Hub, Separated Young People's Team."),
}

PLANS = [WREAK, HAMBLE]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold's shape, with the recommendations transcribed in this script
# ---------------------------------------------------------------------------------------------

def build_ab(plan, set_name="ab"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document), as
    _coverage_sets.build_gold builds it, except that the recommendations are this script's
    transcriptions. Actions are ``<name>-<i>`` in order; design lists and asks name actions by
    their index or (wreakmere) their No. cell."""
    gold = build_gold(plan, set_name, ABOUT, recs=plan["recs"]())
    for asks in gold["asks"].values():  # the asks quote the recommendations, apostrophes as printed
        for ask in asks:
            ask["text"] = curly(ask["text"])
    return gold

# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


WREAK_COLS = ["No.", "Objective", "Action", "Related Ofsted recommendation(s)", "Lead officer",
              "Completion date", "Status"]


def write_wreak(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    sec.header.paragraphs[0].text = "Wreakmere County Council \u2013 Children and Family Services"
    sec.footer.paragraphs[0].text = curly(
        "Post-inspection Improvement Plan 2017\u201318 \u2013 version 1.2 \u2013 NOT PROTECTIVELY "
        "MARKED")

    doc.add_paragraph("Wreakmere County Council", style="Title")
    doc.add_paragraph(curly("Children and Family Services: Post-inspection Improvement Plan "
                            "2017\u201318"), style="Subtitle")
    doc.add_paragraph("Version 1.2, 3 April 2017. Owner: Director of Children and Family Services.")
    doc.add_heading("Introduction", level=1)
    for text in (
            "Ofsted inspected Wreakmere's services for children in need of help and protection, "
            "children looked after and care leavers between November and December 2016, "
            "together with a review of the Wreakmere Safeguarding Children Board. The report, "
            "published in February 2017, judged our services to require improvement to be good. "
            "Inspectors recognised our early help offer, our work with children at risk of "
            "sexual exploitation and the strength of the voice of children in Wreakmere, but "
            "they also found that our information about the Children's Gateway was not "
            "accurate, that supervision was not regular or challenging enough and that too many "
            "caseloads were too high.",
            "This plan brings together the actions we are taking in response to the report. "
            "Actions are grouped under the objectives we have set ourselves, and the column "
            "'Related Ofsted recommendation(s)' shows which of the report's recommendations an "
            "action responds to, where there is one. Some actions in the plan come from our "
            "service plans and are marked N/A. The Safeguarding Children Board is responding to "
            "its own recommendations separately.",
            "The plan is monitored each month by the Children's Improvement Board, chaired by the "
            "Chief Executive, and reported to Cabinet and to the Children and Families Overview "
            "and Scrutiny Committee every quarter. Lead officers update the Status column before "
            "each Board meeting."):
        doc.add_paragraph(curly(text))

    table = doc.add_table(rows=1, cols=len(WREAK_COLS))
    table.style = "Table Grid"
    head = table.rows[0]
    _repeat_header(head)
    for cell, text in zip(head.cells, WREAK_COLS):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, "2E5A3C")
    for group in _groups(acts, lambda a: a["objective"]):
        first = len(table.rows)
        for a in group:
            cells = table.add_row().cells
            for k, text in enumerate([a["row"], "", a["text"], a["extra"]["cite"], a["lead"],
                                      a["date"], a["extra"]["status"]]):
                if k != 1:
                    cells[k].text = text
        last = len(table.rows) - 1
        merged = table.cell(first, 1)
        if last > first:
            merged = merged.merge(table.cell(last, 1))
        merged.text = ""
        merged.paragraphs[0].add_run(group[0]["objective"]).bold = True
        merged.vertical_alignment = WD_ALIGN_VERTICAL.TOP
        _shade(merged, "E2EFDA")
    widths = [Cm(1.1), Cm(4.4), Cm(10.2), Cm(2.6), Cm(4.0), Cm(2.4), Cm(2.0)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete \u2013 action finished and evidence seen by the "
                      "Board; On track; In progress; Not started; Delayed.")
    doc.add_paragraph(curly("Contact: Children's Improvement Team, County Hall, Wreakmere."))
    docx_props(doc, "Children and Family Services, Wreakmere County Council",
               "Post-inspection Improvement Plan 2017-18")
    doc.save(path)
    normalise_zip(path)


HAMBLE_COLS = ["Ref", "Area for improvement", "Action", "Lead", "Timescale"]


def write_hamble(plan, acts, path):
    out = [curly("Hamblewick City Council \u2013 Children's Services ILACS Action Plan "
                 "2023\u201324"),
           "",
           curly("Ofsted inspected Hamblewick's services for children in June 2023 and judged "
                 "them good overall, with the impact of leaders judged outstanding. The report "
                 "named four areas where we need to do better. This plan sets out our actions "
                 "on each of them, with some other service priorities for the year. It is "
                 "reviewed every month by the Children's Services Leadership Team."),
           "",
           "\t".join(HAMBLE_COLS)]
    seen = set()
    for group in _groups(acts, lambda a: a["row"]):
        a = group[0]
        x = a["extra"]
        for b in group:
            assert b["lead"] == a["lead"] and b["date"] == a["date"] and b["extra"]["ul"] == (
                len(group) > 1)
        area = ""
        if a["objective"] not in seen:
            seen.add(a["objective"])
            area = a["objective"]
        if len(group) > 1:
            cell = "<ul><li>" + "</li><li>".join(b["extra"]["text_cell"] for b in group) + \
                   "</li></ul>"
        else:
            cell = x["text_cell"]
        out.append("\t".join([a["row"], area, cell, x["lead_cell"], x["date_cell"]]))
    for line in out:
        assert line == line.rstrip(" "), line
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


WRITERS = {"wreakmere": write_wreak, "hamblewick": write_hamble}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "wreakmere": dict(unanswered=3, passing=2, partial=2, miscited=2, orphans=(5, 10)),
    "hamblewick": dict(unanswered=1, passing=0, partial=1, miscited=0, orphans=(3, 6)),
}

# words too common in this domain to count as shared vocabulary (as set z)


def check_recs(plan):
    """The transcribed recommendations: numbered 1..N in order, clean single-line texts."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no footnote markers
    return recs


def check_design(gold, plan):
    name = plan["name"]
    spec = SPEC[name]
    recs = check_recs(plan)
    assert len(recs) == len(plan["expected"]) == len(gold["expected"])
    lo, hi = plan["bounds"]
    acts = gold["actions"]
    ids = {a["id"]: a for a in acts}
    assert lo <= len(acts) <= hi, (name, len(acts))
    d = gold["design"]
    for key in ("unanswered", "passing", "partial", "miscited"):
        assert len(d[key]) == spec[key], (name, key)
    assert spec["orphans"][0] <= len(d["orphans"]) <= spec["orphans"][1], name
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    for r, s in gold["expected"].items():
        if s == "covered" and name == "wreakmere":  # one to three actions each
            assert 1 <= len(per_rec[r]) <= 3, (name, r, len(per_rec[r]))
    for r in d["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan.get("passing_phrase", {}).items():
        a = ids[f"{name}-{k}"] if isinstance(k, int) else next(x for x in acts if x["row"] == k)
        assert curly(phrase) in a["text"], (name, n, phrase)
        mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
        assert mine and f"R{n}" not in mine and f"R{n}" in d["passing"], (name, n)
    assert set(plan.get("passing_phrase", {})) == {int(r[1:]) for r in d["passing"]}, name

    def aid(k):
        return f"{name}-{k}" if isinstance(k, int) else next(x["id"] for x in acts
                                                             if x["row"] == k)

    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation (or the unanswered ask of a partial one)
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for n, orphans in plan.get("decoys", {}).items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = aid(k)
            assert o in d["orphans"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan.get("ask_decoys", {}).items():
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        assert missing, (name, n)
        for k in orphans:
            o = aid(k)
            assert o in d["orphans"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert "hard unanswered" in d["notes"], name
    for a in acts:
        for f in ("text", "leads_raw", "date_raw", "objective"):
            v = a[f] or ""
            assert "\n" not in v and "\t" not in v, (name, a["id"], f)
            assert not re.search(r"[<>&]|\u00a0", v), (name, a["id"], f)
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted)\b", a["text"], re.I), a["id"]
        assert "'" not in a["text"] and "'" not in a["leads_raw"], a["id"]  # Word's curly quotes
    # at least a third of the answering links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    raw = plan["actions"]()
    orphans = set(d["orphans"])
    if name == "wreakmere":
        cells = [r["extra"]["cite"] for r in raw]
        numbered = [c for c in cells if _cell_refs(c)]
        assert len(numbered) > len(acts) / 2, (name, len(numbered))  # most rows cite numbers
        assert cells.count("") >= 5, name  # blank on some
        assert any(re.fullmatch(r"Rec \d+", c) for c in cells), name
        assert any(re.fullmatch(r"\d+", c) for c in cells), name
        assert any(re.fullmatch(r"\d+, \d+", c) for c in cells), name
        dates = [a["date_raw"] for a in acts]
        for pat in (r"Q\d \d{4}/\d\d", r"\d\d/\d\d/\d{4}", r"[A-Z][a-z]{2,3} \d\d", r"Ongoing",
                    r"Complete"):
            assert any(re.fullmatch(pat, x) for x in dates), (name, pat)
        objectives = [curly(o) for o in WREAK_OBJ.values()]
        groups = _groups(acts, lambda a: a["objective"])
        assert [g[0]["objective"] for g in groups] == objectives, name  # contiguous groups
        for g, (k, _) in zip(groups, enumerate(objectives, 1)):
            assert [a["row"] for a in g] == [f"{k}.{i}" for i in range(1, len(g) + 1)], k
        for a, r in zip(acts, raw):
            assert a["section"] is None
            assert a["explicit_refs"] == _cell_refs(r["extra"]["cite"]), a["id"]
            assert (r["extra"]["cite"] == "N/A") == (a["id"] in orphans), a["id"]
            mine = {l["rec"] for l in gold["links"] if l["action"] == a["id"]}
            cited = {f"R{n}" for n in a["explicit_refs"]}
            if a["id"] in d["miscited"]:
                assert not cited & mine, a["id"]
            else:  # every other citation is right: the row answers each number it cites
                assert cited <= mine, a["id"]
            assert r["extra"]["status"] in ("", "Complete", "On track", "In progress",
                                             "Not started", "Delayed"), a["id"]
        for r in d["unanswered"] + d["passing"]:  # no gap is cited anywhere
            assert not any(int(r[1:]) in a["explicit_refs"] for a in acts), r
        assert any(len(a["explicit_refs"]) == 2 for a in acts), name
    if name == "hamblewick":
        assert all(not a["explicit_refs"] and a["section"] is None for a in acts), name
        assert all(l["source"] == "judged" for l in gold["links"]), name
        areas = [curly(v) for v in HAMBLE_AREAS.values()]
        assert [g[0]["objective"] for g in _groups(acts, lambda a: a["objective"])] == areas
        rows = [a["row"] for a in acts]
        ul_rows = [x for x in dict.fromkeys(rows) if rows.count(x) > 1]
        assert len(ul_rows) == 1 and all(r["extra"]["ul"] == (r["row"] in ul_rows) for r in raw)
        x = [r["extra"] for r in raw]
        assert any("<br>" in e["lead_cell"] for e in x) and any("<br>" in e["date_cell"]
                                                                for e in x), name
        assert any("<br>" in e["text_cell"] for e in x), name
        last = areas[-1]
        assert {a["id"] for a in acts if a["objective"] == last} == orphans, name
        for a in acts:
            assert re.fullmatch(r"[A-Z]{2}\d", a["row"]), a["id"]
            assert not re.search(r"\b(R\d|recommendation)", a["text"]), a["id"]
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "ab", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_ab)
