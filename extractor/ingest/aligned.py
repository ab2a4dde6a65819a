"""Tables laid out in aligned columns with no ruling lines (a web page or a plan printed to PDF).

A ruled table is found from its rules (:mod:`extractor.ingest.pdf`); this one only from where
its lines of text start and end, as pdfium gives them. A line pdfium printed across two cells
that share a baseline ("Team Manager      March 2023") counts as one line per run of text
(:attr:`~extractor.ingest.lines.Line.runs`).

- The table starts at its header row: three or more short runs of text side by side at one
  height ("Area", "What we will do", "Who", "When"; each at most HEADER_WIDTH line heights wide,
  none ending a sentence). Their left edges are the columns. Two prose columns, or cards side by
  side, have no such row.
- A band of two or more lines at one height, each further below the line above it in its
  column than wrapped lines are (ROW_GAP line heights), in known columns (a group's first
  column may open later), starts the next row.
- Any other line must fall in a column and follow the line above it there closely (a wrapped
  line, or the gap between two bullets: FOLLOW line heights); a line left of the first column,
  or after a wider gap, ends the table.

The result is cell boxes (x0, top, x1, bottom) row by row, read like a ruled table's by the
caller. A page of prose, where no height holds three runs, pays one count of its lines.
"""
from __future__ import annotations

from typing import Sequence

from .lines import Line

COLUMN_GAP = 10.0  # points: left edges closer than this are one column
SAME_TOP = 1.5  # points: lines whose tops differ by no more than this start one row
MIN_COLUMNS = 3
MIN_ROWS = 2  # the header row and at least one more
HEADER_WIDTH = 14.0  # line heights: a header cell's run of text is no wider (about 30 characters)
FOLLOW = 2.2  # a line follows the one above it in its column within this many font sizes
ROW_GAP = 1.6  # ... and starts a new row when every line of its band is further below than this


def _split_runs(ln: Line) -> list[Line]:
    """A line pdfium printed across several cells, as one line per run of text (its ``runs``);
    only their left and right edges matter here."""
    if not ln.runs:
        return [ln]
    starts = [ln.x0, *(nxt for _, nxt in ln.runs)]
    ends = [*(end for end, _ in ln.runs), ln.x1]
    return [ln._replace(x0=a, x1=b, runs=()) for a, b in zip(starts, ends)]


def _bands(lines: Sequence[Line]) -> list[list[Line]]:
    """Lines grouped by top (within SAME_TOP), top to bottom; each band sorted by left edge."""
    out: list[list[Line]] = []
    for ln in sorted(lines, key=lambda l: (l.top, l.x0)):
        if out and ln.top - out[-1][0].top <= SAME_TOP:
            out[-1].append(ln)
        else:
            out.append([ln])
    return [sorted(b, key=lambda l: l.x0) for b in out]


def _starts(band: list[Line]) -> list[float]:
    """Distinct left edges in a band (closer than COLUMN_GAP count once)."""
    xs: list[float] = []
    for ln in band:
        if not xs or ln.x0 - xs[-1] > COLUMN_GAP:
            xs.append(ln.x0)
    return xs


def _column(x: float, columns: Sequence[float]) -> int | None:
    """Index of the column a line starting at ``x`` falls in (None: left of the first)."""
    if x < columns[0] - COLUMN_GAP / 2:
        return None
    k = 0
    for i, c in enumerate(columns):
        if x >= c - COLUMN_GAP / 2:
            k = i
    return k


def _merge_columns(xs: Sequence[float]) -> list[float]:
    out: list[float] = []
    for x in sorted(xs):
        if not out or x - out[-1] > COLUMN_GAP:
            out.append(x)
    return out


def column_tables(lines: Sequence[Line], right: float) -> list[list[tuple[float, float, float, float]]]:
    """Cell boxes of each aligned-column table among one page's ``lines`` (those with
    geometry), row by row; ``right`` is the page's right edge (the last column's)."""
    # The fast way out, for a page of prose: no height holds three runs of text.
    per_top: dict[int, int] = {}
    for ln in lines:
        if ln.top is not None and ln.x0 is not None:
            t = int(ln.top)
            per_top[t] = per_top.get(t, 0) + 1 + len(ln.runs)
    if not any(n + per_top.get(t - 1, 0) + per_top.get(t + 1, 0) >= MIN_COLUMNS for t, n in per_top.items()):
        return []
    placed = [run for ln in lines if ln.block is None and ln.x0 is not None and ln.top is not None and ln.text.strip()
              for run in _split_runs(ln)]
    bands = _bands(placed)
    starts = [_starts(b) for b in bands]
    out = []
    k = 0
    while k < len(bands):
        if len(starts[k]) < MIN_COLUMNS or not _header_like(bands[k]):
            k += 1
            continue
        table = _grow(bands, starts, k)
        if table is None:
            k += 1
            continue
        boxes, end = table
        out.append(_boxes(boxes, right))
        k = end
    return out


