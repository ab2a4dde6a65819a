"""Evaluation of the linker on plan gold, leave one plan out.

Every figure about a plan comes from a model that never saw that plan: the plans are the groups
of scikit-learn's ``LeaveOneGroupOut`` (:func:`leave_one_plan_out`). Real plans and fictional
plans are both used for training but their figures are reported apart, never pooled.

Per plan (``scripts/eval_linking.py`` prints them):

- ranking with the plan's references hidden (:func:`rank_metrics`): is an action's best-scored
  recommendation one it answers (top-1), are its recommendations in its top 3 (recall@3) -
  for every action with a gold link, and apart for the rows that cite a number and those that
  do not; the same in normal mode (references used: explicit links first);
- the deletion test (:func:`deletion_test`, references hidden): for each recommendation, delete
  every action gold-linked to it and check it is no longer called covered (sensitivity) while
  the recommendations that still have a gold action stay covered (specificity);
- on fictional plans, the statuses the plan was written to produce (:func:`expected_statuses`):
  deliberately unanswered recommendations flagged (weak or uncovered), passing mentions and
  partly answered recommendations weak, answered ones covered.

Coverage here runs :func:`extractor.link.link` and :func:`extractor.coverage.coverage`, the code
``recmap check`` runs, with the fold's model.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

import numpy as np

from ..coverage import coverage
from ..settings import Settings
from .features import YARDSTICK, FeatureMatrix, pair_features
from .gold import GoldCase
from .model import LinkerModel
from .scorer import ScoreMatrix, score_matrix
from .training import fit


BASELINE = YARDSTICK  # the label-free yardstick of extractor.link.features


@dataclass(frozen=True, eq=False)
class Featurised:
    """A gold case (references hidden) with its features and labels."""

    case: GoldCase
    features: FeatureMatrix
    labels: np.ndarray  # (n_actions, n_recommendations) bool

    def weights(self) -> np.ndarray:
        """Training weight per pair, as :func:`~extractor.link.training.examples_from_gold` gives it."""
        from .training import ORPHAN_WEIGHT

        w = np.ones(self.labels.shape)
        w[~self.labels.any(axis=1), :] = ORPHAN_WEIGHT
        return w


def featurise_case(case: GoldCase) -> Featurised:
    hidden = case.without_refs()
    fm = pair_features(hidden.recommendations, hidden.actions)
    y = np.zeros((len(fm.action_ids), len(fm.recommendation_ids)), dtype=bool)
    ai = {a: i for i, a in enumerate(fm.action_ids)}
    ri = {r: j for j, r in enumerate(fm.recommendation_ids)}
    for a, r in case.positives():
        if a in ai and r in ri:
            y[ai[a], ri[r]] = True
    return Featurised(case, fm, y)


@dataclass(frozen=True, eq=False)
class PlanFold:
    """One plan scored by a model trained on the other plans."""

    case: GoldCase
    model: LinkerModel
    scores: ScoreMatrix  # the plan with its references hidden

    def scorer(self, case: GoldCase) -> ScoreMatrix:
        """Score another version of this plan (e.g. with actions deleted) with the fold's model."""
        hidden = case.without_refs()
        fm = pair_features(hidden.recommendations, hidden.actions)
        return score_matrix(fm, self.model.predict(fm.values, fm.names), self.model.name)


def leave_one_plan_out(cases: Sequence[GoldCase], c: float = 1.0,
                       featurised: Sequence[Featurised] | None = None) -> list[PlanFold]:
    """Train one model per plan on every other plan's pairs and score the plan with it."""
    from sklearn.model_selection import LeaveOneGroupOut

    feats = list(featurised) if featurised is not None else [featurise_case(k) for k in cases]
    x = np.concatenate([f.features.values.reshape(-1, f.features.values.shape[-1]) for f in feats])
    y = np.concatenate([f.labels.reshape(-1) for f in feats])
    w = np.concatenate([f.weights().reshape(-1) for f in feats])
    groups = np.concatenate([np.full(f.labels.size, k) for k, f in enumerate(feats)])
    names = feats[0].features.names
    folds: dict[int, PlanFold] = {}
    for train, test in LeaveOneGroupOut().split(x, y, groups):
        k = int(groups[test[0]])
        f = feats[k]
        model = fit(x[train], y[train], names, c=c, name=f"without-{f.case.name}", weight=w[train])
        folds[k] = PlanFold(f.case, model, score_matrix(f.features, model.predict(f.features.values, names),
                                                        model.name))
    return [folds[k] for k in range(len(feats))]


# ---- ranking ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Ranking:
    n: int  # actions with a gold link
    top1: float
    recall_at_3: float  # gold (action, recommendation) pairs in the action's top 3

    def __str__(self) -> str:
        return f"top-1 {self.top1:.2f} recall@3 {self.recall_at_3:.2f} ({self.n})" if self.n else "-"


