#!/usr/bin/env python
"""Precision/recall of finding -> recommendation matching (`recmap batch` with a case).

    .venv/bin/python scripts/eval_batch_match.py [--shared ../shared] [--logo] [--plan] [--misses]

Reads each gold file in ``corpus/gold/matches/`` (schema ``finding-matches-gold-v1``), builds the
case from its reports (and, with ``--plan``, the plan named in the file: its actions are matched
too, the recommendations' matches stay as they are), runs the batch worker on each letter and compares the
recommendations each gold finding is matched to. A predicted match is correct when the gold
lists it as high or medium; recall is quoted for the high-confidence links and for all links.
A match to a recommendation the gold did not judge (``judged_addressees``: an LSCB's) is
neither right nor wrong. A sweep over thresholds shows where the default
(``MatchOptions.threshold``) sits.

The shipped model was fitted on these same councils, so its figures here are in-sample.
``--logo`` prints the honest ones: leave one council out, fit the model on the other twelve,
choose the threshold by the best F1 of a leave-one-council-out within those twelve, and score
the council left out at that threshold (per council and pooled).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.batch.case import load_case  # noqa: E402
from extractor.batch.match import MatchOptions  # noqa: E402
from extractor.batch.model import Case  # noqa: E402
from extractor.batch.worker import LetterWorker, Task  # noqa: E402
from extractor.items import Finding, normalise_text  # noqa: E402

GOLD = ROOT / "corpus" / "gold" / "matches"
THRESHOLDS = tuple(round(0.05 + 0.01 * k, 2) for k in range(86))  # 0.05 .. 0.90, for the F1 choice

Scores = dict  # recommendation number -> score


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def judged_numbers(gold: dict, case: Case) -> set:
    """Numbers of the case's recommendations the gold judged (all, unless ``judged_addressees``)."""
    judged = gold.get("judged_addressees")
    return {r.number for r in case.recommendations if not judged or r.addressee in judged}


def gold_findings(gold: dict, shared: Path, worker) -> list[tuple[str, tuple[Finding, ...], list[tuple[dict, int]]]]:
    """Per letter: (source, its findings as ``worker`` reads them, [(gold finding, index into
    the findings)]). A gold finding the extractor did not produce is reported and left out."""
    out = []
    for letter in gold["letters"]:
        res = worker(Task(str(shared / letter["source"]), letter["source"], ""))
        if res.error:
            print(f"error: {res.error}", file=sys.stderr)
            continue
        found = []
        for g in letter["findings"]:
            key = normalise_text(g["starts"])
            i = next((k for k, f in enumerate(res.findings) if normalise_text(f.text).startswith(key)), None)
            if i is None:
                print(f"  gold finding not extracted: {g['starts']!r} ({letter['source']})", file=sys.stderr)
                continue
            found.append((g, i))
        out.append((letter["source"], res, found))
    return out


def load_gold_case(gold: dict, shared: Path, use_plan: bool) -> Case:
    reports = [str(shared / r) for r in gold["case"]["reports"]]
    plan = str(shared / gold["case"]["plan"]) if use_plan and gold["case"].get("plan") else None
    return load_case(reports, plan)


def predictions(gold: dict, shared: Path, use_plan: bool) -> list[tuple[dict, Scores]]:
    """(gold finding, {recommendation number: best score}) for every gold finding found, as the
    batch worker scores them with the shipped model (judged recommendations only)."""
    case = load_gold_case(gold, shared, use_plan)
    judged = judged_numbers(gold, case)
    number = {r.id: r.number for r in case.recommendations if r.number in judged}
    worker = LetterWorker(case=case, options=MatchOptions(threshold=0.0, action_threshold=0.0, max_per_finding=20))
    out = []
    for _source, res, found in gold_findings(gold, shared, worker):
        for g, i in found:
            scores: Scores = {}
            for m in res.matches_of(res.findings[i].id):
                if m.kind == "recommendation" and m.target in number:
                    scores[number[m.target]] = max(scores.get(number[m.target], 0.0), m.score)
            out.append((g, scores))
    return out


# --- leave one council out -------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Council:
    """One gold file's labelled pairs: ``x[i, j]`` features and ``y[i, j]`` label (2 high,
    1 medium, 0 none, -1 not judged) of gold finding ``i`` and recommendation ``numbers[j]``."""

    name: str
    x: object  # np.ndarray (findings, recommendations, features)
    y: object  # np.ndarray (findings, recommendations)
    numbers: tuple
    findings: tuple  # the gold finding dicts, in row order


