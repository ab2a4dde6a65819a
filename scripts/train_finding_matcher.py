#!/usr/bin/env python3
"""Fit the batch's finding matcher on corpus/gold/matches and write models/finding_matcher.json.

Examples are every (gold finding, judged recommendation) pair of the gold councils' letters
against their reports: positive when the gold links them (high or medium), negative otherwise.
Features are those of ``extractor.batch.match.finding_features`` (each letter featurised as a
whole, as the batch does); the model is a logistic regression with weights >= 0
(``extractor.link.training.fit``, C=1). The threshold written to the model's info (copy it to
``MatchOptions.threshold``) is the best F1 over the leave-one-council-out scores: each council
scored by a model fitted without it. The per-council leave-one-council-out figures, each at a
threshold chosen without the council, go into the model's info as well (and are printed; the
same as ``scripts/eval_batch_match.py --logo``).

Usage: scripts/train_finding_matcher.py [--shared ../shared] [-C 1.0] [-o models/finding_matcher.json]
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_batch_match import (best_threshold, councils, fit_councils, leave_one_council_out, line,  # noqa: E402
                              metrics, pooled, ranking)
from extractor.batch.match import MatchOptions  # noqa: E402
from extractor.link.model import save_model  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(shared_dir()))
    ap.add_argument("-C", type=float, default=1.0, help="inverse L2 regularisation strength (default 1)")
    ap.add_argument("-o", "--output", default=str(ROOT / "models" / "finding_matcher.json"))
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "corpus").is_dir():
        print(f"{shared} has no corpus/: the gold letters and reports are needed (set RECMAP_SHARED or --shared)",
              file=sys.stderr)
        return 2
    top = MatchOptions().max_per_finding
    cs, names = councils(shared)
    folds = leave_one_council_out(cs, names, top, c=args.C)
    per_council = {}
    for name, t, preds in folds:
        m, r = metrics(preds, t, top), ranking(preds)
        print(line(f"{name} (threshold {t:.2f})", m, r))
        per_council[name] = {"threshold": t, "precision": round(m["precision"], 3), "recall_all": round(m["recall_all"], 3),
                             "recall_high": round(m["recall_high"], 3), "top1": round(r["top1"], 3),
                             "predicted": m["predicted"], "correct": m["correct"]}
    m, r = pooled(folds)
    print(line("pooled", m, r))
    threshold = best_threshold([p for *_, preds in folds for p in preds], top)
    n_pairs = sum(int((k.y >= 0).sum()) for k in cs)
    n_pos = sum(int((k.y > 0).sum()) for k in cs)
    info = {"trained": date.today().isoformat(), "data": "corpus/gold/matches (finding-matches-gold-v1): every (gold "
            "finding, judged recommendation) pair of each council's letters against its report(s)",
            "councils": [k.name for k in cs], "examples": n_pairs, "positives": n_pos, "C": args.C,
            "threshold": threshold, "threshold_how": "best F1 (top 3 per finding) over the leave-one-council-out "
            "scores of all councils",
            "leave_one_council_out": {"pooled": {"precision": round(m["precision"], 3),
                                                 "recall_all": round(m["recall_all"], 3),
                                                 "recall_high": round(m["recall_high"], 3),
                                                 "top1": round(r["top1"], 3)},
                                      "per_council": per_council,
                                      "how": "model fitted without the council; its threshold the best F1 of a "
                                             "leave-one-council-out within the others"}}
    model = fit_councils(cs, names, c=args.C, info=info)
    save_model(model, args.output)
    print(f"threshold {threshold:.2f} (MatchOptions.threshold should say the same); wrote {args.output}")
    for n, w in zip(model.features, model.coef):
        print(f"  {n:18} {w:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
