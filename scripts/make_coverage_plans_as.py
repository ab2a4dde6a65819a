"""Write the sealed coverage evaluation set "as": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_as.py            # writes documents and gold
    python scripts/make_coverage_plans_as.py --check    # only runs the consistency checks

Documents: corpus/coverage/as/<name>.<ext>      Gold: corpus/gold/coverage/as/<name>.json

The two documents imitate what councils' own systems produce: a plain text e-mail (.txt, as
Outlook saves a message) in which a head of service sends round version 3 of a short plan typed
by hand into the body (header lines From: / Sent: / To: / Cc: / Subject:, a greeting and two
paragraphs; then the plan as an indented bulleted outline hard-wrapped at 72 columns: "* <theme>"
lines, under each "  - <action> (<owner>) - <date>" items, long items wrapping onto continuation
lines indented by four spaces, some items with no owner or no date, a few sub-points
"      o <step>" that are steps of the item above and not actions; a signature block; then the
earlier e-mail of the thread, version 2 of the plan, quoted with "> " on every line, which is NOT
the plan: it holds older wordings and a whole theme that version 3 dropped); and a landscape
action plan printed to PDF from a Word table (A4 landscape, reportlab) whose header row has its
narrow columns' headings ROTATED 90 degrees (Ref, Lead, Due, RAG, Done read bottom to top; the
wide "Ofsted recommendation" and "Action" headings horizontal), a boxed "Key" legend on page 1
before the table, shaded section rows across the table, the recommendation's text in ONE cell
merged down the rows of its actions, Action cells holding a bullet list of two or three actions
that share the row's Lead and Due, a RAG cell and a tick (U+2713) in a "Done" column for
completed rows; the table runs over several pages with its header row repeated.

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
items of both were transcribed by hand from the report PDFs for this set (text read with
pypdfium2) and are held below as data (NY_RECS, SL_RECS), word for word, lines broken by the PDF
joined, the reports' curly apostrophes kept; they are passed to build_gold(recs=...). Nothing is
written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the action's Ref cell
                                   cites 3 and the text supports it) or "j" judged; "h" high /
                                   "m" medium
The e-mail cites no recommendation number, so all its links are judged. In the PDF the Ref cell
("2.5a") names the report's section and bullet (section 2, fifth bullet = R12), as the plan's Key
says; those links are explicit. Design lists and asks name an action by its number N (the action
is <name>-N): in the PDF a Ref is shared by the two or three actions of a bulleted cell.

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes and terms such as the Public Law Outline, legal planning meetings, family group
conferences, section 7 reports, staying put, the virtual school, personal education plans or MASE
meetings are named as councils name them); no real person is named, the e-mail addresses are at
an invented domain and the telephone number is in the range set aside for drama. Output is
deterministic: the text file is written byte for byte from the data; reportlab runs in invariant
mode with fixed metadata (the tick needs a font that has it: DejaVu Sans, from the system's font
directory, embedded as a subset).
"""

import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, build_gold, main, numbered_canvas, xml_escape  # noqa: E402
from _coverage_sets import groups as _groups, words as _words  # noqa: E402
from _coverage_sets import transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# North Yorkshire, inspection of local authority children's services (ILACS), report published
# 18 August 2023 (outstanding). "What needs to improve?", page 2 of the PDF: ONE bullet (a black
# square), addressed to the local authority, followed directly by the heading "The experiences
# and progress of children who need help and protection: outstanding". Numbered 1. Lines broken
# by the PDF joined with a space.
# ---------------------------------------------------------------------------------------------

NY_REPORT = "north-yorkshire-80530/2023-08-18.pdf"
NY_PAGES = (2,)

NY_RECS = [  # (number, page, text)
    (1, 2, "The recording of manager oversight and decision-making within the Public Law Outline, "
           "and the quality of the letter before proceedings to make it accessible for parents."),
]

# ---------------------------------------------------------------------------------------------
# Slough, inspection of services for children in need of help and protection, children looked
# after and care leavers, and review of the LSCB (SIF), report published 17 February 2016
# (inadequate). The local authority's list is headed "Recommendations" (this report has no
# section called "Areas for improvement"), pages 9-10 of the PDF: four numbered sub-headings
# ("1. Quality and effectiveness of practice" ...), each followed by bullets (a private-use glyph,
# U+F06E, as extracted) without numbers of their own. Numbered 1-22 in the report's order; the
# sub-heading each sits under kept as its group. "multi-" + "agency" broken over a line of R1 is
# the hyphenated word; curly apostrophes of R5, R12 and R13 kept. The page number "10" stands
# between R12 and R13. The LSCB's own recommendations (page 39) are addressed to the board and are
# left out.
# ---------------------------------------------------------------------------------------------

SL_REPORT = "slough-80553/2016-02-17.pdf"
SL_PAGES = (9, 10)

SL_GROUPS = {
    1: "1. Quality and effectiveness of practice",
    2: "2. Oversight and scrutiny by senior and political leaders",
    3: "3. Children who go missing or who are at risk of child sexual exploitation",
    4: "4. Provision and sufficiency of key services",
}

SL_RECS = [  # (number, page, group, text)
    (1, 9, 1, "In line with longstanding plans, develop and embed a genuinely multi-agency "
              "response to concerns about children. This should be rooted in clear and "
              "up-to-date threshold guidance rolled out across the partnership and regularly "
              "reviewed in conjunction with the LSCB."),
    (2, 9, 1, "Ensure that contingency arrangements and escalation processes are reviewed, "
              "monitored and understood at all levels of need and concern. This should include "
              "thresholds for step up and step down arrangements."),
    (3, 9, 1, "Ensure that all children and young people at risk of significant harm benefit "
              "from strategy discussions and meetings that meet minimum statutory "
              "requirements."),
    (4, 9, 1, "Improve the coordination and quality of support offered to children and young "
              "people on the edge of care and returning home from care."),
    (5, 9, 1, "Ensure that assessments, care plans and pathway plans for children looked after "
              "and care leavers are up to date, relevant to the individual child or young person "
              "and based on a thorough analysis of children and young people\u2019s needs and "
              "aspirations so that consequent action planning is effective."),
    (6, 9, 1, "Significantly improve the quality and regularity of contact with and support for "
              "care leavers, ensuring that managers oversee the frequency, quality and impact of "
              "contact effectively."),
    (7, 9, 1, "Ensure that staff have the knowledge and capacity to complete good-quality and "
              "timely life story work and letters for later life."),
    (8, 9, 2, "Through ambitious and innovative means, prioritise the establishment of a stable "
              "and skilled permanent workforce."),
    (9, 9, 2, "Evaluate the quality and effectiveness of early help processes and services to "
              "inform and improve future planning and service delivery."),
    (10, 9, 2, "Revise the corporate parenting strategy to ensure that it sets out a clear "
               "vision and process for improving outcomes for children looked after and care "
               "leavers."),
    (11, 9, 2, "Review the terms of reference of the corporate parenting panel to ensure that it "
               "includes wider partner representation and provides rigorous scrutiny and "
               "challenge."),
    (12, 9, 2, "Broaden the range of children and young people who participate in the CiCC and "
               "create a care leavers\u2019 focus group. Embed consultation processes "
               "systematically across the service."),
    (13, 10, 2, "Strengthen and monitor the effectiveness of the role of IROs in challenging and "
                "escalating concerns about children\u2019s plans."),
    (14, 10, 2, "Ensure that learning from complaints, audits and other sources is used "
                "effectively to influence service development."),
    (15, 10, 3, "With key partners, take decisive action to ensure that the local extent of "
                "child sexual exploitation is known and understood and that intelligence "
                "information is used proactively to inform risk management and disruption "
                "activities."),
    (16, 10, 3, "Be tenacious about ensuring that all children who go missing from home or care "
                "are offered a timely return home interview that properly explores and "
                "addresses risk and need."),
    (17, 10, 3, "Take urgent steps to ensure that all children who are identified as being at "
                "risk of going missing or being sexually exploited are subject to a risk "
                "assessment and are offered responsive and appropriate help."),
    (18, 10, 4, "Finalise, as a matter of urgency, which body is responsible for commissioning "
                "individual functions and services."),
    (19, 10, 4, "Ensure that children and young people have access to an advocacy service that "
                "enables the children and young people to express their views, particularly in "
                "important meetings about them."),
    (20, 10, 4, "Review the range and quality of accommodation for children looked after and "
                "care leavers, including staying put arrangements."),
    (21, 10, 4, "Improve the educational support provided to children looked after and "
                "strengthen significantly all services offered by the virtual school."),
    (22, 10, 4, "Review the effectiveness and organisation of support to care leavers."),
]

