"""PDF ingest: pypdfium2 text lines -> blocks, ruled tables -> table blocks.

The pipeline, per page:

1. ``page_lines``: the text layer from pypdfium2's ``PdfTextPage.get_text_range`` (the
   fast path), split into lines; for each line a handful of pdfium calls on its first/last
   character give the left edge, vertical position, font size and weight (no
   per-character Python loop).
2. ``scan_page``: the page's objects are walked once (two pdfium calls per object,
   ``_object_sweep``) for ruling lines: thin filled rectangles (Word's table borders) and
   axis-aligned stroked segments; filled boxes (shading, highlighted text) are not rules.
   A page without two rows' worth of horizontal rules and three column rules cannot hold
   a ruled table with two or more columns and pays nothing more.
3. ``edges_to_tables``: on the few pages with rules, pdfplumber's table finder
   (:func:`ruled_cells`: ``merge_edges`` -> ``edges_to_intersections`` ->
   ``intersections_to_cells`` -> ``cells_to_tables``) turns the rules into cell boxes.
   It is fed the edges read with pdfium, in pdfplumber's object form: letting pdfplumber
   re-parse the page with pdfminer is ~70x slower (pdfplumber ~8 pages/s vs pypdfium2
   ~500 pages/s on the Ofsted corpus).
   Where three or more column rules end at one height with no rule across (a row that a
   page break left open), that height is a row boundary too (``_open_row_edges``).
   A one-column grid, or one whose text (or area) sits mostly in full-width boxes, is a
   frame around prose (an executive summary box) and stays prose.
   Each cell's text is read with pdfium's bounded-text call (a word that a narrow cell
   broke without a hyphen is mended from the character boxes, ``mend_broken_words``) and
   split into paragraphs and bulleted list items; cells covered by a spanning (merged)
   cell repeat its content with ``merged=True``. Lines inside a table are dropped from the
   prose, so table text is never duplicated; the table block takes their place.

Then, over the whole document, running headers/footers and page numbers are removed
(:func:`~extractor.ingest.lines.strip_running_lines`), a table that a page break split is
joined again (:func:`join_page_tables`: same column rules, repeated header dropped, a
split row finished), and the lines are grouped into blocks
(:func:`~extractor.ingest.lines.lines_to_blocks`), so paragraphs and list items run on
across page breaks.

Bad input raises the :mod:`extractor.errors` family: encrypted (password), damaged or
truncated, image-only (no text layer; suggest OCR), too many pages.
"""
from __future__ import annotations

import ctypes
import functools
import re
from dataclasses import dataclass, replace
from itertools import repeat
from pathlib import Path

from ..document import Block, Cell, Document, Provenance, Row, Table
from ..errors import CorruptInput, EncryptedInput, NoTextLayer, TooLarge
from ..settings import DEFAULT, Settings
from .lines import Line, _Words, display_label, is_initial, lines_to_blocks, split_marker, strip_running_lines

# pdfium error codes (fpdfview.h): FPDF_ERR_PASSWORD = 4, FPDF_ERR_SECURITY = 6.
_ERR_PASSWORD = 4
_ERR_SECURITY = 6

RULE_MAX_THICKNESS = 3.0  # points: a filled rectangle thinner than this is a drawn line
RULE_MIN_LENGTH = 4.0  # points: shorter marks are underlines of glyphs, ticks, noise
TABLE_TOLERANCE = 3.0  # points: snap/join/intersection tolerance of pdfplumber's table finder
CELL_INSET = 1.5  # points: cell text is read from the box shrunk by this much
MAX_PATH_SEGMENTS = 400  # a path with more segments is a chart or logo, not table rules


@dataclass(frozen=True)
class Edge:
    """A ruling line in top-down page coordinates (pdfplumber's convention). A thin filled
    rectangle keeps its thickness: a horizontal rule's ``bottom`` is below its ``top``."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def orientation(self) -> str:
        return "h" if (self.bottom - self.top) <= (self.x1 - self.x0) else "v"

    def as_plumber(self) -> dict:
        """The edge as the object dict pdfplumber's table functions take."""
        return {
            "x0": self.x0, "x1": self.x1, "top": self.top, "bottom": self.bottom,
            "width": self.x1 - self.x0, "height": self.bottom - self.top, "orientation": self.orientation,
            "object_type": "line",
        }


@dataclass(frozen=True)
class PageScan:
    """What one pass over a page's objects found."""

    edges: tuple[Edge, ...]
    n_images: int


