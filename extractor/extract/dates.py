"""recmap's date vocabulary, and the plan's free-text "Timeframe" / "By when?" cell as a :class:`DateSpan`.

Every module that reads dates takes its words and small parsers from here: month names and
abbreviations (:data:`MONTHS`, :data:`MONTH_RE`), seasons and school terms (:data:`SEASONS`,
:data:`TERMS`), :func:`month_number`, :func:`iso_date` and :func:`parse_date` (a printed
"25 September 2018"). Letters (:mod:`.letters`), framework detection (:mod:`.frameworks`) and
the batch's inspection dates (:mod:`extractor.batch.dates`) use them.

Conventions (../shared/INTERFACE.md and the Buckinghamshire gold):

* a single period used as a deadline ("Jan 2019", "End May 2015", "Autumn 2015", "29 June 2015")
  has ``start = None`` and ``end`` = the last day of the period;
* a range ("Jun 2018 - Feb 2019") starts on the first day of its first period and ends on the last
  day of its last;
* financial years and quarters are ranges: "2019/20" = 2019-04-01..2020-03-31, "Q3 2019/20" =
  2019-10-01..2019-12-31; "Qn YYYY" (no financial year) is a calendar quarter;
* "X onwards" / "from X" starts at X with no end (status ``ongoing``);
* dates are UK day-first: 3/6/2019 is 3 June 2019;
* words alone give a status: complete, ongoing, immediate, tbc.

The rule above all: never a wrong date. Anything ambiguous, truncated ("Jul 2018 - Mar 2") or
unparseable keeps its raw text (the caller stores it) and gets status ``unknown`` with no end date.
"""
from __future__ import annotations

import calendar  # for monthrange; not for month names, which follow the locale
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from ..items import DateSpan

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
# Lower-case month words: full names, three-letter abbreviations and "sept".
MONTHS: dict[str, int] = {w: i for i, name in enumerate(MONTH_NAMES, 1) for w in (name, name[:3])} | {"sept": 9}
# Any key of MONTHS, longest first (so "september" is tried before "sep"); lower case, so
# compile it with re.I for printed text.
MONTH_RE = "(?:" + "|".join(sorted(MONTHS, key=lambda w: (-len(w), w))) + ")"
# A printed day ("3", "25th") and a year of the documents' era.
DAY_RE = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR_RE = r"(?:19|20)\d\d"

# Seasons as (first month, last month); winter runs into the next year.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
# English school terms. Easter moves, so the spring term is taken to end with April: a deadline
# read a few weeks late is better than one that flags work overdue before it is.
TERMS = {"autumn": (9, 12), "spring": (1, 4), "summer": (4, 7)}

# "25 September 2018", "25th Sept. 2018", "3 June, 2019"
_DAY_MONTH_YEAR = re.compile(rf"\b({DAY_RE})\s+({MONTH_RE})\.?,?\s+({YEAR_RE})\b", re.I)


def month_number(name: str, *, abbreviated: bool = True) -> int | None:
    """1-12 for a month as printed ("March", "mar", "Sept."), else None; with
    ``abbreviated=False`` only full names count."""
    word = name.lower().rstrip(".")
    n = MONTHS.get(word)
    return n if n is not None and (abbreviated or word in MONTH_NAMES) else None


def iso_date(day: str, month: str, year: str) -> str | None:
    """The ISO date (YYYY-MM-DD) of a printed day ("3", "25th"), month (a name or a number) and
    year, or None when they name no date (31 February, an unknown month)."""
    try:
        m = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        return dt.date(int(year), m, int(re.sub(r"\D", "", day))).isoformat()
    except (KeyError, ValueError):
        return None


def parse_date(text: str) -> str | None:
    """The first UK day-first date in ``text`` ("25 September 2018") as ISO "YYYY-MM-DD", or None."""
    m = _DAY_MONTH_YEAR.search(text)
    return iso_date(m.group(1), m.group(2), m.group(3)) if m else None


