"""What people look at: the Datasette metadata (and Datasette itself, when installed), the pages
per council and the national page, and the recmap history command line."""
from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.history import db as hdb
from extractor.history.html import council_slug, render_pages
from extractor.history.metadata import TABLES, metadata_path, write_metadata
from extractor.history.model import Repeat
from historykit import CARE_LEAVERS, MISSING, SUPERVISION, SUPERVISION_AGAIN, doc, item, letter

HOSTILE = '<script>alert("x")</script>'


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("letters")
    letter(src / "2019.pdf", "12 April 2019", [SUPERVISION, CARE_LEAVERS])
    letter(src / "2021.pdf", "20 May 2021", [SUPERVISION_AGAIN, MISSING])
    return src


@pytest.fixture(scope="module")
def built(folder, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("db") / "history.sqlite"
    assert main(["history", str(folder), "--db", str(db), "--workers", "1", "-q"]) == 0
    return db


def test_the_metadata_describes_every_table_and_column_of_the_database(built):
    meta = json.loads(metadata_path(built).read_text("utf-8"))
    assert metadata_path(built).name == "history.metadata.json"
    tables = meta["databases"]["history"]["tables"]
    con = sqlite3.connect(built)
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
    for name in names:
        assert tables[name]["description"], name
        kind = con.execute("SELECT type FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        if kind == "table" and name != "meta":
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({name})")]
            assert set(cols) == set(tables[name]["columns"]), name
    con.close()
    assert {"array": "themes"} in tables["items"]["facets"] and "framework" in tables["documents"]["facets"]
    assert tables["items"]["label_column"] == "text"
    assert set(TABLES) >= set(names)


def test_datasette_serves_the_database_with_its_metadata(built):
    datasette = pytest.importorskip("datasette.app", reason="Datasette is an optional extra: pip install 'recmap[history]'")
    meta = json.loads(metadata_path(built).read_text("utf-8"))
    ds = datasette.Datasette([str(built)], metadata=meta)

    async def fetch():
        items = await ds.client.get("/history/items.json?_shape=array&_facet_array=themes")
        page = await ds.client.get("/history/documents")
        return items, page

    items, page = asyncio.run(fetch())
    assert items.status_code == 200 and len(items.json()) == 4
    assert page.status_code == 200 and "One row per Ofsted report or letter" in page.text


def test_the_command_writes_pages_and_json_and_says_how_to_open_datasette(built, tmp_path, capsys):
    out = tmp_path / "site"
    assert main(["history", "--db", str(built), "--html", str(out), "--json"]) == 0
    captured = capsys.readouterr()
    doc_json = json.loads(captured.out)
    assert len(doc_json["documents"]) == 2
    assert "datasette" in captured.err and "metadata" in captured.err
    council = next((out / "councils").glob("*.html"))
    assert council.name == "northshire.html"
    assert "asked before" in council.read_text("utf-8")
    assert (out / "index.html").is_file()


def test_command_errors(tmp_path, capsys):
    assert main(["history", str(tmp_path / "none"), "--db", str(tmp_path / "h.sqlite")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["history", str(empty), "--db", str(tmp_path / "h.sqlite"), "-q"]) == 2
    assert main(["history", "--db", str(tmp_path / "absent.sqlite")]) == 2
    assert "no such history database" in capsys.readouterr().err
    (tmp_path / "other.sqlite").write_bytes(b"not a database at all, honestly" * 10)
    assert main(["history", str(empty), "--db", str(tmp_path / "other.sqlite")]) == 2
    assert "not an SQLite database" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["history", "--help"])
    assert "--db" in capsys.readouterr().out


def test_a_failed_file_gives_exit_status_1_and_its_error_in_the_json(folder, tmp_path, capsys):
    import shutil

    src = tmp_path / "in"
    shutil.copytree(folder, src)
    (src / "page.pdf").write_text("<!DOCTYPE html><html><body>Error 404</body></html>")
    assert main(["history", str(src), "--db", str(tmp_path / "h.sqlite"), "--json", "--workers", "1"]) == 1
    captured = capsys.readouterr()
    failed = [d for d in json.loads(captured.out)["documents"] if d["error"]]
    assert [Path(d["source"]).name for d in failed] == ["page.pdf"] and failed[0]["items"] == []
    assert "error:" in captured.err and "page.pdf" in captured.err


def _pages():
    early = doc("a" * 16, "2014-06-01", [item("a1", "Improve supervision " + HOSTILE, themes=["management_oversight"],
                                              number=3)], council="Northshire County Council")
    late = doc("b" * 16, "2021-05-20", [item("b1", "The quality of supervision.", kind="improvement",
                                             themes=["management_oversight"], number=1),
                                        item("b2", "Something new.", kind="improvement", number=2)],
               council="Northshire", kind="letter", framework="focused-visit")
    other = doc("c" * 16, "2019-01-01", [item("c1", "Care leavers.", themes=["care_leavers"])], council="Southshire")
    repeats = [Repeat("b1", "a1", "a" * 16, 0.8, "linker 0.70, text 0.60")]
    labels = {"management_oversight": "management oversight and supervision", "care_leavers": "care leavers"}
    return render_pages([early, late, other], repeats, labels)


def test_a_council_page_shows_its_timeline_items_by_theme_and_links_each_repeat():
    pages = _pages()
    assert set(pages) == {"index.html", "councils/northshire.html", "councils/southshire.html"}
    page = pages["councils/northshire.html"]
    assert "<h1>Northshire County Council:" in page  # the fuller of its names, as often as the other
    assert page.index("2014-06-01") < page.index("2021-05-20")  # the timeline runs forwards
    assert "management oversight and supervision (2)" in page and "(no theme) (1)" in page
    assert 'Also asked in <a href="#item-a1">the 2014 report, recommendation 3</a>' in page
    assert 'id="item-a1"' in page and "Asked again in: the 2021 focused visit, area for improvement 1" in page
    assert HOSTILE not in page and "&lt;script&gt;" in page
    assert "Care leavers." not in page  # another council's items stay on its own page


def test_the_national_page_counts_themes_by_year_and_lists_the_most_repeated_asks():
    page = _pages()["index.html"]
    grid = page[page.index("Themes × year"):page.index("The most repeated asks")]
    assert re.findall(r"<th>(20\d\d)</th>", grid) == ["2014", "2019", "2021"]
    assert "management oversight and supervision" in grid and "care leavers" in grid
    most = page[page.index("The most repeated asks"):page.index("<h2>Councils")]
    assert 'href="councils/northshire.html#item-a1"' in most and "asked again 1×" in most
    assert "the 2021 focused visit, area for improvement 1 (score 0.80)" in most
    assert HOSTILE not in page


def test_pages_are_self_contained():
    for html in _pages().values():
        assert "<style>" in html and "<script" not in html
        assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)
        assert "<link" not in html


def test_council_slug():
    assert council_slug("north northamptonshire") == "north-northamptonshire"
    assert council_slug("bath and north east somerset") == "bath-and-north-east-somerset"


def test_recmap_history_never_imports_datasette(folder, tmp_path):
    """Datasette is an optional extra: a whole run, pages and JSON included, works without it."""
    import subprocess
    import sys

    code = ("import sys; from extractor.cli import main; "
            f"rc = main(['history', {str(folder)!r}, '--db', {str(tmp_path / 'h.sqlite')!r}, '--workers', '1', "
            f"'-q', '--html', {str(tmp_path / 'site')!r}, '-o', {str(tmp_path / 'h.json')!r}]); "
            "assert 'datasette' not in sys.modules, 'datasette imported'; sys.exit(rc)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
