#!/usr/bin/env python3
"""Wall time of `recmap check` on the Buckinghamshire pair, next to the start-up cost.

Prints the median of 5 runs of: `python -c "import extractor"` (start-up), the full CLI run,
and the in-process check (ingest + extract + link + coverage, imports already warm).
Target: the check itself (CLI minus start-up) under 1 s; start-up under 1 s.
spaCy is not imported by a check (extractor/nlp.py applies its exported rules); the cold cost
left is mostly imports (numpy for the linker, pdfplumber for reports with ruled tables) and the
first compilation of regexes (spaCy's tokenizer patterns ~0.1 s, the extractors' own).
"""
from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REPORT = SHARED / "corpus/ofsted-reports/buckinghamshire-80442/2018-01-29.pdf"
PLAN = next(iter(sorted((SHARED / "seeds").glob("000_*.txt"))), None) if (SHARED / "seeds").exists() else None
RUNS = 5


CPU: dict[str, list[float]] = {}


def timed(cmd: list[str]) -> float:
    """Wall seconds of one run; its CPU seconds (user + system) are kept in CPU by command
    (CPU time is steadier than wall time on a shared machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(" ".join(cmd[-3:]), []).append(cpu)
    return wall


def cpu_median(cmd: list[str]) -> float:
    return statistics.median(CPU[" ".join(cmd[-3:])])


def main() -> int:
    if not REPORT.exists() or PLAN is None:
        print(f"skipped: ../shared is absent ({REPORT} not found)")
        return 0
    py = sys.executable
    recmap = [py, "-m", "extractor.cli"]
    start_cmd, help_cmd = [py, "-c", "import extractor"], recmap + ["--help"]
    check_cmd = recmap + ["check", "--report", str(REPORT), "--plan", str(PLAN), "--format", "json", "-q"]
    startup = statistics.median(timed(start_cmd) for _ in range(RUNS))
    cli_import = statistics.median(timed(help_cmd) for _ in range(RUNS))
    full = statistics.median(timed(check_cmd) for _ in range(RUNS))
    sys.path.insert(0, str(ROOT))
    from extractor.pipeline import run_check

    run_check([str(REPORT)], str(PLAN))  # warm imports and caches once
    inproc = []
    for _ in range(RUNS):
        t = time.perf_counter()
        run_check([str(REPORT)], str(PLAN))
        inproc.append(time.perf_counter() - t)
    print(f"report: {REPORT.relative_to(SHARED)}  plan: {PLAN.name}  (median of {RUNS})")
    print(f"start-up  python -c 'import extractor' : {startup:.3f} s   (target < 1 s)")
    print(f"start-up  recmap --help                : {cli_import:.3f} s")
    print(f"recmap check (whole CLI run)            : {full:.3f} s")
    print(f"check minus start-up                    : {full - cli_import:.3f} s   (target < 1 s)")
    print(f"check in-process, warm imports          : {statistics.median(inproc):.3f} s")
    print(f"CPU time (user+sys): start-up {cpu_median(start_cmd):.3f} s, --help {cpu_median(help_cmd):.3f} s, "
          f"check {cpu_median(check_cmd):.3f} s, check minus --help {cpu_median(check_cmd) - cpu_median(help_cmd):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
