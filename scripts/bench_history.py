#!/usr/bin/env python
"""Benchmark `recmap history` on the whole shared corpus against raw pypdfium2 text extraction.

    .venv/bin/python scripts/bench_history.py [--shared ../shared] [--repeat 2] [--workers 2]

Over every PDF of ``corpus/ofsted-reports`` and ``corpus/ofsted-letters`` (about 215), each
measurement in a fresh subprocess, after one discarded warm-up (files in the page cache):

- ``raw``: pypdfium2 opens each file and reads every page's text, in one process (the issue's
  yardstick);
- ``history``: :func:`extractor.history.build.update_history` with ``--workers`` workers into a new
  database (no cache): reading, extraction, council, themes, repeats and the SQLite writes;
- ``incremental``: the folder without one file is read into a database, the file is added and the
  run repeated: how many files the second run reads (the target: exactly that one) and its time.

Prints the ratio history/raw by wall time (target <= 2) with the load average, since timing on a
shared machine is noisy.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bench import run_child  # noqa: E402
sys.path.insert(0, str(ROOT / "scripts"))

from extractor.shared_dir import shared_dir  # noqa: E402


def corpus(shared: Path) -> list[str]:
    return sorted(str(p) for d in ("corpus/ofsted-reports", "corpus/ofsted-letters") for p in (shared / d).rglob("*.pdf"))


def _link_folder(files: list[str], into: Path) -> Path:
    """A folder of symlinks to ``files`` (council folder kept in the name): one input folder."""
    into.mkdir(parents=True, exist_ok=True)
    for f in files:
        (into / f"{Path(f).parent.name}-{Path(f).name}").symlink_to(f)
    return into


def child(mode: str, workers: int, listfile: str) -> dict:
    files = Path(listfile).read_text("utf-8").splitlines()
    import pypdfium2  # noqa: F401

    if mode == "raw":
        from bench_batch import _raw_one

        t0 = time.perf_counter()
        pages = sum(_raw_one(f) for f in files)
        return {"mode": mode, "files": len(files), "pages": pages, "seconds": round(time.perf_counter() - t0, 2)}
    from extractor.history.build import update_history

    work = Path(tempfile.mkdtemp(prefix="bench-history-"))
    if mode == "history":
        src = _link_folder(files, work / "in")
        t0 = time.perf_counter()
        run = update_history([src], work / "h.sqlite", workers=workers)
        return {"mode": mode, "files": run.files, "read": run.read, "failed": len(run.failed),
                "seconds": round(time.perf_counter() - t0, 2)}
    src = _link_folder(files[:-1], work / "in")
    update_history([src], work / "h.sqlite", workers=workers)
    _link_folder(files[-1:], src)
    t0 = time.perf_counter()
    run = update_history([src], work / "h.sqlite", workers=workers)
    return {"mode": mode, "files": run.files, "read": run.read, "added": run.added,
            "seconds": round(time.perf_counter() - t0, 2)}


def run(mode: str, workers: int, files: list[str]) -> dict:
    r = run_child(__file__, mode, workers, files, ROOT)
    print(f"  {r}", flush=True)
    return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(shared_dir()))
    ap.add_argument("--repeat", type=int, default=2, help="rounds; the median-free best and all rounds are printed")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), args.child[2])))
        return 0
    files = corpus(Path(args.shared))
    if not files:
        print(f"no PDFs under {args.shared}/corpus: pass --shared", file=sys.stderr)
        return 2
    print(f"{len(files)} PDFs, cpus={os.cpu_count()}, load average {os.getloadavg()[0]:.1f}", flush=True)
    print("warm-up (not counted):")
    run("raw", 1, files)
    raw, hist = [], []
    for i in range(max(1, args.repeat)):
        print(f"round {i + 1}:")
        raw.append(run("raw", 1, files)["seconds"])
        hist.append(run("history", args.workers, files)["seconds"])
    ratios = [h / r for h, r in zip(hist, raw)]
    print(f"raw pypdfium2 (1 process): {', '.join(f'{x:.1f}' for x in raw)} s; recmap history "
          f"({args.workers} workers): {', '.join(f'{x:.1f}' for x in hist)} s")
    print(f"history / raw: {', '.join(f'{x:.2f}' for x in ratios)} (best {min(ratios):.2f}; target <= 2)")
    inc = run("incremental", args.workers, files)
    ok = "yes" if inc["read"] == 1 and inc["added"] == 1 else "NO"
    print(f"re-run after adding one file: read {inc['read']} of {inc['files']} files in {inc['seconds']:.1f} s "
          f"(only that file: {ok}); load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
