"""End-to-end: every seed in ../shared/seeds ingests into the expected structure."""
from __future__ import annotations

import re

import pytest

from extractor.document import document_to_dicts
from extractor.ingest import load_document

ROW_NUMBER = re.compile(r"^(\d+\.\d+)\b")


def _plan_table(doc):
    tables = list(doc.tables())
    assert tables, "no table found"
    return max(tables, key=lambda t: len(t.rows))


def test_seed000_plan_rows_continuations_and_sections(seed):
    doc = load_document(seed("000"))
    t = _plan_table(doc)
    assert t.rows[0].texts() == ["Number Including Ofsted Recommendation", "What we want to achieve", "Action",
                                 "Lead", "Timeframe"]
    firsts = [r.cells[0].text for r in t.rows]
    numbered = [m.group(1) for f in firsts if (m := ROW_NUMBER.match(f)) and f.split()[0] not in ("2.0", "3.0", "4.0")]
    # 21 numbered plan rows: 1.1-1.10, 2.1-2.6, 2.8 (the plan has no 2.7), 3.1-3.3, 4.1
    assert numbered == [f"1.{i}" for i in range(1, 11)] + [f"2.{i}" for i in (1, 2, 3, 4, 5, 6, 8)] + \
        ["3.1", "3.2", "3.3", "4.1"]
    # the continuation row of 1.3 is its own row, directly after it, with an empty number cell
    i13 = firsts.index("1.3 Ofsted Recommendation number 1")
    cont = t.rows[i13 + 1]
    assert cont.cells[0].text == "" and cont.cells[2].text.startswith("To review processes and pathways")
    # section rows keep their place between plan rows, including ones the converter did not tab
    for section in ("1. PRACTICE", "First Response Service", "2.0 PERFORMANCE", "4.0 PARTNERSHIPS",
                    "Internal - Business Support"):
        assert section in firsts
    assert firsts.index("4.0 PARTNERSHIPS") < firsts.index("4.1")
    # HTML bullets in the action cell: nested list items one level down
    row24 = t.rows[firsts.index("2.4 Ofsted recommendation 10")]
    items = [(b.label, b.level) for b in row24.cells[2].blocks]
    assert items[0] == ("•", 0) and items[1:] == [("○", 1)] * 6
    # leads and dates come through as plain cell text
    assert row24.cells[3].text == "David Glover-Wright" and row24.cells[4].text == "Mar 2019"


def test_seed000_appendix_a_ten_recommendations(seed):
    doc = load_document(seed("000"))
    blocks = list(doc.blocks)
    start = next(i for i, b in enumerate(blocks) if b.text.startswith("Appendix A"))
    items = []
    for b in blocks[start + 1:]:
        if b.type == "list_item" and b.level == 0:
            items.append(b)
            if len(items) == 10:
                break
    assert [b.label for b in items] == [f"{i}." for i in range(1, 11)]
    assert items[0].text.startswith("Take immediate action to improve the quality of management oversight")
    assert items[9].text.startswith("Ensure that all staff receive appropriate training")
    assert doc.blocks[0].type == "heading" and doc.blocks[0].text.startswith("BUCKINGHAMSHIRE COUNTY COUNCIL")


def test_seed003_pipe_tables_and_repairs(seed):
    doc = load_document(seed("003"))
    tables = list(doc.tables())
    assert len(tables) > 40
    all_cells = [c.text for t in tables for r in t.rows for c in r.cells]
    assert not any(re.fullmatch(r"[-|: ]+", c) and c for c in all_cells), "separator rows must be dropped"
    assert "September 2015" in all_cells and "Septembe r 2015" not in all_cells
    assert "A: Improving our Leadership, Management, Governance and Partnerships" in all_cells
    # tables are numbered in order and carry their index on every cell
    assert [t.index for t in tables] == list(range(len(tables)))
    assert all(c.prov.table == t.index for t in tables for r in t.rows for c in r.cells)
    headers = [r.texts() for t in tables for r in t.rows if r.texts()[:3] == ["Action", "By When?", "By Whom?"]]
    assert len(headers) >= 15
    text = " ".join(all_cells)
    # good text is left alone
    assert "data zone" in doc.text() + text


def test_seed001_numbered_areas_of_concern(seed):
    doc = load_document(seed("001"))
    labels = [b.label for b in doc.blocks if b.type == "list_item" and b.label and b.label.rstrip(".").isdigit()]
    for n in range(22, 36):
        assert f"{n}." in labels
    assert any(b.text == "Date: Monday 19 February 2018" for b in doc.blocks)