_STATUS_WORDS = [
    # Order matters: the first group that matches decides.
    ("complete", r"\b(?:complete[d]?|done|achieved|closed|finished|implemented|in place)\b"),
    ("tbc", r"\b(?:tb[acd]|to be (?:confirmed|agreed|decided|determined|arranged|set)|not yet (?:agreed|set|known))\b"),
    ("immediate", r"\b(?:immediate(?:ly)?|with immediate effect|now|asap|as soon as possible|urgent(?:ly)?)\b"),
    ("ongoing", r"\b(?:on-?\s?going|current(?:ly)?|continuous(?:ly)?|continuing|in progress|as required|as needed|"
                r"as and when|annual(?:ly)?|monthly|weekly|fortnightly|quarterly|(?:half-?)?termly|yearly|daily|"
                r"routine(?:ly)?|regular(?:ly)?|business as usual|bau|"
                r"rolling(?: programme| basis)?)\b"),
]


@dataclass(frozen=True)
class _Period:
    """One recognised date expression: its first and last day, and where it sat in the text."""

    first: dt.date
    last: dt.date
    pos: int
    end_pos: int
    year_given: bool = True
    single_day: bool = False
    valid: bool = True  # False: looked like a date but names an impossible one (31/2/2019)


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(text: str) -> int | None:
    y = int(text)
    if len(text) == 2:
        y += 2000
    elif len(text) != 4:
        return None
    return y if 1990 <= y <= 2100 else None


