#!/usr/bin/env python
"""Benchmark `recmap batch` against raw pypdfium2 text extraction on the shared corpus.

    .venv/bin/python scripts/bench_batch.py [--shared ../shared] [--files 200] [--small 50]

Over the PDFs of ``corpus/ofsted-letters`` and ``corpus/ofsted-reports`` (a fixed shuffle, so
letters and reports are mixed, the first ``--files`` of them), each measurement runs in a fresh
subprocess with an empty output folder (no cache):

- ``raw``: pypdfium2 opens each file and reads every page's text (1 and 2 processes);
- ``batch``: :func:`extractor.batch.runner.run_batch` with the real worker (ingest, findings,
  recommendations; no case) with 1 and 2 workers;
- peak RSS of ``batch`` for ``--small`` and for ``--files`` files. A child reports its own
  peak (``RUSAGE_SELF``) and the largest peak of its finished children (``RUSAGE_CHILDREN``,
  the pool workers); the tree's peak is bounded by self + workers x largest child.

Fairness: one discarded warm-up run first (the files in the page cache, bytecode compiled);
then ``--repeat`` rounds, each running all four speed configurations one after another in
the same order over the same files, so a burst of someone else's work hits every
configuration alike. Speeds are quoted as the median of the rounds (and the best), ratios
as the median of the per-round ratios. Each run also reports its CPU time (its own plus its
finished children's, user + system): wall time is what a user waits for, CPU time shows
whether 2 workers did more work or just waited for a busy machine. Prints the ratios the
issue sets targets for: 1 worker >= 0.5x raw pdfium; 2 workers >= 1.7x 1 worker; peak
memory flat from --small to --files files. Timing is noisy on a shared machine: say so when
quoting it (the load average is printed before and after).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _bench import run_child  # noqa: E402


def corpus_files(shared: Path, limit: int) -> list[str]:
    files = sorted(str(p) for d in ("corpus/ofsted-letters", "corpus/ofsted-reports")
                   for p in (shared / d).rglob("*.pdf"))
    random.Random(8).shuffle(files)
    return files[:limit]


def _raw_one(path: str) -> int:
    """Pages whose text pypdfium2 read (0 for a file it cannot open, like the HTML page saved as .pdf)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except Exception:
        return 0
    n = 0
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
            n += 1
    finally:
        pdf.close()
    return n


