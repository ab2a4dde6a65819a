"""Write the sealed coverage evaluation set "az": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_az.py            # writes documents and gold
    python scripts/make_coverage_plans_az.py --check    # only runs the consistency checks

Documents: corpus/coverage/az/<name>.<ext>      Gold: corpus/gold/coverage/az/<name>.json

The two documents imitate what councils' own systems produce: a Word document (A4 landscape)
built from a "SMART action plan" template (a title, a document-control line and a short
introduction; then ONE TABLE PER RECOMMENDATION the council chose to answer, each opening with a
merged, shaded, full-width row "Recommendation N: <the council's short restatement>", then a
header row Specific action | Measurable - how we will know | Achievable - resources |
Responsible | Time-bound, then the action rows; some Time-bound cells hold two dates, "Start: Jan
2022 / Complete: Jun 2022"; a last table "Other improvement work" with the same columns for work
aimed at no recommendation; then a sign-off box "Approved by ... Date ..." that is a table too
and no action), and an Excel workbook with ONE SHEET PER THEME (a "Cover" sheet with the plan's
title, a version table and a contents list of the sheets; theme sheets "1 Front door", "2 Child
protection", "3 Care leavers", "9 Other work", each a merged title row, a blank row and the
header Ref | Action(s) | Lead officer (job title) | Start | Target date | RAG | Update Sept 22,
Start and Target real Excel dates formatted dd-mmm-yy or text ("Ongoing", "tbc"); "1 Front door"
with frozen panes and an autofilter, and one of its rows struck through (withdrawn: no action);
a last "RAG summary" sheet counting G/A/R per theme with COUNTIF formulas, no action).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check, inside transcribed_gaps()).

Recommendation texts: the local-authority items of both reports were transcribed by hand from
the report PDFs (read with pypdfium2) for this set and are held below as data (KN_RECS, LU_RECS),
word for word, lines broken by the PDF joined, the reports' curly apostrophes kept; they are
passed to build_gold(recs=...). Nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the action's row cites 3
                                   and the text supports it: in kelverton, the row stands in the
                                   table headed "Recommendation 3") or "j" judged; "h" high /
                                   "m" medium
    mis=True                       the row's citation (its table's heading) is one its text does
                                   not answer; its true link is judged
Actions with no links are orphans (see each plan's design notes). Design lists and asks name an
action by its number N (the action is <name>-N), numbered down the document.

All councils, places, people, teams, systems, charities and local programmes are fictional
(national schemes and terms such as personal advisers, the Local Offer, education, health and
care plans, Homes for Ukraine, Incredible Years or Triple P are named as councils name them); no
real person is named. Output is deterministic: the Word document and the workbook have fixed
core properties and every zip member a fixed timestamp.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, FIXED, build_gold, docx_props, main,  # noqa: E402
                          normalise_zip)
from _coverage_sets import curly, groups as _groups, repeat_header, shade  # noqa: E402
from _coverage_sets import transcribed_gaps, words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Knowsley, inspection of local authority children's services (ILACS), report published 3
# December 2021 (inspection 11 to 22 October 2021; requires improvement to be good in every
# judgement). "What needs to improve?", page 2 of the PDF: five bullets (black squares, U+25FC),
# all addressed to the local authority, numbered 1-5 in the report's order, followed by the
# heading "The experiences and progress of children who need help and protection: requires
# improvement to be good". Printed as noun phrases and kept as printed; the curly apostrophe of
# R5 kept. Lines broken by the PDF joined with a space.
# ---------------------------------------------------------------------------------------------

KN_REPORT = "knowsley-80479/2021-12-03.pdf"
KN_PAGES = (2,)

KN_RECS = [  # (number, page, text)
    (1, 2, "The quality and impact of the support provided to care leavers."),
    (2, 2, "The quality of assessments and plans for children in need of help and protection, "
           "particularly where children live in households where there is domestic abuse."),
    (3, 2, "The response to children who present as homeless."),
    (4, 2, "The quality of work with children who live in private fostering arrangements."),
    (5, 2, "The arrangements for the transition of children from children\u2019s to adult "
           "services."),
]

# ---------------------------------------------------------------------------------------------
# Luton, inspection of local authority children's services (ILACS), report published 5
# September 2022 (inspection 11 to 22 July 2022; leaders good, the other judgements and overall
# requires improvement to be good). "What needs to improve?", page 2 of the PDF: five bullets
# (black squares), all addressed to the local authority, numbered 1-5 in order, followed by the
# heading "The experiences and progress of children who need help and protection: requires
# improvement to be good". Noun phrases, kept as printed; lines broken by the PDF joined.
# ---------------------------------------------------------------------------------------------

LU_REPORT = "luton-80520/2022-09-05.pdf"
LU_PAGES = (2,)

LU_RECS = [
    (1, 2, "The quality and impact of supervision and management oversight."),
    (2, 2, "The stability of the workforce."),
    (3, 2, "The quality and analysis of assessments of children."),
    (4, 2, "The quality of evidence-based assessments undertaken to support effective placement "
           "matching."),
    (5, 2, "The consistency of support and pathway plans for care leavers."),
]

# where each list sits in its report: the words opening the block, the words after it, and what
# stands before each item (the bullet glyph)
_NEXT = ("The experiences and progress of children who need help and protection: requires "
         "improvement to be good")
BLOCKS = {
    KN_REPORT: dict(start="What needs to improve?", end=_NEXT, label="\u25fc"),
    LU_REPORT: dict(start="What needs to improve?", end=_NEXT, label="\u25fc"),
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def kn_recs():
    return _recs(KN_RECS)


def lu_recs():
    return _recs(LU_RECS)


def d(day, month, year):
    return datetime(year, month, day)


# ---------------------------------------------------------------------------------------------
# Plan 1: Kelverton - a Word SMART action plan answering Knowsley 2021-12-03 (ILACS, five
# items). One table per recommendation answered (1, 2 and 5), each opened by a merged, shaded
# "Recommendation N: ..." row and the SMART header; a last table "Other improvement work"; a
# sign-off box.
# ---------------------------------------------------------------------------------------------

KV_TABLES = {  # the council's short restatements, as the merged first rows hold them
    1: "Improve the support we give our care leavers, and the difference it makes to them",
    2: "Stronger assessments and plans for children in need and children on child protection "
       "plans",
    5: "Planning early for young people who will need adult services",
}
KV_OTHER = "Other improvement work"
KV_HEADER = ("Specific action", "Measurable \u2013 how we will know",
             "Achievable \u2013 resources", "Responsible", "Time-bound")


def kv_heading(table):
    return KV_OTHER if table == "other" else f"Recommendation {table}: {KV_TABLES[table]}"


def kv_actions():
    acts = []

    def add(table, text, measurable, achievable, lead, date, links=(), mis=False):
        """A row of ``table`` (1, 2, 5 or "other"): Specific action, Measurable, Achievable,
        Responsible, Time-bound as written ("" empty). ``text`` is the Specific action cell,
        leads_raw the Responsible cell, date_raw the Time-bound cell (both dates where it has
        two); a row in a recommendation's table cites that recommendation (explicit_refs)."""
        refs = [] if table == "other" else [table]
        acts.append(A(curly(text), curly(lead), date, links, refs, mis, row=None,
                      section=curly(kv_heading(table)), objective=None, table=table,
                      measurable=curly(measurable), achievable=curly(achievable)))

    # Recommendation 1 - care leavers (R1); action 4 touches R3 in passing
    add(1, "Recruit three more personal advisers so that no adviser works with more than 20 "
        "young people and each has time for the young people who need them most.",
        "Caseloads of 20 or fewer on the monthly performance report",
        "\u00a3126k growth agreed in the 2022/23 budget",
        "Head of Service, Children in Care and Care Leavers",
        "Start: Jan 2022 / Complete: Jun 2022",
        links=[(1, "e", "h", "in Recommendation 1's table; more of an adviser's time for each "
                "young person: the quality of support to care leavers")])
    add(1, "Rewrite our Local Offer with the Care Leavers' Forum and relaunch it, adding a free "
        "leisure pass and raising the setting-up-home allowance to \u00a32,500.",
        "Offer published and signed off by the Forum",
        "Participation Officer time; allowance increase built into the budget",
        "Participation and Engagement Manager", "31/03/2022",
        links=[(1, "e", "h", "in Recommendation 1's table; what care leavers are entitled to, "
                "written with them and made more generous")])
    add(1, "Every young person to be seen face to face by their personal adviser at least every "
        "eight weeks, wherever they live, and more often when things are going wrong.",
        "95% seen within eight weeks (monthly report)",
        "Existing staffing once the new advisers are in post",
        "Team Manager, Leaving Care", "From April 2022",
        links=[(1, "e", "h", "in Recommendation 1's table; regular contact with every care "
                "leaver: the quality of support")])
    add(1, "Care leavers who become homeless after their 18th birthday to be seen the same day "
        "by their personal adviser at the Housing Options hub, so that a bed is found that "
        "night and a tenancy plan agreed within a week.",
        "No care leaver placed in bed and breakfast",
        "Adviser duty rota at the hub two days a week",
        "Team Manager, Leaving Care", "March 2022",
        links=[(1, "e", "h", "in Recommendation 1's table; housing help for care leavers over "
                "18: support to care leavers, not the response to children who present as "
                "homeless (R3 touched in passing only)")])
    add(1, "A mental health practitioner from the Amberleigh Partnership NHS Trust to be based "
        "in the leaving care team, seeing young people without a referral.",
        "Practitioner in post; number of young people seen each quarter",
        "Joint funding with the CCG agreed in principle",
        "tbc", "Start: Apr 2022 / Complete: Sep 2022",
        links=[(1, "e", "h", "in Recommendation 1's table; mental health help for care "
                "leavers")])
    add(1, "Ten council apprenticeships a year kept for care leavers, each with a mentor from "
        "the service where they work.",
        "Ten care leavers start an apprenticeship in 2022/23",
        "HR and the Corporate Parenting Board", "Head of HR", "September 2022",
        links=[(1, "e", "m", "in Recommendation 1's table; work and training for care "
                "leavers: part of the support offered")])
    add(1, "Ask care leavers twice a year what difference their adviser has made to them, and "
        "report what they say to the Corporate Parenting Board with what we have changed as a "
        "result.",
        "Survey results and a 'you said, we did' report each half year",
        "Participation team", "Participation and Engagement Manager", "Twice yearly",
        links=[(1, "e", "h", "in Recommendation 1's table; the impact of the support measured "
                "with care leavers themselves")])

    # Recommendation 2 - assessments and plans (R2, its general ask only); action 14 is a care
    # leavers' action put in this table
    add(2, "Relaunch our assessment practice standard with a new analysis section, 'What is "
        "life like for this child and what needs to change?', written before the social worker "
        "says what should happen next.",
        "Audits show the analysis graded good or better in 70% of assessments by September 2022",
        "Principal Social Worker and the practice development team",
        "Principal Social Worker", "Start: Jan 2022 / Complete: Mar 2022",
        links=[(2, "e", "h", "in Recommendation 2's table; assessments that analyse the "
                "child's experience: their quality")])
    add(2, "Team managers not to authorise an assessment until the analysis explains the risks "
        "and what will change, recording on Orbis why they have signed it off.",
        "Monthly dip sample by the Heads of Service",
        "Existing management capacity",
        "Heads of Service, Children in Need and Child Protection", "February 2022",
        links=[(2, "e", "h", "in Recommendation 2's table; managers holding assessments to "
                "the standard before they are authorised")])
    add(2, "Every child in need and child protection plan to say what will be different for the "
        "child, who will do what and by when, so that each review can see whether the child's "
        "life is better.",
        "Plan audit tool scores; review minutes",
        "New plan template on Orbis (IT change request raised)",
        "Head of Service, Safeguarding and Quality", "Start: Feb 2022 / Complete: May 2022",
        links=[(2, "e", "h", "in Recommendation 2's table; plans for children in need and on "
                "child protection plans focused on outcomes: the quality of plans")])
    add(2, "Child protection chairs to score every plan at each review conference and raise a "
        "practice alert where a plan does not show progress for the child.",
        "Alerts logged and resolved within ten working days",
        "Independent reviewing and chairing team",
        "Head of Service, Safeguarding and Quality", "April 2022",
        links=[(2, "e", "h", "in Recommendation 2's table; chairs challenging the quality of "
                "plans")])
    add(2, "Practice workshops for all social workers on weighing up risk and the effect on "
        "children of parents' mental ill-health and substance misuse, and on including fathers "
        "in every assessment.",
        "All social workers attend by July 2022",
        "Workforce development budget", "Workforce Development Manager", "July 2022",
        links=[(2, "e", "h", "in Recommendation 2's table; the analysis of risk in assessments "
                "(the report's paragraph 7 on parental mental ill-health, substance misuse and "
                "fathers)")])
    add(2, "Monthly audit of 20 assessments and plans, each graded and talked through with the "
        "social worker, with what we learn reported to the Practice Improvement Group.",
        "20 audits a month; percentage graded good or better",
        "Quality assurance team", "Quality Assurance Manager", "Monthly",
        links=[(2, "e", "h", "in Recommendation 2's table; the quality of assessments and "
                "plans audited and fed back")])
    add(2, "Pathway plans for care leavers rewritten with each young person in plain language "
        "and reviewed at least every six months.",
        "Pathway plan audit", "Personal advisers", "Team Manager, Leaving Care", "June 2022",
        mis=True,
        links=[(1, "j", "h", "in Recommendation 2's table, but a pathway plan is a care "
                "leaver's plan: it is aimed at R1 (the support provided to care leavers), not at "
                "assessments and plans for children in need of help and protection")])

    # Recommendation 5 - transition to adult services (R5)
    add(5, "Monthly transitions panel with adult social care and health, tracking every disabled "
        "young person likely to need adult services from their 14th birthday.",
        "Tracker lists every young person from 14",
        "Chaired jointly by the two Heads of Service",
        "Head of Service, Disabled Children", "Start: Jan 2022 / Complete: Apr 2022",
        links=[(5, "e", "h", "in Recommendation 5's table; planning for adult services begun "
                "at 14 for every young person who will need them")])
    add(5, "Joint protocol signed by the directors of children's and adult services: the adult "
        "social care assessment begins by 17 and a plan is agreed six months before the young "
        "person turns 18.",
        "Protocol signed; plans agreed by 17 and a half",
        "Both directorates' management teams", "Director of Children's Services", "31/03/2022",
        links=[(5, "e", "h", "in Recommendation 5's table; the arrangements between the two "
                "services, with fixed points before 18")])
    add(5, "Two preparing for adulthood workers in the disabled children's team, working "
        "alongside the young person's social worker from age 16.",
        "Both posts filled", "Funded from the transformation reserve",
        "Head of Service, Disabled Children", "tbc",
        links=[(5, "e", "h", "in Recommendation 5's table; workers who prepare young people "
                "for the move to adult services")])
    add(5, "A 'what happens when I turn 18' guide, in easy read, for young people and their "
        "parents, with the name of their adult social care worker given to them by 17 and a "
        "half.",
        "Guide published; feedback from the parent carer forum",
        "Parent carer forum helping to write it", "", "May 2022",
        links=[(5, "e", "m", "in Recommendation 5's table; young people and families told "
                "what to expect and who they will work with after 18")])
    add(5, "Young people with an education, health and care plan to have their move to adult "
        "health services discussed at their Year 9 annual review and at every review after it.",
        "Year 9 reviews sampled each term", "SEND team and health colleagues", "Head of SEND",
        "Ongoing",
        links=[(5, "e", "m", "in Recommendation 5's table; the move to adult health services "
                "planned early")])

    # Other improvement work (no recommendation heading): decoys, orphans, one judged link
    add("other", "Recruit 25 new foster carers through the 'Foster for Kelverton' campaign, with "
        "new fostering allowances and arrangements for short breaks.",
        "25 households approved by March 2023", "Marketing budget \u00a340k",
        "Fostering Service Manager", "March 2023")
    add("other", "Children who live in children's homes run by private providers outside the "
        "borough to have a visit from a commissioning officer each year to check the home is "
        "meeting their needs.",
        "Every home visited once a year", "Commissioning team",
        "Commissioning Manager", "Ongoing")
    add("other", "Six more refuge places for households fleeing domestic abuse, commissioned "
        "with the Domestic Abuse Partnership Board under the new duty to provide safe "
        "accommodation.",
        "Six places open", "New burdens funding for the safe accommodation duty",
        "Community Safety Manager", "Start: Apr 2022 / Complete: Oct 2022")
    add("other", "Care leavers living in Kelverton to pay no council tax until they are 25, up "
        "from 21.",
        "Exemption in the 2022/23 council tax scheme", "Cabinet decision; cost \u00a338k a year",
        "Head of Revenues and Benefits", "1 April 2022",
        links=[(1, "j", "m", "in the 'Other improvement work' table, which cites nothing, but "
                "financial help for care leavers is support provided to care leavers")])
    add("other", "Open family hubs in Halsey Moor and Amberleigh, bringing health visitors, early "
        "help and the children's centre under one roof.",
        "Both hubs open", "Family hubs grant", "Head of Early Help", "September 2022")
    add("other", "Upgrade Orbis to version 6 and move every recording form across.",
        "Go-live without data loss", "ICT project team", "Business Systems Manager", "tbc")
    add("other", "Six staff to start the social work degree apprenticeship in September.",
        "Six apprentices enrolled", "Apprenticeship levy", "Workforce Development Manager",
        "September 2022")
    add("other", "New complaints leaflet for children and young people, with an easy read "
        "version and a QR code to complain online.",
        "Leaflet in every office and online", "Within existing budget", "Complaints Manager", "")
    add("other", "Holiday activities and food programme run in every ward over Easter, summer "
        "and Christmas.",
        "Places taken up by children on free school meals", "Holiday activities grant",
        "Head of Early Help", "Ongoing")
    return acts


