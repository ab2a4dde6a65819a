"""Write the sealed coverage evaluation set "bf": two fictional improvement plans, each answering
one real Ofsted report, and the hand-written gold annotation of each plan.

    python scripts/make_coverage_plans_bf.py            # writes documents and gold
    python scripts/make_coverage_plans_bf.py --check    # only runs the consistency checks

Documents: corpus/coverage/bf/<name>.<ext>      Gold: corpus/gold/coverage/bf/<name>.json

The two documents imitate what councils' own systems produce: an Excel workbook laid out as
ACTION CARDS IN ROWS rather than a table (one sheet; a title block at the top whose lines also
stand as label | value pairs in columns A and B; then, for each action, a block of six rows in
columns A and B, A the field name in bold and B its value: 'Action ref' | 'Action' | 'Lead
officer' | 'Deadline' | 'Ofsted recommendation' | 'Progress', then one empty row, then the next
card; each theme a merged, shaded row across A:B above its cards, "Theme 2: Permanence"; several
'Action' values run over two or three lines inside the cell (Alt+Enter); 'Deadline' a real Excel
date in some cards and text in others, "End of March 2018", "tbc", "Ongoing"; 'Ofsted
recommendation' blank on most cards and "Rec 1", "Recommendation 3", "2", "R4" on a few; a
'Last updated by' line at the bottom), and a Word document saved as "Web Page (.htm)", not
filtered (the xmlns:o / xmlns:w namespaces, document properties in an <xml> island, a <style>
block of Mso classes and @list definitions, bullets written as Symbol-font characters inside
<!--[if !supportLists]--> conditional comments, <o:p></o:p> everywhere, spans carrying mso-
styles, windows-1252 encoding, CRLF line ends and source lines wrapped at about 78 columns; a
RAG key as a bulleted list before the table; ONE table of class MsoTableGrid, columns Ref |
Action | Lead | Target date | RAG, whose Action cells hold several list-paragraph bullets, each a
separate action; a row's Lead and Target date apply to every bullet of the row, except in rows
whose Lead and Target date cells read "See each action", where each bullet closes with its own
"(<lead> – <date>)"; two rows hold a single plain paragraph instead of bullets; a few paragraphs
after the table).

The plan content below is data. Each action carries its gold annotation, written by hand when
the action was written (which recommendation(s) it is aimed at, explicit or judged, how
confidently, and why); the gold files are assembled from that data and the per-plan design notes
by the shared helpers in scripts/_coverage_sets.py, never by reading the generated documents
back, and no extractor code is imported or run (extractor.shared_dir is used only, through
transcribed_gaps/report_text, to find ../shared for the transcription check).

Recommendation texts: the local-authority items of both reports were transcribed by hand from
the report PDFs (text read with pypdfium2) for this set and are held below as data (CM_RECS,
LC_RECS), word for word, lines broken by the PDF joined, the reports' curly apostrophes kept;
they are passed to build_gold(recs=...). Both reports are 2013-2017 single inspection framework
reports whose local-authority list is headed "Recommendations" (not "Areas for improvement");
the safeguarding board's own "Recommendations", later in each report, are left out. Nothing is
written into corpus/gold/reports.

Annotation shorthand used in the data:
    links=[(3, "e", "h", "why")]   action is aimed at R3; "e" explicit (the card's 'Ofsted
                                   recommendation' cites 3 and the text supports it) or "j"
                                   judged; "h" high / "m" medium
The workbook cites a recommendation on six cards, each link of those cards explicit; every
other link is judged. The web page cites no recommendation number, so all its links are judged.
Nothing is mis-cited. Actions with no links are orphans (see each plan's design notes). Design
lists and asks name an action by its number N (the action is <name>-N), numbered down the
document.

All councils, places, people, teams, systems, charities and local programmes are fictional
(national schemes and terms such as the ASYE, special guardianship, foster to adopt, personal
education plans, the virtual school, MARAC or initial health assessments are named as councils
name them); no real person is named. Output is deterministic: the workbook's core properties
are fixed and every zip member is written with a fixed timestamp; the web page is plain text
written from the data.
"""

import html
import re
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _coverage_sets import A, build_gold, main, normalise_zip, FIXED  # noqa: E402
from _coverage_sets import curly, groups as _groups, transcribed_gaps  # noqa: E402
from _coverage_sets import words as _words  # noqa: E402

ABOUT = ("fictional plan written for linking/coverage evaluation; gold written before any tool ran "
         "on it; sealed held-out set")
BOUNDS = (20, 40)


# ---------------------------------------------------------------------------------------------
# Camden, inspection of services for children in need of help and protection, children looked
# after and care leavers, and review of the LSCB (single inspection framework), report published
# 24 November 2017 (good overall). "Recommendations", page 7 of the PDF: eight numbered items
# ("1." to "8."), all addressed to the local authority, numbered 1-8 as printed. The LSCB's own
# "Recommendations" (page 34) are left out. Lines broken by the PDF joined with a space; the
# curly apostrophe of R6 ("children's") kept. R1 is two sentences and is kept whole.
# ---------------------------------------------------------------------------------------------

CM_REPORT = "camden-80491/2017-11-24.pdf"
CM_PAGES = (7,)

CM_RECS = [  # (number, page, text)
    (1, 7, "The local authority should carefully and continually evaluate whether service "
           "provision for a small minority of children receiving statutory social work support "
           "is improving their adverse circumstances and reducing risks sufficiently quickly. "
           "Decisive management steps to consider the issue of care proceedings should be "
           "taken, where this is not demonstrated."),
    (2, 7, "Ensure that records of frontline management oversight and case directions are "
           "timely and of a consistently high quality."),
    (3, 7, "Ensure that performance information includes regular monitoring of the timeliness "
           "of visits to children who are the subject of early help referrals and child in need "
           "plans."),
    (4, 7, "Ensure that children, including those who are looked after, and their parents who "
           "receive social work services are able to readily access independent advocacy "
           "support."),
    (5, 7, "Ensure that all children who are looked after have the opportunity to access an "
           "independent visitor if they wish."),
    (6, 7, "Ensure that managers and social workers prioritise conducting initial health "
           "assessments for children who become looked after, so that children\u2019s health "
           "needs are understood and addressed at an earlier stage."),
    (7, 7, "Ensure that all care leavers are clear about their own health histories, and are "
           "also aware of any family health issues that may affect them as they go through "
           "life."),
    (8, 7, "Strengthen communication between the multi-agency public protection panel (MAPPA) "
           "and the multi-agency risk assessment conference (MARAC) and social work teams, to "
           "ensure that relevant recommendations and actions from the panels are recorded and "
           "pursued."),
]

# ---------------------------------------------------------------------------------------------
# City of London Corporation, inspection of services for children in need of help and
# protection, children looked after and care leavers, and review of the LSCB (single inspection
# framework), report published 20 September 2016 (good overall). "Recommendations", page 8 of
# the PDF: six numbered items, all addressed to the local authority, numbered 1-6 as printed;
# the LSCB's own recommendations, later in the report, are left out. Lines broken by the PDF
# joined with a space; the curly apostrophe of R2 ("managers'") and R1's "personal education
# plan (PEP)s" kept as printed.
# ---------------------------------------------------------------------------------------------

LC_REPORT = "london-corporation-80450/2016-09-20.pdf"
LC_PAGES = (8,)

LC_RECS = [
    (1, 8, "Further improve the quality and consistency of written plans for children, "
           "including early help plans, child in need plans, personal education plan (PEP)s and "
           "pathway plans. These should be clear and simple, fully integrate the views of "
           "children and young people and clearly state what is to be achieved by when."),
    (2, 8, "When families disengage from services and the threshold is not met to escalate the "
           "case further, ensure that any ongoing work is purposeful and that case records "
           "clearly evidence managers\u2019 rationale for ceasing or continuing support."),
    (3, 8, "Ensure that permanency planning records include a record of decisions about legal "
           "permanence for children, along with the rationale for these decisions."),
    (4, 8, "Expedite the provision of health histories for all care leavers."),
    (5, 8, "Increase opportunities for direct contact between children looked after, care "
           "leavers and councillors, and between these children and the chief executive, in "
           "order to establish even more meaningful personal relationships."),
    (6, 8, "Strengthen the inclusion of the perspective of children, families and partners in "
           "case auditing, in order to improve services."),
]

# where each list sits in its report: the words opening the block (the block runs to the end of
# the page), and what stands before each item: its number and a full stop
BLOCKS = {
    CM_REPORT: dict(start="Recommendations", end=None),
    LC_REPORT: dict(start="Recommendations", end=None),
}


def _recs(table):
    return [{"number": n, "addressee": "local authority", "text": t, "page": p}
            for n, p, t in table]


