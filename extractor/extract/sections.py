"""A flat, forgiving view of a document for section-based extraction.

Ingesters differ in how they cut text into blocks: a numbered recommendation may arrive
as a ``list_item`` labelled "12." or as a paragraph whose text starts "12. ", a bullet
glyph may still sit at the start of a paragraph, a heading may be a short paragraph, a
page header may survive as its own block. :func:`document_units` irons these out into
:class:`Unit` objects (heading / para / item, with the printed label split off), so the
recommendation rules downstream only have to reason about one shape.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Block, Document, Provenance
from ..items import normalise_text
from .letters import strip_letterhead

# Bullet glyphs seen in Ofsted PDFs: Symbol/Wingdings private-use bullets, squares, dashes.
BULLET_CHARS = "\u2022\u25aa\u25a0\u25fc\u25cf\u25e6\u2023\u2043\u2219\u00b7\u2212\u27a2\u25ba\uf06e\uf02d\uf0a7\uf0b7\uf0be\uf0d8\uf076\uf0fc"
_BULLET_RE = re.compile(rf"^\s*([{BULLET_CHARS}])\s*")
_DASH_BULLET_RE = re.compile(r"^\s*([-\u2013*])\s+(?=\S)")
_NUMBER_RE = re.compile(r"^\s*(\d{1,3})([.)])\s+(?=\S)")
_LETTER_RE = re.compile(r"^\s*(\(?[a-z]\)|[a-z]\.|\(?[ivx]{1,4}\))\s+(?=\S)")
_PAGE_NUMBER_RE = re.compile(r"^\s*(page\s+)?\d{1,3}(\s+of\s+\d{1,3})?\s*$", re.I)


@dataclass(frozen=True)
class Unit:
    """One heading, paragraph or list item, with its printed marker split from its text."""

    kind: str  # heading | para | item
    text: str
    page: int | None
    prov: Provenance
    label: str | None = None  # "12.", "a)", "•" as printed
    level: int = 0

    @property
    def number(self) -> int | None:
        """The printed number of a numbered item ("12." -> 12), else None."""
        if self.label and re.fullmatch(r"\d{1,3}[.)]?", self.label):
            return int(re.sub(r"\D", "", self.label))
        return None

    @property
    def marker(self) -> str:
        """The family of the printed marker: number, letter, bullet or none."""
        if self.label is None:
            return "none"
        if self.number is not None:
            return "number"
        if re.fullmatch(r"\(?([a-z]|[ivx]{1,4}|[A-Z]|[IVX]{1,4})[.)]", self.label):
            return "letter"
        return "bullet"


def clean_text(text: str) -> str:
    """Whitespace-normalise and repair PDF text artefacts (U+FFFE hyphens, ligatures, soft hyphens)."""
    t = text.replace("\ufffe", "-").replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    t = t.replace("\u200b", "")
    return " ".join(t.split())  # str.split() also splits on no-break and other Unicode spaces


def split_marker(text: str) -> tuple[str | None, str]:
    """Split a printed list marker off the start of ``text``: ("12.", "Ensure ...")."""
    for rx in (_BULLET_RE, _NUMBER_RE):
        m = rx.match(text)
        if m:
            return m.group(0).strip(), text[m.end():].strip()
    m = _LETTER_RE.match(text)
    if m:
        return m.group(1), text[m.end():].strip()
    m = _DASH_BULLET_RE.match(text)
    if m:
        return m.group(1), text[m.end():].strip()
    return None, text


def is_punctuation_label(label: str | None) -> bool:
    """A list marker that is really punctuation: the full stop after a footnote marker
    ("... partnership4" / ". Risks to ...") read as a bullet of its own line."""
    return bool(label) and label.strip() in (".", ",", ";", ":")


def _unit_from_block(b: Block) -> list[Unit]:
    # The Ofsted letterhead printed at the foot of a letter's first page is read as a
    # paragraph between two bullets (Devon 2021) or glued into one: page furniture.
    text = strip_letterhead(clean_text(b.text))
    if not text:
        return []
    if b.type == "heading":
        return [Unit("heading", text, b.prov.page, b.prov, None, b.level)]
    if is_punctuation_label(b.label):
        return [Unit("para", f"{b.label.strip()} {text}", b.prov.page, b.prov)]
    label, body = (clean_text(b.label), text) if b.label else split_marker(text)
    if b.label:
        # Some ingesters keep the marker in the text as well as in the label.
        again, rest = split_marker(text)
        if again is not None and again.rstrip(".)") == label.rstrip(".)"):
            body = rest
    if label is None and b.type != "list_item":
        return [Unit("para", text, b.prov.page, b.prov)]
    if label is None:
        label = "\u2022"
    if not body:
        return []
    return [Unit("item", body, b.prov.page, b.prov, label, b.level or 0)]


def _split_glued_bullets(units: list[Unit]) -> list[Unit]:
    """An ingester that misses bullets can leave "• one • two" in one paragraph: split them."""
    out: list[Unit] = []
    glyphs = BULLET_CHARS.replace("\u2212", "")  # a minus sign inside a sentence is not a bullet
    rx = re.compile(rf"\s+(?=[{glyphs}]\s)")
    has_glyph = re.compile(f"[{glyphs}]")
    for u in units:
        if u.kind == "heading" or not has_glyph.search(u.text, 1):
            out.append(u)
            continue
        parts = rx.split(u.text)
        first = parts[0].strip()
        if first:
            lab, body = split_marker(first)
            if lab is None:
                out.append(Unit(u.kind, first, u.page, u.prov, u.label, u.level))
            else:
                out.append(Unit("item", body, u.page, u.prov, lab, u.level))
        for p in parts[1:]:
            lab, body = split_marker(p)
            if body:
                out.append(Unit("item", body, u.page, u.prov, lab or "\u2022", u.level))
    return out


def _repeated_page_lines(units: list[Unit], n_pages: int | None) -> set[str]:
    """Texts (digits masked) that recur on many pages: running headers and footers."""
    pages: dict[str, set] = {}
    for u in units:
        if u.kind == "item" or len(u.text) > 120:
            continue
        key = re.sub(r"\d+", "#", u.text.lower())
        pages.setdefault(key, set()).add(u.page)
    floor = max(3, int((n_pages or 0) * 0.4))
    return {k for k, ps in pages.items() if len(ps) >= floor}


def document_units(doc: Document) -> list[Unit]:
    """Flatten the document's non-table blocks into units, dropping page furniture."""
    units: list[Unit] = []
    for b in doc.blocks:
        if b.type == "table":
            continue
        units.extend(_unit_from_block(b))
    units = _split_glued_bullets(units)
    furniture = _repeated_page_lines(units, doc.n_pages)
    kept = []
    for u in units:
        if u.kind != "item" and (_PAGE_NUMBER_RE.match(u.text) or re.sub(r"\d+", "#", u.text.lower()) in furniture):
            continue
        kept.append(u)
    return kept


