#!/usr/bin/env python
"""Fit the repeat finder's pair model on the history gold and write it.

    .venv/bin/python scripts/train_repeats.py [--db FILE] [-o extractor/data/repeats_model.json] [--c 1.0]

Reads ``../shared/corpus`` into a history database (``--db``, kept between runs; a temporary
file by default), finds the gold items of ``corpus/gold/history/repeats.json`` among the tool's
(by text), labels every (later item, earlier item) pair of the 25 gold councils with the gold,
fits :func:`extractor.history.repeats.fit_repeat_model` on all of them and prints the threshold
with the best F1 of the pairs (``RepeatOptions.threshold`` should carry it). The figures to quote
come from ``scripts/eval_history.py --logo``, which refits without each council in turn.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from extractor.shared_dir import shared_dir  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(shared_dir()))
    ap.add_argument("--db", help="history database to build or bring up to date (default: a temporary file)")
    ap.add_argument("-o", "--output", default=str(ROOT / "extractor" / "data" / "repeats_model.json"))
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "corpus").is_dir():
        print(f"{shared}/corpus not found: training reads the shared corpus in place (pass --shared)", file=sys.stderr)
        return 2
    import numpy as np

    from eval_history import GOLD, labelled_tables
    from extractor.history import db as hdb
    from extractor.history.build import update_history
    from extractor.history.gold import build_alignment, council_documents, repeats_gold, themes_gold, wanted_items
    from extractor.history.repeats import best_threshold, fit_repeat_model

    tmp = tempfile.TemporaryDirectory(prefix="train-repeats-") if not args.db else None
    db_path = Path(args.db) if args.db else Path(tmp.name) / "history.sqlite"
    update_history([shared / "corpus" / "ofsted-reports", shared / "corpus" / "ofsted-letters"], db_path,
                   workers=args.workers)
    con = hdb.connect(db_path)
    docs = hdb.load_documents(con)
    con.close()
    rg = repeats_gold(GOLD)
    al = build_alignment(docs, shared, wanted_items(rg, themes_gold(GOLD)))
    tables = labelled_tables(rg, al, council_documents(rg, al, docs))
    x = np.concatenate([t.values for t, _ in tables.values()])
    y = np.concatenate([lab for _, lab in tables.values()])
    info = {"trained": date.today().isoformat(), "pairs": int(len(y)), "positives": int(y.sum()),
            "councils": sorted(tables), "C": args.c, "gold": "corpus/gold/history/repeats.json"}
    model = fit_repeat_model(x, y, c=args.c, info=info)
    t = best_threshold(model.predict(x, model.features), y)
    model = type(model)(**{**model.__dict__, "info": {**info, "threshold": t}})
    Path(args.output).write_text(json.dumps(model.to_json(), indent=1) + "\n", "utf-8")
    print(f"{len(y)} pairs, {int(y.sum())} repeats, {len(tables)} councils; wrote {args.output}")
    for name, coef in zip(model.features, model.coef):
        print(f"  {name:24} {coef:+.3f}")
    print(f"threshold with the best F1 of the pairs: {t:.2f} (RepeatOptions.threshold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
