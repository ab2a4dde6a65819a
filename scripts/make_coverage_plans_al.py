"""Write the sealed coverage evaluation set "al": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_al.py            # writes documents and gold
    python scripts/make_coverage_plans_al.py --check    # only runs the consistency checks

Documents: corpus/coverage/al/<name>.<ext>      Gold: corpus/gold/coverage/al/<name>.json

The two documents imitate what councils' own systems produce: a web page saved from a
committee-papers system (an "Agenda item" page: the browser's "saved from url" comment, the
site's header, navigation and breadcrumb, the meeting line and the list of document links, then
the cover report converted from Word to HTML as numbered paragraphs, then "Appendix 1 -
Improvement Plan" as ONE HTML table, columns Ofsted finding | Action (lead, date) | RAG; the
Ofsted finding cell, a bold theme and the council's paraphrase of what the inspectors found,
stands once per group with rowspan; each Action cell holds SEVERAL actions, separated in some
cells by <br>, in others as <ul><li> items, one cell opening with "We will:" above its list,
each action ending with its lead and date in brackets, "(Head of Service MASH, Mar 2023)"; a
RAG cell per row; and the Word-to-HTML residue of inline styles, <font> tags, <o:p></o:p>,
&nbsp; and a word cut in two by a span; then the site footer), and a plain-text file as
`pdftotext -layout` writes it from a PDF of a Word plan table (fixed-width columns Priority |
Action | Lead | Timescale aligned with spaces only, every cell wrapped over several physical
lines in its own column, the Priority cell merged down its group and written once, section
headings centred with spaces, a page header line, the column header and a "Page N of 4" footer
on every page, form feeds between pages, one row split across a page break, an introduction
before the table; the layout text is written by this script, pdftotext is not run).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
items of both "What needs to improve?" sections were transcribed by hand from the report PDFs
for this set and are held below as data (BCP_RECS, SH_RECS), word for word, lines broken by the
PDF joined, the reports' curly apostrophes kept; they are passed to build_gold(recs=...).
Nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "j" judged (neither plan cites a
                                   recommendation number anywhere, so no link is explicit);
                                   "h" high / "m" medium
Actions with no links are orphans (see each plan's design notes). Design lists and asks name an
action by its number N (the action is <name>-N): neither format gives an action a reference.

All councils, places, people, teams, systems and hospitals are fictional (national schemes and
bodies such as the Assessed and Supported Year in Employment, Safe and Together, Mockingbird,
family hubs, Staying Put, Cafcass or the legal gateway are named as councils name
them); web and email addresses use the reserved .example domain. Output is deterministic: both
documents are plain strings written as UTF-8 with fixed content.
"""

import html
import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, build_gold, main  # noqa: E402
from _coverage_sets import curly, groups as _groups, words as _words  # noqa: E402
from _coverage_sets import transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Bournemouth, Christchurch and Poole, inspection of local authority children's services
# (ILACS), report published 11 February 2022 (overall inadequate). "What needs to improve?",
# page 2 of the PDF: seven bullets (black squares, no numbers), all addressed to the local
# authority, numbered 1-7 in the report's order. Lines broken by the PDF joined with a space;
# the curly apostrophes of R2, R6 and R7 kept.
# ---------------------------------------------------------------------------------------------

BCP_REPORT = "bournemouth-christchurch-poole-2532287/2022-02-11.pdf"
BCP_PAGES = (2,)

BCP_RECS = [  # (number, page, text)
    (1, 2, "The recruitment and retention of a workforce that is experienced, competent and "
           "confident to deliver improvements, so that children no longer have multiple changes "
           "of social worker or personal adviser."),
    (2, 2, "The quality of practice, in particular, assessment, planning and the use and "
           "completion of chronologies, the response to domestic violence, emotional support to "
           "children in care and the recording of children\u2019s views."),
    (3, 2, "The timeliness of social work intervention and support when unborn and very young "
           "children are at risk of significant harm."),
    (4, 2, "The standard of care provided to young people living in houses of multiple "
           "occupation."),
    (5, 2, "The impact of quality assurance and management oversight on the standard of social "
           "work practice and progressing work effectively to avoid delay for children."),
    (6, 2, "The overview of children\u2019s attainment and progress by the virtual school."),
    (7, 2, "Care leavers\u2019 access to their health records."),
]

# ---------------------------------------------------------------------------------------------
# Shropshire, inspection of local authority children's services (ILACS), report published 25
# March 2022 (overall good). "What needs to improve?", page 2 of the PDF: three bullets (black
# squares), all addressed to the local authority, numbered 1-3 in the report's order; lines
# broken by the PDF joined with a space.
# ---------------------------------------------------------------------------------------------

SH_REPORT = "shropshire-80552/2022-03-25.pdf"
SH_PAGES = (2,)

SH_RECS = [
    (1, 2, "The effective application of the pre-proceedings stage of the PLO, and the local "
           "arrangements for the family group conference service."),
    (2, 2, "The sufficiency of local placement options."),
    (3, 2, "The partnership response to the emotional health needs of children in care."),
]

# where each list sits in its report: the words opening the block, the words after it, the label
# before every item (the bullet glyph)
BLOCKS = {
    BCP_REPORT: dict(start="What needs to improve?",
                     end="The experiences and progress of children who need help and "
                         "protection: inadequate", label="\u25fc"),
    SH_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and "
                        "protection: requires improvement to be good", label="\u25fc"),
}


def bcp_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in BCP_RECS]


def sh_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in SH_RECS]


# ---------------------------------------------------------------------------------------------
# Plan 1: Chalkhaven - an "Agenda item" web page saved from the council's committee-papers
# system, answering Bournemouth, Christchurch and Poole 2022-02-11 (ILACS, 7). The cover report
# as numbered paragraphs, then Appendix 1 as one table: Ofsted finding (rowspan per group) |
# Action (several actions a cell, each closing "(lead, date)") | RAG.
# ---------------------------------------------------------------------------------------------

CH_GROUPS = {  # group: (bold theme, the council's paraphrase of the finding), in table order
    1: ("Workforce",
        "Too many children and care leavers have had a string of different social workers or "
        "personal advisers. We need to attract and keep experienced, skilled and confident "
        "staff."),
    2: ("Quality of practice",
        "Practice is too variable: assessments, plans and chronologies, how we respond to "
        "domestic abuse, the emotional support children in care receive and how we record what "
        "children tell us all need to improve."),
    3: ("Unborn babies and very young children",
        "When babies and very young children are at risk of serious harm we do not always act "
        "quickly enough."),
    4: ("Quality assurance and management oversight",
        "Audits and management oversight have not yet lifted the standard of practice, and "
        "some children\u2019s plans drift."),
    5: ("Young people in HMOs",
        "Young people living in houses in multiple occupation do not always receive a good "
        "enough standard of care."),
    6: ("Other service priorities",
        "Not an Ofsted finding. Included so that the Committee can see all current improvement "
        "work in one place."),
}
CH_OTHER = 6

# how each Action cell lays out its actions: "br" (one <br> between), "br2" (a blank line, two
# <br>), "ul" (a bulleted list), "weul" ("We will:" then a list), "p" (a Word paragraph each)
CH_CELLS = [  # (group, action numbers, layout, RAG), in table order
    (1, (1, 2, 3), "br", "A"),
    (1, (4, 5, 6), "ul", "G"),
    (2, (7, 8, 9), "weul", "A"),
    (2, (10, 11), "br2", "R"),
    (3, (12, 13), "br", "G"),
    (3, (14, 15), "ul", "A"),
    (4, (16, 17), "p", "A"),
    (4, (18, 19), "br", "G"),
    (5, (20, 21, 22), "ul", "R"),
    (6, (23, 24, 25), "br", "G"),
    (6, (26, 27, 28, 29), "ul", "G"),
]
CH_RAG = {"R": "#FF0000", "A": "#FFC000", "G": "#00B050"}


