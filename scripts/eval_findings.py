#!/usr/bin/env python3
"""Measure `extract_findings` against hand-made gold.

Gold: ``corpus/gold/letters/*.json`` (schema letter-gold-v1, see its README) for focused-visit
and JTAI letters under ../shared/corpus/ofsted-letters, and ``../shared/gold/letters.json``
(``monitoring_visit_findings``) for seed 004.

Matching: a predicted finding matches a gold finding when the similarity of their
normalised texts (``extractor.items.normalise_text``, rapidfuzz ``ratio``) is >= 0.9; pairs
are matched one-to-one, best first. Gold texts are full texts, not prefixes.

Prints, per letter kind, overall, and for the held-out letters (gold marked
``"held_out": true``, annotated after the rules and cues were tuned): finding precision / recall / F1, polarity accuracy
over matched findings (and the confusion counts), letter_date, visit date and kind
accuracy, and the same P/R/F1 for the letters' recommendations. Skips cleanly (exit 0)
when ../shared is absent.

    .venv/bin/python scripts/eval_findings.py [-v]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.errors import RecmapError  # noqa: E402
from extractor.extract.findings import extract_findings  # noqa: E402
from extractor.ingest import load_document  # noqa: E402
from extractor.items import normalise_text  # noqa: E402

SHARED = shared_dir()
GOLD_DIR = ROOT / "corpus" / "gold" / "letters"
THRESHOLD = 0.9


def similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(normalise_text(a), normalise_text(b)) / 100.0


def match(gold: list[str], pred: list[str], threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """One-to-one (gold index, predicted index, score) pairs with score >= threshold, best first."""
    pairs = sorted(
        ((similarity(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_g, used_p, out = set(), set(), []
    for s, gi, pi in pairs:
        if s < threshold:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, s))
    return out


class Tally:
    def __init__(self) -> None:
        self.c = Counter()
        self.confusion = Counter()

    def prf(self, key: str) -> str:
        tp, n_gold, n_pred = self.c[f"{key}_tp"], self.c[f"{key}_gold"], self.c[f"{key}_pred"]
        p = tp / n_pred if n_pred else 1.0
        r = tp / n_gold if n_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} gold={n_gold} pred={n_pred})"

    def acc(self, key: str) -> str:
        ok, n = self.c[f"{key}_ok"], self.c[f"{key}_n"]
        return f"{ok}/{n} = {ok / n:.3f}" if n else "n/a"


def eval_letter(gold: dict, tallies: list[Tally], verbose: bool) -> None:
    path = SHARED / gold["source"]
    res = extract_findings(load_document(path))
    g_texts = [f["text"] for f in gold["findings"]]
    p_texts = [f.text for f in res.findings]
    pairs = match(g_texts, p_texts)
    g_recs = [r["text"] for r in gold["recommendations"]]
    p_recs = [r.text for r in res.recommendations]
    rpairs = match(g_recs, p_recs)
    visit = gold.get("visit_dates") or {}
    for t in tallies:
        t.c["find_tp"] += len(pairs)
        t.c["find_gold"] += len(g_texts)
        t.c["find_pred"] += len(p_texts)
        t.c["rec_tp"] += len(rpairs)
        t.c["rec_gold"] += len(g_recs)
        t.c["rec_pred"] += len(p_recs)
        for gi, pi, _ in pairs:
            gp, pp = gold["findings"][gi]["polarity"], res.findings[pi].polarity
            if gp is None:
                continue  # batch 2 gold marks boundaries and sections only, not polarity
            t.c["pol_n"] += 1
            t.c["pol_ok"] += gp == pp
            t.confusion[(gp, pp)] += 1
        t.c["date_n"] += 1
        t.c["date_ok"] += res.letter_date == gold["letter_date"]
        t.c["visit_n"] += 1
        t.c["visit_ok"] += (res.visit_start, res.visit_end) == (visit.get("start"), visit.get("end"))
        t.c["kind_n"] += 1
        t.c["kind_ok"] += res.kind == gold["kind"]
    if verbose:
        print(f"\n## {gold['source']}: findings {len(pairs)}/{len(g_texts)} gold, {len(p_texts)} predicted; "
              f"recs {len(rpairs)}/{len(g_recs)} gold, {len(p_recs)} predicted; "
              f"date {res.letter_date} (gold {gold['letter_date']}); kind {res.kind}; "
              f"visit {res.visit_start}..{res.visit_end}")
        matched_g = {gi for gi, _, _ in pairs}
        matched_p = {pi for _, pi, _ in pairs}
        for gi, g in enumerate(g_texts):
            if gi not in matched_g:
                print(f"   MISSED  p{gold['findings'][gi]['page']}: {g[:110]}")
        for pi, p in enumerate(p_texts):
            if pi not in matched_p:
                print(f"   EXTRA   p{res.findings[pi].page}: {p[:110]}")
        for gi, pi, _ in pairs:
            gp, pp = gold["findings"][gi]["polarity"], res.findings[pi].polarity
            if gp is not None and gp != pp:
                print(f"   POLARITY gold={gp} got={pp}: {g_texts[gi][:90]}")


def eval_seed004(verbose: bool) -> None:
    gold_path = SHARED / "gold" / "letters.json"
    seeds = sorted((SHARED / "seeds").glob("004_*.txt"))
    if not gold_path.exists() or not seeds:
        print("seed 004 or ../shared/gold/letters.json absent: skipped")
        return
    gold = json.loads(gold_path.read_text("utf-8"))
    res = extract_findings(load_document(seeds[0]))
    g = gold["monitoring_visit_findings"]
    pairs = match([f["text"] for f in g], [f.text for f in res.findings])
    labels_ok = sum(g[gi]["label"] == res.findings[pi].label for gi, pi, _ in pairs)
    start, _, end = gold["monitoring_visit"]["date"].partition("/")
    tp, n_g, n_p = len(pairs), len(g), len(res.findings)
    p = tp / n_p if n_p else 1.0
    r = tp / n_g if n_g else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"seed 004 ({seeds[0].name}): kind={res.kind} findings P={p:.3f} R={r:.3f} F1={f1:.3f} "
          f"(tp={tp} gold={n_g} pred={n_p}); labels {labels_ok}/{tp}; "
          f"visit {res.visit_start}..{res.visit_end} {'OK' if (res.visit_start, res.visit_end) == (start, end) else 'WRONG'} "
          f"(printed: {res.visit_dates!r})")
    if verbose:
        for gi, pi, s in pairs:
            if s < 1.0:
                print(f"   ({g[gi]['label']}) similarity {s:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, extras and polarity errors per letter")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"../shared is absent ({SHARED}): nothing to evaluate, skipped")
        return 0
    golds = [json.loads(p.read_text("utf-8")) for p in sorted(GOLD_DIR.glob("*.json"))]
    overall, per_kind, held_out = Tally(), defaultdict(Tally), Tally()
    batches: dict[int, Tally] = defaultdict(Tally)
    for gold in golds:
        if not (SHARED / gold["source"]).exists():
            print(f"skipped (absent): {gold['source']}")
            continue
        try:
            groups = [overall, per_kind[gold["kind"]], batches[gold.get("batch", 1)]] + (
                [held_out] if gold.get("held_out") else [])
            eval_letter(gold, groups, args.verbose)
        except RecmapError as exc:
            print(f"error: {exc.message}")
    print(f"\nletters: {overall.c['date_n']} gold files in {GOLD_DIR.relative_to(ROOT)}")
    groups = [*sorted(per_kind.items()), ("OVERALL", overall)]
    if held_out.c["date_n"]:
        # letters annotated after the polarity cues and section rules were tuned
        groups.append(("HELD-OUT (annotated after tuning)", held_out))
    if len(batches) > 1:
        # batch 2: annotated on first contact, before any change made for them (see the gold README)
        groups.extend((f"batch {b}", t) for b, t in sorted(batches.items()))
    for name, t in groups:
        print(f"\n[{name}] letters={t.c['date_n']}")
        print(f"  findings        {t.prf('find')}")
        print(f"  polarity acc    {t.acc('pol')}")
        print(f"  letter_date acc {t.acc('date')}")
        print(f"  visit dates acc {t.acc('visit')}")
        print(f"  kind acc        {t.acc('kind')}")
        print(f"  recommendations {t.prf('rec')}")
    conf = overall.confusion
    labels = ("strength", "concern", "mixed")
    print("\npolarity confusion (rows gold, columns predicted): " + " ".join(f"{l[:8]:>8}" for l in labels))
    for gl in labels:
        print(f"  {gl:>8} " + " ".join(f"{conf[(gl, pl)]:>8}" for pl in labels))
    print()
    eval_seed004(args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
