"""extractor.ingest.grid finds the same cells and tables as pdfplumber's table finder.

pdfplumber stays installed as the reference for these tests; recmap does not import it at run
time. Compared: hand-made grids, then every page of the real PDFs (../shared corpus and seeds)
on which edges_to_tables would look for a grid, with the edges it would give the finder. Boxes
are compared exactly: grid.py does pdfplumber's arithmetic in pdfplumber's order.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from extractor.ingest import grid
from extractor.ingest.grid import Edge
from extractor.ingest.pdf import TABLE_TOLERANCE, grid_edges, scan_page

try:
    from tests.conftest import ROOT, SHARED
except ImportError:  # run as `pytest`, not `python -m pytest`: tests/ is on sys.path, the project root is not
    from conftest import ROOT, SHARED

plumber = pytest.importorskip("pdfplumber.table", reason="pdfplumber is the reference the grid finder is checked against")

TOL = TABLE_TOLERANCE


def _bbox(e) -> tuple:
    return (e["x0"], e["top"], e["x1"], e["bottom"]) if isinstance(e, dict) else (e.x0, e.top, e.x1, e.bottom)


def plumber_steps(edges: list[Edge]):
    """pdfplumber's four steps on ``edges``: merged edges, crossings, cells, tables."""
    merged = plumber.merge_edges([e.as_plumber() for e in edges], TOL, TOL, TOL, TOL)
    crossings = plumber.edges_to_intersections(merged, TOL, TOL)
    cells = plumber.intersections_to_cells(crossings)
    return merged, crossings, cells, plumber.cells_to_tables(cells)


def our_steps(edges: list[Edge]):
    merged = grid.merge_edges(edges, TOL)
    crossings = grid.find_crossings(merged, TOL)
    cells = grid.find_cells(crossings)
    return merged, crossings, cells, grid.group_cells(cells)


def assert_same(edges: list[Edge], where: str = "") -> tuple[list, list]:
    """Every step's result equal to pdfplumber's (exact floats, same order); our cells and tables."""
    p_merged, p_cross, p_cells, p_tables = plumber_steps(edges)
    merged, cross, cells, tables = our_steps(edges)
    assert [_bbox(e) for e in merged] == [_bbox(e) for e in p_merged], where
    assert [e.orientation for e in merged] == [e["orientation"] for e in p_merged], where
    assert sorted(cross) == sorted(p_cross), where
    for point, c in cross.items():
        assert {_bbox(e) for e in c.v} == {_bbox(e) for e in p_cross[point]["v"]}, (where, point)
        assert {_bbox(e) for e in c.h} == {_bbox(e) for e in p_cross[point]["h"]}, (where, point)
    assert cells == [tuple(c) for c in p_cells], where
    assert tables == [[tuple(c) for c in t] for t in p_tables], where
    assert grid.grid_tables(edges, TOL) == tables, where
    return cells, tables


def h(x0: float, x1: float, y: float) -> Edge:
    return Edge(x0, y, x1, y)


def v(x: float, top: float, bottom: float) -> Edge:
    return Edge(x, top, x, bottom)


def ruled(xs: list[float], ys: list[float]) -> list[Edge]:
    """A full grid: a row rule at each y across the xs, a column rule at each x down the ys."""
    return [h(xs[0], xs[-1], y) for y in ys] + [v(x, ys[0], ys[-1]) for x in xs]


# -- hand-made grids ---------------------------------------------------------------------------

def test_two_by_two_grid():
    cells, tables = assert_same(ruled([0, 50, 100], [0, 20, 40]))
    assert cells == [(0, 0, 50, 20), (0, 20, 50, 40), (50, 0, 100, 20), (50, 20, 100, 40)]
    assert tables == [cells]


def test_two_separate_tables_in_reading_order():
    lower = ruled([10, 60, 110], [300, 320, 340])  # listed first, drawn lower down
    upper = ruled([200, 250, 300], [100, 120])
    cells, tables = assert_same(lower + upper)
    assert [len(t) for t in tables] == [2, 4]
    assert tables[0] == [(200, 100, 250, 120), (250, 100, 300, 120)]
    assert all(c[1] >= 300 for c in tables[1])


def test_missing_inner_rule_merges_cells():
    # The middle column rule stops at y=20: the bottom row's two cells are one.
    edges = [h(0, 100, y) for y in (0, 20, 40)] + [v(0, 0, 40), v(100, 0, 40), v(50, 0, 20)]
    cells, tables = assert_same(edges)
    assert cells == [(0, 0, 50, 20), (0, 20, 100, 40), (50, 0, 100, 20)]
    assert tables == [cells]


def test_rules_snapped_and_joined_within_tolerance():
    # Rules drawn a little apart (within 3 pt), a row rule drawn in two pieces with a gap,
    # column rules stopping short of the frame: still a 2x2 grid, at the mean positions.
    edges = [
        h(0, 100, 0), h(0.5, 100, 21), h(0, 48, 19.5), h(50.5, 99, 20.2), h(0, 100, 40),
        v(0, 0, 40), v(1.5, 2, 38), v(50, 1.5, 39), v(100, 0, 40),
    ]
    cells, tables = assert_same(edges)
    assert len(cells) == 4 and tables == [cells]
    mid = {c[1] for c in cells} - {0}
    assert len(mid) == 1 and 19.5 < mid.pop() < 21  # the three row rules near 20 are one


