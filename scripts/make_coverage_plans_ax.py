"""Write the sealed coverage evaluation set "ax": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_ax.py            # writes documents and gold
    python scripts/make_coverage_plans_ax.py --check    # only runs the consistency checks

Documents: corpus/coverage/ax/<name>.<ext>      Gold: corpus/gold/coverage/ax/<name>.json

The two documents imitate what councils' own systems produce: a PowerPoint slide deck exported
to PDF (16:9 landscape pages, 33.867 x 19.05 cm: a title slide, an "Our journey so far" slide of
prose, then one slide per theme with a big slide title and a two-column layout, LEFT a bullet list
of actions and RIGHT a coloured text box headed "Who / When" listing "<lead> – <when>" for the
bullets in the same order, so that an action's lead and date stand in another box, not on its
line; some themes run on to a second slide titled "<theme> (cont.)"; a footer with the council's
name, "OFFICIAL" and the slide number on every page; a last "Next steps" slide whose bullets are
not plan actions); and a Google Sheets tracker saved with File > Download > Web page (.html)
(one <table class="waffle">: its first row the column letters A-H as <th> cells, its first
column the row numbers as <th class="row-headers-background">, cell styles in a <style> block as
classes s0, s1 ...; a title row, whose text overflows into the empty cells beside it inside a
<div class="softmerge-inner">, and a blank row above the real header row Ref | Area for
improvement | Action | Responsible officer | Target date | RAG; the rows down to the header
frozen, with a row of freezebar divider cells below them; theme rows spanning all columns;
the Area for improvement cell merged down its actions by rowspan, one Responsible officer cell
merged down two rows; <br> line breaks inside Action cells; one Target date overflowing into the
empty RAG cell beside it; empty padding columns G and H on the right; a key row after the
plan).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check, through transcribed_gaps()).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
items of both were transcribed by hand from the report PDFs (read with pypdfium2) for this set
and are held below as data (IS_RECS, WW_RECS), word for word, lines broken by the PDF joined,
the reports' curly apostrophes kept; they are passed to build_gold(recs=...). Nothing is written
into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "j" judged (neither plan cites a
                                   recommendation number anywhere, so no link is explicit);
                                   "h" high / "m" medium
Actions with no links are orphans (see each plan's design notes). Design lists and asks name an
action by its number N (the action is <name>-N).

All councils, islands, places, people, teams, systems, charities and local programmes are
fictional (national schemes and terms such as the Holiday Activities and Food programme, MACE
panels, fostering for adoption, regional adoption agencies, personal advisers or 7-minute
briefings are named as councils name them); no real person is named. Output is deterministic:
reportlab runs in invariant mode with fixed metadata, and the web page is a fixed string written
as UTF-8.
"""

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
# Isles of Scilly, inspection of local authority children's services (ILACS), report published
# 25 August 2023 (inadequate overall; help and protection inadequate, leaders inadequate).
# "What needs to improve?", page 3 of the PDF: eight bullets (black squares), all addressed to
# the local authority, numbered 1-8 in the report's order, followed by the heading "The
# experiences and progress of children who need help and protection: inadequate". Lines broken
# by the PDF joined with a space; the curly apostrophes of R7 ("children's records", "children's
# wishes", "child's journey") kept. The bullets are noun phrases and are kept as printed.
# ---------------------------------------------------------------------------------------------

IS_REPORT = "isles-of-scilly-80455/2023-08-25.pdf"
IS_PAGES = (3,)

IS_RECS = [  # (number, page, text)
    (1, 3, "The effectiveness with which information shared with the local authority about "
           "children in need, or children in need of protection, is recorded, assessed and "
           "responded to."),
    (2, 3, "The quality of social work practice to assess, support and protect children."),
    (3, 3, "The quality of strategy discussions and subsequent child protection enquiries."),
    (4, 3, "The effectiveness of multi-agency working, including child protection strategy "
           "discussions, in identifying risk and providing support and protection to children."),
    (5, 3, "Management and leadership oversight of the service at both a practice and a "
           "strategic level."),
    (6, 3, "The oversight of corporate parenting arrangements."),
    (7, 3, "The accuracy of children\u2019s records, including how well they capture "
           "children\u2019s wishes and feelings and record their histories in up-to-date "
           "chronologies, to allow full consideration of the child\u2019s journey."),
    (8, 3, "How consistently and effectively the services that children receive meet statutory "
           "requirements."),
]

# ---------------------------------------------------------------------------------------------
# Wandsworth, re-inspection of services for children in need of help and protection, children
# looked after and care leavers (single inspection framework), report published 20 July 2018
# (requires improvement overall). The local authority's list is headed "Recommendations" on page
# 8, under the page number "8" (the report has no section headed "Areas for improvement" and,
# being a re-inspection of the local authority alone, no review of the safeguarding board and
# no recommendations addressed to one): nine numbered items, all on page 8, numbered 1-9 as the
# report numbers them. Lines broken by the PDF joined with a space; the curly apostrophes of R3
# ("children's plans"), R5 ("young people's needs"), R7 ("children's experiences"), R8
# ("children's views") and R9 ("care leavers' service") kept. R3 and R7 are two sentences each
# and R2 one long sentence of two clauses, each kept whole; R8's "take up" is printed without a
# hyphen.
# ---------------------------------------------------------------------------------------------

WW_REPORT = "wandsworth-80518/2018-07-20.pdf"
WW_PAGES = (8,)

WW_RECS = [
    (1, 8, "Continue to strengthen the contributions of relevant agencies to strategy meetings, "
           "including complex strategy meetings for vulnerable adolescents."),
    (2, 8, "Develop the multi-agency response to children who are at risk of sexual exploitation "
           "or of going missing to include those at risk of criminal exploitation and gang "
           "affiliation, and ensure that the impact of intervention is analysed and clearly "
           "recorded."),
    (3, 8, "Strengthen decision-making, management oversight and tracking arrangements to "
           "progress children\u2019s plans, including the use of legal planning meetings and the "
           "effectiveness of pre-proceedings activity. Ensure that this translates into timely "
           "action for all children when risks are not reducing."),
    (4, 8, "Ensure that early permanence arrangements and strategic oversight are robust, so "
           "that children who cannot return home benefit from continuity, security and "
           "belonging through effective permanence planning."),
    (5, 8, "Ensure that the systems and processes for family finding and matching of children "
           "who require permanence and adoption are timely and effective in identifying "
           "families who can meet children and young people\u2019s needs."),
    (6, 8, "Ensure that the joint working arrangements between the local authority and the "
           "health provider are effective so that the health and well-being of children in care "
           "are promoted and that all children receive timely initial health assessments and "
           "dental checks."),
    (7, 8, "Align performance information with the quality assurance framework to support, "
           "identify and prioritise areas for improvement. Ensure that performance information "
           "and quality assurance have a stronger impact on the quality and consistency of "
           "social work practice, so that children\u2019s experiences and the impact of "
           "intervention can be better understood, and plans more effectively targeted."),
    (8, 8, "Increase the take up of independent advocacy services for children on child "
           "protection plans and ensure that children\u2019s views are always heard and "
           "considered at child protection conferences."),
    (9, 8, "Improve the timeliness of transitions for children into the care leavers\u2019 "
           "service to ensure that all children receive the help and support that they need."),
]

# where each list sits in its report: the words opening the block, the words after it (None: the
# end of the page), the label before each item
BLOCKS = {
    IS_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection",
                    label=lambda n: "\u25fc"),
    WW_REPORT: dict(start="Recommendations", end=None, label=lambda n: f"{n}."),
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def is_recs():
    return _recs(IS_RECS)


