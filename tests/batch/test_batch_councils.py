"""A batch checks against its case only the letters about the case's council (issue 18).

Letters naming another council are listed apart with a reason, not linked, not in the timelines
and not counted as new concerns; ``--other-councils include`` links them anyway. A finding that
only says what the visit is never counts as a concern.
"""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, shared_path
from extractor.batch.concerns import is_context_statement
from extractor.batch.councils import other_council_reason
from extractor.batch.model import Case, LetterResult, Match, letter_from_json, letter_to_json
from extractor.batch.outputs import letter_ref
from extractor.batch.timeline import build_timelines
from extractor.document import Provenance
from extractor.extract.council import Council, council_key
from extractor.items import Finding, Recommendation
from letterkit import make_letter

SAMPLE_REPORT = ROOT / "corpus" / "samples" / "inspection-report.pdf"  # fictional: Kestrelford


def _batch(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", "batch", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)


def _council(name: str) -> Council:
    return Council(name, council_key(name))


# --- which council ---------------------------------------------------------------------------------


def test_reason_names_both_councils_and_unknown_councils_are_kept():
    cambs, bucks = _council("Cambridgeshire County Council"), _council("Buckinghamshire County Council")
    assert other_council_reason(cambs, bucks) == \
        "names Cambridgeshire County Council; the case is Buckinghamshire County Council"
    assert other_council_reason(_council("Buckinghamshire"), bucks) is None  # one council, two spellings
    assert other_council_reason(None, bucks) is None and other_council_reason(cambs, None) is None


def test_council_survives_the_cache_round_trip():
    f = Finding("f1", None, "Plans are weak.", Provenance("a.pdf", 2), "concern")
    res = LetterResult("a.pdf", "a.pdf", "0", findings=(f,), council=Council("Bolton", "bolton", None, "title", 1),
                       other_council="names Bolton; the case is Bury")
    doc = letter_to_json(res)
    assert (doc["council"], doc["council_key"], doc["urn"], doc["other_council"]) == \
        ("Bolton", "bolton", None, "names Bolton; the case is Bury")
    assert letter_from_json(doc) == res


# --- context is no concern -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "This was the first focused visit since the full inspection of children’s services in 2023, which judged "
    "services to children in need of help and protection to require improvement to be good.",
    "This visit looked at the local authority’s arrangements for care leavers.",
    "Inspectors evaluated the quality of assessments and plans.",
    "At the last inspection, in February 2023, the overall effectiveness of services was judged to be outstanding.",
])
def test_context_statements(text):
    assert is_context_statement(text)


@pytest.mark.parametrize("text", [
    "This is the first focused visit since the last inspection in May 2022, when children’s services were judged "
    "to be good overall. Leaders have a detailed understanding of the service.",
    "At this focused visit, older children in care benefit from strong practice.",
    "Inspectors reviewed 20 cases and found that most plans were weak.",
    "Inspectors considered that too many assessments are late.",
    "Management oversight is not effective.",
])
def test_findings_are_not_context(text):
    assert not is_context_statement(text)


def test_a_context_sentence_is_no_new_concern_and_no_timeline_entry():
    ctx = Finding("c", None, "This was the first focused visit since the full inspection in 2023, which judged "
                  "services to require improvement to be good.", Provenance("a.pdf", 1), "concern")
    real = Finding("r", None, "Supervision is not recorded.", Provenance("a.pdf", 2), "concern")
    res = LetterResult("a.pdf", "a.pdf", "0", letter_date="2025-06-27", findings=(ctx, real), case_used=True)
    assert [f.id for f in res.new_concerns] == ["r"]
    rec = Recommendation("r1", 1, "Improve services", Provenance("report.pdf", 1))
    linked = LetterResult("a.pdf", "a.pdf", "0", letter_date="2025-06-27", findings=(ctx,), case_used=True,
                          matches=(Match("c", "r1", "recommendation", 0.6, "e"),))
    (tl,) = build_timelines(Case((rec,)), [(linked, letter_ref(linked))])
    assert tl.entries[0].said == "not mentioned" and tl.trend == "never mentioned"


# --- the batch, end to end -------------------------------------------------------------------------


