"""Date normalisation: the plan wordings of the issue, plus hypothesis properties."""
from __future__ import annotations

import ast
import calendar
import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from extractor.extract.dates import MONTHS, has_date_words, iso_date, month_number, normalise_date
from extractor.items import DateSpan


@pytest.mark.parametrize(
    "raw, start, end, status",
    [
        ("Jan 2019", None, "2019-01-31", "dated"),
        ("Jun 2018 – Feb 2019", "2018-06-01", "2019-02-28", "dated"),
        ("Jan 2019 - Mar 2019", "2019-01-01", "2019-03-31", "dated"),
        ("Jan - Mar 2019", "2019-01-01", "2019-03-31", "dated"),
        ("Dec - Mar 2019", "2018-12-01", "2019-03-31", "dated"),
        ("End May 2015", None, "2015-05-31", "dated"),
        ("End June 2015", None, "2015-06-30", "dated"),
        ("End\nDecember\n2015", None, "2015-12-31", "dated"),
        ("Autumn 2015", None, "2015-11-30", "dated"),
        ("Winter 2015", None, "2016-02-29", "dated"),
        ("Sept 2015", None, "2015-09-30", "dated"),
        ("Septembe r 2015", None, "2015-09-30", "dated"),
        ("29/6/2015 onwards.", "2015-06-29", None, "ongoing"),
        ("May 2015 onwards.", "2015-05-01", None, "ongoing"),
        ("29 June 2015", None, "2015-06-29", "dated"),
        ("11th June 2015", None, "2015-06-11", "dated"),
        ("3/6/2019", None, "2019-06-03", "dated"),  # UK day-first
        ("September 2016 and annually", None, "2016-09-30", "dated"),
        ("Complete", None, None, "complete"),
        ("Current", None, None, "ongoing"),
        ("Ongoing.", None, None, "ongoing"),
        ("With immediate effect.", None, None, "immediate"),
        ("As required.", None, None, "ongoing"),
        ("tba", None, None, "tbc"),
        ("2019/20", "2019-04-01", "2020-03-31", "dated"),
        ("Q3 2019/20", "2019-10-01", "2019-12-31", "dated"),
        ("Q4 2019/20", "2020-01-01", "2020-03-31", "dated"),
        ("Spring term 2020", None, "2020-04-30", "dated"),
        ("2019-03-31 00:00:00", None, "2019-03-31", "dated"),  # spreadsheet cell
        ("Jan-19", None, "2019-01-31", "dated"),
    ],
)
def test_plan_wordings(raw, start, end, status):
    assert normalise_date(raw) == DateSpan(start, end, status)


@pytest.mark.parametrize("raw", ["Jul 2018 – Mar 2", "31/2/2019", "w/c 3 June", "by end of Q1", "This may slip", "", "13/13/2019"])
def test_never_a_wrong_date(raw):
    span = normalise_date(raw)
    assert span.end is None
    assert span.status in ("unknown", "tbc")


def test_truncated_range_keeps_the_sure_start():
    assert normalise_date("Jul 2018 – Mar 2") == DateSpan("2018-07-01", None, "unknown")


def test_year_hint_resolves_dates_printed_without_a_year():
    assert normalise_date("w/c 3 June", year_hint=2019) == DateSpan("2019-06-03", "2019-06-09", "dated")
    assert normalise_date("Spring term", year_hint=2020).end == "2020-04-30"


_MONTH_NAMES = [calendar.month_name[i] for i in range(1, 13)] + [calendar.month_abbr[i] for i in range(1, 13)]


@given(st.integers(0, 23), st.integers(1995, 2035))
def test_month_year_round_trips(mi, year):
    month = mi % 12 + 1
    span = normalise_date(f"{_MONTH_NAMES[mi]} {year}")
    assert span == DateSpan(None, dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat(), "dated")


@given(st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31)))
def test_day_first_numeric_round_trips(d):
    assert normalise_date(f"{d.day}/{d.month}/{d.year}") == DateSpan(None, d.isoformat(), "dated")
    assert normalise_date(f"{d.day:02d}/{d.month:02d}/{d.year}").end == d.isoformat()


@given(st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31)), st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31)),
       st.sampled_from([" - ", " – ", " to ", "-"]))
def test_month_ranges_start_on_first_and_end_on_last_day(a, b, sep):
    a, b = min(a, b), max(a, b)
    span = normalise_date(f"{calendar.month_abbr[a.month]} {a.year}{sep}{calendar.month_abbr[b.month]} {b.year}")
    assert span.status == "dated"
    assert span.start == a.replace(day=1).isoformat()
    assert span.end == b.replace(day=calendar.monthrange(b.year, b.month)[1]).isoformat()


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
       | st.from_regex(r"(End |By |w/c )?(\d{1,2}[ /])?(Jan|Sept?|Dec|Q[1-5]|Spring|Autumn)?( \d{1,4})?([/-]\d{1,4})?( onwards)?", fullmatch=True))