def ww_recs():
    return _recs(WW_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Merrow Isles - a PowerPoint deck exported to PDF, answering Isles of Scilly 2023-08-25
# (ILACS, 8). Title slide; "Our journey so far"; a slide (or two) per theme with bullets left
# and a "Who / When" box right; footer on every slide; "Next steps".
# ---------------------------------------------------------------------------------------------

MW_THEMES = {  # number: slide title, in the council's words and order
    1: "Every worry heard and acted on",
    2: "Acting together when a child may be at risk",
    3: "Good social work, every time",
    4: "Leading from the front",
    5: "Records that tell the child\u2019s story",
    6: "Other work this year",
}
MW_OTHER = 6  # business as usual


def mw_actions():
    acts = []

    def add(theme, text, lead, when, links=(), new_slide=False):
        """A bullet of theme ``theme``'s slide(s), and its entry in the Who / When box: "<lead>
        – <when>" as written. ``new_slide``: this bullet opens the theme's "(cont.)" slide."""
        assert " \u2013 " not in lead + when and text.endswith(".")
        acts.append(A(curly(text), curly(lead), when, links, [], False, row=None,
                      section=curly(MW_THEMES[theme]), objective=None, theme=theme,
                      new_slide=new_slide))

    # Every worry heard and acted on (R1)
    add(1, "One way in for every worry about a child: a single phone number and email address, "
        "answered in office hours by the duty social worker, in place of the separate routes "
        "people use now.",
        "Head of Children's Social Care", "Sept 2023",
        links=[(1, "j", "h", "one route in, so that what islanders and agencies tell the "
                "council about a child reaches the duty worker and is not lost")])
    add(1, "Every contact logged on Harbour the same working day, including calls that do not "
        "become a referral, with the reason for the decision written down.",
        "Business Support Officer", "Oct 2023",
        links=[(1, "j", "h", "everything shared with the council recorded, with the decision "
                "taken on it")])
    add(1, "Duty manager to look at every new contact within one working day and record what "
        "happens next; a weekly check of anything still open after five days.",
        "Team Manager (Duty)", "Sept 2023",
        links=[(1, "j", "h", "each piece of information assessed by a manager and responded "
                "to, with nothing left waiting")])
    add(1, "Calls to the mainland emergency duty team about an island child passed to the duty "
        "inbox by 9am the next working day and followed up by the duty manager.",
        "EDT Manager, Penrother Council", "Nov 2023",
        links=[(1, "j", "h", "what is told to the council out of hours recorded and acted on "
                "the next day")])

    # Acting together when a child may be at risk (R3 strategy discussions and enquiries; R4
    # multi-agency working)
    add(2, "A new template for strategy meetings: what each agency knows, the risks, the "
        "decision, and who will do what by when. Every meeting chaired by a team manager.",
        "Principal Social Worker", "Oct 2023",
        links=[(3, "j", "h", "a structure and a manager's chair for strategy discussions: "
                "their quality")])
    add(2, "Police, the Academy and the health centre invited to every strategy meeting, "
        "joining by video from the mainland where they need to; who came is noted on the "
        "record.",
        "Head of Children's Social Care", "Oct 2023",
        links=[(4, "j", "h", "every agency part of the strategy discussion: multi-agency "
                "working in identifying risk"),
               (3, "j", "m", "a strategy discussion that hears from all the agencies is a "
                "better one")])
    add(2, "Each child in a family seen on their own during every section 47 enquiry, and the "
        "outcome signed off by the team manager within 15 working days.",
        "Team Manager (Duty)", "Nov 2023",
        links=[(3, "j", "h", "the enquiries that follow a strategy discussion made thorough "
                "and overseen")])
    add(2, "Penrother Council\u2019s safeguarding lead to look at every strategy meeting and "
        "enquiry from the last twelve months and report what must change to the Improvement "
        "Board.",
        "Director of Children's Services", "Jan 2024",
        links=[(3, "j", "m", "an outside look at the strategy discussions and enquiries held, "
                "to raise their quality")])
    add(2, "Monthly Islands Team Around the Child meeting for children who worry us but are "
        "not open to social care, so that help is agreed early with the school, GP and "
        "police.",
        "Early Help Coordinator", "From Oct 2023", new_slide=True,
        links=[(4, "j", "h", "agencies meeting to spot risk early and agree support "
                "together")])
    add(2, "Short guide for professionals and islanders: when to share a worry, who to tell "
        "and what happens next, with the confidentiality rules set out in plain words.",
        "Safeguarding Partnership Business Manager", "Dec 2023",
        links=[(4, "j", "h", "partners clear on sharing what they know: the information "
                "agencies hold on to is what multi-agency working needs to identify risk")])
    add(2, "Twice-yearly joint training on St Enna\u2019s for the school, health centre, police, "
        "harbour staff and our own teams on the islands\u2019 safeguarding procedures.",
        "Workforce Development Lead", "March 2024",
        links=[(4, "j", "m", "agencies trained together in the procedures they share")])
    add(2, "Staff in the Academy and the health centre trained to act as lead professional for "
        "families who need early help, each with a named social care contact.",
        "Early Help Coordinator", "Q4 2023/24",
        links=[(4, "j", "m", "partner agencies taking a share in providing support, with a "
                "route to social care")])

    # Good social work, every time (R2); a passing mention of R8
    add(3, "Assessments written with the family, ending in a clear plan of what will help; "
        "every plan to say where a child would stay if they had to leave the island in an "
        "emergency.",
        "Head of Children's Social Care", "Dec 2023",
        links=[(2, "j", "h", "the quality of social work assessments and the plans they lead "
                "to")])
    add(3, "Practice standards booklet: what a good visit, assessment and plan look like on the "
        "islands, with the statutory requirements listed in a short appendix.",
        "Principal Social Worker", "Nov 2023",
        links=[(2, "j", "h", "the standard of practice expected of every social worker set "
                "out")])
    add(3, "Weekly practice clinic with Penrother\u2019s advanced practitioner, open to every "
        "social worker to bring a family they are stuck with.",
        "Principal Social Worker", "Weekly",
        links=[(2, "j", "m", "practice improved through expert help with individual "
                "families")])
    add(3, "Direct work toolkit and a training day for all social workers and family support "
        "workers, so that help is planned with children and not just for them.",
        "Workforce Development Lead", "Jan 2024",
        links=[(2, "j", "m", "the way workers support children made better")])

    # Leading from the front (R5)
    add(4, "Permanent Head of Children\u2019s Social Care appointed (interim in post until "
        "then), and a second team manager so that decisions are never made by a manager who "
        "also holds cases.",
        "Chief Executive", "Dec 2023",
        links=[(5, "j", "h", "leadership and management capacity for the service, separating "
                "oversight from casework")])
    add(4, "Supervision every four weeks for every social worker, written on the child\u2019s "
        "file with the manager\u2019s direction and a date to check it has been done.",
        "Team Manager (Duty)", "From Sept 2023",
        links=[(5, "j", "h", "management oversight of practice, child by child")])
    add(4, "Improvement Board chaired by the Chief Executive, with the lead member, police, "
        "health and Penrother Council, meeting monthly to hold this plan to account.",
        "Chief Executive", "Monthly",
        links=[(5, "j", "h", "strategic leadership oversight of the service's improvement")])
    add(4, "A monthly dashboard for senior leaders and the Improvement Board: contacts, work "
        "waiting and the number of children each worker holds, with a page on what it means "
        "for children.",
        "Performance Officer", "Nov 2023", new_slide=True,
        links=[(5, "j", "h", "leaders given the information to oversee the service")])
    add(4, "Senior managers to read ten children\u2019s files a month and talk through what "
        "they find with the worker and the team.",
        "Director of Children's Services", "Monthly",
        links=[(5, "j", "m", "senior leaders' oversight of practice from the child's file")])

    # Records that tell the child's story (R7, partly: accuracy, wishes and feelings)
    add(5, "Recording standards for Harbour: what must be written, where, and by when, with "
        "visit notes typed up within two working days.",
        "Principal Social Worker", "Oct 2023",
        links=[(7, "j", "h", "records made accurate and timely")])
    add(5, "Every visit note to say what the child told us in their own words, and whether "
        "they were seen alone, at home or at school.",
        "Team Manager (Duty)", "Oct 2023",
        links=[(7, "j", "h", "the child's wishes and feelings captured in the record")])
    add(5, "A \u2018My Views\u2019 form for children aged 8 and over before every review and "
        "conference, with their answers kept on Harbour.",
        "tbc", "Dec 2023",
        links=[(7, "j", "h", "children's wishes and feelings captured and kept on their "
                "record")])
    add(5, "Harbour tidy-up: duplicate records merged, and the address and household members "
        "checked and put right for every child open to us.",
        "Business Support Officer", "Jan 2024",
        links=[(7, "j", "h", "the accuracy of children's records")])

    # Other work this year (orphans)
    add(6, "Corporate oversight of lone-working arrangements for staff who travel between the "
        "islands by boat: a check-in app and a named manager on call.",
        "Health and Safety Officer", "Oct 2023")
    add(6, "Parenting programme arrangements renewed with the health visiting service: two "
        "group courses a year on St Enna\u2019s and one-to-one sessions on the off-islands.",
        "Early Help Coordinator", "April 2024")
    add(6, "School boat: an up-to-date record of each child\u2019s journey to the Academy, "
        "kept by the transport office for the winter timetable.",
        "Transport Manager", "Nov 2023")
    add(6, "Reopen the youth club on Tressock two evenings a week, with the Tressock Community "
        "Trust.",
        "Youth Worker", "tbc", new_slide=True)
    add(6, "Holiday Activities and Food programme at Christmas and in the summer holidays, on "
        "every inhabited island.",
        "Early Help Coordinator", "Dec 2023")
    add(6, "Family Information Service pages on the council website brought up to date.",
        "Communications Officer", "Ongoing")
    return acts


MW = {
    "name": "merrow", "ext": "pdf", "report": IS_REPORT, "recs": is_recs,
    "pages": IS_PAGES, "council": "Council of the Merrow Isles",
    "actions": mw_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "uncovered", 7: "weak", 8: "weak"},
    "unanswered": [6], "passing": [8], "partial": [7],
    "orphans": [26, 27, 28, 29, 30, 31],
    "miscited": [],
    "passing_phrase": {8: (14, "statutory requirements")},
    "mentions": {},
    "decoys": {6: [26, 27]},
    "ask_decoys": {7: [28]},
    "asks": {7: [("the accuracy of children's records", [22, 25]),
                 ("how well records capture children's wishes and feelings", [23, 24]),
                 ("records that set out children's histories in up-to-date chronologies, so "
                  "that the child's journey can be fully considered", [])],
             4: [("multi-agency working, including child protection strategy discussions, in "
                  "identifying risk", [6, 9, 10, 11]),
                 ("multi-agency working in providing support and protection to children",
                  [9, 12])]},
    "notes": (
        "PDF exported from a PowerPoint deck: twelve 16:9 landscape pages (33.867 x 19.05 cm), "
        "one slide a page. Slide 1 is the title slide ('Council of the Merrow Isles', "
        "'Children's Services Improvement Plan 2023\u201325', 'Improvement Board, 5 September "
        "2023'); slide 2, 'Our journey so far', is prose about the inspection and the council's "
        "response: not actions. Slides 3-11 are the themes, each with a big slide title in the "
        "council's words and a two-column layout: LEFT a bullet list, one bullet an action; "
        "RIGHT a coloured text box headed 'Who / When' listing, for the bullets in the same "
        "order and without numbers, one entry '<lead> \u2013 <when>' each (an entry may wrap "
        "onto a second line in the box). So an action's lead and date stand in another box, "
        "not on its line, and are paired with it only by their order. Themes: slide 3 'Every "
        "worry heard and acted on' (actions 1-4); slides 4-5 'Acting together when a child may "
        "be at risk' and 'Acting together when a child may be at risk (cont.)' (5-8, 9-12); "
        "slide 6 'Good social work, every time' (13-16); slides 7-8 'Leading from the front' "
        "and its '(cont.)' (17-19, 20-21); slide 9 'Records that tell the child's story' "
        "(22-25); slides 10-11 'Other work this year' and its '(cont.)' (26-28, 29-31). A "
        "'(cont.)' slide's box lists only its own bullets. Slide 12, 'Next steps', has bullets "
        "(sharing the plan with staff, the Improvement Board's monthly review, the next report "
        "to Full Council) that are not plan actions and has no Who / When box. Footer on every "
        "slide: 'Council of the Merrow Isles' left, 'OFFICIAL' centre, the slide number right. "
        "'section' is the theme's slide title without ' (cont.)'; 'text' the bullet; "
        "'leads_raw' and 'date_raw' the two halves of its box entry as written ('Sept 2023', "
        "'From Oct 2023', 'Q4 2023/24', 'Weekly', 'Monthly', 'Ongoing', 'tbc'); 'row' and "
        "'objective' null. Action 24 ('A \u2018My Views\u2019 form') has the lead 'tbc'; orphan "
        "29 ('Reopen the youth club on Tressock') the date 'tbc'; orphan 31 ('Family "
        "Information Service pages') the date 'Ongoing'. PowerPoint's curly apostrophes and "
        "quotation marks. Nothing cites a number: explicit_refs is [] everywhere and every "
        "link is judged. Hard unanswered: R6 (the oversight of corporate parenting "
        "arrangements): nothing is aimed at it and no slide names corporate parenting, children "
        "in care or care leavers; orphan 26 ('Corporate oversight of lone-working "
        "arrangements') is staff safety on the boats, and orphan 27 ('Parenting programme "
        "arrangements renewed') is parenting courses for island families: both share its words "
        "and neither is about the council as corporate parent. Passing: R8 (how consistently "
        "and effectively services meet statutory requirements) is touched only by action 14 "
        "('Practice standards booklet', aimed at R2), which lists 'the statutory requirements' "
        "in an appendix: nothing checks or changes whether services meet them; weak, no link. "
        "Partly answered (see asks): R7: the accuracy of records is answered by actions 22 "
        "('Recording standards for Harbour') and 25 ('Harbour tidy-up'); children's wishes and "
        "feelings by actions 23 ('Every visit note to say what the child told us') and 24; "
        "children's histories in up-to-date chronologies by nothing (no linked action speaks "
        "of chronologies or histories); ask decoy: orphan 28 ('School boat: an up-to-date "
        "record of each child\u2019s journey') is about the school boat; weak. Answered: R1 by "
        "actions 1-4 (one way in, every contact logged, the duty manager's decision, "
        "out-of-hours calls followed up); R2 by actions 13-16; R3 by actions 5-8 and, as a "
        "second link, action 6 ('Police, the Academy and the health centre invited'); R4 by "
        "actions 6 and 9-12, both asks (identifying risk: 6, 9, 10, 11; providing support and "
        "protection: 9, 12); R5 by actions 17-21 (practice level 18 and 21, strategic level 17, "
        "19, 20). Orphans 26-31: the whole of 'Other work this year' (also the Tressock youth "
        "club, the Holiday Activities and Food programme, the website pages). 'action N' means "
        "merrow-N, numbered down the slides, bullet by bullet. The plan's own names: Harbour "
        "(case record), St Enna's, Tressock, the Academy (the islands' school), Penrother "
        "Council (the mainland council giving peer support and the emergency duty team), the "
        "Islands Team Around the Child meeting, the Tressock Community Trust."),
}

