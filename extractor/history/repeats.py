"""Which items of a council's later documents ask what its earlier documents asked.

Two kinds of repeat:

``carry-over``
    A letter says the areas for action of an earlier inspection or visit still stand ("The areas
    for improvement continue to be those identified at the ILACS inspection in September 2018"):
    it repeats every item of that document's group (priority, or the others), score 1.
``similarity``
    Every (later item, earlier item) pair of one council is scored by a small logistic model
    (:data:`FEATURES`, weights in ``extractor/data/repeats_model.json``, fitted with the linker's
    own :func:`extractor.link.training.fit` by ``scripts/train_repeats.py``) over the linking
    machinery's measures: the linker's score with the later item as the plan action and the
    earlier one as the recommendation, and the other way round; the batch's finding matcher (the
    later item read as a letter's finding); shared themes; whether the pair is the earlier item's best match in the later
    document and the later item's best in the earlier document, and how near the best; whether
    both are addressed to the same body; the Dice overlap of their lexicon concepts (added when it
    lifted leave-one-council-out recall at the same precision). A pair scoring at least :attr:`RepeatOptions.threshold`
    is a repeat. (Whether the pair is the later item's best, the ratio of their lengths and a
    field-weighted word overlap were measured too: every fit left them at weight 0.)

Data flow: :func:`pair_table` (one council's documents -> features of every pair) ->
:func:`score_table` (the model) -> :func:`council_repeats` (threshold, carry-overs).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Sequence

import numpy as np

from .model import HistoryDocument, HistoryItem, Repeat

FEATURES: tuple[str, ...] = (
    "linker", "linker_reverse", "letter_matching", "themes", "best_for_earlier", "best_in_document", "near_best_for_earlier",
    "same_addressee", "concepts",
)
MODEL_FILE = "data/repeats_model.json"


@dataclass(frozen=True)
class RepeatOptions:
    """How repeats are found (kept here, as only the history uses them)."""

    # A pair is a repeat at or above this model score. Chosen by scripts/train_repeats.py on every
    # gold council (best F1 of the pairs); eval_history.py --logo quotes the figures of a threshold
    # chosen without each council.
    threshold: float = 0.28
    # A carry-over names its earlier inspection or visit by date or month; the earlier document
    # dated within this many days after that is the one it carries over.
    carry_over_days: int = 120


@dataclass(frozen=True, eq=False)
class PairTable:
    """Every (later item, earlier item) pair of one council with its features."""

    later: tuple[str, ...]  # later item id per pair
    earlier: tuple[str, ...]  # earlier item id per pair
    earlier_document: tuple[str, ...]
    values: np.ndarray  # (pairs, len(FEATURES))
    # evidence(k): what pair k shares, said in words; worked out only for the pairs that are
    # kept (most of a council's pairs are not repeats).
    evidence: Callable[[int], str] = lambda k: ""


def ordered(docs: Iterable[HistoryDocument]) -> list[HistoryDocument]:
    """Dated documents, earliest first (undated ones cannot be placed in a history)."""
    return sorted((d for d in docs if d.date), key=lambda d: (d.date, d.source))


def _asks(doc: HistoryDocument) -> list[HistoryItem]:
    return [it for it in doc.items if it.kind != "carry-over"]


def pair_table(docs: Sequence[HistoryDocument]) -> PairTable:
    """The features of every pair of one council: each item of each document against every item
    of the documents dated before it. The council's items are scored against one another once
    (the linker both ways, the finding matcher), then the pairs that run backwards in time are
    left out."""
    from ..batch.match import score_findings
    from ..items import Action, Finding
    from ..link import score_pairs
    from ..link.evidence import shared_terms

    docs = ordered(docs)
    placed = [(k, d, it) for k, d in enumerate(docs) for it in _asks(d)]
    later, earlier, edocs, rows, where = [], [], [], [], []
    if len({d.date for d in docs}) < 2 or not placed:
        return PairTable((), (), (), np.zeros((0, len(FEATURES))))
    items = [it for _, _, it in placed]
    # scores[i, j]: item i read as a plan action against item j as the recommendation
    linked = score_pairs([it.as_recommendation() for it in items], [Action(it.id, None, it.text, it.prov) for it in items])
    scores = linked.scores
    concepts = linked.features.column("concepts")  # Dice overlap of the two items' lexicon concepts
    # matched[i, j]: item i read as a letter's finding against item j (the batch's finding matcher)
    matched, _ = score_findings([Finding(it.id, it.label, it.text, it.prov) for it in items],
                                [it.as_recommendation() for it in items])
    both = scores + scores.T
    date = np.array([d.date for _, d, _ in placed])
    doc_ix = np.array([k for k, _, _ in placed])
    valid = date[:, None] > date[None, :]  # later (row) after earlier (column)
    masked = np.where(valid, both, -np.inf)
    # best_later[k, r]: earlier item r's best match among document k's items; best_earlier[a, k]:
    # later item a's best among document k's
    members = [doc_ix == k for k in range(len(docs))]
    best_later = np.stack([masked[m].max(axis=0) if m.any() else np.full(len(items), -np.inf) for m in members])
    best_earlier = np.stack([masked[:, m].max(axis=1) if m.any() else np.full(len(items), -np.inf)
                             for m in members], axis=1)
    for a, (_, d_a, it) in enumerate(placed):
        for r in np.flatnonzero(valid[a]):
            _, d_r, old = placed[r]
            s = both[a, r]
            in_later_doc = best_later[doc_ix[a], r]
            in_earlier_doc = best_earlier[a, doc_ix[r]]
            t = float(matched[a, r])
            rows.append((
                scores[a, r], scores[r, a], t, _jaccard(it.themes, old.themes),
                float(s >= in_later_doc - 1e-9), float(s >= in_earlier_doc - 1e-9),
                max(0.0, 1.0 - (in_later_doc - s)), float(it.addressee == old.addressee), concepts[a, r],
            ))
            later.append(it.id)
            earlier.append(old.id)
            edocs.append(d_r.id)
            where.append((a, r))
    values = np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))

    def explain(k: int) -> str:
        a, r = where[k]
        new, old = items[a], items[r]
        return _evidence(scores[a, r], float(matched[a, r]), shared_terms(linked.features, a, r),
                         set(new.themes) & set(old.themes))

    return PairTable(tuple(later), tuple(earlier), tuple(edocs), values, explain)


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 0.0


def _evidence(linker: float, matched: float, shared: Sequence[str], themes: set[str]) -> str:
    parts = [f"linker {linker:.2f}, letter matching {matched:.2f}"]
    if themes:
        parts.append("themes: " + ", ".join(sorted(t.replace("_", " ") for t in themes)))
    if shared:
        parts.append("shared terms: " + ", ".join(shared))
    return "; ".join(parts)


@lru_cache(maxsize=1)
def load_repeat_model():
    """The packaged model (a :class:`~extractor.link.model.LinkerModel` over :data:`FEATURES`)."""
    from ..link.model import model_from_json

    data = json.loads(resources.files("extractor").joinpath(MODEL_FILE).read_text("utf-8"))
    return model_from_json(data, MODEL_FILE)


def score_table(table: PairTable, model=None) -> np.ndarray:
    """The model's score of every pair."""
    if not len(table.later):
        return np.zeros(0)
    m = model or load_repeat_model()
    return np.round(m.predict(table.values, FEATURES), 4)


