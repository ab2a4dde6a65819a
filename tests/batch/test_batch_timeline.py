"""Timeline readings across letters ordered by the date printed on them."""
from __future__ import annotations

from extractor.batch.model import Case, LetterResult, Match
from extractor.batch.outputs import letter_ref
from extractor.batch.timeline import build_timelines, new_concerns
from extractor.document import Provenance
from extractor.items import Finding, Recommendation

REC = Recommendation("r1", 1, "Improve assessments", Provenance("report.pdf", 1))
CASE = Case((REC,), (), (), ("report.pdf",))


def _letter(path, date, *pols, match=True):
    fs = tuple(Finding(f"{path}-{i}", None, f"finding {i}", Provenance(path, 1), p) for i, p in enumerate(pols))
    ms = tuple(Match(f.id, "r1", "recommendation", 0.5, "e") for f in fs) if match else ()
    return LetterResult(path, path, "0", letter_date=date, findings=fs, matches=ms, case_used=True)


def _readings(*letters):
    (tl,) = build_timelines(CASE, [(r, letter_ref(r)) for r in letters])
    return [(e.letter.relpath, e.reading) for e in tl.entries], tl.trend


def test_order_is_by_letter_date_not_file_name():
    # File names suggest the opposite order; the printed dates decide.
    entries, trend = _readings(_letter("a-2024.pdf", "2019-05-01", "concern"),
                               _letter("b-2018.pdf", "2020-05-01", "concern"))
    assert entries == [("a-2024.pdf", "concern raised"), ("b-2018.pdf", "concern persists")]
    assert trend == "concern persists"


def test_progress_then_silence():
    entries, trend = _readings(_letter("1.pdf", "2019-01-01", "concern"),
                               _letter("2.pdf", "2019-06-01", "strength"),
                               _letter("3.pdf", "2020-01-01", "concern", match=False))
    assert [r for _, r in entries] == ["concern raised", "progress seen", "no longer mentioned"]
    assert trend == "no longer mentioned"


def test_mixed_and_undated_letters_last():
    entries, trend = _readings(_letter("undated.pdf", None, "strength"),
                               _letter("1.pdf", "2019-01-01", "concern", "strength"))
    assert entries == [("1.pdf", "mixed"), ("undated.pdf", "progress seen")]
    assert trend == "progress seen"


def test_never_mentioned_and_failed_letters_ignored():
    failed = LetterResult("bad.pdf", "bad.pdf", "0", error="x")
    entries, trend = _readings(_letter("1.pdf", "2019-01-01", "concern", match=False), failed)
    assert entries == [("1.pdf", "not mentioned")] and trend == "never mentioned"


def test_new_concerns_newest_first():
    a = _letter("old.pdf", "2019-01-01", "concern", match=False)
    b = _letter("new.pdf", "2021-01-01", "concern", "strength", match=False)
    items = new_concerns([(r, letter_ref(r)) for r in (a, b)])
    assert [(n.letter.relpath, n.finding.polarity) for n in items] == [("new.pdf", "concern"), ("old.pdf", "concern")]


def test_inspection_dates_of_a_report_order_it_among_letters():
    from extractor.batch.dates import inspection_span

    assert inspection_span(["Buckinghamshire", "Inspection dates: 6 to 17 December 2021"]).end == "2021-12-17"
    span = inspection_span(["Inspection date: 14 September 2015 \u2013 8 October 2015"])
    assert (span.start, span.end) == ("2015-09-14", "2015-10-08")
    span = inspection_span(["Inspection dates: 24 January to 4 February 2022"])
    assert (span.start, span.end) == ("2022-01-24", "2022-02-04")
    span = inspection_span(["Inspection date: 12/09/2016 to 06/10/2016"])
    assert (span.start, span.end) == ("2016-09-12", "2016-10-06")
    assert inspection_span(["Dear Ms Smith", "The inspection found..."]) is None
    from extractor.batch.model import VisitSpan

    report = LetterResult("r.pdf", "r.pdf", "0", visit=VisitSpan("6 to 17 December 2021", None, "2021-12-17"),
                          findings=(Finding("x", None, "t", Provenance("r.pdf", 1), "concern"),), case_used=True,
                          matches=(Match("x", "r1", "recommendation", 0.5, "e"),))
    entries, _ = _readings(_letter("late.pdf", "2022-03-01", "strength"), report)
    assert entries == [("r.pdf", "concern raised"), ("late.pdf", "progress seen")]


def test_report_in_the_corpus_gets_its_inspection_end_date(tmp_path):
    from conftest import shared_path
    from extractor.batch.worker import LetterWorker, Task

    p = shared_path("corpus", "ofsted-reports", "buckinghamshire-80442", "2018-01-29.pdf")
    res = LetterWorker()(Task(str(p), "r.pdf", ""))
    assert res.letter_date is None and res.date == "2017-11-30"


def test_inspection_span_never_raises_on_odd_lines():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from extractor.batch.dates import inspection_span

    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=60))
    def check(tail):
        inspection_span([f"Inspection dates: {tail} 2019"])

    check()
    assert inspection_span(["Inspection dates: to 2019"]) is None


def test_carry_over_shows_in_the_timeline_and_is_no_new_item():
    """Bradford 2021's form (issue 19): the letter says the areas for improvement set at the
    inspection still stand; the case's improvement recommendation reads "carried over from
    2018-09" in that letter, a priority one does not, and a finding that speaks to it decides."""
    from dataclasses import replace

    from extractor.batch.outputs import index_rows, timelines_json
    from extractor.items import CarryOver

    prio = Recommendation("r2", 2, "Act on drift", Provenance("report.pdf", 1), group="priority")
    case = Case((REC, prio), (), (), ("report.pdf",))
    carry = CarryOver("The areas for improvement continue to be those identified at the ILACS inspection in "
                      "September 2018.", Provenance("b.pdf", 2), "improvement", None,
                      "the ILACS inspection in September 2018", "2018-09")
    silent = replace(_letter("b.pdf", "2021-02-12", "concern", match=False), carry_overs=(carry,))
    tl_rec, tl_prio = build_timelines(case, [(silent, letter_ref(silent))])
    assert [(e.said, e.reading, e.carried_over_from) for e in tl_rec.entries] == [
        ("carried over", "carried over from 2018-09", "2018-09")]
    assert tl_rec.trend == "carried over from 2018-09"
    assert [(e.said, e.carried_over_from) for e in tl_prio.entries] == [("not mentioned", None)]
    spoken = replace(_letter("c.pdf", "2021-02-12", "concern"), carry_overs=(carry,))
    (tl,) = build_timelines(Case((REC,), (), (), ()), [(spoken, letter_ref(spoken))])
    assert [(e.reading, e.carried_over_from) for e in tl.entries] == [("concern raised", "2018-09")]
    assert timelines_json([tl])[0]["letters"][0]["carried_over_from"] == "2018-09"
    row = index_rows([silent])[0]
    assert row["carry_overs"] == 1 and row["recommendations"] == 0