def _clean(text: str) -> str:
    """Lower-case, unify dashes, rejoin words split by PDF conversion ("septembe r" -> "september")."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"[\u2010-\u2015\u2212]", "-", t)
    t = re.sub(r"(\d)\s*(?:st|nd|rd|th)\b", r"\1", t)  # 29th -> 29, "2 nd" -> 2
    t = re.sub(r"\b\d{1,2}:\d{2}(?::\d{2})?\b", " ", t)  # spreadsheet date-times: drop the time
    # "Cohort 2 Jan 2027", "Phase 1 June 2026": the number counts cohorts, it is no day of the month
    t = re.sub(r"\b(?:cohort|phase|wave|tranche|round|stage)\s+\d{1,2}\b", " ", t)
    # "Start: Jan 2022 / Complete: Jun 2022" (a SMART plan's Time-bound cell): the span Jan-Jun 2022;
    # "Complete:" labels the date the action is to be complete by, it is no status
    t = re.sub(r"\bstart(?:s|ing)?\s*:\s*(.+?)\s*[/;|,]\s*(?:to be\s+)?(?:complete|completion|end|finish)\s*:\s*", r"\1 - ", t)
    t = re.sub(r"^\s*(?:complete|completion)\s*(?:by)?\s*:\s*(?=\S)", "", t)
    tokens = t.split()
    out: list[str] = []
    for tok in tokens:
        if out:
            joined = re.sub(r"[^\w]", "", out[-1] + tok)
            bare_prev = re.sub(r"[^\w]", "", out[-1])
            if bare_prev.isalpha() and joined in MONTHS and bare_prev not in MONTHS:
                out[-1] = out[-1] + tok
                continue
        out.append(tok)
    return " ".join(out)


_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    # "w/c 12/01/2026": the week commencing that day
    ("wc_dmy", re.compile(r"\bw/?c\.?\s+(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")),
    ("dmy", re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")),
    ("wc", re.compile(r"\bw/?c\.?\s+(\d{1,2})\s+(" + MONTH_RE + r")\b\.?(?:\s+(\d{4}))?")),
    # "31-Oct-22", "01-Apr-2023": a spreadsheet's day-month-year display format
    ("d_mon_y", re.compile(r"\b(\d{1,2})-(" + MONTH_RE + r")-(\d{4}|\d{2})\b")),
    ("d_mon_y", re.compile(r"\b(\d{1,2})\s*(" + MONTH_RE + r")\b\.?,?(?:\s*(\d{4}))?")),
    ("mon_d_y", re.compile(r"\b(" + MONTH_RE + r")\b\.?\s+(\d{1,2}),\s*(\d{4})\b")),
    ("fy_q", re.compile(r"\bq([1-4])\s*(?:of\s+)?(?:fy\s*)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})\b")),
    # two-digit financial years only where a quarter or "FY" says what they are ("Q1 25/26", "Q2 FY25/26")
    ("fy_q2", re.compile(r"\bq([1-4])\s*(?:of\s+)?(?:fy\s*)?(\d{2})\s*[/-]\s*(\d{2})\b")),
    ("fy_q", re.compile(r"\b(?:fy\s*)?(?P<y1>\d{4})\s*[/-]\s*(?P<y2>\d{2}|\d{4})\s*,?\s*q(?P<q>[1-4])\b")),
    ("q_y", re.compile(r"\bq([1-4])\s*(?:of\s+)?(\d{4})\b")),
    ("term", re.compile(r"\b(spring|summer|autumn)\s+term\s*(\d{4})?\b")),
    ("season", re.compile(r"\b(spring|summer|autumn|fall|winter)\s*(\d{4})\b")),
    ("fy", re.compile(r"\b(?:fy\s*)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})\b")),
    ("fy2", re.compile(r"\bfy\s*(\d{2})\s*[/-]\s*(\d{2})\b")),
    ("m_y", re.compile(r"\b(0?[1-9]|1[0-2])\s*/\s*((?:19|20)\d{2})\b")),  # "12/2025": month/year
    # not "Oct 2019/20" (a financial year), but "Oct-19 - 31 January 2020" (the next date of a range)
    ("mon_y", re.compile(r"\b(" + MONTH_RE + r")\b\.?\s*[-'’/]?\s*(\d{4}|\d{2}(?!\d))"
                         r"(?!\s*[/-]\s*\d{1,4}(?!\s*(?:" + MONTH_RE + r"|/|\.|\d)))")),
    ("mon", re.compile(r"\b(" + MONTH_RE + r")\b\.?")),
    ("year", re.compile(r"\b(19\d{2}|20\d{2})\b")),
]


def _period(kind: str, m: re.Match, year_hint: int | None) -> _Period | None:
    """Turn one regex match into a period, or None if it names an impossible date."""
    g = m.groups()
    try:
        if kind == "iso":
            d = dt.date(int(g[0]), int(g[1]), int(g[2]))
            return _Period(d, d, m.start(), m.end(), single_day=True)
        if kind == "dmy":
            y = _year(g[2])
            if y is None:
                return None
            d = dt.date(y, int(g[1]), int(g[0]))
            return _Period(d, d, m.start(), m.end(), single_day=True)
        if kind == "wc_dmy":
            y = _year(g[2])
            if y is None:
                return None
            d = dt.date(y, int(g[1]), int(g[0]))
            return _Period(d, d + dt.timedelta(days=6), m.start(), m.end())
        if kind in ("wc", "d_mon_y"):
            y = _year(g[2]) if g[2] else year_hint
            if y is None:
                return None
            d = dt.date(y, MONTHS[g[1]], int(g[0]))
            last = d + dt.timedelta(days=6) if kind == "wc" else d
            return _Period(d, last, m.start(), m.end(), year_given=bool(g[2]), single_day=kind != "wc")
        if kind == "mon_d_y":
            d = dt.date(int(g[2]), MONTHS[g[0]], int(g[1]))
            return _Period(d, d, m.start(), m.end(), single_day=True)
        if kind == "fy_q":
            if m.groupdict():  # "2019/20 Q1": year first
                g = (m.group("q"), m.group("y1"), m.group("y2"))
            y1, y2 = int(g[1]), g[2]
            if not _is_next_year(y1, y2):
                return None
            q = int(g[0])
            first_month = 4 + 3 * (q - 1)
            year = y1 + (first_month - 1) // 12
            first_month = (first_month - 1) % 12 + 1
            return _Period(dt.date(year, first_month, 1), _last_day(year, first_month + 2), m.start(), m.end())
        if kind == "fy_q2":
            y1 = 2000 + int(g[1])
            if not _is_next_year(y1, g[2]):
                return None
            first_month = 4 + 3 * (int(g[0]) - 1)
            year = y1 + (first_month - 1) // 12
            first_month = (first_month - 1) % 12 + 1
            return _Period(dt.date(year, first_month, 1), _last_day(year, first_month + 2), m.start(), m.end())
        if kind == "fy2":
            y1 = 2000 + int(g[0])
            if not _is_next_year(y1, g[1]):
                return None
            return _Period(dt.date(y1, 4, 1), dt.date(y1 + 1, 3, 31), m.start(), m.end())
        if kind == "m_y":
            y, mo = int(g[1]), int(g[0])
            return _Period(dt.date(y, mo, 1), _last_day(y, mo), m.start(), m.end())
        if kind == "q_y":
            q, y = int(g[0]), int(g[1])
            return _Period(dt.date(y, 3 * q - 2, 1), _last_day(y, 3 * q), m.start(), m.end())
        if kind == "term":
            y = int(g[1]) if g[1] else year_hint
            if y is None:
                return None
            a, b = TERMS[g[0]]
            return _Period(dt.date(y, a, 1), _last_day(y, b), m.start(), m.end(), year_given=bool(g[1]))
        if kind == "season":
            y = int(g[1])
            a, b = SEASONS[g[0]]
            last_year = y + 1 if b < a else y
            return _Period(dt.date(y, a, 1), _last_day(last_year, b), m.start(), m.end())
        if kind == "fy":
            y1, y2 = int(g[0]), g[1]
            if _is_next_year(y1, y2):
                return _Period(dt.date(y1, 4, 1), dt.date(y1 + 1, 3, 31), m.start(), m.end())
            if len(y2) == 4 and 1990 <= y1 < int(y2) <= 2100:  # "2015-2019": whole calendar years
                return _Period(dt.date(y1, 1, 1), dt.date(int(y2), 12, 31), m.start(), m.end())
            return None
        if kind == "mon_y":
            y = _year(g[1])
            if y is None:
                return None
            mo = MONTHS[g[0]]
            return _Period(dt.date(y, mo, 1), _last_day(y, mo), m.start(), m.end())
        if kind == "mon":
            mo = MONTHS[g[0]]
            y = 1  # year 1 marks "no year yet": _lend_years takes the year printed later, else the hint
            return _Period(dt.date(y, mo, 1), _last_day(y, mo), m.start(), m.end(), year_given=False)
        if kind == "year":
            y = int(g[0])
            return _Period(dt.date(y, 1, 1), dt.date(y, 12, 31), m.start(), m.end())
    except ValueError:
        return None
    return None


def _is_next_year(y1: int, y2_text: str) -> bool:
    y2 = int(y2_text)
    return (y2 == (y1 + 1) % 100) if len(y2_text) == 2 else y2 == y1 + 1


def _find_periods(t: str, year_hint: int | None) -> tuple[list[_Period], str]:
    """All date expressions in ``t`` (left to right) and the text left over once they are removed."""
    taken = [False] * len(t)
    found: list[_Period] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(t):
            if any(taken[m.start():m.end()]):
                continue
            if kind == "mon" and m.group(1) == "may" and not _looks_like_month_may(t, m):
                continue
            p = _period(kind, m, year_hint)
            for i in range(m.start(), m.end()):
                taken[i] = True
            if p is None:
                found.append(_Period(dt.date.min, dt.date.min, m.start(), m.end(), year_given=False, valid=False))
            else:
                found.append(p)
    found.sort(key=lambda p: p.pos)
    leftover = "".join(" " if taken[i] else ch for i, ch in enumerate(t))
    return found, leftover


def _looks_like_month_may(t: str, m: re.Match) -> bool:
    """'may' is a month only near other date words, not in 'this may slip'."""
    rest = t[m.end():].strip()
    return not re.match(r"[a-z]", rest) or bool(re.match(r"(?:-|to|until)\b", rest))


_RANGE_SEP = re.compile(r"^\s*(?:-|/|to|until|till|through|thru|and)\s*$")
_FILLER = re.compile(
    r"\b(?:by|end|the|of|from|start|starting|beginning|begin|mid|early|late|before|after|no later than|"
    r"onwards?|and|annually|ongoing|on-going|then|review(?:ed)?|initially|target|deadline|date|week|"
    r"commencing|w/?c|to|until|in|at|for|each|every|year|month|quarter|term|fy|financial|complete[d]?|"
    r"autumn|spring|summer|winter)\b"
)


def has_date_words(text: str) -> bool:
    """True when ``text`` says something about time: a date, a status word, or only words such as
    "End", "onwards", "and annually" (the fragments a converter leaves of a timeframe cell)."""
    t = _clean(text or "")
    if not t.strip():
        return False
    if _keyword_status(t) or _find_periods(t, 2000)[0] or re.search(r"\d", t):
        return True
    words = re.findall(r"[a-z/]+", t)
    return bool(words) and all(_FILLER.fullmatch(w) for w in words)


def normalise_date(text: str, *, today: dt.date | None = None, year_hint: int | None = None,
                   fy_hint: int | None = None) -> DateSpan:
    """Read a plan's timeframe text as a :class:`DateSpan`; never raises, never invents a date.

    ``year_hint`` supplies the year for expressions that print none ("w/c 3 June", "Spring term");
    without it those stay ``unknown``. ``fy_hint`` is the first calendar year of the financial year
    the plan is printed for ("Tracker 2025/26" -> 2025): a quarter printed without a year ("Q2")
    is a quarter of that year; without it a bare quarter stays ``unknown``. ``today`` is accepted
    for callers that resolve relative phrases; no rule needs it yet, so it does not change the result.
    """
    try:
        return _normalise(text or "", year_hint, fy_hint)
    except Exception:  # a bug here must not cost the user the whole plan
        return DateSpan(None, None, "unknown")


_ANY_YEAR = re.compile(r"\d{2,4}\s*[/-]\s*\d{2}\b|\b(?:19|20)\d{2}\b|['’]\d{2}\b")


def _with_fy(t: str, fy_hint: int | None) -> str:
    """Bare quarters ("q2", "end of q4") of a text that prints no year become quarters of the plan's financial year."""
    if fy_hint is None or _ANY_YEAR.search(t) or re.search(MONTH_RE, t):
        return t
    return re.sub(r"\bq([1-4])\b", lambda m: f"q{m.group(1)} {fy_hint}/{(fy_hint + 1) % 100:02d}", t)


