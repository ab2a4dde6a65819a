"""`recmap load`: read the documents, run the check pipeline and store the result as a revision."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from ..settings import DEFAULT, Settings
from .case import CaseStore, DocumentFile, ImportSummary


def load_case(db: str | Path, reports: Sequence[str], plan: str, *, settings: Settings = DEFAULT,
              note: str | None = None, progress: Callable[[str], None] = lambda m: None) -> ImportSummary:
    """Import ``reports`` and ``plan`` into the case database ``db`` as a new revision.

    Files are identified by content: loading the same files again changes nothing (and does not
    even re-run extraction). Raises the pipeline's :class:`~extractor.errors.RecmapError` for
    unreadable documents, before anything is written.
    """
    plan_file = DocumentFile.read(plan)
    report_files = [DocumentFile.read(r) for r in reports]
    if Path(db).exists():  # a new case file is only created once the documents have been read
        with CaseStore(db, settings) as store:
            same = store.is_loaded(plan_file, report_files)
            if same is not None:
                progress(f"these documents are already revision {same} of {db}: nothing to do")
                return ImportSummary(same, False)
    from ..pipeline import run_check

    result = run_check(list(reports), plan, settings=settings, progress=progress)
    with CaseStore(db, settings) as store:
        links = result.links
        own = store.latest_model()
        if own is not None:  # `recmap train` retrained the linker on this case: suggest with it
            from ..link import link
            from ..link.model import model_from_json

            progress("re-scoring links with the model retrained on this case's decisions")
            links = link(result.recommendations, result.actions, settings, model=model_from_json(own, "case"))
        return store.import_revision(plan_file, report_files, result.recommendations, result.actions,
                                     links, note=note)
