"""Word (.docx) into the document model, with python-docx for the package and lxml for the body.

Reading order is the body's element order: paragraphs and tables interleaved, content
controls (``w:sdt``) looked into. Headings come from paragraph styles (Title, Heading 1..n,
outline levels) and from short paragraphs set entirely in bold. List items get their
level from ``w:ilvl`` and their printed label ("1.", "a)", "(iv)", "•") rebuilt from the
numbering definitions, counting items per list as Word does. Table cells spanning columns
(``gridSpan``) or rows (``vMerge``) are laid out on a full grid with ``merged=True`` copies.

Word files carry no page numbers; when Word recorded where it last broke pages
(``w:lastRenderedPageBreak``) those are counted, otherwise ``page`` is None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..document import Block, Document, Provenance
from .html import ordered_label
from .tables import GridCell, blocks_text, clean_space, grid_to_table, split_line_marker, table_block

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_HEADING_STYLE = re.compile(r"^(?:heading|berschrift|titre)\s*(\d)$", re.I)
_LIST_STYLE_LEVEL = re.compile(r"^list\s*(?:bullet|number|paragraph|continue)?\s*(\d)$", re.I)
# Bullet characters Word stores in Symbol/Wingdings fonts, mapped to what is printed.
_BULLET_MAP = {"\uf0b7": "•", "\uf0a7": "▪", "§": "▪", "\uf0d8": "➢", "Ø": "➢", "\uf0fc": "✓", "ü": "✓", "\uf076": "❖", "v": "❖"}
_KEEP_BULLETS = set("•●◦○▪■–-*o➢✓❖>")
_MAX_BOLD_HEADING_WORDS = 14


def _val(el, name: str, default: str | None = None) -> str | None:
    if el is None:
        return default
    child = el.find(W + name)
    if child is None:
        return default
    return child.get(W + "val", default if default is not None else "")


def _truthy(el) -> bool:
    """An on/off property element (<w:b/>, <w:b w:val="0"/>) is on unless its val says off."""
    return el is not None and el.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


@dataclass
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None
    bold: bool | None


class _Styles:
    def __init__(self, styles_el) -> None:
        self.by_id: dict[str, _Style] = {}
        if styles_el is None:
            return
        for st in styles_el.iter(W + "style"):
            sid = st.get(W + "styleId") or ""
            ppr = st.find(W + "pPr")
            rpr = st.find(W + "rPr")
            numpr = ppr.find(W + "numPr") if ppr is not None else None
            ilvl = _val(numpr, "ilvl")
            outline = _val(ppr, "outlineLvl")
            b = rpr.find(W + "b") if rpr is not None else None
            self.by_id[sid] = _Style(
                name=_val(st, "name", sid) or sid,
                based_on=_val(st, "basedOn"),
                num_id=_val(numpr, "numId"),
                ilvl=int(ilvl) if ilvl and ilvl.isdigit() else None,
                outline=int(outline) if outline and outline.isdigit() else None,
                bold=None if b is None else _truthy(b),
            )

    def chain(self, sid: str | None):
        seen = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            yield self.by_id[sid]
            sid = self.by_id[sid].based_on

    def first(self, sid: str | None, attr: str):
        for st in self.chain(sid):
            v = getattr(st, attr)
            if v is not None:
                return v
        return None


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    font: str = ""


@dataclass
class _Numbering:
    """List definitions plus the running counters that turn them into printed labels."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    # Counters belong to the abstract definition: Word continues numbering across list
    # instances (numIds) that share one, unless an instance restarts it with startOverride.
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)
    style_links: dict[str, str] = field(default_factory=dict)  # abstractNumId -> numbering style id

    @classmethod
    def from_element(cls, el) -> "_Numbering":
        n = cls()
        if el is None:
            return n
        for an in el.iter(W + "abstractNum"):
            levels: dict[int, _Level] = {}
            for lvl in an.iter(W + "lvl"):
                il = lvl.get(W + "ilvl", "0")
                fonts = lvl.find(f"{W}rPr/{W}rFonts")
                start = _val(lvl, "start", "1") or "1"
                levels[int(il) if il.isdigit() else 0] = _Level(
                    fmt=_val(lvl, "numFmt", "decimal") or "decimal",
                    text=_val(lvl, "lvlText", "") or "",
                    start=int(start) if start.lstrip("-").isdigit() else 1,
                    font=(fonts.get(W + "ascii", "") if fonts is not None else ""),
                )
            aid = an.get(W + "abstractNumId", "")
            n.abstract[aid] = levels
            link = _val(an, "numStyleLink")
            if link and not levels:
                n.style_links[aid] = link
        for num in el.iter(W + "num"):
            overrides: dict[int, int] = {}
            for ov in num.iter(W + "lvlOverride"):
                so = _val(ov, "startOverride")
                il = ov.get(W + "ilvl", "0")
                if so and so.lstrip("-").isdigit() and il.isdigit():
                    overrides[int(il)] = int(so)
            n.nums[num.get(W + "numId", "")] = (_val(num, "abstractNumId", "") or "", overrides)
        return n

    def resolve_style_links(self, styles: "_Styles") -> None:
        """An abstract list that only names a numbering style (numStyleLink) takes the levels
        of the list that style points to."""
        for aid, style_id in self.style_links.items():
            num_id = styles.first(style_id, "num_id")
            target = self.nums.get(num_id or "", ("", {}))[0]
            if target and self.abstract.get(target):
                self.abstract[aid] = self.abstract[target]

    def _level(self, num_id: str, ilvl: int) -> _Level:
        abstract_id, _ = self.nums.get(num_id, ("", {}))
        levels = self.abstract.get(abstract_id, {})
        return levels.get(ilvl) or _Level()

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Advance list ``num_id`` at level ``ilvl`` and return the label Word would print."""
        ilvl = max(0, min(ilvl, 8))
        abstract_id, overrides = self.nums.get(num_id, ("", {}))
        counts = self.counters.setdefault(abstract_id or f"num:{num_id}", [None] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for restarted in overrides:  # this instance restarts the list at these levels
                counts[restarted] = None
        lvl = self._level(num_id, ilvl)
        start = overrides.get(ilvl, lvl.start)
        counts[ilvl] = start if counts[ilvl] is None else counts[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = None  # a new item restarts its sub-lists
        if lvl.fmt == "bullet":
            return _bullet(lvl.text)
        if lvl.fmt == "none" or not lvl.text:
            return None

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            if not 0 <= k <= 8:
                return ""
            other = self._level(num_id, k)
            value = counts[k] if counts[k] is not None else overrides.get(k, other.start)
            return _format_number(value, other.fmt if k != ilvl else lvl.fmt)

        label = re.sub(r"%(\d)", sub, lvl.text).strip()
        return label or None


def _bullet(text: str) -> str:
    ch = (text or "").strip()[:1]
    if not ch:
        return "•"
    if ch in _KEEP_BULLETS:
        return ch
    return _BULLET_MAP.get(ch, "•")


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return ordered_label(n, "a")[:-1]
    if fmt in ("upperLetter",):
        return ordered_label(n, "A")[:-1]
    if fmt == "lowerRoman":
        return ordered_label(n, "i")[:-1]
    if fmt == "upperRoman":
        return ordered_label(n, "I")[:-1]
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Reader:
    """Walks a document body; one instance per file."""

    def __init__(self, source: str, styles: _Styles, numbering: _Numbering, paged: bool) -> None:
        self.source = source
        self.styles = styles
        self.numbering = numbering
        self.paged = paged
        self.page = 1 if paged else None
        self.blocks: list[Block] = []
        self.n_tables = 0
        self.max_heading = 0

    # -- text --------------------------------------------------------------------------
    def _runs_text(self, p) -> tuple[str, bool, int, int]:
        """(text, all non-blank runs bold, rendered page breaks before any text, breaks after)."""
        parts: list[str] = []
        bold_flags: list[bool] = []
        breaks = 0
        lead = 0
        style_bold = bool(self.styles.first(_val(p.find(W + "pPr"), "pStyle"), "bold"))

        def visit(el, bold_ctx: bool) -> None:
            nonlocal breaks, lead
            for child in el:
                tag = child.tag
                if tag in (W + "del", W + "moveFrom", MC + "Fallback", W + "txbxContent", W + "pPr", W + "rPr",
                           W + "sdtPr") or (tag == W + "sdt" and _placeholder(child)):
                    continue  # deleted text, duplicate fallbacks, text boxes (read separately), empty form fields
                if tag == W + "r":
                    rpr = child.find(W + "rPr")
                    if rpr is not None and _truthy(rpr.find(W + "vanish")):
                        continue  # hidden text is not part of the printed document
                    b = rpr.find(W + "b") if rpr is not None else None
                    rstyle = _val(rpr, "rStyle")
                    run_bold = _truthy(b) if b is not None else (
                        bool(self.styles.first(rstyle, "bold")) or style_bold)
                    before = len(parts)
                    visit(child, run_bold)
                    text = "".join(parts[before:])
                    if text.strip():
                        bold_flags.append(run_bold)
                elif tag == W + "t":
                    parts.append(child.text or "")
                elif tag == W + "tab":
                    parts.append("\t")
                elif tag in (W + "br", W + "cr"):
                    parts.append("\n")
                elif tag == W + "noBreakHyphen":
                    parts.append("-")
                elif tag == W + "lastRenderedPageBreak":
                    if "".join(parts).strip():
                        breaks += 1
                    else:
                        lead += 1  # the paragraph itself starts on the next page
                else:
                    visit(child, bold_ctx)

        visit(p, style_bold)
        return "".join(parts), bool(bold_flags) and all(bold_flags), lead, breaks

    def paragraph(self, p, prov: Provenance, in_cell: bool) -> list[Block]:
        """Blocks for one <w:p>: a heading, a list item, a paragraph, or nothing if empty."""
        ppr = p.find(W + "pPr")
        style_id = _val(ppr, "pStyle")
        raw, all_bold, lead, breaks = self._runs_text(p)
        out: list[Block] = []
        if self.paged:
            self.page += lead
            prov = prov.at(page=self.page)
            self.page += breaks
        out.extend(self._text_boxes(p, prov))
        lines = [clean_space(x) for x in raw.replace("\t", " ").split("\n")]
        text = clean_space(" ".join(x for x in lines if x))
        if not text:
            return out
        # text set in columns with tab stops ("Action<TAB>Lead<TAB>By when"): its pieces, kept
        pieces = tuple(x for x in (clean_space(x) for x in raw.split("\t")) if x) if "\n" not in raw.strip() else ()
        columns = pieces if len(pieces) >= 2 and not in_cell else ()
        style_name = self.styles.by_id[style_id].name if style_id in self.styles.by_id else ""

        numpr = ppr.find(W + "numPr") if ppr is not None else None
        num_id = _val(numpr, "numId") if numpr is not None else None
        ilvl_s = _val(numpr, "ilvl") if numpr is not None else None
        if num_id is None:
            num_id = self.styles.first(style_id, "num_id")
        ilvl = int(ilvl_s) if ilvl_s and ilvl_s.isdigit() else (self.styles.first(style_id, "ilvl") or 0)

        heading_level = self._heading_level(style_name, style_id, ppr)
        if heading_level:
            if num_id and num_id != "0":
                # numbered headings ("2. Leadership") keep their number in the text
                label = self.numbering.next_label(num_id, ilvl)
                text = f"{label} {text}" if label else text
            self.max_heading = max(self.max_heading, heading_level)
            out.append(Block("heading", text, prov, level=heading_level, columns=columns))
            return out

        if num_id and num_id != "0":
            label = self.numbering.next_label(num_id, ilvl)
            m = _LIST_STYLE_LEVEL.match(style_name)
            level = ilvl if ilvl or not m else max(0, int(m.group(1)) - 1)
            out.append(Block("list_item", text, prov, label=label, level=level, columns=columns))
            return out

        label, rest = split_line_marker(text)
        if label is not None:
            indent = _indent_level(ppr)
            out.append(Block("list_item", rest, prov, label=label, level=indent))
            return out

        if (not in_cell and all_bold and len(text.split()) <= _MAX_BOLD_HEADING_WORDS
                and not text.endswith((".", ",", ";", ":")) and any(ch.isalpha() for ch in text)):
            level = min(6, self.max_heading + 1) if self.max_heading else 1
            out.append(Block("heading", text, prov, level=level, columns=columns))
            return out
        if in_cell and sum(1 for x in lines if x) > 1:
            # a cell's lines set apart by line breaks (Shift+Enter) read as its paragraphs would:
            # "Principal Social Worker<br/>Performance Team" is two leads, one per action of the row
            out.extend(Block("paragraph", x, prov) for x in lines if x)
            return out
        out.append(Block("paragraph", text, prov, columns=columns))
        return out

    def _heading_level(self, style_name: str, style_id: str | None, ppr) -> int | None:
        name = style_name.strip()
        if name.lower() == "title":
            return 1
        if name.lower() == "subtitle":
            return 2
        m = _HEADING_STYLE.match(name)
        if m:
            return max(1, int(m.group(1)))
        outline = _val(ppr, "outlineLvl")
        if outline is None:
            o = self.styles.first(style_id, "outline")
            outline = str(o) if o is not None else None
        if outline and outline.isdigit() and int(outline) < 9:
            return int(outline) + 1
        return None

    def _text_boxes(self, p, prov: Provenance) -> list[Block]:
        out: list[Block] = []
        for box in p.iter(W + "txbxContent"):
            if any(a.tag == MC + "Fallback" for a in box.iterancestors()):
                continue
            for inner in box.iter(W + "p"):
                out.extend(self.paragraph(inner, prov, in_cell=True))
        return out

    # -- structure ---------------------------------------------------------------------
    def body(self, el) -> None:
        for child in el:
            tag = child.tag
            if tag == W + "p":
                self.blocks.extend(self.paragraph(child, Provenance(self.source), in_cell=False))
            elif tag == W + "tbl":
                self.table(child)
            elif tag == W + "sdt" and _placeholder(child):
                continue  # a form field left empty shows its prompt ("Click or tap here to enter text.")
            elif tag in (W + "sdt", W + "customXml", W + "sdtContent", W + "ins", W + "smartTag"):
                self.body(child.find(W + "sdtContent") if tag == W + "sdt" and child.find(W + "sdtContent") is not None else child)

    def _cell_blocks(self, tc) -> list[Block]:
        blocks: list[Block] = []
        prov = Provenance(self.source)
        for kind, child in _cell_content(tc):
            if kind == "p":
                blocks.extend(self.paragraph(child, prov, in_cell=True))
            else:
                blocks.extend(self._nested_rows(child, prov))
        return blocks

    def _nested_rows(self, tbl, prov: Provenance) -> list[Block]:
        """A table inside a cell (a list of actions laid out as "# | Action" rows): one block per row,
        its number as the label ("1.2") and its other cells as the text; a first row naming the
        columns is left out. The document model has no tables inside cells."""
        rows = []
        for tr in _children(tbl, "tr"):
            cells = []
            for tc in _children(tr, "tc"):
                texts = [b.text for kind, p in _cell_content(tc) if kind == "p" for b in self.paragraph(p, prov, in_cell=True)]
                cells.append(" ".join(t.strip() for t in texts if t.strip()))
            if any(cells):
                rows.append(cells)
        if len(rows) >= 2 and all(len(c.split()) <= 2 and not re.search(r"\d", c) for c in rows[0]):
            rows = rows[1:]  # "# | Action"
        out = []
        for cells in rows:
            filled = [c for c in cells if c]
            if len(filled) >= 2 and _ROW_NUMBER.match(filled[0]):
                out.append(Block("list_item", " ".join(filled[1:]), prov, label=filled[0]))
            elif filled:
                out.append(Block("paragraph", " ".join(filled), prov))
        return out

    def table(self, tbl) -> None:
        if _is_layout_table(tbl):
            self._unnest(tbl)
            return
        grid: list[list[GridCell]] = []
        row_pages: list[int | None] = []
        for tr in _children(tbl, "tr"):
            trpr = tr.find(W + "trPr")
            before = _int(_val(trpr, "gridBefore"), 0)
            after = _int(_val(trpr, "gridAfter"), 0)
            row: list[GridCell] = [GridCell("") for _ in range(before)]
            row_pages.append(self.page)
            for tc in _children(tr, "tc"):
                tcpr = tc.find(W + "tcPr")
                span = max(1, min(_int(_val(tcpr, "gridSpan"), 1), 64))
                vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
                col = len(row)
                if vmerge is not None and vmerge.get(W + "val", "continue") != "restart" and grid:
                    above = grid[-1][col] if col < len(grid[-1]) else GridCell("")
                    for _ in range(span):
                        row.append(GridCell(above.text, above.blocks, merged=True))
                    continue
                blocks = self._cell_blocks(tc)
                cell = GridCell(blocks_text(blocks), tuple(blocks))
                row.append(cell)
                for _ in range(span - 1):
                    row.append(GridCell(cell.text, cell.blocks, merged=True))
            row.extend(GridCell("") for _ in range(after))
            grid.append(row)
        if not grid or not any(c.text.strip() for r in grid for c in r):
            return
        width = max(len(r) for r in grid)
        grid = [r + [GridCell("")] * (width - len(r)) for r in grid]
        table = grid_to_table(grid, self.n_tables, self.source, page=row_pages[0], row_pages=row_pages)
        self.n_tables += 1
        self.blocks.append(table_block(table, self.source))


    def _unnest(self, tbl) -> None:
        """A layout table (see :func:`_is_layout_table`) read as what it lays out: row by row,
        cell by cell, its paragraphs as body text and the tables inside its cells as tables."""
        for tr in _children(tbl, "tr"):
            for tc in _children(tr, "tc"):
                self._cell_body(tc)

    def _cell_body(self, el) -> None:
        for child in el:
            if child.tag == W + "p":
                self.blocks.extend(self.paragraph(child, Provenance(self.source), in_cell=False))
            elif child.tag == W + "tbl":
                self.table(child)
            elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins") and not _placeholder(child):
                self._cell_body(child)


def _is_layout_table(tbl) -> bool:
    """A table that only lays its content out side by side (an area's title and notes in one
    cell, the area's own table of actions in the next): no more than three columns, and some
    cell holding a real table of two rows and two columns or more. Its inner tables are the
    tables; the document model has no tables inside cells."""
    rows = list(_children(tbl, "tr"))
    if not rows or max(len(list(_children(tr, "tc"))) for tr in rows) > 3:
        return False
    for tr in rows:
        for tc in _children(tr, "tc"):
            for inner in _children(tc, "tbl"):
                inner_rows = list(_children(inner, "tr"))
                if len(inner_rows) >= 2 and max(len(list(_children(r, "tc"))) for r in inner_rows) >= 2:
                    return True
    return False


def _placeholder(sdt) -> bool:
    """A content control showing its placeholder prompt ("Click or tap here to enter text.",
    "Choose an item."): a form field nobody filled in."""
    pr = sdt.find(W + "sdtPr")
    return pr is not None and pr.find(W + "showingPlcHdr") is not None and _truthy(pr.find(W + "showingPlcHdr"))


def _children(el, name: str):
    """Direct children named ``name``, looking through content controls and tracked insertions."""
    for child in el:
        if child.tag == W + name:
            yield child
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins"):
            yield from _children(child, name)


_ROW_NUMBER = re.compile(r"^\(?(?:\d{1,2}(?:\.\d{1,3}){0,2}|[a-z]|[ivx]{1,4})[.)]?$", re.I)


def _cell_content(el):
    """A cell's paragraphs and the tables inside it, in order: ("p", paragraph) or ("tbl", table),
    looking through content controls and tracked insertions."""
    for child in el:
        if child.tag == W + "p":
            yield "p", child
        elif child.tag == W + "tbl":
            yield "tbl", child
        elif (child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins")
              and not (child.tag == W + "sdt" and _placeholder(child))):
            yield from _cell_content(child)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _indent_level(ppr) -> int:
    """Nesting of a typed-marker paragraph from its left indent (about 1.27 cm per level)."""
    ind = ppr.find(W + "ind") if ppr is not None else None
    if ind is None:
        return 0
    left = _int(ind.get(W + "left") or ind.get(W + "start"), 0)
    return max(0, min(4, round(left / 720) - 1)) if left > 720 else 0


def read_docx(path: Path, settings, source: str) -> Document:
    """Read a Word document: body order, headings, numbered/bulleted lists, tables with merges."""
    import docx  # python-docx; imported here to keep CLI start-up fast

    d = docx.Document(str(path))
    body = d.element.body
    try:
        numbering_el = d.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        numbering_el = None
    try:
        styles_el = d.styles.element
    except (KeyError, AttributeError):
        styles_el = None
    paged = body.find(f".//{W}lastRenderedPageBreak") is not None
    styles = _Styles(styles_el)
    numbering = _Numbering.from_element(numbering_el)
    numbering.resolve_style_links(styles)
    reader = _Reader(source, styles, numbering, paged)
    reader.body(body)
    n_pages = reader.page if paged else None
    warnings: tuple[str, ...] = ()
    if not reader.blocks:
        warnings = ("the Word document has no text",)
    return Document(source, "docx", tuple(reader.blocks), n_pages, warnings)
