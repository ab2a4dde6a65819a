"""Write the sealed coverage evaluation set "ar": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_ar.py            # writes documents and gold
    python scripts/make_coverage_plans_ar.py --check    # only runs the consistency checks

Documents: corpus/coverage/ar/<name>.<ext>      Gold: corpus/gold/coverage/ar/<name>.json

The two documents imitate what councils' own systems produce: a Word document exported from
Google Docs (Arial set on every run, no Word styles used in the body, headings as bold 14pt
paragraphs of the Normal style, ONE table Theme | Action | Owner | Target | Done? with the Theme
cell merged down the rows of its theme, the Done? column holding checkbox glyphs (U+2610 open,
U+2611 done, U+2612 not going ahead), an Action cell that sometimes holds the action and under it
a bulleted list of its steps (Google Docs bullets through numbering.xml; the steps are not
actions), the Owner cell holding initials only ("JB", "KP / RT"), and after the table a "Key to
initials" table Initials | Name | Role), and a CSV file exported from a European-locale Excel
(semicolon delimiter, Windows-1252 bytes, CRLF line ends, three metadata lines before the header
"Ref;Area;Action;Responsible;Deadline;Status", dates shown dd.mm.yyyy, fields quoted where they
hold a semicolon, a straight double quote (doubled) or a line break, four Action cells with a
line break (LF) inside the quotes, and two empty trailing columns ";;" on every row).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only, through
_coverage_sets.report_text, to find ../shared for the transcription check).

Recommendation texts: neither report has a file in corpus/gold/reports/. The local-authority
items of both were transcribed by hand from the report PDFs for this set and are held below as
data (MA_RECS, BD_RECS), word for word, lines broken by the PDF joined, a hyphen broken over a
line kept as a hyphen; they are passed to build_gold(recs=...). Nothing is written into
corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "j", "h", "why")]   action is aimed at R3; "e" explicit (the action cites 3 and the
                                   text supports it) or "j" judged; "h" high / "m" medium
Neither document cites a recommendation number anywhere, so every link is judged. Actions with
no links are orphans (see each plan's design notes). Design lists and asks name an action by its
number N (the action is <name>-N).

All councils, people, teams, systems, charities and local programmes are fictional (national
schemes and terms such as the Graded Care Profile 2, the Public Law Outline, letters before
proceedings or private fostering are named as councils name them); the names in Orrinsford's key
to initials are invented. Output is deterministic: DOCX core properties are fixed and every zip
member is written with a fixed timestamp; the CSV is plain bytes.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, build_gold, docx_props, main, normalise_zip  # noqa: E402
from _coverage_sets import curly, groups as _groups, shade, words as _words  # noqa: E402
from _coverage_sets import transcribed_gaps  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Manchester, inspection of local authority children's services (ILACS), report published 11
# November 2025 (overall effectiveness outstanding). "What needs to improve?", page 2 of the PDF,
# followed by the footnote marker 1 (the footnote says the areas are cross-referenced with the
# Children's Social Care: National Framework): a single bullet (a black square), addressed to the
# local authority, numbered 1, followed by the heading "The experiences and progress of children
# who need help and protection: good". The bracketed "(outcome 3: national framework)", with a
# colon and in lower case as printed, is part of the bullet and is kept.
# ---------------------------------------------------------------------------------------------

MA_REPORT = "manchester-80521/2025-11-11.pdf"
MA_PAGES = (2,)

MA_RECS = [  # (number, page, text)
    (1, 2, "The identification and response to neglect. (outcome 3: national framework)"),
]

# ---------------------------------------------------------------------------------------------
# Bradford, inspection of children's social care services (ILACS), report published 29 October
# 2018 (overall effectiveness inadequate). "What needs to improve:" (with a colon), page 2 of the
# PDF: ten bullets (a Wingdings square, extracted as U+F06E), all addressed to the local
# authority (an ILACS report has no board recommendations), followed by the heading "The
# experiences and progress of children who need help and protection is inadequate". Numbered
# 1-10 in the report's order. The bullets are printed in lower case, without a full stop, except
# the last, which ends with one; kept as printed. "pre-proceedings" in R2 is broken over a line
# in the PDF (extracted with U+FFFE) and is written with its hyphen; "life-story" in R8 is
# hyphenated as printed.
# ---------------------------------------------------------------------------------------------

BD_REPORT = "bradford-80449/2018-10-29.pdf"
BD_PAGES = (2,)

BD_RECS = [
    (1, 2, "the identification and response to risk, particularly the longer-term impact of "
           "domestic abuse and neglect"),
    (2, 2, "clarity about what change is needed by families and by when during pre-proceedings"),
    (3, 2, "the prioritisation and timely, proportionate response to contacts, including gaining "
           "parental consent"),
    (4, 2, "social work practice, including the quality of assessments and plans and their "
           "implementation"),
    (5, 2, "multi-agency child protection work, including strategy meetings, child protection "
           "conferences, core groups and child in need reviews"),
    (6, 2, "the response to children with specific vulnerabilities, including children aged 16 "
           "to 17 who present as homeless and children privately fostered, as well as the "
           "oversight and monitoring of allegations against professionals working with children"),
    (7, 2, "sufficiency of local placements to meet the needs of children in care"),
    (8, 2, "the provision of life-story work for all children in care"),
    (9, 2, "completion of mandatory training for all foster carers"),
    (10, 2, "supervision of social work staff, which provides direction, to be regular and "
            "reflective."),
]

# where each list sits in its report: the words opening the block, the words after it, what
# stands before item N (the bullet glyph; Manchester's footnote marker before it)
BLOCKS = {
    MA_REPORT: dict(start="What needs to improve?",
                    end="The experiences and progress of children who need help and protection",
                    label=lambda n: "1 \u25fc"),
    BD_REPORT: dict(start="What needs to improve:",
                    end="The experiences and progress of children who need help and protection",
                    label=lambda n: "\uf06e"),
}


def _recs(data):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in data]


def ma_recs():
    return _recs(MA_RECS)


def bd_recs():
    return _recs(BD_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Orrinsford - a Google Docs document exported as DOCX, answering Manchester 2025-11-11
# (ILACS, 1 item). Bold 14pt paragraphs as headings; one table Theme | Action | Owner | Target |
# Done?; steps as bullets inside some Action cells; owners as initials; a key to initials.
# ---------------------------------------------------------------------------------------------

OR_THEMES = {  # number: Theme cell, in the council's words and order
    1: "Spotting neglect sooner",
    2: "Seeing the whole history",
    3: "Seeing the child\u2019s day",
    4: "Other work this year",
}
OR_OTHER = 4
OR_DONE = {"open": "\u2610", "done": "\u2611", "dropped": "\u2612"}
OR_KEY = [  # (initials, name, role): invented people
    ("JB", "Jenna Brightmore", "Director of Children's Social Care"),
    ("KP", "Kamran Pellow", "Head of Locality Social Work (North)"),
    ("RT", "Ruth Tavener", "Head of Locality Social Work (South)"),
    ("LW", "Lydia Wrenfield", "Principal Social Worker"),
    ("DM", "Dev Marchetti", "Orbit Systems Lead"),
    ("SA", "Shona Aldous", "Safeguarding Partnership Business Manager"),
    ("HF", "Hamid Farrant", "Head of Front Door and Early Help"),
    ("CO", "Carys Ollerton", "Fostering Service Manager"),
    ("PN", "Priya Northwood", "Head of Children in Care and Care Leavers"),
    ("MG", "Martin Gillow", "Customer Relations Manager"),
]


def or_actions():
    acts = []

    def add(theme, text, owner, target, done, links=(), steps=()):
        """A row of the table: the Action cell's first paragraph ``text`` (then ``steps``, the
        bulleted paragraphs under it in the same cell: steps of the action, not actions),
        the Owner cell ``owner`` (initials, "" empty), the Target cell ``target`` as typed
        ("" empty) and the Done? glyph (``done`` a key of OR_DONE)."""
        acts.append(A(curly(text), owner, target, links, [], False, row=None,
                      section=curly(OR_THEMES[theme]), objective=None, theme=theme,
                      done=done, steps=[curly(s) for s in steps]))

    # Theme 1 - Spotting neglect sooner (R1, the identification ask)
    add(1, "Use the Graded Care Profile 2 whenever a worker is worried about the care a child is "
        "getting at home, in early help and social work alike.",
        "KP / RT", "Mar 2026", "open",
        links=[(1, "j", "h", "the one tool for recognising neglect used wherever there is a "
                "worry: identification")],
        steps=["Train 30 more GCP2 champions across the localities",
               "Add a GCP2 form to Orbit so the score sits on the child's record",
               "Monthly count of GCP2s completed, team by team"])
    add(1, "A one-page 'Could this be neglect?' guide for schools, GPs, dentists and health "
        "visitors, with the signs that are easy to miss when seen on their own.",
        "SA", "Jan 2026", "done",
        links=[(1, "j", "h", "partners helped to recognise neglect and tell us")])
    add(1, "Missed health and dental appointments and poor school attendance to reach the front "
        "door as one combined picture of the child, rather than one worry at a time.",
        "HF / SA", "tbc", "open",
        links=[(1, "j", "h", "signs of neglect seen together instead of separately, so that it "
                "is noticed")])
    add(1, "Add neglect questions to the Early Help Assessment, so that family support workers "
        "notice when home conditions, food or hygiene keep slipping.",
        "HF", "Feb 2026", "open",
        links=[(1, "j", "h", "early help workers equipped to notice neglect")])

    # Theme 2 - Seeing the whole history (R1, the identification ask)
    add(2, "A single chronology on Orbit that pulls every contact, referral and episode together, "
        "so that a pattern of small worries over several years can be seen at a glance.",
        "DM", "Q4 25/26", "open",
        links=[(1, "j", "h", "cumulative harm made visible: neglect identified from its "
                "pattern")],
        steps=["Specification agreed with the supplier",
               "Test with two locality teams",
               "Go live for all teams"])
    add(2, "Workshops for every locality social worker on cumulative harm: how worries that each "
        "look minor add up for a child over time.",
        "LW", "Dec 2025", "done",
        links=[(1, "j", "h", "social workers able to recognise the cumulative harm of neglect "
                "(report para 12)")])
    add(2, "Front door screening to ask of every contact: has this child come to us before with a "
        "similar worry, and how many times?",
        "HF", "31/01/2026", "done",
        links=[(1, "j", "m", "repeat low-level contacts recognised at the front door as a "
                "possible sign of neglect")])
    add(2, "Learning circles each quarter on cases where neglect was spotted late, to find the "
        "signs that were there earlier and share them across teams.",
        "SA / LW", "Quarterly", "open",
        links=[(1, "j", "h", "learning about what was missed, so that neglect is identified "
                "sooner")])

    # Theme 3 - Seeing the child's day (R1, the identification ask)
    add(3, "A 'day in my life' direct work tool for children under eight, used at the first "
        "visit so that the worker sees home through the child's eyes.",
        "LW", "ongoing", "open",
        links=[(1, "j", "m", "the child's lived experience seen, where neglect shows")],
        steps=["Tool written with the Children in Care Council",
               "Added to the direct work library on the intranet"])
    add(3, "At least one home visit at a different time of day, early morning or teatime, during "
        "every assessment where care at home is a worry.",
        "TMs", "Jan 2026", "open",
        links=[(1, "j", "h", "home conditions seen as they really are, so that neglect is "
                "recognised")])
    add(3, "Health visitors and school nurses to come on the first social work visit for children "
        "under five where there is a worry about how they are cared for.",
        "JB", "", "open",
        links=[(1, "j", "m", "a health professional's eye on the youngest children's care at "
                "the first visit")])
    add(3, "Guidance, written with the staff network for Black and Global Majority colleagues, on "
        "taking a child's ethnicity, culture and faith into account when judging whether care "
        "at home is good enough.",
        "", "Mar 2026", "open",
        links=[(1, "j", "m", "judging whether care is good enough (the threshold of neglect) "
                "fairly for every child")])

    # Theme 4 - Other work this year (orphans; hard decoys for the unanswered ask, one mention)
    add(4, "Supervising social workers to update the safer caring risk assessment for every "
        "foster home at its annual review.",
        "CO", "ongoing", "open")
    add(4, "Complaints: stage 1 responses within 10 working days, and escalation to stage 2 "
        "tracked monthly.",
        "MG", "monthly", "open")
    add(4, "Share adult social care's self-neglect protocol with personal advisers, so that they "
        "know who to call when a care leaver is not looking after themselves.",
        "PN", "Feb 2026", "open")
    add(4, "Private fostering: every assessment of a private foster carer finished within 42 "
        "days, with a tracker held by the front door.",
        "HF", "Dec 2025", "done")
    add(4, "Homeless 16 and 17 year olds: a prevention worker and a social worker allocated "
        "together from the first contact.",
        "KP / RT", "ongoing", "done")
    add(4, "Early help decisions to record each child's ethnicity and identity and how they "
        "shaped the help offered.",
        "HF", "Apr 2026", "open")
    add(4, "Recruit 25 foster households, 8 of them for teenagers.",
        "CO", "Mar 2026", "open")
    add(4, "Refresh the care leavers' local offer with the Care Leavers' Forum.",
        "PN", "Q1 26/27", "open")
    add(4, "Relaunch the staff newsletter as a monthly podcast.",
        "JB", "", "dropped")
    add(4, "Move the out-of-hours team to Kingsreach House.",
        "", "tbc", "open")
    return acts


OR = {
    "name": "orrinsford", "ext": "docx", "report": MA_REPORT, "recs": ma_recs,
    "pages": MA_PAGES, "council": "Orrinsford City Council",
    "actions": or_actions, "bounds": (20, 30),
    "expected": {1: "weak"},
    "unanswered": [], "passing": [], "partial": [1],
    "orphans": [13, 14, 15, 16, 17, 18, 19, 20, 21, 22],
    "miscited": [],
    "passing_phrase": {},
    "mentions": {1: (15, "neglect")},
    "decoys": {},
    "ask_decoys": {1: [13, 14]},
    "asks": {1: [("the identification of neglect: recognising it early and understanding its "
                  "cumulative impact on the child, by the council and its partners",
                  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
                 ("the response to neglect once it is known: plans that reduce it, risk "
                  "assessments updated as often as needed, supervision that tests whether the "
                  "child's situation is improving, and escalation when it is not", [])]},
    "notes": (
        "DOCX exported from Google Docs (A4 portrait, Arial on every run, no Word styles in the "
        "body: every paragraph is Normal; the headings 'Orrinsford Children's Services', "
        "'Neglect Practice Plan 2025\u201326', 'Why this plan', 'Our actions' and 'Key to "
        "initials' are bold 14pt paragraphs, not Heading styles; under the title a small 'Last "
        "edited' line). Under 'Why this plan' two "
        "paragraphs of introduction and a one-line key to the Done? column: not actions. Then "
        "ONE table, columns Theme | Action | Owner | Target | Done?, a shaded header row, one "
        "action a row. The Theme cell is merged down the rows of its theme (vertical merge, the "
        "theme written once): 'Spotting neglect sooner', 'Seeing the whole history', 'Seeing "
        "the child's day', 'Other work this year'; 'section' is the theme as written, "
        "'objective' and 'row' null (no reference column). 'text' is the FIRST paragraph of the "
        "Action cell. In three Action cells a bulleted list follows that paragraph (Google Docs "
        "bullets, a numbering.xml bullet list): steps of the action, not actions, and not "
        "part of its text; they stand under action 1 ('Use the Graded Care Profile 2'), action "
        "5 ('A single chronology on Orbit') and action 9 (the 'day in my life' tool), eight "
        "steps in all. 'leads_raw' is the Owner cell as written: initials only ('JB', 'KP / RT', "
        "'HF / SA'), '' where empty; one cell holds 'TMs' (team managers), which the key does "
        "not list. 'date_raw' is the Target cell as typed ('Mar 2026', 'Q4 25/26', "
        "'31/01/2026', 'Quarterly', 'monthly', 'ongoing', 'tbc'; '' where empty). The Done? "
        "cell holds a checkbox glyph: U+2610 open, U+2611 done, U+2612 not going ahead; it is "
        "not part of the action, and the one U+2612 row (orphan 21, 'Relaunch the staff "
        "newsletter') is still a row of the plan and is counted. After the table a bold "
        "'Key to initials' and a second table Initials | Name | Role mapping the initials to "
        "invented people and their roles: not actions. Google Docs' curly apostrophes and "
        "quotes. Nothing cites a number: explicit_refs is [] everywhere and every link is "
        "judged. The report is outstanding and its 'What needs to improve?' is a single bullet, "
        "transcribed as R1 with its '(outcome 3: national framework)'; so this plan cannot have "
        "an unanswered, a passing and a partly answered recommendation at once (as set aj's "
        "ketterby). R1 is partly answered (see asks), and the hard decoys stand against its "
        "unanswered ask. R1 is read as two asks. The identification of neglect (recognising "
        "it early and understanding its cumulative impact, by the council and its partners) is "
        "answered by actions 1-12, the first three themes: the Graded Care Profile 2 wherever "
        "there is a worry, a guide for partners, health and school signs brought together, "
        "questions in the Early Help Assessment, a single chronology, cumulative harm "
        "workshops, repeat contacts at the front door, learning circles on late spotting, a "
        "'day in my life' tool, visits at different times of day, health visitors on the first "
        "visit, guidance on culture and faith when judging care. The response to neglect once "
        "it is known (plans that reduce it, risk assessments kept up to date, supervision that "
        "tests drift, escalation) is answered by nothing: no action changes what is done for a "
        "child once neglect is found. Hard decoys for that ask: orphan 13 ('Supervising social "
        "workers to update the safer caring risk assessment') is about foster homes; orphan 14 "
        "('Complaints: stage 1 responses within 10 working days, and escalation') is about "
        "complaints. A word of R1 in passing: orphan 15 ('Share adult social care') passes on "
        "the adult 'self-neglect' protocol for care leavers; it is not aimed at neglected "
        "children and is not linked. Orphans 13-22: the whole of 'Other work this year' (also "
        "private fostering assessments, homeless 16 and 17 year olds, identity in early help "
        "decisions, foster recruitment, the local offer, a newsletter podcast, the out-of-hours "
        "team's move). Empty Owner cells: action 12 ('Guidance, written with the staff "
        "network') and orphan 22 ('Move the out-of-hours team'); empty Target cells: action 11 "
        "('Health visitors and school nurses') and orphan 21 ('Relaunch the staff newsletter'). "
        "'action N' means orrinsford-N, numbered down the table: 1-4 the first theme, 5-8 the "
        "second, 9-12 the third, 13-22 the fourth. The plan's own names: Orbit (case record), "
        "Kingsreach House, the Care Leavers' Forum."),
}


def _or_notes():
    """Where the steps stand (action numbers), how many there are, and that number in words
    (as the notes give it)."""
    acts = or_actions()
    with_steps = [i for i, a in enumerate(acts, 1) if a["extra"]["steps"]]
    n = sum(len(a["extra"]["steps"]) for a in acts)
    words = {6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
    return with_steps, n, words[n]


# ---------------------------------------------------------------------------------------------
# Plan 2: Kelverdale - a CSV exported from a European-locale Excel, answering Bradford 2018-10-29
# (ILACS, 10). Metadata lines, header Ref;Area;Action;Responsible;Deadline;Status, semicolons,
# Windows-1252, dd.mm.yyyy, quoted fields, line breaks inside quotes, ';;' on every row.
# ---------------------------------------------------------------------------------------------

KV_AREAS = [  # the Area cells, in the order of the sheet
    "Front door and MASH",
    "Risk: neglect and domestic abuse",
    "Pre-proceedings (PLO)",
    "Assessment and planning",
    "Child protection partnership",
    "Vulnerable groups",
    "Placements and sufficiency",
    "Workforce and supervision",
    "Business as usual",
]
KV_BAU = "Business as usual"
KV_STATUS = ("Complete", "On track", "At risk", "Not started", "")
KV_META = ["Report: Improvement Plan;;;;", "Exported: 14.02.2019 09:12;;;;", ""]
KV_HEADER = ["Ref", "Area", "Action", "Responsible", "Deadline", "Status"]


def kv_actions():
    acts = []

    def add(ref, area, cell, lead, deadline, status, links=()):
        """A data row: the Ref, Area, Action, Responsible, Deadline and Status cells as Excel
        exports them (``cell`` may hold a line break, LF, typed with Alt+Enter). The action's
        text is the cell with the line break read as a space; the Status is not part of it."""
        assert area in KV_AREAS and status in KV_STATUS, ref
        acts.append(A(cell.replace("\n", " "), lead, deadline, links, [], False, row=ref,
                      section=area, objective=None, cell=cell, status=status))

    # Front door and MASH (R3)
    add("KIP-001", "Front door and MASH",
        "Every contact to the MASH RAG-rated by a senior practitioner within four hours of "
        "arriving, with red contacts passed to a duty social worker the same day.",
        "HoS Front Door", "31.01.2019", "Complete",
        links=[(3, "j", "h", "contacts prioritised and the urgent ones answered the same day")])
    add("KIP-002", "Front door and MASH",
        "Stop the full duty review of every contact.\nChecks with other agencies only where the "
        "threshold guidance says they are needed, not as routine.",
        "HoS Front Door", "28.02.2019", "On track",
        links=[(3, "j", "h", "a proportionate response to contacts: no blanket review, no "
                "routine checks (report para 3)")])
    add("KIP-004", "Front door and MASH",
        "Consent first: referrers asked whether the parents know and agree; if they have not "
        "been asked, the MASH manager speaks to a parent before any checks, unless that would "
        "put the child at risk.",
        "MASH Manager; Police DS (MASH)", "31.03.2019", "On track",
        links=[(3, "j", "h", "parental consent gained before checks at the front door")])

    # Risk: neglect and domestic abuse (R1; one also R3)
    add("KIP-005", "Risk: neglect and domestic abuse",
        "Graded Care Profile 2 training for every locality social worker and family support "
        "worker, and the GCP2 used in every assessment where the care of a child at home is a "
        "worry.",
        "Principal SW", "30.06.2019", "On track",
        links=[(1, "j", "h", "a shared tool for recognising and weighing neglect")])
    add("KIP-006", "Risk: neglect and domestic abuse",
        "Practice days with Moorside Women\u2019s Refuge on what years of living with domestic "
        "abuse do to children, for all social workers and team managers.",
        "Principal SW", "30.04.2019", "Not started",
        links=[(1, "j", "h", "the longer-term impact of domestic abuse understood")])
    add("KIP-009", "Risk: neglect and domestic abuse",
        "Neglect referrals no longer sent to early help as a matter of course; the MASH decides "
        "on each one by the level of risk to the child.",
        "HoS Front Door; HoS Early Help", "31.03.2019", "On track",
        links=[(1, "j", "h", "risk in neglect cases identified rather than routed away (report "
                "para 5)"),
               (3, "j", "m", "a proportionate decision on each contact, by risk")])
    add("KIP-010", "Risk: neglect and domestic abuse",
        "New section in assessments and conference reports: \u2018What are we worried about "
        "over time?\u2019, so that a long history of neglect or abuse is weighed and not just "
        "the latest incident.",
        "AD Safeguarding", "30.06.2019", "On track",
        links=[(1, "j", "h", "the longer-term impact of abuse and neglect weighed in every "
                "assessment")])

    # Pre-proceedings (PLO) (R2)
    add("KIP-011", "Pre-proceedings (PLO)",
        "Letter before proceedings rewritten: each worry listed with what has to change, how we "
        "will know it has, and the date it must happen by.",
        "Legal Services / HoS CP", "28.02.2019", "Complete",
        links=[(2, "j", "h", "families told what must change and by when")])
    add("KIP-012", "Pre-proceedings (PLO)",
        "Every pre-proceedings meeting to end with a plain-English written agreement that the "
        "family takes away.\nReviewed with the family at 6 and 12 weeks.",
        "HoS CP", "31.03.2019", "On track",
        links=[(2, "j", "h", "a written agreement in plain English: clarity for the family in "
                "pre-proceedings")])
    add("KIP-013", "Pre-proceedings (PLO)",
        "PLO tracker kept by legal and social care; any child in pre-proceedings for more than "
        "16 weeks goes back to the Legal Gateway Panel for a decision.",
        "Legal Services / HoS CP", "monthly", "On track",
        links=[(2, "j", "m", "the 'by when' of pre-proceedings kept to (report para 8: too "
                "long in PLO)")])

    # Assessment and planning (R4; one also R10); the passing mention of R8
    add("KIP-015", "Assessment and planning",
        "Relaunch \"Kelverdale Standards\" for assessments and plans: every plan to say what "
        "needs to happen, who will do it and by when.\nContingency plans to be specific to the "
        "child.",
        "Principal SW", "30.04.2019", "On track",
        links=[(4, "j", "h", "standards for the quality of assessments and plans")])
    add("KIP-016", "Assessment and planning",
        "Monthly audit of 40 cases by senior managers, done alongside the social worker, with a "
        "learning briefing to all teams each quarter.",
        "Head of QA", "monthly", "On track",
        links=[(4, "j", "m", "the quality of practice checked and fed back")])
    add("KIP-017", "Assessment and planning",
        "Care plan template for children in care rewritten, with health, education, identity "
        "and family time each given named actions (life-story work to follow in the next "
        "version).",
        "HoS Children in Care", "30.09.2019", "Not started",
        links=[(4, "j", "h", "plans for children in care with actions that can be carried "
                "out")])
    add("KIP-021", "Assessment and planning",
        "Team managers to check in each supervision that the actions in every child's plan have "
        "been done by the date set, and record what happens if not.",
        "Team Managers", "ongoing", "On track",
        links=[(4, "j", "h", "the implementation of plans checked"),
               (10, "j", "m", "supervision that gives direction on each child's plan")])

    # Child protection partnership (R5)
    add("KIP-018", "Child protection partnership",
        "Strategy discussions to include police, health and the child's school every time, and "
        "to end with a written safety plan agreed by all of them.",
        "HoS CP; DI Safeguarding (Police)", "31.03.2019", "At risk",
        links=[(5, "j", "h", "strategy meetings with every partner and a defined safety plan "
                "(report para 4)")])
    add("KIP-019", "Child protection partnership",
        "Initial child protection conferences held within 15 working days of the strategy "
        "discussion, with the Safeguarding Unit chasing any at risk of delay each week.",
        "IRO Service Manager", "30.04.2019", "On track",
        links=[(5, "j", "h", "conferences held without delay")])
    add("KIP-020", "Child protection partnership",
        "Core groups every four weeks and child in need reviews every three months, booked by "
        "business support when the plan starts; the chair tells the team manager when one is "
        "missed.",
        "Business Support Manager", "31.03.2019", "On track",
        links=[(5, "j", "h", "core groups and child in need reviews held regularly")])

    # Vulnerable groups (R6, two of its three asks)
    add("KIP-022", "Vulnerable groups",
        "Joint protocol with Housing Options: any 16 or 17 year old who presents as homeless "
        "gets a social work assessment the same day and is told about their right to become "
        "looked after.",
        "Housing Options Manager; HoS Adolescents", "31.03.2019", "Complete",
        links=[(6, "j", "h", "homeless 16 and 17 year olds assessed and told their rights")])
    add("KIP-023", "Vulnerable groups",
        "Private fostering: a named social worker for all arrangements, each one assessed "
        "within 42 days and visited every six weeks.\nPublicity for schools, GPs and language "
        "schools about telling us.",
        "HoS Children in Need", "30.06.2019", "On track",
        links=[(6, "j", "h", "children privately fostered assessed and visited")])

    # Placements and sufficiency (R7)
    add("KIP-025", "Placements and sufficiency",
        "Sufficiency strategy 2019-22 to Executive, setting out how many local foster, "
        "residential and supported homes we need and where.",
        "Commissioning Manager", "30.06.2019", "Not started",
        links=[(7, "j", "h", "the council's plan for enough local placements")])
    add("KIP-026", "Placements and sufficiency",
        "\u00a31.4m capital to open two four-bed children\u2019s homes in Kelverdale, so that "
        "fewer children live out of the district.",
        "Head of Commissioning", "31.03.2020", "Not started",
        links=[(7, "j", "h", "more homes for children in the district")])
    add("KIP-027", "Placements and sufficiency",
        "Fostering recruitment campaign for 30 new households, with a higher fee for carers who "
        "take teenagers or brothers and sisters.",
        "Fostering Service Manager", "31.12.2019", "On track",
        links=[(7, "j", "h", "more local foster homes, for the children hardest to place")])

    # Workforce and supervision (R10); a decoy for the unanswered R9
    add("KIP-028", "Workforce and supervision",
        "Supervision policy relaunched: every social worker supervised monthly, the record on "
        "Lantern within five working days and a clear next step set for each child.",
        "Principal SW", "28.02.2019", "Complete",
        links=[(10, "j", "h", "regular supervision that gives direction")])
    add("KIP-029", "Workforce and supervision",
        "Fortnightly group reflective sessions in each locality, led by a clinical psychologist, "
        "where social workers bring a child they are stuck with.",
        "AD Safeguarding", "30.04.2019", "On track",
        links=[(10, "j", "h", "regular reflective supervision in groups")])
    add("KIP-031", "Workforce and supervision",
        "Completion of mandatory training (safeguarding refresher, data protection, Lantern) for "
        "all social work staff reported monthly to the Workforce Board.",
        "Workforce Dev Manager", "monthly", "On track")

    # Business as usual (orphans; a decoy for R9, the ask decoy for R6)
    add("KIP-033", KV_BAU,
        "Foster carers' council tax: 100% discount for approved foster carers living in "
        "Kelverdale.",
        "Revenues Manager", "01.04.2019", "On track")
    add("KIP-034", KV_BAU,
        "Monitoring of agency staff spend with oversight by the Children's Finance Board; "
        "monthly report to DCS.",
        "Finance BP", "monthly", "")
    add("KIP-035", KV_BAU,
        "Return home interviews contract re-tendered, with the new provider starting in April.",
        "Commissioning Manager", "", "At risk")
    add("KIP-036", KV_BAU,
        "Lantern upgrade to version 6 and tablets for all social workers for recording on "
        "visits.",
        "ICT Business Partner", "tbc", "Not started")
    add("KIP-038", KV_BAU,
        "Children in Care Council to meet monthly with the Lead Member, and \u2018Kelverdale "
        "Voices\u2019 newsletter relaunched.",
        "", "ongoing", "On track")
    add("KIP-039", KV_BAU,
        "Youth Offending Service moves to Wexcombe House.",
        "YOS Manager", "Q2 2019/20", "Not started")
    add("KIP-040", KV_BAU,
        "Care leavers\u2019 drop-in at the Foundry hub extended to Saturday mornings.",
        "Leaving Care TM", "31.03.2019", "Complete")
    return acts


KV = {
    "name": "kelverdale", "ext": "csv", "report": BD_REPORT, "recs": bd_recs,
    "pages": BD_PAGES, "council": "Kelverdale Metropolitan District Council",
    "actions": kv_actions, "bounds": (25, 40),
    "expected": {1: "covered", 2: "covered", 3: "covered", 4: "covered", 5: "covered",
                 6: "weak", 7: "covered", 8: "weak", 9: "uncovered", 10: "covered"},
    "unanswered": [9], "passing": [8], "partial": [6],
    "orphans": [25, 26, 27, 28, 29, 30, 31, 32],
    "miscited": [],
    "passing_phrase": {8: (13, "life-story work to follow in the next version")},
    "mentions": {},
    "decoys": {9: [25, 26]},
    "ask_decoys": {6: [27]},
    "asks": {1: [("the identification and response to risk: the longer-term impact of "
                  "domestic abuse", [5, 7]),
                 ("the identification and response to risk: the longer-term impact of neglect",
                  [4, 6, 7])],
             3: [("the prioritisation and timely, proportionate response to contacts",
                  [1, 2, 6]),
                 ("gaining parental consent", [3])],
             5: [("strategy meetings", [15]),
                 ("child protection conferences", [16]),
                 ("core groups", [17]),
                 ("child in need reviews", [17])],
             6: [("the response to children aged 16 to 17 who present as homeless", [18]),
                 ("the response to children privately fostered", [19]),
                 ("the oversight and monitoring of allegations against professionals working "
                  "with children", [])]},
    "notes": "",  # set below (kv_notes)
}

KV_NOTES = (
    "CSV exported from Excel on a European-locale PC: semicolon delimiter, Windows-1252 "
    "(cp1252) bytes, CRLF at the end of each row. Three metadata lines come first: 'Report: "
    "Improvement Plan;;;;', 'Exported: 14.02.2019 09:12;;;;' and an empty line; then the header "
    "'Ref;Area;Action;Responsible;Deadline;Status;;' and {n} data rows, one action a row. Every "
    "row from the header on ends with two empty trailing columns (';;'). Fields are quoted "
    "where they hold a semicolon, a straight double quote (written doubled) or a line break; "
    "others are bare. Four Action cells hold a line break (LF, typed with Alt+Enter) inside "
    "the quotes: action 2 (KIP-002, 'Stop the full duty review'), action 9 (KIP-012, 'Every "
    "pre-proceedings meeting'), action 11 (KIP-015, 'Relaunch') and action 19 (KIP-023, "
    "'Private fostering: a named social worker'); the break is inside the action (its second "
    "line says more of the same action) and 'text' reads it as one space. Action 11 also "
    "holds straight double quotes, exported doubled inside the quoted field. Curly quotes, "
    "apostrophes and the pound sign are cp1252 bytes (0x91, 0x92, 0xA3) "
    "where the cell was pasted from Word; cells typed in Excel keep straight apostrophes. "
    "'row' is the Ref cell ('KIP-001' ...; the tracker's own item numbers, with gaps where "
    "items were deleted, and not always ascending down the sheet: KIP-021 stands among "
    "KIP-015 to KIP-017), never a recommendation number. 'section' is the Area cell (the "
    "council's own workstream names, the rows grouped by it), 'objective' null. 'text' is the "
    "Action cell, 'leads_raw' the Responsible cell as written (two people joined by '; ' or "
    "' / ', '' where empty), 'date_raw' the Deadline cell as exported: a date dd.mm.yyyy "
    "('31.03.2019') or the word typed ('monthly', 'ongoing', 'tbc', 'Q2 2019/20'), '' where "
    "empty. The Status cell ('Complete', 'On track', 'At risk', 'Not started', or empty) is "
    "not part of the action. Empty Responsible: orphan 30 (KIP-038, 'Children in Care "
    "Council'); empty Deadline: orphan 28 (KIP-035, 'Return home interviews'). Nothing cites a "
    "recommendation number: explicit_refs is [] everywhere and every link is judged. Hard "
    "unanswered: R9 (completion of mandatory training for all foster carers): nothing is aimed "
    "at it; orphan 25 (KIP-031, 'Completion of mandatory training') is the completion of "
    "mandatory training by social work staff, and orphan 26 (KIP-033, 'Foster carers' council "
    "tax') is a council tax discount for foster carers; both share R9's words and neither "
    "touches foster carers' training. Passing: R8 (the provision of life-story work for all "
    "children in care) is touched only by action 13 (KIP-017, 'Care plan template for children "
    "in care rewritten', aimed at R4), which ends '(life-story work to follow in the next "
    "version)': put off, nothing done now; weak, no link. Partly answered (see asks): R6: "
    "homeless 16 and 17 year olds are answered by action 18 (KIP-022, 'Joint protocol with "
    "Housing Options') and children privately fostered by action 19 (KIP-023, 'Private "
    "fostering'); the oversight and monitoring of allegations against professionals by "
    "nothing (no action names allegations or the designated officer); ask decoy: orphan 27 "
    "(KIP-034, 'Monitoring of agency staff spend with oversight') is about money; weak. "
    "Answered: R1 by actions 4-7 (KIP-005 to KIP-010: the Graded Care Profile 2, practice days "
    "on years of domestic abuse, neglect referrals no longer routed to early help, a section "
    "on worries over time), R2 by actions 8-10 (KIP-011 to KIP-013), R3 by actions 1-3 "
    "(KIP-001 to KIP-004) and action 6 (KIP-009, also R1), R4 by actions 11-14 (KIP-015 to "
    "KIP-021), R5 by actions 15-17 (KIP-018 to KIP-020), R7 by actions 20-22 (KIP-025 to "
    "KIP-027), R10 by actions 23 and 24 (KIP-028, KIP-029) and action 14 (KIP-021, team "
    "managers checking plans in supervision, also R4). Asks are recorded for R1, R3, R5 and "
    "R6. Orphans 25-32: the mandatory training row of 'Workforce and supervision' and the "
    "whole of 'Business as usual' (also return home interviews, the Lantern upgrade, the "
    "Children in Care Council, the youth offending service's move, the care leavers' "
    "drop-in). 'action N' means kelverdale-N, numbered down the file: 1-3 Front door and MASH, "
    "4-7 Risk, 8-10 Pre-proceedings, 11-14 Assessment and planning, 15-17 Child protection "
    "partnership, 18-19 Vulnerable groups, 20-22 Placements and sufficiency, 23-25 Workforce "
    "and supervision, 26-32 Business as usual. The plan's own names: Lantern (case record), "
    "Kelverdale Standards, the Legal Gateway Panel, Moorside Women's Refuge, Wexcombe House, "
    "the Foundry hub, Kelverdale Voices.")


def kv_notes():
    return KV_NOTES.format(n=len(kv_actions()))


KV["notes"] = kv_notes()


PLANS = [OR, KV]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations
# ---------------------------------------------------------------------------------------------

def build_ar(plan, set_name="ar"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

OR_INTRO = [
    "In September 2025 our services for children were judged outstanding overall. Inspectors "
    "asked us to do one thing better: how we identify and respond to neglect. This plan is "
    "the practice leadership team's working document for that, kept in Google Docs so that "
    "owners can update it themselves.",
    "Owners tick the Done? box when an action is finished. Please do not delete rows: if an "
    "action is not going ahead, mark it with a cross and say why at the next meeting.",
    "Done? \u2610 = open, \u2611 = done, \u2612 = not going ahead",
]
OR_HEADER = ("Theme", "Action", "Owner", "Target", "Done?")
OR_WIDTHS = (2.9, 8.0, 1.6, 2.1, 1.3)  # cm
OR_BULLET_NUM = 23  # the numbering instance (and abstractNum) of the steps' bullet list


def _gd_run(p, text, bold=False, size=11):
    """A run as Google Docs exports it: Arial named in all four font slots, its size set."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run = p.add_run(text)
    rpr = run._r.get_or_add_rPr()
    fonts = OxmlElement("w:rFonts")
    for slot in ("w:ascii", "w:cs", "w:eastAsia", "w:hAnsi"):
        fonts.set(qn(slot), "Arial")
    rpr.insert(0, fonts)
    run.bold = bold or None
    run.font.size = Pt(size)
    return run


