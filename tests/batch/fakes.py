"""A stand-in worker for runner tests: reads tiny text "letters" without the real extractors.

Format: a line ``DATE: YYYY-MM-DD``, then ``concern: ...`` / ``strength: ...`` / ``mixed: ...``
lines. A file containing ``CORRUPT`` fails like an unreadable input. Importable by worker
processes (top-level, picklable), and runnable as a script for the kill -9 test.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from extractor.batch.match import match_findings
from extractor.batch.model import Case, LetterResult
from extractor.batch.worker import Task
from extractor.document import Provenance
from extractor.items import Finding, stable_id


def write_letter(path: Path, date: str, lines: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"DATE: {date}\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


@dataclass(frozen=True)
class FakeWorker:
    case: Case = Case()
    delay: float = 0.0

    def __call__(self, task: Task) -> LetterResult:
        if self.delay:
            time.sleep(self.delay)
        base = LetterResult(task.source, task.relpath, task.sha256, case_used=not self.case.empty)
        text = Path(task.source).read_text("utf-8", errors="replace")
        if "CORRUPT" in text:
            return replace(base, error=f"{task.source}: could not read this file. Export it again.")
        date, findings = None, []
        for n, line in enumerate(text.splitlines(), 1):
            if line.startswith("DATE:"):
                date = line.split(":", 1)[1].strip()
            elif ":" in line:
                pol, body = line.split(":", 1)
                findings.append(Finding(stable_id("f", body), None, body.strip(), Provenance(task.source, n),
                                        pol.strip()))  # type: ignore[arg-type]
        fs = tuple(findings)
        return replace(base, kind="focused-visit", letter_date=date, n_pages=1, findings=fs,
                       matches=match_findings(fs, self.case))


@dataclass(frozen=True)
class CrashWorker(FakeWorker):
    """Kills its own process on a file containing ``CRASH``, as a segfaulting reader would."""

    def __call__(self, task: Task) -> LetterResult:
        if "CRASH" in Path(task.source).read_text("utf-8", errors="replace"):
            os._exit(1)
        return super().__call__(task)


def main(src: str, out: str, delay: str = "0", workers: str = "1") -> int:
    """Script entry for the kill test: ``python -m tests.batch.fakes SRC OUT DELAY WORKERS``."""
    from extractor.batch.runner import run_batch

    w = FakeWorker(delay=float(delay))
    s = run_batch(src, out, w, version="fake", workers=int(workers))
    print(f"done {len(s.results)} processed={s.processed} cached={s.cached}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
