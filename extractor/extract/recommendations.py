"""Formal recommendations from Ofsted reports, Ofsted letters, plan appendices and peer reviews.

Pipeline: ``document_units`` (a forgiving flat view of the blocks) ->
``find_sections`` (headings that open a recommendations section, with the group and
addressee they imply) -> ``section_items`` (the numbered/bulleted items or, in letters,
paragraphs under each heading, with sub-items folded into their parent) ->
``items_to_recommendations`` (numbers, ids, evidence).

Numbering: ``number`` is the printed number when the document numbers its
recommendations ("12."; "Ofsted 12:" in a plan); otherwise it is the 1-based position of
the item among the document's unnumbered recommendations, in reading order.

Letters: in a JTAI "Areas for improvement" section every bullet or paragraph is an item,
whatever sub-heading (a theme or an agency) it sits under, and the sub-heading is its
``agency``; the section ends only at another part of the letter (``sections.letter_section``).
A statement that the areas for priority action or improvement set at an earlier inspection or
visit still stand is a :class:`~extractor.items.CarryOver`, never a recommendation
(:func:`split_carry_overs`).

Every rule here is about a layout used by a framework, never about one file.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ..document import Document, Provenance
from ..items import CarryOver, Recommendation, normalise_text, stable_id
from . import sections
from .dates import MONTH_RE, YEAR_RE, month_number, parse_date
from .frameworks import Framework, detect_framework
from .sections import Unit, clean_text, document_units

LA, LSCB = "local authority", "LSCB"


@dataclass(frozen=True)
class RecommendationSet:
    """What one document asks for: its kind, framework and recommendations in reading order."""

    kind: str  # report | plan | letter | other
    framework: str | None
    recommendations: tuple[Recommendation, ...]
    # A letter's statements that earlier areas for action still stand (never recommendations).
    carry_overs: tuple[CarryOver, ...] = ()


@dataclass(frozen=True)
class SectionStart:
    index: int  # index of the heading unit
    group: str | None
    addressee: str
    container: bool  # True when the heading only introduces sub-headed groups


@dataclass
class _Item:
    units: list[Unit] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    label: str | None = None
    number: int | None = None
    group: str | None = None
    addressee: str = LA
    agency: str | None = None  # the sub-heading the item sits under

    @property
    def text(self) -> str:
        # Some PDFs repeat the next group heading at the end of the last line of a group
        # in their text layer ("... from home and care. Areas for improvement").
        text = _TRAILING_HEADING.sub("", clean_text(" ".join(self.parts)))
        return re.sub(r"\s+([.,;:])(?=\s)", r"\1", text)  # a part that went on with a full stop


_TRAILING_HEADING = re.compile(r"(?<=[.;])\s+(areas? for improvement|priority and immediate action)\s*:?$", re.I)


# --- headings ---------------------------------------------------------------------------

def _heading_key(text: str) -> str:
    """Lower-case heading text without footnote markers, trailing colons/question marks."""
    t = clean_text(text).lower().replace("\u2019", "'")
    t = re.sub(r"(?<=[a-z?:])\d{1,2}$", "", t)  # footnote marker glued to the heading: "improve?1"
    return re.sub(r"[\s?:.\u2013\u2014-]+$", "", t).strip()


_START_RULES: tuple[tuple[re.Pattern, str | None, bool], ...] = (
    # (pattern on the heading key, group, container)
    (re.compile(r"what does the (local authority|council|lscb|local safeguarding children board|"
                r"safeguarding children board|board|[\w\s]+ safeguarding children board) need to improve"), None, True),
    (re.compile(r"what needs to improve( in this area of (social work )?practice)?"), None, False),
    (re.compile(r"(areas? for )?priority and immediate action"), "priority", False),
    (re.compile(r"areas? for priority action"), "priority", False),
    (re.compile(r"areas? for improvement"), "improvement", False),
    (re.compile(r"recommendations( (\u2013|-|\u2014) things to do urgently)?"), None, False),
    (re.compile(r"(appendix \w+\s*(\u2013|-|:)?\s*)?.{0,80}\bofsted\b.{0,80}\brecommendations"), None, False),
)

_SUBGROUP_RULES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"immediately"), "immediately"),
    (re.compile(r"within (one|two|three|four|six|nine|twelve|\d+) months?"), ""),  # group = the key itself
    (re.compile(r"(areas? for )?priority and immediate action|areas? for priority action"), "priority"),
    (re.compile(r"areas? for improvement"), "improvement"),
)

# Headings after which a report's recommendations are certainly over (a paragraph that
# reads like one of these ends a list even when the ingester did not mark it a heading).
_STOP_HEADING = re.compile(
    r"^(the experiences and progress of|the impact of leaders|summary for children|information about this|"
    r"inspection judgements?|key strengths|inspection findings|executive summary|main findings|findings|"
    r"headline findings|the local authority|section \d|the effectiveness of|what the inspection judgements|"
    r"overall effectiveness|outcomes for|capacity to improve|about this inspection|next steps|"
    r"the local safeguarding children board|review of the effectiveness|evaluation of|summary of findings|"
    r"key findings|strengths|what is working well|children's experiences|areas for further consideration|case stud(y|ies)|"
    r"next steps|yours sincerely)", re.I)

_NO_ITEMS = re.compile(r"\b(there (are|were) no|(did|does) not (find|identify|make) any|no) "
                       r"(areas? (for|of) priority( (and|or|&) immediate)? action|(formal )?recommendations|areas for improvement"
                       r"|priority actions?\b)", re.I)
# "There are no additional areas for priority action": none beyond those stated (or carried over).
_NONE_IN_ADDITION = re.compile(r"\b(there (are|were) no|(did|does) not (find|identify|make) any|no) "
                               r"(new|additional|further|other|more) (areas? (for|of) (priority( (and|or|&) immediate)? action"
                               r"|improvement)|priority actions?|recommendations)\b", re.I)
_LETTER_OUTRO = re.compile(
    r"^(ofsted will|yours sincerely|yours faithfully|if you have any|this letter|we will|the areas for improvement have been"
    r"|the recommendations have been|inspectors will|a copy of this letter|we would advise|the table below)", re.I)
_INTRO = re.compile(r"(:\s*$|following (action|areas|recommendations)|should (take|address|ensure)|needs? to (take|address)"
                    r"|the local authority should|local safeguarding children board should|lscb should)", re.I)
# A numbered lead-in paragraph ("28. In order to improve ... should take the following action.").
_LEAD_IN = re.compile(r"(take the following action|in order to improve)", re.I)
_TOC_LINE = re.compile(r"\s\d{1,3}$")
_TERMINAL = re.compile(r"[.!?;)\u201d\"']\s*$")


def _is_heading_like(u: Unit) -> bool:
    if u.kind == "heading":
        return True
    if u.kind != "para":
        return False
    words = u.text.split()
    return len(words) <= 14 and not re.search(r"[.;,]$", u.text.strip())


def _start_rule(u: Unit) -> tuple[str | None, bool] | None:
    if u.kind == "item" or len(u.text) > 200:
        return None
    key = _heading_key(u.text)
    if u.kind != "heading" and (len(key.split()) > 16 or _TOC_LINE.search(u.text.strip())):
        return None
    for rx, group, container in _START_RULES:
        if rx.fullmatch(key):
            return group, container
    return None


def _subgroup(u: Unit) -> str | None:
    if u.kind == "item" or len(u.text) > 60:
        return None
    key = _heading_key(u.text)
    for rx, group in _SUBGROUP_RULES:
        if rx.fullmatch(key):
            return group or key
    return None


_LSCB_HEAD = re.compile(r"^(section \d+:?\s*)?(the )?((review of )?the effectiveness of )?(the )?"
                        r"(local safeguarding children board|lscb|[\w\s]{0,30}safeguarding children board)", re.I)
_LA_HEAD = re.compile(r"^(section \d+:?\s*)?(the )?local authority\b|^inspection judgements about the local authority", re.I)


def _addressee_from(text: str) -> str | None:
    """LSCB when a section heading names the safeguarding board, LA when it names the local authority."""
    low = clean_text(text).lower().replace("\u2019", "'")
    if re.match(r"what does the", low):
        return LSCB if re.search(r"\blscb\b|safeguarding children board|\bboard\b", low) else LA
    if _LSCB_HEAD.match(low):
        return LSCB
    if _LA_HEAD.match(low):
        return LA
    return None


def find_sections(units: list[Unit]) -> list[SectionStart]:
    """Headings that open a recommendations section, each with its implied group and addressee."""
    starts: list[SectionStart] = []
    context = LA
    for i, u in enumerate(units):
        rule = _start_rule(u)
        if rule is None:
            if u.kind != "item" and not _TOC_LINE.search(u.text.strip()):
                ctx = _addressee_from(u.text)
                if ctx is not None:
                    context = ctx
            continue
        group, container = rule
        addressee = _addressee_from(u.text) or context
        starts.append(SectionStart(i, group, addressee, container))
    return starts


# --- items ------------------------------------------------------------------------------

def _is_footnote(units: list[Unit], j: int) -> bool:
    """A footnote ("1 The areas for improvement have been ...") at the foot of a page."""
    u = units[j]
    if u.kind != "para" or not re.match(r"^\d{1,2}\s+\S", u.text):
        return False
    nxt = units[j + 1] if j + 1 < len(units) else None
    return nxt is None or nxt.page != u.page or _is_footnote(units, j + 1)


# Words of report body headings, never of topic sub-headings inside a recommendations list.
_BODY_HEADING_WORDS = re.compile(r"\b(inspection|judgements?|findings|summary|about|strengths?|weaknesses|progress|"
                                 r"experiences|overall|evaluation)\b", re.I)
# Of those, the words that name a report's own body sections, never a topic of recommendations.
_REPORT_BODY_HEADING = re.compile(r"\b(inspection|judgements?|findings|summary|strengths?|weaknesses|overall|experiences)\b", re.I)
# First words of descriptive body paragraphs (recommendations start with a verb or a subject + "should").
_DESCRIPTIVE_START = re.compile(r"^(this|these|there|inspectors?|most|many|some|since|although|while|however|it|its|"
                                r"their|senior|leaders|managers|staff|children|young)\b", re.I)


def _next_content(units: list[Unit], j: int) -> Unit | None:
    """The next unit after ``j`` that is not a footnote."""
    k = j + 1
    while k < len(units) and _is_footnote(units, k):
        k += 1
    return units[k] if k < len(units) else None


def _is_topic_heading(units: list[Unit], j: int, items: list[_Item], primary, topics_seen: int = 0) -> bool:
    """A short sub-heading that groups a list by topic and is followed by the list's next item.

    Reports split their numbered recommendations under topic headings ("Help and
    protection", "Care leavers") and joint inspection letters their bullets; the list goes
    on when the item after the heading continues it (the next number, or the same bullet).
    Once the list has shown a topic heading between its items (``topics_seen``), it is a
    list organised by topic, and a later topic may use words of body headings ("Monitoring
    and evaluation of effectiveness", "Leadership and management" followed by "While ...")
    as long as the list visibly goes on.
    """
    u = units[j]
    if u.kind == "item" or not _is_heading_like(u) or _STOP_HEADING.match(u.text) or not u.text[:1].isupper():
        return False
    if items and not _TERMINAL.search(items[-1].text):
        return False
    if _BODY_HEADING_WORDS.search(u.text) and (not topics_seen or _REPORT_BODY_HEADING.search(u.text)):
        return False
    if len(u.text.split()) > 10 or _subgroup(u) is not None or _start_rule(u) is not None:
        return False
    nxt = _next_content(units, j)
    if nxt is None or nxt.kind != "item":
        return False
    if not items:
        return True  # a first topic heading: "Areas for improvement" / "Identifying risk at the front door" / items
    last = items[-1]
    if _DESCRIPTIVE_START.match(nxt.text) and not (topics_seen and last.number is None):
        return False  # (a topic list of bullets in a letter states findings: "While ...", "Senior managers ...")
    if last.number is not None:
        return nxt.number == last.number + 1
    return primary is not None and primary[0] == "bullet" and nxt.label == primary[2] and nxt.kind == "item"


def _is_prose_topic_heading(units: list[Unit], j: int) -> bool:
    """In a letter written as prose, a theme heading followed by a paragraph ("Response to children
    living with neglect") continues the section."""
    u = units[j]
    if u.kind == "item" or not _is_heading_like(u) or _STOP_HEADING.match(u.text) or not u.text[:1].isupper():
        return False
    if _BODY_HEADING_WORDS.search(u.text) or len(u.text.split()) > 12 or _start_rule(u) or _subgroup(u):
        return False
    nxt = _next_content(units, j)
    return nxt is not None and nxt.kind == "para" and not _is_heading_like(nxt)


def _introduces_sub_items(item: _Item) -> bool:
    """True when an item announces a sub-list ("... by:", "including:") or already has one."""
    return len(item.units) > 1 or bool(re.search(r":\s*(\(paragraphs? [\d, and]+\))?\s*$", item.parts[-1]))


def _continues(prev: _Item, u: Unit) -> bool:
    """Does paragraph ``u`` carry on the text of ``prev`` (e.g. across a page break)?"""
    first = u.text[:1]
    if first.islower() or first in "(,;.:":
        return True
    return not _TERMINAL.search(prev.parts[-1]) and not _STOP_HEADING.match(u.text)


def _is_letter_subheading(units: list[Unit], j: int, items: list[_Item]) -> bool:
    """In a letter's sub-headed "Areas for improvement" section, a heading that groups the items
    after it by theme or agency ("Police", "Leadership and management", "Deep dive cases tracked
    for this inspection"). Any heading-like line that is followed by the section's next item or
    paragraph is one, unless it opens another part of the letter (a case study, next steps, the
    findings, a recommendations list) or closes it."""
    u = units[j]
    if u.kind == "item" or not _is_heading_like(u) or not u.text[:1].isupper():
        return False
    # Only the letter's own parts end the section: report headings such as "The local authority"
    # or "Key strengths of the police" name an agency here.
    if sections.letter_section(u.text) is not None or _LETTER_OUTRO.match(u.text):
        return False
    if _start_rule(u) is not None or _subgroup(u) is not None or _NO_ITEMS.search(u.text):
        return False
    if u.kind == "para" and items and not _TERMINAL.search(items[-1].text):
        return False  # the rest of the item above, broken off by the layout
    nxt = _next_content(units, j)
    if nxt is None or nxt.kind == "heading" or (nxt.kind == "para" and _is_heading_like(nxt)):
        return False
    return not _continues_sentence(nxt.text)


def _continues_sentence(text: str) -> bool:
    return bool(re.match(r"^([a-z]|[,;:.)\]’”])", text))


def section_items(units: list[Unit], start: SectionStart, allow_paragraphs: bool,
                  other_starts: set[int], subheaded: bool = False) -> tuple[list[_Item], int]:
    """The recommendations under the heading at ``start.index`` and the index where the section ends.

    ``subheaded``: a letter's JTAI "Areas for improvement" section, where every bullet or
    paragraph is an item whatever sub-heading it sits under (:func:`_is_letter_subheading`)."""
    items: list[_Item] = []
    group = start.group
    agency: str | None = None
    primary: tuple[str, int, str | None] | None = None  # (marker family, level, bullet glyph)
    intro = 0
    topics_seen = 0  # topic sub-headings met between items
    j = start.index + 1
    while j < len(units):
        u = units[j]
        if _NONE_IN_ADDITION.search(u.text) and len(u.text) < 200 and not _carry_over_sentence(u.text):
            j += 1  # "There are no additional areas for priority action": none beyond those stated
            continue
        if _NO_ITEMS.search(u.text) and len(u.text) < 200 and not _carry_over_sentence(u.text):
            if start.container:
                j += 1  # "There are no areas for priority action" under a container: the next group may have some
                continue
            if not items:
                # "There are no areas for priority action": this section has none.
                return [], j + 1
            break
        sub = _subgroup(u)
        if sub is not None and j not in other_starts or (sub is not None and start.container):
            group = sub
            j += 1
            continue
        if j in other_starts:
            break
        if _is_footnote(units, j):
            j += 1
            continue
        if (subheaded and _is_letter_subheading(units, j, items)) or _is_topic_heading(
                units, j, items, primary, topics_seen) or (
                allow_paragraphs and primary is None and _is_prose_topic_heading(units, j)):
            topics_seen += bool(items)
            agency = clean_text(u.text).rstrip(":")
            j += 1  # a topic sub-heading inside a numbered list ("Help and protection")
            continue
        if u.kind == "heading" or (u.kind == "para" and _STOP_HEADING.match(u.text) and _is_heading_like(u)):
            break
        if u.kind == "item":
            fam, lvl, glyph = u.marker, u.level, (u.label if u.marker == "bullet" else None)
            if primary is None and fam == "number" and _LEAD_IN.search(u.text) and intro < 2 and j + 1 < len(units) and (
                    units[j + 1].marker != "number" or _subgroup(units[j + 1]) is not None):
                intro += 1  # "28. In order to improve ... the local authority should take the following action."
                j += 1
                continue
            if primary is None:
                primary = (fam, lvl, glyph)
            is_top = fam == primary[0] and lvl <= primary[1] and (fam != "bullet" or glyph == primary[2] or lvl < primary[1])
            if is_top and fam == "number" and items and items[-1].number is not None and u.number != items[-1].number + 1:
                break  # numbering restarts or jumps: the list is over
            if is_top or not items:
                items.append(_Item([u], [u.text], u.label, u.number if fam == "number" else None, group, start.addressee,
                                   agency))
            elif lvl <= primary[1] and not _introduces_sub_items(items[-1]):
                break  # another kind of list at the same depth: not part of these recommendations
            else:
                lab = f"{u.label} " if u.marker in ("letter", "number") else ""
                items[-1].units.append(u)
                items[-1].parts.append(lab + u.text)
            j += 1
            continue
        # a plain paragraph
        if items and primary is not None:
            nxt = _next_content(units, j)
            # A full sentence between two bullets of one list belongs to the bullet above it.
            # So does one between a bullet and a topic heading that carries the list on.
            k = j + 1
            while k < len(units) and _is_footnote(units, k):
                k += 1
            list_goes_on = nxt is not None and (
                (nxt.kind == "item" and nxt.marker == primary[0] and nxt.label == items[-1].label)
                or (primary[0] == "bullet" and _is_topic_heading(units, k, items, primary, topics_seen))
                or (subheaded and k < len(units) and _is_letter_subheading(units, k, items)))
            between = (list_goes_on and (len(u.text.split()) > 12 or subheaded) and not _is_heading_like(u)
                       and not u.text.rstrip().endswith(":") and not _LETTER_OUTRO.match(u.text))
            if _continues(items[-1], u) or between:
                items[-1].units.append(u)
                items[-1].parts.append(u.text)
                j += 1
                continue
            break
        if _LETTER_OUTRO.match(u.text) or (_is_heading_like(u) and not items and intro >= 1):
            break
        if not items and _INTRO.search(u.text) and intro < 2:
            intro += 1
            j += 1
            continue
        if not allow_paragraphs:
            break
        if items and _continues(items[-1], u):
            items[-1].parts.append(u.text)
            items[-1].units.append(u)
        elif _is_heading_like(u):
            break
        else:
            items.append(_Item([u], [u.text], None, None, group, start.addressee, agency))
        j += 1
    return _topic_numbers(items), j


def _topic_numbers(items: list[_Item]) -> list[_Item]:
    """A numbered list whose every item is a short title over bullets ("1. Quality and effectiveness
    of practice" / "■ In line with longstanding plans, develop ..." / "■ Ensure that ..."): the
    numbers title topics, each bullet is a recommendation of its own under its topic, numbered in
    reading order across the topics (Slough 2016)."""
    if len(items) < 2 or any(it.number is None or len(it.units) < 2 for it in items):
        return items
    for it in items:
        title = it.units[0].text.strip()
        if len(title.split()) > 14 or re.search(r"[.;:!?]$", title) or not title[:1].isupper():
            return items
        if any(u.kind != "item" or u.level <= it.units[0].level for u in it.units[1:]):
            return items
    out = []
    for it in items:
        topic = clean_text(it.units[0].text).rstrip(":")
        for u in it.units[1:]:
            out.append(_Item([u], [u.text], u.label, None, it.group, it.addressee, topic))
    return out


# --- carry-overs: "The areas for improvement continue to be those identified at ..." ----------

_EARLIER_EVENT = (rf"(?:(?:the|its|your|our|their)\s+)?(?:[\w’'-]+\s+){{0,4}}?(?:inspection|visit|monitoring visit|letter)"
                  rf"(?:\s+(?:in|on|of|dated|held\s+(?:in|on)|carried\s+out\s+(?:in|on)|that\s+took\s+place\s+(?:in|on))"
                  rf"\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:(?:and|to|-|–)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+)?)?"
                  rf"{MONTH_RE}\.?\s+{YEAR_RE})?")
# The areas (or priority actions, or recommendations) set earlier, said to stand: "The areas for
# improvement continue to be those identified at the ILACS inspection in September 2018", "The
# areas for priority action identified at the focused visit in May 2019 remain".
_CARRY_OVER = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:the|all(?:\s+(?:of\s+)?the)?|both|these)\s+(?:\w+\s+){0,2}?"
    r"(?P<what>areas?\s+(?:for|of)\s+(?:priority\s+action|improvement|development)|priority\s+actions?"
    r"|recommendations?)\b"
    r"(?P<rest>[^.!?]{0,220}?\b(?:remains?|continues?\s+to\s+(?:be|apply|stand)|still\s+(?:stands?|appl(?:y|ies)|remains?"
    r"|holds?|relevant|valid|outstanding)|stands?|are\s+(?:still\s+)?(?:relevant|valid|outstanding|applicable|unchanged)"
    r"|have\s+not\s+(?:yet\s+)?been\s+(?:fully\s+)?(?:addressed|met|resolved))\b[^.!?]*)", re.I)
# ... and the carry-over names the earlier inspection or visit it refers to.
_EARLIER = re.compile(rf"\b(?:identified|set|made|raised|given|highlighted|outlined|agreed|reported|from|at|during|following)"
                      rf"\s+(?:at|in|during|following|after|by|from)?\s*(?P<event>{_EARLIER_EVENT})"
                      rf"|\b(?:previous|last|earlier|prior|preceding)\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({MONTH_RE})\.?\s+({YEAR_RE})\b", re.I)


def _carry_over_sentence(text: str) -> re.Match | None:
    """The sentence of ``text`` that says earlier areas for action still stand, if any."""
    for m in _CARRY_OVER.finditer(clean_text(text)):
        if _EARLIER.search(m.group(0)):
            return m
    return None


def _carry_over(item: _Item) -> CarryOver | None:
    """``item`` as a carry-over when it states that earlier areas for action still stand."""
    m = _carry_over_sentence(item.text)
    if m is None:
        return None
    what = m.group("what").lower()
    if "priority" in what:
        kind = "priority"
    elif "improvement" in what or "development" in what:
        kind = "improvement"
    else:
        kind = "priority" if item.group == "priority" else "improvement"
    sentence = m.group(0)
    event = next((e.group("event") for e in _EARLIER.finditer(sentence) if e.group("event")), None)
    refers_to = parse_date(event) if event else None
    month = None
    if event and not refers_to:
        my = _MONTH_YEAR.search(event)
        if my:
            month = f"{my.group(2)}-{month_number(my.group(1)):02d}"
    first = item.units[0]
    return CarryOver(item.text, first.prov if first.prov.page is not None else Provenance(first.prov.file, first.page),
                     kind, refers_to, event.strip() if event else None, month)


def split_carry_overs(items: list[_Item]) -> tuple[list[_Item], list[CarryOver]]:
    """A letter's recommendation items without its carry-overs, and the carry-overs."""
    kept: list[_Item] = []
    carried: list[CarryOver] = []
    for it in items:
        c = _carry_over(it)
        if c is None:
            kept.append(it)
        else:
            carried.append(c)
    return kept, carried


# --- plan tables: "Ofsted 2: ..." --------------------------------------------------------

_OFSTED_REF = re.compile(r"(?:(priority\s*(?:&|and)\s*immediate\s*action|areas?\s+for\s+improvement)\s*)?"
                         r"\bOfsted\s+(\d{1,3})\s*:\s*", re.I)
_CELL_TAIL = re.compile(r"\s*\b(how will we know|what will success look like|what difference will it make)\b.*$", re.I | re.S)
_GROUP_ONLY = re.compile(r"^(related ofsted\s*(recommendations)?\s*)?(priority\s*(?:&|and)\s*immediate\s*action|areas?\s+for\s+improvement)$", re.I)


def _group_name(text: str | None) -> str | None:
    if not text:
        return None
    return "priority" if text.lower().startswith("priority") else "improvement"


def quoted_plan_recommendations(chunks: list[tuple[str, Provenance]]) -> list[_Item]:
    """Recommendations a plan quotes as "Ofsted 2: ..." in cells or paragraphs, numbered as the plan numbers them.

    ``chunks`` are texts in reading order (paragraphs, and table cells row by row). A chunk
    that only names a group ("Priority & Immediate Action") sets the group of the next
    quotes; a chunk in lower case continues the quote before it ("Improve pathway planning
    by:" followed by "ensuring that ..."). A quote repeated in several rows is kept once.
    """
    items: dict[int, _Item] = {}
    group: str | None = None
    last: _Item | None = None
    for raw, prov in chunks:
        text = clean_text(raw.replace("|", " "))
        if not text:
            continue
        matches = list(_OFSTED_REF.finditer(text))
        head = _CELL_TAIL.sub("", text[: matches[0].start()] if matches else text).strip()
        if _GROUP_ONLY.match(head):
            group = _group_name(_GROUP_ONLY.match(head).group(3))
            last = None
        elif head and last is not None and head[:1].islower():
            last.parts.append(head)
        elif not matches:
            last = None
        for k, m in enumerate(matches):
            group = _group_name(m.group(1)) or group
            end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
            body = _CELL_TAIL.sub("", text[m.end():end]).strip()
            n = int(m.group(2))
            if n in items or not body:
                last = None
                continue
            unit = Unit("para", body, prov.page, prov)
            last = items[n] = _Item([unit], [body], f"Ofsted {n}:", n, group, LA)
    return [items[n] for n in sorted(items)]


def _plan_chunks(doc: Document) -> list[tuple[str, Provenance]]:
    """Paragraph and table-cell texts in reading order (cells row by row)."""
    chunks: list[tuple[str, Provenance]] = []
    for b in doc.blocks:
        if b.table is None:
            chunks.append((b.text, b.prov))
            continue
        for r, row in enumerate(b.table.rows):
            for c, cell in enumerate(row.cells):
                if cell.merged:
                    continue
                prov = cell.prov or b.prov.at(page=row.page or b.prov.page, table=b.table.index, row=r, cell=c)
                inner = cell.blocks or ()
                if inner:
                    chunks.extend((ib.text, ib.prov) for ib in inner)
                else:
                    chunks.append((cell.text, prov))
    return chunks


# --- assembling -------------------------------------------------------------------------

def _doc_key(items: list[_Item]) -> str:
    """A digest of the whole recommendation list, so two reports never share an id in one run."""
    h = hashlib.sha1("\x1e".join(normalise_text(i.text) for i in items).encode("utf-8"))
    return h.hexdigest()[:6]


def items_to_recommendations(items: list[_Item], source: str) -> tuple[Recommendation, ...]:
    """Number, identify and freeze the items (see the module docstring for numbering)."""
    key = _doc_key(items)
    recs: list[Recommendation] = []
    order = 0
    for it in items:
        text = it.text
        if not text:
            continue
        number = it.number
        if number is None:
            order += 1
            number = order
        first = it.units[0]
        prov = first.prov if first.prov.page is not None else Provenance(source, first.page)
        rid = stable_id("R", str(number), text, key)
        recs.append(Recommendation(id=f"{rid[:5]}-{number}-{rid[5:]}", number=number, text=text, prov=prov,
                                   label=it.label, group=it.group, addressee=it.addressee, agency=it.agency))
    return tuple(recs)


def head_text(units: list[Unit], limit: int = 5000) -> str:
    """The opening text of a document (title page and first paragraphs) for framework detection."""
    out, n = [], 0
    for u in units:
        out.append(u.text)
        n += len(u.text) + 1
        if n > limit:
            break
    return "\n".join(out)


def _plain_paragraph_section(units: list[Unit], i: int) -> bool:
    """A report's "What needs to improve?" written as prose: a true heading, then paragraphs only."""
    if units[i].kind != "heading" or not _heading_key(units[i].text).startswith("what needs to improve"):
        return False
    for u in units[i + 1: i + 8]:
        if u.kind == "heading":
            return True
        if u.kind == "item":
            return False
    return False


def blocks_to_recommendations(doc: Document, framework: Framework, units: list[Unit] | None = None) -> list[_Item]:
    """All recommendation items of ``doc`` in reading order (before numbering and ids)."""
    if units is None:
        units = document_units(doc)
    starts = find_sections(units)
    start_idx = {s.index for s in starts}
    allow_paragraphs = framework.kind == "letter"
    items: list[_Item] = []
    done_until = -1
    for s in starts:
        if s.index < done_until:
            continue  # a sub-heading of a section already read ("Areas for improvement" under a container)
        if framework.kind in ("plan", "other") and _heading_key(units[s.index].text) == "recommendations":
            continue  # a council report's own recommendations to its committee, not Ofsted's
        paragraphs = allow_paragraphs or _plain_paragraph_section(units, s.index)
        subheaded = allow_paragraphs and sections.is_subheaded_section(units[s.index].text)
        found, end = section_items(units, s, paragraphs, start_idx - {s.index}, subheaded)
        if found or s.container:
            done_until = end
        items.extend(found)
    if not items or framework.kind in ("plan", "other"):
        quoted = quoted_plan_recommendations(_plan_chunks(doc))
        if quoted and (not items or len(quoted) > len(items)):
            items = quoted
    return _dedupe(items)


def _dedupe(items: list[_Item]) -> list[_Item]:
    """Drop exact repeats (a contents page or summary can echo a list verbatim)."""
    out, keys = [], set()
    for it in items:
        k = (it.number, normalise_text(it.text), it.addressee)
        if k in keys:
            continue
        keys.add(k)
        out.append(it)
    return out


def extract_recommendations(doc: Document) -> RecommendationSet:
    """The formal recommendations of any report, letter, plan appendix or peer review in ``doc``.

    The report paragraphs a recommendation rests on are attached to it where the framework
    ties them (SIF reports: cited "(paragraphs 12, 14)" or tagged "(Recommendation)"), and each
    recommendation says whether they were found; see :mod:`extractor.extract.evidence`.
    """
    units = document_units(doc)
    framework = detect_framework(head_text(units))
    items = blocks_to_recommendations(doc, framework, units)
    carried: list[CarryOver] = []
    if framework.kind == "letter":
        items, carried = split_carry_overs(items)
    recs = items_to_recommendations(items, doc.source)
    if recs:
        from .evidence import attach_evidence

        recs = attach_evidence(recs, units, framework.name)
    return RecommendationSet(framework.kind, framework.name, recs, tuple(carried))
