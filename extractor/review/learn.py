"""`recmap train`: the case's review decisions become labelled pairs for the linker.

Labels come only from reviewers: an accepted or added link is a positive pair, a rejected one
a negative; a recommendation marked *justified* says no action addresses it, so its pairs with
every action nobody accepted are negatives. Suspect decisions (made about an earlier wording)
and unreviewed suggestions are not labels.

Features are computed over the whole case (the linker's features compare a pair with the rest
of its plan), then a share of the labelled pairs is held out: the model in use and the model
retrained on the rest (plus the linker's gold training data, minus any gold plan that is this
very case) are both scored on the held-out pairs, so the figures say whether learning helped.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from ..errors import InputError
from ..items import Action, Recommendation, normalise_text
from ..settings import DEFAULT, Settings
from ..store import CaseState, CaseStore


def default_gold() -> list[Path]:
    """The linker's base training data when --gold is not given: the plans the shipped model was
    trained on that are on this machine (the shared real plans; the fictional coverage plans of a
    checkout)."""
    from ..link.gold import plan_gold_files
    from ..shared_dir import shared_dir

    shared = shared_dir()
    return plan_gold_files(shared if (shared / "gold").is_dir() else None, Path(__file__).resolve().parents[2])


@dataclass(frozen=True)
class LabelledPair:
    recommendation: Recommendation
    action: Action
    label: bool
    source: str  # accept | add | reject | justified


def case_labels(state: CaseState) -> tuple[LabelledPair, ...]:
    """Labelled pairs from the reviewers' decisions on the current revision (see module docstring)."""
    acts = {a.id: a for a in state.actions}
    out: list[LabelledPair] = []
    for rr in state.recommendations:
        decided = set()
        for l in rr.links:
            if l.decision is None or l.suspect:
                continue
            decided.add(l.action)
            out.append(LabelledPair(rr.recommendation, acts[l.action], l.state == "confirmed", l.decision.kind))
        if rr.status == "justified":
            for a in state.actions:
                if a.id not in decided:
                    out.append(LabelledPair(rr.recommendation, a, False, "justified"))
    return tuple(out)