MW_COVER = {
    "council": "Council of the Merrow Isles",
    "title": "Children\u2019s Services Improvement Plan 2023\u201325",
    "sub": "Improvement Board, 5 September 2023",
    "owner": "Director of Children\u2019s Services",
}
MW_JOURNEY = [
    "In July 2023 inspectors spent three days with us. They judged our help and protection for "
    "children, and the impact of our leaders, to be inadequate. They told us clearly that we "
    "have not moved quickly enough since 2019, and that too often a worry about a child is not "
    "written down, shared or followed up.",
    "We accept what they found. Since the summer we have brought in an interim Head of "
    "Children\u2019s Social Care, agreed peer support with Penrother Council, and set up an "
    "Improvement Board chaired by our Chief Executive.",
    "This plan is how we will put things right. It is organised under five themes in our own "
    "words, with a sixth for other work going on this year. Each action has someone who owns "
    "it and a date. The Improvement Board will check progress every month.",
]
MW_NEXT = [
    "Share this plan with all staff at the all-staff briefing on 14 September.",
    "Improvement Board to review every action monthly, starting in October.",
    "Report on progress to Full Council in December 2023.",
    "Refresh the plan in March 2024 with what we have learned.",
]


# ---------------------------------------------------------------------------------------------
# Plan 2: Stanmarsh - a Google Sheets tracker downloaded as a web page, answering Wandsworth
# 2018-07-20 (SIF, 9). Title row, blank row, header row (frozen); theme rows; the Area for
# improvement merged down its actions; <br> inside actions; padding columns; a key row.
# ---------------------------------------------------------------------------------------------

