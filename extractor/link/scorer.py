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
    """``scores[i, j]`` (0..1, a read-only NumPy array) that action ``action_ids[i]`` addresses
    recommendation ``recommendation_ids[j]``, judged from text and structure only (explicit
    references are not used). ``features`` keeps the inputs, for evidence strings and heat maps."""

    action_ids: tuple[str, ...]
    recommendation_ids: tuple[str, ...]
    scores: np.ndarray
    features: FeatureMatrix
    model: str  # name of the model that produced the scores

    def score(self, action_id: str, recommendation_id: str) -> float:
        return float(self.scores[self.action_ids.index(action_id), self.recommendation_ids.index(recommendation_id)])

    def ranked(self, action_id: str) -> tuple[tuple[str, float], ...]:
        """Recommendations for one action, best first (ties keep recommendation order)."""
        row = self.scores[self.action_ids.index(action_id)]
        order = np.argsort(-row, kind="stable")
        return tuple((self.recommendation_ids[j], float(row[j])) for j in order)

    def best_per_recommendation(self) -> tuple[float, ...]:
        """Highest score any action reaches for each recommendation (0 with no actions)."""
        if not self.action_ids:
            return (0.0,) * len(self.recommendation_ids)
        return tuple(self.scores.max(axis=0).tolist())


def score_matrix(fm: FeatureMatrix, scores: np.ndarray, model: str) -> ScoreMatrix:
    """A :class:`ScoreMatrix` of ``scores`` rounded to 4 decimals (output stable across
    platforms' last-bit float differences)."""
    s = np.round(np.asarray(scores, dtype=float), 4).reshape(len(fm.action_ids), len(fm.recommendation_ids))
    s.setflags(write=False)
    return ScoreMatrix(fm.action_ids, fm.recommendation_ids, s, fm, model)


def score_pairs(recommendations: Sequence[Recommendation], actions: Sequence[Action],
                model: LinkerModel | None = None, features: FeatureMatrix | None = None) -> ScoreMatrix:
    """The full score matrix for a case (model: :func:`load_model`'s unless given).

    Pass ``features`` to rescore a case already featurised (e.g. in cross-validation).
    """
    m = model or load_model()
    fm = features or pair_features(recommendations, actions)
    return score_matrix(fm, m.predict(fm.values, fm.names), m.name)
