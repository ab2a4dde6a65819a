"""Write the sealed coverage evaluation set "ai": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_ai.py            # writes documents and gold
    python scripts/make_coverage_plans_ai.py --check    # only runs the consistency checks

Documents: corpus/coverage/ai/<name>.<ext>      Gold: corpus/gold/coverage/ai/<name>.json

The two documents imitate what councils' own systems produce: a spreadsheet printed from Excel to
PDF (A4 landscape, gridlines off, so the PDF has NO ruling lines at all): a title line, a
"Version 4 - printed 12/03/2024" line, then the sheet as text in columns - a header of six cells
(Ref | Improvement action | Lead / responsible officer | Target completion date | RAG | Update /
evidence), some of them wrapped over two or three lines, repeated at the top of every page (Excel's
"rows to repeat at top"); every cell wrapped within its column's width, rows told apart only by a
little vertical space, a bold section row spanning the width before each priority ("Priority 2 -
Strengthening practice with families"), RAG cells holding the words G, A, R or Complete, a footer
with the printed file's path and "Page N of M", the table running over four pages and one row
split across a page break; and an Excel workbook exported from a project-management tool: one
visible sheet "Plan", Task Name | Assigned To | Start Date | Due Date | Status | % Complete |
Comments, the hierarchy given by the rows' outline levels and by leading spaces in Task Name
(level 0 the council's priorities, level 1 objectives carrying Start and Due dates rolled up from
their children, level 2 the actions, level 3 sub-tasks that are steps of the action above them),
Assigned To holding a person's name, an email address, a team or nothing, dates as real Excel
dates, and a hidden "Lookups" sheet (status values, teams, people) behind the Status column's
drop-down.

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
recommendations of both were transcribed by hand from the report PDFs for this set and are held
below as data (DY_RECS, SL_RECS), word for word, lines broken by the PDF joined, the reports'
curly apostrophes kept; they are passed to build_gold(recs=...). Nothing is written into
corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "j" judged (neither plan cites a
                                   recommendation anywhere, so no link is explicit); "h" high /
                                   "m" medium
Actions with no links are orphans (see each plan's design notes).

All councils, companies, people, teams, systems, colleges and local programmes are fictional
(national schemes and terms such as deprivation of liberty orders, Bookstart, CAMHS, section 47
enquiries or the legal gateway are named as councils name them); the email addresses use the
reserved .example domain. Output is deterministic: reportlab runs in invariant mode with fixed
metadata; the workbook has fixed core properties and every zip member a fixed timestamp.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, FIXED, ROOT, build_gold, main, normalise_zip,  # noqa: E402
                          numbered_canvas, reportlab_canvas)
from _coverage_sets import groups as _groups, words as _words  # noqa: E402
from _coverage_sets import report_text as _report_text  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (15, 50)


# ---------------------------------------------------------------------------------------------
# Derbyshire, inspection of local authority children's services (ILACS), report published 12
# January 2024 (judged good). "What needs to improve?", page 2 of the PDF: four bullets (each a
# black square, no numbers), all addressed to the local authority. Transcribed by hand for this
# set (no corpus/gold/reports file exists for this report) and numbered 1-4 in the report's
# order, as the hand-checked report gold numbers ILACS bullets; lines broken by the PDF joined
# with a space; the curly apostrophe of R3 kept.
# ---------------------------------------------------------------------------------------------

DY_REPORT = "derbyshire-80460/2024-01-12.pdf"
DY_PAGES = (2,)

DY_RECS = [  # (number, page, text)
    (1, 2, "The effectiveness of management oversight and supervision in driving practice "
           "improvement."),
    (2, 2, "Increasing the ambition and achievements for older care leavers not in education, "
           "training and employment."),
    (3, 2, "Increasing sufficiency to avoid the use of unregistered children\u2019s homes or "
           "supported accommodation."),
    (4, 2, "Effective and consistent provision of life-story work."),
]

# ---------------------------------------------------------------------------------------------
# Slough, inspection of local authority children's services (ILACS), report published 17 March
# 2023 (overall requires improvement to be good; leadership inadequate). "What needs to
# improve?", page 2 of the PDF: seven bullets (black squares, no numbers), all addressed to the
# local authority. Transcribed by hand and numbered 1-7 in the report's order; lines broken by
# the PDF joined with a space; the curly apostrophe of R5 kept; "16- and 17-year-olds" (R6)
# printed with plain hyphens.
# ---------------------------------------------------------------------------------------------

SL_REPORT = "slough-80553/2023-03-17.pdf"
SL_PAGES = (2,)

SL_RECS = [
    (1, 2, "The scrutiny by senior leaders of the council and the governance arrangements "
           "between these leaders and Slough Children First."),
    (2, 2, "The impact of leaders and managers, including the corporate parenting board, on "
           "driving progress for all children."),
    (3, 2, "The participation offer and engagement of children and young people in the "
           "development and delivery of services."),
    (4, 2, "The quality of practice and the timeliness for achieving permanence."),
    (5, 2, "The impact of quality assurance processes to improve social work practice and, in "
           "particular, the quality of children\u2019s plans."),
    (6, 2, "The assessment, planning and service provision for children in private fostering "
           "arrangements and for homeless 16- and 17-year-olds."),
    (7, 2, "The timeliness and oversight of placement with parents and connected persons "
           "arrangements."),
]

# where each list sits in its report: the words opening the block, the words after it, the
# label before every item (the bullet glyph)
BLOCKS = {
    DY_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help",
                    label="\u25fc"),
    SL_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help",
                    label="\u25fc"),
}


def dy_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in DY_RECS]


def sl_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in SL_RECS]


def d(day, month, year):
    """A real Excel date in the workbook (shown dd/mm/yyyy)."""
    return datetime(year, month, day)


def shown(value):
    """A workbook cell as Excel displays it (dates in the dd/mm/yyyy number format)."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    return value


# ---------------------------------------------------------------------------------------------
# Plan 1: Harrowdale - a spreadsheet printed from Excel to PDF (A4 landscape, no gridlines),
# answering Derbyshire 2024-01-12 (ILACS, 4 areas for improvement). Four priorities in the
# council's own order and words, each a bold section row; refs P.k under priority P. No
# recommendation numbers anywhere: every link is judged.
# ---------------------------------------------------------------------------------------------

HD_PRIORITIES = {
    1: "Enough homes, close to home",
    2: "Strengthening practice with families",
    3: "Young people leaving our care",
    4: "Other improvement activity",
}
HD_RAG = ("G", "A", "R", "Complete")
HD_HEADER = ["Ref", "Improvement action", "Lead / responsible officer", "Target completion date",
             "RAG", "Update / evidence"]
HD_TITLE = ("Harrowdale County Council - Children's Services Improvement Plan 2024-2026 "
            "(ILACS November 2023)")
HD_VERSION = "Version 4 - printed 12/03/2024"
HD_PATH = ("\\\\hdc-fs02\\cyp$\\Improvement\\ILACS 2023\\Children's Services Improvement Plan "
           "v4.xlsx")


def hd_section(n):
    return f"Priority {n} - {HD_PRIORITIES[n]}"