@dataclass(frozen=True)
class RankMetrics:
    all: Ranking
    cited: Ranking  # actions whose row cites a recommendation (number or workstream)
    uncited: Ranking
    misses: tuple[tuple[str, str, tuple[str, ...]], ...]  # (action, ranked first, gold)


def _ranking(rows: Iterable[tuple[list[str], set[str]]]) -> Ranking:
    n = top1 = found = total = 0
    for order, truth in rows:
        n += 1
        top1 += bool(order) and order[0] in truth
        found += len(truth & set(order[:3]))
        total += len(truth)
    return Ranking(n, top1 / n if n else 0.0, found / total if total else 0.0)


def rank_metrics(case: GoldCase, orders: dict[str, list[str]]) -> RankMetrics:
    """Ranking figures from each action's recommendations, best first (``orders``)."""
    truth: dict[str, set[str]] = {}
    for a, r in case.positives():
        truth.setdefault(a, set()).add(r)
    cited = case.cited()
    rows = [(a.id, orders.get(a.id, []), truth[a.id]) for a in case.actions if a.id in truth]
    misses = tuple((a, o[0] if o else "", tuple(sorted(t))) for a, o, t in rows if not o or o[0] not in t)
    return RankMetrics(_ranking((o, t) for _, o, t in rows), _ranking((o, t) for a, o, t in rows if a in cited),
                       _ranking((o, t) for a, o, t in rows if a not in cited), misses)


def hidden_orders(sm: ScoreMatrix) -> dict[str, list[str]]:
    """Each action's recommendations by score (references hidden)."""
    return {a: [r for r, _ in sm.ranked(a)] for a in sm.action_ids}


def normal_orders(case: GoldCase, sm: ScoreMatrix, settings: Settings) -> dict[str, list[str]]:
    """Each action's recommendations as ``recmap check`` lists them: its proposed links best first
    (explicit references first), then the rest by score."""
    from . import link

    links = link(case.recommendations, case.actions, settings, matrix=sm)
    out: dict[str, list[str]] = {a.id: [] for a in case.actions}
    for l in links:
        out[l.action].append(l.recommendation)
    for a in case.actions:
        seen = set(out[a.id])
        out[a.id] += [r for r, _ in sm.ranked(a.id) if r not in seen]
    return out


# ---- coverage --------------------------------------------------------------------------------

def statuses(case: GoldCase, sm: ScoreMatrix, settings: Settings, use_references: bool = True) -> dict[str, str]:
    """Recommendation id -> covered | weak | uncovered, as ``recmap check`` would say."""
    from . import link

    actions = case.actions if use_references else case.without_refs().actions
    links = link(case.recommendations, actions, settings, matrix=sm, use_references=use_references)
    result = coverage(case.recommendations, actions, links, settings)
    return {item.recommendation: item.status for item in result.items}


@dataclass(frozen=True, eq=False)
class DeletionTrial:
    """One recommendation's gold actions deleted, the rest scored by the fold's model."""

    deleted: str
    case: GoldCase  # the reduced case
    scores: ScoreMatrix
    answered: frozenset[str]  # recommendations a kept action still gold-links to


def deletion_trials(fold: PlanFold) -> tuple[DeletionTrial, ...]:
    """Score each reduced plan once (a settings sweep then reruns only linking and coverage)."""
    out = []
    pos = fold.case.positives()
    for r in fold.case.recommendations:
        gone = {a for a, rr in pos if rr == r.id}
        if not gone:
            continue
        reduced = fold.case.without_actions(gone)
        out.append(DeletionTrial(r.id, reduced, fold.scorer(reduced), frozenset(rr for _, rr in reduced.positives())))
    return tuple(out)


@dataclass(frozen=True)
class Deletion:
    sensitivity: float  # deleted recommendations no longer called covered
    specificity: float  # still-answered recommendations still called covered
    n: int
    misses: tuple[str, ...]
    false_alarms: tuple[tuple[str, str], ...]  # (deleted, wrongly flagged)


def deletion_test(trials: Sequence[DeletionTrial], settings: Settings) -> Deletion:
    """References hidden: the plan's text alone has to show what is answered."""
    misses, alarms = [], []
    flagged = checked = ok = 0
    for t in trials:
        st = statuses(t.case, t.scores, settings, use_references=False)
        if st[t.deleted] != "covered":
            flagged += 1
        else:
            misses.append(t.deleted)
        for r, s in st.items():
            if r != t.deleted and r in t.answered:
                checked += 1
                ok += s == "covered"
                if s != "covered":
                    alarms.append((t.deleted, r))
    n = len(trials)
    return Deletion(flagged / n if n else 0.0, ok / checked if checked else 1.0, n, tuple(misses), tuple(alarms))


