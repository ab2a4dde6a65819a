"""Facts about an Ofsted letter: what kind it is, the date printed on it, the visit dates.

These are read from the letter's own text, never from its file name (a published file's
name often carries the publication date, not the date printed at the top of the letter).

- :func:`letter_kind` tells focused-visit, monitoring-visit and joint targeted area inspection
  (JTAI) letters apart, and recognises a council's progress update that summarises a
  monitoring visit (seed 004).
- :func:`letter_date` is the first stand-alone date before the salutation ("Dear ...").
- :func:`visit_dates` is the span the introduction names ("... on 4 and 5 September 2018",
  "Between 27 February and 3 March 2017 ...") as printed, plus ISO start and end dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from .dates import DAY_RE, MONTH_RE, YEAR_RE, iso_date, month_number

# A block that is nothing but a date (possibly prefixed by "Date" as in a report's cover table).
_DATE_LINE_RE = re.compile(
    rf"^\s*(?:date[:\s]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?({DAY_RE})\s+({MONTH_RE})\.?,?\s+({YEAR_RE})\s*$",
    re.I,
)
# A visit span: "4 and 5 September 2018", "31 July and 1 August 2019", "27 February and
# 3 March 2017", "28 to 29 May 2025", "16 May and 20 May", "15 December 2020",
# "21 March 2017 and 24 March 2017".
_SPAN_RE = re.compile(
    rf"({DAY_RE})(?:\s+({MONTH_RE}))?(?:\s+({YEAR_RE}))?"
    rf"(?:\s*(?:and|to|until|-|–|—)\s*({DAY_RE})(?:\s+({MONTH_RE}))?(?:\s+({YEAR_RE}))?)?",
    re.I,
)
# Where the letter states when the visit happened.
_VISIT_CUES = [
    re.compile(r"(?:focused|monitoring)\s+visit\s+to\b[^.]{0,160}?\b(?:on|between)\s+(?P<span>[^.]{3,60}?\d{4}(?:\s+(?:and|to|until)\s+\d{1,2}[^.]{0,30}?\d{4})?)", re.I | re.S),
    re.compile(r"\bbetween\s+(?P<span>[^.]{3,60}?)\s*,?\s+(?:Ofsted|inspectors|the\s+Care)", re.I | re.S),
    re.compile(r"(?:monitoring|focused)\s+visit\s+(?:was\s+)?(?:carried\s+out\s+|conducted\s+|took\s+place\s+)?on\s+(?P<span>[^.]{3,60}?\d{4}(?:\s+(?:and|to|until)\s+\d{1,2}[^.]{0,30}?\d{4})?)", re.I | re.S),
    re.compile(r"(?:conducted|carried\s+out|undertook)\s+(?:their|its|a|the)\s+(?:\w+\s+){0,2}(?:monitoring|focused)\s+visit\s+on\s+(?P<span>[^.]{3,60}?\d{4}(?:\s+(?:and|to|until)\s+\d{1,2}[^.]{0,30}?\d{4})?)", re.I | re.S),
    re.compile(r"(?:inspection|visit)\s+took\s+place\s+(?:from|on|between)\s+(?P<span>[^.]{3,60}?\d{4}(?:\s+(?:and|to|until)\s+\d{1,2}[^.]{0,30}?\d{4})?)", re.I | re.S),
    re.compile(r"\bvisit\b[^.]{0,80}?\bon\s+(?P<span>\d{1,2}(?:st|nd|rd|th)?\s[^.]{3,50}?\d{4})", re.I | re.S),
]

# The words each visit cue opens with, lower case (kept next to the cues: a new cue needs its own).
_CUE_STARTS: list[tuple[str, ...]] = [
    ("focused", "monitoring"), ("between",), ("monitoring", "focused"), ("conducted", "carried", "undertook"),
    ("inspection", "visit"), ("visit",),
]


# The Ofsted letterhead, which some PDF layouts read into the date line or into the middle
# of a paragraph.
LETTERHEAD = re.compile(
    r"(?:\s*\b(?:Ofsted|Piccadilly Gate|Store Street|Manchester|M1 2WD|T 0300 123 1231|Textphone 0161 618 8524"
    r"|enquiries@ofsted\.gov\.uk|www\.gov\.uk/ofsted)\b\.?){3,}\s*")


def strip_letterhead(text: str) -> str:
    """``text`` without any run of Ofsted letterhead lines (address, phone, web)."""
    if "Piccadilly" not in text and "ofsted.gov.uk" not in text:
        return text
    return " ".join(LETTERHEAD.sub(" ", text).split())


@dataclass(frozen=True)
class VisitDates:
    """The visit span as printed plus ISO dates (None when a part could not be read)."""

    raw: str
    start: str | None
    end: str | None


def letter_date(texts: Iterable[str], max_blocks: int = 40) -> str | None:
    """The date printed at the top of the letter: the first block that is only a date,
    looked for before the salutation ("Dear ...") and within the first ``max_blocks`` blocks.

    A progress report's cover line "Date 28 March 2019" counts as well. Dates inside
    sentences (the visit dates, "last inspected in March 2020") are not letter dates.
    """
    # A page number ("1 31 August 2018") or the letterhead may share the date's line.
    lines = [re.sub(r"^\d{1,2}\s+(?=\d)", "", strip_letterhead(" ".join(t.split())))
             for t in list(texts)[:max_blocks]]
    for line in lines:
        m = _DATE_LINE_RE.match(line)
        if m:
            return iso_date(m.group(1), m.group(2), m.group(3))
        if re.match(r"^dear\b", line, re.I):
            break
    # Some layouts put the date block after the salutation in reading order (a side
    # column read late); a date-only block near the top is still the letter date.
    for line in lines:
        m = _DATE_LINE_RE.match(line)
        if m:
            return iso_date(m.group(1), m.group(2), m.group(3))
    return None


def visit_dates(text: str, letter_date_iso: str | None = None) -> VisitDates | None:
    """The visit span the letter's introduction states, as printed plus ISO start/end.

    ``text`` is the letter's plain text (all blocks joined). The earliest statement of a
    visit is taken, so dates of earlier inspections further down are not. When the
    span prints no year ("Between 16 May and 20 May"), the year is taken from the letter
    date (a visit precedes its letter, so a later month means the year before).
    """
    flat = " ".join(text.split())
    lower = flat.lower()
    if len(lower) != len(flat):  # lower-casing moved characters: offsets would not line up
        lower = None
    # The earliest statement wins: a letter states its visit in the introduction, a
    # progress update wherever it reports the visit.
    found = []
    for order, cue in enumerate(_VISIT_CUES):
        for m in _finditer(cue, _CUE_STARTS[order], flat, lower):
            span = _parse_span(m.group("span").strip(" ,"), letter_date_iso)
            if span is not None:
                found.append((m.start(), order, span))
                break
    return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


def _finditer(cue: re.Pattern, starts: tuple[str, ...], flat: str, lower: str | None) -> Iterator[re.Match]:
    """What ``cue.finditer(flat)`` yields, found faster: every match of a cue opens with one
    of its ``starts`` words, so the pattern is tried only where ``lower`` (``flat`` lower-cased)
    has one, instead of at every character of a long report."""
    if lower is None:
        yield from cue.finditer(flat)
        return
    positions = sorted(i for w in starts for i in _occurrences(lower, w))
    end = 0
    for i in positions:
        if i < end:
            continue  # inside the previous match: finditer does not overlap matches
        m = cue.match(flat, i)
        if m:
            yield m
            end = m.end()


def _occurrences(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _parse_span(raw: str, letter_date_iso: str | None = None) -> VisitDates | None:
    m = _SPAN_RE.search(raw)
    if not m or not (m.group(2) or m.group(5)):
        return None
    d1, mo1, y1, d2, mo2, y2 = m.groups()
    printed = raw[m.start():m.end()].strip()
    mo1 = mo1 or mo2
    y1 = y1 or y2
    if not y1:  # "Between 16 May and 20 May": the year is not printed
        if not letter_date_iso:
            return VisitDates(printed, None, None)
        ly, lm = int(letter_date_iso[:4]), int(letter_date_iso[5:7])
        y1 = str(ly - 1 if (month_number(mo1) or 0) > lm else ly)
    start = iso_date(d1, mo1, y1)
    end = iso_date(d2, mo2 or mo1, y2 or y1) if d2 else start
    return VisitDates(printed, start, end)


def letter_kind(text: str) -> str:
    """'jtai', 'focused-visit', 'monitoring-visit', 'progress-update' or 'other'.

    Decided from the opening of the letter (its title and introduction) because the body
    of any letter may mention other kinds of visit ("the last monitoring visit ...").
    """
    head = " ".join(text[:4000].split()).lower()
    # The title names the kind; whichever title phrase comes first wins, because a
    # focused-visit letter may mention an earlier joint inspection and vice versa.
    titles = [
        (re.search(r"joint targeted area inspection (?:of|\(jtai\))|undertook a joint inspection|carried out a joint inspection", head), "jtai"),
        (re.search(r"\bfocused visit to\b|findings of (?:a|the) focused visit", head), "focused-visit"),
    ]
    found = sorted((m.start(), kind) for m, kind in titles if m)
    if found:
        return found[0][1]
    if re.search(r"findings of (?:a|the|your|our) (?:\w+ )?monitoring visit|\bmonitoring visit (?:to|of)\b", head):
        return "monitoring-visit"
    whole = " ".join(text.split()).lower()
    if "monitoring visit" in whole and re.search(r"findings as (?:detailed|set out) (?:with)?in the monitoring visit letter|monitoring visit letter", whole):
        return "progress-update"
    if "focused visit" in head:
        return "focused-visit"
    if "monitoring visit" in head:
        return "monitoring-visit"
    return "other"