def cm_recs():
    return _recs(CM_RECS)


def lc_recs():
    return _recs(LC_RECS)


# ---------------------------------------------------------------------------------------------
# Plan 1: Fennbridge - an Excel workbook of action cards answering Camden 2017-11-24 (SIF, eight
# items). Theme rows merged across A:B; each card six label | value rows and an empty row.
# ---------------------------------------------------------------------------------------------

FB_THEMES = {  # number: the theme row as printed, in the workbook's order
    1: "Theme 1: Help that makes a difference",
    2: "Theme 2: Permanence",
    3: "Theme 3: Management grip",
    4: "Theme 4: Voice and advocacy",
    5: "Theme 5: Health",
    6: "Theme 6: Workforce and resources",
}
FB_FIELDS = ("Action ref", "Action", "Lead officer", "Deadline", "Ofsted recommendation",
             "Progress")


def fb_actions():
    acts = []

    def add(theme, lines, lead, due, cite="", progress="", links=()):
        """A card under theme ``theme``. ``lines``: the Action cell, one string or the lines of a
        cell broken with Alt+Enter (``text`` is the lines joined by a space); ``due`` a datetime
        (a real Excel date, shown dd/mm/yyyy) or the text typed; ``cite`` the 'Ofsted
        recommendation' cell as typed ("" blank); ``progress`` the Progress cell."""
        lines = [curly(s) for s in ([lines] if isinstance(lines, str) else lines)]
        k = sum(1 for a in acts if a["extra"]["theme"] == theme) + 1
        date_raw = due.strftime("%d/%m/%Y") if isinstance(due, datetime) else due
        refs = [int(n) for n in re.findall(r"\d+", cite)]
        acts.append(A(" ".join(lines), curly(lead), date_raw, links, refs, False,
                      row=f"{theme}.{k}", section=FB_THEMES[theme], objective=None,
                      theme=theme, lines=lines, due=due, cite=cite, progress=curly(progress)))

    d = datetime
    # Theme 1 - Help that makes a difference (R1, partly: the evaluation ask; R3); a passing
    # mention of R8 (MARAC) in the performance pack
    add(1, ["Set up a monthly \u2018Stuck Cases\u2019 panel chaired by the Head of Service.",
            "Each team brings every child who has been on a child in need or child protection "
            "plan for more than nine months where nothing has changed at home."],
        "Head of Service, Children in Need and Child Protection", d(2018, 1, 31), cite="Rec 1",
        progress="Panel met 14/12/2017 and 11/01/2018; 9 children discussed.",
        links=[(1, "e", "h", "children on statutory plans whose lives are not getting better "
                "found and looked at every month: the continual evaluation of whether the help "
                "is working")])
    add(1, "Add review points at three and six months to every child in need and child "
        "protection plan, asking what is different for the child and whether the danger is "
        "smaller.",
        "Principal Social Worker", "End of March 2018",
        links=[(1, "j", "h", "each plan checked at fixed points for change and for reduced "
                "risk: evaluating whether provision is improving things quickly enough")])
    add(1, "Quarterly dip sample by the Quality Assurance team of children open to statutory "
        "teams for over a year, looking for drift.",
        "Head of Quality Assurance", "Quarterly",
        links=[(1, "j", "m", "long-open statutory cases examined for drift: a check on whether "
                "the help is changing anything")])
    add(1, ["Weekly report of visits due and overdue for early help and child in need work, by "
            "team and worker.",
            "Added to the performance pack that already carries MARAC referral numbers."],
        "Performance and Business Intelligence Manager", d(2018, 2, 28),
        cite="Recommendation 3", progress="Report built; testing with two teams.",
        links=[(3, "e", "h", "the timeliness of visits for early help and child in need "
                "reported every week")])
    add(1, "Visit timeliness a standing item at the Director\u2019s monthly performance clinic.",
        "Director of Children\u2019s Services", "Monthly", progress="In place from December.",
        links=[(3, "j", "h", "timeliness of visits monitored regularly by senior leaders")])
    add(1, "Local standard for how often families are seen (early help every four weeks, "
        "children in need every six) built into Lyra so that due dates are worked out "
        "automatically.",
        "Lyra Systems Lead", "tbc", progress="Change request raised with supplier.",
        links=[(3, "j", "m", "due dates for visits held on the system so that lateness can be "
                "monitored")])

    # Theme 2 - Permanence (orphans: the decoys for R5 and for R1's unanswered ask among them)
    add(2, "Foster to adopt: approve six fostering households as early permanence carers and "
        "add early permanence to the adoption panel\u2019s terms of reference.",
        "Head of Fostering and Adoption", d(2018, 6, 30),
        progress="Three households in assessment.")
    add(2, "Re-procure the shared legal service that advises us on care proceedings and court "
        "work, within the current budget.",
        "Head of Legal Services", "End of March 2018")
    add(2, "A named support worker for every special guardian during the first year after the "
        "order is made.",
        "Head of Fostering and Adoption", "Ongoing")
    add(2, ["Family Time Centre: new visitor booking system and easier access for families.",
            "Contact sessions can be booked online from spring."],
        "Contact Services Manager", d(2018, 4, 30), progress="Not started")
    add(2, "Independent fostering agency placements for looked after children: join the "
        "sub-regional framework agreed with five neighbouring boroughs.",
        "Commissioning Manager", d(2018, 4, 1))

    # Theme 3 - Management grip (R2)
    add(3, ["New case direction form on Lyra.",
            "Every management decision is written in one place: what was decided, why, what "
            "happens next and by when."],
        "Principal Social Worker", d(2018, 2, 28), cite="2",
        progress="Form designed; go-live 26/02/2018.",
        links=[(2, "e", "h", "managers' case directions recorded in one place, to one "
                "standard")])
    add(3, "Team managers to put their directions on the child\u2019s file within two working "
        "days of every supervision.",
        "Heads of Service", "End of March 2018",
        links=[(2, "j", "h", "management oversight recorded promptly")])
    add(3, "Each month the Heads of Service read five directions per team and grade them "
        "against the new form\u2019s standard.",
        "Heads of Service", "Monthly",
        links=[(2, "j", "m", "the quality of recorded directions checked and graded")])
    add(3, ["Half-day workshop for all team managers and senior practitioners.",
            "What a good direction looks like, with examples from our own files.",
            "Repeated for new managers every six months."],
        "Workforce Development Manager", d(2018, 3, 15), progress="Booked 06/03 and 15/03.",
        links=[(2, "j", "h", "managers taught to write good case directions: consistently high "
                "quality")])
    add(3, "Group supervision in the systemic units to end with a written summary of the "
        "hypothesis and agreed next steps, placed on each child\u2019s file.",
        "Principal Social Worker", "Ongoing",
        links=[(2, "j", "m", "the oversight given in group supervision written onto the "
                "child's record")])

    # Theme 4 - Voice and advocacy (R4); two orphans
    add(4, "Commission one advocacy service open to children in need, children on protection "
        "plans, looked after children and their parents, from April 2018.",
        "Commissioning Manager", d(2018, 4, 1), cite="R4",
        progress="Tender closed 12/01/2018; evaluation under way.",
        links=[(4, "e", "h", "independent advocacy available to children, looked after "
                "children and parents")])
    add(4, "Every parent invited to an initial child protection conference gets the advocacy "
        "leaflet and phone number with the invitation.",
        "Safeguarding and Reviewing Service Manager", "End of March 2018",
        links=[(4, "j", "h", "parents told how to reach an advocate at the point they need "
                "one")])
    add(4, "Social workers to offer an advocate to every child before a conference or a looked "
        "after review, and record the offer and the answer.",
        "Heads of Service", "Ongoing",
        links=[(4, "j", "h", "children, including looked after children, offered an advocate "
                "routinely")])
    add(4, "Take-up of advocacy by children and by parents reported to the Corporate Parenting "
        "Board each quarter.",
        "Participation Officer", "Quarterly",
        links=[(4, "j", "m", "whether children and parents are really getting advocacy is "
                "tracked")])
    add(4, "Young inspectors to inspect two services a year, starting with the leaving care "
        "hub.",
        "Participation Officer", d(2018, 7, 31), progress="On track")
    add(4, "Children in Care Council to co-design the new Fennbridge pledge.",
        "", "tbc")

    # Theme 5 - Health (R6, R7)
    add(5, "Request for an initial health assessment sent to the children in care health team "
        "within two working days of a child coming into care, with consent signed on the "
        "day.",
        "Service Manager, Looked After Children", d(2018, 1, 31), cite="Rec 6",
        progress="Complete",
        links=[(6, "e", "h", "initial health assessments set in motion at once when a child "
                "comes into care")])
    add(5, ["Weekly tracker of every child waiting to be seen, reviewed with the designated "
            "nurse.",
            "Anyone not seen within 20 working days goes to the Head of Service."],
        "Service Manager, Looked After Children", "Weekly",
        links=[(6, "j", "h", "children waiting for their first health check chased every "
                "week")])
    add(5, "First health check timeliness added to the team managers\u2019 supervision "
        "checklist.",
        "Principal Social Worker", d(2018, 2, 28),
        links=[(6, "j", "m", "managers keeping the first health check in front of social "
                "workers: prioritising it")])
    add(5, ["Health passport for every young person at 17\u00bd.",
            "Their own health story, immunisations, and any health conditions known in the "
            "family, in a form they keep."],
        "Designated Nurse for Children in Care (CCG)", "End of March 2018", cite="7",
        progress="Draft passport with Children in Care Council for comment.",
        links=[(7, "e", "h", "care leavers given their own health history and what is known "
                "of family health")])
    add(5, "Personal advisers to go through the passport with each young person at the first "
        "pathway review after they turn 18.",
        "Leaving Care Service Manager", "Ongoing",
        links=[(7, "j", "h", "care leavers helped to understand their health history")])
    add(5, "Young people who have already left care without a health summary to be offered one "
        "by the children in care nurse.",
        "Leaving Care Service Manager", d(2018, 9, 30),
        links=[(7, "j", "h", "care leavers who missed out given their health history")])

    # Theme 6 - Workforce and resources (orphans)
    add(6, "Recruit ten newly qualified social workers to the ASYE programme for the September "
        "intake.",
        "HR Business Partner", d(2018, 9, 3))
    add(6, "Refresh the systemic practice foundation course for all new starters.",
        "Principal Social Worker", "Ongoing")
    add(6, "Move the front door team to the ground floor of Kestrel House.",
        "tbc", "Summer 2018")
    add(6, "Review the budget for unaccompanied asylum-seeking children against the new Home "
        "Office grant rates.",
        "Finance Business Partner", "End of March 2018")
    return acts


