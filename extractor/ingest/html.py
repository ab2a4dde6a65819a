"""HTML into the document model, with the standard library's tolerant parser.

:func:`read_html` reads a whole page; :func:`fragment_to_blocks` reads the small HTML
fragments other converters leave inside text table cells (``<p>``, ``<ul>`` with the
bullets typed as "•" and the closing tags often missing).

The parser builds a small element tree, closing elements the way browsers imply
(a new ``<p>`` or ``<li>`` closes the open one, ``<td>`` closes the open cell) and
ignoring ``<script>``, ``<style>`` and comments. Entities are decoded; anything that is
not markup stays plain text, so hostile input survives as text and never as structure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..document import Block, Document, Provenance
from ..errors import UnsupportedFormat
from .tables import (
    BULLET_GLYPHS,
    GridCell,
    blocks_text,
    clean_space,
    expand_spans,
    grid_to_table,
    split_glyph_bullets,
    split_line_marker,
    table_block,
    text_to_blocks,
)

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_SKIP = {"script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object", "select", "textarea", "button"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = {"ul", "ol", "menu", "dir"}
_BLOCKISH = {
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "blockquote", "pre",
    "address", "figure", "figcaption", "fieldset", "form", "center", "dl", "dt", "dd", "caption",
    "details", "summary", "hr", "body", "html", "legend",
}
# Opening one of these closes an open <p> (HTML's implied end tags).
_CLOSES_P = _BLOCKISH | _LISTS | set(_HEADINGS) | {"table", "li"}
# Deeper nesting than this is flattened (hostile input must not exhaust the stack).
_MAX_DEPTH = 150
_MAX_SPAN = 200


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list["_Node | str"] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """Builds a forgiving element tree (see module docstring)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root")
        self.stack: list[_Node] = [self.root]
        self.skip_depth = 0

    # -- helpers -----------------------------------------------------------------------
    def _close_to(self, tags: set[str], stop: set[str]) -> None:
        """Pop up to and including the nearest open element in ``tags``, not crossing ``stop``."""
        for i in range(len(self.stack) - 1, 0, -1):
            t = self.stack[i].tag
            if t in tags:
                del self.stack[i:]
                return
            if t in stop:
                return

    def _in_heading(self) -> bool:
        # An accordion's button is its section's heading ('<h3><button>Title</button></h3>'):
        # its text is read; other buttons (cookie banners, menus, print links) are not.
        return any(node.tag in _HEADINGS for node in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth:
            if tag in _SKIP and tag not in _VOID:
                self.skip_depth += 1
            return
        if tag in _SKIP and not (tag == "button" and self._in_heading()):
            self.skip_depth = 1
            return
        if tag in _CLOSES_P:
            self._close_to({"p"}, {"td", "th", "li", "table", "ul", "ol"})
        if tag == "li":
            self._close_to({"li"}, _LISTS | {"td", "th", "table"})
        elif tag in ("td", "th"):
            self._close_to({"td", "th"}, {"tr", "table"})
        elif tag == "tr":
            self._close_to({"tr"}, {"table"})
        elif tag in ("thead", "tbody", "tfoot"):
            self._close_to({"thead", "tbody", "tfoot"}, {"table"})
        elif tag in ("dt", "dd"):
            self._close_to({"dt", "dd"}, {"dl"})
        elif tag == "p" and self.stack[-1].tag in _LISTS:
            # Converters drop </ul>: a paragraph straight inside a list (not in an <li>) means
            # the list has ended, so close it rather than nest the paragraph as a bullet.
            while len(self.stack) > 1 and self.stack[-1].tag in _LISTS:
                self.stack.pop()
        node = _Node(tag, {k: (v or "") for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID and len(self.stack) < _MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag and len(self.stack) > 1:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag in _SKIP:
                self.skip_depth -= 1
            return
        if tag in _VOID:
            return
        # Close the nearest open element of that name; a stray end tag is ignored.
        stop = {"table"} if tag not in ("table",) and tag not in ("td", "th", "tr") else set()
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return
            if self.stack[i].tag in stop:
                return

    def handle_data(self, data: str) -> None:
        if not self.skip_depth and data:
            self.stack[-1].children.append(data)


def parse_html(text: str) -> _Node:
    """The element tree of ``text`` (never raises on malformed markup)."""
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


# --- labels -----------------------------------------------------------------------------

def _roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _alpha(n: int) -> str:
    s = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        s = chr(97 + rem) + s
    return s


def ordered_label(n: int, kind: str = "1") -> str:
    """Printed label of item ``n`` of an ``<ol type=kind>``: "3.", "c.", "C.", "iii.", "III."."""
    if kind == "a":
        body = _alpha(n)
    elif kind == "A":
        body = _alpha(n).upper()
    elif kind == "i":
        body = _roman(n)
    elif kind == "I":
        body = _roman(n).upper()
    else:
        body = str(n)
    return f"{body}."


_STYLE_TYPE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.I)
_UL_GLYPH = {"disc": "•", "circle": "○", "square": "▪"}
_OL_TYPE = {"decimal": "1", "lower-alpha": "a", "lower-latin": "a", "upper-alpha": "A", "upper-latin": "A",
            "lower-roman": "i", "upper-roman": "I"}


def _int_attr(value: str | None, default: int, lo: int = 1, hi: int = _MAX_SPAN) -> int:
    try:
        return max(lo, min(hi, int(str(value).strip())))
    except (TypeError, ValueError):
        return default


# --- tree to blocks ---------------------------------------------------------------------

class _Walker:
    """Walks the element tree emitting blocks in reading order (see :func:`html_to_blocks`)."""

    def __init__(self, source: str, prov: Provenance, table_start: int = 0) -> None:
        self.source = source
        self.prov = prov
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.next_table = table_start
        self.pre = 0  # inside <pre>: source line breaks are real
        self.mso_level = 0  # list level Word wrote into the paragraph's style (mso-list: l0 level2)

    # inline text ---------------------------------------------------------------------
    def flush(self) -> None:
        """Emit buffered inline text as paragraphs (lines after <br> that start with bullets
        become list items)."""
        text = "".join(self.buf)
        self.buf = []
        if text.strip():
            for block in text_to_blocks(_tidy_lines(text), self.prov, inline_glyphs=False):
                self.blocks.append(_typed_list_item(block, self.mso_level) if block.type == "paragraph" else block)

    def inline_text(self, node: _Node) -> str:
        parts: list[str] = []
        _collect_text(node, parts)
        return clean_space(" ".join("".join(parts).split("\n")))

    # structure -----------------------------------------------------------------------
    def walk(self, node: _Node) -> None:
        for child in node.children:
            if isinstance(child, str):
                # a newline in the source is just a space; only <br> (and <pre>) break lines
                self.buf.append(child if self.pre else child.replace("\r", " ").replace("\n", " "))
                continue
            tag = child.tag
            if tag == "pre":
                self.flush()
                self.pre += 1
                self.walk(child)
                self.pre -= 1
                self.flush()
            elif tag == "br":
                self.buf.append("\n")
            elif tag in _HEADINGS:
                self.flush()
                text = self.inline_text(child)
                if text:
                    self.blocks.append(Block("heading", text, self.prov, level=_HEADINGS[tag]))
            elif tag in _LISTS:
                self.flush()
                self.walk_list(child, 0)
            elif tag == "li":  # an <li> outside any list
                self.flush()
                self.walk_list(_Node("ul", {}, [child]), 0)
            elif tag == "table":
                self.flush()
                self.emit_table(child)
            elif tag in _BLOCKISH:
                self.flush()
                m = _MSO_LIST.search(child.attrs.get("style", ""))
                self.mso_level = max(0, int(m.group(1)) - 1) if m else 0
                self.walk(child)
                self.flush()
                self.mso_level = 0
            else:
                self.walk(child)

    def walk_list(self, node: _Node, level: int) -> None:
        ordered = node.tag == "ol"
        style = _STYLE_TYPE.search(node.attrs.get("style", ""))
        style_type = style.group(1).lower() if style else ""
        kind = node.attrs.get("type") or _OL_TYPE.get(style_type, "1")
        counter = _int_attr(node.attrs.get("start"), 1, lo=-10**6, hi=10**6) if ordered else 1
        if ordered and "reversed" in node.attrs:
            counter = _int_attr(node.attrs.get("start"), sum(1 for c in node.children if isinstance(c, _Node) and c.tag == "li"))
        unstyled = style_type == "none"
        glyph = _UL_GLYPH.get(style_type, "•")
        loose: list[str] = []  # text typed straight into the list (converters drop the <li>s)

        def flush_loose() -> None:
            text = "".join(loose)
            loose.clear()
            for mark, piece in split_glyph_bullets(clean_space(text.replace("\n", " "))):
                label = mark if mark else (None if unstyled else glyph)
                self.blocks.append(Block("list_item", piece, self.prov, label=label, level=level))

        for child in node.children:
            if isinstance(child, str):
                loose.append(child)
                continue
            if child.tag == "li":
                flush_loose()
                value = child.attrs.get("value")
                if ordered and value is not None:
                    counter = _int_attr(value, counter, lo=-10**6, hi=10**6)
                if ordered:
                    label: str | None = ordered_label(counter, kind)
                    counter += -1 if "reversed" in node.attrs else 1
                else:
                    label = None if unstyled else glyph
                self.walk_item(child, level, label)
            elif child.tag in _LISTS:
                flush_loose()
                self.walk_list(child, level + 1)
            elif child.tag == "table":
                flush_loose()
                self.emit_table(child)
            elif child.tag in _BLOCKISH or child.tag in _HEADINGS:
                flush_loose()
                saved, self.buf = self.buf, []
                self.walk(_Node("div", {}, [child]))
                self.flush()
                self.buf = saved
            elif child.tag == "br":
                loose.append("\n")
            else:
                parts: list[str] = []
                _collect_text(child, parts)
                loose.append("".join(parts))
        flush_loose()

    def walk_item(self, li: _Node, level: int, label: str | None) -> None:
        """One <li>: its own text is the item; nested lists follow one level deeper."""
        parts: list[str] = []
        nested: list[_Node] = []
        for child in li.children:
            if isinstance(child, _Node) and child.tag in _LISTS | {"table"}:
                nested.append(child)
            elif isinstance(child, _Node):
                _collect_text(child, parts, block_sep=True)
            else:
                parts.append(child)
        text = clean_space(" ".join("".join(parts).split("\n")))
        if label is None or label[0] in BULLET_GLYPHS:
            # A typed glyph inside an unstyled item is the printed label; more glyphs are more items.
            pieces = split_glyph_bullets(text)
            if pieces and pieces[0][0] is None:
                first = [(label, pieces[0][1])]
                pieces = first + pieces[1:]
        else:
            pieces = [(label, text)] if text else []
        for i, (mark, piece) in enumerate(pieces):
            self.blocks.append(Block("list_item", piece, self.prov, label=mark, level=level))
        for child in nested:
            if child.tag == "table":
                self.emit_table(child)
            else:
                self.walk_list(child, level + 1)

    def emit_table(self, node: _Node) -> None:
        for child in node.children:
            # a caption, and text a sloppy page left loose in the table, read before the table
            text = self.inline_text(child) if isinstance(child, _Node) and child.tag == "caption" else (
                clean_space(child) if isinstance(child, str) else "")
            if text:
                self.blocks.append(Block("paragraph", text, self.prov))
        rows: list[list[GridCell]] = []
        for tr in _table_rows(node):
            row: list[GridCell] = []
            for td in tr.children:
                if not isinstance(td, _Node) or td.tag not in ("td", "th"):
                    continue
                inner = _Walker(self.source, self.prov)
                inner.walk(_flatten_tables(td))
                inner.flush()
                row.append(GridCell(
                    blocks_text(inner.blocks),
                    tuple(inner.blocks),
                    rowspan=_int_attr(td.attrs.get("rowspan"), 1),
                    colspan=_int_attr(td.attrs.get("colspan"), 1),
                ))
            rows.append(row)
        grid = _without_sheet_chrome(expand_spans(rows, _MAX_SPAN))
        if not any(c.text.strip() for r in grid for c in r):
            return
        table = grid_to_table(grid, self.next_table, self.source, page=self.prov.page)
        self.next_table += 1
        self.blocks.append(table_block(table, self.source))


def _column_letters(n: int) -> list[str]:
    return [_alpha(k).upper() for k in range(1, n + 1)]


MIN_SHEET_COLUMNS = 3


def _without_sheet_chrome(grid: list[list[GridCell]]) -> list[list[GridCell]]:
    """``grid`` without a spreadsheet's own row and column headings, as a "Download as web page" of
    Google Sheets keeps them: a first row "", "A", "B", "C", ... and a first column of row numbers
    (blank in a frozen-pane divider row)."""
    if len(grid) < 2 or len(grid[0]) <= MIN_SHEET_COLUMNS:
        return grid
    top = [c.text.strip() for c in grid[0]]
    if top[0] or top[1:] != _column_letters(len(top) - 1):
        return grid
    numbers = [r[0].text.strip() for r in grid[1:] if r]
    if not all(n == "" or n.isdigit() for n in numbers) or not any(numbers):
        return grid
    return [r[1:] for r in grid[1:]]


_MSO_LIST = re.compile(r"mso-list\s*:\s*l\d+\s+level(\d+)", re.I)
# Bullets as Word writes them into HTML (Symbol/Wingdings characters), mapped to what is printed.
_WORD_BULLETS = {"·": "•", "§": "▪", "Ø": "➢", "ü": "✓", "o": "o"}


def _typed_list_item(block: Block, level: int) -> Block:
    """A paragraph that starts with a typed list marker ("1.", "(a)", "•", or Word's "·")
    is a list item, as it would be in a PDF or text file."""
    text = block.text
    head = text[:1]
    if head in _WORD_BULLETS and text[1:2] == " " and text[2:].strip():
        return Block("list_item", text[2:].strip(), block.prov, label=_WORD_BULLETS[head], level=level)
    label, rest = split_line_marker(text)
    if label is None:
        return block
    return Block("list_item", rest, block.prov, label=label, level=level)


def _tidy_lines(text: str) -> str:
    """Collapse spaces within each <br>-separated line, keeping the line breaks."""
    return "\n".join(clean_space(ln) for ln in text.split("\n"))


def _collect_text(node: _Node, parts: list[str], block_sep: bool = False) -> None:
    """All text under ``node`` (block-level children separated by spaces)."""
    for child in node.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.tag == "br":
            parts.append("\n")
        else:
            if child.tag in _BLOCKISH or child.tag in _LISTS or child.tag in ("li", "td", "th", "tr"):
                parts.append(" ")
            _collect_text(child, parts, block_sep)
            if child.tag in _BLOCKISH or child.tag in ("li", "td", "th"):
                parts.append(" ")


def _table_rows(table: _Node) -> list[_Node]:
    """The <tr>s of a table, in order, looking through thead/tbody/tfoot but not into nested tables."""
    out: list[_Node] = []
    for child in table.children:
        if not isinstance(child, _Node):
            continue
        if child.tag == "tr":
            out.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            out.extend(c for c in child.children if isinstance(c, _Node) and c.tag == "tr")
        elif child.tag in ("td", "th"):  # cells without a <tr>
            out.append(_Node("tr", {}, [child]))
    return out


def _flatten_tables(node: _Node) -> _Node:
    """A cell's content with any nested table turned into one paragraph per inner cell
    (the document model has no tables inside cells)."""
    children: list[_Node | str] = []
    for child in node.children:
        if isinstance(child, _Node) and child.tag == "table":
            for tr in _table_rows(child):
                for td in tr.children:
                    if isinstance(td, _Node) and td.tag in ("td", "th"):
                        children.append(_Node("div", {}, _flatten_tables(td).children))
        elif isinstance(child, _Node):
            children.append(_Node(child.tag, child.attrs, _flatten_tables(child).children))
        else:
            children.append(child)
    return _Node(node.tag, node.attrs, children)


def html_to_blocks(text: str, source: str, *, prov: Provenance | None = None, table_start: int = 0) -> list[Block]:
    """Blocks of an HTML text in reading order (tables numbered from ``table_start``)."""
    walker = _Walker(source, prov or Provenance(source), table_start)
    walker.walk(parse_html(text))
    walker.flush()
    return walker.blocks


_TAG_LIKE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def looks_like_html(text: str) -> bool:
    """Whether a text fragment holds markup or entities worth parsing as HTML."""
    return bool(_TAG_LIKE.search(text))


def fragment_to_blocks(fragment: str, prov: Provenance) -> list[Block]:
    """Blocks of an HTML fragment found inside a text table cell (tables inside are flattened)."""
    walker = _Walker(prov.file, prov)
    walker.walk(_flatten_tables(parse_html(fragment)))
    walker.flush()
    return walker.blocks


# Names that promise a binary document; HTML content under such a name is a failed download.


def read_html(path: Path, settings, source: str) -> Document:
    """Read an HTML file: headings, paragraphs, (nested) lists with labels, tables with spans.

    A web page saved under a document's name ("report.pdf" that is really an error or cookie
    page) is refused with an :class:`UnsupportedFormat` error saying to download it again,
    rather than read as if it were the report.
    """
    from . import NAMED_FORMATS

    expected = NAMED_FORMATS.get(path.suffix.lower())
    if expected:
        raise UnsupportedFormat(
            f"a web page (HTML) named {path.suffix.lower()}, probably an error page saved instead of the {expected}",
            f"Download the {expected} again, or rename it .html to read the page.",
            source,
        )
    raw = path.read_bytes()
    text, warning = decode_html(raw)
    blocks = html_to_blocks(text, source)
    return Document(source, "html", tuple(blocks), None, (warning,) if warning else ())


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(raw: bytes) -> tuple[str, str | None]:
    """Decode by BOM, then the page's declared charset, then UTF-8, then cp1252 (with a warning)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), None
    m = _META_CHARSET.search(raw[:4096])
    if m:
        enc = m.group(1).decode("ascii", errors="ignore").lower()
        try:
            return raw.decode(enc), None
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "not valid UTF-8; read as Windows-1252 (cp1252)"
