"""Plain text and markdown, as other converters leave it, into the document model.

Three shapes occur and may be mixed in one file:

* **tab-separated rows** (a Word table saved as text): each line with tabs is a row; cells
  may hold HTML fragments (``<p>``, ``<ul>`` with typed "•"/"○" bullets and missing end
  tags), read with :func:`~extractor.ingest.html.fragment_to_blocks`. Physical rows are
  kept as they are: a continuation row (empty first cell) stays its own row right after
  its parent. A short heading line sitting between rows ("4.0 PARTNERSHIPS") is kept in
  the table as a one-cell section row, like the section rows the converter did tab.
  Lines of only dashes and tabs are dropped. Runs of two-cell plain lines without markup
  ("Title<TAB>value") are key lines, not a table: each becomes its own paragraph.
* **markdown pipe tables**: one table per contiguous block of ``|`` lines, separator
  lines (``|--|--|``) dropped, rows kept even when the column count changes. Words the
  converter broke ("Septembe r", "West Berk | shire") are re-joined only when the joined
  word occurs whole elsewhere in the same document (see :mod:`extractor.ingest.tables`).
* **prose** with numbered, lettered and bulleted lists: handed to
  :func:`~extractor.ingest.lines.lines_to_blocks` one line per :class:`Line`. Markdown
  headings (``#``), bold titles (``**...**`` over whole lines), links, ``*emphasis*`` and
  inline tags are reduced to their text first; "- 2." / " - (a)" (a numbered item the converter also
  bulleted) keeps the inner label.

A file that is comma-separated values (see :func:`csv_rows`) is one table; multi-line
cells with bullet markers become list items as in spreadsheets.

Decoding: UTF-8 (with or without BOM), else Windows-1252 with a document warning.
Form feeds, if present, count pages; otherwise ``page`` is None.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..document import Block, Document, Provenance
from .html import fragment_to_blocks
from .lines import Line, is_page_number, lines_to_blocks, looks_like_heading_text, split_marker
from .tables import (
    GridCell,
    blocks_text,
    broken_pairs,
    build_vocabulary,
    clean_space,
    fix_homoglyphs,
    grid_to_table,
    join_split_cells,
    repair_broken_words,
    table_block,
    text_to_blocks,
)

# Tags a converter leaves in text; anything else that looks like a tag is left as text.
_FRAGMENT_TAG = re.compile(r"</?(?:p|ul|ol|li|br|div|table|tr|td|th|h[1-6])\b[^<>]*>", re.I)
_INLINE_TAG = re.compile(r"</?(?:u|b|i|em|strong|span|sup|sub|font|a|s|strike|mark|small|big)\b[^<>]*>", re.I)
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^)\s]*)\)")
# pandoc's bracketed spans with attributes: "[]{#_Toc3452117 .anchor}" (a Word bookmark), "[text]{.mark}"
_PANDOC_SPAN = re.compile(r"\[([^\]\n]*)\]\{[#.][^}\n]*\}")
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# *emphasis* / _emphasis_: the markers hug the text and are not inside a word ("a*b*c", "plan_v2_final")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])|(?<![\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_SEPARATOR = re.compile(r"^[\s|:=+\-–—_]*$")
# "- 2. text", " - (a) text": a numbered item the converter also gave a dash bullet.
_DOUBLE_MARKER = re.compile(r"^(\s*)[-*•–]\s+(?=(?:\(?[0-9]{1,3}[.)]|\([a-zA-Z]{1,4}\)|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])\s)")
_DASH_LOWER = re.compile(r"^\s*[-–*]\s+(?=[a-z])")
# A pandoc grid table's border ("+------+-----+", "+======+=====+" under the header)
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
# A spreadsheet cell copied to the clipboard is wrapped in double quotes when it holds a line
# break; its lines then span several physical lines of the text (at most this many).
_MAX_QUOTED_LINES = 40
_MAX_SECTION_LINES = 3
_MAX_KEY_CHARS = 40


def decode_text(raw: bytes) -> tuple[str, str | None]:
    """Text of a file: UTF-8 (BOM or not), else cp1252 with a warning (never raises)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw.decode("utf-8-sig"), None
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "the file is not UTF-8; it was read as Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        # bytes cp1252 leaves undefined (0x81, 0x8d, ...) are kept as Latin-1
        return raw.decode("latin-1"), "the file is not UTF-8; it was read as Latin-1, some characters may be wrong"


