"""Prose machinery shared by the PDF and text ingesters: lines in, blocks out.

An ingester turns its source into :class:`Line` objects in reading order (a PDF gives
each line's page, left edge, vertical position, font size and boldness; a text file
gives just the text, perhaps with leading spaces). :func:`lines_to_blocks` then

* joins wrapped lines into paragraphs and list items (repairing hyphenation),
* recognises list markers (``1.``, ``(a)``, ``ii)``, ``•``, ````, ``o`` ...) via
  :func:`split_marker`, keeping the printed label and working out the nesting level,
* picks out headings (bigger or bold type; or a short stand-alone line in Title Case,
  ALL CAPS, numbered like ``2.0 PERFORMANCE``, or ending in ``?``),
* lets a paragraph or list item run on across a page break (its page is where it starts):
  when the page ended mid-sentence or the next starts in lower case; a list item also when
  the next page starts at its text column; a paragraph also when the next page opens, in its
  column, with a sentence that points back at it (:func:`refers_back`: "This support ...",
  "However, ..."). Any vertical gap wider than line spacing ends a paragraph, however much
  narrower than the document's usual paragraph gap: lines inside a paragraph are evenly spaced.

Footnote markers on headings: a digit glued to a heading ("What needs to improve?1", as
in 2025-26 Ofsted reports) is dropped from the heading text by :func:`clean_heading`; a
superscript digit that the PDF set on a line of its own (smaller type, 1-3 digits) is
skipped, so it neither becomes a block nor splits the heading from its list.

:func:`strip_running_lines` removes running page headers, footers and page numbers
from paged lines before that.

A blank :class:`Line` (empty text) is an explicit paragraph break; ingesters without
geometry (plain text) use blank lines for that.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import groupby
from dataclasses import dataclass
from typing import Iterable, NamedTuple, Sequence

from ..document import Block, Provenance


class Line(NamedTuple):
    """One printed line. Geometry is optional; units are PDF points, ``top`` grows downwards.

    Immutable like the stage dataclasses, but a NamedTuple because a PDF yields ~50 lines
    a page and frozen-dataclass construction would be a visible share of ingest time.
    """

    text: str
    page: int | None = None
    x0: float | None = None  # left edge (indentation)
    top: float | None = None  # distance of the line's top from the top of the page
    bottom: float | None = None
    size: float | None = None  # font size of the line's first character
    bold: bool | None = None  # True when the whole line is set in a bold face
    # A ready-made block (a table) that sits here in the reading order; ``text`` is ignored.
    block: Block | None = None
    x1: float | None = None  # right edge (where columns of text sit side by side)
    # Gaps far wider than a space inside the line, as (end of the text before, start of the text
    # after): pdfium prints cells side by side on one baseline as one line ("Team Manager      March 2023").
    runs: tuple[tuple[float, float], ...] = ()

    @property
    def blank(self) -> bool:
        return self.block is None and (not self.text or self.text.isspace())


# --------------------------------------------------------------------------- list markers

# Bullet glyphs seen in Word/PDF exports. The U+F0xx ones are Symbol/Wingdings private-use
# code points that pdfium passes through unchanged (U+F0B7 is Symbol's bullet).
BULLETS = "•●○◦▪■□◆◇►▶➢➤✓✔✗⁃∙·‣⦿⦾◼◾◻▫\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf0de\uf0e0\uf06e\uf071\uf0a4\uf02d"
# Whole Unicode blocks whose characters, alone at the start of a line, can only be bullets:
# arrows, geometric shapes, dingbats, and the private-use area of symbol fonts.
_BULLET_RANGES = "\u2190-\u21ff\u25a0-\u25ff\u2700-\u27bf\ue000-\uf8ff"
_DASH_BULLETS = "-–—*"  # need a following space: "-5%" is not a list item

_ROMAN = r"(?:x{0,2}(?:ix|iv|v?i{0,3})|X{0,2}(?:IX|IV|V?I{0,3}))"
LIST_MARKER = re.compile(
    r"""^\s*(?P<label>
        (?:\(\s*(?:\d{1,3}|[a-zA-Z]|%(roman)s)\s*\))          # (1) (a) (iv)
      | (?:\d{1,2}(?:\.\d{1,2})+\.?)                           # 2.1  2.1.3  2.1.
      | (?:\d{1,3}[.)])                                        # 1.  1)
      | (?:(?:[a-zA-Z]|%(roman)s)[.)])                         # a. a) iv) IV.
      | [%(bullets)s%(ranges)s]
      | [%(dashes)s](?=\s)
      | o(?=\s+\S)                                             # letter o used as a bullet
    )(?P<space>\s*)(?P<rest>.*)$""" % {"roman": _ROMAN, "bullets": re.escape(BULLETS), "ranges": _BULLET_RANGES, "dashes": re.escape(_DASH_BULLETS)},
    re.VERBOSE | re.DOTALL,
)


_SECTION_LABEL = re.compile(r"\d{1,2}(?:\.\d{1,2})+")
_FIGURE_AFTER_SECTION = re.compile(r"[\d%a-z]")
_NUMBER_LABEL = re.compile(r"\d{1,3}[.)]")
_FIGURE_AFTER_NUMBER = re.compile(r"(?:\d|%|per\s?cent)")


def _is_bullet_glyph(ch: str) -> bool:
    o = ord(ch)
    return 0x2190 <= o <= 0x21FF or 0x25A0 <= o <= 0x25FF or 0x2700 <= o <= 0x27BF or 0xE000 <= o <= 0xF8FF


def split_marker(text: str) -> tuple[str | None, str]:
    """Split a printed list marker off the start of ``text``: ``"1. Do x"`` -> ``("1.", "Do x")``.

    Returns ``(None, text)`` when the line does not start with a marker. Numbered and
    lettered markers need a following space and some text (so "3.5 million" or "a.m."
    are not list items); glyph bullets may touch the text.
    """
    head = text.lstrip()[:2]
    # Fast exit for the common case, a line starting with a word: markers start with a
    # digit, a bracket, a glyph, or a single letter followed by ". ", ") " or a space.
    if len(head) == 2 and head[0].isalpha() and head[0] not in "ivxIVX" and head[1] not in ".) \t":
        return None, text
    m = LIST_MARKER.match(text)
    if not m or not m.group("label"):
        return None, text
    label, rest = m.group("label"), m.group("rest").strip()
    if not rest:
        return None, text
    glyph = len(label) == 1 and (label in BULLETS or _is_bullet_glyph(label))
    if not glyph and not m.group("space"):
        return None, text
    if _SECTION_LABEL.fullmatch(label) and _FIGURE_AFTER_SECTION.match(rest):
        return None, text  # "2.5 3.1", "3.5 million": figures, not section numbers
    if _NUMBER_LABEL.fullmatch(label) and _FIGURE_AFTER_NUMBER.match(rest):
        return None, text  # "3. 5%": a figure in a table that lost its cells
    return label, rest


# A capital and a full stop, then a capitalised word: a list label ("A. Leadership") or a
# person's initial ("J. Patel"). It is an initial when the word is a surname that ends the
# text or is followed by what follows a name ("/", "&", ",", "(", a dash), or when another
# initial and surname come later ("J. Patel and K. Osei").
_NAME_AFTER_INITIAL = re.compile(
    r"[A-Z](?:[a-z]|['’][A-Z])[A-Za-z]*(?:-[A-Z][a-z]+)*(?:\s*(?:[/&,(–—]|-\s)|\s*$|.*?\b[A-Z]\.\s?[A-Z][a-z])", re.S)


def is_initial(label: str, rest: str) -> bool:
    """Is ``label`` (from :func:`split_marker`) a person's initial rather than a list label?

    Only a capital with a full stop ("J.") followed by a name-like capitalised word can be
    one: "J. Patel / K. Osei", "M. Wood (Head of Service)", "J. Smith, Director". "(a)",
    "a." and "A)" are always labels, and so is "A. Leadership and management" (the word
    after it runs on into text). Callers with a list around the line check the sequence
    first (:func:`lines_to_blocks`: "A." then "B." is a list even of names).
    """
    return (len(label) == 2 and label[1] == "." and "A" <= label[0] <= "Z"
            and _NAME_AFTER_INITIAL.match(rest) is not None)


# Symbol/Wingdings private-use bullets and the Unicode glyph each one prints as.
_PUA_BULLETS = {
    "\uf0b7": "•", "\uf0a7": "▪", "\uf06e": "■", "\uf0a8": "□", "\uf0d8": "➢", "\uf076": "❖",
    "\uf0fc": "✓", "\uf0de": "⇒", "\uf0e0": "→", "\uf071": "❑", "\uf0a4": "●", "\uf02d": "-",
}


def display_label(label: str) -> str:
    """The label as a reader sees it: private-use font bullets (U+F0B7 ...) become real glyphs."""
    return _PUA_BULLETS.get(label, "•" if "\ue000" <= label[:1] <= "\uf8ff" else label)


@functools.lru_cache(maxsize=512)
def marker_style(label: str) -> str:
    """A coarse style key ("decimal.", "(alpha)", "bullet"...) used to infer nesting without geometry.

    Cached: a document repeats a handful of labels ("•", "1.", "(a)") thousands of times."""
    if len(label) == 1 and (label in BULLETS or label in _DASH_BULLETS or label == "o" or _is_bullet_glyph(label)):
        return "bullet:" + label
    core = label.strip("().")
    wrap = ("(" if label.startswith("(") else "") + (label[-1] if label[-1] in ".)" else "")
    if re.fullmatch(r"\d+(?:\.\d+)+", core.rstrip(".")):
        return f"section{core.count('.')}"
    if core.isdigit():
        kind = "decimal"
    elif re.fullmatch(_ROMAN, core) and core:
        kind = "roman-" + ("lower" if core.islower() else "upper")
    else:
        kind = "alpha-" + ("lower" if core.islower() else "upper")
    return f"{kind}{wrap}"


# --------------------------------------------------------------------------- headings

_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                "with", "&", "is", "are", "be", "do", "does", "what", "how", "who", "its", "their", "that"}
# Letter furniture that is short and capitalised but never a heading: a date line, a
# salutation or sign-off.
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_NOT_A_HEADING = re.compile(
    rf"^(?:(?:\w+day,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{4}}"
    r"|Dear\s|Yours\s+(?:sincerely|faithfully)|Kind regards)\W*$|^Dear\s",
)
_FOOTNOTE_TAIL = re.compile(r"(?<=[a-z?)])\d{1,2}$")


def clean_heading(text: str) -> str:
    """Drop a trailing footnote number glued to a heading ("What needs to improve?1").

    Only digits stuck directly to a lower-case letter, '?' or ')' are removed, so
    "Appendix 2" and "Section 4.1" keep their numbers.
    """
    text = text.strip()
    if not text or not text[-1].isdigit():  # the common case, without a regex scan
        return text
    return _FOOTNOTE_TAIL.sub("", text)


def _is_title_case(words: list[str]) -> bool:
    content = 0
    for w in words:
        if w.lower().strip("()'’:,") in _SMALL_WORDS or w.upper() == w.lower():
            continue  # small words may stay lower-case; figures and dashes have no case
        if not w.lstrip("(\"'‘“")[:1].isupper():
            return False
        content += 1
    return content > 0


def looks_like_heading_text(text: str) -> bool:
    """Text-only heading test: short, no closing full stop, Title Case / CAPS / numbered / a question."""
    t = clean_heading(text)
    if not t or len(t) > 100 or t[-1] in ".,;" or not (t[0].isupper() or t[0].isdigit()):
        return False
    words = t.split()
    if len(words) > 12 or t.upper() == t.lower() or _NOT_A_HEADING.match(t):
        return False  # too long, no letters at all, or letter furniture
    if _NUMBERED_HEADING.match(t):
        body = t.split(None, 1)[1] if len(words) > 1 else ""
        # "2.0 PERFORMANCE", "3 Leadership and Governance"; "1. Ensure that ..." is a list item
        return bool(body) and (body.isupper() or re.match(r"\d+\.0\b", t) is not None or _is_title_case(body.split()))
    if t.isupper() and sum(c.isalpha() for c in t) > 1:
        return True
    if _is_title_case(words):
        return True
    # Sentence-case section headings are short: "Areas for improvement", "What needs to improve?"
    return len(words) <= 8 and (t.endswith("?") or len(words) <= 5)


# --------------------------------------------------------------------------- hyphenation

# Word endings that are never words on their own: "assess-/ment" is one broken word.
_SUFFIX_FRAGMENTS = {
    "ment", "ments", "tion", "tions", "sion", "sions", "ness", "ity", "ities", "ance", "ances", "ence",
    "ences", "ing", "ings", "ed", "ly", "ally", "ive", "ives", "ively", "ible", "ous", "ously", "ise", "ised",
    "ises", "ize", "ized", "ation", "ations", "ment.", "ful", "fully", "ship", "ships", "ial", "ially", "ic",
    "ical", "ically", "er", "ers", "est", "ent", "ents", "ant", "ants", "ary", "ory", "ies", "es", "s",
}


class _Words:
    """Evidence about hyphens from the document itself: is "ab" or "a-b" used somewhere?

    Built from ``(words, compounds)`` sets, or lazily from the document's lines, where it
    searches the lower-cased text only when a line-end hyphen needs a decision (cheaper
    than building a vocabulary for every document).
    """

    def __init__(self, lines: Sequence[Line] = (), sets: tuple[set[str], set[str]] | None = None):
        self._lines = lines
        self._sets = sets
        self._text: str | None = None

    def _haystack(self) -> str:
        if self._text is None:
            self._text = "\n".join(ln.text for ln in self._lines).lower()
        return self._text

    # Plain substring tests (str.find is fast; a regex with word boundaries over a whole
    # report, run for each of its ~200 line-end hyphens, is not). A hit inside a longer
    # word ("assessment" in "reassessments") is still evidence of the same spelling.
    def has_word(self, word: str) -> bool:
        if self._sets is not None:
            return word in self._sets[0]
        return word in self._haystack()

    def has_compound(self, compound: str) -> bool:
        if self._sets is not None:
            return any(compound in c for c in self._sets[1])
        return compound in self._haystack()


def join_hyphenated(left: str, right: str, vocab: "tuple[set[str], set[str]] | _Words" = (set(), set())) -> str:
    """Join ``left`` (ending in a hyphen) and the next line ``right``.

    The hyphen stays when it is a real compound ("decision-" + "making"); it goes when the
    word was broken across lines ("assess-" + "ment"). Evidence from the same document
    (the compound or the joined word used elsewhere; ``vocab`` is ``(words, compounds)``)
    decides first, then word shape.
    """
    words = vocab if isinstance(vocab, _Words) else _Words(sets=vocab)
    mleft = re.search(r"([A-Za-z]+)-$", left[-64:])
    mright = re.match(r"([A-Za-z]+)", right)
    if not mleft or not mright:
        return left + right
    a, b = mleft.group(1).lower(), mright.group(1).lower()
    if words.has_compound(f"{a}-{b}"):
        return left + right
    if words.has_word(a + b):
        return left[:-1] + right
    if b in _SUFFIX_FRAGMENTS or (not right[:1].isupper() and len(b) <= 2):
        return left[:-1] + right
    return left + right


def _extend(parts: list[str], nxt: str, vocab: _Words) -> None:
    """Append the next line to a block's parts, mending a hyphen at the end of the last one.

    Only the last part is looked at, so joining stays linear in the paragraph's length.
    """
    nxt = nxt.strip()
    if not parts:
        parts.append(nxt)
        return
    last = parts[-1]
    if last.endswith("\u00ad"):  # a soft hyphen: always a broken word
        parts[-1] = last[:-1] + nxt
        return
    if last.endswith("\x02"):
        # pdfium marks every hyphen it finds at a line end with U+0002, compound or not.
        last = parts[-1] = last[:-1] + "-"
    if last[-1:] == "-" and len(last) > 1 and last[-2].isalpha() and nxt[:1].isalpha() and nxt[:1].islower():
        parts[-1] = join_hyphenated(last, nxt, vocab)
        return
    parts.append(nxt)


# The end of an item's closing bracket, or the whole of it: "Q2)", "(AH, ongoing)", "(SM/KT, Q3-Q4)".
_BRACKET_TAIL = re.compile(r"^\s*\(?[^()]{1,40}\)\s*[.;,]?\s*$")


# --------------------------------------------------------------------------- running lines

_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$|^\s*-\s*\d{1,4}\s*-\s*$|^\s*[ivxlc]{1,6}\s*$",
    re.IGNORECASE,
)


def is_page_number(text: str) -> bool:
    """'7', 'Page 7 of 32', '- 7 -', 'iv'."""
    return bool(_PAGE_NUMBER.match(text))


_DIGITS = re.compile(r"\d+")


def _running_key(text: str) -> str:
    # Running lines differ only in their page number ("Report title 3 of 32").
    return _DIGITS.sub("#", text.strip().lower())


def strip_running_lines(lines: Sequence[Line], band: int = 3, min_share: float = 0.5) -> list[Line]:
    """Drop page numbers and lines repeated at the top or bottom of many pages.

    Blank lines and table placeholders (``block`` set) are kept and never candidates.
    For each page the first and last ``band`` text lines are candidates; a candidate
    whose text (digits masked) recurs on at least ``min_share`` of the pages (and on 3 or
    more; on every page of a 2- or 3-page document) is a running header/footer. Bare page numbers in those bands go whatever.
    """
    text_idx = [i for i, ln in enumerate(lines) if ln.block is None and ln.text and not ln.text.isspace()]
    pages: dict[int | None, list[int]] = {}
    for page, group in groupby(text_idx, key=lambda i: lines[i].page):
        pages.setdefault(page, []).extend(group)
    if not pages:
        return list(lines)
    edge: set[int] = set()
    for idxs in pages.values():
        edge.update(idxs[:band])
        edge.update(idxs[-band:])
    keys = {i: _running_key(lines[i].text) for i in edge}
    seen: Counter[str] = Counter()
    for idxs in pages.values():
        seen.update({keys[i] for i in idxs if i in keys})
    n = len(pages)
    # On a short document a running line must be on every page (2 of 2, 3 of 3), later
    # on at least 3 pages and min_share of them.
    threshold = max(min(n, 3), min_share * n) if n >= 2 else float("inf")
    drop = {i for i, key in keys.items() if seen[key] >= threshold or is_page_number(lines[i].text)}
    if not drop:
        return list(lines)
    return [ln for i, ln in enumerate(lines) if i not in drop]


# --------------------------------------------------------------------------- grouping

_TERMINAL = (".", "!", "?", ":", ";")


@dataclass
class _Open:
    """A block being assembled from lines (``parts``, joined with spaces at the end)."""

    type: str
    parts: list[str]
    page: int | None
    label: str | None = None
    level: int = 0
    x0: float | None = None  # left edge of the marker / first line
    last: Line | None = None

    @property
    def text(self) -> str:
        return " ".join(self.parts)

    @property
    def tail(self) -> str:
        return self.parts[-1] if self.parts else ""


def _type_statistics(lines: Sequence[Line]) -> tuple[float | None, float | None, bool]:
    """One pass over the text lines: body font size (the size most text is set in), normal
    gap between consecutive lines, and whether most text is bold (then bold means nothing).
    """
    sizes: dict[float, int] = {}
    gaps: list[float] = []
    bold_chars = known_chars = 0
    # A mode and a quantile need no census: a long document is sampled (every third
    # line and the line before it), which keeps this pass cheap on 50-page reports.
    step = 1 if len(lines) < 600 else 3
    for k in range(step, len(lines), step) if step > 1 else range(len(lines)):
        ln = lines[k]
        prev = lines[k - 1] if k else None
        n = len(ln.text)
        if ln.size:
            sizes[ln.size] = sizes.get(ln.size, 0) + n
        if ln.bold is not None:
            known_chars += n
            if ln.bold:
                bold_chars += n
        if (prev is not None and prev.page == ln.page and prev.bottom is not None and ln.top is not None
                and prev.top is not None
                and ln.top > prev.top):
            h = (prev.bottom - prev.top) or 1.0
            g = ln.top - prev.bottom
            if -h < g < 3 * h:
                gaps.append(g)
    body = max(sizes, key=sizes.__getitem__) if sizes else None
    gap = None
    if gaps:
        # A low quantile, not the median: in list-heavy pages paragraph gaps can be the majority.
        gaps.sort()
        gap = gaps[len(gaps) * 3 // 10]
    return body, gap, known_chars > 0 and bold_chars > 0.5 * known_chars


def _indent_of(line: Line) -> float | None:
    if line.x0 is not None:
        return line.x0
    lead = len(line.text) - len(line.text.lstrip(" \t"))
    if lead == 0:
        return 0.0
    return float(len(line.text[:lead].expandtabs(4)))


def lines_to_blocks(lines: Iterable[Line], source: str, wrapped: bool | None = None) -> list[Block]:
    """Group lines into heading, paragraph and list_item blocks in reading order.

    ``source`` names the file for each block's :class:`Provenance`. Works with or without
    geometry: with ``top``/``bottom`` a vertical gap starts a new paragraph and ``size``/
    ``bold`` mark headings; without it blank lines separate paragraphs, and a line that
    starts with a lower-case letter after an unfinished line is a wrapped continuation.
    Pass ``wrapped=True`` for text known to be hard-wrapped without geometry (a table
    cell's lines): then every line that does not finish a sentence runs on. A line with
    ``block`` set (a table) is emitted as it is, in place, and ends the open block.

    The steps: the lines' type is measured once (:class:`_Layout`); :class:`_Grouping`
    then places each line (runs on, opens a heading, list item or paragraph, or is held
    back as a footnote); :class:`_BlockWriter` turns each finished block into a
    :class:`Block`.
    """
    lines = list(lines)
    blank = [ln.block is None and (not ln.text or ln.text.isspace()) for ln in lines]  # = Line.blank
    real = [ln for ln, b in zip(lines, blank) if not b and ln.block is None]
    if not real:
        # Nothing to group: a table-only input still yields its tables, in order.
        return [ln.block for ln in lines if ln.block is not None]
    grouping = _Grouping(lines, blank, _Layout.measure(real, wrapped), _Words(real), _BlockWriter(source), wrapped)
    return grouping.run()


@dataclass(frozen=True)
class _Layout:
    """The type of the lines to group, measured once before grouping them."""

    body: float | None  # the font size most text is set in
    gap: float | None  # normal space between consecutive lines; None without geometry
    body_bold: bool  # most text is bold, so bold marks nothing
    geometric: bool  # lines carry positions: gaps, not only blank lines, separate paragraphs
    big: float  # heading-size type

    @classmethod
    def measure(cls, real: Sequence[Line], wrapped: bool | None) -> _Layout:
        """The layout of ``real`` (the lines with text); cell text (``wrapped``) has no geometry to measure."""
        body, gap, body_bold = (None, None, False) if wrapped else _type_statistics(real)
        return cls(body, gap, body_bold, gap is not None, body * 1.12 if body is not None else float("inf"))


class _BlockWriter:
    """The output of :func:`lines_to_blocks`: finished blocks as :class:`Block` objects, in
    reading order. Footnotes are held back until the block that their page break split is
    complete, and written after it."""

    def __init__(self, source: str):
        self.source = source
        self.blocks: list[Block] = []
        self._provs: dict[int | None, Provenance] = {}  # one (immutable) Provenance per page
        self._notes: list[list] = []  # [page, text, text...] per footnote held back

    def hold_footnote(self, ln: Line) -> None:
        """Keep a line of small print from the foot of a page for later: its own paragraph,
        but out of the flow, so that a paragraph running on to the next page is not glued to it."""
        notes = self._notes
        if notes and not _FOOTNOTE_START.match(ln.text) and notes[-1][0] == ln.page:
            notes[-1].append(ln.text.strip())
        else:
            notes.append([ln.page, ln.text.strip()])

    def close(self, block: _Open | None) -> None:
        """Write the finished ``block`` (if any, and if it has text), then the footnotes held back."""
        if block is not None:
            self._write(block)
        for note in self._notes:
            self.blocks.append(Block("paragraph", " ".join(note[1:]), Provenance(self.source, note[0])))
        self._notes.clear()

    def table(self, block: Block) -> None:
        self.blocks.append(block)

    def _write(self, block: _Open) -> None:
        text = " ".join(block.parts)
        if "  " in text or "\t" in text or text[:1].isspace() or text[-1:].isspace():
            text = " ".join(text.split())
        if not text:
            return
        if block.type == "heading":
            text = clean_heading(text)
        label = display_label(block.label) if block.label else None
        prov = self._provs.get(block.page)
        if prov is None:
            prov = self._provs[block.page] = Provenance(self.source, block.page)
        self.blocks.append(Block(block.type, text, prov, label, block.level))


class _Grouping:
    """Places lines into blocks, one line at a time, for :func:`lines_to_blocks`.

    Fixed for the run: the lines, their blank flags, the next text line after each, the
    footnote lines, the layout and the document's words (for hyphens). Changed as lines are
    placed: the open block (``cur``), the open list levels, whether a break (blank line,
    table) precedes the line, and the last letter of each open lettered list. Finished
    blocks go to ``out``.
    """

    def __init__(self, lines: list[Line], blank: list[bool], layout: _Layout, vocab: _Words,
                 out: _BlockWriter, wrapped: bool | None):
        self.lines = lines
        self.blank = blank
        self.layout = layout
        self.vocab = vocab
        self.out = out
        self.wrapped = wrapped
        self.following = _next_text_lines(lines, blank)
        self.footnotes = _footnote_lines(lines, blank, layout.body) if layout.geometric else set()
        self.cur: _Open | None = None
        self.list_stack: list[tuple[float | None, str]] = []  # open list levels: (indent, style)
        self.broke = True  # a blank line / paragraph gap precedes the current line
        self.last_letter: dict[str, str] = {}  # wrap ("()", ")", ".") -> last letter of a lettered list

    def run(self) -> list[Block]:
        """Place every line; the blocks, in reading order."""
        for i, ln in enumerate(self.lines):
            if i in self.footnotes:
                self.out.hold_footnote(ln)
            elif ln.block is not None:
                self._table(ln.block)
            elif self.blank[i]:
                self.broke = True
            elif self._runs_on(ln):
                self._run_on(ln)
            elif self._header_over_run_on(i, ln):
                continue  # a running header met once, between a sentence and its end on the next page
            elif not self._is_footnote_mark(ln):
                self._place(i, ln)
        self._close()
        return self.out.blocks

    # -- the fast path: the next line of the open block

    def _runs_on(self, ln: Line) -> bool:
        """Is ``ln`` the commonest line of all, the next line of an open paragraph or list item
        on the same page: ordinary type, normal spacing, starting with a word? Decides exactly
        as :meth:`_place` would, with fewer calls; False leaves the line to it."""
        cur = self.cur
        if cur is None or self.broke or not self.layout.geometric or cur.type == "heading":
            return False
        prev = cur.last
        text = ln.text
        c0 = text[0]
        gap = self.layout.gap
        return (c0.isalpha() and text[1:2] not in _MARKER_SECOND and prev.page == ln.page and not ln.bold
                and ln.top is not None and prev.bottom is not None and prev.top is not None
                and (ln.size is None or ln.size < self.layout.big)
                and prev.top - 0.5 * (prev.bottom - prev.top) <= ln.top <= prev.bottom + gap + (
                    0.45 * (prev.bottom - prev.top) if prev.bottom - prev.top > 4.5 else 2.0)
                and (cur.type != "list_item" or ln.x0 is None or cur.x0 is None or ln.x0 >= cur.x0 - 3.0)
                and (c0 not in "ivxIVX" or split_marker(text)[0] is None)
                and not (":" in text[:45] and _FIELD_LINE.match(text)))

    def _header_over_run_on(self, i: int, ln: Line) -> bool:
        """Is ``ln`` a page's running header printed only on this page ("Improvement update ·
        Spring 2020"), standing between a paragraph cut mid-sentence at the foot of the page before
        and its lower-case run-on under the header? Only the first line of a page, a short one,
        with the run-on next."""
        cur = self.cur
        if (cur is None or cur.type not in ("paragraph", "list_item") or cur.last is None or not self.layout.geometric
                or cur.last.page == ln.page or not re.search(r"[\w,]$", cur.tail.rstrip()) or len(ln.text.split()) > 8
                or not ln.text[:1].isupper() or ln.text.rstrip().endswith(_TERMINAL)):
            return False
        nxt = self.following[i]
        # the run-on is set as the paragraph is, the header in another type
        return (nxt is not None and nxt.page == ln.page and nxt.text[:1].islower() and nxt.top is not None
                and ln.bottom is not None and nxt.top >= ln.bottom - 0.5 and nxt.size is not None
                and nxt.size == cur.last.size
                and (ln.size is not None and abs(ln.size - nxt.size) > 0.5 or (ln.bold is True and not nxt.bold)))

    def _run_on(self, ln: Line) -> None:
        """Add a line that :meth:`_runs_on` to the open block (page_lines already stripped it)."""
        parts = self.cur.parts
        if parts[-1][-1:] in ("-", "\u00ad", "\x02"):
            _extend(parts, ln.text, self.vocab)
        else:
            parts.append(ln.text)
        self.cur.last = ln

    # -- the general path

    def _is_footnote_mark(self, ln: Line) -> bool:
        """A superscript footnote reference set on its own line ("improve?" + "1"): skipped."""
        body = self.layout.body
        return (len(ln.text) <= 3 and body is not None and ln.size is not None and ln.size < 0.85 * body
                and ln.text.strip().isdigit())

    def _place(self, i: int, ln: Line) -> None:
        """Put line ``i`` where it belongs: the second line of a heading, a new heading, a new
        list item, the next line of the open paragraph or list item, or a new paragraph."""
        cur, layout = self.cur, self.layout
        prev = cur.last if cur else None
        new_page = prev is not None and prev.page != ln.page
        gap_before = self.broke or (layout.geometric and prev is not None and not new_page
                                    and _gap(prev, ln, layout.gap))
        label, rest = self._marker(i, ln)
        if label is None and self._continues_heading(ln, gap_before, new_page):
            self._append(ln)
            return
        level = 0
        if label is None and not gap_before and not new_page and cur is not None and cur.type == "list_item" \
                and _BRACKET_TAIL.match(ln.text) and ln.x0 is not None and cur.x0 is not None \
                and ln.x0 > cur.x0 and (cur.parts[-1].count("(") > cur.parts[-1].count(")")
                                              or ln.text.lstrip().startswith("(")):
            # a list item's closing "(AH, ongoing)" or "Q2)" wrapped onto a line of its own, set in
            # bold: the end of the item, not a heading
            self._append(ln)
            return
        if not self.wrapped:
            # The top of a page is a visual break too (for headings; run-on is decided apart).
            heading_gap = gap_before or (new_page and layout.geometric)
            level = _heading_level(ln, layout.body, layout.body_bold, heading_gap, lambda: self._gap_after(i, ln),
                                   layout.geometric, label)
        if level:
            self._open_heading(ln, level)
        elif label is not None:
            self._open_list_item(i, ln, label, rest)
        elif (cur is not None and cur.type != "heading"
              and _continues(cur, ln, gap_before, new_page, layout.geometric, self.wrapped)):
            self._append(ln)
        else:
            self._open_paragraph(ln)

    def _marker(self, i: int, ln: Line) -> tuple[str | None, str]:
        """The list marker of line ``i`` and the text after it, as :func:`split_marker`; but
        "J. Patel / K. Osei" is a name, not item J of a list."""
        label, rest = split_marker(ln.text)
        if (label is not None and is_initial(label, rest)
                and not _in_letter_sequence(label, self.last_letter, self.lines, i)):
            return None, ln.text
        return label, rest

    def _continues_heading(self, ln: Line, gap_before: bool, new_page: bool) -> bool:
        """A heading set over two lines: the second line has the same type and no gap."""
        cur = self.cur
        if cur is None or cur.type != "heading" or gap_before or new_page:
            return False
        prev = cur.last
        return (prev is not None and prev.size is not None and prev.size == ln.size
                and (ln.bold is None or bool(prev.bold) == ln.bold)  # None: weight not read
                and not cur.tail.endswith("?") and len(cur.text) + len(ln.text) < 160)

    def _gap_after(self, i: int, ln: Line) -> bool:
        """Is line ``i`` followed by a break? (Asked only about heading candidates.)"""
        nxt = self.following[i]
        return nxt is None or _next_is_break(self.lines, self.blank, i) or (
            self.layout.geometric and nxt.page == ln.page and _gap(ln, nxt, self.layout.gap))

    # -- changes to the open block

    def _append(self, ln: Line) -> None:
        """Add ``ln`` to the open block, mending a hyphen at the end of its last line."""
        _extend(self.cur.parts, ln.text, self.vocab)
        self.cur.last = ln
        self.broke = False

    def _open_heading(self, ln: Line, level: int) -> None:
        self._start(_Open("heading", [ln.text.strip()], ln.page, level=level, x0=ln.x0, last=ln))
        self.list_stack.clear()

    def _open_list_item(self, i: int, ln: Line, label: str, rest: str) -> None:
        style = marker_style(label)
        if style.startswith(("alpha", "roman")):
            style = _letter_in_sequence(label, style, self.last_letter, self.lines, i)
        indent = _indent_of(ln)
        level = _list_level(self.list_stack, indent, style, self.layout.geometric or ln.x0 is not None)
        self._start(_Open("list_item", [rest], ln.page, label=label, level=level, x0=indent, last=ln))

    def _open_paragraph(self, ln: Line) -> None:
        indent = _indent_of(ln)
        # A plain paragraph ends the open list unless it is indented like the list's text.
        if self.list_stack and (indent is None or indent <= (self.list_stack[0][0] or 0) + 2):
            self.list_stack.clear()
        self._start(_Open("paragraph", [ln.text.strip()], ln.page, x0=indent, last=ln))

    def _table(self, block: Block) -> None:
        """A table in the flow: it ends the open block and any open list."""
        self._close()
        self.out.table(block)
        self.list_stack.clear()
        self.broke = True

    def _start(self, block: _Open) -> None:
        self._close()
        self.cur = block
        self.broke = False

    def _close(self) -> None:
        self.out.close(self.cur)
        self.cur = None


_MARKER_SECOND = (".", ")", " ", "\t", "")  # what follows a one-letter marker ("a." "a)" "o ")


_FOOTNOTE_START = re.compile(r"^\d{1,2}\s+\S")


MAX_PAGE_FOOT_LINES = 10  # a longer run of small type is a page set small, not its foot


def _footnote_lines(lines: Sequence[Line], blank: Sequence[bool], body: float | None) -> set[int]:
    """Indexes of small print that ends a page in reading order: footnotes ("1 The local
    authority was given ...", any length) and other page furniture such as a letterhead
    address (up to MAX_PAGE_FOOT_LINES lines, after some body text on the page)."""
    if body is None:
        return set()
    small = 0.9 * body
    out: set[int] = set()
    run: list[int] = []  # trailing small lines of the current page, in order
    body_seen = False  # a body-size line precedes the run on this page
    page = object()

    def close() -> None:
        starts = [k for k in run if _FOOTNOTE_START.match(lines[k].text)]
        if starts:
            out.update(k for k in run if k >= starts[0])
        elif run and body_seen and len(run) <= MAX_PAGE_FOOT_LINES:
            out.update(run)

    for i, ln in enumerate(lines):
        if blank[i] or ln.block is not None:
            continue
        if ln.page != page:
            close()
            run, page, body_seen = [], ln.page, False
        if ln.size is not None and ln.size < small:
            run.append(i)
        else:
            run = []
            body_seen = True
    close()
    return out


def _next_text_lines(lines: Sequence[Line], blank: Sequence[bool]) -> list[Line | None]:
    """For each position, the next line with text (None at the end or before a table)."""
    out: list[Line | None] = [None] * len(lines)
    nxt: Line | None = None
    for i in range(len(lines) - 1, -1, -1):
        out[i] = nxt
        ln = lines[i]
        if ln.block is not None:
            nxt = None
        elif not blank[i]:
            nxt = ln
    return out


def _next_is_break(lines: Sequence[Line], blank: Sequence[bool], i: int) -> bool:
    return i + 1 < len(lines) and (blank[i + 1] or lines[i + 1].block is not None)


def _gap(a: Line, b: Line, normal: float | None) -> bool:
    """True when the vertical space between two lines on a page is larger than line spacing,
    or the second line jumps back up the page."""
    if a.bottom is None or b.top is None or normal is None:
        return False
    h = (a.bottom - a.top) if a.top is not None else 10.0
    if a.top is not None and b.top < a.top - 0.5 * h:
        return True  # the next line is higher up the page: another column, box or letterhead
    return b.top - a.bottom > normal + max(2.0, 0.45 * h)


def _heading_level(ln: Line, body: float | None, body_bold: bool, gap_before: bool, gap_after,
                   geometric: bool, label: str | None) -> int:
    """0 when ``ln`` is not a heading, else a level (1 = biggest). ``gap_after()`` is lazy."""
    if len(ln.text) > 124 or (label is not None and not label[0].isdigit()):
        return 0  # long, or a bullet / lettered item: only numbered sections can be headings
    bigger = body is not None and ln.size is not None and ln.size >= body * 1.12
    bold = bool(ln.bold) and not body_bold
    if not (bigger or bold or gap_before):  # the common case: a line inside a paragraph
        return 0
    text = clean_heading(ln.text)
    if not text or len(text) > 120 or text[-1] in ".,;" or len(text.split()) > 16:
        return 0
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"'‘“(") or _NOT_A_HEADING.match(text):
        return 0
    numbered_ok = label is None or (_NUMBERED_HEADING.match(text) and looks_like_heading_text(text))
    if not numbered_ok:
        return 0
    if bigger:
        return 1 if ln.size >= body * 1.5 else 2
    if bold:
        if len(text.split()) <= 12 and (gap_before or text.endswith("?") or gap_after()):
            return 3
        return 0
    # Plain type: only a stand-alone short line that reads like a heading; in plain text (no
    # type at all) also a stand-alone line in sentence case of up to ten words that does not end
    # like a sentence or an introduction ("When a teenager goes home in a crisis").
    if gap_before and gap_after() and (looks_like_heading_text(text) or (not geometric and _plain_heading(text))):
        if geometric and body is not None and ln.size is not None and ln.size < body * 0.95:
            return 0  # small print (captions, footnotes) is not a heading
        return 3 if geometric else _text_heading_level(text)
    return 0


def _plain_heading(text: str) -> bool:
    words = text.split()
    return (len(words) <= 10 and text[-1] not in ".,;:!" and text[0].isupper() and "|" not in text
            and any(c.isalpha() for c in text))


def _text_heading_level(text: str) -> int:
    m = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s", text)
    if m:
        parts = m.group(1).split(".")
        if parts[-1] == "0":  # "2.0 PERFORMANCE" is a top-level section
            parts = parts[:-1]
        return min(len(parts), 4)
    return 1 if text.isupper() else 2


def _letter_in_sequence(label: str, style: str, last_letter: dict[str, str], lines: Sequence[Line], i: int) -> str:
    """Resolve "(i)", "(v)", "(x)": the next letter of an open lettered list, or a roman numeral.

    "(i)" after "(h)" is the ninth finding of (a)-(n), not roman one, unless "(ii)" follows
    before "(j)" (then it opens a roman sub-list). A capital "(I)" where "(l)" is due is the
    same letter set in a font where the two look alike. Records the list's last letter in
    ``last_letter`` (keyed by the marker's brackets/stop).
    """
    core = label.strip("().")
    wrap = style.split("-", 1)[1][5:]  # "lower()" -> "()"
    prev = last_letter.get(wrap)
    if style.startswith("roman") and len(core) == 1 and prev is not None:
        due = chr(ord(prev) + 1)
        if core.lower() == due or (core == "I" and due == "l"):
            if not _roman_follows(lines, i, core.lower(), due, wrap):
                last_letter[wrap] = due
                return "alpha-lower" + wrap if prev.islower() else "alpha-upper" + wrap
    if style.startswith("alpha") and len(core) == 1:
        last_letter[wrap] = core.lower() if core.islower() else core
    return style


def _in_letter_sequence(label: str, last_letter: dict[str, str], lines: Sequence[Line], i: int) -> bool:
    """Is "X." the next item of an open "A.", "B." list, or does "A." have a "B." after it
    (or roman "I." a "II.")?"""
    letter = label[0]
    prev = last_letter.get(".")
    if prev is not None and prev.isupper() and ord(letter) == ord(prev) + 1:
        return True
    after = {"A": "B.", "I": "II."}.get(letter)
    if after is None:
        return False
    for ln in lines[i + 1:i + 200]:
        t = ln.text.lstrip()
        if t.startswith(after) and split_marker(t)[0] == after:
            return True
    return False


def _roman_follows(lines: Sequence[Line], i: int, numeral: str, due: str, wrap: str) -> bool:
    """Is ``numeral`` ("i") followed by its roman successor ("ii") before the letter after ``due``?"""
    succ = {"i": "ii", "v": "vi", "x": "xi"}[numeral]
    after = chr(ord(due) + 1)
    for ln in lines[i + 1:i + 400]:
        label = split_marker(ln.text)[0] if ln.text.lstrip()[:1] in "(abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" else None
        if label is None:
            continue
        core = label.strip("().").lower()
        if core == succ:
            return True
        if core == after:
            return False
    return False


def _list_level(stack: list[tuple[float | None, str]], indent: float | None, style: str, use_indent: bool) -> int:
    """Nesting depth of a new list item; updates ``stack`` (the open list levels)."""
    tol = 3.0 if use_indent else 0.5
    if use_indent and indent is not None and any(s[0] is not None for s in stack):
        while stack and stack[-1][0] is not None and stack[-1][0] > indent + tol:
            stack.pop()
        if stack and stack[-1][0] is not None and abs(stack[-1][0] - indent) <= tol:
            stack[-1] = (indent, style)
            return len(stack) - 1
        stack.append((indent, style))
        return len(stack) - 1
    # No geometry: leading spaces first, then marker style (a new style opens a deeper level).
    if indent and stack and stack[-1][0] is not None and indent > (stack[-1][0] or 0) + tol:
        stack.append((indent, style))
        return len(stack) - 1
    for depth, (ind, st) in enumerate(stack):
        if st == style and (indent is None or ind is None or abs((ind or 0) - (indent or 0)) <= tol or not indent):
            del stack[depth + 1:]
            return depth
    if stack and indent is not None and stack[-1][0] is not None and indent + tol < stack[-1][0]:
        while stack and stack[-1][0] is not None and indent + tol < stack[-1][0]:
            stack.pop()
        stack.append((indent, style))
        return len(stack) - 1
    stack.append((indent, style))
    return len(stack) - 1


# Sentence openers that point back at the sentence before. Counted over the shared corpus
# (217 reports and letters, as this module paragraphs them), each opens a later sentence of a
# paragraph at least 20 times as often as it opens a paragraph ("However" 25x, "This/These/
# Such/Those" + a word 34x, "In addition" 41x, "As a result" 35x, "For example" 61x,
# "Consequently/Therefore/Thus/As such" 146x, "They" 629x). At a page break that falls at a
# sentence end before an unmarked line at a paragraph's column, a paragraph end is about ten
# times likelier than a sentence end inside a paragraph (the letter gold: 34 against 3), so only
# openers that strong make the run-on the likelier reading. Left out as too weak: "It" (10x),
# "Also" (9x), "Nevertheless" (8x), and a document naming itself ("This letter/report/visit
# ...", 0.3x: it opens paragraphs).
_REFERS_BACK = re.compile(
    r"(?:This|These|Such|Those)\s+(?!(?:letter|report|publication|inspection|visit|document|focused|monitoring"
    r"|joint)\b)[a-z]"
    r"|(?:However|In addition|Furthermore|Moreover|As a result|Consequently|Therefore|Thus|As such|For example"
    r"|For instance)\b"
    r"|They\s+[a-z]"
)


def refers_back(text: str) -> bool:
    """Does ``text`` open with a sentence that points back at the one before ("This support
    ...", "However, ...", "In addition, ...")? See ``_REFERS_BACK`` for how strong a sign it is."""
    return _REFERS_BACK.match(text.lstrip()) is not None


# A line opening with a short capitalised label and a colon ("Owner: ...", "Deadline: ...",
# "Lead officer: ..."): in plain text, a field of its own rather than the rest of a wrapped line.
_LABEL_LINE = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:\s+\S")
# The field labels of a plan's action blocks: even in a PDF, where lines run on without a gap,
# such a line opens a field of its own ("Responsible officer: ..." / "Target date: ..." /
# "Progress update: ..." under an action's paragraph).
_FIELD_LINE = re.compile(
    r"^(?:(?:lead|responsible|accountable)(?: officers?| managers?| persons?| leads?)?|owners?|action owners?|"
    r"target dates?|deadlines?|due(?: dates?)?|by when|when|who|by|timescales?|completion dates?|(?:rag )?status|rag|"
    r"progress(?: updates?| to date)?|updates?|measures? of success|success measures?|evidence(?: of impact)?)"
    r"\s*:\s+\S", re.I)


def _continues(cur: _Open, ln: Line, gap_before: bool, new_page: bool, geometric: bool,
               wrapped: bool | None = None) -> bool:
    """Does ``ln`` carry on the open paragraph / list item?"""
    prev_text = cur.tail.rstrip()
    finished = prev_text.endswith(_TERMINAL) or prev_text.endswith((".”", ".’", '."', ".)"))
    starts_lower = ln.text.strip()[:1].islower()
    if wrapped:
        return not gap_before and (not finished or starts_lower)
    if geometric and _FIELD_LINE.match(ln.text.strip()) and not prev_text.endswith((",", " and", " or", " the", " of", " to")):
        return False  # a plan's field label opens a field of its own, unless the line before breaks off mid-phrase
    if new_page:
        # An item broken by a page break: carry on unless the sentence had finished, or when
        # the new page starts at the item's text column, right of its marker (a sentence that
        # ended at the foot of the page, and the item goes on: Portsmouth JTAI 2020 p5-6).
        if (geometric and cur.type == "list_item" and ln.x0 is not None and cur.x0 is not None
                and ln.x0 > cur.x0 + 3.0 and cur.last is not None and cur.last.x0 is not None
                and abs(ln.x0 - cur.last.x0) <= 3.0):
            return True
        if not finished or starts_lower:
            return True
        # A paragraph whose sentence ended at the foot of the page goes on when the new page
        # opens, in the paragraph's column, with a sentence that points back at it ("This
        # support was described as ...": Durham 2024 p2-3).
        return (geometric and cur.type == "paragraph" and ln.x0 is not None and cur.last is not None
                and cur.last.x0 is not None and abs(ln.x0 - cur.last.x0) <= 3.0 and refers_back(ln.text))
    if gap_before:
        # the text runs on at the top of the next column: up the page and well to the right,
        # mid-sentence ("... go out with each social worker at" / "least once a month ...")
        last = cur.last
        return (geometric and not finished and starts_lower and last is not None and None not in (
            last.top, ln.top, last.x0, ln.x0) and ln.top < last.top and ln.x0 > last.x0 + 100)
    if not geometric:
        # Without geometry, lines are either hard-wrapped prose or one line per paragraph;
        # only an unfinished line followed by a lower-case start is surely a wrap.
        if cur.type == "list_item" and ln.text.startswith(("  ", "\t")):
            return True  # indented under its marker: the item goes on ("1. Run workshops ... Lead:" / "   Jo Bloggs")
        if cur.last is not None and cur.last.text.startswith((" ", "\t")) and cur.type == "list_item":
            return not finished or starts_lower
        # A clause ended by ";" or "," goes on when the next line starts in lower case ("... each
        # child;" / "dip-sampled monthly ...": hard-wrapped Markdown).
        soft = prev_text.endswith((";", ","))
        if (not finished or soft) and starts_lower:
            return True
        # A long unfinished line is hard-wrapped prose, unless the next line opens with a label
        # of its own ("Owner: Service Managers, Children in Care, and IRO Service Manager" /
        # "Deadline: 1 June 2020").
        return not finished and len(cur.last.text if cur.last else "") > 60 and not _LABEL_LINE.match(ln.text)
    if cur.type == "list_item" and ln.x0 is not None and cur.x0 is not None and ln.x0 < cur.x0 - 3.0:
        return False  # text to the left of the marker: the list has ended
    return True
