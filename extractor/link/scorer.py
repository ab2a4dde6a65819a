"""Score every (action, recommendation) pair with the linking model."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Sequence

from ..items import Action, Recommendation
from .features import FeatureMatrix, pair_features
from .model import LinkerModel, load_model


@dataclass(frozen=True, eq=False)
class ScoreMatrix:
    """``table[i][j]`` (0..1) that action ``action_ids[i]`` addresses recommendation
    ``recommendation_ids[j]``, judged from text and structure only (explicit references are
    not used). ``features`` keeps the inputs, for evidence strings and heat maps."""

    action_ids: tuple[str, ...]
    recommendation_ids: tuple[str, ...]
    table: tuple[tuple[float, ...], ...]
    features: FeatureMatrix
    model: str  # name of the model that produced the scores

    @cached_property
    def scores(self):
        """``table`` as a read-only NumPy matrix (for evaluation; imports NumPy)."""
        import numpy as np

        s = np.zeros((len(self.action_ids), len(self.recommendation_ids)))
        if s.size:
            s[...] = self.table
        s.setflags(write=False)
        return s

    def score(self, action_id: str, recommendation_id: str) -> float:
        return self.table[self.action_ids.index(action_id)][self.recommendation_ids.index(recommendation_id)]

    def ranked(self, action_id: str) -> tuple[tuple[str, float], ...]:
        """Recommendations for one action, best first (ties keep recommendation order)."""
        row = self.table[self.action_ids.index(action_id)]
        order = sorted(range(len(row)), key=lambda j: (-row[j], j))
        return tuple((self.recommendation_ids[j], row[j]) for j in order)

    def best_per_recommendation(self) -> tuple[float, ...]:
        """Highest score any action reaches for each recommendation (0 with no actions)."""
        return tuple(max((row[j] for row in self.table), default=0.0) for j in range(len(self.recommendation_ids)))


def round_score(x: float) -> float:
    """A score to 4 decimals, rounding half to even as NumPy's ``round`` does (stable output
    across platforms' last-bit float differences)."""
    return round(x * 10000.0) / 10000.0


def score_pairs(recommendations: Sequence[Recommendation], actions: Sequence[Action],
                model: LinkerModel | None = None, features: FeatureMatrix | None = None) -> ScoreMatrix:
    """The full score matrix for a case (model: the trained one if present, else the fallback).

    Pass ``features`` to rescore a case already featurised (e.g. in cross-validation).
    """
    m = model or load_model()
    fm = features or pair_features(recommendations, actions)
    predict = m.scorer(fm.names)
    table = tuple(tuple(round_score(predict(pair)) for pair in row) for row in fm.table)
    return ScoreMatrix(fm.action_ids, fm.recommendation_ids, table, fm, m.name)
