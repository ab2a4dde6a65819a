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

from extractor.items import normalise_text  # noqa: E402
from extractor.shared_dir import shared_dir  # noqa: E402

GOLD = ROOT / "corpus" / "gold"


# --- gold texts ----------------------------------------------------------------------------

def gold_texts() -> dict[tuple[str, int], str]:
    """(source under ../shared, n) -> text, for every item of every gold report and letter."""
    out: dict[tuple[str, int], str] = {}
    for f in sorted((GOLD / "reports").glob("*.json")):
        d = json.loads(f.read_text("utf-8"))
        for k, r in enumerate(d.get("recommendations", []), 1):
            out.setdefault((d["source"], r.get("number") or k), r["text"])
    for f in sorted((GOLD / "letters").glob("*.json")):
        d = json.loads(f.read_text("utf-8"))
        for k, r in enumerate(d.get("recommendations", []), 1):
            out.setdefault((d["source"], k), r["text"])
    rep = json.loads((GOLD / "history" / "repeats.json").read_text("utf-8"))
    for c in rep["councils"]:
        for d in c["documents"]:
            for it in d.get("items", []):
                out[(d["source"], it["n"])] = it["text"]
        for it in c["items"]:
            out[(it["source"], it["n"])] = it["text"]
    return out


# --- aligning gold items with the tool's -----------------------------------------------------

def _similarity(gold: str, tool: str) -> float:
    from rapidfuzz import fuzz

    g, t = normalise_text(gold), normalise_text(tool)
    if not g or not t:
        return 0.0
    if t.startswith(g[:80]) or g.startswith(t[:80]):
        return 100.0
    return max(fuzz.ratio(g, t), fuzz.partial_ratio(g[:200], t) if len(g) < len(t) else fuzz.partial_ratio(t[:200], g))


def align(gold_items: list[tuple[int, str]], tool_items: list) -> dict[int, str]:
    """Gold n -> tool item id, one to one, most similar pairs first (similarity >= 75)."""
    pairs = sorted(((_similarity(text, it.text), n, it.id) for n, text in gold_items for it in tool_items),
                   key=lambda t: -t[0])
    out: dict[int, str] = {}
    used: set[str] = set()
    for s, n, iid in pairs:
        if s < 75:
            break
        if n in out or iid in used:
            continue
        out[n] = iid
        used.add(iid)
    return out


@dataclass
class Aligned:
    """The tool's documents by gold source, and gold (source, n) <-> tool item id."""

    docs: dict  # gold source -> HistoryDocument
    to_tool: dict  # (source, n) -> item id
    to_gold: dict  # item id -> (source, n)
    missing: list  # (source, n) not extracted
    doc_of: dict  # tool item id -> its document id


def build_alignment(docs, shared: Path, wanted: dict[str, list[tuple[int, str]]]) -> Aligned:
    by_source = {}
    for d in docs:
        try:
            rel = Path(d.source).resolve().relative_to(shared.resolve()).as_posix()
        except ValueError:
            continue
        by_source[rel] = d
    to_tool, to_gold, missing = {}, {}, []
    for source, items in wanted.items():
        d = by_source.get(source)
        m = align(items, list(d.items)) if d else {}
        for n, _ in items:
            if n in m:
                to_tool[(source, n)] = m[n]
                to_gold[m[n]] = (source, n)
            else:
                missing.append((source, n))
    return Aligned(by_source, to_tool, to_gold, missing, {it.id: d.id for d in docs for it in d.items})


# --- repeats -------------------------------------------------------------------------------

def repeats_gold() -> tuple[dict, dict, dict]:
    """(links: (later, earlier) -> confidence; later items per council; documents per council)."""
    rep = json.loads((GOLD / "history" / "repeats.json").read_text("utf-8"))
    links: dict = {}
    later: dict[str, list] = {}
    docs: dict[str, list[str]] = {}
    for c in rep["councils"]:
        name = c["council"]
        docs[name] = [d["source"] for d in c["documents"]]
        for it in c["items"]:
            key = (it["source"], it["n"])
            later.setdefault(name, []).append(key)
            for r in it["repeats"]:
                links[(key, (r["source"], r["n"]))] = r["confidence"]
        for k, co in enumerate(c.get("carry_overs", []), 1):
            key = (co["source"], f"carry-over {k}")
            later.setdefault(name, []).append(key)
            for r in co["carries"]:
                links[(key, (r["source"], r["n"]))] = r["confidence"]
    return links, later, docs