def council_repeats(docs: Sequence[HistoryDocument], opts: RepeatOptions = RepeatOptions(),
                    model=None) -> list[Repeat]:
    """Every repeat among one council's documents: carry-overs, then scored pairs."""
    out = carry_over_repeats(docs, opts)
    table = pair_table(docs)
    scores = score_table(table, model)
    for k in np.flatnonzero(scores >= opts.threshold):
        out.append(Repeat(table.later[k], table.earlier[k], table.earlier_document[k], float(scores[k]),
                          table.evidence(k)))
    return out


def carry_over_repeats(docs: Sequence[HistoryDocument], opts: RepeatOptions = RepeatOptions()) -> list[Repeat]:
    """Each carry-over repeats every item of its group in the document it names (the latest
    earlier document when it names none, or names one the history does not hold)."""
    docs = ordered(docs)
    out = []
    for i, doc in enumerate(docs):
        before = [d for d in docs[:i] if d.date < doc.date and _asks(d)]
        for c in (it for it in doc.items if it.kind == "carry-over"):
            target = _carried_document(c, before, opts.carry_over_days)
            if target is None:
                continue
            quote = c.text if len(c.text) <= 120 else c.text[:117].rstrip() + "..."
            for old in _asks(target):
                if (old.group == "priority") == (c.carries == "priority"):
                    out.append(Repeat(c.id, old.id, target.id, 1.0, f'carried over: "{quote}"', "carry-over"))
    return out


