"""Write the sealed coverage evaluation set "bc": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_bc.py            # writes documents and gold
    python scripts/make_coverage_plans_bc.py --check    # only runs the consistency checks

Documents: corpus/coverage/bc/<name>.<ext>      Gold: corpus/gold/coverage/bc/<name>.json

The two documents imitate what councils' own systems produce: an Excel workbook as Smartsheet's
"Export to Microsoft Excel" gives it (one sheet named after the Smartsheet sheet; header row Task
Name | Assigned To | Start | Finish | Duration | % Complete | Status | Ofsted Rec | Comments; the
hierarchy shown only by the INDENT of the Task Name cell (alignment indent 0, 1, 2) and by Excel
row outline levels 0, 1, 2: level-0 rows are themes, bold, their Start, Finish, Duration and %
Complete rolled up from their children, and are not actions; level-1 rows are the actions;
level-2 rows are sub-tasks, steps of an action, not actions, and an action with sub-tasks has
its own dates and % rolled up from them; Assigned To holds e-mail style contacts or role names;
Start and Finish real Excel dates shown dd/mm/yy; Duration text like "45d"; % Complete a number
in a percentage format; Status "Not Started" / "In Progress" / "Complete"; the Ofsted Rec column
filled on a minority of rows ("Rec 4", "2, 5"), once on a theme row; a few long comments), and a
PDF as Word's "Print to PDF" makes of a ruled plan table (A4 landscape; columns Priority |
Action | Responsible officer | Timescale | Progress; the header row repeated on each page; the
Priority cell merged down its actions, its text only in the first row of each priority; the
typeface's fi and fl LIGATURE glyphs in the text layer, so that extracted text holds U+FB01 and
U+FB02 ("ﬁrst", "ﬂexible", "ofﬁcer"); words HYPHENATED at line ends inside cells, both where
hyphenation splits a word ("safe-" / "guarding") and where a hyphenated word breaks at its own
hyphen ("multi-" / "agency"); FOOTNOTES: a small raised number after a word of some actions, the
note at the foot of that page ("1 Ofsted recommendation 1", "4 See the Practice Standards
(2021), section 4"); a running footer "OFFICIAL – SENSITIVE" with "Page N of M").

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only, through
report_text, to find ../shared for the transcription check).

Recommendation texts: the local-authority items of both reports were transcribed by hand from
the report PDFs (text read with pypdfium2) for this set and are held below as data (PY_RECS,
BD_RECS), word for word, lines broken by the PDF joined, the report's curly apostrophe kept; they
are passed to build_gold(recs=...). Nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the action cites 3, in the
                                   workbook's Ofsted Rec cell or in a footnote of the PDF that
                                   names the recommendation, and the text supports it) or "j"
                                   judged; "h" high / "m" medium
Actions with no links are orphans (see each plan's design notes). Design lists and asks name an
action by its number N (the action is <name>-N): neither format gives an action a reference of
its own.

All councils, places, people, teams, systems, charities and local programmes are fictional
(national schemes and terms such as the Graded Care Profile 2, the Public Law Outline, the local
offer for care leavers, pathway plans, Step Up to Social Work, the social work degree
apprenticeship or the Childcare Sufficiency Assessment are named as councils name them); the
e-mail style contacts are invented and use the domain example.gov.uk. Output is deterministic:
the workbook has fixed core properties and every zip member a fixed timestamp; reportlab runs in
invariant mode with fixed metadata and embeds a subset of Liberation Sans (a system font).
"""

import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, FIXED, build_gold, main, normalise_zip,  # noqa: E402
                          numbered_canvas, reportlab_canvas)
from _coverage_sets import curly, groups as _groups, transcribed_gaps  # noqa: E402
from _coverage_sets import words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Plymouth, inspection of children's social care services (ILACS), report published 7 January
# 2019 (requires improvement to be good in every judgement). "What needs to improve" (no
# question mark) is alone on page 3 of the PDF: six bullets (a Wingdings glyph, extracted as
# U+F06E), all addressed to the local authority, numbered 1-6 in the report's order; the block
# runs to the foot of the page (page 4 opens with the first judgement heading). The bullets are
# printed as noun phrases and are kept as printed. Lines broken by the PDF joined with a space.
# ---------------------------------------------------------------------------------------------

PY_REPORT = "plymouth-80538/2019-01-07.pdf"
PY_PAGES = (3,)

PY_RECS = [  # (number, page, text)
    (1, 3, "The quality of strategy discussions, including records of decision-making and action "
           "plans."),
    (2, 3, "The quality of written plans."),
    (3, 3, "Sufficiency of local placements to meet the needs of older children."),
    (4, 3, "The quality of recording of supervision and management oversight."),
    (5, 3, "The quality of services to care leavers, including education, employment and "
           "training opportunities."),
    (6, 3, "The quality of and learning from auditing of casework."),
]

# ---------------------------------------------------------------------------------------------
# Blackburn with Darwen, inspection of local authority children's services (ILACS), report
# published 18 March 2022 (requires improvement to be good in every judgement). "What needs to
# improve?", page 2 of the PDF: ten bullets (black squares, U+25FC), all addressed to the local
# authority, numbered 1-10 in the report's order, followed by the heading "The experiences and
# progress of children who need help and protection: requires improvement to be good". Printed
# as noun phrases and kept as printed. Lines broken by the PDF joined with a space; the curly
# apostrophe of R3 ("children’s lives") kept.
# ---------------------------------------------------------------------------------------------

BD_REPORT = "blackburn-with-darwen-80430/2022-03-18.pdf"
BD_PAGES = (2,)

BD_RECS = [
    (1, 2, "The multi-agency response to concerns that a child is suffering or is likely to "
           "suffer significant harm, particularly timely strategy discussions."),
    (2, 2, "Practice relating to securing or dispensing with parental consent during child "
           "protection investigations."),
    (3, 2, "The response to neglect and domestic abuse to ensure child-focused practice which "
           "measures impact through the difference made to children\u2019s lives."),
    (4, 2, "The quality of planning for children and care leavers across the service."),
    (5, 2, "The quality of life-story work and direct work with children in care."),
    (6, 2, "The timeliness of the discharge of care orders for children living at home with "
           "their parents."),
    (7, 2, "The quality of support, advice and guidance offered to care leavers over the age of "
           "18."),
    (8, 2, "The provision of information for care leavers about their entitlements and health "
           "histories."),
    (9, 2, "The range and impact of participation and advocacy opportunities for children and "
           "care leavers."),
    (10, 2, "The effectiveness and impact of internal auditing and monitoring processes."),
]

# where each list sits in its report: the words opening the block, the words after it (None: the
# end of the page), and what stands before each item (the bullet glyph)
BLOCKS = {
    PY_REPORT: dict(start="What needs to improve", end=None, label="\uf06e"),
    BD_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection: "
                        "requires improvement to be good", label="\u25fc"),
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def py_recs():
    return _recs(PY_RECS)