FB = {
    "name": "fennbridge", "ext": "xlsx", "report": CM_REPORT, "recs": cm_recs,
    "pages": CM_PAGES, "council": "London Borough of Fennbridge",
    "actions": fb_actions, "bounds": (25, 40),
    "expected": {1: "weak", 2: "covered", 3: "covered", 4: "covered", 5: "uncovered",
                 6: "covered", 7: "covered", 8: "weak"},
    "unanswered": [5], "passing": [8], "partial": [1],
    "orphans": [7, 8, 9, 10, 11, 21, 22, 29, 30, 31, 32],
    "miscited": [],
    "passing_phrase": {8: (4, "MARAC referral numbers")},
    "decoys": {5: [10, 11]},
    "ask_decoys": {1: [8]},
    "asks": {1: [("carefully and continually evaluate whether service provision for the small "
                  "minority of children receiving statutory social work support is improving "
                  "their circumstances and reducing risks quickly enough", [1, 2, 3]),
                 ("decisive management steps to consider care proceedings where that is not "
                  "demonstrated", [])],
             4: [("children, including looked after children, able to readily access "
                  "independent advocacy", [17, 19, 20]),
                 ("parents receiving social work services able to readily access independent "
                  "advocacy", [17, 18, 20])],
             7: [("care leavers clear about their own health histories", [26, 27, 28]),
                 ("care leavers aware of family health issues that may affect them", [26])]},
    "notes": (
        "XLSX, one sheet 'Action plan', laid out as ACTION CARDS IN ROWS, not as a table. Title "
        "block in rows 1-7: 'London Borough of Fennbridge', 'Children's Services Improvement "
        "Plan 2017-19', a line on the inspection of September-October 2017, then three label | "
        "value pairs in A and B ('Plan owner' | 'Director of Children's Services', 'Version' | "
        "'4.0', 'Reported to' | 'Improvement Board, monthly'): not actions. Then for each theme "
        "a row merged across A:B and shaded, reading 'Theme 1: Help that makes a difference' ... "
        "'Theme 6: Workforce and resources' ('section' is that row's text as printed), and "
        "under it its cards. A card is six rows, column A holding the field name in bold and B "
        "its value: 'Action ref' ('1.1' ... '6.4'; 'row'), 'Action' ('text'), 'Lead officer' "
        "('leads_raw'), 'Deadline' ('date_raw'), 'Ofsted recommendation' ('explicit_refs'), "
        "'Progress' (not part of the action); then one empty row before the next card or "
        "theme. 'objective' is null. Seven Action cells run over two or three lines inside the "
        "cell (Alt+Enter, a line feed in the value, wrap text on): 'text' is the lines joined "
        "by a space, e.g. action 1 ('Set up a monthly') and action 15 ('Half-day workshop for "
        "all team managers'). Deadline is a real Excel date (number format dd/mm/yyyy) in "
        "thirteen cards, 'date_raw' the date as displayed ('31/01/2018'), and text in the "
        "others ('End of March 2018', 'tbc', 'Ongoing', 'Monthly', 'Quarterly', 'Weekly', "
        "'Summer 2018'). Each theme row is followed by an empty row, then its cards; strings "
        "are held in the shared string table, as Excel saves them. Lead officer is a role; "
        "empty on orphan 22 ('Children in Care Council "
        "to co-design'), 'tbc' on orphan 31 ('Move the front door team'). The Ofsted "
        "recommendation cell is blank on 26 of the 32 cards; it cites 'Rec 1' (action 1), "
        "'Recommendation 3' (action 4), '2' (action 12), 'R4' (action 17), 'Rec 6' (action 23), "
        "'7' (action 26; '2' and '7' were typed as numbers and the cells hold numbers), and "
        "every cited number is answered by its card, so those links are "
        "explicit; all other links are judged. Nothing is mis-cited. Progress cells read like "
        "work ('Form designed; go-live 26/02/2018', 'Tender closed 12/01/2018') but are notes "
        "on the card's action, not actions. At the bottom, after an empty row, 'Last updated "
        "by: Improvement Programme Officer, 15/01/2018' in A (merged A:B): not an action. "
        "Hard unanswered: R5 (every looked after child to have the opportunity of an "
        "independent visitor): no card speaks of independent visitors; orphan 10 ('Family Time "
        "Centre: new visitor booking system and easier access') and orphan 11 ('Independent "
        "fostering agency placements for looked after children') share its words ('visitor', "
        "'access'; 'independent', 'looked after') but are about booking contact and about "
        "commissioning foster placements. The advocacy cards (R4) do not name independent "
        "visitors. Passing: R8 (communication between MAPPA, MARAC and social work teams, "
        "panel actions recorded and pursued) is touched only by action 4 ('Weekly report of "
        "visits due and overdue', aimed at R3), whose report joins a pack 'that already carries "
        "MARAC referral numbers'; nothing changes how the panels and teams talk or how panel "
        "actions reach the child's file; weak, no link. Partly answered (see asks): R1: the "
        "continual evaluation of whether statutory help is improving things for the small "
        "minority is answered by action 1 ('Set up a monthly'), action 2 ('Add review points at "
        "three and six months') and action 3 ('Quarterly dip sample'); the decisive management "
        "steps to consider care proceedings by nothing (no linked card names proceedings, legal "
        "planning or the Public Law Outline); ask decoy: orphan 8 ('Re-procure the shared legal "
        "service that advises us on care proceedings'), a contract for legal advice, not a "
        "decision on any child; weak. Answered: R2 by actions 12-16 (a direction form, "
        "directions recorded within two days, graded monthly, a workshop, group supervision "
        "written up); R3 by actions 4-6; R4 by actions 17-20, both asks (children: 17, 19, 20; "
        "parents: 17, 18, 20); R6 by actions 23-25; R7 by actions 26-28, both asks (own health "
        "history: 26, 27, 28; family health: 26). Orphans 7-11 (the whole of 'Theme 2: "
        "Permanence': foster to adopt, the legal contract, special guardians, the Family Time "
        "Centre, the placements framework), 21 and 22 (young inspectors, the pledge) and 29-32 "
        "(the whole of 'Theme 6': newly qualified social workers, systemic training, the front "
        "door's move, the asylum-seeking children's budget). 'action N' means fennbridge-N, "
        "numbered card by card down the sheet: 1-6 Theme 1, 7-11 Theme 2, 12-16 Theme 3, 17-22 "
        "Theme 4, 23-28 Theme 5, 29-32 Theme 6 ('row' 1.1-1.6, 2.1-2.5, 3.1-3.5, 4.1-4.6, "
        "5.1-5.6, 6.1-6.4). The plan's own names: Lyra (case record system), the Stuck Cases "
        "panel, the Family Time Centre, Kestrel House, the Fennbridge pledge."),
}