_WIKI_LINK = re.compile(r"\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]")


def md_inline(text: str) -> str:
    """Markdown/HTML inline markup reduced to text: links, **bold**, *emphasis*, <u>..</u>."""
    text = _PANDOC_SPAN.sub(r"\1", text)
    if "[[" in text:  # a wiki's links (Obsidian, Foam): "[[Practice Standards]]", "[[Ofsted 2016|the report]]"
        text = _WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_BOLD.sub(r"\2", text)
    text = _MD_EMPHASIS.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    return _INLINE_TAG.sub("", text)


@dataclass(frozen=True)
class _Src:
    """One physical line of the file with its page."""

    text: str
    page: int | None


def _split_pages(text: str) -> list[_Src]:
    paged = "\f" in text
    out: list[_Src] = []
    for p, chunk in enumerate(text.split("\f"), 1):
        for ln in chunk.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            out.append(_Src(ln, p if paged else None))
    return out


def _quote_state(text: str, in_quote: bool) -> bool | None:
    """Whether tab-separated ``text`` ends inside a spreadsheet-quoted cell (a cell that opens
    with a double quote, its own quotes doubled, closed by a lone quote before a tab or the end),
    given whether it starts inside one (the line before ended in an open cell): True when one is
    still open, False when none is, None when a cell that opens with a quote does not follow
    that convention (plain text that starts with a quote: '"Think Family" approach'). One pass,
    finding quotes and tabs with str.find."""
    pos, n = 0, len(text)
    while True:
        if in_quote:
            j = text.find('"', pos)
            if j < 0:
                return True
            if text[j + 1:j + 2] == '"':
                pos = j + 2
                continue
            if j + 1 < n and text[j + 1] != "\t":
                return None
            in_quote, pos = False, j + 2  # past the closing quote and its tab
            if pos > n:
                return False
        elif text[pos:pos + 1] == '"':  # a cell opening with a quote
            in_quote, pos = True, pos + 1
        else:
            j = text.find("\t", pos)
            if j < 0:
                return False
            pos = j + 1


def _join_quoted_cells(srcs: list[_Src]) -> list[_Src]:
    """Physical lines joined into one row where a spreadsheet range pasted as text holds cells
    with line breaks: Excel copies such a cell wrapped in double quotes, so its row runs on over
    the next lines until the quote closes. Left as they are when it never closes."""
    out: list[_Src] = []
    k = 0
    while k < len(srcs):
        src = srcs[k]
        end = _quoted_row_end(srcs, k) if "\t" in src.text and '"' in src.text else None
        if end is None:
            out.append(src)
            k += 1
            continue
        out.append(_Src("\n".join(s.text for s in srcs[k:end + 1]), src.page))
        k = end + 1
    return out


def _quoted_row_end(srcs: list[_Src], k: int) -> int | None:
    """The index of the line where the row starting at line ``k`` closes its last quoted cell,
    or None when the row is complete on its own line (or never closes)."""
    if not _quote_state(srcs[k].text, False):
        return None
    for m in range(k + 1, min(len(srcs), k + _MAX_QUOTED_LINES)):
        state = _quote_state(srcs[m].text, True)
        if state is None:
            return None
        if state is False:
            return m
    return None


_DETAILS = re.compile(r"^\s*<details\b", re.I)
_SUMMARY = re.compile(r"^\s*(?:<details\b[^>]*>\s*)?<summary\b[^>]*>(.*?)</summary>\s*$", re.I)
_SET_ASIDE = re.compile(r"\b(?:archived?|superseded|closed|withdrawn|old|previous|completed and closed)\b", re.I)