def _rss_mb() -> tuple[float, float]:
    # Linux reports ru_maxrss in KiB.
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def _cpu_s() -> float:
    """CPU seconds (user + system) of this process and of its children that have finished."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def child(mode: str, workers: int, listfile: str) -> dict:
    """One measurement, run in its own process; returns what it saw."""
    files = Path(listfile).read_text("utf-8").splitlines()
    # Imports before the clock starts: both sides are measured at steady state, and forked
    # pool workers inherit the loaded modules.
    import pypdfium2  # noqa: F401

    if mode == "batch":
        import extractor.extract.findings  # noqa: F401
        import extractor.ingest.pdf  # noqa: F401
    t0 = time.perf_counter()
    cpu0 = _cpu_s()
    if mode == "raw":
        if workers == 1:
            pages = sum(_raw_one(f) for f in files)
        else:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(workers) as ex:
                pages = sum(ex.map(_raw_one, files, chunksize=4))
        failed = None
    else:
        from extractor.batch.runner import run_batch
        from extractor.batch.worker import LetterWorker

        src = Path(tempfile.mkdtemp(prefix="bench-in-"))
        for i, f in enumerate(files):  # the run reads a folder: link the chosen files into one
            (src / f"{i:04d}-{Path(f).parent.name}-{Path(f).name}").symlink_to(f)
        out = tempfile.mkdtemp(prefix="bench-out-")
        w = LetterWorker()
        s = run_batch(src, out, w, version=w.version_key(), workers=workers)
        pages, failed = s.pages, s.failed
    secs = time.perf_counter() - t0
    cpu = _cpu_s() - cpu0
    self_mb, child_mb = _rss_mb()
    return {"mode": mode, "workers": workers, "files": len(files), "pages": pages, "failed": failed,
            "seconds": round(secs, 2), "cpu_s": round(cpu, 2), "pages_per_s": round(pages / secs, 2) if secs else None,
            "rss_self_mb": round(self_mb, 1), "rss_child_max_mb": round(child_mb, 1),
            "rss_tree_bound_mb": round(self_mb + (workers if workers > 1 else 0) * child_mb, 1)}


def median(xs: list[float]) -> float:
    xs = sorted(xs)
    mid = len(xs) // 2
    return xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2


CONFIGS = (("raw", 1), ("batch", 1), ("raw", 2), ("batch", 2))


def rounds(n: int, files: list[str]) -> dict[tuple[str, int], list[dict]]:
    """``n`` rounds of every configuration in :data:`CONFIGS`, after one discarded warm-up."""
    print("warm-up (not counted):", flush=True)
    run("raw", 1, files)
    runs: dict[tuple[str, int], list[dict]] = {c: [] for c in CONFIGS}
    for i in range(max(1, n)):
        print(f"round {i + 1}:", flush=True)
        for mode, workers in CONFIGS:
            runs[mode, workers].append(run(mode, workers, files))
    return runs


def run(mode: str, workers: int, files: list[str]) -> dict:
    r = run_child(__file__, mode, workers, files, ROOT)
    print(f"{mode:5} workers={workers} files={r['files']:3} pages={r['pages']:5} failed={r['failed']} "
          f"{r['seconds']:7.1f} s (CPU {r['cpu_s']:5.1f} s) {r['pages_per_s']:7.1f} pages/s  peak RSS self {r['rss_self_mb']:.0f} MB, "
          f"largest child {r['rss_child_max_mb']:.0f} MB, tree <= {r['rss_tree_bound_mb']:.0f} MB", flush=True)
    return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(shared_dir()), help="the shared folder (default ../shared)")
    ap.add_argument("--files", type=int, default=200, help="files for the speed runs and the large memory run")
    ap.add_argument("--small", type=int, default=50, help="files for the small memory run")
    ap.add_argument("--repeat", type=int, default=3, help="rounds of the speed runs; medians are quoted")
    ap.add_argument("--child", nargs=3, metavar=("MODE", "WORKERS", "LIST"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), args.child[2])))
        return 0
    files = corpus_files(Path(args.shared), args.files)
    if not files:
        print(f"no PDFs under {args.shared}/corpus: pass --shared", file=sys.stderr)
        return 2
    print(f"{len(files)} files ({sum('ofsted-letters' in f for f in files)} letters), cpus={os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    runs = rounds(args.repeat, files)
    pps = {c: [r["pages_per_s"] for r in rs] for c, rs in runs.items()}
    print(f"{args.repeat} rounds; median (best) of each configuration:")
    for (mode, workers), rs in runs.items():
        print(f"  {mode:5} workers={workers} {median([r['seconds'] for r in rs]):6.1f} s wall "
              f"(CPU {median([r['cpu_s'] for r in rs]):5.1f} s) {median(pps[mode, workers]):7.1f} pages/s "
              f"(best {max(pps[mode, workers]):7.1f})")

    def ratio(a: tuple[str, int], b: tuple[str, int]) -> str:
        per_round = [x / y for x, y in zip(pps[a], pps[b])]
        return f"{median(per_round):.3f}x (rounds: {', '.join(f'{x:.2f}' for x in per_round)})"

    small1 = run("batch", 1, files[: args.small])
    small2 = run("batch", 2, files[: args.small])
    print(f"1 worker / raw pdfium (1 process): {ratio(('batch', 1), ('raw', 1))} (target >= 0.5)")
    print(f"2 workers / raw pdfium (2 processes): {ratio(('batch', 2), ('raw', 2))}")
    print(f"2 workers / 1 worker: {ratio(('batch', 2), ('batch', 1))} (target >= 1.7); "
          f"raw pdfium 2/1 processes: {ratio(('raw', 2), ('raw', 1))}")
    cpu = {c: median([r["cpu_s"] for r in rs]) for c, rs in runs.items()}
    print(f"by CPU time (less sensitive to a busy machine): 1 worker / raw pdfium "
          f"{cpu['raw', 1] / cpu['batch', 1]:.3f}x; 2 workers used {cpu['batch', 2] / cpu['batch', 1]:.2f}x the CPU "
          f"of 1 worker (1.00 = no parallel overhead); 2 workers kept "
          f"{median([r['cpu_s'] / r['seconds'] for r in runs['batch', 2]]):.2f} CPUs busy (raw pdfium 2 processes: "
          f"{median([r['cpu_s'] / r['seconds'] for r in runs['raw', 2]]):.2f})")
    b1 = max(runs["batch", 1], key=lambda r: r["rss_self_mb"])  # the worst peak of the rounds
    b2 = max(runs["batch", 2], key=lambda r: r["rss_tree_bound_mb"])
    print(f"peak RSS, 1 worker (in-process): {small1['rss_self_mb']:.0f} MB for {small1['files']} files, "
          f"{b1['rss_self_mb']:.0f} MB for {b1['files']} files")
    print(f"peak RSS, 2 workers (self + 2 x largest worker): {small2['rss_tree_bound_mb']:.0f} MB for "
          f"{small2['files']} files, {b2['rss_tree_bound_mb']:.0f} MB for {b2['files']} files")
    print(f"load average now {os.getloadavg()[0]:.1f} (timings are noisy when the machine is shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
