"""Score every (action, recommendation) pair with the linking model."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..items import Action, Recommendation
from .features import FeatureMatrix, pair_features
from .model import LinkerModel, load_model


@dataclass(frozen=True, eq=False)
class ScoreMatrix:
    """``scores[i, j]`` (0..1) that action ``action_ids[i]`` addresses recommendation
    ``recommendation_ids[j]``, judged from text and structure only (explicit references are
    not used). ``features`` keeps the inputs, for evidence strings and heat maps."""

    action_ids: tuple[str, ...]
    recommendation_ids: tuple[str, ...]
    scores: np.ndarray
    features: FeatureMatrix
    model: str  # name of the model that produced the scores

    def score(self, action_id: str, recommendation_id: str) -> float:
        return float(self.scores[self.action_ids.index(action_id),
                                 self.recommendation_ids.index(recommendation_id)])

    def ranked(self, action_id: str) -> tuple[tuple[str, float], ...]:
        """Recommendations for one action, best first (ties keep recommendation order)."""
        row = self.scores[self.action_ids.index(action_id)]
        order = sorted(range(len(row)), key=lambda j: (-row[j], j))
        return tuple((self.recommendation_ids[j], float(row[j])) for j in order)

    def best_per_recommendation(self) -> np.ndarray:
        """Highest score any action reaches for each recommendation (0 with no actions)."""
        return self.scores.max(axis=0) if len(self.action_ids) else np.zeros(len(self.recommendation_ids))


def score_pairs(recommendations: Sequence[Recommendation], actions: Sequence[Action],
                model: LinkerModel | None = None, features: FeatureMatrix | None = None) -> ScoreMatrix:
    """The full score matrix for a case (model: the trained one if present, else the fallback).

    Pass ``features`` to rescore a case already featurised (e.g. in cross-validation).
    """
    m = model or load_model()
    fm = features or pair_features(recommendations, actions)
    scores = m.predict(fm.values, fm.names) if fm.values.size else np.zeros((len(fm.action_ids), len(fm.recommendation_ids)))
    scores = np.round(scores, 4)  # stable output across platforms' last-bit float differences
    scores.setflags(write=False)
    return ScoreMatrix(fm.action_ids, fm.recommendation_ids, scores, fm, m.name)