# "On Thu, 5 Oct 2023 at 09:15, Ruth Askwith wrote:" over the quoted earlier message of an e-mail thread
_WROTE = re.compile(r"^\s*On\s.{5,150}\swrote:\s*$")


def _set_aside(srcs: list[_Src], i: int) -> int | None:
    """The line after a collapsed ``<details>`` toggle (a Notion or GitHub export) whose summary
    says what it holds is set aside ("<summary>Archived actions</summary>"), or after an e-mail's
    quoted earlier message ("On ... wrote:" and the "> " lines under it: an earlier version, not
    the document); else None."""
    if _WROTE.match(srcs[i].text):
        j = i + 1
        while j < len(srcs) and (srcs[j].text.startswith(">") or not srcs[j].text.strip()):
            j += 1
        return j if any(s.text.startswith(">") for s in srcs[i + 1:j]) else None
    if not _DETAILS.match(srcs[i].text):
        return None
    head = " ".join(s.text for s in srcs[i:i + 3])
    summary = re.search(r"<summary>(.*?)</summary>", head, re.I | re.S)
    if not summary or not _SET_ASIDE.search(summary.group(1)):
        return None
    for j in range(i + 1, min(len(srcs), i + 500)):
        if "</details>" in srcs[j].text.lower():
            return j + 1
    return None


def _tab_cells(text: str) -> list[str]:
    """The cells of one tab-separated row; a row that runs over several lines (quoted cells
    holding line breaks, see :func:`_join_quoted_cells`) is unquoted as a spreadsheet writes it."""
    if "\n" in text:
        return next(csv.reader(io.StringIO(text), delimiter="\t", quotechar='"'))
    return text.split("\t") if "\t" in text else [text]


def _is_tab_row(s: str) -> bool:
    return "\t" in s and bool(s.strip())


def _is_pipe_row(s: str) -> bool:
    st = s.strip()
    return st.startswith("|") and st.count("|") >= 2


def _continues_pipe_row(row: str, line: str) -> bool:
    """Whether ``line`` (not itself a pipe row) is the rest of the pipe-table row ``row`` that a
    converter broke: the row has no closing pipe and the line closes one."""
    r, t = row.rstrip(), line.strip()
    return bool(t) and not r.endswith("|") and t.endswith("|") and not t.startswith("|")


def _rejoin_wrapped(rows: list[tuple["_Src", list[str]]]) -> list[tuple["_Src", list[str]]]:
    """Rows a converter wrapped: a row short of the table's width whose last cell goes on at the
    start of the next line, the rest of the row's cells after it ("C2<TAB><TAB>Add questions ...
    think about" / "their work and move ...<TAB>Principal Social Worker<TAB>Nov 2026<TAB>"): the two
    lines' cells add up to the width with one to spare. Joined into one row."""
    width = max((len(c) for _, c in rows), default=0)
    out: list[tuple[_Src, list[str]]] = []
    k = 0
    while k < len(rows):
        src, cells = rows[k]
        if k + 1 < len(rows):
            nxt_src, nxt = rows[k + 1]
            if (1 < len(cells) < width and len(cells) + len(nxt) - 1 == width and nxt[0].strip()
                    and cells[-1].strip() and nxt[0].strip()[:1].islower()):
                joined = cells[:-1] + [f"{cells[-1].rstrip()} {nxt[0].strip()}"] + nxt[1:]
                out.append((src, joined))
                k += 2
                continue
        out.append((src, cells))
        k += 1
    return out


_NO_CELL = re.compile(r"^(?:NaN|nan|NaT|None|Unnamed: \d+)$")


def _is_separator(s: str) -> bool:
    return bool(_SEPARATOR.match(s)) and any(ch in s for ch in "-–—=_")


