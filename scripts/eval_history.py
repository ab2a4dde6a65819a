#!/usr/bin/env python
"""Repeats precision/recall and themes micro-F1 of `recmap history` against corpus/gold/history.

    .venv/bin/python scripts/eval_history.py [--db FILE] [--workers 2] [--verbose] [--logo]

Reads every report and letter of ``../shared/corpus`` with :func:`extractor.history.build.update_history`
(into ``--db``, kept between runs so a re-run reads only what changed; a temporary file by
default), then compares:

- **repeats** (``corpus/gold/history/repeats.json``, 25 councils): every later item of the gold
  councils' documents and the earlier items it repeats. A gold item is found among the tool's
  items of the same document by its text (the extraction is part of what is measured: a gold item
  the tool did not extract loses its links, an item the tool made up counts against precision).
  A predicted repeat is right when the gold links the two items (high or medium). Quoted overall
  and high-only (gold high links; predictions of a medium link neither right nor wrong).
- **themes** (``corpus/gold/history/themes.json``, 279 items of 38 documents): micro-F1 over
  (item, theme) pairs, and per theme; a gold item the tool did not extract counts its themes as
  missed. ``on gold texts`` tags the gold's own texts, which measures the tagging alone. The
  forms and rules of ``extractor/data/themes.json`` were chosen on the *tuning half* of the
  documents (:func:`themes_half`: the parity of a hash of the council's folder) and the other
  half was not looked at: both halves are printed.

``--logo`` chooses the repeat threshold leaving each gold council out (scikit-learn's
``LeaveOneGroupOut``, councils as groups): each council is judged with the threshold that gave
the best F1 on the other 24, and the figures add up those judgements.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.history.gold import (Alignment, build_alignment, council_documents, repeats_gold,  # noqa: E402
                                    themes_gold, wanted_items)
from extractor.shared_dir import shared_dir  # noqa: E402

GOLD = ROOT / "corpus" / "gold"


def predicted_links(al: Alignment, repeats, gold_sources: set[str]) -> list[tuple]:
    """(later, earlier, score) for every predicted repeat of an item of a gold council's document;
    an item is its gold key when the gold has it, else ("tool", id): a made-up item's repeats
    count as wrong."""
    gold_docs = {al.docs[s].id for s in gold_sources if s in al.docs}
    return [(al.key(r.item), al.key(r.earlier), r.score) for r in repeats if al.doc_of.get(r.item) in gold_docs]


def score_links(pred: list[tuple], links: dict, high_only: bool = False) -> tuple[int, int, int]:
    """(true positives, predicted, gold) counting each (later, earlier) pair once."""
    gold = {k for k, c in links.items() if not high_only or c == "high"}
    medium = {k for k, c in links.items() if c != "high"}
    pairs = {(a, b) for a, b, _ in pred}
    if high_only:
        pairs -= medium
    return len(pairs & gold), len(pairs), len(gold)


def labelled_tables(rg, al: Alignment, by_council: dict) -> dict:
    """Gold council -> (its pair table, the gold label of each pair)."""
    import numpy as np

    from extractor.history.repeats import pair_table

    out = {}
    for name, docs in by_council.items():
        table = pair_table(docs)
        labels = np.array([(al.key(a), al.key(b)) in rg.links for a, b in zip(table.later, table.earlier)])
        out[name] = (table, labels)
    return out


def logo_repeats(rg, al: Alignment, by_council: dict) -> tuple[list, dict]:
    """Repeats of each gold council from a model and threshold fitted on the other councils
    (scikit-learn's LeaveOneGroupOut over the councils' pairs); and each fold's threshold."""
    import numpy as np
    from sklearn.model_selection import LeaveOneGroupOut

    from extractor.history.model import Repeat
    from extractor.history.repeats import best_threshold, carry_over_repeats, fit_repeat_model

    tables = labelled_tables(rg, al, by_council)
    names = [n for n in tables if len(tables[n][0].later)]
    x = np.concatenate([tables[n][0].values for n in names])
    y = np.concatenate([tables[n][1] for n in names])
    groups = np.concatenate([[n] * len(tables[n][0].later) for n in names])
    out, thresholds = [], {}
    for train, test in LeaveOneGroupOut().split(x, y, groups):
        model = fit_repeat_model(x[train], y[train])
        t = best_threshold(model.predict(x[train], model.features), y[train])
        name = groups[test[0]]
        thresholds[name] = t
        table = tables[name][0]
        scores = model.predict(table.values, model.features)
        out += [Repeat(table.later[k], table.earlier[k], table.earlier_document[k], float(scores[k]), "")
                for k in np.flatnonzero(scores >= t)]
    for docs in by_council.values():
        out += carry_over_repeats(docs)
    return out, thresholds


def prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P={p:.3f} ({tp}/{n_pred}) R={r:.3f} ({tp}/{n_gold}) F1={f:.3f}"


# --- themes --------------------------------------------------------------------------------

def themes_half(source: str) -> str:
    """"tuning" or "held-out": a fixed split of the themes gold by council (folder name)."""
    import hashlib

    return "tuning" if int(hashlib.sha1(source.split("/")[-2].encode()).hexdigest(), 16) % 2 == 0 else "held-out"


