"""The per-file job of a batch: read one letter, extract its findings, match them to the case.

:class:`LetterWorker` is a small picklable callable so any :class:`concurrent.futures.Executor`
(a process pool, a thread pool, a Dask client's executor) can run it. It never raises for
a bad input: a user-caused failure becomes ``LetterResult.error`` so the batch goes on.
"""
from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from typing import Callable

from ..errors import RecmapError
from ..settings import DEFAULT, Settings
from .councils import OTHER_COUNCILS, OtherCouncils, other_council_reason
from .dates import inspection_span
from .match import MatchOptions, match_findings
from .model import Case, LetterResult, VisitSpan


def failed_read(base: LetterResult, source: str, exc: BaseException, t0: float) -> LetterResult:
    """``base`` with the error of a file that could not be read: a recmap error's own message; out
    of memory (transient: a later run may manage it alone); anything else as a bug in recmap -
    one bad file costs that file, never the run."""
    seconds = time.perf_counter() - t0
    if isinstance(exc, RecmapError):
        return dataclasses.replace(base, error=exc.message, seconds=seconds)
    if isinstance(exc, MemoryError):
        return dataclasses.replace(base, error=f"{source}: ran out of memory reading this file. "
                                   "Process it on its own or split it.", seconds=seconds, transient=True)
    return dataclasses.replace(base, seconds=seconds,
                               error=f"{source}: internal error while reading ({type(exc).__name__}: {exc}). "
                                     "This is a bug in recmap; please report it with the file.")


@dataclass(frozen=True)
class Task:
    """One file to process: where it is, how the batch names it, its content hash."""

    source: str
    relpath: str
    sha256: str


Worker = Callable[[Task], LetterResult]


def _visit_of(fs) -> VisitSpan | None:
    """The visit span of a FindingSet: printed text plus ISO start/end when it has them."""
    if not (fs.visit_dates or fs.visit_start):
        return None
    return VisitSpan(fs.visit_dates or "", fs.visit_start, fs.visit_end)


@dataclass(frozen=True)
class LetterWorker:
    """Default worker: ingest -> :func:`extract_findings` and :func:`identify_council` ->
    :func:`match_findings`. A letter about another council than the case's is not matched
    (``other_councils="exclude"``, the default) but keeps its findings and the reason."""

    settings: Settings = DEFAULT
    case: Case = field(default_factory=Case)
    options: MatchOptions = field(default_factory=MatchOptions)
    other_councils: OtherCouncils = "exclude"

    def __post_init__(self) -> None:
        if self.other_councils not in OTHER_COUNCILS:
            raise ValueError(f"other_councils must be one of {OTHER_COUNCILS}, not {self.other_councils!r}")

    def __call__(self, task: Task) -> LetterResult:
        from ..extract.council import identify_council
        from ..extract.findings import extract_findings
        from ..ingest import load_document

        t0 = time.perf_counter()
        base = LetterResult(task.source, task.relpath, task.sha256, case_used=not self.case.empty)
        try:
            doc = load_document(task.source, self.settings)
            fs = extract_findings(doc)
            council = identify_council(doc)
        except Exception as exc:  # a bug in an extractor must cost one file, not the batch
            return failed_read(base, task.source, exc, t0)
        n_pages = doc.n_pages
        visit = _visit_of(fs)
        if fs.letter_date is None and visit is None:
            visit = inspection_span(b.text for b in doc.blocks)  # an inspection report
        del doc  # keep nothing large alive while matching
        findings = tuple(fs.findings)
        other = other_council_reason(council, self.case.council) if not self.case.empty else None
        linked = not self.case.empty and (other is None or self.other_councils == "include")
        if not findings and not fs.recommendations and not fs.carry_overs:
            # A wrong file (a saved error page, a plan put in the letters folder) is reported,
            # not silently counted as a letter with nothing to say.
            return dataclasses.replace(
                base, kind=fs.kind, letter_date=fs.letter_date, n_pages=n_pages, council=council,
                seconds=time.perf_counter() - t0,
                error=f"{task.source}: no findings or recommendations were found; this does not look like an "
                      "Ofsted letter or report. Check it with `recmap findings FILE`, or move it out of the folder.")
        return dataclasses.replace(
            base,
            kind=fs.kind,
            letter_date=fs.letter_date,
            visit=visit,
            n_pages=n_pages,
            findings=findings,
            recommendations=tuple(fs.recommendations),
            carry_overs=tuple(fs.carry_overs),
            council=council,
            other_council=other,
            case_used=linked,
            matches=match_findings(findings, self.case, self.options) if linked else (),
            seconds=time.perf_counter() - t0,
        )

    def warm(self) -> None:
        """Import the readers and extractors now. The runner calls this in the parent before
        forking its pool, so workers start with them loaded (and share their memory pages)."""
        import extractor.extract.findings  # noqa: F401
        import extractor.ingest.pdf  # noqa: F401
        import sklearn.feature_extraction.text  # noqa: F401  (a report's evidence; the matcher)

        if not self.case.empty:
            # The matcher's model, the tokenizer and the linker's features load once here rather
            # than once per worker (and a broken install stops the batch before it starts).
            from ..document import Provenance
            from ..items import Finding

            match_findings((Finding("warm-up", None, "warm up", Provenance("", None), "mixed"),), self.case,
                           self.options)

    def version_key(self) -> str:
        """What, besides the file's bytes, decides this worker's output (for the cache key)."""
        from .match import options_key

        return (f"settings={self.settings!r};case={self.case.fingerprint()};"
                f"match={options_key(self.options, not self.case.empty)};other_councils={self.other_councils}")
