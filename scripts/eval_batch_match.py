#!/usr/bin/env python
"""Precision/recall of finding -> recommendation matching (`recmap batch` with a case).

    .venv/bin/python scripts/eval_batch_match.py [--shared ../shared] [--plan]

Reads each gold file in ``corpus/gold/matches/`` (schema ``finding-matches-gold-v1``), builds the
case from its reports (and, with ``--plan``, the plan named in the file, so matches can also
arrive through plan actions), runs the batch worker on each letter and compares the
recommendations each gold finding is matched to. A predicted match is correct when the gold
lists it as high or medium; recall is quoted for the high-confidence links and for all links.
A sweep over thresholds shows where the default (``MatchOptions.threshold``) sits.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.batch.case import load_case  # noqa: E402
from extractor.batch.match import MatchOptions  # noqa: E402
from extractor.batch.worker import LetterWorker, Task  # noqa: E402
from extractor.items import normalise_text  # noqa: E402


def predictions(gold: dict, shared: Path, use_plan: bool) -> list[tuple[dict, dict[int, float]]]:
    """(gold finding, {recommendation number: best score}) for every gold finding found."""
    reports = [str(shared / r) for r in gold["case"]["reports"]]
    plan = str(shared / gold["case"]["plan"]) if use_plan and gold["case"].get("plan") else None
    case = load_case(reports, plan)
    number = {r.id: r.number for r in case.recommendations}
    worker = LetterWorker(case=case, options=MatchOptions(threshold=0.0, max_per_finding=20))
    out = []
    for letter in gold["letters"]:
        src = str(shared / letter["source"])
        res = worker(Task(src, letter["source"], ""))
        if res.error:
            print(f"error: {res.error}", file=sys.stderr)
            continue
        for g in letter["findings"]:
            key = normalise_text(g["starts"])
            hit = next((f for f in res.findings if normalise_text(f.text).startswith(key)), None)
            if hit is None:
                print(f"  gold finding not extracted: {g['starts']!r} ({letter['source']})", file=sys.stderr)
                continue
            scores: dict[int, float] = {}
            for m in res.matches_of(hit.id):
                if m.kind == "recommendation" and m.target in number:
                    scores[number[m.target]] = max(scores.get(number[m.target], 0.0), m.score)
            out.append((g, scores))
    return out


def ranking(preds: list[tuple[dict, dict[int, float]]]) -> dict:
    """Threshold-free quality of the scores: for findings with gold links, how often the best
    scored recommendation is a gold one (top-1) and the mean reciprocal rank of the first gold
    one; for findings without, the mean of their best score (lower is better)."""
    top1 = rr = n = 0
    none_best = []
    for g, scores in preds:
        good = set(g["high"]) | set(g["medium"])
        ranked = [k for k, _ in sorted(scores.items(), key=lambda kv: -kv[1])]
        if not good:
            none_best.append(max(scores.values(), default=0.0))
            continue
        n += 1
        top1 += bool(ranked) and ranked[0] in good
        rank = next((i for i, k in enumerate(ranked, 1) if k in good), None)
        rr += 1 / rank if rank else 0.0
    return {"top1": top1 / n if n else 0.0, "mrr": rr / n if n else 0.0, "linked": n,
            "unlinked_best": sum(none_best) / len(none_best) if none_best else 0.0}


def print_misses(preds: list[tuple[dict, dict[int, float]]], threshold: float, top: int) -> None:
    for g, scores in preds:
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        chosen = {k for k, s in ranked[:top] if s >= threshold}
        good = set(g["high"]) | set(g["medium"])
        missed, wrong = good - chosen, chosen - good
        if missed or wrong:
            print(f"  {g['starts'][:45]!r:48} gold {sorted(good)} missed {sorted(missed)} wrong {sorted(wrong)} "
                  f"scores {[(k, round(s, 2)) for k, s in ranked[:4]]}")


def metrics(preds: list[tuple[dict, dict[int, float]]], threshold: float, top: int) -> dict:
    tp = fp = high_found = all_found = high_total = all_total = 0
    for g, scores in preds:
        chosen = {n for n, s in sorted(scores.items(), key=lambda kv: -kv[1])[:top] if s >= threshold}
        good = set(g["high"]) | set(g["medium"])
        tp += len(chosen & good)
        fp += len(chosen - good)
        high_found += len(chosen & set(g["high"]))
        all_found += len(chosen & good)
        high_total += len(g["high"])
        all_total += len(good)
    return {"threshold": threshold, "predicted": tp + fp, "correct": tp,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall_high": high_found / high_total if high_total else 1.0,
            "recall_all": all_found / all_total if all_total else 1.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(shared_dir()))
    ap.add_argument("--plan", action="store_true", help="include the plan: matches may come via its actions")
    ap.add_argument("--misses", action="store_true", help="list each finding with a missed or wrong match")
    args = ap.parse_args(argv)
    opts = MatchOptions()
    preds = []
    for path in sorted((ROOT / "corpus" / "gold" / "matches").glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        if args.plan and not gold["case"].get("plan"):
            continue  # the plan comparison only over cases that have one
        got = predictions(gold, Path(args.shared), args.plan)
        m, r = metrics(got, opts.threshold, opts.max_per_finding), ranking(got)
        print(f"{path.name}: {len(got)} findings, P={m['precision']:.2f} R(all)={m['recall_all']:.2f} "
              f"top-1 {r['top1']:.2f} MRR {r['mrr']:.2f} over {r['linked']} linked findings")
        if args.misses:
            print_misses(got, opts.threshold, opts.max_per_finding)
        preds += got
    n_links = sum(len(set(g["high"]) | set(g["medium"])) for g, _ in preds)
    r = ranking(preds)
    print(f"{len(preds)} gold findings, {n_links} gold links; case: reports{' + plan' if args.plan else ''}")
    print(f"ranking: top-1 {r['top1']:.2f}, MRR {r['mrr']:.2f} over {r['linked']} findings with gold links; "
          f"mean best score of the {len(preds) - r['linked']} findings without: {r['unlinked_best']:.3f}")
    for t in sorted({0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, opts.threshold}):
        m = metrics(preds, t, opts.max_per_finding)
        mark = "  <- default" if t == opts.threshold else ""
        print(f"threshold {t:.2f}: predicted {m['predicted']:3}, correct {m['correct']:3}, "
              f"P={m['precision']:.2f} R(high)={m['recall_high']:.2f} R(all)={m['recall_all']:.2f}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
