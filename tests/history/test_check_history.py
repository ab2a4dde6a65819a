"""recmap check --history: recommendations asked before are marked, whether the history holds the
checked report (its recorded repeats) or not (read and compared on the spot); and the real
corpus (skipped without ../shared)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, shared_path
from extractor.cli import main
from historykit import CARE_LEAVERS, MISSING, SUPERVISION, SUPERVISION_AGAIN, letter

PLAN = ROOT / "corpus" / "samples" / "improvement-plan.docx"


@pytest.fixture(scope="module")
def letters(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("letters")
    letter(src / "2019.pdf", "12 April 2019", [SUPERVISION, CARE_LEAVERS])
    letter(src / "later" / "2021.pdf", "20 May 2021", [SUPERVISION_AGAIN, MISSING])
    return src


def _check(report: Path, db: Path, capsys) -> dict:
    assert main(["check", "--report", str(report), "--plan", str(PLAN), "--history", str(db), "--json", "-q"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_report_the_history_holds_and_one_it_does_not_are_marked_alike(letters, tmp_path, capsys):
    whole, early_only = tmp_path / "whole.sqlite", tmp_path / "early.sqlite"
    assert main(["history", str(letters), "--db", str(whole), "--workers", "1", "-q"]) == 0
    assert main(["history", str(letters / "2019.pdf"), "--db", str(early_only), "--workers", "1", "-q"]) == 0
    later = letters / "later" / "2021.pdf"
    for db in (whole, early_only):
        doc = _check(later, db, capsys)
        assert doc["history"] == str(db)
        marks = {r["text"]: r["asked_before"] for r in doc["recommendations"]}
        assert [a["describes"] for a in marks[SUPERVISION_AGAIN]] == ["the 2019 focused visit, area for improvement 1"]
        assert marks[SUPERVISION_AGAIN][0]["text"] == SUPERVISION
        assert marks[MISSING] == []
    # the earliest document has nothing before it
    doc = _check(letters / "2019.pdf", whole, capsys)
    assert all(r["asked_before"] == [] for r in doc["recommendations"])


def test_check_history_needs_an_existing_history(letters, tmp_path, capsys):
    code = main(["check", "--report", str(letters / "2019.pdf"), "--plan", str(PLAN),
                 "--history", str(tmp_path / "none.sqlite"), "-q"])
    assert code == 2 and "no such history database" in capsys.readouterr().err


def test_plymouth_history_from_the_real_documents(tmp_path):
    """Plymouth's 2018 ILACS report asks again for the quality of supervision (2014 SIF report,
    recommendation 2): the gold's high link, and the council read from each document's own text."""
    reports = shared_path("corpus", "ofsted-reports", "plymouth-80538")
    from extractor.history import db as hdb
    from extractor.history.build import update_history
    from extractor.history.export import history_json

    db = tmp_path / "p.sqlite"
    run = update_history([reports], db)
    assert run.failed == () and run.files == 3
    con = hdb.connect(db)
    docs = {Path(d["source"]).name: d for d in history_json(con)["documents"]}
    con.close()
    assert {d["council"] for d in docs.values()} == {"Plymouth City Council"}
    assert [d["framework"] for d in (docs["2015-01-06.pdf"], docs["2019-01-07.pdf"])] == ["SIF", "ILACS"]
    supervision = next(i for i in docs["2019-01-07.pdf"]["items"] if "supervision" in i["text"])
    assert "the 2014 report, recommendation 2" in [r["describes"] for r in supervision["repeats"]]
    assert "management_oversight" in supervision["themes"]
