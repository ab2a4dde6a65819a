#!/usr/bin/env python3
"""Train the linking model on every plan with link gold and write models/linker.json.

Positives are the gold links of each plan (explicit, workstream and judged); negatives every
other (action, recommendation) pair of that plan. The plans' references are hidden from the
features (they are a separate basis at run time). Plans: ../shared/gold/bucks.json and
wberks.json (when ../shared is there) and the fictional coverage plans in corpus/gold/coverage/.
Extra labelled pairs - e.g. review decisions exported as JSONL ({"case", "recommendation",
"action", "objective", "section", "row", "label"}) - are added with --extra. The model's info
records each plan's leave-one-plan-out ranking (scripts/eval_linking.py prints the full figures).

Usage: scripts/train_linker.py [--gold FILE ...] [--sets a,b,c,d] [--extra FILE.jsonl ...] [-C 1.0] [-o models/linker.json]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.errors import RecmapError  # noqa: E402
from extractor.link.evaluate import featurise_case, hidden_orders, leave_one_plan_out, rank_metrics  # noqa: E402
from extractor.link.gold import OPEN_SETS, load_plan_gold, plan_gold_files  # noqa: E402
from extractor.link.model import save_model  # noqa: E402
from extractor.link.training import examples_from_gold, read_jsonl, train  # noqa: E402

SHARED = shared_dir()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", action="append", help="plan-gold-v1 file (default: every plan with gold)")
    ap.add_argument("--sets", default=",".join(OPEN_SETS), help=f"fictional coverage sets to train on (default {','.join(OPEN_SETS)})")
    ap.add_argument("--extra", action="append", default=[], help="JSONL of extra labelled pairs")
    ap.add_argument("-C", type=float, default=1.0, help="inverse L2 regularisation strength (default 1)")
    ap.add_argument("-o", "--output", default=str(ROOT / "models" / "linker.json"))
    args = ap.parse_args(argv)
    shared = SHARED if (SHARED / "gold").is_dir() else None
    paths = [Path(p) for p in args.gold] if args.gold else plan_gold_files(shared, ROOT, tuple(args.sets.split(",")))
    if shared is None and not args.gold:
        print(f"note: {SHARED} is absent: training on the fictional plans only", file=sys.stderr)
    try:
        cases = [load_plan_gold(p) for p in paths]
        extra = [e for path in args.extra for e in read_jsonl(path)]
        examples = [e for c in cases for e in examples_from_gold(c.without_refs())] + extra
        figures = {}
        if len(cases) > 1:
            feats = [featurise_case(c) for c in cases]
            for fold in leave_one_plan_out(cases, c=args.C, featurised=feats):
                rm = rank_metrics(fold.case, hidden_orders(fold.scores))
                figures[fold.case.name] = {"kind": fold.case.kind, "top1": round(rm.all.top1, 3),
                                           "recall_at_3": round(rm.all.recall_at_3, 3), "actions": rm.all.n}
                print(f"{fold.case.name}: leave-one-plan-out top-1 {rm.all.top1:.3f} recall@3 {rm.all.recall_at_3:.3f} "
                      f"({rm.all.n} actions with a gold link, references hidden)")
        model = train(examples, c=args.C, info={"gold": [p.name for p in paths],
                                                  "extra": [str(Path(p).name) for p in args.extra],
                                                  "leave_one_plan_out": figures})
    except RecmapError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    save_model(model, args.output)
    print(f"wrote {args.output}: {model.info['examples']} pairs, {model.info['positives']} positive")
    for name, w in zip(model.features, model.coef):
        print(f"  {name:18s} {w:+.3f}")
    print(f"  {'intercept':18s} {model.intercept:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