def ch_actions():
    acts = []

    def add(group, text, lead, date, links=(), nb=None, cut=None, bracket=True):
        """An action of group ``group``: its text, then "(lead, date)" in the cell. ``lead`` /
        ``date`` as written inside the bracket ("" absent; the bracket then holds what is
        left); ``bracket=False``: no bracket at all. ``nb``: a word after which Word wrote
        &nbsp; instead of the space; ``cut``: a word Word's language markup cut in two
        ("chrono|logies"), written as two spans with nothing between them."""
        theme, finding = CH_GROUPS[group]
        acts.append(A(curly(text), curly(lead), date, links, [], False, row=None,
                      section=theme, objective=curly(finding), group=group, nb=nb, cut=cut,
                      bracket=bracket))

    # Workforce (R1)
    add(1, "Launch a year-round social work recruitment campaign with its own microsite, a "
        "recruitment partner and a market supplement of \u00a33,000 for hard-to-fill posts",
        "HR Business Partner", "Jun 2022",
        links=[(1, "j", "h", "recruiting experienced social workers to the posts that stay "
                "empty")], nb="supplement")
    add(1, "Set up a Social Work Academy taking 24 newly qualified social workers a year through "
        "the Assessed and Supported Year in Employment, with protected caseloads and a named "
        "practice educator",
        "Principal Social Worker", "Sept 2022",
        links=[(1, "j", "m", "growing a competent, confident workforce of its own")])
    add(1, "Cap caseloads at 20 children in the long-term teams and review every team\u2019s "
        "caseloads monthly at the Workforce Board",
        "Director of Children\u2019s Social Care", "ongoing",
        links=[(1, "j", "m", "manageable caseloads so that social workers stay")])
    add(1, "Exit interviews for every social worker who leaves, reported each quarter, and a "
        "\u2018stay conversation\u2019 with every social worker in their second year with us",
        "HR Business Partner / Workforce Development Manager", "Q2 2022/23",
        links=[(1, "j", "h", "retention: learning why staff leave and keeping those who "
                "might")])
    add(1, "Children keep the same worker from assessment through to their child in need or "
        "child protection plan; cases move between teams only at a conference or review",
        "Head of Service, Children in Need and Protection", "Sept 2022",
        links=[(1, "j", "h", "fewer changes of social worker for each child")])
    add(1, "Reduce the number of young people each personal adviser works with to 22 and "
        "recruit four more personal advisers to the Next Steps team",
        "Head of Service, Care Leavers", "Oct 2022",
        links=[(1, "j", "h", "stable personal advisers for care leavers: fewer changes of "
                "adviser")])

    # Quality of practice (R2, partly answered: nothing on emotional support to children in care)
    add(2, "Relaunch our practice standards with a single assessment template that asks what "
        "has been tried before and why it did not work",
        "Principal Social Worker", "Jul 2022",
        links=[(2, "j", "h", "assessment: the standard and the template of assessments")])
    add(2, "Every child in need, child protection and care plan to set out no more than five "
        "outcomes agreed with the family, checked at each core group and review",
        "Head of Service, Children in Need and Protection", "Dec 2022",
        links=[(2, "j", "h", "planning: plans built on outcomes and reviewed")])
    add(2, "A chronology opened for every child at assessment and kept up to date by the "
        "allocated worker, with monthly chronology clinics run by the Practice Development Team",
        "Practice Development Lead", "Sept 2022",
        links=[(2, "j", "h", "the use and completion of chronologies")], cut="chronology")
    add(2, "Introduce the Safe and Together model (our domestic abuse practice framework) in "
        "every safeguarding team, with eight trained champions",
        "Head of Service MASH", "Mar 2023",
        links=[(2, "j", "h", "the response to domestic violence")])
    add(2, "After each visit the social worker writes to the child in words the child will "
        "understand, and every case record opens with \u2018what the child told me\u2019",
        "Principal Social Worker", "Oct 2022",
        links=[(2, "j", "h", "the recording of children's views")], nb="child")

    # Unborn babies and very young children (R3)
    add(3, "Agree a pre-birth pathway with the maternity units at Chalkhaven General and "
        "Wellmouth Hospital: referral by 16 weeks of pregnancy and a pre-birth assessment "
        "finished by 28 weeks",
        "Head of Service MASH", "Jul 2022",
        links=[(3, "j", "h", "acting early for unborn babies at risk")])
    add(3, "Create a Baby and Parent Team of four social workers and a family nurse to work with "
        "expectant parents and children under two",
        "Service Manager, Safeguarding", "Jan 2023",
        links=[(3, "j", "h", "a specialist team for unborn and very young children")])
    add(3, "Strategy meetings for any child under two held within one working day of the "
        "concern, tracked weekly by the MASH",
        "Head of Service MASH", "Jun 2022",
        links=[(3, "j", "h", "timely intervention when very young children are at risk of "
                "significant harm")])
    add(3, "A weekly under-fives tracker of every child on a child in need or child protection "
        "plan, looked at by the heads of service each Monday",
        "Performance and Intelligence Manager", "tbc",
        links=[(3, "j", "m", "oversight of the timeliness of work with very young children")])

    # Quality assurance and management oversight (R5); a passing mention of R6
    add(4, "Refresh the quality assurance framework: every team manager audits two cases a "
        "month, moderated by the Quality Assurance Team, with the learning reported to the "
        "Practice Improvement Board",
        "Head of Quality Assurance", "Jul 2022",
        links=[(5, "j", "h", "quality assurance that feeds back into practice")])
    add(4, "Relaunch the supervision policy: supervision every four weeks, written up on "
        "CareFile in the reflective template, with a dip sample each quarter",
        "Principal Social Worker", "Sept 2022",
        links=[(5, "j", "h", "management oversight through regular recorded supervision")])
    add(4, "Monthly performance clinics for each team manager with their head of service on "
        "visits, plan reviews and supervision; the virtual school head joins once a term",
        "Director of Children\u2019s Social Care", "Monthly",
        links=[(5, "j", "m", "managers' oversight of their teams' work, held to account")])
    add(4, "A case progression panel for children whose plans have run for more than 15 months "
        "or who have been in pre-proceedings for more than 16 weeks",
        "Head of Service, Children in Need and Protection", "Jun 2022",
        links=[(5, "j", "h", "progressing work to avoid delay for children")])

    # Young people in HMOs (R4)
    add(5, "Joint visits with the private sector housing team to every shared house where one "
        "of our young people lives, using a quality checklist",
        "Head of Service, Care Leavers", "Aug 2022",
        links=[(4, "j", "h", "the standard of the shared houses young people live in")])
    add(5, "Commission a new supported accommodation framework for 16 and 17 year olds, so that "
        "no child in our care lives in a shared house without staff on site",
        "Head of Commissioning", "Apr 2023",
        links=[(4, "j", "h", "16 and 17 year olds moved to supported accommodation with "
                "staff")])
    add(5, "A key worker visits every young person in shared accommodation each week, and every "
        "landlord has a named contact in the service",
        "", "ongoing",
        links=[(4, "j", "h", "the care given to young people living in shared houses")])

    # Other service priorities (orphans)
    add(6, "Clear the backlog of subject access requests from adults who were in care as "
        "children, so that they can read the records of their childhood",
        "Information Governance Manager", "Dec 2022")
    add(6, "Care leavers\u2019 health and wellbeing offer: free leisure passes and a monthly "
        "health drop-in at the Care Leavers\u2019 Hub",
        "Head of Service, Care Leavers", "Nov 2022")
    add(6, "Emotional literacy training for staff in private day care nurseries and for "
        "childminders, delivered by the Early Years Team",
        "Early Years Manager", "ongoing")
    add(6, "Open the first two family hubs, in Wellmouth and in Chalkhaven town centre",
        "Head of Early Help", "Mar 2023")
    add(6, "A new out-of-court disposal panel with the police for children who offend for the "
        "first time",
        "Head of Youth Justice", "Sept 2022")
    add(6, "Review the home to school transport policy for post-16 students",
        "", "", bracket=False)
    add(6, "Raise foster carers\u2019 fees by 3 per cent and start a Mockingbird constellation "
        "in Wellmouth",
        "Fostering Service Manager", "Apr 2022")
    return acts


