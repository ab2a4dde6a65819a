"""Write the sealed coverage evaluation set "ag": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_ag.py            # writes documents and gold
    python scripts/make_coverage_plans_ag.py --check    # only runs the consistency checks

Documents: corpus/coverage/ag/<name>.<ext>      Gold: corpus/gold/coverage/ag/<name>.json

The two documents imitate what councils' own systems produce: the body of an email saved as
plain text, into which someone pasted a range copied from Excel (a greeting and a few lines of
context, then the range as TAB-separated rows under a header row Ref / Priority / Action / Lead /
Deadline / Progress, where a cell that held a line break in Excel is wrapped in double quotes
with the line break inside and its own double quotes doubled, as Excel copies it, while a
one-line cell holding a double quote is copied as it is; some rows lose their trailing empty
cells; the Priority cell repeated on every row of some groups and left blank under the first
row of others; an empty row inside the range; then a sign-off with a name, a role and phone
numbers); and a Word action plan converted to Markdown by pandoc (a "# " title, one paragraph,
then for each priority a "## " heading and a pandoc grid table Action | Owner | Due | Success
measure, cells wrapped over several text lines inside one grid row, one Action cell holding a
paragraph and a bullet list that together make one action, some Owner and Due cells empty, a
"Related recommendation" column on the health table only, and a Word bookmark left by pandoc
as an empty anchor span at the start of one heading).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only to find
../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
recommendations of both ("What needs to improve?" bullets, numbered 1..N in the report's order)
were transcribed by hand from the report PDFs for this set and are held below as data (WF_RECS,
BD_RECS), word for word, lines broken by the PDF joined, the reports' curly apostrophes kept;
they are passed to build_gold(recs=...). Nothing is written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (its row cites 3 in the
                                   Related recommendation column and the text supports it) or
                                   "j" judged; "h" high / "m" medium
    cite=[5]                       numbers the row cites (the Related recommendation cell)
    mis=True                       the row cites a number its text does not answer; the
                                   citation is not a link, the true link is judged
Actions with no links are orphans (see each plan's design notes).

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes and tools, such as the Graded Care Profile 2, the public law outline or section 47
enquiries, are named as councils name them; phone numbers are in Ofcom's ranges for drama).
Output is deterministic: both documents are plain text written from the data.
"""

import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, ROOT, build_gold, main  # noqa: E402
from _coverage_sets import groups as _groups, words as _words  # noqa: E402
from _coverage_sets import report_text as _report_text  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (15, 50)


# ---------------------------------------------------------------------------------------------
# Westmorland and Furness, inspection of local authority children's services (ILACS), report
# published 12 July 2024. "What needs to improve?", page 2 of the PDF: five bullets (each marked
# with a black square, no numbers), all addressed to the local authority. Transcribed by hand
# for this set and numbered 1-5 in the report's order, as the hand-checked report gold numbers
# ILACS bullets; lines broken by the PDF joined with a space; the curly apostrophe of R4 kept.
# ---------------------------------------------------------------------------------------------

WF_REPORT = "westmorland-and-furness-2733698/2024-07-12.pdf"
WF_PAGES = (2,)

WF_RECS = [  # (number, page, text)
    (1, 2, "The quality of written records about child protection enquiries."),
    (2, 2, "The quality of child in need, child protection, personal education and pathway "
           "plans."),
    (3, 2, "The completion of life-story work for children in care."),
    (4, 2, "The quality of assessment and support for care leavers\u2019 health, including "
           "ensuring that care leavers understand their health histories."),
    (5, 2, "The understanding and delivery of the local offer for care leavers, including for "
           "those aged 21 and over who need ongoing support."),
]

# ---------------------------------------------------------------------------------------------
# Barking and Dagenham, inspection of children's social care services (ILACS), report published
# 1 April 2019. "What needs to improve" (no question mark in this report), page 2 of the PDF:
# six bullets marked with a black square, all addressed to the local authority. Transcribed by
# hand and numbered 1-6 in the report's order; lines broken by the PDF joined with a space; the
# curly apostrophe of R2 kept.
# ---------------------------------------------------------------------------------------------

BD_REPORT = "barking-and-dagenham-80486/2019-04-01.pdf"
BD_PAGES = (2,)

BD_RECS = [
    (1, 2, "The quality, management oversight and impact of early help services."),
    (2, 2, "The quality and effectiveness of management oversight and supervision to ensure "
           "that children\u2019s circumstances improve within their timeframes."),
    (3, 2, "The timeliness and effectiveness of public law outline (PLO) arrangements."),
    (4, 2, "Planning for children placed with parents."),
    (5, 2, "The strategic relationship with health services, and operational delivery across a "
           "range of health functions."),
    (6, 2, "The provision of help for children living with domestic abuse, or in neglectful "
           "circumstances."),
]

# where each list sits on its page: the heading before it and the heading after it
TRANSCRIBED = {
    WF_REPORT: {"start": "What needs to improve?",
                "end": "The experiences and progress of children who need help and"},
    BD_REPORT: {"start": "What needs to improve",
                "end": "The experiences and progress of children who need help and"},
}


def wf_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in WF_RECS]


def bd_recs():
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in BD_RECS]


# ---------------------------------------------------------------------------------------------
# Plan 1: Cragsmere - the body of an email saved as text, answering Westmorland and Furness
# 2024-07-12 (ILACS, 5 areas for improvement). Greeting and context, the pasted Excel range
# (Ref / Priority / Action / Lead / Deadline / Progress), sign-off. Refs are the tracker's own
# codes IP01..IP29; no recommendation numbers anywhere, so every link is judged.
# ---------------------------------------------------------------------------------------------

CR_HEADER = ["Ref", "Priority", "Action", "Lead", "Deadline", "Progress"]

# the council's priorities in its own order: (name, how the Priority cell is filled)
CR_PRIORITIES = {
    "rec": ("Getting the record right", "repeat"),        # on every row of the group
    "plans": ("Plans people can follow", "first"),        # on the group's first row only
    "health": ("Healthy futures for care leavers", "repeat"),
    "people": ("Systems and people", "first"),
    "other": ("Other service priorities", "repeat"),
}


