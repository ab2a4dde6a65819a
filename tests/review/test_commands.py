"""The load/review/serve/train verbs, parsed by the same argparse wiring cli.py uses."""
from __future__ import annotations

import argparse
import io
import json

import pytest

from extractor.cli import _common
from extractor.errors import UsageError
from extractor.review.commands import add_review_commands
from extractor.store import CaseStore

BUCKS_REPORT = ("corpus", "ofsted-reports", "buckinghamshire-80442", "2018-01-29.pdf")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="recmap")
    sub = p.add_subparsers(dest="command")

    def add(name, func, help_):
        sp = sub.add_parser(name, help=help_, description=help_)
        sp.set_defaults(func=func)
        return sp

    add_review_commands(add, _common)
    return p


def run(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


def test_every_command_has_help():
    p = parser()
    sub = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == {"load", "review", "serve", "train"}
    for name, sp in sub.choices.items():
        assert sp.description and len(sp.description) > 20, name
        for action in sp._actions:
            assert action.help, f"{name} {action.dest} has no help"


def test_load_review_and_reload_on_the_buckinghamshire_case(tmp_path, shared, seed, capsys, monkeypatch):
    report_path = shared.joinpath(*BUCKS_REPORT)
    if not report_path.exists():
        pytest.skip(f"{report_path} not found: real-document test skipped")
    report, plan, db = str(report_path), str(seed("000")), str(tmp_path / "recmap.db")
    assert run(["load", "--db", db, "--report", report, "--plan", plan, "-q"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["new_revision"] and out["recommendations"] == 10 and out["actions"] >= 30
    assert run(["load", "--db", db, "--report", report, "--plan", plan, "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["new_revision"] is False  # same files: a no-op
    monkeypatch.setattr("sys.stdin", io.StringIO("r\na\nq\n"))
    assert run(["review", "--db", db, "--reviewer", "Tess"]) == 0
    shown = capsys.readouterr().out
    assert "Recommendation" in shown and "accepted" in shown
    with CaseStore(db) as s:
        assert [d.kind for d in s.decisions()] == ["reject", "accept"]


def test_review_needs_a_name_and_a_database(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(UsageError, match="--reviewer"):
        run(["review", "--db", str(tmp_path / "x.db")])
    from extractor.errors import StoreError

    with pytest.raises(StoreError, match="recmap load"):
        run(["review", "--db", str(tmp_path / "x.db"), "--reviewer", "Ann"])


def test_serve_refuses_a_public_address_without_password(tmp_path, monkeypatch):
    monkeypatch.delenv("RECMAP_PASSWORD", raising=False)
    with pytest.raises(UsageError, match="without a password"):
        run(["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0"])