def read_pdf(path: Path, settings: Settings = DEFAULT, source: str | None = None) -> Document:
    """Read a PDF into a :class:`Document` (see the module docstring for the pipeline)."""
    import pypdfium2 as pdfium

    source = source or str(path)
    pdf = _open(pdfium, path, source)
    try:
        n_pages = len(pdf)
        if n_pages > settings.max_pages:
            raise TooLarge(
                f"the PDF has {n_pages} pages, over the {settings.max_pages}-page limit",
                "Split it, or raise the limit with --max-pages.",
                source,
            )
        if n_pages == 0:
            raise CorruptInput("the PDF has no pages", "Download or export it again.", source)
        stream: list[Line] = []
        textless: list[int] = []
        unreadable: list[int] = []
        total_chars = 0
        n_tables = 0
        found: dict[int, FoundTable] = {}  # id(table block) -> its geometry, for joining across pages
        for i in range(n_pages):
            try:
                page = read_page(pdf, i, source, n_tables)
            except pdfium.PdfiumError:
                unreadable.append(i + 1)  # one broken page should not lose the others
                continue
            total_chars += page.n_chars
            if page.n_chars < settings.min_chars_per_page and page.n_images:
                textless.append(i + 1)  # a picture of a page: scanned
            n_tables += len(page.tables)
            found.update((id(t.block), t) for t in page.tables)
            stream.extend(page.lines)
    finally:
        pdf.close()

    if len(unreadable) == n_pages:
        raise CorruptInput("no page of this PDF can be read", "Download or export it again.", source)
    if len(textless) + len(unreadable) == n_pages or total_chars < settings.min_chars_per_page:
        raise NoTextLayer(
            "this PDF has no text layer (its pages are images, as in a scan, or blank)",
            "Run it through OCR first, e.g. `ocrmypdf in.pdf out.pdf`, then pass the OCRed file.",
            source,
        )
    warnings = []
    if unreadable:
        warnings.append(f"{len(unreadable)} page(s) could not be read and were skipped ({_page_list(unreadable)})")
    if textless:
        warnings.append(
            f"{len(textless)} page(s) have no text layer and were skipped ({_page_list(textless)}); "
            "OCR them (e.g. `ocrmypdf`) if they matter"
        )
    if not _has_eof(path):
        warnings.append("the file does not end with %%EOF: it may be truncated; download it again if text is missing")
    stream = strip_running_lines(stream)
    if len(found) > 1:
        stream = join_page_tables(stream, found, source)
    blocks = lines_to_blocks(stream, source)
    return Document(source=source, format="pdf", blocks=tuple(blocks), n_pages=n_pages, warnings=tuple(warnings))


@dataclass(frozen=True)
class PageRead:
    """One page's lines (tables already in place) and what the page-level checks need."""

    lines: list[Line]
    n_chars: int
    n_images: int
    tables: list["FoundTable"]


def read_page(pdf, index: int, source: str, first_table: int) -> PageRead:
    """Lines, ruled tables and counts for page ``index`` (0-based) of a pypdfium2 ``PdfDocument``."""
    page_no = index + 1
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        height = page.get_height()
        lines, n_chars = page_lines(textpage, height, page_no)
        if page.get_rotation():
            # A page turned by /Rotate (in a viewer, after the fact): pdfium orders its
            # lines as displayed, sideways; the content's own order is top to bottom in
            # the unrotated page, where our coordinates are.
            lines.sort(key=lambda ln: (ln.top if ln.top is not None else 0.0, ln.x0 or 0.0))
        elif index == 0:
            lines = _masthead_first(lines)  # a newsletter's title block, drawn last (later pages: running headers, stripped)
        scan = scan_page(page, height)
        tables = edges_to_tables(scan.edges, textpage, height, page_no, source, first_table)
        if tables:
            lines = place_tables(lines, tables)
        aligned = aligned_tables(lines, textpage, height, page.get_width(), page_no, source, first_table + len(tables))
        if aligned:
            lines = place_tables(lines, aligned)
            tables += aligned
        return PageRead(lines, n_chars, scan.n_images, tables)
    finally:
        page.close()  # and its text page


MASTHEAD_LINES = 6  # at most this many lines drawn last can be a masthead moved to the top


def _masthead_first(lines: list[Line]) -> list[Line]:
    """The first page's lines with a masthead that the producer drew last (a newsletter's title block:
    pdfium gives it after the body, at the foot of the reading order) moved to the front: a run of
    up to six lines, after three or more, that all sit above every other line of the page."""
    highest = None
    for i, ln in enumerate(lines):
        if ln.top is None or ln.bottom is None:
            return lines
        if highest is not None and ln.bottom <= highest + 0.5:
            j = i
            while (j < len(lines) and j - i < MASTHEAD_LINES and lines[j].bottom is not None
                   and lines[j].bottom <= highest + 0.5):
                j += 1
            run, rest = lines[i:j], lines[:i] + lines[j:]
            below = min((r.top for r in rest if r.top is not None), default=None)
            if j - i >= MASTHEAD_LINES or i < 3 or below is None or max(r.bottom for r in run) > below + 0.5:
                return lines  # not the top of the page, or too little before it to be the body
            return run + rest
        highest = ln.top if highest is None else min(highest, ln.top)
    return lines


def _open(pdfium, path: Path, source: str):
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (_ERR_PASSWORD, _ERR_SECURITY):
            raise EncryptedInput(
                "this PDF is password-protected",
                "Open it with the password and save an unprotected copy (e.g. print to PDF), or ask the sender "
                "for one, then try again.",
                source,
            ) from None
        truncated = not _has_eof(path)
        raise CorruptInput(
            "this PDF is damaged" + (" (it looks truncated: an incomplete download?)" if truncated else
                                     " and cannot be opened"),
            "Download or export it again.",
            source,
        ) from None


def _has_eof(path: Path) -> bool:
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 2048))
        return b"%%EOF" in fh.read()


def _page_list(pages: list[int]) -> str:
    shown = ", ".join(str(p) for p in pages[:10])
    return "pages " + shown + (" ..." if len(pages) > 10 else "")


# --------------------------------------------------------------------------- text lines

_LINE_SPLIT = re.compile(r"\r\n|\r|\n")