def hd_actions():
    acts = []

    def add(ref, text, lead, due, rag, update, links=()):
        """``ref`` "P.k" under priority P; ``lead`` the Lead / responsible officer cell, ``due``
        the Target completion date cell as printed ("" empty); ``rag`` the RAG cell;
        ``update`` the Update / evidence cell (progress: not part of the action)."""
        p = int(ref.split(".")[0])
        assert rag in HD_RAG, ref
        acts.append(A(text, lead, due, links, [], False, row=ref, section=hd_section(p),
                      objective=None, rag=rag, update=update))

    # Priority 1 - enough homes, close to home (R3, first ask: registered children's homes)
    add("1.1", "Open two council children's homes, Hawthorn Lodge (four beds) and Millrace House "
        "(three beds), for children whose needs are too complex for foster care, both registered "
        "before the first child moves in.",
        "Karen Ashworth, Head of Residential Services", "30/09/2024", "A",
        "Planning permission granted for Millrace House (January). Registration application for "
        "Hawthorn Lodge submitted February 2024; Registered Manager appointed, staff recruitment "
        "out to advert. Opening now expected autumn 2024.",
        links=[(3, "j", "h", "more registered homes in the county for children with complex "
                "needs, so that none has to live in an unregistered children's home (report "
                "paras 22, 49, 51)")])
    add("1.2", "A single-bed annexe at Millrace House, registered in its own right, for a child "
        "who cannot live with other children, including a child on a deprivation of liberty "
        "order, in place of a bespoke arrangement with an agency.",
        "Karen Ashworth, Head of Residential Services", "31/12/2024", "R",
        "Capital bid goes to Cabinet in April; no fallback if it is refused. Two children "
        "currently placed in bespoke arrangements would be eligible.",
        links=[(3, "j", "h", "a registered home for the children (16- and 17-year-olds on "
                "deprivation of liberty orders, report para 22) who now live in unregistered "
                "homes")])
    add("1.3", "Fostering Plus: a professional fee and round-the-clock support for foster carers "
        "who look after teenagers with complex needs, with 15 new households approved by March "
        "2025.",
        "Fostering Service Manager", "31/03/2025", "A",
        "4 households approved, 6 in assessment. Fee agreed by Cabinet 18/01/2024. Campaign "
        "relaunched with radio adverts in February.",
        links=[(3, "j", "m", "more family homes for the teenagers most likely to end up in an "
                "unregistered home: sufficiency (report para 49, fewer fostering households)")])
    add("1.4", "Block contract with two independent providers for six registered beds within 25 "
        "miles of the county boundary, for children who need somewhere to live at short notice.",
        "Commissioning Manager - Placements", "Q1 2024/25", "G",
        "Tender closed 29/02/2024 with four bids. Evaluation under way; award report to the "
        "Director in April.",
        links=[(3, "j", "h", "registered capacity bought in advance, so that an emergency does "
                "not end in an unregistered home")])
    add("1.5", "Any search that has not found a registered home after five working days goes to "
        "the weekly Sufficiency Panel chaired by the Assistant Director, which agrees the next "
        "steps that day.",
        "", "Ongoing", "G", "Panel meeting weekly since 08/01/2024.",
        links=[(3, "j", "m", "escalation so that an unregistered home is never the default "
                "when a search fails")])
    add("1.6", "Rapid Response Team: intensive work within 24 hours with the families of "
        "teenagers at risk of coming into care in a crisis.",
        "Head of Early Help", "30/06/2024", "G", "",
        links=[(3, "j", "m", "fewer emergency admissions of teenagers, the children for whom "
                "no registered home is found at short notice: demand as part of sufficiency")])

    # Priority 2 - strengthening practice with families (R1)
    add("2.1", "'Look, Think, Do' template for every social worker's supervision: monthly, 90 "
        "minutes, with a section for each child on what has changed and what will happen next.",
        "Principal Social Worker", "01/02/2024", "Complete",
        "Template live 01/02/2024 after a pilot in two localities. Early sample of 30 records: "
        "template used in 24; life-story work rarely discussed in supervision.",
        links=[(1, "j", "h", "supervision that drives what happens next for each child "
                "(report para 53)")])
    add("2.2", "Written case direction on the child's record after every supervision and at each "
        "key decision point: what needs to happen, who will do it and by when.",
        "Heads of Locality", "31/03/2024", "A",
        "Dip sample in March: direction recorded after 61% of supervisions and at 48% of key "
        "decisions. Reminder sent to all team managers; re-sample in June.",
        links=[(1, "j", "h", "management oversight recorded as clear direction that moves the "
                "child's plan on")])
    add("2.3", "Leading Good Practice: six modules for all team managers and assistant team "
        "managers on coaching, challenge and reflective conversations with their staff.",
        "Workforce Development Manager", "30/09/2024", "G",
        "Cohort 1 (22 managers) started in January; cohort 2 from May.",
        links=[(1, "j", "h", "managers equipped to supervise in a way that improves "
                "practice")])
    add("2.4", "Each month the service manager reads three supervision records in every team, "
        "scores them against the Harrowdale Practice Standards and feeds back to the team manager "
        "within a week.",
        "Service Managers", "Monthly", "G",
        "January and February complete in all localities; scores shared at the practice "
        "board.",
        links=[(1, "j", "h", "assurance that supervision is purposeful and drives "
                "practice")])
    add("2.5", "Fortnightly practice huddles in each locality team, led by the team manager, where "
        "the team tests one family's plan together.",
        "", "", "A", "Started in 4 of 6 localities; the other two start after the team "
        "manager vacancies are filled.",
        links=[(1, "j", "m", "group reflection led by the team manager: a form of supervision "
                "that improves practice")])
    add("2.6", "A plan progress page on Harrowdale Insight, built like the leaving care service's "
        "tracker of care leavers not in education, employment or training, showing team managers "
        "each child's last supervision, last case direction and any plan with no progress for "
        "three months.",
        "Business Intelligence Manager", "Q2 2024/25", "A",
        "Specification agreed with team managers in February. Build depends on the case "
        "record upgrade, now due in June, so the date may move.",
        links=[(1, "j", "h", "managers see drift and act on it: management oversight that "
                "drives the progress of plans")])
    add("2.7", "Practice weeks twice a year: heads of service and the Director join visits, sit in "
        "on supervision and read children's records with the social worker, then tell each team "
        "what they saw and report to the Children's Services Leadership Team the three things "
        "that most need to change.",
        "Director of Children's Social Care", "May and November 2024", "G",
        "First practice week booked for 13-17 May.",
        links=[(1, "j", "m", "senior leaders checking for themselves that oversight and "
                "supervision improve practice")])
    add("2.8", "Recruit 12 more social workers for the three localities with the highest "
        "caseloads, so that no full-time social worker holds more than 20 children.",
        "Head of HR - Children's Services", "31/03/2025", "R",
        "5 appointed, 3 more in pre-employment checks. Two localities still average more than "
        "24 children per worker; agency cover approved until September.")

    # Priority 3 - young people leaving our care (orphans)
    add("3.1", "Care leavers' hubs in Northbridge and Carrow Vale open on Saturday mornings, "
        "with a personal adviser on duty.",
        "Leaving Care Service Manager", "01/04/2024", "G",
        "Rota agreed with staff side; first Saturday session 06/04/2024.")
    add("3.2", "The custody link worker visits every care leaver in custody each month and goes to "
        "every resettlement meeting.",
        "Leaving Care Service Manager", "Ongoing", "G",
        "11 young people in custody in March; all visited in February and March.")
    add("3.3", "Supported accommodation for care-experienced young parents: two flats in "
        "Northbridge with a floating support worker, for care leavers aged 18 to 21 who are "
        "expecting or caring for a baby.",
        "Housing Strategy Manager", "31/10/2024", "A",
        "Flats identified with Oakmere Housing; support worker post to be funded from the "
        "housing-related support budget.")
    add("3.4", "Health history from the children in care nurse for every young person before their "
        "18th birthday, and help to register with a GP, dentist and optician.",
        "Designated Nurse - Children in Care", "Q3 2024/25", "G", "")
    add("3.5", "Young parents' group in each hub, with a creche, run with the family hubs' "
        "parenting team.",
        "", "30/06/2024", "G", "")

    # Priority 4 - other improvement activity (orphans)
    add("4.1", "Bookstart Story for Life: a story sack and a library card for every child under "
        "five who comes to a family hub, and a storyteller at each hub once a month.",
        "Family Hubs Manager", "30/09/2024", "G", "")
    add("4.2", "Preparing for adult life: an effective transition plan from age 14 for every "
        "disabled young person, agreed with adult social care and the SEND team.",
        "Head of Service - Disabled Children", "31/03/2025", "A", "")
    add("4.3", "Steady Ground: therapeutic help commissioned for children in care who have waited "
        "more than 12 weeks for CAMHS.",
        "Commissioning Manager - Health", "Q1 2024/25", "A",
        "Contract award due May 2024. 37 children in care waiting more than 12 weeks at the end "
        "of February.")
    add("4.4", "Termly quality check by the virtual school of every alternative provision "
        "placement of a child in care.",
        "Virtual School Headteacher", "Termly", "G", "")
    add("4.5", "English classes within four weeks of arrival for unaccompanied asylum-seeking "
        "children, through a new contract with Carrow Vale College.",
        "UASC Team Manager", "01/09/2024", "A",
        "Carrow Vale College can offer 20 places from September; interim tutoring for the 9 "
        "young people now waiting.")
    add("4.6", "Every child on a part-time timetable reviewed every six weeks by the Children "
        "Missing Education team.",
        "", "Ongoing", "G", "")
    return acts


