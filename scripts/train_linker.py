#!/usr/bin/env python3
"""Train the linking model and write models/linker.json.

Positives are the gold links (explicit and judged) of each plan-gold file; negatives are every
other (action, recommendation) pair of that plan. The plan's explicit references are hidden
from the features (they are a separate basis at run time). Extra labelled pairs - e.g. review
decisions exported as JSONL ({"case", "recommendation", "action", "objective", "section",
"row", "label"}) - are added with --extra.

Usage: scripts/train_linker.py [--gold FILE ...] [--extra FILE.jsonl ...] [-C 1.0] [-o models/linker.json]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.errors import RecmapError  # noqa: E402
from extractor.link.evaluate import cross_validate, link_metrics, rank_metrics, uncovered_detection  # noqa: E402
from extractor.link.gold import load_plan_gold  # noqa: E402
from extractor.link.model import save_model  # noqa: E402
from extractor.link.training import examples_from_gold, read_jsonl, train  # noqa: E402
from extractor.settings import DEFAULT  # noqa: E402

DEFAULT_GOLD = shared_dir() / "gold" / "bucks.json"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", action="append", help=f"plan-gold-v1 file (default {DEFAULT_GOLD})")
    ap.add_argument("--extra", action="append", default=[], help="JSONL of extra labelled pairs")
    ap.add_argument("-C", type=float, default=1.0, help="inverse L2 regularisation strength (default 1)")
    ap.add_argument("-o", "--output", default=str(ROOT / "models" / "linker.json"))
    args = ap.parse_args(argv)
    try:
        cases = [load_plan_gold(p) for p in (args.gold or [DEFAULT_GOLD])]
        extra = [e for path in args.extra for e in read_jsonl(path)]
        examples = [e for c in cases for e in examples_from_gold(c.without_refs())] + extra
        figures = {}
        for c in cases:
            others = [e for o in cases if o is not c for e in examples_from_gold(o.without_refs())] + extra
            cv = cross_validate(c, c=args.C, extra=others)
            rm = rank_metrics(cv.scores, c)
            pm = link_metrics(cv.scores, c, DEFAULT)
            um = uncovered_detection(c, lambda _c, cv=cv: cv.scorer(), DEFAULT)
            figures[c.name] = {"cv": "leave one plan row out", "top1": round(rm.top1, 3),
                               "recall_at_3": round(rm.recall_at_3, 3), "map_cited": round(rm.map_cited, 3),
                               f"f2_at_{DEFAULT.suggest_threshold}": round(pm.f2, 3),
                               "uncovered_not_covered": [round(um.sensitivity_not_covered, 3),
                                                         round(um.specificity_not_covered, 3)],
                               "uncovered_no_link": [round(um.sensitivity, 3), round(um.specificity, 3)]}
            print(f"{c.name}: cross-validated top-1 {rm.top1:.3f} recall@3 {rm.recall_at_3:.3f} "
                  f"MAP {rm.map_cited:.3f} F2@{DEFAULT.suggest_threshold} {pm.f2:.3f}; uncovered detection "
                  f"(sensitivity/specificity) not covered {um.sensitivity_not_covered:.3f}/{um.specificity_not_covered:.3f}, "
                  f"no link {um.sensitivity:.3f}/{um.specificity:.3f}")
        model = train(examples, c=args.C, info={"gold": [str(Path(p).name) for p in (args.gold or [DEFAULT_GOLD])],
                                                  "extra": [str(Path(p).name) for p in args.extra],
                                                  "cross_validated": figures})
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