# ---------------------------------------------------------------------------------------------
# Plan 2: Hollinsfield - a Word "Web Page (.htm)" plan answering City of London 2016-09-20 (SIF,
# six items). One table Ref | Action | Lead | Target date | RAG; bullets in the Action cells.
# ---------------------------------------------------------------------------------------------

HF_ROWS = {  # Ref: (Lead cell, Target date cell, RAG), None for "See each action"
    "EH1": ("Early Help Manager", "Dec 2016", "G"),
    "CIN1": ("Team Manager, Children and Families", "31/01/2017", "A"),
    "PEP1": None,
    "PW1": ("Service Manager, Children Looked After and Care Leavers", "Mar-17", "A"),
    "CIN2": ("Head of Children\u2019s Social Care", "Feb 2017", "A"),
    "CL1": ("Designated Nurse, Children Looked After", "31/03/2017", "R"),
    "QA1": None,
    "WF1": ("HR Business Partner", "tbc", "A"),
    "IS1": ("tbc", "End of Q4", "R"),
    "YS1": ("Youth Service Manager", "Jul-17", "G"),
    "PF1": ("Head of Children\u2019s Social Care", "Nov 2016", "B"),
    "UA1": ("", "Ongoing", "G"),
}
HF_PER_ACTION = ("See each action", "See each action")
HF_RAG_PER = {"PEP1": "G", "QA1": "G"}
HF_PLAIN = ("PF1", "UA1")  # rows holding one plain paragraph, no bullet


def hf_actions():
    acts = []

    def add(ref, text, own=None, links=()):
        """A bullet (or, in HF_PLAIN rows, the plain paragraph) of the row ``ref``. Its lead and
        date are the row's Lead and Target date cells, or, in a "See each action" row, ``own``
        = (lead, date) printed at the end of the bullet as "(<lead> – <date>)"."""
        row = HF_ROWS[ref]
        assert (row is None) == (own is not None), ref
        lead, date = own if row is None else row[:2]
        acts.append(A(curly(text), curly(lead), date, links, [], False, row=ref, section=None,
                      objective=None, own=own is not None))

    # EH1, CIN1, PEP1, PW1 - written plans (R1, partly: clear, simple, what by when; nothing
    # brings the child's or young person's views into the plan)
    add("EH1", "Replace the early help plan with a one-page family plan setting out what will "
        "change, who will do it and by when.",
        links=[(1, "j", "h", "early help plans made short and clear, saying what is to be "
                "achieved and by when")])
    add("EH1", "Team manager to sign off every early help plan within ten working days of the "
        "assessment.",
        links=[(1, "j", "m", "a manager's check on the quality of each early help plan")])
    add("CIN1", "New child in need plan template with no more than five outcomes, each with a "
        "named person and a date.",
        links=[(1, "j", "h", "child in need plans made simple, with who and by when")])
    add("CIN1", "Plans updated at every child in need meeting, with the date of the next review "
        "written into the plan.",
        links=[(1, "j", "m", "child in need plans kept current and time-bound")])
    add("PEP1", "Education targets in each PEP to be specific and measurable, agreed at the PEP "
        "meeting with the designated teacher.",
        own=("Virtual School Head", "Jan 2017"),
        links=[(1, "j", "h", "personal education plans that state clearly what is to be "
                "achieved")])
    add("PEP1", "Termly quality check of every PEP by the virtual school, with feedback to the "
        "school within two weeks.",
        own=("Virtual School Head", "Termly"),
        links=[(1, "j", "m", "the quality and consistency of personal education plans "
                "checked")])
    add("PW1", "Rewrite the pathway plan in plain English, each goal showing the next step, the "
        "person responsible and the month.",
        links=[(1, "j", "h", "pathway plans made clear and simple, saying who does what by "
                "when")])
    add("PW1", "Pathway plans reviewed at least every six months by the personal adviser, with "
        "a date against each goal.",
        links=[(1, "j", "m", "pathway plans kept time-bound")])

    # CIN2 - families who disengage (R2)
    add("CIN2", "When a family stops working with us and the case will not be stepped up, the "
        "team manager holds a review within ten days, decides whether to close or carry on, "
        "and writes the reasons on the file.",
        links=[(2, "j", "h", "a manager's decision to cease or continue support, with the "
                "reasons recorded, when a family disengages")])
    add("CIN2", "Practice guidance on working with families who do not want our help: what "
        "purposeful work looks like when we cannot compel it.",
        links=[(2, "j", "h", "ongoing work with disengaged families made purposeful")])
    add("CIN2", "Closure summaries to include the manager\u2019s reasons for ending support.",
        links=[(2, "j", "h", "managers' rationale for ceasing support evidenced on the "
                "record")])

    # CL1 - health histories for care leavers (R4)
    add("CL1", "Agree a four-week turnaround with the community health trust for each care "
        "leaver\u2019s health history.",
        links=[(4, "j", "h", "health histories provided quickly")])
    add("CL1", "Children looked after nurse to write the histories for the six care leavers who "
        "do not yet have one.",
        links=[(4, "j", "h", "the backlog of care leavers without a health history cleared")])
    add("CL1", "Health history handed to each young person at their 18th birthday review.",
        links=[(4, "j", "m", "every care leaver receives a health history on time")])

    # QA1 - case audits (R6); a passing mention of R5 (the chief executive)
    add("QA1", "Auditors to phone the family and ask how the help was for them, as part of "
        "every case audit.",
        own=("Quality Assurance Lead", "Jan 2017"),
        links=[(6, "j", "h", "families' perspective included in case auditing")])
    add("QA1", "Ask the school, GP or health visitor for their view of our work when a case is "
        "audited.",
        own=("Quality Assurance Lead", "Mar 2017"),
        links=[(6, "j", "h", "partners' perspective included in case auditing")])
    add("QA1", "Two members of the Children in Care Council trained to join our themed audits.",
        own=("Participation Officer", "Apr 2017"),
        links=[(6, "j", "h", "children's perspective included in auditing")])
    add("QA1", "What families, children and partners told auditors summarised each quarter for "
        "the Chief Executive\u2019s quarterly briefing.",
        own=("Head of Children\u2019s Social Care", "Quarterly"),
        links=[(6, "j", "m", "the perspectives gathered in audits used to improve services")])

    # WF1, IS1, YS1, PF1, UA1 - other work (orphans; the decoys among them)
    add("WF1", "Workforce planning: fill the two vacant social work posts with permanent staff, "
        "so that we no longer rely on agency workers.")
    add("WF1", "Annual social work health check survey, with results to the Workforce Board.")
    add("WF1", "Support one family support worker through the social work degree "
        "apprenticeship.")
    add("IS1", "Records management: scan the closed paper files in the basement store and log a "
        "retention decision against each one.")
    add("IS1", "Upgrade the case management system to the supplier\u2019s latest release.")
    add("YS1", "Youth service: gather views on the summer programme through the integrated "
        "youth and play survey.")
    add("YS1", "Holiday activities for children looked after: theatre trips, swimming and a "
        "football course.")
    add("PF1", "Private fostering awareness campaign with schools, GPs and faith groups.")
    add("UA1", "Renew the English language support offer for unaccompanied asylum-seeking "
        "children with the adult learning service.")
    return acts