def bd_recs():
    return _recs(BD_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Kestlemouth - a Smartsheet project sheet exported to Excel, answering Plymouth
# 2019-01-07 (ILACS, six items). Themes (level 0), actions (level 1), sub-tasks (level 2).
# ---------------------------------------------------------------------------------------------

KM_SHEET = "CSC Improvement Plan 2019-20"
KM_HEADER = ("Task Name", "Assigned To", "Start", "Finish", "Duration", "% Complete", "Status",
             "Ofsted Rec", "Comments")
KM_THEMES = [  # (Task Name of the level-0 row, its Ofsted Rec cell), in the sheet's order
    ("Plans families can follow", ""),
    ("Managers in every team", "Rec 4"),
    ("Learning from what we find", ""),
    ("Our care leavers", ""),
    ("Business as usual", ""),
]
KM_BAU = "Business as usual"
KM_DATE = "dd/mm/yy"       # Smartsheet's UK date display, kept by the export
KM_STATUS = ("Not Started", "In Progress", "Complete")


def _d(s):
    """A dd/mm/yy date as typed in the data, or None."""
    return datetime.strptime(s, "%d/%m/%y") if s else None


def workdays(start, finish):
    """Smartsheet's duration: working days (Monday-Friday) from start to finish inclusive."""
    n, day = 0, start
    while day <= finish:
        n += day.weekday() < 5
        day += timedelta(days=1)
    return n


def rollup(children):
    """Start, Finish and % Complete of a parent row from its children, as Smartsheet rolls them
    up: the earliest start, the latest finish, the % weighted by each child's duration (children
    without dates leave the roll-up)."""
    dated = [c for c in children if c["start"] and c["finish"]]
    start = min(c["start"] for c in dated)
    finish = max(c["finish"] for c in dated)
    weight = sum(workdays(c["start"], c["finish"]) for c in dated)
    pct = sum(workdays(c["start"], c["finish"]) * c["pct"] for c in dated) / weight
    return start, finish, round(pct, 2)


def km_actions():
    acts = []

    def add(theme, text, lead, start, finish, status, pct, rec="", comment="", subs=(),
            links=()):
        """A level-1 row of theme ``theme``: Task Name ``text``, Assigned To ``lead`` ("" empty),
        Start / Finish as dd/mm/yy ("" empty; for an action with sub-tasks None, rolled up from
        them), Status, % Complete (0-1), Ofsted Rec cell ``rec`` (its numbers are the action's
        explicit_refs), Comments. ``subs``: its level-2 sub-tasks (Task Name, Assigned To, Start,
        Finish, Status, %). date_raw is the Finish cell as Excel shows it (dd/mm/yy)."""
        assert theme in [t for t, _ in KM_THEMES] and status in KM_STATUS
        subs = [dict(text=t, lead=l, start=_d(s), finish=_d(f), status=st, pct=p)
                for t, l, s, f, st, p in subs]
        if subs:
            assert start is None and finish is None
            s, f, pct = rollup(subs)
        else:
            s, f = _d(start), _d(finish)
        refs = sorted(int(n) for n in re.findall(r"\d+", rec))
        acts.append(A(text, lead, f.strftime("%d/%m/%y") if f else "", links, refs, False,
                      row=None, section=theme, objective=None, start=s, finish=f,
                      status=status, pct=pct, rec=rec, comment=comment, subs=subs))

    T1, T2, T3, T4, T5 = [t for t, _ in KM_THEMES]

    # Plans families can follow (R2; action 3 names the strategy discussion in passing: R1)
    add(T1, "Rewrite the child in need and child protection plan template in plain English: "
        "what we are worried about, what needs to change, who does what and by when",
        "j.trelawny@example.gov.uk", None, None, "Complete", 1.0, rec="Rec 2",
        comment="Signed off at CSC DMT 26/03/19. Template live on Kestrel from 1 April and the "
                "old one locked. Chairs say families find the 'what we are worried about' "
                "section much easier to follow, but some plans still copy the assessment word "
                "for word - being picked up in the workshops (next row).",
        subs=[("Draft the template with the IROs and conference chairs",
               "s.penhallow@example.gov.uk", "04/02/19", "22/02/19", "Complete", 1.0),
              ("Test the draft with three families from the Parent Panel",
               "Participation Officer", "25/02/19", "08/03/19", "Complete", 1.0),
              ("Build the new form on Kestrel", "Kestrel Systems Team", "11/03/19", "29/03/19",
               "Complete", 1.0)],
        links=[(2, "e", "h", "the written plan itself rewritten so that it says what must change, "
                "who does what and by when")])
    add(T1, "Half-day 'writing plans that families understand' workshop for every social worker "
        "in the Referral & Assessment and Family Intervention teams",
        "Workforce Development", "01/04/19", "28/06/19", "In Progress", 0.6,
        comment="7 of 11 sessions done.",
        links=[(2, "j", "h", "social workers taught to write plans that families can follow")])
    add(T1, "Each plan to open with the worries agreed at the strategy discussion or assessment, "
        "written the way the family would say them",
        "s.penhallow@example.gov.uk", "01/04/19", "31/05/19", "Complete", 1.0,
        links=[(2, "j", "h", "the written plan starting from the worries in the family's own "
                "words")])
    add(T1, "Conference chairs and IROs to send back any plan with no timescales or contingency "
        "instead of agreeing it at the meeting",
        "IRO Service Manager", "01/05/19", "31/03/20", "In Progress", 0.4,
        links=[(2, "j", "h", "independent chairs refusing plans without timescales or a "
                "contingency")])
    add(T1, "Children aged 8 and over to get a letter from their social worker explaining their "
        "plan",
        "k.nance@example.gov.uk", "03/06/19", "30/09/19", "Not Started", 0.0,
        links=[(2, "j", "m", "the plan written out for the child: plans children can "
                "understand")])

    # Managers in every team (R4; the theme row cites Rec 4)
    add(T2, "Supervision template on Kestrel with sections for the worker's reflection, the "
        "manager's direction and when it will be checked",
        "a.bassett@example.gov.uk", None, None, "Complete", 1.0, rec="Rec 4",
        subs=[("Agree the headings with team managers", "a.bassett@example.gov.uk", "04/02/19",
               "15/02/19", "Complete", 1.0),
              ("Kestrel form build and test", "Kestrel Systems Team", "18/02/19", "15/03/19",
               "Complete", 1.0),
              ("Go live with a one-page guidance note", "a.bassett@example.gov.uk", "18/03/19",
               "29/03/19", "Complete", 1.0)],
        links=[(4, "e", "h", "how supervision is recorded: a template with reflection, direction "
                "and review")])
    add(T2, "Team managers to put a short decision note on the child's file at transfer, "
        "step-down and closure",
        "Head of Service - Assessment", "01/04/19", "28/06/19", "In Progress", 0.5,
        links=[(4, "j", "h", "management oversight written on the file at each key point")])
    add(T2, "Every social worker supervised at least every four weeks, with the record on file "
        "within five working days; team figures to Heads of Service each month",
        "r.hendy@example.gov.uk", "01/04/19", "31/03/20", "In Progress", 0.25, rec="4",
        comment="April: 81% of social workers supervised in the last 4 weeks, 64% of records on "
                "file within 5 days. Family Intervention East lowest (52%) because of two "
                "manager vacancies - interim cover agreed from 13/05. Figures now go to the "
                "monthly performance meeting as well as to Heads of Service.",
        links=[(4, "e", "h", "regular supervision and its record on file on time")])
    add(T2, "Six-session programme for team managers and senior practitioners on giving clear "
        "direction and writing it down",
        "Workforce Development", "02/09/19", "20/12/19", "Not Started", 0.0,
        links=[(4, "j", "h", "frontline managers trained to direct casework and record it")])
    add(T2, "Recruit two more assistant team managers in the Family Intervention Service so that "
        "no manager has more than 7 supervisees",
        "j.trelawny@example.gov.uk", "01/04/19", "30/08/19", "In Progress", 0.5,
        comment="One appointed, one post readvertised.",
        links=[(4, "j", "m", "managers with time to supervise and oversee their workers' "
                "cases")])

    # Learning from what we find (R6, both asks)
    add(T3, "Monthly case file review by every team manager: two cases each, read with the "
        "social worker and graded against the practice standards",
        "m.okafor@example.gov.uk", "01/04/19", "31/03/20", "In Progress", 0.3, rec="Rec 6",
        links=[(6, "e", "h", "casework looked at every month against the standards: the "
                "auditing itself")])
    add(T3, "Moderation: a head of service re-reads one in five completed case file reviews and "
        "gives the reviewer feedback",
        "l.chiswell@example.gov.uk", "01/05/19", "31/03/20", "In Progress", 0.2,
        links=[(6, "j", "h", "the quality of the reviews checked and improved")])
    add(T3, "Quarterly 'What we found' briefing to all staff with three things to do "
        "differently",
        "Principal Social Worker", None, None, "In Progress", 0.5,
        subs=[("First briefing (April-June reviews)", "Principal Social Worker", "01/07/19",
               "19/07/19", "Complete", 1.0),
              ("Second briefing (July-September reviews)", "Principal Social Worker",
               "01/10/19", "18/10/19", "Not Started", 0.0)],
        links=[(6, "j", "h", "what the case file reviews find shared with staff to change "
                "practice: learning")])
    add(T3, "Team manager to check four weeks after each review that what was agreed for the "
        "child has happened",
        "m.okafor@example.gov.uk", "", "", "Not Started", 0.0,
        comment="Ongoing - no end date.",
        links=[(6, "j", "h", "the findings for each child followed through: learning that "
                "changes the child's case")])

    # Our care leavers (R5, partly: the service answered, education, jobs and training not)
    add(T4, "Pathway plans moved onto the same plain-English layout and written with the young "
        "person at their review",
        "Leaving Care Team Manager", "01/05/19", "30/09/19", "In Progress", 0.3, rec="2, 5",
        links=[(2, "e", "h", "pathway plans are written plans, rewritten to the new layout"),
               (5, "e", "m", "better pathway plans made with care leavers: the quality of their "
                "service")])
    add(T4, "Personal advisers to hold no more than 25 young people each, with two new PA posts",
        "d.varcoe@example.gov.uk", "04/03/19", "28/06/19", "In Progress", 0.5, rec="Rec 5",
        links=[(5, "e", "h", "personal advisers with time for each care leaver")])
    add(T4, "Weekly drop-in at the Quayside youth centre where care leavers can see their PA, a "
        "benefits adviser and the leaving care nurse",
        "d.varcoe@example.gov.uk", "01/04/19", "31/05/19", "Complete", 1.0,
        links=[(5, "j", "h", "one place where care leavers get help each week")])
    add(T4, "Health passport for every care leaver at 18, with their health history and how to "
        "register with a GP",
        "Looked After Children Nurse", "01/06/19", "31/12/19", "Not Started", 0.0,
        links=[(5, "j", "m", "care leavers leaving care with their health information")])
    add(T4, "Refresh the local offer with the Care Leavers' Forum and publish it on a new web "
        "page",
        "", None, None, "In Progress", 0.5,
        subs=[("Two workshops with the Care Leavers' Forum", "Participation Officer",
               "06/05/19", "31/05/19", "Complete", 1.0),
              ("Web page built and published", "Communications Team", "03/06/19",
               "26/07/19", "Not Started", 0.0)],
        links=[(5, "j", "h", "what the council offers its care leavers, rewritten with them")])
    add(T4, "Keep in touch with every care leaver aged 21 to 25 at least twice a year, whether or "
        "not they have asked for help",
        "Leaving Care Team Manager", "01/04/19", "31/03/20", "In Progress", 0.2,
        links=[(5, "j", "h", "the service reaching care leavers to 25")])

    # Business as usual (orphans; hard decoys for R3 and for R5's unanswered ask among them)
    add(T5, "Publish the annual Childcare Sufficiency Assessment, including funded early "
        "education placements for two-year-olds",
        "Early Years Service Manager", "01/07/19", "30/09/19", "Not Started", 0.0)
    add(T5, "Practice learning placements for 12 social work students a year with Kestlemouth "
        "University, including older career changers on Step Up to Social Work",
        "Workforce Development", "02/09/19", "31/03/20", "Not Started", 0.0,
        comment="University wants confirmation of numbers by July.")
    add(T5, "Social work degree apprenticeship: employment and training opportunities for six "
        "family support workers to qualify",
        "HR Business Partner", "01/09/19", "31/03/20", "Not Started", 0.0)
    add(T5, "Upgrade Kestrel to version 6 and retire the paper referral form",
        "Kestrel Systems Team", None, None, "In Progress", 0.33,
        subs=[("Test environment upgraded", "Kestrel Systems Team", "01/04/19", "26/04/19",
               "Complete", 1.0),
              ("Live upgrade weekend", "Kestrel Systems Team", "13/05/19", "17/05/19",
               "Not Started", 0.0),
              ("Referral form switched off", "p.moyle@example.gov.uk", "20/05/19", "31/05/19",
               "Not Started", 0.0)])
    add(T5, "Open the Westmoor family hub with health visitors and the children's centre",
        "p.moyle@example.gov.uk", "01/04/19", "30/09/19", "In Progress", 0.4)
    add(T5, "Annual staff survey, with results to the Workforce Board",
        "HR Business Partner", "", "", "Not Started", 0.0,
        comment="Date tbc - corporate survey timetable not yet set.")
    add(T5, "Termly visit offered to every family on the elective home education register",
        "TBC", "02/09/19", "20/12/19", "Not Started", 0.0)
    return acts


KM = {
    "name": "kestlemouth", "ext": "xlsx", "report": PY_REPORT, "recs": py_recs,
    "pages": PY_PAGES, "council": "Kestlemouth City Council",
    "actions": km_actions, "bounds": (20, 40),
    "expected": {1: "weak", 2: "covered", 3: "uncovered", 4: "covered", 5: "weak",
                 6: "covered"},
    "unanswered": [3], "passing": [1], "partial": [5],
    "orphans": [21, 22, 23, 24, 25, 26, 27],
    "miscited": [],
    "passing_phrase": {1: (3, "the worries agreed at the strategy discussion")},
    "decoys": {3: [21, 22]},
    "ask_decoys": {5: [23]},
    "asks": {5: [("the quality of services to care leavers", [15, 16, 17, 18, 19, 20]),
                 ("education, employment and training opportunities for care leavers", [])],
             6: [("the quality of auditing of casework", [11, 12]),
                 ("learning from auditing of casework", [13, 14])]},
    "notes": (
        "XLSX as Smartsheet's 'Export to Microsoft Excel' gives it: one sheet, named after the "
        "Smartsheet sheet ('CSC Improvement Plan 2019-20'), row 1 the header Task Name | "
        "Assigned To | Start | Finish | Duration | % Complete | Status | Ofsted Rec | Comments, "
        "no title rows. The hierarchy is shown only by the INDENT of the Task Name cell "
        "(alignment indent 0, 1, 2) and by Excel row outline levels 0, 1, 2 (summary rows "
        "above their detail, nothing collapsed). Level-0 rows are the five themes, bold ('Plans "
        "families can follow', 'Managers in every team', 'Learning from what we find', 'Our "
        "care leavers', 'Business as usual'): their Start, Finish, Duration and % Complete are "
        "rolled up from their children, their Assigned To and Status empty; they are not "
        "actions. The theme row 'Managers in every team' has 'Rec 4' in its Ofsted Rec cell; "
        "that cell belongs to no action. Level-1 rows are the actions (27). Level-2 rows are "
        "sub-tasks (steps such as 'Build the new form on Kestrel', 'Live upgrade weekend'), not "
        "actions and not part of any action's text; they stand under actions 1 ('Rewrite the "
        "child in need and child protection plan template'), 6 ('Supervision template on "
        "Kestrel'), 13 ('Quarterly 'What we found' briefing'), 19 ('Refresh the local offer') "
        "and orphan 24 ('Upgrade Kestrel to version 6'), whose Start, Finish, Duration and % "
        "are rolled up from them. 'section' is the theme's Task Name, 'row' and 'objective' "
        "null, 'text' the action's Task Name, 'leads_raw' its Assigned To cell as typed (e-mail "
        "style contacts such as 'j.trelawny@example.gov.uk', or role names such as 'Workforce "
        "Development'), 'date_raw' its Finish cell as Excel shows it (a real date, number format "
        "dd/mm/yy: '29/03/19'). Start, Duration ('45d', working days), % Complete (a number "
        "formatted 0%), Status ('Not Started', 'In Progress', 'Complete') and Comments are not "
        "part of the action. Empty Assigned To: action 19 ('Refresh the local offer'); 'TBC': "
        "orphan 27 ('Termly visit offered'). Empty Start and Finish (and Duration): action 14 "
        "('Team manager to check four weeks after each review', comment 'Ongoing - no end "
        "date.') and orphan 26 ('Annual staff survey', comment 'Date tbc'). Straight "
        "apostrophes and hyphens, as typed in Smartsheet. 'explicit_refs' are the numbers of "
        "the action's Ofsted Rec cell ('Rec 2', 'Rec 4', '4', 'Rec 6', '2, 5', 'Rec 5': actions "
        "1, 6, 8, 11, 15, 16); every citation is true and each is an explicit link; all other "
        "links are judged. Hard unanswered: R3 (sufficiency of local placements to meet the "
        "needs of older children): nothing is aimed at it and no row speaks of foster carers, "
        "children's homes, lodgings or where older children live; orphan 21 ('Publish the "
        "annual Childcare Sufficiency Assessment', early education 'placements') and orphan 22 "
        "('Practice learning placements for 12 social work students', 'older' career changers) "
        "share its words but neither touches homes for older children. Passing: R1 (the quality "
        "of strategy discussions, including records of decision-making and action plans) is "
        "touched only by action 3 ('Each plan to open with the worries agreed at the strategy "
        "discussion', aimed at R2), which takes the strategy discussion's worries as the plan's "
        "starting point; nothing changes how strategy discussions are held or recorded; weak, no "
        "link. Partly answered (see asks): R5: the quality of services to care leavers is "
        "answered by actions 15-20 (pathway plans, personal advisers' caseloads, a weekly "
        "drop-in, health passports, the local offer, keeping in touch to 25); education, "
        "employment and training opportunities by nothing, and no row for care leavers names "
        "education, work, training, jobs, college or apprenticeships; ask decoy: orphan 23 "
        "('Social work degree apprenticeship: employment and training opportunities for six "
        "family support workers'), opportunities for staff, not care leavers; weak. Answered: "
        "R2 by actions 1-5 and 15 (the plan template, workshops, the worries in the family's "
        "words, chairs sending back plans, letters to children, pathway plans); R4 by actions "
        "6-10 (supervision template, decision notes, four-weekly supervision on file, a "
        "managers' programme, more assistant team managers); R6 by actions 11-14, both asks "
        "(the quality of auditing: 11, 12; learning from it: 13, 14), the council calling its "
        "audits 'case file reviews'. Orphans 21-27: the whole of 'Business as usual' (also the "
        "case system's upgrade, a family hub, the staff survey, elective home education). "
        "'action N' means kestlemouth-N, numbered down the sheet's level-1 rows: 1-5 the first "
        "theme, 6-10 the second, 11-14 the third, 15-20 the fourth, 21-27 'Business as usual'. "
        "The plan's own names: Kestrel (case record), the Parent Panel, Family Intervention "
        "Service, the Quayside youth centre, the Care Leavers' Forum, Westmoor, Kestlemouth "
        "University."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Wyrebridge - a Word plan table printed to PDF, answering Blackburn with Darwen
# 2022-03-18 (ILACS, ten items). Priority | Action | Responsible officer | Timescale | Progress.
# ---------------------------------------------------------------------------------------------

WB_PRIORITIES = [  # in the plan's order; the Priority cell's text
    "Keeping children safe when harm is suspected",
    "Tackling neglect",
    "Plans that move children on",
    "Children in care knowing their story",
    "Care leavers",
    "Children\u2019s voices",
    "Other service developments",
]
WB_OTHER = "Other service developments"
WB_HEADER = ("Priority", "Action", "Responsible officer", "Timescale", "Progress")
WB_INTRO = (
    "This plan sets out what we will do over the next year to improve the help, protection and "
    "care we give to children and young people in Wyrebridge. It brings together the work "
    "agreed with our partners and the areas for development that we identified ourselves, and "
    "it sits alongside the service plans of each team. Each action has a responsible officer "
    "and a timescale; progress is updated before every meeting of the Improvement Board.")
WB_PRACTICE = "See the Practice Standards (2021), section 4"
WB_PLO = "See the Public Law Outline pre-proceedings protocol (2021)"


def wb_actions():
    acts = []

    def add(pri, text, lead, when, progress, fn=None, links=()):
        """An action row under priority ``pri``: the Action cell ``text`` (plain letters: the
        ligatures, hyphenation and footnote number are the writer's), Responsible officer
        ``lead``, Timescale ``when`` ("" empty), Progress (not part of the action). ``fn``: a
        footnote (the word after which its number is printed, the note's text); a note naming
        "Ofsted recommendation(s) N" gives the action its explicit_refs."""
        assert pri in WB_PRIORITIES
        refs = []
        if fn:
            assert fn[0] in text, fn
            if fn[1].startswith("Ofsted recommendation"):
                refs = sorted(int(n) for n in re.findall(r"\d+", fn[1]))
        miscited = bool(refs) and not any(src == "e" for _, src, _, _ in links)
        acts.append(A(curly(text), curly(lead), when, links, refs, miscited, row=None,
                      section=curly(pri), objective=None, progress=curly(progress), fn=fn))

    P1, P2, P3, P4, P5, P6, P7 = WB_PRIORITIES

    # Keeping children safe when harm is suspected (R1, R2)
    add(P1, "Daily multi-agency meeting at 10am with police, health and school safeguarding "
        "leads, who agree when the strategy discussion will be held, on the day a concern is "
        "raised.",
        "Head of Service, Front Door", "April 2022",
        "Started 7 March. Police attending four days in ﬁve.",
        fn=("raised.", "Ofsted recommendation 1"),
        links=[(1, "e", "h", "partners meeting every day so that strategy discussions are held "
                "without delay")])
    add(P1, "Agree with the police a named detective sergeant on call each day for strategy "
        "discussions, with escalation to their public protection manager when one cannot be "
        "held within 24 hours.",
        "Assistant Director, Children\u2019s Social Care", "May 2022",
        "Draft agreed with Public Protection Unit; awaiting sign-off.",
        links=[(1, "j", "h", "police available for strategy discussions, and escalation when "
                "they are late")])
    add(P1, "Strategy discussion record to set out which agency does what, by when, and how the "
        "child will be kept safe while enquiries go on, in a multi-agency plan.",
        "Head of Service, Front Door", "June 2022", "New form in testing.",
        links=[(1, "j", "m", "the multi-agency actions and safety plan agreed at the strategy "
                "discussion made specific")])
    add(P1, "Practice guidance and a one-hour briefing for social workers on when to ask parents "
        "for consent before speaking to a child, and how to record a decision to go ahead "
        "without it.",
        "Principal Social Worker", "June 2022", "Guidance drafted; ﬁrst briefing 23 May.",
        fn=("consent", "Ofsted recommendation 2"),
        links=[(2, "e", "h", "securing or dispensing with parents' consent during enquiries, "
                "and recording it")])
    add(P1, "Team managers to sign off any child protection enquiry that begins before the "
        "strategy discussion, recording why and what parents were told.",
        "Team Managers, Assessment", "Ongoing", "In place since 1 April.",
        links=[(2, "j", "h", "a manager's decision on going ahead and on what parents are told, "
                "recorded"),
               (1, "j", "m", "single-agency enquiries before the strategy discussion brought "
                "under a manager's control")])

    # Tackling neglect (R3, the neglect ask only; nothing on domestic abuse)
    add(P2, "Graded Care Profile 2 completed for every child on a plan for neglect and repeated "
        "at each review, so that we can see what has changed for the child.",
        "Neglect Lead", "September 2022", "42 practitioners trained.",
        links=[(3, "j", "h", "the response to neglect measured by what changes for the "
                "child")])
    add(P2, "Children whose circumstances have not improved after three months on a neglect plan "
        "to be taken to the legal gateway panel to consider pre-proceedings.",
        "Head of Service, Safeguarding", "From May 2022", "",
        fn=("pre-proceedings.", WB_PLO),
        links=[(3, "j", "h", "decisive action when neglect continues")])
    add(P2, "At each neglect review, ask the child what is different in their day-to-day life, "
        "and record it in their own words.",
        "Independent Chairs", "July 2022", "Not started.",
        links=[(3, "j", "h", "child-focused practice measuring the difference made to the "
                "child's life")])

    # Plans that move children on (R4)
    add(P3, "Every plan to have a date against each action and a contingency plan, agreed by the "
        "chair before the meeting ends.",
        "Independent Reviewing Service Manager", "July 2022", "Template updated.",
        fn=("plan,", WB_PRACTICE),
        links=[(4, "j", "h", "plans with timescales and contingencies")])
    add(P3, "Planning clinics every fortnight where social workers and personal advisers bring a "
        "plan they are stuck on.",
        "Principal Social Worker", "From June 2022", "First clinic held 9 June.",
        links=[(4, "j", "h", "better planning for children and care leavers alike")])
    add(P3, "Pathway plans rewritten with each young person, in their own words, at least every "
        "six months.",
        "Leaving Care Team Manager", "December 2022", "",
        fn=("months.", "Ofsted recommendation 4"),
        links=[(4, "e", "h", "planning for care leavers, made with them")])

    # Children in care knowing their story (R5; action 12 names an audit in passing: R10)
    add(P4, "Life story work started for every child within six months of coming into care, with "
        "a life story champion in each team, as the autumn 2021 audit found only a third of "
        "children had begun theirs.",
        "Head of Service, Children in Care", "March 2023", "Champions named in 3 of 4 teams.",
        links=[(5, "j", "h", "life-story work begun for every child in care")])
    add(P4, "Direct work toolkit and a training day for social workers in the children in care "
        "teams, the first session on using play and drawing.",
        "Workforce Development Manager", "September 2022", "",
        links=[(5, "j", "h", "direct work with children in care")])
    add(P4, "Later life letters written for every child who is adopted or in long-term care, read "
        "by a senior practitioner before they are sent.",
        "Permanence Team Manager", "tbc", "Awaiting agency worker.",
        links=[(5, "j", "m", "later life letters are part of a child's life story")])
    add(P4, "Social workers to see children in care on their own at every visit and write down "
        "what the child said and did.",
        "Team Managers, Children in Care", "Ongoing", "",
        links=[(5, "j", "m", "time alone with the child, the ground of direct work")])

    # Care leavers (R7, R8; action 16's footnote cites the wrong recommendation)
    add(P5, "Personal advisers to contact every care leaver aged 18 to 25 at least monthly, and "
        "weekly when things are difficult, with a flexible duty PA until 7pm.",
        "Leaving Care Team Manager", "June 2022", "Duty rota in place.",
        fn=("7pm.", "Ofsted recommendation 8"),
        links=[(7, "j", "h", "regular support and advice for care leavers over 18")])
    add(P5, "Care leavers\u2019 hub at the Old Library: advice on money, housing, college and "
        "jobs in one place, open four days a week.",
        "Head of Service, Children in Care", "October 2022", "Building works start July.",
        links=[(7, "j", "h", "advice and guidance for care leavers in one place")])
    add(P5, "Personal advisers trained in benefits advice and tenancy support by the Welfare "
        "Rights team.",
        "Welfare Rights Manager", "September 2022", "",
        links=[(7, "j", "h", "personal advisers able to give sound advice")])
    add(P5, "New local offer leaflet and web page setting out what every care leaver is entitled "
        "to, written with the care leavers\u2019 forum.",
        "Participation Officer", "August 2022", "Draft with the forum.",
        fn=("to,", "Ofsted recommendation 8"),
        links=[(8, "e", "h", "care leavers told what they are entitled to")])
    add(P5, "Every young person to receive a summary of their health history from the looked "
        "after children nurse before they turn 18.",
        "Designated Nurse, Looked After Children", "December 2022", "",
        links=[(8, "j", "h", "care leavers given their health histories")])

    # Children's voices (R9)
    add(P6, "Independent advocacy offered to every child in care and care leaver before each "
        "review, and the offer recorded.",
        "Participation Officer", "July 2022", "New advocacy contract from 1 July.",
        fn=("review,", "Ofsted recommendation 9"),
        links=[(9, "e", "h", "advocacy offered to every child in care and care leaver")])
    add(P6, "Grow the Children in Care Council to three age groups and pay young reviewers to "
        "visit our children\u2019s homes.",
        "Participation Officer", "December 2022", "",
        links=[(9, "j", "h", "more ways for children to take part")])
    add(P6, "A \u2018you said, we did\u2019 report to the Corporate Parenting Panel every quarter, "
        "showing what changed because of what children and care leavers told us.",
        "Head of Service, Children in Care", "Quarterly", "",
        links=[(9, "j", "h", "the impact of children's participation shown")])

    # Other service developments (orphans; hard decoys for R6 and R3's unanswered ask)
    add(P7, "Hospital discharge planning for disabled children with complex health needs, so "
        "that they can go home to their parents without delay.",
        "Disabled Children\u2019s Team Manager", "September 2022", "")
    add(P7, "Section 7 reports for child arrangements orders completed within the court\u2019s "
        "timescale, seeing both parents.",
        "Family Court Team Manager", "Ongoing", "")
    add(P7, "Domestic abuse policy for all council staff, with up to ten days\u2019 paid safe "
        "leave.",
        "HR Business Partner", "June 2022", "Consultation with unions.")
    add(P7, "Recruit 12 new foster carers, with a first-year payment for carers of teenagers.",
        "Fostering Service Manager", "March 2023", "5 approved.")
    add(P7, "Move every team onto the new forms of the case management system, with training "
        "for all staff.",
        "ICT Business Partner", "tbc", "Supplier delay.")
    add(P7, "Family hub opening in Holmbury with health visiting and midwifery.",
        "tbc", "January 2023", "")
    return acts


WB = {
    "name": "wyrebridge", "ext": "pdf", "report": BD_REPORT, "recs": bd_recs,
    "pages": BD_PAGES, "council": "Wyrebridge Borough Council",
    "actions": wb_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "covered", 3: "weak", 4: "covered", 5: "covered",
                 6: "uncovered", 7: "covered", 8: "covered", 9: "covered", 10: "weak"},
    "unanswered": [6], "passing": [10], "partial": [3],
    "orphans": [24, 25, 26, 27, 28, 29],
    "miscited": [16],
    "passing_phrase": {10: (12, "the autumn 2021 audit found")},
    "decoys": {6: [24, 25]},
    "ask_decoys": {3: [26]},
    "asks": {3: [("the response to neglect, to ensure child-focused practice which measures "
                  "impact through the difference made to children's lives", [6, 7, 8]),
                 ("the response to domestic abuse, to ensure child-focused practice which "
                  "measures impact through the difference made to children's lives", [])],
             5: [("the quality of life-story work with children in care", [12, 14]),
                 ("the quality of direct work with children in care", [13, 15])],
             8: [("information for care leavers about their entitlements", [19]),
                 ("information for care leavers about their health histories", [20])]},
    "notes": None,  # set below, with the layout the writer asserts
}
WB["notes"] = (
    "PDF as Word's 'Print to PDF' makes of a Word plan table (A4 landscape, 3 pages). Page 1 "
    "opens with the council's name, the plan's title ('Children\u2019s Services Improvement Plan "
    "2022\u201323'), a version line and an introductory paragraph: not actions. Then ONE ruled "
    "table, columns Priority | Action | Responsible officer | Timescale | Progress, its shaded "
    "header row repeated at the top of every page. The Priority cell is merged down the rows of "
    "its actions and printed only where it begins: the page breaks fall inside two priorities "
    "(page 2 opens with action 8 ('At each neglect review'), under 'Tackling neglect', and page "
    "3 with action 20 ('Every young person to receive a summary of their health history'), "
    "under 'Care leavers'), so the first rows of pages 2 and 3 have an empty Priority cell "
    "that belongs to the priority of the page before. Rows are not split over pages. Running "
    "footer on every page: 'OFFICIAL \u2013 SENSITIVE' and 'Page N of 3'. The text layer uses "
    "the typeface's LIGATURE glyphs: every 'fi' and 'fl' of the document is the single "
    "character U+FB01 or U+FB02 ('\ufb01rst', '\ufb02exible', 'brie\ufb01ng', 'leaf\ufb02et', "
    "'Pro\ufb01le', 'Responsible of\ufb01cer'); the gold's text, leads and notes have the plain "
    "letters 'fi' and 'fl'. Words are HYPHENATED at line ends inside Action cells, of both "
    "kinds: action 1 ('Daily multi-agency meeting at 10am') breaks 'safe-' / 'guarding' "
    "(hyphenation: the word is 'safeguarding', the hyphen is not part of it); action 3 "
    "('Strategy discussion record') breaks 'multi-' / 'agency' and action 7 ('Children whose "
    "circumstances have not improved') 'pre-' / 'proceedings' at the words' own hyphens (the "
    "words are 'multi-agency' and 'pre-proceedings'). Other cells break too: action 7's "
    "Responsible officer cell 'Head of Service, Safe-' / 'guarding' ('leads_raw' 'Head of "
    "Service, Safeguarding'), and action 2's Progress note 'sign-' / 'off.'. FOOTNOTES: eight actions carry a small "
    "raised footnote number after a word (Word's footnote reference), numbered 1-8 down the "
    "document; each note stands at the foot of its page, above the footer, under a short rule. "
    "Footnote 1 (action 1, after 'raised.') 'Ofsted recommendation 1'; 2 (action 4, after "
    "'consent', mid-sentence) 'Ofsted recommendation 2'; 3 (action 7, after 'pre-proceedings.') "
    "'See the Public Law Outline pre-proceedings protocol (2021)'; 4 (action 9, after 'plan,', "
    "mid-sentence) 'See the Practice Standards (2021), section 4'; 5 (action 11) 'Ofsted "
    "recommendation 4'; 6 (action 16) 'Ofsted recommendation 8'; 7 (action 19, after 'to,', "
    "mid-sentence) 'Ofsted recommendation 8'; 8 (action 21, after 'review,', mid-sentence) "
    "'Ofsted recommendation 9'. A footnote naming an Ofsted recommendation is an explicit "
    "reference of its action ('explicit_refs'); the footnote number is not part of the action's "
    "text, and the notes' text is no action. Footnotes 3 and 4 cite no recommendation. "
    "'section' is the Priority cell of the action's merged cell, 'row' and 'objective' null, "
    "'text' the Action cell (Word's curly apostrophes kept, ligatures as plain letters, line-end "
    "hyphenation undone, footnote number left out), 'leads_raw' the Responsible officer cell, "
    "'date_raw' the Timescale cell as typed ('April 2022', 'From May 2022', 'Ongoing', "
    "'Quarterly', 'tbc'). Progress is not part of the action. Responsible officer 'tbc': orphan "
    "29 ('Family hub opening in Holmbury'); Timescale 'tbc': action 14 ('Later life letters') "
    "and orphan 28 ('Move every team onto the new forms'). Explicit links: action 1 (R1), 4 "
    "(R2), 11 (R4), 19 (R8), 21 (R9). MIS-CITED: action 16 ('Personal advisers to contact every "
    "care leaver aged 18 to 25') carries footnote 6 'Ofsted recommendation 8' (information "
    "about entitlements and health histories), but it is regular support and advice to care "
    "leavers over 18: it answers R7, judged, marked miscited; its explicit_refs stay [8]. Hard "
    "unanswered: R6 (the timeliness of the discharge of care orders for children living at "
    "home with their parents): nothing is aimed at it and no row speaks of care orders, "
    "discharging them or children placed at home with parents; orphan 24 ('Hospital discharge "
    "planning for disabled children', 'home to their parents') and orphan 25 ('Section 7 "
    "reports for child arrangements orders', 'both parents') share its words but neither "
    "touches care orders. Passing: R10 (the effectiveness and impact of internal auditing and "
    "monitoring processes) is touched only by action 12 ('Life story work started for every "
    "child', aimed at R5), which gives 'the autumn 2021 audit found' only a third of children "
    "had begun their life story as the reason for the action; nothing changes how the council "
    "audits or monitors; weak, no link. Partly answered (see asks): R3: the response to neglect "
    "(child-focused, measuring the difference made) is answered by actions 6-8 (Graded Care "
    "Profile 2 repeated at each review, the legal gateway panel for neglect that has not "
    "improved, the child asked what is different); the response to domestic abuse by nothing, "
    "and no linked row names domestic abuse; ask decoy: orphan 26 ('Domestic abuse policy for "
    "all council staff'), an HR policy for employees, not practice with children; weak. "
    "Answered: R1 by actions 1, 2, 3 and 5 (a daily multi-agency meeting, police on call for "
    "strategy discussions, a multi-agency plan in the record, managers' sign-off of enquiries "
    "begun before the discussion); R2 by actions 4 and 5 (guidance and briefing on seeking or "
    "going ahead without parents' consent, managers recording what parents were told); R4 by "
    "actions 9-11 (dates and contingencies in every plan, planning clinics for social workers "
    "and personal advisers, pathway plans rewritten with the young person); R5 by actions "
    "12-15, both asks (life-story work: 12, 14; direct work: 13, 15); R7 by actions 16-18 "
    "(monthly contact and a duty PA, a care leavers' hub, personal advisers trained in "
    "benefits and tenancy advice); R8 by actions 19 and 20, both asks (entitlements: 19; "
    "health histories: 20); R9 by actions 21-23 (advocacy at each review, a larger Children in "
    "Care Council and young reviewers, a 'you said, we did' report on impact). Orphans 24-29: "
    "the whole of 'Other service developments' (also foster carer recruitment, the case "
    "management system's forms, a family hub). 'action N' means wyrebridge-N, numbered down "
    "the table: 1-5 'Keeping children safe when harm is suspected', 6-8 'Tackling neglect', "
    "9-11 'Plans that move children on', 12-15 'Children in care knowing their story', 16-20 "
    "'Care leavers', 21-23 'Children\u2019s voices', 24-29 'Other service developments'. The "
    "plan's own names: the legal gateway panel, the Old Library, the Welfare Rights team, the "
    "Corporate Parenting Panel, Holmbury.")


# the layout the writer asserts and the notes describe: action cells where a word is split at a
# line end (action number -> the split as printed, first part | second part), the footnotes in
# order (action number, note number), and the page each action starts on
WB_SPLITS = {1: ["safe-|guarding"], 3: ["multi-|agency"], 7: ["pre-|proceedings."]}
WB_OTHER_SPLITS = {(7, "Responsible officer"): ["Safe-|guarding"],
                   (2, "Progress"): ["sign-|off."]}
WB_LAYOUT = {"pages": 3, "page_starts": {1: 1, 2: 8, 3: 20},
             "fn_no": {1: 1, 4: 2, 7: 3, 9: 4, 11: 5, 16: 6, 19: 7, 21: 8}}
WB_SOFT = {  # where hyphenation may split a word (the hyphen is not part of the word)
    "safeguarding": "safe|guarding", "enquiries": "en|quiries", "circumstances": "circum|stances",
    "escalation": "escala|tion", "independent": "inde|pendent", "practitioners": "practi|tioners",
    "contingency": "contin|gency", "participation": "partici|pation",
    "discussion": "discus|sion", "discussions": "discus|sions", "education": "edu|cation",
    "practitioner": "practi|tioner", "arrangements": "arrange|ments",
}


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_bc(plan, set_name="bc"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def km_rows(acts):
    """The sheet's rows in order: (level, record), themes rolled up from their actions."""
    out = []
    for group in _groups(acts, lambda a: a["section"]):
        theme = group[0]["section"]
        kids = [dict(start=a["extra"]["start"], finish=a["extra"]["finish"],
                     pct=a["extra"]["pct"]) for a in group]
        s, f, pct = rollup(kids)
        rec = dict(KM_THEMES)[theme]
        out.append((0, dict(text=theme, lead="", start=s, finish=f, pct=pct, status="",
                            rec=rec, comment="")))
        for a in group:
            x = a["extra"]
            out.append((1, dict(text=a["text"], lead=a["lead"], start=x["start"],
                                finish=x["finish"], pct=x["pct"], status=x["status"],
                                rec=x["rec"], comment=x["comment"])))
            for s_ in x["subs"]:
                out.append((2, dict(s_, rec="", comment="")))
    return out


def write_km(plan, acts, path):
    from openpyxl import Workbook, load_workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.properties import Outline

    wb = Workbook()
    ws = wb.active
    ws.title = KM_SHEET
    grid = Side(style="thin", color="D4D4D4")
    box = Border(left=grid, right=grid, top=grid, bottom=grid)
    head_font = Font(name="Arial", size=10, bold=True)
    head_fill = PatternFill("solid", fgColor="E5E5E5")
    body = Font(name="Arial", size=10)
    bold = Font(name="Arial", size=10, bold=True)
    for c, name in enumerate(KM_HEADER, 1):
        cell = ws.cell(1, c, name)
        cell.font = head_font
        cell.fill = head_fill
        cell.border = box
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    r = 2
    levels = []
    for level, row in km_rows(acts):
        dur = (f"{workdays(row['start'], row['finish'])}d"
               if row["start"] and row["finish"] else None)
        values = [row["text"], row["lead"] or None, row["start"], row["finish"], dur,
                  row["pct"], row["status"] or None, row["rec"] or None, row["comment"] or None]
        for c, v in enumerate(values, 1):
            cell = ws.cell(r, c, v)
            cell.font = bold if level == 0 else body
            cell.border = box
            cell.alignment = Alignment(vertical="top", wrap_text=c in (1, 9),
                                       indent=level if c == 1 else 0)
            if c in (3, 4):
                cell.number_format = KM_DATE
            if c == 6:
                cell.number_format = "0%"
            if c == 8:
                cell.number_format = "@"
        if level:
            ws.row_dimensions[r].outline_level = level
        levels.append(level)
        r += 1
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=False)
    for letter, width in zip("ABCDEFGHI", (70, 30, 10, 10, 9, 11, 12, 11, 60)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "B2"
    p = wb.properties
    p.creator = "Smartsheet"
    p.lastModifiedBy = "Smartsheet"
    p.title = KM_SHEET
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)
    # the layout promised in the notes, read back: indents and outline levels agree, five
    # themes, the actions at level 1 in the gold's order, sub-tasks only under actions
    ws = load_workbook(path)[KM_SHEET]
    got = []
    for row in range(2, ws.max_row + 1):
        indent = int(ws.cell(row, 1).alignment.indent)
        assert indent == (ws.row_dimensions[row].outline_level or 0), row
        got.append((indent, ws.cell(row, 1).value))
    assert [t for l, t in got if l == 1] == [a["text"] for a in acts]
    assert [t for l, t in got if l == 0] == [t for t, _ in KM_THEMES]
    assert got[0][0] == 0 and all(b[0] - a[0] <= 1 for a, b in zip(got, got[1:]))
    assert levels.count(2) == sum(len(a["extra"]["subs"]) for a in acts)


def lig(s):
    """The typeface's fi and fl ligatures, as Word's PDF keeps them in the text layer."""
    return s.replace("fi", "\ufb01").replace("fl", "\ufb02")


WB_FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-{}.ttf"


def write_wb(plan, acts, path):
    reportlab_canvas()  # invariant mode before anything is built
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for style in ("Regular", "Bold"):
        pdfmetrics.registerFont(TTFont(f"Liberation-{style}", WB_FONT.format(style)))
    REG, BOLD = "Liberation-Regular", "Liberation-Bold"
    size, lead_ = 9, 11.2
    sup_size, sup_rise = 5.8, 3.4
    w, h = landscape(A4)
    margin = 1.8 * cm
    widths = [112, 300, 118, 78, w - 2 * margin - 608]
    xs = [margin]
    for cw in widths:
        xs.append(xs[-1] + cw)
    pad = 4
    top = h - margin
    bottom = margin + 0.6 * cm   # above the running footer
    fn_lead = 9.5

    def width(t, font=REG, sz=size):
        return pdfmetrics.stringWidth(lig(t), font, sz)

    def wrap(tokens, avail, font=REG):
        """Greedy line filling over words, Word-style: a word that does not fit is split at a
        hyphenation point (WB_SOFT, printed with a hyphen) or after its own hyphen when the
        first part fits, else moved to the next line. A token is (word, footnote number or
        None). Returns lines of tokens and the splits made ("first|second")."""
        lines, line, used, splits = [], [], 0.0, []

        def tw(tok):
            word, sup = tok
            return width(word, font) + (width(str(sup), font, sup_size) if sup else 0)

        space = width(" ", font)
        queue = list(tokens)
        while queue:
            tok = queue.pop(0)
            need = tw(tok) + (space if line else 0)
            if used + need <= avail:
                line.append(tok)
                used += need
                continue
            word, sup = tok
            core = re.sub(r"[^\w-]+$", "", word)
            cuts = []
            plain = core.lower()
            if plain in WB_SOFT:
                k = WB_SOFT[plain].index("|")
                cuts.append((word[:k] + "-", word[k:]))
            for m in re.finditer("-", core):
                cuts.append((word[:m.end()], word[m.end():]))
            done = False
            for first, rest in sorted(cuts, key=lambda c: -len(c[0])):
                if line and used + space + width(first, font) <= avail:
                    line.append((first, None))
                    splits.append(f"{first}|{rest}")
                    lines.append(line)
                    line, used = [], 0.0
                    queue.insert(0, (rest, sup))
                    done = True
                    break
            if done:
                continue
            lines.append(line)
            line, used = [tok], tw(tok)
        if line:
            lines.append(line)
        return lines, splits

    def tokens(text, fn_word=None, fn_no=None):
        out = []
        placed = False
        for word in lig(text).split(" "):
            sup = None
            if fn_word and not placed and word == lig(fn_word):
                sup, placed = fn_no, True
            out.append((word, sup))
        assert not fn_word or placed, fn_word
        return out

    # footnote numbers in document order
    fn_no, notes = {}, {}
    for i, a in enumerate(acts, 1):
        if a["extra"]["fn"]:
            fn_no[i] = len(fn_no) + 1
            notes[fn_no[i]] = a["extra"]["fn"][1]

    # lay out each action row's cells
    rows = []
    splits, texts, other_splits = {}, {}, {}
    for i, a in enumerate(acts, 1):
        x = a["extra"]
        fw = x["fn"][0] if x["fn"] else None
        cells = []
        for c, text in enumerate(("", a["text"], a["lead"], a["date"], x["progress"])):
            toks = tokens(text, fw if c == 1 else None, fn_no.get(i) if c == 1 else None) \
                if text else []
            lines, sp = wrap(toks, widths[c] - 2 * pad) if toks else ([], [])
            if c == 1 and sp:
                splits[i] = sp
            elif sp:
                other_splits[(i, WB_HEADER[c])] = sp
            if c == 1:
                texts[i] = [" ".join(w for w, _ in line) for line in lines]
            cells.append(lines)
        rows.append(dict(i=i, cells=cells, pri=a["section"]))
    pri_lines = {p: wrap(tokens(curly(p)), widths[0] - 2 * pad, BOLD)[0] for p in WB_PRIORITIES}
    head_lines = [wrap(tokens(t), widths[c] - 2 * pad, BOLD)[0] for c, t in enumerate(WB_HEADER)]
    head_h = max(len(l) for l in head_lines) * lead_ + 2 * pad

    def row_h(r, first_of_pri):
        n = max(len(l) for l in r["cells"])
        if first_of_pri:
            n = max(n, len(pri_lines[r["pri"]]))
        return n * lead_ + 2 * pad

    # paginate: rows whole (Word's "allow row to break across pages" off); a page's footnotes
    # sit at its foot, above the footer
    intro = wrap(tokens(curly(WB_INTRO)), xs[-1] - xs[0])[0]
    title_h = 54 + len(intro) * lead_ + 10
    pages, cur, y = [], [], top - title_h - head_h
    prev_pri = None
    for r in rows:
        first = r["pri"] != prev_pri   # a merged Priority cell carries on over a page break,
        # its text only where it begins (as Word prints a vertically merged cell)
        hh = row_h(r, first)
        page_notes = [fn_no[q["i"]] for q, _ in cur if q["i"] in fn_no]
        if r["i"] in fn_no:
            page_notes = page_notes + [fn_no[r["i"]]]
        fn_h = (len(page_notes) * fn_lead + 10) if page_notes else 0
        if y - hh < bottom + fn_h:
            pages.append(cur)
            cur, y = [], top - head_h
        cur.append((r, first))
        y -= hh
        prev_pri = r["pri"]
    pages.append(cur)

    ink = HexColor("#000000")
    head_fill = HexColor("#D9E2F3")

    def draw_line(c, x, y, toks, font=REG):
        """One line of a cell: its words drawn as one string with their spaces (as Word's PDF
        has them), broken only where a footnote number is set small and raised."""
        run = ""
        for k, (word, sup) in enumerate(toks):
            run += (" " if k else "") + word
            if sup:
                c.setFont(font, size)
                c.drawString(x, y, run)
                x += pdfmetrics.stringWidth(run, font, size)
                c.setFont(font, sup_size)
                c.drawString(x, y + sup_rise, str(sup))
                x += pdfmetrics.stringWidth(str(sup), font, sup_size)
                run = ""
        if run:
            c.setFont(font, size)
            c.drawString(x, y, run)

    def furniture(c, n, total):
        c.saveState()
        c.setFont(REG, 8)
        c.setFillColor(ink)
        c.drawCentredString(w / 2, margin - 0.2 * cm, "OFFICIAL \u2013 SENSITIVE")
        c.drawRightString(w - margin, margin - 0.2 * cm, f"Page {n} of {total}")
        c.restoreState()

    Canvas = numbered_canvas(furniture)
    c = Canvas(str(path), pagesize=(w, h))
    c.setTitle("Children\u2019s Services Improvement Plan 2022\u201323")
    c.setAuthor("Wyrebridge Borough Council")
    c.setCreator("Microsoft\u00ae Word for Microsoft 365")
    c.setProducer("Microsoft: Print To PDF")
    c.setSubject("")
    placed = {}
    for pno, page in enumerate(pages, 1):
        y = top
        if pno == 1:
            c.setFont(BOLD, 14)
            c.drawString(margin, y - 14, "Wyrebridge Borough Council")
            c.setFont(BOLD, 12)
            c.drawString(margin, y - 32, lig("Children\u2019s Services Improvement Plan "
                                             "2022\u201323"))
            c.setFont(REG, 9)
            c.drawString(margin, y - 47, lig("Version 2.1 \u2013 April 2022 \u2013 owned by "
                                             "the Director of Children\u2019s Services; "
                                             "reviewed monthly by the Improvement Board"))
            for k, line in enumerate(intro):
                draw_line(c, margin, y - 64 - k * lead_, line)
            y -= title_h
        # header row
        c.setFillColor(head_fill)
        c.rect(xs[0], y - head_h, xs[-1] - xs[0], head_h, stroke=0, fill=1)
        c.setFillColor(ink)
        for col, lines in enumerate(head_lines):
            for k, line in enumerate(lines):
                draw_line(c, xs[col] + pad, y - pad - size - k * lead_, line, BOLD)
        c.setLineWidth(0.5)
        c.setStrokeColor(black)
        c.rect(xs[0], y - head_h, xs[-1] - xs[0], head_h, stroke=1, fill=0)
        for xx in xs[1:-1]:
            c.line(xx, y, xx, y - head_h)
        y -= head_h
        table_top = y
        for k, (r, first) in enumerate(page):
            hh = row_h(r, first)
            if first:
                if k:
                    c.line(xs[0], y, xs[1], y)   # a priority's merged cell ends
                for j, line in enumerate(pri_lines[r["pri"]]):
                    draw_line(c, xs[0] + pad, y - pad - size - j * lead_, line, BOLD)
            for col in range(1, 5):
                for j, line in enumerate(r["cells"][col]):
                    draw_line(c, xs[col] + pad, y - pad - size - j * lead_, line)
            c.line(xs[1], y - hh, xs[-1], y - hh)   # row rule, not across the Priority cell
            placed[r["i"]] = pno
            y -= hh
        c.line(xs[0], y, xs[1], y)
        for xx in xs:
            c.line(xx, table_top, xx, y)
        # the page's footnotes
        page_notes = [fn_no[r["i"]] for r, _ in page if r["i"] in fn_no]
        if page_notes:
            fy = bottom + len(page_notes) * fn_lead
            c.line(margin, fy + 6, margin + 4 * cm, fy + 6)
            for j, n in enumerate(page_notes):
                yy = fy - (j + 1) * fn_lead + 2
                c.setFont(REG, sup_size)
                c.drawString(margin, yy + sup_rise, str(n))
                c.setFont(REG, 8)
                c.drawString(margin + 6, yy, lig(notes[n]))
            assert y > fy + 6, (pno, y, fy)
        c.showPage()
    c.save()
    return dict(pages=len(pages), placed=placed, splits=splits, fn_no=fn_no, notes=notes,
                lines=texts, other_splits=other_splits)


def write_wb_checked(plan, acts, path):
    got = write_wb(plan, acts, path)
    assert got["splits"] == WB_SPLITS, got["splits"]
    assert got["other_splits"] == WB_OTHER_SPLITS, got["other_splits"]
    assert got["pages"] == WB_LAYOUT["pages"], got["pages"]
    assert got["fn_no"] == WB_LAYOUT["fn_no"], got["fn_no"]
    firsts = {}
    for i, p in got["placed"].items():
        firsts.setdefault(p, i)
    assert firsts == WB_LAYOUT["page_starts"], firsts


WRITERS = {"kestlemouth": write_km, "wyrebridge": write_wb_checked}
PLANS = [KM, WB]

# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "kestlemouth": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(5, 10)),
    "wyrebridge": dict(unanswered=1, passing=1, partial=1, miscited=1, orphans=(5, 10)),
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
    if gaps is None:
        print(f"{plan['name']}: report PDF not at hand, transcription check skipped")
    for r, gap in zip(recs, gaps or ()):
        assert gap == spec["label"], (r["number"], gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


# kestlemouth: the unanswered R3 (no row speaks of where older children live); R5's unanswered
# ask (no care leavers' row names education, work or training); the passing R1 (no row but
# action 3 names strategy discussions or records of decisions)
KM_HOMES = re.compile(r"placement|foster|children's home|residential|lodging|sufficien|older|"
                      r"semi-independ|staying put", re.I)
KM_EET = re.compile(r"educat|employ|train|job|work experience|college|universit|apprentic|"
                    r"NEET|career", re.I)
KM_STRAT = re.compile(r"strategy|decision-making|section 47", re.I)
KM_AUDIT = re.compile(r"audit", re.I)
# wyrebridge: the unanswered R6 (nothing of care orders or their discharge); R3's unanswered ask
# (no linked row names domestic abuse); the passing R10 (no row but action 12 names audit or
# monitoring, no footnote or progress note either)
WB_ORDERS = re.compile(r"care order|discharg|placed at home|placement with parents|revok", re.I)
WB_DA = re.compile(r"domestic|abuse|violence|perpetrator", re.I)
WB_QA = re.compile(r"audit|monitor|quality assurance|dip sampl|case reading", re.I)


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
    assert lo <= len(acts) <= hi, (name, len(acts))
    d = gold["design"]
    for key in ("unanswered", "passing", "partial", "miscited"):
        assert len(d[key]) == spec[key], (name, key)
    assert spec["orphans"][0] <= len(d["orphans"]) <= spec["orphans"][1], name
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    mine = {a["id"]: {l["rec"] for l in gold["links"] if l["action"] == a["id"]} for a in acts}
    for r in d["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert curly(phrase) in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one
    for n, orphans in plan["decoys"].items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan["ask_decoys"].items():
        assert f"R{n}" in d["partial"], (name, n)
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert {f"R{n}" for n in plan["decoys"]} == set(d["unanswered"]), name
    assert {f"R{n}" for n in plan["ask_decoys"]} == set(d["partial"]), name
    assert "hard" in d["notes"].lower(), name
    # the notes' "action N ('words" / "orphan N ('words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \('([^']+)", d["notes"], re.I)
    assert len(quoted) >= 6, (name, quoted)
    for n, words in quoted:
        assert words in _plain(ids[f"{name}-{n}"]["text"]), (name, n, words)
    for kind, n in re.findall(r"\b(orphans?) (\d+)\b", d["notes"], re.I):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>*_#`|]|\u00a0|\u00ad|[\ufb01\ufb02]",
                             a["text"] + a["leads_raw"] + a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", a["text"],
                             re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert a["row"] is None and a["objective"] is None, a["id"]
        # every citation is an explicit link, or (mis-cited) none of the action's links
        cited = set(a["explicit_refs"])
        explicit = {int(l["rec"][1:]) for l in gold["links"]
                    if l["action"] == a["id"] and l["source"] == "explicit"}
        if a["id"] in d["miscited"]:
            assert cited and not explicit, a["id"]
        else:
            assert cited == explicit, a["id"]
        if a["id"] in d["orphans"]:
            assert not cited, a["id"]
    explicit = [l for l in gold["links"] if l["source"] == "explicit"]
    assert 4 <= len(explicit) <= len(gold["links"]) // 2, (name, len(explicit))
    # at least a third of the links share at most one distinctive word with the recommendation
    # they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # covered recommendations: every ask answered, two to seven actions
    for r, st in gold["expected"].items():
        if st == "covered":
            assert 2 <= len(per_rec[r]) <= 7, (r, per_rec[r])
    # leads and dates: varied, a few missing or "tbc"
    leads = [a["leads_raw"] for a in acts]
    dates = [a["date_raw"] for a in acts]
    assert any(v.lower() in ("", "tbc") for v in leads), name
    assert any(v.lower() in ("", "tbc", "ongoing") for v in dates), name
    assert len(set(leads)) >= 8 and len(set(dates)) >= len(acts) // 3, name
    linked = [a for a in acts if mine[a["id"]]]
    if name == "kestlemouth":
        check_km(gold, plan, acts, raw, mine, linked, d)
    if name == "wyrebridge":
        check_wb(gold, plan, acts, raw, mine, linked, d)
    return True


def check_km(gold, plan, acts, raw, mine, linked, d):
    themes = [g[0]["section"] for g in _groups(acts, lambda a: a["section"])]
    assert themes == [t for t, _ in KM_THEMES], themes
    assert {a["id"] for a in acts if a["section"] == KM_BAU} == set(d["orphans"])
    assert not any(re.search(r"\d|recommend|ofsted", t, re.I) for t, _ in KM_THEMES)
    for a, r in zip(acts, raw):
        x = r["extra"]
        assert "\u2019" not in a["text"] + a["leads_raw"] + x["comment"], a["id"]  # typed
        assert x["status"] in KM_STATUS and 0 <= x["pct"] <= 1, a["id"]
        assert (x["status"] == "Complete") == (x["pct"] == 1), a["id"]
        assert (x["status"] == "Not Started") == (x["pct"] == 0), a["id"]
        assert (x["start"] is None) == (x["finish"] is None), a["id"]
        assert not x["start"] or x["start"] <= x["finish"], a["id"]
        assert a["date_raw"] == (x["finish"].strftime("%d/%m/%y") if x["finish"] else "")
        assert not x["rec"] or re.fullmatch(r"(Rec )?\d(, \d)*", x["rec"]), a["id"]
        assert a["explicit_refs"] == sorted(int(n) for n in re.findall(r"\d", x["rec"]))
        sub_texts = " ".join(s_["text"] for s_ in x["subs"])
        every = " ".join([a["text"], x["comment"], sub_texts])
        if a["id"] not in {f"kestlemouth-{k}" for k in plan["decoys"][3]}:
            assert not KM_HOMES.search(every), a["id"]  # nothing for R3
        if "R5" in mine[a["id"]] or a["section"] == "Our care leavers":
            assert not KM_EET.search(every), a["id"]  # nothing for R5's second ask
        if a["id"] != "kestlemouth-3":
            assert not KM_STRAT.search(every), a["id"]  # the passing R1
        assert not KM_AUDIT.search(every), a["id"]  # the council says 'case file review'
        assert all(s_["start"] and s_["finish"] for s_ in x["subs"]), a["id"]
        for s_ in x["subs"]:
            assert s_["status"] in KM_STATUS, a["id"]
            assert not re.search(r"ofsted|recommend", s_["text"], re.I), a["id"]
    # sub-tasks under five rows, one of them an orphan; the theme row citing Rec 4 is the
    # theme whose actions answer R4
    with_subs = [k for k, r in enumerate(raw, 1) if r["extra"]["subs"]]
    assert with_subs == [1, 6, 13, 19, 24], with_subs
    assert dict(KM_THEMES)["Managers in every team"] == "Rec 4"
    assert all(mine[a["id"]] == {"R4"} for a in acts if a["section"] == "Managers in every team")
    cites = [a["id"] for a in acts if a["explicit_refs"]]
    assert cites == [f"kestlemouth-{k}" for k in (1, 6, 8, 11, 15, 16)], cites
    assert [a["id"] for a in acts if not a["leads_raw"]] == ["kestlemouth-19"]
    assert [a["id"] for a in acts if a["leads_raw"] == "TBC"] == ["kestlemouth-27"]
    assert [a["id"] for a in acts if not a["date_raw"]] == ["kestlemouth-14", "kestlemouth-26"]
    mails = [v for v in {a["leads_raw"] for a in acts} if "@" in v]
    assert len(mails) >= 5 and all(re.fullmatch(r"[a-z]\.[a-z]+@example\.gov\.uk", v)
                                   for v in mails), mails
    assert any(len(r["extra"]["comment"]) > 200 for r in raw)


def check_wb(gold, plan, acts, raw, mine, linked, d):
    pris = [g[0]["section"] for g in _groups(acts, lambda a: a["section"])]
    assert pris == [curly(p) for p in WB_PRIORITIES], pris
    assert {a["id"] for a in acts if a["section"] == WB_OTHER} == set(d["orphans"])
    assert not any(re.search(r"\d|recommend|ofsted", p, re.I) for p in WB_PRIORITIES)
    footnotes = []
    for a, r in zip(acts, raw):
        x = r["extra"]
        assert "'" not in a["text"] + a["leads_raw"], a["id"]  # Word's curly apostrophes
        every = " ".join([a["text"], x["progress"], x["fn"][1] if x["fn"] else ""])
        assert not WB_ORDERS.search(every) or a["id"] == "wyrebridge-24", a["id"]  # R6
        if mine[a["id"]]:
            assert not WB_DA.search(every), a["id"]  # R3's second ask
        assert not WB_QA.search(every) or a["id"] == "wyrebridge-12", a["id"]  # passing R10
        if x["fn"]:
            footnotes.append(a["id"])
            assert re.fullmatch(r"Ofsted recommendation \d+|See .+", x["fn"][1]), a["id"]
            assert re.search(rf"(^| ){re.escape(x['fn'][0])}( |$)", a["text"]), a["id"]
        assert re.fullmatch(r"(January|February|March|April|May|June|July|August|September|"
                            r"October|November|December) 202[23]|From [A-Z][a-z]+ 2022|"
                            r"Ongoing|Quarterly|tbc", a["date_raw"]), a["id"]
    assert footnotes == [f"wyrebridge-{k}" for k in sorted(WB_LAYOUT["fn_no"])], footnotes
    assert [n for n in WB_LAYOUT["fn_no"].values()] == list(range(1, len(footnotes) + 1))
    assert d["miscited"] == ["wyrebridge-16"] and mine["wyrebridge-16"] == {"R7"}
    # the words the layout splits are in the texts as whole words; ligature letters present
    for k, sp in WB_SPLITS.items():
        for s_ in sp:
            first, rest = s_.split("|")
            word = (first[:-1] + rest) if first[:-1].lower() + rest.lower() in WB_SOFT \
                else first + rest
            assert word in acts[k - 1]["text"], (k, word)
    kinds = [(first[:-1] + rest).lower().strip(".") in WB_SOFT
             for sp in WB_SPLITS.values() for first, rest in [s_.split("|") for s_ in sp]]
    assert any(kinds) and not all(kinds), kinds  # both kinds of line-end hyphen
    assert sum(bool(re.search("fi|fl", a["text"] + a["leads_raw"])) for a in acts) >= 5
    assert [a["id"] for a in acts if a["leads_raw"] == "tbc"] == ["wyrebridge-29"]
    assert [a["id"] for a in acts if a["date_raw"] == "tbc"] == ["wyrebridge-14",
                                                                  "wyrebridge-28"]
    # the pages begin where the notes say (mid-priority on pages 2 and 3)
    for pno, k in WB_LAYOUT["page_starts"].items():
        if pno > 1:
            assert acts[k - 1]["section"] == acts[k - 2]["section"], (pno, k)
            assert f"page {pno} opens with action {k} (" in d["notes"].replace(
                "3 with action", "page 3 opens with action"), (pno, k)


if __name__ == "__main__" and "--layout" in sys.argv:  # development aid: print the PDF layout
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        got = write_wb(WB, WB["actions"](), Path(tmp) / "x.pdf")
    print(got)
    sys.exit(0)

if __name__ == "__main__":
    main(sys.argv[1:], "bc", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_bc)