SM_THEMES = {  # number: the theme row as written, in the council's words and order
    1: "1. Safeguarding adolescents",
    2: "2. Progressing children's plans",
    3: "3. Permanence for children in care",
    4: "4. Children's participation",
    5: "5. Quality assurance and performance",
    6: "6. Other service priorities",
}
SM_OTHER = 6

SM_AREAS = {  # key: the Area for improvement cell, merged down its actions
    "strat": "Partner contribution to strategy meetings, especially for adolescents at high risk",
    "expl": "Exploitation, missing and gangs - one joined-up response",
    "drift": "Drift in child protection plans and pre-proceedings",
    "perm": "Permanence planned from the start",
    "match": "Finding the right family in good time",
    "advoc": "Independent advocacy for children on plans",
    "qa": "Performance data and audit working together",
    "other": "Business as usual",
}


def sm_actions():
    acts = []

    def add(theme, ref, area, lines, officer, target, rag, links=(), merged=False):
        """An action row: Ref, the Area for improvement (merged down its rows), the Action cell
        (``lines``: a string, or its lines as broken with <br>), Responsible officer, Target date
        as shown ("" empty), RAG (None empty). ``text`` is the lines joined by a space.
        ``merged``: this row and the next share one Responsible officer cell (rowspan 2)."""
        lines = [lines] if isinstance(lines, str) else list(lines)
        acts.append(A(" ".join(lines), officer, target, links, [], False, row=ref,
                      section=SM_THEMES[theme], objective=SM_AREAS[area], theme=theme,
                      area=area, lines=lines, rag=rag, merged=merged))

    # 1. Safeguarding adolescents (R1 strategy meetings; R2 exploitation, missing and gangs)
    add(1, "1.1", "strat",
        ["Health, schools and police to be invited to every strategy meeting; invitations and "
         "attendance recorded on Compass.",
         "Monthly attendance figures by agency sent to the Safeguarding Partnership."],
        "Head of Assessment and Intervention", "30/09/2018", "G",
        links=[(1, "j", "h", "partner agencies at every strategy meeting, their attendance "
                "tracked and reported")])
    add(1, "1.2", "strat",
        "Named health lead for strategy meetings agreed with the Trust, joining by phone when "
        "they cannot attend in person.",
        "Designated Nurse", "31/10/2018", "A",
        links=[(1, "j", "h", "health's contribution to strategy meetings, the gap the report "
                "names")])
    add(1, "1.3", "strat",
        ["Complex strategy meetings for teenagers at high risk to be chaired by a Service "
         "Manager.",
         "Youth Offending Service, the school and the police gangs unit always invited."],
        "Service Manager, Adolescent Service", "31/10/2018", "G",
        links=[(1, "j", "h", "complex strategy meetings for adolescents, with the right "
                "agencies round the table"),
               (2, "j", "m", "the gangs unit and youth offending brought into the meetings "
                "about teenagers at risk")])
    add(1, "1.4", "expl",
        "Widen the monthly MACE panel to cover children at risk of criminal exploitation and "
        "gang involvement as well as sexual exploitation and missing.",
        "Head of Adolescent Services", "31/08/2018", "G", merged=True,
        links=[(2, "j", "h", "the multi-agency response widened to criminal exploitation and "
                "gangs")])
    add(1, "1.5", "expl",
        "Screening tool for criminal exploitation added to Compass and completed at the point "
        "of referral.",
        "Head of Adolescent Services", "30/11/2018", "A", merged=True,
        links=[(2, "j", "h", "children at risk of criminal exploitation identified like those "
                "at risk of sexual exploitation")])
    add(1, "1.6", "expl",
        ["Quarterly analysis of what has changed for the children discussed at MACE: missing "
         "episodes, risk level, school attendance.",
         "Report to the Safeguarding Partnership."],
        "Performance Manager", "Quarterly (first report Nov 2018)", None,
        links=[(2, "j", "h", "the impact of intervention analysed")])
    add(1, "1.7", "expl",
        "Closing summary on every exploitation case: what was done, what changed, what happens "
        "next.",
        "", "31/12/2018", "R",
        links=[(2, "j", "h", "the impact of intervention clearly recorded on the child's "
                "file")])

    # 2. Progressing children's plans (R3)
    add(2, "2.1", "drift",
        "Tracker of every child on a child protection plan for more than nine months, reviewed "
        "each month by the Head of Service with team managers.",
        "Head of Child Protection", "31/08/2018", "G",
        links=[(3, "j", "h", "tracking arrangements and management oversight of plans that "
                "run on")])
    add(2, "2.2", "drift",
        "Legal planning meeting to be considered at the second review conference for any child "
        "whose risks have not come down, and the chair's decision recorded.",
        "CP Chair Manager", "30/09/2018", "G",
        links=[(3, "j", "h", "legal planning meetings used when risks are not reducing")])
    add(2, "2.3", "drift",
        ["Fortnightly pre-proceedings panel with Legal Services to agree letters before "
         "proceedings.",
         "Each family's progress reviewed at 6 and 12 weeks."],
        "Head of Child Protection", "30/09/2018", "A",
        links=[(3, "j", "h", "pre-proceedings work made effective and kept moving")])
    add(2, "2.4", "drift",
        "Escalation route for conference chairs when a plan is not moving, with a reply from "
        "the team manager within five working days.",
        "CP Chair Manager", "31/10/2018", "G",
        links=[(3, "j", "h", "decisions on stuck plans escalated and acted on in time")])

    # 3. Permanence for children in care (R4 early permanence; R5 family finding and
    # matching); a passing mention of R6
    add(3, "3.1", "perm",
        "Permanence planning meeting for every child by their fourth week in care, and a plan "
        "for permanence agreed at the second review.",
        "Head of Looked After Children", "31/10/2018", "A",
        links=[(4, "j", "h", "permanence planned early for every child")])
    add(3, "3.2", "perm",
        "Recruit four more fostering for adoption and concurrent planning households this "
        "year.",
        "Head of Fostering and Adoption", "31/03/2019", "A",
        links=[(4, "j", "h", "early permanence placements made available")])
    add(3, "3.3", "perm",
        "Monthly Permanence Panel chaired by the Assistant Director, tracking every child "
        "without a plan for permanence.",
        "Assistant Director, Children's Social Care", "Monthly", "G",
        links=[(4, "j", "h", "strategic oversight of permanence")])
    add(3, "3.4", "match",
        "Family finding to start when the placement order is applied for, not after it is "
        "granted.",
        "Adoption Team Manager", "31/08/2018", "G",
        links=[(5, "j", "h", "family finding begun earlier so that it is timely")])
    add(3, "3.5", "match",
        ["Profile of each child written with their foster carer: routines, likes, school, and "
         "any dental checks coming up.",
         "Shared with the regional adoption agency."],
        "Adoption Team Manager", "30/11/2018", "A",
        links=[(5, "j", "m", "a full picture of the child for matching them with a family")])
    add(3, "3.6", "match",
        "Monthly matching meeting with the regional adoption agency to look at every child "
        "waiting, and an activity day each spring.",
        "Adoption Team Manager", "Monthly", "G",
        links=[(5, "j", "h", "matching children waiting with families, reviewed every "
                "month")])
    add(3, "3.7", "match",
        "Matching panel for long-term fostering, meeting within six weeks of the plan being "
        "agreed.",
        "Head of Fostering and Adoption", "30/11/2018", "A",
        links=[(5, "j", "h", "timely matching for children whose permanence is long-term "
                "fostering")])

    # 4. Children's participation (R8, partly: advocacy take-up)
    add(4, "4.1", "advoc",
        "Every child aged 8 and over on a plan to be offered an independent advocate by their "
        "social worker within ten working days of the plan starting; refusals recorded.",
        "CP Chair Manager", "31/10/2018", "A",
        links=[(8, "j", "h", "the offer of an advocate made to every child on a plan, to "
                "raise take-up")])
    add(4, "4.2", "advoc",
        "Advocacy contract with Speakwell extended to children on plans, with 40 extra hours a "
        "month.",
        "Commissioning Manager", "01/10/2018", "G",
        links=[(8, "j", "h", "advocacy services available for children on plans")])
    add(4, "4.3", "advoc",
        "Leaflet and short film for children on what an advocate does, made with the "
        "Children in Care Council.",
        "Participation Lead", "31/12/2018", None,
        links=[(8, "j", "m", "children told what an advocate is, so that more take one up")])

    # 5. Quality assurance and performance (R7)
    add(5, "5.1", "qa",
        "New quality assurance framework linking the monthly audit programme to the "
        "performance report, so that audit themes are chosen from what the data shows.",
        "Head of Quality Assurance", "30/09/2018", "G",
        links=[(7, "j", "h", "performance information aligned with the quality assurance "
                "framework")])
    add(5, "5.2", "qa",
        "Monthly performance and quality meeting for each service, looking at the data and the "
        "audit findings together and agreeing three practice priorities.",
        "Head of Quality Assurance", "Monthly", "G",
        links=[(7, "j", "h", "data and audit used together to prioritise what to improve")])
    add(5, "5.3", "qa",
        "Learning from audits fed back to teams through 7-minute briefings and the practice "
        "week.",
        "Principal Social Worker", "Ongoing", "G",
        links=[(7, "j", "m", "audit findings turned into better practice in the teams")])
    add(5, "5.4", "qa",
        "Feedback from children and parents collected after each audit and reported alongside "
        "the audit findings.",
        "tbc", "31/12/2018", None,
        links=[(7, "j", "h", "children's experience better understood through quality "
                "assurance")])

    # 6. Other service priorities (orphans)
    add(6, "6.1", "other",
        "Personal adviser offer extended to every care leaver up to 25 who asks for it.",
        "Head of Care Leavers Service", "01/04/2018", "B")
    add(6, "6.2", "other",
        "Summer programme run by the Virtual School for children in care moving to secondary "
        "school (Year 6 to Year 7 transition).",
        "Virtual School Head", "31/07/2018", "B")
    add(6, "6.3", "other",
        "Foster carers' annual conference in October, where carers' views are heard by the "
        "Director and the Lead Member.",
        "Fostering Team Manager", "31/10/2018", "G")
    add(6, "6.4", "other",
        "Recruit 15 permanent social workers and bring agency staff below 20%.",
        "HR Business Partner", "31/03/2019", "A")
    add(6, "6.5", "other",
        "Private fostering awareness campaign in schools, GP surgeries and places of worship.",
        "Head of Fostering and Adoption", "tbc", "R")
    add(6, "6.6", "other",
        "Open the Northcote family hub, bringing early help, health visiting and the "
        "children's centre under one roof.",
        "Head of Early Help", "31/01/2019", "A")
    add(6, "6.7", "other",
        "Children in Care Council residential weekend and awards evening.",
        "Participation Lead", "", None)
    return acts


