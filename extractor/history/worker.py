"""The per-file job of ``recmap history``: read one report or letter for the batch runner.

:class:`HistoryWorker` is a small picklable callable, like the batch's
:class:`~extractor.batch.worker.LetterWorker`, and returns the runner's
:class:`~extractor.batch.model.LetterResult` so the runner caches, parallelises and resumes it
unchanged. It reads what the history needs and nothing more: the document's framework,
recommendations and carry-overs (:func:`extract_recommendations`), a letter's kind and date
(:func:`letter_header`, as ``recmap findings`` reads them, without the findings), a report's
inspection dates, and the council the document names
(:func:`identify_council`). A file that is no Ofsted report or letter, or cannot be read, is a
result with ``error`` set: the run goes on.
"""
from __future__ import annotations

import dataclasses
import hashlib
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..batch.model import LetterResult, VisitSpan
from ..batch.worker import Task, failed_read
from ..settings import DEFAULT, Settings


@lru_cache(maxsize=1)
def _own_code() -> str:
    """Hash of this module: the runner's cache key covers the extractors, not the history stage."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


@dataclass(frozen=True)
class HistoryWorker:
    """ingest -> framework, recommendations, date, council of one report or letter."""

    settings: Settings = DEFAULT

    def __call__(self, task: Task) -> LetterResult:
        from ..batch.dates import inspection_span
        from ..extract.council import identify_council
        from ..extract.findings import letter_header
        from ..extract.recommendations import extract_recommendations
        from ..ingest import load_document

        t0 = time.perf_counter()
        base = LetterResult(task.source, task.relpath, task.sha256)
        try:
            doc = load_document(task.source, self.settings)
            rs = extract_recommendations(doc)
            council = identify_council(doc)
            recs, carried = rs.recommendations, rs.carry_overs
            if rs.kind == "report":
                kind, letter_date = "report", None
                visit = inspection_span(b.text for b in doc.blocks)
            else:
                head = letter_header(doc)
                kind, letter_date = head.kind, head.letter_date
                visit = VisitSpan(head.visit.raw, head.visit.start, head.visit.end) if head.visit else None
        except Exception as exc:  # a bug in an extractor must cost one file, not the run
            return failed_read(base, task.source, exc, t0)
        n_pages = doc.n_pages
        del doc
        framework = rs.framework
        if rs.kind == "plan" or (rs.kind == "other" and kind == "other" and not recs and not carried):
            what = "an improvement plan" if rs.kind == "plan" else "neither an Ofsted inspection report nor a letter"
            return dataclasses.replace(
                base, kind=kind, n_pages=n_pages, council=council, framework=framework,
                seconds=time.perf_counter() - t0,
                error=f"{task.source}: this looks like {what}; the history records Ofsted reports and letters. "
                      "Check it with `recmap recommendations FILE`, or move it out of the folder.")
        return dataclasses.replace(
            base, kind=kind, letter_date=letter_date, visit=visit, n_pages=n_pages,
            recommendations=tuple(recs), carry_overs=tuple(carried), council=council,
            framework=framework or _letter_framework(kind), seconds=time.perf_counter() - t0)

    def warm(self) -> None:
        """Import the readers and extractors, and build the council gazetteer's spaCy matcher
        (about 1 s), before the runner forks its pool: every worker starts with them. That
        includes scikit-learn's TF-IDF, which a report tying paragraphs to recommendations needs
        (:mod:`extractor.extract.evidence`) and the repeats use after the reading."""
        import extractor.extract.findings  # noqa: F401
        import extractor.ingest.pdf  # noqa: F401
        import sklearn.feature_extraction.text  # noqa: F401
        from ..document import Block, Provenance
        from ..extract.council import council_from_blocks

        council_from_blocks([Block("heading", "Focused visit to Leeds children's services", Provenance("warm-up"))])

    def version_key(self) -> str:
        """What, besides a file's bytes and the extractors, decides this worker's result."""
        return f"history-worker={_own_code()};settings={self.settings!r}"


def _letter_framework(kind: str | None) -> str | None:
    """A letter's framework from its kind, when the opening text named none."""
    return {"focused-visit": "focused-visit", "jtai": "JTAI", "monitoring-visit": "monitoring-visit"}.get(kind or "")