def _split_lines(text: str) -> list[str]:
    """pdfium's lines: it ends each with CR LF. A stray lone CR or LF becomes a space, so
    that character offsets (line start + 2 per line break) stay exact."""
    parts = text.split("\r\n")
    n = len(parts) - 1
    if text.count("\n") != n or text.count("\r") != n:
        parts = [p.replace("\r", " ").replace("\n", " ") for p in parts]
    return parts


def page_lines(textpage, height: float, page_no: int) -> tuple[list[Line], int]:
    """The page's text lines with geometry, in pdfium's reading order; also the char count."""
    import pypdfium2.raw as pdfium_c

    text = textpage.get_text_range()
    n_chars = textpage.count_chars()
    # Per line, pdfium's call on the text page handle rather than
    # PdfTextPage.get_charbox(loose=True), which raises where a line without a box just has
    # no geometry (and costs ~1 us more per line).
    tp = textpage.raw
    rect = pdfium_c.FS_RECTF()
    prect = ctypes.byref(rect)
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    dirty = "\x00" in text or "\uffff" in text
    hyphens = "\ufffe" in text
    # get_text_range normally returns one character per char index; when pdfium inserted
    # or dropped characters the two differ and indexes must be translated.
    remap = len(text) != n_chars
    lines: list[Line] = []
    placed: list[tuple[int, int, int]] = []  # (index in lines, first and last char) of lines with geometry
    new_line = tuple.__new__
    # Characters that print (the image-only test needs no more than this).
    printable = len(text) - text.count(" ") - text.count("\r") - text.count("\n") - text.count("\t")
    start = 0
    for stripped in _split_lines(text):
        first = start
        start += len(stripped) + 2
        if not stripped:
            continue
        raw, stripped = stripped, stripped.strip()
        if stripped is not raw:  # str.strip returns the very object when there was nothing to strip
            if not stripped:
                continue
            first += raw.index(stripped[0])
        n = len(stripped)
        last = first + n - 1
        if remap:
            first = pdfium_c.FPDFText_GetCharIndexFromTextIndex(tp, first)
            last = pdfium_c.FPDFText_GetCharIndexFromTextIndex(tp, last)
        if dirty:
            stripped = _clean(stripped)
        if first < 0 or not stripped or not loose_box(tp, first, prect):
            if stripped:
                lines.append(Line(stripped, page=page_no))
            continue
        # The loose box spans the font's ascent to descent, so its height tracks the font
        # size (one pdfium call instead of two); only heading-like lines (short, no final
        # full stop) need the weight, which is what makes geometry nearly free.
        x0, top, bottom = rect.left, height - rect.top, height - rect.bottom
        if not stripped[0].isalnum():
            # A bullet glyph comes from a symbol font with its own metrics: take the line's
            # height from its first letter, its indentation from the bullet.
            k = next((k for k, ch in enumerate(stripped) if ch.isalnum()), -1)
            if 0 < k and not remap and loose_box(tp, first + k, prect):
                top, bottom = height - rect.top, height - rect.bottom
        bold = None  # unknown: not a heading candidate, so not worth two pdfium calls
        if (stripped[-1] not in ".,;" and n <= 124 and not stripped[0].islower()
                and stripped.count(" ") < 12):
            bold = _is_bold(tp, first) and (last < 0 or _is_bold(tp, last))
        size = round(bottom - top, 1) if bottom > top else None
        if hyphens and "\ufffe" in stripped:
            # pdfium already joined a line ending in a hyphen to the next line and put
            # U+FFFE for the hyphen; split it back so lines_to_blocks decides whether
            # the hyphen is a compound's ("decision-making") or a broken word's.
            parts = stripped.split("\ufffe")
            offset = 0
            for part in parts[:-1]:
                lines.append(Line(part + "\x02", page_no, x0, top, bottom, size, bold))
                offset += len(part) + 1
                # The rest is printed on the next line down: measure where.
                if not remap and not dirty and loose_box(tp, first + offset, prect):
                    x0, top, bottom = rect.left, height - rect.top, height - rect.bottom
            stripped = parts[-1]
            first += offset
        placed.append((len(lines), first, last))
        # tuple.__new__ skips NamedTuple's Python-level __new__ (all 10 fields given).
        lines.append(new_line(Line, (stripped, page_no, x0, top, bottom, size, bold, None, None, ())))
    if _side_by_side(lines):
        # Text side by side (a table, with or without rules): each line's right edge (one more
        # call, on its last character) and, in a line wider than its characters need, the wide
        # gaps between runs of text (extractor.ingest.aligned reads columns from them).
        for i, start, last in placed:
            ln = lines[i]
            if last < 0 or not loose_box(tp, last, prect):
                continue
            x1 = rect.right
            runs = ()
            if (ln.size and not remap and not dirty and " " in ln.text
                    and (x1 - ln.x0) > WIDE_LINE * ln.size * len(ln.text)):
                runs = _runs(tp, loose_box, prect, start, ln.text, ln.size)
            lines[i] = ln._replace(x1=x1, runs=runs)
    return lines, printable


def _side_by_side(lines: list[Line]) -> bool:
    """Whether two or more lines of the page start at one height (within a point)."""
    seen: set[int] = set()
    for ln in lines:
        if ln.top is not None:
            t = int(ln.top)
            if t in seen or t - 1 in seen or t + 1 in seen:
                return True
            seen.add(t)
    return False