def cr_actions():
    acts = []

    def add(ref, prio, cell, lead, due, progress, links=(), trim=False, gap=False):
        """``cell``: the Action cell, a string or its lines (a cell that held a line break in
        Excel; 'text' is the lines joined by a space). ``progress`` likewise, never text.
        ``trim``: the row's trailing empty cells are dropped. ``gap``: an empty row of the
        range comes before this row."""
        lines = [cell] if isinstance(cell, str) else list(cell)
        plines = [progress] if isinstance(progress, str) else list(progress)
        name, fill = CR_PRIORITIES[prio]
        acts.append(A(" ".join(lines), lead, due, links, row=ref, section=name, objective=None,
                      lines=lines, progress=plines, fill=fill, trim=trim, gap=gap, key=prio))

    # Getting the record right: written records of child protection enquiries (R1)
    add("IP01", "rec", ["Strategy discussion record rebuilt on Larchbook:",
                        "who took part, what each agency shared, what was decided and why, and "
                        "the next steps with names and dates"],
        "Head of Front Door Services", "31/07/2024", "Complete",
        [(1, "j", "h", "the written record of the strategy discussion that opens a child "
          "protection enquiry, with the rationale for the decision (report para 7)")])
    add("IP02", "rec", "Section 47 write-up: one summary at the end of every enquiry setting out "
        "what we found, what the child told us, the outcome and the manager's reasons",
        "Principal Social Worker", "Sep-24",
        ["Amber", "Draft with Practice Standards Group 12/08"],
        [(1, "j", "h", "the written record of each child protection (section 47) enquiry and "
          "the reasons for its outcome")])
    add("IP03", "rec", "Team managers to sign off each section 47 record within 5 working days "
        "and add a short note of their rationale",
        "Heads of Service, Assessment and Protection", "Oct-24", "On track",
        [(1, "j", "h", "managers' rationale recorded on every child protection enquiry record")])
    add("IP04", "rec", "Monthly dip sample of 20 child protection enquiry records by the Practice "
        "Standards Team, with findings fed back to each team manager",
        "Practice Standards Manager", "Monthly", "July and August samples done",
        [(1, "j", "h", "the quality of child protection enquiry records checked and fed back")])
    add("IP05", "rec", "Recording workshops for all social workers in the Assessment and "
        "Protection teams: \"write it as if the child will read it\"",
        "", "Q3 24/25", "",
        [(1, "j", "m", "better written records, starting with the teams that carry out child "
          "protection enquiries; recording in general, not only enquiries")], trim=True)
    add("IP06", "rec", "Out-of-hours team to use the same strategy discussion record, so that "
        "enquiries started at night are written up the same way",
        "Out of Hours Manager", "31/10/2024", "Not started",
        [(1, "j", "h", "the same written record for enquiries begun out of hours")])

    # Plans people can follow: child in need and child protection plans, pathway plans (R2;
    # nothing on personal education plans)
    add("IP07", "plans", ["New plan template for children in need and child protection plans, "
                          "with three headings: \"What we are worried about\", \"What needs to "
                          "happen\", \"Who will do what and by when\"",
                          "Replaces the current 11-section form"],
        "Principal Social Worker", "30/09/2024",
        ["Green", "Feedback from pilot team: \"much easier to read\""],
        [(2, "j", "h", "child in need and child protection plans clear about who will do what, "
          "when and why (report para 11)")])
    add("IP08", "plans", "Core groups to look at the plan at every meeting and update it on "
        "Larchbook within 2 working days when anything has changed",
        "Child Protection Chairs", "From September", "",
        [(2, "j", "m", "child protection plans kept current by the core group")])
    add("IP09", "plans", "Child protection chairs to check each plan at the initial conference "
        "and send back any plan without clear timescales and named people",
        "Head of Safeguarding and Quality", "Ongoing", "In place",
        [(2, "j", "h", "the quality of child protection plans checked when they are made")])
    add("IP10", "plans", "Plans masterclass for every team manager, then a quarterly audit of 30 "
        "child in need and child protection plans",
        "Practice Standards Manager", "", "Dates being set",
        [(2, "j", "h", "the quality of child in need and child protection plans")])
    add("IP11", "plans", ["Pathway plan rewritten with the Young Voices panel:",
                          "shorter, in the young person's own words, with a 'my team' page "
                          "saying who is helping them and why"],
        "Head of Care Leavers Service", "Nov-24", "In progress",
        [(2, "j", "h", "pathway plans detailed and easy for young people to understand, saying "
          "who is helping them and why (report para 49)")])
    add("IP12", "plans", "Personal advisers to write each pathway plan with the young person, at "
        "a place they choose, and give them a copy",
        "Care Leavers Team Managers", "From October", "",
        [(2, "j", "h", "pathway plans completed with care leavers and accessible to them")],
        trim=True)
    add("IP13", "plans", "Pathway plans reviewed every 6 months and after any big change, such "
        "as a move, a new baby or leaving college",
        "Care Leavers Team Managers", "Ongoing", "Tracker built",
        [(2, "j", "h", "pathway plans kept up to date")])

    # Healthy futures for care leavers: assessment and support of health, health histories (R4)
    add("IP14", "health", "Health section of the pathway needs assessment rewritten with the "
        "children in care nurses: physical, emotional and sexual health, substance use, and "
        "registration with a GP and dentist",
        "Designated Nurse, Children in Care", "30/11/2024", "Draft agreed",
        [(4, "j", "h", "the assessment of care leavers' health needs (report para 50)"),
         (2, "j", "m", "the assessment behind each pathway plan: pathway plans that consider "
          "health needs (report para 50)")])
    add("IP15", "health", "A named nurse for care leavers up to 25 (the Well Ahead nurse), "
        "offering a health check before each young person's 18th birthday and a drop-in at the "
        "Lune Street hub every fortnight",
        "Lunedale Community Health", "Jan-25", ["Post advertised", "Interviews 3 Oct"],
        [(4, "j", "h", "support for care leavers' health: a named nurse, checks and drop-ins")])
    add("IP16", "health", "Every young person offered a 'my early years' conversation with the "
        "children in care nurse before they turn 18, going through their health history, with a "
        "printed summary kept with any life-story work they already have",
        "Designated Nurse, Children in Care", "Dec-24", "Leaflet drafted",
        [(4, "j", "h", "care leavers helped to understand their health histories; the "
          "life-story work it is kept with is a passing mention of R3")])
    add("IP17", "health", "Health history summary sent to every care leaver who is already 18 or "
        "over, with an offer to go through it with the Well Ahead nurse",
        "Designated Nurse, Children in Care", "31/03/2025", "",
        [(4, "j", "h", "care leavers who have already left care given and helped to understand "
          "their health histories")])
    add("IP18", "health", "Fast-track referral for care leavers to the Lunedale talking therapies "
        "service, with no wait for anyone under 25",
        "Commissioning Manager (Health)", "Q4 24/25",
        ["Agreed in principle at ICB", "Needs sign-off"],
        [(4, "j", "h", "support for care leavers' emotional and mental health")])
    add("IP19", "health", "Personal advisers trained by the Well Ahead nurse to ask about health "
        "at every visit and to record what the young person says",
        "Head of Care Leavers Service", "Feb-25", "Not started",
        [(4, "j", "m", "care leavers given the chance to discuss their health (report para "
          "50)")])

    # Systems and people
    add("IP20", "people", ["Move children's social care off the shared Larchbook build onto our "
                           "own,",
                           "with forms rebuilt around the way Cragsmere teams work"],
        "Head of Business Systems", "Nov-24",
        ["Amber", "Data migration test 2 failed - rerun 16/09"],
        [(1, "j", "m", "report para 58: the shared system's forms weakened the recording of "
          "decisions in child protection enquiries"),
         (2, "j", "m", "report para 58: the same forms weakened the quality of written plans")])
    add("IP21", "people", "Grow our own: 8 social work apprentices a year with the University of "
        "Lunedale, and a bursary for staff who want to qualify",
        "Workforce Development Manager", "Sep-24", "First 8 started")
    add("IP22", "people", "Induction week for every new starter, including a day with the Front "
        "Door team and a day with a foster family",
        "", "From October", "", trim=True)

    # Other service priorities (after an empty row of the range)
    add("IP23", "other", "Refresh the local SEND offer website with parent carers, so that "
        "families' understanding of the short breaks on offer improves",
        "SEND Service Manager", "Dec-24", "Workshops with Parent Carer Forum booked", gap=True)
    add("IP24", "other", "Family hubs: deliver the full hub offer in all five localities, with a "
        "baby room and a weekly stay-and-play session",
        "Head of Early Help", "31/03/2025", "3 of 5 open")
    add("IP25", "other", "Virtual school: attendance plans with every school where a child in "
        "care misses more than 10% of sessions, and an education welfare officer for children "
        "placed outside the county",
        "Virtual School Headteacher", "Jan-25", "")
    add("IP26", "other", "Young carers: quarterly contract meetings with the commissioned "
        "service, including case studies showing the difference support has made",
        "Commissioning Manager", "Quarterly", "First meeting 2 Sept")
    add("IP27", "other", "Children in Care Council: a second group for the south of the county, "
        "and a standing seat at the Corporate Parenting Board",
        "Participation Lead", "", "", trim=True)
    add("IP28", "other", "Foster carer recruitment campaign 'Room at the table', aiming for 20 "
        "new fostering households this year",
        "Head of Fostering", "Ongoing", "12 enquiries in August")
    add("IP29", "other", "Private fostering awareness: leaflets and posters for GP surgeries, "
        "schools and language schools, and a briefing for faith groups",
        "Private Fostering Social Worker", "TBC", "")
    return acts