def councils(shared: Path) -> tuple[list[Council], tuple[str, ...]]:
    """Every gold council's features (each letter featurised as a whole, as the batch does)."""
    import numpy as np

    from extractor.batch.match import feature_names, finding_features

    out = []
    reader = LetterWorker(case=Case())  # extraction only
    for path in gold_files():
        gold = json.loads(path.read_text("utf-8"))
        case = load_gold_case(gold, shared, use_plan=False)
        recs = case.recommendations
        judged = judged_numbers(gold, case)
        xs, ys, gs = [], [], []
        for _source, res, found in gold_findings(gold, shared, reader):
            ff = finding_features(res.findings, recs)
            for g, i in found:
                xs.append(ff.values[i])
                ys.append([-1 if r.number not in judged else 2 if r.number in g["high"] else
                           1 if r.number in g["medium"] else 0 for r in recs])
                gs.append(g)
        out.append(Council(path.stem.split("_")[0], np.array(xs), np.array(ys, dtype=int),
                           tuple(r.number for r in recs), tuple(gs)))
    return out, feature_names()


def fit_councils(cs: list[Council], names, c: float = 1.0, info: dict | None = None):
    """The matcher's model fitted on the judged pairs of ``cs`` (non-negative logistic regression,
    :func:`extractor.link.training.fit`)."""
    import numpy as np

    from extractor.link.training import fit

    x = np.vstack([k.x[k.y >= 0] for k in cs])
    y = np.concatenate([k.y[k.y >= 0] > 0 for k in cs])
    return fit(x, y, names, c=c, name="finding-matcher", info=info)


def council_predictions(model, k: Council) -> list[tuple[dict, Scores]]:
    s = model.predict(k.x, model.features) if k.x.size else k.x[..., 0]
    return [(g, {n: round(float(s[i, j]), 4) for j, n in enumerate(k.numbers) if k.y[i, j] >= 0})
            for i, g in enumerate(k.findings)]


def best_threshold(preds: list[tuple[dict, Scores]], top: int) -> float:
    """The threshold of the best F1 on ``preds`` (the lower of equals)."""
    def f1(t):
        m = metrics(preds, t, top)
        p, r = m["precision"], m["recall_all"]
        return 2 * p * r / (p + r) if p + r else 0.0
    return max(THRESHOLDS, key=lambda t: (f1(t), -t))


def leave_one_council_out(cs: list[Council], names, top: int, c: float = 1.0):
    """Per council left out: (name, threshold chosen without it, its predictions by a model
    fitted without it). The threshold comes from a leave-one-council-out within the others."""
    out = []
    for k in cs:
        rest = [o for o in cs if o is not k]
        inner = []
        for o in rest:
            inner += council_predictions(fit_councils([q for q in rest if q is not o], names, c), o)
        t = best_threshold(inner, top)
        out.append((k.name, t, council_predictions(fit_councils(rest, names, c), k)))
    return out


# --- figures ---------------------------------------------------------------------------------

def ranking(preds: list[tuple[dict, Scores]]) -> dict:
    """Threshold-free quality of the scores: for findings with gold links, how often the best
    scored recommendation is a gold one (top-1) and the mean reciprocal rank of the first gold
    one; for findings without, the mean of their best score (lower is better). Equal scores
    rank by recommendation number."""
    top1 = rr = n = 0
    none_best = []
    for g, scores in preds:
        good = set(g["high"]) | set(g["medium"])
        ranked = [k for k, _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))]
        if not good:
            none_best.append(max(scores.values(), default=0.0))
            continue
        n += 1
        top1 += bool(ranked) and ranked[0] in good
        rank = next((i for i, k in enumerate(ranked, 1) if k in good), None)
        rr += 1 / rank if rank else 0.0
    return {"top1": top1 / n if n else 0.0, "mrr": rr / n if n else 0.0, "linked": n,
            "unlinked_best": sum(none_best) / len(none_best) if none_best else 0.0}


def chosen(scores: Scores, threshold: float, top: int) -> set:
    return {n for n, s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top] if s >= threshold and s > 0}


def counts(preds: list[tuple[dict, Scores]], threshold: float, top: int) -> dict:
    c = dict(correct=0, wrong=0, high_found=0, high_total=0, all_total=0)
    for g, scores in preds:
        got = chosen(scores, threshold, top)
        good = set(g["high"]) | set(g["medium"])
        c["correct"] += len(got & good)
        c["wrong"] += len(got - good)
        c["high_found"] += len(got & set(g["high"]))
        c["high_total"] += len(g["high"])
        c["all_total"] += len(good)
    return c