# where each list sits in its report: the words opening the block, the words after it (None: the
# end of the last page), and what stands before each item (its label; for Slough the sub-heading
# before the first item of a group, and the page number before R13)
SL_BULLET = "\uf06e"
BLOCKS = {
    NY_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection: "
                        "outstanding",
                    labels={1: "\u25fc"}),
    SL_REPORT: dict(start="Recommendations", end=None,
                    labels={**{n: SL_BULLET for n, _, _, _ in SL_RECS},
                            1: f"{SL_GROUPS[1]} {SL_BULLET}", 8: f"{SL_GROUPS[2]} {SL_BULLET}",
                            13: f"10 {SL_BULLET}", 15: f"{SL_GROUPS[3]} {SL_BULLET}",
                            18: f"{SL_GROUPS[4]} {SL_BULLET}"}),
}


def ny_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in NY_RECS]


def sl_recs():
    return [{"number": n, "addressee": "local authority", "group": SL_GROUPS[g], "text": t,
             "page": p} for n, p, g, t in SL_RECS]


# ---------------------------------------------------------------------------------------------
# Plan 1: Thorvale - a plain text e-mail answering North Yorkshire 2023-08-18 (ILACS, one item).
# Headers, greeting, the plan as an outline wrapped at 72 columns, signature, then version 2 of
# the plan quoted with "> " (not the plan).
# ---------------------------------------------------------------------------------------------

TV_THEMES = {  # number: the "* " line, in the author's words and order
    1: "Managers' oversight - what goes on the child's record",
    2: "Decisions in pre-proceedings",
    3: "Knowing it is happening",
    4: "Other bits we said we would pick up (not PLO)",
}
TV_OTHER = 4


def tv_actions():
    acts = []

    def add(theme, text, owner, date, links=(), steps=()):
        """An item of theme ``theme``: '  - <text> (<owner>) - <date>', the bracket or the date
        left off where empty; ``steps`` the '      o' sub-points under it (not actions)."""
        acts.append(A(text, owner, date, links, [], False, row=None, section=TV_THEMES[theme],
                      objective=None, theme=theme, steps=list(steps)))

    # Theme 1 - managers' oversight recorded (R1, first ask)
    add(1, "New PLO oversight case note on Keel with fixed headings: why we are in PLO, "
        "what needs to change, by when, and what happens if it doesn't",
        "Principal Social Worker", "30/11/23",
        links=[(1, "j", "h", "one set place on the child's record for the manager's oversight "
                "of a PLO case")],
        steps=["headings to Legal for comment by 27/10",
               "try it out with the Ashby Moor locality team for two weeks",
               "switch on for all teams and retire the free-text PLO note"])
    add(1, "Team managers to add a note for every child in PLO at least every four weeks, "
        "saying what has changed since the last one",
        "Team Managers", "from Dec 2023",
        links=[(1, "j", "h", "regular recorded management oversight of every child in "
                "pre-proceedings")])
    add(1, "Head of service to write on the child's file (not just in the legal planning "
        "meeting minutes) why they agreed to start pre-proceedings",
        "Heads of Service", "Nov 2023",
        links=[(1, "j", "h", "the senior decision to enter the PLO recorded, with reasons, on "
                "the child's record")])
    add(1, "One-page guide to what a good PLO case note looks like, plus three one-hour "
        "drop-in briefings for TMs and ATMs",
        "PSW / Workforce Development", "Jan 2024",
        links=[(1, "j", "m", "managers shown how to record their oversight well")])
    add(1, "Build the new case note into induction for new TMs and the ASYE programme",
        "Workforce Development Lead", "ongoing",
        links=[(1, "j", "m", "new managers taught to record oversight from the start")])

    # Theme 2 - decisions in pre-proceedings (R1, first ask)
    add(2, "Legal planning meeting decisions, the reasons and the agreed timescale typed onto "
        "the child's record within two working days",
        "LPM chair", "Nov 2023",
        links=[(1, "j", "h", "the decision-making at the gateway into the PLO recorded on the "
                "child's file")])
    add(2, "Week 12 review for every family in pre-proceedings, chaired by the head of service, "
        "to decide whether we step down, extend or issue, with the decision and reasons "
        "recorded",
        "Head of Service, Court and Permanence", "Jan 2024",
        links=[(1, "j", "h", "a decision point within the PLO, chaired by a manager and "
                "recorded")],
        steps=["agree the format with Legal",
               "business support to set the diary dates as each family starts"])
    add(2, "No extension past 16 weeks unless the Assistant Director agrees it on the record",
        "AD Children and Families", "Dec 2023",
        links=[(1, "j", "h", "senior oversight of extensions in the PLO, recorded")])
    add(2, "When we end PLO without going to court, the TM writes up why and what support "
        "carries on for the family",
        "", "",
        links=[(1, "j", "h", "the decision to leave the PLO recorded by the manager")])
    add(2, "FGC offered before every first PLO meeting with the family, and where it isn't, "
        "the reason goes on the file",
        "FGC Service Manager", "Jan 2024",
        links=[(1, "j", "m", "a management decision within the PLO written down")])

    # Theme 3 - knowing it is happening (R1, first ask; action 11 names the letter in passing)
    add(3, "Add an oversight in the last 4 weeks flag to the PLO tracker, and a column for the "
        "date the letter before proceedings went out, so the weekly list picks up any family "
        "where nothing has been recorded",
        "Performance and Intelligence", "Dec 2023",
        links=[(1, "j", "h", "missing oversight entries found each week")])
    add(3, "Dip sample of ten pre-proceedings files a quarter by the practice review team, "
        "looking only at the oversight entries",
        "Practice Review Manager", "",
        links=[(1, "j", "m", "the recording of oversight in the PLO checked")])
    add(3, "Monthly figures to CSLT: families in pre-proceedings, weeks in, and how many have "
        "oversight recorded in the last month",
        "", "monthly",
        links=[(1, "j", "m", "senior leaders see whether oversight is recorded")])

    # Theme 4 - other bits (orphans)
    add(4, "Ethnicity to be a mandatory field on the MAST contact form, with a weekly exceptions "
        "list to the MAST manager",
        "MAST Manager", "Dec 2023")
    add(4, "School attendance: rewrite the warning letter sent to parents before proceedings in "
        "the magistrates' court so that it is accessible (plain English, Easy Read and the five "
        "main community languages)",
        "Education Welfare Service Manager", "Feb 2024")
    add(4, "SEND annual review letters to parents redone so they are accessible on a phone",
        "SEND Service Manager", "Mar 2024")
    add(4, "Private law: section 7 reports read by a manager before they are filed, with the "
        "manager oversight noted on the file",
        "Court Team Manager", "tbc")
    add(4, "Refresher on the cultural genogram for everyone who has started since January",
        "Practice Development Lead", "ongoing")
    add(4, "Consultation line: listen back to 20 calls from October to make sure every referral "
        "we advised was made on the day",
        "Consultation Line Manager", "Nov 2023")
    add(4, "Relaunch the foster carer recruitment campaign after Christmas",
        "Fostering Recruitment Manager", "Jan 2024")
    add(4, "Staff survey results and what we will do about them to CSLT",
        "HR Business Partner", "Nov 2023")
    add(4, "Self-evaluation refreshed ready for the annual conversation",
        "Head of Quality Assurance", "Feb 2024")
    return acts