def test_never_raises_and_start_never_after_end(text):
    span = normalise_date(text)
    assert span.status in {"dated", "immediate", "ongoing", "complete", "tbc", "unknown"}
    for value in (span.start, span.end):
        if value is not None:
            dt.date.fromisoformat(value)
    if span.start and span.end:
        assert span.start <= span.end


@pytest.mark.parametrize(
    "raw, start, end, status",
    [
        # UK plan wordings beyond the seed plans
        ("Q3 2025/26", "2025-10-01", "2025-12-31", "dated"),
        ("Q1 25/26", "2025-04-01", "2025-06-30", "dated"),
        ("Q2 FY25/26", "2025-07-01", "2025-09-30", "dated"),
        ("FY25/26", "2025-04-01", "2026-03-31", "dated"),
        ("FY 2025-26", "2025-04-01", "2026-03-31", "dated"),
        ("by end of March 2026", None, "2026-03-31", "dated"),
        ("by end of Q2 2026/27", None, "2026-09-30", "dated"),  # a deadline, like "End May 2015"
        ("End of financial year 2025/26", None, "2026-03-31", "dated"),
        ("Spring 2026", None, "2026-05-31", "dated"),
        ("Sept 25", None, "2025-09-30", "dated"),
        ("12/2025", None, "2025-12-31", "dated"),
        ("March 2026 (Q4)", None, "2026-03-31", "dated"),
        ("Q3 (Oct-Dec 2025)", "2025-10-01", "2025-12-31", "dated"),
        ("within 3 months", None, None, "unknown"),
        ("Mid-2026", None, None, "unknown"),  # no deadline to check against
        ("Monthly", None, None, "ongoing"),
        ("TBC", None, None, "tbc"),
        ("Completed", None, None, "complete"),
    ],
)
def test_more_uk_plan_wordings(raw, start, end, status):
    assert normalise_date(raw) == DateSpan(start, end, status)


@pytest.mark.parametrize("hint", [2019, 2025, 2026, 2027])
def test_year_printed_in_the_cell_beats_the_plans_usual_year(hint):
    # Regression: with a year hint, "Jan" took the hint's year and "Jan–Mar 2026" started in 2025.
    assert normalise_date("Jan–Mar 2026", year_hint=hint) == DateSpan("2026-01-01", "2026-03-31", "dated")
    assert normalise_date("Nov - Jan 2026", year_hint=hint) == DateSpan("2025-11-01", "2026-01-31", "dated")


@given(st.integers(0, 11), st.integers(0, 11), st.integers(2000, 2035), st.one_of(st.none(), st.integers(1995, 2035)))
def test_bare_month_range_takes_the_printed_year(a, b, year, hint):
    a, b = min(a, b), max(a, b)
    span = normalise_date(f"{calendar.month_abbr[a + 1]} – {calendar.month_abbr[b + 1]} {year}", year_hint=hint)
    assert span == DateSpan(dt.date(year, a + 1, 1).isoformat(),
                            dt.date(year, b + 1, calendar.monthrange(year, b + 1)[1]).isoformat(), "dated")


def test_month_words():
    assert [month_number(w) for w in ("January", "jan", "Sept.", "SEP", "may", "Mayday")] == [1, 1, 9, 9, 5, None]
    assert [month_number(w, abbreviated=False) for w in ("March", "Mar", "Sept")] == [3, None, None]
    assert iso_date("25th", "Sept", "2018") == "2018-09-25" and iso_date("06", "10", "2016") == "2016-10-06"
    assert iso_date("31", "February", "2019") is None and iso_date("3", "Smarch", "2019") is None


def test_a_misspelt_month_is_no_month():
    # Regression: the month pattern read "sepember" as a month that MONTHS did not hold, and
    # has_date_words raised KeyError on it.
    assert has_date_words("sepember") is False
    assert normalise_date("Sepember") == DateSpan(None, None, "unknown")


# Month tables outside extract/dates.py, with the reason each is still there.
OTHER_MONTH_TABLES = {
    "extractor/ingest/lines.py": "ingest comes before extract and cannot import its vocabulary: a pattern "
                                 "that keeps a letter's date line from being read as a heading",
}


def test_one_date_vocabulary():
    """Month names live in extract/dates.py; a module whose strings name most months holds its own table."""
    found = {}
    for path in sorted((ROOT / "extractor").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)}
        months = {MONTHS[w] for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                  for w in re.findall(r"[a-z]+", node.value.lower()) if w in MONTHS}
        if len(months) >= 6:
            found[str(path.relative_to(ROOT))] = len(months)
    assert set(found) == {"extractor/extract/dates.py"} | set(OTHER_MONTH_TABLES), found