CH = {
    "name": "chalkhaven", "ext": "html", "report": BCP_REPORT, "recs": bcp_recs,
    "pages": BCP_PAGES, "council": "Chalkhaven Council",
    "actions": ch_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "weak", 3: "covered", 4: "covered", 5: "covered",
                 6: "weak", 7: "uncovered"},
    "unanswered": [7], "passing": [6], "partial": [2],
    "orphans": [23, 24, 25, 26, 27, 28, 29],
    "miscited": [],
    "passing_phrase": {6: (18, "the virtual school head joins once a term")},
    "decoys": {7: [23, 24]},
    "ask_decoys": {2: [25]},
    "asks": {1: [("the recruitment and retention of an experienced, competent and confident "
                  "workforce", [1, 2, 3, 4]),
                 ("children no longer have multiple changes of social worker or personal "
                  "adviser", [5, 6])],
             2: [("assessment", [7]),
                 ("planning", [8]),
                 ("the use and completion of chronologies", [9]),
                 ("the response to domestic violence", [10]),
                 ("emotional support to children in care", []),
                 ("the recording of children\u2019s views", [11])],
             5: [("the impact of quality assurance and management oversight on the standard of "
                  "social work practice", [16, 17, 18]),
                 ("progressing work effectively to avoid delay for children", [19])]},
    "notes": (
        "HTML page saved from the council's committee-papers system (an 'Agenda item' page, "
        "UTF-8, the browser's 'saved from url' comment at the top). Page chrome, not plan "
        "content: the site header with a search box, the navigation list, the breadcrumb "
        "ending 'Agenda item', the item's title, the meeting line ('Meeting: 07/04/2022 - "
        "Children's Services Overview and Scrutiny Committee (Item 46.)'), the list of "
        "document links (cover report, Appendix 1, Appendix 2 the inspection report, each with "
        "'PDF' and a size) and the site footer. Then the cover report as Word-converted HTML: "
        "headings and numbered paragraphs 1.1-6.2 (purpose, recommendations to the committee, "
        "background, the plan, governance, financial implications): not actions. Then the "
        "heading 'Appendix 1 - Improvement Plan' and ONE table, columns 'Ofsted finding' | "
        "'Action (lead, date)' | 'RAG', a header row, eleven body rows. The Ofsted finding "
        "cell stands once per group with rowspan (2 for five groups, 1 for 'Young people in "
        "HMOs') and holds a bold theme ('section') and the council's paraphrase of the finding "
        "('objective'); no recommendation number anywhere. Each Action cell holds SEVERAL "
        "actions, each ending with its lead and date in brackets, '(Head of Service MASH, Mar "
        "2023)': 'text' is the action before its closing bracket, 'leads_raw' the bracket's "
        "text before its last comma, 'date_raw' after it ('Jun 2022', 'Sept 2022', 'Q2 "
        "2022/23', 'ongoing', 'tbc', 'Monthly'). A lead may itself hold a comma ('Head of "
        "Service, Children in Need and Protection', 'Head of Service, Care Leavers'); the date "
        "is what follows the LAST comma. Action 22 ('A key worker visits every young person') "
        "closes '(ongoing)': no lead. Orphan 28 ('Review the home to school transport "
        "policy') has no bracket: no lead, no date. Action 10 ('Introduce the Safe and "
        "Together model') has a bracket in the middle of its text '(our domestic abuse "
        "practice framework)' that is part of the text, not a lead. Separators differ by cell: "
        "one <br> (actions 1-3, 12-13, 18-19, orphans 23-25), two <br> (10-11), <ul><li> (4-6, "
        "14-15, 20-22, orphans 26-29), a 'We will:' line then <ul><li> (7-9; 'We will:' is not "
        "an action), a Word paragraph each (16-17). Word-to-HTML residue: inline styles, "
        "<font face=Arial size=2>, <o:p></o:p>, &nbsp; for a space in places (inside action 1 "
        "after 'supplement' and action 11 after 'child', read as a space), action 9's word "
        "'chronology' cut into two spans with nothing between them (read as one word), Word's "
        "curly quotation marks as entities. The RAG cell (R, A, G on a coloured background) is "
        "not part of any action. 'row' is null (no reference column); explicit_refs is [] "
        "everywhere and every link is judged. Hard unanswered: R7 (care leavers' access to "
        "their health records): no group, no action; orphan 23 ('Clear the backlog of subject "
        "access requests': adults who were in care reading their childhood 'records') and "
        "orphan 24 ('Care leavers' health and wellbeing offer': leisure passes and a 'health' "
        "drop-in) share its words but neither gives care leavers their health records. "
        "Passing: R6 (the virtual school's overview of children's attainment and progress) is "
        "touched only by action 18 ('Monthly performance clinics', aimed at R5), where 'the "
        "virtual school head joins once a term'; nothing gives the virtual school an overview "
        "of attainment or progress: weak, no link. Partly answered (see asks): R2 has six "
        "asks; assessment (action 7), planning (8), chronologies (9), the response to domestic "
        "violence (10) and the recording of children's views (11) are answered, emotional "
        "support to children in care by nothing, although the group's own paraphrase names it "
        "(the finding cell is not an action); ask decoy: orphan 25 ('Emotional literacy "
        "training for staff in private day care nurseries': 'emotional' learning for "
        "under-fives in day 'care', not support for children in care). Answered: "
        "R1 by actions 1-6 (recruitment and retention: 1-4; fewer changes of worker or adviser: "
        "5, 6); R3 by actions 12-15; R5 by actions 16-19 (quality assurance and oversight: "
        "16-18; avoiding delay: 19); R4 by actions 20-22. Orphans 23-29: the whole group "
        "'Other service priorities', whose finding cell says it is not an Ofsted finding "
        "(also family hubs, an out-of-court disposal panel, home to school transport, foster "
        "carers' fees and a Mockingbird constellation). 'action N' means chalkhaven-N, numbered "
        "down the table and, within a cell, in the cell's order: 1-6 Workforce, 7-11 Quality "
        "of practice, 12-15 Unborn babies and very young children, 16-19 Quality assurance and "
        "management oversight, 20-22 Young people in HMOs, 23-29 Other service priorities. The "
        "plan's own names: CareFile (case record), the Next Steps team, the Workforce Board, "
        "the Practice Improvement Board, Chalkhaven General and Wellmouth Hospital, the Care "
        "Leavers' Hub."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Welmarsh - a plan table as `pdftotext -layout` gives it, answering Shropshire
# 2022-03-25 (ILACS, 3). Columns Priority | Action | Lead | Timescale; centred section headings;
# page header, column header and "Page N of 4" on every page; form feeds.
# ---------------------------------------------------------------------------------------------

WM_SECTIONS = {  # number: centred heading, in the plan's order
    1: "SAFEGUARDING AND FAMILY SUPPORT",
    2: "CHILDREN IN CARE AND CARE LEAVERS",
    3: "WORKFORCE AND PRACTICE",
    4: "EARLY YEARS, SCHOOLS AND FAMILY HUBS",
}
WM_PRIORITIES = {  # key: (section, Priority cell text)
    "plo": (1, "Pre-proceedings and the Public Law Outline: children\u2019s plans are not "
               "left to drift"),
    "door": (1, "Front door and early help"),
    "cic": (2, "Children in care have stable, healthy lives"),
    "cl": (2, "Care leavers"),
    "wf": (3, "A stable, skilled workforce"),
    "risk": (3, "Young people at risk outside the home"),
    "inc": (4, "Every child ready for school and included in it"),
}


def wm_actions():
    acts = []

    def add(pri, text, lead, when, links=()):
        """An action row under Priority ``pri``: the Action, Lead and Timescale cells as
        written ("" empty), each wrapped in its column by the writer."""
        sec, ptext = WM_PRIORITIES[pri]
        acts.append(A(curly(text), curly(lead), when, links, [], False, row=None,
                      section=WM_SECTIONS[sec], objective=curly(ptext), pri=pri, sec=sec))

    # Pre-proceedings and the PLO (R1, the pre-proceedings ask; nothing on family group
    # conferences)
    add("plo", "Rewrite the pre-proceedings practice guidance with Legal Services so that "
        "social workers, managers and lawyers follow the same steps and timescales from the "
        "first legal planning meeting onwards.",
        "Head of Service \u2013 Safeguarding", "June 2022",
        links=[(1, "j", "h", "one agreed way of working the pre-proceedings stage")])
    add("plo", "Weekly legal gateway meeting chaired by a head of service to decide whether the "
        "threshold for pre-proceedings is met, with the reasons written on the child\u2019s "
        "record.",
        "Head of Service \u2013 Safeguarding / Legal Services Manager (Children)", "April 2022",
        links=[(1, "j", "h", "decisions to enter pre-proceedings made and recorded "
                "properly")])
    add("plo", "A tracker of every child in pre-proceedings showing when the process started "
        "and the date of the next review meeting, checked fortnightly by the PLO coordinator.",
        "PLO Coordinator", "May 2022 then fortnightly",
        links=[(1, "j", "h", "the progress of each pre-proceedings case tracked")])
    add("plo", "Every family in pre-proceedings to have a review meeting by week 8 and a "
        "decision by week 16 to step down or to issue, unless the legal gateway agrees a longer "
        "period.",
        "Team Managers", "From July 2022",
        links=[(1, "j", "h", "pre-proceedings kept to timescale, no drift")])
    add("plo", "Letters before proceedings rewritten in plain English with the parents\u2019 "
        "advocacy service, and a short leaflet for parents on what happens next.",
        "", "September 2022",
        links=[(1, "j", "m", "parents understand the pre-proceedings stage and can use it")])
    add("plo", "Parallel plans for every baby in pre-proceedings agreed at the legal gateway, so "
        "that no time is lost if the baby cannot stay at home.",
        "Head of Service \u2013 Safeguarding", "Ongoing",
        links=[(1, "j", "m", "planning within pre-proceedings for babies")])
    add("plo", "Pre-proceedings training for social workers and team managers, delivered with "
        "the local family court judges and Cafcass.",
        "Workforce Development Manager", "Q2 2022/23",
        links=[(1, "j", "h", "staff skilled in applying the pre-proceedings stage")])
    add("plo", "Quarterly audit of ten pre-proceedings cases by the quality assurance team, "
        "reported to the Improvement Board.",
        "Quality Assurance Manager", "Quarterly",
        links=[(1, "j", "h", "checking that pre-proceedings is applied effectively")])

    # Front door and early help (orphans)
    add("door", "Agree a joint daily domestic abuse triage with the police at Gateway, so that "
        "every notification about a child is seen by a social worker.",
        "Head of Early Help and the Front Door", "April 2022")
    add("door", "Record the ethnicity of every child at the point of contact and report "
        "completeness to the management team each month.",
        "Business Intelligence Manager", "July 2022")

    # Children in care (orphans; the passing mention of R3)
    add("cic", "Refresh the Corporate Parenting Strategy 2022\u201325 with the Children in Care "
        "Council. Joint work with health partners on the emotional health of children in care "
        "will be picked up once the new CAMHS contract is let in 2023.",
        "Head of Service \u2013 Children in Care", "October 2022")
    add("cic", "Every child in care registered with a dentist and seen within three months of "
        "coming into care.",
        "Service Manager, Children in Care", "March 2023")

    # Care leavers (orphans)
    add("cl", "Pay the Staying Put allowance at the same rate as the fostering allowance for "
        "every young person who stays with their foster carers after 18.",
        "Service Manager, Fostering", "April 2022")
    add("cl", "Council tax exemption for care leavers extended to 25, including those living "
        "outside the county.",
        "", "April 2023")
    add("cl", "Personal advisers to see every care leaver aged 18 to 21 face to face at least "
        "every eight weeks.",
        "Leaving Care Team Manager", "Ongoing")

    # A stable, skilled workforce (orphans)
    add("wf", "Recruit to the six vacant social worker posts in the safeguarding teams and bring "
        "agency staff below 10 per cent of the workforce.",
        "Head of HR", "December 2022")
    add("wf", "Relaunch the Welmarsh practice model training for all new starters, including "
        "those on the ASYE programme.",
        "Principal Social Worker", "TBC")
    add("wf", "Move the emergency duty team to the new out-of-hours model, with laptops and "
        "mobile access to the case record.",
        "Emergency Duty Team Manager", "April 2022")

    # Young people at risk outside the home (orphans)
    add("risk", "Extend the transitional safeguarding pilot with the adult safeguarding board to "
        "all young people at risk of exploitation aged 17 to 25.",
        "Exploitation Service Manager", "March 2023")
    add("risk", "Offer a return home interview within 72 hours to every child who has been "
        "missing from home or care.",
        "", "Ongoing")

    # Every child ready for school and included in it (orphans; two decoys for R2, one for
    # the unanswered ask of R1)
    add("inc", "Childcare sufficiency assessment 2022: publish the local options for funded "
        "places for two-year-olds in each market town.",
        "Early Years Manager", "December 2022")
    add("inc", "Open a new local resource base for pupils with autism at Wenmore Academy so that "
        "fewer children need an out-of-county school placement, and review the post-16 "
        "options.",
        "Head of SEND", "September 2023")
    add("inc", "Hold an early help conference for partner agencies in the autumn and start a "
        "parent support group in each family hub.",
        "Head of Early Help and the Front Door", "November 2022")
    return acts


WM = {
    "name": "welmarsh", "ext": "txt", "report": SH_REPORT, "recs": sh_recs,
    "pages": SH_PAGES, "council": "Welmarsh Council",
    "actions": wm_actions, "bounds": (20, 30),
    "expected": {1: "weak", 2: "uncovered", 3: "weak"},
    "unanswered": [2], "passing": [3], "partial": [1],
    "orphans": list(range(9, 24)),
    "miscited": [],
    "passing_phrase": {3: (11, "the emotional health of children in care")},
    "decoys": {2: [21, 22]},
    "ask_decoys": {1: [23]},
    "asks": {1: [("the effective application of the pre-proceedings stage of the PLO",
                  [1, 2, 3, 4, 5, 6, 7, 8]),
                 ("the local arrangements for the family group conference service", [])]},
    "notes": (
        "Plain text as `pdftotext -layout` writes it from a PDF of a Word plan table (A4 "
        "landscape), UTF-8: spaces only, no tabs, pipes or rules. Each page opens with a "
        "header line ('Welmarsh Council \u2013 Children's Services Improvement and Service "
        "Plan 2022/23' and 'OFFICIAL' at the right); page 1 then has the centred title lines, "
        "an 'Introduction' heading and two paragraphs of prose (not actions). Each table page "
        "then has the column header 'Priority  Action  Lead  Timescale' (repeated on every "
        "table page) and the table rows; every page ends with 'Version 1.3 \u2013 May 2022' "
        "and 'Page N of 4' at its foot, then a form feed (after the last page too). Four "
        "section headings in capitals, centred with spaces across the table width "
        "('SAFEGUARDING AND FAMILY SUPPORT', 'CHILDREN IN CARE AND CARE LEAVERS', 'WORKFORCE "
        "AND PRACTICE', 'EARLY YEARS, SCHOOLS AND FAMILY HUBS'; 'section'). Every cell is "
        "wrapped in its own column: an action's text over 2-5 lines of the Action column, its "
        "lead over 1-3 lines of the Lead column, its timescale over 1-2 lines of the Timescale "
        "column, all starting on the row's first line; rows are separated by one line that is "
        "blank in the Action, Lead and Timescale columns. The Priority cell is merged down its "
        "group and written once, from the group's first line, wrapped in its column; where it "
        "is long its last line stands on the line between two rows ('objective' is the "
        "Priority cell, its lines joined). 'text' is the Action cell's lines joined with a "
        "space, except that a cell's line ending in a hyphen inside a word is joined without one "
        "('pre-' + 'proceedings' in action 2, 'out-of-' + 'county' in orphan 22); 'leads_raw' "
        "and 'date_raw' are the Lead and Timescale cells joined the same way ('Head of Service "
        "\u2013 Safeguarding / Legal Services Manager (Children)', 'May 2022 then "
        "fortnightly', 'From July 2022', 'Q2 2022/23', 'Quarterly', 'Ongoing', 'TBC'). Empty "
        "Lead cells: action 5 ('Letters before proceedings rewritten'), orphan 14 ('Council "
        "tax exemption') and orphan 20 ('Offer a return home interview'). A lead may hold a "
        "comma ('Service Manager, Fostering'). One row is split by a page break: action 6 "
        "('Parallel plans for every baby') has its first lines at the foot of page 1 and the "
        "rest at the head of page 2, after the footer, the form feed, the page header and the "
        "repeated column header; it is one action. Page 4 holds no table: 'Monitoring the "
        "plan' (a paragraph) and a 'Glossary' of five terms in two space-aligned columns "
        "(ASYE, CAMHS, Gateway, PLO, SEND): not actions. 'row' is null (no reference column); "
        "explicit_refs is [] everywhere and every link is judged. Hard unanswered: R2 (the "
        "sufficiency of local placement options): nothing is aimed at it; orphan 21 "
        "('Childcare sufficiency assessment 2022': the 'local options' for funded early years "
        "places) and orphan 22 ('Open a new local resource base for pupils with autism': fewer "
        "out-of-county school 'placement's, the post-16 'options') share its words, but "
        "neither adds a home for a child in care. Passing: R3 (the partnership response to the "
        "emotional health needs of children in care) is touched only by orphan 11 ('Refresh "
        "the Corporate Parenting Strategy', aimed at no recommendation; only R1 has links in "
        "this plan), whose second sentence puts 'the emotional health of children in care' "
        "off until a contract is let in 2023: nothing is done now; weak, no link. Partly "
        "answered (see asks): R1, the effective application of the pre-proceedings stage of "
        "the PLO, is answered by actions 1-8 (guidance, the legal gateway, a tracker, review "
        "points, letters, parallel plans, training, audit); the local arrangements for the "
        "family group conference service by nothing; ask decoy: orphan 23 ('Hold an early "
        "help conference for partner agencies', and a parent support 'group' in each 'family' "
        "hub). The report has three items, so no recommendation is covered: one is "
        "unanswered, one passing, one partly answered. Orphans 9-23: everything but the first "
        "priority, most answering findings that carry no area for improvement or none "
        "(domestic abuse triage, ethnicity recording, dentists, Staying Put, council tax, "
        "personal advisers' visits, recruitment, practice model training, the out-of-hours "
        "model, transitional safeguarding, return home interviews). 'action N' means "
        "welmarsh-N, numbered down the table page by page: 1-8 the first priority, 9-10 'Front "
        "door and early help', 11-12 'Children in care have stable, healthy lives', 13-15 "
        "'Care leavers', 16-18 'A stable, skilled workforce', 19-20 'Young people at risk "
        "outside the home', 21-23 'Every child ready for school and included in it'. The "
        "plan's own names: Gateway (the front door), the Improvement Board, Wenmore Academy."),
}


PLANS = [CH, WM]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations
# ---------------------------------------------------------------------------------------------

def build_al(plan, set_name="al"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writer 1: the committee-papers web page
# ---------------------------------------------------------------------------------------------

CH_SITE = "https://democracy.chalkhaven.example"
CH_TITLE = "Children\u2019s Services Improvement Plan"
CH_MEETING = ("Meeting: 07/04/2022 - Children\u2019s Services Overview and Scrutiny Committee "
              "(Item 46.)")
CH_DOCS = [("Improvement Plan cover report, item 46.", "mgConvert2PDF.aspx?ID=31874", "PDF",
            "212 KB"),
           ("Appendix 1 - Improvement Plan, item 46.", "documents/s31875/Appendix%201.pdf", "PDF",
            "164 KB"),
           ("Appendix 2 - Ofsted inspection report, item 46.",
            "documents/s31876/Appendix%202.pdf", "PDF", "402 KB")]

CH_REPORT = [  # (kind, text) of the cover report: "h" heading, "p" numbered paragraph
    ("h", "CHILDREN\u2019S SERVICES OVERVIEW AND SCRUTINY COMMITTEE"),
    ("h", "Report subject: Children\u2019s Services Improvement Plan"),
    ("meta", "Meeting date: 7 April 2022"),
    ("meta", "Status: Public Report"),
    ("meta", "Report author: Director of Children\u2019s Services"),
    ("h", "1. Purpose of the report"),
    ("p", "1.1", "This report presents the Improvement Plan agreed following the inspection of "
                 "local authority children\u2019s services in December 2021 and asks the "
                 "Committee to comment on it before it is submitted to the Department for "
                 "Education."),
    ("h", "2. Recommendations"),
    ("p", "2.1", "That the Committee notes the outcome of the inspection."),
    ("p", "2.2", "That the Committee comments on the Improvement Plan at Appendix 1 and agrees "
                 "to receive a progress report every quarter."),
    ("h", "3. Background"),
    ("p", "3.1", "Inspectors visited between 6 and 17 December 2021. Their report was published "
                 "on 11 February 2022 and is attached at Appendix 2. The overall effectiveness "
                 "of services was judged inadequate."),
    ("p", "3.2", "Inspectors recognised the progress made since the focused visit of 2020, in "
                 "particular the new specialist services and the multi-agency safeguarding hub, "
                 "but found that too many children still wait too long for help and that "
                 "practice is too variable."),
    ("p", "3.3", "Following the judgement the Department for Education has appointed a "
                 "Children\u2019s Services Commissioner, who will report to the Secretary of "
                 "State in the summer."),
    ("h", "4. The Improvement Plan"),
    ("p", "4.1", "The plan at Appendix 1 is set out under the findings of the inspection, in "
                 "the words we have used with staff. Each action has a lead officer and a date, "
                 "and a RAG rating showing progress at 25 March 2022."),
    ("p", "4.2", "The final group of actions is not drawn from the inspection. It is included "
                 "so that members can see all of the improvement work under way in one place."),
    ("h", "5. Governance"),
    ("p", "5.1", "Progress is overseen by the Children\u2019s Services Improvement Board, "
                 "chaired independently, which meets every six weeks. The Board reports to the "
                 "Cabinet and to this Committee."),
    ("h", "6. Financial implications"),
    ("p", "6.1", "Cabinet agreed additional investment of \u00a34.2 million in February 2022, "
                 "mainly for the workforce."),
    ("p", "6.2", "There are no further financial implications arising from this report."),
]


def _ent(s):
    """Text as Word's HTML export writes it: &, < and > escaped, curly quotation marks, dashes
    and the pound sign as numeric or named entities."""
    s = html.escape(s, quote=False)
    return (s.replace("\u2019", "&#8217;").replace("\u2018", "&#8216;")
            .replace("\u2013", "&#8211;").replace("\u00a3", "&pound;"))


SPAN = "<span style='font-size:10.0pt;font-family:\"Arial\",sans-serif'>"


def _action_html(a):
    """One action as the cell holds it: its text (with the &nbsp; or the cut word of its data),
    then " (lead, date)" / " (date)" / nothing."""
    x = a["extra"]
    text = _ent(a["text"])
    if x["nb"]:
        k = text.index(x["nb"] + " ") + len(x["nb"])
        text = text[:k] + "&nbsp;" + text[k + 1:]
    if x["cut"]:
        w = x["cut"]
        k = text.index(w)
        half = len(w) // 2
        text = (text[:k] + w[:half] + "</span><span lang=EN-GB style='font-size:10.0pt;"
                "font-family:\"Arial\",sans-serif'>" + w[half:] + text[k + len(w):])
    if not x["bracket"]:
        return text
    inside = ", ".join(v for v in (a["lead"], a["date"]) if v)
    return f"{text} ({_ent(inside)})"


def _cell_html(acts, layout):
    items = [_action_html(a) for a in acts]
    if layout in ("br", "br2"):
        sep = "<br>\n" if layout == "br" else "<br>\n<br>\n"
        return (f"<p class=MsoNormal><font face=Arial size=2>{SPAN}"
                + sep.join(items) + "<o:p></o:p></span></font></p>")
    if layout == "p":
        return "\n".join(f"<p class=MsoNormal style='margin-bottom:6.0pt'>{SPAN}{t}<o:p></o:p>"
                         f"</span></p>" for t in items)
    lis = "\n".join(f"<li class=MsoNormal style='mso-list:l0 level1 lfo1'>{SPAN}{t}<o:p></o:p>"
                    f"</span></li>" for t in items)
    ul = f"<ul style='margin-top:0cm' type=disc>\n{lis}\n</ul>"
    if layout == "weul":
        return (f"<p class=MsoNormal><font face=Arial size=2>{SPAN}We will:<o:p></o:p></span>"
                f"</font></p>\n{ul}")
    return ul


def write_ch(plan, acts, path):
    out = []
    w = out.append
    w(f"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
      f"\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">")
    url = f"{CH_SITE}/mgAi.aspx?ID=31871"
    w(f"<!-- saved from url=({len(url):04d}){url} -->")
    w("<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">"
      "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">")
    w(f"<title>Agenda item - {_ent(CH_TITLE)} - Chalkhaven Council</title>")
    w("<link rel=\"stylesheet\" type=\"text/css\" href=\"./Agenda item_files/mgStyles.css\">")
    w("<link rel=\"stylesheet\" type=\"text/css\" href=\"./Agenda item_files/site.css\">")
    w("<script type=\"text/javascript\" src=\"./Agenda item_files/jquery.min.js\"></script>")
    w("<style type=\"text/css\">.mgAiTitleTxt{font-weight:bold} td.rag{text-align:center;"
      "font-weight:bold}</style>")
    w("</head>")
    w("<body class=\"mgBody\">")
    w("<a class=\"skip\" href=\"#mgMainContent\">Skip to main content</a>")
    w("<div id=\"header\"><div class=\"logo\"><a href=\"https://www.chalkhaven.example/\">"
      "<img src=\"./Agenda item_files/logo.png\" alt=\"Chalkhaven Council\" width=\"180\" "
      "height=\"60\"></a></div>")
    w("<form id=\"search\" action=\"https://www.chalkhaven.example/search\"><label for=\"q\">"
      "Search this site</label> <input type=\"text\" id=\"q\" name=\"q\"> <input "
      "type=\"submit\" value=\"Search\"></form></div>")
    w("<div id=\"nav\"><ul>")
    for label, href in (("Home", "https://www.chalkhaven.example/"),
                        ("Councillors", "mgMemberIndex.aspx"),
                        ("Committees", "mgListCommittees.aspx"),
                        ("Meetings calendar", "mgCalendarMonthView.aspx"),
                        ("Decisions", "mgDelegatedDecisions.aspx"),
                        ("Forward plans", "mgListPlans.aspx"),
                        ("Petitions", "mgEPetitionListDisplay.aspx"),
                        ("Search documents", "ieDocSearch.aspx")):
        w(f"<li><a href=\"{href}\">{label}</a></li>")
    w("</ul></div>")
    w("<div id=\"breadcrumb\"><a href=\"https://www.chalkhaven.example/\">Home</a> &gt; "
      "<a href=\"mgListCommittees.aspx\">Committees</a> &gt; <a href=\"ieListMeetings.aspx?"
      "CId=214\">Children&#8217;s Services Overview and Scrutiny Committee</a> &gt; <a href="
      "\"ieListDocuments.aspx?CId=214&amp;MId=5120\">Meeting 7 April 2022</a> &gt; Agenda item"
      "</div>")
    w("<div id=\"mgMainContent\">")
    w("<h1 class=\"mgMainTitleTxt\">Agenda item</h1>")
    w(f"<h2 class=\"mgSubTitleTxt\">{_ent(CH_TITLE)}</h2>")
    w(f"<p class=\"mgAiMeetingTxt\"><a href=\"ieListDocuments.aspx?CId=214&amp;MId=5120\">"
      f"{_ent(CH_MEETING)}</a></p>")
    w("<p><span class=\"mgAiTitleTxt\">Purpose:&nbsp;</span>To consider the Improvement Plan "
      "agreed following the inspection of local authority children&#8217;s services.</p>")
    w("<p class=\"mgSectionTitle\">Documents:</p><ul class=\"mgBulletList\">")
    for label, href, kind, size in CH_DOCS:
        w(f"<li><a href=\"{href}\" title=\"Link to document '{label}'\">{label} "
          f"<img src=\"./Agenda item_files/pdf.gif\" alt=\"\"> {kind} {size}</a></li>")
    w("</ul>")
    w("<div class=\"mgWordPara\">")
    w("<div class=WordSection1>")
    for item in CH_REPORT:
        if item[0] == "h":
            w(f"<p class=MsoNormal><b><span style='font-size:12.0pt;font-family:\"Arial\","
              f"sans-serif'>{_ent(item[1])}<o:p></o:p></span></b></p>")
        elif item[0] == "meta":
            w(f"<p class=MsoNormal>{SPAN}{_ent(item[1])}<o:p></o:p></span></p>")
        else:
            w(f"<p class=MsoNormal style='margin-left:36.0pt;text-indent:-36.0pt'>{SPAN}"
              f"{item[1]}<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp; </span>"
              f"{_ent(item[2])}<o:p></o:p></span></p>")
        w("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    w("<p class=MsoNormal><b><span style='font-size:12.0pt;font-family:\"Arial\",sans-serif'>"
      "Appendix 1 - Improvement Plan<o:p></o:p></span></b></p>")
    w("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=\"100%\" "
      "style='width:100.0%;border-collapse:collapse;border:none;mso-border-alt:solid windowtext "
      ".5pt;mso-yfti-tbllook:1184'>")
    w("<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>")
    for head, width in (("Ofsted finding", "24%"), ("Action (lead, date)", "68%"),
                        ("RAG", "8%")):
        w(f"<td width=\"{width}\" valign=top style='background:#1F3864;padding:0cm 5.4pt 0cm "
          f"5.4pt'><p class=MsoNormal><b><font face=Arial size=2 color=white>{head}</font></b>"
          f"<o:p></o:p></p></td>")
    w("</tr>")
    by_n = dict(enumerate(acts, 1))
    seen, order, irow = set(), [], 1
    for group, nums, layout, rag in CH_CELLS:
        w(f"<tr style='mso-yfti-irow:{irow}'>")
        irow += 1
        if group not in seen:
            seen.add(group)
            span = sum(1 for g, *_ in CH_CELLS if g == group)
            theme, finding = CH_GROUPS[group]
            rs = f" rowspan={span}" if span > 1 else ""
            w(f"<td{rs} valign=top style='border:solid windowtext 1.0pt;border-top:none;"
              f"background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'>"
              f"<p class=MsoNormal><b>{SPAN}{_ent(theme)}<o:p></o:p></span></b></p>"
              f"<p class=MsoNormal>{SPAN}{_ent(curly(finding))}<o:p></o:p></span></p></td>")
        cell = [by_n[n] for n in nums]
        order.extend(nums)
        w("<td valign=top style='border-top:none;border-left:none;border-bottom:solid "
          "windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>")
        w(_cell_html(cell, layout))
        w("</td>")
        w(f"<td class=rag valign=top style='background:{CH_RAG[rag]};border-top:none;"
          f"border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext "
          f"1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center><font "
          f"face=Arial size=2>{rag}</font><o:p></o:p></p></td>")
        w("</tr>")
    w("</table>")
    w("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    w("</div></div>")
    w("<p class=\"mgLastUpdated\">Last updated: 30 March 2022</p>")
    w("</div>")
    w("<div id=\"footer\"><ul><li><a href=\"https://www.chalkhaven.example/accessibility\">"
      "Accessibility</a></li><li><a href=\"https://www.chalkhaven.example/privacy\">Privacy and "
      "cookies</a></li><li><a href=\"https://www.chalkhaven.example/contact\">Contact us</a>"
      "</li></ul><p>Chalkhaven Council, Civic Centre, Harbour Road, Chalkhaven</p></div>")
    w("</body></html>")
    # what the notes promise: every action once, in order; every Action cell holding two or
    # more actions; all five separators used; one rowspan-1 finding cell
    assert order == list(range(1, len(acts) + 1)), order
    assert all(len(nums) >= 2 for _, nums, _, _ in CH_CELLS)
    assert {c[2] for c in CH_CELLS} == {"br", "br2", "ul", "weul", "p"}
    doc = "\n".join(out) + "\n"
    assert doc.count("<o:p>") >= 20 and "<font " in doc and "&nbsp;" in doc
    path.write_bytes(doc.encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Writer 2: the pdftotext -layout text
# ---------------------------------------------------------------------------------------------

WM_COLS = {"pri": (0, 22), "act": (26, 56), "lead": (87, 24), "time": (116, 15)}  # start, width
WM_WIDTH = 140
WM_LINES = 47  # lines a page, footer included
WM_HEADER = ("Welmarsh Council \u2013 Children\u2019s Services Improvement and Service Plan "
             "2022/23", "OFFICIAL")
WM_FOOT = "Version 1.3 \u2013 May 2022"
WM_TITLE = ["Welmarsh Council", "Children\u2019s Services",
            "Improvement and Service Plan 2022/23"]
WM_INTRO = [
    "This plan brings together the actions we agreed after the inspection of our services for "
    "children and families in February 2022 and the priorities in our service plan for "
    "2022/23. Inspectors judged our services to be good overall, and found that children who "
    "need help and protection receive services that require improvement to be good. We have "
    "kept the plan short so that every team can see where its own work fits.",
    "Each action has a lead officer and a timescale. Progress is reported to the Children\u2019s "
    "Services Improvement Board every two months and to the Lead Member for Children each "
    "quarter. The plan will be refreshed in April 2023.",
]
WM_SPLIT = 6  # the action whose row a page break splits (from page 1 to page 2)
WM_PAGES = 4
WM_HYPHEN = [2, 22]  # the actions whose Action cell breaks a line after a hyphen in a word
WM_GLOSSARY = [  # the last page, after the table: (term, meaning)
    ("ASYE", "Assessed and Supported Year in Employment (newly qualified social workers)"),
    ("CAMHS", "Child and Adolescent Mental Health Services"),
    ("Gateway", "Welmarsh\u2019s front door for contacts and referrals about children"),
    ("PLO", "Public Law Outline"),
    ("SEND", "Special educational needs and disabilities"),
]
WM_MONITORING = (
    "Lead officers update the Timescale column and add a short progress note for each action "
    "before every meeting of the Improvement Board. Actions that are complete are shown in the "
    "next version of the plan with the date they were completed, and then removed.")


def _wrap(text, width):
    """A cell's lines as Word wraps it: at spaces, or after a hyphen inside a word."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=True)


def _join(lines):
    """A cell's lines read back (the notes' rule: a space between lines, none after a hyphen
    ending a line inside a word); used only to check the writer against the data."""
    out = ""
    for ln in lines:
        if out and not (out.endswith("-") and out[-2:-1].isalpha()):
            out += " "
        out += ln
    return out


def _line(cells):
    """One physical line: {column: text} placed at the columns' starts, trailing spaces cut."""
    s = ""
    for col, text in cells:
        start = WM_COLS[col][0] if isinstance(col, str) else col
        s = s.ljust(start) + text
    return s.rstrip()


def write_wm(plan, acts, path):
    # the table as a list of physical lines with, for each, the action it belongs to
    body = []  # (line text, action number or None, kind)
    col_head = _line([("pri", "Priority"), ("act", "Action"), ("lead", "Lead"),
                      ("time", "Timescale")])
    num, hyphen = 0, []
    for sgroup in _groups(acts, lambda a: a["extra"]["sec"]):
        heading = sgroup[0]["section"]
        body.append((" " * ((WM_WIDTH - len(heading)) // 2) + heading, None, "section"))
        body.append(("", None, "gap"))
        for pgroup in _groups(sgroup, lambda a: a["extra"]["pri"]):
            pri_lines = _wrap(pgroup[0]["objective"], WM_COLS["pri"][1])
            start = len(body)
            for a in pgroup:
                num += 1
                cols = {c: _wrap(v, WM_COLS[c][1]) if v else []
                        for c, v in (("act", a["text"]), ("lead", a["lead"]),
                                     ("time", a["date"]))}
                assert _join(cols["act"]) == a["text"], a["text"]
                assert _join(cols["lead"]) == a["lead"] and _join(cols["time"]) == a["date"]
                assert 2 <= len(cols["act"]) <= 5, (num, cols["act"])
                if any(re.search(r"[a-z]-$", ln) for ln in cols["act"][:-1]):
                    hyphen.append(num)
                for k in range(max(len(v) for v in cols.values())):
                    body.append(([(c, v[k]) for c, v in cols.items() if k < len(v)], num,
                                 "row"))
                body.append(([], None, "gap"))
            # the merged Priority cell, written once down the group's first lines
            assert len(pri_lines) <= len(body) - start, pgroup[0]["objective"]
            for k, text in enumerate(pri_lines):
                cells, n, kind = body[start + k]
                body[start + k] = ([("pri", text)] + cells, n, kind)
    body = [(_line(c) if isinstance(c, list) else c, n, kind) for c, n, kind in body]

    # pages: header line, blank, (page 1: title, intro), column header, blank, rows ..., footer
    def top(page, table=True):
        head = WM_HEADER[0].ljust(WM_WIDTH - len(WM_HEADER[1])) + WM_HEADER[1]
        lines = [head, ""]
        if page == 1:
            for t in WM_TITLE:
                lines.append(" " * ((WM_WIDTH - len(t)) // 2) + t)
            lines += ["", "Introduction", ""]
            for para in WM_INTRO:
                lines += textwrap.wrap(curly(para), 140) + [""]
        return lines + ([col_head, ""] if table else [])

    pages, cur, split = [], top(1), []
    room = WM_LINES - 3  # footer: blank, blank, footer line
    i = 0
    while i < len(body):
        text, n, kind = body[i]
        if kind == "section" and len(cur) + 4 > room:  # a heading is kept with its first row
            pages.append(cur)
            cur = top(len(pages) + 1)
        if kind == "gap" and len(cur) == len(top(len(pages) + 1)):
            i += 1
            continue
        if len(cur) >= room:
            pages.append(cur)
            cur = top(len(pages) + 1)
            if kind == "gap":
                i += 1
                continue
            if n is not None and body[i - 1][1] == n:
                split.append(n)
        cur.append(text)
        i += 1
    pages.append(cur)
    last = top(len(pages) + 1, table=False) + ["Monitoring the plan", ""]
    last += textwrap.wrap(curly(WM_MONITORING), 140) + ["", "", "Glossary", ""]
    last += [(term.ljust(14) + curly(meaning)).rstrip() for term, meaning in WM_GLOSSARY]
    pages.append(last)
    total = len(pages)
    out = []
    for k, lines in enumerate(pages, 1):
        lines = lines + [""] * (WM_LINES - 1 - len(lines))
        foot = f"Page {k} of {total}"
        lines.append(WM_FOOT.ljust(WM_WIDTH - len(foot)) + foot)
        out.append("\n".join(lines) + "\n\f")
    doc = "".join(out)
    # what the notes promise: four pages, one row split (action WM_SPLIT), spaces only
    assert total == WM_PAGES, total
    assert split == [WM_SPLIT], split
    assert "\t" not in doc and "|" not in doc
    assert doc.count("\f") == WM_PAGES and doc.count(col_head) == WM_PAGES - 1
    assert hyphen == WM_HYPHEN, hyphen
    path.write_bytes(doc.encode("utf-8"))


WRITERS = {"chalkhaven": write_ch, "welmarsh": write_wm}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "chalkhaven": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 12)),
    # Shropshire has three items: one unanswered, one passing, one partly answered
    "welmarsh": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 16)),
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
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no markers; curly
        assert r["page"] in plan["pages"], r["number"]
    spec = BLOCKS[plan["report"]]
    for r, gap in zip(recs, transcribed_gaps(plan, recs, spec) or ()):  # before each item only its label
        assert gap == spec["label"], (r["number"], gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


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
    # the passing mention is really in the text of an action that is not linked to it (aimed
    # elsewhere in chalkhaven, an orphan in welmarsh, where only R1 has links)
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert curly(phrase) in a["text"], (name, n, phrase)
        assert f"R{n}" not in mine[a["id"]], (name, n)
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
    assert "Hard unanswered" in d["notes"], name
    for r in d["unanswered"]:  # no designed gap is answered by anything
        assert r not in per_rec, r
    # the notes' "action N ('words" / "orphan N ('words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \('([^']+)", d["notes"], re.I)
    assert len(quoted) >= 6, (name, quoted)
    for n, words in quoted:
        assert words in _plain(ids[f"{name}-{n}"]["text"]), (name, n, words)
    for n in re.findall(r"\borphans? (\d+)\b", d["notes"], re.I):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`|]|\u00a0", a["text"] + a["leads_raw"] + a["date_raw"]), \
            a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*|afi)\b",
                             a["text"], re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert "'" not in a["text"] + a["leads_raw"], a["id"]  # curly quotes
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert a["row"] is None and not a["explicit_refs"], a["id"]
        assert not re.search(r"\bR\d\b", a["text"]), a["id"]
    assert all(l["source"] == "judged" for l in gold["links"]), name
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] or
                                                          a["date_raw"] in ("tbc", "TBC")
                                                          for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    for r, s in gold["expected"].items():  # fully answered: 2-7 actions
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 7, (name, r, len(per_rec[r]))
    if name == "chalkhaven":
        check_ch(gold, plan, acts, x, mine)
    if name == "welmarsh":
        check_wm(gold, plan, acts, x, mine)
    return True


def check_ch(gold, plan, acts, x, mine):
    d = gold["design"]
    groups = [g[0]["group"] for g in _groups(x, lambda e: e["group"])]
    assert groups == sorted(CH_GROUPS), groups
    cells = [n for _, nums, _, _ in CH_CELLS for n in nums]
    assert cells == list(range(1, len(acts) + 1)), cells
    for (g, nums, _, _) in CH_CELLS:
        assert all(x[n - 1]["group"] == g for n in nums), (g, nums)
    for a, e in zip(acts, x):
        theme, finding = CH_GROUPS[e["group"]]
        assert a["section"] == theme and a["objective"] == curly(finding), a["id"]
        assert not re.search(r"\d", theme + finding), a["id"]
        if e["group"] == CH_OTHER:
            assert a["id"] in d["orphans"], a["id"]
        # the bracket closing an action is its last; a lead never without a bracket
        assert e["bracket"] or not (a["leads_raw"] or a["date_raw"]), a["id"]
        assert "(" not in a["leads_raw"] + a["date_raw"], a["id"]
        assert not re.search(r"\)$", a["text"]), a["id"]  # a mid-text bracket, never at the end
        if e["nb"]:
            assert e["nb"] + " " in a["text"], a["id"]
        if e["cut"]:
            assert e["cut"] in a["text"], a["id"]
    assert {a["id"] for a, e in zip(acts, x) if e["group"] == CH_OTHER} == set(d["orphans"])
    # each linked group answers one recommendation, in the council's order (not the report's)
    aims = [sorted({r for a, e in zip(acts, x) if e["group"] == g for r in mine[a["id"]]})
            for g in sorted(CH_GROUPS) if g != CH_OTHER]
    assert all(len(v) == 1 for v in aims), aims
    firsts = [int(v[0][1:]) for v in aims]
    assert firsts != sorted(firsts), firsts
    # a lead holding a comma, a mid-text bracket, an empty lead, no bracket at all
    assert any("," in a["leads_raw"] for a in acts)
    assert any("(" in a["text"] for a in acts)
    assert any(not a["leads_raw"] and a["date_raw"] for a in acts)
    assert any(not e["bracket"] for e in x)
    dates = {a["date_raw"] for a in acts}
    assert {"ongoing", "tbc", "Monthly"} <= dates and any("/" in v for v in dates)
    # the unanswered ask of R2 and the unanswered R7: nothing linked speaks of them
    for a in acts:
        if mine[a["id"]]:
            assert not re.search(r"emotional|health record|access", a["text"], re.I), a["id"]
    # the finding cell of R2's group names the unanswered ask (a trap: it is not an action)
    assert "emotional support children in care receive" in CH_GROUPS[2][1]
    # the cover report names none of the recommendations' distinctive subjects
    prose = " ".join(i[-1] for i in CH_REPORT)
    assert not re.search(r"health record|virtual school|multiple occupation|unborn", prose, re.I)


def check_wm(gold, plan, acts, x, mine):
    d = gold["design"]
    secs = [g[0]["sec"] for g in _groups(x, lambda e: e["sec"])]
    assert secs == sorted(WM_SECTIONS), secs
    pris = [g[0]["pri"] for g in _groups(x, lambda e: e["pri"])]
    assert pris == list(WM_PRIORITIES), pris
    for a, e in zip(acts, x):
        assert a["section"] == WM_SECTIONS[e["sec"]], a["id"]
        assert a["objective"] == curly(WM_PRIORITIES[e["pri"]][1]), a["id"]
        if e["pri"] == "plo":
            assert mine[a["id"]] == {"R1"}, a["id"]
            assert not re.search(r"family group|conference|FGC", a["text"], re.I), a["id"]
        else:
            assert a["id"] in d["orphans"], a["id"]
        assert not re.search(r"\d", WM_PRIORITIES[e["pri"]][1]), a["id"]  # no numbered priority
    # nothing linked adds a placement or speaks of emotional health
    for a in acts:
        if mine[a["id"]]:
            assert not re.search(r"placement|sufficien|emotional", a["text"], re.I), a["id"]
    assert gold["expected"] == {"R1": "weak", "R2": "uncovered", "R3": "weak"}
    assert x[WM_SPLIT - 1]["pri"] == "plo" and mine[acts[WM_SPLIT - 1]["id"]] == {"R1"}
    assert f"action {WM_SPLIT} (" in d["notes"] and "split by a page break" in d["notes"]
    dates = {a["date_raw"] for a in acts}
    assert {"Ongoing", "TBC", "Quarterly"} <= dates and any(" then " in v for v in dates)
    assert any("," in a["leads_raw"] for a in acts) and any("/" in a["leads_raw"] for a in acts)
    # the intro says nothing of placements, family group conferences or emotional health
    assert not re.search(r"placement|conference|emotional", " ".join(WM_INTRO), re.I)


if __name__ == "__main__":
    main(sys.argv[1:], "al", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_al)