SM = {
    "name": "stanmarsh", "ext": "html", "report": WW_REPORT, "recs": ww_recs,
    "pages": WW_PAGES, "council": "London Borough of Stanmarsh",
    "actions": sm_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "weak", 7: "covered", 8: "weak", 9: "uncovered"},
    "unanswered": [9], "passing": [6], "partial": [8],
    "orphans": [26, 27, 28, 29, 30, 31, 32],
    "miscited": [],
    "passing_phrase": {6: (16, "dental checks")},
    "mentions": {},
    "decoys": {9: [26, 27]},
    "ask_decoys": {8: [28]},
    "asks": {8: [("increase the take up of independent advocacy services for children on child "
                  "protection plans", [19, 20, 21]),
                 ("ensure that children's views are always heard and considered at child "
                  "protection conferences", [])],
             2: [("the multi-agency response widened to children at risk of criminal "
                  "exploitation and gang affiliation", [3, 4, 5]),
                 ("the impact of intervention analysed and clearly recorded", [6, 7])],
             3: [("decision-making, management oversight and tracking to progress children's "
                  "plans", [8, 11]),
                 ("the use of legal planning meetings and effective pre-proceedings activity, "
                  "with timely action when risks are not reducing", [9, 10])]},
    "notes": (
        "HTML as Google Sheets writes it with File > Download > Web page (.html): a <style> "
        "block of cell classes (s0, s1 ...), then one <table class=\"waffle\">. Its first row "
        "(<thead>) holds the column letters A-H as <th class=\"column-headers-background\"> "
        "cells; its first column the row numbers as <th class=\"row-headers-background\"> "
        "cells: neither is plan content. Sheet row 1 is the title ('London Borough of "
        "Stanmarsh - Children's Services Improvement Plan 2018-20 (updated 14/09/2018)'), "
        "written in A1 and overflowing into the empty cells beside it inside a <div "
        "class=\"softmerge-inner\">; row 2 is blank; row 3 is the real header Ref | Area for "
        "improvement | Action | Responsible officer | Target date | RAG. Rows 1-3 are frozen: a "
        "row of freezebar divider cells (<th class=\"freezebar-cell "
        "freezebar-horizontal-handle\">, <td class=\"freezebar-cell freezebar-horizontal\">) "
        "stands below the header. Columns G and H are empty padding. Each theme is a row of one "
        "cell spanning all eight columns (colspan 8): '1. Safeguarding adolescents' ... '6. "
        "Other service priorities'; 'section' is that text as written. The Area for improvement "
        "cell is merged down its actions (rowspan) and holds the area in the council's words; "
        "'objective' is that text. 'row' is the Ref cell ('1.1' ... '6.7'), 'text' the Action "
        "cell with its <br> line breaks read as spaces, 'leads_raw' the Responsible officer "
        "and 'date_raw' the Target date as shown ('30/09/2018', 'Monthly', 'Quarterly', "
        "'Ongoing', 'tbc'; '' where empty); the RAG cell (R, A, G, B for complete, or empty) is "
        "a status, not part of the action. The Responsible officer cell of action 4 ('Widen "
        "the monthly MACE panel') is merged down into action 5's row (rowspan 2, 'Head of "
        "Adolescent Services' written once): both have that lead. Action 6 ('Quarterly "
        "analysis of what has changed') has the Target date 'Quarterly (first report Nov "
        "2018)', overflowing into its empty RAG cell inside a softmerge div. Empty Responsible "
        "officer: action 7 ('Closing summary on every exploitation case'); the officer 'tbc': "
        "action 25 ('Feedback from children and parents'); Target date 'tbc': orphan 30 "
        "('Private fostering awareness campaign'); empty Target date: orphan 32 ('Children "
        "in Care Council residential weekend'); Target date 'Ongoing': action 24 ('Learning "
        "from audits fed back'). After the last action, a blank row and a key row ('RAG: "
        "R = off track, A = at risk, G = on track, B = complete', overflowing in a softmerge "
        "div): not actions. Straight apostrophes as typed, written by Sheets as &#39;. The refs "
        "are the council's own numbering under its own themes and cite nothing: theme 3 is "
        "permanence (R4, R5), not R3. Nothing cites a recommendation: explicit_refs is [] "
        "everywhere and every link is judged. Hard unanswered: R9 (the timeliness of "
        "transitions for children into the care leavers' service): nothing is aimed at it; "
        "orphan 26 ('Personal adviser offer extended to every care leaver') is the offer to "
        "care leavers up to 25, not their move into the service; orphan 27 ('Summer programme "
        "run by the Virtual School') is the move to secondary school ('transition'); both share "
        "its words. Passing: R6 (joint working with the health provider; health and well-being "
        "of children in care; timely initial health assessments and dental checks) is touched "
        "only by action 16 ('Profile of each child written with their foster carer', aimed at "
        "R5), which notes 'any dental checks coming up' in a matching profile: nothing changes "
        "how health is worked with or when checks happen; weak, no link. Partly answered (see "
        "asks): R8: the take-up of independent advocacy for children on plans is answered by "
        "actions 19-21 (the offer made to every child, the Speakwell contract, a leaflet and "
        "film); that children's views are always heard and considered at conferences by "
        "nothing (no linked action speaks of conferences or of children's views); ask decoy: "
        "orphan 28 ('Foster carers' annual conference') where carers' 'views are heard'; weak. "
        "Answered: R1 by actions 1-3 (partners invited and counted, a health lead, complex "
        "strategy meetings chaired by a service manager); R2 by actions 3-7, both asks "
        "(widened to criminal exploitation and gangs: 3, 4, 5; impact analysed and recorded: "
        "6, 7); R3 by actions 8-11, both asks (tracking and oversight: 8, 11; legal planning "
        "and pre-proceedings: 9, 10); R4 by actions 12-14 (early permanence planning, "
        "fostering for adoption households, a permanence panel); R5 by actions 15-18 (family "
        "finding earlier, child profiles, monthly matching, a long-term fostering matching "
        "panel); R7 by actions 22-25 (a framework linking audits to the performance report, a "
        "monthly performance and quality meeting, learning fed back, children's and parents' "
        "feedback). Orphans 26-32: every row of theme 6 (also social worker recruitment, "
        "private fostering awareness, a family hub, the Children in Care Council weekend). "
        "'action N' means stanmarsh-N, numbered down the sheet: 1-7 theme 1 (refs 1.1-1.7), "
        "8-11 theme 2, 12-18 theme 3, 19-21 theme 4, 22-25 theme 5, 26-32 theme 6 (refs "
        "6.1-6.7). The plan's "
        "own names: Compass (case record), Speakwell (advocacy provider), the "
        "Northcote family hub, the Trust (the community health "
        "provider)."),
}