TV_HEAD = [
    ("From", "Askwith, Ruth <Ruth.Askwith@thorvale.gov.uk>"),
    ("Sent", "17 October 2023 16:42"),
    ("To", "CS Leadership Team <CSLT@thorvale.gov.uk>"),
    ("Cc", "Brennan, Alison (Legal Services) <Alison.Brennan@thorvale.gov.uk>; Performance Team "
           "<Performance@thorvale.gov.uk>"),
    ("Subject", "RE: PLO improvement plan v3 - for CSLT Thursday"),
]
TV_GREETING = "Hi all,"
TV_INTRO = [
    "Here's v3 of the plan for Thursday. It's the same as the v2 I sent round on the 5th apart "
    "from what came back from Legal and the team managers' session last week. Biggest change: "
    "I've taken the letters section out for now. Legal want to wait for the regional template "
    "before we touch any of our pre-proceedings letters, so that will come back to CSLT "
    "separately in the new year.",
    "Owners in brackets, dates after. Anything without a name or a date is still being worked "
    "out - shout if it's yours. The o's are just the steps, not separate actions.",
]
TV_SIGN = [
    "Thanks",
    "Ruth",
    "",
    "Ruth Askwith",
    "Head of Service, Court and Permanence",
    "Children and Families Service | Thorvale County Council",
    "Tel: 01632 960418",
    "",
    "OFFICIAL",
]
# version 2 of the plan, the earlier message of the thread, quoted below the signature: NOT the
# plan (older wordings; the "Letters to families" theme version 3 dropped)
TV_OLD_HEAD = "On Thu, 5 Oct 2023 at 09:15, Ruth Askwith wrote:"
TV_OLD = [
    ("Hi all,", None),
    ("First go at a plan for the one thing we were asked to improve. Comments to me by the 12th "
     "please.", None),
    ("Oversight", [
        ("Managers to record oversight on PLO cases", "Principal Social Worker", "Nov 2023"),
        ("Head of service sign-off of PLO decisions", "Heads of Service", "Nov 2023"),
        ("Briefings for team managers", "Workforce Development", "Dec 2023"),
    ]),
    ("Letters to families", [
        ("Rewrite our letter before proceedings with parents from the Family Voices group so it "
         "is short, clear and in plain English", "Head of Service, Court and Permanence",
         "Dec 2023"),
        ("Easy Read and translated versions of the letter, and a voice note version for parents "
         "who don't read", "Communications Officer", "Jan 2024"),
        ("Social worker to go through the letter with the parent in person the day it is sent",
         "Team Managers", "from Nov 2023"),
    ]),
    ("Tracking", [
        ("PLO tracker to show oversight and letter dates", "Performance and Intelligence",
         "Dec 2023"),
        ("Audit of PLO files", "Practice Review Manager", "tbc"),
    ]),
    ("Thanks\nRuth", None),
]


def tv_item(text, owner, date):
    line = text
    if owner:
        line += f" ({owner})"
    if date:
        line += f" - {date}"
    return line


def wrap(text, first, rest, width=72):
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def tv_lines(acts):
    """The message as lines (version 3, then version 2 quoted)."""
    out = [f"{k}: {v}" for k, v in TV_HEAD] + ["", TV_GREETING, ""]
    for para in TV_INTRO:
        out += wrap(para, "", "") + [""]
    for group in _groups(acts, lambda a: a["extra"]["theme"]):
        out += wrap(group[0]["section"], "* ", "  ")
        for a in group:
            out += wrap(tv_item(a["text"], a["lead"], a["date"]), "  - ", "    ")
            for s in a["extra"]["steps"]:
                out += wrap(s, "      o ", "        ")
        out.append("")
    out += TV_SIGN + ["", TV_OLD_HEAD]
    old = []
    for head, items in TV_OLD:
        if items is None:
            for part in head.split("\n"):
                old += wrap(part, "", "", width=70) if part else [""]
            old.append("")
            continue
        old += wrap(head, "* ", "  ", width=70)
        for t, o, d in items:
            old += wrap(tv_item(t, o, d), "  - ", "    ", width=70)
        old.append("")
    while old and not old[-1]:
        old.pop()
    out += [("> " + line).rstrip() for line in old]
    return out


def write_tv(plan, acts, path):
    lines = tv_lines(acts)
    body = lines[len(TV_HEAD):]  # the header lines are as long as they are
    assert all(len(line) <= 72 for line in body), [l for l in body if len(l) > 72]
    path.write_text("\n".join(lines) + "\n", encoding="ascii")


