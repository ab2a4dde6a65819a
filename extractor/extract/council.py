"""The council a report or letter is about, as the document names it.

Read from the document's own text, never from its file or folder name (a downloaded letter
sits wherever the analyst saved it). Where the name is looked for, first place first:

1. ``title``: the title or opening line: "Focused visit to <council> children's services",
   "Inspection of <council> local authority children's services", "Joint targeted area
   inspection of [the multi-agency response to ... in] <council>";
2. ``introduction``: the opening sentences of a letter: "This letter summarises the findings of
   a focused visit to <council> ...", "... undertook a joint inspection of ... in <council>",
   "... our findings about ... in <council>";
3. ``local authority line``: "Local authority: <council>";
4. ``cover``: a report's cover headings ("London Borough of Hounslow" above "Inspection of
   services for children in need of help and protection ...");
5. ``address``: the letter's address block, above "Dear ...";
6. ``salutation``: "Dear Leeds Local Safeguarding Partnership";
7. ``mentions``: the council named most often on the first two pages (at least twice, and more
   often than any other).

Names are found with the gazetteer of English councils in ``extractor/data/councils.json``
(spaCy's ``PhraseMatcher``, :mod:`extractor.nlp`), whole words, longest name first, so
"North Lincolnshire" is not read as Lincolnshire. The name is reported as printed, with the
words around it that belong to it ("London Borough of", "County Council", "Metropolitan
Borough Council"). A title that names a council the gazetteer does not know still gives its
name. :func:`council_key` folds the ways one council is written ("London Borough of Haringey",
"Haringey", "Haringey Council") to one key, so two documents' councils compare equal.

Ofsted documents seldom print the council's Ofsted URN; ``urn`` is read when one is printed
("URN: 80442", "Unique reference number 80442") and is None otherwise.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

from .. import nlp
from ..document import Block, Document
from .letters import strip_letterhead

Basis = str  # title | introduction | local authority line | cover | address | salutation | mentions | given


@dataclass(frozen=True)
class Council:
    """The council a document is about."""

    name: str  # as the document prints it ("London Borough of Bexley", "Bedford Borough council")
    key: str  # council_key(name): the same for every way of writing one council
    urn: str | None = None  # Ofsted URN, when the document prints one
    basis: Basis = "title"  # where it was read (see the module docstring)
    page: int | None = None


# --- words ---------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z0-9]+|&")
_CONNECTORS = frozenset({"of", "and", "upon", "on", "the", "with", "under", "in"})
_ACRONYMS = frozenset({"BCP", "BANES", "NES"})


def _norm_word(w: str) -> str:
    """A word as the gazetteer writes it: '&' is 'and'; connectors are lower case; a word in
    capitals ('HARINGEY', a cover in upper case) is read in title case."""
    if w == "&":
        return "and"
    if w.lower() in _CONNECTORS:
        return w.lower()
    if len(w) > 1 and w.isupper() and w not in _ACRONYMS:
        return w.capitalize()
    return w


def _words(text: str) -> list[tuple[str, int, int]]:
    """(word as the gazetteer writes it, start, end) for each word of ``text``."""
    return [(_norm_word(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


# --- the gazetteer -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Gazetteer:
    keys: dict  # any known form, lower case (words joined by spaces) -> canonical key
    matcher: object  # spaCy PhraseMatcher, one match key per council


def _form(name: str) -> str:
    return " ".join(w for w, _, _ in _words(name))


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    data = json.loads(resources.files("extractor").joinpath("data/councils.json").read_text("utf-8"))
    keys, groups = {}, {}
    for entry in data["councils"]:
        key = _form(entry["name"]).lower()
        forms = [_form(entry["name"])] + [_form(a) for a in entry.get("aliases", ())]
        groups[key] = forms
        for f in forms:
            keys[f.lower()] = key
    return _Gazetteer(keys, nlp.phrase_matcher(groups))


@dataclass(frozen=True)
class _Mention:
    key: str
    start: int  # character offsets in the text searched
    end: int


def _mentions(text: str) -> list[_Mention]:
    """Every council the gazetteer knows in ``text``, left to right, longest name first."""
    words = _words(text)
    if not words:
        return []
    g = _gazetteer()
    spans = nlp.leftmost_longest_spans(nlp.phrase_spans(g.matcher, [w for w, _, _ in words]))
    return [_Mention(sp.label_, words[sp.start][1], words[sp.end - 1][2]) for sp in spans]


# --- names as printed ----------------------------------------------------------------------

# Words printed before a council's name that are part of it.
_PREFIX = re.compile(
    r"(?:\b(?:the\s+)?(?:(?:London|Royal|Metropolitan|County)\s+Borough|Royal\s+Borough|Borough|City\s+and\s+County"
    r"|City|County|Council\s+of\s+the|Corporation\s+of\s+the)\s+of\s+)$", re.I)
# ... and after it.
_SUFFIX = re.compile(
    r"^(?:\s+(?:Metropolitan|District|Borough|County|City)\b)*(?:\s+(?:Council|Corporation)\b)?", re.I)
_SPACES = re.compile(r"\s+")


def _printed(text: str, m: _Mention) -> str:
    """The council's name as ``text`` prints it around the gazetteer name ``m``."""
    start, end = m.start, m.end
    pre = _PREFIX.search(text[:start][-60:])
    if pre:
        start -= len(pre.group())
    suf = _SUFFIX.match(text[end:end + 60])
    if suf:
        end += len(suf.group())
    name = _SPACES.sub(" ", text[start:end]).strip(" ,.")
    return re.sub(r"^the\s+", "", name, flags=re.I)


