"""Findings of Ofsted letters: focused visits, monitoring visits, joint targeted area
inspections (JTAI), and council progress updates that summarise a monitoring visit.

What counts as a finding (the rule every figure in ``scripts/eval_findings.py`` measures):

* Each body paragraph or bullet of the letter's findings sections is one finding:
  "Overview", "Headline findings", "Findings", "Main findings", "Key findings",
  "(Key) strengths", "Areas of strength", "Findings and evaluation of progress" and the
  like, including any un-recognised sub-headed parts inside them.
* In letters that have no such summary heading (JTAI letters of 2016-2020), the
  paragraphs between the introduction and the first section are the summary findings.
* Not findings: the letterhead, address block, date, salutation and title; the
  introduction and methodology ("This letter summarises...", "Inspectors looked at...",
  "Between ... undertook a joint inspection", COVID-19 arrangements); the letter's own
  recommendations ("What needs to improve...", "Areas for priority action", and the JTAI
  "Areas for improvement" section, which the recommendations extractor returns); case and
  practice studies (illustrations of one child's experience); "Context" and "Next steps";
  the closing ("Ofsted will take the findings..." and every paragraph after it up to the next
  heading, "Yours sincerely", signatures); footnotes and page furniture.
* The letter's recommendations and carry-overs (statements that areas for action set at an
  earlier visit still stand) come from :mod:`extractor.extract.recommendations`.
* A council progress update (seed 004) holds the monitoring visit's findings as a
  lettered list under a lead-in such as "The key findings as detailed within the
  monitoring visit letter are set out below:"; each lettered item (a), (b)... is one
  finding, its label the letter (a misread "(I)" between (k) and (m) is "l").

A block that starts in lower case continues the finding before it (a paragraph broken by
a page break), so the finding keeps its whole text and the page where it starts; so does one
that starts with the full stop an ingester split off after a footnote marker ("partnership4"
/ ". Risks to ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from ..document import Block, Document
from ..items import CarryOver, Finding, Recommendation, normalise_text, stable_id
from . import sections
from .letters import VisitDates, letter_date, letter_kind, strip_letterhead, visit_dates
from .polarity import polarity

from .recommendations import extract_recommendations


@dataclass(frozen=True)
class FindingSet:
    """Everything ``recmap findings`` reports for one letter."""

    source: str
    kind: str  # monitoring-visit | focused-visit | jtai | progress-update | other
    letter_date: str | None  # ISO date printed at the top of the letter
    visit_dates: str | None  # the visit span as printed ("4 and 5 September 2018")
    visit_start: str | None
    visit_end: str | None
    findings: tuple[Finding, ...]
    recommendations: tuple[Recommendation, ...]
    # Statements that areas for action set at an earlier inspection or visit still stand:
    # references to earlier items, never counted as recommendations.
    carry_overs: tuple[CarryOver, ...] = ()


# --- section headings: the vocabulary is shared with the recommendations extractor ----------

FINDINGS, RECOMMENDATIONS, EXCLUDED, END = sections.FINDINGS, sections.RECOMMENDATIONS, sections.EXCLUDED, sections.END

# --- boilerplate that is never a finding --------------------------------------------------

_METHOD = re.compile(
    r"^(this letter\b(, to [^,]{3,120},)? (summarises|outlines|sets out|to all)|the inspectors were|inspectors (looked|considered|evaluated|also"
    r"|reviewed|spoke|met|sampled|tracked|focused|used)|(her|his) majesty.s inspectors|the (joint targeted area inspection|jtai|inspection|visit)( \(jtai\))? (included|was|took|focused|evaluated|considered|looked)|this (visit|inspection|jtai"
    r"|joint (targeted area )?inspection|was the)\b|the inspectorates recognise|between\b.{3,250}?\b(undertook|carried out)"
    r"|in the inspection of the|(a range of )?evidence (was|were) considered|the (lead inspector|visit) (and|was)"
    r"|during (the|this) (course of this )?visit|throughout this letter|the findings in (the|this) (report|letter) evaluate"
    r"|we (evaluated|looked|considered)|as part of this (visit|inspection))", re.I)
_METHOD_ANYWHERE = re.compile(r"covid.19 (context|pandemic)|conducted under section 20 of the children act|"
                              r"in line with the inspection of local authority children.s services", re.I)
_CLOSING = re.compile(
    r"^(ofsted will (take|consider) the findings|(i|we) (am|are) copying this letter|this letter will be published|"
    r"we have notified the department|you should submit|the (local authority|partnership|chair|dcs)\b.{0,60}should send"
    r"|the next monitoring visit|if you have any questions)", re.I)
_FURNITURE = re.compile(
    r"^(ofsted|piccadilly gate|store street|manchester( m1 2wd)?|m1 2wd|t 0300 123 1231|textphone [\d ]+|"
    r"enquiries@ofsted\.gov\.uk|www\.gov\.uk/ofsted|page \d+( of \d+)?|\d{1,3})$", re.I)
# Footnotes: "1 This joint inspection was conducted under ...". Ofsted prose never opens a
# sentence with a numeral, so a paragraph that starts "<number> <Capital>" is a footnote.
_FOOTNOTE = re.compile(r"^\d{1,2}\s*[A-Z‘'\"]\S*\s")
# A bullet glyph inside a block's text marks the start of another list item.
_INNER_BULLET = re.compile(r"\s+[\u2022\u25aa\u25fc\u25cf\u25a0\uf0b7\uf06e\uf0a7\uf0d8]\s+")
_SALUTATION = re.compile(r"^dear\b", re.I)
# The sentence that opens a letter's closing: what follows it is about next steps, never a finding.
_CLOSING_START = re.compile(r"^ofsted will (take|consider) the findings", re.I)
_NO_PRIORITY = re.compile(r"^there (are|were) no (areas for )?priority actions?\b", re.I)

# Lettered list items of a progress update: "(a)", "a)", "(I)".
_LETTER_LABEL = re.compile(r"^\(?([a-zA-Z]{1,3}|[ivxlIVXL]{1,4})\)\s+")
_BULLET = re.compile(r"^[\-\u2022\u25aa\u25fc\u25cf\u25a0\u2013\u00b7*\ue000-\uf8ff]\s*")
_NUMBER_LABEL = re.compile(r"^(\d{1,3})[.)]\s+")
_LEAD_IN = re.compile(
    r"(key |main )?findings\b.{0,80}\b(set out below|are as follows|as follows|summarised below|listed below|below)\s*:?\s*$"
    r"|findings as (detailed|set out) (with)?in the (\w+ )?(monitoring )?visit letter", re.I)


@dataclass(frozen=True)
class LetterHeader:
    """What a letter says about itself: its kind, the date printed on it, the visit dates."""

    kind: str  # monitoring-visit | focused-visit | jtai | other (extract_findings may make it progress-update)
    letter_date: str | None
    visit: VisitDates | None


def letter_header(doc: Document) -> LetterHeader:
    """A letter's kind, date and visit dates, read as :func:`extract_findings` reads them, without
    the findings (``recmap history`` needs no more)."""
    return _header(list(_flatten(doc.blocks)))


def _header(blocks: list[Block]) -> LetterHeader:
    text = "\n".join(b.text for b in blocks)
    date = letter_date(b.text for b in blocks)
    return LetterHeader(letter_kind(text), date, visit_dates(text, date))


def extract_findings(doc: Document) -> FindingSet:
    """The findings, kind, letter date, visit dates and recommendations of one letter."""
    blocks = list(_flatten(doc.blocks))
    header = _header(blocks)
    kind, date, visit = header.kind, header.letter_date, header.visit
    lettered = _lettered_findings(blocks)
    if lettered:
        findings = lettered
        if kind == "other":
            kind = "progress-update"
    else:
        findings = tuple(_letter_findings(blocks, kind))
    recs = extract_recommendations(doc)
    return FindingSet(
        source=doc.source,
        kind=kind,
        letter_date=date,
        visit_dates=visit.raw if visit else None,
        visit_start=visit.start if visit else None,
        visit_end=visit.end if visit else None,
        findings=findings,
        recommendations=recs.recommendations,
        carry_overs=recs.carry_overs,
    )


# --- block helpers ------------------------------------------------------------------------

def _flatten(blocks: Iterable[Block]) -> Iterator[Block]:
    """Blocks in reading order, repaired for the ways letters come out of PDF layout:
    table cells opened up (a letter pasted into a table, a report's cover table holding
    the date) but cells that only repeat the text just read are dropped; the Ofsted
    letterhead removed where it was read into a paragraph; and a block holding several
    bullets split at each bullet glyph."""
    recent: list[str] = []  # texts of the last blocks yielded
    keys: dict[str, str] = {}  # their normalised texts, worked out only when a table needs them

    def key_of(text: str) -> str:
        k = keys.get(text)
        if k is None:
            k = keys[text] = normalise_text(text)
        return k

    def remember(b: Block) -> Block:
        recent.append(b.text)
        del recent[:-8]
        return b

    for b in blocks:
        if b.table is None:
            for part in _repair(b):
                yield remember(part)
            continue
        for row in b.table.rows:
            for cell in row.cells:
                if cell.merged:
                    continue
                inner = cell.blocks or ((Block("paragraph", cell.text, cell.prov or b.prov.at(page=row.page or b.prov.page)),)
                                        if cell.text.strip() else ())
                for ib in _flatten(inner):
                    key = key_of(ib.text)
                    if key and any(key in key_of(r) for r in recent):
                        continue  # a layout table that repeats lines already read
                    yield remember(ib)
        # A cover table row "Date | 28 March 2019" reads best as one line.
        for row in b.table.rows:
            texts = [c.text.strip() for c in row.cells if c.text.strip()]
            if len(texts) == 2 and texts[0].lower().rstrip(":") == "date":
                yield Block("paragraph", f"Date {texts[1]}", b.prov.at(page=row.page or b.prov.page))


def _repair(b: Block) -> list[Block]:
    text = strip_letterhead(b.text)
    if not text.strip():
        return []
    if b.type == "list_item" and sections.is_punctuation_label(b.label):
        # A sentence's full stop after a footnote marker read as a list marker ("partnership4"
        # / ". Risks to ..."): the text goes on from the block before.
        return [Block("paragraph", f"{b.label.strip()} {text.strip()}", b.prov)]
    pieces = _INNER_BULLET.split(text)
    if len(pieces) == 1:
        return [b if text == b.text else Block(b.type, text, b.prov, b.label, b.level)]
    out = [Block(b.type, pieces[0], b.prov, b.label, b.level)] if pieces[0].strip() else []
    out += [Block("list_item", p, b.prov, "•", b.level) for p in pieces[1:] if p.strip()]
    return out


def _clean(text: str) -> str:
    """Whitespace-normalised text without a leading bullet glyph."""
    t = " ".join(text.split())
    return _BULLET.sub("", t, count=1).strip()


def section_of(block: Block) -> str | None:
    """The section a heading opens (findings, recommendations, excluded, end), or None
    when the block is not a recognised heading. Plain short paragraphs are accepted too,
    because not every ingester marks headings."""
    text = " ".join(block.text.split())
    if not text or len(text) > 120:
        return None
    if block.type not in ("heading", "paragraph"):
        return None
    section = sections.letter_section(text)
    if section is not None and block.type == "paragraph" and section != END and re.search(r"[.;]\s*$", text):
        return None  # a sentence that happens to start like a heading
    return section


def _is_subheading(block: Block, following: Block | None = None) -> bool:
    """A heading the rules do not know (a JTAI theme title): not a finding itself.

    A short unpunctuated line is a sub-heading only if the next block does not carry on
    its sentence (a paragraph's first line split off by the layout is not a heading)."""
    text = " ".join(block.text.split())
    if following is not None and _starts_lower(_clean(following.text)):
        return False
    if block.type == "heading":
        return True
    return (block.type == "paragraph" and len(text) < 100 and not re.search(r"[.,!?:;’'\"”]\s*$", text)
            and text[:1].isupper() and len(text.split()) <= 14)


def _is_noise(text: str) -> bool:
    return bool(_FURNITURE.match(text) or _FOOTNOTE.match(text) or _CLOSING.match(text))


def _starts_lower(text: str) -> bool:
    """True for text that continues a sentence: it opens in lower case or with punctuation."""
    return bool(re.match(r"^([a-z]|[,;:.)\]’”])", text))


def _is_methodology(text: str) -> bool:
    return bool(_METHOD.match(text) or _METHOD_ANYWHERE.search(text))


# --- letters ------------------------------------------------------------------------------

def _letter_findings(blocks: list[Block], kind: str) -> Iterator[Finding]:
    """Walk the letter section by section and yield its findings (see the module rule).

    A document that is neither a recognised kind of letter nor addressed to someone
    ("Dear ...") has no findings: an inspection report's "Summary" is not a letter's."""
    start = next((i + 1 for i, b in enumerate(blocks) if _SALUTATION.match(b.text.strip())), 0)
    if not start and kind == "other":
        return
    has_summary = any(section_of(b) and sections.is_summary_heading(b.text) for b in blocks[start:])
    state = "intro"
    section: str | None = None  # the heading of the findings section being read (None: before any)
    list_section = False
    pending: list[Block] = []  # blocks of the finding being built

    def emit() -> Iterator[Finding]:
        if pending:
            yield _finding(pending, section=section)
            pending.clear()

    body = blocks[start:]
    for i, b in enumerate(body):
        text = _clean(b.text)
        if not text or b.type == "table":
            continue
        following = next((n for n in body[i + 1:] if _clean(n.text) and not _FURNITURE.match(_clean(n.text))), None)
        sec = section_of(b)
        if sec is not None:
            yield from emit()
            if sec == END:
                return
            state = sec
            section = _clean(b.text)
            # "What needs to improve" and "Areas for priority action" are bullet lists that
            # end at the next heading; JTAI "Areas for improvement" has theme sub-headings.
            list_section = sec == RECOMMENDATIONS and not sections.is_subheaded_section(b.text)
            continue
        if state == RECOMMENDATIONS and list_section and _is_subheading(b, following):
            yield from emit()
            state = FINDINGS  # a findings section under its own title ("Walsall Safeguarding Partnership")
            section = _clean(b.text)
            continue
        if _FURNITURE.match(text):
            continue  # page furniture must not break a paragraph that runs across pages
        if _starts_lower(text) and b.type != "heading":
            if pending:
                pending.append(b)
            # else: the rest of a paragraph that was not a finding (methodology, footnote)
            continue
        yield from emit()
        if _CLOSING_START.match(text):
            state = EXCLUDED  # until a heading opens another part (rare: "Next steps" comes first)
            continue
        if _is_noise(text) or _SALUTATION.match(text):
            continue
        if state == "intro":
            # Only a letter (it has a salutation) has summary paragraphs before its sections.
            if not start or has_summary or _is_subheading(b, following) or _is_methodology(text) or _is_title(text):
                continue
            pending.append(b)
        elif state == FINDINGS:
            if _is_subheading(b, following) or _NO_PRIORITY.match(text):
                continue
            pending.append(b)
    yield from emit()


def _is_title(text: str) -> bool:
    return bool(re.match(r"^(focused visit|monitoring visit|joint targeted area inspection|children.s services"
                         r" (focused|monitoring) visit)\b", text, re.I)) and len(text) < 200


def _finding(parts: list[Block], label: str | None = None, section: str | None = None) -> Finding:
    first = parts[0]
    text = " ".join(_clean(p.text) for p in parts)
    text = re.sub(r"\s+([.,;:])(?=\s)", r"\1", text)  # a part that went on with a full stop
    text = re.sub(r"\s+", " ", text).strip()
    if label is None and first.type == "list_item":
        label = first.label
    return Finding(
        id=stable_id("F", text),
        label=label,
        text=text,
        prov=first.prov,
        polarity=polarity(text, section),
        section=section,
    )


# --- lettered findings of a progress update ----------------------------------------------

def _letter_of(block: Block) -> tuple[str | None, str]:
    """(printed letter label, text without it) of a lettered item, or (None, text)."""
    label = (block.label or "").strip()
    text = _clean(block.text)
    m = re.fullmatch(r"\(?([a-zA-Z]{1,3})[).]?", label)
    if m and label not in ("•", "-"):
        return m.group(1), text
    m = _LETTER_LABEL.match(text)
    if m:
        return m.group(1), text[m.end():].strip()
    return None, text


def _expected(prev: str | None) -> str:
    return "a" if prev is None else chr(ord(prev) + 1)


def _lettered_findings(blocks: list[Block]) -> tuple[Finding, ...]:
    """The lettered list after a "findings ... set out below:" lead-in (seed 004 para 20)."""
    for i, b in enumerate(blocks):
        if ":" not in b.text:  # every lead-in ends with a colon: skip the regex for other blocks
            continue
        lead = _NUMBER_LABEL.sub("", _clean(b.text))
        if not lead.rstrip().endswith(":") or not _LEAD_IN.search(lead):
            continue
        items = _collect_lettered(blocks[i + 1:])
        if len(items) >= 2:
            return tuple(items)
    return ()


def _collect_lettered(blocks: list[Block]) -> list[Finding]:
    items: list[Finding] = []
    parts: list[Block] = []
    label: str | None = None
    for b in blocks:
        text = _clean(b.text)
        if not text or _FURNITURE.match(text):
            continue
        printed, _ = _letter_of(b)
        want = _expected(label)
        if printed is not None:
            letter = _repair_letter(printed, want)
            if letter != want:
                break  # a different list starts
            if parts:
                items.append(_finding(parts, label))
            label, parts = letter, [b]
            continue
        if parts and (_starts_lower(text) or _continues(parts[-1].text)):
            parts.append(b)
            continue
        break  # the next numbered paragraph or heading ends the list
    if parts:
        items.append(_finding(parts, label))
    # Strip the printed "(a)" from texts kept inside the blocks.
    return [
        replace(f, text=_LETTER_LABEL.sub("", f.text, count=1))
        if _LETTER_LABEL.match(f.text) else f
        for f in items
    ]


def _repair_letter(printed: str, want: str) -> str:
    """A lettered label as meant: "(I)" printed where "(l)" is due is the letter l
    (capital i and lower-case L look alike in most fonts and conversions)."""
    if printed == want:
        return printed
    if want == "l" and printed in ("I", "1", "|"):
        return "l"
    if printed.lower() == want:
        return want
    return printed


def _continues(text: str) -> bool:
    """True when ``text`` stops mid-sentence (no closing punctuation)."""
    return not re.search(r"[.!?:;)’'\"”]\s*$", text.strip())