def test_letters_of_another_council_are_set_aside(tmp_path):
    src = tmp_path / "in"
    make_letter(src / "kestrelford.pdf", council="Kestrelford")
    make_letter(src / "northshire.pdf", council="Northshire", variant=1)
    out = tmp_path / "out"
    run = _batch(src, "-o", out, "--report", SAMPLE_REPORT, "--workers", "1")
    assert run.returncode == 0, run.stderr
    assert "about another council: 1 letters, not linked" in run.stderr
    idx = json.loads((out / "index.json").read_text("utf-8"))
    assert idx["case_council"]["council"] == "Kestrelford"
    assert idx["other_councils"] == [{"file": "northshire.pdf", "date": "2021-04-12", "kind": "focused-visit",
                                      "council": "Northshire",
                                      "reason": "names Northshire; the case is Kestrelford", "linked": False}]
    assert all([e["file"] for e in t["letters"]] == ["kestrelford.pdf"] for t in idx["timelines"])
    assert {n["file"] for n in idx["new_concerns"]} <= {"kestrelford.pdf"}
    rows = {r["file"]: r for r in csv.DictReader(open(out / "index.csv", encoding="utf-8"))}
    assert rows["northshire.pdf"]["council"] == "Northshire" and rows["northshire.pdf"]["new_concerns"] == ""
    assert rows["northshire.pdf"]["other_council"] == "names Northshire; the case is Kestrelford"
    assert rows["kestrelford.pdf"]["other_council"] == ""
    north = json.loads((out / "letters" / "northshire.pdf.json").read_text("utf-8"))
    assert north["case"] is False and north["new_concerns"] is None
    assert north["findings"] and not any(f["matches"] for f in north["findings"])
    html = (out / "index.html").read_text("utf-8")
    assert "About another council: 1 letters" in html and "names Northshire; the case is Kestrelford" in html

    # --council names the case's council: now Kestrelford's letter is the other one.
    out2 = tmp_path / "out2"
    assert _batch(src, "-o", out2, "--report", SAMPLE_REPORT, "--council", "Northshire County Council",
                  "--workers", "1").returncode == 0
    idx2 = json.loads((out2 / "index.json").read_text("utf-8"))
    assert [o["file"] for o in idx2["other_councils"]] == ["kestrelford.pdf"]
    assert _batch(src, "-o", out2, "--council", "Northshire").returncode == 2  # no case to name


def test_other_councils_include_links_them_anyway(tmp_path):
    src = tmp_path / "in"
    make_letter(src / "kestrelford.pdf", council="Kestrelford")
    make_letter(src / "northshire.pdf", council="Northshire", variant=1)
    out = tmp_path / "out"
    run = _batch(src, "-o", out, "--report", SAMPLE_REPORT, "--other-councils", "include", "--workers", "1")
    assert run.returncode == 0, run.stderr
    idx = json.loads((out / "index.json").read_text("utf-8"))
    assert [(o["file"], o["linked"]) for o in idx["other_councils"]] == [("northshire.pdf", True)]
    assert all(len(t["letters"]) == 2 for t in idx["timelines"])
    assert json.loads((out / "letters" / "northshire.pdf.json").read_text("utf-8"))["case"] is True
    assert "linked anyway" in (out / "index.html").read_text("utf-8")


def test_real_letters_of_two_councils_in_one_folder(tmp_path):
    """Buckinghamshire's 2018 report as the case; its 2021 focused visit and Cambridgeshire's 2018
    one in one folder, as an analyst's downloads are."""
    report = shared_path("corpus", "ofsted-reports", "buckinghamshire-80442", "2018-01-29.pdf")
    bucks = shared_path("corpus", "ofsted-letters", "buckinghamshire-80442", "2021-04-12-focused-visit.pdf")
    cambs = shared_path("corpus", "ofsted-letters", "cambridgeshire-80445", "2018-04-09-focused-visit.pdf")
    src = tmp_path / "downloads"
    src.mkdir()
    (src / "fv-2021.pdf").symlink_to(bucks)
    (src / "fv-2018.pdf").symlink_to(cambs)
    out = tmp_path / "out"
    run = _batch(src, "-o", out, "--report", report, "--workers", "1")
    assert run.returncode == 0, run.stderr
    idx = json.loads((out / "index.json").read_text("utf-8"))
    assert idx["case_council"]["council"] == "Buckinghamshire County Council"
    assert idx["other_councils"] == [{
        "file": "fv-2018.pdf", "date": "2018-04-09", "kind": "focused-visit", "council": "Cambridgeshire County Council",
        "reason": "names Cambridgeshire County Council; the case is Buckinghamshire County Council", "linked": False}]
    assert len(idx["timelines"]) == 10
    assert all([e["file"] for e in t["letters"]] == ["fv-2021.pdf"] for t in idx["timelines"])
    assert any(t["letters"][0]["findings"] for t in idx["timelines"])  # its own letter still speaks to them
    assert all(n["file"] == "fv-2021.pdf" for n in idx["new_concerns"])
    councils = {r["file"]: r["council"] for r in idx["letters"]}
    assert councils == {"fv-2021.pdf": "Buckinghamshire", "fv-2018.pdf": "Cambridgeshire County Council"}
    cambs_doc = json.loads((out / "letters" / "fv-2018.pdf.json").read_text("utf-8"))
    assert cambs_doc["council"] == "Cambridgeshire County Council" and not any(
        f["matches"] for f in cambs_doc["findings"])

    out2 = tmp_path / "compare"
    assert _batch(src, "-o", out2, "--report", report, "--other-councils", "include", "--workers", "1").returncode == 0
    idx2 = json.loads((out2 / "index.json").read_text("utf-8"))
    assert all(len(t["letters"]) == 2 for t in idx2["timelines"])
    assert idx2["other_councils"][0]["linked"] is True


def test_findings_and_recommendations_json_name_the_council():
    letter = shared_path("corpus", "ofsted-letters", "cambridgeshire-80445", "2018-04-09-focused-visit.pdf")
    for verb, path in (("findings", letter), ("recommendations", SAMPLE_REPORT)):
        run = subprocess.run([sys.executable, "-m", "extractor", verb, str(path)], capture_output=True, text=True,
                             cwd=ROOT, timeout=300)
        (doc,) = json.loads(run.stdout)["documents"]
        assert {"council", "council_key", "urn"} <= set(doc)
    assert doc["council"] == "Kestrelford" and doc["urn"] is None