def carry_over_texts() -> dict[tuple[str, str], str]:
    rep = json.loads((GOLD / "history" / "repeats.json").read_text("utf-8"))
    return {(co["source"], f"carry-over {k}"): co["text"] for c in rep["councils"]
            for k, co in enumerate(c.get("carry_overs", []), 1)}


def predicted_links(al: Aligned, repeats, gold_sources: set[str]) -> list[tuple]:
    """(later, earlier, score) for every predicted repeat of an item of a gold council's document;
    an item is its gold key when the gold has it, else ("tool", id) (a made-up item's repeats
    count as wrong)."""
    gold_docs = {al.docs[s].id for s in gold_sources if s in al.docs}
    return [(al.to_gold.get(r.item, ("tool", r.item)), al.to_gold.get(r.earlier, ("tool", r.earlier)), r.score)
            for r in repeats if al.doc_of.get(r.item) in gold_docs]


def score_links(pred: list[tuple], links: dict, high_only: bool = False) -> tuple[int, int, int]:
    """(true positives, predicted, gold) counting each (later, earlier) pair once."""
    gold = {k for k, c in links.items() if not high_only or c == "high"}
    medium = {k for k, c in links.items() if c != "high"}
    pairs = {(a, b) for a, b, _ in pred}
    if high_only:
        pairs -= medium
    tp = len(pairs & gold)
    return tp, len(pairs), len(gold)


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


def themes_eval(al: Aligned, gold_items: list[dict], verbose: bool) -> None:
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

    texts = gold_texts()
    texts.update(carry_over_texts())
    links, later, council_docs = repeats_gold()
    themes_gold = json.loads((GOLD / "history" / "themes.json").read_text("utf-8"))["items"]
    wanted: dict[str, list] = defaultdict(list)
    keys = {k for ks in later.values() for k in ks} | {e for (_l, e) in links} | \
        {(g["source"], g["n"]) for g in themes_gold}
    for source, n in sorted(keys, key=str):
        text = texts.get((source, n)) or next((g["text"] for g in themes_gold
                                              if (g["source"], g["n"]) == (source, n)), None)
        if text is None:
            print(f"  no gold text for {source} {n}", file=sys.stderr)
            continue
        wanted[source].append((n, text))
    al = build_alignment(docs, shared, wanted)
    print(f"alignment: {len(al.to_tool)} gold items found among the tool's, {len(al.missing)} not extracted")
    if args.verbose:
        for s, n in al.missing:
            print(f"  not extracted: {s} {n}: {texts.get((s, n), '')[:100]}")

    pred = predicted_links(al, repeats, {s for ds in council_docs.values() for s in ds})
    print(f"repeats: {len(links)} gold links ({sum(c == 'high' for c in links.values())} high) over "
          f"{sum(len(v) for v in later.values())} later items of {len(later)} councils")
    print(f"  overall:   {prf(*score_links(pred, links))}")
    print(f"  high-only: {prf(*score_links(pred, links, high_only=True))}")
    if args.verbose:
        gold_pairs = set(links)
        for a, b, s in sorted(pred, key=str):
            if (a, b) not in gold_pairs:
                print(f"  wrong {s:.2f}: {a} -> {b}\n      {texts.get(a, a)[:100]}\n      {texts.get(b, b)[:100]}")
        got = {(a, b) for a, b, _ in pred}
        for (a, b), c in sorted(links.items(), key=str):
            if (a, b) not in got:
                print(f"  missed {c}: {a} -> {b}\n      {texts.get(a, '')[:100]}\n      {texts.get(b, '')[:100]}")
    themes_eval(al, themes_gold, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