KV = {
    "name": "kelverton", "ext": "docx", "report": KN_REPORT, "recs": kn_recs,
    "pages": KN_PAGES, "council": "Kelverton Metropolitan Borough Council",
    "actions": kv_actions, "bounds": (25, 32),
    "expected": {1: "covered", 2: "weak", 3: "weak", 4: "uncovered", 5: "covered"},
    "unanswered": [4], "passing": [3], "partial": [2],
    "orphans": [20, 21, 22, 24, 25, 26, 27, 28],
    "miscited": [14],
    "passing_phrase": {3: (4, "homeless")},
    "decoys": {4: [20, 21]},
    "ask_decoys": {2: [22]},
    "asks": {1: [("the quality of the support provided to care leavers",
                  [1, 2, 3, 4, 5, 6, 14, 23]),
                 ("its impact: the difference the support makes to care leavers", [7])],
             2: [("the quality of assessments and plans for children in need of help and "
                  "protection", [8, 9, 10, 11, 12, 13]),
                 ("particularly where children live in households where there is domestic "
                  "abuse: assessments and plans that understand the domestic abuse and respond "
                  "to it", [])]},
    "notes": (
        "Word document (.docx, A4 landscape) built from a council's 'SMART action plan' "
        "template. A title, subtitle and document-control line; an 'Introduction' of two "
        "paragraphs, the second saying that actions for homeless 16 and 17 year olds and for "
        "private fostering will be added later (not an action). Then FOUR tables, one per "
        "recommendation the council answers and one for other work, each of five columns: its "
        "first row ONE cell merged across the table and shaded, 'Recommendation 1: Improve the "
        "support we give our care leavers, and the difference it makes to them', "
        "'Recommendation 2: Stronger assessments and plans for children in need and children "
        "on child protection plans', 'Recommendation 5: Planning early for young people who "
        "will need adult services' (the council's own short restatements; there is no table "
        "for Recommendations 3 and 4) and 'Other improvement work'; its second row the header "
        "Specific action | Measurable - how we will know | Achievable - resources | "
        "Responsible | Time-bound (both first rows repeat on a new page); then one row per "
        "action. After the tables a sign-off box (a bordered table: 'Approved by:' | a role | "
        "'Date:' | empty, twice): not actions. 'section' is the table's merged first row as "
        "written; 'row' and 'objective' are null (the template has no reference column). "
        "'text' is the Specific action cell, 'leads_raw' the Responsible cell, 'date_raw' the "
        "Time-bound cell as written, both dates where it holds two ('Start: Jan 2022 / "
        "Complete: Jun 2022': the completion date is the deadline); the Measurable and "
        "Achievable cells are not part of the action. Responsible 'tbc': action 5 ('A mental "
        "health practitioner from the Amberleigh'); empty: action 18 (the easy read guide "
        "for young people turning 18). Time-bound 'tbc': action 17 ('Two preparing for adulthood "
        "workers') and orphan 25 ('Upgrade Orbis to version 6'); empty: orphan 27 ('New "
        "complaints leaflet for children'). "
        "Citations: a row in a recommendation's table cites that recommendation "
        "(explicit_refs [N]); rows of 'Other improvement work' cite nothing. Every row of the "
        "three recommendation tables is an explicit link to its table's recommendation, EXCEPT "
        "action 14 ('Pathway plans for care leavers rewritten'), which stands in "
        "Recommendation 2's table but is a care leavers' action: mis-cited, its true link to R1 "
        "judged. Action 23 ('Care leavers living in Kelverton to pay no council tax') stands in "
        "'Other improvement work' and is aimed at R1 all the same (judged, medium). "
        "Hard unanswered: R4 (the quality of work with children who live in private fostering "
        "arrangements): no table, no action; the introduction says private fostering actions "
        "will be added later. Orphan 20 ('Recruit 25 new foster carers', 'fostering "
        "allowances and arrangements for short breaks') and orphan 21 ('Children who live in "
        "children's homes run by private providers') share its words: mainstream fostering "
        "recruitment and out-of-borough children's homes, not privately fostered children. "
        "Passing: R3 (the response to children who present as homeless) has no table; it is "
        "touched only by action 4 ('Care leavers who become homeless after their 18th "
        "birthday'), in Recommendation 1's table and aimed at R1: care leavers over 18, not "
        "children presenting as homeless; weak, no link. Partly answered (see asks): R2: the "
        "quality of assessments and plans for children in need of help and protection is "
        "answered by actions 8-13; 'particularly where children live in households where there "
        "is domestic abuse' by nothing (no action in the plan speaks of domestic abuse but "
        "orphan 22); ask decoy: orphan 22 ('Six more refuge places for households fleeing "
        "domestic abuse'), safe accommodation for victims, not the assessments and plans for "
        "their children. Answered: R1 by actions 1-7, 14 and 23 (both asks); R5 by actions "
        "15-19. Orphans 20-22 and 24-28: all of 'Other improvement work' but action 23 (also "
        "family hubs, a system upgrade, apprentices, a complaints leaflet, holiday activities). "
        "'action N' means kelverton-N, numbered down the document: 1-7 Recommendation 1's "
        "table, 8-14 Recommendation 2's, 15-19 Recommendation 5's, 20-28 'Other improvement "
        "work'. The plan's own names: Orbis (case recording), Amberleigh, Halsey Moor, the "
        "Care Leavers' Forum, 'Foster for Kelverton'."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Ellerstone - an Excel workbook answering Luton 2022-09-05 (ILACS, five items). Cover,
# one sheet per theme (title row, blank row, header), one struck-through row, a RAG summary.
# ---------------------------------------------------------------------------------------------

EL_THEMES = {  # number: (sheet name, title row)
    1: ("1 Front door", "Theme 1 \u2013 Front door and assessment"),
    2: ("2 Child protection", "Theme 2 \u2013 Child protection and family safeguarding"),
    3: ("3 Care leavers", "Theme 3 \u2013 Care leavers"),
    9: ("9 Other work", "Theme 9 \u2013 Other work (business as usual)"),
}
EL_HEADER = ("Ref", "Action(s)", "Lead officer (job title)", "Start", "Target date", "RAG",
             "Update Sept 22")
EL_FMT = "dd-mmm-yy"
EL_RAG = {"G": "92D050", "A": "FFC000", "R": "FF0000"}
EL_FILTERED = 1  # the theme sheet with frozen panes and an autofilter


def el_shown(value):
    """A Start or Target date cell as Excel shows it: a date as dd-mmm-yy, text as typed."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d-%b-%y")
    return value


def el_rows():
    """Every row of the theme sheets, the struck-through (withdrawn) one included, in order:
    dicts with ref, text, lead, start, target, rag, update, struck, links."""
    rows = []

    def add(ref, text, lead, start, target, rag, update, links=(), struck=False):
        rows.append(dict(ref=ref, text=text, lead=lead, start=start, target=target, rag=rag,
                         update=update, links=list(links), struck=struck))

    # 1 Front door (R3; action 4 also R1); 1.5 withdrawn
    add("1.1", "Assessment standard rewritten with social workers: every assessment to end with "
        "an analysis of what the information means for the child, and what will happen if "
        "nothing changes.",
        "Principal Social Worker", d(1, 8, 2022), d(31, 10, 2022), "G",
        "Draft out for comment with the teams; launch event booked for 6 October.",
        links=[(3, "j", "h", "an analysis in every assessment: the quality and analysis of "
                "assessments")])
    add("1.2", "A chronology of significant events started at the first contact and brought "
        "into every assessment, so that what has happened before in the family is understood.",
        "Head of Service, Front Door", d(1, 9, 2022), d(31, 12, 2022), "A",
        "Template built; training dates being set for November.",
        links=[(3, "j", "h", "children's histories brought into assessments (the report's "
                "paragraph 8): a fuller, better assessment")])
    add("1.3", "Small-group workshops for every social worker in the assessment and family "
        "safeguarding teams, using live cases, on pulling the information together and saying "
        "what it means.",
        "Principal Social Worker", d(1, 10, 2022), d(31, 3, 2023), "G",
        "Six dates set between October and March.",
        links=[(3, "j", "h", "social workers' skill in analysis")])
    add("1.4", "Team managers to grade each assessment against the standard before signing it "
        "off, and to send back any without a clear analysis.",
        "Team Managers, Assessment", d(1, 9, 2022), "Ongoing", "G",
        "Grading field added to the sign-off step.",
        links=[(3, "j", "h", "assessments checked for their analysis before sign-off"),
               (1, "j", "m", "managers' oversight of each assessment before it is authorised")])
    add("1.5", "Pilot a single assessment app on tablets in Assessment Team 2.",
        "Head of Service, Front Door", d(1, 8, 2022), d(30, 11, 2022), None,
        "Withdrawn 14/09/22 - not affordable this year. See 1.3.", struck=True)
    add("1.6", "Every assessment started within five working days of the referral and finished "
        "within 35, with a weekly list of any running late going to the Head of Service.",
        "Head of Service, Front Door", d(1, 8, 2022), d(30, 9, 2022), "G",
        "Weekly list in place since August.",
        links=[(3, "j", "m", "assessments completed at the pace the child needs (the report's "
                "paragraph 8): part of their quality")])
    add("1.7", "Fathers, and other adults who matter to the child, to be seen and spoken to for "
        "every assessment unless it is unsafe to do so.",
        "Team Managers, Assessment", d(1, 9, 2022), d(31, 12, 2022), "A",
        "Reminder issued; checked in the monthly audit.",
        links=[(3, "j", "m", "fuller assessments that take in the adults around the child")])
    add("1.8", "MASH consent guidance for partner agencies refreshed and reissued with the "
        "Ellerstone Safeguarding Children Partnership.",
        "MASH Manager", d(1, 9, 2022), d(31, 10, 2022), "G",
        "With the partnership for sign-off.")
    add("1.9", "Out-of-hours service to use the same triage form as the MASH so that night-time "
        "contacts are passed over in one format.",
        "Emergency Duty Team Manager", d(1, 10, 2022), "tbc", "A",
        "Form agreed; start date depends on the system change.")

    # 2 Child protection (R1; action 11 touches R2 in passing)
    add("2.1", "Supervision policy relaunched: monthly supervision for every social worker, "
        "with a reflective discussion of each child and actions that say what should be "
        "different for the child by next time.",
        "Principal Social Worker", d(1, 8, 2022), d(30, 9, 2022), "G",
        "Relaunched at the all-staff briefing on 20 September.",
        links=[(1, "j", "h", "supervision that moves children's plans on: the quality and "
                "impact of supervision")])
    add("2.2", "Heads of service to read a sample of supervision records every quarter and check "
        "that the actions agreed were carried out and made a difference for the child.",
        "Heads of Service", d(1, 10, 2022), d(31, 12, 2022), "G",
        "First quarter's sample chosen.",
        links=[(1, "j", "h", "the impact of supervision checked by senior managers")])
    add("2.3", "Leadership programme for all team managers and deputy team managers on "
        "management oversight that moves children's plans on, as part of the council's "
        "workforce development programme.",
        "Head of Learning and Development", d(1, 11, 2022), d(31, 3, 2023), "A",
        "Provider being chosen.",
        links=[(1, "j", "h", "managers trained in oversight: the quality of management "
                "oversight")])
    add("2.4", "Management oversight recorded on the child's file at allocation, within ten "
        "working days after it, and before any case is closed or stepped down.",
        "Head of Service, Family Safeguarding", d(1, 9, 2022), d(30, 11, 2022), "A",
        "Case note type created; reporting to follow.",
        links=[(1, "j", "h", "oversight at fixed points, including the period after "
                "allocation the report found lacking")])
    add("2.5", "Monthly performance clinics for each team manager with their head of service, "
        "going through every child whose plan has not moved on in three months.",
        "Heads of Service", d(1, 9, 2022), "Ongoing", "G",
        "Running in both family safeguarding services.",
        links=[(1, "j", "m", "senior managers' oversight of children whose plans have "
                "stalled")])
    add("2.6", "Child protection conferences to offer a hybrid option so that parents and "
        "professionals who cannot attend in person can join online.",
        "Safeguarding and Quality Assurance Manager", d(1, 7, 2022), d(30, 9, 2022), "G",
        "In place in both conference rooms.")
    add("2.7", "Family safeguarding teams to have a domestic abuse worker from the Hatchmere "
        "Women's Centre two days a week.",
        "", "tbc", d(31, 1, 2023), "R",
        "Funding not yet agreed.")

    # 3 Care leavers (R5, its consistency-of-support ask only)
    add("3.1", "No personal adviser to work with more than 22 young people, with a senior "
        "personal adviser to cover absences so that nobody goes without an adviser.",
        "Service Manager, Leaving Care", d(1, 8, 2022), d(31, 12, 2022), "A",
        "Caseloads average 24; two advisers start in November.",
        links=[(5, "j", "h", "time and cover for every young person: consistent support")])
    add("3.2", "One leaving care offer, published and the same in every team, setting out the "
        "money, housing help and practical help each young person can expect at 18, 21 and 25.",
        "Service Manager, Leaving Care", d(1, 9, 2022), d(30, 11, 2022), "G",
        "Draft with the Care Leavers' Council.",
        links=[(5, "j", "h", "the same help for every care leaver: the consistency of "
                "support")])
    add("3.3", "Weekly drop-in at The Beacon youth centre in Lowbury, staffed by a personal "
        "adviser, housing and the jobs team, open to every young person leaving care.",
        "Team Manager, Leaving Care", d(1, 9, 2022), "Ongoing", "G",
        "Running every Wednesday since 7 September.",
        links=[(5, "j", "m", "help in one place open to every care leaver")])
    add("3.4", "Every young person to hear from their personal adviser at least every eight "
        "weeks, including those in custody, at university or living outside Ellerstone, with "
        "missed contacts followed up by the team manager.",
        "Team Manager, Leaving Care", d(1, 8, 2022), d(31, 10, 2022), "A",
        "86% in August.",
        links=[(5, "j", "h", "regular contact whoever and wherever the young person is: "
                "consistent support")])
    add("3.5", "Young people aged 21 to 25 to get a letter each birthday reminding them of the "
        "help they can still ask for and the name of the adviser to contact.",
        "Service Manager, Leaving Care", d(1, 10, 2022), "tbc", "A",
        "Letter drafted.",
        links=[(5, "j", "m", "support kept open to older care leavers")])

    # 9 Other work (orphans: two decoys for R4, one for R5's pathway plans)
    add("9.1", "Evidence-based parenting groups in the early help service (Incredible Years for "
        "parents of under-fives and Triple P for parents of teenagers), with each group's "
        "impact assessed at the end.",
        "Early Help Service Manager", d(1, 9, 2022), d(31, 3, 2023), "G",
        "Two groups running this term.")
    add("9.2", "Summer work placements: matching 40 young people from the youth service to "
        "local employers for two weeks, with a certificate at the end.",
        "Youth Service Manager", d(1, 7, 2022), d(31, 8, 2022), "G",
        "Complete - 37 young people took part.")
    add("9.3", "Agree with public health a new 0-5 pathway so that health visitors' plans for "
        "families are shared with the early help service.",
        "Head of Early Help", "tbc", "tbc", "A",
        "First meeting with public health in October.")
    add("9.4", "Complete the checks on hosts' homes under the Homes for Ukraine scheme and offer "
        "every family a welcome visit.",
        "Refugee Resettlement Coordinator", d(1, 4, 2022), "Ongoing", "G",
        "All checks complete for arrivals to date.")
    add("9.5", "Move the case recording system to the supplier's cloud version, with the forms "
        "moved across and staff trained.",
        "Systems and Data Manager", d(1, 1, 2023), d(30, 6, 2023), "A",
        "Contract variation signed.")
    add("9.6", "Corporate parenting training for all councillors on the Corporate Parenting "
        "Board.",
        "", d(1, 9, 2022), d(31, 10, 2022), "G",
        "Session booked for 12 October.")
    add("9.7", "Advocacy and independent visitor service recommissioned from April 2023.",
        "Commissioning Manager", d(1, 10, 2022), d(1, 4, 2023), "A",
        "Tender documents being written.")
    return rows


def el_actions():
    acts = []
    for r in el_rows():
        if r["struck"]:  # withdrawn: no action of the plan
            continue
        theme = int(r["ref"].split(".")[0])
        acts.append(A(r["text"], r["lead"], el_shown(r["target"]), r["links"], [], False,
                      row=r["ref"], section=EL_THEMES[theme][1], objective=None, theme=theme,
                      start=r["start"], target=r["target"], rag=r["rag"], update=r["update"]))
    return acts


EL = {
    "name": "ellerstone", "ext": "xlsx", "report": LU_REPORT, "recs": lu_recs,
    "pages": LU_PAGES, "council": "Ellerstone Borough Council",
    "actions": el_actions, "bounds": (25, 32),
    "expected": {1: "covered", 2: "weak", 3: "covered", 4: "uncovered", 5: "weak"},
    "unanswered": [4], "passing": [2], "partial": [5],
    "orphans": [7, 8, 14, 15, 21, 22, 23, 24, 25, 26, 27],
    "miscited": [],
    "passing_phrase": {2: (11, "workforce")},
    "decoys": {4: [21, 22]},
    "ask_decoys": {5: [23]},
    "asks": {1: [("the quality and impact of supervision", [9, 10]),
                 ("the quality and impact of management oversight", [4, 11, 12, 13])],
             5: [("the consistency of support for care leavers", [16, 17, 18, 19, 20]),
                 ("the consistency of pathway plans for care leavers", [])]},
    "notes": (
        "Excel workbook (.xlsx) as a council's improvement team keeps it: SIX sheets. 'Cover' "
        "(the plan's title, a version table Version | Date | Author | Changes, and a contents "
        "list of the other sheets' names, each a link to its sheet) and, last, 'RAG summary' "
        "(Theme | G | A | R | Total, one row per theme sheet, COUNTIF formulas over each "
        "sheet's RAG column, and a total row of SUM formulas) are not actions. Between them "
        "four theme sheets, '1 Front door', '2 Child protection', '3 Care leavers' and '9 "
        "Other work', all laid out alike: row 1 ONE title cell merged across A1:G1 ('Theme 1 - "
        "Front door and assessment', ...), row 2 blank, row 3 the header Ref | Action(s) | "
        "Lead officer (job title) | Start | Target date | RAG | Update Sept 22, the actions "
        "from row 4. '1 Front door' has frozen panes (below the header) and an autofilter on "
        "its header row. On '1 Front door' the row of Ref 1.5 ('Pilot a single assessment "
        "app') is STRUCK THROUGH (font strike on every cell), its RAG empty and its update "
        "'Withdrawn 14/09/22': the action was withdrawn and is not in the gold, so the Refs "
        "of the gold run 1.4, 1.6. 'row' is the Ref cell ('1.1' ... '9.7', text; the number "
        "before the point is the theme, never a recommendation); 'section' the sheet's title "
        "row as written; 'objective' null. 'text' is the Action(s) cell, 'leads_raw' the Lead "
        "officer cell, 'date_raw' the Target date cell as Excel shows it: real dates formatted "
        "dd-mmm-yy ('31-Oct-22') or text ('Ongoing', 'tbc'). Start, RAG and the Update Sept 22 "
        "cell are not part of the action. Target 'tbc': orphan 8 ('Out-of-hours service to "
        "use the same triage form'), action 20 ('Young people aged 21 to 25 to get a letter') "
        "and orphan 23 ('Agree with public health a new 0-5 pathway', whose Start is 'tbc' "
        "too). Empty Lead: orphan 15 ('Family safeguarding teams to have a domestic abuse "
        "worker', Start 'tbc') and orphan 26 ('Corporate parenting training for all "
        "councillors'). Straight apostrophes, as typed in Excel. No row cites a "
        "recommendation: explicit_refs is [] everywhere and every link is judged. "
        "Hard unanswered: R4 (the quality of evidence-based assessments undertaken to support "
        "effective placement matching): nothing is aimed at it and no row speaks of foster "
        "carers, placements for children in care or matching them; orphan 21 ('Evidence-based "
        "parenting groups in the early help service', their impact 'assessed') and orphan 22 "
        "('Summer work placements: matching 40 young people from the youth service') share "
        "its words but are early help parenting groups and youth work experience. Passing: R2 "
        "(the stability of the workforce) is touched only by action 11 ('Leadership programme "
        "for all team managers', aimed at R1), run 'as part of the council's workforce "
        "development programme': nothing recruits or keeps social workers; weak, no link. "
        "Partly answered (see asks): R5: the consistency of support for care leavers by "
        "actions 16-20 (adviser caseloads and cover, one published offer, a weekly drop-in, "
        "contact every eight weeks, letters to 21-25 year olds); pathway plans by nothing "
        "(no row speaks of them); ask decoy: orphan 23 ('Agree with public health a new 0-5 "
        "pathway', health visitors' 'plans' for families). Answered: R1 by actions 4 and 9-13 "
        "(asks: supervision by 9 and 10; management oversight by 4, 11, 12 and 13); R3 by "
        "actions 1-6 (action 4 ('Team managers to grade each assessment') also aimed at R1). "
        "Orphans: 7 and 8 on '1 Front door' (MASH consent guidance, the out-of-hours triage "
        "form), 14 and 15 on '2 Child protection' (hybrid conferences, a domestic abuse "
        "worker) and 21-27, the whole of '9 Other work' (also Homes for Ukraine checks, the "
        "case recording system, councillors' training, advocacy). 'action N' means "
        "ellerstone-N, numbered down the theme sheets in order, the struck row left out: 1-8 "
        "'1 Front door' (Refs 1.1-1.4, 1.6-1.9), 9-15 '2 Child protection', 16-20 '3 Care "
        "leavers', 21-27 '9 Other work'. The plan's own names: Ellerstone, Lowbury, The "
        "Beacon, the Hatchmere Women's Centre, the Ellerstone Safeguarding Children "
        "Partnership, the Care Leavers' Council."),
}

PLANS = [KV, EL]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_az(plan, set_name="az"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

KV_TITLE = "Kelverton Metropolitan Borough Council"
KV_SUBTITLE = "Children\u2019s Services SMART Action Plan 2022"
KV_CONTROL = ("Version 2.0 \u2013 January 2022 \u2013 Owner: Director of Children\u2019s "
              "Services \u2013 Review: monthly at the Improvement Board")
KV_INTRO = [
    "Ofsted inspected Kelverton\u2019s services for children in October 2021 and judged them "
    "to require improvement to be good. We accept the five recommendations in the report. This "
    "plan sets out what we will do, in the SMART format agreed by the Improvement Board: each "
    "action says how we will know it has worked, what it needs, who is responsible and when it "
    "will be done.",
    "Actions for our response to 16 and 17 year olds who present as homeless, and for children "
    "in private fostering arrangements, are being agreed with Housing and the Kelverton "
    "Safeguarding Children Partnership and will be added to this plan when that work reports "
    "in March 2022.",
]
KV_SIGNOFF = [("Approved by:", "Director of Children\u2019s Services", "Date:", ""),
              ("Approved by:", "Lead Member for Children and Families", "Date:", "")]


def write_kv(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    sec.footer.paragraphs[0].text = ("Kelverton MBC \u2013 Children\u2019s Services SMART Action "
                                     "Plan \u2013 v2.0 \u2013 OFFICIAL")

    doc.add_paragraph(KV_TITLE, style="Title")
    doc.add_paragraph(KV_SUBTITLE, style="Subtitle")
    doc.add_paragraph(KV_CONTROL)
    doc.add_heading("Introduction", level=1)
    for t in KV_INTRO:
        doc.add_paragraph(t)
    doc.add_heading("Action plan", level=1)

    widths = [Cm(8.6), Cm(5.4), Cm(4.6), Cm(4.1), Cm(4.0)]

    def fill(cell, text, width, bold=False, colour=None, size=9):
        cell.width = width
        run = cell.paragraphs[0].add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)

    tables = []
    for group in _groups(acts, lambda a: a["extra"]["table"]):
        key = group[0]["extra"]["table"]
        table = doc.add_table(rows=2, cols=len(KV_HEADER))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        top = table.rows[0].cells[0].merge(table.rows[0].cells[-1])
        fill(top, group[0]["section"], sum(widths, Cm(0)), bold=True, size=10, colour="FFFFFF")
        shade(top, "1F4E79")
        for c, (t, w) in enumerate(zip(KV_HEADER, widths)):
            fill(table.rows[1].cells[c], t, w, bold=True)
            shade(table.rows[1].cells[c], "DEEAF6")
        repeat_header(table.rows[0])
        repeat_header(table.rows[1])
        for a in group:
            x = a["extra"]
            cells = table.add_row().cells
            for c, (t, w) in enumerate(zip((a["text"], x["measurable"], x["achievable"],
                                            a["lead"], a["date"]), widths)):
                fill(cells[c], t, w)
        tables.append((key, len(group)))
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=1)
    box = doc.add_table(rows=0, cols=4)
    box.style = "Table Grid"
    bw = [Cm(3.0), Cm(9.0), Cm(2.0), Cm(5.0)]
    for row in KV_SIGNOFF:
        cells = box.add_row().cells
        for c, (t, w) in enumerate(zip(row, bw)):
            fill(cells[c], t, w, bold=c in (0, 2), size=10)

    docx_props(doc, "Children's Services Improvement Team",
               "Children's Services SMART Action Plan 2022")
    doc.save(path)
    normalise_zip(path)
    # the layout promised in the notes: tables for recommendations 1, 2 and 5, then the other
    # work, with 7, 7, 5 and 9 action rows
    assert tables == [(1, 7), (2, 7), (5, 5), ("other", 9)], tables


EL_COVER_TITLE = ("Ellerstone Borough Council\nChildren's Services Improvement Plan 2022-24\n"
                  "Our response to the inspection of local authority children's services, "
                  "July 2022")
EL_VERSIONS = [  # (version, date, author, changes)
    ("0.1", d(5, 8, 2022), "Improvement Manager", "First draft from the leadership workshop"),
    ("1.0", d(30, 8, 2022), "Improvement Manager", "Agreed by the Improvement Board"),
    ("1.1", d(28, 9, 2022), "Improvement Manager",
     "September updates added; 1.5 withdrawn (struck through)"),
]


def write_el(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    rows = el_rows()
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="203864")
    head_font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
    title_font = Font(name="Calibri", size=14, bold=True, color="203864")
    bold = Font(name="Calibri", size=11, bold=True)
    body = Font(name="Calibri", size=11)
    struck = Font(name="Calibri", size=11, strike=True, color="7F7F7F")
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="top")
    ncol = len(EL_HEADER)

    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = EL_COVER_TITLE
    cover["A1"].font = title_font
    cover["A1"].alignment = Alignment(wrap_text=True, vertical="center")
    cover.merge_cells("A1:D1")
    cover.row_dimensions[1].height = 60
    cover["A3"] = "Version control"
    cover["A3"].font = bold
    for c, h in enumerate(("Version", "Date", "Author", "Changes"), 1):
        cell = cover.cell(4, c, h)
        cell.font = head_font
        cell.fill = head_fill
        cell.border = box
    for k, (ver, when, who, what) in enumerate(EL_VERSIONS, 5):
        for c, v in enumerate((ver, when, who, what), 1):
            cell = cover.cell(k, c, v)
            cell.border = box
            cell.font = body
        cover.cell(k, 1).number_format = "@"
        cover.cell(k, 2).number_format = EL_FMT
    r = 5 + len(EL_VERSIONS) + 1
    cover.cell(r, 1, "Contents").font = bold
    for k, name in enumerate([n for n, _ in EL_THEMES.values()] + ["RAG summary"], r + 1):
        cell = cover.cell(k, 1, name)
        cell.hyperlink = f"#'{name}'!A1"
        cell.font = Font(name="Calibri", size=11, color="0563C1", underline="single")
    for letter, width in zip("ABCD", (16, 12, 22, 60)):
        cover.column_dimensions[letter].width = width

    spans = {}
    for theme, (name, title) in EL_THEMES.items():
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = title_font
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        for c, h in enumerate(EL_HEADER, 1):
            cell = ws.cell(3, c, h)
            cell.font = head_font
            cell.fill = head_fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.border = box
        k = 4
        for row in rows:
            if int(row["ref"].split(".")[0]) != theme:
                continue
            values = [row["ref"], row["text"], row["lead"] or None, row["start"],
                      row["target"], row["rag"], row["update"]]
            for c, v in enumerate(values, 1):
                cell = ws.cell(k, c, v)
                cell.font = struck if row["struck"] else body
                cell.alignment = centre if c == 6 else wrap
                cell.border = box
                if isinstance(v, datetime):
                    cell.number_format = EL_FMT
            ws.cell(k, 1).number_format = "@"
            if row["rag"] and not row["struck"]:
                ws.cell(k, 6).fill = PatternFill("solid", fgColor=EL_RAG[row["rag"]])
            k += 1
        spans[theme] = (4, k - 1)
        for letter, width in zip("ABCDEFG", (7, 70, 30, 11, 12, 7, 45)):
            ws.column_dimensions[letter].width = width
        if theme == EL_FILTERED:
            ws.freeze_panes = "A4"
            ws.auto_filter.ref = f"A3:G{k - 1}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.print_title_rows = "3:3"

    summ = wb.create_sheet("RAG summary")
    summ["A1"] = "RAG summary - September 2022"
    summ["A1"].font = title_font
    for c, h in enumerate(("Theme", "G", "A", "R", "Total"), 1):
        cell = summ.cell(3, c, h)
        cell.font = head_font
        cell.fill = head_fill
        cell.border = box
    k = 4
    for theme, (name, _) in EL_THEMES.items():
        lo, hi = spans[theme]
        summ.cell(k, 1, name).border = box
        for c, rag in enumerate("GAR", 2):
            cell = summ.cell(k, c, f"=COUNTIF('{name}'!$F${lo}:$F${hi},\"{rag}\")")
            cell.border = box
            cell.fill = PatternFill("solid", fgColor=EL_RAG[rag])
        summ.cell(k, 5, f"=SUM(B{k}:D{k})").border = box
        k += 1
    summ.cell(k, 1, "Total").font = bold
    for c in range(2, 6):
        col = "ABCDE"[c - 1]
        cell = summ.cell(k, c, f"=SUM({col}4:{col}{k - 1})")
        cell.font = bold
        cell.border = box
    summ.column_dimensions["A"].width = 22

    p = wb.properties
    p.creator = "Improvement Manager"
    p.lastModifiedBy = "Improvement Manager"
    p.title = "Children's Services Improvement Plan 2022-24"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)
    # the layout promised in the notes: six sheets, the theme sheets' rows from 4, the one struck
    # row on '1 Front door', every other row an action in order
    assert wb.sheetnames == ["Cover"] + [n for n, _ in EL_THEMES.values()] + ["RAG summary"]
    assert [r["ref"] for r in rows if r["struck"]] == ["1.5"]
    assert sum(hi - lo + 1 for lo, hi in spans.values()) == len(acts) + 1, spans
    assert [r["ref"] for r in rows if not r["struck"]] == [a["row"] for a in acts]


WRITERS = {"kelverton": write_kv, "ellerstone": write_el}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "kelverton": dict(unanswered=1, passing=1, partial=1, miscited=1, orphans=(6, 11)),
    "ellerstone": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 11)),
}


def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's block (when the PDF is at hand), with nothing but the bullet glyph
    before each and nothing after the last."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]
        assert r["page"] in plan["pages"], r["number"]
    spec = BLOCKS[plan["report"]]
    gaps = transcribed_gaps(plan, recs, spec)
    for r, gap in zip(recs, gaps or ()):
        assert gap == spec["label"], (r["number"], gap)
    plan["_transcription"] = "checked" if gaps is not None else "skipped (no PDF)"
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


# kelverton's unanswered R4: no action speaks of private fostering
PRIVATE_FOSTERING = re.compile(r"private(ly)? foster", re.I)
# kelverton R2's unanswered ask: no linked action speaks of domestic abuse or violence
DOMESTIC = re.compile(r"domestic|violen|perpetrat|refuge", re.I)
# ellerstone's unanswered R4: no row but the decoys speaks of placements, matching, evidence,
# foster carers
MATCHING = re.compile(r"placement|matching|\bmatch|evidence|foster|carer", re.I)
# ellerstone's passing R2: nothing but the one action speaks of the workforce or its stability
WORKFORCE = re.compile(r"workforce|stabil|recruit|retain|retention|agency|turnover|vacanc", re.I)
# ellerstone R5's unanswered ask: no linked row speaks of pathway plans
PATHWAY = re.compile(r"pathway", re.I)


def check_design(gold, plan):
    name = plan["name"]
    spec = SPEC[name]
    recs = check_recs(plan)
    assert len(recs) == len(gold["expected"])
    lo, hi = plan["bounds"]
    acts = gold["actions"]
    ids = {a["id"]: a for a in acts}
    pid = _ids(plan)
    raw = plan["actions"]()
    x = [r["extra"] for r in raw]
    assert lo <= len(acts) <= hi, (name, len(acts))
    d_ = gold["design"]
    for key in ("unanswered", "passing", "partial", "miscited"):
        assert len(d_[key]) == spec[key], (name, key)
    assert spec["orphans"][0] <= len(d_["orphans"]) <= spec["orphans"][1], name
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    mine = {a["id"]: {l["rec"] for l in gold["links"] if l["action"] == a["id"]} for a in acts}
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for r in d_["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d_["unanswered"] + d_["passing"] + d_["partial"]:
        assert re.search(rf"\b{r}\b", d_["notes"]), (name, r)
    # the passing mention is really in the text of an action aimed elsewhere, and in no other
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert phrase in a["text"].lower() and phrase in rec_text[f"R{n}"].lower(), (name, n)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert n not in a["explicit_refs"], (name, n)
        others = [b["id"] for b in acts if b["id"] != a["id"] and phrase in b["text"].lower()]
        assert not others, (name, n, others)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d_["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one, and citing nothing
    for n, orphans in plan["decoys"].items():
        assert f"R{n}" in d_["unanswered"], (name, n)
        for k in orphans:
            o = pid[k]
            assert o in d_["orphans"] and not ids[o]["explicit_refs"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan["ask_decoys"].items():
        assert f"R{n}" in d_["partial"], (name, n)
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = pid[k]
            assert o in d_["orphans"] and not ids[o]["explicit_refs"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert {f"R{n}" for n in plan["decoys"]} == set(d_["unanswered"]), name
    assert {f"R{n}" for n in plan["ask_decoys"]} == set(d_["partial"]), name
    assert "hard" in d_["notes"].lower(), name
    for r in d_["unanswered"]:
        assert r not in per_rec, r
    # the notes' "action N ('words" / "orphan N ('words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \('([^']+)", _plain(d_["notes"]), re.I)
    assert len(quoted) >= 6, (name, quoted)
    for n, said in quoted:
        assert said in _plain(ids[f"{name}-{n}"]["text"]), (name, n, said)
    for n in re.findall(r"\borphans? (\d+)\b", d_["notes"]):
        assert f"{name}-{n}" in d_["orphans"], (name, n)
    for a in acts:
        t = a["text"]
        assert "\n" not in t and "\t" not in t and t == t.strip() and "  " not in t, a["id"]
        assert not re.search(r"[<>&*_#`|\[\]]|\u00a0|https?:", t + a["leads_raw"] +
                             a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", t,
                             re.I), a["id"]
        assert a["id"] in d_["orphans"] or mine[a["id"]], a["id"]
        assert t.endswith("."), a["id"]
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing or not dates, every one named in the notes
    assert any(not a["leads_raw"] or a["leads_raw"].lower() == "tbc" for a in acts), name
    assert any(not a["date_raw"] or a["date_raw"].lower() in ("tbc", "ongoing")
               for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    for i, a in enumerate(acts, 1):
        if (not a["leads_raw"] or not a["date_raw"] or a["date_raw"].lower() == "tbc"
                or a["leads_raw"].lower() == "tbc"):
            assert re.search(rf"\b(action|orphan) {i} \(", d_["notes"], re.I), (name, i)
    # covered recommendations: every ask answered, two to nine actions
    for r, s in gold["expected"].items():
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 9, (r, per_rec[r])
    if name == "kelverton":
        check_kv(gold, plan, acts, x, mine)
    if name == "ellerstone":
        check_el(gold, plan, acts, x, mine)
    return True


def check_kv(gold, plan, acts, x, mine):
    name, d_ = plan["name"], gold["design"]
    tables = [g[0]["table"] for g in _groups(x, lambda e: e["table"])]
    assert tables == [1, 2, 5, "other"], tables
    for n, words in KV_TABLES.items():  # the restatements are short and not the report's text
        assert len(words.split()) <= 15 and words not in gold["recommendations"][n - 1]["text"]
        assert not any(words in a["text"] for a in acts), n
    mis = {f"{name}-{k}" for k in plan["miscited"]}
    twodates = 0
    for a, e in zip(acts, x):
        assert a["section"] == curly(kv_heading(e["table"])) and a["row"] is None, a["id"]
        assert a["objective"] is None, a["id"]
        assert "'" not in a["text"] + a["leads_raw"], a["id"]  # Word's curly quotes
        if e["table"] == "other":
            assert a["explicit_refs"] == [], a["id"]
            assert all(l["source"] == "judged" for l in gold["links"] if l["action"] == a["id"])
        else:
            assert a["explicit_refs"] == [e["table"]], a["id"]
            mine_links = [l for l in gold["links"] if l["action"] == a["id"]]
            if a["id"] in mis:  # in a table whose recommendation it does not answer
                assert f"R{e['table']}" not in mine[a["id"]], a["id"]
            else:  # every other row of a recommendation's table: an explicit link to it
                assert any(l["rec"] == f"R{e['table']}" and l["source"] == "explicit"
                           for l in mine_links), a["id"]
        assert re.fullmatch(r"(Start: [A-Z][a-z]{2} 202\d / Complete: [A-Z][a-z]{2} 202\d|"
                            r"[A-Z][a-z]+ 202\d|\d\d/\d\d/202\d|\d{1,2} [A-Z][a-z]+ 202\d|"
                            r"From [A-Z][a-z]+ 202\d|Monthly|Twice yearly|Ongoing|tbc)?",
                            a["date_raw"]), a["id"]
        twodates += a["date_raw"].startswith("Start: ")
        assert not PRIVATE_FOSTERING.search(a["text"] + e["measurable"] + e["achievable"]), \
            a["id"]  # the unanswered R4, anywhere in the table
        if mine[a["id"]]:  # R2's unanswered ask, anywhere in a linked row
            assert not DOMESTIC.search(a["text"] + e["measurable"] + e["achievable"]), a["id"]
    assert twodates >= 3, twodates
    # the decoys and the ask decoy sit in 'Other improvement work'; the passing mention in
    # another recommendation's table
    for k in plan["decoys"][4] + plan["ask_decoys"][2]:
        assert x[k - 1]["table"] == "other", k
    k = plan["passing_phrase"][3][0]
    assert x[k - 1]["table"] not in ("other", 3), k
    # every orphan is in 'Other improvement work', which holds one linked action too
    assert {f"{name}-{i}" for i, e in enumerate(x, 1) if e["table"] == "other"} - \
        set(d_["orphans"]) == {f"{name}-23"}, name
    assert all(x[int(o.split("-")[1]) - 1]["table"] == "other" for o in d_["orphans"]), name
    # the introduction names R3 and R4's subjects but is not an action; no table for 3 and 4
    assert "homeless" in KV_INTRO[1] and "private fostering" in KV_INTRO[1]
    assert 3 not in KV_TABLES and 4 not in KV_TABLES
    assert gold["expected"] == {"R1": "covered", "R2": "weak", "R3": "weak",
                                "R4": "uncovered", "R5": "covered"}, name


def check_el(gold, plan, acts, x, mine):
    name, d_ = plan["name"], gold["design"]
    rows = el_rows()
    themes = [g[0]["theme"] for g in _groups(x, lambda e: e["theme"])]
    assert themes == sorted(EL_THEMES), themes
    for n, (sheet, title) in EL_THEMES.items():
        assert sheet.startswith(f"{n} ") and len(sheet) <= 31, sheet
        assert not re.search(r"recommend|ofsted|inspect", title, re.I), title
    refs = [r["ref"] for r in rows]
    assert len(set(refs)) == len(refs), refs
    for n in EL_THEMES:  # refs numbered 1, 2, ... on each sheet, the struck row included
        mine_refs = [r for r in refs if r.startswith(f"{n}.")]
        assert mine_refs == [f"{n}.{k}" for k in range(1, len(mine_refs) + 1)], mine_refs
    struck = [r for r in rows if r["struck"]]
    assert len(struck) == 1 and not struck[0]["links"] and struck[0]["rag"] is None
    assert "Withdrawn" in struck[0]["update"] and struck[0]["ref"].startswith(f"{EL_FILTERED}.")
    assert not any(struck[0]["text"] == a["text"] for a in acts), name
    kinds = set()
    passing = f"{name}-{plan['passing_phrase'][2][0]}"
    decoys = {f"{name}-{k}" for k in plan["decoys"][4]}
    for a, e in zip(acts, x):
        assert a["section"] == EL_THEMES[e["theme"]][1], a["id"]
        assert a["row"].startswith(f"{e['theme']}."), a["id"]
        assert not a["explicit_refs"], a["id"]
        assert "\u2019" not in a["text"] and "\u2018" not in a["text"], a["id"]  # as typed
        for cell in (e["start"], e["target"]):
            assert cell is None or isinstance(cell, datetime) or cell in ("Ongoing", "tbc"), \
                a["id"]
        if isinstance(e["target"], datetime):
            kinds.add("date")
            assert a["date_raw"] == e["target"].strftime("%d-%b-%y"), a["id"]
            assert re.fullmatch(r"\d\d-[A-Z][a-z]{2}-\d\d", a["date_raw"]), a["id"]
        else:
            kinds.add(e["target"])
        assert e["rag"] in EL_RAG, a["id"]
        every = " ".join((a["text"], a["leads_raw"], e["update"]))
        if a["id"] not in decoys:
            assert not MATCHING.search(every), a["id"]  # the unanswered R4
        if a["id"] != passing:
            assert not WORKFORCE.search(every), a["id"]  # R2 only in passing
        if mine[a["id"]]:
            assert not PATHWAY.search(every), a["id"]  # R5's unanswered ask
        if e["theme"] == 9:
            assert a["id"] in d_["orphans"], a["id"]
        else:
            assert mine[a["id"]] or a["id"] in d_["orphans"], a["id"]
    assert kinds == {"date", "Ongoing", "tbc"}, kinds
    # orphans on a theme sheet among linked actions, not only on '9 Other work'
    assert any(x[int(o.split("-")[1]) - 1]["theme"] != 9 for o in d_["orphans"]), name
    # the linked themes' order is not the report's order
    first = [min(int(r[1:]) for r in mine[acts[i]["id"]]) for i, e in enumerate(x)
             if mine[acts[i]["id"]] and (i == 0 or x[i - 1]["theme"] != e["theme"])]
    assert first != sorted(first), first
    assert all(l["source"] == "judged" for l in gold["links"]), name
    assert gold["expected"] == {"R1": "covered", "R2": "weak", "R3": "covered",
                                "R4": "uncovered", "R5": "weak"}, name


def _report_transcription(gold, plan):
    print(f"{plan['name']}: transcription of {plan['report']} {plan.get('_transcription')}")


if __name__ == "__main__":
    main(sys.argv[1:], "az", PLANS, WRITERS, ABOUT, checks=(check_design, _report_transcription),
         actions=BOUNDS, build=build_az)