CR = {
    "name": "cragsmere", "ext": "txt", "report": WF_REPORT, "recs": wf_recs,
    "pages": WF_PAGES, "council": "Cragsmere Council",
    "actions": cr_actions, "bounds": (25, 40),
    "expected": {1: "covered", 2: "weak", 3: "weak", 4: "covered", 5: "uncovered"},
    "unanswered": [5], "passing": [3], "partial": [2],
    "orphans": ["IP21", "IP22", "IP23", "IP24", "IP25", "IP26", "IP27", "IP28", "IP29"],
    "miscited": [],
    "passing_phrase": {3: ("IP16", "kept with any life-story work they already have")},
    "decoys": {5: ["IP23", "IP24"]},
    "ask_decoys": {2: ["IP25"]},
    "asks": {2: [("the quality of child in need and child protection plans",
                  ["IP07", "IP08", "IP09", "IP10", "IP20"]),
                 ("the quality of personal education plans (PEPs)", []),
                 ("the quality of pathway plans", ["IP11", "IP12", "IP13", "IP14"])],
             4: [("the quality of assessment and support for care leavers' health",
                  ["IP14", "IP15", "IP18", "IP19"]),
                 ("care leavers understand their health histories", ["IP16", "IP17"])]},
    "notes": (
        "Plain text: the body of an email saved from the mail client. A greeting ('Hi all,'), "
        "three short paragraphs of context (not actions; the second says that the care leavers' "
        "offer work is led elsewhere and is not in this version), then the range pasted from "
        "Excel: a header row Ref, Priority, Action, Lead, Deadline, Progress and one row per "
        "action, cells separated by TAB characters, then a sign-off (name, role, council, "
        "address, phone numbers) and a one-line confidentiality notice. As Excel copies a range, "
        "a cell that held a line break is wrapped in double quotes, its line break kept (the "
        "cell spans two physical lines of the file) and its own double quotes doubled; a "
        "one-line cell is copied as it is, double quotes included (IP05). Wrapped Action cells: "
        "IP01, IP07 (with doubled quotes), IP11, IP20; 'text' joins a cell's lines with one "
        "space, undoubles its quotes and drops the wrapping quotes. Wrapped Progress cells: "
        "IP02, IP07 (doubled quotes), IP15, IP18, IP20. The Progress cell is an update, never "
        "part of 'text'. Rows IP05, IP12, IP22 and IP27 lost their trailing empty cells (IP27 "
        "ends after its Lead); other rows keep their empty cells as consecutive TABs. An empty "
        "line (an empty row of the range) separates IP22 from IP23. The Priority cell is "
        "repeated on every row of 'Getting the record right', 'Healthy futures for care "
        "leavers' and 'Other service priorities', and left blank under the first row of 'Plans "
        "people can follow' and 'Systems and people'; 'section' is the row's Priority cell or, "
        "where blank, the last one above it. 'row' is the Ref cell (IP01..IP29, the tracker's "
        "codes, never recommendation numbers); 'objective' null; 'leads_raw' / 'date_raw' the "
        "Lead and Deadline cells as displayed ('' where empty: no Lead on actions 5 (IP05) and "
        "22 (IP22), no Deadline on actions 10 (IP10) and 27 (IP27); 'Sep-24', 'Q3 24/25', "
        "'From September', 'Monthly', 'TBC' kept as written). The cells keep the straight "
        "apostrophes Excel stores; the email's own prose has the mail client's curly ones. No "
        "recommendation numbers anywhere: every link is judged. "
        "Unanswered: R5 (understanding and delivery of the local offer for care leavers, "
        "including those aged 21 and over) is the hard unanswered one: nothing is aimed at it "
        "(the email's context says the offer work is led elsewhere; prose is not an action); "
        "orphan 23 (IP23, the 'local' SEND 'offer' website and families' 'understanding' of "
        "short breaks) and orphan 24 (IP24, 'deliver' the family hub 'offer') share its words. "
        "The care leavers' health actions 14-19 (IP14-IP19) are aimed at R4 (action 14 also at "
        "R2's pathway plans), not at the local offer, and no action concerns care leavers at "
        "or after 21. "
        "Passing: R3 (completion of life-story work for children in care) is touched only by "
        "action 16 (IP16, the 'my early years' health history conversation, aimed at R4), whose "
        "printed summary is 'kept with any life-story work they already have'; weak, no link. "
        "Partly answered (see asks): R2: child in need and child protection plans are answered "
        "by actions 7-10 (IP07-IP10) and 20, pathway plans by actions 11-13 (IP11-IP13, under "
        "'Plans people can follow', not under care leavers) and action 14 (IP14, the health "
        "section of the pathway needs assessment, aimed at R4 and, medium, at R2), personal "
        "education plans by nothing; ask decoy: orphan 25 (IP25, virtual school 'attendance "
        "plans' and an 'education' welfare officer) is about attendance, not the quality of "
        "PEPs; weak. "
        "Answered: R1 (written records about child protection enquiries) by actions 1-6 "
        "(IP01-IP06; 'strategy discussion record' and 'section 47 write-up' are the council's "
        "words) and action 20 (IP20, leaving the shared case recording build whose forms the "
        "report blames, para 58, linked to R1 and R2, medium); R4 by actions 14-19, both asks "
        "(health assessment and support: 14, 15, 18, 19; health histories: 16, 17). "
        "Orphans: 21 (IP21, apprentices), 22 (IP22, induction), 23-29 (IP23-IP29, 'Other "
        "service priorities': the two R5 decoys, the R2 ask decoy, young carers' contract "
        "monitoring, the Children in Care Council, foster carer recruitment, private fostering "
        "awareness; report findings without an area for improvement or business as usual). "
        "'action N' means cragsmere-N, numbered down the range: action N is IPNN (1 is IP01, "
        "29 is IP29). The plan's own names: Larchbook (case recording system, shared with the "
        "neighbouring council), the Front Door team, the Assessment and Protection teams, the "
        "Practice Standards Team, the Young Voices panel, the Well Ahead nurse, Lunedale "
        "Community Health, the Lunedale talking therapies service, the Lune Street hub, "
        "'Room at the table'."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Fenwharf - a Word action plan converted to Markdown by pandoc, answering Barking and
# Dagenham 2019-04-01 (ILACS, 6 areas for improvement). "# " title, one paragraph, five "## "
# priorities in the council's own order (their numbers are not the report's), each with a grid
# table Action | Owner | Due | Success measure; the health table alone has a fifth column
# "Related recommendation" (numbers like "5, 6" or "n/a"), where one row cites the wrong number.
# ---------------------------------------------------------------------------------------------

FW_COLS = ["Action", "Owner", "Due", "Success measure"]
FW_REL = "Related recommendation"

FW_PRIORITIES = {  # key: (heading as written, pandoc bookmark span before it or None)
    "mgmt": ("Priority 1: Managers who keep children's plans moving", "_Toc3452117"),
    "harm": ("Priority 2: Help for families living with domestic abuse or neglect", None),
    "early": ("Priority 3: Early help that makes a difference", None),
    "health": ("Priority 4: Health", None),
    "other": ("Priority 5: Other improvement work", None),
}
FW_RELATED = "health"  # the one table with the Related recommendation column

FW_TITLE = "Fenwharf Children's Services Improvement Plan 2019 to 2020"
FW_INTRO = (
    "This plan sets out what we will do after the inspection of children's social care in "
    "Fenwharf in February and March 2019. It was agreed by the Children's Improvement Board on "
    "2 April 2019 and replaces the service plan for the year. The priorities are ours, and the "
    "health table shows which of the six areas for improvement, numbered in the order the "
    "report gives them, each of its actions responds to. Progress is reported to the Board every "
    "month.")


def fw_actions():
    acts = []

    def add(prio, text, owner, due, success, links=(), cite=None, mis=False, bullets=None):
        """``cite``: the Related recommendation cell (health table only), e.g. "5, 6" or "n/a".
        ``bullets``: the sub-steps of one action listed under its paragraph (text: the paragraph
        and the items joined by a space)."""
        heading, _ = FW_PRIORITIES[prio]
        assert (cite is not None) == (prio == FW_RELATED), text
        refs = [int(x) for x in re.findall(r"\d+", cite)] if cite else []
        full = " ".join([text] + list(bullets or []))
        acts.append(A(full, owner, due, links, refs, mis, row=None, section=heading,
                      objective=None, para=text, bullets=list(bullets or []),
                      success=success, cite=cite, key=prio))

    # Priority 1: management oversight and supervision (R2)
    add("mgmt", "Relaunch the supervision policy: every social worker supervised at least every "
        "four weeks, with each child discussed against the timescales in their plan",
        "Principal Social Worker", "May 2019",
        "95% of supervisions on time; audits show actions with dates",
        [(2, "j", "h", "supervision that holds each child's plan to its timescales")])
    add("mgmt", "A new supervision record on Quayside with a box for what has changed for the "
        "child since the last discussion, and actions with names and dates",
        "Quayside Project Manager", "June 2019", "Record used by every team",
        [(2, "j", "h", "supervision that checks whether the child's circumstances are "
          "improving")])
    add("mgmt", "A monthly drift and delay panel, chaired by the Operational Director, for every "
        "child on a child protection plan for more than 12 months or open to the assessment "
        "teams for more than 6 months",
        "Operational Director, Children's Care", "Monthly",
        "No child open to assessment for more than 6 months",
        [(2, "j", "h", "senior management oversight of children whose circumstances are not "
          "improving in time (report para 6: drift and delay)")])
    add("mgmt", "Create four more team manager posts so that no manager oversees more than six "
        "social workers, and take duty work off the assessment teams",
        "", "September 2019", "Average caseload below 18",
        [(2, "j", "m", "capacity for management oversight in the assessment teams (report "
          "para 4)")])
    add("mgmt", "A leadership programme for all team and assistant team managers, run with a "
        "university partner, on reflective supervision that challenges drift",
        "Workforce Development Lead", "From July 2019", "Every manager completes by March 2020",
        [(2, "j", "h", "the quality and effectiveness of managers' supervision")])
    add("mgmt", "Monthly audit of 40 cases, checking that management decisions are on the "
        "record and have been carried out",
        "Head of Quality Assurance", "Monthly", "60% of audits graded good or better",
        [(2, "j", "m", "the effectiveness of management oversight checked by audit")])

    # Priority 2: help for children living with domestic abuse or neglect (R6)
    add("harm", "Set up Changing Paths, a programme for fathers and partners who harm:",
        "Head of Commissioning", "January 2020", "30 men complete the programme in its first year",
        [(6, "j", "h", "help for children living with domestic abuse: a programme for those who "
          "harm, which the report found missing (para 10)")],
        bullets=["commission a provider through the four-borough framework;",
                 "a referral route from child protection conferences and the MASH;",
                 "first group running by January 2020."])
    add("harm", "Two domestic abuse advocates based in the assessment teams, working with "
        "mothers from the first home visit",
        "Domestic Abuse Lead", "August 2019", "",
        [(6, "j", "h", "help for children living with domestic abuse, through their mothers")])
    add("harm", "Graded Care Profile 2 in every assessment where neglect is a worry, with 120 "
        "practitioners trained across social care, schools and health",
        "Principal Social Worker", "December 2019", "GCP2 on file in 80% of neglect cases",
        [(6, "j", "m", "children in neglectful circumstances recognised so that help follows")])
    add("harm", "Four more family support workers in the Family Intensive Support team, taking "
        "families where neglect is the main worry",
        "Head of Family Support", "October 2019", "40 more families helped each year",
        [(6, "j", "h", "more help for children in neglectful circumstances")])
    add("harm", "Safe at Home groups for children who have lived with domestic abuse, run in the "
        "school holidays with the youth service",
        "Youth Service Manager", "", "Three groups a year",
        [(6, "j", "h", "help for the children themselves after domestic abuse")])

    # Priority 3: early help (R1)
    add("early", "A manager's recorded decision on every request for help at the daily early "
        "help triage meeting",
        "Early Help Service Manager", "June 2019", "Every request decided within 24 hours",
        [(1, "j", "h", "management oversight of early help from the first request")])
    add("early", "Every family plan reviewed by an early help team leader six weeks in, and again "
        "before the case is closed",
        "Early Help Team Leaders", "From June 2019", "Reviews on 90% of plans",
        [(1, "j", "h", "management oversight of early help work")])
    add("early", "Monthly audit of 15 early help family plans by the early help practice lead, "
        "with the findings taken to the Early Help Board",
        "Early Help Practice Lead", "Monthly", "Two thirds of plans good or better",
        [(1, "j", "h", "quality assurance of early help (report para 1)")])
    add("early", "Family Steps scores taken at the start and end of every piece of family "
        "support, reported each quarter to the Early Help Board",
        "Early Help Service Manager", "Quarterly", "Scores improve in 70% of closed cases",
        [(1, "j", "h", "measuring the impact of early help (report para 1)")])
    add("early", "Agree a referral pathway for homeless 16 and 17 year olds with housing and the "
        "youth service, and brief every partner on it",
        "Head of Adolescent Services", "September 2019", "Partners know the pathway",
        [(1, "j", "m", "early help targeted at specific groups; the report's own example is "
          "homeless 16- and 17-year-olds (para 1)")])

    # Priority 4: health (R5, operational delivery only), with the Related recommendation column
    add("health", "Weekly list of children new to care sent to the children in care health team, "
        "with an initial health assessment booked within 20 working days and priority for "
        "babies in the public law outline",
        "Head of Children in Care", "April 2019", "90% of assessments in 20 days",
        [(5, "e", "h", "operational delivery of initial health assessments (report para 18); "
          "the babies in the public law outline are a passing mention of R3")], cite="5")
    add("health", "A CAMHS worker based in the children in care team two days a week, offering "
        "consultations to social workers and foster carers",
        "Children's Commissioning Manager", "September 2019", "No child waits over 8 weeks",
        [(5, "e", "h", "operational delivery of mental health services for children in care "
          "(report para 18)")], cite="5")
    add("health", "Health passports for care leavers, with their health history, given at the "
        "18th birthday review",
        "Looked After Children Nurse", "December 2019", "Every 18 year old has one",
        [(5, "j", "h", "operational delivery of care leavers' health passports and histories "
          "(report paras 31 and 37); its Related cell cites 4 (children placed with parents), "
          "which it does not answer")], cite="4", mis=True)
    add("health", "Health visitors and school nurses to use Graded Care Profile 2 alongside "
        "social workers when they are worried about neglect",
        "Designated Nurse, Safeguarding", "", "",
        [(5, "e", "m", "health visiting and school nursing, health functions, taking part in "
          "the response to neglect"),
         (6, "e", "m", "children in neglectful circumstances recognised by health staff so "
          "that help follows")], cite="5, 6")
    add("health", "A weekly drop-in with the young people's counselling service at the Leaving "
        "Care Hub",
        "Leaving Care Service Manager", "November 2019", "30 care leavers seen in the first year",
        [(5, "e", "h", "targeted mental health support for care leavers (report para 31)")],
        cite="5")
    add("health", "Occupational health appointments within 10 working days for staff, and a "
        "confidential counselling line for social workers",
        "HR Business Partner", "July 2019", "Sickness absence below 4%", cite="n/a")

    # Priority 5: other improvement work (orphans)
    add("other", "Pre-birth planning: a weekly multi-agency panel for parents whose unborn baby "
        "may need protection, so that a plan is agreed by 24 weeks of pregnancy",
        "Head of Assessment", "July 2019", "Plan by 24 weeks for every referral")
    add("other", "Recruit six foster-to-adopt carers so that babies who cannot live with their "
        "birth parents can be placed early with the family likely to adopt them",
        "Head of Adoption and Permanence", "March 2020", "Six carers approved")
    add("other", "Relaunch the Corporate Parenting Board with a new strategy and a relationship "
        "pledge between councillors and children in care",
        "Director of Children's Services", "October 2019", "Pledge signed by all members")
    add("other", "Two missing children coordinators to offer every child a return home interview "
        "within 72 hours",
        "Head of Adolescent Services", "Ongoing", "85% of interviews within 72 hours")
    add("other", "A careers adviser in the virtual school for care leavers with complex needs who "
        "are not in education, employment or training",
        "Virtual School Headteacher", "Q3 2019/20", "")
    add("other", "Rewrite pathway plans with young people as 'My Plan, My Way', and make sure "
        "every young person has a copy",
        "Leaving Care Service Manager", "", "Every care leaver has a copy")
    add("other", "Fenwharf Social Work Academy: 25 newly qualified social workers a year, with "
        "protected caseloads",
        "Workforce Development Lead", "September 2019", "Agency staff below 20%")
    return acts


FW = {
    "name": "fenwharf", "ext": "md", "report": BD_REPORT, "recs": bd_recs,
    "pages": BD_PAGES, "council": "London Borough of Fenwharf",
    "actions": fw_actions, "bounds": (25, 40),
    "expected": {1: "covered", 2: "covered", 3: "weak", 4: "uncovered", 5: "weak",
                 6: "covered"},
    "unanswered": [4], "passing": [3], "partial": [5],
    "orphans": [22, 23, 24, 25, 26, 27, 28, 29],
    "miscited": [19],
    "passing_phrase": {3: (17, "priority for babies in the public law outline")},
    "decoys": {4: [23, 24]},
    "ask_decoys": {5: [25]},
    "asks": {1: [("the quality of early help services", [14, 16]),
                 ("management oversight of early help services", [12, 13]),
                 ("the impact of early help services", [15])],
             5: [("the strategic relationship with health services", []),
                 ("operational delivery across a range of health functions",
                  [17, 18, 19, 20, 21])]},
    "notes": (
        "Markdown written by pandoc from a Word document: a '# ' title, one paragraph wrapped "
        "at 72 columns (not an action), then five '## Priority N: ...' headings in the "
        "council's own order (the priority numbers are not the report's: Priority 1 answers R2, "
        "2 answers R6, 3 answers R1, 4 answers R5, 5 is other work), each followed by a pandoc "
        "grid table ('+---+' borders, '| ... |' lines, a '+===+' line under the header row, "
        "every cell wrapped to its column width, so one grid row spans several text lines and "
        "owners and dates break across lines: 'Head of' / 'Commissioning', 'September' / "
        "'2019'). The first heading starts with an empty bookmark span pandoc keeps from Word "
        "('[]{#_Toc3452117 .anchor}'); 'section' is the heading without it. Columns Action | "
        "Owner | Due | Success measure; the Priority 4 (health) table alone has a fifth column, "
        "'Related recommendation' (its header cell wrapped over two lines), holding '5', "
        "'5, 6', '4' or 'n/a': the numbers of the report's six areas in its order, which the "
        "intro paragraph explains. 'explicit_refs' is that cell's numbers ([] for 'n/a' and on "
        "every other table); 'row' and 'objective' are null; 'text' is the Action cell's lines "
        "joined by a space; the Success measure cell is an outcome, not part of 'text'. Action "
        "7 (Changing Paths) is one Action cell holding a paragraph and a pandoc bullet list "
        "('-   ' items, continuation lines indented): one action with three sub-steps, its "
        "'text' the paragraph and the items joined by a space, list markers dropped. "
        "'leads_raw' / 'date_raw' are the Owner and Due cells joined ('' where empty: no Owner "
        "on action 4; no Due on actions 11, 20 and 28). Straight apostrophes and quotes (pandoc "
        "writes Markdown with smart punctuation undone). "
        "Unanswered: R4 (planning for children placed with parents) is the hard unanswered one: "
        "nothing is aimed at it and it has no priority; orphan 23 (pre-birth 'planning' for "
        "'parents' of an unborn baby) and orphan 24 (babies who cannot live with their birth "
        "'parents' 'placed' early with foster-to-adopt carers) share its words; and the health "
        "table's action 19 cites 4 (see mis-cited), so a tool that trusts the Related column "
        "would call R4 answered. Passing: R3 (timeliness and effectiveness of PLO arrangements) "
        "is touched only by action 17 (initial health assessments, aimed at R5), which gives "
        "'priority for babies in the public law outline'; weak, no link. Partly answered (see "
        "asks): R5: operational delivery across health functions is answered by actions 17-21 "
        "(initial health assessments, a CAMHS worker, care leavers' health passports, health "
        "visitors and school nurses using Graded Care Profile 2, a counselling drop-in), the "
        "strategic relationship with health services by nothing (no action concerns the council's "
        "relationship with the CCG or health leaders); ask decoy: orphan 25 (the Corporate "
        "Parenting Board's new 'strategy' and 'relationship' pledge); weak. Orphan 22 "
        "('Occupational health' for staff, Related 'n/a') sits in the health table but is about "
        "staff. Mis-cited: action 19 (care leavers' health passports) has Related recommendation "
        "'4' (children placed with parents) but answers R5: its citation is not a link, its R5 "
        "link is judged and flagged miscited. Actions 17, 18, 20, 21 answer what they cite "
        "(explicit; action 20 cites '5, 6' and answers both). Answered: R2 (management "
        "oversight and supervision) by actions 1-6, R6 (help for children living with domestic "
        "abuse or neglect) by actions 7-11 and 20, R1 (early help: quality, management "
        "oversight, impact; see asks) by actions 12-16; all judged except action 20. Orphans: "
        "22 and 23-29 ('Priority 5: Other improvement work': the two R4 decoys, the R5 ask "
        "decoy, missing children's return home interviews, a careers adviser for care leavers, "
        "'My Plan, My Way' pathway plans, the social work academy; report findings without an "
        "area for improvement). 'action N' means fenwharf-N, numbered down the document: 1-6 "
        "under Priority 1, 7-11 Priority 2, 12-16 Priority 3, 17-22 Priority 4, 23-29 Priority "
        "5. The plan's own names: Quayside (case record), Changing Paths, the Family Intensive "
        "Support team, Safe at Home, Family Steps (its family outcome measure), the Early Help "
        "Board, the Leaving Care Hub, 'My Plan, My Way', the Fenwharf Social Work Academy."),
}


PLANS = [CR, FW]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its index or by its (unique) row
# ---------------------------------------------------------------------------------------------

def build_ag(plan, set_name="ag"):
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

CR_GREETING = [
    "Hi all,",
    "",
    "Please find below the latest version of the plan, v7, as agreed at Tuesday\u2019s "
    "Improvement Board. The changes since v6 are new dates for IP02 and IP20, and the care "
    "leavers\u2019 health rows, which the nurses have rewritten.",
    "",
    "Pathway plans now sit with the other plans rather than under care leavers. The care "
    "leavers\u2019 offer work is being led through the Care Leavers\u2019 Partnership and "
    "isn\u2019t in this version \u2013 Lorna will send that round separately.",
    "",
    "Could leads please update their Progress cells on the Teams copy by Friday 13th, not on "
    "this email.",
    "",
]

CR_SIGNOFF = [
    "",
    "Many thanks,",
    "",
    "Gemma",
    "",
    "Gemma Thwaite",
    "Improvement Programme Manager | Children and Families",
    "Cragsmere Council | Kirkgate House | Cragsmere",
    "Tel: 01632 960418 | Mobile: 07700 900573",
    "",
    "This email and any attachments are confidential and intended only for the people it is "
    "addressed to. If you have received it in error, please tell the sender and delete it.",
]


def _excel_cell(lines):
    """A cell as Excel copies it to the clipboard: a cell holding a line break is wrapped in
    double quotes with its quotes doubled; a one-line cell is copied as it is."""
    if len(lines) == 1:
        assert "\t" not in lines[0] and not lines[0].startswith('"'), lines
        return lines[0]
    return '"' + "\n".join(lines).replace('"', '""') + '"'


def write_cr(plan, acts, path):
    out = list(CR_GREETING)
    out.append("\t".join(CR_HEADER))
    seen = set()
    for a in acts:
        x = a["extra"]
        if x["gap"]:
            out.append("")  # an empty row of the range, its empty cells dropped
        first = x["key"] not in seen
        seen.add(x["key"])
        prio = a["section"] if first or x["fill"] == "repeat" else ""
        cells = [a["row"], prio, _excel_cell(x["lines"]), a["lead"], a["date"],
                 _excel_cell(x["progress"])]
        if x["trim"]:
            while cells and cells[-1] == "":
                cells.pop()
        out.append("\t".join(cells))
    out += CR_SIGNOFF
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


FW_WIDTHS = {4: [28, 13, 9, 14], 5: [24, 13, 9, 11, 14]}


def _wrap(text, width):
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    assert all(len(line) <= width for line in lines), (text, width)
    return lines or [""]


def _cell_lines(a_para, bullets, width):
    """An Action cell as pandoc lays it out: the paragraph, then (if any) a blank line and a
    tight bullet list, '-   ' on each item's first line and four spaces on the others."""
    lines = _wrap(a_para, width)
    if bullets:
        lines.append("")
        for b in bullets:
            w = _wrap(b, width - 4)
            lines += ["-   " + w[0]] + ["    " + x for x in w[1:]]
    for line in lines:  # nothing pandoc would have had to escape or read as a list
        assert not re.match(r"\d+[.)] |[+*] |#", line), line
        assert not line.startswith("- ") or not bullets or line.startswith("-   "), line
    assert not any(line.startswith("- ") for line in _wrap(a_para, width)), a_para
    return lines


def _grid(header, rows, widths):
    """A pandoc grid table: ``header`` and each row a list of cells, each cell a list of
    lines."""
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = "+" + "+".join("=" * (w + 2) for w in widths) + "+"

    def block(cells):
        n = max(len(c) for c in cells)
        out = []
        for k in range(n):
            parts = [(c[k] if k < len(c) else "").ljust(w) for c, w in zip(cells, widths)]
            out.append("| " + " | ".join(parts) + " |")
        return out

    out = [sep] + block(header) + [hsep]
    for r in rows:
        out += block(r) + [sep]
    return out


def write_fw(plan, acts, path):
    out = [f"# {FW_TITLE}", ""] + textwrap.wrap(FW_INTRO, 72) + [""]
    for group in _groups(acts, lambda a: a["extra"]["key"]):
        key = group[0]["extra"]["key"]
        heading, anchor = FW_PRIORITIES[key]
        span = f"[]{{#{anchor} .anchor}}" if anchor else ""
        out += [f"## {span}{heading}", ""]
        cols = FW_COLS + ([FW_REL] if key == FW_RELATED else [])
        widths = FW_WIDTHS[len(cols)]
        header = [_wrap(c, w) for c, w in zip(cols, widths)]
        rows = []
        for a in group:
            x = a["extra"]
            cells = [_cell_lines(x["para"], x["bullets"], widths[0]),
                     _wrap(a["lead"], widths[1]), _wrap(a["date"], widths[2]),
                     _wrap(x["success"], widths[3])]
            if key == FW_RELATED:
                cells.append(_wrap(x["cite"], widths[4]))
            rows.append(cells)
        out += _grid(header, rows, widths) + [""]
    path.write_text("\n".join(out), encoding="utf-8")


WRITERS = {"cragsmere": write_cr, "fenwharf": write_fw}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "cragsmere": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 12)),
    "fenwharf": dict(unanswered=1, passing=1, partial=1, miscited=1, orphans=(4, 12)),
}




