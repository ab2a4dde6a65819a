"""Write the sealed coverage evaluation set "aj": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_aj.py            # writes documents and gold
    python scripts/make_coverage_plans_aj.py --check    # only runs the consistency checks

Documents: corpus/coverage/aj/<name>.<ext>      Gold: corpus/gold/coverage/aj/<name>.json

The two documents imitate what councils' own systems produce: a Word development plan laid out
with a table inside a table (a cover block of paragraphs; then ONE outer two-column layout table
with a row per improvement area, the left cell holding the area's title and a "Why this matters"
paragraph in the council's words, with no recommendation number, the right cell holding a NESTED
table of that area's actions, columns Action | Owner | By; in one area's nested table the Owner
cell is merged down three action rows, one owner for three actions; the last outer row "Business
as usual" holds work aimed at no recommendation; then a "Governance" section of prose), and a
newsletter-style "Improvement update" printed to PDF from a publishing tool (A4 portrait, a
masthead across the top of page 1, then two text columns of running text; each priority a column
heading; each action a bold run-in title followed by its sentence(s), ending with "(Lead: <role>,
by <month year>)", "(by <month year>)" or nothing; one action running from the foot of the left
column to the head of the right column, one from the right column of page 1 to the left column
of page 2; a boxed "Spotlight" panel with a young person's words inside a column, which is not an
action; the page number in the footer).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
items of both were transcribed by hand from the report PDFs for this set and are held below as
data (NL_RECS, SO_RECS), word for word, lines broken by the PDF joined, the reports' curly
apostrophes kept; they are passed to build_gold(recs=...). North Lincolnshire's "What needs to
improve?" is one paragraph, not a list of bullets (the report is outstanding in every judgement);
that paragraph, as printed, is the single item R1. Nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the action cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
Neither document cites a recommendation number anywhere, so every link is judged. Actions with
no links are orphans (see each plan's design notes). Design lists and asks name an action by its
number N (the action is <name>-N): neither format gives an action a reference of its own.

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes such as personal education plans, the virtual school or mental health support teams in
schools are named as councils name them); no real person is named, and the young person quoted
is invented. Output is deterministic: DOCX core properties are fixed and every zip member is
written with a fixed timestamp; reportlab runs in invariant mode with fixed metadata.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, build_gold, docx_props, main, normalise_zip,  # noqa: E402
                          numbered_canvas, reportlab_canvas, xml_escape)
from _coverage_sets import curly, groups as _groups, shade, words as _words  # noqa: E402
from _coverage_sets import transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (15, 50)


# ---------------------------------------------------------------------------------------------
# North Lincolnshire, inspection of local authority children's services (ILACS), report
# published 25 November 2022 (outstanding in every judgement). "What needs to improve?", page 2
# of the PDF: not a list of bullets but a single paragraph of three sentences, followed directly
# by the heading "The experiences and progress of children who need help and protection:
# outstanding". There is nothing else addressed to the local authority, and no area for
# improvement anywhere in the report; the paragraph, as printed, is transcribed as the one item,
# numbered 1. Lines broken by the PDF joined with a space.
# ---------------------------------------------------------------------------------------------

NL_REPORT = "north-lincolnshire-80527/2022-11-25.pdf"
NL_PAGES = (2,)

NL_RECS = [  # (number, page, text)
    (1, 2, "There are an extremely small number of areas of variability in what is otherwise an "
           "exceptional practice. Senior leaders have an accurate understanding of the service "
           "and continuously drive for innovation and improvement. The routine scrutiny and "
           "challenge, in conjunction with the established quality assurance framework, informs "
           "the relevant plans for addressing the issue of variability in practice across the "
           "service."),
]

# ---------------------------------------------------------------------------------------------
# Southampton, inspection of children's social care services (ILACS), report published 9
# January 2020. "What needs to improve" (printed without a question mark), page 2 of the PDF:
# six bullets (each a black square, no numbers), all addressed to the local authority, numbered
# 1-6 in the report's order. Lines broken by the PDF joined with a space; the curly apostrophe
# of R6 kept. The bullets are printed as noun phrases or sentences and are kept as printed.
# ---------------------------------------------------------------------------------------------

SO_REPORT = "southampton-80558/2020-01-09.pdf"
SO_PAGES = (2,)

SO_RECS = [
    (1, 2, "Social workers need to build longer term uninterrupted relationships with children so "
           "that their plans are progressed."),
    (2, 2, "Better management advice for social workers on how to undertake direct work with "
           "children and regular reflective discussions on their progress."),
    (3, 2, "The quality of assessments and plans to ensure that all children get the right help "
           "quickly and that its impact is clearly measured."),
    (4, 2, "Decision-making in the MASH consistently adheres to local threshold guidance and "
           "children do not experience unnecessary statutory assessments."),
    (5, 2, "The use of bed and breakfast arrangements for care leavers aged 18 years and above "
           "and children aged 16 and 17 years is discontinued."),
    (6, 2, "The widespread and inappropriate use of child safety agreements with parents in "
           "circumstances when children\u2019s exposure to domestic abuse is a primary "
           "safeguarding concern."),
]

# where each list sits in its report: the words opening the block, the words after it (None: the
# end of the page), what stands before each item ("" nothing, for a paragraph)
BLOCKS = {
    NL_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection: "
                        "outstanding", label=""),
    SO_REPORT: dict(start="What needs to improve", end=None, label="\u25fc"),
}


def nl_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in NL_RECS]


def so_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in SO_RECS]


# ---------------------------------------------------------------------------------------------
# Plan 1: Ketterby - a Word development plan answering North Lincolnshire 2022-11-25 (ILACS, one
# item). Cover block; one outer two-column layout table, a row per area (left: title and "Why
# this matters"; right: a nested table Action | Owner | By); last row "Business as usual";
# "Governance" prose after the table.
# ---------------------------------------------------------------------------------------------

KT_AREAS = {  # number: (title, "Why this matters" text), in the council's words and order
    1: ("Every family, every team",
        "Families tell us that the help they get from us is warm and reliable. In a few places it "
        "is not yet the same from one team to the next: how visits are written up, how often "
        "children in need are reviewed, what happens out of hours. Wherever a family lives, and "
        "whoever they meet, they should get the same."),
    2: ("Time with children that counts",
        "Our direct work with children is often creative and patient, and children tell us it "
        "helps. Some children still meet a worker who is less sure how to begin, and we want "
        "every child to have the best of what we do."),
    3: ("Managers who keep it the same",
        "Our managers are visible and supportive. How supervision is run and written up still "
        "differs a little between teams, and managers are the people who can make it the same "
        "everywhere."),
    4: ("Business as usual",
        "Work that carries on alongside this plan. It is reported to the Children\u2019s "
        "Leadership Team in the usual way and is listed here so that the whole picture is in one "
        "place."),
}
KT_BAU = 4
KT_HEADER = ("Action", "Owner", "By")


def kt_actions():
    acts = []

    def add(area, text, owner, by, links=(), merged=False):
        """An action row of area ``area``'s nested table: the Action, Owner and By cells as
        written ("" empty). ``merged``: the row's Owner cell is part of the one cell merged down
        three rows (the same owner on each of them)."""
        title, why = KT_AREAS[area]
        acts.append(A(curly(text), curly(owner), by, links, [], False, row=None,
                      section=curly(title), objective=curly(why), area=area, merged=merged))

    # Area 1 - Every family, every team (R1, the variability ask)
    add(1, "Write the Ketterby Way: a short practice handbook setting out how every team "
        "visits, records and reviews, so that a family gets the same service wherever they live "
        "in the borough.",
        "Principal Social Worker", "March 2023",
        links=[(1, "j", "h", "one way of visiting, recording and reviewing for every team: the "
                "variability between teams addressed")])
    add(1, "Visit notes on Keystone in one layout for every team \u2013 what the child said, what "
        "we saw, what happens next \u2013 with the templates individual teams made for "
        "themselves switched off.",
        "Keystone Systems Lead", "April 2023",
        links=[(1, "j", "h", "the write-up of visits made the same in every team")])
    add(1, "Child in need reviews booked centrally by the business support hub at least every "
        "three months, instead of by each team, so that no family waits longer because of which "
        "team holds their case.",
        "Business Support Manager", "",
        links=[(1, "j", "h", "the timing of child in need reviews no longer varying from team "
                "to team")])
    add(1, "Twin each locality team with another for a term: social workers go on joint visits "
        "with a colleague from the twin team and bring back one thing worth copying.",
        "Head of Locality Social Work", "June 2023",
        links=[(1, "j", "m", "teams learning each other's ways of working so that they become "
                "alike")])
    add(1, "Evening and weekend team to use the same safety plan form as the day teams, so that "
        "a family seen at night leaves with the same plan as one seen in the day.",
        "Evening and Weekend Team Manager", "May 2023",
        links=[(1, "j", "h", "the out-of-hours response made the same as the day service's")])

    # Area 2 - Time with children that counts (R1, the variability ask)
    add(2, "A direct work bag for every social worker \u2013 worry monsters, feelings cards, a "
        "sand tray set \u2013 and a direct work room in each of the three offices.",
        "Practice Educator Lead", "February 2023",
        links=[(1, "j", "m", "every worker and office equipped for direct work, not only "
                "some")])
    add(2, "Monthly direct work clinic, open to any worker from any team, to bring a child they "
        "are finding hard to reach and plan the next session with a play therapist.",
        "", "Monthly",
        links=[(1, "j", "h", "help for the workers less sure of direct work, from any team: "
                "the variability in direct work")])
    add(2, "New social workers spend their first fortnight shadowing direct work with three "
        "experienced colleagues from different teams before they hold cases of their own.",
        "Workforce Development Lead", "From April 2023",
        links=[(1, "j", "m", "new workers start from the best direct work in several teams")])
    add(2, "Every assessment and review record opens with a paragraph in the child's own words, "
        "whichever team writes it.",
        "Heads of Service", "June 2023",
        links=[(1, "j", "h", "the child's voice recorded the same way by every team")])
    add(2, "Life story work started for every child in care within three months of coming into "
        "care, using the same memory book in every team.",
        "Children in Care Service Manager", "September 2023",
        links=[(1, "j", "m", "life story work begun at the same point and in the same way in "
                "every team")])

    # Area 3 - Managers who keep it the same (R1, the variability ask); one owner merged down
    # the first three rows
    add(3, "Supervision in every team to follow one four-part agenda \u2013 the child, the "
        "worker, the next steps, the worker's well-being \u2013 with the notes on Keystone "
        "within five working days.",
        "Principal Social Worker", "March 2023", merged=True,
        links=[(1, "j", "h", "supervision run and written up the same way in every team")])
    add(3, "Team managers meet as one group each month; each brings a situation where their "
        "team's practice differs from the others', and the group agrees how Ketterby does it "
        "from now on.",
        "Principal Social Worker", "Monthly", merged=True,
        links=[(1, "j", "h", "managers find where teams differ and settle one way: the "
                "variability addressed at its source")])
    add(3, "Each new team manager has a mentor who manages a different team, for their first six "
        "months in post.",
        "Principal Social Worker", "", merged=True,
        links=[(1, "j", "m", "new managers learn another team's way, so that teams do not drift "
                "apart")])
    add(3, "One step-down checklist for all teams, so that whether a family moves to early help "
        "does not depend on which manager signs the case off.",
        "Head of Early Help", "September 2023",
        links=[(1, "j", "h", "step-down decisions no longer varying with the manager")])

    # Business as usual (orphans)
    add(4, "Quality assurance framework for the children's homes and fostering agencies we "
        "commission: routine scrutiny visits twice a year and a published rating for each "
        "provider.",
        "Head of Commissioning", "July 2023")
    add(4, "Children and Young People Scrutiny Panel to receive a termly report on home to school "
        "transport and challenge the rising cost of taxis.",
        "Democratic Services Officer", "Termly")
    add(4, "Host two learning visits a year for other councils who want to see the exceptional "
        "practice of our edge of care team at first hand.",
        "Director of Children's Services", "")
    add(4, "Open Birchlea, a four-bed children's home in Ketterby, so that fewer children have to "
        "live outside the borough.",
        "Head of Commissioning", "December 2023")
    add(4, "Recruit 15 new fostering households in 2023\u201324, five of them for brothers and "
        "sisters.",
        "Fostering Service Manager", "March 2024")
    add(4, "Council tax exemption for care leavers living in Ketterby extended from 21 to 25.",
        "", "April 2023")
    add(4, "Mental health support teams in four more secondary schools, with the Ketterby and "
        "Wold NHS Trust.",
        "Head of Partnerships", "September 2023")
    add(4, "Move the Youth Justice Service to the Riverside Centre, alongside the early help "
        "hub.",
        "Youth Justice Manager", "")
    return acts


KT = {
    "name": "ketterby", "ext": "docx", "report": NL_REPORT, "recs": nl_recs,
    "pages": NL_PAGES, "council": "Ketterby Council",
    "actions": kt_actions, "bounds": (15, 30),
    "expected": {1: "weak"},
    "unanswered": [], "passing": [], "partial": [1],
    "orphans": [15, 16, 17, 18, 19, 20, 21, 22],
    "miscited": [],
    "passing_phrase": {},
    "mentions": {1: (17, "exceptional practice")},
    "decoys": {},
    "ask_decoys": {1: [15, 16]},
    "asks": {1: [("address the extremely small number of areas of variability in an otherwise "
                  "exceptional practice, across the service",
                  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]),
                 ("the plans for addressing that variability informed by routine scrutiny and "
                  "challenge, in conjunction with the established quality assurance framework",
                  [])]},
    "notes": (
        "DOCX, A4 portrait: a cover block of paragraphs (council, service, the plan's title "
        "'Staying Outstanding: Practice Development Plan 2023\u201324', a version and owner "
        "line, two paragraphs of introduction: not actions), then ONE outer table used for "
        "layout, two columns, no header row, one row per area in the council's own order. The "
        "left cell of each row holds the area's title in bold ('Every family, every team', "
        "'Time with children that counts', 'Managers who keep it the same', last 'Business as "
        "usual') and under a bold label 'Why this matters' a paragraph in the council's words; "
        "no recommendation number anywhere. The right cell holds a NESTED table (a table inside "
        "the cell), columns Action | Owner | By, with a shaded header row, one action a row. "
        "After the outer table a heading 'Governance' and three paragraphs of prose (who owns "
        "and oversees the plan, how it is updated, when an action is closed): not actions. "
        "'section' is the area's title as written, 'objective' the 'Why this matters' paragraph "
        "without its label, 'row' null (the nested tables have no reference column). 'text' is "
        "the Action cell, 'leads_raw' the Owner cell, 'date_raw' the By cell as written "
        "('March 2023', 'Monthly', 'From April 2023', 'Termly'; '' where empty). In the third "
        "area's nested table the Owner cell of the first three action rows is ONE cell merged "
        "down the three rows (vertical merge), holding 'Principal Social Worker' once: actions "
        "11, 12 and 13 each have that owner (leads_raw 'Principal Social Worker' for all three). "
        "Empty Owner cells: action 7 ('Monthly direct work clinic') and orphan 20 ('Council tax "
        "exemption'); empty By cells: action 3 ('Child in need reviews booked centrally'), "
        "action 13 ('Each new team manager has a mentor'), orphan 17 ('Host two learning "
        "visits') and orphan 22 ('Move the Youth Justice Service'). Word's curly apostrophes "
        "and dashes. Nothing cites a number: explicit_refs is [] everywhere and every link is "
        "judged. The report is outstanding and its 'What needs to improve?' is a single "
        "paragraph, transcribed as R1; so this plan cannot have an unanswered, a passing and a "
        "partly answered recommendation at once (as set ae's stavenby for Derby). R1 is partly "
        "answered (see asks), and the hard decoys stand against its unanswered ask. R1 is read "
        "as two asks; its second sentence (senior leaders' accurate understanding, their drive "
        "for innovation) is praise and asks nothing. The first ask, to address the extremely "
        "small number of areas of variability in an otherwise exceptional practice across the "
        "service, is answered by actions 1-14, the three areas, every one making something the "
        "same in every team (visits, records, reviews, out-of-hours plans, direct work, the "
        "child's words, life story work, supervision, step-down). The second ask, that the plans "
        "for addressing the variability are informed by routine scrutiny and challenge and by "
        "the established quality assurance framework, is answered by nothing: no action audits, "
        "scrutinises or quality-assures practice or uses what such work finds to steer the "
        "plan. Hard decoys for that ask: orphan 15 ('Quality assurance framework for the "
        "children's homes and fostering agencies we commission', with 'routine scrutiny visits') "
        "is about commissioned providers, not the council's own practice; orphan 16 ('Children "
        "and Young People Scrutiny Panel' to 'challenge' the rising cost of school taxis) is "
        "about home to school transport. A phrase of R1 in passing: orphan 17 ('Host two "
        "learning visits') shows other councils 'the exceptional practice' of the edge of care "
        "team; it is sector-led work, not aimed at variability, and is not linked. Orphans "
        "15-22: the whole 'Business as usual' row (also a new children's home, fostering "
        "recruitment, council tax for care leavers, mental health support teams in schools, the "
        "youth justice service's move). 'action N' means ketterby-N, numbered down the outer "
        "table and, within each row, down its nested table: 1-5 are the first area, 6-10 the "
        "second, 11-14 the third, 15-22 Business as usual. The plan's own names: the Ketterby "
        "Way (its practice handbook), Keystone (case record), Birchlea (a children's home), the "
        "Riverside Centre, the Ketterby and Wold NHS Trust."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Saltreach - a newsletter-style "Improvement update" printed to PDF from a publishing
# tool, answering Southampton 2020-01-09 (ILACS, 6). Masthead, then two text columns; priorities
# as column headings; actions as bold run-in titles with their sentences and a closing
# "(Lead: ..., by ...)" / "(by ...)" / nothing.
# ---------------------------------------------------------------------------------------------

SO_PRIORITIES = {  # number: column heading, in the council's words and order
    1: "Knowing the children we work with",
    2: "Managers alongside social workers",
    3: "A safe place to live at 16 and over",
    4: "Plans that make a difference",
    5: "Around the service",
}
SO_OTHER = 5


def so_actions():
    acts = []

    def add(pri, title, body, lead=None, by=None, links=()):
        """An action under priority ``pri``: a bold run-in ``title`` (ending with a full stop),
        its sentence(s) ``body``, then "(Lead: <lead>, by <by>)", "(by <by>)" or nothing.
        ``text`` is title and body joined by a space; leads_raw / date_raw the role and the
        month year inside the brackets ("" where absent)."""
        assert title.endswith(".") and body.endswith(".")
        assert by or not lead  # the format has no lead without a date
        acts.append(A(curly(f"{title} {body}"), curly(lead or ""), by or "", links, [], False,
                      row=None, section=curly(SO_PRIORITIES[pri]), objective=None,
                      pri=pri, title=curly(title), body=curly(body)))

    # Priority 1 - Knowing the children we work with (R1)
    add(1, "Same worker, start to finish.",
        "From April the social worker who completes a child's assessment stays with the child "
        "once a plan is made, instead of handing over to a long-term team.",
        "Head of Children's Social Care", "April 2020",
        links=[(1, "j", "h", "no handover between assessment and long-term teams: an "
                "uninterrupted relationship that carries the plan")])
    add(1, "Keeping our social workers.",
        "A retention payment after two years with us, and no more than 18 children for any "
        "social worker in the child in need and protection teams, so that fewer leave.",
        "HR Business Partner", "June 2020",
        links=[(1, "j", "h", "social workers who stay, so that children keep them for "
                "longer")])
    add(1, "Handovers the child can see.",
        "When a change of worker cannot be avoided, the old and new workers visit together and "
        "the child is given a short letter saying why the change is happening.",
        None, "May 2020",
        links=[(1, "j", "h", "the relationship carried over when a change of worker cannot be "
                "avoided")])
    add(1, "Fewer agency staff.",
        "Twelve agency posts will become permanent ones, and agency workers will be capped at "
        "one in ten of our social work posts.",
        "Service Director, Children and Families", "September 2020",
        links=[(1, "j", "m", "permanent staff rather than agency workers who move on: longer "
                "relationships with children")])

    # Priority 2 - Managers alongside social workers (R2, partly answered: advice on direct work)
    add(2, "Direct work surgeries.",
        "Every fortnight a team manager and a play therapist hold an open surgery where social "
        "workers bring a child they are trying to reach and leave with ideas for the next "
        "visit, written down so that the rest of the team can use them too.",
        "Principal Social Worker", "April 2020",
        links=[(2, "j", "h", "managers' advice to social workers on how to do direct work with "
                "a particular child")])
    add(2, "A practice guide for every age.",
        "A guide to working directly with children from babies to teenagers, written by our "
        "managers with ideas that have worked here in Saltreach.",
        "Principal Social Worker", "June 2020",
        links=[(2, "j", "m", "written advice from managers on how to undertake direct work")])
    add(2, "Managers on the visit.",
        "Team managers go out with each social worker at least once a quarter, to show how they "
        "talk and play with a child in the room.",
        None, "May 2020",
        links=[(2, "j", "h", "managers modelling direct work alongside social workers")])
    add(2, "Tools in every office.",
        "Feelings cards, worry dolls and life-story kits in each office, and a short session for "
        "team managers on coaching social workers to use them.",
        "Workforce Development Manager", "March 2020",
        links=[(2, "j", "h", "managers equipped to coach social workers in direct work")])

    # Priority 3 - A safe place to live at 16 and over (R5)
    add(3, "No more bed and breakfast.",
        "From 1 April no young person aged 16 or 17, and no care leaver, will be placed in bed "
        "and breakfast; any exception needs the Director's agreement on the day and is reported "
        "to the Lead Member.",
        "Director of Children's Services", "April 2020",
        links=[(5, "j", "h", "bed and breakfast ended for 16 and 17 year olds and care "
                "leavers")])
    add(3, "Emergency beds.",
        "Four supported lodgings beds with trained hosts, ready the same night for any young "
        "person who has nowhere safe to stay.",
        "Commissioning Manager", "June 2020",
        links=[(5, "j", "h", "somewhere to go on the night instead of bed and breakfast")])
    add(3, "Stepping Stones.",
        "Eight flats with staff on site for care leavers aged 18 to 21, run with the Harbourside "
        "Housing Trust.",
        "Head of Housing Options", "December 2020",
        links=[(5, "j", "m", "supported homes for care leavers over 18, so that bed and "
                "breakfast is not needed")])
    add(3, "One door for homeless 16 and 17 year olds.",
        "Housing Options and children's services will see any 16 or 17 year old who asks for "
        "help with housing together, on the same day, and agree where they will sleep that "
        "night.",
        None, "July 2020",
        links=[(5, "j", "m", "a joint same-day response that keeps 16 and 17 year olds out of "
                "bed and breakfast")])

    # Priority 4 - Plans that make a difference (R3); a passing mention of R4
    add(4, "Assessments that get to the point.",
        "A shorter assessment form that opens with why the MASH passed the referral on and ends "
        "with the three things the family most needs first.",
        "Head of Assessment", "May 2020",
        links=[(3, "j", "h", "the quality of assessments, leading to the right help first")])
    add(4, "Outcomes we can count.",
        "Every child in need and child protection plan sets out no more than five outcomes, "
        "each with a measure, so that the review can say what has changed.",
        "Principal Social Worker", "June 2020",
        links=[(3, "j", "h", "plans whose impact is clearly measured")])
    add(4, "Help in the first week.",
        "Services named in a plan start within five working days of the plan being agreed, or "
        "the team manager tells the head of service why not.",
        None, "September 2020",
        links=[(3, "j", "h", "children get the help in their plan quickly")])
    add(4, "A page for every plan.",
        "A Lighthouse report showing, for each child with a plan, whether the outcomes set at "
        "the start have been met at each review.",
        "Performance Manager", "October 2020",
        links=[(3, "j", "h", "the impact of plans measured and visible")])
    add(4, "Reading the file together.",
        "Each month heads of service read ten assessments and plans with the social worker and "
        "team manager, and grade them against the Saltreach standard.",
        "Head of Quality Assurance", "May 2020",
        links=[(3, "j", "m", "the quality of assessments and plans checked and raised")])

    # Priority 5 - Around the service (orphans)
    add(5, "A space for foster carers.",
        "A regular monthly reflective discussion for foster carers, where they talk about how "
        "their own training is progressing.",
        "Fostering Service Manager", "April 2020")
    add(5, "Home safety for little ones.",
        "Free stair gates, fire guards and window locks for parents of children under five, "
        "with a home safety agreement signed at the health visitor's first visit.",
        "Public Health Lead", "July 2020")
    add(5, "Safe at home.",
        "A twelve-week group for mothers recovering from domestic abuse, and a group of its own "
        "for their children, run with the Harbour Light charity.")
    add(5, "Youth council elections.",
        "Elections for the Saltreach Youth Council will be held in every secondary school.",
        None, "June 2020")
    add(5, "Saturday clubs.",
        "A new short breaks offer for disabled children, with Saturday clubs in three parks.",
        "Head of the Disabled Children's Service", "August 2020")
    add(5, "Education plans online.",
        "Personal education plans for children in care will be completed online from the "
        "summer term.",
        "Virtual School Head", "May 2020")
    add(5, "Staff awards.",
        "Nominations are open for the first Saltreach Children's Services staff awards.")
    return acts


SO = {
    "name": "saltreach", "ext": "pdf", "report": SO_REPORT, "recs": so_recs,
    "pages": SO_PAGES, "council": "Saltreach City Council",
    "actions": so_actions, "bounds": (15, 35),
    "expected": {1: "covered", 2: "weak", 3: "covered", 4: "weak", 5: "covered",
                 6: "uncovered"},
    "unanswered": [6], "passing": [4], "partial": [2],
    "orphans": [18, 19, 20, 21, 22, 23, 24],
    "miscited": [],
    "passing_phrase": {4: (13, "why the MASH passed the referral on")},
    "mentions": {},
    "decoys": {6: [19, 20]},
    "ask_decoys": {2: [18]},
    "asks": {2: [("better management advice for social workers on how to undertake direct work "
                  "with children", [5, 6, 7, 8]),
                 ("regular reflective discussions with social workers on the progress of "
                  "children and of the direct work", [])],
             3: [("the quality of assessments and plans, so that all children get the right "
                  "help quickly", [13, 15, 17]),
                 ("the impact of the help clearly measured", [14, 16])],
             5: [("no bed and breakfast for care leavers aged 18 and above", [9, 11]),
                 ("no bed and breakfast for children aged 16 and 17", [9, 10, 12])]},
    "notes": (
        "PDF of a newsletter-style 'Improvement update' printed from a publishing tool (A4 "
        "portrait, two pages). Page 1 opens with a masthead across the full width (a dark band: "
        "'Saltreach City Council \u00b7 Children's Services', 'Improvement update' in large type, "
        "'Issue 3 \u00b7 Spring 2020 \u00b7 For everyone who works with children in "
        "Saltreach'); below it, and on page 2 under a running header line, the text runs in TWO "
        "COLUMNS separated by a thin rule, read left column first, then right; page 2's right "
        "column is empty. The left column of page 1 opens with an italic welcome paragraph (not "
        "an action). Each priority is a column heading in the council's words ('Knowing the "
        "children we work with', 'Managers alongside social workers', 'A safe place to live at "
        "16 and over', 'Plans that make a difference', 'Around the service'; 'section' is the "
        "heading as written), not in the report's order, followed by its actions, one paragraph "
        "each: a short bold run-in title ending with a full stop, then one or two sentences, "
        "then '(Lead: <role>, by <month year>)', '(by <month year>)' or nothing. 'text' is the "
        "run-in title and the sentences joined by a space, without the closing bracket; "
        "'leads_raw' is the role after 'Lead: ' ('' when the bracket has no Lead or there is no "
        "bracket), 'date_raw' the month and year after 'by' ('' when there is no bracket); "
        "'row' and 'objective' null. Action 3 ('Handovers the child can see'), action 7 "
        "('Managers on the visit'), action 12 ('One door for homeless 16 and 17 year olds'), "
        "action 15 ('Help in the first week') and orphan 21 ('Youth council elections') end with "
        "'(by <month year>)' only: no lead; orphan 20 ('Safe at home') and orphan 24 ('Staff "
        "awards') end with nothing: no lead, no date. Column breaks: action 7 ('Managers on the "
        "visit') starts at the foot of page 1's left column and finishes, mid-sentence, at the "
        "head of its right column; action 14 ('Outcomes we can count') starts at the foot of "
        "page 1's right column and finishes at the head of page 2's left column. A boxed "
        "'Spotlight' panel in page 1's right column, between action 10 ('Emergency beds') and "
        "action 11 ('Stepping Stones'), quotes a young person on having had the same social "
        "worker for a year: not an action (it echoes R1 and answers nothing). A closing italic "
        "note after the last action ('Have a story for the next issue?') is not an action. "
        "Footer on every page: 'Saltreach Children's Services \u00b7 Improvement update' and "
        "'Page N'. The publishing tool's curly apostrophes and quotation marks. Nothing cites a "
        "number: explicit_refs is [] everywhere and every link is judged. Hard unanswered: R6 "
        "(the widespread and inappropriate use of child safety agreements with parents when "
        "children's exposure to domestic abuse is the primary safeguarding concern): nothing is "
        "aimed at it; orphan 19 ('Home safety for little ones': stair gates and a home 'safety "
        "agreement' signed by 'parents' of children under five) and orphan 20 ('Safe at home': "
        "a group for mothers recovering from 'domestic abuse', and one for their children) "
        "share its words, but one is accident prevention and the other recovery support, and "
        "neither touches how the council uses safety agreements when children live with "
        "domestic abuse. Passing: R4 (decision-making in the MASH adhering to local threshold "
        "guidance, no unnecessary statutory assessments) is touched only by action 13 "
        "('Assessments that get to the point', aimed at R3), whose shorter form 'opens with why "
        "the MASH passed the referral on': nothing changes how the MASH decides; weak, no link. "
        "Partly answered (see asks): R2: better management advice for social workers on how to "
        "undertake direct work is answered by actions 5-8 (direct work surgeries with a team "
        "manager, a practice guide written by managers, managers on visits, tools and coaching "
        "for managers); regular reflective discussions on children's progress by nothing; ask "
        "decoy: orphan 18 ('A space for foster carers': a 'regular' monthly 'reflective "
        "discussion' for foster carers about how their own training is 'progressing'); weak. "
        "Answered: R1 by actions 1-4 (the same worker from assessment to plan, keeping social "
        "workers, handovers the child can see, fewer agency staff); R3 by actions 13-17, both "
        "asks (the right help quickly: 13, 15, 17; impact clearly measured: 14, 16); R5 by "
        "actions 9-12, both asks (care leavers of 18 and over: 9, 11; children of 16 and 17: 9, "
        "10, 12). Orphans 18-24: the whole of 'Around the service' (also youth council "
        "elections, Saturday clubs for disabled children, personal education plans online, "
        "staff awards). 'action N' means saltreach-N, numbered in reading order (left column, "
        "then right, page by page): 1-4 under the first heading, 5-8 the second, 9-12 the "
        "third, 13-17 the fourth, 18-24 the fifth. The plan's own names: Lighthouse (reporting "
        "system), the Saltreach standard, Stepping Stones, the Harbourside Housing Trust, "
        "Harbour Light (a charity), the Saltreach Youth Council."),
}

# the layout promised in the notes, asserted by the writer: the action running from the foot of
# the left column of page 1 to the head of its right column, and the action running from the
# right column of page 1 to the left column of page 2 (by number)
SO_FLOWS = {"left-to-right": 7, "page-over": 14}

PLANS = [KT, SO]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_aj(plan, set_name="aj"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

KT_COVER = [  # (text, style) of the cover block, in order
    ("Ketterby Council", "Title"),
    ("Children\u2019s Services", "Subtitle"),
    ("Staying Outstanding: Practice Development Plan 2023\u201324", "bold"),
    ("Version 1.2 \u2013 12 January 2023 \u2013 Owner: Director of Children's Services", None),
    ("In October 2022 our services for children and families were judged outstanding in every "
     "area. Families, children and our own staff tell us the same thing: the help is warm, "
     "reliable and comes from people who know them. We are proud of that, and we do not take it "
     "for granted.", None),
    ("There are still a few places where what a family gets depends on which team or which "
     "worker they meet. This plan sets out what we will do about that over the next eighteen "
     "months, in three areas, and lists alongside it the other work that carries on. Each area "
     "says in a few words why it matters; each action has an owner and a date.", None),
]

KT_GOVERNANCE = [
    "This plan belongs to the Director of Children's Services. The Children's Leadership Team "
    "looks at every action at its monthly meeting, and owners bring a short note of progress "
    "with them. The Lead Member for Children receives a summary each quarter.",
    "Owners keep the By column up to date. A date is changed only with the agreement of the "
    "Leadership Team, and the old date is kept in the plan's version history.",
    "An action is closed when the Leadership Team agrees that the change can be seen in "
    "children's records and in what families and staff tell us. Work under Business as usual is "
    "not measured through this plan and is reported through its own boards.",
]


def write_kt(plan, acts, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.9))
    for side in ("top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    head = sec.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = curly("Ketterby Council \u2013 Staying Outstanding: Practice "
                                          "Development Plan 2023\u201324 \u2013 v1.2")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    for text, style in KT_COVER:
        if style == "bold":
            run = doc.add_paragraph().add_run(curly(text))
            run.bold = True
            run.font.size = Pt(14)
        else:
            doc.add_paragraph(curly(text), style=style)

    def fill(cell, text, bold=False, size=9, colour=None):
        cell.text = ""
        p = cell.paragraphs[0]
        for r in list(p._p.r_lst):  # an empty cell as Word leaves it: one paragraph, no run
            p._p.remove(r)
        if not text:
            return
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)

    outer_w = [Cm(4.9), Cm(12.3)]
    inner_w = [Cm(7.3), Cm(3.1), Cm(1.9)]
    groups = _groups(acts, lambda a: a["extra"]["area"])
    outer = doc.add_table(rows=len(groups), cols=2)
    outer.style = "Table Grid"
    outer.alignment = WD_TABLE_ALIGNMENT.CENTER
    outer.autofit = False
    merged_runs = 0
    for row, group in zip(outer.rows, groups):
        area = group[0]["extra"]["area"]
        title, why = KT_AREAS[area]
        left, right = row.cells
        left.width, right.width = outer_w
        shade(left, "E2EFD9" if area != KT_BAU else "EDEDED")
        fill(left, curly(title), bold=True, size=11)
        p = left.add_paragraph()
        r = p.add_run("Why this matters")
        r.bold = True
        r.font.size = Pt(9)
        p = left.add_paragraph()
        r = p.add_run(curly(why))
        r.font.size = Pt(9)

        inner = right.add_table(rows=1 + len(group), cols=3)
        right._tc.remove(right.paragraphs[0]._p)  # the nested table opens the cell
        inner.style = "Table Grid"
        inner.autofit = False
        for cell, h, w in zip(inner.rows[0].cells, KT_HEADER, inner_w):
            fill(cell, h, bold=True, colour="FFFFFF")
            shade(cell, "385623")
            cell.width = w
        # the Owner cell merged down a run of three rows: written once, on the first row; the
        # two cells below are left untouched (an empty cell moves nothing into the merge)
        flags = [a["extra"]["merged"] for a in group]
        below = set()
        if any(flags):
            k = flags.index(True)
            run = group[k:k + 3]
            assert flags[k:k + 3] == [True] * 3 and sum(flags) == 3, title
            assert len({a["lead"] for a in run}) == 1, title
            below = {k + 2, k + 3}
        for k, a in enumerate(group, 1):
            for c, (value, w) in enumerate(zip((a["text"], a["lead"], a["date"]), inner_w)):
                cell = inner.cell(k, c)
                if not (c == 1 and k in below):
                    fill(cell, value)
                cell.width = w
        if any(flags):
            k = flags.index(True) + 1
            top = inner.cell(k, 1).merge(inner.cell(k + 2, 1))
            assert len(top.paragraphs) == 1 and top.text == group[k - 1]["lead"], title
            merged_runs += 1
    assert merged_runs == 1, merged_runs

    doc.add_paragraph("")
    doc.add_paragraph("Governance", style="Heading 1")
    for para in KT_GOVERNANCE:
        doc.add_paragraph(curly(para))
    docx_props(doc, "Children's Services", "Staying Outstanding: Practice Development Plan "
                                           "2023-24")
    doc.save(path)
    normalise_zip(path)


SO_MAST = {
    "kicker": "Saltreach City Council \u00b7 Children\u2019s Services",
    "title": "Improvement update",
    "issue": "Issue 3 \u00b7 Spring 2020 \u00b7 For everyone who works with children in Saltreach",
}
SO_STANDFIRST = (
    "Welcome to the spring update. Inspectors spent two weeks with us in November and their "
    "report came out in January. They saw skilled work with many families, and they told us "
    "plainly where children are still waiting too long for the right help. This issue sets out "
    "what we are doing about it, priority by priority, and rounds up other news from across "
    "the service. Thank you for everything you do. We will send an update every season until the "
    "plan is finished, and each one will say what has changed for children.")
SO_SPOTLIGHT = {
    "head": "Spotlight",
    "quote": "\u201cI\u2019ve had the same social worker for a year now. She remembers my "
             "dog\u2019s name and what I told her last time, so I don\u2019t have to start "
             "again.\u201d",
    "who": "\u2013 a young person aged 15, speaking at the Children in Care Council",
}
SO_SPOTLIGHT_AFTER = 10  # the panel stands after this action, inside its column
SO_CLOSE = ("Have a story for the next issue? Write to the Improvement Team at Saltreach Civic "
            "Offices. The summer update will be out in July.")


def so_tail(a):
    """The closing bracket of an action as printed: "(Lead: X, by Y)", "(by Y)" or ""."""
    if a["lead"]:
        return f"(Lead: {a['lead']}, by {a['date']})"
    if a["date"]:
        return f"(by {a['date']})"
    return ""


def write_so(plan, acts, path):
    reportlab_canvas()  # invariant mode before anything is built
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)

    w, h = A4
    side, top, bottom, gutter = 1.7 * cm, 1.5 * cm, 1.8 * cm, 0.8 * cm
    mast = 4.3 * cm
    col = (w - 2 * side - gutter) / 2
    ink, teal = HexColor("#1B2A41"), HexColor("#006D77")

    stand = ParagraphStyle("stand", fontName="Helvetica-Oblique", fontSize=10.5, leading=14,
                           spaceAfter=8, textColor=ink)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=12.5, leading=15,
                          spaceBefore=9, spaceAfter=5, textColor=teal, keepWithNext=1)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.6,
                          spaceAfter=6, textColor=ink)
    spot_h = ParagraphStyle("spoth", fontName="Helvetica-Bold", fontSize=10, leading=13,
                            textColor=HexColor("#FFFFFF"))
    spot_q = ParagraphStyle("spotq", fontName="Helvetica-Oblique", fontSize=10.5, leading=14,
                            textColor=ink, spaceBefore=3)
    spot_w = ParagraphStyle("spotw", fontName="Helvetica", fontSize=8.5, leading=11,
                            textColor=ink, spaceBefore=3)
    close = ParagraphStyle("close", parent=body, fontName="Helvetica-Oblique", fontSize=8.5,
                           leading=11, spaceBefore=6)

    class Part(Paragraph):
        """An action's paragraph; the parts reportlab splits it into keep its number."""
        _aj = None

        def split(self, aw, ah):
            parts = Paragraph.split(self, aw, ah)
            for p in parts:
                p._aj = self._aj
            return parts

    placed = {}  # action number -> [(page, frame id)] of each drawn part

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            n = getattr(flowable, "_aj", None)
            if n is not None:
                placed.setdefault(n, []).append((self.page, self.frame.id))

    first = PageTemplate("first", [
        Frame(side, bottom, col, h - top - mast - bottom, id="left", leftPadding=0,
              rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(side + col + gutter, bottom, col, h - top - mast - bottom, id="right",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])
    later = PageTemplate("later", [
        Frame(side, bottom, col, h - top - 1.0 * cm - bottom, id="left", leftPadding=0,
              rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(side + col + gutter, bottom, col, h - top - 1.0 * cm - bottom, id="right",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])

    def spotlight():
        t = Table([[Paragraph(xml_escape(SO_SPOTLIGHT["head"]), spot_h)],
                   [[Paragraph(xml_escape(SO_SPOTLIGHT["quote"]), spot_q),
                     Paragraph(xml_escape(SO_SPOTLIGHT["who"]), spot_w)]]],
                  colWidths=[col])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, teal),
                               ("BACKGROUND", (0, 0), (-1, 0), teal),
                               ("BACKGROUND", (0, 1), (-1, 1), HexColor("#E6F2F3")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 1), (-1, 1), 8)]))
        return [Spacer(1, 4), t, Spacer(1, 8)]

    story = [NextPageTemplate("later"), Paragraph(xml_escape(curly(SO_STANDFIRST)), stand)]
    for i, a in enumerate(acts, 1):
        x = a["extra"]
        if i == 1 or x["pri"] != acts[i - 2]["extra"]["pri"]:
            story.append(Paragraph(xml_escape(a["section"]), head))
        tail = so_tail(a)
        markup = f"<b>{xml_escape(x['title'])}</b> {xml_escape(x['body'])}"
        if tail:
            markup += " " + xml_escape(tail)
        p = Part(markup, body)
        p._aj = i
        story.append(p)
        if i == SO_SPOTLIGHT_AFTER:
            story += spotlight()
    story.append(Paragraph(xml_escape(SO_CLOSE), close))

    def furniture(c, n, total):
        c.saveState()
        if n == 1:
            c.setFillColor(ink)
            c.rect(0, h - top - mast + 0.5 * cm, w, mast - 0.5 * cm + top, stroke=0, fill=1)
            c.setFillColor(HexColor("#FFFFFF"))
            c.setFont("Helvetica", 9)
            c.drawString(side, h - top - 0.1 * cm, SO_MAST["kicker"])
            c.setFont("Helvetica-Bold", 34)
            c.drawString(side, h - top - 1.55 * cm, SO_MAST["title"])
            c.setFont("Helvetica", 10)
            c.drawString(side, h - top - 2.35 * cm, SO_MAST["issue"])
            c.setFillColor(teal)
            c.rect(0, h - top - mast + 0.5 * cm, w, 0.18 * cm, stroke=0, fill=1)
        else:
            c.setFillColor(ink)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(side, h - top - 0.2 * cm, "Improvement update \u00b7 Spring 2020")
            c.setStrokeColor(teal)
            c.setLineWidth(0.8)
            c.line(side, h - top - 0.4 * cm, w - side, h - top - 0.4 * cm)
        c.setStrokeColor(teal)
        c.setLineWidth(0.5)
        c.line(side + col + gutter / 2, bottom, side + col + gutter / 2,
               h - top - (mast if n == 1 else 1.0 * cm))
        c.setFillColor(ink)
        c.setFont("Helvetica", 8)
        c.drawString(side, 1.0 * cm, "Saltreach Children\u2019s Services \u00b7 Improvement update")
        c.drawRightString(w - side, 1.0 * cm, f"Page {n}")
        c.restoreState()

    doc = Doc(str(path), pagesize=A4, leftMargin=side, rightMargin=side, topMargin=top,
              bottomMargin=bottom, pageTemplates=[first, later],
              title="Improvement update - Spring 2020", author="Saltreach Children's Services",
              subject="", creator="Microsoft\u00ae Publisher for Microsoft 365")
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    # the layout promised in the notes: two pages; the one action running from the left column
    # of page 1 to its right column, the one running from page 1's right column to page 2's
    # left column; every other action in one piece
    assert sorted(placed) == list(range(1, len(acts) + 1)), sorted(placed)
    assert max(p for parts in placed.values() for p, _ in parts) == 2, placed
    assert placed[SO_FLOWS["left-to-right"]] == [(1, "left"), (1, "right")], placed
    assert placed[SO_FLOWS["page-over"]] == [(1, "right"), (2, "left")], placed
    assert all(len(parts) == 1 for n, parts in placed.items()
               if n not in SO_FLOWS.values()), placed