def themes_eval(al: Alignment, gold_items: list[dict], verbose: bool) -> None:
    from extractor.history.themes import default_tagger

    tagger = default_tagger()
    tool_themes = {it.id: set(it.themes) for d in al.docs.values() for it in d.items}
    per = defaultdict(lambda: [0, 0, 0])  # theme -> tp, fp, fn
    per_gt = defaultdict(lambda: [0, 0, 0])
    halves = {h: defaultdict(lambda: [0, 0, 0]) for h in ("tuning", "held-out")}
    for g in gold_items:
        want = set(g["themes"])
        iid = al.to_tool.get((g["source"], g["n"]))
        got = tool_themes.get(iid, set()) if iid else set()
        on_text = set(tagger.themes(g["text"], g.get("addressee")))
        for store, have in ((per, got), (per_gt, on_text), (halves[themes_half(g["source"])], got)):
            for t in have & want:
                store[t][0] += 1
            for t in have - want:
                store[t][1] += 1
            for t in want - have:
                store[t][2] += 1
        if verbose and got != want:
            print(f"  {g['source'].split('/')[-2]} {g['n']}: missed {sorted(want - got)} extra {sorted(got - want)}"
                  f" | {g['text'][:110]}")

    def micro(store) -> str:
        tp = sum(v[0] for v in store.values())
        fp = sum(v[1] for v in store.values())
        fn = sum(v[2] for v in store.values())
        return prf(tp, tp + fp, tp + fn)

    missing = sum(1 for g in gold_items if (g["source"], g["n"]) not in al.to_tool)
    print(f"themes: {len(gold_items)} gold items ({missing} not extracted)")
    print(f"  end to end:    micro {micro(per)}")
    print(f"  on gold texts: micro {micro(per_gt)}")
    for h, store in halves.items():
        n = sum(1 for g in gold_items if themes_half(g["source"]) == h)
        print(f"  {h + ' half':14} micro {micro(store)} ({n} items)")
    print("  per theme (end to end): theme tp/fp/fn F1")
    for t in sorted(per, key=lambda t: -(per[t][0] + per[t][2])):
        tp, fp, fn = per[t]
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        print(f"    {t:22} {tp:3}/{fp:3}/{fn:3} {f:.2f}")


# --- main ----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(shared_dir()), help="the shared folder (default ../shared)")
    ap.add_argument("--db", help="history database to build or bring up to date (default: a temporary file)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--verbose", "-v", action="store_true", help="list every error")
    ap.add_argument("--logo", action="store_true", help="repeat threshold chosen leaving each council out")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    corpus = shared / "corpus"
    if not corpus.is_dir():
        print(f"{corpus} not found: this evaluation reads the shared corpus in place (pass --shared)", file=sys.stderr)
        return 2
    from extractor.history import db as hdb
    from extractor.history.build import update_history

    tmp = None
    if args.db:
        db_path = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="eval-history-")
        db_path = Path(tmp.name) / "history.sqlite"
    run = update_history([corpus / "ofsted-reports", corpus / "ofsted-letters"], db_path, workers=args.workers)
    print(f"read {run.files} files ({run.read} this run, {len(run.failed)} failed) into {db_path} in {run.seconds:.1f} s")
    con = hdb.connect(db_path)
    docs = hdb.load_documents(con)
    repeats = hdb.load_repeats(con)
    con.close()

    rg = repeats_gold(GOLD)
    tg = themes_gold(GOLD)
    texts = rg.texts
    al = build_alignment(docs, shared, wanted_items(rg, tg))
    print(f"alignment: {len(al.to_tool)} gold items found among the tool's, {len(al.missing)} not extracted")
    if args.verbose:
        for s, n in al.missing:
            print(f"  not extracted: {s} {n}: {texts.get((s, n), '')[:100]}")
    links = rg.links
    gold_sources = {s for ds in rg.documents.values() for s in ds}
    print(f"repeats: {len(links)} gold links ({sum(c == 'high' for c in links.values())} high) over "
          f"{sum(len(v) for v in rg.later.values())} later items of {len(rg.later)} councils")
    runs = [("shipped model", predicted_links(al, repeats, gold_sources))]
    if args.logo:
        logo, thresholds = logo_repeats(rg, al, council_documents(rg, al, docs))
        ts = sorted(thresholds.values())
        runs.append((f"leave-council-out (thresholds {ts[0]:.2f}-{ts[-1]:.2f})", predicted_links(al, logo, gold_sources)))
    for title, pred in runs:
        print(f"  {title}:")
        print(f"    overall:   {prf(*score_links(pred, links))}")
        print(f"    high-only: {prf(*score_links(pred, links, high_only=True))}")
    if args.verbose:
        pred = runs[-1][1]
        gold_pairs = set(links)
        for a, b, s in sorted(pred, key=str):
            if (a, b) not in gold_pairs:
                print(f"  wrong {s:.2f}: {a} -> {b}\n      {texts.get(a, a)[:100]}\n      {texts.get(b, b)[:100]}")
        got = {(a, b) for a, b, _ in pred}
        for (a, b), c in sorted(links.items(), key=str):
            if (a, b) not in got:
                print(f"  missed {c}: {a} -> {b}\n      {texts.get(a, '')[:100]}\n      {texts.get(b, '')[:100]}")
    themes_eval(al, tg, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
