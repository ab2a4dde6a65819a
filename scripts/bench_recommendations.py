#!/usr/bin/env python
"""Throughput of recommendation extraction versus raw pypdfium2 text extraction.

Runs, in one process and over the same PDFs (default ../shared/corpus/ofsted-reports):
  1. raw: pypdfium2 text of every page (the floor any PDF tool pays);
  2. recmap: `recmap recommendations DIR --json` (the CLI entry point, in-process, output discarded).
Prints pages/s for both and their ratio (target >= 0.5). Each is run ``--repeat`` times and the
best time kept, so a cold disk cache does not decide the figure.

Usage: python scripts/bench_recommendations.py [DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import sys
import time
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def pdf_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.pdf") if p.read_bytes()[:1024].find(b"%PDF") >= 0)


def raw_pass(files: list[Path]) -> int:
    import pypdfium2 as pdfium

    pages = 0
    for f in files:
        pdf = pdfium.PdfDocument(str(f))
        for i in range(len(pdf)):
            page = pdf[i]
            page.get_textpage().get_text_range()
            pages += 1
        pdf.close()
    return pages


def recmap_pass(root: Path) -> None:
    from extractor.cli import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        main(["recommendations", str(root), "--json", "-q"])


def best_of(n: int, fn) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str] | None = None) -> int:
    shared = shared_dir()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", nargs="?", default=str(shared / "corpus" / "ofsted-reports"))
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    root = Path(args.dir)
    if not root.is_dir():
        print(f"skipped: {root} not found (set RECMAP_SHARED)")
        return 0
    files = pdf_files(root)
    pages = raw_pass(files)  # also warms the disk cache for both passes
    t_raw = best_of(args.repeat, lambda: raw_pass(files))
    t_rec = best_of(args.repeat, lambda: recmap_pass(root))
    raw_rate, rec_rate = pages / t_raw, pages / t_rec
    print(f"{len(files)} PDFs, {pages} pages")
    print(f"raw pypdfium2 text:        {t_raw:7.2f} s  {raw_rate:8.1f} pages/s")
    print(f"recmap recommendations:    {t_rec:7.2f} s  {rec_rate:8.1f} pages/s")
    print(f"ratio recmap/raw:          {rec_rate / raw_rate:.2f}  (target >= 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