def _carried_document(c: HistoryItem, before: list[HistoryDocument], days: int) -> HistoryDocument | None:
    if not before:
        return None
    if c.refers_to:
        start = date.fromisoformat(c.refers_to if len(c.refers_to) == 10 else f"{c.refers_to}-01")
        near = [(abs((date.fromisoformat(d.date) - start).days), d) for d in before
                if -31 <= (date.fromisoformat(d.date) - start).days <= days]
        if near:
            return min(near, key=lambda t: t[0])[1]
    return before[-1]


def find_repeats(docs: Sequence[HistoryDocument]) -> list[Repeat]:
    """:func:`council_repeats` with the shipped options and model."""
    return council_repeats(docs)


def repeats_by_council(groups: dict, workers: int = 1) -> dict:
    """:func:`find_repeats` of each council (key -> its documents), in ``workers`` processes.

    The parent loads the linker, lexicon and models first (a small made-up council runs through),
    so forked workers start with them; the biggest councils go first."""
    keys = sorted(groups, key=lambda k: (-sum(len(d.items) for d in groups[k]), str(k)))
    if workers <= 1 or len(keys) < 2 * workers:
        return {k: find_repeats(groups[k]) for k in keys}
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor

    _warm()
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    with ProcessPoolExecutor(workers, mp_context=ctx) as pool:
        return dict(zip(keys, pool.map(find_repeats, [groups[k] for k in keys])))


def _warm() -> None:
    from ..document import Provenance

    def doc(did: str, day: str, text: str) -> HistoryDocument:
        return HistoryDocument(did, did, did, "report", None, None, None, None, None, day, 1,
                               (HistoryItem(f"{did}-1", "recommendation", text, Provenance(did, 1)),))

    find_repeats([doc("a", "2014-01-01", "Improve supervision."), doc("b", "2018-01-01", "Quality of supervision.")])


def repeats_version() -> str:
    """What decides the repeats besides the items: this module, its model, the matching and
    linking code, the lexicon and the linker's model. A change makes the next run find every
    council's again."""
    import hashlib
    from pathlib import Path

    from ..batch.cache import code_version
    from ..batch.match import matcher_fingerprint
    from ..link import load_model

    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(resources.files("extractor").joinpath(MODEL_FILE).read_bytes())
    h.update(json.dumps(load_model().to_json(), sort_keys=True).encode())
    return f"{h.hexdigest()[:12]}-{code_version()}-{matcher_fingerprint()}"


def fit_repeat_model(values: np.ndarray, labels: np.ndarray, c: float = 1.0, info: dict | None = None):
    """Fit the pair model (non-negative weights: every feature is a similarity)."""
    from ..link.training import fit

    return fit(values, labels.astype(bool), FEATURES, c=c, name="repeats", info=info)


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    """The threshold with the best F1 of the pairs (the lower of equals)."""
    best = (-1.0, 0.5)
    n_pos = int(labels.sum())
    for t in np.round(np.arange(0.05, 0.96, 0.01), 2):
        pred = scores >= t
        tp = int((pred & labels.astype(bool)).sum())
        f = 2 * tp / (int(pred.sum()) + n_pos) if tp else 0.0
        if f > best[0] + 1e-12:
            best = (f, float(t))
    return best[1]