def rates(c: dict, threshold: float | None = None) -> dict:
    pred = c["correct"] + c["wrong"]
    return {"threshold": threshold, "predicted": pred, "correct": c["correct"],
            "precision": c["correct"] / pred if pred else 1.0,
            "recall_high": c["high_found"] / c["high_total"] if c["high_total"] else 1.0,
            "recall_all": c["correct"] / c["all_total"] if c["all_total"] else 1.0}


def metrics(preds: list[tuple[dict, Scores]], threshold: float, top: int) -> dict:
    return rates(counts(preds, threshold, top), threshold)


def pooled(folds) -> tuple[dict, dict]:
    """(rates, ranking) of leave-one-council-out folds, each scored at its own threshold."""
    total: dict = {}
    for _name, t, preds in folds:
        for key, v in counts(preds, t, MatchOptions().max_per_finding).items():
            total[key] = total.get(key, 0) + v
    return rates(total), ranking([p for *_, preds in folds for p in preds])


def print_misses(preds: list[tuple[dict, Scores]], threshold: float, top: int) -> None:
    for g, scores in preds:
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        got = chosen(scores, threshold, top)
        good = set(g["high"]) | set(g["medium"])
        missed, wrong = good - got, got - good
        if missed or wrong:
            print(f"  {g['starts'][:45]!r:48} gold {sorted(good)} missed {sorted(missed)} wrong {sorted(wrong)} "
                  f"scores {[(k, round(s, 2)) for k, s in ranked[:4]]}")


def line(name: str, m: dict, r: dict) -> str:
    return (f"{name}: P={m['precision']:.2f} R(all)={m['recall_all']:.2f} R(high)={m['recall_high']:.2f} "
            f"({m['correct']}/{m['predicted']} predicted right) top-1 {r['top1']:.2f} MRR {r['mrr']:.2f} "
            f"over {r['linked']} linked findings")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(shared_dir()))
    ap.add_argument("--logo", action="store_true", help="leave-one-council-out figures (the model refitted per fold)")
    ap.add_argument("--plan", action="store_true", help="include the plan in the case (its actions are matched too)")
    ap.add_argument("--misses", action="store_true", help="list each finding with a missed or wrong match")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "corpus").is_dir():
        print(f"{shared} has no corpus/: nothing to evaluate (set RECMAP_SHARED or --shared)", file=sys.stderr)
        return 2
    opts = MatchOptions()
    if args.logo:
        cs, names = councils(shared)
        folds = leave_one_council_out(cs, names, opts.max_per_finding)
        print("leave one council out (model and threshold chosen without the council):")
        for name, t, preds in folds:
            print("  " + line(f"{name} (threshold {t:.2f})", metrics(preds, t, opts.max_per_finding), ranking(preds)))
            if args.misses:
                print_misses(preds, t, opts.max_per_finding)
        m, r = pooled(folds)
        print(line(f"pooled, {sum(len(p) for *_, p in folds)} gold findings", m, r))
        return 0
    preds = []
    for path in gold_files():
        gold = json.loads(path.read_text("utf-8"))
        if args.plan and not gold["case"].get("plan"):
            continue  # the plan comparison only over cases that have one
        got = predictions(gold, shared, args.plan)
        print(line(f"{path.name}: {len(got)} findings", metrics(got, opts.threshold, opts.max_per_finding), ranking(got)))
        if args.misses:
            print_misses(got, opts.threshold, opts.max_per_finding)
        preds += got
    n_links = sum(len(set(g["high"]) | set(g["medium"])) for g, _ in preds)
    r = ranking(preds)
    print(f"{len(preds)} gold findings, {n_links} gold links; case: reports{' + plan' if args.plan else ''} "
          "(in-sample: the shipped model was fitted on these councils; --logo for held-out figures)")
    print(f"ranking: top-1 {r['top1']:.2f}, MRR {r['mrr']:.2f} over {r['linked']} findings with gold links; "
          f"mean best score of the {len(preds) - r['linked']} findings without: {r['unlinked_best']:.3f}")
    for t in sorted({0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50, opts.threshold}):
        m = metrics(preds, t, opts.max_per_finding)
        mark = "  <- default" if t == opts.threshold else ""
        print(f"threshold {t:.2f}: predicted {m['predicted']:3}, correct {m['correct']:3}, "
              f"P={m['precision']:.2f} R(high)={m['recall_high']:.2f} R(all)={m['recall_all']:.2f}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
