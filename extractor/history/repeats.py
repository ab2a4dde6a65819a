"""Which items of a council's later documents ask what its earlier documents asked.

Each later item is matched against every item of the same council's earlier documents with the
batch's letter matching (:func:`extractor.batch.match.match_findings`): the later item plays the
letter's finding, the earlier items the case's recommendations, and the score blends the
project's linker with text and concept similarity. Matches at or above the threshold are repeats.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from ..batch.match import MatchOptions, match_findings
from ..batch.model import Case
from ..items import Finding
from .model import HistoryDocument, Repeat


@dataclass(frozen=True)
class RepeatOptions:
    """How repeats are found (kept here, as only the history uses them)."""

    match: MatchOptions = MatchOptions()


def ordered(docs: Iterable[HistoryDocument]) -> list[HistoryDocument]:
    """Dated documents, earliest first (undated ones cannot be placed in a history)."""
    return sorted((d for d in docs if d.date), key=lambda d: (d.date, d.source))


def council_repeats(docs: Sequence[HistoryDocument], opts: RepeatOptions = RepeatOptions()) -> list[Repeat]:
    """Every repeat among one council's documents: each item of each document against the items
    of the documents dated before it."""
    return candidates(docs, opts)


def candidates(docs: Sequence[HistoryDocument], opts: RepeatOptions = RepeatOptions()) -> list[Repeat]:
    """Scored (later item, earlier item) pairs of one council at or above ``opts``' threshold."""
    docs = ordered(docs)
    out: list[Repeat] = []
    for i, doc in enumerate(docs):
        earlier = [d for d in docs[:i] if d.date < doc.date]
        if not earlier or not doc.items:
            continue
        where = {it.id: d.id for d in earlier for it in d.items}
        case = Case(recommendations=tuple(it.as_recommendation() for d in earlier for it in d.items
                                          if it.kind != "carry-over"))
        findings = tuple(Finding(it.id, it.label, it.text, it.prov) for it in doc.items if it.kind != "carry-over")
        for m in match_findings(findings, case, opts.match):
            if m.kind == "recommendation":
                out.append(Repeat(m.finding, m.target, where[m.target], round(m.score, 4), m.evidence))
    return out


def find_repeats(docs: Sequence[HistoryDocument]) -> list[Repeat]:
    """:func:`council_repeats` with the shipped options."""
    return council_repeats(docs)


def repeats_version() -> str:
    """What decides the repeats besides the items: this module, the matching and linking code,
    the lexicon and the linker's model. A change makes the next run find every council's again."""
    import hashlib
    from pathlib import Path

    from ..batch.cache import code_version
    from ..batch.match import linker_fingerprint

    own = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    return f"{own}-{code_version()}-{linker_fingerprint()}"
