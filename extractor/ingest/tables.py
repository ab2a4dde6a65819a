"""Table helpers shared by the DOCX, XLSX, HTML and text readers.

The readers differ in how they find rows and cells; what they do with them is the same:

* :func:`expand_spans` turns cells with row/column spans into a full grid in which every
  position covered by a spanning cell holds a ``merged=True`` copy of it;
* :func:`trim_grid` drops empty trailing (and leading) rows and columns;
* :func:`text_to_blocks` turns a cell's raw text into paragraphs and list items
  (lines or run-together text starting with bullet markers become list items);
* :func:`grid_to_table` builds the :class:`~extractor.document.Table` with provenance on
  every cell and every block inside it;
* :func:`build_vocabulary`, :func:`repair_broken_words` and :func:`join_split_cells` repair
  words that a PDF-to-markdown converter broke ("Septembe r", "West Berk | shire"), using
  only the document's own vocabulary so that good text is never changed.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from ..document import Block, Cell, Provenance, Row, Table

# Glyphs that only ever mean "bullet" (Symbol/Wingdings private-use bullets included).
# "-", "*" and "o" are bullets only at the start of a line, see _LINE_MARKER.
BULLET_GLYPHS = "•●◦○▪■‣⁃∙\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
# Glyphs conventionally used for second-level bullets under "•".
_SUB_GLYPHS = set("◦○▪■‣⁃o-–")

_GLYPH_SPLIT = re.compile(f"\\s*([{BULLET_GLYPHS}])\\s*")
# A printed marker at the start of a line: bullets, "1.", "1)", "(a)", "a)", "(iv)", "1.2.".
_LINE_MARKER = re.compile(
    rf"""^(?P<label>
        [{BULLET_GLYPHS}]
      | [-*–o](?=\s)
      | \(\s*(?:\d{{1,3}}|[a-zA-Z]|[ivxlc]{{1,6}})\s*\)
      | (?:\d{{1,3}}\.)+(?=\s)
      | \d{{1,3}}\)
      | [a-zA-Z][.)](?=\s)
      | [ivxlc]{{1,6}}[.)](?=\s)
    )\s*(?P<rest>.*)$""",
    re.X | re.S,
)
_WS = re.compile(r"[ \t\r\f\v\u00a0\u2002\u2003\u2009\u200b]+")


def clean_space(text: str) -> str:
    """Collapse runs of spaces (including non-breaking and zero-width ones) and trim."""
    return _WS.sub(" ", text).strip()


def split_line_marker(line: str) -> tuple[str | None, str]:
    """``("1.", "Do this")`` for a line that starts with a printed list marker, else ``(None, line)``."""
    m = _LINE_MARKER.match(line.strip())
    if not m or not m.group("rest").strip():
        return None, line.strip()
    return m.group("label"), m.group("rest").strip()


def split_glyph_bullets(text: str) -> list[tuple[str | None, str]]:
    """Split text whose bullets were run together ("Intro • one • two") at each bullet glyph.

    Returns ``(glyph or None, text)`` pairs; text before the first glyph has glyph None.
    Empty pieces are dropped.
    """
    parts = _GLYPH_SPLIT.split(text)
    out: list[tuple[str | None, str]] = []
    head = clean_space(parts[0])
    if head:
        out.append((None, head))
    for glyph, piece in zip(parts[1::2], parts[2::2]):
        piece = clean_space(piece)
        if piece:
            out.append((glyph, piece))
    return out


def text_to_blocks(text: str, prov: Provenance, *, base_level: int = 0, inline_glyphs: bool = True) -> list[Block]:
    """Paragraphs and list items from a cell's (possibly multi-line) text.

    A single line is kept as one paragraph unless it holds bullet glyphs (so a cell
    "1.1" stays a paragraph, not an empty numbered item). In multi-line text every line
    that starts with a printed marker ("•", "-", "1.", "(a)") becomes a list item; leading
    spaces and second-level glyphs ("○", "▪") under "•" items raise the nesting level.
    With ``inline_glyphs=False`` a bullet glyph splits a line only when the line starts
    with one (for markup whose structure is explicit, where "a • b" is just text).
    """
    lines = [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]
    blocks: list[Block] = []
    seen_primary = False
    multi = len(lines) > 1
    for line in lines:
        indent = len(line) - len(line.lstrip(" \t\u00a0"))
        indent_level = min(indent // 2, 4)
        label, rest = split_line_marker(line) if multi else (None, line.strip())
        if label is not None and label[0] not in BULLET_GLYPHS:
            # a typed marker ("-", "1.", "(a)"): the rest may still hold run-together glyph bullets
            pieces = [(label, p) if i == 0 else (g, p) for i, (g, p) in enumerate(split_glyph_bullets(rest))]
        elif inline_glyphs or line.lstrip()[:1] in BULLET_GLYPHS:
            pieces = split_glyph_bullets(line)
        else:
            pieces = [(None, clean_space(line))]
        for glyph, piece in pieces:
            if glyph is None:
                blocks.append(Block("paragraph", piece, prov, level=base_level))
                continue
            sub = glyph in _SUB_GLYPHS and seen_primary
            seen_primary = seen_primary or not (glyph in _SUB_GLYPHS)
            level = base_level + max(indent_level, 1 if sub else 0)
            blocks.append(Block("list_item", piece, prov, label=glyph, level=level))
    return blocks


def blocks_text(blocks: Iterable[Block]) -> str:
    """A cell's whole text: one line per block, list items prefixed with their printed label."""
    return "\n".join(f"{b.label} {b.text}" if b.label else b.text for b in blocks if b.text)