def check_recs(plan):
    """The transcription: numbered 1..N, clean single-line texts, and (when the PDF is at hand)
    found word for word and in order between the list's heading and the next heading, with
    nothing else there but the bullet glyphs."""
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
    spec = TRANSCRIBED[plan["report"]]
    start = text.index(spec["start"]) + len(spec["start"])
    stop = text.index(spec["end"], start)
    block, pos, rest = text[start:stop], 0, []
    for r in recs:
        k = block.find(r["text"], pos)
        assert k >= 0, ("not in the report as written", plan["name"], r["number"])
        rest.append(block[pos:k])
        pos = k + len(r["text"])
    rest.append(block[pos:])
    for r, gap in zip(recs, rest):  # before each item only its bullet glyph
        assert gap.strip() == "\u25fc", (r["number"], gap)
    assert rest[-1].strip() == "", rest[-1]
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
    assert "hard unanswered" in d["notes"], name
    assert set(plan["decoys"]) == {int(r[1:]) for r in d["unanswered"]}, name
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`\\\[\]]|\u00a0|\u2022",
                             a["text"] + a["leads_raw"] + a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*)\b",
                             a["text"], re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert "\u2019" not in a["text"] + a["leads_raw"], a["id"]  # straight, as stored
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert sum(1 for a in acts if not a["leads_raw"]) >= 1, name
    assert sum(1 for a in acts if not a["date_raw"]) >= 2, name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    # every answered or partly answered recommendation has an action; no designed gap does
    per_rec = {}
    for l in gold["links"]:
        per_rec.setdefault(l["rec"], set()).add(l["action"])
    for r, s in gold["expected"].items():
        if s == "covered" or r in d["partial"]:
            assert len(per_rec[r]) >= 3, (name, r)
    # the notes' "action N (ref" and "orphan N (ref" agree with the numbering
    for kind, n, ref in re.findall(r"\b(action|orphan) (\d+) \((IP\d\d)", d["notes"], re.I):
        assert ids[f"{name}-{n}"]["row"] == ref, (name, kind, n, ref)
    # the notes' "no Lead on actions 5 (IP05) and 22 ..." statements agree with the data
    said = {}
    for field, nums in re.findall(r"no (Owner|Lead|Due|Deadline) on actions? "
                                  r"((?:\d+(?: \(IP\d\d\))?(?:, | and )?)+)", d["notes"]):
        key = "leads_raw" if field in ("Owner", "Lead") else "date_raw"
        said.setdefault(key, set()).update(
            int(n) for n in re.findall(r"(?<!IP)\b\d+\b", nums))
    for key in ("leads_raw", "date_raw"):
        empty = {i for i, a in enumerate(acts, 1) if not a[key]}
        assert said.get(key) == empty, (name, key, said.get(key), empty)
    if name == "cragsmere":
        # no citations anywhere: every link judged
        assert all(not a["explicit_refs"] for a in acts), name
        assert all(l["source"] == "judged" for l in gold["links"]), name
        # refs IP01.. in order; the Ref of action N is IP<N>
        assert [a["row"] for a in acts] == [f"IP{i:02d}" for i in range(1, len(acts) + 1)]
        assert all(a["objective"] is None for a in acts), name
        # text = the Action cell's lines joined by a space; never the Progress cell
        for a, e in zip(acts, x):
            assert a["text"] == " ".join(e["lines"]), a["id"]
            assert all(line == line.strip() and line for line in e["lines"]), a["id"]
            for p in e["progress"]:
                assert p not in a["text"] or not p, a["id"]
        wrapped = [a["row"] for a, e in zip(acts, x) if len(e["lines"]) > 1]
        assert len(wrapped) >= 3, wrapped
        assert any('"' in a["text"] for a, e in zip(acts, x) if len(e["lines"]) > 1), name
        assert any('"' in a["text"] for a, e in zip(acts, x) if len(e["lines"]) == 1), name
        assert sum(1 for e in x if len(e["progress"]) > 1) >= 3, name
        assert any('"' in " ".join(e["progress"]) for e in x if len(e["progress"]) > 1), name
        # trailing empty cells dropped on some rows, kept on others
        trimmed = [e for e, r in zip(x, raw) if e["trim"]]
        assert trimmed and all(not e["progress"][0] for e in trimmed), name
        assert any(e["trim"] and not r["date"] for e, r in zip(x, raw)), name  # ends at Lead
        assert any(not e["trim"] and e["progress"] == [""] for e in x), name
        # the Priority cell repeated in some groups, blank under the first row in others;
        # one empty row inside the range
        fills = {e["fill"] for e in x}
        assert fills == {"repeat", "first"}, fills
        assert sum(1 for e in x if e["gap"]) == 1, name
        for g in _groups(raw, lambda r: r["extra"]["key"]):
            assert len(g) >= 2 and len({r["section"] for r in g}) == 1, name
        # dates as Excel displays them
        dates = [a["date_raw"] for a in acts]
        assert any(re.fullmatch(r"\d\d/\d\d/\d{4}", t) for t in dates), name
        assert any(re.fullmatch(r"[A-Z][a-z]{2}-\d\d", t) for t in dates), name
        assert any(re.fullmatch(r"Q\d \d\d/\d\d", t) for t in dates), name
        # the orphans are the last groups' rows and the people group, never a linked group
        linked_keys = {e["key"] for e, a in zip(x, acts) if mine[a["id"]]}
        assert linked_keys == {"rec", "plans", "health", "people"}, linked_keys
        assert all(e["key"] in ("people", "other") for e, a in zip(x, acts)
                   if a["id"] in d["orphans"]), name
        assert all(mine[a["id"]] == set() for e, a in zip(x, acts) if e["key"] == "other")
        # the prose, not an action, is where R5's offer is mentioned
        assert "offer work" in " ".join(CR_GREETING), name
        assert gold["expected"] == {"R1": "covered", "R2": "weak", "R3": "weak",
                                    "R4": "covered", "R5": "uncovered"}, name
    if name == "fenwharf":
        assert all(a["row"] is None and a["objective"] is None for a in acts), name
        # headings in the council's order, numbered 1..5, none of them the report's order
        heads = [g[0]["section"] for g in _groups(acts, lambda a: a["section"])]
        assert heads == [FW_PRIORITIES[k][0] for k in FW_PRIORITIES], heads
        assert [int(re.match(r"Priority (\d):", h).group(1)) for h in heads] == [1, 2, 3, 4, 5]
        answers = []
        for g in _groups(acts, lambda a: a["section"]):
            recs_g = {r for a in g for r in mine[a["id"]]}
            answers.append(recs_g)
        n_of = [int(re.match(r"Priority (\d):", h).group(1)) for h in heads]
        for n, rs in zip(n_of, answers):  # no priority number is the number it answers
            assert f"R{n}" not in rs, (n, rs)
        # citations only in the one table with the Related column; there every cited number
        # is answered explicitly, except the mis-cited row whose cited number is not linked
        for a, e in zip(acts, x):
            if e["key"] != FW_RELATED:
                assert not a["explicit_refs"] and e["cite"] is None, a["id"]
                assert all(l["source"] == "judged" for l in gold["links"]
                           if l["action"] == a["id"]), a["id"]
                continue
            assert e["cite"] == "n/a" or re.fullmatch(r"\d(, \d)*", e["cite"]), e["cite"]
            if e["cite"] == "n/a":
                assert not a["explicit_refs"] and a["id"] in d["orphans"], a["id"]
            for n in a["explicit_refs"]:
                assert (f"R{n}" in mine[a["id"]]) != (a["id"] in d["miscited"]), a["id"]
        assert any(len(a["explicit_refs"]) > 1 for a in acts), name  # a cell like "5, 6"
        for m in d["miscited"]:
            assert x[int(m.split("-")[1]) - 1]["key"] == FW_RELATED, m
            cited = ids[m]["explicit_refs"]
            assert all(f"R{n}" in d["unanswered"] for n in cited), m  # it cites the gap
        # exactly one Action cell holds a bullet list, and it is one action
        multi = [e for e in x if e["bullets"]]
        assert len(multi) == 1 and len(multi[0]["bullets"]) >= 2, name
        for a, e in zip(acts, x):
            assert a["text"] == " ".join([e["para"]] + e["bullets"]), a["id"]
            assert e["success"] not in a["text"] or not e["success"], a["id"]
        # empty Owner and Due cells
        assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts)
        # cells that wrap: owners and dates broken over lines
        assert any(len(_wrap(a["leads_raw"], FW_WIDTHS[4][1])) > 1 for a in acts), name
        assert any(len(_wrap(a["date_raw"], FW_WIDTHS[4][2])) > 1 for a in acts), name
        # the orphans: the 'n/a' row and Priority 5
        assert {a["id"] for a, e in zip(acts, x) if e["key"] == "other"} | {
            a["id"] for a, e in zip(acts, x) if e["cite"] == "n/a"} == set(d["orphans"]), name
        assert gold["expected"] == {"R1": "covered", "R2": "covered", "R3": "weak",
                                    "R4": "uncovered", "R5": "weak", "R6": "covered"}, name
        assert any(len(m) > 1 for m in mine.values()), name  # one action aimed at two
    return True


if __name__ == "__main__":
    main(sys.argv[1:], "ag", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_ag)