HF = {
    "name": "hollinsfield", "ext": "htm", "report": LC_REPORT, "recs": lc_recs,
    "pages": LC_PAGES, "council": "Hollinsfield Council",
    "actions": hf_actions, "bounds": (20, 35),
    "expected": {1: "weak", 2: "covered", 3: "uncovered", 4: "covered", 5: "weak",
                 6: "covered"},
    "unanswered": [3], "passing": [5], "partial": [1],
    "orphans": [19, 20, 21, 22, 23, 24, 25, 26, 27],
    "miscited": [],
    "passing_phrase": {5: (18, "Chief Executive's quarterly briefing")},
    "decoys": {3: [19, 22]},
    "ask_decoys": {1: [24]},
    "asks": {1: [("written plans for children (early help, child in need, PEPs and pathway "
                  "plans) of better and more consistent quality, clear and simple, clearly "
                  "stating what is to be achieved by when", [1, 2, 3, 4, 5, 6, 7, 8]),
                 ("plans that fully integrate the views of children and young people", [])],
             2: [("ongoing work with families who disengage is purposeful", [9, 10]),
                 ("case records clearly evidence managers' rationale for ceasing or continuing "
                  "support", [9, 11])],
             6: [("the perspective of children included in case auditing", [17]),
                 ("the perspective of families included in case auditing", [15]),
                 ("the perspective of partners included in case auditing", [16])]},
    "notes": (
        "HTM: a Word document saved as 'Web Page (.htm)' (not filtered), windows-1252, CRLF "
        "line ends, source lines wrapped at about 78 columns (so a sentence, a tag or a style "
        "attribute may be broken over two source lines). It carries the xmlns:v / xmlns:o / "
        "xmlns:w / xmlns:m namespaces, <o:DocumentProperties> and <w:WordDocument> in "
        "conditional <xml> islands, a <style> block with Mso classes and @list l0 / l1 "
        "definitions, a link to a hollinsfield_files/filelist.xml that is not supplied, <span "
        "style='mso-...'> on most runs and <o:p></o:p> closing each paragraph. Bullets are "
        "list paragraphs (class MsoListParagraphCxSpFirst / CxSpMiddle / CxSpLast for a run of "
        "several, MsoListParagraph for one) whose bullet is a Symbol-font '\u00b7' inside "
        "<!--[if !supportLists]--> ... <!--[endif]--> with a span style='mso-list:Ignore'. "
        "Before the table: the council's name, the plan's title, a version line, two "
        "paragraphs of introduction and a 'RAG key' of four bullets (not actions). Then ONE "
        "table, class MsoTableGrid, header row Ref | Action | Lead | Target date | RAG, twelve "
        "rows. 'row' is the Ref cell ('EH1', 'CIN1', 'PEP1', 'PW1', 'CIN2', 'CL1', 'QA1', "
        "'WF1', 'IS1', 'YS1', 'PF1', 'UA1'), shared by every action of the row; 'section' and "
        "'objective' null (no heading rows; the Ref prefixes are the council's work areas). "
        "Each bullet of an Action cell is one action ('text' the bullet's words); the last two "
        "rows (PF1, UA1) hold a single plain paragraph, no bullet, which is the one action of "
        "the row. In ten rows the Lead and Target date cells apply to every bullet of the row "
        "('leads_raw' / 'date_raw' as written: 'Early Help Manager', 'Dec 2016', '31/01/2017', "
        "'Mar-17', 'End of Q4', 'tbc', ...; the Lead cell of UA1 is empty, of IS1 'tbc'). In "
        "rows PEP1 and QA1 the Lead and Target date cells read 'See each action' and each "
        "bullet closes with its own bracket '(<lead> \u2013 <date>)', e.g. '(Virtual School "
        "Head \u2013 Jan 2017)': 'leads_raw' and 'date_raw' are from the bracket and 'text' "
        "stops before it. The RAG cell ('G', 'A', 'R', 'B', shaded green, amber, red, blue) is "
        "not part of any action. After the table: a 'Monitoring' paragraph and a document "
        "owner / next review line: not actions. No recommendation number appears anywhere: "
        "explicit_refs is [] and every link is judged. Hard unanswered: R3 (permanency planning "
        "records to include a record of decisions about legal permanence, with the rationale): "
        "nothing is aimed at it and no action names permanence, permanency or legal orders; "
        "orphan 19 ('Workforce planning: fill the two vacant social work posts with permanent "
        "staff') and orphan 22 ('Records management: scan the closed paper files') share its "
        "words ('planning', 'permanent'; 'records', 'decision') but are about staffing and old "
        "paper files. Passing: R5 (more direct contact between children looked after, care "
        "leavers and councillors, and with the chief executive) is touched only by action 18 "
        "('What families, children and partners told auditors', aimed at R6), whose summary "
        "goes to the 'Chief Executive's quarterly briefing'; no child meets a councillor or the "
        "chief executive; weak, no link. Partly answered (see asks): R1: plans of better "
        "quality and consistency, clear, simple and saying what by when, are answered by "
        "actions 1-8 across all four kinds of plan (early help: action 1 ('Replace the early "
        "help plan'), action 2; child in need: action 3 ('New child in need plan template'), "
        "action 4; PEPs: action 5 ('Education targets in each PEP'), action 6; pathway plans: "
        "action 7 ('Rewrite the pathway plan in plain English'), action 8); that plans fully "
        "integrate the views of children and young people by nothing, and no linked action "
        "speaks of views, voice, wishes or the child's own words; ask decoy: orphan 24 ('Youth "
        "service: gather views on the summer programme through the integrated youth and play "
        "survey'), which gathers views for the youth service, not for any child's plan; weak. "
        "Answered: R2 by actions 9-11, both asks (purposeful work: 9, 10; managers' rationale "
        "on the record: 9, 11); R4 by actions 12-14; R6 by actions 15-18, every ask (children: "
        "action 17 ('Two members of the Children in Care Council'); families: action 15 "
        "('Auditors to phone the family'); partners: action 16 ('Ask the school, GP or health "
        "visitor'); action 18 turns what they say into a quarterly summary). Orphans 19-27: "
        "the rows WF1 (the decoy, a health "
        "check survey, an apprenticeship), IS1 (the decoy, a system upgrade), YS1 (the ask "
        "decoy, holiday activities), PF1 (private fostering awareness) and UA1 (English "
        "language support). 'action N' means hollinsfield-N, numbered down the table and down "
        "each Action cell: 1-2 EH1, 3-4 CIN1, 5-6 PEP1, 7-8 PW1, 9-11 CIN2, 12-14 CL1, 15-18 "
        "QA1, 19-21 WF1, 22-23 IS1, 24-25 YS1, 26 PF1, 27 UA1. The plan's own names: the "
        "Workforce Board, the community health trust, the integrated youth and play survey."),
}

PLANS = [FB, HF]


# ---------------------------------------------------------------------------------------------
# Gold: the shared build_gold with the transcribed recommendations; design lists and asks name
# an action by its number
# ---------------------------------------------------------------------------------------------