@dataclass(frozen=True)
class GridCell:
    """A cell as a reader found it, before spans are expanded. ``blocks`` may carry any prov;
    :func:`grid_to_table` re-stamps it with the cell's final position."""

    text: str
    blocks: tuple[Block, ...] = ()
    rowspan: int = 1
    colspan: int = 1
    merged: bool = False


def expand_spans(rows: Sequence[Sequence[GridCell]], max_span: int = 1000) -> list[list[GridCell]]:
    """Lay spanning cells out on a grid: each position a span covers gets a ``merged`` copy.

    Follows the HTML table model: a cell is placed in the first free column of its row,
    cells spanning down occupy positions in later rows, and short rows are padded with
    empty cells so that every row has the same width. Spans are clipped to ``max_span``
    so a hostile ``colspan=1000000`` cannot exhaust memory.
    """
    occupied: dict[tuple[int, int], GridCell] = {}
    n_rows = len(rows)
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in occupied:
                c += 1
            rs = max(1, min(cell.rowspan, max_span, n_rows - r))
            cs = max(1, min(cell.colspan, max_span))
            for dr in range(rs):
                for dc in range(cs):
                    copy = cell if (dr, dc) == (0, 0) else replace(cell, merged=True)
                    occupied[(r + dr, c + dc)] = replace(copy, rowspan=1, colspan=1)
            c += cs
        width = max(width, c, max((k[1] + 1 for k in occupied if k[0] == r), default=0))
    empty = GridCell("")
    return [[occupied.get((r, c), empty) for c in range(width)] for r in range(n_rows)]


def trim_grid(grid: list[list[GridCell]]) -> list[list[GridCell]]:
    """Drop rows and columns that are empty at the edges of the grid (trailing and leading)."""

    def filled(cell: GridCell) -> bool:
        return bool(cell.text.strip())

    rows = [r for r in grid]
    while rows and not any(filled(c) for c in rows[-1]):
        rows.pop()
    while rows and not any(filled(c) for c in rows[0]):
        rows.pop(0)
    if not rows:
        return []
    width = max(len(r) for r in rows)
    cols = [any(c < len(r) and filled(r[c]) for r in rows) for c in range(width)]
    if not any(cols):
        return []
    first = cols.index(True)
    last = width - 1 - cols[::-1].index(True)
    return [list(r[first : last + 1]) for r in rows]


def grid_to_table(
    grid: Sequence[Sequence[GridCell]],
    index: int,
    source: str,
    *,
    page: int | None = None,
    name: str | None = None,
    row_pages: Sequence[int | None] | None = None,
) -> Table:
    """Build a :class:`Table` whose cells and inner blocks carry their (table, row, cell) provenance.

    A cell without blocks but with text gets its blocks from :func:`text_to_blocks`.
    """
    rows: list[Row] = []
    for r, grow in enumerate(grid):
        rpage = row_pages[r] if row_pages is not None else page
        cells: list[Cell] = []
        for c, gc in enumerate(grow):
            prov = Provenance(source, rpage, index, r, c)
            blocks = gc.blocks or tuple(text_to_blocks(gc.text, prov))
            blocks = tuple(replace(b, prov=prov) for b in blocks)
            cells.append(Cell(gc.text, blocks, prov, gc.merged))
        rows.append(Row(tuple(cells), rpage))
    return Table(index, tuple(rows), page, name)


def table_block(table: Table, source: str) -> Block:
    """The document-level block that holds ``table``."""
    return Block("table", "", Provenance(source, table.page, table.index), table=table)


# --- broken-word repair -----------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
# Single letters that are words on their own; any other lone letter is a fragment.
_LETTER_WORDS = {"a", "i"}


def build_vocabulary(texts: Iterable[str]) -> Counter:
    """Lower-cased word counts over the document's text (the only dictionary the repair uses)."""
    vocab: Counter = Counter()
    for t in texts:
        vocab.update(w.lower() for w in _WORD.findall(t))
    return vocab


def _is_word(token: str, vocab: Counter, fragment_uses: int) -> bool:
    """Whether ``token`` is a word in its own right: it occurs in the document more often than
    it occurs as one half of the broken pair under consideration."""
    t = token.lower()
    if len(t) == 1:
        return t in _LETTER_WORDS
    return vocab[t] > fragment_uses


