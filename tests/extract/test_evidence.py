"""Evidence paragraphs (issue 19, item 4): the report paragraphs a recommendation rests on, where
the framework ties them, and an ``evidence_status`` on every recommendation so that an empty
list is never mistaken for a miss."""
from __future__ import annotations

import pytest

from extractor.document import Block, Document, Provenance
from extractor.extract.evidence import cited_paragraphs
from extractor.extract.recommendations import extract_recommendations

from conftest import shared_path


def report(relpath: str):
    from extractor.ingest import load_document

    return extract_recommendations(load_document(shared_path("corpus", "ofsted-reports", *relpath.split("/"))))


def doc(*specs: tuple, source: str = "report.pdf") -> Document:
    """(type, text, label, page) tuples."""
    return Document(source, "pdf", tuple(Block(t, x, Provenance(source, p), label=lab) for t, x, lab, p in specs), 12)


@pytest.mark.parametrize("text,numbers", [
    ("Improve the quality of plans (paragraphs 102, 103).", [102, 103]),
    ("Ensure timely assessments. (Paras 58, 62,64, 65)", [58, 62, 64, 65]),
    ("Review placements (Paras 62 ,63)", [62, 63]),
    ("Strengthen oversight (paragraphs 17,\n25, 46, 48 and 80).", [17, 25, 46, 48, 80]),
    ("Act on the MASH (see paragraphs 29-33).", [29, 30, 31, 32, 33]),
    ("Ensure that plans are timely. (Throughout)", []),
    ("Ensure that 12 children are seen (paragraph 5 of the guidance is met).", []),
])
def test_cited_paragraphs(text, numbers):
    assert cited_paragraphs(" ".join(text.split())) == numbers


def test_cited_paragraphs_are_attached_with_what_goes_on_under_them():
    d = doc(("paragraph", "Inspection of services for children in need of help and protection", None, 1),
            ("heading", "Recommendations", None, 2),
            ("list_item", "Improve the quality of plans (paragraphs 14, 15).", "1.", 2),
            ("list_item", "Ensure that the board evaluates training (paragraph 16).", "2.", 2),
            ("list_item", "Recruit more foster carers.", "3.", 2),
            ("heading", "Summary for children and young people", None, 3),
            ("list_item", "Plans are not specific enough.", "14.", 5),
            ("paragraph", "They do not say who will do what,", None, 5),
            ("paragraph", "and by when.", None, 6),
            ("list_item", "Reviews are timely.", "15.", 6),
            ("heading", "The LSCB", None, 7),
            ("list_item", "Training is not evaluated.", "16.", 7))
    one, two, three = extract_recommendations(d).recommendations
    assert [(e.page, e.text) for e in one.evidence] == [
        (5, "Plans are not specific enough. They do not say who will do what, and by when."), (6, "Reviews are timely.")]
    assert [e.text for e in two.evidence] == ["Training is not evaluated."]
    assert [r.evidence_status for r in (one, two, three)] == ["found", "found", "not found"]


def test_west_berkshire_2015_prints_no_tie_and_says_so():
    """West Berkshire 2015 (SIF): no "(Recommendation)" tag, no paragraph cited by a
    recommendation, no link in the PDF but the contents page's. First contact gave 25 empty
    evidence lists that read as misses."""
    res = report("west-berkshire-80577/2015-05-18.pdf")
    assert res.framework == "SIF" and len(res.recommendations) == 25
    assert {r.evidence_status for r in res.recommendations} == {"not tied by this report"}
    assert all(r.evidence == () for r in res.recommendations)


def test_brent_2015_recommendations_cite_their_paragraphs():
    """Brent 2015 (SIF) cites paragraphs in its recommendations ("(paragraphs 102, 103)"); first
    contact attached none."""
    recs = report("brent-80489/2015-11-30.pdf").recommendations
    first = recs[0]
    assert first.text.endswith("(paragraphs 102, 103).")
    assert [e.page for e in first.evidence] == [32, 32]
    assert first.evidence[0].text.startswith("The use of performance management and quality assurance processes")
    assert first.evidence[1].text.startswith("Information from audits is not well-joined up")
    cited = [r for r in recs if cited_paragraphs(r.text)]
    assert len(cited) == 11 and all(r.evidence_status == "found" for r in cited)
    # the board's recommendations cite nothing: the report ties paragraphs, none to them
    assert {r.evidence_status for r in recs if r.addressee == "LSCB"} == {"not found"}


def test_buckinghamshire_2018_tagged_paragraphs_still_found():
    recs = report("buckinghamshire-80442/2018-01-29.pdf").recommendations
    assert len(recs) == 10 and all(r.evidence_status == "found" for r in recs)


def test_ilacs_and_letters_do_not_tie_paragraphs():
    ilacs = report("bradford-80449/2018-10-29.pdf")
    assert ilacs.framework == "ILACS"
    assert {r.evidence_status for r in ilacs.recommendations} == {"not tied by this framework"}
    from extractor.ingest import load_document

    letter = extract_recommendations(load_document(
        shared_path("corpus", "ofsted-letters", "wokingham-80582", "2017-07-14-jtai.pdf")))
    assert {r.evidence_status for r in letter.recommendations} == {"not tied by this framework"}


def test_cli_json_says_whether_evidence_is_tied(capsys):
    from extractor.cli import main

    path = shared_path("corpus", "ofsted-reports", "west-berkshire-80577", "2015-05-18.pdf")
    assert main(["recommendations", str(path), "--json", "-q"]) == 0
    import json

    rec = json.loads(capsys.readouterr().out)["documents"][0]["recommendations"][0]
    assert rec["evidence"] == [] and rec["evidence_status"] == "not tied by this report"
    assert rec["agency"] == "Leadership management and governance"
