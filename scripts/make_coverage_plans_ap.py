"""Write the sealed coverage evaluation set "ap": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_ap.py            # writes documents and gold
    python scripts/make_coverage_plans_ap.py --check    # only runs the consistency checks

Documents: corpus/coverage/ap/<name>.<ext>      Gold: corpus/gold/coverage/ap/<name>.json

The two documents imitate what councils' own systems produce: a plain text export of a Trello
board (the board's name on the first line, then one block per card, the blocks separated by a
line of dashes; each card 'Card: <title>', 'List: <list>' (Backlog / In progress / Done, which
is the card's state, not a theme), 'Labels: <comma-separated labels>' (a theme label, sometimes
'Quick win' or 'BAU', sometimes 'Ofsted rec 1' or 'Ofsted rec 2'), 'Members: @handle @handle'
(or 'none'), 'Due: <ISO timestamp in UTC>' (or 'none'), then 'Description:' and the description's
paragraphs on the lines below (one card's description is empty); some cards add 'Checklist:
<name>' with '[x] item' / '[ ] item' lines, the steps of the card; three cards end with
'Archived: yes' and are not part of the live board); and the Word MINUTES of a children's
improvement board meeting (a heading block of paragraphs with the date, those present, apologies
and those in attendance; numbered agenda items as Heading 2 with prose minutes under each, the
discussion naming other work, people and numbers, some lines 'ACTION: <owner> to <do something>
by <date>' repeating an action of the log; then an 'Action log' table, Action no. | Action |
Owner | Deadline | Status, holding the plan's actions, some carried forward from earlier meetings
('c/f'), some closed at this meeting ('Closed')).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
items of both were transcribed by hand from the report PDFs for this set (text read with
pypdfium2) and are held below as data (WB_RECS, BF_RECS), word for word, lines broken by the PDF
joined, the hyphen of a word broken over a line kept, the parenthetical National Framework
reference kept as printed; they are passed to build_gold(recs=...). Nothing is written into
corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(1, "j", "h", "why")]   action is aimed at R1; "e" explicit (the card's labels cite
                                   'Ofsted rec 1' and the text supports it) or "j" judged; "h"
                                   high / "m" medium
    refs=[1]                       the numbers the card's 'Ofsted rec N' labels cite
    mis=True                       a label cites a number the card does not answer
Actions with no links are orphans (see each plan's design notes). Design lists and asks name an
action by its number N (coldmarsh, the action is coldmarsh-N: Trello cards have no reference of
their own in the export) or by its Action no. cell (hazelwold, "63").

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes and terms such as the Graded Care Profile 2, the Public Law Outline, the local authority
designated officer, SACRE, the holiday activities and food programme or Operation Encompass are
named as councils name them); no real person is named, and every Trello handle and every set of
initials belongs to an invented person. Output is deterministic: the text file is written as
UTF-8 with LF line ends; DOCX core properties are fixed and every zip member is written with a
fixed timestamp.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import (A, build_gold, docx_props, main, normalise_zip,  # noqa: E402
                          repeat_header, shade)
from _coverage_sets import curly, words as _words  # noqa: E402
from _coverage_sets import transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# West Berkshire, inspection of local authority children's services (ILACS), report published
# 28 October 2025 (good in every judgement). "What needs to improve?", page 2 of the PDF: three
# bullets (each a black square, no numbers), all addressed to the local authority, followed by
# the heading "The experiences and progress of children who need help and protection: good".
# The heading carries a footnote marker "1" (the footnote explains the National Framework
# cross-references); it is not part of the first bullet. Numbered 1-3 in the report's order;
# lines broken by the PDF joined with a space; R1's "pre-proceedings", broken over a line at its
# hyphen, kept with the hyphen; each bullet's parenthetical "(Outcome N, national framework)" is
# part of the bullet as printed and is kept (the bullet ends with it, after the full stop).
# ---------------------------------------------------------------------------------------------

WB_REPORT = "west-berkshire-80577/2025-10-28.pdf"
WB_PAGES = (2,)

WB_RECS = [  # (number, page, text)
    (1, 2, "The effectiveness of practice with children who may be experiencing cumulative harm "
           "from neglect and/or domestic abuse, including those subject to the pre-proceedings "
           "stage of the Public Law Outline. (Outcome 1, national framework)"),
    (2, 2, "The consistency of contingency planning for children being supported through child "
           "protection and child-in-need plans. (Outcome 3, national framework)"),
    (3, 2, "The pace of work by the local authority, together with its partner agencies, to "
           "ensure that there is sufficient capacity to provide timely and effective early help "
           "to all children and families who need it. (Outcome 1, national framework)"),
]

# ---------------------------------------------------------------------------------------------
# Bracknell Forest, inspection of local authority children's services (ILACS), report published
# 28 January 2026 (outstanding in every judgement). "What needs to improve?", page 2 of the PDF:
# a single bullet (a black square), addressed to the local authority, numbered 1, followed by
# the heading "The experiences and progress of children who need help and protection:
# outstanding". No footnote marker. The parenthetical "(outcome 3, national framework)", in lower
# case as printed, is part of the bullet and is kept. Lines broken by the PDF joined.
# ---------------------------------------------------------------------------------------------

BF_REPORT = "bracknell-forest-80436/2026-01-28.pdf"
BF_PAGES = (2,)

BF_RECS = [
    (1, 2, "Communication to a diverse range of communities and religious forums about the role "
           "of the local authority designated officer (LADO). (outcome 3, national framework)"),
]

# where each list sits in its report: the words opening the block, the words after it, what
# may stand before item N
BLOCKS = {
    WB_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection",
                    label=lambda n: "1 \u25fc" if n == 1 else "\u25fc"),  # footnote marker
    BF_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection",
                    label=lambda n: "\u25fc"),
}


def _recs(data):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in data]


def wb_recs():
    return _recs(WB_RECS)


def bf_recs():
    return _recs(BF_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Coldmarsh - a plain text export of a Trello board, answering West Berkshire 2025-10-28
# (ILACS, 3). Board name, then one block per card between lines of dashes. Cards in the board's
# creation order (the lists interleave). Archived cards are in the export but not in the gold.
# ---------------------------------------------------------------------------------------------

CM_BOARD = "Coldmarsh CSC - Practice Improvement Plan 2025/26"
CM_RULE = "-" * 60
CM_LISTS = ("Backlog", "In progress", "Done")
CM_THEMES = ("Neglect and cumulative harm", "Domestic abuse", "Partnerships", "Workforce",
             "Systems", "Kinship", "BAU")
CM_OTHER_LABELS = ("Quick win", "Ofsted rec 1", "Ofsted rec 2")


def cm_cards():
    """Every card of the export in order, archived ones included: a dict per card."""
    cards = []

    def card(title, lst, labels, members, due, desc, links=(), mis=False, checklist=None,
             archived=False):
        """``labels`` as the Labels line lists them (the first theme label, if any, is the
        card's section; 'Ofsted rec N' labels are its citations); ``members`` the handles
        ("" none); ``due`` the ISO timestamp as exported ("" none); ``desc`` the description's
        paragraphs; ``checklist`` (name, [(done, item)]) the card's steps."""
        assert lst in CM_LISTS and all(lb in CM_THEMES + CM_OTHER_LABELS for lb in labels)
        assert not due or re.fullmatch(r"20\d\d-\d\d-\d\dT1[67]:00:00\.000Z", due), due
        cards.append(dict(title=title, list=lst, labels=list(labels), members=members, due=due,
                          desc=list(desc), links=list(links), mis=mis, checklist=checklist,
                          archived=archived))

    card("Chronologies that show the whole story", "In progress",
         ["Neglect and cumulative harm", "Ofsted rec 1"], "@dkowalskipsw @ledgerteam",
         "2026-03-31T16:00:00.000Z",
         ["Ledger's chronology to pull in every contact, strategy discussion, plan start and "
          "end and missed health appointment automatically, so that a worker picking up a "
          "family sees the pattern over years and not only the latest episode.",
          "Practice standard to go with it: the chronology is brought up to date before every "
          "review and read by the team manager before they sign the review off."],
         links=[(1, "e", "h", "chronologies that show the impact of harm building up over time "
                 "(report para 14); labelled rec 1")],
         checklist=("Build", [(True, "Spec agreed with the Ledger team"),
                              (True, "Test with Central CP team"),
                              (False, "Go live in all CP and CIN teams"),
                              (False, "Briefing at team managers' meeting")]))
    card("GCP2 refresher for every CP and CIN worker", "In progress",
         ["Neglect and cumulative harm", "Ofsted rec 1", "Quick win"], "@hannahross3",
         "2026-02-27T17:00:00.000Z",
         ["Half-day Graded Care Profile 2 refresher for all social workers and family "
          "practitioners holding child in need or child protection work.",
          "GCP2 to be repeated at each review where home conditions or basic care were the "
          "worry at the start, so that scores can be compared over time instead of each visit "
          "being judged on its own."],
         links=[(1, "e", "h", "a neglect tool used repeatedly to measure whether care improves "
                 "over time; labelled rec 1")])
    card("Long-running plans panel", "In progress",
         ["Neglect and cumulative harm", "Ofsted rec 1"], "@hannahross3 @tomearley1", "",
         ["Monthly panel chaired by the Head of Service, Safeguarding. It looks at every child "
          "who has been on a child protection or child in need plan for more than 15 months, or "
          "is on a second or later plan, where neglect or domestic abuse is the main worry.",
          "One question for each child: what is different in this child's life now compared "
          "with when we started? If the answer is nothing, the panel agrees a new direction and "
          "a date to check it.",
          "Standing item, no end date."],
         links=[(1, "e", "h", "children on plans for very long periods without their lives "
                 "improving (report para 14) brought to a senior decision; labelled rec 1")])
    card("Neglect strategy refresh with the Safeguarding Partnership", "Backlog",
         ["Partnerships", "Ofsted rec 2"], "@ryanbellcm", "2026-06-30T16:00:00.000Z",
         ["Refresh the 2022 neglect strategy with health, schools and police so that everyone "
          "uses the same indicators of long-term neglect and knows what to do when the same "
          "worries keep coming back."],
         links=[(1, "j", "h", "a partnership strategy and shared indicators for long-term "
                 "neglect; the label 'Ofsted rec 2' (contingency planning) is wrong")],
         mis=True)
    card("Domestic abuse practice champions", "In progress", ["Domestic abuse"],
         "@ifeomaokafor", "2026-04-30T16:00:00.000Z",
         ["One champion in each CP and CIN team, trained by the Coldmarsh Domestic Abuse "
          "Service, to join supervision for families where the abuse keeps returning, for "
          "example when a violent partner has left and come back more than once."],
         links=[(1, "j", "h", "specialist help for workers with families where domestic abuse "
                 "recurs: the cumulative harm of domestic abuse")])
    card("Start again syndrome workshops", "Done", ["Workforce"], "@dkowalskipsw",
         "2025-12-12T17:00:00.000Z",
         ["Two practice workshops for social workers and managers on over-optimism and start "
          "again syndrome, when each new worker or new plan treats a family's history as if it "
          "began today. Built around three of our own anonymised families."],
         links=[(1, "j", "m", "over-optimism and late intervention for children living with "
                 "long-term harm (report para 14); the card names neither neglect nor abuse")])
    card("Contingency section in CP and CIN plans", "Backlog", ["Ofsted rec 2"], "@tomearley1",
         "2026-01-30T17:00:00.000Z",
         ["Add a 'what happens if things do not change' section to the child protection and "
          "child in need plan templates on Ledger.",
          "Archived 2 Dec - CP chairs to take this through the Safeguarding and Review Service "
          "plan, not this board."],
         archived=True)
    card("Supervision prompt: what has changed for the child?", "Done",
         ["Workforce", "Quick win"], "@tomearley1", "2025-11-28T17:00:00.000Z",
         ["Fixed question added to the supervision template on Ledger for every child open "
          "longer than six months: what has actually changed in this child's day-to-day life "
          "since the last review, and how do we know?"],
         links=[(1, "j", "m", "drift for children on plans for long periods without their "
                 "lives improving; no words of the recommendation")])
    card("IDVA with the assessment teams", "Backlog", ["Domestic abuse", "Partnerships"],
         "@ifeomaokafor", "2026-05-29T16:00:00.000Z",
         ["Ask the Coldmarsh Domestic Abuse Service for an independent domestic violence "
          "adviser based with the assessment teams two days a week, so that mothers and "
          "children living with domestic abuse get specialist help while the assessment is "
          "still going on.",
          "Early help have asked to share the post. Not for this board: it belongs with the "
          "early help capacity work with partners, which the Early Help Partnership Board "
          "leads."],
         links=[(1, "j", "h", "specialist help for children living with domestic abuse during "
                 "assessment")])
    card("Themed audit: children with long-term neglect or domestic abuse", "Done",
         ["Neglect and cumulative harm", "Ofsted rec 1"], "@coldmarshqa",
         "2026-01-16T17:00:00.000Z",
         ["Audit 25 children who have had two or more plans for neglect or domestic abuse in "
          "the last five years. What did we know, when, and why did things not change? "
          "Findings to practice week in February."],
         links=[(1, "e", "h", "learning from children left too long in cumulative harm; "
                 "labelled rec 1")],
         checklist=("Audit steps", [(True, "Sample pulled from Ledger"),
                                    (True, "Auditors paired with team managers"),
                                    (True, "Moderation meeting"),
                                    (False, "Report to DMT")]))
    card("Perpetrator programme places", "Backlog", ["Domestic abuse"], "", "",
         ["Commission 20 more places a year on the Fresh Start programme for fathers and "
          "partners who use abuse, so that we are not only working with the mother to keep the "
          "children safe."],
         links=[(1, "j", "m", "work with the person causing the harm, so that children living "
                 "with domestic abuse become safer")])
    card("Health visitors and school nurses: spotting neglect that builds up", "In progress",
         ["Partnerships", "Neglect and cumulative harm"], "@ryanbellcm",
         "2026-03-31T16:00:00.000Z",
         ["Short briefing and a one-page guide for the 0-19 service on how small, repeated "
          "worries (missed health appointments, weight, hygiene, lateness for school) add up, "
          "and how to tell us when they keep coming back rather than reporting each one on its "
          "own."],
         links=[(1, "j", "h", "partners recognising neglect that accumulates, and telling the "
                 "council about the pattern")])
    card("GCP2 training", "Backlog", ["Neglect and cumulative harm"], "@hannahross3", "",
         ["Duplicate - see 'GCP2 refresher for every CP and CIN worker'."],
         archived=True)
    card("Step up when the same worries return", "Backlog", ["Neglect and cumulative harm"],
         "@tomearley1 @hannahross3", "2026-04-30T16:00:00.000Z",
         ["A third contact about the same kind of worry within 12 months, on an open or a "
          "closed case, starts a strategy discussion instead of another single assessment."],
         links=[(1, "j", "h", "repeated worries treated as a pattern and acted on sooner: "
                 "cumulative harm recognised and acted on quickly (report para 14)")])
    card("A day in my life: direct work tools", "In progress",
         ["Neglect and cumulative harm"], "@dkowalskipsw", "",
         ["Direct work tools to help children describe an ordinary day at home (food, sleep, "
          "getting to school, who shouts) so that what years of neglect or abuse mean for the "
          "child is in the assessment in the child's own words."],
         links=[(1, "j", "m", "the impact on the child of long-term neglect or abuse made "
                 "visible in assessments")])
    # orphans (business as usual) - the hard decoys first
    card("Business continuity: Ledger outage", "Done", ["Systems", "BAU"], "@ledgerteam",
         "2025-12-19T17:00:00.000Z",
         ["Update the contingency plan for a Ledger outage so that duty, child protection "
          "conferences and child-in-need meetings can carry on: paper forms, a read-only copy "
          "of plans refreshed every night and a call-down list of team managers."])
    card("Winter contingency plan for the Emergency Duty Team", "Backlog", ["BAU"],
         "@edtmanager", "2026-10-30T17:00:00.000Z",
         ["Contingency planning for snow, flu and Christmas: a back-up rota, a second on-call "
          "manager and an agreed list of child protection and child-in-need families to be "
          "phoned over the holidays."])
    card("Legal case files to LexTrack", "In progress", ["Systems"], "@priyashahlegal",
         "2026-02-27T17:00:00.000Z",
         ["Legal Services to move Public Law Outline and pre-proceedings case files from the "
          "shared drive into LexTrack, with a new naming convention and retention dates."],
         checklist=("Migration", [(True, "Folder map agreed"),
                                  (False, "Test batch of 20 files"),
                                  (False, "Shared drive read-only")]))
    card("Legal spend report", "Backlog", ["BAU"], "@marcusfinbp", "",
         ["Quarterly report to the finance board on legal costs at the pre-proceedings stage "
          "and in care proceedings, by counsel and by expert, against the 2026/27 budget."])
    card("Private fostering awareness week", "Backlog", ["Partnerships", "BAU"],
         "@jofennerfost", "2026-06-12T16:00:00.000Z",
         ["Posters, a local radio slot and a session for GP practice managers and school "
          "office staff, so that more privately fostered children become known to us."])
    card("Young carers: clear the assessment waiting list", "In progress", ["BAU"],
         "@youngcarerslead", "2026-01-30T17:00:00.000Z",
         ["Two sessional workers to clear the waiting list of young carers waiting for an "
          "assessment (31 on 5 January).",
          "Move the Thursday group to Norbridge so that young carers in the east of the "
          "borough can get to it."])
    card("Kinship allowance policy", "Backlog", ["Kinship"], "@ameliadunnkin",
         "2026-04-01T16:00:00.000Z",
         ["Bring kinship carers' allowances into line with foster carers' allowances from "
          "April and publish the kinship local offer on the website."])
    card("Social work apprenticeship cohort 3", "In progress", ["Workforce"], "@workforcecm",
         "2026-09-01T16:00:00.000Z",
         ["Six places on the social work degree apprenticeship for family practitioners, "
          "starting in September."])
    card("Christmas rota", "Done", ["BAU"], "@tomearley1", "2025-12-15T17:00:00.000Z",
         ["Cover for 24 Dec to 2 Jan agreed and sent to EDT."],
         archived=True)
    card("Foster carer recruitment: spring campaign", "Backlog", ["BAU"], "@jofennerfost", "",
         ["Spring campaign for foster carers for teenagers and for brothers and sisters; "
          "target 12 new households in 2026/27."])
    card("Caseload dashboard", "Done", ["Systems", "Workforce"], "@perfteamcm",
         "2025-12-05T17:00:00.000Z",
         ["Weekly caseload report by worker and by team on the Power BI hub, sent to team "
          "managers every Monday."])
    card("Return home conversations to the Youth Service", "Backlog", ["Partnerships", "BAU"],
         "@youthservicecm", "2026-04-01T16:00:00.000Z",
         ["Move return home conversations for children who have been missing to the Youth "
          "Service from 1 April, keeping the 72-hour standard."])
    card("Office move: Fairmead House", "Done", ["BAU"], "@officeservices",
         "2025-11-14T17:00:00.000Z", [])
    card("Elective home education: annual visits", "In progress", ["BAU"], "@ehecm", "",
         ["Annual visit offered to every family educating at home; visits logged on Ledger and "
          "the numbers reported to the education board each term."])
    return cards


def cm_refs(labels):
    return [int(m) for lb in labels for m in re.findall(r"^Ofsted rec (\d+)$", lb)]


def cm_text(c):
    """The action: the card's title and its description's paragraphs, joined by a space."""
    return " ".join([c["title"]] + c["desc"])


def cm_actions():
    acts = []
    for c in cm_cards():
        if c["archived"]:
            continue
        themes = [lb for lb in c["labels"] if lb in CM_THEMES]
        acts.append(A(cm_text(c), c["members"], c["due"], c["links"], cm_refs(c["labels"]),
                      c["mis"], row=None, section=themes[0] if themes else None,
                      objective=None, list=c["list"], labels=c["labels"],
                      checklist=c["checklist"]))
    return acts


CM = {
    "name": "coldmarsh", "ext": "txt", "report": WB_REPORT, "recs": wb_recs,
    "pages": WB_PAGES, "council": "Coldmarsh Council",
    "actions": cm_actions, "bounds": (20, 40),
    "expected": {1: "weak", 2: "uncovered", 3: "weak"},
    "unanswered": [2], "passing": [3], "partial": [1],
    "orphans": list(range(14, 27)),
    "miscited": [4],
    "passing_phrase": {3: (8, "the early help capacity work with partners")},
    "mentions": {},
    "decoys": {2: [14, 15]},
    "ask_decoys": {1: [16, 17]},
    "asks": {1: [("the effectiveness of practice with children who may be experiencing "
                  "cumulative harm from neglect and/or domestic abuse: the harm recognised as "
                  "it builds up over time and acted on early enough",
                  list(range(1, 14))),
                 ("for children subject to the pre-proceedings stage of the Public Law Outline, "
                  "swift and effective work so that they are not left in pre-proceedings for a "
                  "prolonged period (report para 15)", [])]},
    "notes": (
        "Plain text export of a Trello board (UTF-8, LF line ends). Line 1 is the board's name "
        "('Coldmarsh CSC - Practice Improvement Plan 2025/26'); then a line of 60 dashes, and "
        "one block per card, each block closed by a line of 60 dashes. The cards are in the "
        "board's creation order, so the lists interleave. Each block: 'Card: <title>', 'List: "
        "<list>' (Backlog, In progress or Done: the card's state, not a theme), 'Labels: "
        "<comma-separated labels>', 'Members: <@handles>' or 'Members: none', 'Due: <ISO "
        "timestamp>' (UTC, e.g. '2026-02-27T17:00:00.000Z'; 16:00Z in British Summer Time) or "
        "'Due: none', then 'Description:' and the description's paragraphs on the lines below, "
        "separated by blank lines; some cards then have 'Checklist: <name>' and '[x] item' / "
        "'[ ] item' lines; three cards end with 'Archived: yes'. 'text' is the card's title and "
        "its description's paragraphs joined by a space (the title has no full stop of its "
        "own); 'leads_raw' the Members line after 'Members: ' as written ('' for 'none'); "
        "'date_raw' the Due line after 'Due: ' as written ('' for 'none'); 'section' the "
        "card's first theme label ('Neglect and cumulative harm', 'Domestic abuse', "
        "'Partnerships', 'Workforce', 'Systems', 'Kinship', 'BAU'), never 'Quick win' or an "
        "'Ofsted rec N' label; 'row' and 'objective' null. 'explicit_refs' are the numbers of "
        "the card's 'Ofsted rec N' labels. The Checklist lines are steps of their card: neither "
        "actions nor part of the card's text (under action 1 ('Chronologies that show the whole "
        "story'), action 9 ('Themed audit') and orphan 16 ('Legal case files to LexTrack')). "
        "ARCHIVED cards are not part of the live plan and are NOT in the gold: not actions, not "
        "counted, not numbered (a card 'Contingency section in CP and CIN plans' labelled "
        "'Ofsted rec 2', archived because the child protection chairs were to take it through "
        "their own service plan, between action 6 and action 7; a duplicate 'GCP2 training' "
        "between action 11 and action 12; 'Christmas rota' between action 21 and action 22). "
        "Action 10 ('Perpetrator programme places') has no members and no due date; no due "
        "date also on action 3 ('Long-running plans panel'), action 13 ('A day in my life'), "
        "orphan 17 ('Legal spend report'), orphan 22 ('Foster carer recruitment') and orphan 26 "
        "('Elective home education'). Orphan 25 ('Office move: Fairmead House') has an empty "
        "description: its text is its title. Straight apostrophes, as typed into Trello. "
        "Citations: 'Ofsted rec 1' labels action 1, action 2, action 3 and action 9 ('Themed "
        "audit'), all answering R1 (explicit links). Mis-cited: action 4 ('Neglect strategy "
        "refresh') is labelled 'Ofsted rec 2' but is a neglect strategy aimed at R1 (judged, "
        "flagged miscited); it is the only live card citing 2. Hard unanswered: R2 (the "
        "consistency of contingency planning for children on child protection and child-in-need "
        "plans): nothing in the live plan is aimed at it. Orphan 14 ('Business continuity: "
        "Ledger outage', a 'contingency plan' so that 'child protection' conferences and "
        "'child-in-need' meetings carry on) and orphan 15 ('Winter contingency plan for the "
        "Emergency Duty Team', 'contingency planning' and a list of 'child protection and "
        "child-in-need' families to phone) share its words but plan for the service, not for "
        "the child if change is not secured; the only card about contingency plans in "
        "children's plans is archived. Passing: R3 (the pace of work with partners to ensure "
        "sufficient capacity for timely and effective early help) is touched only by action 8 "
        "('IDVA with the assessment teams', aimed at R1), whose second paragraph says early "
        "help's wish to share the post belongs with 'the early help capacity work with "
        "partners', which the Early Help Partnership Board leads, not this board: nothing is "
        "done here; weak, no link. Partly answered (see asks): R1: the effectiveness of "
        "practice with children experiencing cumulative harm from neglect or domestic abuse is "
        "answered by actions 1-13 (chronologies, GCP2, the long-running plans panel, the "
        "neglect strategy, domestic abuse champions, start again syndrome workshops, a "
        "supervision prompt, an IDVA, a themed audit, perpetrator places, health partners, "
        "step-up on repeat worries, direct work); the children in the pre-proceedings stage of "
        "the Public Law Outline, whose work was not swift or effective enough, by nothing: no "
        "linked card speaks of pre-proceedings, the Public Law Outline or legal planning. Ask "
        "decoys: orphan 16 ('Legal case files to LexTrack': 'Public Law Outline and "
        "pre-proceedings case files' moved to a new system) and orphan 17 ('Legal spend "
        "report': legal costs 'at the pre-proceedings stage'); weak. Orphans 14-26 (also "
        "private fostering awareness, young carers' assessments, kinship allowances, the "
        "apprenticeship, foster carer recruitment, a caseload dashboard, return home "
        "conversations, the office move, elective home education). 'action N' means "
        "coldmarsh-N, the Nth live card of the export (archived cards skipped): 1-13 aimed at "
        "R1, 14-26 orphans. The plan's own names: Ledger (case record), LexTrack (legal case "
        "system), the Coldmarsh Domestic Abuse Service, Fresh Start, Fairmead House, "
        "Norbridge."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Hazelwold - Word minutes of the Children's Improvement Board, answering Bracknell
# Forest 2026-01-28 (ILACS, one item). Heading block; agenda items as Heading 2 with prose and
# 'ACTION:' lines; an 'Action log' table (Action no. | Action | Owner | Deadline | Status).
# ---------------------------------------------------------------------------------------------

HW_STATUS = ("c/f", "Closed", "Open")


def hw_actions():
    acts = []

    def add(no, text, owner, deadline, status, links=()):
        """A row of the action log: ``no`` the Action no. cell, the Action, Owner and Deadline
        cells as typed ("" empty), ``status`` the Status cell."""
        assert status in HW_STATUS, no
        acts.append(A(curly(text), owner, deadline, links, [], False, row=no, section=None,
                      objective=None, status=status))

    # carried forward from earlier meetings, and closed at this one
    add("41", "Refresh the Partnership threshold document with the new early help levels and "
        "circulate to schools.", "LW", "Apr 2026", "c/f")
    add("47", "Sufficiency strategy 2026-29 to go to Executive.", "AD Comm", "June 2026", "c/f")
    add("52", "Translate the leaflet 'Worried about an adult who works with children?' into "
        "Nepali, Polish, Romanian, Urdu and Tagalog and put the translations on the website.",
        "KP / Comms", "31/03/26", "c/f",
        links=[(1, "j", "h", "information about the LADO's role in the languages of the "
                "borough's communities")])
    add("53", "KP to go to the Hazelwold Nepalese Community Association committee to explain "
        "what the LADO does and how to get in touch.", "KP", "Feb 2026", "Closed",
        links=[(1, "j", "h", "the LADO's role explained in person to a community group")])
    add("55", "Q3 scorecard to be circulated to members a week before each meeting.",
        "Perf", "", "Closed")
    add("58", "Book two more cohorts of the anti-racist practice forum for social workers.",
        "PSW", "Mar 2026", "c/f")
    add("60", "Confirm dates for Practice Week 2026.", "PSW", "Jan 2026", "Closed")
    # new at this meeting
    add("62", "Two-minute film, subtitled in six languages, on what to do if you are worried "
        "about how an adult who works with children behaves, shared through community "
        "WhatsApp groups and the council's social media.", "RS", "May 2026", "Open",
        links=[(1, "j", "h", "what to do about a worrying adult (the LADO route) told to "
                "communities in their own languages")])
    add("63", "Train twelve community champions from the Polish, Romanian, Nepali, Gypsy and "
        "Traveller and Black African communities to explain how allegations against adults "
        "who work with children are dealt with and how to contact us.", "KP", "30/06/26",
        "Open",
        links=[(1, "j", "h", "trusted people in a diverse range of communities able to explain "
                "the LADO's role")])
    add("64", "Add a session on allegations against staff and volunteers to the Partnership's "
        "safeguarding training for sports clubs, tuition centres and Saturday language "
        "schools.", "LW", "Sept 2026", "Open",
        links=[(1, "j", "m", "the allegations process (the LADO's role) taken to community-run "
                "clubs and schools")])
    add("65", "Slot on Hazel FM's Nepali and Polish programmes: KP interviewed on keeping "
        "children safe from adults in positions of trust.", "RS", "tbc", "Open",
        links=[(1, "j", "h", "the LADO speaking to two communities through their own radio "
                "programmes")])
    add("66", "Quarterly figures to the Board on who contacts the LADO, by ethnicity and by the "
        "kind of organisation referring, to see whether the communities we have reached are "
        "now getting in touch.", "KP", "Quarterly", "Open",
        links=[(1, "j", "m", "whether the communication has reached a diverse range of "
                "communities, measured by who contacts the LADO")])
    add("67", "Traveller liaison officer to take the allegations leaflet and a contact card on "
        "visits to the Pinecroft and Long Acre sites.", "EH", "ongoing", "Open",
        links=[(1, "j", "h", "the LADO's role brought to Gypsy and Traveller families")])
    add("68", "Rewrite the allegations page of the council website in plain English, with an "
        "easy-read version and the translate button switched on.", "RS / KP", "30/04/26",
        "Open",
        links=[(1, "j", "m", "the LADO's role explained in accessible and translated form")])
    add("69", "Circulate the draft agreed syllabus for religious education to SACRE members and "
        "the faith forums for comment.", "Head of SI", "July 2026", "Open")
    add("70", "Confirm Easter venues for the holiday activities and food programme, including "
        "the three places of worship offered through the faith forums.", "HAF Co-ord",
        "20/03/26", "Open")
    add("71", "Present the local authority designated officer's annual report for 2024/25 to "
        "the Partnership Executive.", "KP", "Next CIB", "Open")
    add("72", "Recruit to the two vacant independent reviewing officer posts.", "HoS QA",
        "May 2026", "Open")
    add("73", "Foster carer recruitment stand at the Hazelwold Show.", "Fostering TM",
        "June 2026", "Open")
    add("74", "Report to Cabinet on extending the free leisure pass for care leavers to age 25.",
        "AD CSC", "Apr 2026", "Open")
    add("75", "Deep dive on the quality of private fostering assessments at the May Board.",
        "HoS CP", "Next CIB", "Open")
    add("76", "Families First Partnership grant return to DfE.", "HoS EH", "27/03/26", "Open")
    add("77", "Review the Operation Encompass information-sharing agreement with the police "
        "and the schools.", "", "tbc", "Open")
    return acts


HW = {
    "name": "hazelwold", "ext": "docx", "report": BF_REPORT, "recs": bf_recs,
    "pages": BF_PAGES, "council": "Hazelwold Borough Council",
    "actions": hw_actions, "bounds": (20, 40),
    "expected": {1: "weak"},
    "unanswered": [], "passing": [], "partial": [1],
    "orphans": ["41", "47", "55", "58", "60", "69", "70", "71", "72", "73", "74", "75", "76",
                "77"],
    "miscited": [],
    "passing_phrase": {},
    "mentions": {1: ("71", "local authority designated officer")},
    "decoys": {},
    "ask_decoys": {1: ["69", "70"]},
    "asks": {1: [("communication to a diverse range of communities about the role of the local "
                  "authority designated officer (LADO)",
                  ["52", "53", "62", "63", "64", "65", "66", "67", "68"]),
                 ("communication to religious forums, faith groups and places of worship about "
                  "the role of the LADO (report para 14: all religious and cultural "
                  "communities to understand the role and remit of the LADO)", [])]},
    "notes": (
        "DOCX minutes, A4 portrait. A heading block of paragraphs (council, 'Children's "
        "Improvement Board', 'Minutes', the date, time and place; 'Present:', 'Apologies:' and "
        "'In attendance:' paragraphs giving each person's initials and role): not actions. "
        "Then nine numbered agenda items, each a Heading 2 ('1. Welcome and apologies' ... '9. "
        "Date of next meeting') with prose minutes under it; the prose names other work, "
        "people by their initials and numbers (LADO contacts, re-referrals, caseloads), none of "
        "it an action. Some prose paragraphs open with a bold 'ACTION:' and read '<initials> to "
        "<do something> by <date>': each repeats, in other words, an action of the log (63, "
        "62, 66, 72, 71, 70) and the gold counts each action once, as its log row. After the "
        "last item a Heading 2 'Action log' and one table, columns Action no. | Action | Owner "
        "| Deadline | Status, with a shaded header row repeated on each page, one row per "
        "action: rows carried forward from earlier meetings (Status 'c/f'), rows closed at "
        "this meeting (Status 'Closed'; they are actions of the plan and are counted), then the "
        "rows opened at this meeting (Status 'Open'). 'row' is the Action no. cell (the log's "
        "own running number: '41' ... '77', with gaps where older actions were removed); "
        "'text' the Action cell, 'leads_raw' the Owner cell (initials or a short role, as "
        "typed: 'KP', 'KP / Comms', 'AD Comm', 'HoS QA'), 'date_raw' the Deadline cell as "
        "typed ('31/03/26', 'Feb 2026', 'Sept 2026', 'Next CIB', 'Quarterly', 'ongoing', "
        "'tbc'; '' where empty); 'section' and 'objective' null. Empty Owner: action 23 (77, "
        "'Review the Operation Encompass'); empty Deadline: action 5 (55, 'Q3 scorecard'). "
        "Word's curly apostrophes and quotation marks. Nothing cites a recommendation number: "
        "explicit_refs is [] everywhere and every link is judged. The report is outstanding and "
        "its 'What needs to improve?' has a single item, R1; so this plan cannot have an "
        "unanswered, a passing and a partly answered recommendation at once (as set aj's "
        "ketterby and set ae's stavenby). R1 is partly answered (see asks) and the hard decoys "
        "stand against its unanswered ask. R1 is read as two asks. Communication to a diverse "
        "range of communities about the role of the LADO is answered by actions 3, 4 and 8-14 "
        "(52, 53, 62-68: translated leaflets, a visit to the Nepalese community association, a "
        "subtitled film, community champions, training for community-run clubs and Saturday "
        "language schools, community radio, who contacts the LADO, Traveller sites, a plain "
        "English web page; action 3 (52, 'Translate the leaflet') is carried forward, action 4 "
        "(53, 'KP to go to the Hazelwold Nepalese Community Association') closed, and action 12 "
        "(66, 'Quarterly figures to the Board') measures who contacts the LADO, a medium link). "
        "Communication to religious forums about the LADO's role is answered "
        "by nothing: no linked action names faith, religion or a place of worship. Hard decoys "
        "for that ask: orphan 15 (69, 'Circulate the draft agreed syllabus for religious "
        "education to SACRE members and the faith forums') is about religious education; "
        "orphan 16 (70, 'Confirm Easter venues for the holiday activities and food programme', "
        "'places of worship offered through the faith forums') is about holiday venues. A "
        "phrase of R1 in an orphan: orphan 17 (71, 'Present the local authority designated "
        "officer') takes the LADO's annual report to the Partnership Executive: reporting to "
        "partners, not communication to communities; not linked. Orphans: actions 1, 2, 5, 6, "
        "7 and 15-23 (41, 47, 55, 58, 60, 69-77: the threshold document, the sufficiency "
        "strategy, the scorecard, the anti-racist practice forum, Practice Week, the decoys and "
        "the mention, reviewing officer posts, fostering recruitment, the leisure pass, a "
        "private fostering deep dive, the Families First grant return, the Operation Encompass "
        "agreement). 'action N' means hazelwold-N, the Nth row of the log: 1-7 the c/f and "
        "Closed rows (41-60), 8-23 the new rows (62-77). The plan's own names: the Hazelwold "
        "Nepalese Community Association, Hazel FM, the Pinecroft and Long Acre sites, the "
        "Hazelwold Show."),
}

PLANS = [CM, HW]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations
# ---------------------------------------------------------------------------------------------

def build_ap(plan, set_name="ap"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number, and row where there is one -> action id, as build_gold names them."""
    ids = {}
    for i, a in enumerate(plan["actions"](), 1):
        ids[i] = f"{plan['name']}-{i}"
        if a["row"]:
            ids[a["row"]] = ids[i]
    return ids


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def write_cm(plan, acts, path):
    lines = [CM_BOARD, CM_RULE]
    for c in cm_cards():
        lines.append(f"Card: {c['title']}")
        lines.append(f"List: {c['list']}")
        lines.append(f"Labels: {', '.join(c['labels']) if c['labels'] else 'none'}")
        lines.append(f"Members: {c['members'] or 'none'}")
        lines.append(f"Due: {c['due'] or 'none'}")
        lines.append("Description:")
        for k, para in enumerate(c["desc"]):
            if k:
                lines.append("")
            lines.append(para)
        if c["checklist"]:
            name, items = c["checklist"]
            lines.append(f"Checklist: {name}")
            lines += [f"[{'x' if done else ' '}] {item}" for done, item in items]
        if c["archived"]:
            lines.append("Archived: yes")
        lines.append(CM_RULE)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    # the live cards written are exactly the gold's actions, in order
    live = [c for c in cm_cards() if not c["archived"]]
    assert [cm_text(c) for c in live] == [a["text"] for a in acts]


HW_HEAD = [  # (text, style) of the heading block
    ("Hazelwold Borough Council", "Title"),
    ("Children's Improvement Board", "Subtitle"),
    ("Minutes", "bold"),
    ("Thursday 12 March 2026, 10.00am to 12.15pm, Committee Room 3, Civic Offices, and on "
     "Teams", None),
    ("Present: Cllr Anne Marsh, Executive Member for Children and Young People (Chair) (AM); "
     "Daniel Okonjo, Executive Director: People (DO); Sarah Whitlock, Director of Children's "
     "Social Care (SW); Karen Pryce, Local Authority Designated Officer (KP); Lena Ward, "
     "Safeguarding Partnership Business Manager (LW); Tom Ferris, Principal Social Worker "
     "(PSW); Rachel Stone, Communications Lead, People Directorate (RS); Mo Haddad, Head of "
     "Service, Quality Assurance (HoS QA); Ellie Hart, Traveller Liaison Officer (EH, item 3 "
     "only)", None),
    ("Apologies: Cllr Peter Quayle; Joanne Sutcliffe, Assistant Director, Commissioning (AD "
     "Comm); Dr Ravi Menon, Designated Doctor", None),
    ("In attendance: Imogen Cole, Democratic Services (minutes)", None),
]

HW_ITEMS = [  # (heading, [paragraph, ...]); a paragraph "ACTION: ..." is written with a bold
    # "ACTION:" run
    ("1. Welcome and apologies",
     ["AM welcomed members, and EH for item 3. Apologies were noted as above. There were no "
      "declarations of interest."]),
    ("2. Minutes of the meeting held on 15 January 2026 and matters arising",
     ["The minutes were agreed as a true record. The action log was reviewed and updated (see "
      "the log at the end of these minutes). Three actions were closed. KP reported that she "
      "had met the Nepalese Community Association committee on 10 February and that twelve "
      "members had asked for the leaflet in Nepali, which had led to the request for more "
      "translations.",
      "LW said the threshold document had been delayed by the new early help levels and would "
      "come to the April Partnership meeting. The sufficiency strategy remains with AD Comm "
      "and is carried forward."]),
    ("3. Inspection outcome and the plan for the area for improvement",
     ["SW presented the published report (28 January). All four judgements were outstanding. "
      "The single area for improvement concerns how widely the role of the LADO is "
      "understood. Members thanked staff across the service and AM asked that her thanks be "
      "passed to every team.",
      "KP set out the figures. In 2024/25 the LADO received 243 contacts; 31 came from the "
      "voluntary and community sector and only four from community groups outside sport. "
      "Contacts from the Nepali and Polish communities, two of the largest in the borough, "
      "were fewer than five each.",
      "RS and KP described the plan: translated leaflets and a plain English web page, a short "
      "subtitled film, community radio, and a group of community champions trained by KP. EH "
      "described the visits she makes to the Pinecroft and Long Acre sites and agreed to carry "
      "the leaflet and a contact card from now on.",
      "ACTION: KP to recruit and train twelve community champions by the end of June.",
      "ACTION: RS to produce the subtitled film by May.",
      "DO asked how the Board would know whether this had worked. It was agreed that KP would "
      "bring figures on who is contacting the LADO to each meeting.",
      "ACTION: KP to report LADO contacts by ethnicity and type of referrer to every Board."]),
    ("4. Performance report: quarter 3 2025/26",
     ["HoS QA presented the scorecard. Re-referrals within 12 months were 14% (target 18%). "
      "Children on a child protection plan for the second or subsequent time were 11%. "
      "Average caseload was 15.2 for social workers in the safeguarding teams. 96% of children "
      "in care had an up-to-date health assessment.",
      "Members noted the fall in care leavers in education, employment or training to 61% and "
      "asked for a breakdown by age at the May meeting. SW said this was already part of the "
      "care leavers' service plan."]),
    ("5. Workforce",
     ["PSW reported a vacancy rate of 6% and agency use of 4%. Two independent reviewing "
      "officers have left, one to retire. Reviews remain within timescale with cover from "
      "the child protection chairs. The next two cohorts of the anti-racist practice forum "
      "are being booked.",
      "ACTION: HoS QA to fill both reviewing officer posts by the end of May."]),
    ("6. Sufficiency and placements",
     ["DO reported on behalf of AD Comm. 14 children live in residential homes, 3 of them "
      "outside the borough. Fostering recruitment has produced five new households since "
      "April. The Hazelwold Show in June is booked for a recruitment stand."]),
    ("7. Safeguarding Partnership",
     ["LW reported that the Partnership Executive would receive the LADO annual report in May "
      "and that the training programme for sports clubs and tuition centres would be "
      "extended to Saturday language schools from September.",
      "ACTION: KP to present the LADO annual report to the Partnership Executive before the "
      "next Board."]),
    ("8. Any other business",
     ["SW gave notice that the Families First grant return is due to DfE on 27 March. The "
      "Head of School Improvement had asked that members note that the draft agreed syllabus "
      "for religious education will go out for comment. Easter venues for the holiday "
      "activities and food programme are being confirmed.",
      "ACTION: HAF co-ordinator to confirm the Easter venues by 20 March."]),
    ("9. Date of next meeting",
     ["Thursday 14 May 2026, 10.00am, Committee Room 3 and on Teams."]),
]

HW_LOG_HEADER = ("Action no.", "Action", "Owner", "Deadline", "Status")


def write_hw(plan, acts, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    for side in ("top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    head = sec.header.paragraphs[0]
    head.text = "OFFICIAL"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = curly("Children's Improvement Board \u2013 minutes \u2013 "
                                          "12 March 2026 \u2013 DRAFT until approved")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)

    for text, style in HW_HEAD:
        if style == "bold":
            run = doc.add_paragraph().add_run(curly(text))
            run.bold = True
            run.font.size = Pt(14)
        else:
            doc.add_paragraph(curly(text), style=style)

    n_action_lines = 0
    for heading, paras in HW_ITEMS:
        doc.add_heading(curly(heading), level=2)
        for para in paras:
            p = doc.add_paragraph()
            if para.startswith("ACTION: "):
                n_action_lines += 1
                p.add_run("ACTION:").bold = True
                p.add_run(" " + curly(para[len("ACTION: "):]))
            else:
                p.add_run(curly(para))
    assert n_action_lines == 6, n_action_lines

    doc.add_heading("Action log", level=2)
    widths = [Cm(1.8), Cm(8.6), Cm(2.4), Cm(2.2), Cm(1.9)]
    table = doc.add_table(rows=1 + len(acts), cols=5)
    table.style = "Table Grid"
    repeat_header(table.rows[0])
    for k, label in enumerate(HW_LOG_HEADER):
        cell = table.rows[0].cells[k]
        cell.text = ""
        run = cell.paragraphs[0].add_run(label)
        run.bold = True
        shade(cell, "D9E2F3")
    for i, a in enumerate(acts, 1):
        values = (a["row"], a["text"], a["lead"], a["date"], a["extra"]["status"])
        for k, value in enumerate(values):
            cell = table.rows[i].cells[k]
            cell.text = ""
            if value:
                cell.paragraphs[0].add_run(value)
    for row in table.rows:
        for k, w in enumerate(widths):
            row.cells[k].width = w
    doc.add_paragraph()
    doc.add_paragraph(curly("Minutes approved by the Chair: ______________________   "
                            "Date: ____________"))
    docx_props(doc, "Imogen Cole", "Children's Improvement Board - minutes 12 March 2026")
    doc.save(str(path))
    normalise_zip(path)


WRITERS = {"coldmarsh": write_cm, "hazelwold": write_hw}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "coldmarsh": dict(unanswered=1, passing=1, partial=1, miscited=1, orphans=(4, 14)),
    # Bracknell Forest has a single item: it is the partly answered one
    "hazelwold": dict(unanswered=0, passing=0, partial=1, miscited=0, orphans=(4, 15)),
}


def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's block (when the PDF is at hand), with nothing but the bullet glyph (and
    before West Berkshire's first, the heading's footnote marker) before each, and nothing after
    the last."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper(), r["number"]
        assert re.search(r"\. \([Oo]utcome \d, national framework\)$", t), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no markers
        assert r["page"] in plan["pages"], r["number"]
    spec = BLOCKS[plan["report"]]
    for r, gap in zip(recs, transcribed_gaps(plan, recs, spec) or ()):  # before each item only its label
        assert gap == spec["label"](r["number"]), (r["number"], gap)
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
    rec_text = {r["id"]: r["text"] for r in gold["recommendations"]}
    for r in d["partial"]:  # a partly answered recommendation: 2+ asks, some unanswered
        asks = gold["asks"][r]
        assert len(asks) >= 2 and any(not a["answered_by"] for a in asks), (name, r)
    for r in d["unanswered"] + d["passing"] + d["partial"]:
        assert re.search(rf"\b{r}\b", d["notes"]), (name, r)
    # the passing mention is really in the text of an action aimed elsewhere
    for n, (k, phrase) in plan["passing_phrase"].items():
        a = ids[pid[k]]
        assert curly(phrase) in a["text"] or phrase in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # a recommendation's phrase used by an orphan (the passing trap where the report has too
    # few recommendations for a passing one)
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
    # the notes' "action N ('words" / "orphan N ('words" / "orphan N (row, 'words" quote action
    # N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \((?:\d+, )?'([^']+)",
                        _plain(d["notes"]), re.I)
    assert len(quoted) >= 6, (name, quoted)
    for n, words in quoted:
        assert words in _plain(ids[f"{name}-{n}"]["text"]), (name, n, words)
    for n in re.findall(r"\borphans? (\d+)\b", d["notes"]):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for n, row in re.findall(r"\b(?:actions?|orphans?) (\d+) \((\d+),", d["notes"]):
        assert ids[f"{name}-{n}"]["row"] == row, (name, n, row)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`]|\u00a0|\u2022", a["text"]), a["id"]
        assert not re.search(r"[<>*#`\t]|\u00a0", a["leads_raw"] + a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*|afi)\b",
                             a["text"], re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert a["objective"] is None, a["id"]
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    if name == "coldmarsh":
        check_cm(gold, plan, acts, x, mine)
    if name == "hazelwold":
        check_hw(gold, plan, acts, x, mine)
    return True


LEGAL = re.compile(r"pre-proceed|public law|legal|court|\bPLO\b", re.I)
CONTINGENCY = re.compile(r"contingenc|what happens if|back-up|fall-?back|plan B", re.I)
FAITH = re.compile(r"faith|religio|worship|church|mosque|temple|gurdwara|synagogue|SACRE", re.I)


def check_cm(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    cards = cm_cards()
    live = [c for c in cards if not c["archived"]]
    archived = [c for c in cards if c["archived"]]
    assert len(live) == len(acts) and len(archived) == 3, name
    assert [cm_text(c) for c in live] == [a["text"] for a in acts], name
    # archived cards are in no action, and the notes say where each sits
    for c in archived:
        assert not any(c["title"] in a["text"] for a in acts), c["title"]
        k = cards.index(c)
        before = sum(1 for cc in cards[:k] if not cc["archived"])
        assert f"between action {before} and action {before + 1}" in d["notes"], c["title"]
        assert f"'{c['title']}'" in _plain(d["notes"]), c["title"]
    # the one archived card that is about R2 (contingency plans in children's plans)
    assert sum(1 for c in archived if CONTINGENCY.search(cm_text(c))) == 1, name
    # checklist items are steps: in no action's text; three cards have them, one an orphan
    with_steps = [i for i, e in enumerate(x, 1) if e["checklist"]]
    assert len(with_steps) == 3, with_steps
    assert any(f"{name}-{i}" in d["orphans"] for i in with_steps), with_steps
    for e in x:
        for _, item in (e["checklist"] or ("", []))[1]:
            assert not any(item in a["text"] for a in acts), item
    assert all(any(done for done, _ in e["checklist"][1]) and
               not all(done for done, _ in e["checklist"][1]) for e in x if e["checklist"])
    # lists, labels, sections
    assert {e["list"] for e in x} == set(CM_LISTS), name
    for a, e in zip(acts, x):
        themes = [lb for lb in e["labels"] if lb in CM_THEMES]
        assert a["section"] == (themes[0] if themes else None), a["id"]
        assert a["explicit_refs"] == cm_refs(e["labels"]), a["id"]
        for l in gold["links"]:
            if l["action"] == a["id"]:
                assert (l["source"] == "explicit") == (int(l["rec"][1:]) in a["explicit_refs"])
        assert a["row"] is None, a["id"]
        assert not re.search("[\u2018\u2019\u201c\u201d]", a["text"] + a["leads_raw"]), a["id"]
        assert not a["leads_raw"] or re.fullmatch(r"@[a-z0-9_]+( @[a-z0-9_]+)*",
                                                  a["leads_raw"]), a["id"]
        assert not a["date_raw"] or re.fullmatch(r"20\d\d-\d\d-\d\dT1[67]:00:00\.000Z",
                                                 a["date_raw"]), a["id"]
    # British Summer Time: a due date between the last Sundays of March and October is 16:00Z
    for a in acts:
        if a["date_raw"]:
            md = a["date_raw"][5:10]
            bst = ("03-29" <= md < "10-25")  # 2026; no due date falls near the 2025 change
            assert a["date_raw"][11:13] == ("16" if bst else "17"), a["id"]
    # citations: 'Ofsted rec 1' only on cards aimed at R1; the one live 'Ofsted rec 2' is the
    # mis-citation; R2 stays uncovered
    twos = [a["id"] for a in acts if 2 in a["explicit_refs"]]
    assert twos == d["miscited"] and gold["expected"]["R2"] == "uncovered", twos
    ones = [a["id"] for a in acts if 1 in a["explicit_refs"]]
    assert len(ones) >= 3 and all(mine[i] == {"R1"} for i in ones), ones
    assert not any(3 in a["explicit_refs"] for a in acts), name
    # what the links answer: R1 only; orphans are the last cards
    assert set(per for per in (l["rec"] for l in gold["links"])) == {"R1"}, name
    first_orphan = min(int(o.rsplit("-", 1)[1]) for o in d["orphans"])
    assert d["orphans"] == [f"{name}-{i}" for i in range(first_orphan, len(acts) + 1)], name
    # the unanswered ask of R1 and the unanswered R2: no linked card speaks of pre-proceedings,
    # the Public Law Outline or legal work, or of contingency plans; the passing R3: no linked
    # card but the passing one speaks of early help
    passing_id = _ids(plan)[plan["passing_phrase"][3][0]]
    for a in acts:
        if mine[a["id"]]:
            assert not LEGAL.search(a["text"]), a["id"]
            assert not CONTINGENCY.search(a["text"]), a["id"]
            assert not re.search(r"early help", a["text"], re.I) or a["id"] == passing_id, \
                a["id"]
    # empty description, members 'none', due 'none'
    assert sum(1 for c in live if not c["desc"]) == 1, name
    assert sum(1 for a in acts if not a["leads_raw"]) == 1, name
    for i, a in enumerate(acts, 1):
        if not a["date_raw"] or not a["leads_raw"]:
            assert re.search(rf"\b(action|orphan) {i} \('", d["notes"], re.I), i


def check_hw(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    # the log: Action no. rising; c/f and Closed rows first, then the new ones Open
    nos = [int(a["row"]) for a in acts]
    assert nos == sorted(nos) and len(set(nos)) == len(nos), nos
    status = [e["status"] for e in x]
    first_open = status.index("Open")
    assert set(status[:first_open]) == {"c/f", "Closed"} and set(status[first_open:]) == {"Open"}
    assert nos[first_open] > nos[first_open - 1] + 1, nos  # gap: the older rows removed
    assert any(mine[a["id"]] for a, s in zip(acts, status) if s == "c/f"), name
    assert any(mine[a["id"]] for a, s in zip(acts, status) if s == "Closed"), name
    assert any(a["id"] in d["orphans"] for a, s in zip(acts, status) if s == "Closed"), name
    assert all(l["source"] == "judged" for l in gold["links"]), name
    for a in acts:
        assert not a["explicit_refs"] and a["section"] is None, a["id"]
    # ACTION: lines in the prose: each repeats a log row, in other words, never word for word
    lines = [p[len("ACTION: "):] for _, paras in HW_ITEMS for p in paras
             if p.startswith("ACTION: ")]
    assert len(lines) == 6, lines
    repeats = re.search(r"an action of the log \(([\d, ]+)\)", d["notes"]).group(1).split(", ")
    assert len(repeats) == len(lines), repeats
    rows = {a["row"]: a for a in acts}
    for line, no in zip(lines, repeats):
        a = rows[no]
        owner = line.split(" to ", 1)[0]
        assert owner.lower() in a["leads_raw"].lower() or owner.lower() in a["text"].lower() \
            or owner.split()[0] in a["leads_raw"], (line, no)
        assert line not in a["text"] and not any(line in b["text"] for b in acts), line
        assert len(_words(line) & _words(a["text"])) >= 2, (line, no)
    # no prose paragraph is an action's text
    for _, paras in HW_ITEMS:
        for p in paras:
            assert not any(curly(p) == a["text"] for a in acts), p
    # the unanswered ask: no linked action names faith, religion or worship
    for a in acts:
        if mine[a["id"]]:
            assert not FAITH.search(a["text"]), a["id"]
    for o in plan["ask_decoys"][1]:
        assert FAITH.search(rows[o]["text"]), o
    # the heading block and the prose about the plan name no faith group either (item 8 names
    # the religious education syllabus: the decoy's own business)
    for heading, paras in HW_ITEMS:
        if not heading.startswith("8."):
            assert not any(FAITH.search(p) for p in paras), heading
    assert not any(FAITH.search(t) for t, _ in HW_HEAD), name
    dates = [a["date_raw"] for a in acts]
    for pat in (r"\d\d/\d\d/\d\d", r"[A-Z][a-z]{2,3} 20\d\d", "Next CIB", "Quarterly",
                "ongoing", "tbc", ""):
        assert any(re.fullmatch(pat, v) for v in dates), pat


if __name__ == "__main__":
    main(sys.argv[1:], "ap", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_ap)