def test_seed002_urgent_recommendations_and_cell_bullets(seed):
    doc = load_document(seed("002"))
    blocks = list(doc.blocks)
    start = next(i for i, b in enumerate(blocks) if b.text.startswith("Recommendations"))
    recs = []
    for b in blocks[start + 1:]:
        if b.type != "list_item":
            break
        recs.append(b)
    assert len(recs) == 6
    assert recs[0].text.startswith("Agree and role model cultural values")
    t = next(doc.tables())
    first = t.rows[0].cells[1].blocks
    assert first[0].text == "Strengths" and first[1].type == "list_item" and first[1].label == "•"


def test_seed004_findings_a_to_n(seed):
    doc = load_document(seed("004"))
    blocks = list(doc.blocks)
    start = next(i for i, b in enumerate(blocks) if b.label == "20.")
    letters = [b.label for b in blocks[start + 1:start + 15]]
    assert letters[:8] == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)"]
    c = blocks[start + 3]
    # the converter bulleted a wrapped line of (c); it is joined back
    assert "considerable shortfalls in capacity in some parts of the service" in c.text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_seed_dumps_as_blocks_json(seed, prefix):
    doc = load_document(seed(prefix))
    rows = document_to_dicts(doc)
    assert rows and doc.format == "text" and not doc.warnings
    assert all(set(r) >= {"type", "text", "label", "level", "page", "table", "row", "cell"} for r in rows)


# --- the bundled fictional samples (corpus/samples, generated by scripts/make_samples.py) ---

from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "samples"
PLAN_REFS = ["1.1 Ofsted recommendation 1", "1.2 Ofsted recommendation 2", "1.3 Ofsted recommendation 1",
             "2.1 Ofsted recommendation 3", "2.2 Ofsted recommendation 4", "2.3 Ofsted recommendation 6",
             "3.1 Ofsted recommendations 1 and 2"]


def _sample(name: str) -> Path:
    p = SAMPLES / name
    if not p.exists():
        pytest.skip(f"{p} missing: run scripts/make_samples.py")
    return p


@pytest.mark.parametrize("name", ["improvement-plan.docx", "improvement-plan.xlsx", "improvement-plan.pdf"])
def test_sample_plan_same_table_in_every_format(name):
    doc = load_document(_sample(name))
    rows = [r for t in doc.tables() for r in t.rows]
    refs = [r.cells[0].text for r in rows if re.match(r"\d\.\d ", r.cells[0].text)]
    assert refs == PLAN_REFS
    # no row cites recommendation 5: it is the deliberately uncovered one
    assert not any(re.search(r"\b5\b", r) for r in refs)
    sections = [r for r in rows if r.cells[0].text == "2. Children in care and care leavers"]
    assert sections and all(c.merged for c in sections[0].cells[1:])
    row12 = next(r for r in rows if r.cells[0].text.startswith("1.2"))
    assert [b.text for b in row12.cells[2].blocks if b.type == "list_item"][1] == \
        "Launch a development programme for team managers and assistant team managers."
    assert [c.text for c in row12.cells[3:]] == ["Service Manager, Front Door", "Mar 2027 \u2013 Jun 2027", "Red"]


def test_sample_report_has_six_bulleted_recommendations():
    doc = load_document(_sample("inspection-report.pdf"))
    blocks = list(doc.blocks)
    start = next(i for i, b in enumerate(blocks) if b.text.startswith("What needs to improve"))
    recs = [b for b in blocks[start + 1:start + 7]]
    assert [b.type for b in recs] == ["list_item"] * 6
    assert recs[4].text.startswith("The consistency of return home interviews")
    assert doc.n_pages >= 4


def test_make_samples_regenerates_the_committed_tables(tmp_path):
    pytest.importorskip("reportlab")
    import runpy

    make = runpy.run_path(str(SAMPLES.parents[1] / "scripts" / "make_samples.py"))
    make["make_plan_docx"](tmp_path / "p.docx")
    make["make_plan_xlsx"](tmp_path / "p.xlsx")
    for fresh, committed in (("p.docx", "improvement-plan.docx"), ("p.xlsx", "improvement-plan.xlsx")):
        a = [r.texts() for t in load_document(tmp_path / fresh).tables() for r in t.rows]
        b = [r.texts() for t in load_document(_sample(committed)).tables() for r in t.rows]
        assert a == b
    # deterministic output: generating again gives the same bytes
    make["make_plan_docx"](tmp_path / "again.docx")
    make["make_plan_xlsx"](tmp_path / "again.xlsx")
    assert (tmp_path / "p.docx").read_bytes() == (tmp_path / "again.docx").read_bytes()
    assert (tmp_path / "p.xlsx").read_bytes() == (tmp_path / "again.xlsx").read_bytes()