def build_bf(plan, set_name="bf"):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document)."""
    return build_gold(plan, set_name, ABOUT, recs=plan["recs"]())


def _ids(plan):
    """action number -> action id, as build_gold names them."""
    return {i: f"{plan['name']}-{i}" for i in range(1, len(plan["actions"]()) + 1)}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

FB_TITLE = [  # (column A, column B or None) of the title block, rows 1.., as typed
    ("London Borough of Fennbridge", None),
    ("Children\u2019s Services Improvement Plan 2017\u201319", None),
    ("Our response to the inspection of services for children in need of help and protection, "
     "children looked after and care leavers (11 September to 5 October 2017)", None),
    ("Plan owner", "Director of Children\u2019s Services"),
    ("Version", "4.0"),
    ("Reported to", "Improvement Board, monthly"),
]
FB_FOOTER = "Last updated by: Improvement Programme Officer, 15/01/2018"


def write_fb(plan, acts, path):
    from openpyxl import Workbook, load_workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 92
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    top = Alignment(vertical="top", wrap_text=True)
    label_fill = PatternFill("solid", fgColor="F2F2F2")
    theme_fill = PatternFill("solid", fgColor="1F4E78")

    r = 1
    for i, (a_val, b_val) in enumerate(FB_TITLE):
        ws.cell(r, 1, a_val)
        if b_val is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(r, 1).font = Font(name="Arial", bold=True, size=(16, 13, 10)[min(i, 2)])
            ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
        else:
            ws.cell(r, 1).font = Font(name="Arial", bold=True, size=10)
            ws.cell(r, 2, b_val).font = Font(name="Arial", size=10)
        r += 1
    r += 1
    for group in _groups(acts, lambda a: a["extra"]["theme"]):
        theme = group[0]["extra"]["theme"]
        ws.cell(r, 1, FB_THEMES[theme])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 1).font = Font(name="Arial", bold=True, size=12, color="FFFFFF")
        ws.cell(r, 1).fill = theme_fill
        ws.row_dimensions[r].height = 20
        r += 2
        for a in group:
            x = a["extra"]
            cite = int(x["cite"]) if x["cite"].isdigit() else x["cite"]  # typed 2: a number
            values = (a["row"], "\n".join(x["lines"]), a["lead"], x["due"], cite,
                      x["progress"])
            for field, value in zip(FB_FIELDS, values):
                c = ws.cell(r, 1, field)
                c.font = Font(name="Arial", bold=True, size=10)
                c.fill = label_fill
                c.border = box
                c.alignment = top
                v = ws.cell(r, 2, value if value != "" else None)
                v.font = Font(name="Arial", size=10)
                v.border = box
                v.alignment = Alignment(vertical="top", wrap_text=True, horizontal="left")
                if isinstance(value, datetime):
                    v.number_format = "dd/mm/yyyy"
                if field == "Action" and len(x["lines"]) > 1:
                    ws.row_dimensions[r].height = 13.5 * (len(x["lines"]) + 1)
                r += 1
            r += 1  # the empty row after each card
    ws.cell(r, 1, FB_FOOTER).font = Font(name="Arial", italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = None
    props = wb.properties
    props.creator = "Fennbridge Children's Services"
    props.lastModifiedBy = "Improvement Programme Officer"
    props.title = "Children's Services Improvement Plan 2017-19"
    props.created = FIXED
    props.modified = FIXED
    wb.save(path)
    shared_strings(path)
    normalise_zip(path)

    # the cards promised in the notes, read back from the sheet as written: every card six
    # label rows in order, its values those of the data, an empty row after it
    ws = load_workbook(path).active
    rows = [(ws.cell(i, 1).value, ws.cell(i, 2).value) for i in range(1, ws.max_row + 1)]
    k, found = 0, []
    while k < len(rows):
        if rows[k][0] == "Action ref":
            card = rows[k:k + 6]
            assert [c[0] for c in card] == list(FB_FIELDS), card
            assert rows[k + 6] == (None, None), rows[k + 6]
            found.append([c[1] for c in card])
            k += 7
        else:
            k += 1
    assert len(found) == len(acts), len(found)
    for a, card in zip(acts, found):
        x = a["extra"]
        assert card[0] == a["row"] and card[1].split("\n") == x["lines"], card
        assert (card[2] or "") == a["lead"] and str(card[4] or "") == x["cite"], card
        assert isinstance(card[4], int) == x["cite"].isdigit(), card
        due = card[3]
        shown = due.strftime("%d/%m/%Y") if isinstance(due, datetime) else (due or "")
        assert shown == a["date"] and isinstance(due, datetime) == isinstance(x["due"],
                                                                               datetime), card
    assert rows[-1][0] == FB_FOOTER


def shared_strings(path):
    """Move the sheet's inline strings (as openpyxl writes them) into a shared string table, as
    Excel itself saves a workbook: each cell t="s" with the index of its string, the strings in
    order of first use, xl/sharedStrings.xml registered in the workbook's relationships and the
    content types."""
    import io
    import zipfile

    src = zipfile.ZipFile(path)
    members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    table, index = [], {}

    def to_shared(m):
        value = m.group(2)
        if value not in index:
            index[value] = len(table)
            table.append(value)
        return f'{m.group(1)}t="s"><v>{index[value]}</v></c>'

    out = []
    uses = 0
    for name, data in members:
        if name == "xl/worksheets/sheet1.xml":
            text, n = re.subn(r'(<c [^>]*?)t="inlineStr"><is><t(?: [^>]*)?>(.*?)</t></is></c>',
                              to_shared, data.decode("utf-8"), flags=re.S)
            assert "inlineStr" not in text
            uses = n
            data = text.encode("utf-8")
        elif name == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", (
                b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'relationships/sharedStrings" Target="sharedStrings.xml" Id="rId4"/>'
                b"</Relationships>"))
        elif name == "[Content_Types].xml":
            data = data.replace(b"</Types>", (
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
        out.append((name, data))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{uses}" uniqueCount="{len(table)}">'
           + "".join(f'<si><t xml:space="preserve">{t}</t></si>' for t in table) + "</sst>")
    out.append(("xl/sharedStrings.xml", sst.encode("utf-8")))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            z.writestr(name, data)
    path.write_bytes(buf.getvalue())


HF_HEAD = [  # paragraphs before the table: (kind, text)
    ("title", "Hollinsfield Council"),
    ("subtitle", "Children\u2019s Social Care \u2013 Improvement Plan following the Ofsted "
                 "inspection (July 2016)"),
    ("small", "Version 2 \u2013 14 November 2016 \u2013 Draft for Corporate Parenting Board"),
    ("para", "Inspectors found our services for children good, and our leadership, management "
             "and governance outstanding. They also asked us to do some things better. This plan "
             "sets out what we will do, who is responsible and when it will be done by. It will be "
             "reviewed every month by the Children\u2019s Services Management Team."),
    ("para", "Each row of the table below covers one area of work. Where a row has more than "
             "one action, the lead officer and target date apply to all of them unless the row "
             "says otherwise."),
    ("bold", "RAG key"),
    ("key", "G \u2013 on track"),
    ("key", "A \u2013 some slippage, recovery in hand"),
    ("key", "R \u2013 off track, needs decision"),
    ("key", "B \u2013 complete"),
]
HF_TAIL = [
    ("bold", "Monitoring"),
    ("para", "Lead officers update their rows before each Children\u2019s Services Management "
             "Team meeting. Progress is reported to the Corporate Parenting Board each quarter "
             "and to the Safeguarding Children Board twice a year."),
    ("small", "Document owner: Head of Children\u2019s Social Care. Next review: December 2016."),
]
HF_RAG_FILL = {"G": "#00B050", "A": "#FFC000", "R": "#FF0000", "B": "#00B0F0"}
HF_WIDTHS = (49, 300, 104, 72, 38)  # pt: Ref | Action | Lead | Target date | RAG

HF_PROLOGUE = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="hollinsfield_files/filelist.xml">
<title>Hollinsfield Council</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Children&#8217;s Services</o:Author>
  <o:LastAuthor>Business Support</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>214</o:TotalTime>
  <o:LastPrinted>2016-11-14T09:40:00Z</o:LastPrinted>
  <o:Created>2016-10-03T08:55:00Z</o:Created>
  <o:LastSaved>2016-11-14T10:12:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
  <o:Company>Hollinsfield Council</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<link rel=themeData href="hollinsfield_files/themedata.thmx">
<link rel=colorSchemeMapping href="hollinsfield_files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>90</w:Zoom>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-GB</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Wingdings;
	panose-1:5 0 0 0 0 0 0 0 0 0;
	mso-font-charset:2;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:0 268435456 0 0 -2147483648 0;}
@font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;
	mso-font-charset:2;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:0 268435456 0 0 -2147483648 0;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1073732485 9 0 511 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-fareast-language:EN-US;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-priority:10;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Title Char";
	mso-style-next:Normal;
	margin:0cm;
	margin-bottom:.0001pt;
	mso-add-space:auto;
	font-size:24.0pt;
	font-family:"Arial",sans-serif;
	color:#1F3864;
	letter-spacing:-.5pt;
	mso-font-kerning:14.0pt;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	margin-bottom:.0001pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin:0cm;
	margin-left:36.0pt;
	margin-bottom:.0001pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Arial",sans-serif;}
span.TitleChar
	{mso-style-name:"Title Char";
	mso-style-priority:10;
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:Title;
	mso-ansi-font-size:24.0pt;
	mso-bidi-font-size:24.0pt;
	font-family:"Arial",sans-serif;
	color:#1F3864;
	letter-spacing:-.5pt;
	mso-font-kerning:14.0pt;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:841.9pt 595.3pt;
	mso-page-orientation:landscape;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1284460921;
	mso-list-type:hybrid;
	mso-list-template-ids:-1489296186 134807553 134807555 134807557 134807553 134807555 134807557 134807553 134807555 134807557;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:18.0pt;
	text-indent:-18.0pt;
	font-family:Symbol;}
@list l1
	{mso-list-id:402063211;
	mso-list-type:hybrid;
	mso-list-template-ids:1660478066 134807553 134807555 134807557 134807553 134807555 134807557 134807553 134807555 134807557;}
@list l1:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin-top:0cm;
	mso-para-margin-right:0cm;
	mso-para-margin-bottom:8.0pt;
	mso-para-margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-fareast-language:EN-US;}
table.MsoTableGrid
	{mso-style-name:"Table Grid";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-fareast-language:EN-US;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-GB style='tab-interval:36.0pt'>

<div class=WordSection1>
"""

HF_BULLET = ("<!--[if !supportLists]--><span style='font-family:Symbol;mso-fareast-font-family:"
             "Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span "
             "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
             "</span></span></span><!--[endif]-->")
ARIAL10 = "font-size:10.0pt;line-height:107%;font-family:\"Arial\",sans-serif"


def hf_text(a):
    """The words of an action as printed in its cell: the bullet's text, and in a "See each
    action" row its closing bracket."""
    if a["extra"]["own"]:
        return f"{a['text']} ({a['lead']} \u2013 {a['date']})"
    return a["text"]


def _esc(s):
    return html.escape(s, quote=False)


def _wrap(src, width=78):
    """Word's source wrapping: every line longer than ``width`` broken at spaces (a space inside
    a quoted font name is never a break)."""
    out = []
    for line in src.split("\n"):
        line = line.replace('"Times New Roman"', '"Times\x00New\x00Roman"')
        while len(line) > width and " " in line[1:]:
            k = line.rfind(" ", 1, width)
            k = k if k > 0 else line.index(" ", 1)  # a long run without a space: the next one
            out.append(line[:k])
            line = line[k + 1:]
        out.append(line)
    return "\n".join(out).replace("\x00", " ")