def _joinable(left: str, right: str, vocab: Counter, pair_counts: Counter) -> bool:
    if not (left.isalpha() and right.isalpha()):
        return False
    if right[0].isupper() and not right.isupper():
        return False  # "West Berkshire" style: a capitalised right part starts a new word
    joined = (left + right).lower()
    uses = pair_counts[(left.lower(), right.lower())]
    if vocab[joined] == 0:
        return False
    left_word = _is_word(left, vocab, uses)
    right_word = _is_word(right, vocab, uses)
    if not left_word and not right_word:
        return True
    # One half a word ("data zone", "in form") means the text may well be right: keep it,
    # unless the other half is a stray letter no word is made of ("an d", "Septembe r").
    return any(len(x) == 1 and x.lower() not in _LETTER_WORDS for x in (left, right))


_TOKEN = re.compile(r"[A-Za-z]+")


def broken_pairs(texts: Iterable[str]) -> Counter:
    """How often each pair of words separated only by spaces occurs (lower-cased).

    A fragment ("Septembe", "hip") occurs in the vocabulary only as half of such a pair,
    which is how :func:`repair_broken_words` tells fragments from real words.
    """
    pairs: Counter = Counter()
    for t in texts:
        prev = None
        for m in _TOKEN.finditer(t):
            if prev is not None and not t[prev.end() : m.start()].strip():
                pairs[(prev.group(0).lower(), m.group(0).lower())] += 1
            prev = m
    return pairs


def repair_broken_words(text: str, vocab: Counter, pair_counts: Counter | None = None) -> str:
    """Join words a converter split with a space ("Septembe r 2015" -> "September 2015").

    A pair is joined only when the joined word occurs whole elsewhere in the same document
    and neither half is a word of the document itself (a stray single letter never is);
    otherwise the text is returned unchanged.
    """
    pair_counts = pair_counts if pair_counts is not None else Counter()
    tokens = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if i + 1 < len(tokens):
            nxt = tokens[i + 1]
            # Compare the alphabetic cores so trailing punctuation ("r," / "r 2015") is kept.
            m = re.match(r"^([A-Za-z]+)([^A-Za-z]*)$", nxt)
            if tok.isalpha() and m and _joinable(tok, m.group(1), vocab, pair_counts):
                out.append(tok + nxt)
                i += 2
                continue
        out.append(tok)
        i += 1
    return " ".join(out)


def join_split_cells(texts: Sequence[str], vocab: Counter, pair_counts: Counter | None = None) -> list[tuple[str, bool]]:
    """Re-join a cell's text that a converter broke across a column boundary ("Berk | shire").

    When the last word of one cell and the first word of the next (starting lower-case)
    form a known word, the two cells are one spanning cell: the joined text goes in the
    first and the second becomes a ``merged`` copy of it. Returns ``(text, merged)`` per cell.
    """
    pair_counts = pair_counts if pair_counts is not None else Counter()
    out: list[tuple[str, bool]] = [(t, False) for t in texts]
    for i in range(len(texts) - 1):
        left = out[i][0]
        right = texts[i + 1]
        lw = left.rstrip().rsplit(" ", 1)[-1] if left.strip() else ""
        rw_full = right.lstrip().split(" ", 1)[0] if right.strip() else ""
        m = re.match(r"^([a-z]+)", rw_full)
        if not (lw and m) or not _joinable(lw, m.group(1), vocab, pair_counts):
            continue
        joined = left.rstrip() + right.lstrip()
        start = i
        while start > 0 and out[start][1]:
            start -= 1  # extend an earlier join: "Lea | ders | hip" is one spanning cell
        for j in range(start, i + 2):
            out[j] = (joined, j != start)
    return out


# --- look-alike letters ----------------------------------------------------------------

# Cyrillic and Greek letters that look exactly like Latin ones. PDF converters sometimes emit
# them for Latin text ("Ву When?" with Cyrillic В and у), which defeats header matching.
_HOMOGLYPHS = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "Ι": "I", "Α": "A", "Β": "B", "Ε": "E", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Χ": "X", "ο": "o",
})
_NON_LATIN_WORD = re.compile(r"\w*[\u0370-\u03ff\u0400-\u04ff]\w*")


def fix_homoglyphs(text: str) -> str:
    """Replace Cyrillic/Greek look-alikes with Latin letters in words made only of look-alikes
    and Latin letters, when the text is overwhelmingly Latin (real Cyrillic or Greek text,
    which has letters with no Latin twin, is left alone)."""
    foreign = sum(1 for ch in text if "\u0370" <= ch <= "\u04ff")
    if not foreign or foreign > 0.01 * sum(1 for ch in text if ch.isalpha()):
        return text

    def fix(m: re.Match) -> str:
        word = m.group(0)
        mapped = word.translate(_HOMOGLYPHS)
        return mapped if not any("\u0370" <= ch <= "\u04ff" for ch in mapped) else word

    return _NON_LATIN_WORD.sub(fix, text)