# --- the sections of an Ofsted letter ---------------------------------------------------------
# One vocabulary for the findings extractor (which sections hold findings) and the
# recommendations extractor (where a letter's recommendation section ends).

FINDINGS, RECOMMENDATIONS, EXCLUDED, END = "findings", "recommendations", "excluded", "end"

_LETTER_HEADINGS: tuple[tuple[str, re.Pattern], ...] = (
    (END, re.compile(r"^yours (sincerely|faithfully)\b")),
    (RECOMMENDATIONS, re.compile(
        r"^(what needs to improve\b.*|what the local authority needs to improve\b.*|areas? for priority action\b.*"
        r"|priority actions?|areas for (improvement|development)( and next steps)?|recommendations?"
        r"|what needs to happen next)$")),
    (EXCLUDED, re.compile(
        r"^((case|practice) stud(y|ies)\b.*|places and spaces\b.*|next steps|context|methodology"
        r"|areas covered by (the|this) visit|scope of (the|this) (visit|inspection)|about this (visit|inspection)"
        r"|the inspection|inspection team|background)$")),
    (FINDINGS, re.compile(
        r"^(overview|summary|headline findings?|main findings|(key )?findings|summary of findings"
        r"|findings and evaluation of progress|evaluation of progress|(key )?strengths|areas of strength"
        r"|what is working well|what is going well|strengths and areas .*)$")),
)
# A summary heading: letters that have one open with methodology only.
_SUMMARY_HEADING = re.compile(r"^(overview|summary|headline findings?|main findings|(key )?findings|summary of findings"
                              r"|findings and evaluation of progress)$")


def letter_heading_key(text: str) -> str:
    """Normalised heading text without footnote markers and trailing punctuation."""
    return re.sub(r"(\s\d{1,2})+$", "", normalise_text(text)).strip()


def letter_section(text: str) -> str | None:
    """The letter section a heading with this text opens (findings, recommendations, excluded,
    end), or None when it names none of them."""
    text = " ".join(text.split())
    if not text or len(text) > 120:
        return None
    key = letter_heading_key(text)
    for section, pattern in _LETTER_HEADINGS:
        if pattern.match(key):
            return section
    return None


def is_summary_heading(text: str) -> bool:
    """A heading that opens a letter's summary of findings ("Headline findings", "Overview")."""
    return bool(_SUMMARY_HEADING.match(letter_heading_key(text)))


def is_subheaded_section(text: str) -> bool:
    """A JTAI-style "Areas for improvement" section, whose items may sit under sub-headings
    (a theme or an agency); "What needs to improve" and "Areas for priority action" lists have none."""
    key = letter_heading_key(text)
    return key.startswith("areas for") and not key.startswith("areas for priority")


_STRENGTHS_HEADING = re.compile(r"^((key )?strengths?|areas of strength|what is working well|what is going well)$")


def is_strengths_heading(text: str) -> bool:
    """A heading that opens a letter's list of strengths ("Key strengths")."""
    return bool(_STRENGTHS_HEADING.match(letter_heading_key(text)))