WRITERS = {"ketterby": write_kt, "saltreach": write_so}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    # North Lincolnshire has a single item: it is the partly answered one
    "ketterby": dict(unanswered=0, passing=0, partial=1, miscited=0, orphans=(4, 12)),
    "saltreach": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 12)),
}




def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's block (when the PDF is at hand), with nothing but the bullet glyph (or,
    for a paragraph, nothing at all) before each, and nothing after the last."""
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


SAME = re.compile(r"every (?:team|social worker)|all teams|any team|which(?:ever)? team|"
                  r"different teams?|another|the same|the others")
QA = re.compile(r"audit|scrutin|quality assurance|moderat|challeng|dip sampl|case reading", re.I)


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
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert curly(phrase) in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # a recommendation's phrase mentioned by an orphan (the passing trap where the report has
    # too few recommendations for a passing one)
    for n, (k, phrase) in plan["mentions"].items():
        a = ids[pid[k]]
        assert phrase in a["text"] and phrase in rec_text[f"R{n}"], (name, n)
        assert a["id"] in d["orphans"], (name, n)
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
    for r in d["unanswered"]:  # no designed gap is answered by anything
        assert r not in per_rec, r
    # the notes' "action N ('words" / "orphan N ('words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \('([^']+)", d["notes"], re.I)
    assert len(quoted) >= 6, (name, quoted)
    for n, words in quoted:
        assert words in _plain(ids[f"{name}-{n}"]["text"]), (name, n, words)
    for kind, n in re.findall(r"\b(orphans?) (\d+)\b", d["notes"], re.I):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`]|\u00a0", a["text"] + a["leads_raw"] + a["date_raw"]), \
            a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", a["text"],
                             re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert "'" not in a["text"] + a["leads_raw"], a["id"]  # curly quotes
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert a["row"] is None and not a["explicit_refs"], a["id"]
    assert all(l["source"] == "judged" for l in gold["links"]), name
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    if name == "ketterby":
        areas = [g[0]["area"] for g in _groups(x, lambda e: e["area"])]
        assert areas == sorted(KT_AREAS), areas
        for a, e in zip(acts, x):
            title, why = KT_AREAS[e["area"]]
            assert a["section"] == curly(title) and a["objective"] == curly(why), a["id"]
            assert not re.search(r"\d|recommend|ofsted", title + why, re.I), a["id"]
            if e["area"] == KT_BAU:
                assert a["id"] in d["orphans"], a["id"]
            else:  # every linked action makes something the same across teams, and none
                # audits, scrutinises or quality-assures (the unanswered ask)
                assert mine[a["id"]] == {"R1"}, a["id"]
                assert SAME.search(a["text"]), a["id"]
                assert not QA.search(a["text"]), a["id"]
        assert {a["id"] for a, e in zip(acts, x) if e["area"] == KT_BAU} == set(d["orphans"])
        # one Owner cell merged down three consecutive rows of one area, one owner
        flags = [e["merged"] for e in x]
        k = flags.index(True)
        assert flags[k:k + 3] == [True] * 3 and sum(flags) == 3, flags
        run = list(zip(acts[k:k + 3], x[k:k + 3]))
        assert len({e["area"] for _, e in run}) == 1 and run[0][1]["area"] != KT_BAU
        assert len({a["leads_raw"] for a, _ in run}) == 1 and run[0][0]["leads_raw"], run
        assert any(not a["date_raw"] for a, _ in run), name  # a By cell empty beside it
        assert gold["expected"] == {"R1": "weak"} and d["partial"] == ["R1"], name
        # the governance prose and the cover say nothing of audit or scrutiny
        assert not any(QA.search(t) for t in KT_GOVERNANCE + [t for t, _ in KT_COVER])
        dates = [a["date_raw"] for a in acts]
        for pat in (r"[A-Z][a-z]+ 20\d\d", r"From [A-Z][a-z]+ 20\d\d", "Monthly", "Termly", ""):
            assert any(re.fullmatch(pat, v) for v in dates), pat
    if name == "saltreach":
        pris = [g[0]["pri"] for g in _groups(x, lambda e: e["pri"])]
        assert pris == sorted(SO_PRIORITIES), pris
        assert not any(re.search(r"^\s*\d|recommend|priority", h, re.I)
                       for h in SO_PRIORITIES.values()), name
        for a, e in zip(acts, x):
            assert a["section"] == curly(SO_PRIORITIES[e["pri"]]), a["id"]
            assert a["text"] == f"{e['title']} {e['body']}", a["id"]
            assert e["title"].endswith(".") and len(e["title"].split()) <= 9, a["id"]
            assert not a["leads_raw"] or a["date_raw"], a["id"]  # no lead without a date
            assert not a["date_raw"] or re.fullmatch(
                r"(January|February|March|April|May|June|July|August|September|October|"
                r"November|December) 20\d\d", a["date_raw"]), a["id"]
            if e["pri"] == SO_OTHER:
                assert a["id"] in d["orphans"], a["id"]
        assert {a["id"] for a, e in zip(acts, x) if e["pri"] == SO_OTHER} == set(d["orphans"])
        tails = [so_tail(a) for a in raw]
        assert any(t.startswith("(Lead: ") for t in tails), name
        assert any(t.startswith("(by ") for t in tails) and "" in tails, name
        # the aims of the priorities are not the report's order
        first = [sorted(int(r[1:]) for r in mine[acts[i]["id"]])[0]
                 for i, e in enumerate(x) if mine[acts[i]["id"]] and
                 (i == 0 or x[i - 1]["pri"] != e["pri"])]
        assert first != sorted(first), first
        # the column breaks fall inside actions that are not the first under their heading
        # (a heading is kept with its first action)
        for key, n in SO_FLOWS.items():
            assert n and x[n - 1]["pri"] == x[n - 2]["pri"], (key, n)
        assert SO_FLOWS["left-to-right"] < SO_FLOWS["page-over"], SO_FLOWS
        for n in SO_FLOWS.values():  # ... and the notes name them
            assert re.search(rf"action {n} \('[^']+'\) starts at the foot", d["notes"]), n
        # the Spotlight quote is nobody's action; it sits between two actions
        quote = SO_SPOTLIGHT["quote"]
        assert not any(quote in a["text"] for a in acts), name
        assert 1 <= SO_SPOTLIGHT_AFTER < len(acts), name
        assert f"between action {SO_SPOTLIGHT_AFTER} (" in d["notes"], name
        # the partly answered R2: no linked action holds reflective discussions on progress;
        # the unanswered R6: no linked action speaks of safety agreements or domestic abuse
        for a in acts:
            if mine[a["id"]]:
                assert not re.search(r"reflect|progress|discuss", a["text"], re.I), a["id"]
                assert not re.search(r"safety agreement|domestic", a["text"], re.I), a["id"]
        for r, s in gold["expected"].items():  # covered ones: every ask answered, 2-5 actions
            if s == "covered":
                assert 2 <= len(per_rec[r]) <= 5, (r, per_rec[r])
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "aj", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_aj)