# Words around a council's name that say what kind of council it is, not which (council_key
# drops them from the ends of a name the gazetteer does not know).
_KIND_BEFORE = frozenset({"the", "london", "royal", "metropolitan", "county", "borough", "city", "of", "council",
                          "corporation", "and"})
_KIND_AFTER = frozenset({"metropolitan", "district", "borough", "county", "city", "council", "corporation", "local",
                         "authority", "children", "s", "services"})


def council_key(name: str) -> str:
    """One key for every way of writing a council, in any case: 'London Borough of Haringey',
    'Haringey' and 'HARINGEY COUNCIL' -> 'haringey'; 'East Riding' and 'East Riding of Yorkshire
    Council' -> 'east riding of yorkshire'. The longest run of words the gazetteer knows decides;
    a name it does not know keys as its words without the kind-of-council words at either end
    ('Newtown Borough Council' -> 'newtown')."""
    keys = _gazetteer().keys
    words = [w.lower() for w, _, _ in _words(name)]
    best = None
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            if best is not None and j - i <= best[1] - best[0]:
                break
            if " ".join(words[i:j]) in keys:
                best = (i, j)
                break
    if best is not None:
        return keys[" ".join(words[best[0]:best[1]])]
    core = list(words)
    while core and core[0] in _KIND_BEFORE:
        core.pop(0)
    while core and core[-1] in _KIND_AFTER:
        core.pop()
    return " ".join(core or words)


# --- where a document names its council ----------------------------------------------------

# A title opens its block (a paragraph that mentions "a focused visit to ..." is no title).
_TITLE = re.compile(
    r"^(?:(?:focused|monitoring|assurance)\s+visit\s+(?:to|of)|joint\s+targeted\s+area\s+inspection"
    r"|(?:re-?)?inspection\s+of)\b", re.I)
# The council span of a title, for a council the gazetteer does not know.
_TITLE_SPAN = re.compile(
    r"(?:visit\s+to|^inspection\s+of|joint\s+targeted\s+area\s+inspection\s+of)\s+(?:the\s+)?"
    r"(?P<name>(?-i:(?!Local\b)[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|upon|on|with))*?))"
    r"\s+(?:local\s+authority\s+)?children['’]s\s+services", re.I)
_INTRO = re.compile(
    r"\b(?:(?:focused|monitoring)\s+visit\s+to|joint\s+(?:targeted\s+area\s+)?inspection\b[^.]{0,300}?\bin"
    r"|our\s+findings\s+about\b[^.]{0,200}?\bin)\s+(?:the\s+)?", re.I)
_INSPECTION_TITLE = re.compile(r"^(?:re-?)?inspection\s+of\b|^review\s+of\b|^inspection\s+dates?\b", re.I)
_LA_LINE = re.compile(r"\blocal\s+authority\s*:\s*", re.I)
_DEAR = re.compile(r"^dear\b", re.I)
_URN = re.compile(r"\b(?:URN|Unique\s+reference\s+number)\s*[:.]?\s*(\d{5,7})\b", re.I)
_HEAD_BLOCKS = 30  # the opening blocks a title, introduction, cover or address is looked for in
_BLOCK_CHARS = 5000  # of a block, read for names (a hostile file's one-block page costs no more)


def identify_council(doc: Document) -> Council | None:
    """The council ``doc`` is about, or None when the document does not say."""
    return council_from_blocks(doc.blocks)


def council_from_blocks(blocks: Sequence[Block]) -> Council | None:
    """:func:`identify_council` on a document's blocks (tables' cells are read too)."""
    flat = [b for b in _flatten(blocks) if b.text.strip()]
    head = flat[:_HEAD_BLOCKS]
    urn = _urn(flat)
    for basis, finder in _FINDERS:
        found = finder(head, flat)
        if found is not None:
            name, page = found
            return Council(name, council_key(name), urn, basis, page)
    return None


def _flatten(blocks: Iterable[Block]) -> Iterable[Block]:
    for b in blocks:
        if b.table is not None:
            for row in b.table.rows:
                for cell in row.cells:
                    yield from _flatten(cell.blocks or (Block("paragraph", cell.text, cell.prov or b.prov),))
        else:
            yield b