# A line wider than this many line heights per character has gaps wider than spaces in it (text
# runs at about 0.35-0.45); only such a line is looked at character by character (:func:`_runs`).
WIDE_LINE = 0.5
RUN_GAP = 0.8  # line heights: a gap this wide between two words separates two runs of text


def _runs(tp, loose_box, prect, first: int, text: str, size: float) -> tuple[tuple[float, float], ...]:
    """The wide gaps between runs of text in a line (see :attr:`Line.runs`), as (where the run
    before ends, where the next starts): a space after which the next word starts more than
    RUN_GAP line heights right of the end of the word before."""
    rect = prect._obj
    out = []
    for k, ch in enumerate(text):
        if ch != " " or k == 0 or k + 1 >= len(text) or text[k + 1] == " ":
            continue
        if not loose_box(tp, first + k - 1, prect):
            continue
        right = rect.right
        if not loose_box(tp, first + k + 1, prect):
            continue
        if rect.left - right > RUN_GAP * size:
            out.append((right, rect.left))
    return tuple(out)


def _is_bold(tp, index: int) -> bool:
    """Is character ``index`` of text page handle ``tp`` set in a bold face?"""
    import pypdfium2.raw as pdfium_c

    weight = pdfium_c.FPDFText_GetFontWeight(tp, index)
    if weight > 0:
        return weight >= 600
    # Unknown weight: fall back to the font name ("Arial-BoldMT").
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    n = pdfium_c.FPDFText_GetFontInfo(tp, index, buf, 128, flags)
    return n > 0 and b"bold" in buf.value.lower()


def _clean(text: str) -> str:
    # NULs and U+FFFF are junk from broken font encodings.
    return text.replace("\x00", "").replace("\uffff", "")


# --------------------------------------------------------------------------- rules and tables

def scan_page(page, height: float) -> PageScan:
    """One pass over the objects of ``page`` (a pypdfium2 ``PdfPage``): ruling lines (as
    :class:`Edge`) and the image count."""
    import pypdfium2.raw as pdfium_c

    edges: list[Edge] = []
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    path_type = pdfium_c.FPDF_PAGEOBJ_PATH
    raw = page.raw
    n = pdfium_c.FPDFPage_CountObjects(raw)
    # Types first, in one sweep: text objects are the vast majority and need nothing more.
    get_object, get_type = _object_sweep()
    objects = list(map(get_object, repeat(raw, n), range(n)))
    kinds = list(map(get_type, objects))
    images = kinds.count(pdfium_c.FPDF_PAGEOBJ_IMAGE)
    if path_type not in kinds:
        return PageScan((), images)
    for obj, kind in zip(objects, kinds):
        if kind != path_type or not pdfium_c.FPDFPageObj_GetBounds(obj, l, b, r, t):
            continue
        w, h = r.value - l.value, t.value - b.value
        if (h <= RULE_MAX_THICKNESS and w >= RULE_MIN_LENGTH) or (w <= RULE_MAX_THICKNESS and h >= RULE_MIN_LENGTH):
            edges.append(Edge(l.value, height - t.value, r.value, height - b.value))
        elif w >= RULE_MIN_LENGTH and h >= RULE_MIN_LENGTH:
            edges.extend(_path_segments(pdfium_c, obj, height))
    return PageScan(tuple(edges), images)


@functools.lru_cache(maxsize=1)
def _object_sweep():
    """pdfium's ``FPDFPage_GetObject`` and ``FPDFPageObj_GetType`` (pypdfium2's own binding of
    the library) called without ctypes argument types, for the sweep over every object of
    every page. Objects come back as pypdfium2's ``FPDF_PAGEOBJECT``, which the typed calls
    on path objects take as they are.

    Why not the typed ``pypdfium2.raw`` functions here: ctypes converts every argument of a
    typed call, and the sweep makes two calls per object, ~180 objects a page (497,700 on
    the 2,730 pages of the Ofsted reports, mostly text). Typed, the sweep made read_pdf
    ~4% slower over those reports (5.06 -> 5.26 s CPU, interleaved in one process), which
    took bench_ingest below its 0.70 target; ``PdfPage.get_objects()``, which wraps every
    object, was +36%.
    """
    import pypdfium2.raw as pdfium_c

    def untyped(fn, restype):
        f = ctypes.CFUNCTYPE(restype)(ctypes.cast(fn, ctypes.c_void_p).value)
        f.argtypes = None  # ctypes passes the page pointer and an int index as they are
        return f

    get_object = untyped(pdfium_c.FPDFPage_GetObject, pdfium_c.FPDF_PAGEOBJECT)
    return get_object, untyped(pdfium_c.FPDFPageObj_GetType, ctypes.c_int)


