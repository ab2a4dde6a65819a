#!/usr/bin/env python3
"""Benchmark PDF ingest: pages/s of raw pypdfium2 text extraction vs recmap's Document building.

Both run over the same files in the same process and run, alternating per file so that
disk cache and CPU frequency treat them alike. Prints both rates and their ratio
(target: Document building >= 0.7x raw). Rates are per second of this process's CPU time
(time.process_time), which other jobs on a shared machine disturb far less than wall
time; wall-clock rates are printed too.

    .venv/bin/python scripts/bench_ingest.py [DIR_OR_PDF ...] [--limit N] [--repeat R]
    .venv/bin/python scripts/bench_ingest.py --blocks-check ../shared/corpus

``--blocks-check`` instead runs ``recmap blocks FILE --json`` (in-process) on every PDF
found and prints how many succeeded and each error message: the acceptance check that
every real PDF reads and only genuinely bad ones fail, each with a clear message.

Default input: ../shared/corpus/ofsted-reports. Files that are not PDFs or fail to open
(e.g. a web page saved as .pdf) are skipped by both sides and listed.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DIR = shared_dir() / "corpus" / "ofsted-reports"


def raw_pages(path: Path) -> int:
    """Extract every page's text with pypdfium2's get_text_range (the baseline)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        n = len(pdf)
        for i in range(n):
            page = pdf[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return n
    finally:
        pdf.close()


def document_pages(path: Path) -> int:
    from extractor.ingest import load_document

    doc = load_document(path)
    return doc.n_pages or 0


def blocks_check(files: list[Path]) -> int:
    """`recmap blocks FILE --json` on each file; print the tally and every error."""
    import contextlib
    import io
    import json
    
    from extractor.cli import main as recmap

    ok, failed = 0, []
    for f in files:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = recmap(["blocks", str(f), "--json", "-q"])
        result = json.loads(out.getvalue())
        if code == 0 and result["error"] is None and result["blocks"]:
            ok += 1
        else:
            failed.append(f"{f}: exit {code}: {result['error']}")
    print(f"recmap blocks: {len(files)} PDFs, {ok} read, {len(failed)} refused")
    for line in failed:
        print(f"  {line}")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="*", default=[str(DEFAULT_DIR)])
    ap.add_argument("--limit", type=int, default=0, help="use only the first N files")
    ap.add_argument("--repeat", type=int, default=1, help="run the whole set R times (best of R per side)")
    ap.add_argument("--blocks-check", action="store_true", help="run `recmap blocks` on every PDF instead")
    args = ap.parse_args(argv)

    files: list[Path] = []
    for raw in args.inputs:
        p = Path(raw)
        files += sorted(p.rglob("*.pdf")) if p.is_dir() else [p]
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no PDFs found in {args.inputs}", file=sys.stderr)
        return 2

    if args.blocks_check:
        return blocks_check(files)

    # Warm up imports (pypdfium2 is imported lazily on the first PDF, pdfplumber's table
    # finder on the first page with ruling lines).
    import pdfplumber.table  # noqa: F401
    import pypdfium2  # noqa: F401
    import extractor.ingest.pdf  # noqa: F401

    from extractor.errors import RecmapError

    best = {"raw": float("inf"), "doc": float("inf"), "raw_wall": float("inf"), "doc_wall": float("inf")}
    pages = 0
    skipped: list[str] = []
    for _ in range(max(1, args.repeat)):
        spent = dict.fromkeys(best, 0.0)
        pages = 0
        skipped = []
        for f in files:
            try:
                c0, w0 = time.process_time(), time.perf_counter()
                n = raw_pages(f)
                c1, w1 = time.process_time(), time.perf_counter()
            except Exception as exc:  # not a PDF pdfium can open: skipped on both sides
                skipped.append(f"{f}: {type(exc).__name__}")
                continue
            try:
                c2, w2 = time.process_time(), time.perf_counter()
                document_pages(f)
                c3, w3 = time.process_time(), time.perf_counter()
            except RecmapError as exc:
                skipped.append(f"{f}: {exc.message}")
                continue
            spent["raw"] += c1 - c0
            spent["doc"] += c3 - c2
            spent["raw_wall"] += w1 - w0
            spent["doc_wall"] += w3 - w2
            pages += n
        best = {k: min(best[k], spent[k]) for k in best}

    print(f"files: {len(files) - len(skipped)} PDFs, {pages} pages ({len(skipped)} skipped)")
    for s in skipped:
        print(f"  skipped {s}")
    raw_rate, doc_rate = pages / best["raw"], pages / best["doc"]
    print(f"raw pypdfium2 get_text_range:    {raw_rate:8.1f} pages/s CPU ({best['raw']:.2f} s; "
          f"wall {pages / best['raw_wall']:.1f} pages/s)")
    print(f"recmap Document (load_document): {doc_rate:8.1f} pages/s CPU ({best['doc']:.2f} s; "
          f"wall {pages / best['doc_wall']:.1f} pages/s)")
    print(f"ratio Document/raw: {doc_rate / raw_rate:.2f} CPU, {best['raw_wall'] / best['doc_wall']:.2f} wall "
          "(target >= 0.70)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