class _TextReader:
    def __init__(self, source: str, srcs: list[_Src]) -> None:
        self.source = source
        self.srcs = srcs
        self.n_tables = 0
        # The document's own vocabulary, for broken-word repair (pipes read as spaces so that
        # a word split across a cell boundary counts as a pair).
        texts = [s.text.replace("|", " ").replace("\t", " ") for s in srcs]
        self.vocab = build_vocabulary(texts)
        self.pairs = broken_pairs(texts)
        self.out: list[Line] = []
        self.bold_marks: dict[int, str] = {}  # index in self.out -> "open" | "close"

    # -- regions -----------------------------------------------------------------------
    def read(self) -> list[Line]:
        """The file as :class:`Line` objects for lines_to_blocks, tables as ready blocks."""
        lines = self.out
        i, n = 0, len(self.srcs)
        laid = self._laid_out()
        while i < n:
            s = self.srcs[i]
            if i in laid:  # a table laid out with spaces (pdftotext -layout)
                from .pdf import _table_block

                t = laid[i]
                self._emit(lines, _table_block(t.block.table.rows, self.n_tables, t.block.page, self.source))
                self.n_tables += 1
                i = t.last + 1
                continue
            end = _set_aside(self.srcs, i)
            if end is not None:
                i = end  # a collapsed toggle of archived or superseded items is not part of the document
                continue
            if _GRID_BORDER.match(s.text):
                j = i + 1
                while j < n and (_GRID_BORDER.match(self.srcs[j].text) or self.srcs[j].text.lstrip().startswith("|")):
                    j += 1
                self._emit(lines, self._grid_table(self.srcs[i:j]))
                i = j
            elif _is_pipe_row(s.text):
                j, rows = i, []
                while j < n:
                    t = self.srcs[j].text
                    if _is_pipe_row(t):
                        rows.append(self.srcs[j])
                    elif rows and _continues_pipe_row(rows[-1].text, t):
                        # a converter broke the row over two lines ("| 2 | Chairs to use ... days" /
                        # "where a plan is not moving | Service Manager | Q3 2018/19 |"): rejoin it
                        rows[-1] = _Src(f"{rows[-1].text.rstrip()} {t.strip()}", rows[-1].page)
                    else:
                        break
                    j += 1
                self._emit(lines, self._pipe_table(rows))
                i = j
            elif _is_tab_row(s.text) and not _is_separator(s.text):
                j, rows = self._tab_region(i)
                if self._is_key_lines(rows):
                    for r in rows:
                        key, _, value = r.text.partition("\t")
                        text = clean_space(md_inline(f"{key.strip()} {value.replace(chr(9), ' ')}"))
                        # a ready-made paragraph: a key line is never joined to its neighbours
                        block = Block("paragraph", text, Provenance(self.source, r.page))
                        lines.append(Line("", r.page, block=block))
                else:
                    self._emit(lines, self._tab_table(rows))
                i = j
            elif _is_tab_row(s.text) or (_is_separator(s.text) and s.text.strip() and "\t" in s.text):
                i += 1  # a separator row ("--<TAB>--") outside a table
            else:
                lines.extend(self._prose(i))
                i += 1
        return self._merge_bold_titles(lines)

    def _laid_out(self) -> dict:
        """Tables laid out in columns with spaces, by the index of their first line."""
        from .layout_text import laid_out_tables, looks_laid_out

        texts = [s.text for s in self.srcs]
        if not looks_laid_out(texts):
            return {}
        return {t.first: t for t in laid_out_tables(texts, [s.page for s in self.srcs], self.source)}

    def _emit(self, lines: list[Line], block: Block | None) -> None:
        if block is not None:
            lines.append(Line("", None, block=block))

    def _tab_region(self, i: int) -> tuple[int, list[_Src]]:
        """Rows of a tab table from line ``i``: tab lines, across blank lines and separators,
        plus short heading lines that sit between rows (kept as section rows)."""
        rows: list[_Src] = []
        n = len(self.srcs)
        j = i
        while j < n:
            t = self.srcs[j].text
            if _is_separator(t) and ("\t" in t or not t.strip()):
                j += 1
                continue
            if _is_tab_row(t):
                rows.append(self.srcs[j])
                j += 1
                continue
            # heading lines sandwiched between rows
            k, heads = j, []
            while k < n and len(heads) <= _MAX_SECTION_LINES:
                tk = self.srcs[k].text
                if not tk.strip() or _is_separator(tk) or is_page_number(tk.strip()):
                    k += 1  # a blank, a rule, or the page furniture a converter left between two rows
                    continue
                if _is_tab_row(tk):
                    break
                if _FRAGMENT_TAG.search(tk) or not looks_like_heading_text(md_inline(tk).strip()):
                    heads = []
                    break
                heads.append(self.srcs[k])
                k += 1
            if k < n and _is_tab_row(self.srcs[k].text) and len(heads) <= _MAX_SECTION_LINES:
                rows.extend(heads)
                j = k
                continue
            break
        # trailing blank lines belong to the prose that follows
        while j > i + 1 and not self.srcs[j - 1].text.strip():
            j -= 1
        return j, rows

    @staticmethod
    def _is_key_lines(rows: list[_Src]) -> bool:
        """Two-cell plain lines with a short key ("Date<TAB>28 March 2019") are key lines, not
        a table; a two-column table with longer first cells stays a table."""
        for r in rows:
            cells = r.text.rstrip("\t ").split("\t")
            if len(cells) > 2 or _FRAGMENT_TAG.search(r.text) or "\t" not in r.text:
                return False
            if len(cells[0].strip()) > _MAX_KEY_CHARS:
                return False
        return True

    # -- tables ------------------------------------------------------------------------
    def _cell(self, raw: str, prov: Provenance) -> GridCell:
        raw = raw.strip()
        if _FRAGMENT_TAG.search(raw):
            blocks = fragment_to_blocks(raw, prov)
            return GridCell(blocks_text(blocks), tuple(blocks))
        text = clean_space(md_inline(raw))
        return GridCell(text, tuple(text_to_blocks(text, prov)))

    def _tab_table(self, rows: list[_Src]) -> Block | None:
        index = self.n_tables
        grid: list[list[GridCell]] = []
        pages: list[int | None] = []
        for r, (src, raw_cells) in enumerate(_rejoin_wrapped([(s, _tab_cells(s.text)) for s in rows])):
            grid.append([self._cell(c, Provenance(self.source, src.page, index, r, k)) for k, c in enumerate(raw_cells)])
            pages.append(src.page)
        return self._finish(grid, pages)

    def _pipe_cells(self, line: str) -> list[str]:
        st = line.strip()
        if st.startswith("|"):
            st = st[1:]
        if st.endswith("|") and not st.endswith("\\|"):
            st = st[:-1]
        # "\|" is a pipe inside a cell (markdown's escape), not a column boundary; "NaN" and
        # "Unnamed: 3" are what a dataframe-based converter (markitdown) writes for an empty cell
        return [_NO_CELL.sub("", clean_space(md_inline(c.replace("\\|", "|")))) for c in re.split(r"(?<!\\)\|", st)]

    def _pipe_table(self, srcs: list[_Src]) -> Block | None:
        index = self.n_tables
        grid: list[list[GridCell]] = []
        pages: list[int | None] = []
        for src in srcs:
            if _is_separator(src.text):
                continue
            texts = [repair_broken_words(t, self.vocab, self.pairs) for t in self._pipe_cells(src.text)]
            row: list[GridCell] = []
            for k, (text, merged) in enumerate(join_split_cells(texts, self.vocab, self.pairs)):
                prov = Provenance(self.source, src.page, index, len(grid), k)
                row.append(GridCell(text, tuple(text_to_blocks(text, prov)), merged=merged))
            grid.append(row)
            pages.append(src.page)
        return self._finish(grid, pages)

    def _grid_table(self, srcs: list[_Src]) -> Block | None:
        """A pandoc grid table: columns where the first border has its "+", rows between
        borders, each cell's lines put back together (:func:`_grid_cell_text`)."""
        index = self.n_tables
        first = srcs[0].text
        cuts = [k for k, ch in enumerate(first) if ch == "+"]
        grid: list[list[GridCell]] = []
        pages: list[int | None] = []
        body: list[_Src] = []
        for src in srcs[1:] + [_Src(first, None)]:  # a closing border ends the last row
            if not _GRID_BORDER.match(src.text):
                body.append(src)
                continue
            if body:
                row = []
                for k, (a, b) in enumerate(zip(cuts, cuts[1:])):
                    text = _grid_cell_text([ln.text[a + 1:b] for ln in body])
                    prov = Provenance(self.source, body[0].page, index, len(grid), k)
                    blocks = text_to_blocks(text, prov)
                    row.append(GridCell(blocks_text(blocks) if "\n" in text else text, tuple(blocks)))
                grid.append(row)
                pages.append(body[0].page)
            body = []
        return self._finish(grid, pages)

    def _finish(self, grid: list[list[GridCell]], pages: list[int | None]) -> Block | None:
        if not grid or not any(c.text for r in grid for c in r):
            return None
        width = max(len(r) for r in grid)
        grid = [r + [GridCell("")] * (width - len(r)) for r in grid]
        table = grid_to_table(grid, self.n_tables, self.source, page=pages[0], row_pages=pages)
        self.n_tables += 1
        return table_block(table, self.source)

    # -- prose -------------------------------------------------------------------------
    def _prose(self, i: int) -> list[Line]:
        s = self.srcs[i]
        text = s.text
        if not text.strip() or _MD_RULE.match(text):
            return [Line("", s.page)]  # a markdown rule (---, ***) separates like a blank line
        m = _MD_HEADING.match(text)
        if m and m.group(2):
            block = Block("heading", clean_space(md_inline(m.group(2))), Provenance(self.source, s.page),
                          level=len(m.group(1)))
            return [Line("", s.page, block=block)]
        m = _SUMMARY.match(text)
        if m and m.group(1).strip():
            # a wiki's collapsible section, "<details><summary>1. Our workforce</summary>": its title
            block = Block("heading", clean_space(md_inline(re.sub(r"<[^>]+>", "", m.group(1)))), Provenance(self.source, s.page),
                          level=2)
            return [Line("", s.page, block=block)]
        if re.match(r"^\s*</?details\b[^>]*>\s*$", text, re.I):
            return [Line("", s.page)]
        text = _DOUBLE_MARKER.sub(r"\1", text)
        if _DASH_LOWER.match(text) and _unfinished(self._previous_text(i)):
            # The converter bulleted a wrapped line ("...capacity in some" / "- parts of the
            # service"), often after a page break's blank lines: rejoin it to its sentence.
            text = _DASH_LOWER.sub("", text)
            while self.out and self.out[-1].blank:
                self.out.pop()
        span = _bold_span(text)
        text = md_inline(text.replace("\t", " ")).rstrip()
        if span in ("open", "close"):
            self.bold_marks[len(self.out)] = span
            text = text.replace("**", "").replace("__", "")
        # Plain text has no fonts: every line is "not bold" except whole-line **bold**.
        return [Line(text, s.page, bold=span == "whole")]

    def _previous_text(self, i: int, max_blank: int = 4) -> str:
        """The nearest non-blank line before line ``i`` (across a few blank lines), or ""."""
        k = i - 1
        while k >= 0 and i - k <= max_blank + 1:
            if self.srcs[k].text.strip():
                return self.srcs[k].text
            k -= 1
        return ""

    def _merge_bold_titles(self, lines: list[Line]) -> list[Line]:
        """A bold span over several whole lines ("**COUNCIL\\nPLAN 2018**") is one heading."""
        out: list[Line] = []
        i = 0
        while i < len(lines):
            if self.bold_marks.get(i) == "open":
                j = i
                while j < len(lines) and not lines[j].blank and lines[j].block is None:
                    if self.bold_marks.get(j) == "close":
                        break
                    j += 1
                if j < len(lines) and self.bold_marks.get(j) == "close":
                    title = clean_space(" ".join(ln.text for ln in lines[i : j + 1]))
                    if title and len(title.split()) <= 30:
                        prov = Provenance(self.source, lines[i].page)
                        out.append(Line("", lines[i].page, block=Block("heading", title, prov, level=1)))
                        i = j + 1
                        continue
            out.append(lines[i])
            i += 1
        return out


