"""recmap history end to end on small generated folders: documents, items, repeats, failures,
re-runs that read only what changed, and the JSON INTERFACE.md fixes."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractor.history import db as hdb
from extractor.history.build import update_history
from extractor.history.export import history_json
from historykit import CARE_LEAVERS, MISSING, SUPERVISION, SUPERVISION_AGAIN, letter


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("letters")
    letter(src / "north" / "2019.pdf", "12 April 2019", [SUPERVISION, CARE_LEAVERS])
    letter(src / "north" / "2021.pdf", "20 May 2021", [SUPERVISION_AGAIN, MISSING])
    letter(src / "south" / "2020.pdf", "1 June 2020", [SUPERVISION], council="Southshire")
    (src / "north" / "saved-page.pdf").write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    return src


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def test_a_folder_becomes_documents_items_and_repeats(folder, tmp_path):
    db = tmp_path / "h.sqlite"
    run = update_history([folder], db)
    assert run.files == 4 and run.read == 4 and run.added == 3
    assert [Path(f.source).name for f in run.failed] == ["saved-page.pdf"]
    assert "HTML" in run.failed[0].error or "web page" in run.failed[0].error
    con = hdb.connect(db)
    doc = history_json(con)
    con.close()
    docs = {Path(d["source"]).parent.name + "/" + Path(d["source"]).name: d for d in doc["documents"]}
    north19, north21, south = docs["north/2019.pdf"], docs["north/2021.pdf"], docs["south/2020.pdf"]
    # the council as the document names it, never the folder
    assert north19["council"].startswith("Northshire") and south["council"].startswith("Southshire")
    assert (north19["date"], north21["date"], north19["kind"], north19["framework"]) == \
        ("2019-04-12", "2021-05-20", "letter", "focused-visit")
    assert [i["text"] for i in north21["items"]] == [SUPERVISION_AGAIN, MISSING]
    assert {i["kind"] for i in north21["items"]} == {"improvement"}
    assert "management_oversight" in north21["items"][0]["themes"]
    assert "missing" in north21["items"][1]["themes"]
    # the 2021 supervision ask repeats 2019's; nothing repeats across councils or forwards in time
    rep = north21["items"][0]["repeats"]
    assert [r["item"] for r in rep] == [north19["items"][0]["id"]]
    assert rep[0]["source"] == north19["source"] and 0 < rep[0]["score"] <= 1 and rep[0]["evidence"]
    assert rep[0]["describes"] == "the 2019 focused visit, area for improvement 1"
    assert north21["items"][1]["repeats"] == []
    assert all(not i["repeats"] for d in (north19, south) for i in d["items"])
    bad = docs["north/saved-page.pdf"]
    assert bad["error"] and bad["items"] == []
    for d in doc["documents"]:
        assert {"source", "council", "date", "kind", "framework", "items"} <= set(d)
        for i in d["items"]:
            assert {"id", "text", "kind", "themes", "repeats"} <= set(i)


def test_a_rerun_reads_only_new_and_changed_files(folder, tmp_path):
    src = _copy(folder, tmp_path / "in")
    db = tmp_path / "h.sqlite"
    update_history([src], db)
    again = update_history([src], db)
    assert (again.read, again.added, again.removed) == (0, 0, 0)
    letter(src / "north" / "2023.pdf", "2 March 2023", [SUPERVISION])
    more = update_history([src], db)
    assert (more.read, more.added) == (1, 1), "only the new file is read"
    con = hdb.connect(db)
    d23 = next(d for d in history_json(con)["documents"] if d["source"].endswith("2023.pdf"))
    assert {Path(r["source"]).name for r in d23["items"][0]["repeats"]} == {"2019.pdf", "2021.pdf"}
    (src / "north" / "2023.pdf").unlink()
    gone = update_history([src], db)
    assert (gone.read, gone.removed) == (0, 1)
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3
    assert con.execute("SELECT COUNT(*) FROM repeats WHERE document_id NOT IN (SELECT id FROM documents)"
                       " OR earlier_document_id NOT IN (SELECT id FROM documents)").fetchone()[0] == 0
    con.close()


def test_the_same_file_twice_is_one_document(folder, tmp_path):
    src = _copy(folder, tmp_path / "in")
    shutil.copy(src / "north" / "2019.pdf", src / "north" / "2019-copy.pdf")
    db = tmp_path / "h.sqlite"
    update_history([src], db)
    con = hdb.connect(db)
    status = dict(con.execute("SELECT source, status FROM files"))
    assert sorted(status.values()) == ["duplicate", "failed", "read", "read", "read"]
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3
    con.close()


def test_two_workers_give_the_same_database(folder, tmp_path):
    one, two = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    update_history([folder], one, workers=1)
    update_history([folder], two, workers=2)
    dumps = []
    for db in (one, two):
        con = hdb.connect(db)
        dumps.append(json.dumps(history_json(con), sort_keys=True))
        con.close()
    assert dumps[0] == dumps[1]


def test_a_missing_folder_is_a_usage_error(tmp_path):
    from extractor.errors import InputError

    with pytest.raises(InputError, match="no such file or folder"):
        update_history([tmp_path / "nowhere"], tmp_path / "h.sqlite")


def test_a_database_inside_the_folder_it_reads_is_never_read_back(folder, tmp_path):
    src = _copy(folder, tmp_path / "in")
    db = src / "history.sqlite"
    first = update_history([src, src / "north"], db)
    assert first.files == 4 and first.read == 4  # the subfolder's files are the folder's: counted and read once
    again = update_history([src], db)
    assert again.files == 4 and again.read == 0  # not history.sqlite.batch's JSON or CSV files