@dataclass(frozen=True)
class Expected:
    """Fictional plans: (right, out of) per category the plan was written to test."""

    unanswered: tuple[int, int]  # flagged weak or uncovered
    passing: tuple[int, int]  # marked weak
    partial: tuple[int, int]  # flagged weak or uncovered
    answered: tuple[int, int]  # marked covered
    wrong: tuple[tuple[str, str, str], ...]  # (recommendation, expected, got)


def expected_statuses(case: GoldCase, sm: ScoreMatrix, settings: Settings, use_references: bool = True) -> Expected:
    st = statuses(case, sm, settings, use_references)
    d = case.design

    def count(ids, ok: Callable[[str], bool]) -> tuple[int, int]:
        ids = [r for r in ids if r in st]
        return sum(ok(st[r]) for r in ids), len(ids)

    wrong = tuple((r, e, st.get(r, "?")) for r, e in case.expected.items()
                  if (e == "covered") != (st.get(r) == "covered"))
    return Expected(count(d.get("unanswered", ()), lambda s: s != "covered"),
                    count(d.get("passing", ()), lambda s: s == "weak"),
                    count(d.get("partial", ()), lambda s: s != "covered"),
                    count([r for r, e in case.expected.items() if e == "covered"], lambda s: s == "covered"),
                    wrong)


@dataclass(frozen=True)
class ReferenceChecks:
    """Explicit references flagged as weak: mis-cited rows caught, right citations flagged."""

    miscited: tuple[int, int]  # (flagged, mis-cited citations)
    correct: tuple[int, int]  # (flagged, citations the text supports, per the gold)


def reference_checks(case: GoldCase, sm: ScoreMatrix, settings: Settings) -> ReferenceChecks:
    """A citation is mis-cited when the gold does not link the citing action to the cited
    recommendation (the fictional plans' deliberately mis-cited rows; on real plans, none)."""
    from . import link

    pos = case.positives()
    bad = good = bad_flagged = good_flagged = 0
    for l in link(case.recommendations, case.actions, settings, matrix=sm):
        if l.basis != "explicit":
            continue
        if (l.action, l.recommendation) in pos:
            good += 1
            good_flagged += l.weak_reference
        else:
            bad += 1
            bad_flagged += l.weak_reference
    return ReferenceChecks((bad_flagged, bad), (good_flagged, good))


def add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]


# ---- choosing the thresholds -------------------------------------------------------------------

def settings_grid(base: Settings) -> list[Settings]:
    """The thresholds tried when choosing :class:`~extractor.settings.Settings` on data (margins
    above 0 and covered thresholds under 0.6 were never chosen on the plans with gold, and left
    out to keep the search quick)."""
    out = []
    for covered in (0.6, 0.7, 0.8, 0.9):
        for ask in (0.1, 0.2):
            for support in (1.0, 0.3, 0.4, 0.5):
                for own in (0.0, 35.0, 45.0):
                    out.append(replace(base, covered_threshold=covered, covered_margin=0.0, ask_threshold=ask,
                                       covered_support_threshold=support, ask_own_weight=own))
    return out


def plan_score(fold: PlanFold, trials: Sequence[DeletionTrial], s: Settings) -> float:
    """The balanced accuracy of 'needs attention' on one plan: the deletion test on a real plan,
    the designed statuses on a fictional one (flagging unanswered, passing and partly answered
    recommendations against keeping answered ones covered)."""
    if fold.case.kind == "fictional":
        e = expected_statuses(fold.case, fold.scores, s)
        flag = add(add(e.unanswered, e.passing), e.partial)
        sens = flag[0] / flag[1] if flag[1] else 1.0
        spec = e.answered[0] / e.answered[1] if e.answered[1] else 1.0
    else:
        d = deletion_test(trials, s)
        sens, spec = d.sensitivity, d.specificity
    return (sens + spec) / 2


def score_table(folds: Sequence[PlanFold], trials: Sequence[Sequence[DeletionTrial]],
                grid: Sequence[Settings]) -> np.ndarray:
    """``table[g, k]``: :func:`plan_score` of plan ``k`` under grid point ``g``."""
    return np.array([[plan_score(f, t, s) for f, t in zip(folds, trials)] for s in grid])


def choose_settings(table: np.ndarray, grid: Sequence[Settings], plans: Sequence[int]) -> Settings:
    """The grid point whose mean plan score over ``plans`` is best (ties: the higher covered
    threshold, then the smaller margin - the stricter "covered"). Choosing on the other plans
    only, for each plan, keeps its own figures out of the choice."""
    mean = table[:, list(plans)].mean(axis=1)
    order = sorted(range(len(grid)), key=lambda g: (-round(float(mean[g]), 4), -grid[g].covered_threshold,
                                                    grid[g].covered_margin, -grid[g].ask_threshold,
                                                    -grid[g].covered_support_threshold, grid[g].ask_own_weight))
    return grid[order[0]]


# ---- plans that cite recommendations, without link gold ------------------------------------------

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
