"""`recmap batch` end to end with the real readers and extractors: generated letters, exit
codes, resumption after `kill -9`, and a real Ofsted letter against the Buckinghamshire case."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, shared_path
from extractor.batch.cache import code_version
from extractor.cli import main as recmap
from letterkit import make_letter

pytest.importorskip("reportlab")


def main(argv: list[str]) -> int:
    return recmap(["batch", *argv])


def _batch(*args: str) -> int:
    return main([*map(str, args), "--quiet"])


@pytest.fixture(scope="module")
def letters(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("letters")
    make_letter(src / "north" / "visit-a.pdf", letter_date="12 April 2021", visit="3 and 4 March 2021")
    make_letter(src / "north" / "visit-b.pdf", letter_date="9 November 2020", visit="14 October 2020", variant=1)
    (src / "bad.pdf").write_bytes(b"<html><body>404 Not Found</body></html>")  # a saved error page
    return src


def test_batch_without_case_reads_dates_from_the_letters(letters, tmp_path):
    out = tmp_path / "out"
    assert _batch(letters, "-o", out, "--workers", "1") == 1  # one bad file: exit 1, others done
    rows = {r["file"]: r for r in csv.DictReader(open(out / "index.csv", encoding="utf-8"))}
    assert rows["north/visit-a.pdf"]["date"] == "2021-04-12"
    assert rows["north/visit-b.pdf"]["date"] == "2020-11-09"
    assert rows["north/visit-a.pdf"]["kind"] == "focused-visit"
    assert int(rows["north/visit-a.pdf"]["findings"]) >= 3 and int(rows["north/visit-a.pdf"]["concerns"]) >= 1
    assert rows["bad.pdf"]["error"] and rows["bad.pdf"]["findings"] == ""
    # Ordered by the printed date, not the file name.
    assert [r["file"] for r in csv.DictReader(open(out / "index.csv", encoding="utf-8"))][:2] == \
        ["north/visit-b.pdf", "north/visit-a.pdf"]
    doc = json.loads((out / "letters" / "north__visit-a.pdf.json").read_text("utf-8"))
    assert doc["visit_dates"] == "3 and 4 March 2021" and doc["visit_start"] == "2021-03-03"
    assert doc["recommendations"]


def test_exit_codes_and_usage_errors(letters, tmp_path, capsys):
    assert _batch(tmp_path / "missing", "-o", tmp_path / "o") == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _batch(empty, "-o", tmp_path / "o2") == 2
    assert main([str(letters)]) == 2
    assert "Add -o OUTDIR" in capsys.readouterr().err
    assert _batch(letters, "-o", tmp_path / "o3", "--plan", "p.docx") == 2
    only_bad = tmp_path / "bad"
    only_bad.mkdir()
    (only_bad / "x.pdf").write_bytes(b"")
    assert _batch(only_bad, "-o", tmp_path / "o4") == 2  # nothing could be processed


def test_help_text():
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0


def _letters_dir(root: Path, n: int) -> Path:
    src = root / "in"
    for i in range(n):
        make_letter(src / f"c{i % 4}" / f"letter-{i:02d}.pdf", variant=i,
                    letter_date=f"{1 + i % 27} March 2021", visit="1 and 2 February 2021")
    return src


def test_kill_9_mid_run_then_resume_loses_and_duplicates_nothing(tmp_path):
    n = 24
    src, out = _letters_dir(tmp_path, n), tmp_path / "out"
    version = code_version.__wrapped__()  # the cache key's code part, read from disk now
    cmd = [sys.executable, "-m", "extractor", "batch", str(src), "-o", str(out), "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    cache = out / ".cache"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if cache.is_dir() and any(p.suffix == ".json" for p in cache.iterdir()):
            break
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole job: parent and pool workers
    proc.wait()
    done_before = len([p for p in cache.iterdir() if p.suffix == ".json"])
    assert 1 <= done_before < n, f"kill came too late ({done_before} of {n} finished)"
    assert not (out / "index.csv").exists()  # written only at the end

    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(open(out / "index.csv", encoding="utf-8")))
    assert sorted(r["file"] for r in rows) == sorted(p.relative_to(src).as_posix() for p in src.rglob("*.pdf"))
    assert all(r["error"] == "" and int(r["findings"]) >= 3 for r in rows)
    outputs = sorted((out / "letters").iterdir())
    assert len(outputs) == n and not [p for p in outputs if p.name.startswith(".")]
    for p in outputs:
        assert json.loads(p.read_text("utf-8"))["error"] is None
    # One entry per content hash (more only if the extractor code changed between the runs,
    # which gives new cache keys: other engineers may be editing it while this test runs).
    assert len({p.name.split("-")[0] for p in cache.glob("*.json")}) == n
    # Third run: everything from the cache.
    again = subprocess.run([*cmd[:-1]], cwd=ROOT, capture_output=True, text=True, timeout=120)
    if code_version.__wrapped__() != version:
        pytest.skip("the extractor code was edited while this test ran (new cache keys); cache reuse not checked")
    assert f"{n} files (0 read, {n} from cache)" in again.stderr


def test_real_letter_against_the_buckinghamshire_case(tmp_path):
    report = shared_path("corpus", "ofsted-reports", "buckinghamshire-80442", "2018-01-29.pdf")
    letter = shared_path("corpus", "ofsted-letters", "buckinghamshire-80442", "2021-04-12-focused-visit.pdf")
    src = tmp_path / "in"
    src.mkdir()
    (src / "fv.pdf").symlink_to(letter)
    out = tmp_path / "out"
    assert _batch(src, "-o", out, "--report", report, "--workers", "1") == 0
    idx = json.loads((out / "index.json").read_text("utf-8"))
    assert idx["letters"][0]["date"] == "2021-04-12" and idx["letters"][0]["kind"] == "focused-visit"
    assert len(idx["timelines"]) == 10  # one per recommendation of the 2018 report
    assert {t["trend"] for t in idx["timelines"]} <= {"concern raised", "concern persists", "progress seen", "mixed",
                                                     "no longer mentioned", "never mentioned"}
    assert any(t["letters"][0]["findings"] for t in idx["timelines"])  # the letter speaks to some of them
    html = (out / "index.html").read_text("utf-8")
    assert "Recommendations across letters" in html and "<script" not in html


def test_case_from_review_database(tmp_path):
    report = shared_path("corpus", "ofsted-reports", "buckinghamshire-80442", "2018-01-29.pdf")
    plan = shared_path("seeds", "000_9dec87a5fadba9de.txt")
    from extractor.store import load_case

    db = tmp_path / "recmap.db"
    load_case(db, [str(report)], str(plan))
    src = tmp_path / "in"
    make_letter(src / "v.pdf", council="Buckinghamshire")  # the case's council: a letter of another is not linked
    out = tmp_path / "out"
    assert _batch(src, "-o", out, "--db", db, "--workers", "1") == 0
    idx = json.loads((out / "index.json").read_text("utf-8"))
    assert len(idx["timelines"]) == 10 and str(plan) in idx["case"]
    assert idx["case_council"]["council_key"] == "buckinghamshire"  # read again from the stored report's path
    doc = json.loads((out / "letters" / "v.pdf.json").read_text("utf-8"))
    # The letter's management-oversight concern speaks to the plan or the report.
    oversight = next(f for f in doc["findings"] if f["text"].startswith("Management oversight"))
    assert oversight["matches"] and not oversight["new_concern"]
    assert _batch(src, "-o", out, "--db", tmp_path / "none.db") == 2
    assert _batch(src, "-o", out, "--db", db, "--report", report) == 2


def test_recmap_batch_verb_is_wired(letters, tmp_path):
    from extractor.cli import main as recmap

    assert recmap(["batch", str(letters / "north"), "-o", str(tmp_path / "out"), "--quiet", "--workers", "1"]) == 0
    assert (tmp_path / "out" / "index.html").exists()


def test_json_flag_prints_the_index(letters, tmp_path, capsys):
    assert _batch(letters / "north", "-o", tmp_path / "out", "--json", "--workers", "1") == 0
    doc = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in doc["letters"]] == ["visit-b.pdf", "visit-a.pdf"] and doc["case"] is None


def test_unwritable_output_folder_is_one_clear_error(letters, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert _batch(letters / "north", "-o", blocker / "out", "--workers", "1") == 2
    assert "cannot write to" in capsys.readouterr().err
    assert _batch(letters / "north", "-o", blocker, "--workers", "1") == 2  # -o names a file


def test_findings_json_carries_the_visit_span_next_to_the_letter_date(letters, capsys):
    from extractor.cli import main as recmap

    good, bad = letters / "north" / "visit-a.pdf", letters / "bad.pdf"
    assert recmap(["findings", str(good), str(bad), "--json"]) == 1
    docs = {d["source"]: d for d in json.loads(capsys.readouterr().out)["documents"]}
    letter = docs[str(good)]
    assert letter["letter_date"] == "2021-04-12"
    assert (letter["visit_start"], letter["visit_end"]) == ("2021-03-03", "2021-03-04")
    assert letter["visit_dates"] == "3 and 4 March 2021"
    failed = docs[str(bad)]
    assert failed["error"] and failed["visit_start"] is None and failed["visit_end"] is None


def _children(pid: int) -> list[int]:
    """PIDs whose parent is ``pid`` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "kill"])