def start_of(text: str, *, year_hint: int | None = None, fy_hint: int | None = None) -> str | None:
    """The first day named by a "Start" cell ("Apr 2025" -> 2025-04-01, "1 April 2025", "Q1"), or None
    when it names no single period (blank, a status word, two dates, damaged text)."""
    try:
        t = _with_fy(_clean(text or ""), fy_hint)
        if not t.strip():
            return None
        periods, leftover = _find_periods(t, year_hint)
        good = [p for p in periods if p.valid]
        if len(good) != 1 or len(periods) != 1 or re.search(r"\d", leftover):
            return None
        if not good[0].year_given or good[0].first.year == 1:
            lent = _lend_years(good, year_hint)
            if lent is None:
                return None
            good = lent
        return good[0].first.isoformat()
    except Exception:
        return None


def normalise_start_end(start: str, end: str, *, year_hint: int | None = None, fy_hint: int | None = None) -> DateSpan:
    """A tracker's separate Start and End cells as one span: the End cell gives the deadline and the
    status ("Ongoing", "Completed Jan 2026"), the Start cell the first day. A start after the end
    is dropped rather than trusted."""
    span = normalise_date(end, year_hint=year_hint, fy_hint=fy_hint)
    first = start_of(start, year_hint=year_hint, fy_hint=fy_hint)
    if first is None or (span.end and span.end < first):
        return span
    return DateSpan(first, span.end, span.status)