HD = {
    "name": "harrowdale", "ext": "pdf", "report": DY_REPORT, "recs": dy_recs,
    "pages": DY_PAGES, "council": "Harrowdale County Council",
    "actions": hd_actions, "bounds": (20, 30),
    "expected": {1: "covered", 2: "weak", 3: "weak", 4: "uncovered"},
    "unanswered": [4], "passing": [2], "partial": [3],
    "orphans": ["2.8", "3.1", "3.2", "3.3", "3.4", "3.5", "4.1", "4.2", "4.3", "4.4", "4.5",
                "4.6"],
    "miscited": [],
    "passing_phrase": {2: ("2.6", "care leavers not in education, employment or training")},
    "decoys": {4: ["4.1", "4.2"]},
    "ask_decoys": {3: ["3.3"]},
    "asks": {1: [("management oversight that drives practice improvement",
                  ["2.2", "2.6", "2.7"]),
                 ("supervision that drives practice improvement",
                  ["2.1", "2.3", "2.4", "2.5"])],
             3: [("sufficiency of registered children's homes and family homes, so that no "
                  "child has to live in an unregistered children's home",
                  ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]),
                 ("sufficiency of registered supported accommodation for 16- and 17-year-olds "
                  "in care, so that none lives in unregistered supported accommodation", [])]},
    "notes": (
        "PDF of a spreadsheet printed from Excel (A4 landscape, gridlines off): the PDF has no "
        "ruling lines at all. Page 1 opens with a title line ('Harrowdale County Council - "
        "Children's Services Improvement Plan 2024-2026 (ILACS November 2023)') and the line "
        "'Version 4 - printed 12/03/2024'; then the sheet as text in six columns: Ref | "
        "Improvement action | Lead / responsible officer | Target completion date | RAG | Update / "
        "evidence. The header row is bold and some of its cells wrap within their columns ('Lead "
        "/ responsible officer' over two lines, 'Target completion date' over three); it is "
        "repeated at the top of every page. Every cell wraps within its column's width, so an "
        "action's text stands on several lines beside the first lines of the other cells; rows "
        "are told apart only by a little vertical space. Before each priority a bold section row "
        "spans the width ('Priority 2 - Strengthening practice with families'): 'section' is "
        "that row as printed. 'row' is the Ref cell ('1.1' ... '4.6'; the number before the "
        "point is the priority, never a recommendation: priority 1 answers R3, priority 2 R1, "
        "priorities 3 and 4 nothing). 'objective' is null. 'text' is the Improvement action "
        "cell, its wrapped lines joined with a space. 'leads_raw' is the Lead / responsible "
        "officer cell, 'date_raw' the Target completion date cell as printed ('30/09/2024', 'Q1 "
        "2024/25', 'Ongoing', 'Monthly', 'Termly', 'May and November 2024'), '' where empty. "
        "The RAG cell (G, A, R or Complete) and the Update / evidence cell are progress, not "
        "part of the action. Action 5 (1.5), action 11 (2.5), action 19 (3.5) and action 25 "
        "(4.6) have no lead; action 11 (2.5) has no date. Footer on every page: the printed "
        "file's path on the left and 'Page N of M' on the right. The table runs from page 1 to "
        "page 4, and the row of action 13 (2.7) is split across the break between pages 2 and 3: "
        "its first five lines (the Ref, Lead, date and RAG cells whole) at the foot of page 2, "
        "the last two lines of its Improvement action cell under the repeated header on page 3. "
        "The date of action 13, 'May and November 2024', wraps over three lines in its narrow "
        "column. Straight apostrophes, as typed in Excel. No recommendation numbers "
        "anywhere: every link is judged. Hard unanswered: R4 (effective and consistent "
        "provision of life-story work): nothing is aimed at it; orphan 20 (4.1, Bookstart "
        "'Story for Life', story sacks for the under-fives) and orphan 21 (4.2, 'Preparing for "
        "adult life', an 'effective' transition plan for disabled young people) share its "
        "words, and orphan 23 (4.4, quality checks of alternative 'provision') one. The Update / "
        "evidence cell of action 7 (2.1) notes that 'life-story work' is rarely discussed in "
        "supervision: an observation in a progress cell, not an action. Passing: R2 (ambition "
        "and achievements for older care leavers not in education, training and employment) is "
        "touched only by action 12 (2.6, a plan progress page for team managers, aimed at R1), "
        "'built like the leaving care service's tracker of care leavers not in education, "
        "employment or training': the tracker is named as a model and nothing is done for those "
        "young people; weak, no link. Priority 3 ('Young people leaving our care', orphans "
        "15-19) is about care leavers, but nothing in it concerns their education, training or "
        "employment. Partly answered (see asks): R3: sufficiency of registered homes, so that no "
        "child lives in an unregistered children's home, is answered by actions 1-6 (1.1-1.6: "
        "two council homes, a registered single-bed annexe, Fostering Plus, a block contract, "
        "escalation to the Sufficiency Panel, the Rapid Response Team); sufficiency of "
        "registered supported accommodation for 16- and 17-year-olds by nothing; ask decoy: "
        "orphan 17 (3.3, 'supported accommodation' for care-experienced young parents aged 18 "
        "to 21: adults, not children in care); weak. Answered: R1 by actions 7-13 (2.1-2.7), "
        "both asks (management oversight: 2.2, 2.6, 2.7; supervision: 2.1, 2.3, 2.4, 2.5). "
        "Orphans: 14 (2.8, caseloads, report para 4), 15-19 (3.1-3.5: Saturday opening of the "
        "care leavers' hubs, the custody link worker, flats for young parents, health "
        "histories, a young parents' group; report paras 41, 43, 44 and 38, findings without an "
        "area for improvement), 20-25 (4.1-4.6: Bookstart, transition for disabled young "
        "people, therapeutic help while waiting for CAMHS (para 28), alternative provision "
        "(para 31), English classes for unaccompanied children (para 33), part-time timetables "
        "(para 14)). 'action N' means harrowdale-N, numbered down the table: 1-6 are 1.1-1.6, "
        "7-14 are 2.1-2.8, 15-19 are 3.1-3.5, 20-25 are 4.1-4.6. The plan's own names: Hawthorn "
        "Lodge, Millrace House, Fostering Plus, the Sufficiency Panel, the Rapid Response Team, "
        "'Look, Think, Do', Leading Good Practice, the Harrowdale Practice Standards, Harrowdale "
        "Insight, Northbridge, Carrow Vale, Oakmere Housing, Steady Ground, Carrow Vale "
        "College."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Quarleston - an Excel workbook exported from a project-management tool, answering
# Slough 2023-03-17 (ILACS, 7 areas for improvement). Quarleston's children's social care is run
# by the Quarleston Children's Company, wholly owned by Quarleston Borough Council (as Slough's
# is by Slough Children First). One sheet "Plan": Task Name | Assigned To | Start Date | Due Date
# | Status | % Complete | Comments; the hierarchy by outline level and leading spaces (three a
# level): level 0 priorities, level 1 objectives, level 2 actions, level 3 sub-tasks (steps of
# the action above them; not actions, and left out of the gold). A hidden sheet "Lookups".
# ---------------------------------------------------------------------------------------------

QS_PRIORITIES = {
    1: "Priority 1: Leadership and governance that put children first",
    2: "Priority 2: Good plans, good practice, no drift",
    3: "Priority 3: Children who are hard to see",
    4: "Priority 4: Other commitments 2023-24",
}
QS_OBJECTIVES = {  # key: (priority, Task Name, Assigned To, Comments)
    "1a": (1, "Council and Company leaders hold each other to account", "Chief Executive's Office",
           ""),
    "1b": (1, "Leaders and managers who know what difference they make", "", ""),
    "2a": (2, "Audits that change practice", "p.raman@quarleston.example", ""),
    "2b": (2, "A permanent home without delay", "Head of Children in Care",
           "Permanence Steering Group owns this objective"),
    "3a": (3, "Privately fostered children are known, assessed and supported", "", ""),
    "4a": (4, "A stable, skilled workforce", "HR Business Partner", ""),
    "4b": (4, "Wider service improvements", "", "Carried over from the 2022-23 service plan"),
}
QS_STATUS = ("Not Started", "In Progress", "Complete", "At Risk", "On Hold")
QS_HEADER = ["Task Name", "Assigned To", "Start Date", "Due Date", "Status", "% Complete",
             "Comments"]
QS_INDENT = 3  # leading spaces a level


def qs_actions():
    acts = []

    def add(key, obj, text, who, start, due, status, pct, comments="", links=(), subs=()):
        """``key`` "A<n>", n the action's number down the sheet; ``obj`` the objective it sits
        under; ``who`` the Assigned To cell, ``start``/``due`` the Start / Due Date cells (real
        dates, or None when empty); ``subs``: level-3 sub-tasks under the action, each (Task
        Name, Assigned To, start, due, Status, % Complete); a parent's dates are rolled up from
        its sub-tasks, as the tool does."""
        assert key == f"A{len(acts) + 1}", key
        assert status in QS_STATUS and 0 <= pct <= 1, key
        if subs:
            assert start == min(s[2] for s in subs) and due == max(s[3] for s in subs), key
        p = QS_OBJECTIVES[obj][0]
        acts.append(A(text, who, shown(due), links, [], False, row=None,
                      section=QS_PRIORITIES[p], objective=QS_OBJECTIVES[obj][1],
                      key=key, obj=obj, start=start, due=due, status=status, pct=pct,
                      comments=comments, subs=list(subs)))

    # 1a - Council and Company leaders hold each other to account (R1)
    add("A1", "1a", "Replace the two partnership boards with one Children's Services Governance "
        "Board, chaired by the Council's Chief Executive and meeting monthly with the Company's "
        "Chair and Chief Executive",
        "Chief Executive's Office", d(2, 5, 2023), d(20, 7, 2023), "Complete", 1.0,
        "First meeting held 20/07/2023",
        links=[(1, "j", "h", "one forum where the council's senior leaders and the company's "
                "leaders meet: the governance arrangements between them (report para 50, "
                "cumbersome governance)")],
        subs=[("Draft terms of reference", "h.ward@quarleston.example", d(2, 5, 2023),
               d(26, 5, 2023), "Complete", 1.0),
              ("Cabinet approval", "Democratic Services", d(13, 6, 2023), d(13, 6, 2023),
               "Complete", 1.0),
              ("First Governance Board meeting", "", d(20, 7, 2023), d(20, 7, 2023),
               "Complete", 1.0)])
    add("A2", "1a", "Shorter service delivery contract: 12 outcome measures for children in place "
        "of 64 compliance indicators, reviewed by both parties every six months",
        "Finance and Commissioning", d(1, 6, 2023), d(31, 10, 2023), "In Progress", 0.4,
        "Legal review of draft contract under way",
        links=[(1, "j", "h", "the contract is the formal arrangement between the council and "
                "its company; outcome measures let the council's leaders scrutinise what "
                "children get, not compliance")])
    add("A3", "1a", "Children's Scrutiny Panel to take a deep dive into one service each quarter, "
        "with the Lead Member and the Director of Children's Services answering members' "
        "questions in person",
        "Scrutiny Officer", d(1, 9, 2023), d(31, 3, 2024), "Not Started", 0.0, "",
        links=[(1, "j", "h", "scrutiny of children's services by the council's elected "
                "members")])
    add("A4", "1a", "Quarterly shareholder meeting of the Leader, the Lead Member for Children and "
        "the Chief Executive, taking the Company's finances and children's outcomes in one report",
        "a.brennan@quarleston.example", d(3, 7, 2023), None, "In Progress", 0.25, "",
        links=[(1, "j", "h", "the council, as the company's owner, looking at children's "
                "outcomes alongside money instead of money alone (report paras 50-51)")])
    add("A5", "1a", "Induction for every councillor elected in May 2023 on being a corporate "
        "parent and a shareholder of the Company",
        "Democratic Services", d(22, 5, 2023), d(30, 6, 2023), "Complete", 1.0, "41 of 42 attended",
        links=[(1, "j", "m", "councillors equipped to scrutinise the company they own"),
               (2, "j", "m", "corporate parents who understand their responsibilities (report "
                "para 55)")])

    # 1b - Leaders and managers who know what difference they make (R2)
    add("A6", "1b", "Corporate parenting board reset: new terms of reference, partners at the "
        "table (health, police, housing, the Company), a progress scorecard for children in "
        "care and care leavers at every meeting and an annual report to full Council; the "
        "participation offer to follow in 2024-25",
        "Lead Member for Children", d(1, 6, 2023), d(30, 9, 2023), "In Progress", 0.6, "",
        links=[(2, "j", "h", "the corporate parenting board driving the progress of children "
                "in care and care leavers (report para 55)")])
    add("A7", "1b", "Back to the Floor: each member of the senior leadership team spends one day a "
        "quarter with a front-line team and brings back one thing to fix",
        "s.qureshi@quarleston.example", d(3, 7, 2023), d(28, 3, 2024), "In Progress", 0.25, "",
        links=[(2, "j", "m", "senior leaders who see practice and act on it: their impact on "
                "children's progress")])
    add("A8", "1b", "Weekly Stuck Children meeting: heads of service go through every child whose "
        "plan has not moved for three months and agree who will unblock it",
        "Heads of Service", d(5, 6, 2023), None, "In Progress", 0.5,
        "June: 19 children discussed, including 3 placement with parents cases",
        links=[(2, "j", "h", "managers driving progress for children whose plans have drifted "
                "(report para 61)")])
    add("A9", "1b", "Leading for Impact: a development programme for team and service managers on "
        "challenge, coaching and case direction in supervision",
        "Workforce Development", d(1, 9, 2023), d(29, 3, 2024), "Not Started", 0.0, "",
        links=[(2, "j", "h", "managers' impact on children's progress: oversight and "
                "supervision of variable quality (report para 61)")],
        subs=[("Commission training provider", "Workforce Development", d(1, 9, 2023),
               d(29, 9, 2023), "Not Started", 0.0),
              ("Cohort 1 (12 managers)", "Workforce Development", d(2, 10, 2023),
               d(15, 12, 2023), "Not Started", 0.0),
              ("Cohort 2 (14 managers)", "Workforce Development", d(8, 1, 2024),
               d(29, 3, 2024), "Not Started", 0.0)])

    # 2a - Audits that change practice (R5)
    add("A10", "2a", "Relaunch the quality assurance framework: audits done with the social "
        "worker, graded on the difference made for the child, and every audit action followed "
        "up within 20 working days",
        "Priya Raman", d(2, 5, 2023), d(29, 9, 2023), "In Progress", 0.7, "",
        links=[(5, "j", "h", "quality assurance that involves practitioners and leads to "
                "change (report para 60)")])
    add("A11", "2a", "Monthly moderation panel, chaired by the Principal Social Worker, re-grading "
        "one audit in four",
        "Principal Social Worker", d(1, 6, 2023), None, "In Progress", 0.5, "",
        links=[(5, "j", "h", "audits that evaluate instead of describing: a quality assurance "
                "process with more impact (report para 60)")])
    add("A12", "2a", "New plan template in Keystone: outcomes the family can understand, a "
        "timescale for each action and a contingency, signed off by the team manager only when "
        "it meets the standard",
        "Keystone Team", d(1, 6, 2023), d(15, 12, 2023), "In Progress", 0.5, "",
        links=[(5, "j", "h", "the quality of children's plans: focused, with timescales "
                "(report paras 6, 19)")],
        subs=[("Design template with practitioners", "Practice Improvement Lead", d(1, 6, 2023),
               d(31, 7, 2023), "Complete", 1.0),
              ("Build and test in Keystone", "Keystone Team", d(1, 8, 2023), d(31, 10, 2023),
               "In Progress", 0.5),
              ("Briefings for all teams", "", d(1, 11, 2023), d(15, 12, 2023), "Not Started",
               0.0)])
    add("A13", "2a", "Plan clinics: a fortnightly drop-in with the Practice Improvement Lead for "
        "anyone writing or reviewing a child in need, child protection or care plan",
        "", d(3, 7, 2023), d(28, 3, 2024), "In Progress", 0.3, "",
        links=[(5, "j", "h", "help for practitioners to write better plans for children")])
    add("A14", "2a", "Learning from audits: a quarterly report to the leadership team and to every "
        "team meeting showing what has changed since the last one",
        "Priya Raman", d(1, 9, 2023), d(28, 3, 2024), "Not Started", 0.0, "",
        links=[(5, "j", "h", "audit findings turned into changed practice: the impact of "
                "quality assurance")])

    # 2b - A permanent home without delay (R4)
    add("A15", "2b", "Permanence tracker: every child in care has a permanence plan agreed at "
        "their second review, with any slippage reported weekly to the Head of Children in Care",
        "Permanence Team", d(2, 5, 2023), d(31, 8, 2023), "Complete", 1.0, "",
        links=[(4, "j", "h", "no drift towards permanence: timeliness (report para 21)")],
        subs=[("Build tracker", "Business Intelligence", d(2, 5, 2023), d(30, 6, 2023),
               "Complete", 1.0),
              ("Load all children in care and check with teams", "Permanence Team",
               d(3, 7, 2023), d(31, 8, 2023), "Complete", 1.0)])
    add("A16", "2b", "Permanence panel minutes rewritten: analysis, the reasons for each decision "
        "and actions with dates",
        "m.osei@quarleston.example", d(1, 6, 2023), d(31, 7, 2023), "Complete", 1.0, "",
        links=[(4, "j", "h", "quality of permanence practice: panel records with analysis, "
                "rationale and timely actions (report para 21)")])
    add("A17", "2b", "Foster carers who may adopt are assessed alongside the search for adopters, "
        "not after it",
        "Adoption Meridian", d(1, 9, 2023), d(28, 3, 2024), "Not Started", 0.0, "",
        links=[(4, "j", "h", "parallel rather than linear planning, so that adoption is not "
                "delayed (report para 32)")])
    add("A18", "2b", "Legal gateway review within ten days for any care proceedings running beyond "
        "26 weeks",
        "Legal Services", d(3, 7, 2023), None, "In Progress", 0.5, "",
        links=[(4, "j", "m", "lengthy care proceedings delay permanence (report para 22)")])
    add("A19", "2b", "Together or apart assessments for brothers and sisters completed before the "
        "second review and updated when circumstances change",
        "", d(1, 9, 2023), d(22, 12, 2023), "Not Started", 0.0, "",
        links=[(4, "j", "m", "the quality of permanence planning for siblings (report para "
                "33)")])
    add("A20", "2b", "Framework of three providers for specialist assessments, so that each starts "
        "within four weeks of being asked for",
        "Commissioning", d(2, 10, 2023), d(28, 3, 2024), "At Risk", 0.1,
        "Only one bid received",
        links=[(4, "j", "m", "delays in specialist assessments hold up care planning and "
                "permanent placements (report para 29)")])

    # 3a - Privately fostered children are known, assessed and supported (R6, first ask)
    add("A21", "3a", "Who's Living With You? campaign for schools, GPs, places of worship and "
        "language schools, with a briefing for designated safeguarding leads each term",
        "Communications Team", d(1, 6, 2023), d(30, 11, 2023), "In Progress", 0.5, "",
        links=[(6, "j", "h", "partners able to identify privately fostered children so that "
                "they are assessed (report paras 10, 58)")],
        subs=[("Leaflet in Urdu, Punjabi, Polish and English", "Communications Team",
               d(1, 6, 2023), d(31, 7, 2023), "Complete", 1.0),
              ("Briefings to the DSL network", "l.fairbanks@quarleston.example", d(4, 9, 2023),
               d(30, 11, 2023), "In Progress", 0.3)])
    add("A22", "3a", "Named private fostering social worker in the Assessment Team: every "
        "notification visited within 7 working days and assessed within 42 days",
        "Assessment Team", d(2, 5, 2023), d(30, 6, 2023), "Complete", 1.0, "",
        links=[(6, "j", "h", "timely assessment of children in private fostering "
                "arrangements")])
    add("A23", "3a", "A support plan for every privately fostered child and their carer, reviewed "
        "at each statutory visit",
        "l.fairbanks@quarleston.example", d(3, 7, 2023), d(29, 9, 2023), "In Progress", 0.4, "",
        links=[(6, "j", "h", "planning and service provision for privately fostered "
                "children")])
    add("A24", "3a", "Annual report to the Safeguarding Partnership on notifications, timeliness "
        "and what the children said",
        "", d(2, 1, 2024), d(28, 3, 2024), "Not Started", 0.0, "",
        links=[(6, "j", "m", "the private fostering annual report: oversight of the service "
                "as a whole (the task name does not say so; the objective above it names "
                "privately fostered children)")])

    # 4a - A stable, skilled workforce (orphans)
    add("A25", "4a", "International recruitment: ten experienced social workers, each with a "
        "12-week induction and a mentor",
        "HR Business Partner", d(3, 4, 2023), d(22, 12, 2023), "In Progress", 0.6, "")
    add("A26", "4a", "Replace staff laptops and phones across the Company",
        "ICT", d(1, 9, 2023), None, "On Hold", 0.0, "Awaiting capital approval")
    add("A27", "4a", "Practice learning mentors for every newly qualified social worker in their "
        "first year",
        "Principal Social Worker", d(4, 9, 2023), d(30, 8, 2024), "Not Started", 0.0, "")

    # 4b - Wider service improvements (orphans)
    add("A28", "4b", "Parent and child placements: recruit four foster carers who can look after a "
        "young parent and their baby together, so that fewer families go to residential units "
        "outside the borough",
        "Fostering Team", d(3, 7, 2023), d(28, 3, 2024), "In Progress", 0.25, "")
    add("A29", "4b", "Timeliness of school admissions for children in care: the virtual school's "
        "oversight of every in-year admission request, so that a place is found within 20 "
        "school days",
        "Virtual School Headteacher", d(4, 9, 2023), d(19, 7, 2024), "Not Started", 0.0, "")
    add("A30", "4b", "Homeless families in bed and breakfast: weekly welfare visits by health "
        "visitors and a planning meeting with housing at four weeks",
        "Early Help", d(1, 6, 2023), d(29, 9, 2023), "In Progress", 0.5, "")
    add("A31", "4b", "Children missing education: a list of every pupil on a part-time timetable, "
        "checked monthly by the Education Safeguarding Lead",
        "", None, None, "Not Started", 0.0, "")
    add("A32", "4b", "Exploitation risk assessments reviewed at least every three months at the "
        "multi-agency exploitation meeting, with actions followed up",
        "Contextual Safeguarding Team", d(1, 6, 2023), d(31, 10, 2023), "In Progress", 0.5, "")
    add("A33", "4b", "A list of dental practices in and around the borough that take children in "
        "care as new patients",
        "Children in Care Nurse", d(3, 7, 2023), d(29, 9, 2023), "Complete", 1.0, "")
    add("A34", "4b", "National insurance numbers for care leavers applied for at 16, and savings "
        "paid on their 18th birthday without delay",
        "Leaving Care Team", d(3, 7, 2023), d(31, 10, 2023), "At Risk", 0.2,
        "HMRC backlog")
    add("A35", "4b", "Care leavers' local offer reissued in easy read and in Urdu, Punjabi and "
        "Polish, with a printed copy for anyone without internet at home",
        "Leaving Care Team", d(1, 9, 2023), d(30, 11, 2023), "Not Started", 0.0, "")
    return acts


QS = {
    "name": "quarleston", "ext": "xlsx", "report": SL_REPORT, "recs": sl_recs,
    "pages": SL_PAGES, "council": "Quarleston Borough Council",
    "actions": qs_actions, "bounds": (30, 40),
    "expected": {1: "covered", 2: "covered", 3: "weak", 4: "covered", 5: "covered", 6: "weak",
                 7: "uncovered"},
    "unanswered": [7], "passing": [3], "partial": [6],
    "orphans": [25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35],
    "miscited": [],
    "passing_phrase": {3: (6, "the participation offer to follow in 2024-25")},
    "decoys": {7: [28, 29]},
    "ask_decoys": {6: [30]},
    "asks": {1: [("scrutiny by the council's senior leaders (members and officers) of "
                  "children's services", [3, 4, 5]),
                 ("the governance arrangements between the council's leaders and the company",
                  [1, 2, 4])],
             2: [("the impact of the corporate parenting board on children's progress", [5, 6]),
                 ("the impact of leaders and managers on driving progress for all children",
                  [7, 8, 9])],
             4: [("the quality of practice for achieving permanence", [16, 19]),
                 ("the timeliness for achieving permanence", [15, 17, 18, 20])],
             6: [("assessment, planning and service provision for children in private "
                  "fostering arrangements", [21, 22, 23, 24]),
                 ("assessment, planning and service provision for homeless 16- and "
                  "17-year-olds", [])]},
    "notes": "",  # set below, once the sheet rows are known (qs_notes)
}


def qs_layout(acts):
    """The rows of the Plan sheet from row 2 down, from the plan data (the writer and the checks
    share it; nothing is read back): dicts with ``level``, ``name`` (without the leading
    spaces), ``who``, ``start``, ``due``, ``status``, ``pct``, ``comments`` and ``act`` (the
    action's 1-based number on level-2 rows, else None). Summary rows (levels 0 and 1) roll up
    Start (earliest), Due (latest), % Complete (mean of the actions) and Status from the actions
    under them, as the tool does."""

    def rollup(group):
        starts = [a["extra"]["start"] for a in group if a["extra"]["start"]]
        dues = [a["extra"]["due"] for a in group if a["extra"]["due"]]
        states = {a["extra"]["status"] for a in group}
        status = (states.pop() if len(states) == 1 and states <= {"Complete", "Not Started"}
                  else "In Progress")
        pct = round(sum(a["extra"]["pct"] for a in group) / len(group), 2)
        return min(starts), max(dues), status, pct

    rows = []
    index = {id(a): i for i, a in enumerate(acts, 1)}
    for pg in _groups(acts, lambda a: a["section"]):
        start, due, status, pct = rollup(pg)
        rows.append(dict(level=0, name=pg[0]["section"], who="", start=start, due=due,
                         status=status, pct=pct, comments="", act=None))
        for og in _groups(pg, lambda a: a["extra"]["obj"]):
            _, name, who, comments = QS_OBJECTIVES[og[0]["extra"]["obj"]]
            start, due, status, pct = rollup(og)
            rows.append(dict(level=1, name=name, who=who, start=start, due=due, status=status,
                             pct=pct, comments=comments, act=None))
            for a in og:
                x = a["extra"]
                rows.append(dict(level=2, name=a["text"], who=a["lead"], start=x["start"],
                                 due=x["due"], status=x["status"], pct=x["pct"],
                                 comments=x["comments"], act=index[id(a)]))
                for name, who, start, due, status, pct in x["subs"]:
                    rows.append(dict(level=3, name=name, who=who, start=start, due=due,
                                     status=status, pct=pct, comments="", act=None))
    for r, row in enumerate(rows, 2):
        row["sheet_row"] = r
    return rows


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its index or by its (unique) row
# ---------------------------------------------------------------------------------------------

def build_ai(plan, set_name="ai"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """index or unique row -> action id, as build_gold names them."""
    acts = plan["actions"]()
    ids = {i: f"{plan['name']}-{i}" for i in range(1, len(acts) + 1)}
    for i, a in enumerate(acts, 1):
        if a["row"] and a["row"] not in ids:
            ids[a["row"]] = ids[i]
    return ids


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

# Harrowdale: the printed sheet. Column widths in points (A4 landscape, 1.27 cm margins), the
# fonts Excel's "Arial" prints as (Helvetica, not embedded), and the layout of the rows: a row
# that does not fit at the foot of a page moves to the next one, unless at least three of its
# lines fit and at least two are left over, when it is split there (HD_SPLIT says which
# row that is, and the writer checks it).
HD_WIDTHS = [32, 220, 100, 62, 52, 303.9]  # Ref .. Update / evidence; 769.9 pt in all
HD_MARGIN = (36, 36, 54, 56)  # left, right, top, bottom
HD_PAD = 3
HD_BODY = ("Helvetica", 10, 12.2)  # font, size, leading
HD_HEAD = ("Helvetica-Bold", 10, 12.2)
HD_SECTION = ("Helvetica-Bold", 10, 12.5)
HD_GAP = 8  # the little vertical space between rows
HD_SPLIT = {"2.7": (2, 3)}  # the row split across a page break: (page of its first lines, next)
HD_PAGES = 4


def write_hd(plan, acts, path):
    reportlab_canvas()  # invariant mode before anything is built
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit

    page_w, page_h = landscape(A4)
    left, right, top, bottom = HD_MARGIN
    assert abs(sum(HD_WIDTHS) - (page_w - left - right)) < 0.5
    xs = [left]
    for w in HD_WIDTHS[:-1]:
        xs.append(xs[-1] + w)

    def cells(values, font):
        name, size, _ = font
        return [simpleSplit(v, name, size, w - 2 * HD_PAD) if v else []
                for v, w in zip(values, HD_WIDTHS)]

    header = cells(HD_HEADER, HD_HEAD)
    head_lines = max(len(c) for c in header)
    assert head_lines == 3 and sum(1 for c in header if len(c) > 1) >= 2, header
    head_h = head_lines * HD_HEAD[2] + HD_GAP

    def furniture(c, n, total):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(left, 24, HD_PATH)
        c.drawRightString(page_w - right, 24, f"Page {n} of {total}")
        c.restoreState()

    NumberedCanvas = numbered_canvas(furniture)
    c = NumberedCanvas(str(path), pagesize=(page_w, page_h))
    c.setTitle("Children's Services Improvement Plan v4")
    c.setAuthor("Improvement and Performance Team")
    c.setSubject("")
    c.setCreator("Microsoft\u00ae Excel\u00ae for Microsoft 365")
    c.setProducer("Microsoft\u00ae Excel\u00ae for Microsoft 365")

    state = {"page": 1, "y": page_h - top}

    def draw_lines(col, lines, y, font):
        name, size, leading = font
        c.setFont(name, size)
        for k, line in enumerate(lines):
            c.drawString(xs[col] + HD_PAD, y - size - k * leading, line)

    def draw_header():
        y = state["y"]
        for col, lines in enumerate(header):
            draw_lines(col, lines, y, HD_HEAD)
        state["y"] = y - head_h

    def new_page():
        c.showPage()
        state["page"] += 1
        state["y"] = page_h - top
        draw_header()

    # page 1: the title line and the version line above the table
    c.setFont("Helvetica-Bold", 12)
    c.drawString(left, state["y"] - 12, HD_TITLE)
    c.setFont("Helvetica", 9)
    c.drawString(left, state["y"] - 28, HD_VERSION)
    state["y"] -= 44
    draw_header()

    leading = HD_BODY[2]
    split = {}
    for group in _groups(acts, lambda a: a["section"]):
        # the section row, kept with at least two lines of the first row below it
        sec_h = HD_SECTION[2] + 4
        if state["y"] - sec_h - 2 * leading < bottom:
            new_page()
        c.setFont(HD_SECTION[0], HD_SECTION[1])
        c.drawString(left + HD_PAD, state["y"] - HD_SECTION[1], group[0]["section"])
        state["y"] -= sec_h
        for a in group:
            x = a["extra"]
            body = cells([a["row"], a["text"], a["lead"], a["date"], x["rag"], x["update"]],
                         HD_BODY)
            n = max(len(b) for b in body)
            room = int((state["y"] - bottom) // leading)
            if n > room:
                if room >= 3 and n - room >= 2:
                    for col, lines in enumerate(body):
                        draw_lines(col, lines[:room], state["y"], HD_BODY)
                    split[a["row"]] = (state["page"], state["page"] + 1)
                    new_page()
                    body = [lines[room:] for lines in body]
                    n -= room
                else:
                    new_page()
            for col, lines in enumerate(body):
                draw_lines(col, lines, state["y"], HD_BODY)
            state["y"] -= n * leading + HD_GAP
    c.showPage()
    c.save()
    # the layout promised in the notes: the one split row, and the page count
    assert split == HD_SPLIT, split
    assert state["page"] == HD_PAGES, state["page"]


def write_qs(plan, acts, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.properties import Outline

    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    head_font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="305496")
    bold = Font(name="Calibri", size=11, bold=True)
    normal = Font(name="Calibri", size=11)
    sub = Font(name="Calibri", size=11, italic=True, color="595959")
    fills = {0: PatternFill("solid", fgColor="D9E1F2"), 1: PatternFill("solid", fgColor="EDF1F9")}
    for col, h in enumerate(QS_HEADER, 1):
        cell = ws.cell(1, col, h)
        cell.font = head_font
        cell.fill = head_fill
        cell.alignment = Alignment(vertical="center")
    for row in qs_layout(acts):
        r = row["sheet_row"]
        values = [" " * (QS_INDENT * row["level"]) + row["name"], row["who"] or None,
                  row["start"], row["due"], row["status"], row["pct"], row["comments"] or None]
        for col, v in enumerate(values, 1):
            cell = ws.cell(r, col, v)
            cell.font = bold if row["level"] < 2 else (sub if row["level"] == 3 else normal)
            if row["level"] in fills:
                cell.fill = fills[row["level"]]
            cell.alignment = Alignment(vertical="top", wrap_text=col in (1, 7))
            if col in (3, 4):  # the date columns, filled or not
                cell.number_format = "dd/mm/yyyy"
        ws.cell(r, 6).number_format = "0%"
        if row["level"]:
            ws.row_dimensions[r].outline_level = row["level"]
    last = ws.max_row
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=False)
    for letter, width in zip("ABCDEFG", (90, 30, 12, 12, 13, 11, 40)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:G{last}"

    lk = wb.create_sheet("Lookups")
    lk["A1"] = "Status"
    for k, s in enumerate(QS_STATUS, 2):
        lk.cell(k, 1, s)
    lk["C1"] = "Teams"
    for k, t in enumerate(QS_TEAMS, 2):
        lk.cell(k, 3, t)
    lk["E1"] = "Resource"
    lk["F1"] = "Email"
    for k, (name, email) in enumerate(QS_PEOPLE, 2):
        lk.cell(k, 5, name)
        lk.cell(k, 6, email)
    lk.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1=f"=Lookups!$A$2:$A${len(QS_STATUS) + 1}",
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E2:E{last}")

    p = wb.properties
    p.creator = "Projectline export"
    p.lastModifiedBy = "Projectline export"
    p.title = "QCC Improvement Plan 2023-24"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalise_zip(path)


QS_TEAMS = ["Assessment Team", "Business Intelligence", "Chief Executive's Office",
            "Commissioning", "Communications Team", "Contextual Safeguarding Team",
            "Democratic Services", "Early Help", "Finance and Commissioning", "Fostering Team",
            "Heads of Service", "ICT", "Keystone Team", "Leaving Care Team", "Legal Services",
            "Permanence Team", "Scrutiny Officer", "Workforce Development"]
QS_PEOPLE = [("Aoife Brennan", "a.brennan@quarleston.example"),
             ("Harriet Ward", "h.ward@quarleston.example"),
             ("Lewis Fairbanks", "l.fairbanks@quarleston.example"),
             ("Michael Osei", "m.osei@quarleston.example"),
             ("Priya Raman", "p.raman@quarleston.example"),
             ("Sana Qureshi", "s.qureshi@quarleston.example")]

WRITERS = {"harrowdale": write_hd, "quarleston": write_qs}
PLANS = [HD, QS]

QS["notes"] = (
    "Excel workbook (.xlsx) exported from a project-management tool. One visible sheet, 'Plan', "
    "and a hidden sheet 'Lookups' (the status values behind the Status column's drop-down, a "
    "list of teams, and people with their email addresses: not a plan). 'Plan' has one header "
    "row, Task Name | Assigned To | Start Date | Due Date | Status | % Complete | Comments, and "
    "then one task a row, the hierarchy given by each row's outline level (summary rows above "
    "their detail) and by three leading spaces a level in Task Name. Level 0 (bold, no outline "
    "level) are the council's four priorities ('Priority 1: Leadership and governance that put "
    "children first' ...; the number is the council's, never a recommendation's); level 1 "
    "(bold) are objectives; both are summary rows, not actions, and carry Start and Due dates, "
    "a Status and a % Complete rolled up from the actions under them, and some objectives an "
    "Assigned To. Level 2 are the actions. Level 3 are sub-tasks (italic, grey), steps of the "
    "one action above them with their own Assigned To and dates: they are not actions and the "
    "gold leaves them out (neither separate actions nor part of the parent's text); they sit "
    "under action 1 (sheet row 4; sub-tasks rows 5-7), action 9 (sheet row 16; rows 17-19), "
    "action 12 (sheet row 24; rows 25-27), action 15 (sheet row 31; rows 32-33) and action 21 "
    "(sheet row 41; rows 42-43). 'section' is the level-0 Task Name above the action, "
    "'objective' the level-1 Task Name above it (both without the leading spaces), 'row' null "
    "(the sheet has no reference column). 'text' is the action's Task Name without its leading "
    "spaces. 'leads_raw' is the Assigned To cell as written: a person's name ('Priya Raman'), an "
    "email address ('a.brennan@quarleston.example'), a team or role ('Legal Services', 'Heads "
    "of Service'), or '' where empty (action 13 (sheet row 28), action 19 (sheet row 37), action "
    "24 (sheet row 46), action 31 (sheet row 56)). 'date_raw' is the Due Date, a real Excel "
    "date in the dd/mm/yyyy number format, as displayed ('31/10/2023'), or '' where empty "
    "(action 4 (sheet row 10), action 8 (sheet row 15), action 11 (sheet row 23), action 18 "
    "(sheet row 36), action 26 (sheet row 50), action 31 (sheet row 56)); a parent's Due Date is "
    "rolled up from its sub-tasks. Start Date, Status, % Complete and Comments are not part of "
    "the action. Straight apostrophes. No recommendation numbers anywhere: every link is "
    "judged. Quarleston's children's social care is run by the Quarleston Children's Company "
    "('the Company'), wholly owned by the council, as Slough's by Slough Children First: R1's "
    "'Slough Children First' is read as the Company. Hard unanswered: R7 (timeliness and "
    "oversight of placement with parents and connected persons arrangements): nothing is aimed "
    "at it; orphan 28 (sheet row 53, 'parent and child placements': foster carers for a young "
    "parent and baby) and orphan 29 (sheet row 54, the 'timeliness' of school admissions and the "
    "virtual school's 'oversight') share its words. The Comments cell of action 8 (sheet row "
    "15) mentions '3 placement with parents cases' discussed at the Stuck Children meeting: a "
    "progress comment, not an action. Passing: R3 (the participation offer and the engagement "
    "of children in developing and delivering services) is touched only by action 6 (sheet row "
    "13, the corporate parenting board reset, aimed at R2), which ends 'the participation offer "
    "to follow in 2024-25': deferred, with nothing done now; weak, no link. Partly answered "
    "(see asks): R6: assessment, planning and provision for children in private fostering "
    "arrangements are answered by actions 21-24 (sheet rows 41-46: a campaign, a named worker "
    "with timescales, support plans, an annual report; action 24 (sheet row 46, the annual "
    "report to the Safeguarding Partnership 'on notifications, timeliness and what the children "
    "said') does not name private fostering: only its objective does); the same for homeless "
    "16- and "
    "17-year-olds by nothing; ask decoy: orphan 30 (sheet row 55, 'homeless' families in bed "
    "and breakfast and a 'planning' meeting with housing: families, not young people on their "
    "own); weak. Answered, every ask: R1 by actions 1-5 (scrutiny: 3, 4, 5; governance between "
    "the council and the Company: 1, 2, 4), R2 by actions 5-9 (the corporate parenting board: 5, "
    "6; leaders and managers: 7, 8, 9), R4 by actions 15-20 (quality: 16, 19; timeliness: 15, 17, "
    "18, 20), R5 by actions 10-14 (audits with social workers, moderation, a plan template, plan "
    "clinics, learning from audits). Action 5 (councillors' induction as corporate parents and "
    "shareholders) is aimed at R1 and R2. Orphans: 25-35 (objectives 'A stable, skilled "
    "workforce' and 'Wider service improvements': international recruitment, laptops, mentors "
    "for newly qualified social workers, parent and child foster carers, school admissions, "
    "homeless families, children missing education (report para 13), exploitation risk "
    "assessments (para 28), dentists (para 29), national insurance numbers and savings (paras "
    "43, 45), the care leavers' local offer (para 40)). 'action N' means quarleston-N, numbered "
    "down the sheet (level-2 rows only): 1-5 under 'Council and Company leaders hold each other "
    "to account', 6-9 'Leaders and managers who know what difference they make', 10-14 'Audits "
    "that change practice', 15-20 'A permanent home without delay', 21-24 'Privately fostered "
    "children are known, assessed and supported', 25-27 'A stable, skilled workforce', 28-35 "
    "'Wider service improvements'. The plan's own names: the Quarleston Children's Company, the "
    "Children's Services Governance Board, the Children's Scrutiny Panel, Back to the Floor, the "
    "Stuck Children meeting, Leading for Impact, Keystone (case record), Adoption Meridian (the "
    "regional adoption agency), Who's Living With You?, Projectline (the tool).")


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "harrowdale": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 14)),
    "quarleston": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 14)),
}