def test_killing_only_the_parent_takes_the_workers_and_the_lock_with_it(tmp_path, sig):
    """Issue 16 item 4: `kill` or `kill -9` of the batch's parent process alone left its two
    workers alive and holding OUTDIR/.lock, so a restart was refused for as long as they lived
    (57 s and more). Now the workers die with the parent and a restart starts within 5 s."""
    n = 24
    src, out = _letters_dir(tmp_path, n), tmp_path / "out"
    cmd = [sys.executable, "-m", "extractor", "batch", str(src), "-o", str(out), "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        cache = out / ".cache"
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while time.monotonic() < deadline and proc.poll() is None:
            if len(workers) < 2:
                workers = [p for p in _children(proc.pid) if _alive(p)]
            if len(workers) >= 2 and cache.is_dir() and any(p.suffix == ".json" for p in cache.iterdir()):
                break
            time.sleep(0.01)
        assert len(workers) >= 2 and proc.poll() is None, "the batch finished before it could be killed"
        proc.send_signal(sig)  # the parent only, not its process group
        proc.wait(10)
        killed = time.monotonic()
        while time.monotonic() - killed < 5 and any(_alive(p) for p in workers):
            time.sleep(0.05)
        assert not any(_alive(p) for p in workers), "the workers outlived their parent"
        res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=180)
        assert "another recmap batch" not in res.stderr and res.returncode == 0, res.stderr
        rows = list(csv.DictReader(open(out / "index.csv", encoding="utf-8")))
        assert len(rows) == n and all(r["error"] == "" for r in rows)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