PLANS = [MW, SM]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_ax(plan, set_name="ax"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def mw_slides(acts):
    """The theme slides: (title as written, [action numbers]) in order, a theme running on to a
    "(cont.)" slide where an action opens one."""
    slides, n = [], 0
    for group in _groups(acts, lambda a: a["extra"]["theme"]):
        title = group[0]["section"]
        for a in group:
            n += 1
            if not slides or slides[-1][2] != a["extra"]["theme"] or a["extra"]["new_slide"]:
                cont = bool(slides) and slides[-1][2] == a["extra"]["theme"]
                slides.append([title + (" (cont.)" if cont else ""), [], a["extra"]["theme"]])
            slides[-1][1].append(n)
    return [(t, ns) for t, ns, _ in slides]


def write_mw(plan, acts, path):
    canvas = reportlab_canvas()
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    from _coverage_sets import xml_escape

    W, H = 33.867 * cm, 19.05 * cm
    navy, teal, box, grey = (HexColor("#12355B"), HexColor("#0E7C86"), HexColor("#D7EEF0"),
                             HexColor("#595959"))
    bullet = ParagraphStyle("bullet", fontName="Helvetica", fontSize=17.5, leading=22,
                            leftIndent=22, bulletIndent=2, spaceAfter=13, textColor=navy)
    prose = ParagraphStyle("prose", fontName="Helvetica", fontSize=16, leading=21,
                           spaceAfter=12, textColor=navy)
    entry = ParagraphStyle("entry", fontName="Helvetica", fontSize=14, leading=17,
                           spaceAfter=11, textColor=navy)
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle("Children's Services Improvement Plan 2023-25")
    c.setAuthor(plan["council"])
    c.setSubject("")
    c.setCreator("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    c.setProducer("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    page = [0]

    def footer(dark=False):
        page[0] += 1
        c.setFont("Helvetica", 10)
        c.setFillColor(HexColor("#FFFFFF") if dark else grey)
        c.drawString(1.6 * cm, 0.7 * cm, plan["council"])
        c.drawCentredString(W / 2, 0.7 * cm, "OFFICIAL")
        c.drawRightString(W - 1.6 * cm, 0.7 * cm, str(page[0]))
        c.showPage()

    def title(text):
        assert stringWidth(text, "Helvetica-Bold", 30) < W - 3.2 * cm, text
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 30)
        c.drawString(1.6 * cm, H - 2.3 * cm, text)
        c.setFillColor(teal)
        c.rect(1.6 * cm, H - 2.85 * cm, 4.0 * cm, 0.18 * cm, stroke=0, fill=1)

    def flow(paras, x, top, width, bottom):
        """Draw paragraphs down from ``top``; return the y reached (asserts they fit)."""
        y = top
        for p in paras:
            _, h = p.wrap(width, y - bottom)
            p.drawOn(c, x, y - h)
            y -= h + p.style.spaceAfter
        assert y + paras[-1].style.spaceAfter >= bottom, ("overflow", y / cm)
        return y

    # slide 1: title
    c.setFillColor(navy)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(teal)
    c.rect(0, 6.2 * cm, W, 0.35 * cm, stroke=0, fill=1)
    c.setFillColor(HexColor("#FFFFFF"))
    c.setFont("Helvetica", 22)
    c.drawString(2.4 * cm, 13.6 * cm, MW_COVER["council"])
    c.setFont("Helvetica-Bold", 34)
    c.drawString(2.4 * cm, 11.2 * cm, MW_COVER["title"])
    assert stringWidth(MW_COVER["title"], "Helvetica-Bold", 34) < W - 4.8 * cm
    c.setFont("Helvetica", 20)
    c.drawString(2.4 * cm, 9.4 * cm, MW_COVER["sub"])
    c.setFont("Helvetica", 14)
    c.drawString(2.4 * cm, 4.6 * cm, "Owner: " + MW_COVER["owner"])
    footer(dark=True)

    # slide 2: our journey so far
    title("Our journey so far")
    flow([Paragraph(xml_escape(curly(t)), prose) for t in MW_JOURNEY], 1.6 * cm, H - 3.8 * cm,
         W - 3.2 * cm, 1.8 * cm)
    footer()

    # theme slides
    for head, numbers in mw_slides(acts):
        title(head)
        top, bottom = H - 3.7 * cm, 1.8 * cm
        flow([Paragraph(xml_escape(acts[n - 1]["text"]), bullet, bulletText="\u2022")
              for n in numbers], 1.6 * cm, top, 18.6 * cm, bottom)
        bx, bw = 21.3 * cm, 11.0 * cm
        c.setFillColor(box)
        c.roundRect(bx, bottom, bw, top - bottom + 0.3 * cm, 0.25 * cm, stroke=0, fill=1)
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(bx + 0.5 * cm, top - 0.55 * cm, "Who / When")
        flow([Paragraph(xml_escape(f"{acts[n - 1]['lead']} \u2013 {acts[n - 1]['date']}"), entry)
              for n in numbers], bx + 0.5 * cm, top - 1.0 * cm, bw - 1.0 * cm, bottom + 0.3 * cm)
        footer()

    # last slide: next steps (not actions)
    title("Next steps")
    flow([Paragraph(xml_escape(curly(t)), bullet, bulletText="\u2022") for t in MW_NEXT],
         1.6 * cm, H - 3.7 * cm, W - 3.2 * cm, 1.8 * cm)
    footer()
    c.save()
    assert page[0] == 12, page[0]


SM_TITLE = ("London Borough of Stanmarsh - Children's Services Improvement Plan 2018-20 "
            "(updated 14/09/2018)")
SM_HEADER = ("Ref", "Area for improvement", "Action", "Responsible officer", "Target date", "RAG")
SM_KEY = "RAG: R = off track, A = at risk, G = on track, B = complete"
SM_WIDTHS = (46, 200, 430, 180, 110, 46, 100, 100)  # columns A-H; G and H are padding
SM_GID = "1184513212"
SM_CSS = [  # class: declarations, as Sheets writes them
    ("s0", "background-color:#ffffff;text-align:left;font-weight:bold;color:#1f3864;"
           "font-family:'Arial';font-size:14pt;vertical-align:bottom;white-space:nowrap;"
           "direction:ltr;padding:2px 3px 2px 3px;"),
    ("s1", "background-color:#ffffff;text-align:left;color:#000000;font-family:'Arial';"
           "font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;"
           "padding:2px 3px 2px 3px;"),
    ("s2", "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
           "background-color:#1f3864;text-align:left;font-weight:bold;color:#ffffff;"
           "font-family:'Arial';font-size:10pt;vertical-align:middle;white-space:normal;"
           "overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;"),
    ("s3", "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
           "background-color:#d9e2f3;text-align:left;font-weight:bold;color:#000000;"
           "font-family:'Arial';font-size:11pt;vertical-align:bottom;white-space:nowrap;"
           "direction:ltr;padding:2px 3px 2px 3px;"),
    ("s4", "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
           "background-color:#ffffff;text-align:center;color:#000000;font-family:'Arial';"
           "font-size:10pt;vertical-align:top;white-space:nowrap;direction:ltr;"
           "padding:2px 3px 2px 3px;"),
    ("s5", "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
           "background-color:#f3f3f3;text-align:left;font-style:italic;color:#000000;"
           "font-family:'Arial';font-size:10pt;vertical-align:top;white-space:normal;"
           "overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;"),
    ("s6", "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
           "background-color:#ffffff;text-align:left;color:#000000;font-family:'Arial';"
           "font-size:10pt;vertical-align:top;white-space:normal;overflow:hidden;"
           "word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;"),
    ("s7", "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
           "background-color:#ffffff;text-align:right;color:#000000;font-family:'Arial';"
           "font-size:10pt;vertical-align:top;white-space:nowrap;direction:ltr;"
           "padding:2px 3px 2px 3px;"),
    ("s8", "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
           "background-color:#00ff00;text-align:center;font-weight:bold;color:#000000;"
           "font-family:'Arial';font-size:10pt;vertical-align:top;white-space:nowrap;"
           "direction:ltr;padding:2px 3px 2px 3px;"),
    ("s9", "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
           "background-color:#ffff00;text-align:center;font-weight:bold;color:#000000;"
           "font-family:'Arial';font-size:10pt;vertical-align:top;white-space:nowrap;"
           "direction:ltr;padding:2px 3px 2px 3px;"),
    ("s10", "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
            "background-color:#ff0000;text-align:center;font-weight:bold;color:#ffffff;"
            "font-family:'Arial';font-size:10pt;vertical-align:top;white-space:nowrap;"
            "direction:ltr;padding:2px 3px 2px 3px;"),
    ("s11", "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
            "background-color:#4a86e8;text-align:center;font-weight:bold;color:#ffffff;"
            "font-family:'Arial';font-size:10pt;vertical-align:top;white-space:nowrap;"
            "direction:ltr;padding:2px 3px 2px 3px;"),
    ("s12", "border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
            "background-color:#ffffff;"),
    ("s13", "background-color:#ffffff;text-align:left;font-style:italic;color:#595959;"
            "font-family:'Arial';font-size:9pt;vertical-align:bottom;white-space:nowrap;"
            "direction:ltr;padding:2px 3px 2px 3px;"),
    ("s14", "border-bottom:1px SOLID #000000;background-color:#ffffff;text-align:right;"
            "color:#000000;font-family:'Arial';font-size:10pt;vertical-align:top;"
            "white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;"),
]
SM_RAG = {"G": "s8", "A": "s9", "R": "s10", "B": "s11", None: "s12"}


def _e(text):
    """Cell text as Sheets escapes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def write_sm(plan, acts, path):
    ncol = len(SM_WIDTHS)
    o = ['<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
         '<link type="text/css" rel="stylesheet" href="resources/sheet.css" >'
         '<style type="text/css">.ritz .waffle a { color: inherit; }']
    o += [f".ritz .waffle .{k}{{{v}}}" for k, v in SM_CSS]
    o.append('</style><div class="ritz grid-container" dir="ltr"><table class="waffle" '
             'cellspacing="0" cellpadding="0"><thead><tr><th class="row-header '
             'freezebar-origin-ltr"></th>')
    for k, w in enumerate(SM_WIDTHS):
        o.append(f'<th id="{SM_GID}C{k}" style="width:{w}px;" class="column-headers-background">'
                 f'{chr(65 + k)}</th>')
    o.append("</tr></thead><tbody>")
    rownum = [0]

    def tr(cells, height=20):
        r = rownum[0]
        rownum[0] += 1
        o.append(f'<tr style="height: {height}px"><th id="{SM_GID}R{r}" style="height: '
                 f'{height}px;" class="row-headers-background"><div class="row-header-wrapper" '
                 f'style="line-height: {height}px">{r + 1}</div></th>{"".join(cells)}</tr>')

    def soft(cls, text, span):
        """A cell whose text overflows into the ``span`` columns from its own."""
        w = sum(SM_WIDTHS[span[0]:span[1]]) - 1
        return (f'<td class="{cls} softmerge" dir="ltr"><div class="softmerge-inner" '
                f'style="width:{w}px;left:-1px">{_e(text)}</div></td>')

    empty = '<td class="s1"></td>'
    tr([soft("s0", SM_TITLE, (0, ncol))] + [empty] * (ncol - 1), 30)   # 1: title
    tr([empty] * ncol)                                                   # 2: blank
    tr([f'<td class="s2" dir="ltr">{h}</td>' for h in SM_HEADER] + [empty] * (ncol - 6), 34)
    o.append('<tr><th style="height:3px;" class="freezebar-cell freezebar-horizontal-handle">'
             '</th>' + '<td class="freezebar-cell freezebar-horizontal"></td>' * ncol + '</tr>')
    merged_officer = 0
    for theme in _groups(acts, lambda a: a["extra"]["theme"]):
        tr([f'<td class="s3" dir="ltr" colspan="{ncol}">{_e(theme[0]["section"])}</td>'], 24)
        skip_officer = False
        for area in _groups(theme, lambda a: a["extra"]["area"]):
            for k, a in enumerate(area):
                x = a["extra"]
                cells = [f'<td class="s4" dir="ltr">{a["row"]}</td>']
                if k == 0:
                    span = f' rowspan="{len(area)}"' if len(area) > 1 else ""
                    cells.append(f'<td class="s5" dir="ltr"{span}>{_e(a["objective"])}</td>')
                cells.append('<td class="s6" dir="ltr">' +
                             "<br>".join(_e(t) for t in x["lines"]) + "</td>")
                if skip_officer:
                    skip_officer = False
                elif x["merged"]:
                    nxt = acts[acts.index(a) + 1]
                    assert nxt["extra"]["merged"] and nxt["lead"] == a["lead"], a["row"]
                    cells.append(f'<td class="s6" dir="ltr" rowspan="2">{_e(a["lead"])}</td>')
                    skip_officer = True
                    merged_officer += 1
                else:
                    cells.append(f'<td class="s6" dir="ltr">{_e(a["lead"])}</td>'
                                 if a["lead"] else '<td class="s12"></td>')
                if len(a["date"]) > 14:  # too long for its column: overflows into the RAG cell
                    assert x["rag"] is None, a["row"]
                    cells.append(soft("s14", a["date"], (4, 6)))
                elif a["date"]:
                    cells.append(f'<td class="s7" dir="ltr">{_e(a["date"])}</td>')
                else:
                    cells.append('<td class="s12"></td>')
                rag = x["rag"]
                cells.append(f'<td class="{SM_RAG[rag]}" dir="ltr">{rag}</td>' if rag
                             else '<td class="s12"></td>')
                cells += [empty] * (ncol - 6)
                lines = sum(max(1, -(-len(t) // 70)) for t in x["lines"])
                tr(cells, max(21, 17 * lines + 4))
    assert merged_officer == 1, merged_officer
    tr([empty] * ncol)
    tr([soft("s13", SM_KEY, (0, 3))] + [empty] * (ncol - 1))
    for _ in range(3):  # the sheet's empty rows below the plan
        tr([empty] * ncol)
    o.append("</tbody></table></div>")
    path.write_text("".join(o), encoding="utf-8")


WRITERS = {"merrow": write_mw, "stanmarsh": write_sm}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "merrow": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(5, 10)),
    "stanmarsh": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(5, 10)),
}


def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's block (when the PDF is at hand), with nothing before each but its
    label and nothing after the last."""
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
    for r, gap in zip(recs, transcribed_gaps(plan, recs, spec) or ()):
        assert gap == spec["label"](r["number"]), (r["number"], gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


# merrow: the unanswered R6, R7's unanswered ask, the passing R8
CORP = re.compile(r"corporate|parent|in care|care leaver|looked after|councillor", re.I)
CHRON = re.compile(r"chronolog|histor|journey", re.I)
STAT = re.compile(r"statutory|timescale|complian|regulation", re.I)
# stanmarsh: the unanswered R9, R8's unanswered ask, the passing R6
LEAVE = re.compile(r"transition|care leaver|leaving care|personal adviser|18th", re.I)
VIEWS = re.compile(r"\bviews?\b|heard|voice|wishes|listen", re.I)
HEALTH = re.compile(r"dental|health assessment|well-being|wellbeing|medical", re.I)


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
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for r in d["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert phrase in a["text"] and phrase in rec_text[f"R{n}"], (name, n, phrase)
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
    for r in d["unanswered"]:
        assert r not in per_rec, r
    # the notes' "action N ('words" / "orphan N ('words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \('([^']+)", _plain(d["notes"]), re.I)
    assert len(quoted) >= 6, (name, quoted)
    for n, said in quoted:
        assert said in _plain(ids[f"{name}-{n}"]["text"]), (name, n, said)
    for n in re.findall(r"\borphans? (\d+)\b", d["notes"]):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for a in acts:
        t = a["text"]
        assert "\n" not in t and "\t" not in t and t == t.strip() and "  " not in t, a["id"]
        assert not re.search(r"[<>&*_#`|\[\]]|\u00a0|https?:", t + a["leads_raw"] +
                             a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", t,
                             re.I), a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert not a["explicit_refs"], a["id"]
    assert all(l["source"] == "judged" for l in gold["links"]), name
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing or not dates, every one named in the notes
    odd = lambda v: not v or v.lower() in ("tbc", "ongoing")  # noqa: E731
    assert any(odd(a["leads_raw"]) for a in acts) and any(odd(a["date_raw"]) for a in acts)
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 4, name
    for i, a in enumerate(acts, 1):
        if odd(a["leads_raw"]) or odd(a["date_raw"]):
            assert re.search(rf"\b(action|orphan) {i} \(", d["notes"], re.I), (name, i)
    for r, s in gold["expected"].items():  # covered ones: every ask answered, 2-6 actions
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 6, (r, per_rec[r])
    if name == "merrow":
        check_mw(gold, plan, acts, x, mine)
    if name == "stanmarsh":
        check_sm(gold, plan, acts, x, mine)
    return True


def check_mw(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    themes = [g[0]["theme"] for g in _groups(x, lambda e: e["theme"])]
    assert themes == sorted(MW_THEMES), themes
    for t in MW_THEMES.values():
        assert not re.search(r"\d|recommend|ofsted|inspect", t, re.I), t
    for a, e in zip(acts, x):
        assert a["section"] == curly(MW_THEMES[e["theme"]]), a["id"]
        assert a["row"] is None and a["objective"] is None, a["id"]
        assert "'" not in a["text"] + a["leads_raw"], a["id"]  # PowerPoint's curly quotes
        assert re.fullmatch(r"((From )?(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) "
                            r"20\d\d|Q[1-4] 20\d\d/\d\d|Weekly|Monthly|Ongoing|tbc)",
                            a["date_raw"]), a["id"]
        assert a["leads_raw"], a["id"]  # every box entry names someone, or says tbc
        if e["theme"] == MW_OTHER:
            assert a["id"] in d["orphans"], a["id"]
        else:
            assert mine[a["id"]], a["id"]
            assert not CORP.search(a["text"]), a["id"]    # the unanswered R6
            assert not CHRON.search(a["text"]), a["id"]   # R7's unanswered ask
            if a["id"] != f"{name}-{plan['passing_phrase'][8][0]}":
                assert not STAT.search(a["text"]), a["id"]  # R8 only in passing
    assert {a["id"] for a, e in zip(acts, x) if e["theme"] == MW_OTHER} == set(d["orphans"])
    # nothing outside the bullets answers R6 either, and the Next steps are no plan actions
    assert not any(CORP.search(t) for t in MW_JOURNEY + MW_NEXT), name
    # slides: every theme's slides hold 2-4 bullets; three themes run on to a (cont.) slide
    slides = mw_slides(plan["actions"]())
    assert all(2 <= len(ns) <= 4 for _, ns in slides), slides
    assert sum(t.endswith(" (cont.)") for t, _ in slides) == 3, slides
    assert 2 + len(slides) + 1 == 12, len(slides)  # the pages the notes promise
    assert gold["expected"] == {"R1": "covered", "R2": "covered", "R3": "covered",
                                "R4": "covered", "R5": "covered", "R6": "uncovered",
                                "R7": "weak", "R8": "weak"}, name


def check_sm(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    themes = [g[0]["theme"] for g in _groups(x, lambda e: e["theme"])]
    assert themes == sorted(SM_THEMES), themes
    refs = [a["row"] for a in acts]
    assert len(set(refs)) == len(refs), refs
    for a, e in zip(acts, x):
        assert a["section"] == SM_THEMES[e["theme"]], a["id"]
        assert a["objective"] == SM_AREAS[e["area"]], a["id"]
        assert re.fullmatch(rf"{e['theme']}\.\d", a["row"]), a["id"]
        assert a["text"] == " ".join(e["lines"]), a["id"]
        assert all(t.endswith(".") for t in e["lines"]), a["id"]
        assert re.fullmatch(r"(\d\d/\d\d/20\d\d|Monthly|Quarterly( \(first report .+\))?|"
                            r"Ongoing|tbc)?", a["date_raw"]), a["id"]
        assert e["rag"] in (None, "R", "A", "G", "B"), a["id"]
        assert not re.search(r"recommend|ofsted|inspect", a["objective"], re.I), a["id"]
        if e["theme"] == SM_OTHER:
            assert a["id"] in d["orphans"] and e["area"] == "other", a["id"]
        else:
            assert mine[a["id"]], a["id"]
            assert not LEAVE.search(a["text"]), a["id"]   # the unanswered R9
            if "R8" in mine[a["id"]]:                      # R8's unanswered ask
                assert not VIEWS.search(a["text"]) and "conference" not in a["text"], a["id"]
            assert not VIEWS.search(a["text"]), a["id"]
            if a["id"] != f"{name}-{plan['passing_phrase'][6][0]}":
                assert not HEALTH.search(a["text"]), a["id"]  # R6 only in passing
    assert {a["id"] for a, e in zip(acts, x) if e["theme"] == SM_OTHER} == set(d["orphans"])
    # the areas in the council's words: R8's area names advocacy only, no area names R9 or R6
    assert not VIEWS.search(SM_AREAS["advoc"]) and "conference" not in SM_AREAS["advoc"]
    assert not any(LEAVE.search(v) or HEALTH.search(v) for v in SM_AREAS.values()), name
    # layout promised in the notes: one merged officer pair, one overflowing target date, some
    # two-line action cells, an empty lead and an empty date
    flags = [e["merged"] for e in x]
    k = flags.index(True)
    assert flags[k:k + 2] == [True, True] and sum(flags) == 2, flags
    assert acts[k]["leads_raw"] == acts[k + 1]["leads_raw"] != "", name
    assert sum(len(a["date_raw"]) > 14 for a in acts) == 1, name
    assert sum(len(e["lines"]) > 1 for e in x) >= 4, name
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts)
    assert gold["expected"] == {"R1": "covered", "R2": "covered", "R3": "covered",
                                "R4": "covered", "R5": "covered", "R6": "weak",
                                "R7": "covered", "R8": "weak", "R9": "uncovered"}, name


if __name__ == "__main__":
    main(sys.argv[1:], "ax", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_ax)
