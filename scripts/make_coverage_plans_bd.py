"""Write the sealed coverage evaluation set "bd": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_bd.py            # writes documents and gold
    python scripts/make_coverage_plans_bd.py --check    # only runs the consistency checks

Documents: corpus/coverage/bd/<name>.<ext>      Gold: corpus/gold/coverage/bd/<name>.json

The two documents imitate what councils' own systems produce: a CSV file EXPORTED FROM ASANA
(UTF-8 with a byte order mark, comma separated, every field quoted, CRLF at the end of each row;
header Task ID, Created At, Completed At, Last Modified, Name, Section/Column, Assignee, Assignee
Email, Start Date, Due Date, Tags, Notes, Projects, Parent task, Blocked By (Dependencies),
Blocking (Dependencies); Section/Column the plan's theme, Name the action's short title and Notes
its fuller text, the notes running over several lines inside their quotes; dates yyyy-mm-dd;
Tags a comma-separated list inside one quoted field, 'Ofsted,Rec N' on a minority of tasks;
SUBTASKS as rows whose 'Parent task' names their parent: steps, not actions; some tasks
completed, some with no assignee, two joined by a dependency), and an E-MAIL SAVED AS .eml
(RFC 822 / MIME as Outlook writes it: a reply 'RE: Ofsted action plan - final version for sign
off'; multipart/mixed holding a multipart/alternative, text/plain and text/html, both
quoted-printable, then the inspection report attached as a PDF in base64; the HTML part is a short
covering note, then the plan as an Outlook table Ref | Action | Lead | By when in MsoNormal
paragraphs, with <br> inside some cells and a shaded heading row per section, then the signature
and the QUOTED EARLIER MESSAGE under a 'From: / Sent: / To: / Subject:' block, whose older draft
lines are not the plan; the text/plain part is the same message as Outlook flattens it).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only, through
report_text, to find ../shared for the transcription check).

Recommendation texts: the local-authority items of both reports were transcribed by hand from
the report PDFs (text read with pypdfium2) for this set and are held below as data (DB_RECS,
DU_RECS), word for word, lines broken by the PDF joined; they are passed to
build_gold(recs=...). Nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the action cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
In fellmarden a task tagged 'Rec N' cites recommendation N (explicit_refs [N], its link
explicit); every other link in the set is judged. Actions with no links are orphans (see each
plan's design notes). Design lists and asks name an action by its number N (the action is
<name>-N).

All councils, places, people, teams, systems, charities and local programmes are fictional
(national schemes and terms such as the Public Law Outline, personal education plans, the social
work degree apprenticeship or education, health and care plans are named as councils name them);
no real person is named. Output is deterministic: the CSV and the e-mail are written from data
with fixed dates, identifiers and MIME boundaries; the attached PDF is written by reportlab in
invariant mode.
"""

import csv
import html
import io
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, build_gold, main, reportlab_canvas  # noqa: E402
from _coverage_sets import curly, groups as _groups, words as _words  # noqa: E402
from _coverage_sets import transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Derbyshire, inspection of children's social care services (ILACS), report published 19
# September 2019 (requires improvement to be good overall). "What needs to improve" (no question
# mark) starts at the foot of page 2 of the PDF: five bullets (black squares, U+25FC), three on
# page 2 and two on page 3, all addressed to the local authority, numbered 1-5 in the report's
# order; the page number "3" opening page 3 stands between R3 and R4. The block ends at the
# heading "The experiences and progress of children who need help and protection: requires
# improvement to be good". The bullets are noun phrases and are kept as printed. Lines broken by
# the PDF joined with a space.
# ---------------------------------------------------------------------------------------------

DB_REPORT = "derbyshire-80460/2019-09-19.pdf"
DB_PAGES = (2, 3)

DB_RECS = [  # (number, page, text)
    (1, 2, "The timeliness with which Starting Point progress decision-making on contacts when "
           "there are no child protection concerns."),
    (2, 2, "The quality and timeliness of assessment and planning for children in need, including "
           "disabled children, those in private fostering arrangements and young people who "
           "present as homeless."),
    (3, 2, "The consistency of the quality of recording of strategy discussions."),
    (4, 3, "The timeliness of initial personal education plans (PEPs) and initial health "
           "assessments for children newly into care."),
    (5, 3, "The consistency of practice, including the effectiveness of front-line management "
           "oversight and supervision."),
]

# ---------------------------------------------------------------------------------------------
# Dudley, inspection of local authority children's services (ILACS), report published 13 January
# 2023 (requires improvement to be good overall). "What needs to improve?" (with a question
# mark), page 2 of the PDF: five bullets (black squares, U+25FC), all addressed to the local
# authority, numbered 1-5 in the report's order, followed by the heading "The experiences and
# progress of children who need help and protection: requires improvement to be good". Kept as
# printed (R5 is the three words "Frontline workforce sufficiency."). Lines broken by the PDF
# joined with a space.
# ---------------------------------------------------------------------------------------------

DU_REPORT = "dudley-80464/2023-01-13.pdf"
DU_PAGES = (2,)

DU_RECS = [
    (1, 2, "The quality, consistency and timeliness of all assessments, plans, supervision and "
           "the recording of management decisions and their rationale."),
    (2, 2, "The early consideration of the pre-proceedings stage of the Public Law Outline (PLO) "
           "for children at risk of harm."),
    (3, 2, "Management oversight of children in unregulated settings."),
    (4, 2, "The promotion of advocacy and participation opportunities for children in care and "
           "care leavers."),
    (5, 2, "Frontline workforce sufficiency."),
]

# where each list sits in its report: the words opening the block, the words after it, what
# stands before each item (the bullet glyph), and, by item, page furniture standing before an
# item as well (Derbyshire's page number "3" before R4)
_NEXT = ("The experiences and progress of children who need help and protection: requires "
         "improvement to be good")
