"""The batch runner with a stand-in worker: outputs, caching, resumption, failures, parallelism."""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass, field
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from extractor.batch.model import Case
from extractor.batch.runner import run_batch
from extractor.document import Provenance
from extractor.items import Recommendation
from fakes import CrashWorker, FakeWorker, write_letter

REC = Recommendation("r1", 1, "Ensure management oversight of assessments is rigorous and recorded",
                     Provenance("report.pdf", 3))
CASE = Case((REC,), (), (), ("report.pdf",))


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    write_letter(src / "north" / "2019-visit.txt", "2019-03-01",
                 ["concern: Management oversight of assessments is weak and not recorded",
                  "strength: Leaders have a clear understanding of the service"])
    write_letter(src / "north" / "2020-visit.txt", "2020-03-01",
                 ["strength: Management oversight of assessments has improved and is recorded",
                  "concern: Children missing from education are not tracked by the council"])
    (src / "broken.txt").write_text("CORRUPT file\n", encoding="utf-8")
    return src


def _csv(out: Path) -> list[dict]:
    with open(out / "index.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_outputs_without_case(letters, tmp_path):
    out = tmp_path / "out"
    s = run_batch(letters, out, FakeWorker(), version="t")
    assert (s.processed, s.cached, s.failed) == (3, 0, 1)
    names = sorted(p.name for p in (out / "letters").iterdir())
    assert names == ["broken.txt.json", "north__2019-visit.txt.json", "north__2020-visit.txt.json"]
    rows = _csv(out)
    assert [r["file"] for r in rows] == ["north/2019-visit.txt", "north/2020-visit.txt", "broken.txt"]
    assert rows[0]["date"] == "2019-03-01" and rows[0]["findings"] == "2" and rows[0]["concerns"] == "1"
    assert rows[0]["new_concerns"] == ""  # not computed without a case
    assert "could not read" in rows[2]["error"]
    doc = json.loads((out / "letters" / "north__2019-visit.txt.json").read_text("utf-8"))
    assert doc["case"] is False and doc["new_concerns"] is None and len(doc["findings"]) == 2
    assert json.loads((out / "index.json").read_text("utf-8"))["timelines"] == []
    assert (out / "index.html").read_text("utf-8").startswith("<!DOCTYPE html>")


def test_timeline_and_new_concerns_with_case(letters, tmp_path):
    out = tmp_path / "out"
    s = run_batch(letters, out, FakeWorker(CASE), version="t", case=CASE)
    (tl,) = s.timelines
    assert [(e.letter.relpath, e.reading) for e in tl.entries] == [
        ("north/2019-visit.txt", "concern raised"), ("north/2020-visit.txt", "progress seen")]
    assert tl.trend == "progress seen"
    # The 2019 concern matches the recommendation; only the 2020 one is new.
    assert [n.letter.relpath for n in s.concerns] == ["north/2020-visit.txt"]
    assert "missing from education" in s.concerns[0].finding.text
    doc = json.loads((out / "letters" / "north__2020-visit.txt.json").read_text("utf-8"))
    assert doc["findings"][0]["new_concern"] is True  # new concerns listed first
    assert doc["findings"][1]["matches"][0]["id"] == "r1"
    idx = json.loads((out / "index.json").read_text("utf-8"))
    assert idx["timelines"][0]["trend"] == "progress seen"
    assert idx["new_concerns"][0]["file"] == "north/2020-visit.txt"


def test_second_run_reads_nothing_and_changed_file_is_reread(letters, tmp_path):
    out = tmp_path / "out"
    first = run_batch(letters, out, FakeWorker(), version="t")
    before = {p.name: p.read_text("utf-8") for p in (out / "letters").iterdir()}
    again = run_batch(letters, out, FakeWorker(), version="t")
    assert (again.processed, again.cached) == (0, 3)
    assert {p.name: p.read_text("utf-8") for p in (out / "letters").iterdir()} == before
    assert [r.relpath for r in sorted(again.results, key=lambda r: r.relpath)] == \
        [r.relpath for r in sorted(first.results, key=lambda r: r.relpath)]
    write_letter(letters / "north" / "2020-visit.txt", "2020-04-01", ["concern: something new and different"])
    third = run_batch(letters, out, FakeWorker(), version="t")
    assert (third.processed, third.cached) == (1, 2)
    # A new version (other settings or case) re-reads everything.
    assert run_batch(letters, out, FakeWorker(), version="t2").processed == 3


def test_renamed_file_is_served_from_cache_under_its_new_name(letters, tmp_path):
    out = tmp_path / "out"
    run_batch(letters, out, FakeWorker(), version="t")
    (letters / "north" / "2019-visit.txt").rename(letters / "renamed.txt")
    s = run_batch(letters, out, FakeWorker(), version="t")
    assert s.processed == 0
    doc = json.loads((out / "letters" / "renamed.txt.json").read_text("utf-8"))
    assert doc["relpath"] == "renamed.txt" and doc["source"].endswith("renamed.txt")
    assert all(f["provenance"]["file"].endswith("renamed.txt") for f in doc["findings"])
    assert {r["file"] for r in _csv(out)} == {"renamed.txt", "north/2020-visit.txt", "broken.txt"}
    # The old name's output is gone: one JSON per current file, nothing duplicated.
    assert sorted(p.name for p in (out / "letters").iterdir()) == \
        ["broken.txt.json", "north__2020-visit.txt.json", "renamed.txt.json"]


def test_leftover_temporary_files_are_removed_and_a_second_writer_is_refused(letters, tmp_path):
    out = tmp_path / "out"
    run_batch(letters, out, FakeWorker(), version="t")
    (out / "letters" / ".north__2019-visit.txt.json.tmp123").write_text("{half", encoding="utf-8")
    (out / ".index.csv.abc").write_text("half", encoding="utf-8")
    run_batch(letters, out, FakeWorker(), version="t")
    assert not list((out / "letters").glob(".*")) and not list(out.glob(".index*"))
    import fcntl

    from extractor.errors import UsageError

    with open(out / ".lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(UsageError, match="another recmap batch"):
            run_batch(letters, out, FakeWorker(), version="t")


def test_process_pool_gives_the_same_results_as_in_process(letters, tmp_path):
    one = run_batch(letters, tmp_path / "one", FakeWorker(CASE), version="t", case=CASE, workers=1)
    two = run_batch(letters, tmp_path / "two", FakeWorker(CASE), version="t", case=CASE, workers=2)
    key = lambda s: sorted((r.relpath, r.findings, r.matches, r.error) for r in s.results)  # noqa: E731
    assert key(one) == key(two)


@dataclass(frozen=True)
class _CountedWorker(FakeWorker):
    """Refuses to be pickled more than ``limit`` times (counted in the parent, where tasks are sent)."""

    sent: list = field(default_factory=list, compare=False)
    limit: int = 0

    def __reduce__(self):
        self.sent.append(1)
        if len(self.sent) > self.limit:
            raise TypeError("the worker was sent with a task")
        return (FakeWorker, (self.case, self.delay))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked pool: the worker is inherited, not sent")
def test_own_pool_holds_the_worker_and_sends_only_tasks(letters, tmp_path):
    for i in range(6):
        write_letter(letters / f"extra-{i}.txt", f"2021-01-0{i + 1}", [f"strength: fine {i}"])
    w = _CountedWorker(CASE)
    s = run_batch(letters, tmp_path / "out", w, version="t", case=CASE, workers=2)
    assert s.processed == 9 and s.failed == 1  # only broken.txt: no task failed to be sent
    assert w.sent == []
    # A pool that is not ours has no worker installed: the worker goes with each task.
    with ThreadPoolExecutor(2) as ex:
        assert run_batch(letters, tmp_path / "out2", w, version="t", executor=ex).failed == 1


def test_any_executor_can_run_the_batch(letters, tmp_path):
    with ThreadPoolExecutor(2) as ex:
        s = run_batch(letters, tmp_path / "out", FakeWorker(), version="t", executor=ex)
    assert s.processed == 3 and s.failed == 1


def test_worker_exception_costs_one_file(letters, tmp_path):
    def flaky(task):
        if "2019" in task.relpath:
            raise ValueError("boom")
        return FakeWorker()(task)

    s = run_batch(letters, tmp_path / "out", flaky, version="t")
    errs = {r.relpath: r.error for r in s.results if r.error}
    assert set(errs) == {"north/2019-visit.txt", "broken.txt"}
    assert "internal error (ValueError: boom)" in errs["north/2019-visit.txt"]
    # Not cached: a transient failure is retried on the next run.
    assert run_batch(letters, tmp_path / "out", FakeWorker(), version="t").processed == 1


def test_output_folder_inside_input_folder_is_not_read_back(letters):
    out = letters / "batch-out"
    run_batch(letters, out, FakeWorker(), version="t")
    s = run_batch(letters, out, FakeWorker(), version="t")
    assert len(s.results) == 3  # index.csv / index.html under OUTDIR are not taken as letters


def test_single_file_and_missing_input(letters, tmp_path):
    s = run_batch(letters / "north" / "2019-visit.txt", tmp_path / "out", FakeWorker(), version="t")
    assert [r.relpath for r in s.results] == ["2019-visit.txt"]
    from extractor.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        run_batch(tmp_path / "nope", tmp_path / "out2", FakeWorker(), version="t")


def test_a_file_that_kills_its_worker_fails_alone(letters, tmp_path):
    (letters / "crash.txt").write_text("CRASH\n", encoding="utf-8")
    for i in range(4):
        write_letter(letters / f"extra-{i}.txt", f"2021-01-0{i + 1}", [f"strength: fine {i}"])
    s = run_batch(letters, tmp_path / "out", CrashWorker(), version="t", workers=2)
    errs = {r.relpath: r.error for r in s.results if r.error}
    assert set(errs) == {"crash.txt", "broken.txt"}
    assert "reader crashed" in errs["crash.txt"]
    assert len(s.results) == 8 and sum(r.ok for r in s.results) == 6
