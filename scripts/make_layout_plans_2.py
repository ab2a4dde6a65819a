#!/usr/bin/env python3
"""Generate fictional improvement plans in four further layouts, with gold: the plans of corpus/heldout2/.

They are fixtures of the action-extraction tests (tests/extract/test_heldout2_layouts.py) and
of scripts/eval_actions.py. They began as the second held-out set (hence the folder's name and
the gold's ``"heldout_set": 2``): the first set (scripts/make_layout_plans.py) had been used to
fix the extractor, so these four plans were written without reading the extractor, from the
ways English councils publish plans and the ways other tools convert them, and measured once
before any fix (corpus/heldout2/first-contact.json). Every council and person here is invented.

* ``hollinsmere.html``: an HTML export of a Word plan. A document-control table first; then the
  plan table with a two-row ``<thead>`` ("Timescale" spanning "Start" and "Target"), ``<th>``
  header cells, full-width theme rows (``colspan``), the quoted Ofsted recommendation in a cell
  merged down over its actions (``rowspan``), ``<ul><li>`` action lists, actions and leads
  separated by ``<br>`` inside cells, entities (``&amp;``, ``&nbsp;``, ``&rsquo;``).
* ``pennock-cross.md``: a markdown conversion (pipe tables) of a PDF plan: ``##`` priority
  headings between tables, a wrapped action cell carried on a continuation row whose other cells
  are empty, ``<br>`` line breaks and "• " bullets inside cells, escaped pipes, bold row
  numbers, status words ("On track", "Not started", "Achieved") in a Status column.
* ``corriden.xlsx``: an Excel tracker whose header is on row 6 under title, version and key
  rows; header cells wrapped over two lines; hidden columns (an internal ID and a superseded
  "Original target date"); the priority merged down column A; target dates as Excel serial
  numbers in General format next to text dates; a "Lists" sheet of drop-down values.
* ``wyvernsea.docx``: a Word plan with NO table: "Recommendation N" headings, the recommendation
  quoted, then each action a numbered paragraph followed by "Lead:" and "By:" lines.

Gold (schema plan-gold-v1, as corpus/gold/heldout/) is written from the data below, never from
the extractor's output, into ``corpus/gold/heldout2/<name>.json``. Gold conventions, following
../shared/INTERFACE.md and the existing gold: a month alone ends on its last day; a range starts
on the first day of its first month ("Feb/Mar 2026" = Feb-Mar 2026); seasons end on the last day
of their last month (Autumn = Nov) with no start; "w/c 12/01/2026" is that week, Monday to
Sunday (as "w/c 3 March 2025" in the variants); quarters are of the financial year (Q3 = Oct-Dec)
and "25-26" is 2025/26; "Achieved" and "Complete – Oct 2025" are complete (the latter ending
2025-10-31); "Rolling", "Rolling programme", "Quarterly" are ongoing; "From Sept 2025" is
ongoing from 2025-09-01; "6 months" and "Not started" in a date column give no date (unknown);
an Excel serial number under a date header is that date. A date cell with a note in brackets
("Autumn 2025 (revised from Summer 2025)") takes the first date. Leads: a role with a bracketed
qualifier ("Strategic Director (People)") or an acronym ("... Team (CSLT)") is one lead as
printed; "&" inside a role name does not split it; a line break, "/" or " and " between two
leads does; "Name – Role" and "Name (Role)" are a person with a role. A recommendation quoted
above or beside actions is their explicit reference. Status words in a Status/Progress column
are not the date.

Usage: ``.venv/bin/python scripts/make_layout_plans_2.py``. Deterministic output.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from make_samples import _fix_zip  # noqa: E402

OUT = ROOT / "corpus" / "heldout2"
GOLD = ROOT / "corpus" / "gold" / "heldout2"
NOTE = "Fictional plan generated for recmap held-out tests (set 2). The council and the people named do not exist."


@dataclass(frozen=True)
class L:
    """A gold lead."""

    name: str
    kind: str
    role: str | None = None


@dataclass
class Act:
    """One gold action."""

    text: str
    row: str | None
    leads: tuple[L, ...]
    date: tuple[str | None, str | None, str]
    refs: tuple[int, ...] = ()
    rag: str | None = None
    section: str | None = None
    objective: str | None = None


def _gold(name: str, plan: str, about: str, actions: list[Act], keys: tuple[str, ...]) -> dict:
    out = []
    for i, a in enumerate(actions, 1):
        g = {"id": f"{name}-{i}", "row": a.row, "text": a.text,
             "leads": [{"name": x.name, "kind": x.kind, "role": x.role} for x in a.leads],
             "date": {"start": a.date[0], "end": a.date[1], "status": a.date[2]},
             "explicit_refs": list(a.refs), "other_refs": []}
        for k in keys:  # context fields the layout prints (scored only when present)
            g[k] = getattr(a, k)
        out.append(g)
    return {"schema": "plan-gold-v1", "heldout": True, "heldout_set": 2,
            "about": f"Fictional plan made by scripts/make_layout_plans_2.py (first measured as the second held-out "
                     f"set): {about} Gold written from the generator's data, never from the extractor.",
            "plan": plan, "actions": out}


# leads used in several plans
SDP = "Strategic Director (People)"
HOS_SQA = "HoS Safeguarding & QA"
IROM = "IRO Manager"
CSLT = "Children’s Services Leadership Team (CSLT)"
ATM = "All Team Managers"
G_SDP, G_HOS_SQA, G_IROM = L(SDP, "role"), L(HOS_SQA, "role"), L(IROM, "role")
G_CSLT, G_ATM = L(CSLT, "team"), L(ATM, "role")

# --------------------------------------------------------------------------------------------
# 1. Hollinsmere: HTML export, two-row thead, colspan theme rows, rowspan recommendation cells

HM_TITLE = "Hollinsmere Borough Council – Children’s Services Improvement Plan 2025–26"
# (theme, [(rec number, rec text, [(ref, actions (list; "ul" or "br" form), lead cells (lines), start, target,
#                                   rag, update, gold leads, gold date)])])
HM = [
    ("Theme 1: Help and protection at the front door", [
        (1, "Strengthen management oversight of contacts and referrals so that decisions are timely and recorded.", [
            ("1.1", ("ul", ["Introduce a twice-daily MASH triage meeting chaired by a team manager.",
                            "Record the manager’s decision & rationale on every contact."]),
             [HOS_SQA], "Sept 2025", "Autumn 2025", "Green", "Triage meeting in place since 8 September.",
             (G_HOS_SQA,), ("2025-09-01", "2025-11-30", "dated")),
            ("1.2", ("plain", ["Audit 30 contacts each month against the threshold guidance."]),
             [SDP, IROM], "", "w/c 12/01/2026", "Amber", "First audit cycle started.",
             (G_SDP, G_IROM), ("2026-01-12", "2026-01-18", "dated")),
        ]),
        (2, "Improve the timeliness of strategy discussions with police and health partners.", [
            ("2.1", ("br", ["1) Agree a shared strategy-meeting protocol with the police and the ICB.",
                            "2) Publish a weekly report of strategy discussions held within one working day."]),
             ["Marcus Ellery – Head of Service, Children in Care"], "Oct 2025", "end Q3 25-26", "Red",
             "Protocol drafted; police sign-off awaited.",
             (L("Marcus Ellery", "person", "Head of Service, Children in Care"),), ("2025-10-01", "2025-12-31", "dated")),
        ]),
    ]),
    ("Theme 2: Children in care and care leavers", [
        (3, "Ensure that care plans are reviewed on time and that children’s views shape their reviews.", [
            ("3.1", ("plain", ["Give every child in care the chance to chair or co-chair part of their review."]),
             ["S. Achterberg (IRO Manager)"], "", "Autumn 2025 (revised from Summer 2025)", "Amber",
             "Guidance for children written with the Children in Care Council.",
             (L("S. Achterberg", "person", IROM),), (None, "2025-11-30", "dated")),
            ("3.2", ("plain", ["Track the timeliness of every review at the monthly performance board."]),
             [CSLT], "", "Rolling", "Green", "",
             (G_CSLT,), (None, None, "ongoing")),
        ]),
        (4, "Improve the sufficiency of local homes for children in care.", [
            ("4.1", ("ul", ["Recommission the independent fostering framework with a local-first requirement.",
                            "Open a two-bed short-break home for disabled children."]),
             ["Head of Commissioning", "Integrated Care Board (ICB)"], "Jan 2026", "Feb/Mar 2026", "Amber",
             "Tender published in December.",
             (L("Head of Commissioning", "role"), L("Integrated Care Board (ICB)", "organisation")),
             ("2026-01-01", "2026-03-31", "dated")),
            ("4.2", ("plain", ["Review the placement of every child living more than 20 miles from home."]),
             [ATM], "", "Achieved", "Green", "All 41 reviews completed in October.",
             (G_ATM,), (None, None, "complete")),
        ]),
    ]),
]


def hollinsmere_gold() -> list[Act]:
    acts = []
    for theme, recs in HM:
        for n, _rec, rows in recs:
            for ref, (_form, items), _lc, _s, _t, rag, _u, leads, date in rows:
                for text in items:
                    if text[:2] in ("1)", "2)"):
                        text = text[3:]
                    acts.append(Act(text, ref, leads, date, (n,), rag.lower(), theme))
    return acts


def _h(text: str) -> str:
    return html.escape(text, quote=False).replace("’", "&rsquo;").replace("–", "&ndash;")


def make_hollinsmere(path: Path) -> None:
    cols = 7  # Ref | Ofsted recommendation | Actions | Lead officer(s) | Start | Target | RAG | Progress
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{_h(HM_TITLE)}</title>",
           "<style>table{border-collapse:collapse} td,th{border:1px solid #000;vertical-align:top}"
           " .g{background:#92d050} .a{background:#ffc000} .r{background:#ff0000}</style></head><body>",
           f"<h1>{_h(HM_TITLE)}</h1>", f"<p>{_h(NOTE)}</p>",
           "<h2>Document control</h2>",
           "<table><tr><th>Version</th><th>Date</th><th>Author</th><th>Approved&nbsp;by</th></tr>",
           "<tr><td>1.0</td><td>02/06/2025</td><td>Improvement Programme Office</td><td>Improvement Board</td></tr>",
           "<tr><td>1.3</td><td>10/11/2025</td><td>Improvement Programme Office</td><td>Improvement Board</td></tr>",
           "</table>",
           "<p>This plan sets out our response to the four recommendations made by Ofsted following the "
           "inspection of local authority children&rsquo;s services (ILACS). It is reviewed monthly by the "
           "Improvement Board.</p>",
           "<h2>Improvement actions</h2>",
           "<table class=\"plan\">", "<thead>",
           "<tr><th rowspan=\"2\">Ref</th><th rowspan=\"2\">Ofsted recommendation</th><th rowspan=\"2\">Actions</th>"
           "<th rowspan=\"2\">Lead officer(s)</th><th colspan=\"2\">Timescale</th><th rowspan=\"2\">RAG</th>"
           "<th rowspan=\"2\">Progress update</th></tr>",
           "<tr><th>Start</th><th>Target</th></tr>", "</thead>", "<tbody>"]
    for theme, recs in HM:
        out.append(f"<tr><td colspan=\"{cols + 1}\"><strong>{_h(theme)}</strong></td></tr>")
        for n, rec, rows in recs:
            for k, (ref, (form, items), leads, start, target, rag, upd, _g, _d) in enumerate(rows):
                cells = [f"<td>{ref}</td>"]
                if k == 0:
                    cells.append(f"<td rowspan=\"{len(rows)}\"><p><b>Recommendation {n}</b></p><p>{_h(rec)}</p></td>")
                if form == "ul":
                    body = "<ul>" + "".join(f"<li>{_h(t)}</li>" for t in items) + "</ul>"
                elif form == "br":
                    body = "<br>".join(_h(t) for t in items)
                else:
                    body = f"<p>{_h(items[0])}</p>"
                cells.append(f"<td>{body}</td>")
                cells.append("<td>" + "<br>".join(_h(x) for x in leads) + "</td>")
                cells.append(f"<td>{_h(start) or '&nbsp;'}</td>")
                cells.append(f"<td>{_h(target)}</td>")
                cells.append(f"<td class=\"{rag[0].lower()}\">{rag}</td>")
                cells.append(f"<td>{_h(upd) or '&nbsp;'}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>",
            "<p>RAG: Green = on track or complete; Amber = some slippage; Red = off track.</p>",
            "</body></html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


# --------------------------------------------------------------------------------------------
# 2. Pennock Cross: markdown pipe tables from a PDF conversion

PC_TITLE = "Pennock Cross City Council — Ofsted Improvement Plan (Children’s Social Care)"
PC_HEADER = ("No.", "Rec", "Key actions", "Responsible", "Deadline", "Status")
# (priority heading, rows: (no, rec cell, action lines (each line a table line: the first the row itself,
#   the rest continuation rows), responsible, deadline, status, gold actions, gold leads, gold date, gold refs))
PC = [
    ("Priority A: Early help and the front door", [
        ("A1", "R1", ["Create a single early help assessment used by", "schools, health visitors and the council."],
         "Head of Early Help and Head of Education Inclusion", "end Q3 25-26", "On track",
         ("Create a single early help assessment used by schools, health visitors and the council.",),
         (L("Head of Early Help", "role"), L("Head of Education Inclusion", "role")), (None, "2025-12-31", "dated"), (1,)),
        ("A2", "R1/R4", ["• Map early help services by locality.<br>• Publish the map on the Family Hub website."],
         "Family Hubs Manager", "Feb/Mar 2026", "Not started",
         ("Map early help services by locality.", "Publish the map on the Family Hub website."),
         (L("Family Hubs Manager", "role"),), ("2026-02-01", "2026-03-31", "dated"), (1, 4)),
        ("A3", "Recs 2 & 3", ["Hold a monthly multi-agency audit of contacts that were stepped down to early help."],
         "Pennock Cross Safeguarding Children Partnership", "Rolling programme", "On track",
         ("Hold a monthly multi-agency audit of contacts that were stepped down to early help.",),
         (L("Pennock Cross Safeguarding Children Partnership", "organisation"),), (None, None, "ongoing"), (2, 3)),
    ]),
    ("Priority B: Children in care", [
        ("B1", "R5", ["Train all foster carers in trauma-informed practice \\| refresher every two years."],
         "Dr. Anika Rowe, Designated Doctor", "6 months", "Not started",
         ("Train all foster carers in trauma-informed practice | refresher every two years.",),
         (L("Dr. Anika Rowe", "person", "Designated Doctor"),), (None, None, "unknown"), (5,)),
        ("B2", "R5", ["Introduce life-story work for every child with a plan for permanence, starting",
                      "with children under five."],
         "Virtual School Headteacher / IRO Manager", "From Sept 2025", "On track",
         ("Introduce life-story work for every child with a plan for permanence, starting with children under five.",),
         (L("Virtual School Headteacher", "role"), G_IROM), ("2025-09-01", None, "ongoing"), (5,)),
        ("B3", "R6", ["Report care leavers’ education, employment and training to the Corporate Parenting Panel."],
         CSLT, "Quarterly", "Achieved",
         ("Report care leavers’ education, employment and training to the Corporate Parenting Panel.",),
         (G_CSLT,), (None, None, "ongoing"), (6,)),
    ]),
    ("Priority C: Workforce", [
        ("C1", "R2", ["Cap caseloads for newly qualified social workers at 15 children."],
         ATM, "31.03.26", "On track",
         ("Cap caseloads for newly qualified social workers at 15 children.",),
         (G_ATM,), (None, "2026-03-31", "dated"), (2,)),
        ("C2", "R2", ["Launch a social work academy with the regional teaching partnership."],
         "Workforce Development Manager", "2026-27", "Not started",
         ("Launch a social work academy with the regional teaching partnership.",),
         (L("Workforce Development Manager", "role"),), ("2026-04-01", "2027-03-31", "dated"), (2,)),
    ]),
]


def pennock_gold() -> list[Act]:
    return [Act(t, no, leads, date, refs, None, prio)
            for prio, rows in PC for no, _r, _l, _resp, _d, _s, texts, leads, date, refs in rows for t in texts]


def make_pennock(path: Path) -> None:
    out = [f"# {PC_TITLE}", "", f"*{NOTE}*", "",
           "This plan responds to the six recommendations in the Ofsted inspection report. Status is reviewed "
           "at each Improvement Board.", ""]
    for prio, rows in PC:
        out += [f"## {prio}", "", "| " + " | ".join(PC_HEADER) + " |",
                "|" + "|".join(["---"] * len(PC_HEADER)) + "|"]
        for no, rec, lines, resp, deadline, status, *_ in rows:
            out.append(f"| **{no}** | {rec} | {lines[0]} | {resp} | {deadline} | {status} |")
            for more in lines[1:]:
                out.append(f"|  |  | {more} |  |  |  |")
        out.append("")
    out += ["---", "", "Page 1 of 1", ""]
    path.write_text("\n".join(out), encoding="utf-8")


# --------------------------------------------------------------------------------------------
# 3. Corriden: Excel tracker with the header on row 6, hidden columns, serial-number dates

CR_TITLE = "Corriden County Council – Children’s Services Ofsted Action Plan"
CR_HEADER = ("Priority", "ID", "Ofsted Rec\nNo.", "Action", "Lead officer /\nteam", "Original target\ndate",
             "Revised target\ndate", "RAG", "Progress / evidence")
CR_HIDDEN = ("B", "F")  # internal ID; superseded original target


def _serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


# (priority, rows: (id, rec cell, action, lead, original target, revised target (str or date -> serial), rag,
#   progress, gold leads, gold date, gold refs))
CR = [
    ("1. Front door and assessment", [
        ("CC-014", 1, "Move the emergency duty team into the MASH so that one manager oversees contacts day and night.",
         SDP, "Jul 2025", dt.date(2026, 3, 31), "A", "Consultation with staff closed in October.",
         (G_SDP,), (None, "2026-03-31", "dated"), (1,)),
        ("CC-015", "1 & 4", "Introduce a weekly assessment performance clinic for every team manager.", HOS_SQA,
         "Sept 2025", "w/c 12/01/2026", "G", "Clinic running since January.",
         (G_HOS_SQA,), ("2026-01-12", "2026-01-18", "dated"), (1, 4)),
        ("CC-016", 4, "Re-audit the assessments graded inadequate in the spring audit.", ATM, "Jun 2025", "Achieved",
         "G", "Re-audit complete; 80% now good or better.", (G_ATM,), (None, None, "complete"), (4,)),
    ]),
    ("2. Child protection and review", [
        ("CC-021", "2,3", "Give every child protection chair a caseload of no more than 60 children.", IROM,
         "Dec 2025", dt.date(2026, 6, 30), "R", "Two chairs recruited; one post vacant.",
         (G_IROM,), (None, "2026-06-30", "dated"), (2, 3)),
        ("CC-022", 3, "Introduce a dispute-resolution escalation log reviewed monthly by the Head of Service.",
         "Performance & Intelligence Team", "Oct 2025", "Not started", "A", "Awaiting system change.",
         (L("Performance & Intelligence Team", "team"),), (None, None, "unknown"), (3,)),
    ]),
    ("3. Leadership and workforce", [
        ("CC-031", 5, "Publish a three-year workforce strategy with targets for permanent staff.", CSLT,
         "Mar 2025", "Complete – Oct 2025", "G", "Strategy approved by Cabinet.",
         (G_CSLT,), (None, "2025-10-31", "complete"), (5,)),
        ("CC-032", 5, "Hold quarterly practice weeks in which senior leaders observe frontline practice.",
         "Kerry-Ann Moss (Principal Social Worker)", "Apr 2025", "Q4 (Jan-Mar 2026)", "G",
         "Two practice weeks held.", (L("Kerry-Ann Moss", "person", "Principal Social Worker"),),
         ("2026-01-01", "2026-03-31", "dated"), (5,)),
        ("CC-033", 6, "Agree a joint commissioning plan for emotional health support with the ICB.",
         "Integrated Care Board (ICB)", "Nov 2025", dt.date(2026, 2, 27), "A", "Draft plan shared with partners.",
         (L("Integrated Care Board (ICB)", "organisation"),), (None, "2026-02-27", "dated"), (6,)),
    ]),
]


def corriden_gold() -> list[Act]:
    return [Act(action, None, leads, date, refs, {"G": "green", "A": "amber", "R": "red"}[rag])
            for _p, rows in CR for _id, _rc, action, _l, _o, _t, rag, _pr, leads, date, refs in rows]


def make_corriden(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    wb.properties.creator, wb.properties.title = "recmap held-out generator (set 2)", CR_TITLE
    ws = wb.active
    ws.title = "Action Plan"
    ws.append([CR_TITLE])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([NOTE])
    ws.append(["Version 3 – updated 14/11/2025", None, None, "Owner: Improvement Programme Office"])
    ws.append(["Key: R = off track, A = at risk, G = on track / complete. Dates in column G supersede column F."])
    ws.append([])
    ws.append(list(CR_HEADER))
    for c in range(1, len(CR_HEADER) + 1):
        ws.cell(ws.max_row, c).font = Font(bold=True)
        ws.cell(ws.max_row, c).alignment = Alignment(wrap_text=True)
    for prio, rows in CR:
        first = ws.max_row + 1
        for k, (ident, rec, action, lead, orig, target, rag, prog, *_g) in enumerate(rows):
            tval = _serial(target) if isinstance(target, dt.date) else target
            ws.append([prio if k == 0 else None, ident, rec, action, lead, orig, tval, rag, prog])
            ws.cell(ws.max_row, 4).alignment = Alignment(wrap_text=True)
        if ws.max_row > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    for col in CR_HIDDEN:
        ws.column_dimensions[col].hidden = True
    ws.column_dimensions["D"].width = 60
    ws.append([])
    ws.append(["End of plan. Next review: Improvement Board, January 2026."])
    lists = wb.create_sheet("Lists")
    lists.append(["RAG", "Lead officer / team"])
    for rag, lead in (("R", SDP), ("A", HOS_SQA), ("G", IROM), (None, CSLT), (None, ATM)):
        lists.append([rag, lead])
    wb.save(str(path))
    _fix_zip(path)


# --------------------------------------------------------------------------------------------
# 4. Wyvernsea: no table, numbered action paragraphs under "Recommendation N" headings

WY_TITLE = "Wyvernsea Council – Children’s Services Improvement Plan"
# (number, recommendation, [(action, lead line, by line, gold leads, gold date)])
WY = [
    (1, "The quality and timeliness of return home interviews for children who go missing.", [
        ("Commission a new return home interview service with a 72-hour standard.", "Head of Commissioning",
         "Autumn 2025", (L("Head of Commissioning", "role"),), (None, "2025-11-30", "dated")),
        ("Report missing episodes and interview take-up to the Safeguarding Partnership each quarter.", IROM,
         "Rolling", (G_IROM,), (None, None, "ongoing")),
    ]),
    (2, "The consistency of management oversight and supervision in the children in need service.", [
        ("Introduce a supervision audit tool and audit ten records per team each month.", HOS_SQA,
         "w/c 12/01/2026", (G_HOS_SQA,), ("2026-01-12", "2026-01-18", "dated")),
        ("Deliver a reflective supervision course to every team manager.", ATM, "end Q3 25-26",
         (G_ATM,), (None, "2025-12-31", "dated")),
    ]),
    (3, "The sufficiency of placements for older children in care.", [
        ("Develop a semi-independent accommodation framework for 16- and 17-year-olds.", SDP, "Feb/Mar 2026",
         (G_SDP,), ("2026-02-01", "2026-03-31", "dated")),
        ("Review the needs of every child placed outside the county.", CSLT, "Achieved",
         (G_CSLT,), (None, None, "complete")),
    ]),
]


def wyvernsea_gold() -> list[Act]:
    return [Act(a, None, leads, date, (n,)) for n, _r, rows in WY for a, _l, _b, leads, date in rows]


def make_wyvernsea(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.author, d.core_properties.title, d.core_properties.revision = \
        "recmap held-out generator (set 2)", WY_TITLE, 1
    d.add_heading(WY_TITLE, 1)
    d.add_paragraph(NOTE)
    d.add_paragraph("Ofsted made three recommendations. For each, this plan lists the actions we will take, "
                    "who leads them and by when. Progress is reported to the Improvement Board.")
    for n, rec, rows in WY:
        d.add_heading(f"Recommendation {n}", 2)
        p = d.add_paragraph()
        p.add_run(rec).italic = True
        for action, lead, by, *_ in rows:
            d.add_paragraph(action, style="List Number")
            d.add_paragraph(f"Lead: {lead}")
            d.add_paragraph(f"By: {by}")
    d.add_paragraph("Approved by the Improvement Board, November 2025.")
    d.save(str(path))
    _fix_zip(path)


PLANS = (
    ("hollinsmere", "html", make_hollinsmere, hollinsmere_gold, ("rag", "section"),
     "HTML export, two-row thead with colspan, colspan theme rows, rowspan recommendation cells, <ul> and <br> "
     "lists in cells, two leads on <br> lines."),
    ("pennock-cross", "md", make_pennock, pennock_gold, ("section",),
     "markdown pipe tables under ## priority headings, wrapped cells on continuation rows, <br> bullets, escaped "
     "pipes, status words in a Status column."),
    ("corriden", "xlsx", make_corriden, corriden_gold, ("rag",),
     "Excel tracker, header on row 6 with wrapped header cells, hidden ID and original-target columns, merged "
     "priority column, Excel serial-number dates, a Lists sheet."),
    ("wyvernsea", "docx", make_wyvernsea, wyvernsea_gold, (),
     "Word plan with no table: Recommendation N headings, numbered action paragraphs with Lead:/By: lines."),
)


def main(argv: list[str]) -> int:
    import argparse

    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv[1:])  # --help; no options
    OUT.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, ext, make, gold, keys, about in PLANS:
        path = OUT / f"{name}.{ext}"
        make(path)
        rel = str(path.relative_to(ROOT))
        g = GOLD / f"{name}.json"
        g.write_text(json.dumps(_gold(name, rel, about, gold(), keys), indent=1, ensure_ascii=False) + "\n",
                     encoding="utf-8")
        print(f"{name}: {rel} + {g.relative_to(ROOT)} ({len(gold())} actions)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