def _urn(blocks: Sequence[Block]) -> str | None:
    for b in blocks[:80]:  # a URN is printed on the cover or the first pages, if anywhere
        m = _URN.search(b.text[:_BLOCK_CHARS])
        if m:
            return m.group(1)
    return None


def _clean(text: str) -> str:
    return _SPACES.sub(" ", strip_letterhead(text)).strip()


def _first_named(text: str) -> str | None:
    found = _mentions(text)
    return _printed(text, found[0]) if found else None


def _by_title(head: list[Block], _all: list[Block]) -> tuple[str, int | None] | None:
    for i, b in enumerate(head):
        text = _clean(b.text[:_BLOCK_CHARS])
        if len(text) > 400 or not _TITLE.search(text):
            continue
        # A title broken over two blocks ("Inspection of Bournemouth," + "Christchurch and Poole
        # local authority children's services"): read the next block with it; the name must
        # start in the title's own block.
        nxt = _clean(head[i + 1].text) if i + 1 < len(head) else ""
        joined = f"{text} {nxt[:200]}" if _continues(text, nxt) else text
        found = [m for m in _mentions(joined) if m.start < len(text)]
        if found:
            return _printed(joined, found[0]), b.page
        m = _TITLE_SPAN.search(joined)
        if m:
            return _SPACES.sub(" ", m.group("name")).strip(), b.page
    return None


def _continues(text: str, nxt: str) -> bool:
    """``nxt`` carries on the title ``text`` (a title broken over two lines)."""
    if not nxt or _INSPECTION_TITLE.search(nxt) or _DEAR.match(nxt):
        return False
    return nxt[:1].islower() or re.search(r"(?:\b(?:of|and|in|to|for|the)|,)$", text, re.I) is not None


def _by_introduction(head: list[Block], _all: list[Block]) -> tuple[str, int | None] | None:
    for b in head:
        if b.type == "heading":
            continue
        text = _clean(b.text[:_BLOCK_CHARS])
        for m in _INTRO.finditer(text):
            rest = text[m.end():m.end() + 120]
            found = _mentions(rest)
            if found and found[0].start == 0:
                return _printed(rest, found[0]), b.page
    return None


def _by_cover(head: list[Block], _all: list[Block]) -> tuple[str, int | None] | None:
    """A report's cover: the short headings around its "Inspection of ..." title."""
    first_page = head[0].page if head else None
    cover = [b for b in head[:6] if b.page == first_page]
    if not any(_INSPECTION_TITLE.search(_clean(b.text[:_BLOCK_CHARS])) for b in cover):
        return None
    for b in cover:
        text = _clean(b.text[:_BLOCK_CHARS])
        # A name on a cover is short and no sentence.
        if len(text) <= 80 and not text.endswith(".") and not _INSPECTION_TITLE.search(text):
            name = _first_named(text)
            if name:
                return name, b.page
    return None


def _by_la_line(head: list[Block], blocks: list[Block]) -> tuple[str, int | None] | None:
    for b in blocks[:80]:
        m = _LA_LINE.search(b.text[:_BLOCK_CHARS])
        if m:
            rest = _clean(b.text[m.end():m.end() + 200])[:120]
            found = _mentions(rest)
            if found and found[0].start == 0:
                return _printed(rest, found[0]), b.page
    return None


def _by_address(head: list[Block], _all: list[Block]) -> tuple[str, int | None] | None:
    """A letter's address block: what comes before its salutation (none, no address)."""
    dear = next((i for i, b in enumerate(head) if _DEAR.match(_clean(b.text[:_BLOCK_CHARS]))), None)
    for b in head[:dear or 0]:
        name = _first_named(_clean(b.text[:_BLOCK_CHARS]))
        if name:
            return name, b.page
    return None


def _by_salutation(head: list[Block], _all: list[Block]) -> tuple[str, int | None] | None:
    for b in head:
        text = _clean(b.text[:_BLOCK_CHARS])
        if _DEAR.match(text):
            name = _first_named(text[:200])  # the salutation line, not the paragraph it may open
            return (name, b.page) if name else None
    return None


def _by_mentions(head: list[Block], blocks: list[Block]) -> tuple[str, int | None] | None:
    first = blocks[0].page if blocks else None
    pages = {first, (first or 0) + 1}
    counts: dict[str, list] = {}
    for b in blocks:
        if b.page not in pages:
            continue
        text = _clean(b.text[:_BLOCK_CHARS])
        for m in _mentions(text):
            counts.setdefault(m.key, []).append((_printed(text, m), b.page))
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 2 or (len(ranked) > 1 and len(ranked[1]) >= len(ranked[0])):
        return None
    return ranked[0][0]


_FINDERS = (
    ("title", _by_title),
    ("introduction", _by_introduction),
    ("local authority line", _by_la_line),
    ("cover", _by_cover),
    ("address", _by_address),
    ("salutation", _by_salutation),
    ("mentions", _by_mentions),
)