def _path_segments(pdfium_c, obj, height: float) -> list[Edge]:
    """Axis-aligned straight segments of a stroked path (a grid drawn as one path, or boxes)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke) or not stroke.value:
        return []  # a filled box is shading (highlighted text, a coloured panel), not a rule
    n = pdfium_c.FPDFPath_CountSegments(obj)
    if n <= 1 or n > MAX_PATH_SEGMENTS:
        return []
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return []
    x, y = ctypes.c_float(), ctypes.c_float()
    out: list[Edge] = []
    prev = start = None
    for k in range(n):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
            return []
        px = m.a * x.value + m.c * y.value + m.e
        py = m.b * x.value + m.d * y.value + m.f
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return []  # curves: a drawing, not table rules
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None:
            _add_segment(out, prev, (px, py), height)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = (px, py)
        prev = (px, py)
        if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
            _add_segment(out, prev, start, height)
    return out


def _add_segment(out: list[Edge], a: tuple[float, float], b: tuple[float, float], height: float) -> None:
    (x0, y0), (x1, y1) = a, b
    if abs(y0 - y1) <= 0.5 and abs(x1 - x0) >= RULE_MIN_LENGTH:
        out.append(Edge(min(x0, x1), height - y0, max(x0, x1), height - y0))
    elif abs(x0 - x1) <= 0.5 and abs(y1 - y0) >= RULE_MIN_LENGTH:
        out.append(Edge(x0, height - max(y0, y1), x0, height - min(y0, y1)))


@dataclass(frozen=True)
class FoundTable:
    """A table block, its bounding box (x0, top, x1, bottom; top-down page coordinates) and the
    x of its column rules, left to right (the last is the right edge)."""

    block: Block
    bbox: tuple[float, float, float, float]
    columns: tuple[float, ...] = ()
    ruled: bool = True  # False: found from aligned text (extractor.ingest.aligned), not from rules


def edges_to_tables(edges, textpage, height: float, page_no: int, source: str, first_index: int) -> list[FoundTable]:
    """The ruled tables drawn by ``edges`` (empty for a page without a grid), numbered from ``first_index``."""
    grid = grid_edges(edges)
    if not grid:
        return []
    out: list[FoundTable] = []
    for cell_boxes in ruled_cells(grid):
        found = _build_table(cell_boxes, textpage, height, page_no, source, first_index + len(out))
        if found is not None:
            out.append(found)
    return out


def aligned_tables(lines: list[Line], textpage, height: float, width: float, page_no: int, source: str,
                   first_index: int) -> list[FoundTable]:
    """Tables without rules, laid out in aligned columns (:mod:`extractor.ingest.aligned`), among
    the lines no ruled table took; their cells are read like a ruled table's."""
    from .aligned import column_tables

    out: list[FoundTable] = []
    for boxes in column_tables(lines, width - 18.0):
        found = _build_table(boxes, textpage, height, page_no, source, first_index + len(out))
        if found is not None:
            out.append(replace(found, ruled=False))
    return out


