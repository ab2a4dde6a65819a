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


def test_revised_real_plan_carries_decisions_and_shows_removed_actions(tmp_path, shared, seed):
    """Edit one action of the Buckinghamshire plan and drop row 1.8, then load it as revision 2."""
    from extractor.store import load_case

    report_path = shared.joinpath(*BUCKS_REPORT)
    if not report_path.exists():
        pytest.skip(f"{report_path} not found: real-document test skipped")
    db, report = tmp_path / "recmap.db", str(report_path)
    plan_text = seed("000").read_text(encoding="utf-8")
    v1 = tmp_path / "plan-phase2.txt"
    v1.write_text(plan_text, encoding="utf-8")
    load_case(db, [report], str(v1))
    with CaseStore(db) as s:
        state = s.state()
        edited = next(a for a in state.actions if "Public Law Outline thematic review" in a.text)
        removed = next(a for a in state.actions if a.row == "1.8")
        rec1 = next(r.recommendation for r in state.recommendations if r.recommendation.number == 1)
        rec6 = next(r.recommendation for r in state.recommendations if r.recommendation.number == 6)
        s.decide("accept", rec1.id, edited.id, "Ann", "PLO delays are decision-making delays")
        s.decide("accept", rec6.id, removed.id, "Ann", "placements with parents")
        assert s.state().rec(rec1.id).status == "covered"

    old_phrase = "To implement the action plan arising from the Public Law Outline"
    assert old_phrase in plan_text
    revised = plan_text.replace(old_phrase, "To implement and monitor the action plan arising from the Public Law Outline")
    revised = "\n".join(line for line in revised.splitlines() if not line.startswith("1.8 "))
    v2 = tmp_path / "plan-phase2-revised.txt"
    v2.write_text(revised, encoding="utf-8")
    summary = load_case(db, [report], str(v2))
    assert summary.revision == 2 and summary.edited_actions >= 1 and summary.removed_actions >= 1
    assert summary.unchanged_actions >= 25

    with CaseStore(db) as s:
        state = s.state()
        r1 = state.rec(rec1.id)
        carried = [l for l in r1.links if l.decision and l.decision.reason.startswith("PLO")]
        assert carried and carried[0].suspect and carried[0].action != edited.id
        assert "and monitor" in state.action(carried[0].action).text
        r6 = state.rec(rec6.id)
        assert removed.id in {g.action for g in r6.removed}
        assert len(s.decisions()) == 2  # nothing rewritten


def test_load_of_an_unreadable_plan_leaves_no_database(tmp_path):
    from extractor.errors import RecmapError
    from extractor.store import load_case

    report, plan = tmp_path / "report.pdf", tmp_path / "plan.docx"
    report.write_bytes(b"")
    plan.write_bytes(b"")
    with pytest.raises(RecmapError):
        load_case(tmp_path / "recmap.db", [str(report)], str(plan))
    assert not (tmp_path / "recmap.db").exists()
