"""PDF ingest end to end: small PDFs built here with reportlab, and real Ofsted reports from ../shared."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.ingest import load_document
from extractor.ingest.pdf import Edge, grid_edges, read_pdf, ruled_cells, scan_page
from tests.conftest import shared_path

REPORTS = ("corpus", "ofsted-reports")
RECOMMENDATION_HEADINGS = re.compile(
    r"^(Recommendations|What needs to improve|Areas for improvement|What does the LSCB need to improve)", re.I
)


# --------------------------------------------------------------------------- generated PDFs

def _canvas(path: Path):
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    return canvas.Canvas(str(path), pagesize=(595, 842))


def _running(c, page: int, pages: int) -> None:
    c.setFont("Helvetica", 8)
    c.drawString(72, 810, "Borsetshire County Council improvement plan")
    c.drawString(280, 30, f"Page {page} of {pages}")


@pytest.fixture
def prose_pdf(tmp_path) -> Path:
    """Three pages: running header/footer, a heading, a numbered list, a paragraph across a page break."""
    p = tmp_path / "prose.pdf"
    c = _canvas(p)
    _running(c, 1, 3)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 740, "Recommendations")
    c.setFont("Helvetica", 11)
    y = 710
    for n, (first, second) in enumerate([
        ("Improve the quality of management oversight and decision-", "making at all levels."),
        ("Ensure that all written records are clear and up to date, and accurately", "identify the circumstances of children."),
    ], 1):
        c.drawString(72, y, f"{n}. {first}")
        c.drawString(90, y - 14, second)
        y -= 40
    c.drawString(72, 74, "The local authority has made progress in some areas of its work with children and")
    c.drawString(72, 60, "families, but the pace of change has been too slow in the areas that matter")
    c.showPage()
    _running(c, 2, 3)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "most to children who need help and protection.")
    c.drawString(72, 730, "A second paragraph starts after a gap.")
    c.showPage()
    _running(c, 3, 3)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "The last page says something else entirely.")
    c.save()
    return p


@pytest.fixture
def table_pdf(tmp_path) -> Path:
    """A ruled plan table: a spanning section row, bullets inside a cell, and prose around it."""
    platypus = pytest.importorskip("reportlab.platypus")
    styles = pytest.importorskip("reportlab.lib.styles").getSampleStyleSheet()
    colors = pytest.importorskip("reportlab.lib.colors")
    P = platypus.Paragraph
    bullets = P("• Recruit permanent managers<br/>• Reduce caseloads to 18", styles["Normal"])
    data = [
        [P("Ref", styles["Normal"]), P("Action", styles["Normal"]), P("Lead", styles["Normal"]), P("By when", styles["Normal"])],
        [P("Priority 1: a stable workforce", styles["Normal"]), "", "", ""],
        [P("1.1", styles["Normal"]), bullets, P("Head of Service", styles["Normal"]), P("March 2019", styles["Normal"])],
        [P("1.2", styles["Normal"]), P("Audit supervision records monthly", styles["Normal"]),
         P("Principal Social Worker", styles["Normal"]), P("Ongoing", styles["Normal"])],
    ]
    table = platypus.Table(data, colWidths=[50, 220, 120, 80])
    table.setStyle(platypus.TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 1), (-1, 1))]))
    p = tmp_path / "plan.pdf"
    doc = platypus.SimpleDocTemplate(str(p))
    doc.build([P("Improvement plan", styles["Heading1"]), P("The plan answers the inspection.", styles["Normal"]),
               table, P("Progress is reported to the board each quarter.", styles["Normal"])])
    return p


def test_generated_prose_headers_footers_lists_and_page_breaks(prose_pdf):
    doc = read_pdf(prose_pdf, source="prose.pdf")
    assert doc.n_pages == 3 and doc.format == "pdf"
    kinds = [(b.type, b.label) for b in doc.blocks]
    assert kinds[:3] == [("heading", None), ("list_item", "1."), ("list_item", "2.")]
    assert doc.blocks[1].text == "Improve the quality of management oversight and decision-making at all levels."
    # The paragraph broken by the page break is one block, on the page where it starts.
    para = next(b for b in doc.blocks if b.text.startswith("The local authority has made progress"))
    assert para.text.endswith("areas that matter most to children who need help and protection.")
    assert para.page == 1
    text = doc.text()
    assert "Borsetshire County Council improvement plan" not in text
    assert "Page 2 of 3" not in text and not re.search(r"Page \d", text)


def test_generated_ruled_table_cells_bullets_and_merged_cells(table_pdf):
    doc = read_pdf(table_pdf, source="plan.pdf")
    tables = list(doc.tables())
    assert len(tables) == 1
    t = tables[0]
    assert t.n_cols == 4 and len(t.rows) == 4
    assert t.rows[0].texts() == ["Ref", "Action", "Lead", "By when"]
    # The spanning section row: its first cell holds the text, the covered ones repeat it as merged.
    section = t.rows[1].cells
    assert section[0].text == "Priority 1: a stable workforce" and not section[0].merged
    assert all(c.merged and c.text == section[0].text for c in section[1:])
    # Bullets inside a cell come out as list items.
    action = t.rows[2].cells[1]
    assert [(b.type, b.label, b.text) for b in action.blocks] == [
        ("list_item", "•", "Recruit permanent managers"), ("list_item", "•", "Reduce caseloads to 18")]
    assert action.prov.row == 2 and action.prov.cell == 1 and action.prov.page == 1
    # Table text is not repeated as prose; the prose around the table keeps its order.
    prose = [b.text for b in doc.blocks if b.type != "table"]
    assert not any("Head of Service" in t_ or "Audit supervision" in t_ for t_ in prose)
    order = [b.type if b.type == "table" else b.text for b in doc.blocks]
    assert order == ["Improvement plan", "The plan answers the inspection.", "table",
                     "Progress is reported to the board each quarter."]


def test_page_turned_by_rotate_keeps_the_content_order(tmp_path):
    # /Rotate set after the fact (a viewer's "rotate page"): pdfium reads it sideways.
    p = tmp_path / "rotated.pdf"
    c = _canvas(p)
    c.setPageRotation(90)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 740, "Recommendations")
    c.setFont("Helvetica", 11)
    c.drawString(72, 710, "1. Improve the quality of management oversight and decision-")
    c.drawString(90, 696, "making at all levels.")
    c.drawString(72, 670, "2. Ensure that all written records are clear.")
    c.save()
    doc = read_pdf(p, source="rotated.pdf")
    assert [(b.type, b.label, b.text) for b in doc.blocks] == [
        ("heading", None, "Recommendations"),
        ("list_item", "1.", "Improve the quality of management oversight and decision-making at all levels."),
        ("list_item", "2.", "Ensure that all written records are clear."),
    ]


def _plan_table_pdf(path: Path, data: list[list[str]], widths: list[float], space_above: float = 0.0, **split) -> Path:
    """A ruled plan table built with reportlab's platypus (``split``: its page-break options)."""
    platypus = pytest.importorskip("reportlab.platypus")
    styles = pytest.importorskip("reportlab.lib.styles").getSampleStyleSheet()
    colors = pytest.importorskip("reportlab.lib.colors")
    P = platypus.Paragraph
    table = platypus.Table([[P(t, styles["Normal"]) for t in row] for row in data], colWidths=widths, **split)
    table.setStyle(platypus.TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = platypus.SimpleDocTemplate(str(path), pagesize=(595, 842))
    doc.build([P("Improvement plan", styles["Normal"]), platypus.Spacer(1, space_above), table,
               P("Signed off by the board.", styles["Normal"])])
    return path


SPLIT_ACTION = ("Deliver a practice workshop for every team manager, covering assessment, planning and oversight, "
                "with a follow-up observation of supervision and a written note of learning for each manager that is "
                "shared with their head of service.")


def test_table_row_split_by_a_page_break_is_one_row_of_one_table(tmp_path):
    # kingsmoor.pdf's layout: row 1.2 starts at the foot of page 1 (its bottom left open, no rule)
    # and ends on page 2 under the repeated header, its first cell empty there.
    data = [["Ref", "Action", "Lead", "By when"],
            ["1.1", "Set an assessment target and report it weekly.", "J. Patel / K. Osei", "April 2026"],
            ["1.2", SPLIT_ACTION, "Head of Service", "June 2026"],
            ["1.3", "Audit a sample of assessments each month.", "Principal Social Worker", "Monthly"]]
    p = _plan_table_pdf(tmp_path / "split.pdf", data, [40, 250, 110, 70], space_above=600,
                        repeatRows=1, splitByRow=0, splitInRow=1)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(p))
    page2 = pdf[1].get_textpage().get_text_range()
    pdf.close()
    assert page2.startswith("Ref Action") and "their head of service" in page2 and "1.2" not in page2, \
        "the fixture no longer splits row 1.2 across the page break (reportlab changed?)"
    doc = read_pdf(p, source="split.pdf")
    tables = list(doc.tables())
    assert len(tables) == 1
    t = tables[0]
    assert [r.texts() for r in t.rows] == data  # the header once, row 1.2 whole
    assert [r.page for r in t.rows] == [1, 1, 1, 2]  # a row is on the page where it starts
    cell = t.rows[3].cells[1]
    assert (cell.prov.table, cell.prov.row, cell.prov.cell, cell.prov.page) == (0, 3, 1, 2)
    assert [b.text for b in t.rows[2].cells[1].blocks] == [SPLIT_ACTION]
    assert [b.type if b.type == "table" else b.text for b in doc.blocks] == [
        "Improvement plan", "table", "Signed off by the board."]