TV = {
    "name": "thorvale", "ext": "txt", "report": NY_REPORT, "recs": ny_recs,
    "pages": NY_PAGES, "council": "Thorvale County Council",
    "actions": tv_actions, "bounds": (20, 30),
    "expected": {1: "weak"},
    "unanswered": [], "passing": [], "partial": [1],
    "orphans": [14, 15, 16, 17, 18, 19, 20, 21, 22],
    "miscited": [],
    "passing_phrase": {},
    "mentions": {1: (17, "manager oversight")},
    "ask_mentions": {1: (11, "letter before proceedings")},
    "decoys": {},
    "ask_decoys": {1: [15, 16]},
    "asks": {1: [("the recording of manager oversight and decision-making within the Public Law "
                  "Outline", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]),
                 ("the quality of the letter before proceedings, made accessible for parents",
                  [])]},
    "notes": (
        "Plain text e-mail (.txt, as Outlook saves a message; ASCII, straight apostrophes). Header "
        "lines From: / Sent: / To: / Cc: / Subject: ('RE: PLO improvement plan v3 - for CSLT "
        "Thursday'), a greeting and two paragraphs (not actions; the first says the letters "
        "section has been taken out of version 3 and will come back to CSLT separately), then "
        "the plan as an outline hard-wrapped at 72 columns: four '* ' theme lines in the "
        "author's words ('section' is the theme as written), under each '  - ' items, one "
        "action each, written '<text> (<owner>) - <date>'. 'text' is the item without the last "
        "bracket and the ' - <date>', its continuation lines (indented four spaces) joined with "
        "a space; 'leads_raw' is the last bracketed group ('' where there is none), 'date_raw' "
        "what follows ' - ' ('30/11/23', 'Nov 2023', 'from Dec 2023', 'ongoing', 'monthly', "
        "'tbc'; '' where there is none). Two items carry a bracket inside their text before the "
        "owner's: action 3 ('Head of service to write on the child's file (not just') and "
        "orphan 15 ('School attendance: rewrite the warning letter', '(plain English, Easy "
        "Read ...)'). Action 9 ('When we end PLO without going to court') has no "
        "owner and no date; action 12 ('Dip sample of ten pre-proceedings files') an owner and "
        "no date; action 13 ('Monthly figures to CSLT') a date and no owner. The '      o ' "
        "sub-points under action 1 (three) and action 7 (two) are steps of the item above: not "
        "actions and not part of its text. After the signature ('Ruth Askwith, Head of Service, "
        "Court and Permanence ... OFFICIAL') comes the earlier message of the thread ('On Thu, 5 "
        "Oct 2023 ... wrote:'), version 2 of the plan quoted with '> ' on every line (a blank "
        "quoted line is '>'): NOT the plan, and nothing in it is an action of the gold. It holds "
        "shorter, older wordings of some actions and a whole theme, 'Letters to families', whose "
        "three items (rewriting the letter before proceedings with parents, Easy Read and "
        "translated versions, going through the letter in person) version 3 dropped. Nothing "
        "cites a number: explicit_refs is [] everywhere and every link is judged. The report is "
        "outstanding and its 'What needs to improve?' has a single bullet, R1; so this plan "
        "cannot have an unanswered, a passing and a partly answered recommendation at once (as "
        "set aj's ketterby for North Lincolnshire). R1 is partly answered (see asks) and the "
        "hard decoys stand against its unanswered ask. R1 is read as two asks. The recording of "
        "manager oversight and decision-making within the Public Law Outline is answered by "
        "actions 1-13, the first three themes: an oversight case note, entries every four weeks, "
        "the head of service's reasons on the file, guidance, induction, legal planning meeting "
        "decisions on the record, a week 12 review, extensions agreed on the record, the reasons "
        "for ending pre-proceedings, family group conferences, a tracker flag, a dip sample and "
        "monthly figures. The quality of the letter before proceedings, made accessible for "
        "parents, is answered by nothing in version 3: only the quoted version 2 had actions for "
        "it. Action 11 ('Add an oversight in the last 4 weeks flag to the PLO tracker') adds a "
        "column for 'the date the letter before proceedings went out': a date on a tracker, "
        "nothing about the letter's quality or accessibility; it is linked to R1 for the first "
        "ask only. Hard decoys for the unanswered ask, both in the fourth theme: orphan 15 "
        "('School attendance: rewrite the warning letter sent to parents before proceedings in "
        "the magistrates' court so that it is accessible') is about prosecutions for school "
        "attendance, not care proceedings; orphan 16 ('SEND annual review letters to parents "
        "redone so they are accessible on a phone') is about special educational needs. A "
        "phrase of R1 in passing: orphan 17 ('Private law: section 7 reports read by a "
        "manager') notes 'the manager oversight' of private law court reports, which are not "
        "the Public Law Outline; not linked. Orphans 14-22: the whole fourth theme, 'Other bits "
        "we said we would pick up (not PLO)' (also ethnicity recorded at the MAST, the cultural "
        "genogram, the professionals' consultation line, foster carer recruitment, the staff "
        "survey and the self-evaluation; two of them answer points in the body of the report "
        "that are not in its 'What needs to improve?'). 'action N' means thorvale-N, numbered "
        "down the outline of version 3: 1-5 the first theme, 6-10 the second, 11-13 the third, "
        "14-22 the fourth. The plan's own names: Keel (case record), the Ashby Moor locality "
        "team, the Family Voices group (in version 2 only)."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Marlhithe - a landscape action plan printed to PDF from a Word table, answering Slough
# 2016-02-17 (SIF, 22). Rotated narrow headings, a Key box, section rows, the recommendation
# merged down its rows, bulleted cells of several actions, RAG and a tick in "Done".
# ---------------------------------------------------------------------------------------------

ML_SECTIONS = {  # section row text, as the plan prints it
    1: "1. Quality and effectiveness of practice",
    2: "2. Oversight and scrutiny by senior and political leaders",
    3: "3. Children who go missing or who are at risk of child sexual exploitation",
    4: "4. Provision and sufficiency of key services",
    5: "5. Other Trust priorities (not from the inspection)",
}
ML_OTHER = 5
ML_REC_OF = {}  # (section, bullet) -> recommendation number, as the plan's Key explains
for _n, _p, _g, _t in SL_RECS:
    ML_REC_OF[(_g, sum(1 for m, _, g, _ in SL_RECS if g == _g and m <= _n))] = _n


def ml_actions():
    acts = []

    def row(ref, items, lead, due, rag, links=(), judged=()):
        """A table row: Ref cell ``ref`` ("2.5a": report section 2, fifth bullet, action a; "5.3"
        in the plan's own last section), its Action cell holding one action or a bullet list
        of several (``items``: text, or [(text, links), ...]), one Lead and one Due for the row,
        the RAG letter; Done ticked where RAG is B."""
        sec, bullet = (int(x) for x in re.match(r"(\d)\.(\d)", ref).groups())
        rec = ML_REC_OF.get((sec, bullet)) if sec != ML_OTHER else None
        objective = SL_RECS[rec - 1][3] if rec else None
        if isinstance(items, str):
            items = [(items, links)]
        for k, (text, ls) in enumerate(items):
            acts.append(A(text, lead, due, ls, [rec] if rec else [], False, row=ref,
                          section=ML_SECTIONS[sec], objective=objective, sec=sec, rec=rec,
                          rag=rag, bullets=len(items), first=k == 0))

    # 1. Quality and effectiveness of practice
    row("1.1a", [("Police, health and education staff based with the Trust\u2019s duty team at "
                  "Kingsmead House, working from one shared screening record",
                  [(1, "e", "h", "partners working in one place from one record: a genuinely "
                    "multi-agency front door")]),
                 ("Daily partner huddle at 10am to agree what happens next where more than one "
                  "agency has a worry about the same child",
                  [(1, "e", "h", "a shared multi-agency response to concerns every day")])],
        "Head of Referral and Assessment", "Apr 2016", "A")
    row("1.1b", "Rewrite the levels of need document with partners, launch it at six partner "
        "briefings, and look at it again with the Safeguarding Board every year",
        "Head of Early Help", "Jun 2016", "G",
        links=[(1, "e", "h", "up-to-date threshold guidance rolled out across the partnership "
                "and reviewed with the board")])
    row("1.2a", "Step up and step down protocol between early help and social care, with a "
        "named manager on each side to settle disagreements within two working days",
        "Head of Early Help", "May 2016", "G",
        links=[(2, "e", "h", "step up and step down arrangements and how disagreements are "
                "settled")])
    row("1.2b", "Escalation flow chart for staff and partners, and a log of escalations looked "
        "at each month by the Quality and Performance meeting",
        "Head of Quality Assurance", "Jun 2016", "A",
        links=[(2, "e", "h", "escalation made understood and monitored")])
    row("1.3a", [("A strategy discussion for every child at risk of serious harm held with police "
                  "and health taking part, never by a single phone call between two people",
                  [(3, "e", "h", "strategy discussions that meet the statutory minimum")]),
                 ("Strategy meeting record on Kestrel changed so that it cannot be closed until "
                  "who attended and what was decided are filled in",
                  [(3, "e", "h", "the record holds the attendance and decision the statutory "
                    "minimum requires")])],
        "Head of Referral and Assessment", "Mar 2016", "B")
    row("1.4a", "Set up Families Together, a team working evenings and weekends with families "
        "where a child may come into care or is going home from care",
        "Head of Children in Care", "Sep 2016", "A",
        links=[(4, "e", "h", "one team for the edge of care and for going home from care")])
    row("1.4b", "Going home checklist for every child returning to their family, agreed at the "
        "child\u2019s review before they move",
        "Head of Children in Care", "Ongoing", "G",
        links=[(4, "e", "m", "the support for a child returning home planned in one place")])
    row("1.5a", "A single care plan and pathway plan template, built with the IRO service, that "
        "starts from the young person\u2019s own hopes and says who does what by when",
        "Principal Social Worker", "Apr 2016", "G",
        links=[(5, "e", "h", "plans built on the young person's aspirations that drive what "
                "is done")])
    row("1.6a", [("Every care leaver seen by their personal adviser at least every eight weeks, "
                  "more often if their pathway plan says so",
                  [(6, "e", "h", "the regularity of contact with care leavers")]),
                 ("Team managers go through each personal adviser\u2019s contact log in "
                  "supervision every month and ask what the visits achieved",
                  [(6, "e", "h", "managers overseeing the frequency, quality and impact of "
                    "contact")])],
        "Leaving Care Team Manager", "Apr 2016", "A")
    row("1.7a", "Life story training for social workers and foster carers, run by the adoption "
        "service twice a year",
        "Adoption Service Manager", "Jul 2016", "G",
        links=[(7, "e", "h", "staff given the knowledge to do life story work")])
    row("1.7b", "Later life letters written within ten working days of the adoption order, with "
        "a template and good examples on the intranet",
        "Adoption Service Manager", "Sep 2016", "G",
        links=[(7, "e", "h", "timely later life letters")])

    # 2. Oversight and scrutiny by senior and political leaders
    row("2.1a", [("Recruitment campaign \u2018Make Marlhithe your move\u2019 with a relocation "
                  "package",
                  [(8, "e", "h", "bringing in permanent staff")]),
                 ("Market supplement for permanent social workers in the assessment and child "
                  "protection teams",
                  [(8, "e", "h", "keeping permanent staff in the hardest teams")]),
                 ("Agency social workers offered a permanent post after twelve weeks",
                  [(8, "e", "m", "turning agency posts into permanent ones")])],
        "Director of HR and OD", "Jun 2016", "R")
    row("2.1b", "Marlhithe Social Work Academy for newly qualified social workers, with a "
        "protected caseload in their first year",
        "Principal Social Worker", "Sep 2016", "G",
        links=[(8, "e", "h", "growing a skilled workforce of our own")])
    row("2.2a", "Independent look at early help with the University of Westbourne: what families "
        "get, whether it works, and what we should buy next",
        "Head of Early Help", "Dec 2016", "G",
        links=[(9, "e", "h", "an evaluation of early help used to plan what comes next")])
    row("2.3a", "New corporate parenting strategy written with the Children in Care Council, "
        "with five promises and how each one will be measured",
        "DCS (Council)", "tbc", "A",
        links=[(10, "e", "h", "a new strategy with a clear vision and measures")])
    row("2.4a", "Corporate Parenting Panel membership widened to health, police, housing and the "
        "college, with a challenge log kept at every meeting",
        "DCS (Council)", "May 2016", "B",
        links=[(11, "e", "h", "the panel's membership and its challenge")])
    row("2.5a", "Children in Care Council meetings held in schools and at weekends, with "
        "transport, so that younger children and those living out of borough can take part",
        "Participation Officer", "Apr 2016", "G",
        links=[(12, "e", "h", "more and different children taking part in the CiCC")])
    row("2.5b", "Care leavers\u2019 forum set up, meeting every other month at the Hub",
        "Participation Officer", "Mar 2016", "B",
        links=[(12, "e", "h", "the care leavers' focus group")])
    row("2.7a", "Quarterly learning report bringing together complaints, audit findings and case "
        "reviews, taken to the senior team with the changes agreed tracked to the end",
        "Head of Quality Assurance", "Quarterly", "G",
        links=[(14, "e", "h", "learning from complaints and audits turned into changes")])

    # 3. Children who go missing or who are at risk of child sexual exploitation
    row("3.1a", [("CSE problem profile for Marlhithe drawn up with the police analyst and "
                  "refreshed every six months",
                  [(15, "e", "h", "the local extent of CSE known")]),
                 ("Monthly MASE meeting to map places and people of concern and plan "
                  "disruption with the police and licensing",
                  [(15, "e", "h", "what is known used to disrupt, with partners")])],
        "CSE Co-ordinator / DI Public Protection", "Jun 2016", "A")
    row("3.2a", "Return interviews offered within 72 hours to every child reported missing, by "
        "a commissioned service, with what the child says passed to the social worker",
        "Head of Referral and Assessment", "Apr 2016", "G",
        links=[(16, "e", "h", "timely return home interviews for every missing child")])
    row("3.3a", "CSE screening tool used for every child who goes missing or is thought to be "
        "at risk, and the Safe Ground programme offered where the risk is medium or high",
        "CSE Co-ordinator", "May 2016", "G",
        links=[(17, "e", "h", "a risk assessment and help for children at risk")])

    # 4. Provision and sufficiency of key services (4.1 is not in the plan)
    row("4.2a", "Advocacy contract extended so that every child is offered an advocate before a "
        "child protection conference or a looked after review",
        "Commissioning Manager", "Jun 2016", "A",
        links=[(19, "e", "h", "an advocate for children in the meetings about them")])
    row("4.3a", [("Staying put policy and allowances rewritten so that carers are not worse off "
                  "when a young person stays",
                  [(20, "e", "h", "the staying put arrangements")]),
                 ("Review of foster, residential and supported housing places for young people, "
                  "with the Council\u2019s housing service",
                  [(20, "e", "h", "the range and quality of accommodation reviewed")])],
        "Head of Children in Care", "Sep 2016", "A")
    row("4.4a", "Virtual school: new head in post, two more education advisers, and every PEP "
        "checked for quality each term",
        "Virtual School Head", "Sep 2016", "G",
        links=[(21, "e", "h", "the virtual school strengthened and education support "
                "checked")])
    row("4.5a", "Bring personal advisers, housing and careers advice together in one Care "
        "Leavers Hub on Station Road",
        "Head of Children in Care", "Oct 2016", "G",
        links=[(22, "e", "h", "the organisation of support to care leavers")])

    # 5. Other Trust priorities (orphans)
    row("5.1", "Staff consultation on the new locality structure, run through the formal "
        "consultation process with the unions",
        "Director of HR and OD", "Apr 2016", "G")
    row("5.2", "Placement commissioning for individual children with complex needs: the "
        "spot-purchase functions brought into one Placements Team",
        "Commissioning Manager", "Jul 2016", "G")
    row("5.3", "Finalise the business continuity plan so that each service knows which "
        "manager is responsible in an emergency",
        "Chief Operating Officer", "tbc", "A")
    row("5.4", "Trust website and staff intranet live",
        "", "Mar 2016", "B")
    row("5.5", "Foster carer annual reviews to be chaired by an independent reviewer",
        "Fostering Service Manager", "Ongoing", "G")
    return acts


ML_TITLE = "Marlhithe Children\u2019s Services Trust"
ML_SUBTITLE = "Improvement Plan 2016\u201317: our response to the Ofsted inspection of November 2015"
ML_VERSION = ("Version 4.2 \u2013 updated 29 April 2016 \u2013 owner: Chief Executive \u2013 "
              "monitored monthly by the Improvement Board")
ML_KEY = [  # (label, meaning) in the Key box
    ("Ref", "Section and bullet of the recommendation in the Ofsted report (2.3 = section 2, "
            "third bullet), then a letter for each row of actions"),
    ("B", "Blue \u2013 complete and evidenced"),
    ("G", "Green \u2013 on track"),
    ("A", "Amber \u2013 some slippage, recovery in hand"),
    ("R", "Red \u2013 off track, needs Improvement Board attention"),
    ("\u2713", "Done \u2013 signed off by the Head of Quality Assurance"),
]
ML_NOTE = ("Recommendation 4.1 (which body is responsible for commissioning which functions) is "
           "for the Council and the Trust under the Service Delivery Contract and is reported to "
           "the Commissioner separately; it is not part of this plan.")
ML_HEADER = ("Ref", "Ofsted recommendation", "Action", "Lead", "Due", "RAG", "Done")
ML_ROTATED = {"Ref", "Lead", "Due", "RAG", "Done"}
ML_FILLS = {"B": "#5B9BD5", "G": "#70AD47", "A": "#FFC000", "R": "#FF0000"}


def write_ml(plan, acts, path):
    from reportlab.lib.colors import HexColor, white
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (Flowable, ListFlowable, ListItem, Paragraph,
                                    SimpleDocTemplate, Spacer, Table, TableStyle)

    tick_font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    assert tick_font.exists(), f"the tick glyph needs {tick_font}"
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(tick_font)))

    pages = {}
    furniture_font = "Helvetica"

    class Vertical(Flowable):
        """A header cell's text turned 90 degrees, read bottom to top, as Word's 'Text
        direction' draws it."""
        def __init__(self, text, size=8):
            Flowable.__init__(self)
            self.text, self.size = text, size

        def wrap(self, aw, ah):
            self.width = self.size + 2
            self.height = pdfmetrics.stringWidth(self.text, "Helvetica-Bold", self.size) + 4
            return self.width, self.height

        def draw(self):
            c = self.canv
            c.saveState()
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", self.size)
            c.translate(self.size, 2)
            c.rotate(90)
            c.drawString(0, 0, self.text)
            c.restoreState()

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=8, leading=9.6)
    small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9)
    rec_style = ParagraphStyle("r", parent=body, fontName="Helvetica-Oblique")
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", textColor=white)
    tick = ParagraphStyle("t", parent=body, fontName="DejaVuSans", fontSize=10, alignment=1)
    sect = ParagraphStyle("sec", parent=body, fontName="Helvetica-Bold", fontSize=9)
    title = ParagraphStyle("ti", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20)
    sub = ParagraphStyle("su", parent=body, fontName="Helvetica-Bold", fontSize=11, leading=14)
    plain = ParagraphStyle("p", parent=body, fontSize=9, leading=11.5)

    navy = HexColor("#1F3864")
    widths = [1.0 * cm, 7.0 * cm, 10.6 * cm, 3.4 * cm, 1.7 * cm, 0.9 * cm, 0.9 * cm]

    data = [[Vertical(h) if h in ML_ROTATED else Paragraph(h, head) for h in ML_HEADER]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, HexColor("#7F7F7F")),
        ("BACKGROUND", (0, 0), (-1, 0), navy),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("ALIGN", (5, 1), (6, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    rows = _groups(acts, lambda a: a["row"])
    for sec_group in _groups(rows, lambda r: r[0]["extra"]["sec"]):
        data.append([Paragraph(xml_escape(sec_group[0][0]["section"]), sect)] + [""] * 6)
        n = len(data) - 1
        style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), HexColor("#D9E2F3"))]
        for rec_group in _groups(sec_group, lambda r: r[0]["row"][:3]):
            start = len(data)
            for r in rec_group:
                a = r[0]
                x = a["extra"]
                if len(r) == 1:
                    action = Paragraph(xml_escape(a["text"]), body)
                else:
                    action = ListFlowable(
                        [ListItem(Paragraph(xml_escape(b["text"]), body), leftIndent=9)
                         for b in r],
                        bulletType="bullet", start="\u2022", leftIndent=9, bulletFontSize=8,
                        spaceAfter=0)
                rec_text = (Paragraph(xml_escape(a["objective"]), rec_style)
                            if r is rec_group[0] and a["objective"] else "")
                data.append([Paragraph(a["row"], body), rec_text, action,
                             Paragraph(xml_escape(a["lead"]), small),
                             Paragraph(xml_escape(a["date"]), small),
                             Paragraph(f"<b>{x['rag']}</b>", body),
                             Paragraph("\u2713", tick) if x["rag"] == "B" else ""])
                style.append(("BACKGROUND", (5, len(data) - 1), (5, len(data) - 1),
                              HexColor(ML_FILLS[x["rag"]])))
            if len(data) - 1 > start:
                style.append(("SPAN", (1, start), (1, len(data) - 1)))

    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))

    key_rows = [[Paragraph("<b>Key</b>", plain), ""]] + [
        [Paragraph(f"<b>{xml_escape(k)}</b>", tick if k == "\u2713" else plain),
         Paragraph(xml_escape(v), plain)] for k, v in ML_KEY]
    key = Table(key_rows, colWidths=[1.4 * cm, 14.0 * cm], hAlign="LEFT")
    key_style = [("BOX", (0, 0), (-1, -1), 0.8, navy), ("SPAN", (0, 0), (-1, 0)),
                 ("BACKGROUND", (0, 0), (-1, 0), HexColor("#D9E2F3")),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for i, (k, _) in enumerate(ML_KEY, 1):
        if k in ML_FILLS:
            key_style.append(("BACKGROUND", (0, i), (0, i), HexColor(ML_FILLS[k])))
    key.setStyle(TableStyle(key_style))

    story = [Paragraph(xml_escape(ML_TITLE), title), Paragraph(xml_escape(ML_SUBTITLE), sub),
             Paragraph(xml_escape(ML_VERSION), plain), Spacer(1, 0.35 * cm), key,
             Spacer(1, 0.3 * cm), Paragraph(xml_escape(ML_NOTE), plain), Spacer(1, 0.3 * cm),
             table]

    w, h = landscape(A4)

    def furniture(c, n, total):
        pages["total"] = total
        c.saveState()
        c.setFont(furniture_font, 7.5)
        c.drawString(1.5 * cm, 0.9 * cm, "Marlhithe Children\u2019s Services Trust \u2013 "
                     "Improvement Plan v4.2")
        c.drawCentredString(w / 2, 0.9 * cm, "OFFICIAL \u2013 SENSITIVE")
        c.drawRightString(w - 1.5 * cm, 0.9 * cm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.5 * cm,
                            rightMargin=1.5 * cm, topMargin=1.4 * cm, bottomMargin=1.5 * cm,
                            title="Improvement Plan 2016-17 v4.2", author="Marlhithe CST",
                            subject="", creator="Microsoft\u00ae Word 2013")
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    # the layout promised in the notes: the table runs over several pages
    assert pages["total"] >= 3, pages


WRITERS = {"thorvale": write_tv, "marlhithe": write_ml}

ML = {
    "name": "marlhithe", "ext": "pdf", "report": SL_REPORT, "recs": sl_recs,
    "pages": SL_PAGES, "council": "Marlhithe Children's Services Trust",
    "actions": ml_actions, "bounds": (30, 40),
    "expected": {**{n: "covered" for n in range(1, 23)}, 12: "weak", 13: "weak",
                 18: "uncovered"},
    "unanswered": [18], "passing": [13], "partial": [12],
    "orphans": [34, 35, 36, 37, 38],
    "miscited": [],
    "passing_phrase": {13: (10, "built with the IRO service")},
    "mentions": {},
    "ask_mentions": {},
    "decoys": {18: [35, 36]},
    "ask_decoys": {12: [34]},
    "asks": {1: [("develop and embed a genuinely multi-agency response to concerns about "
                  "children", [1, 2]),
                 ("clear and up-to-date threshold guidance rolled out across the partnership "
                  "and regularly reviewed with the LSCB", [3])],
             6: [("the quality and regularity of contact with and support for care leavers",
                  [11]),
                 ("managers oversee the frequency, quality and impact of contact", [12])],
             12: [("broaden the range of children and young people who participate in the CiCC",
                   [22]),
                  ("create a care leavers' focus group", [23]),
                  ("embed consultation processes systematically across the service", [])],
             20: [("review the range and quality of accommodation for children looked after and "
                   "care leavers", [31]),
                  ("including staying put arrangements", [30])]},
    "notes": "",  # set below, once the numbering is fixed
}

ML["notes"] = (
    "PDF of a Word action plan printed in A4 landscape (reportlab). Page 1: the title "
    "'Marlhithe Children's Services Trust', a subtitle naming the inspection, a version line, "
    "then a boxed 'Key' (Ref explained as the section and bullet of the recommendation in the "
    "report, '2.3 = section 2, third bullet', then a letter per row; B, G, A and R with their "
    "colours; the tick meaning done), then a paragraph saying that recommendation 4.1 (which body "
    "commissions which functions) is left to the Council and the Trust under the Service "
    "Delivery Contract and is not in the plan; none of these is an action. Then ONE table, "
    "columns Ref | Ofsted recommendation | Action | Lead | Due | RAG | Done, its header row "
    "repeated on every page; the headings of the narrow columns (Ref, Lead, Due, RAG, Done) are "
    "turned 90 degrees and read bottom to top, those of the two wide columns are horizontal. "
    "Shaded rows across the table carry the report's section headings and, last, '5. Other "
    "Trust priorities (not from the inspection)'; 'section' is that row's text. Under each "
    "heading the recommendation's full text, copied from the report in italics, stands in ONE "
    "cell of the 'Ofsted recommendation' column merged down the rows of its actions; "
    "'objective' is that text (null in section 5, whose cells are empty). 'row' is the Ref cell "
    "('1.1a' ... '4.5a', '5.1' ... '5.5'). An Action cell holds one action, or a bullet list of "
    "two or three actions that share the row's Ref, Lead and Due: rows 1.1a (actions 1, 2), "
    "1.3a (6, 7), 1.6a (11, 12), 2.1a (15, 16, 17: three), 3.1a (25, 26) and 4.3a (30, 31); "
    "each bullet is an action with the row's lead and date. 'text' is the Action cell (or one "
    "bullet), 'leads_raw' the Lead cell, 'date_raw' the Due cell as written ('Apr 2016', "
    "'Ongoing', 'Quarterly', 'tbc'); orphan 37 ('Trust website and staff intranet live') has an "
    "empty Lead. The RAG cell (a letter on its colour) and the Done cell (a tick, U+2713, on the "
    "B rows 1.3a, 2.4a, 2.5b and 5.4) are not part of any action. The footer ('Marlhithe "
    "Children's Services Trust - Improvement Plan v4.2', 'OFFICIAL - SENSITIVE', 'Page N of M') "
    "is page furniture. Citations: a Ref names the report's section and bullet, so '2.5a' cites "
    "R12 (section 2, fifth bullet); the Key says so, and the recommendation's text beside it "
    "confirms it. explicit_refs is the recommendation so cited for every row of sections 1-4 "
    "and [] for section 5; every link is explicit (R1-R22 numbered straight through the four "
    "sections: section 2 starts at R8, section 3 at R15, section 4 at R18). There is no row 2.6 "
    "(R13) and no row 4.1 (R18). Hard unanswered: R18 (finalise which body is responsible for "
    "commissioning individual functions and services): the plan leaves it out and says so above "
    "the table; orphan 35 ('Placement commissioning for individual children': the "
    "spot-purchase 'functions' brought into one team) and orphan 36 ('Finalise the business "
    "continuity plan': which manager is 'responsible' in an emergency) share its words and "
    "answer nothing of it. Passing: R13 (the role of IROs in challenging and escalating "
    "concerns about children's plans) is touched only by action 10 ('A single care plan and "
    "pathway plan template', row 1.5a, aimed at R5), 'built with the IRO service': nothing "
    "strengthens or monitors the IROs' challenge; weak, no link. Partly answered (see asks): "
    "R12, three asks: broadening who takes part in the CiCC (action 22 ('Children in Care "
    "Council meetings held in schools', row 2.5a)), a care leavers' focus group (action 23 "
    "('Care leavers' forum set up', row 2.5b)), embedding consultation systematically across the service "
    "(nothing). Ask decoy: orphan 34 ('Staff consultation on the new locality structure', 'the "
    "formal consultation process' with the unions). Answered, every ask: R1 (1-3), R2 (4, 5), "
    "R3 (6, 7), R4 (8, 9), R5 (10), R6 (11, 12), R7 (13, 14), R8 (15-18), R9 (19), R10 (20), "
    "R11 (21), R14 (24), R15 (25, 26), R16 (27), R17 (28), R19 (29), R20 (30, 31), R21 (32), "
    "R22 (33); asks recorded for R1, R6 and R20. Orphans 34-38: the whole of section 5 (also "
    "the website and intranet, and independent chairs for foster carers' annual reviews). "
    "'action N' means marlhithe-N, numbered down the table and, in a bulleted cell, down its "
    "bullets. The plan's own names: Kingsmead House, Kestrel (case record), Families Together, "
    "the Marlhithe Social Work Academy, the University of Westbourne, Safe Ground, the Care "
    "Leavers Hub on Station Road.")

PLANS = [TV, ML]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_as(plan, set_name="as"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document). Rows repeat in
    marlhithe (a bulleted cell), so the design lists name actions by number only."""
    acts = plan["actions"]()
    for key in ("orphans", "miscited"):
        assert all(isinstance(k, int) and 1 <= k <= len(acts) for k in plan[key]), key
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    # North Yorkshire has a single item: it is the partly answered one
    "thorvale": dict(unanswered=0, passing=0, partial=1, miscited=0, orphans=(4, 12)),
    "marlhithe": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 12)),
}


def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's block (when the PDF is at hand), with nothing but the item's label (the
    bullet glyph; for Slough also the sub-heading or the page number) before each, and nothing
    after the last."""
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
        assert gap == spec["labels"][r["number"]], (r["number"], gap)
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
        assert phrase in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # a recommendation's phrase used by an orphan (the passing trap where the report has too
    # few recommendations for a passing one)
    for n, (k, phrase) in plan["mentions"].items():
        a = ids[pid[k]]
        assert phrase in a["text"] and phrase in rec_text[f"R{n}"], (name, n)
        assert a["id"] in d["orphans"], (name, n)
    # the words of an unanswered ask in an action linked for another ask only
    for n, (k, phrase) in plan["ask_mentions"].items():
        a = ids[pid[k]]
        assert phrase in a["text"] and phrase in rec_text[f"R{n}"], (name, n)
        missing = [t["text"] for t in gold["asks"][f"R{n}"] if not t["answered_by"]]
        assert any(phrase in t for t in missing), (name, n)
        assert all(a["id"] not in t["answered_by"] for t in gold["asks"][f"R{n}"]
                   if phrase in t["text"]), (name, n)
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
    for n, w in quoted:
        assert w in ids[f"{name}-{n}"]["text"].replace("\u2019", "'"), (name, n, w)
    for kind, n in re.findall(r"\b(orphans?) (\d+)\b", d["notes"], re.I):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`]|\u00a0", a["text"] + a["leads_raw"] + a["date_raw"]), \
            a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b", a["text"],
                             re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert not a["other_refs"], a["id"]
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing or not dates
    assert any(not a["leads_raw"] for a in acts), name
    assert any(not re.search(r"\d", a["date_raw"]) for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= 6, name
    # no unanswered recommendation is aimed at by anything
    for r in d["unanswered"]:
        assert r not in per_rec, r
    if name == "thorvale":
        check_tv(gold, plan, acts, x, mine)
    if name == "marlhithe":
        check_ml(gold, plan, acts, x, mine, per_rec)
    return True


def check_tv(gold, plan, acts, x, mine):
    d = gold["design"]
    themes = [g[0]["theme"] for g in _groups(x, lambda e: e["theme"])]
    assert themes == sorted(TV_THEMES), themes
    for a, e in zip(acts, x):
        assert a["section"] == TV_THEMES[e["theme"]], a["id"]
        assert a["row"] is None and a["objective"] is None and not a["explicit_refs"], a["id"]
        # the item as typed: no ' - ' inside the text, and no bracket at its end that could be
        # taken for the owner's
        assert " - " not in a["text"], a["id"]
        assert a["leads_raw"] or not a["text"].endswith(")"), a["id"]
        assert a["text"].isascii() and a["leads_raw"].isascii(), a["id"]
        if e["theme"] == TV_OTHER:
            assert a["id"] in d["orphans"], a["id"]
        else:
            assert mine[a["id"]] == {"R1"}, a["id"]
            # no linked action touches the quality or accessibility of the letter
            assert not re.search(r"accessib|plain English|Easy Read|rewrit|redraft",
                                 a["text"], re.I), a["id"]
    assert {a["id"] for a, e in zip(acts, x) if e["theme"] == TV_OTHER} == set(d["orphans"])
    assert all(l["source"] == "judged" for l in gold["links"])
    # the steps: five under two actions, none an action's text
    steps = [(i, s) for i, e in enumerate(x, 1) for s in e["steps"]]
    assert len(steps) == 5 and {i for i, _ in steps} == {1, 7}, steps
    assert not any(s in a["text"] for _, s in steps for a in acts)
    # the message as written: every line within 72 columns, the plan's items wrapped, the
    # quoted version 2 marked on every line and holding no action of version 3
    lines = tv_lines(plan["actions"]())
    assert all(len(line) <= 72 for line in lines[len(TV_HEAD):])
    k = lines.index(TV_OLD_HEAD)
    quoted = lines[k + 1:]
    assert quoted and all(line == ">" or line.startswith("> ") for line in quoted)
    old_texts = [t for _, items in TV_OLD if items for t, _, _ in items]
    assert not any(t == a["text"] for t in old_texts for a in acts)
    assert any("letter before proceedings" in t for t in old_texts)
    wrapped = [i for i, line in enumerate(lines[:k]) if line.startswith("    ")
               and not line.startswith("      ")]
    assert len(wrapped) >= 8, wrapped
    # the intro and signature are not actions and say nothing that answers the letter ask
    # beyond putting it off
    assert "taken the letters section out" in TV_INTRO[0]
    assert gold["expected"] == {"R1": "weak"} and d["partial"] == ["R1"]


def check_ml(gold, plan, acts, x, mine, per_rec):
    d = gold["design"]
    secs = [g[0]["sec"] for g in _groups(x, lambda e: e["sec"])]
    assert secs == sorted(ML_SECTIONS), secs
    for a, e in zip(acts, x):
        assert a["section"] == ML_SECTIONS[e["sec"]], a["id"]
        assert re.fullmatch(r"[1-4]\.[1-7][a-c]|5\.\d", a["row"]), a["id"]
        if e["sec"] == ML_OTHER:
            assert a["id"] in d["orphans"] and not a["explicit_refs"], a["id"]
            assert a["objective"] is None, a["id"]
        else:
            # the Ref names the report's section and bullet; the merged cell holds that
            # recommendation's text
            sec, bullet = int(a["row"][0]), int(a["row"][2])
            n = ML_REC_OF[(sec, bullet)]
            assert SL_RECS[n - 1][2] == sec and a["explicit_refs"] == [n], a["id"]
            assert a["objective"] == SL_RECS[n - 1][3], a["id"]
            assert mine[a["id"]] == {f"R{n}"}, a["id"]
        assert e["rag"] in ML_FILLS, a["id"]
    assert {a["id"] for a, e in zip(acts, x) if e["sec"] == ML_OTHER} == set(d["orphans"])
    assert all(l["source"] == "explicit" for l in gold["links"])
    rows = {a["row"] for a in acts}
    assert not any(r.startswith("2.6") or r.startswith("4.1") for r in rows)  # R13, R18
    # bulleted cells: six, one of three actions; each bullet the row's lead and date
    cells = [g for g in _groups(list(zip(acts, x)), lambda p: p[0]["row"]) if len(g) > 1]
    assert len(cells) == 6 and sorted(len(g) for g in cells)[-1] == 3, cells
    for g in cells:
        assert len({(a["leads_raw"], a["date_raw"]) for a, _ in g}) == 1, g
    # done: the B rows, linked and orphan ones among them
    done = [a for a, e in zip(acts, x) if e["rag"] == "B"]
    assert any(a["id"] in d["orphans"] for a in done) and any(mine[a["id"]] for a in done)
    assert {e["rag"] for e in x} == set(ML_FILLS)
    # the missing ask of R12 and the unanswered R18 and passing R13 named by no linked action
    for a in acts:
        if mine[a["id"]]:
            assert not re.search(r"consult|commission\w* (?:role|body)|responsible|\bIROs?\b"
                                 r"(?! service)", a["text"]), a["id"]
    for r, s in gold["expected"].items():  # covered ones: every ask answered, 1-4 actions
        if s == "covered":
            assert 1 <= len(per_rec[r]) <= 4, (r, per_rec[r])
    # the Key says how a Ref names a recommendation; the note leaves out 4.1
    assert "2.3 = section 2, third bullet" in ML_KEY[0][1] and "4.1" in ML_NOTE


if __name__ == "__main__":
    main(sys.argv[1:], "as", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_as)