def ruled_cells(edges: list[Edge]) -> list[list[tuple[float, float, float, float]]]:
    """The tables that ``edges`` draw, each a list of cell boxes (x0, top, x1, bottom), in
    reading order, by pdfplumber's table finder: rules snapped and joined within
    ``TABLE_TOLERANCE``, where they cross, the smallest cells between crossings, and tables
    of cells sharing a corner (a lone cell, a framed box, is not a table)."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    tol = TABLE_TOLERANCE
    merged = merge_edges([e.as_plumber() for e in edges], tol, tol, tol, tol)
    return cells_to_tables(intersections_to_cells(edges_to_intersections(merged, tol, tol)))


def grid_edges(edges) -> list[Edge]:
    """The edges to look for ruled tables in (horizontal first, with the open row
    boundaries added), or none when they cannot draw a grid of two or more columns."""
    h_edges = [e for e in edges if e.orientation == "h"]
    v_edges = [e for e in edges if e.orientation == "v"]
    # A grid needs two rows' worth of horizontal rules and three column rules; fewer is
    # a frame around text (or an underline), which stays prose (see _is_frame).
    if len(_distinct(e.x0 for e in v_edges)) < 3:
        return []
    h_edges += _open_row_edges(h_edges, v_edges)
    if len(_distinct(e.top for e in h_edges)) < 2:
        return []
    return h_edges + v_edges


def _open_row_edges(h_edges: list[Edge], v_edges: list[Edge]) -> list[Edge]:
    """Row boundaries drawn without a horizontal rule, where three or more column rules end
    (or start) at the same height: a row split by a page break is left open at the foot of
    the page and at the top of the next (under the repeated header), and the grid's column
    rules stop there. Returned as edges across the span of those column rules."""
    points = sorted([(e.top, e.x0) for e in v_edges] + [(e.bottom, e.x0) for e in v_edges])
    clusters: list[list[tuple[float, float]]] = []
    for p in points:
        if clusters and p[0] - clusters[-1][-1][0] <= 1.0:
            clusters[-1].append(p)
        else:
            clusters.append([p])
    out: list[Edge] = []
    for group in clusters:
        if len({round(x) for _, x in group}) < 3:
            continue
        y = sum(y for y, _ in group) / len(group)
        x0, x1 = min(x for _, x in group), max(x for _, x in group)
        if not any(abs(h.top - y) <= TABLE_TOLERANCE and h.x0 <= x0 + TABLE_TOLERANCE and h.x1 >= x1 - TABLE_TOLERANCE
                   for h in h_edges):  # else already ruled
            out.append(Edge(x0, y, x1, y))
    return out


def _distinct(values, tol: float = TABLE_TOLERANCE) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _build_table(boxes, textpage, height: float, page_no: int, source: str, index: int) -> FoundTable | None:
    if len(boxes) < 2:
        return None  # a single framed box is a call-out, not a table
    if _full_width_share(boxes, lambda b: (b[2] - b[0]) * (b[3] - b[1])) >= 0.75:
        return None  # mostly one full-width box: a frame, known without reading any text
    xs = sorted({round(b[0], 1) for b in boxes})
    tops = sorted({round(b[1], 1) for b in boxes})
    texts: dict[tuple, str] = {}
    for box in boxes:
        x0, top, x1, bottom = box
        # Inset a little: pdfium counts a glyph as inside when most of its box is, and a
        # descender from the line above a table ("p") can reach over the top rule.
        i = CELL_INSET
        texts[box] = textpage.get_text_bounded(left=x0 + i, bottom=height - bottom + i, right=x1 - i, top=height - top - i)
    page_text: list[str] = []  # read only when a cell needs it
    hyphen_words = None  # likewise
    for box, raw in texts.items():
        if "\n" in raw and _BROKEN_WORD.search(raw):
            texts[box] = mend_broken_words(raw, box, textpage, height, page_text)
        if _MARKED_HYPHEN.search(texts[box]):
            if hyphen_words is None:  # the page's own spellings, read once
                hyphen_words = page_words(textpage.get_text_range())
            texts[box] = _mend_marked_hyphens(texts[box], hyphen_words)
    if not any(t.strip() for t in texts.values()) or _is_frame(boxes, texts):
        return None
    tprov = Provenance(source, page_no, table=index)
    rows: list[Row] = []
    for r, top in enumerate(tops):
        cells: list[Cell] = []
        for c, x in enumerate(xs):
            box = _covering(boxes, x, top)
            prov = tprov.at(row=r, cell=c)
            if box is None:
                cells.append(Cell("", (), prov))
                continue
            # A position not at a box's own top-left corner is covered by a spanning cell.
            origin = round(box[0], 1) == x and round(box[1], 1) == top
            cells.append(_cell(texts[box], prov, merged=not origin))
        rows.append(Row(tuple(cells), page=page_no))
    table = Table(index=index, rows=tuple(rows), page=page_no)
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return FoundTable(Block("table", "", tprov, table=table), bbox, tuple(xs) + (round(bbox[2], 1),))


# A line that is one run of letters, then a line starting lower-case: a word a narrow cell
# may have broken without a hyphen ("Recommendat" / "ion 6").
_BROKEN_WORD = re.compile(r"(?:^|\n)[^\S\n]*[^\s]*[A-Za-z][^\S\r\n]*\r?\n[^\S\n]*[a-z]")


def mend_broken_words(raw: str, box, textpage, height: float, page_text: list[str]) -> str:
    """Join a word that a narrow cell broke across two lines without a hyphen.

    The break is inside a word when the first line is that one word, reaching the cell's
    right edge (its margin there no wider than the left margin plus half a letter), and the
    word with the next line's first fragment is wider than the cell's text width, so no
    renderer could have set it whole. Measured on pdfium's character boxes, no dictionary.
    ``page_text`` caches the page's text (filled on first use).
    """
    if not page_text:
        text = textpage.get_text_range()
        page_text.append(text if len(text) == textpage.count_chars() else "")
    text = page_text[0]
    if not text:
        return raw  # pdfium added or dropped characters: indexes would not match the boxes
    x0, top, x1, bottom = box
    lines = _LINE_SPLIT.split(raw)
    out = [lines[0]]
    for prev, nxt in zip(lines, lines[1:]):
        word, start = prev.strip(), nxt.lstrip()  # a word broken twice mends one break at a time
        if (word and start[:1].islower() and word[-1].isalpha() and " " not in word
                and _broken_at_edge(text, textpage, word, start.split(" ", 1)[0], x0, x1, height - bottom, height - top)):
            out[-1] = out[-1].rstrip() + start
        else:
            out.append(nxt)
    return "\n".join(out)


def _broken_at_edge(text: str, textpage, word: str, frag: str, x0: float, x1: float, y0: float, y1: float) -> bool:
    k = text.find(word + "\r\n" + frag)
    while k >= 0:
        first = textpage.get_charbox(k)
        if x0 <= first[0] <= x1 and y0 <= first[1] <= y1:
            last = textpage.get_charbox(k + len(word) - 1)
            m = k + len(word) + 2
            nxt, frag_end = textpage.get_charbox(m), textpage.get_charbox(m + len(frag) - 1)
            size = textpage.get_charbox(k, loose=True)
            pad, half = first[0] - x0, 0.5 * (size[3] - size[1])
            filled = x1 - last[2] <= pad + half
            too_wide = (last[2] - first[0]) + (frag_end[2] - nxt[0]) > (x1 - x0) - 2 * pad
            return filled and too_wide
        k = text.find(word + "\r\n" + frag, k + 1)
    return False


def _is_frame(boxes, texts: dict) -> bool:
    """True for a bordered text box drawn as a grid (most text in full-width cells).

    Reports frame their executive summary or a section's summary in a box; that text is
    prose to read in order, not table data, so such a grid stays prose.
    """
    if len({round(b[0]) for b in boxes}) < 2:
        return True  # one column: boxed paragraphs
    return _full_width_share(boxes, lambda b: len(texts[b].strip())) >= 0.6


def _full_width_share(boxes, weight) -> float:
    """Share of ``weight`` (text length, or area) in boxes spanning the grid's full width."""
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    total = sum(weight(b) for b in boxes)
    full = sum(weight(b) for b in boxes if b[0] - left <= TABLE_TOLERANCE and right - b[2] <= TABLE_TOLERANCE)
    return full / total if total else 1.0