def test_table_continued_on_the_next_page_drops_the_repeated_header(tmp_path):
    rows = [["Ref", "Action", "Lead"]] + [[f"1.{n}", f"Action number {n} of the plan.", "Head of Service"]
                                           for n in range(1, 40)]
    doc = read_pdf(_plan_table_pdf(tmp_path / "long.pdf", rows, [40, 300, 120], repeatRows=1), source="long.pdf")
    tables = list(doc.tables())
    assert len(tables) == 1 and tables[0].rows[-1].page == 2
    assert [r.texts() for r in tables[0].rows] == rows
    assert [c.prov.row for r in tables[0].rows for c in r.cells[:1]] == list(range(len(rows)))


def test_next_table_after_a_joined_one_is_renumbered(tmp_path):
    platypus = pytest.importorskip("reportlab.platypus")
    styles = pytest.importorskip("reportlab.lib.styles").getSampleStyleSheet()
    colors = pytest.importorskip("reportlab.lib.colors")

    def table(rows, widths):
        t = platypus.Table([[platypus.Paragraph(c, styles["Normal"]) for c in r] for r in rows], colWidths=widths,
                           repeatRows=1)
        t.setStyle(platypus.TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        return t

    long = [["Ref", "Action", "Lead"]] + [[f"1.{n}", f"Action {n}.", "DCS"] for n in range(1, 45)]
    p = tmp_path / "two.pdf"
    platypus.SimpleDocTemplate(str(p), pagesize=(595, 842)).build(
        [table(long, [40, 300, 120]), platypus.Paragraph("Key", styles["Normal"]),
         table([["Colour", "Meaning"], ["Green", "On track"]], [100, 200])])
    tables = list(read_pdf(p, source="two.pdf").tables())
    assert [t.index for t in tables] == [0, 1] and len(tables[0].rows) == len(long)
    assert tables[1].rows[1].cells[0].prov.table == 1 and tables[1].rows[1].texts() == ["Green", "On track"]


def test_tables_with_text_between_them_stay_apart(tmp_path):
    # Same columns on consecutive pages, but a paragraph opens page 2 before the second table:
    # two tables, each with its own header.
    platypus = pytest.importorskip("reportlab.platypus")
    styles = pytest.importorskip("reportlab.lib.styles").getSampleStyleSheet()
    colors = pytest.importorskip("reportlab.lib.colors")

    def table(rows):
        t = platypus.Table([[platypus.Paragraph(c, styles["Normal"]) for c in r] for r in rows], colWidths=[40, 300, 120])
        t.setStyle(platypus.TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        return t

    first = [["Ref", "Action", "Lead"]] + [[f"1.{n}", f"Action {n}.", "DCS"] for n in range(1, 30)]
    second = [["Ref", "Action", "Lead"], ["2.1", "Another priority's action.", "Head of Service"]]
    p = tmp_path / "apart.pdf"
    platypus.SimpleDocTemplate(str(p), pagesize=(595, 842)).build(
        [table(first), platypus.PageBreak(), platypus.Paragraph("Priority 2: care leavers", styles["Normal"]),
         table(second)])
    doc = read_pdf(p, source="apart.pdf")
    assert [len(t.rows) for t in doc.tables()] == [len(first), len(second)]
    assert [b.type if b.type == "table" else b.text for b in doc.blocks] == ["table", "Priority 2: care leavers", "table"]


def test_initial_and_surname_in_a_cell_is_not_a_list_item(tmp_path):
    data = [["Ref", "Action", "Lead"], ["1.1", "Audit a sample of assessments.", "J. Patel / K. Osei"],
            ["1.2", "a. Brief every team", "M. Wood (Head of Service)"]]
    t = next(read_pdf(_plan_table_pdf(tmp_path / "lead.pdf", data, [40, 250, 150]), source="lead.pdf").tables())
    assert [(b.type, b.label, b.text) for b in t.rows[1].cells[2].blocks] == [("paragraph", None, "J. Patel / K. Osei")]
    assert [(b.type, b.label, b.text) for b in t.rows[2].cells[2].blocks] == [
        ("paragraph", None, "M. Wood (Head of Service)")]
    assert [(b.type, b.label) for b in t.rows[2].cells[1].blocks] == [("list_item", "a.")]


@pytest.mark.parametrize("width", [40, 50, 60, 70])
def test_word_broken_at_a_narrow_cells_edge_is_mended(tmp_path, width):
    # reportlab breaks "Recommendation" without a hyphen where the column is narrower than the word
    # ("Recom" / "mendati" / "on 6" at 50 pt); "Head of" / "Commissioning" is an ordinary wrap.
    data = [["Ofsted ref", "Action", "Lead"],
            ["Recommendation 6", "Open a children's home in the borough.", "Head of Commissioning"],
            ["Recommendation 2", "Review supervision arrangements for every team.", "Service manager"]]
    p = _plan_table_pdf(tmp_path / "narrow.pdf", data, [width, 250, 110])
    t = next(read_pdf(p, source="narrow.pdf").tables())
    assert [r.texts() for r in t.rows] == data


CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _corpus_pdf(*parts: str) -> Path:
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not generated (scripts/make_layout_plans.py, scripts/make_variant_plans.py)")
    return path


def test_kingsmoor_row_split_across_pages_is_one_row():
    """The input that showed the bug: row 1.2 of the held-out Kingsmoor plan, pages 1-2."""
    doc = load_document(_corpus_pdf("heldout", "kingsmoor.pdf"))
    tables = list(doc.tables())
    assert len(tables) == 1
    rows = [r.texts() for r in tables[0].rows]
    assert rows[0] == ["Ref", "Action", "Lead officer", "Timescale", "Measure of success"]
    assert sum(r == rows[0] for r in rows) == 1  # the header repeated on page 2 is dropped
    row = next(r for r in tables[0].rows if r.cells[0].text == "1.2")
    assert row.page == 1 and row.cells[2].text == "Chris Doyle (Head of Service, Early Help)"
    assert row.cells[1].text.startswith("Deliver a practice-standards workshop")
    assert row.cells[1].text.endswith("with a follow-up observation of supervision and a written note of learning for "
                                      "each manager that is shared with their head of service.")
    assert row.cells[4].text.endswith("supervision helps them to plan for children.")
    assert not any("Deliver a practice-standards" in b.text for b in doc.blocks if b.type != "table")
    lead = next(r for r in tables[0].rows if r.cells[0].text == "1.3").cells[2]
    assert [(b.type, b.text) for b in lead.blocks] == [("paragraph", "J. Patel / K. Osei")]


def test_lancet_narrow_ref_column_keeps_recommendation_whole():
    doc = load_document(_corpus_pdf("variants", "lancet.pdf"))
    refs = [r.cells[0].text for t in doc.tables() for r in t.rows]
    assert "Recommendation 6" in refs and not any("Recommendat ion" in r for r in refs)


# --------------------------------------------------------------------------- ruled grids

def _h(x0: float, x1: float, y: float) -> Edge:
    return Edge(x0, y, x1, y)


def _v(x: float, top: float, bottom: float) -> Edge:
    return Edge(x, top, x, bottom)


def _ruled(xs: list[float], ys: list[float]) -> list[Edge]:
    """A full grid: a row rule at each y across the xs, a column rule at each x down the ys."""
    return [_h(xs[0], xs[-1], y) for y in ys] + [_v(x, ys[0], ys[-1]) for x in xs]


def test_ruled_cells_two_by_two_grid():
    cells = [(0, 0, 50, 20), (0, 20, 50, 40), (50, 0, 100, 20), (50, 20, 100, 40)]
    assert ruled_cells(_ruled([0, 50, 100], [0, 20, 40])) == [cells]


def test_ruled_cells_tables_in_reading_order():
    lower = _ruled([10, 60, 110], [300, 320, 340])  # listed first, drawn lower down
    upper = _ruled([200, 250, 300], [100, 120])
    tables = ruled_cells(lower + upper)
    assert [len(t) for t in tables] == [2, 4]
    assert tables[0] == [(200, 100, 250, 120), (250, 100, 300, 120)]


def test_ruled_cells_missing_inner_rule_merges_cells():
    # The middle column rule stops at y=20: the bottom row's two cells are one.
    edges = [_h(0, 100, y) for y in (0, 20, 40)] + [_v(0, 0, 40), _v(100, 0, 40), _v(50, 0, 20)]
    assert ruled_cells(edges) == [[(0, 0, 50, 20), (0, 20, 100, 40), (50, 0, 100, 20)]]


def test_ruled_cells_snaps_and_joins_rules_and_keeps_thin_rectangles():
    # Rules drawn a little apart (within TABLE_TOLERANCE), a row rule in two pieces with a
    # gap, column rules stopping short of the frame, borders drawn as thin filled rectangles
    # (Word's): still a 2x2 grid, the three row rules near 20 one rule at their mean.
    edges = [
        Edge(0, 0, 100, 0.75), _h(0.5, 100, 21), _h(0, 48, 19.5), _h(50.5, 99, 20.2), _h(0, 100, 40),
        Edge(0, 0, 0.5, 40), _v(1.5, 2, 38), Edge(50, 1.5, 50.75, 39), _v(100, 0, 40),
    ]
    [cells] = ruled_cells(edges)
    assert len(cells) == 4
    mid = {c[1] for c in cells} - {0}
    assert len(mid) == 1 and 19.5 < mid.pop() < 21


def test_ruled_cells_no_grid():
    assert ruled_cells([_h(0, 100, 0), _h(0, 100, 20)]) == []
    assert ruled_cells([]) == []
    assert ruled_cells(_ruled([0, 100], [0, 20])) == []  # one framed box is not a table


def test_ruled_tables_of_every_real_report_page():
    """Every page of the Ofsted reports through scan_page, grid_edges and ruled_cells (what
    edges_to_tables does before reading cell text). The figures were those of the table
    finder when it moved to pdfplumber's own functions (the same as its previous copy in
    extractor/ingest/grid.py). A change to the rule scan or a pdfplumber upgrade that moves
    them must be checked on the pages that changed (`recmap blocks FILE --json`) before the
    figures are updated."""
    import pypdfium2 as pdfium

    root = shared_path(*REPORTS)
    n_pdfs = n_pages = n_grid_pages = n_cells = n_tables = 0
    for path in sorted(root.rglob("*.pdf")):
        if path.read_bytes()[:5] != b"%PDF-":
            continue  # a web page saved as .pdf
        pdf = pdfium.PdfDocument(str(path))
        n_pdfs += 1
        for i in range(len(pdf)):
            page = pdf[i]
            n_pages += 1
            try:
                edges = grid_edges(scan_page(page, page.get_height()).edges)
            finally:
                page.close()
            if edges:
                tables = ruled_cells(edges)
                n_grid_pages += 1
                n_tables += len(tables)
                n_cells += sum(len(t) for t in tables)
    assert (n_pdfs, n_pages) == (126, 2730), "the corpus changed: re-measure the figures below"
    assert (n_grid_pages, n_tables, n_cells) == (243, 253, 1901)


# --------------------------------------------------------------------------- real reports

def test_bucks_2018_ten_recommendations_on_page_8():
    path = shared_path(*REPORTS, "buckinghamshire-80442", "2018-01-29.pdf")
    doc = load_document(path)
    blocks = list(doc.blocks)
    i = next(k for k, b in enumerate(blocks) if b.type == "heading" and b.text == "Recommendations")
    recs = blocks[i + 1:i + 11]
    assert [b.label for b in recs] == [f"{n}." for n in range(1, 11)]
    assert all(b.type == "list_item" and b.page == 8 and b.level == 0 for b in recs)
    assert blocks[i + 11].type == "heading"  # "Summary for children and young people" follows
    assert recs[0].text.startswith("Take immediate action to improve the quality of management oversight and "
                                   "decision-making at all levels")
    assert recs[9].text.endswith("to keep them up to date in their knowledge and practice.")
    for b in recs:  # no page numbers or running lines glued in
        assert not re.search(r"\b(Page \d+|Buckinghamshire County Council)\b", b.text)
        assert not re.search(r"\s\d\s*$", b.text)


def test_bucks_2018_judgement_table_on_page_1():
    doc = load_document(shared_path(*REPORTS, "buckinghamshire-80442", "2018-01-29.pdf"))
    first = next(doc.tables())
    assert first.page == 1
    cells = [c.text for r in first.rows for c in r.cells]
    assert "inadequate" in cells and "good" in cells
    assert any(c.merged for r in first.rows for c in r.cells)
    # Its text is in the table only, not duplicated as page-1 prose.
    assert not any("Adoption performance" in b.text for b in doc.blocks if b.type != "table")


def _one_report_per_year() -> list[tuple[str, Path]]:
    root = shared_path(*REPORTS)
    by_year: dict[str, Path] = {}
    for pdf in sorted(root.glob("*/*.pdf")):
        year = pdf.name[:4]
        if year not in by_year and pdf.read_bytes()[:5] == b"%PDF-":
            by_year[year] = pdf
    return sorted(by_year.items())


@pytest.fixture(scope="module")
def spread():
    """One real report per year, ingested once for the tests below."""
    return [(year, path, load_document(path)) for year, path in _one_report_per_year()]


def test_one_report_per_year_has_headings_lists_and_a_recommendations_heading(spread):
    assert len(spread) >= 14
    for year, path, doc in spread:
        types = {b.type for b in doc.blocks}
        assert {"heading", "list_item", "paragraph"} <= types, (year, path)
        heads = [b.text for b in doc.blocks if b.type == "heading" and RECOMMENDATION_HEADINGS.match(b.text)]
        assert heads, f"{path}: no recommendations heading"
        # Running page numbers never come out as blocks of their own.
        assert not any(re.fullmatch(r"\d{1,3}", b.text) for b in doc.blocks), path


def test_wrapped_lines_are_joined_across_the_spread(spread):
    # A block starting with a lower-case word after an unfinished one is a broken run-on
    # (a two-line heading split, a list item cut at a page break...). Measured: 0.6% of
    # blocks over the whole corpus; allow a little more on any one report.
    for year, path, doc in spread:
        blocks = [b for b in doc.blocks if b.type != "table"]
        broken = [b for a, b in zip(blocks, blocks[1:])
                  if b.type == "paragraph" and b.text[:1].islower() and not a.text.endswith((".", ":", ";"))]
        assert len(broken) <= max(3, 0.02 * len(blocks)), (path, [b.text[:40] for b in broken])


def test_footnote_marker_on_2025_heading_is_not_a_block():
    root = shared_path(*REPORTS)
    recent = sorted(root.glob("*/2025-*.pdf")) + sorted(root.glob("*/2026-*.pdf"))
    if not recent:
        pytest.skip("no 2025-26 reports in ../shared")
    doc = load_document(recent[0])
    heads = [b for b in doc.blocks if b.type == "heading" and b.text.startswith("What needs to improve")]
    assert heads and heads[0].text == "What needs to improve?"
    nxt = doc.blocks[doc.blocks.index(heads[0]) + 1]
    assert nxt.type == "list_item" and len(nxt.text) > 40


def test_letter_ingests():
    root = shared_path("corpus", "ofsted-letters")
    letter = next(iter(sorted(root.glob("*/*.pdf"))))
    doc = load_document(letter)
    assert doc.n_pages and any(b.type == "paragraph" for b in doc.blocks)


def test_cli_blocks_json_on_a_real_report(capsys):
    path = shared_path(*REPORTS, "buckinghamshire-80442", "2018-01-29.pdf")
    assert main(["blocks", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["error"] is None and out["pages"] == 32
    recs = [b for b in out["blocks"] if b["type"] == "list_item" and b["page"] == 8]
    assert [b["label"] for b in recs] == [f"{n}." for n in range(1, 11)]
    cells = [b for b in out["blocks"] if b["table"] is not None and b["row"] is not None]
    assert cells and all(b["cell"] is not None for b in cells)


# --------------------------------------------------------------------------- letters: paragraph bounds (issue 19)

LETTERS = ("corpus", "ofsted-letters")


def _block_starting(doc, start: str):
    hits = [b for b in doc.blocks if b.text.startswith(start)]
    assert len(hits) == 1, (start, [b.text[:40] for b in hits])
    return hits[0]


@pytest.mark.parametrize("letter,start,page,goes_on", [
    # the sentence ends at the foot of the page; the next page opens with one that points back
    ("durham-80465/2024-01-12-focused-visit.pdf", "Support to care-experienced young people who are at university",
     2, "from their PAs. This support was described as a ‘lifeline’ for some"),
    ("greenwich-80495/2018-05-09-jtai.pdf", "The inspectorates recognise the complexities",
     1, "difficult to achieve and sustain. In addition, many of these children also have mental health"),
    ("wigan-80579/2020-11-20-focused-visit.pdf", "The improvement programme following the focused visit",
     1, "in children’s services. However, this has been significantly reinvigorated"),
])
def test_paragraph_goes_on_when_the_next_page_points_back_at_it(letter, start, page, goes_on):
    block = _block_starting(load_document(shared_path(*LETTERS, *letter.split("/"))), start)
    assert block.type == "paragraph" and block.page == page
    assert goes_on in block.text


def test_coventry_2024_narrow_gap_and_page_with_room_left_end_paragraphs():
    """Coventry JTAI 2024 p6-7: a 9.3 pt gap (paragraphs are 15-18 pt apart, lines 3.3 pt) ends
    "Staff working ...", and p6 ends two lines short of the foot of its text, so "Development of
    trust ..." (two lines) opens a paragraph of its own on p7: three paragraphs, as printed."""
    doc = load_document(shared_path(*LETTERS, "coventry-80456", "2024-05-17-jtai.pdf"))
    staff = _block_starting(doc, "Staff working with children are well supported")
    governance = _block_starting(doc, "Clear governance arrangements are in place")
    trust = _block_starting(doc, "Development of trust with young people")
    assert staff.text.endswith("of vicarious trauma.") and governance.text.endswith("available to children.")
    assert (staff.page, governance.page, trust.page) == (6, 6, 7)


def test_peterborough_2017_paragraphs_11_pt_apart_are_separate_recommendations():
    """Peterborough JTAI 2017 p11-12: under "Leadership and management ..." paragraphs 19 pt apart
    and 11.6-11.8 pt apart (lines 3.7 pt) are all paragraphs of their own (probation, police,
    health): seven items (the gold first held four: its drafting splitter had joined three of the
    narrower gaps)."""
    from extractor.extract.recommendations import extract_recommendations

    doc = load_document(shared_path(*LETTERS, "peterborough-80537", "2017-08-11-jtai.pdf"))
    recs = extract_recommendations(doc).recommendations
    tail = [r.text[:30] for r in recs if r.page in (11, 12)]
    assert tail == ["Management oversight and super", "The level of knowledge and pro",
                    "While there is evidence of str", "The attendance of police repre",
                    "Audit of the quality of decisi", "The constabulary recognises th",
                    "Although safeguarding informat"]
    assert len(recs) == 24