def _gd_para(container, text="", bold=False, size=11, after=0):
    """A Normal paragraph with Google Docs' spacing (line 1.15, no space before)."""
    from docx.shared import Pt

    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(after)
    pf.line_spacing = 1.15
    if text:
        _gd_run(p, text, bold=bold, size=size)
    return p


def _gd_bullets(doc):
    """A bullet list as Google Docs writes one in numbering.xml ('\u25cf', '\u25cb',
    '\u25a0' at levels 0-2)."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{g}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr>'
        '<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>'
        for i, g in enumerate(("\u25cf", "\u25cb", "\u25a0")))
    numbering = doc.part.numbering_part.element
    absn = parse_xml(f'<w:abstractNum {w} w:abstractNumId="{OR_BULLET_NUM}">'
                     f'<w:lvl w:ilvl="99"/></w:abstractNum>'.replace(
                         '<w:lvl w:ilvl="99"/>', lvls))
    first_num = numbering.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {w} w:numId="{OR_BULLET_NUM}">'
                               f'<w:abstractNumId w:val="{OR_BULLET_NUM}"/></w:num>'))


def _gd_table(doc, rows, cols, widths):
    """A table as Google Docs exports it: no table style, fixed layout, explicit single black
    borders, the column widths in the grid and on every cell."""
    from docx.oxml import parse_xml
    from docx.shared import Cm

    t = doc.add_table(rows=rows, cols=cols)
    tblpr = t._tbl.tblPr
    for old in tblpr.findall(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblStyle"):
        tblpr.remove(old)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    tblpr.append(parse_xml(f'<w:tblLayout {w} w:type="fixed"/>'))
    tblpr.append(parse_xml(
        f'<w:tblBorders {w}>' + "".join(
            f'<w:{s} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))
    t.autofit = False
    for row in t.rows:
        for cell, wd in zip(row.cells, widths):
            cell.width = Cm(wd)
    for col, wd in zip(t.columns, widths):
        col.width = Cm(wd)
    return t


def _cell_text(cell, text, bold=False, size=10):
    """The cell's one paragraph holding ``text`` ("" an empty paragraph, as Google Docs leaves
    an empty cell)."""
    from docx.shared import Pt

    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    if text:
        _gd_run(p, text, bold=bold, size=size)
    return p


def write_or(plan, acts, path):
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.54 if "top" in side or "bottom" in side else 2.5))
    _gd_bullets(doc)

    _gd_para(doc, "Orrinsford Children\u2019s Services", bold=True, size=14)
    _gd_para(doc, "Neglect Practice Plan 2025\u201326", bold=True, size=14, after=6)
    _gd_para(doc, "Last edited 9 January 2026 \u2013 comments to LW", size=9, after=6)
    _gd_para(doc, "Why this plan", bold=True, size=14, after=4)
    for text in OR_INTRO:
        _gd_para(doc, curly(text), after=6)
    _gd_para(doc, "Our actions", bold=True, size=14, after=4)

    table = _gd_table(doc, 1 + len(acts), len(OR_HEADER), OR_WIDTHS)
    for cell, h in zip(table.rows[0].cells, OR_HEADER):
        _cell_text(cell, h, bold=True)
        shade(cell, "D9EAD3")
    steps = 0
    for k, a in enumerate(acts, 1):
        x = a["extra"]
        cells = table.rows[k].cells
        first = k == 1 or acts[k - 2]["extra"]["theme"] != x["theme"]
        _cell_text(cells[0], a["section"] if first else "", bold=True)
        _cell_text(cells[1], a["text"])
        for s in x["steps"]:
            p = cells[1].add_paragraph()
            num = p._p.get_or_add_pPr().get_or_add_numPr()
            num.get_or_add_ilvl().val = 0
            num.get_or_add_numId().val = OR_BULLET_NUM
            p.paragraph_format.space_before = Pt(0)
            p.paragraph_format.space_after = Pt(0)
            _gd_run(p, s, size=10)
            steps += 1
        _cell_text(cells[2], a["lead"])
        _cell_text(cells[3], a["date"])
        _cell_text(cells[4], OR_DONE[x["done"]], size=12)
    # the Theme cell merged down the rows of its theme, written once on the first
    start = 1
    merged = 0
    for g in _groups(acts, lambda a: a["extra"]["theme"]):
        top = table.cell(start, 0)
        if len(g) > 1:
            top = top.merge(table.cell(start + len(g) - 1, 0))
        assert top.text == g[0]["section"] and len(top.paragraphs) == 1, top.text
        start += len(g)
        merged += 1
    assert merged == len(OR_THEMES) and steps == _or_notes()[1], (merged, steps)

    _gd_para(doc, "")
    _gd_para(doc, "Key to initials", bold=True, size=14, after=4)
    key = _gd_table(doc, 1 + len(OR_KEY), 3, (2.0, 4.5, 9.4))
    for cell, h in zip(key.rows[0].cells, ("Initials", "Name", "Role")):
        _cell_text(cell, h, bold=True)
        shade(cell, "D9EAD3")
    for row, values in zip(key.rows[1:], OR_KEY):
        for cell, v in zip(row.cells, values):
            _cell_text(cell, curly(v))
    docx_props(doc, "", "Neglect Practice Plan 2025-26")
    doc.save(path)
    normalise_zip(path)


def _csv_field(value):
    """A field as Excel writes it to CSV with a semicolon list separator."""
    if any(c in value for c in ';"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def kv_bytes(acts):
    """The exported file: metadata lines, header, rows, each ending with ';;', CRLF."""
    lines = list(KV_META)
    lines.append(";".join(KV_HEADER) + ";;")
    for a in acts:
        x = a["extra"]
        fields = [a["row"], a["section"], x["cell"], a["lead"], a["date"], x["status"]]
        lines.append(";".join(_csv_field(f) for f in fields) + ";;")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def write_kv(plan, acts, path):
    data = kv_bytes(acts)
    path.write_bytes(data)


WRITERS = {"orrinsford": write_or, "kelverdale": write_kv}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    # Manchester has a single item: it is the partly answered one
    "orrinsford": dict(unanswered=0, passing=0, partial=1, miscited=0, orphans=(6, 12)),
    "kelverdale": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(4, 12)),
}


def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's block (when the PDF is at hand), with nothing but the item's label
    before each, and nothing after the last."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]
        assert r["page"] in plan["pages"], r["number"]
    spec = BLOCKS[plan["report"]]
    for r, gap in zip(recs, transcribed_gaps(plan, recs, spec) or ()):
        assert gap == spec["label"](r["number"]), (r["number"], gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


# the unanswered ask of Orrinsford's R1 (what is done once neglect is known)
OR_RESPONSE = re.compile(r"respon|escalat|supervis|risk assess|reduc|review|\bplans?\b|drift|"
                         r"legal|proceedings|step.?up|update", re.I)


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
        assert phrase in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # a recommendation's word used by an orphan (the passing trap where the report has too few
    # recommendations for a passing one)
    for n, (k, phrase) in plan["mentions"].items():
        a = ids[pid[k]]
        assert phrase in a["text"] and phrase in rec_text[f"R{n}"].lower(), (name, n)
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
    # the notes' "action N ('words" / "orphan N (KIP-0NN, 'words" quote action N's own words
    quoted = re.findall(r"\b(?:actions?|orphans?) (\d+) \((?:(KIP-\d{3}), )?'([^']+)",
                        _plain(d["notes"]), re.I)
    assert len(quoted) >= 8, (name, quoted)
    for n, ref, words in quoted:
        assert words in _plain(ids[f"{name}-{n}"]["text"]), (name, n, words)
        assert not ref or ids[f"{name}-{n}"]["row"] == ref, (name, n, ref)
    for n in re.findall(r"\borphans? (\d+)\b", d["notes"]):
        assert f"{name}-{n}" in d["orphans"], (name, n)
    for a in acts:
        assert "\n" not in a["text"] and "\t" not in a["text"], (name, a["id"])
        assert not re.search(r"[<>&*_#`]|\u00a0|\u2022", a["text"]), a["id"]
        assert not re.search(r"[<>*_#`\t\n]|\u00a0", a["leads_raw"] + a["date_raw"]), a["id"]
        assert not re.search(r"\b(rec|recs|recommendations?|ofsted|inspect\w*|afi)\b",
                             a["text"], re.I), a["id"]
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
        assert a["objective"] is None and not a["explicit_refs"], a["id"]
    assert all(l["source"] == "judged" for l in gold["links"]), name
    # at least a third of the links share at most one distinctive word with the
    # recommendation they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # leads and dates: varied, a few missing
    assert any(not a["leads_raw"] for a in acts) and any(not a["date_raw"] for a in acts), name
    assert len({a["date_raw"] for a in acts}) >= len(acts) // 3, name
    for i, a in enumerate(acts, 1):  # the notes name each action with an empty lead or date
        if not a["leads_raw"] or not a["date_raw"]:
            assert re.search(rf"\b(action|orphan) {i} \(", d["notes"]), (name, i)
    for r, s in gold["expected"].items():  # fully answered recommendations: 2-8 actions
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 8, (name, r, len(per_rec[r]))
    if name == "orrinsford":
        check_or(gold, plan, acts, x, mine)
    if name == "kelverdale":
        check_kv(gold, plan, acts, x, mine)
    return True


def check_or(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    themes = [g[0]["theme"] for g in _groups(x, lambda e: e["theme"])]
    assert themes == sorted(OR_THEMES), themes
    for t in OR_THEMES.values():
        assert not re.search(r"\d|recommend|ofsted", t, re.I), t
    known = {k for k, _, _ in OR_KEY}
    for a, e in zip(acts, x):
        assert a["section"] == curly(OR_THEMES[e["theme"]]) and a["row"] is None, a["id"]
        # owners: initials only, joined by ' / '; every initial in the key but 'TMs'
        if a["leads_raw"]:
            assert re.fullmatch(r"[A-Z]{2}s?( / [A-Z]{2})*", a["leads_raw"]), a["id"]
            assert all(i in known or i == "TMs" for i in a["leads_raw"].split(" / ")), a["id"]
        assert e["done"] in OR_DONE, a["id"]
        for s in e["steps"]:  # a step is never an action, nor in one
            assert not any(s in b["text"] for b in acts), s
        if e["theme"] == OR_OTHER:
            assert a["id"] in d["orphans"], a["id"]
        else:  # every linked action is about seeing neglect, none about what is done after
            assert mine[a["id"]] == {"R1"}, a["id"]
            assert not OR_RESPONSE.search(a["text"]), a["id"]
    assert {a["id"] for a, e in zip(acts, x) if e["theme"] == OR_OTHER} == set(d["orphans"])
    leads = [a["leads_raw"] for a in acts]
    assert "TMs" in leads and any(" / " in v for v in leads) and "" in leads, leads
    assert sum(1 for v in leads if v == "TMs") == 1
    assert "'TMs'" in d["notes"], name
    # the glyphs: all three; the one 'not going ahead' row an orphan named in the notes
    assert {e["done"] for e in x} == set(OR_DONE), name
    dropped = [i for i, e in enumerate(x, 1) if e["done"] == "dropped"]
    assert len(dropped) == 1 and f"{name}-{dropped[0]}" in d["orphans"], dropped
    assert f"orphan {dropped[0]} (" in d["notes"], dropped
    # steps: under three actions, linked ones, 2-3 each; the notes say where and how many
    with_steps, n, word = _or_notes()
    assert all(mine[f"{name}-{i}"] for i in with_steps) and 2 <= n // len(with_steps) <= 3
    assert f"{word} steps in all" in d["notes"] and "In three Action cells a bulleted" in d["notes"]
    for i in with_steps:
        assert re.search(rf"action {i} \(('|the ')", d["notes"]), i
    # R1 stands in the ask decoys' words but not in the linked actions' (at most 'neglect')
    rec = gold["recommendations"][0]["text"]
    for a in acts:
        if mine[a["id"]]:
            assert len(_words(a["text"]) & _words(rec)) <= 1, a["id"]
    assert gold["expected"] == {"R1": "weak"} and d["partial"] == ["R1"], name
    dates = [a["date_raw"] for a in acts]
    for pat in (r"[A-Z][a-z]{2} 20\d\d", r"Q\d \d\d/\d\d", r"\d\d/\d\d/20\d\d", "Quarterly",
                "monthly", "ongoing", "tbc", ""):
        assert any(re.fullmatch(pat, v) for v in dates), pat
    # the introduction names nothing of the unanswered ask as work to be done
    assert not any(re.search(r"escalat|supervis|risk assess", t, re.I) for t in OR_INTRO)


def check_kv(gold, plan, acts, x, mine):
    name, d = plan["name"], gold["design"]
    areas = [g[0] for g in _groups([a["section"] for a in acts], lambda s: s)]
    assert areas == KV_AREAS, areas
    for t in KV_AREAS:
        assert not re.search(r"recommend|ofsted|\d", t, re.I), t
    # refs: the tracker's numbers, unique, with gaps, one out of order
    refs = [a["row"] for a in acts]
    nums = [int(r[4:]) for r in refs]
    assert all(re.fullmatch(r"KIP-\d{3}", r) for r in refs) and len(set(refs)) == len(refs)
    assert nums != sorted(nums) and max(nums) > len(nums), nums
    # what each area answers
    answered = {}
    for a in acts:
        answered.setdefault(a["section"], set()).update(mine[a["id"]])
    assert answered == {"Front door and MASH": {"R3"}, "Risk: neglect and domestic abuse":
                        {"R1", "R3"}, "Pre-proceedings (PLO)": {"R2"},
                        "Assessment and planning": {"R4", "R10"},
                        "Child protection partnership": {"R5"}, "Vulnerable groups": {"R6"},
                        "Placements and sufficiency": {"R7"},
                        "Workforce and supervision": {"R10"}, KV_BAU: set()}, answered
    bau = {a["id"] for a in acts if a["section"] == KV_BAU}
    assert bau < set(d["orphans"]) and len(set(d["orphans"]) - bau) == 1, name
    # the file: what the notes promise about it, read from the bytes written (not the gold)
    data = kv_bytes(plan["actions"]())
    text = data.decode("cp1252")
    assert text.startswith("Report: Improvement Plan;;;;\r\nExported: 14.02.2019 09:12;;;;\r\n"
                           "\r\nRef;Area;Action;Responsible;Deadline;Status;;\r\n"), text[:120]
    rows = text.split("\r\n")[4:-1]
    assert len(rows) == len(acts) and all(r.endswith(";;") for r in rows), name
    assert text.count("\r\n") == len(acts) + 4, name  # no CR inside a cell
    breaks = [i for i, e in enumerate(x, 1) if "\n" in e["cell"]]
    assert len(breaks) == 4 and text.count("\n") - text.count("\r\n") == 4, breaks
    for i in breaks:
        assert re.search(rf"action {i} \(KIP-\d{{3}}, '", d["notes"]), i
    assert "Four Action cells hold a line break" in d["notes"], name
    for b in (b"\x91", b"\x92", b"\xa3"):  # cp1252 bytes for curly quotes and the pound sign
        assert b in data, b
    assert b'""Kelverdale Standards""' in data, name
    quoted_leads = [a["leads_raw"] for a in acts if ";" in a["leads_raw"]]
    assert len(quoted_leads) >= 3, quoted_leads
    assert any(";" in a["text"] for a in acts), name
    for a, e in zip(acts, x):
        assert a["text"] == e["cell"].replace("\n", " "), a["id"]
        assert e["status"] not in a["text"] or not e["status"], a["id"]
    assert {e["status"] for e in x} == set(KV_STATUS), name
    # deadlines: dates as dd.mm.yyyy and words
    dates = [a["date_raw"] for a in acts]
    for pat in (r"\d\d\.\d\d\.20\d\d", "monthly", "ongoing", "tbc", r"Q\d 20\d\d/\d\d", ""):
        assert any(re.fullmatch(pat, v) for v in dates), pat
    assert not any(re.fullmatch(r"\d\d/\d\d/\d{4}|\d{4}-\d\d-\d\d", v) for v in dates), name
    # the unanswered R9, the unanswered ask of R6 and the passing R8: nothing linked speaks of
    # training foster carers, of allegations, or of life-story work (but action 13)
    for a in acts:
        if mine[a["id"]]:
            assert not (re.search(r"train", a["text"], re.I) and re.search(r"foster", a["text"],
                                                                            re.I)), a["id"]
            assert not re.search(r"mandatory|allegation|LADO|designated officer", a["text"],
                                 re.I), a["id"]
            assert "life-story" not in a["text"] or a["id"] == f"{name}-13", a["id"]
        assert "life story" not in a["text"].lower(), a["id"]


if __name__ == "__main__":
    main(sys.argv[1:], "ar", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_ar)