def _covering(boxes, x: float, top: float):
    for b in boxes:
        if b[0] - 0.2 <= x < b[2] - 0.2 and b[1] - 0.2 <= top < b[3] - 0.2:
            return b
    return None


# pdfium marks a hyphen it finds at a line end (U+FFFE in a page's text, U+0002 in a box's) and
# joins the two lines' words: "Safe\ufffeguarding", "pre\ufffeproceedings".
_MARKED_HYPHEN = re.compile(r"([A-Za-z]+)[\ufffe\x02][ \t]*\r?\n?[ \t]*([A-Za-z]+)")
# Prefixes that keep their hyphen when a line breaks after them ("multi-agency", "pre-proceedings").
_HYPHENATED_PREFIXES = frozenset("pre post multi non co re inter cross self sub anti over under out step half well "
                                 "long short full part high low".split())


def page_words(page_text: str) -> _Words:
    """What a page's text says about hyphens (:class:`~extractor.ingest.lines._Words`): the words and
    the hyphenated compounds it prints whole, a marked line-end hyphen counting as neither."""
    low = page_text.lower()
    return _Words(sets=(set(re.findall(r"[a-z]+", low)), set(re.findall(r"[a-z]+(?:-[a-z]+)+", low))))


def _mend_marked_hyphens(raw: str, words: _Words) -> str:
    """``raw`` with each hyphen pdfium marked at a line end made a hyphen or nothing. The page's own
    spellings decide first (``words``: the compound "pre-proceedings" or the word "safeguarding"
    printed whole), then the first part: a prefix that takes a hyphen keeps it ("multi-agency"),
    anything else is one word broken across lines ("Safeguarding")."""
    def mend(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        if words.has_compound(f"{a}-{b}".lower()):
            return f"{a}-{b}"
        if words.has_word(f"{a}{b}".lower()):
            return f"{a}{b}"
        return f"{a}-{b}" if a.lower() in _HYPHENATED_PREFIXES else f"{a}{b}"

    return _MARKED_HYPHEN.sub(mend, raw)


def _cell(raw: str, prov: Provenance, merged: bool) -> Cell:
    """A cell from its bounded text: lines regrouped into paragraphs and bulleted list items."""
    lines = [Line(t, page=prov.page) for t in (_clean(x).strip() for x in _LINE_SPLIT.split(raw)) if t]
    if len(lines) == 1:  # most cells hold one line: skip the grouping machinery
        label, rest = split_marker(lines[0].text)
        if label is not None and is_initial(label, rest):
            label, rest = None, lines[0].text  # "J. Patel / K. Osei": a name, no list around it
        label = display_label(label) if label else None
        block = Block("list_item" if label else "paragraph", rest, prov, label)
        return Cell(((label + " ") if label else "") + rest, (block,), prov, merged=merged)
    blocks = lines_to_blocks(lines, prov.file, wrapped=True)
    blocks = [Block(b.type if b.type != "heading" else "paragraph", b.text, prov, b.label, b.level) for b in blocks]
    text = " ".join(((b.label + " ") if b.label else "") + b.text for b in blocks)
    return Cell(text, tuple(blocks), prov, merged=merged)


def place_tables(lines: list[Line], tables: list[FoundTable]) -> list[Line]:
    """Drop the lines that fall inside a table and put the table where its text was."""
    out: list[Line] = []
    placed: set[int] = set()
    for ln in lines:
        inside = _inside(ln, tables)
        if inside is None:
            out.append(ln)
            continue
        if inside not in placed:
            placed.add(inside)
            out.append(Line("", page=ln.page, block=tables[inside].block))
    for k, t in enumerate(tables):  # a table with no text lines of its own still goes in, by position
        if k not in placed:
            at = next((i for i, ln in enumerate(out) if ln.top is not None and ln.top > t.bbox[1]), len(out))
            out.insert(at, Line("", page=t.block.prov.page, block=t.block))
    return out


def _inside(ln: Line, tables: list[FoundTable]) -> int | None:
    if ln.x0 is None or ln.top is None:
        return None
    cy = (ln.top + (ln.bottom if ln.bottom is not None else ln.top)) / 2
    for k, t in enumerate(tables):
        x0, top, x1, bottom = t.bbox
        if x0 - 1 <= ln.x0 <= x1 and top - 1 <= cy <= bottom + 1:
            return k
    return None


# --------------------------------------------------------------------------- tables across pages

def join_page_tables(lines: list[Line], found: dict[int, FoundTable], source: str) -> list[Line]:
    """Join a ruled table that a page break split: the table at the top of a page continues
    the one that ended the page before when nothing but page furniture (already stripped)
    lies between them and both have the same column rules. The repeated header row(s) on the
    new page are dropped, and a first row whose first cell is empty finishes the last row of
    the previous page when it reads as its rest (:func:`_rest_of`: a row split by the break).
    Tables are renumbered after a join."""
    out: list[Line] = []
    prev: FoundTable | None = None  # the table the output ends with, if it does
    joined = False
    for ln in lines:
        ft = found.get(id(ln.block)) if ln.block is not None else None
        if ft is None:
            out.append(ln)
            prev = None
            continue
        if (prev is not None and prev.block.page is not None and _last_page(prev) + 1 == ft.block.page
                and _same_columns(prev.columns, ft.columns)):
            prev = FoundTable(_join_blocks(prev.block, ft.block, source, ft.ruled), ft.bbox, ft.columns, ft.ruled)
            out[-1] = Line("", page=out[-1].page, block=prev.block)
            joined = True
            continue
        out.append(ln)
        prev = ft
    if not joined:
        return out
    index = 0
    for k, ln in enumerate(out):
        if ln.block is not None and ln.block.table is not None and ln.block.prov.file == source:
            if ln.block.table.index != index:
                out[k] = Line("", page=ln.page, block=_table_block(ln.block.table.rows, index, ln.block.page, source))
            index += 1
    return out


def _last_page(ft: FoundTable) -> int:
    return ft.block.table.rows[-1].page or ft.block.page


def _same_columns(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and len(a) > 2 and all(abs(x - y) <= TABLE_TOLERANCE for x, y in zip(a, b))


def _row_key(row: Row) -> tuple[str, ...]:
    return tuple(" ".join(c.text.split()).lower() for c in row.cells)


def _join_blocks(first: Block, then: Block, source: str, ruled: bool = True) -> Block:
    a, b = first.table.rows, list(then.table.rows)
    # The header the new page repeats (one or more rows, the same as the table's first rows).
    k = 0
    while k < len(b) - 1 and k < len(a) and k < 3 and any(_row_key(b[k])) and _row_key(b[k]) == _row_key(a[k]):
        k += 1
    b = b[k:]
    while b and b[0].is_empty():
        b.pop(0)  # a sliver of a row left between the repeated header and the rest
    rows = list(a)
    if b and rows and not b[0].cells[0].text.strip() and not b[0].is_empty() and _rest_of(rows[-1], b[0], ruled):
        rows[-1] = _continue_row(rows[-1], b.pop(0))
    return _table_block(tuple(rows) + tuple(b), first.table.index, first.page, source)


# A cell holding nothing but a row number or reference: "2.5", "12", "SD02", "R3.1".
_ROW_NUMBER = re.compile(r"^[A-Za-z]{0,4}\s?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?\.?$")


def _numbers_next(row: Row, more: Row) -> bool:
    """Whether ``more`` numbers itself as a row of its own: some column holds a row number in
    both, and a different one ("2.4" then "2.5"). The first cell of a new row is empty when the
    previous page's grouping cell (a priority spanning several rows) runs on; a row split by the
    break never repeats its number in its second half."""
    for cell, extra in zip(row.cells, more.cells):
        a, b = " ".join(cell.text.split()), " ".join(extra.text.split())
        if a != b and _ROW_NUMBER.match(a) and _ROW_NUMBER.match(b):
            return True
    return False


def _rest_of(row: Row, more: Row, ruled: bool = True) -> bool:
    """Whether ``more``, the first row at the top of a page with its first cell empty, is the rest
    of ``row``, the last row of the page before (a row the break split), rather than a row of its
    own whose grouping cell ran on over the break:

    - it numbers itself as the next row (:func:`_numbers_next`): its own;
    - a cell carries on in lower case ("shared with ...", not "ePEP for ..."): the rest;
    - a table without rules shows nothing more (no open row at the foot of the page): its own;
    - the longest cell above after the first (the action) is empty here, or was cut mid-sentence:
      the rest;
    - otherwise, a short cell above (a lead, a date) has text again here: its own (a lead or a
      date seldom breaks over a page; an action starting afresh with them is a new row)."""
    if _numbers_next(row, more):
        return False
    texts = [c.text.strip() for c in more.cells]
    if any(t.split()[0].islower() for t in texts if t):
        return True
    if not ruled:
        return False
    above = [c.text.strip() for c in row.cells][:len(texts)]
    if not above:
        return True
    # The first cell is the grouping cell that ran on (empty here): the longest of the others is
    # the action, even when the group's text, printed on this row, is longer.
    main = max(range(1, len(above)) if len(above) > 1 else range(len(above)), key=lambda c: len(above[c]))
    if not texts[main] or not re.search(r"[.!?)\"\u201d\u2019]$", above[main]):
        return True
    return not any(texts[c] and above[c] and len(above[c].split()) <= 6 for c in range(len(above)) if c != main)


def _continue_row(row: Row, more: Row) -> Row:
    """``row`` finished by ``more``, its other half from the top of the next page."""
    cells = []
    for cell, extra in zip(row.cells, more.cells):
        if not extra.text.strip():
            cells.append(cell)
            continue
        # Re-read the two halves as one cell's lines, so a sentence broken by the page break
        # becomes one paragraph again.
        raw = "\n".join(f"{x.label} {x.text}" if x.label else x.text for part in (cell, extra) for x in part.blocks)
        cells.append(_cell(raw, cell.prov, cell.merged))
    return Row(tuple(cells), row.page)


def _table_block(rows, index: int, page: int | None, source: str) -> Block:
    """A table block whose rows, cells and cell blocks carry (table ``index``, row, cell) provenance."""
    out: list[Row] = []
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row.cells):
            prov = Provenance(source, row.page, index, r, c)
            blocks = tuple(Block(x.type, x.text, prov, x.label, x.level) for x in cell.blocks)
            cells.append(Cell(cell.text, blocks, prov, cell.merged))
        out.append(Row(tuple(cells), row.page))
    return Block("table", "", Provenance(source, page, index), table=Table(index, tuple(out), page))