def _grid_cell_text(lines: list[str]) -> str:
    """The text of one cell of a grid table from its slice of each physical line: wrapped lines
    joined with a space, a list item ("-   step", "1.  step") starting a line of its own (its
    indented continuation lines joined to it), a blank line ending a paragraph."""
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        label, rest = split_marker(line)
        if label is not None and rest:
            out.append(f"{label} {md_inline(rest)}")
        elif out and out[-1]:
            out[-1] = f"{out[-1]} {md_inline(line)}"
        else:
            out.append(md_inline(line))
    return "\n".join(clean_space(t) for t in out if t)


def _unfinished(line: str) -> bool:
    """A prose line that stops mid-sentence (no closing punctuation)."""
    t = line.rstrip()
    return bool(t) and "\t" not in t and not t.lstrip().startswith("|") and not t.endswith((".", "!", "?", ":", ";", ")", '"', "”"))


def _bold_span(raw: str) -> str | None:
    """"whole" for a line bold throughout ("**Title**"); "open"/"close" for the first and last
    lines of a bold span over several lines; None otherwise."""
    st = raw.strip()
    if len(st) > 4 and st.startswith("**") and st.endswith("**") and st.count("**") == 2:
        return "whole"
    if st.startswith("**") and st.count("**") == 1:
        return "open"
    if st.endswith("**") and st.count("**") == 1:
        return "close"
    return None