BLOCKS = {
    DB_REPORT: dict(start="What needs to improve", end=_NEXT, label="\u25fc",
                    furniture={4: "3 \u25fc"}),
    DU_REPORT: dict(start="What needs to improve?", end=_NEXT, label="\u25fc", furniture={}),
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def db_recs():
    return _recs(DB_RECS)


def du_recs():
    return _recs(DU_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Fellmarden - an Asana project exported to CSV, answering Derbyshire 2019-09-19 (ILACS,
# five items). One row per task; subtasks follow their parent, their 'Parent task' naming it.
# ---------------------------------------------------------------------------------------------

FM_HEADER = ("Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column",
             "Assignee", "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects",
             "Parent task", "Blocked By (Dependencies)", "Blocking (Dependencies)")
FM_PROJECT = "CSC Improvement Plan 2019-21"
FM_SECTIONS = [  # the project's sections, in the order Asana lists them
    "Untitled section",
    "Practice standards & management grip",
    "Fellmarden Connect",
    "Children in need",
    "Other workstreams",
]
FM_BAU = ("Untitled section", "Other workstreams")
FM_DOMAIN = "fellmarden.gov.uk"


def _gid(k):
    """Asana's 16-digit task id of the k-th task created in the project (deterministic)."""
    return str(1149712003852107 + 2617 * k)


def fm_actions():
    acts = []

    def add(section, name, notes, assignee, due, links=(), rec=None, tags="", start="",
            created="2019-10-14", completed="", modified="", subtasks=()):
        """A top-level task (an action): its Name and Notes (lines split on '\\n'), Assignee,
        Due Date (yyyy-mm-dd or ""), and its annotation. ``rec``: the N of an 'Ofsted,Rec N'
        tag (the task cites recommendation N); ``tags`` any other tags. ``subtasks``: (name,
        assignee, due, completed, tags) of its subtasks, rows that follow it."""
        assert section in FM_SECTIONS
        tag = ",".join(t for t in (("Ofsted", f"Rec {rec}") if rec else ()) + tuple(
            t for t in tags.split(",") if t))
        text = " ".join([name] + [ln for ln in notes.split("\n") if ln])
        acts.append(A(text, assignee, due, links, [rec] if rec else [], False,
                      row=None, section=section, objective=None, name=name, notes=notes,
                      tags=tag, start=start, created=created, completed=completed,
                      modified=modified or completed or created, subtasks=list(subtasks)))

    S0, S1, S2, S3, S4 = FM_SECTIONS

    # Untitled section: a task added before the sections were made (orphan)
    add(S0, "Staff awards evening",
        "Book the Assembly Rooms for the children's services staff awards. Nominations open in "
        "January.",
        "", "2020-03-20", created="2019-10-08")

    # Practice standards & management grip (R5; R4 in passing in action 7)
    add(S1, "Relaunch the Fellmarden Practice Standards",
        "One set of practice standards for every locality team: how often we visit, how we "
        "record, what a good plan looks like.\nLaunch at the all-staff event in January, then "
        "each team manager takes their team through the standards within a month.",
        "Ruth Ainsley", "2020-01-31", rec=5, start="2019-11-04", modified="2020-01-17",
        links=[(5, "e", "h", "one standard of practice for every team, tagged to R5: the "
                "consistency of practice")],
        subtasks=[("Book venue for all-staff launch", "Kim Doyle", "2019-12-06", "2019-11-29", ""),
                  ("Print pocket guide (500 copies)", "Kim Doyle", "2020-01-10", "", "")])
    add(S1, "Supervision policy refresh",
        "New supervision policy and supervision agreement. Monthly supervision for every social "
        "worker, fortnightly for ASYEs.\nCase discussions written up on Keyline within 5 working "
        "days using the new reflective template.",
        "Ruth Ainsley", "2020-02-28", tags="Workforce",
        links=[(5, "j", "h", "regular, recorded, reflective supervision for every social worker")])
    add(S1, "Team manager development programme",
        "Six modules for team managers and assistant team managers, run with Northmoor "
        "University: analysing risk, giving clear direction, reflective supervision, leading a "
        "team through change.\n\nCohort 1 Feb-Jul 2020, cohort 2 Sep 2020 - Feb 2021.",
        "Mark Tillotson", "2021-02-26", tags="Workforce", start="2020-02-03",
        links=[(5, "j", "h", "front-line managers trained to direct and supervise: the "
                "effectiveness of their oversight and supervision")],
        subtasks=[("Agree contract with Northmoor University", "Mark Tillotson", "2019-12-20",
                   "2019-12-18", ""),
                  ("Nominations from heads of service", "", "2020-01-17", "", "")])
    add(S1, "Management oversight recording",
        "Team managers record a management direction on the child's record at allocation, at "
        "the end of every assessment and at each transfer, saying what they decided and why.",
        "", "2020-03-31", rec=5,
        links=[(5, "e", "h", "front-line managers' oversight made visible on every child's "
                "record, tagged to R5")])
    add(S1, "Monthly practice audits by team managers",
        "Each team manager audits 2 cases a month against the Practice Standards, with the "
        "social worker there.\nFindings go to the Practice Quality Group every quarter.",
        "Helen Broadbent", "", start="2020-02-01", tags="QA",
        links=[(5, "j", "h", "team managers checking their own team's work against one "
                "standard: consistency and front-line oversight")])
    add(S1, "Induction for new starters",
        "Two-week induction for every new social worker, agency staff included.\nThe Working in "
        "Fellmarden booklet takes them through a child's journey from contact to leaving care, "
        "including who books initial health assessments and PEP meetings, and they spend a week "
        "shadowing in a locality team.",
        "Mark Tillotson", "2020-04-30", tags="Workforce",
        links=[(5, "j", "m", "every newcomer taught the one Fellmarden way of working: "
                "consistency of practice")])
    add(S1, "Heads of service practice days",
        "Each head of service spends one day a month in a locality team, reading records with "
        "social workers and going out on visits.\nWhat differs from team to team goes to the "
        "Practice Quality Group.",
        "Joanne Whitlock", "2020-02-28", start="2020-01-06",
        links=[(5, "j", "m", "senior managers finding and closing differences between teams: "
                "consistency of practice")])

    # Fellmarden Connect (R1)
    add(S2, "Additional capacity in Connect",
        "Recruit 3 extra social workers and 2 family practitioners to Connect, funded from the "
        "demand reserve, so that contacts without a safeguarding worry are picked up the same "
        "day.",
        "Sanjay Mehta", "2019-12-20", rec=1, completed="2020-01-10", start="2019-10-21",
        links=[(1, "e", "h", "more staff at the front door so that contacts with no protection "
                "concern do not wait, tagged to R1")],
        subtasks=[("Advert live on jobs site", "Kim Doyle", "2019-10-25", "2019-10-24", ""),
                  ("Interviews", "Sanjay Mehta", "2019-11-22", "2019-11-22", ""),
                  ("Desk space on 2nd floor", "", "", "", "Quick win")])
    add(S2, "Next step within 24 hours",
        "Where a contact raises no child protection concern, the Connect manager decides the "
        "next step - advice, early help, assessment or close - within 24 hours.\nNo more than 3 "
        "working days where more information is needed first.",
        "Sanjay Mehta", "2020-01-31", rec=1, completed="2020-02-07",
        links=[(1, "e", "h", "a time limit on the front door's decision for contacts without "
                "protection concerns, tagged to R1")])
    add(S2, "Consent and missing information by phone",
        "Early help practitioners in Connect phone the family and the referrer for consent and "
        "anything missing on the day, instead of emailing and waiting for a reply.",
        "Kerry Hales", "2020-02-14", tags="Quick win",
        links=[(1, "j", "h", "the wait for consent and information, the cause of the delay in "
                "deciding on lower-level contacts, cut")])
    add(S2, "Connect timeliness dashboard",
        "Daily list of contacts waiting more than one working day for a decision, by worker, "
        "to the service manager every morning.\nWeekly figures to the Improvement Board.",
        "Priya Chandran", "2020-01-15", tags="Ofsted,Performance", completed="2020-01-20",
        links=[(1, "j", "h", "contacts waiting for a decision tracked daily: the timeliness "
                "asked for")])
    add(S2, "Straight to the Family Help Team",
        "Contacts that only need early help passed straight to the locality Family Help Team, "
        "without a second screening.",
        "", "2020-03-31",
        links=[(1, "j", "m", "a quicker route for contacts that need early help, not social "
                "care")])

    # Children in need (R2, partly: nothing for private fostering)
    add(S3, "CIN assessments on time",
        "Single assessments for children in need finished within 35 working days, 45 at most, "
        "with a manager's check at day 20.",
        "Joanne Whitlock", "2020-03-31", rec=2,
        links=[(2, "e", "h", "the timeliness of assessment for children in need, tagged to "
                "R2")])
    add(S3, "CIN plans - new template and reviews",
        "New child in need plan on Keyline: three outcomes at most, who does what by when, and "
        "what will tell us it has worked.\nEvery plan reviewed at a CIN meeting at least every 3 "
        "months, chaired by a senior practitioner.",
        "Joanne Whitlock", "2020-04-30",
        links=[(2, "j", "h", "the quality of planning for children in need and its review")],
        subtasks=[("Keyline form change request", "Priya Chandran", "2020-02-14", "", ""),
                  ("Senior practitioners briefing", "Joanne Whitlock", "2020-03-13", "", "")])
    add(S3, "Disabled children - full assessment, not just the package",
        "Children with Disabilities Team to complete a full social work assessment for every "
        "disabled child with a short breaks package, not only the eligibility check, and write "
        "a child in need plan from it.",
        "Claire Ormerod", "2020-06-30", rec=2, start="2020-01-06",
        links=[(2, "e", "h", "proper assessment and planning for disabled children, tagged to "
                "R2")],
        subtasks=[("Agree with finance how packages are recorded", "Claire Ormerod",
                   "2020-02-28", "", "Rec 2")])
    add(S3, "Makaton and symbols training for CWD team",
        "So that children who do not use words have their own views in their assessments.",
        "Claire Ormerod", "2020-05-29", tags="Workforce",
        links=[(2, "j", "m", "better assessments of disabled children, with the child's own "
                "views")])
    add(S3, "Homeless 16 and 17 year olds - joint protocol",
        "Joint protocol with Fellmarden Housing Options: any 16 or 17 year old who comes to "
        "either service homeless is seen by both on the same day.\nA social work assessment "
        "starts straight away and the young person is told in writing about their right to be "
        "looked after.",
        "Joanne Whitlock", "2020-02-28", rec=2, completed="2020-03-05",
        links=[(2, "e", "h", "assessment of young people who present as homeless begun at once, "
                "tagged to R2")])
    add(S3, "Assessments of homeless young people in 10 days",
        "Assessments of 16 and 17 year olds who come to us homeless finished within 10 working "
        "days, tracked every week by the Adolescent Service manager.",
        "Dan Pryce", "2020-03-31",
        links=[(2, "j", "h", "timeliness of assessment for young people presenting as "
                "homeless")],
        subtasks=[])
    add(S3, "Quarterly CIN audit",
        "Themed audit of 30 child in need cases each quarter - assessment, plan, reviews.\nWhat "
        "we learn goes back to the locality practice forums.",
        "Helen Broadbent", "2020-06-30", tags="QA",
        links=[(2, "j", "m", "the quality of assessment and planning for children in need "
                "checked and fed back")])

    # Other workstreams (orphans; the decoys among them)
    add(S4, "Foster carer annual reviews up to date",
        "Clear the backlog of foster carer annual reviews so that every household is reviewed "
        "within 12 months, and check each carer's respite arrangements at the review.",
        "Gillian Marsh", "2020-03-31", tags="Fostering")
    add(S4, "Children's services digital strategy",
        "Agree with ICT the digital strategy for children's services: laptops and tablets for "
        "all social workers, Wi-Fi in the family centres, Keyline on mobile.\nStaff discussion "
        "groups in each locality before it goes to Cabinet.",
        "Priya Chandran", "2020-05-31", tags="ICT")
    add(S4, "Partnership strategy day",
        "Host the Fellmarden Safeguarding Children Partnership's annual strategy day, record the "
        "discussions and send the action log to all partners within two weeks.",
        "Kim Doyle", "2020-02-21", completed="2020-02-21")
    add(S4, "Foster carer recruitment - winter campaign",
        "Radio and bus-stop adverts, two information evenings. Aim for 12 new households by "
        "the end of March.",
        "Gillian Marsh", "2019-12-31", tags="Fostering", completed="2020-01-06")
    add(S4, "Summer activity programme with the youth service",
        "", "", "2020-07-24", created="2019-11-18")
    add(S4, "Keyline upgrade to version 7",
        "New forms for assessments and plans go live with the upgrade. Supplier to confirm "
        "date.",
        "Priya Chandran", "", tags="ICT")
    add(S4, "Care leavers' local offer on the new website",
        "Publish the local offer on the council's new website with the care leavers' forum.",
        "Dan Pryce", "2020-04-30", created="2019-11-18")
    return acts


# the dependency in the project: action 15 ('CIN plans - new template and reviews') is blocked by
# orphan 26 ('Keyline upgrade to version 7'), whose new forms it needs
FM_BLOCKED = {15: 26}

FM_PEOPLE = ("Ruth Ainsley", "Kim Doyle", "Mark Tillotson", "Helen Broadbent", "Joanne Whitlock",
             "Sanjay Mehta", "Kerry Hales", "Priya Chandran", "Claire Ormerod", "Dan Pryce",
             "Gillian Marsh")

FM = {
    "name": "fellmarden", "ext": "csv", "report": DB_REPORT, "recs": db_recs,
    "pages": DB_PAGES, "council": "Fellmarden County Council",
    "actions": fm_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "weak", 3: "uncovered", 4: "weak", 5: "covered"},
    "unanswered": [3], "passing": [4], "partial": [2],
    "orphans": [1, 21, 22, 23, 24, 25, 26, 27],
    "miscited": [],
    "passing_phrase": {4: (7, "including who books initial health assessments and PEP "
                              "meetings")},
    "decoys": {3: [22, 23]},
    "ask_decoys": {2: [21]},
    "asks": {2: [("the quality and timeliness of assessment and planning for children in need",
                  [14, 15, 20]),
                 ("the quality and timeliness of assessment and planning for disabled children",
                  [16, 17]),
                 ("the quality and timeliness of assessment and planning for children in "
                  "private fostering arrangements", []),
                 ("the quality and timeliness of assessment and planning for young people who "
                  "present as homeless", [18, 19])],
             5: [("the consistency of practice", [2, 6, 7, 8]),
                 ("the effectiveness of front-line management oversight", [4, 5, 6]),
                 ("the effectiveness of front-line supervision", [3, 4])]},
    "notes": (
        "CSV exported from Asana (project 'CSC Improvement Plan 2019-21'): UTF-8 with a byte "
        "order mark, comma separated, EVERY field in double quotes, each row ending CRLF. Header: "
        "Task ID, Created At, Completed At, Last Modified, Name, Section/Column, Assignee, "
        "Assignee Email, Start Date, Due Date, Tags, Notes, Projects, Parent task, Blocked By "
        "(Dependencies), Blocking (Dependencies). One row per task; dates yyyy-mm-dd; Task ID a "
        "16-digit number. The Notes of most tasks run over two or three lines INSIDE their "
        "quotes (LF line breaks within the field; one note has an empty line between its "
        "paragraphs). Tags is one quoted field holding a comma-separated list ('Ofsted,Rec 2', "
        "'Workforce', 'Ofsted,Performance', 'Quick win'). SUBTASKS are rows of their own "
        "directly under their parent, with 'Parent task' holding the parent's Name and "
        "Section/Column and Projects empty: they are steps of an action (book a venue, an "
        "advert, interviews, a form change), not actions, and are not in the gold; one of them "
        "('Agree with finance how packages are recorded', under action 16) carries the tag "
        "'Rec 2' itself. 'section' is the Section/Column cell (the Asana section: 'Untitled "
        "section' for the one task made before the sections, then 'Practice standards & "
        "management grip', 'Fellmarden Connect', 'Children in need', 'Other workstreams'); "
        "'text' is the Name and the Notes joined by a single space (the Notes' line breaks "
        "joined by spaces, the empty line dropped; a task with empty Notes is its Name alone); "
        "'leads_raw' the Assignee cell (a person's name; Assignee Email is the same person); "
        "'date_raw' the Due Date cell ('2020-01-31'; '' where empty); 'row' and 'objective' "
        "null (the Task ID is Asana's identifier, kept out of 'row'). Start Date, Created At, "
        "Last Modified and the dependency columns are not part of the action. Completed tasks "
        "(Completed At filled) are still actions of the plan: actions 9, 10, 12 and 18, orphans "
        "23 and 24. Empty Assignee: orphan 1 ('Staff awards evening'), action 5 ('Management "
        "oversight recording'), action 13 ('Straight to the Family Help Team') and orphan 25 "
        "('Summer activity programme', whose Notes are empty too). Empty Due Date: action 6 "
        "('Monthly practice audits by team managers', a Start Date only) and orphan 26 ('Keyline "
        "upgrade to version 7'). Action 15 is Blocked By orphan 26 (its Task ID in the "
        "dependency column; orphan 26's Blocking names action 15's). Straight apostrophes and "
        "hyphens, as typed in Asana. Citations: seven tasks are tagged 'Ofsted,Rec N' - action 2 "
        "and action 5 (Rec 5), action 9 and action 10 (Rec 1), action 14, action 16 and action "
        "18 (Rec 2); each is explicit_refs [N] and its link explicit; every other link is judged. "
        "Action 12 is tagged 'Ofsted' alone (no number). Nothing is mis-cited. Hard unanswered: "
        "R3 (the consistency of the quality of recording of strategy discussions): nothing is "
        "aimed at it, and no task or subtask speaks of strategy discussions, strategy meetings "
        "or section 47 enquiries; orphan 22 ('Children's services digital strategy', with staff "
        "'discussion' groups) and orphan 23 ('Partnership strategy day', which will 'record the "
        "discussions' of the partnership's annual strategy day) share its words but neither "
        "touches the strategy discussions held when a child may be at risk of significant harm. "
        "Passing: R4 (the timeliness of initial PEPs and initial health assessments for children "
        "newly into care) is touched only by action 7 ('Induction for new starters', aimed at "
        "R5), whose booklet explains 'who books initial health assessments and PEP meetings'; "
        "nothing makes them timelier; weak, no link. Partly answered (see asks): R2 (the quality "
        "and timeliness of assessment and planning for children in need, including disabled "
        "children, those in private fostering arrangements and young people who present as "
        "homeless): children in need generally by actions 14, 15 and 20, disabled children by "
        "actions 16-17, young people presenting as homeless by actions 18-19; children in "
        "private fostering arrangements by nothing, and no task or subtask names private "
        "fostering; ask decoy: orphan 21 ('Foster carer annual reviews up to date', checking "
        "each foster carer's respite 'arrangements'), which is about approved foster carers, not "
        "privately fostered children; weak. Answered: R1 by actions 9-13 (extra staff in "
        "Connect, a decision within 24 hours on contacts with no child protection concern, "
        "consent and information gathered by phone, a daily timeliness dashboard, early help "
        "cases passed straight on); R5 by actions 2-8, every ask (see asks). Orphans: 1 (the "
        "Untitled section) and 21-27, the whole of 'Other workstreams' (also fostering "
        "recruitment, a summer programme, a case record upgrade, the care leavers' local offer "
        "online). 'action N' means fellmarden-N, numbered down the file counting top-level "
        "tasks only (subtask rows are skipped): 1 'Untitled section', 2-8 'Practice standards & "
        "management grip', 9-13 'Fellmarden Connect', 14-20 'Children in need', 21-27 'Other "
        "workstreams'. The plan's own names: Fellmarden Connect (the front door), Keyline (case "
        "record), the Practice Quality Group, Northmoor University, the Family Help Teams, "
        "Fellmarden Housing Options, the Adolescent Service, the Assembly Rooms."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Brimblecote - an Outlook e-mail saved as .eml, answering Dudley 2023-01-13 (ILACS, five
# items). The plan is the table in the reply: Ref | Action | Lead | By when, a shaded heading
# row before each section.
# ---------------------------------------------------------------------------------------------

BC_SECTIONS = {  # number: the heading row's text, in the council's words and order
    1: "Enough social workers",
    2: "Good practice, every time",
    3: "Children in care and care leavers having their say",
    4: "Other service developments",
}
BC_BAU = 4


def bc_actions():
    acts = []

    def add(sec, action, lead, by, links=()):
        """A table row of section ``sec``: Ref '<sec>.<k>', the Action cell (its lines, joined by
        <br> in the cell, given as a list), the Lead cell (lines likewise; leads_raw joins them
        with a newline) and the By when cell ("" empty)."""
        lines = action if isinstance(action, list) else [action]
        leads = lead if isinstance(lead, list) else ([lead] if lead else [])
        k = sum(1 for a in acts if a["extra"]["sec"] == sec) + 1
        acts.append(A(curly(" ".join(lines)), curly("\n".join(leads)), by, links, [], False,
                      row=f"{sec}.{k}", section=BC_SECTIONS[sec], objective=None, sec=sec,
                      lines=[curly(x) for x in lines], leads=[curly(x) for x in leads]))

    # 1 Enough social workers (R5)
    add(1, "Rolling recruitment campaign for experienced social workers, with a relocation "
        "package of up to \u00a35,000 and a retention payment after two years' service.",
        "Head of HR Services", "March 2023",
        links=[(5, "j", "h", "more permanent social workers recruited and kept: frontline "
                "sufficiency")])
    add(1, "Turn agency posts in the Assessment and Safeguarding teams into permanent posts as "
        "they are filled, and bring agency staff down to no more than 15% of our social workers.",
        "Assistant Director, Children's Social Care", "September 2023",
        links=[(5, "j", "h", "a stable, permanent frontline workforce in place of agency "
                "cover")])
    add(1, "Social Work Academy taking 25 newly qualified social workers a year, each with a "
        "protected caseload and a consultant social worker for their first year.",
        "Principal Social Worker", "September 2023",
        links=[(5, "j", "h", "a steady supply of new social workers for the front line")])
    add(1, "Ten places on the social work degree apprenticeship for family support workers and "
        "other council staff.",
        "Workforce Development Manager", "January 2024",
        links=[(5, "j", "m", "growing our own social workers for the longer term")])
    add(1, ["International recruitment of 12 social workers.",
            "Housing found for the first three months and a 12-week induction."],
        ["Head of HR Services", "Principal Social Worker"], "June 2023",
        links=[(5, "j", "h", "twelve more social workers from abroad: more capacity on the "
                "front line")])
    add(1, "Stay conversations with every social worker after 12 months with us, and exit "
        "interviews reported to DMT every quarter.",
        "HR Business Partner", "Quarterly",
        links=[(5, "j", "m", "finding out why social workers stay or leave, to keep them")])

    # 2 Good practice, every time (R1; R2 in passing in action 9)
    add(2, "Relaunch our practice framework, Families First, with a half-day session for every "
        "team, so that assessments and plans look and feel the same whichever team writes them.",
        "Principal Social Worker", "February 2023",
        links=[(1, "j", "h", "one framework for assessments and plans in every team: their "
                "quality and consistency")])
    add(2, ["New single assessment template with the analysis at the front: what we are worried "
            "about, what is working well, what needs to happen.",
            "Team managers sent a list every Monday of assessments due in the next 10 days."],
        "Head of Service, Assessment", "March 2023",
        links=[(1, "j", "h", "the quality and the timeliness of assessments")])
    add(2, "One child's plan for child in need, child protection and children in care, with "
        "outcomes written to the child; where a family is already in pre-proceedings, the "
        "letter before proceedings is kept with the plan.",
        ["Head of Service, Children in Care", "Head of Service, Safeguarding"], "April 2023",
        links=[(1, "j", "h", "plans of one kind and one quality for every child")])
    add(2, "Supervision every month for every social worker, written up on ChildView within five "
        "working days on the reflective supervision template; figures to heads of service "
        "every week.",
        "Team Managers", "Ongoing",
        links=[(1, "j", "h", "supervision regular, recorded on time and of one standard")])
    add(2, "Every key decision by a manager recorded on the child's file as a 'Manager's "
        "decision' note that says what was decided, why, and what else was thought about.",
        "Heads of Service", "February 2023",
        links=[(1, "j", "h", "the recording of management decisions and their rationale")])
    add(2, "Each team manager audits two children's records a month against the practice "
        "standards and goes through one with the social worker; themes to the Quality Assurance "
        "Board.",
        "Quality Assurance Manager", "Monthly",
        links=[(1, "j", "m", "the quality and consistency of assessments, plans and records "
                "checked every month")])
    add(2, "Two-day course on reflective supervision for all team managers and advanced "
        "practitioners.",
        "Workforce Development Manager", "May 2023",
        links=[(1, "j", "h", "the quality of supervision improved through the supervisors")])

    # 3 Children in care and care leavers having their say (R4, partly: no advocacy)
    add(3, "Relaunch the Children in Care Council as Brimblecote Voices, with two groups (11 to "
        "15, and 16 plus) meeting every month and a budget of their own.",
        "Participation Officer", "March 2023",
        links=[(4, "j", "h", "more chances for children in care to take part and be heard")])
    add(3, "Care leavers' forum to meet the Lead Member and the Director every quarter and set "
        "two priorities a year for the leaving care service.",
        "Leaving Care Service Manager", "Quarterly",
        links=[(4, "j", "h", "care leavers taking part in shaping their service")])
    add(3, ["Train eight children in care and care leavers as Young Visitors.",
            "They visit our children's homes and the leaving care hub and report what they find "
            "to the Corporate Parenting Board."],
        ["Participation Officer", "Registered Managers"], "July 2023",
        links=[(4, "j", "h", "a participation opportunity for children in care and care "
                "leavers")])
    add(3, "A 'My review' booklet sent to every child in care before their review, and the child "
        "chooses where the meeting is held and who comes.",
        "IRO Service Manager", "tbc",
        links=[(4, "j", "m", "children in care taking part in their own reviews")])
    add(3, "Roll out the Say It app so that children in care and care leavers can tell us what "
        "they think at any time; social workers to show it to every child at their next visit.",
        "", "June 2023",
        links=[(4, "j", "h", "a way to have their say, promoted to every child in care")])

    # 4 Other service developments (orphans; the decoys among them)
    add(4, "Management oversight of the quality of funded early years places, with a visit to "
        "each nursery and childminding setting every term.",
        "Head of Early Years", "Termly")
    add(4, "Out-of-school settings (tuition centres, sports clubs, supplementary schools): "
        "safeguarding advice and oversight through the LADO, with a register of the settings "
        "we know about.",
        "Designated Officer (LADO)", "")
    add(4, "Promote the Family Advocates service to parents whose children have a child "
        "protection plan, so that every parent is offered an advocate before the first core "
        "group.",
        "Head of Service, Safeguarding", "October 2023")
    add(4, "Open Larchfield House, a four-bed children's home in the borough.",
        "Head of Commissioning", "December 2023")
    add(4, "Three family hubs open in Brimblecote, Hollins Green and Wexcombe.",
        "Head of Early Help", "September 2023")
    add(4, "Youth Justice Service to move to the Wexcombe Centre, alongside the family hub.",
        "Youth Justice Service Manager", "Ongoing")
    add(4, "Education, health and care plans issued within 20 weeks for at least 60% of children.",
        "Head of SEND", "March 2023")
    return acts


BC = {
    "name": "brimblecote", "ext": "eml", "report": DU_REPORT, "recs": du_recs,
    "pages": DU_PAGES, "council": "Brimblecote Metropolitan Borough Council",
    "actions": bc_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "weak", 3: "uncovered", 4: "weak", 5: "covered"},
    "unanswered": [3], "passing": [2], "partial": [4],
    "orphans": [19, 20, 21, 22, 23, 24, 25],
    "miscited": [],
    "passing_phrase": {2: (9, "where a family is already in pre-proceedings")},
    "decoys": {3: [19, 20]},
    "ask_decoys": {4: [21]},
    "asks": {1: [("the quality, consistency and timeliness of all assessments", [7, 8, 12]),
                 ("the quality, consistency and timeliness of all plans", [7, 9, 12]),
                 ("the quality, consistency and timeliness of supervision", [10, 13]),
                 ("the recording of management decisions and their rationale", [11])],
             4: [("the promotion of participation opportunities for children in care and care "
                  "leavers", [14, 15, 16, 17, 18]),
                 ("the promotion of advocacy for children in care and care leavers", [])]},
    "notes": None,  # set below, with the e-mail's furniture
}


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_bd(plan, set_name="bd"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writer: fellmarden.csv
# ---------------------------------------------------------------------------------------------

def _email(name):
    return f"{name.lower().replace(' ', '.')}@{FM_DOMAIN}" if name else ""


def fm_rows(acts):
    """The CSV rows (after the header): each task, its subtasks straight after it."""
    k = 0
    ids, rows = {}, []
    for i, a in enumerate(acts, 1):  # task ids in creation order: a task, then its subtasks
        k += 1
        ids[i] = _gid(k)
        for s in a["extra"]["subtasks"]:
            k += 1
            ids[(i, s[0])] = _gid(k)
    blocking = {v: k2 for k2, v in FM_BLOCKED.items()}
    for i, a in enumerate(acts, 1):
        x = a["extra"]
        rows.append((ids[i], x["created"], x["completed"], x["modified"], x["name"],
                     a["section"], a["lead"], _email(a["lead"]), x["start"], a["date"], x["tags"],
                     x["notes"], FM_PROJECT, "", ids[FM_BLOCKED[i]] if i in FM_BLOCKED else "",
                     ids[blocking[i]] if i in blocking else ""))
        for name, who, due, done, tags in x["subtasks"]:
            rows.append((ids[(i, name)], x["created"], done, done or x["created"], name, "", who,
                         _email(who), "", due, tags, "", "", x["name"], "", ""))
    return rows


def write_fm(plan, acts, path):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(FM_HEADER)
    rows = fm_rows(acts)
    w.writerows(rows)
    data = buf.getvalue()
    # the writer's promises: every row quoted and CRLF-ended, the notes' line breaks LF inside
    # their quotes, one row per task and subtask, subtasks naming a task as their parent
    back = list(csv.reader(io.StringIO(data, newline="")))
    assert back[0] == list(FM_HEADER) and len(back) == len(rows) + 1
    tops = [r for r in back[1:] if not r[13]]
    assert [r[4] for r in tops] == [a["extra"]["name"] for a in acts]
    assert all(r[13] in {a["extra"]["name"] for a in acts} for r in back[1:] if r[13])
    assert data.count("\r\n") == len(rows) + 1 and "\r\n" not in "".join(r[11] for r in rows)
    assert all(line.startswith('"') for line in data.split("\r\n") if line)
    path.write_bytes(("\ufeff" + data).encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Writer: brimblecote.eml
# ---------------------------------------------------------------------------------------------

BC_FROM = ("Tom Ashworth", "Tom.Ashworth@brimblecote.gov.uk")
BC_TO = [("Lena Hargreaves", "Lena.Hargreaves@brimblecote.gov.uk")]
BC_CC = [("Sarah Whitcombe", "Sarah.Whitcombe@brimblecote.gov.uk"),
         ("CS Improvement", "CSImprovement@brimblecote.gov.uk")]
BC_DATE = "Tue, 14 Feb 2023 09:12:37 +0000"
BC_SUBJECT = "RE: Ofsted action plan - final version for sign off"
BC_MSGID = "<DB9PR05MB7741C2E0A4B31F9D7E55A1C3C4DF9@DB9PR05MB7741.eurprd05.prod.outlook.com>"
BC_REPLY_TO_ID = "<DB9PR05MB7741A8813F02C64B19E0B7D2C4DA9@DB9PR05MB7741.eurprd05.prod.outlook.com>"
BC_ATTACHMENT = "Ofsted ILACS report.pdf"

BC_NOTE = [curly(s) for s in [  # the covering note, a paragraph each
    "Hi Lena,",
    "Thanks for pulling this together. I have made the changes we agreed at DMT on Thursday, so "
    "this is the version for the Improvement Board on the 23rd. The report is attached again for "
    "anyone who has not seen it.",
    "I have taken the unregulated placements line and the advocacy line out, as both are being "
    "picked up in the Placement Sufficiency Strategy and the new Children's Rights contract, "
    "which goes out to tender in March. I have also changed the agency target to 15%.",
    "Final plan below \u2013 please shout by Thursday if anything is wrong, otherwise this is "
    "what goes to the Board.",
]]
BC_SIGNATURE = ["Kind regards", "Tom", "", "Tom Ashworth",
                "Head of Service, Quality and Improvement",
                "Children\u2019s Services | Brimblecote Metropolitan Borough Council",
                "Tel: 01632 960418"]
BC_QUOTED_HEAD = [("From:", "Lena Hargreaves <Lena.Hargreaves@brimblecote.gov.uk>"),
                  ("Sent:", "10 February 2023 16:42"),
                  ("To:", "Tom Ashworth <Tom.Ashworth@brimblecote.gov.uk>"),
                  ("Cc:", "CS Improvement <CSImprovement@brimblecote.gov.uk>"),
                  ("Subject:", "Ofsted action plan - final version for sign off")]
BC_QUOTED = [  # the earlier message, a paragraph each; its draft lines are not the plan
    "Tom,",
    "Here is what I hope is the final version for sign off (v4). Main changes from v3, for the "
    "record:",
    "1.2 Cap agency social workers at 20% of the workforce by March 2024 \u2013 AD CSC",
    "2.4 Supervision audit by heads of service every quarter \u2013 HoS",
    "3.6 Commission an independent advocacy service for children in care and care leavers and "
    "make sure every child knows how to use it \u2013 Commissioning \u2013 June 2023",
    "4.1 Weekly review by a head of service of every child placed in an unregulated setting "
    "\u2013 HoS Children in Care \u2013 March 2023",
    "Everything else as v3. Can you let me have any changes by Monday?",
    "Thanks",
    "Lena",
    "Lena Hargreaves | Improvement Programme Manager | Children\u2019s Services",
]

BC["notes"] = (
    "E-mail saved as .eml (RFC 822 / MIME, CRLF line ends) as Outlook writes it: headers From "
    "(Tom Ashworth), To, Cc, Date (Tue, 14 Feb 2023), Subject 'RE: Ofsted action plan - final "
    "version for sign off', Message-ID, In-Reply-To, Thread-Topic, Content-Language, "
    "MIME-Version. Body: multipart/mixed holding (1) a multipart/alternative with a text/plain "
    "part and a text/html part, both utf-8 and quoted-printable (soft line breaks '=' at 76 "
    "characters, '=E2=80=99' for a curly apostrophe), and (2) an attachment 'Ofsted ILACS "
    "report.pdf' (application/pdf, base64; a one-page PDF with one line of text, not a plan). "
    "The HTML part is Outlook's (Word's filtered HTML: MsoNormal paragraphs, <o:p> tags, "
    "'WordSection1', a MsoTableGrid table). It holds a covering note of four paragraphs (not "
    "actions; the third says the unregulated placements line and the advocacy line were taken "
    "out of the plan), then THE PLAN: one table with a header row Ref | Action | Lead | By "
    "when, and before each section a shaded row whose one cell (colspan 4) holds the section's "
    "number and heading ('1. Enough social workers', '2. Good practice, every time', '3. "
    "Children in care and care leavers having their say', '4. Other service developments'); "
    "then the signature; then the QUOTED EARLIER MESSAGE, under Outlook's grey rule and a "
    "'From: / Sent: / To: / Cc: / Subject:' block (Lena Hargreaves, 10 February 2023): its "
    "draft lines ('1.2 Cap agency social workers at 20%', '3.6 Commission an independent "
    "advocacy service', '4.1 Weekly review by a head of service of every child placed in an "
    "unregulated setting' ...) are an older draft, NOT the plan, and are not in the gold. The "
    "text/plain part is the same message as Outlook flattens it: the note, the table as one "
    "line per row with its cells separated by tabs (a cell's <br> a line break inside the "
    "row), the signature, then the quoted message. Both parts carry the same plan; the gold "
    "is one set of actions. 'row' is the Ref cell ('1.1' ... '4.7'; the plan's own numbering, "
    "not the report's: no citation anywhere, explicit_refs [] and every link judged); "
    "'section' the section's heading without its number; 'objective' null; 'text' the Action "
    "cell, its <br>-separated lines joined by a space; 'leads_raw' the Lead cell, its "
    "<br>-separated lines joined by a newline (two leads: action 5 ('International recruitment "
    "of 12 social workers'), action 9 ('One child's plan for child in need') and action 16 "
    "('Train eight children in care')); 'date_raw' the By when cell ('March 2023', "
    "'Quarterly', 'Monthly', 'Termly', 'Ongoing', 'tbc'; '' where empty). Empty Lead: action "
    "18 ('Roll out the Say It app'). By when 'tbc': action 17 ('A 'My review' booklet'); empty: "
    "orphan 20 ('Out-of-school settings'). <br> inside the Action cell: actions 5, 8 and 16. "
    "Outlook's curly apostrophes and quotation marks. Hard unanswered: R3 (management oversight "
    "of children in unregulated settings): nothing in the plan is aimed at it and no action "
    "names unregulated, semi-independent or supported accommodation; orphan 19 ('Management "
    "oversight of the quality of funded early years places', a visit to each nursery and "
    "childminding 'setting') and orphan 20 ('Out-of-school settings', safeguarding 'oversight' "
    "through the LADO) share its words but neither is about children living in unregulated "
    "settings; the quoted draft line 4.1 that would have answered it is not the plan, and the "
    "covering note says it was taken out. Passing: R2 (the early consideration of the "
    "pre-proceedings stage of the Public Law Outline) is touched only by action 9 ('One child's "
    "plan for child in need', aimed at R1), which keeps the letter before proceedings with the "
    "plan 'where a family is already in pre-proceedings'; nothing makes the stage considered "
    "earlier; weak, no link. Partly answered (see asks): R4 (the promotion of advocacy and "
    "participation opportunities for children in care and care leavers): participation by "
    "actions 14-18 (the Children in Care Council relaunched, the care leavers' forum with the "
    "Lead Member, Young Visitors, children shaping their own reviews, the Say It app shown "
    "to every child); advocacy by nothing, and no linked action names advocacy or an advocate; "
    "ask decoy: orphan 21 ('Promote the Family Advocates service to parents'), advocacy for "
    "parents of children on child protection plans, not for children in care; the quoted "
    "draft line 3.6 is not the plan; weak. Answered: R1 by actions 7-13, every ask (see asks); "
    "R5 by actions 1-6 (a recruitment campaign, agency posts made permanent, the Social Work "
    "Academy, apprenticeships, international recruitment, stay conversations and exit "
    "interviews). Orphans 19-25: the whole of section 4 (also a children's home, family hubs, "
    "the youth justice service's move, education, health and care plans). 'action N' means "
    "brimblecote-N, numbered down the table: 1-6 section 1, 7-13 section 2, 14-18 section 3, "
    "19-25 section 4. The plan's own names: Families First (practice framework), ChildView "
    "(case record), the Social Work Academy, Brimblecote Voices, the Say It app, the Family "
    "Advocates service, Larchfield House, Hollins Green, Wexcombe, the Wexcombe Centre.")

PLANS = [FM, BC]

_MSO_STYLE = (
    "<!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 "
    "3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
    "/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\t"
    "font-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;\n\tmso-fareast-language:EN-US;}\n"
    "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\t"
    "text-decoration:underline;}\nspan.EmailStyle19\n\t{mso-style-type:personal-reply;\n\t"
    "font-family:\"Calibri\",sans-serif;\n\tcolor:windowtext;}\n.MsoChpDefault\n\t"
    "{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt "
    "792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n"
    "-->")
_WIDTHS = (45, 340, 140, 80)  # the table's columns in points, as Outlook writes them


def _p(inner, style=""):
    s = f' style="{style}"' if style else ""
    return f'<p class="MsoNormal"{s}>{inner}<o:p></o:p></p>'


def _blank():
    return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'


def bc_html(acts):
    e = html.escape
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
           'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://'
           'schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
           '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           f'<style>{_MSO_STYLE}</style>', '</head>',
           '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    for para in BC_NOTE:
        out += [_p(e(para, quote=False)), _blank()]
    td = ('<td width="{w}" valign="top" style="width:{w}.0pt;border:solid windowtext 1.0pt;'
          'border-top:none;padding:0cm 5.4pt 0cm 5.4pt{fill}">')
    out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
               'style="border-collapse:collapse;border:none">')
    out.append('<tr>' + "".join(
        td.format(w=w, fill=";background:#1F3864").replace("border-top:none;", "")
        + _p(f'<b><span style="color:white">{h}</span></b>') + '</td>'
        for h, w in zip(("Ref", "Action", "Lead", "By when"), _WIDTHS)) + '</tr>')
    for group in _groups(acts, lambda a: a["extra"]["sec"]):
        sec = group[0]["extra"]["sec"]
        out.append(f'<tr><td width="{sum(_WIDTHS)}" colspan="4" valign="top" style="width:'
                   f'{sum(_WIDTHS)}.0pt;border:solid windowtext 1.0pt;border-top:none;background:'
                   f'#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt">'
                   + _p(f'<b>{sec}. {e(BC_SECTIONS[sec], quote=False)}</b>') + '</td></tr>')
        for a in group:
            x = a["extra"]
            cells = (a["row"], "<br>\n".join(e(s, quote=False) for s in x["lines"]),
                     "<br>\n".join(e(s, quote=False) for s in x["leads"]), e(a["date"]))
            row = "<tr>"
            for c, (v, w) in enumerate(zip(cells, _WIDTHS)):
                row += td.format(w=w, fill="") + (_p(v) if v else _blank()) + "</td>"
            out.append(row + "</tr>")
    out.append('</table>')
    out.append(_blank())
    out += [_p(e(s, quote=False)) if s else _blank() for s in BC_SIGNATURE]
    out.append(_blank())
    out.append('<div>')
    out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
    (k0, v0), rest = BC_QUOTED_HEAD[0], BC_QUOTED_HEAD[1:]
    out.append(f'<p class="MsoNormal"><b><span lang="EN-US">{k0}</span></b><span lang="EN-US"> '
               + e(v0, quote=False) + "".join(f'<br>\n<b>{k}</b> {e(v, quote=False)}'
                                             for k, v in rest) + '</span><o:p></o:p></p>')
    out.append('</div>')
    out.append('</div>')
    out.append(_blank())
    for para in BC_QUOTED:
        out += [_p(e(para, quote=False)), _blank()]
    out += ['</div>', '</body>', '</html>']
    return "\n".join(out) + "\n"


def bc_plain(acts):
    out = []
    for para in BC_NOTE:
        out += [para, ""]
    out.append("Ref\tAction\tLead\tBy when")
    for group in _groups(acts, lambda a: a["extra"]["sec"]):
        sec = group[0]["extra"]["sec"]
        out.append(f"{sec}. {BC_SECTIONS[sec]}")
        for a in group:
            x = a["extra"]
            out.append("\t".join((a["row"], "\n".join(x["lines"]), "\n".join(x["leads"]),
                                  a["date"])))
    out.append("")
    out += BC_SIGNATURE
    out.append("")
    out.append("_" * 32)
    out += [f"{k} {v}" for k, v in BC_QUOTED_HEAD]
    out.append("")
    for para in BC_QUOTED:
        out += [para, ""]
    return "\n".join(out)


def bc_pdf():
    """The attached report stand-in: a one-page PDF with one line of text (invariant mode)."""
    canvas = reportlab_canvas()
    from reportlab.lib.pagesizes import A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle("Ofsted ILACS report")
    c.setAuthor("")
    c.setFont("Helvetica", 12)
    c.drawString(72, A4[1] - 96, "Inspection of Brimblecote local authority children's services")
    c.showPage()
    c.save()
    return buf.getvalue()


def write_bc(plan, acts, path):
    from email import policy
    from email.message import EmailMessage
    from email.utils import formataddr

    from email.headerregistry import HeaderRegistry, MessageIDHeader

    # References and In-Reply-To hold a message id each, folded as Outlook folds them (not as
    # encoded words, which the default registry's unstructured header would make of a long id)
    reg = HeaderRegistry()
    reg.map_to_type("references", MessageIDHeader)
    reg.map_to_type("in-reply-to", MessageIDHeader)
    pol = policy.default.clone(linesep="\r\n", max_line_length=78, header_factory=reg)
    msg = EmailMessage(policy=pol)
    msg["From"] = formataddr(BC_FROM)
    msg["To"] = ", ".join(formataddr(p) for p in BC_TO)
    msg["CC"] = ", ".join(formataddr(p) for p in BC_CC)
    msg["Subject"] = BC_SUBJECT
    msg["Thread-Topic"] = BC_SUBJECT[4:]
    msg["Thread-Index"] = "AQHZPWm3kF1x2bq9ZUuJ4m0xq8Vt2K6JQh3Q"
    msg["Date"] = BC_DATE
    msg["Message-ID"] = BC_MSGID
    msg["References"] = BC_REPLY_TO_ID
    msg["In-Reply-To"] = BC_REPLY_TO_ID
    msg["Accept-Language"] = "en-GB, en-US"
    msg["X-MS-Has-Attach"] = "yes"
    msg["X-MS-TNEF-Correlator"] = ""
    msg.set_content(bc_plain(acts), subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(bc_html(acts), subtype="html", charset="utf-8", cte="quoted-printable")
    msg.add_attachment(bc_pdf(), maintype="application", subtype="pdf",
                       filename=BC_ATTACHMENT)
    msg.set_boundary("_004_DB9PR05MB7741C2E0A4B31F9D7E55A1C3C4DF9DB9PR05MB7741eurp_")
    alt = msg.get_payload()[0]
    alt.set_boundary("_000_DB9PR05MB7741C2E0A4B31F9D7E55A1C3C4DF9DB9PR05MB7741eurp_")
    att = msg.get_payload()[1]
    att.set_param("name", BC_ATTACHMENT)
    att["Content-Description"] = BC_ATTACHMENT
    att.replace_header("Content-Disposition", f'attachment; filename="{BC_ATTACHMENT}"; '
                       f'size={len(bc_pdf())}; creation-date="Tue, 14 Feb 2023 09:10:52 GMT"; '
                       'modification-date="Tue, 14 Feb 2023 09:12:37 GMT"')
    for part in msg.walk():  # no MIME-Version inside the parts; the attachment's headers in
        if part is msg:        # Outlook's order
            continue
        del part["MIME-Version"]
    order = ("Content-Type", "Content-Description", "Content-Disposition",
             "Content-Transfer-Encoding")
    values = [(h, str(att[h])) for h in order]
    for h, v in values:
        del att[h]
    for h, v in values:
        att[h] = v
    # Outlook's order: Content-Language among the headers, MIME-Version and the top-level
    # Content-Type last (set_content clears Content-* headers, so they are set here)
    msg["Content-Language"] = "en-GB"
    for h in ("MIME-Version", "Content-Type"):
        v = str(msg[h])
        del msg[h]
        msg[h] = v
    data = msg.as_bytes(policy=pol)
    # the writer's promises: the MIME tree, the encodings, and every action of the plan in
    # both parts (the HTML before the quoted message), the quoted draft lines after it
    assert msg.get_content_type() == "multipart/mixed"
    assert [p.get_content_type() for p in alt.iter_parts()] == ["text/plain", "text/html"]
    assert all(p["Content-Transfer-Encoding"] == "quoted-printable" for p in alt.iter_parts())
    assert att["Content-Transfer-Encoding"] == "base64" and att.get_filename() == BC_ATTACHMENT
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    plain, page = (p.get_content() for p in alt.iter_parts())
    cut = page.index("border-top:solid #E1E1E1")
    for a in acts:
        for s in a["extra"]["lines"]:
            assert html.escape(s, quote=False) in page[:cut] and s in plain, a["row"]
    for line in BC_QUOTED:
        assert html.escape(line, quote=False) in page[cut:], line
    assert "MsoNormal" in page and page.count("<br>") >= 6
    path.write_bytes(data)


WRITERS = {"fellmarden": write_fm, "brimblecote": write_bc}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "fellmarden": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 12)),
    "brimblecote": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 12)),
}


def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's block (when the PDF is at hand), with nothing but the bullet glyph
    (and, before Derbyshire's R4, the page number that opens page 3) before each, and nothing
    after the last."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|\u2019", t), r["number"]
        assert r["page"] in plan["pages"], r["number"]
    spec = BLOCKS[plan["report"]]
    gaps = transcribed_gaps(plan, recs, spec)
    if gaps is None:
        print(f"{plan['name']}: report PDF not at hand, transcription check skipped")
    for r, gap in zip(recs, gaps or ()):
        assert gap == spec["furniture"].get(r["number"], spec["label"]), (r["number"], gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


# fellmarden: the unanswered R3, R2's unanswered ask, the passing R4
STRATEGY = re.compile(r"strategy (?:discussion|meeting)|section 47|s47|strategy", re.I)
PRIVATE = re.compile(r"private|privately", re.I)
PEP_IHA = re.compile(r"\bPEPs?\b|personal education|health assessment|newly into care", re.I)
# brimblecote: the unanswered R3, R4's unanswered ask, the passing R2
UNREG = re.compile(r"unregulated|semi-independent|supported (?:accommodation|living)|"
                   r"placement", re.I)
ADVOC = re.compile(r"advoca", re.I)
PLO = re.compile(r"proceedings|public law|\bPLO\b|legal (?:gateway|planning)|court", re.I)


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
        assert curly(phrase) in a["text"] or phrase in a["text"], (name, n, phrase)
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
        assert not re.search(r"[<>*_#`]|\u00a0", a["text"] + a["leads_raw"] + a["date_raw"]), \
            a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", a["text"],
                             re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
    # at least a third of the links share at most one distinctive word with the recommendation
    # they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # covered recommendations: every ask answered, two to seven actions
    for r, s in gold["expected"].items():
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 7, (r, per_rec[r])
    # leads and dates: varied, a few missing
    leads = [a["leads_raw"] for a in acts]
    dates = [a["date_raw"] for a in acts]
    assert any(v in ("", "tbc") for v in leads) and any(v in ("", "tbc") for v in dates), name
    assert len(set(leads)) >= 8, (name, set(leads))
    linked = [a for a in acts if mine[a["id"]]]
    if name == "fellmarden":
        check_fm(gold, plan, acts, raw, mine, linked, d)
    if name == "brimblecote":
        check_bc(gold, plan, acts, raw, mine, linked, d)
    return True


def check_fm(gold, plan, acts, raw, mine, linked, d):
    secs = [g[0]["section"] for g in _groups(acts, lambda a: a["section"])]
    assert secs == FM_SECTIONS, secs
    assert {a["id"] for a in acts if a["section"] in FM_BAU} == set(d["orphans"])
    assert not any(re.search(r"\d|recommend|ofsted", s, re.I) for s in FM_SECTIONS)
    subs = [s for r in raw for s in r["extra"]["subtasks"]]
    assert 6 <= len(subs) <= 15, len(subs)
    for a, r in zip(acts, raw):
        x = r["extra"]
        assert a["row"] is None and a["objective"] is None, a["id"]
        assert a["text"] == " ".join([x["name"]] + [ln for ln in x["notes"].split("\n") if ln])
        assert "\u2019" not in a["text"] + a["leads_raw"] + x["name"], a["id"]  # typed in Asana
        assert not a["leads_raw"] or a["leads_raw"] in FM_PEOPLE, a["id"]
        for v in (a["date_raw"], x["start"], x["created"], x["completed"], x["modified"]):
            assert v == "" or re.fullmatch(r"20(19|20|21)-\d\d-\d\d", v), (a["id"], v)
        # the tag 'Rec N' is the citation; 'Ofsted' with it
        tags = x["tags"].split(",") if x["tags"] else []
        cited = [int(t[4:]) for t in tags if t.startswith("Rec ")]
        assert cited == a["explicit_refs"], a["id"]
        assert not cited or tags[0] == "Ofsted", a["id"]
        for l in gold["links"]:
            if l["action"] == a["id"]:
                assert (l["source"] == "explicit") == (int(l["rec"][1:]) in cited), a["id"]
        # nothing for R3 or for private fostering, in any task or its subtasks
        cells = " ".join([a["text"]] + [s[0] for s in x["subtasks"]])
        assert not STRATEGY.search(cells) or a["id"] in ("fellmarden-22", "fellmarden-23"), a["id"]
        assert not PRIVATE.search(cells), a["id"]
        assert not PEP_IHA.search(cells) or a["id"] == "fellmarden-7", a["id"]
        for s in x["subtasks"]:  # steps: none tagged with a number its parent does not cite
            assert all(int(t[4:]) in cited for t in s[4].split(",") if t.startswith("Rec ")), s
    n_cited = sum(1 for a in acts if a["explicit_refs"])
    assert 3 <= n_cited <= len(acts) // 3, n_cited  # a minority of tasks
    assert {l["source"] for l in gold["links"]} == {"explicit", "judged"}
    done = [a["id"] for a, r in zip(acts, raw) if r["extra"]["completed"]]
    assert len(done) >= 3 and any(mine[i] for i in done), done
    assert any("\n\n" in r["extra"]["notes"] for r in raw)
    assert sum(1 for r in raw if "\n" in r["extra"]["notes"]) >= 8
    assert [a["id"] for a in acts if not a["leads_raw"]] == [
        "fellmarden-1", "fellmarden-5", "fellmarden-13", "fellmarden-25"]
    assert [a["id"] for a in acts if not a["date_raw"]] == ["fellmarden-6", "fellmarden-26"]
    assert [a["id"] for a, r in zip(acts, raw) if not r["extra"]["notes"]] == ["fellmarden-25"]
    for k, v in FM_BLOCKED.items():  # a task waiting on another is not done before it
        assert not raw[k - 1]["extra"]["completed"] and not raw[v - 1]["extra"]["completed"]
    assert sorted(done) == sorted(f"fellmarden-{i}" for i in (9, 10, 12, 18, 23, 24)), done


def check_bc(gold, plan, acts, raw, mine, linked, d):
    secs = [r["extra"]["sec"] for r in raw]
    assert [g[0] for g in _groups(secs, lambda s: s)] == sorted(BC_SECTIONS)
    assert {a["id"] for a, r in zip(acts, raw) if r["extra"]["sec"] == BC_BAU} == \
        set(d["orphans"])
    assert not any(re.search(r"\d|recommend|ofsted", s, re.I) for s in BC_SECTIONS.values())
    assert all(l["source"] == "judged" for l in gold["links"]), plan["name"]
    for a, r in zip(acts, raw):
        x = r["extra"]
        assert a["row"].split(".")[0] == str(x["sec"]), a["id"]
        assert a["section"] == BC_SECTIONS[x["sec"]] and a["objective"] is None, a["id"]
        assert not a["explicit_refs"], a["id"]
        assert "'" not in a["text"] + a["leads_raw"], a["id"]  # Outlook's curly quotes
        assert re.fullmatch(r"(January|February|March|April|May|June|July|August|September|"
                            r"October|November|December) 20\d\d|Quarterly|Monthly|Termly|"
                            r"Ongoing|tbc|", a["date_raw"]), a["id"]
        assert not UNREG.search(a["text"]), a["id"]  # nothing for R3
        assert not ADVOC.search(a["text"]) or a["id"] == "brimblecote-21", a["id"]
        assert not PLO.search(a["text"]) or a["id"] == "brimblecote-9", a["id"]
        # the quoted draft lines are no action's text
        for q in BC_QUOTED:
            if re.match(r"\d\.\d ", q):
                assert q[4:30] not in a["text"], (a["id"], q)
    assert [a["id"] for a in acts if "\n" in a["leads_raw"]] == [
        "brimblecote-5", "brimblecote-9", "brimblecote-16"]
    assert [a["id"] for a, r in zip(acts, raw) if len(r["extra"]["lines"]) > 1] == [
        "brimblecote-5", "brimblecote-8", "brimblecote-16"]
    assert [a["id"] for a in acts if not a["leads_raw"]] == ["brimblecote-18"]
    assert [a["id"] for a in acts if a["date_raw"] == "tbc"] == ["brimblecote-17"]
    assert [a["id"] for a in acts if not a["date_raw"]] == ["brimblecote-20"]
    # the draft lines that would have answered R3 and R4's advocacy stand only in the quote
    assert any(UNREG.search(q) for q in BC_QUOTED) and any(ADVOC.search(q) for q in BC_QUOTED)


if __name__ == "__main__":
    main(sys.argv[1:], "bd", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_bd)
