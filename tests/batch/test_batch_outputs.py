"""Output naming, JSON round trip, CSV safety and HTML escaping of the batch stage."""
from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from extractor.batch.model import Case, LetterResult, Match, VisitSpan, letter_from_json, letter_to_json
from extractor.batch.outputs import index_rows, letter_output_name, write_index_csv
from extractor.batch.timeline import build_timelines, new_concerns
from extractor.batch.outputs import letter_ref
from extractor.document import Provenance
from extractor.items import Evidence, Finding, Recommendation
from extractor.batch.html import to_batch_html

_part = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/\\\x00"),
                min_size=1, max_size=12)
_paths = st.lists(_part, min_size=1, max_size=3).map("/".join)


def test_plain_paths_keep_a_readable_name():
    assert letter_output_name("bucks-80442/2021-04-12-focused-visit.pdf") == \
        "bucks-80442__2021-04-12-focused-visit.pdf.json"


def test_lookalike_paths_get_distinct_names():
    names = {letter_output_name(p) for p in ["a/b.pdf", "a__b.pdf", "a_b.pdf", "a b.pdf", "a?b.pdf", "A/b.pdf"]}
    assert len(names) == 6
    assert all("/" not in n and n.endswith(".json") for n in names)


@given(st.lists(_paths, min_size=2, max_size=8, unique=True))
def test_output_names_are_collision_free(paths):
    names = [letter_output_name(p) for p in paths]
    assert len(set(names)) == len(names)
    assert all("/" not in n and len(n) < 200 for n in names)


def _result(source="x/letter.pdf", text="Leaders <script>alert(1)</script> are weak", case_used=True):
    p = Provenance(source, 2)
    f1 = Finding("f1", "a", text, p, "concern")
    f2 = Finding("f2", None, "Assessments have improved", p.at(page=3), "strength")
    rec = Recommendation("lr1", 1, "Improve <b>assessments</b>", p, "1.", "priority", "local authority",
                         (Evidence(4, "why"),))
    return LetterResult(source, "x/letter.pdf", "ab" * 32, "focused-visit", "2021-04-12",
                        VisitSpan("3 and 4 March 2021", "2021-03-03", "2021-03-04"), 5, (f1, f2), (rec,),
                        (Match("f2", "r1", "recommendation", 0.5, "shared words: assessment"),), case_used,
                        None, 1.25)


def test_letter_json_round_trips():
    res = _result()
    doc = letter_to_json(res)
    assert [f["id"] for f in doc["findings"]] == ["f1", "f2"]  # new concern first
    assert doc["new_concerns"] == ["f1"]
    assert letter_from_json(doc) == res


def test_new_concern_is_listed_first_but_reading_order_survives():
    p = Provenance("s", 1)
    res = LetterResult("s", "s", "0", findings=(Finding("a", None, "fine", p, "strength"),
                                                Finding("b", None, "bad", p, "concern")), case_used=True)
    doc = letter_to_json(res)
    assert [f["id"] for f in doc["findings"]] == ["b", "a"]
    assert [f.id for f in letter_from_json(doc).findings] == ["a", "b"]


def test_csv_neutralises_formulas(tmp_path):
    res = LetterResult("=cmd.pdf", "=cmd.pdf", "0", error="=HYPERLINK(\"x\") bad")
    write_index_csv(tmp_path, index_rows([res]))
    (row,) = csv.DictReader(io.StringIO((tmp_path / "index.csv").read_text("utf-8")))
    assert row["file"].startswith("'=") and row["error"].startswith("'=")


def test_html_escapes_letter_text_and_is_self_contained():
    res = _result()
    rec = Recommendation("r1", 1, "Ensure <script>x()</script> assessments", Provenance("report.pdf", 1))
    case = Case((rec,), (), (), ("report.pdf",))
    refs = [(res, letter_ref(res))]
    html = to_batch_html([res], build_timelines(case, refs), new_concerns(refs), case)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;assessments&lt;/b&gt;" in html
    assert "http://" not in html and "https://" not in html and "<link" not in html
    assert "New concerns (1)" in html and "progress seen" in html


def test_html_file_is_streamed_to_disk_whole_and_escaped(tmp_path, monkeypatch):
    import re

    from extractor.batch import html as batch_html

    res = _result()
    rec = Recommendation("r1", 1, "Ensure <script>x()</script> assessments", Provenance("report.pdf", 1))
    case = Case((rec,), (), (), ("report.pdf",))
    refs = [(res, letter_ref(res))]
    args = ([res], build_timelines(case, refs), new_concerns(refs), case)
    # Written chunk by chunk, never rendered to one string first.
    monkeypatch.setattr(type(batch_html._template()), "render", lambda *a, **k: pytest.fail("rendered whole"))
    batch_html.write_batch_html(tmp_path / "index.html", *args)
    monkeypatch.undo()
    written = (tmp_path / "index.html").read_text("utf-8")
    stamp = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC")
    assert stamp.sub("T", written) == stamp.sub("T", to_batch_html(*args))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in written and written.rstrip().endswith("</html>")
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]  # no temporary file left


def test_html_without_case_lists_letters_only():
    res = _result(case_used=False)
    html = to_batch_html([res], (), (), None)
    assert "No case given" in html and "New concerns" not in html
    assert "x/letter.pdf" in html


def test_html_timeline_lists_silent_letters_only_where_silence_is_news():
    rec = Recommendation("r1", 1, "Improve assessments", Provenance("report.pdf", 1))
    case = Case((rec,), (), (), ("report.pdf",))
    p = Provenance("x", 1)
    letters = []
    for i, date in enumerate(["2019-01-01", "2019-06-01", "2020-01-01", "2020-06-01"]):
        f = Finding(f"f{i}", None, f"finding of letter {i}", p, "concern")
        ms = (Match(f.id, "r1", "recommendation", 0.5, "e"),) if i == 0 else ()
        letters.append(LetterResult(f"l{i}.pdf", f"l{i}.pdf", "0", letter_date=date, findings=(f,), matches=ms,
                                    case_used=True))
    refs = [(r, letter_ref(r)) for r in letters]
    html = to_batch_html(letters, build_timelines(case, refs), new_concerns(refs), case)
    timeline = html.split('id="timelines"')[1].split('id="letters"')[0]
    assert "concern raised" in timeline and timeline.count("no longer mentioned</span></td>") == 1
    assert "Not mentioned in 2 other letter(s)" in timeline
