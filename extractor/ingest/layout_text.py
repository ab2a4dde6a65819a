"""Tables in text laid out with spaces: what ``pdftotext -layout`` and similar converters make of a
PDF table (columns aligned with runs of spaces, each cell wrapped over several lines in its own
column, no tabs, pipes or rules).

Each line of a page becomes a :class:`~extractor.ingest.lines.Line` with geometry in a monospace
grid (a character is CHAR_WIDTH points wide, a line LINE_HEIGHT high), its runs of text split where
two or more spaces stand between them, so that :mod:`extractor.ingest.aligned` finds the table as it
finds one printed without rules in a PDF. A cell's text is the characters of its box's columns on
each of its lines. A line standing alone in the middle of the page ("CHILDREN IN CARE AND CARE
LEAVERS", centred with spaces) is a section row across the table. A table that goes on over a form
feed, with only the page's running header and footer between, is one table (its header repeated on
the new page dropped, a row carried over joined).
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Sequence

from ..document import Block, Cell, Provenance, Row, Table
from .lines import Line

CHAR_WIDTH = 5.0  # points per character of the monospace grid
LINE_HEIGHT = 12.0  # points per line: after a blank line, a row's gap (ROW_GAP, FOLLOW), not a wrapped line
SIZE = 10.0
MIN_LAID_OUT = 4  # lines with three runs of text side by side before a file is read this way
CENTRED = 3  # characters: a lone line whose middle is this close to the page's middle is centred
MAX_FURNITURE = 6  # non-blank lines a page break may put between two parts of one table

_GAPS = re.compile(r" {2,}")
_THREE_RUNS = re.compile(r"\S {2,}\S.*?\S {2,}\S")


@dataclass(frozen=True)
class LaidOutTable:
    """A table found in laid-out text: the block, and the first and last line index it covers."""

    block: Block
    first: int
    last: int
    columns: tuple[float, ...]


def looks_laid_out(texts: Sequence[str]) -> bool:
    """Whether enough lines hold three runs of text side by side, apart by two spaces or more."""
    n = 0
    for t in texts:
        if "  " in t and "\t" not in t and "|" not in t and _THREE_RUNS.search(t):
            n += 1
            if n >= MIN_LAID_OUT:
                return True
    return False


def _header_like(text: str) -> bool:
    """Three or more short runs side by side, none ending a sentence: a row of column names."""
    runs = [r for r in _GAPS.split(text.strip()) if r]
    return len(runs) >= 3 and all(len(r) <= 28 and not r.endswith((".", ";", ",")) for r in runs)


def _tops(texts: Sequence[str], first: int) -> list[float]:
    """Each line's top in the grid: a line under a row of column names is set a line lower, so that
    the header is a row of its own even with no blank line under it."""
    out, extra = [], 0
    for k, t in enumerate(texts):
        out.append((first + k + extra) * LINE_HEIGHT)
        if _header_like(t) and k + 1 < len(texts) and texts[k + 1].strip():
            extra += 1
    return out


def _line(text: str, top: float, page: int | None, width: int) -> Line | None:
    body = text.rstrip()
    start = len(body) - len(body.lstrip())
    if start == len(body):
        return None
    runs = []
    for m in _GAPS.finditer(body, start):
        runs.append((m.start() * CHAR_WIDTH, m.end() * CHAR_WIDTH))
    x0 = start * CHAR_WIDTH
    if not runs and start > 2 * CENTRED and abs((start + len(body)) / 2 - width / 2) <= CENTRED:
        x0 = 0.0  # a heading centred across the page: a row across the table, from its first column
    return Line(body.strip(), page, x0, top, top + SIZE, SIZE, None, None, len(body) * CHAR_WIDTH, tuple(runs))


def _cell_raw(texts: Sequence[str], tops: Sequence[float], box: tuple[float, float, float, float]) -> str:
    """The text in ``box``: the characters of its columns on each line whose top is inside it
    (``tops`` ascending, one per line of ``texts``)."""
    x0, top, x1, bottom = box
    c0, c1 = max(0, math.ceil(x0 / CHAR_WIDTH)), math.ceil(x1 / CHAR_WIDTH)
    out = []
    for k in range(bisect_left(tops, top), bisect_left(tops, bottom)):
        piece = texts[k][c0:c1].strip()
        if piece:
            out.append(piece)
    return "\n".join(out)


def _page_tables(texts: Sequence[str], first: int, page: int | None, source: str) -> list[LaidOutTable]:
    from .aligned import column_tables
    from .pdf import _cell, _covering

    width = max((len(t.rstrip()) for t in texts), default=0)
    ys = _tops(texts, first)
    lines = [ln for ln in (_line(t, y, page, width) for t, y in zip(texts, ys)) if ln is not None]
    out: list[LaidOutTable] = []
    for boxes in column_tables(lines, (width + 1) * CHAR_WIDTH):
        xs = sorted({round(b[0], 1) for b in boxes})
        tops = sorted({round(b[1], 1) for b in boxes})
        by_row: dict[float, list] = {}  # boxes by the top of their row (a box spans one row here)
        for b in boxes:
            by_row.setdefault(round(b[1], 1), []).append(b)
        tprov = Provenance(source, page, table=0)
        rows = []
        for r, top in enumerate(tops):
            cells = []
            for c, x in enumerate(xs):
                box = _covering(by_row.get(top, ()), x, top)
                prov = tprov.at(row=r, cell=c)
                if box is None:
                    cells.append(Cell("", (), prov))
                    continue
                origin = round(box[0], 1) == x and round(box[1], 1) == top
                cells.append(_cell(_cell_raw(texts, ys, box), prov, merged=not origin))
            rows.append(Row(tuple(cells), page))
        lo = first + bisect_left(ys, min(b[1] for b in boxes))
        hi = first + bisect_left(ys, max(b[3] for b in boxes)) - 1
        block = Block("table", "", tprov, table=Table(index=0, rows=tuple(rows), page=page))
        out.append(LaidOutTable(block, lo, hi, tuple(xs)))
    return out


def laid_out_tables(texts: Sequence[str], pages: Sequence[int | None], source: str) -> list[LaidOutTable]:
    """The tables of a file's lines (``pages``: each line's page), in order, parts of one table
    split by a page break joined. Table indexes are 0 here: the caller numbers them."""
    from .pdf import _join_blocks

    found: list[LaidOutTable] = []
    k = 0
    while k < len(texts):
        j = k
        while j < len(texts) and pages[j] == pages[k]:
            j += 1
        found.extend(_page_tables(texts[k:j], k, pages[k], source))
        k = j
    out: list[LaidOutTable] = []
    for t in found:
        prev = out[-1] if out else None
        between = [s for s in texts[prev.last + 1:t.first] if s.strip()] if prev else []
        if (prev is not None and prev.block.page is not None and t.block.page == _last_page(prev) + 1
                and prev.columns == t.columns and len(between) <= MAX_FURNITURE):
            out[-1] = LaidOutTable(_join_blocks(prev.block, t.block, source, ruled=False), prev.first, t.last,
                                   prev.columns)
        else:
            out.append(t)
    return out


def _last_page(t: LaidOutTable) -> int:
    return t.block.table.rows[-1].page or t.block.page