def labels_jsonl(state: CaseState, case: str) -> str:
    """The labelled pairs in the linker's JSONL format (``extractor.link.training.read_jsonl``)."""
    lines = []
    for p in case_labels(state):
        lines.append(json.dumps({"case": case, "recommendation": p.recommendation.text, "number": p.recommendation.number,
                                 "action": p.action.text, "objective": p.action.objective,
                                 "section": p.action.section, "row": p.action.row, "label": p.label},
                                ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


def split_holdout(n: int, labels: Sequence[bool], fraction: float, seed: int) -> tuple[list[int], list[int]]:
    """Indices (train, held out), stratified so both classes appear in each part when they can."""
    rng = random.Random(seed)
    train, test = [], []
    for cls in (True, False):
        idx = [i for i in range(n) if labels[i] == cls]
        rng.shuffle(idx)
        k = round(len(idx) * fraction)
        if len(idx) >= 2:
            k = min(max(k, 1), len(idx) - 1)
        else:
            k = 0
        test += idx[:k]
        train += idx[k:]
    return sorted(train), sorted(test)


def pair_metrics(scores: Sequence[float], labels: Sequence[bool], threshold: float) -> dict:
    """Accuracy, precision, recall at ``threshold`` and ROC AUC of scores against labels."""
    n = len(labels)
    tp = sum(s >= threshold and y for s, y in zip(scores, labels))
    fp = sum(s >= threshold and not y for s, y in zip(scores, labels))
    fn = sum(s < threshold and y for s, y in zip(scores, labels))
    tn = n - tp - fp - fn
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    # AUC as the probability a positive outscores a negative (ties count half)
    auc = (sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / (len(pos) * len(neg))) if pos and neg else None
    return {"pairs": n, "positives": len(pos), "accuracy": round((tp + tn) / n, 4) if n else None,
            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(tp / (tp + fn), 4) if tp + fn else None,
            "auc": round(auc, 4) if auc is not None else None}


def _overlaps(gold_actions: Sequence[Action], case_actions: Sequence[Action]) -> bool:
    """True when most of a gold plan's actions are this case's actions (training on it would leak)."""
    mine = {normalise_text(a.text) for a in case_actions}
    same = sum(normalise_text(a.text) in mine for a in gold_actions)
    return bool(gold_actions) and same >= 0.5 * len(gold_actions)


def recalibrate(model, x_all, names, target_rate: float):
    """The same model with its intercept moved so its mean score over every pair of the case is
    ``target_rate``.

    Reviewers decide the suggestions ranked highest, so decided pairs are far richer in true
    links than the case as a whole (about 4 in 10 against 1 in 12 on the Buckinghamshire plan);
    a model fitted on them scores every pair too high and floods the review with suggestions.
    Moving the intercept (prior correction) fixes the level without changing the order; the
    target is the mean score of the model in use, which was not fitted on this biased sample.
    """
    from dataclasses import replace

    import numpy as np

    if len(x_all) == 0 or not 0.0 < target_rate < 1.0:
        return model
    lo, hi = -30.0, 30.0
    base = model.intercept
    for _ in range(60):  # bisection on the shift: the mean score rises with it
        mid = (lo + hi) / 2
        rate = float(np.mean(replace(model, intercept=base + mid).predict(x_all, names)))
        lo, hi = (mid, hi) if rate < target_rate else (lo, mid)
    return replace(model, intercept=base + (lo + hi) / 2,
                   info={**model.info, "recalibrated_to_mean_score": round(target_rate, 4)})


def current_model(store: CaseStore):
    """The model this case scores with: its own retrained model if any, else the linker's default."""
    from ..link.model import load_model, model_from_json

    data = store.latest_model()
    return model_from_json(data, f"{store.path} (retrained)") if data else load_model()


def train_from_case(db: str | Path, *, settings: Settings = DEFAULT, holdout: float = 0.3, seed: int = 0,
                    save: bool = True, gold: Sequence[str | Path] | None = None, jsonl: str | None = None,
                    progress: Callable[[str], None] = lambda m: None) -> dict:
    """Retrain the linker with the case's decisions; return before/after figures on held-out decisions.

    Saves the retrained model (trained on *all* labelled pairs) into the case database unless
    ``save`` is False; later ``recmap load`` runs of a revised plan score with it.
    """
    import numpy as np

    from ..link.features import pair_features
    from ..link.gold import load_plan_gold
    from ..link.training import examples_from_gold, featurise, fit

    if not 0 < holdout < 1:
        raise InputError(f"--holdout must be between 0 and 1 (got {holdout})", "Use e.g. --holdout 0.3.")
    with CaseStore(db, settings, create=False) as store:
        state = store.state()
        before_model = current_model(store)
        pairs = case_labels(state)
        if jsonl:
            from ..files import write_atomic

            write_atomic(jsonl, labels_jsonl(state, Path(db).stem))
        y_case = [p.label for p in pairs]
        if sum(y_case) < 2 or len(y_case) - sum(y_case) < 2:
            raise InputError(f"the case has {sum(y_case)} accepted and {len(y_case) - sum(y_case)} rejected links "
                             "decided", "Review more links (at least two of each) before training.", str(db))
        progress(f"featurising {len(state.actions)} actions x {len(state.recommendations)} recommendations")
        recs = [rr.recommendation for rr in state.recommendations]
        fm = pair_features(recs, list(state.actions))
        ai = {a: i for i, a in enumerate(fm.action_ids)}
        ri = {r: j for j, r in enumerate(fm.recommendation_ids)}
        x_case = np.array([fm.values[ai[p.action.id], ri[p.recommendation.id]] for p in pairs])
        y_arr = np.array(y_case, dtype=bool)

        base_x, base_y, used_gold, skipped_gold = np.zeros((0, len(fm.names))), np.zeros(0, dtype=bool), [], []
        base_w = np.zeros(0)
        for g in (default_gold() if gold is None else gold):
            gc = load_plan_gold(g)
            if _overlaps(gc.actions, state.actions):
                skipped_gold.append(str(g))  # it is this case: its labels would leak into the held-out pairs
                continue
            ts = featurise(examples_from_gold(gc.without_refs()))
            base_x, base_y = np.vstack([base_x, ts.x]), np.concatenate([base_y, ts.y])
            base_w = np.concatenate([base_w, ts.weight])
            used_gold.append(str(g))

        train_i, test_i = split_holdout(len(pairs), y_case, holdout, seed)
        x_tr = np.vstack([base_x, x_case[train_i]])
        y_tr = np.concatenate([base_y, y_arr[train_i]])
        x_all = fm.values.reshape(-1, len(fm.names))
        target_rate = float(np.mean(before_model.predict(x_all, fm.names)))
        w_tr = np.concatenate([base_w, np.ones(len(train_i))])
        after_model = recalibrate(fit(x_tr, y_tr, fm.names, name="case-heldout", weight=w_tr), x_all, fm.names,
                                  target_rate)
        thr = settings.suggest_threshold
        x_te, y_te = x_case[test_i], [y_case[i] for i in test_i]
        report = {
            "db": str(db),
            "labelled_pairs": len(pairs), "positives": int(sum(y_case)),
            "held_out": len(test_i), "trained_on": {"case_pairs": len(train_i), "gold_pairs": int(len(base_y)),
                                                   "gold_files": used_gold, "gold_skipped_as_this_case": skipped_gold},
            "threshold": thr,
            "before": {"model": before_model.name,
                       **pair_metrics(before_model.predict(x_te, fm.names).tolist(), y_te, thr)},
            "after": {"model": "retrained without the held-out pairs",
                      **pair_metrics(after_model.predict(x_te, fm.names).tolist(), y_te, thr)},
            "saved": False,
        }
        if save:
            final = recalibrate(fit(np.vstack([base_x, x_case]), np.concatenate([base_y, y_arr]), fm.names,
                                    name=f"case:{Path(db).name}", weight=np.concatenate([base_w, np.ones(len(pairs))]),
                                    info={"case_pairs": len(pairs), "gold": used_gold, "heldout_report": {
                                        k: report[k] for k in ("before", "after", "held_out")}}),
                                x_all, fm.names, target_rate)
            store.save_model(final.to_json(), report)
            report["saved"] = True
        return report
