"""Training data for the linker and the function that fits it.

Examples are labelled (recommendation, action) pairs grouped into *cases* (one plan against
its recommendations): features such as ``rare_concept`` and the row features compare a pair with the
rest of its case, so each case is featurised as a whole and only its labelled pairs are kept.
Sources today: gold files (every pair labelled; ``examples_from_gold``) and JSONL of reviewer
decisions (``read_jsonl``). The review store can call :func:`train` with its own examples.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..document import Provenance
from ..errors import InputError
from ..items import Action, Recommendation, stable_id
from .features import FEATURES, pair_features
from .gold import GoldCase
from .model import LinkerModel
from .text import PLURAL_RULE


@dataclass(frozen=True)
class Example:
    """One labelled pair. ``group`` keeps related pairs in one cross-validation fold."""

    case: str
    recommendation: Recommendation
    action: Action
    label: bool
    group: str = ""
    weight: float = 1.0  # how much the pair counts in the fit


# A pair of an action that answers nothing (the plan's gold links it to no recommendation) counts
# this many times in training: such actions are what coverage must not push onto their nearest
# recommendation, and they are few. Chosen leave one plan out (scripts/eval_linking.py): at 3,
# fictional top-1 236/260 -> 240/260 and the deletion test's specificity on Buckinghamshire 0.53 ->
# 0.59 at the same unanswered/answered figures; at 10 answered recommendations started to be lost.
ORPHAN_WEIGHT = 3.0


@dataclass(frozen=True, eq=False)
class TrainingSet:
    """Feature rows ``x`` (n, len(names)), labels ``y`` and CV groups, in example order."""

    names: tuple[str, ...]
    x: np.ndarray
    y: np.ndarray
    groups: tuple[str, ...]
    weight: np.ndarray | None = None  # per pair (None: all 1)


def examples_from_gold(case: GoldCase) -> tuple[Example, ...]:
    """Every (action, recommendation) pair of a gold case: gold links positive, the rest negative.

    The CV group is the plan row, so bullets of one row never straddle train and test.
    """
    pos = case.positives()
    linked = {a for a, _ in pos}
    return tuple(
        Example(case.name, r, a, (a.id, r.id) in pos, f"{case.name}#{a.row or a.id}",
                1.0 if a.id in linked else ORPHAN_WEIGHT)
        for a in case.actions for r in case.recommendations
    )


def read_jsonl(path: str | Path) -> tuple[Example, ...]:
    """Labelled pairs from JSONL, one object a line::

        {"case": "bucks-2018", "recommendation": "text", "action": "text",
         "objective": "text or null", "section": "text or null", "row": "1.3 or null",
         "label": true}

    ``case`` groups pairs featurised together (default: the file name).
    """
    p = Path(path)
    out = []
    try:
        lines = p.read_text("utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{p}: cannot read labelled pairs ({exc}). Check the path.") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            rec_text, act_text, label = d["recommendation"], d["action"], d["label"]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{p}: line {n} is not a labelled pair ({exc}). Each line needs "
                             '"recommendation", "action" and "label".') from exc
        case = str(d.get("case") or p.stem)
        rec = Recommendation(stable_id("R", rec_text), d.get("number"), rec_text, Provenance(case))
        act = Action(stable_id("A", act_text, d.get("objective") or ""), d.get("row"), act_text,
                     Provenance(case), section=d.get("section"), objective=d.get("objective"))
        out.append(Example(case, rec, act, bool(label), f"{case}#{d.get('row') or act.id}"))
    return tuple(out)


def featurise(examples: Sequence[Example], use_stem: bool = PLURAL_RULE) -> TrainingSet:
    """Feature rows for ``examples``, each case featurised as a whole."""
    rows = np.zeros((len(examples), len(FEATURES)))
    by_case: dict[str, list[int]] = {}
    for i, e in enumerate(examples):
        by_case.setdefault(e.case, []).append(i)
    for idx in by_case.values():
        recs = list({examples[i].recommendation.id: examples[i].recommendation for i in idx}.values())
        acts = list({examples[i].action.id: examples[i].action for i in idx}.values())
        fm = pair_features(recs, acts, use_stem=use_stem)
        ai = {a: k for k, a in enumerate(fm.action_ids)}
        ri = {r: k for k, r in enumerate(fm.recommendation_ids)}
        for i in idx:
            rows[i] = fm.values[ai[examples[i].action.id], ri[examples[i].recommendation.id]]
    return TrainingSet(FEATURES, rows, np.array([e.label for e in examples], dtype=bool),
                       tuple(e.group for e in examples), np.array([e.weight for e in examples], dtype=float))


def fit(x: np.ndarray, y: np.ndarray, names: Sequence[str], c: float = 1.0,
        name: str = "linker", info: dict | None = None, weight: np.ndarray | None = None) -> LinkerModel:
    """Standardise and fit an L2 logistic regression whose weights are all >= 0.

    Every feature is a similarity, so more of it must never lower the score. Correlated
    features make plain logistic regression give some of them negative weights, which then
    reward short, dissimilar texts; so the weights are bounded below by 0 and the penalised
    log-loss is minimised once with L-BFGS-B (deterministic: fixed start, no sampling). The
    objective is scikit-learn's ``LogisticRegression(C=c)``: ``c * sum(log-loss) + |w|^2 / 2``,
    intercept unpenalised. Features the bound pins at 0 keep weight 0 in the stored model.
    ``weight`` (one per pair, default 1) scales each pair's log-loss.
    """
    from scipy.optimize import minimize

    if y.all() or not y.any():
        raise InputError("training data needs both linked and unlinked pairs. Add examples of each.")
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0  # a constant feature gets weight ~0 rather than a division by zero
    z = (x - mean) / scale
    t = np.where(y, 1.0, -1.0)
    sw = np.ones(len(y)) if weight is None else np.asarray(weight, dtype=float)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        m = t * (z @ w + b)
        # log(1 + exp(-m)) and its derivative, stable for large |m|
        nll = sw * np.logaddexp(0.0, -m)
        g = -sw * t * np.exp(-np.logaddexp(0.0, m))
        grad = np.append(c * (z.T @ g) + w, c * g.sum())
        return float(c * nll.sum() + 0.5 * w @ w), grad

    n = x.shape[1]
    bounds = [(0.0, None)] * n + [(None, None)]
    res = minimize(loss, np.zeros(n + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                   options={"maxiter": 5000, "ftol": 1e-12, "gtol": 1e-8})
    coef, intercept = res.x[:-1].copy(), float(res.x[-1])
    coef[coef < 1e-8] = 0.0
    return LinkerModel(name, tuple(names), tuple(map(float, mean)), tuple(map(float, scale)),
                       tuple(map(float, coef)), intercept, info or {})


def train(examples: Iterable[Example], c: float = 1.0, info: dict | None = None) -> LinkerModel:
    """Fit a :class:`LinkerModel` on labelled pairs (gold and/or reviewer decisions)."""
    ex = tuple(examples)
    ts = featurise(ex)
    meta = {"trained": date.today().isoformat(), "examples": len(ex),
            "positives": int(ts.y.sum()), "cases": sorted({e.case for e in ex}), "C": c}
    meta.update(info or {})
    return fit(ts.x, ts.y, ts.names, c=c, info=meta, weight=ts.weight)