def _grow(bands: list[list[Line]], starts: list[list[float]], first: int):
    """The table whose header row starts at band ``first``: ((row tops, columns, bottom), index
    of the first band after it), or None when it is no table."""
    columns = _merge_columns(starts[first])
    rows = [bands[first][0].top]
    spans: set[int] = set()  # rows that are one cell across the table
    last_in: dict[int, Line] = {}
    for ln in bands[first]:
        _note(ln, columns, last_in)
    bottom = max(ln.bottom or ln.top for ln in bands[first])
    k = first + 1
    while k < len(bands):
        band = bands[k]
        known = sum(any(abs(x - c) <= COLUMN_GAP / 2 for c in columns) for x in starts[k])
        if len(starts[k]) >= 2 and known >= 2 and all(_gap(ln, last_in, columns) > ROW_GAP for ln in band):
            # every line of the band starts afresh in its column: a new row (which may open a
            # column the rows above left empty, a group's first cell)
            columns = _merge_columns(columns + starts[k])
            rows.append(band[0].top)
            last_in = {}
            for ln in band:
                _note(ln, columns, last_in)
            bottom = max(bottom, max(ln.bottom or ln.top for ln in band))
            k += 1
            continue
        if _section_row(bands, starts, k, columns, last_in):
            # one line across the table at the first column, a new row starting under it: a
            # section row ("Priority 2 - Strengthening practice with families"), one cell wide
            rows.append(band[0].top)
            spans.add(len(rows) - 1)
            last_in = {}  # the band under it starts its row afresh
            bottom = max(bottom, band[0].bottom or band[0].top)
            k += 1
            continue
        cols = [_column(ln.x0, columns) for ln in band]
        if None in cols:
            break  # a line left of the table: prose again
        gaps = [_gap(ln, last_in, columns) for ln in band]
        if max(gaps) <= FOLLOW:
            for ln in band:
                _note(ln, columns, last_in)
        elif len(rows) == 1 and min(cols) > 0:
            # the first row under the (repeated) header leaves the first column empty: a row
            # carried over from the page before, its text going on
            rows.append(band[0].top)
            last_in = {}
            for ln in band:
                _note(ln, columns, last_in)
        else:
            break
        bottom = max(bottom, max(ln.bottom or ln.top for ln in band))
        k += 1
    if len(rows) - len(spans) < MIN_ROWS or len(columns) < MIN_COLUMNS:
        return None
    return (rows, columns, bottom, spans), k


def _section_row(bands: list[list[Line]], starts: list[list[float]], k: int, columns: Sequence[float],
                 last_in: dict) -> bool:
    """Is band ``k`` a section row: one line starting at the table's first column after a row's
    gap, reaching past that column, with a band of two cells or more under it, the first in the
    first column (the row the section opens)?"""
    band = bands[k]
    if len(band) != 1 or k + 1 >= len(bands) or len(columns) < 2:
        return False
    ln = band[0]
    if _column(ln.x0, columns) != 0 or ln.x1 is None or ln.x1 <= columns[1] or _gap(ln, last_in, columns) <= ROW_GAP:
        return False
    nxt = bands[k + 1]
    known = sum(any(abs(x - c) <= COLUMN_GAP / 2 for c in columns) for x in starts[k + 1])
    return len(starts[k + 1]) >= 2 and known >= 2 and _column(nxt[0].x0, columns) == 0


def _note(ln: Line, columns: Sequence[float], last_in: dict) -> None:
    """Record ``ln`` as the latest line of its column, and of the columns to its right that it
    reaches into: pdfium prints a one-line cell and the first line of the next cell as one line
    when they share a baseline ("Pre-proceedings Build a tracker ...")."""
    first = _column(ln.x0, columns)
    if first is None:
        return
    last_in[first] = ln
    if ln.x1 is not None:
        for c in range(first + 1, len(columns)):
            if columns[c] < ln.x1 - COLUMN_GAP:
                last_in[c] = ln


def _gap(ln: Line, last_in: dict, columns: Sequence[float]) -> float:
    """How far ``ln`` is below the line above it in its column, in font sizes (infinite for
    the first line of a column, or a line left of every column)."""
    col = _column(ln.x0, columns)
    above = last_in.get(col) if col is not None else None
    return (ln.top - above.top) / (ln.size or 10.0) if above is not None else float("inf")


def _header_like(band: list[Line]) -> bool:
    """A header row: every run of text in the band is short (a column's name, "What we will
    do", "Lead officer": at most HEADER_WIDTH line heights wide) and none ends a sentence, and no
    band is not two pages' running headers side by side (:func:`_two_up`)."""
    if _two_up(band):
        return False
    for ln in band:
        size = ln.size or 10.0
        if ln.x1 is None or ln.x1 - ln.x0 > HEADER_WIDTH * size or ln.text.rstrip().endswith((".", ";", ",")):
            return False
    return True


def _two_up(band: list[Line]) -> bool:
    """Two pages printed side by side on one sheet (a booklet two-up) repeat their running header:
    the band's right half has its runs where the left half has them, shifted by about half the
    band's width ("Plan 2019-20 | Page 3 | Plan 2019-20 | Page 4")."""
    n = len(band)
    if n < 4 or n % 2 or any(ln.x1 is None for ln in band):
        return False
    shifts = [band[k + n // 2].x0 - band[k].x0 for k in range(n // 2)]
    shifts += [band[k + n // 2].x1 - band[k].x1 for k in range(n // 2)]
    return max(shifts) - min(shifts) <= 3.0 and shifts[0] >= 0.4 * (band[-1].x1 - band[0].x0)


def _boxes(table, right: float) -> list[tuple[float, float, float, float]]:
    rows, columns, bottom, spans = table
    edges = list(columns) + [right]
    pad = 2.0
    tops = rows
    bounds = [t - pad for t in tops] + [bottom + pad]
    boxes = []
    for r in range(len(tops)):
        if r in spans:  # a section row: one cell across the table
            boxes.append((edges[0] - pad, bounds[r], edges[-1] - pad, bounds[r + 1]))
            continue
        for c in range(len(columns)):
            boxes.append((edges[c] - pad, bounds[r], edges[c + 1] - pad, bounds[r + 1]))
    return boxes