def test_chained_snapping_and_thick_rules():
    # Positions 10, 12.5, 15 chain into one group at tolerance 3 though 10 and 15 are 5 apart;
    # thin filled rectangles (rules with a thickness) keep it through snapping and joining.
    edges = [
        Edge(0, 0, 100, 0.75), Edge(0, 10, 60, 10.5), Edge(40, 12.5, 100, 13), Edge(0, 15, 100, 15),
        Edge(0, 30, 100, 30.75), Edge(0, 0, 0.5, 30), Edge(49, 0, 49.75, 30), Edge(100, 0, 100.5, 30),
    ]
    assert_same(edges)


def test_no_grid():
    assert assert_same([h(0, 100, 0), h(0, 100, 20)]) == ([], [])
    assert assert_same([]) == ([], [])
    assert assert_same(ruled([0, 100], [0, 20])) == ([(0, 0, 100, 20)], [])  # one framed box


# Generated rules: one to three grids on a coarse lattice, each rule drawn in pieces (some
# left out, merging cells) whose ends and positions are offset a little, often by exactly
# the tolerance, so that rules coincide, chain, need snapping or joining and cells tie;
# plus a few stray rules.
_jitter = st.sampled_from([0, 0, 0, 0, 0.5, 1.25, -1.5, 2.9, 3.0, -3.0, 3.1])
_thick = st.sampled_from([0, 0, 0, 0.5, 1.0])


@st.composite
def _grid_rules(draw) -> list[Edge]:
    xs = sorted(draw(st.sets(st.integers(0, 12), min_size=2, max_size=5)))
    ys = sorted(draw(st.sets(st.integers(0, 12), min_size=2, max_size=5)))
    xs, ys = [x * 15.0 for x in xs], [y * 12.0 for y in ys]
    edges: list[Edge] = []
    for y in ys:
        for a, b in zip(xs, xs[1:]):
            if draw(st.integers(0, 9)):  # one in ten pieces missing
                y0 = y + draw(_jitter)
                edges.append(Edge(a + draw(_jitter), y0, b + draw(_jitter), y0 + draw(_thick)))
    for x in xs:
        for a, b in zip(ys, ys[1:]):
            if draw(st.integers(0, 9)):
                x0 = x + draw(_jitter)
                edges.append(Edge(x0, a + draw(_jitter), x0 + draw(_thick), b + draw(_jitter)))
    return edges


_stray = st.builds(lambda x, y, span, vertical: Edge(x, y, x, y + span) if vertical else Edge(x, y, x + span, y),
                   st.integers(0, 180), st.integers(0, 150), st.integers(4, 60), st.booleans())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_grid_rules(), min_size=1, max_size=3), st.lists(_stray, max_size=4), st.randoms(use_true_random=False))
def test_same_as_pdfplumber_on_generated_rules(grids, strays, rnd):
    edges = [e for g in grids for e in g] + strays
    rnd.shuffle(edges)  # input order decides ties
    assert_same(edges)


# -- every real page ---------------------------------------------------------------------------

def _real_pdfs() -> list[Path]:
    dirs = [SHARED / "corpus" / "ofsted-reports", SHARED / "seeds"]
    if not any(d.is_dir() for d in dirs):
        pytest.skip(f"../shared is absent ({SHARED} not found): real-document test skipped")
    return [p for d in dirs if d.is_dir() for p in sorted(d.rglob("*.pdf"))]


def test_same_cells_and_tables_as_pdfplumber_on_every_real_page():
    """Each page's edges as edges_to_tables sees them (scan_page, then grid_edges: the
    column-rule filter and the open row boundaries) give pdfplumber's cells and tables."""
    import pypdfium2 as pdfium

    files = _real_pdfs()
    n_pdfs = n_pages = n_grid_pages = n_cells = n_tables = 0
    for path in files:
        with open(path, "rb") as f:
            if f.read(5) != b"%PDF-":
                continue  # a web page saved as .pdf
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            continue  # unreadable: read_pdf refuses it
        n_pdfs += 1
        try:
            for i in range(len(pdf)):
                try:
                    page = pdf[i]
                except pdfium.PdfiumError:
                    continue
                n_pages += 1
                try:
                    edges = grid_edges(scan_page(page, page.get_height()).edges)
                finally:
                    page.close()
                if not edges:
                    continue
                cells, tables = assert_same(edges, f"{path} page {i + 1}")
                n_grid_pages += 1
                n_cells += len(cells)
                n_tables += len(tables)
        finally:
            pdf.close()
    print(f"\n{n_pdfs} PDFs, {n_pages} pages; {n_grid_pages} pages with rules compared: "
          f"{n_cells} cells, {n_tables} tables identical to pdfplumber's")
    assert n_pdfs > 0 and n_grid_pages > 0 and n_tables > 0


# -- nothing at run time imports pdfplumber ----------------------------------------------------

def test_check_does_not_import_pdfplumber(tmp_path):
    """`recmap check` on a report with ruled tables, in a fresh interpreter, leaves pdfplumber
    and pdfminer unimported (and the report's tables are still found)."""
    report = SHARED / "corpus/ofsted-reports/buckinghamshire-80442/2018-01-29.pdf"
    plans = sorted((SHARED / "seeds").glob("000_*.txt"))
    if not report.exists() or not plans:
        pytest.skip(f"../shared is absent ({report} or seed 000 not found): real-document test skipped")
    out = tmp_path / "check.json"
    code = (
        "import sys\n"
        "from extractor.cli import main\n"
        "from extractor.ingest import load_document\n"
        f"rc = main(['check', '--report', {str(report)!r}, '--plan', {str(plans[0])!r}, '--format', 'json', "
        f"'-o', {str(out)!r}, '-q'])\n"
        f"n = sum(b.type == 'table' for b in load_document({str(report)!r}).blocks)\n"
        "print(rc, n > 0, sorted(m for m in sys.modules if m.startswith(('pdfplumber', 'pdfminer'))))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["0", "True", "[]"], res.stdout + res.stderr
