"""How much a term says, judged across the whole field rather than one case.

A word that nearly every Ofsted recommendation uses ("quality", "plans", "managers") says little
about *which* recommendation an action answers; a word few use ("dental", "dual role", "private
fostering") says a lot. Per-case TF-IDF cannot tell them apart when a report has only ten
recommendations, so the weights here come from the body of recommendations in Ofsted's reports
and letters (``scripts/build_field_weights.py`` counts them; ``extractor/data/field_weights.json``
keeps the counts). A *unit* is a content word (plural-folded), a pair of adjacent content words,
or a lexicon concept (``__care_leavers``); its weight is the smoothed inverse document frequency
``ln((1 + n) / (1 + df)) + 1``, so an unseen unit weighs the most.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

from ..errors import InputError
from .lexicon import load_lexicon
from .text import Analysed, analyse, stem

SCHEMA = "recmap-field-weights-v1"


def units(analysed: Analysed) -> tuple[frozenset[str], frozenset[str]]:
    """(words, phrases) of an analysed text: plural-folded content words; adjacent word pairs
    and ``__concept`` keys. Phrases say more than words: "health assessment" is not "health and
    safety risk assessment", and a concept names a topic whatever its wording."""
    got = _UNITS.get(analysed)
    if got is None:
        if len(_UNITS) >= 50_000:  # a long-lived process (the review server) meets ever new texts
            _UNITS.clear()
        words = [stem(w) for w in analysed.tokens]
        phrases = {f"{a} {b}" for a, b in zip(words, words[1:])}
        phrases.update(f"__{c}" for c in analysed.concepts)
        got = _UNITS[analysed] = (frozenset(words), frozenset(phrases))
    return got


# Analysed text -> its units: the same recommendations and plan rows are compared again and again.
_UNITS: dict = {}


@dataclass(frozen=True)
class Weighted:
    """A target's units with their field weights, the weights' total and the units as a set:
    what :func:`share_of` needs, worked out once per target rather than once per pair."""

    items: tuple[tuple[str, float], ...]
    total: float
    units: frozenset[str]


def share_of(side: frozenset, target: Weighted) -> float:
    """The weighted share of ``target``'s units that ``side`` has (0 when it has none; most
    pairs share none)."""
    if not target.total or side.isdisjoint(target.units):
        return 0.0
    return sum(w for u, w in target.items if u in side) / target.total


@dataclass(frozen=True)
class FieldWeights:
    documents: int
    df: dict  # unit -> number of recommendations containing it
    _weights: dict = field(default_factory=dict, compare=False, repr=False)  # unit -> weight, as asked
    _targets: dict = field(default_factory=dict, compare=False, repr=False)  # units -> Weighted, for weighted()

    def weight(self, unit: str) -> float:
        w = self._weights.get(unit)
        if w is None:
            if len(self._weights) >= 200_000:  # a long-lived process meets ever new units
                self._weights.clear()
            w = self._weights[unit] = math.log((1 + self.documents) / (1 + self.df.get(unit, 0))) + 1.0
        return w

    def weigh(self, us: Iterable[str]) -> dict[str, float]:
        return {u: self.weight(u) for u in us}

    def weighted(self, target: Iterable[str]) -> Weighted:
        """``target``'s units ready for :func:`share_of`, remembered: the same targets (a
        report's recommendations and their asks) are compared again and again."""
        key = frozenset(target)
        got = self._targets.get(key)
        if got is None:
            if len(self._targets) >= 50_000:  # a long-lived process meets ever new targets
                self._targets.clear()
            weights = self.weigh(key)
            got = self._targets[key] = Weighted(tuple(weights.items()), sum(weights.values()), key)
        return got

    def share(self, side: Iterable[str], target: Iterable[str]) -> float:
        """The weighted share of ``target``'s units that ``side`` has (0 when ``target`` has none):
        how much of what the target says, rare units counting most, the side says too."""
        return share_of(frozenset(side), self.weighted(target))


def own_weights(texts: Sequence[str], weights: FieldWeights | None = None) -> tuple[float, ...]:
    """For each of a recommendation's asks (``texts``), the field weight of the units it has that
    none of the others has: how much it asks for of its own. A clause that qualifies the ask before
    it ("... so that no child waits; that the support continues for as long as it is needed")
    adds little of its own; a second demand ("... and dental health checks") adds a distinctive
    topic."""
    fw = weights or load_field_weights()
    lex = load_lexicon()
    sets = [frozenset().union(*units(analyse(t, lex))) for t in texts]
    out = []
    for q, own in enumerate(sets):
        others = frozenset().union(*(u for k, u in enumerate(sets) if k != q))
        out.append(round(sum(fw.weigh(own - others).values()), 4))
    return tuple(out)


def count_units(texts: Iterable[Analysed]) -> tuple[int, dict[str, int]]:
    """Number of texts and the document frequency of every unit (for the builder script)."""
    df: dict[str, int] = {}
    n = 0
    for a in texts:
        n += 1
        w, p = units(a)
        for u in w | p:
            df[u] = df.get(u, 0) + 1
    return n, df


@lru_cache(maxsize=1)
def load_field_weights() -> FieldWeights:
    """The packaged weights (``extractor/data/field_weights.json``); a missing or broken file is
    an error: the linker's model was trained with these weights."""
    path = resources.files("extractor").joinpath("data/field_weights.json")
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read the field weights ({exc}). Reinstall recmap or rebuild them "
                         "with scripts/build_field_weights.py.") from exc
    if data.get("schema") != SCHEMA:
        raise InputError(f"{path}: not recmap field weights. Rebuild them with scripts/build_field_weights.py.")
    return FieldWeights(int(data["documents"]), dict(data["df"]))
