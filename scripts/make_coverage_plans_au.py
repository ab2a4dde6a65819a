"""Write the sealed coverage evaluation set "au": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_au.py            # writes documents and gold
    python scripts/make_coverage_plans_au.py --check    # only runs the consistency checks

Documents: corpus/coverage/au/<name>.<ext>      Gold: corpus/gold/coverage/au/<name>.json

The two documents imitate what councils' own systems produce: a fostering development plan
written as an A5 booklet and printed TWO-UP to PDF (each A4 landscape sheet holds two A5
portrait pages side by side, as a print driver's "2 pages per sheet" lays them out, a faint rule
between them; every A5 page but the cover has its own running header and its own page number in
its footer; the plan is written as blocks of paragraphs under section headings, each block an
action's short title in bold, its description, then a "Lead: ..." line and a "When: ..." line,
either of which may be missing; the text flows from the left A5 page to the right one and on to
the next sheet, and exactly one block is split across two A5 pages); and a Word improvement plan
(A4 landscape) whose one plan table has the columns Theme | Action | Lead | By when | RAG, the
Theme cell VERTICALLY MERGED (w:vMerge restart/continue) down all the action rows of its theme
and the Lead cell merged down each run of consecutive rows with the same lead; the RAG cell holds
NO text, only a red, amber or green fill (two left unfilled: not yet rated); reviewers' Word
COMMENTS (comments.xml, w:commentRangeStart/End and a comment reference run) are anchored on five
Action cells, and their text (questions, notes) is not part of the plan; a RAG key table and a
version line follow the plan table.

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: the local-authority items of both reports were transcribed by hand from
the report PDFs (read with pypdfium2) for this set and are held below as data (WM_RECS, TS_RECS),
word for word, lines broken by the PDF joined, the reports' curly apostrophes kept; they are
passed to build_gold(recs=...). Nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "j" judged (neither plan cites a
                                   recommendation number anywhere, so no link is explicit);
                                   "h" high / "m" medium
Actions with no links are orphans (see each plan's design notes). Design lists and asks name an
action by its number N (the action is <name>-N): neither format gives an action a reference of
its own.

All councils, places, people, teams, systems, charities and local programmes are fictional
(national schemes and terms such as Staying Put, the Mockingbird programme, the Family Hubs
programme, the Holiday Activities and Food programme, the ASYE, the LADO, the Public Law Outline
or return home interviews are named as councils name them); no real person is named, and the
reviewers who leave comments are invented. Output is deterministic: reportlab runs in invariant
mode with fixed metadata; DOCX core properties and comment dates are fixed and every zip member
is written with a fixed timestamp.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, build_gold, docx_props, main, normalise_zip,  # noqa: E402
                          reportlab_canvas, repeat_header, xml_escape)
from _coverage_sets import curly, groups as _groups, shade, words as _words  # noqa: E402
from _coverage_sets import transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Westminster, inspection of children's social care services (ILACS), report published 15
# October 2019 (outstanding in every judgement). "What needs to improve" (printed without a
# question mark), page 2 of the PDF: a single bullet (a black square), addressed to the local
# authority, numbered 1, followed directly by the heading "The experiences and progress of
# children who need help and protection: outstanding". Lines broken by the PDF joined with a
# space.
# ---------------------------------------------------------------------------------------------

WM_REPORT = "westminster-80519/2019-10-15.pdf"
WM_PAGES = (2,)

WM_RECS = [  # (number, page, text)
    (1, 2, "The formal matching and panel approval of adolescents in long-term foster homes."),
]

# ---------------------------------------------------------------------------------------------
# Tameside, inspection of local authority children's services (ILACS), report published 13
# February 2024 (inadequate overall). "What needs to improve?", pages 2 and 3 of the PDF:
# thirteen bullets (black squares, no numbers), all addressed to the local authority, numbered
# 1-13 in the report's order; 1-11 on page 2, 12 and 13 at the head of page 3, under page 3's
# running header ("Inspection of Tameside local authority children's services", "4 to 15
# December 2023" and the page number "3"). The list is followed by the heading "The experiences
# and progress of children who need help and protection: inadequate". Lines broken by the PDF
# joined with a space; the curly apostrophes of R1 ("council's", "children's") and R4
# ("children's") kept. The bullets are noun phrases and are kept as printed.
# ---------------------------------------------------------------------------------------------

TS_REPORT = "tameside-80569/2024-02-13.pdf"
TS_PAGES = (2, 3)

TS_RECS = [
    (1, 2, "The council\u2019s oversight, accountability and governance of leadership of "
           "children\u2019s services."),
    (2, 2, "The multi-agency recognition and response to risk, including referrals, strategy "
           "meetings, when children go missing from home or care, arising risks for children in "
           "care and care leavers, and when allegations are made against professionals."),
    (3, 2, "The consistency in applying thresholds and interventions for children."),
    (4, 2, "The quality of assessments to identify children\u2019s needs and risks to support "
           "decision-making around next steps."),
    (5, 2, "The quality of plans for children in need of help and protection, children in care "
           "and care leavers to enable them to receive the support they need."),
    (6, 2, "The regularity and effectiveness of management oversight and challenge."),
    (7, 2, "The timeliness of children achieving permanence."),
    (8, 2, "The response to 16- and 17-year-old children who are homeless."),
    (9, 2, "The sufficiency of placements to meet the needs of children."),
    (10, 2, "The timeliness and quality of the induction, training and review of foster carer "
            "agreements."),
    (11, 2, "The work with care leavers to help them understand their rights and entitlements, "
            "their health histories and their understanding of the local offer."),
    (12, 3, "The engagement and participation of children and young people in their "
            "assessments, planning and service delivery."),
    (13, 3, "The recruitment and retention of staff and support for newly qualified social "
            "workers."),
]

# where each list sits in its report: the words opening the block, the words after it, the label
# before each item, after the page furniture named for it
BLOCKS = {
    WM_REPORT: dict(start="What needs to improve",
                    end="The experiences and progress of children who need help and protection: "
                        "outstanding", label="\u25fc", before={}),
    TS_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection: "
                        "inadequate", label="\u25fc",
                    before={12: "Inspection of Tameside local authority children\u2019s services "
                                "4 to 15 December 2023 3"}),  # page 3's running header
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def wm_recs():
    return _recs(WM_RECS)


def ts_recs():
    return _recs(TS_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Wendlemouth - an A5 booklet printed two-up to PDF, answering Westminster 2019-10-15
# (ILACS, one item). Cover, "About this plan", four sections of action blocks (bold title,
# description, "Lead: ...", "When: ..."), "How we will know" prose at the end.
# ---------------------------------------------------------------------------------------------

WD_SECTIONS = {  # number: section heading, in the council's words and order
    1: "Making it official: teenagers who are staying",
    2: "Hearing from young people and carers",
    3: "Keeping track",
    4: "Our other fostering work this year",
}
WD_OTHER = 4


def wd_actions():
    acts = []

    def add(sec, title, body, lead=None, when=None, links=()):
        """A block: bold ``title`` (no full stop), the description ``body``, then "Lead: <lead>"
        and "When: <when>" lines (None: the line is not there). ``text`` is title and body joined
        by '. '; leads_raw / date_raw the text after "Lead: " / "When: " ('' with no line)."""
        assert not title.endswith(".") and body.endswith(".")
        acts.append(A(curly(f"{title}. {body}"), curly(lead or ""), when or "", links, [], False,
                      row=None, section=curly(WD_SECTIONS[sec]), objective=None, sec=sec,
                      title=curly(title), body=curly(body), has_lead=lead is not None,
                      has_when=when is not None))

    # 1 - Making it official (R1, the matching ask)
    add(1, "A matching meeting for every teenager who is staying",
        "When a young person aged 12 or over has lived with their foster carers for six months "
        "and everyone wants them to stay until they are grown up, the child\u2019s social worker "
        "and the supervising social worker hold a matching meeting with the carers and write "
        "the decision down on the new long-term match record. Until now this has often been "
        "left unsaid and simply carried on.",
        "Team Manager, Fostering Support", "From January 2020",
        links=[(1, "j", "h", "a formal match made and recorded for each adolescent staying "
                "long term with their carers")])
    add(1, "The young people already settled with us",
        "We will go through, one by one, the 27 young people aged 12 and over who are in "
        "practice living for good with carers they first joined in an emergency or for a short "
        "time, and complete a match for each of them, starting with those nearest to 16.",
        "Head of Children in Care", "June 2020",
        links=[(1, "j", "h", "the backlog of adolescents in de facto long-term homes without a "
                "formal match")])
    add(1, "A match record that fits teenagers",
        "A new template for the match record, with room for the young person\u2019s own wishes, "
        "their identity and culture, school or college, time with family and friends, and what "
        "the carers will need to stay alongside them after 18.",
        "Fostering Service Manager", "January 2020",
        links=[(1, "j", "h", "the written record of a long-term match, made for adolescents")])
    add(1, "Making it for keeps: a practice guide",
        "A short guide for social workers on when and how to turn a placement that has become "
        "permanent into a formal match, with examples from Wendlemouth families.",
        "Principal Social Worker", "February 2020",
        links=[(1, "j", "h", "guidance on formalising the matching of an adolescent's long-term "
                "home")])
    add(1, "A support plan with every match",
        "Each confirmed match comes with a written support plan: respite, therapeutic help from "
        "the Harbour Lane team, training the carers ask for, and who to call if things get hard.",
        "Supervising Social Workers", "Ongoing",
        links=[(1, "j", "m", "the match made formal with its support set out, so that it lasts")])
    add(1, "One workshop for both teams",
        "A half-day workshop on matching older children, taken together by children in care "
        "social workers and supervising social workers so that both teams use the same steps.",
        "Workforce Development", "March 2020",
        links=[(1, "j", "h", "practitioners trained in the matching of older children")])
    add(1, "Finding a new family for the long term",
        "When a teenager\u2019s current carers cannot offer a home for good, family finding "
        "starts at once, with a profile the young person helps to write, and the match is made "
        "in the same way as for those who are staying.",
        "Family Finding Lead", "From April 2020",
        links=[(1, "j", "m", "matching adolescents who need a new long-term home done formally "
                "and in the same way")])

    # 2 - Hearing from young people and carers (R1, the matching ask)
    add(2, "The young person\u2019s say",
        "Before any match is made the young person is asked, on their own and in the way they "
        "prefer, whether they want to stay; their answer goes on the match record in their own "
        "words.",
        "Independent Reviewing Officers", "From January 2020",
        links=[(1, "j", "h", "the adolescent's wishes at the heart of the matching decision")])
    add(2, "What it means for carers",
        "Carers are given a plain guide to what a long-term match means for them (allowances, "
        "what they can decide themselves, Staying Put after 18) and a meeting with their "
        "supervising social worker before they say yes.",
        "Fostering Service Manager", "February 2020",
        links=[(1, "j", "m", "carers prepared for and consenting to a formal long-term match")])
    add(2, "Marking the moment",
        "If the young person would like it, a Staying Together certificate and a small "
        "celebration when their match is confirmed, planned with them: who comes, where it "
        "happens and whether there is cake. Some young people will not want a fuss, and that is "
        "their choice; for them the match is marked quietly, with a letter from the Head of "
        "Children in Care saying that this is their home for as long as they need it. "
        "Photographs go in their life story book if they wish. The Children in Care Council "
        "will design the certificate, and carers can ask a relative or an old friend of the "
        "family to say a few words. Where a young person has brothers or sisters living "
        "elsewhere, we will invite them too and help with travel, and the supervising social "
        "worker will make sure that nothing is arranged that the young person has not agreed "
        "to. A small budget for each celebration is held by the Fostering Service, and carers "
        "do not pay for anything themselves.",
        None, "April 2020",
        links=[(1, "j", "m", "the match made visible and formal to the young person")])

    # 3 - Keeping track (R1, the matching ask)
    add(3, "A monthly list of who is still waiting",
        "The performance team will send heads of service a list each month, taken from Cedar, "
        "of every child aged 12 or over in a long-term plan with foster carers who has no "
        "match recorded, and how long they have waited.",
        "Performance and Information Manager", "Monthly",
        links=[(1, "j", "h", "adolescents without a formal match tracked until they have one")])
    add(3, "Checked at every review",
        "Reviewing officers will ask at each review of a young person in a long-term foster "
        "placement whether the match has been made, and escalate to the head of service if it "
        "has not.",
        "IRO Service Manager", "From January 2020",
        links=[(1, "j", "h", "reviews chase the formal match for each adolescent")])
    add(3, "Looking back after six months",
        "A dip sample of ten matches made since January, read against the practice guide, with "
        "what we learn fed back to both teams.",
        "Head of Quality Assurance", "July 2020",
        links=[(1, "j", "m", "checking that matches are being made formally and well")])

    # 4 - Our other fostering work this year (orphans)
    add(4, "Fostering panel membership",
        "Three new independent members for the fostering panel, one of them a care-experienced "
        "adult, and a yearly appraisal for every panel member. New foster carer applicants to "
        "be heard at panel for approval within eight months of applying.",
        "Panel Adviser", "May 2020")
    add(4, "Adoption panel moves to the regional agency",
        "From April the adoption panel will sit with Adopt Wendle Vale, which will take the "
        "approval of adopters and of matches with adoptive families for all four councils.",
        "Head of Permanence", "April 2020")
    add(4, "Room for one more",
        "A recruitment campaign for long-term foster homes for brothers and sisters, so that "
        "fewer sibling groups are split; twelve enquiries a month is our aim.",
        "Marketing and Recruitment Officer", "Spring 2020")
    add(4, "Allowances",
        "Fostering allowances and fees up by 2.5 per cent from April, with the new rates "
        "published on the council\u2019s website.",
        "Head of Finance, Children\u2019s Services", "April 2020")
    add(4, "Staying Put for longer",
        "The Staying Put allowance raised to match the fostering allowance for every young "
        "person aged 18 to 21 who stays on with their carers.",
        "Head of Children in Care", "tbc")
    add(4, "Mockingbird",
        "A first Mockingbird constellation: one hub home supporting six to ten fostering "
        "households in the north of the city.",
        "tbc", "Autumn 2020")
    add(4, "Learning for carers",
        "A new online learning offer for all foster carers, with evening sessions for carers who "
        "work.",
        "Learning and Development Partner", "Ongoing")
    add(4, "Short breaks carers",
        "Four more short breaks foster carers for disabled children, so that no family waits "
        "more than three months for a first overnight stay.",
        "Disabled Children\u2019s Service Manager", "December 2020")
    add(4, "Supported lodgings hosts",
        "Recruit eight supported lodgings hosts for young people who arrive in Wendlemouth on "
        "their own seeking asylum.",
        "Supported Lodgings Coordinator", None)
    return acts


WD = {
    "name": "wendlemouth", "ext": "pdf", "report": WM_REPORT, "recs": wm_recs,
    "pages": WM_PAGES, "council": "Wendlemouth City Council",
    "actions": wd_actions, "bounds": (20, 30),
    "expected": {1: "weak"},
    "unanswered": [], "passing": [], "partial": [1],
    "orphans": [14, 15, 16, 17, 18, 19, 20, 21, 22],
    "miscited": [],
    "passing_phrase": {},
    "mentions": {1: (16, "long-term foster homes")},
    "decoys": {},
    "ask_decoys": {1: [14, 15]},
    "asks": {1: [("the formal matching of adolescents in long-term foster homes",
                  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]),
                 ("panel approval of adolescents' long-term matches with their foster carers",
                  [])]},
}

# the A5 page layout promised in the notes, asserted by the writer: the one block split across
# two A5 pages (by number)
WD_SPLIT = 10

WD["notes"] = (
    "PDF of an A5 booklet printed TWO-UP (reportlab): each A4 landscape sheet holds two A5 "
    "portrait pages side by side, left then right, with a faint vertical rule between them; "
    "there are four sheets, eight A5 pages, and the text reads down the left A5 page, then the "
    "right one, then on to the next sheet. A5 page 1 (left half of sheet 1) is the cover "
    "(council, 'Permanence for Teenagers', 'Fostering Development Plan 2019\u201320', a version "
    "line) with no header or page number; every other A5 page has its OWN running header "
    "('Wendlemouth Children\u2019s Services' and 'Permanence for Teenagers 2019\u201320' over a "
    "rule) and its own footer 'Page N' (N = 2 to 8), so each sheet carries two headers and two "
    "page numbers. A5 page 2 is 'About this plan' (three paragraphs of prose: not actions). Then "
    "four section headings in the council's words ('Making it official: teenagers who are "
    "staying', 'Hearing from young people and carers', 'Keeping track', 'Our other fostering "
    "work this year'; 'section' is the heading as written), each followed by its actions, one "
    "block each: a short bold title without a full stop, a description paragraph, then a line "
    "'Lead: <role>' and a line 'When: <date>'. 'text' is the title and the description joined "
    "by '. '; 'leads_raw' is the text after 'Lead: ' and 'date_raw' after 'When: ' as written "
    "('From January 2020', 'Monthly', 'Ongoing', 'Spring 2020', 'tbc' ...), '' where the line "
    "is not there; 'row' and 'objective' null. Action 10 ('Marking the moment') has no Lead "
    "line; orphan 22 ('Supported lodgings hosts') has no When line; orphan 19 ('Mockingbird') "
    "has 'Lead: tbc' and orphan 18 ('Staying Put for longer') 'When: tbc', kept as written. "
    "Every block sits whole on one A5 page except action 10 ('Marking the moment'), which "
    "starts at the foot of A5 page 4 (the right half of sheet 2) and finishes at the head of "
    "A5 page 5 (the left half of sheet 3): its description breaks mid-sentence ('A small' / "
    "'budget for each celebration'), with page 4's footer and page 5's running header between "
    "its parts, and its When line follows on page 5, just above the heading 'Keeping track'. "
    "A5 page 7 holds 'How we will know it is working' (prose: not actions) and a contact line; "
    "A5 page 8, the back page, an alternative-formats line and the council's address. The "
    "publishing tool's curly apostrophes. Nothing cites a number: explicit_refs is [] "
    "everywhere and every link is judged. The report is outstanding and its 'What needs to "
    "improve' has a single bullet, R1 (the formal matching and panel approval of adolescents in "
    "long-term foster homes); so this plan cannot have an unanswered, a passing and a partly "
    "answered recommendation at once (as set aj's ketterby and set aq's kilnbury). R1 is "
    "partly answered (see asks), and the hard decoys stand against its unanswered ask. R1 is "
    "read as two asks. The first, the formal matching of adolescents in long-term foster "
    "homes, is answered by actions 1-13, the first three sections: a matching meeting and a "
    "written match record for every young person aged 12 or over who is staying, the backlog "
    "of those already settled, a template, a practice guide, a support plan, a joint workshop, "
    "family finding, the young person's and the carers' say, a celebration, a monthly list, "
    "reviewing officers' checks and a dip sample. The second, that those long-term matches go "
    "to panel for approval, is answered by nothing: no action names a panel or any approval of "
    "a match; the matching meeting itself decides. Hard decoys for that ask, both in the last "
    "section: orphan 14 ('Fostering panel membership': new members for the 'fostering panel' "
    "and applicants heard at 'panel for approval') is about approving new foster carers, not "
    "matches; orphan 15 ('Adoption panel moves to the regional agency': the 'approval' of "
    "adopters and of 'matches' with adoptive families) is about adoption, not teenagers in "
    "foster care. A phrase of R1 in passing: orphan 16 ('Room for one more') recruits "
    "'long-term foster homes' for brothers and sisters; it is recruitment, not matching or "
    "approval, and is not linked. Orphans 14-22: the whole last section (also allowances, "
    "Staying Put, Mockingbird, learning for carers, short breaks carers, supported lodgings "
    "hosts). 'action N' means wendlemouth-N, numbered in reading order (1-7 the first section, "
    "8-10 the second, 11-13 the third, 14-22 the fourth). The plan's own names: Cedar (case "
    "record), the Harbour Lane team, Adopt Wendle Vale (a regional adoption agency), the "
    "Staying Together certificate.")


# ---------------------------------------------------------------------------------------------
# Plan 2: Ashmoss - a Word improvement plan (A4 landscape) answering Tameside 2024-02-13 (ILACS,
# 13). One table Theme | Action | Lead | By when | RAG; Theme and Lead cells merged vertically;
# RAG a fill only; reviewers' comments on some Action cells.
# ---------------------------------------------------------------------------------------------

AM_THEMES = {  # number: Theme cell, in the council's words and order
    1: "Leadership and grip",
    2: "Front door and risk",
    3: "Knowing children well",
    4: "Managers who know their children",
    5: "Homes for children",
    6: "Leaving care well",
    7: "Children\u2019s voice",
    8: "Our workforce",
    9: "Wider service priorities",
}
AM_OTHER = 9
AM_RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050"}
AM_HEADER = ("Theme", "Action", "Lead", "By when", "RAG")
AM_REVIEWERS = {"DW": "Dana Whitcombe", "RO": "Rafe Okonjo", "LM": "Lena Marsh"}


def am_actions():
    acts = []

    def add(theme, text, lead, when, rag, links=(), comment=None):
        """A row of the plan table: the Action cell ``text``, the Lead cell ``lead`` (a run of
        consecutive rows of one theme with the same lead is ONE cell merged down those rows),
        the By when cell ``when``, the RAG fill ``rag`` ("R"/"A"/"G", "" none) and a reviewer's
        ``comment`` (initials, text) anchored on the Action cell, if any."""
        acts.append(A(curly(text), curly(lead), when, links, [], False, row=None,
                      section=curly(AM_THEMES[theme]), objective=None, theme=theme, rag=rag,
                      comment=comment))

    # 1 - Leadership and grip (R1)
    add(1, "Appoint an independent chair to the Children\u2019s Improvement Board, which meets "
        "monthly and reports to Cabinet and to the DfE improvement adviser.",
        "Chief Executive", "Mar-24", "G",
        links=[(1, "j", "h", "the council's oversight of children's services through an "
                "independently chaired board reporting to Cabinet")])
    add(1, "Children\u2019s Scrutiny Panel to give one meeting a quarter wholly to this plan, "
        "with front-line staff invited to tell councillors what has changed.",
        "Chief Executive", "Quarterly", "A",
        links=[(1, "j", "h", "councillors holding children's services to account")])
    add(1, "Lead Member and Chief Executive to meet the DCS monthly to go through the children\u2019s "
        "services scorecard line by line, with actions minuted.",
        "Chief Executive", "From April 2024", "G",
        links=[(1, "j", "h", "the council's political and corporate grip on the service's "
                "leadership")])
    add(1, "Recruit a permanent Director of Children\u2019s Services and two assistant directors "
        "so that interim cover ends.",
        "Director of HR", "Jul-24", "A",
        links=[(1, "j", "m", "stable leadership of children's services")],
        comment=("RO", "Interim DCS contract ends 30 June \u2013 do we need an extension as a "
                 "fallback?"))

    # 2 - Front door and risk (R2, R3; a passing mention of R8)
    add(2, "Reorganise the MASH into three screening pods, each with its own team manager, so "
        "that every contact is screened within 24 hours and the family\u2019s history is read "
        "before a decision is made.",
        "Head of Service, Front Door", "Apr-24", "A",
        links=[(2, "j", "h", "the response to referrals at the front door")])
    add(2, "Police, health and schools to sign up to one standard for what a good referral "
        "contains, with feedback to the referrer within three working days.",
        "Head of Service, Front Door", "Jun-24", "R",
        links=[(2, "j", "h", "multi-agency referrals that recognise and describe risk")])
    add(2, "Strategy meetings held within one working day, chaired by a team manager, with "
        "police and health always invited and a written list of actions with names and dates.",
        "Head of Service, Front Door", "Apr-24", "A",
        links=[(2, "j", "h", "strategy meetings that respond to risk with the partners")])
    add(2, "Return home interviews offered to every child within 72 hours of coming back, by the "
        "Compass Team, with what they tell us taken to the weekly exploitation meeting.",
        "Compass Team Manager", "May-24", "G",
        links=[(2, "j", "h", "the response when children go missing from home or care")])
    add(2, "Weekly exploitation meeting widened to include children in care living outside the "
        "borough and care leavers up to 21.",
        "Compass Team Manager", "Sept 24", "",
        links=[(2, "j", "h", "risks arising for children in care and care leavers picked up "
                "with partners")])
    add(2, "Second Designated Officer (LADO) post, and every initial allegation meeting held "
        "within five working days of the referral.",
        "Safeguarding Partnership Manager", "Sept 24", "R",
        links=[(2, "j", "h", "the response when allegations are made against people who work "
                "with children")],
        comment=("LM", "Is the second post funded? I can\u2019t see it in the MTFS."))
    add(2, "Rewrite the Ashmoss Continuum of Need with partners, with worked examples (a baby "
        "with an unexplained bruise, a parent who drinks, a 16-year-old asked to leave home).",
        "Safeguarding Partnership Manager", "Mar-24", "A",
        links=[(3, "j", "h", "one shared guide so that thresholds are applied the same way")],
        comment=("DW", "Partnership exec wants the draft by 29 Feb."))
    add(2, "Every designated safeguarding lead, GP practice lead and police sergeant in the "
        "borough to attend a threshold workshop run jointly by the MASH and the Safeguarding "
        "Partnership.",
        "Safeguarding Partnership Manager", "31/07/2024", "A",
        links=[(3, "j", "h", "partners applying thresholds consistently")])

    # 3 - Knowing children well (R4, R5)
    add(3, "New single assessment form on Horizon that opens with the child\u2019s history and "
        "closes with what life is like for the child, what must change and whether the parents "
        "can change it.",
        "Principal Social Worker", "Jun-24", "A",
        links=[(4, "j", "h", "assessments that analyse the child's needs and risks")])
    add(3, "Twice-weekly assessment clinics where social workers test their analysis with an "
        "advanced practitioner before the assessment is signed off.",
        "Principal Social Worker", "Ongoing", "G",
        links=[(4, "j", "h", "assessment analysis tested before the next steps are decided")])
    add(3, "Child in need, child protection and care plans written in plain words, no more than "
        "six outcomes each, every one saying who will do what and by when.",
        "Heads of Service", "Sept 24", "A",
        links=[(5, "j", "h", "better plans for children in need of help and protection and "
                "children in care")])
    add(3, "Pathway plans rewritten with each young person at 16, 18 and 21 and refreshed at "
        "least every six months.",
        "Leaving Care Team Manager", "Dec-24", "",
        links=[(5, "j", "h", "better plans for care leavers")])

    # 4 - Managers who know their children (R6)
    add(4, "Supervision for every social worker every four weeks, recorded on Horizon within "
        "five working days, with each child\u2019s plan discussed in turn.",
        "Assistant Director, Safeguarding", "From April 2024", "R",
        links=[(6, "j", "h", "regular, recorded management oversight of each child")],
        comment=("DW", "Can we add the target % here so this can be RAG rated properly?"))
    add(4, "Fortnightly meeting where heads of service go through every child open for more than "
        "twelve months without a change in plan.",
        "Assistant Director, Safeguarding", "Fortnightly", "A",
        links=[(6, "j", "h", "senior managers challenging drift child by child")])
    add(4, "Practice standards for team managers setting out what good oversight looks like, "
        "with a monthly compliance report for each team.",
        "Principal Social Worker", "May-24", "G",
        links=[(6, "j", "m", "the effectiveness of management oversight set and measured")])

    # 5 - Homes for children (R7, R9; a hard decoy of R10)
    add(5, "Monthly permanence tracking meeting chaired by the Head of Service for Children in "
        "Care; every child in care to have a permanence plan agreed by their second review.",
        "Head of Service, Children in Care", "Monthly", "A",
        links=[(7, "j", "h", "children's permanence tracked and planned early")])
    add(5, "Weekly legal gateway meeting, so that pre-proceedings under the Public Law Outline "
        "start promptly and finish within 16 weeks.",
        "Head of Service, Children in Care", "Apr-24", "G",
        links=[(7, "j", "m", "quicker decisions in court work, so that permanence is not "
                "delayed")])
    add(5, "Recruit 40 new in-house fostering households over two years through the \u2018Home "
        "in Ashmoss\u2019 campaign.",
        "Fostering Service Manager", "Mar-26", "R",
        links=[(9, "j", "h", "more foster homes so that children's needs can be met")],
        comment=("RO", "40 in two years? We approved 9 last year. Can the board see the "
                 "modelling behind this number?"))
    add(5, "Open two three-bed children\u2019s homes in the borough with Beacon Care Partnership.",
        "Commissioning Lead", "Q3 24/25", "A",
        links=[(9, "j", "h", "more homes for children in the borough")])
    add(5, "Renew the agreement with the Ashmoss Foster Carers\u2019 Association (grant, "
        "consultation and the annual conference) and review it each year.",
        "Fostering Service Manager", "Jun-24", "G")

    # 6 - Leaving care well (R11, partly: rights, entitlements, the local offer)
    add(6, "Relaunch the offer to care leavers: a new booklet and web page, and every young "
        "person talked through it by their personal adviser at 17 and again at 18.",
        "Leaving Care Team Manager", "Jul-24", "A",
        links=[(11, "j", "h", "care leavers helped to understand the local offer")])
    add(6, "A session at 16 on what care leavers are entitled to, run by the Children\u2019s "
        "Rights Service with the Care Leavers\u2019 Forum, and a pocket card listing it.",
        "Children\u2019s Rights Manager", "Sept 24", "G",
        links=[(11, "j", "h", "care leavers helped to understand their rights and "
                "entitlements")])

    # 7 - Children's voice (R12)
    add(7, "Offer the My Say app to every child with a social worker from the age of eight, so "
        "they can tell us before a meeting what they want said.",
        "Participation Lead", "Jun-24", "A",
        links=[(12, "j", "h", "children taking part in their assessments and planning")])
    add(7, "Children and young people chair the parts of their own reviews they want to, and "
        "every child gets their plan in a letter written for them.",
        "IRO Service Manager", "Ongoing", "A",
        links=[(12, "j", "h", "children's participation in their planning")])
    add(7, "Young commissioners from the Children in Care Council to sit on interview panels and "
        "look at two services a year.",
        "Participation Lead", "tbc", "",
        links=[(12, "j", "h", "young people involved in how services are delivered")])

    # 8 - Our workforce (R13)
    add(8, "Market supplement of \u00a33,000 a year and a relocation package for social workers "
        "in front-line teams.",
        "Director of HR", "Apr-24", "G",
        links=[(13, "j", "h", "recruiting and keeping social workers")])
    add(8, "ASYE academy: first-year social workers carry no more than 15 children, have "
        "fortnightly supervision and their own practice educator.",
        "Principal Social Worker", "Sept 24", "A",
        links=[(13, "j", "h", "support for newly qualified social workers")])
    add(8, "Bring agency staff down from 38% to 20% of social work posts by converting posts to "
        "permanent ones.",
        "", "Mar-25", "R",
        links=[(13, "j", "m", "a permanent workforce recruited and kept")])

    # 9 - Wider service priorities (orphans; hard decoys)
    add(9, "Private fostering awareness training for schools, GP practices and faith groups, and "
        "a review of the notification form.",
        "Safeguarding Partnership Manager", "Nov-24", "G")
    add(9, "Initial health assessments for children coming into care done within 20 working "
        "days, with the family health history taken from parents at the first meeting.",
        "Designated Nurse, Children in Care", "Ongoing", "A")
    add(9, "Three family hubs open under the national Family Hubs programme.",
        "Head of Early Help", "Dec-24", "G")
    add(9, "Holiday Activities and Food programme places for 4,000 children this summer.",
        "Head of Early Help", "Aug-24", "G")
    add(9, "Youth Justice Service to move to the Oldgate Centre.",
        "Youth Justice Manager", "tbc", "A")
    return acts


AM = {
    "name": "ashmoss", "ext": "docx", "report": TS_REPORT, "recs": ts_recs,
    "pages": TS_PAGES, "council": "Ashmoss Metropolitan Borough Council",
    "actions": am_actions, "bounds": (20, 40),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "covered", 7: "covered", 8: "weak", 9: "covered", 10: "uncovered",
                 11: "weak", 12: "covered", 13: "covered"},
    "unanswered": [10], "passing": [8], "partial": [11],
    "orphans": [24, 33, 34, 35, 36, 37],
    "miscited": [],
    "passing_phrase": {8: (11, "a 16-year-old asked to leave home")},
    "mentions": {},
    "decoys": {10: [24, 33]},
    "ask_decoys": {11: [34]},
    "asks": {2: [("referrals", [5, 6]),
                 ("strategy meetings", [7]),
                 ("when children go missing from home or care", [8]),
                 ("arising risks for children in care and care leavers", [9]),
                 ("when allegations are made against professionals", [10])],
             5: [("plans for children in need of help and protection and children in care",
                  [15]),
                 ("plans for care leavers", [16])],
             11: [("care leavers helped to understand their rights, entitlements and the local "
                   "offer", [25, 26]),
                  ("care leavers helped to understand their health histories", [])],
             13: [("recruitment and retention of staff", [30, 32]),
                  ("support for newly qualified social workers", [31])]},
}

AM["notes"] = (
    "DOCX, A4 landscape: a title block (council, 'Children\u2019s Services Improvement Plan "
    "2024\u20132026', 'Version 0.7 \u2013 DRAFT for Improvement Board, 19 March 2024', two "
    "paragraphs of introduction: not actions), then ONE plan table, columns Theme | Action | "
    "Lead | By when | RAG, with a shaded header row repeated on every page, one action a row, "
    "37 rows. The Theme cell is ONE cell merged VERTICALLY (w:vMerge restart, then continue) "
    "down all the rows of its theme, holding the theme's name once; 'section' is that name as "
    "written for every row it spans ('Leadership and grip', 'Front door and risk', 'Knowing "
    "children well', 'Managers who know their children', 'Homes for children', 'Leaving care "
    "well', 'Children\u2019s voice', 'Our workforce', 'Wider service priorities'). The Lead cell "
    "of each run of consecutive rows of one theme with the same lead is likewise ONE cell merged "
    "down the run (e.g. 'Chief Executive' down actions 1-3, 'Head of Service, Front Door' down "
    "actions 5-7, 'Safeguarding Partnership Manager' down actions 10-12); 'leads_raw' is the "
    "merged cell's text for every row it spans. 'text' is the Action cell, 'date_raw' the By "
    "when cell as written ('Mar-24', 'Sept 24', '31/07/2024', 'Q3 24/25', 'Quarterly', "
    "'Ongoing', 'tbc' ...). The RAG cell has NO text, only a fill: red, amber or green; action "
    "9 ('Weekly exploitation meeting widened'), action 16 ('Pathway plans rewritten') and "
    "action 29 ('Young commissioners from the Children in Care Council') are not yet rated (no "
    "fill); RAG is progress, not part of the action. Action 32 ('Bring agency staff down') has "
    "an empty Lead cell; action 29 ('Young commissioners') and orphan 37 ('Youth Justice Service "
    "to move') have By when 'tbc', kept as written. Five reviewers' Word comments are anchored "
    "on Action cells (action 4, 'Recruit a permanent Director'; action 10, 'Second Designated "
    "Officer'; action 11, 'Rewrite the Ashmoss Continuum of Need'; action 17, 'Supervision for "
    "every social worker'; action 22, 'Recruit 40 new in-house fostering households'); their "
    "text (questions and notes from the improvement adviser and officers) is not part of the "
    "plan or of any action. After the table a small 'RAG key' table (a filled cell and its "
    "meaning on each row) and a line on the next review: not actions. Word's curly apostrophes. "
    "Nothing cites a number: explicit_refs is [] everywhere and every link is judged. Hard "
    "unanswered: R10 (the timeliness and quality of the induction, training and review of "
    "foster carer agreements): nothing is aimed at it; orphan 24 ('Renew the agreement with "
    "the Ashmoss Foster Carers' Association', reviewed each year) and orphan 33 ('Private "
    "fostering awareness training', with a review of the notification form) share its words, "
    "but one is the council's grant to the carers' association and the other private "
    "fostering, and neither touches how foster carers are inducted, trained or have their "
    "agreements reviewed; action 22 ('Recruit 40 new in-house fostering households') is aimed "
    "at R9 and says nothing of induction or training. Passing: R8 (the response to 16- and "
    "17-year-old children who are homeless) is touched only by action 11 ('Rewrite the "
    "Ashmoss Continuum of Need', aimed at R3), one of whose worked examples is 'a 16-year-old "
    "asked to leave home': nothing changes how homeless 16- and 17-year-olds are helped; weak, "
    "no link. Partly answered (see asks): R11: care leavers' understanding of their rights, "
    "entitlements and the local offer is answered by action 25 ('Relaunch the offer to care "
    "leavers') and action 26 ('A session at 16 on what care leavers are entitled to'); their "
    "health histories by nothing; ask decoy: orphan 34 ('Initial health assessments for "
    "children coming into care', with the 'family health history' taken from parents) is about "
    "children entering care, not care leavers' understanding of their own health histories; "
    "weak. Answered: R1 by actions 1-4; R2 by actions 5-10, every ask (referrals 5, 6; strategy "
    "meetings 7; missing 8; risks for children in care and care leavers 9; allegations against "
    "professionals 10); R3 by actions 11-12; R4 by 13-14; R5 by 15 and 16 (both asks); R6 by "
    "17-19; R7 by 20-21; R9 by 22-23; R12 by 27-29; R13 by 30-32, both asks (recruitment and "
    "retention 30, 32; newly qualified social workers 31). Orphans 24 and 33-37: the Foster Carers' Association agreement under "
    "'Homes for children', and the whole of 'Wider service priorities' (also family hubs, the "
    "Holiday Activities and Food programme, the youth justice service's move). 'action N' means "
    "ashmoss-N, numbered down the table. The plan's own names: Horizon (case record), the "
    "Compass Team, the Ashmoss Continuum of Need, My Say (an app), Beacon Care Partnership, the "
    "Home in Ashmoss campaign, the Oldgate Centre.")

PLANS = [WD, AM]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_au(plan, set_name="au"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

WD_COVER = [  # (text, style) on the cover, A5 page 1
    ("Wendlemouth City Council", "kicker"),
    ("Children\u2019s Services", "kicker"),
    ("Permanence for Teenagers", "title"),
    ("Fostering Development Plan 2019\u201320", "subtitle"),
    ("Version 1.0 \u00b7 December 2019 \u00b7 Owner: Head of Children in Care", "small"),
]
WD_ABOUT = [
    "In September 2019 our services for children and families were judged outstanding in every "
    "area. We are proud of our foster carers and of the young people who live with them, many "
    "of whom have been part of the same family for years.",
    "Inspectors told us that for some teenagers who have settled with their foster carers for "
    "good, we have never made that official. A young person can live with a family for years "
    "without anyone writing down that this is their home until they are grown up. This plan "
    "sets out how we will put that right, and lists alongside it the rest of our fostering work "
    "for the year.",
    "Each action below has a lead and a date. The Head of Children in Care reports on the plan "
    "to the Corporate Parenting Board every quarter.",
]
WD_CLOSE = [
    ("How we will know it is working", "head"),
    ("Every young person aged 12 and over who is staying with their carers for good will have a "
     "match on their record, written with them, and will know it. Carers will tell us that they "
     "understand what the match means for them. We will count how many are still waiting each "
     "month, and we will ask young people at their reviews what difference it has made.", "body"),
    ("Questions about this plan: Fostering Service, Wendlemouth Civic Centre.", "small"),
]
WD_BACK = [  # the back page, A5 page 8
    ("This booklet is available in large print, in Easy Read and in other languages. Ask the "
     "Fostering Service.", "small"),
    ("Wendlemouth City Council · Civic Centre · Wendlemouth", "small"),
]
WD_HEADER = ("Wendlemouth Children\u2019s Services", "Permanence for Teenagers 2019\u201320")


def write_wd(plan, acts, path):
    reportlab_canvas()  # invariant mode before anything is built
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                    PageTemplate, Paragraph, Spacer)

    w, h = landscape(A4)
    half = w / 2
    side, top, bottom = 1.5 * cm, 2.0 * cm, 1.7 * cm
    ink, plum, grey = HexColor("#222222"), HexColor("#5B2A6E"), HexColor("#9A9A9A")

    kicker = ParagraphStyle("kicker", fontName="Helvetica", fontSize=11, leading=15,
                            textColor=plum)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=29,
                           textColor=plum, spaceBefore=70, spaceAfter=6)
    subtitle = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=14, leading=18,
                              textColor=ink, spaceAfter=40)
    small = ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10.5,
                           textColor=ink, spaceBefore=6)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=12, leading=15,
                          textColor=plum, spaceBefore=8, spaceAfter=6, keepWithNext=1)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=12, textColor=ink,
                          spaceAfter=2)
    btitle = ParagraphStyle("btitle", parent=body, fontName="Helvetica-Bold", spaceBefore=7,
                            keepWithNext=1)
    btitle_free = ParagraphStyle("btitle_free", parent=btitle, keepWithNext=0)
    field = ParagraphStyle("field", parent=body, spaceAfter=0)
    styles = {"kicker": kicker, "title": title, "subtitle": subtitle, "small": small,
              "head": head, "body": body}

    class Part(Paragraph):
        """A paragraph of an action's block; the parts reportlab splits it into keep its
        number."""
        _au = None

        def split(self, aw, ah):
            parts = Paragraph.split(self, aw, ah)
            for p in parts:
                p._au = self._au
            return parts

    placed = {}  # action number -> [(A5 page)] of each drawn part

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            n = getattr(flowable, "_au", None)
            if n is not None:
                a5 = 2 * self.page - (1 if self.frame.id == "left" else 0)
                if a5 not in placed.setdefault(n, []):
                    placed[n].append(a5)

    def frame(x0, fid):
        return Frame(x0 + side, bottom, half - 2 * side, h - top - bottom, id=fid,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def furniture(c, doc):
        c.saveState()
        c.setStrokeColor(HexColor("#DDDDDD"))
        c.setLineWidth(0.3)
        c.line(half, 0.6 * cm, half, h - 0.6 * cm)  # the fold between the two A5 pages
        for k, x0 in ((0, 0), (1, half)):
            n = 2 * doc.page - 1 + k
            if n == 1:  # the cover
                continue
            c.setFillColor(grey)
            c.setFont("Helvetica", 7.5)
            c.drawString(x0 + side, h - 1.2 * cm, WD_HEADER[0])
            c.drawRightString(x0 + half - side, h - 1.2 * cm, WD_HEADER[1])
            c.setStrokeColor(plum)
            c.setLineWidth(0.6)
            c.line(x0 + side, h - 1.35 * cm, x0 + half - side, h - 1.35 * cm)
            c.setFillColor(ink)
            c.setFont("Helvetica", 8)
            c.drawCentredString(x0 + half / 2, 0.9 * cm, f"Page {n}")
        c.restoreState()

    story = [Paragraph(xml_escape(curly(t)), styles[s]) for t, s in WD_COVER]
    story += [FrameBreak(), Paragraph("About this plan", head)]
    story += [Paragraph(xml_escape(curly(t)), body) for t in WD_ABOUT]
    story.append(FrameBreak())
    for i, a in enumerate(acts, 1):
        x = a["extra"]
        if i == 1 or x["sec"] != acts[i - 2]["extra"]["sec"]:
            story.append(Paragraph(xml_escape(a["section"]), head))
        # the split block's title is not kept with its description (else the two would move
        # on together), so that the description itself breaks at the foot of the A5 page
        block = [Part(xml_escape(x["title"]), btitle if i != WD_SPLIT else btitle_free),
                 Part(xml_escape(x["body"]), body)]
        if x["has_lead"]:
            block.append(Part(xml_escape(f"Lead: {a['lead']}"), field))
        if x["has_when"]:
            block.append(Part(xml_escape(f"When: {a['date']}"), field))
        for p in block:
            p._au = i
        story += block if i == WD_SPLIT else [KeepTogether(block)]
    story.append(Spacer(1, 4))
    story += [Paragraph(xml_escape(curly(t)), styles[s]) for t, s in WD_CLOSE]
    story += [FrameBreak(), Spacer(1, 380)]
    story += [Paragraph(xml_escape(curly(t)), styles[s]) for t, s in WD_BACK]

    doc = Doc(str(path), pagesize=(w, h), leftMargin=0, rightMargin=0, topMargin=0,
              bottomMargin=0, pageTemplates=[PageTemplate("sheet", [frame(0, "left"),
                                                                    frame(half, "right")],
                                                          onPage=furniture)],
              title="Permanence for Teenagers - Fostering Development Plan 2019-20",
              author="Wendlemouth City Council", subject="",
              creator="Microsoft\u00ae Word for Microsoft 365")
    doc.build(story)
    # the layout promised in the notes: four sheets; every block on one A5 page but WD_SPLIT,
    # which runs from one A5 page on to the next
    assert doc.page == 4, doc.page
    assert sorted(placed) == list(range(1, len(acts) + 1)), sorted(placed)
    split = placed[WD_SPLIT]
    assert len(split) == 2 and split[1] == split[0] + 1, placed
    assert split[0] % 2 == 0, placed  # from the right A5 page of a sheet on to the next sheet
    assert all(len(v) == 1 for n, v in placed.items() if n != WD_SPLIT), placed
    return placed


AM_TITLE = [
    ("Ashmoss Metropolitan Borough Council", "Title"),
    ("Children\u2019s Services Improvement Plan 2024\u20132026", "Subtitle"),
    ("Version 0.7 \u2013 DRAFT for Improvement Board, 19 March 2024", "bold"),
    ("In December 2023 our children\u2019s services were judged inadequate. We accept the "
     "findings in full. Too many children waited too long for help, and too many were not "
     "protected well enough. This plan sets out what we will do, who is responsible and by "
     "when.", None),
    ("The plan is owned by the Director of Children\u2019s Services and overseen by the "
     "Children\u2019s Improvement Board. Leads update the RAG column before each Board meeting.",
     None),
]
AM_KEY = [("R", "Off track: will not be delivered by the date without intervention"),
          ("A", "Some slippage: at risk but recoverable"),
          ("G", "On track or complete")]
AM_COMMENT_DATE = datetime(2024, 3, 14, 16, 5, 0)


def am_lead_runs(acts):
    """[(first, last)] 0-based row indexes of each run of consecutive actions of one theme with
    the same Lead cell (a run of one is a cell of its own)."""
    runs = []
    for k, a in enumerate(acts):
        if runs and acts[runs[-1][1]]["lead"] == a["lead"] and \
                acts[runs[-1][1]]["extra"]["theme"] == a["extra"]["theme"]:
            runs[-1][1] = k
        else:
            runs.append([k, k])
    return [tuple(r) for r in runs]


def write_am(plan, acts, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    head = sec.header.paragraphs[0]
    head.text = "OFFICIAL \u2013 SENSITIVE"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = curly("Ashmoss MBC \u2013 Children\u2019s Services "
                                          "Improvement Plan 2024\u201326 \u2013 v0.7 DRAFT")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    for text, style in AM_TITLE:
        if style == "bold":
            run = doc.add_paragraph().add_run(curly(text))
            run.bold = True
        else:
            doc.add_paragraph(curly(text), style=style)

    def fill(cell, text, bold=False, size=9, colour=None):
        p = cell.paragraphs[0]
        for r in list(p._p.r_lst):
            p._p.remove(r)
        if not text:
            return None
        run = p.add_run(text)
        if bold:
            run.bold = True
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        return run

    widths = [Cm(4.2), Cm(12.8), Cm(4.6), Cm(2.6), Cm(1.4)]
    table = doc.add_table(rows=1 + len(acts), cols=len(AM_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, h, wd in zip(table.rows[0].cells, AM_HEADER, widths):
        fill(cell, h, bold=True, colour="FFFFFF")
        shade(cell, "1F4E79")
        cell.width = wd
    repeat_header(table.rows[0])
    theme_runs = [(g[0], g[-1]) for g in _groups(list(range(len(acts))),
                                                 lambda k: acts[k]["extra"]["theme"])]
    lead_runs = am_lead_runs(acts)
    firsts_theme = {f for f, _ in theme_runs}
    firsts_lead = {f for f, _ in lead_runs}
    comments = []
    for k, a in enumerate(acts):
        row = table.rows[k + 1]
        cells = row.cells
        for cell, wd in zip(cells, widths):
            cell.width = wd
        # a merged cell's text is written once, in its first row; the cells below stay empty
        if k in firsts_theme:
            fill(cells[0], a["section"], bold=True)
        run = fill(cells[1], a["text"])
        if k in firsts_lead:
            fill(cells[2], a["lead"])
        fill(cells[3], a["date"])
        if a["extra"]["rag"]:
            shade(cells[4], AM_RAG[a["extra"]["rag"]])
        if a["extra"]["comment"]:
            comments.append((run, a["extra"]["comment"]))
    for f, l in theme_runs:
        if l > f:
            table.cell(f + 1, 0).merge(table.cell(l + 1, 0))
    merged_leads = 0
    for f, l in lead_runs:
        if l > f:
            table.cell(f + 1, 2).merge(table.cell(l + 1, 2))
            merged_leads += 1
    # every merge is a vertical one: w:vMerge restart on the first row, continue below
    tbl = table._tbl
    restarts = tbl.xpath(".//w:tcPr/w:vMerge[@w:val='restart']")
    conts = tbl.xpath(".//w:tcPr/w:vMerge[not(@w:val) or @w:val='continue']")
    assert len(restarts) == sum(1 for f, l in theme_runs + lead_runs if l > f), len(restarts)
    assert len(conts) == sum(l - f for f, l in theme_runs + lead_runs), len(conts)
    assert not tbl.xpath(".//w:gridSpan"), "no horizontal merge"
    assert merged_leads >= 5, merged_leads
    for run, (who, text) in comments:
        c = doc.add_comment([run], text=text, author=AM_REVIEWERS[who], initials=who)
        c._comment_elm.date = AM_COMMENT_DATE
    assert len(comments) == 5, len(comments)

    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("RAG key").bold = True
    key = doc.add_table(rows=len(AM_KEY), cols=2)
    key.style = "Table Grid"
    key.autofit = False
    for row, (rag, meaning) in zip(key.rows, AM_KEY):
        row.cells[0].width, row.cells[1].width = Cm(1.4), Cm(10.0)
        shade(row.cells[0], AM_RAG[rag])
        fill(row.cells[1], meaning, size=8)
    doc.add_paragraph(curly("Next review: Children\u2019s Improvement Board, 16 April 2024. "
                            "Send updates to the Improvement Programme Office."))
    docx_props(doc, "Improvement Programme Office",
               "Children's Services Improvement Plan 2024-2026 (v0.7 draft)")
    doc.save(path)
    normalise_zip(path)
    # the anchors as Word writes them: range start and end around the action's run, then a run
    # holding the comment reference, in the document; the comment text in comments.xml only
    import zipfile
    z = zipfile.ZipFile(path)
    xml = z.read("word/document.xml").decode("utf-8")
    assert "word/comments.xml" in z.namelist()
    assert xml.count("<w:commentRangeStart") == xml.count("<w:commentRangeEnd") == 5
    assert xml.count("<w:commentReference") == 5
    for _, (_, text) in comments:
        assert xml_escape(text) not in xml and text not in xml
    assert qn("w:vMerge")


WRITERS = {"wendlemouth": write_wd, "ashmoss": write_am}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    # Westminster has a single item: it is the partly answered one
    "wendlemouth": dict(unanswered=0, passing=0, partial=1, miscited=0, orphans=(6, 12)),
    "ashmoss": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 10)),
}


def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's block (when the PDF is at hand), with nothing before each but its
    label (after the page furniture named for it) and nothing after the last."""
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
        n = r["number"]
        want = " ".join(x for x in (spec["before"].get(n, ""), spec["label"]) if x)
        assert gap == want, (n, gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


PANEL = re.compile(r"panel|approv|ratif|decision.maker|sign(?:s|ed)? off", re.I)
FOSTER_TRAINING = re.compile(r"induct|train|agreement|foster carer|fostering household", re.I)
HEALTH = re.compile(r"health (?:histor|record|summar|passport)|medical", re.I)


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
        assert curly(phrase) in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # a recommendation's phrase in an orphan (the passing trap where the report has too few
    # recommendations for a passing one)
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
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \('([^']+)", _plain(d["notes"]), re.I)
    assert len(quoted) >= 6, (name, quoted)
    for n, words in quoted:
        assert words in _plain(ids[f"{name}-{n}"]["text"]), (name, n, words)
    for n in re.findall(r"\borphans? (\d+)\b", d["notes"]):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for n in re.findall(r"\baction (\d+)\b", d["notes"]):
        assert f"{name}-{n}" not in d["orphans"], (name, n)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`|]|\u00a0|\u2022", a["text"] + a["leads_raw"] +
                             a["date_raw"]), a["id"]
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
    # leads and dates: varied, a few missing, every one missing named in the notes
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] or
                                                         a["date_raw"] == "tbc" for a in acts)
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    for i, a in enumerate(acts, 1):
        if not a["leads_raw"] or not a["date_raw"] or "tbc" in (a["leads_raw"], a["date_raw"]):
            assert re.search(rf"\b(action|orphan) {i} \(", d["notes"], re.I), (name, i)
    if name == "wendlemouth":
        check_wd(gold, plan, acts, x, mine)
    if name == "ashmoss":
        check_am(gold, plan, acts, x, mine, per_rec)
    return True


def check_wd(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    secs = [g[0]["sec"] for g in _groups(x, lambda e: e["sec"])]
    assert secs == sorted(WD_SECTIONS), secs
    for h in WD_SECTIONS.values():
        assert not re.search(r"\d|recommend|ofsted|inspect|panel|approv", h, re.I), h
    for a, e in zip(acts, x):
        assert a["section"] == curly(WD_SECTIONS[e["sec"]]), a["id"]
        assert a["text"] == f"{e['title']}. {e['body']}", a["id"]
        assert len(e["title"].split()) <= 10, a["id"]
        assert e["has_lead"] == bool(a["leads_raw"]) and e["has_when"] == bool(a["date_raw"])
        if e["sec"] == WD_OTHER:
            assert a["id"] in d["orphans"], a["id"]
        else:  # every linked action is aimed at R1's matching ask, and none names a panel or
            # an approval (the unanswered ask)
            assert mine[a["id"]] == {"R1"}, a["id"]
            assert not PANEL.search(a["text"]), a["id"]
    assert {a["id"] for a, e in zip(acts, x) if e["sec"] == WD_OTHER} == set(d["orphans"])
    assert gold["expected"] == {"R1": "weak"} and d["partial"] == ["R1"], name
    # the prose around the plan says nothing of a panel or an approval either
    assert not any(PANEL.search(t) for t in WD_ABOUT +
                    [t for t, _ in WD_CLOSE + WD_COVER + WD_BACK])
    # the split block is not the first of its section, and the notes name it
    assert x[WD_SPLIT - 1]["sec"] == x[WD_SPLIT - 2]["sec"], WD_SPLIT
    assert re.search(rf"action {WD_SPLIT} \('[^']+'\), which\s+starts at the foot",
                     d["notes"]), WD_SPLIT


def check_am(gold, plan, acts, x, mine, per_rec):
    name, d = plan["name"], gold["design"]
    themes = [g[0]["theme"] for g in _groups(x, lambda e: e["theme"])]
    assert themes == sorted(AM_THEMES), themes
    for h in AM_THEMES.values():
        assert not re.search(r"\d|recommend|ofsted|inspect", h, re.I), h
    for a, e in zip(acts, x):
        assert a["section"] == curly(AM_THEMES[e["theme"]]), a["id"]
        assert e["rag"] in ("R", "A", "G", ""), a["id"]
        if e["theme"] == AM_OTHER:
            assert a["id"] in d["orphans"], a["id"]
    # the RAG column: all three fills and a few unrated, each unrated named in the notes
    rags = [e["rag"] for e in x]
    assert {"R", "A", "G", ""} <= set(rags) and 2 <= rags.count("") <= 4, rags
    for i, r in enumerate(rags, 1):
        if not r:
            assert re.search(rf"\baction {i} \(", d["notes"]), i
    # merged Lead cells: several runs of two or more rows
    runs = am_lead_runs(plan["actions"]())
    assert sum(1 for f, l in runs if l > f) >= 5, runs
    # five comments, each on an action named in the notes; no comment text in any action
    commented = [i for i, e in enumerate(x, 1) if e["comment"]]
    assert len(commented) == 5, commented
    for i in commented:
        assert re.search(rf"\baction {i}, '", d["notes"]), i
        assert x[i - 1]["comment"][1] not in acts[i - 1]["text"]
    # the unanswered R10: no action speaks of inducting or training foster carers or of their
    # agreements, except the two decoys; the partly answered R11: no linked action speaks of
    # health
    decoys = {f"{name}-{k}" for k in plan["decoys"][10]}
    for a in acts:
        if mine[a["id"]]:
            assert not HEALTH.search(a["text"]), a["id"]
        if a["id"] not in decoys and re.search(r"foster", a["text"], re.I):
            assert not re.search(r"induct|train|agreement|review", a["text"], re.I), a["id"]
    for r, s in gold["expected"].items():  # covered ones: 2-6 actions
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 6, (r, per_rec[r])


if __name__ == "__main__":
    main(sys.argv[1:], "au", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_au)