def csv_rows(text: str, named_csv: bool = False) -> list[list[str]] | None:
    """The rows of ``text`` if it is comma- (or semicolon-) separated values, else None.

    Prose has commas too, so content alone must be unambiguous: at least three rows, all of
    the same width of three or more. A file named ``.csv`` only needs most rows (90%) to
    share one width of two or more.
    """
    if "\t" in text[:20000]:
        return None
    for delim in (",", ";"):
        try:
            rows = [r for r in csv.reader(io.StringIO(text), delimiter=delim) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if len(rows) < 2:
            continue
        # the commonest width: an export may open with a few lines of its own ("Report: ...;;;;",
        # "Exported: 14.02.2019 09:12;;;;") before the header
        width = Counter(len(r) for r in rows).most_common(1)[0][0]
        same = sum(1 for r in rows if len(r) == width)
        if named_csv and width >= 2 and same >= 0.9 * len(rows):
            return rows
        if len(rows) >= 3 and width >= 3 and same == len(rows):
            return rows
    return None


def _csv_document(rows: list[list[str]], source: str, warning: str | None) -> Document:
    grid = [[GridCell(cell.strip()) for cell in row] for row in rows]
    width = max(len(r) for r in grid)
    grid = [r + [GridCell("")] * (width - len(r)) for r in grid]
    table = grid_to_table(grid, 0, source)
    return Document(source, "text", (table_block(table, source),), None, (warning,) if warning else ())


def read_text(path: Path, settings, source: str) -> Document:
    """Read a text/markdown file (see the module docstring for the shapes understood)."""
    raw = path.read_bytes()
    text, warning = decode_text(raw)
    return text_document(text, source, warning, named_csv=path.suffix.lower() == ".csv")


def text_document(text: str, source: str, warning: str | None, named_csv: bool = False) -> Document:
    """The document of decoded text (a file's, or an e-mail's plain-text body)."""
    text = fix_homoglyphs(text.replace("\x00", ""))
    rows = csv_rows(text, named_csv=named_csv)
    if rows is not None:
        return _csv_document(rows, source, warning)
    srcs = _join_quoted_cells(_split_pages(text))
    reader = _TextReader(source, srcs)
    lines = reader.read()
    if any(not ln.blank and ln.block is None for ln in lines):
        blocks = lines_to_blocks(lines, source)
    else:
        # only tables and ready-made blocks: lines_to_blocks returns [] when no line has text
        blocks = [ln.block for ln in lines if ln.block is not None]
    paged = "\f" in text
    n_pages = text.count("\f") + 1 if paged else None
    warnings = (warning,) if warning else ()
    return Document(source, "text", tuple(blocks), n_pages, warnings)