def write_hf(plan, acts, path):
    parts = [HF_PROLOGUE]

    def para(kind, text):
        if kind == "title":
            return (f"<p class=MsoTitle><span style='font-size:22.0pt'>{_esc(text)}"
                    f"<o:p></o:p></span></p>\n")
        if kind == "subtitle":
            return (f"<p class=MsoNormal><b><span style='font-size:14.0pt;line-height:107%;"
                    f"color:#1F3864'>{_esc(text)}<o:p></o:p></span></b></p>\n")
        if kind == "small":
            return (f"<p class=MsoNormal><i><span style='font-size:9.0pt;line-height:107%'>"
                    f"{_esc(text)}<o:p></o:p></span></i></p>\n")
        if kind == "bold":
            return (f"<p class=MsoNormal style='margin-bottom:0cm;margin-bottom:.0001pt'><b>"
                    f"<span style='{ARIAL10}'>{_esc(text)}<o:p></o:p></span></b></p>\n")
        return (f"<p class=MsoNormal><span style='{ARIAL10}'>{_esc(text)}<o:p></o:p></span>"
                f"</p>\n")

    def bullets(texts, lst, margin, cell):
        out = []
        for k, t in enumerate(texts):
            if len(texts) == 1:
                cls = "MsoListParagraph"
            else:
                cls = ("MsoListParagraphCxSpFirst" if k == 0 else "MsoListParagraphCxSpLast"
                       if k == len(texts) - 1 else "MsoListParagraphCxSpMiddle")
            extra = "margin-bottom:0cm;margin-bottom:.0001pt;line-height:normal;" if cell else ""
            out.append(f"<p class={cls} style='margin-left:{margin};mso-add-space:auto;{extra}"
                       f"text-indent:-18.0pt;mso-list:{lst} level1 lfo{int(lst[1:]) + 1}'>"
                       f"{HF_BULLET}<span style='{ARIAL10.replace('line-height:107%;', '')}'>"
                       f"{_esc(t)}<o:p></o:p></span></p>\n")
        return "".join(out)

    for kind, text in HF_HEAD:
        if kind != "key":
            parts.append(para(kind, curly(text)))
    keys = [curly(t) for k, t in HF_HEAD if k == "key"]
    parts.append(bullets(keys, "l1", "36.0pt", False))
    parts.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n\n")

    def td(width, inner, fill=None, first=False, last_col=False):
        border = ("border:solid windowtext 1.0pt;" if first else
                  "border:solid windowtext 1.0pt;border-left:none;")
        bg = f"background:{fill};mso-shading:windowtext;mso-pattern:solid {fill};" if fill else ""
        return (f" <td width={round(width * 4 / 3)} valign=top style='width:{width}.0pt;{border}"
                f"mso-border-alt:solid windowtext .5pt;{bg}padding:0cm 5.4pt 0cm 5.4pt'>\n"
                f" {inner}</td>\n")

    def cellp(text, bold=False, colour=None, center=False):
        if not text:
            return ("<p class=MsoNormal style='margin-bottom:0cm;margin-bottom:.0001pt;"
                    "line-height:normal'><span style='font-size:10.0pt;font-family:\"Arial\","
                    "sans-serif'><o:p>&nbsp;</o:p></span></p>\n")
        style = "font-size:10.0pt;font-family:\"Arial\",sans-serif"
        if colour:
            style += f";color:{colour}"
        span = f"<span style='{style}'>{_esc(text)}<o:p></o:p></span>"
        if bold:
            span = f"<b>{span}</b>"
        align = " align=center" if center else ""
        c = "text-align:center;" if center else ""
        return (f"<p class=MsoNormal{align} style='margin-bottom:0cm;margin-bottom:.0001pt;{c}"
                f"line-height:normal'>{span}</p>\n")

    parts.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
                 " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext "
                 ".5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n")
    header = ("Ref", "Action", "Lead", "Target date", "RAG")
    parts.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;page-break-inside:avoid'>\n")
    for i, (h, w) in enumerate(zip(header, HF_WIDTHS)):
        parts.append(td(w, cellp(h, bold=True, colour="white"), "#1F3864", first=i == 0))
    parts.append(" </tr>\n")
    rows = _groups(acts, lambda a: a["row"])
    assert [g[0]["row"] for g in rows] == list(HF_ROWS), [g[0]["row"] for g in rows]
    for n, group in enumerate(rows, 1):
        ref = group[0]["row"]
        spec = HF_ROWS[ref]
        lead, date, rag = (*HF_PER_ACTION, HF_RAG_PER[ref]) if spec is None else spec
        last = ";mso-yfti-lastrow:yes" if n == len(rows) else ""
        parts.append(f" <tr style='mso-yfti-irow:{n}{last};page-break-inside:avoid'>\n")
        parts.append(td(HF_WIDTHS[0], cellp(ref, bold=True), first=True))
        texts = [curly(hf_text(a)) for a in group]
        if ref in HF_PLAIN:
            assert len(group) == 1, ref
            inner = cellp(texts[0])
        else:
            inner = bullets(texts, "l0", "18.0pt", True)
        parts.append(td(HF_WIDTHS[1], inner))
        parts.append(td(HF_WIDTHS[2], cellp(curly(lead))))
        parts.append(td(HF_WIDTHS[3], cellp(date)))
        parts.append(td(HF_WIDTHS[4], cellp(rag, bold=True, center=True), HF_RAG_FILL[rag]))
        parts.append(" </tr>\n")
    parts.append("</table>\n\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n\n")
    for kind, text in HF_TAIL:
        parts.append(para(kind, curly(text)))
    parts.append("\n</div>\n\n</body>\n\n</html>\n")
    src = _wrap("".join(parts))
    path.write_bytes(src.replace("\n", "\r\n").encode("cp1252", "xmlcharrefreplace"))

    # read back as a check only: the bullets of the table, in order, are the actions' words;
    # the two plain rows are one paragraph each; the RAG key holds four bullets before the table
    text = path.read_bytes().decode("cp1252")
    assert "\x00" not in text and text.count("<table") == 1
    before, table = text.split("<table", 1)
    table = table.split("</table>", 1)[0]

    def plain(fragment):
        fragment = re.sub(r"<!--\[if\s+!supportLists\]-->.*?<!--\[endif\]-->", "", fragment,
                          flags=re.S)
        return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()

    paras = re.findall(r"<p\s+class=(\w+)(.*?)</p>", table, re.S)
    listed = [plain(body.split(">", 1)[1]) for cls, body in paras
              if cls.startswith("MsoListParagraph")]
    expect = [curly(hf_text(a)) for a in acts if a["row"] not in HF_PLAIN]
    assert listed == expect, (listed, expect)
    assert len(re.findall(r"mso-list:l1\s+level1", before)) == 4
    for a in acts:
        if a["row"] in HF_PLAIN:
            assert any(plain(body.split(">", 1)[1]) == a["text"] for cls, body in paras
                       if cls == "MsoNormal"), a["row"]


WRITERS = {"fennbridge": write_fb, "hollinsfield": write_hf}


# ---------------------------------------------------------------------------------------------
# Design rules of this set (beyond the shared consistency checks)
# ---------------------------------------------------------------------------------------------

SPEC = {  # unanswered, passing, partial, mis-cited, orphans (min, max)
    "fennbridge": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 12)),
    "hollinsfield": dict(unanswered=1, passing=1, partial=1, miscited=0, orphans=(6, 12)),
}


def check_recs(plan):
    """The transcribed items: numbered 1..N, clean single-line texts, found word for word and in
    order in the report's "Recommendations" (when the PDF is at hand), with nothing but the
    item's number and a full stop before each and nothing after the last."""
    recs = plan["recs"]()
    assert [r["number"] for r in recs] == list(range(1, len(recs) + 1)), plan["name"]
    assert len(recs) == len(plan["expected"]), plan["name"]
    for r in recs:
        t = r["text"]
        assert t == t.strip() and "  " not in t and "\n" not in t, r["number"]
        assert t[0].isupper() and t.endswith("."), r["number"]
        assert not re.search(r"[a-z]\d|\ufffe|\u00ad|'", t), r["number"]  # no markers; curly
        assert r["page"] in plan["pages"], r["number"]
    gaps = transcribed_gaps(plan, recs, BLOCKS[plan["report"]])
    if gaps is None:
        print(f"{plan['name']}: report PDF not at hand, transcription check skipped")
    for r, gap in zip(recs, gaps or ()):
        assert gap == f"{r['number']}.", (r["number"], gap)
    return recs