def check_recs(plan):
    """The transcribed recommendations: numbered 1..N, clean single-line texts, found word for
    word and in order in the report's block (when the PDF is at hand), with nothing but the
    bullet glyph before each and nothing after the last."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no markers; curly
        assert r["page"] in plan["pages"], r["number"]
    text = _report_text(plan["report"], plan["pages"])
    if text is None:
        return recs
    spec = BLOCKS[plan["report"]]
    start = text.index(spec["start"]) + len(spec["start"])
    stop = text.index(spec["end"], start)
    block, pos, gaps = text[start:stop], 0, []
    for r in recs:
        k = block.find(r["text"], pos)
        assert k >= 0, ("not in the report as written", plan["name"], r["number"])
        gaps.append(block[pos:k])
        pos = k + len(r["text"])
    assert block[pos:].strip() == "", block[pos:]
    for r, gap in zip(recs, gaps):  # before each item only its bullet
        assert gap.strip() == spec["label"], (r["number"], gap)
    return recs


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
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert phrase in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
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
    assert "Hard unanswered" in d["notes"], name
    assert {f"R{n}" for n in plan["decoys"]} == set(d["unanswered"]), name
    assert {f"R{n}" for n in plan["ask_decoys"]} == set(d["partial"]), name
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`]|\u00a0|\u2022", a["text"] + a["leads_raw"] +
                             a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*|afi)\b",
                             a["text"], re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert not re.search("[\u2018\u2019\u201c\u201d]", a["text"] + a["leads_raw"]), a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert not a["explicit_refs"], a["id"]
    assert all(l["source"] == "judged" for l in gold["links"]), name  # nothing is cited
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    for r in d["unanswered"]:  # no designed gap is answered by anything
        assert r not in per_rec, r
    for r, s in gold["expected"].items():  # fully answered recommendations: 1-7 actions
        if s == "covered":
            assert 1 <= len(per_rec[r]) <= 7, (name, r, len(per_rec[r]))
    x = [r["extra"] for r in raw]
    if name == "harrowdale":
        check_hd(gold, plan, acts, x, mine, rec_text)
    if name == "quarleston":
        check_qs(gold, plan, acts, x, mine, rec_text)
    return True


def check_hd(gold, plan, acts, x, mine, rec_text):
    name, d = plan["name"], gold["design"]
    ids = {a["id"]: a for a in acts}
    # the notes' "action N (ref" / "orphan N (ref" and "N-M are a.b-c.d" agree with the numbering
    for n, ref in re.findall(r"\b(?:actions?|orphans?) (\d+) \((\d\.\d)\b", d["notes"]):
        assert ids[f"{name}-{n}"]["row"] == ref, (name, n, ref)
    for n, m, r1, r2 in re.findall(r"\b(\d+)-(\d+) (?:are |\()(\d\.\d)-(\d\.\d)\b", d["notes"]):
        assert ids[f"{name}-{n}"]["row"] == r1 and ids[f"{name}-{m}"]["row"] == r2, \
            (name, n, m, r1, r2)
    # the split row and the page count the notes name are the writer's (checked there)
    (row, (p1, p2)), = HD_SPLIT.items()
    k = next(i for i, a in enumerate(acts, 1) if a["row"] == row)
    note = (f"page {HD_PAGES}, and the row of action {k} ({row}) is split across the break "
            f"between pages {p1} and {p2}")
    assert note in d["notes"], note
    # refs P.k under "Priority P - ...", priorities 1-4 in order, k from 1
    rows = [a["row"] for a in acts]
    expect = []
    for g in _groups(rows, lambda r: r.split(".")[0]):
        expect += [f"{g[0].split('.')[0]}.{k}" for k in range(1, len(g) + 1)]
    assert rows == expect, name
    assert [g[0]["section"] for g in _groups(acts, lambda a: a["section"])] == \
        [hd_section(n) for n in range(1, 5)], name
    answered = {}
    for a in acts:
        assert a["section"] == hd_section(int(a["row"][0])) and a["objective"] is None, a["id"]
        answered.setdefault(int(a["row"][0]), set()).update(mine[a["id"]])
    # the council's priority numbers are not recommendation numbers
    assert answered == {1: {"R3"}, 2: {"R1"}, 3: set(), 4: set()}, answered
    assert {a["id"] for a in acts if a["row"][0] in "34"} <= set(d["orphans"]), name
    # RAG words; the update cell is progress, never the action's text
    assert {e["rag"] for e in x} == set(HD_RAG), name
    for a, e in zip(acts, x):
        assert not e["update"] or e["update"] not in a["text"], a["id"]
    assert "life-story work" in x[[a["row"] for a in acts].index("2.1")]["update"], name
    # dates as printed: dd/mm/yyyy, quarters, words, empty
    dates = [a["date_raw"] for a in acts]
    for pat in (r"\d\d/\d\d/20\d\d", r"Q\d 20\d\d/\d\d", "Ongoing", "Monthly", "Termly", ""):
        assert any(re.fullmatch(pat, v) for v in dates), pat
    # the header as the brief has it
    assert HD_HEADER == ["Ref", "Improvement action", "Lead / responsible officer",
                         "Target completion date", "RAG", "Update / evidence"], name
    assert hd_section(2) == "Priority 2 - Strengthening practice with families", name


def check_qs(gold, plan, acts, x, mine, rec_text):
    name, d = plan["name"], gold["design"]
    raw = plan["actions"]()
    layout = qs_layout(raw)
    sheet_row = {r["act"]: r["sheet_row"] for r in layout if r["act"]}
    # the notes' "action N (sheet row R" / "orphan N (sheet row R" agree with the layout
    found = re.findall(r"\b(?:actions?|orphans?) (\d+) \(sheet rows? (\d+)", d["notes"])
    assert len(found) >= 15, found
    for n, r in found:
        assert sheet_row[int(n)] == int(r), (name, n, r)
    for n, m, r1, r2 in re.findall(r"\bactions (\d+)-(\d+) \(sheet rows (\d+)-(\d+)",
                                   d["notes"]):
        assert sheet_row[int(n)] == int(r1) and sheet_row[int(m)] == int(r2), (n, m, r1, r2)
    # sub-task rows named in the notes are the layout's
    for n, r1, r2 in re.findall(r"action (\d+) \(sheet row \d+; (?:sub-tasks )?rows (\d+)-(\d+)\)",
                                d["notes"]):
        subs = [r["sheet_row"] for r in layout if r["level"] == 3 and
                _parent(layout, r) == int(n)]
        assert subs == list(range(int(r1), int(r2) + 1)), (n, subs)
    # the hierarchy: level 0 priorities, level 1 objectives, level 2 actions (in order, one a
    # gold action), level 3 sub-tasks only under actions; names without leading spaces
    levels = [r["level"] for r in layout]
    assert levels[0] == 0 and all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels
    assert [r["act"] for r in layout if r["level"] == 2] == list(range(1, len(acts) + 1))
    for r in layout:
        assert r["name"] == r["name"].strip() and (r["act"] is None) == (r["level"] != 2)
    subs = [r for r in layout if r["level"] == 3]
    assert len(subs) >= 8 and len({_parent(layout, r) for r in subs}) >= 4, name
    for r in subs:  # a sub-task is a step, never a gold action, and its text in no action
        assert not any(r["name"] in a["text"] for a in acts), r["name"]
    # objectives carry rolled-up dates (the latest Due Date of their actions)
    for r in layout:
        if r["level"] == 1:
            kids = [a for a in raw if a["objective"] == r["name"]]
            assert r["due"] == max(a["extra"]["due"] for a in kids if a["extra"]["due"])
    for a, e in zip(acts, x):
        assert a["section"] == QS_PRIORITIES[QS_OBJECTIVES[e["obj"]][0]], a["id"]
        assert a["objective"] == QS_OBJECTIVES[e["obj"]][1] and a["row"] is None, a["id"]
        assert a["date_raw"] == shown(e["due"]), a["id"]
        assert e["due"] is None or isinstance(e["due"], datetime), a["id"]
        assert not e["comments"] or e["comments"] not in a["text"], a["id"]
    # Assigned To: names, email addresses, teams, empty
    leads = [a["leads_raw"] for a in acts]
    assert any(re.fullmatch(r"[a-z]\.[a-z]+@quarleston\.example", v) for v in leads), name
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", v) and v in dict(QS_PEOPLE)
               for v in leads), name
    assert any(v in QS_TEAMS for v in leads) and "" in leads, name
    for v in leads:
        if "@" in v:
            assert v in dict(QS_PEOPLE).values(), v
        elif v and v not in dict(QS_PEOPLE):
            assert v in QS_TEAMS or v in ("Lead Member for Children", "Principal Social Worker",
                                          "Adoption Meridian", "Children in Care Nurse",
                                          "Virtual School Headteacher",
                                          "HR Business Partner"), v
    # the progress comment naming R7's words
    assert "placement with parents" in x[7]["comments"], name
    # the council's priority numbers are not recommendation numbers: priority 2 answers R4 and
    # R5 (not R2), priority 3 R6 (not the passing R3), priority 4 nothing
    answered = {}
    for a in acts:
        p = int(re.match(r"Priority (\d):", a["section"]).group(1))
        answered.setdefault(p, set()).update(mine[a["id"]])
    assert answered == {1: {"R1", "R2"}, 2: {"R4", "R5"}, 3: {"R6"}, 4: set()}, answered
    assert {a["id"] for a in acts if a["section"] == QS_PRIORITIES[4]} == set(d["orphans"])
    # an action whose task name alone does not say what it is about: its objective does
    k = 24
    assert "privat" not in acts[k - 1]["text"].lower() and \
        "Privately fostered" in acts[k - 1]["objective"], name
    assert "action 24 (sheet row 46, the annual report" in d["notes"], name
    assert set(QS_STATUS) == {e["status"] for e in x}, name


def _parent(layout, row):
    """The action (number) a level-3 row sits under."""
    k = layout.index(row)
    while layout[k]["level"] != 2:
        k -= 1
    return layout[k]["act"]


if __name__ == "__main__":
    main(sys.argv[1:], "ai", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_ai)
