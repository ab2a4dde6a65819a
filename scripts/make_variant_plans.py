#!/usr/bin/env python3
"""Generate FICTIONAL improvement plans in layouts the seed plans do not use, with their gold.

Each variant is one invented plan (Harrowmere, Lowbridge, Fenwick Vale and Oakhurst councils do
not exist) written the way councils lay plans out: columns in another order and with other header
names, references in their own column, leads and dates in one cell, section rows naming the
recommendation, status words instead of dates. Each is written as DOCX, XLSX, a ruled PDF and a
markdown pipe table, into ``corpus/variants/``, and its gold (schema plan-gold-v1, the same plan
in every format) into ``corpus/gold/plans/variant-<name>.json``. The gold is written from the
same data as the documents, by hand-set expectations below, never by running the extractor.

Usage: ``python scripts/make_variant_plans.py`` (needs python-docx, openpyxl, reportlab: the dev
extras). Deterministic: the same bytes every run.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from make_samples import _esc, _fix_zip, _pdf_env  # noqa: E402

NOTE = "Fictional plan generated for recmap tests. The council does not exist."


@dataclass(frozen=True)
class Lead:
    name: str
    kind: str
    role: str | None = None


@dataclass(frozen=True)
class Row:
    """One table row: its printed cells by column name, and the actions it should give."""

    cells: dict[str, str]
    actions: tuple[str, ...]  # the bullets of the action cell, as the gold texts
    leads: tuple[Lead, ...]
    date: tuple[str | None, str | None, str]
    refs: tuple[int, ...] = ()
    rag: str | None = None
    row: str | None = None


@dataclass(frozen=True)
class Variant:
    name: str
    title: str
    header: tuple[str, ...]
    action_col: str
    items: tuple[str | Row, ...]  # a str is a section row spanning the table
    widths: tuple[float, ...] = ()
    section_refs: dict[str, tuple[int, ...]] = field(default_factory=dict)


def _bullets(actions: tuple[str, ...]) -> str:
    return "\n".join(f"• {a}" for a in actions) if len(actions) > 1 else actions[0]


V_LANCET = Variant(
    "lancet", "Harrowmere Council – Children's Services Improvement Plan 2025/26",
    ("Ofsted ref", "Action", "Responsible officer", "Target date", "RAG", "Progress/Update"), "Action",
    (
        Row({"Ofsted ref": "R1, R3", "Responsible officer": "Head of Service – Children in Care", "Target date": "Q3 2025/26",
             "RAG": "Amber", "Progress/Update": "Tracker built; first meeting held in July."},
            ("Introduce a weekly tracker of assessments that are out of timescale.",
             "Report the tracker to the Improvement Board each month."),
            (Lead("Head of Service – Children in Care", "role"),), ("2025-10-01", "2025-12-31", "dated"), (1, 3), "amber"),
        Row({"Ofsted ref": "Rec 2", "Responsible officer": "Principal Social Worker", "Target date": "by end of March 2026",
             "RAG": "G", "Progress/Update": "On track."},
            ("Refresh the supervision policy and train all team managers in reflective supervision.",),
            (Lead("Principal Social Worker", "role"),), (None, "2026-03-31", "dated"), (2,), "green"),
        Row({"Ofsted ref": "Ofsted 4 & 5", "Responsible officer": "DCS / AD Safeguarding", "Target date": "Immediate",
             "RAG": "Red", "Progress/Update": ""},
            ("Chair a fortnightly performance clinic on return home interviews.",),
            (Lead("DCS", "role"), Lead("AD Safeguarding", "role")), (None, None, "immediate"), (4, 5), "red"),
        Row({"Ofsted ref": "Recommendation 6", "Responsible officer": "Priya Shah (Head of Commissioning)",
             "Target date": "Jan–Mar 2026", "RAG": "Amber", "Progress/Update": "Market engagement event booked."},
            ("Commission twelve new local placements for children with complex needs.",),
            (Lead("Priya Shah", "person", "Head of Commissioning"),), ("2026-01-01", "2026-03-31", "dated"), (6,), "amber"),
        Row({"Ofsted ref": "3", "Responsible officer": "Partnership (Police, Health)", "Target date": "Ongoing",
             "RAG": "Green", "Progress/Update": "Protocol signed by all three partners."},
            ("Agree a joint protocol for strategy meetings with police and health partners.",),
            (Lead("Partnership (Police, Health)", "organisation"),), (None, None, "ongoing"), (3,), "green"),
    ),
    widths=(2.4, 9.0, 5.0, 3.0, 1.6, 5.5),
)

V_REORDERED = Variant(
    "reordered", "Lowbridge Borough Council: Ofsted Improvement Plan",
    ("Key tasks", "Timescale", "Lead", "Success measures / impact", "Link to recommendation"), "Key tasks",
    (
        Row({"Timescale": "Spring 2026", "Lead": "Tom Price, AD Early Help",
             "Success measures / impact": "90% of contacts decided within one working day.",
             "Link to recommendation": "Recommendation 3(a)"},
            ("Redesign the front door so that every contact is screened by a qualified social worker.",),
            (Lead("Tom Price", "person", "AD Early Help"),), (None, "2026-05-31", "dated"), (3,)),
        Row({"Timescale": "Sept 25", "Lead": "Amir Khan (Service Manager) and Lucy Ward (Team Manager)",
             "Success measures / impact": "Audits graded good or better rise to 60%.",
             "Link to recommendation": "1"},
            ("Audit ten child protection plans each month.",
             "Feed the audit findings back to each social worker within a week."),
            (Lead("Amir Khan", "person", "Service Manager"), Lead("Lucy Ward", "person", "Team Manager")),
            (None, "2025-09-30", "dated"), (1,)),
        Row({"Timescale": "within 3 months", "Lead": "Head of QA & Performance",
             "Success measures / impact": "Dashboard used at every performance meeting.",
             "Link to recommendation": "R2"},
            ("Publish a monthly dashboard of management oversight for every team.",),
            (Lead("Head of QA & Performance", "role"),), (None, None, "unknown"), (2,)),
        Row({"Timescale": "Monthly", "Lead": "PSW and Head of Workforce",
             "Success measures / impact": "Caseloads below 18 in every team.",
             "Link to recommendation": "2, 4"},
            ("Review caseloads in every team at the workforce board.",),
            (Lead("PSW", "role"), Lead("Head of Workforce", "role")), (None, None, "ongoing"), (2, 4)),
        Row({"Timescale": "TBC", "Lead": "Corporate Parenting Board",
             "Success measures / impact": "Care leavers report they know their health history.",
             "Link to recommendation": "Ofsted 4"},
            ("Give every care leaver a health passport before their eighteenth birthday.",),
            (Lead("Corporate Parenting Board", "team"),), (None, None, "tbc"), (4,)),
    ),
    widths=(9.5, 3.0, 5.0, 6.0, 3.0),
)

V_COMBINED = Variant(
    "combined", "Fenwick Vale Council – Children's Social Care Action Plan",
    ("No.", "What we will do", "Lead and timescale", "RAG", "Progress"), "What we will do",
    (
        "Priority 1: Help and protection",
        Row({"No.": "1.1", "Lead and timescale": "Jane Smith (Principal Social Worker) – by end of March 2026",
             "RAG": "A", "Progress": "Pilot running in two teams."},
            ("Introduce group supervision in every assessment team.",),
            (Lead("Jane Smith", "person", "Principal Social Worker"),), (None, "2026-03-31", "dated"), row="1.1", rag="amber"),
        Row({"No.": "1.2", "Lead and timescale": "Service Manager, MASH – Q4 2025/26",
             "RAG": "G", "Progress": ""},
            ("Train MASH staff in the new threshold document.",),
            (Lead("Service Manager, MASH", "role"),), ("2026-01-01", "2026-03-31", "dated"), row="1.2", rag="green"),
        "Priority 2: Children in care",
        Row({"No.": "2.1", "Lead and timescale": "Head of Service (Children in Care), Dec 2025",
             "RAG": "R", "Progress": "Delayed by recruitment."},
            ("Review the care plan of every child in care for more than two years.",),
            (Lead("Head of Service (Children in Care)", "role"),), (None, "2025-12-31", "dated"), row="2.1", rag="red"),
        Row({"No.": "2.2", "Lead and timescale": "Fostering Team: ongoing",
             "RAG": "G", "Progress": "Campaign launched."},
            ("Run a year-round campaign to recruit foster carers for teenagers.",),
            (Lead("Fostering Team", "team"),), (None, None, "ongoing"), row="2.2", rag="green"),
    ),
    widths=(1.5, 11.0, 7.0, 1.5, 6.0),
)

V_SECTIONS = Variant(
    "sections", "Oakhurst County Council – Improvement Plan following the ILACS inspection",
    ("Action", "By when", "Lead", "Status"), "Action",
    (
        "Recommendation 1: Timeliness of assessments",
        Row({"By when": "w/c 3 March 2025", "Lead": "J. Smith (HoS)", "Status": "Complete"},
            ("Set up a daily huddle in the assessment service.",),
            # the date cell says when; "Complete" in the Status column is the update, not the date
            (Lead("J. Smith", "person", "HoS"),), ("2025-03-03", "2025-03-09", "dated"), (1,)),
        Row({"By when": "2025/26", "Lead": "LSCP Business Manager", "Status": "On track"},
            ("Deliver multi-agency training on neglect.",),
            (Lead("LSCP Business Manager", "role"),), ("2025-04-01", "2026-03-31", "dated"), (1,)),
        "Recommendation 2: Care leavers",
        Row({"By when": "Sept 2025 onwards", "Lead": "Leaving Care Team", "Status": "On track"},
            ("Offer every care leaver a personal adviser until they are 25.",),
            (Lead("Leaving Care Team", "team"),), ("2025-09-01", None, "ongoing"), (2,)),
        Row({"By when": "Summer term 2026", "Lead": "Virtual School Head / Designated Nurse", "Status": "Not started"},
            ("Agree a health and education passport with the Children in Care Council.",),
            (Lead("Virtual School Head", "role"), Lead("Designated Nurse", "role")), (None, "2026-07-31", "dated"), (2,)),
    ),
    widths=(12.0, 4.0, 6.0, 3.5),
)

VARIANTS = (V_LANCET, V_REORDERED, V_COMBINED, V_SECTIONS)
FORMATS = ("docx", "xlsx", "pdf", "md")


def _cells(v: Variant, row: Row, bullet_text: bool) -> list[str]:
    out = []
    for h in v.header:
        if h == v.action_col:
            out.append(_bullets(row.actions) if bullet_text else "")
        else:
            out.append(row.cells.get(h, ""))
    return out


def make_docx(v: Variant, path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT

    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    cp = d.core_properties
    cp.author, cp.title, cp.revision = "recmap variant generator (fictional)", v.title, 1
    d.add_heading(v.title, 1)
    d.add_paragraph(NOTE)
    t = d.add_table(rows=1, cols=len(v.header))
    t.style = d.styles["Table Grid"]
    for c, h in enumerate(v.header):
        t.rows[0].cells[c].text = h
    ai = v.header.index(v.action_col)
    for item in v.items:
        r = t.add_row()
        if isinstance(item, str):
            r.cells[0].merge(r.cells[-1]).text = item
            continue
        for c, text in enumerate(_cells(v, item, False)):
            r.cells[c].text = text
        cell = r.cells[ai]
        if len(item.actions) == 1:
            cell.text = item.actions[0]
        else:
            cell.paragraphs[0].text = item.actions[0]
            cell.paragraphs[0].style = d.styles["List Bullet"]
            for a in item.actions[1:]:
                cell.add_paragraph(a, style="List Bullet")
    d.save(str(path))
    _fix_zip(path)


def make_xlsx(v: Variant, path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    wb.properties.creator, wb.properties.title = "recmap variant generator (fictional)", v.title
    ws.append([v.title])
    ws.append([NOTE])
    ws.append([])
    ws.append(list(v.header))
    for item in v.items:
        if isinstance(item, str):
            ws.append([item])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(v.header))
            continue
        ws.append(_cells(v, item, True))
    wb.save(str(path))
    _fix_zip(path)


def make_pdf(v: Variant, path: Path) -> None:
    e = _pdf_env()
    st, cm, P = e["styles"], e["cm"], e["Paragraph"]
    doc = e["SimpleDocTemplate"](str(path), pagesize=e["landscape"](e["A4"]), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                                 topMargin=1.5 * cm, bottomMargin=1.5 * cm, title=v.title,
                                 author="recmap variant generator (fictional)")
    story = [P(_esc(v.title), st["h1"]), P(_esc(NOTE), st["body"])]
    rows: list[list] = [[P(_esc(h), st["cellb"]) for h in v.header]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, e["colors"].black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    ai = v.header.index(v.action_col)
    for item in v.items:
        if isinstance(item, str):
            style.append(("SPAN", (0, len(rows)), (-1, len(rows))))
            rows.append([P(_esc(item), st["cellb"])] + [""] * (len(v.header) - 1))
            continue
        cells: list = [P(_esc(t), st["cell"]) for t in _cells(v, item, False)]
        cells[ai] = [P(f"• {_esc(a)}" if len(item.actions) > 1 else _esc(a), st["cell"]) for a in item.actions]
        rows.append(cells)
    table = e["Table"](rows, colWidths=[w * cm for w in v.widths], repeatRows=1)
    table.setStyle(e["TableStyle"](style))
    story.append(table)
    doc.build(story)


def make_md(v: Variant, path: Path) -> None:
    lines = [f"# {v.title}", "", NOTE, "", "| " + " | ".join(v.header) + " |", "|" + "---|" * len(v.header)]
    for item in v.items:
        if isinstance(item, str):
            lines.append(f"| **{item}** |" + " |" * (len(v.header) - 1))
            continue
        cells = [c.replace("\n", "<br>") for c in _cells(v, item, True)]
        lines.append("| " + " | ".join(cells) + " |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def gold(v: Variant, paths: list[str]) -> dict:
    actions = []
    section = None
    has_sections = any(isinstance(i, str) for i in v.items)
    for item in v.items:
        if isinstance(item, str):
            section = item
            continue
        refs = item.refs or ()
        for i, text in enumerate(item.actions):
            actions.append({
                "id": f"{v.name}-{len(actions) + 1}", "row": item.row, "text": text,
                # without section rows the plan's title may stand as the section: not scored
                **({"section": section} if has_sections else {}),
                "leads": [{"name": l.name, "kind": l.kind, "role": l.role} for l in item.leads],
                "date": {"start": item.date[0], "end": item.date[1], "status": item.date[2]},
                "explicit_refs": list(refs), "other_refs": [], **({"rag": item.rag} if item.rag else {}),
            })
    return {"schema": "plan-gold-v1",
            "about": f"Fictional variant plan '{v.name}' made by scripts/make_variant_plans.py; gold written from the "
                     "generator's data (not from the extractor). Same plan in every listed format.",
            "plan": paths[0], "plans": paths, "actions": actions}


def main(argv: list[str]) -> int:
    import argparse

    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv[1:])  # --help; no options
    out = ROOT / "corpus" / "variants"
    out.mkdir(parents=True, exist_ok=True)
    makers = {"docx": make_docx, "xlsx": make_xlsx, "pdf": make_pdf, "md": make_md}
    for v in VARIANTS:
        paths = []
        for fmt in FORMATS:
            target = out / f"{v.name}.{fmt}"
            makers[fmt](v, target)
            paths.append(str(target.relative_to(ROOT)))
        g = ROOT / "corpus" / "gold" / "plans" / f"variant-{v.name}.json"
        g.write_text(json.dumps(gold(v, paths), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{v.name}: {', '.join(paths)} + {g.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