def _plain(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


# fennbridge: the unanswered R5 (no card names an independent visitor); the passing R8 (only
# action 4 names MARAC or MAPPA); R1's unanswered ask (no linked card names proceedings or legal
# planning)
VISITOR = re.compile(r"independent visitor|befriend|mentor", re.I)
PANELS = re.compile(r"MARAC|MAPPA|public protection|risk assessment conference", re.I)
PROCEEDINGS = re.compile(r"proceedings|legal|public law outline|\bPLO\b|court", re.I)
# hollinsfield: the unanswered R3 (no action names permanence or legal orders); the passing R5
# (only action 18 names the chief executive, and none names councillors or members); R1's
# unanswered ask (no linked action speaks of views, voice, wishes or the child's own words)
PERMANENCE = re.compile(r"permanen|special guardian|adoption|legal", re.I)
CONTACT = re.compile(r"chief executive|councillor|elected member|lead member|mayor", re.I)
VIEWS = re.compile(r"\bviews?\b|voice|wish|own words|feelings|say", re.I)


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
        assert curly(phrase) in a["text"], (name, n, phrase)
        assert mine[a["id"]] and f"R{n}" not in mine[a["id"]], (name, n)
        assert n not in a["explicit_refs"], (name, n)
        assert f"R{n}" in d["passing"], (name, n)
    assert set(plan["passing_phrase"]) == {int(r[1:]) for r in d["passing"]}, name
    # hard decoys: orphans sharing two or more distinctive words with an unanswered
    # recommendation, or with the unanswered ask of a partial one; they cite nothing
    for n, orphans in plan["decoys"].items():
        assert f"R{n}" in d["unanswered"], (name, n)
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"] and not ids[o]["explicit_refs"], o
            assert len(_words(ids[o]["text"]) & _words(rec_text[f"R{n}"])) >= 2, (name, o)
    for n, orphans in plan["ask_decoys"].items():
        assert f"R{n}" in d["partial"], (name, n)
        missing = [a["text"] for a in gold["asks"][f"R{n}"] if not a["answered_by"]]
        for k in orphans:
            o = pid[k]
            assert o in d["orphans"] and not ids[o]["explicit_refs"], o
            assert any(len(_words(ids[o]["text"]) & _words(t)) >= 2 for t in missing), o
    assert {f"R{n}" for n in plan["decoys"]} == set(d["unanswered"]), name
    assert {f"R{n}" for n in plan["ask_decoys"]} == set(d["partial"]), name
    assert "hard" in d["notes"].lower(), name
    for a in acts:  # no action cites an unanswered or passing recommendation
        for n in a["explicit_refs"]:
            assert f"R{n}" not in d["unanswered"] + d["passing"], (name, a["id"])
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
                             re.I) or a["id"] == "fennbridge-21", a["id"]  # young inspectors
        assert a["text"] == a["text"].strip() and "  " not in a["text"], a["id"]
        assert "'" not in a["text"] + a["leads_raw"], a["id"]  # curly apostrophes
        assert a["id"] in d["orphans"] or mine[a["id"]], a["id"]
    # at least a third of the links share at most one distinctive word with the recommendation
    # they answer (the council's own vocabulary, not the inspectors')
    texts = {a["id"]: a["text"] for a in acts}
    shared = [len(_words(texts[l["action"]]) & _words(rec_text[l["rec"]])) for l in gold["links"]]
    assert sum(1 for s in shared if s <= 1) >= len(shared) / 3, (name, shared)
    # covered recommendations: every ask answered, two to eight actions
    for r, s in gold["expected"].items():
        if s == "covered":
            assert 2 <= len(per_rec[r]) <= 8, (r, per_rec[r])
    # leads and dates: varied, a few "tbc" or missing
    leads = [a["leads_raw"] for a in acts]
    dates = [a["date_raw"] for a in acts]
    assert any(v in ("", "tbc") for v in leads) and any(v in ("tbc", "Ongoing") for v in dates)
    assert len(set(leads)) >= 8, (name, set(leads))
    linked = [a for a in acts if mine[a["id"]]]
    if name == "fennbridge":
        check_fb(gold, plan, acts, raw, mine, linked, d)
    if name == "hollinsfield":
        check_hf(gold, plan, acts, raw, mine, linked, d)
    return True


def check_fb(gold, plan, acts, raw, mine, linked, d):
    x = [r["extra"] for r in raw]
    themes = [g[0]["theme"] for g in _groups(x, lambda e: e["theme"])]
    assert themes == sorted(FB_THEMES), themes
    for a, e in zip(acts, x):
        assert a["section"] == FB_THEMES[e["theme"]], a["id"]
        assert re.fullmatch(rf"{e['theme']}\.\d", a["row"]), a["id"]
        assert a["text"] == " ".join(e["lines"]) and all("\n" not in s for s in e["lines"])
        assert a["objective"] is None
    for t in FB_THEMES.values():  # no theme names a recommendation
        assert not re.search(r"recommend|ofsted|\bR\d", t, re.I), t
    # the orphans are exactly the whole of themes 2 and 6 and two cards of theme 4
    orphans = {a["id"] for a, e in zip(acts, x) if e["theme"] in (2, 6)}
    assert orphans <= set(d["orphans"]) and len(set(d["orphans"]) - orphans) == 2, name
    # the Ofsted recommendation cell: blank on most cards; each cited number answered by its
    # card, explicitly; a few forms
    cited = [a for a in acts if a["explicit_refs"]]
    assert 4 <= len(cited) <= len(acts) // 4, len(cited)
    for a in cited:
        assert {f"R{n}" for n in a["explicit_refs"]} <= mine[a["id"]], a["id"]
    for l in gold["links"]:
        assert (l["source"] == "explicit") == (int(l["rec"][1:]) in ids_refs(acts, l["action"]))
    forms = {re.sub(r"\d", "N", e["cite"]) for e in x if e["cite"]}
    assert {"Rec N", "Recommendation N", "N", "RN"} <= forms, forms
    # Action cells over several lines; real dates and typed ones
    multi = [e for e in x if len(e["lines"]) > 1]
    assert len(multi) == 7 and any(len(e["lines"]) == 3 for e in multi), len(multi)
    real = [e for e in x if isinstance(e["due"], datetime)]
    assert len(real) == 13, len(real)
    typed = {e["due"] for e in x if not isinstance(e["due"], datetime)}
    assert {"End of March 2018", "tbc", "Ongoing"} <= typed, typed
    assert all(re.fullmatch(r"\d\d/\d\d/20\d\d", a["date_raw"]) for a, e in zip(acts, x)
               if isinstance(e["due"], datetime))
    assert "thirteen cards" in d["notes"] and "Seven Action cells" in d["notes"]
    # the unanswered R5: nothing names an independent visitor; the passing R8: only action 4
    # names the panels; R1's unanswered ask: no linked card names proceedings or the court
    assert not any(VISITOR.search(a["text"]) for a in acts), plan["name"]
    assert [a["id"] for a in acts if PANELS.search(a["text"])] == ["fennbridge-4"]
    for a in linked:
        assert not PROCEEDINGS.search(a["text"]), a["id"]
    assert not any(PANELS.search(e["progress"]) or VISITOR.search(e["progress"]) for e in x)


def ids_refs(acts, aid):
    return next(a["explicit_refs"] for a in acts if a["id"] == aid)


def check_hf(gold, plan, acts, raw, mine, linked, d):
    x = [r["extra"] for r in raw]
    rows = [g[0]["row"] for g in _groups(acts, lambda a: a["row"])]
    assert rows == list(HF_ROWS), rows  # each Ref once, in the table's order
    for a, e in zip(acts, x):
        spec = HF_ROWS[a["row"]]
        assert a["section"] is None and a["objective"] is None
        assert e["own"] == (spec is None), a["id"]
        if spec is not None:
            assert (a["leads_raw"], a["date_raw"]) == (curly(spec[0]), spec[1]), a["id"]
        assert not re.search(r"\(|\u2013", a["text"]), a["id"]  # no bracket inside the words
    assert all(len([a for a in acts if a["row"] == r]) == 1 for r in HF_PLAIN)
    assert sum(1 for e in x if e["own"]) >= 4
    assert all(not a["explicit_refs"] for a in acts)
    assert all(l["source"] == "judged" for l in gold["links"])
    # the unanswered R3; the passing R5 (only action 18); R1's unanswered ask
    assert not any(PERMANENCE.search(a["text"]) and a["id"] != "hollinsfield-19"
                   for a in acts), plan["name"]
    assert [a["id"] for a in acts if CONTACT.search(a["text"])] == ["hollinsfield-18"]
    for a in linked:
        if "R1" in mine[a["id"]]:
            assert not VIEWS.search(a["text"]), a["id"]
    # nothing but the table's rows reads like a plan: no head or tail paragraph names an action
    for _, t in HF_HEAD + HF_TAIL:
        assert not any(a["text"] in curly(t) for a in acts)


if __name__ == "__main__":
    main(sys.argv[1:], "bf", PLANS, WRITERS, ABOUT, checks=(check_design,), actions=BOUNDS,
         build=build_bf)
