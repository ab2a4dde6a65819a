"""Evaluation of the linker against gold: ranking metrics, threshold sweeps, cross-validation
and the uncovered-detection experiment. Pure functions; ``scripts/eval_linking.py`` prints them.

Explicit references are always hidden from the scorer here (``GoldCase.without_refs``): the
question is whether text and structure alone find the links the plan states. :data:`BASELINE`,
a label-free weighted mean of the features, is what the trained model is compared with.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Sequence

import numpy as np

from ..coverage import coverage
from ..settings import Settings
from .features import FeatureMatrix, pair_features
from .gold import GoldCase
from .model import LinkerModel
from .text import PLURAL_RULE
from .scorer import ScoreMatrix, score_matrix
from .training import examples_from_gold, featurise, fit

# Scores a case's FeatureMatrix: returns an (n_actions, n_recommendations) array.
Scorer = Callable[[FeatureMatrix], np.ndarray]


def _baseline() -> LinkerModel:
    # Fixed weights chosen by reasoning, not fitted: the whole plan row (objective + its
    # actions) says most about what a row answers, the bullet itself and shared concepts add
    # to it, and margin prefers the action's best match.
    # Scale 1 / mean 0 means the weights apply to raw feature values. The squash is set without
    # labels: about one pair in ten is a real link (an action answers one or two of ~10
    # recommendations), so the weighted similarity of the top decile of pairs (~0.17 on a
    # typical plan) scores 0.5, and the slope spreads the top quarter over 0.1-0.9.
    w = {"word_tfidf": 0.10, "char_tfidf": 0.05, "bm25": 0.05, "concepts": 0.10,
         "objective_tfidf": 0.05, "objective_concepts": 0.05, "row_word": 0.15, "row_char": 0.20,
         "row_concepts": 0.10, "rare_concept": 0.05, "margin": 0.10}
    k, centre = 25.0, 0.17
    names = tuple(w)
    return LinkerModel("unsupervised", names, (0.0,) * len(names), (1.0,) * len(names),
                       tuple(k * w[n] for n in names), -k * centre,
                       {"about": "fixed weighted mean of similarity features, logistic squash (centre 0.17, slope 25)"})


# The label-free baseline the trained model is measured against (and the simulated review's
# starting model): a fixed weighted mean of similarity features. Never used by `recmap check`.
BASELINE = _baseline()


@dataclass(frozen=True)
class RankMetrics:
    top1: float  # cited actions whose best-scored recommendation is a gold one
    recall_at_3: float  # (cited action, gold recommendation) pairs found in the action's top 3
    map_cited: float  # mean average precision over cited actions
    map_all: float  # ... over every action with any gold link (explicit or judged)
    n_cited: int
    n_linked: int


@dataclass(frozen=True)
class RowMetrics:
    """Ranking per plan row (the row's score for a recommendation is its best action's)."""

    top1: float
    recall_at_3: float
    n_rows: int


def row_metrics(sm: ScoreMatrix, case: GoldCase) -> RowMetrics:
    """Top-1 and recall@3 of the cited recommendations, one ranking per citing plan row."""
    rows: dict[str, list[int]] = {}
    cited: dict[str, set[str]] = {}
    pos = case.positives()
    for i, a in enumerate(case.actions):
        if a.refs:
            rows.setdefault(a.row or a.id, []).append(sm.action_ids.index(a.id))
            cited.setdefault(a.row or a.id, set()).update(r for aa, r in pos if aa == a.id)
    top1 = found = total = 0
    for row, idx in rows.items():
        best = sm.scores[idx].max(axis=0)
        order = [sm.recommendation_ids[j] for j in sorted(range(len(best)), key=lambda j: (-best[j], j))]
        top1 += order[0] in cited[row]
        found += len(cited[row] & set(order[:3]))
        total += len(cited[row])
    n = len(rows)
    return RowMetrics(top1 / n if n else 0.0, found / total if total else 0.0, n)


@dataclass(frozen=True)
class PairMetrics:
    threshold: float
    precision: float
    recall: float
    f2: float


@dataclass(frozen=True)
class UncoveredMetrics:
    sensitivity: float  # deleted recommendation flagged uncovered
    specificity: float  # other recommendations (still with a gold action) not flagged uncovered
    misses: tuple[str, ...]  # recommendations not flagged when their actions were deleted
    false_alarms: tuple[tuple[str, str], ...]  # (deleted rec, wrongly flagged rec)
    # The same with "flagged" read as "not covered" (weak or uncovered): what a reader
    # scanning for recommendations that need attention would see.
    sensitivity_not_covered: float = 0.0
    specificity_not_covered: float = 0.0
    misses_not_covered: tuple[str, ...] = ()
    false_alarms_not_covered: tuple[tuple[str, str], ...] = ()


def model_scorer(model: LinkerModel) -> Scorer:
    return lambda fm: model.predict(fm.values, fm.names)


def _average_precision(ranked: Sequence[str], truth: set[str]) -> float:
    hits, total = 0, 0.0
    for k, rid in enumerate(ranked, 1):
        if rid in truth:
            hits += 1
            total += hits / k
    return total / len(truth) if truth else 0.0


def rank_metrics(sm: ScoreMatrix, case: GoldCase) -> RankMetrics:
    """Top-1, recall@3 and MAP of the gold recommendations per action."""
    truth: dict[str, set[str]] = {}
    for a, r in case.positives():
        truth.setdefault(a, set()).add(r)
    cited = [a.id for a in case.actions if a.refs]  # refs as printed in the gold, not the scorer's input
    top1, found, total, ap_cited, ap_all = 0, 0, 0, [], []
    for a in case.actions:
        if a.id not in truth:
            continue
        ranked = [r for r, _ in sm.ranked(a.id)]
        ap = _average_precision(ranked, truth[a.id])
        ap_all.append(ap)
        if a.id in cited:
            ap_cited.append(ap)
            top1 += ranked[0] in truth[a.id]
            found += len(truth[a.id] & set(ranked[:3]))
            total += len(truth[a.id])
    n = len(ap_cited)
    return RankMetrics(top1 / n if n else 0.0, found / total if total else 0.0,
                       float(np.mean(ap_cited)) if ap_cited else 0.0,
                       float(np.mean(ap_all)) if ap_all else 0.0, n, len(ap_all))


def pair_metrics(sm: ScoreMatrix, case: GoldCase, threshold: float) -> PairMetrics:
    """Precision, recall and F2 of 'score >= threshold' over all pairs against gold links."""
    pos = case.positives()
    tp = fp = fn = 0
    for i, a in enumerate(sm.action_ids):
        for j, r in enumerate(sm.recommendation_ids):
            pred, true = sm.scores[i, j] >= threshold, (a, r) in pos
            tp += pred and true
            fp += pred and not true
            fn += true and not pred
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f2 = 5 * p * rec / (4 * p + rec) if p + rec else 0.0
    return PairMetrics(threshold, p, rec, f2)


def primary_precision(sm: ScoreMatrix, case: GoldCase, settings: Settings) -> float:
    """Share of gold links among the similarity links that would cover a recommendation: those
    :func:`link` proposes (refs hidden) that are primary for their action and score at least
    ``covered_threshold``."""
    from ..coverage import action_best_scores, is_primary
    from . import link

    hidden = case.without_refs()
    links = link(hidden.recommendations, hidden.actions, settings, matrix=sm)
    best = action_best_scores(links)
    covering = [l for l in links if l.score >= settings.covered_threshold and is_primary(l, best, settings)]
    pos = case.positives()
    return sum((l.action, l.recommendation) in pos for l in covering) / len(covering) if covering else 0.0


def link_metrics(sm: ScoreMatrix, case: GoldCase, settings: Settings) -> PairMetrics:
    """Precision, recall and F2 of the similarity links :func:`link` proposes (refs hidden)."""
    from . import link

    hidden = case.without_refs()
    pos = case.positives()
    pred = {(l.action, l.recommendation) for l in link(hidden.recommendations, hidden.actions, settings, matrix=sm)}
    tp = len(pred & pos)
    p = tp / len(pred) if pred else 0.0
    rec = tp / len(pos) if pos else 0.0
    f2 = 5 * p * rec / (4 * p + rec) if p + rec else 0.0
    return PairMetrics(settings.suggest_threshold, p, rec, f2)


@dataclass(frozen=True, eq=False)
class DeletionTrial:
    """One step of the uncovered-detection experiment: ``deleted``'s gold actions removed,
    the rest scored (refs hidden). ``answered``: recommendations some kept action still
    gold-links to (the ones that must not be flagged)."""

    deleted: str
    case: GoldCase
    scores: ScoreMatrix
    answered: frozenset[str]


def deletion_trials(case: GoldCase, scorer_for: Callable[[GoldCase], Callable[[FeatureMatrix], np.ndarray]],
                    use_stem: bool = PLURAL_RULE) -> tuple[DeletionTrial, ...]:
    """Score each reduced case once, so a threshold sweep only re-runs link() and coverage()."""
    hidden = case.without_refs()
    pos = case.positives()
    out = []
    for r in hidden.recommendations:
        gone = {a for a, rr in pos if rr == r.id}
        kept = tuple(a for a in hidden.actions if a.id not in gone)
        reduced = replace(hidden, actions=kept)
        fm = pair_features(reduced.recommendations, kept, use_stem=use_stem)
        kept_ids = {k.id for k in kept}
        out.append(DeletionTrial(r.id, reduced, score_matrix(fm, scorer_for(reduced)(fm), "eval"),
                                 frozenset(rr for a, rr in pos if a in kept_ids)))
    return tuple(out)


def uncovered_detection(case: GoldCase, scorer_for: Callable[[GoldCase], Callable[[FeatureMatrix], np.ndarray]] | None,
                        settings: Settings, use_stem: bool = PLURAL_RULE,
                        trials: Sequence[DeletionTrial] | None = None) -> UncoveredMetrics:
    """For each recommendation: delete every action gold-linked to it, link the rest (refs
    hidden) and check that it - and only it, among those still answered - is flagged.

    Two readings of "flagged" are reported: ``uncovered`` (no link proposed at all) and *not
    covered* (``weak`` or ``uncovered``: no action is clearly aimed at it). Pass ``trials``
    from :func:`deletion_trials` to reuse the scoring across settings."""
    from . import link

    if trials is None:
        assert scorer_for is not None
        trials = deletion_trials(case, scorer_for, use_stem)
    misses, alarms, misses_nc, alarms_nc = [], [], [], []
    flagged = checked_others = ok_others = flagged_nc = ok_nc = 0
    for t in trials:
        recs, kept = t.case.recommendations, t.case.actions
        cov = coverage(recs, kept, link(recs, kept, settings, matrix=t.scores), settings)
        if cov.status(t.deleted) == "uncovered":
            flagged += 1
        else:
            misses.append(t.deleted)
        flagged_nc += cov.status(t.deleted) != "covered"
        if cov.status(t.deleted) == "covered":
            misses_nc.append(t.deleted)
        for other in recs:
            if other.id == t.deleted or other.id not in t.answered:
                continue
            checked_others += 1
            if cov.status(other.id) == "uncovered":
                alarms.append((t.deleted, other.id))
            else:
                ok_others += 1
            ok_nc += cov.status(other.id) == "covered"
            if cov.status(other.id) != "covered":
                alarms_nc.append((t.deleted, other.id))
    n = len(trials)
    return UncoveredMetrics(flagged / n if n else 0.0, ok_others / checked_others if checked_others else 1.0,
                            tuple(misses), tuple(alarms), flagged_nc / n if n else 0.0,
                            ok_nc / checked_others if checked_others else 1.0, tuple(misses_nc), tuple(alarms_nc))


@dataclass(frozen=True)
class CrossValidated:
    """Leave-one-row-out models and the held-out scores they give the full case."""

    fold_models: dict  # group -> LinkerModel trained without that group
    group_of_action: dict  # action id -> group
    scores: ScoreMatrix

    def scorer(self) -> Callable[[FeatureMatrix], np.ndarray]:
        """Score any subset of the case, each action by the model that never saw its row."""
        def score(fm: FeatureMatrix) -> np.ndarray:
            out = np.zeros((len(fm.action_ids), len(fm.recommendation_ids)))
            for i, aid in enumerate(fm.action_ids):
                m = self.fold_models[self.group_of_action[aid]]
                out[i] = m.predict(fm.values[i], fm.names)
            return out
        return score


def cross_validate(case: GoldCase, c: float = 1.0, use_stem: bool = PLURAL_RULE,
                   extra=None) -> CrossValidated:
    """Grouped cross-validation by plan row: each row's bullets are scored by a model trained on
    the other rows (plus ``extra`` training examples from other cases, if any)."""
    hidden = case.without_refs()
    examples = examples_from_gold(hidden)
    # The case is featurised once: its feature matrix gives both the training rows of every
    # fold and the held-out scores.
    fm = pair_features(hidden.recommendations, hidden.actions, use_stem=use_stem)
    ai = {a: i for i, a in enumerate(fm.action_ids)}
    ri = {r: j for j, r in enumerate(fm.recommendation_ids)}
    x_all = np.array([fm.values[ai[e.action.id], ri[e.recommendation.id]] for e in examples])
    y_all = np.array([e.label for e in examples], dtype=bool)
    extra_ts = featurise(extra, use_stem=use_stem) if extra else None
    groups = np.array([e.group for e in examples])
    models, group_of = {}, {}
    for e in examples:
        group_of[e.action.id] = e.group
    for g in sorted(set(groups)):
        train = groups != g
        x, y = x_all[train], y_all[train]
        if extra_ts is not None:
            x, y = np.vstack([x, extra_ts.x]), np.concatenate([y, extra_ts.y])
        models[g] = fit(x, y, fm.names, c=c, name=f"cv-{g}")
    cv = CrossValidated(models, group_of, None)  # type: ignore[arg-type]
    return replace(cv, scores=score_matrix(fm, cv.scorer()(fm), "cross-validated"))


@dataclass(frozen=True)
class ReferenceAgreement:
    """How often the scorer, with a plan's references hidden, ranks first (or in its top 3) a
    recommendation the plan itself cites for that action (row or workstream references)."""

    n_actions: int  # actions citing at least one recommendation that was found
    top1: float
    top3: float
    mean_cited: float  # recommendations cited per such action (the chance level is mean_cited / n)
    n_recommendations: int


def reference_agreement(recommendations: Sequence, actions: Sequence, model: LinkerModel | None = None,
                        use_workstream: bool = True) -> ReferenceAgreement:
    """Agreement of the text-only ranking with the plan's own references (see the class).

    Needs no link gold, so any plan whose rows cite recommendations can be checked; a
    workstream's list of "related recommendations" is looser truth than a row's own citation.
    """
    from . import _primary_numbers
    from .scorer import score_pairs

    number = _primary_numbers(recommendations)
    hidden = [replace(a, refs=(), workstream_refs=()) for a in actions]
    sm = score_pairs(recommendations, hidden, model=model)
    hits1 = hits3 = 0
    sizes = []
    for a in actions:
        cited = {number[n] for n in a.refs + (a.workstream_refs if use_workstream else ()) if n in number}
        if not cited:
            continue
        ranked = [r for r, _ in sm.ranked(a.id)]
        sizes.append(len(cited))
        hits1 += ranked[0] in cited
        hits3 += bool(cited & set(ranked[:3]))
    n = len(sizes)
    return ReferenceAgreement(n, hits1 / n if n else 0.0, hits3 / n if n else 0.0,
                              float(np.mean(sizes)) if sizes else 0.0, len(recommendations))
