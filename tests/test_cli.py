"""The CLI as a user meets it: every verb has help, bad input gives one clear line, exit codes per INTERFACE."""
from __future__ import annotations

import json

import pytest

from extractor.cli import build_parser, main


def _verbs():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sub.choices


def test_every_command_has_help_text():
    for name, p in _verbs().items():
        assert p.description and len(p.description) > 20, f"recmap {name} has no help text"


@pytest.mark.parametrize("verb", ["blocks", "recommendations", "findings", "actions", "check", "load", "review", "serve", "train", "batch"])
def test_help_exits_zero(verb, capsys):
    with pytest.raises(SystemExit) as e:
        main([verb, "--help"])
    assert e.value.code == 0
    assert "usage: recmap" in capsys.readouterr().out


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "usage" in capsys.readouterr().out


def test_blocks_on_missing_file_is_one_clear_line(tmp_path, capsys):
    missing = tmp_path / "nope.pdf"
    assert main(["blocks", str(missing)]) == 2
    out, err = capsys.readouterr()
    doc = json.loads(out)
    assert doc["error"].startswith(str(missing)) and "no such file" in doc["error"]
    assert "Traceback" not in err


def test_blocks_on_empty_file(tmp_path, capsys):
    f = tmp_path / "empty.docx"
    f.write_bytes(b"")
    assert main(["blocks", str(f)]) == 2
    assert "empty" in json.loads(capsys.readouterr().out)["error"]


def test_output_file_is_written(tmp_path, capsys):
    f = tmp_path / "note.txt"
    f.write_text("Recommendations\n\n1. Improve supervision.\n", encoding="utf-8")
    out = tmp_path / "out" / "blocks.json"
    assert main(["blocks", str(f), "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["error"] is None and doc["format"] == "text"
    assert any("supervision" in b["text"] for b in doc["blocks"])


@pytest.mark.parametrize("name,kind", [("c.html", "html"), ("c.JSON", "json"), ("c.csv", "csv"),
                                       ("c.xlsx", "xlsx"), ("c.txt", "table"), (None, "table")])
def test_check_format_follows_output_name(name, kind):
    from extractor.cli import _format_from_name

    assert _format_from_name(name) == kind


def test_check_on_the_samples_writes_html_named_by_the_output(tmp_path):
    from pathlib import Path

    samples = Path(__file__).resolve().parents[1] / "corpus" / "samples"
    out = tmp_path / "coverage.html"
    code = main(["check", "--report", str(samples / "inspection-report.pdf"),
                 "--plan", str(samples / "improvement-plan.docx"), "-o", str(out), "-q"])
    assert code == 0
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert '<article class="rec uncovered"' in html  # the sample's deliberately uncovered one
    # a report saved to a shared folder is readable as any new file is (not owner-only)
    import os

    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["coverage.html"]  # no temporary file left
