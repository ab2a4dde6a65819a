"""PDF tables without ruling lines (extractor.ingest.aligned), and rows a page break leaves at the
top of a page: built here with reportlab, plus the plan of coverage set p laid out that way."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.actions import extract_actions
from extractor.ingest import load_document
from extractor.ingest.aligned import column_tables
from extractor.ingest.lines import Line
from extractor.ingest.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[2]

ROWS = [
    ["Area", "What we will do", "Who", "When"],
    ["Homeless 16 and 17 year olds", "• Refresh the joint protocol with Housing so that every young person has a joint "
     "assessment on the day they present.<br/>• Give every young person written advice about their rights.",
     "Head of Service, Assessment", "January 2023"],
    ["", "Weekly accommodation panel chaired by the Head of Service to agree a plan for every homeless young person.",
     "Head of Service, Assessment", "Weekly"],
    ["Pre-proceedings", "Build a tracker of every child in pre-proceedings with the date of the letter before "
     "proceedings and the date of the next review.", "Head of Service, Court", "February 2023"],
]


def _unruled_pdf(path: Path, rows: list[list[str]], space_above: float = 0.0) -> Path:
    platypus = pytest.importorskip("reportlab.platypus")
    styles = pytest.importorskip("reportlab.lib.styles").getSampleStyleSheet()
    P = platypus.Paragraph
    table = platypus.Table([[P(t, styles["Normal"]) for t in r] for r in rows], colWidths=[90, 230, 110, 70],
                           repeatRows=1)
    table.setStyle(platypus.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    platypus.SimpleDocTemplate(str(path), pagesize=(595, 842)).build(
        [P("Action plan", styles["Heading1"]),
         P("Each row shows the area of work, what we will do, who leads it and when it will be done. "
           "Progress is reported to the board every quarter.", styles["Normal"]),
         platypus.Spacer(1, space_above), table,
         P("Governance: the board reviews this plan every quarter.", styles["Normal"])])
    return path


def test_an_unruled_table_is_read_as_a_table_with_its_header(tmp_path):
    doc = read_pdf(_unruled_pdf(tmp_path / "unruled.pdf", ROWS), source="unruled.pdf")
    tables = list(doc.tables())
    assert len(tables) == 1
    rows = [r.texts() for r in tables[0].rows]
    assert rows[0] == ROWS[0]
    assert [r[0] for r in rows[1:]] == ["Homeless 16 and 17 year olds", "", "Pre-proceedings"]
    assert [r[2:] for r in rows[1:]] == [r[2:] for r in ROWS[1:]]
    # the bullets of one cell stay two items
    assert [b.type for b in tables[0].rows[1].cells[1].blocks] == ["list_item", "list_item"]
    kinds = [b.type if b.type == "table" else b.text[:12] for b in doc.blocks]
    assert kinds == ["Action plan", "Each row sho", "table", "Governance: "]
    acts = extract_actions(doc)
    assert [a.leads_raw for a in acts] == ["Head of Service, Assessment"] * 3 + ["Head of Service, Court"]


def test_an_unruled_table_over_a_page_break_keeps_the_rows_apart(tmp_path):
    # The page break falls inside a group: the row at the top of page 2 has an empty first cell
    # (its group's cell ran on), and it is a row of its own, not the rest of the row above.
    rows = ROWS[:1] + [["Group one" if k == 0 else "", f"Action number {k} of the plan, with enough words to wrap "
                        f"onto a second line of its cell.", "Team Manager", "March 2023"] for k in range(14)]
    doc = read_pdf(_unruled_pdf(tmp_path / "long.pdf", rows, space_above=250), source="long.pdf")
    tables = list(doc.tables())
    assert len(tables) == 1
    got = [r.texts() for r in tables[0].rows]
    assert got[0] == rows[0] and len(got) == len(rows)  # the repeated header dropped, no row joined
    assert {r.page for r in tables[0].rows} == {1, 2}
    assert [g[1] for g in got] == [r[1] for r in rows]


def test_prose_and_lists_are_no_table():
    lines = [Line(f"Line {k} of a paragraph that runs across the page.", 1, 72.0, 100.0 + 14 * k, 111.0 + 14 * k, 11.0)
             for k in range(12)]
    lines += [Line("• an item", 1, 90.0, 300.0, 311.0, 11.0), Line("continued", 1, 100.0, 314.0, 325.0, 11.0)]
    assert column_tables(lines, 540.0) == []
    # two lines side by side (a letterhead, a signature block) are not three columns
    pair = [Line("Ofsted", 1, 72.0, 40.0, 51.0, 11.0), Line("Piccadilly Gate", 1, 400.0, 40.0, 51.0, 11.0),
            Line("Store Street", 1, 400.0, 54.0, 65.0, 11.0)]
    assert column_tables(pair, 540.0) == []


def test_set_p_unruled_plan_is_read():
    gold_actions = 16  # corpus/gold/coverage/p/falconbrook.json
    acts = extract_actions(load_document(ROOT / "corpus" / "coverage" / "p" / "falconbrook.pdf"))
    assert len(acts) == gold_actions
    assert acts[5].text.startswith("Audit every joint assessment") and acts[5].leads_raw == "Quality Assurance Lead"