# A spreadsheet date cell whose format was lost shows the Excel serial number ("46112" = 31 March 2026).
# Only five-digit whole numbers between 2000-01-01 and 2099-12-31 are read so; nothing else in a
# timeframe cell is a bare number of that size.
_EXCEL_SERIAL = re.compile(r"^\s*(3[6-9]\d{3}|[4-6]\d{4}|7[0-2]\d{3})(?:\.0+)?\s*$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


# A database's compact date, yyyymmdd ("20190331"), as exports write it.
_COMPACT_DATE = re.compile(r"^\s*((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s*$")
_ISO_STAMP = re.compile(r"\b((?:19|20)\d\d-[01]\d-[0-3]\d)T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?\b")


def _normalise(text: str, year_hint: int | None, fy_hint: int | None = None) -> DateSpan:
    m = _EXCEL_SERIAL.match(text)
    if m and int(m.group(1)) >= 36526:
        return DateSpan(None, (_EXCEL_EPOCH + dt.timedelta(days=int(m.group(1)))).isoformat(), "dated")
    # an ISO 8601 timestamp, as project tools export a due date ("2026-03-31T16:00:00.000Z"): its day
    text = _ISO_STAMP.sub(r"\1", text)
    text = _COMPACT_DATE.sub(r"\1-\2-\3", text)
    t = _with_fy(_clean(text), fy_hint)
    if not t.strip():
        return DateSpan(None, None, "unknown")
    periods, leftover = _find_periods(t, year_hint)
    keyword = _keyword_status(t)
    bad = [p for p in periods if not p.valid]
    good = [p for p in periods if p.valid]

    # "March 2026 (Q4)", "Q3 (Oct-Dec 2025)": a quarter without its year only restates the date beside it.
    if good:
        leftover = re.sub(r"\bq[1-4]\b", " ", leftover)
    truncated = bool(re.search(r"\d", leftover)) or bool(bad)
    if not good:
        return DateSpan(None, None, keyword or "unknown")
    if truncated:
        # e.g. "Jul 2018 - Mar 2": the start is sure, the end is not.
        first = good[0]
        sure = first.year_given and len(periods) > 1 and first is periods[0]
        return DateSpan(first.first.isoformat() if sure else None, None, "unknown")

    # Bare months ("Jan - Mar 2019") borrow the year of the next period that prints one.
    if any(not p.year_given for p in good):
        good = _lend_years(good, year_hint)
        if good is None:
            return DateSpan(None, None, keyword or "unknown")

    open_ended = re.search(r"(?:-|\bto|\buntil)\s*(?:on-?\s?going|present|date|continuous)\b", t)
    if (open_ended or re.search(r"\bonwards?\b|\b(?:from|starting|commencing)\b(?!.*\b(?:to|until|-)\b)", t)) and len(good) == 1 \
            and "w/c" not in t and not re.search(r"\bw/?c\b", t):
        return DateSpan(good[0].first.isoformat(), None, "ongoing")

    status = "complete" if keyword == "complete" else "dated"
    if len(good) == 1:
        p = good[0]
        if re.search(r"\b(?:early|mid)\b[\s-]*$", t[:p.pos]) and re.fullmatch(r"\d{4}", t[p.pos:p.end_pos].strip()):
            return DateSpan(None, None, keyword or "unknown")  # "Mid-2026": no deadline to check against
        if _is_span_expression(t, p) and re.search(r"\b(?:end|by|before|no later than)\b(?:\s+of)?(?:\s+the)?(?:\s+financial year)?\s*$", t[:p.pos]):
            return DateSpan(None, p.last.isoformat(), status)  # "by end of Q2 2026/27": a deadline, like "End May"
        if p.single_day or _is_span_expression(t, p):
            start = None if p.single_day else p.first.isoformat()
            return DateSpan(start, p.last.isoformat(), status)
        return DateSpan(None, p.last.isoformat(), status)

    # Two or more periods: a range when joined by "-", "to", "until"; otherwise the latest deadline.
    a, b = good[0], good[-1]
    between = t[a.end_pos:b.pos]
    if len(good) == 2 and _RANGE_SEP.match(between) and a.first <= b.last:
        return DateSpan(a.first.isoformat(), b.last.isoformat(), status)
    if len(good) == 2 and _RANGE_SEP.match(between):
        return DateSpan(None, None, "unknown")
    latest = max(good, key=lambda p: p.last)
    return DateSpan(None, latest.last.isoformat(), status)


def _is_span_expression(t: str, p: _Period) -> bool:
    """Quarters, financial years and week-commencing are spans with a start, unlike a month deadline."""
    s = t[p.pos:p.end_pos]
    return bool(re.match(r"q[1-4]|w/?c|fy|\d{4}\s*[/-]\s*\d", s))


def _lend_years(periods: list[_Period], year_hint: int | None) -> list[_Period] | None:
    out: list[_Period] = []
    for i, p in enumerate(periods):
        if p.year_given or p.first.year != 1:
            out.append(p)
            continue
        nxt = next((q for q in periods[i + 1:] if q.year_given), None)
        if nxt is None:
            if year_hint is None:
                return None
            y = year_hint
        else:
            y = nxt.first.year
            if p.first.month > nxt.first.month:  # "Dec - Mar 2019": December is the year before
                y -= 1
        out.append(_Period(dt.date(y, p.first.month, 1), _last_day(y, p.first.month), p.pos, p.end_pos, True))
    return out


def _keyword_status(t: str) -> str | None:
    for status, rx in _STATUS_WORDS:
        if re.search(rx, t):
            return status
    return None
