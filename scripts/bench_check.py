#!/usr/bin/env python3
"""Wall time of `recmap check` on the Buckinghamshire pair, next to the start-up cost.

Prints the median of 5 runs of: `python -c "import extractor"` (start-up), the full CLI run,
and the in-process check (ingest + extract + link + coverage, imports already warm).
Target: the check's own work, warm in-process, at most 0.5 s. The whole CLI run has no target
(a few seconds is fine: batch and the review server pay imports once per process); most of it
is importing the libraries the linker scores with (NumPy, SciPy, scikit-learn) and spaCy
(extractor/nlp.py: one blank English pipeline per process, built on first use).
"""
from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
SHARED = shared_dir()
REPORT = SHARED / "corpus/ofsted-reports/buckinghamshire-80442/2018-01-29.pdf"
PLAN = next(iter(sorted((SHARED / "seeds").glob("000_*.txt"))), None) if (SHARED / "seeds").exists() else None
RUNS = 5


CPU: dict[str, list[float]] = {}

# Runs as installed: Python reads the modules' cached bytecode (pip compiles it when it
# installs a package; an editable install writes it on first import). This sandbox sets
# PYTHONDONTWRITEBYTECODE, so the cache is written here by a first untimed run. The cost
# without any cache (first run after an edit) is printed separately.
ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}


def timed(cmd: list[str], env: dict | None = None, record: bool = True) -> float:
    """Wall seconds of one run; its CPU seconds (user + system) are kept in CPU by command
    (CPU time is steadier than wall time on a shared machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or ENV)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if record:
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
    timed(check_cmd, record=False)  # writes the bytecode cache, as an installed package has it
    startup = statistics.median(timed(start_cmd) for _ in range(RUNS))
    cli_import = statistics.median(timed(help_cmd) for _ in range(RUNS))
    full = statistics.median(timed(check_cmd) for _ in range(RUNS))
    # recmap's own modules compiled from source on every run (libraries keep their cache)
    for cache in (ROOT / "extractor").rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)
    no_cache = dict(ENV, PYTHONDONTWRITEBYTECODE="1")
    uncached = statistics.median(timed(check_cmd, no_cache, record=False) for _ in range(3))
    timed(check_cmd, record=False)  # cache written again
    sys.path.insert(0, str(ROOT))
    from extractor.pipeline import run_check

    run_check([str(REPORT)], str(PLAN))  # warm imports and caches once
    inproc = []
    for _ in range(RUNS):
        t = time.perf_counter()
        run_check([str(REPORT)], str(PLAN))
        inproc.append(time.perf_counter() - t)
    print(f"report: {REPORT.relative_to(SHARED)}  plan: {PLAN.name}  (median of {RUNS})")
    print(f"start-up  python -c 'import extractor' : {startup:.3f} s")
    print(f"start-up  recmap --help                : {cli_import:.3f} s")
    print(f"recmap check (whole CLI run)            : {full:.3f} s")
    print(f"check minus start-up ('import extractor'): {full - startup:.3f} s   (minus --help instead:"
          f" {full - cli_import:.3f} s)")
    print(f"check in-process, warm imports          : {statistics.median(inproc):.3f} s   (target <= 0.5 s)")
    print(f"whole CLI run with no bytecode cache    : {uncached:.3f} s   (recmap's modules not compiled:"
          f" first run after an edit; median of 3)")
    print(f"CPU time (user+sys): start-up {cpu_median(start_cmd):.3f} s, --help {cpu_median(help_cmd):.3f} s, "
          f"check {cpu_median(check_cmd):.3f} s, check minus start-up {cpu_median(check_cmd) - cpu_median(start_cmd):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
