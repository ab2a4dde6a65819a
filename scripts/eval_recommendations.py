#!/usr/bin/env python
"""Evaluate recommendation extraction against hand-made gold.

Gold: corpus/gold/reports/*.json (schema recommendations-gold-v1, see corpus/gold/README.md),
plus ../shared/gold/bucks.json (Buckinghamshire 2018 report and seed 000 appendix) and
../shared/gold/letters.json (seed 002 peer-review letter).

Prints per framework and overall: reports exactly right (same items, same count) and item
precision/recall/F1, and evidence paragraphs per framework (reports that tie paragraphs to
recommendations, reports with evidence attached, recommendations of each ``evidence_status``), where an extracted item matches a gold item when the rapidfuzz ratio of
their normalised texts is >= 0.9 (one-to-one, best first). A deterministic third of the gold
reports (every third file in name order) is held out from development and reported apart;
"batch 2" gold was annotated after development and first evaluated with no change made.

Usage: python scripts/eval_recommendations.py [--verbose] [--shared DIR]
Skips cleanly (exit 0) with a message when ../shared is absent.
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
from extractor.items import normalise_text  # noqa: E402

MATCH = 0.9


def match_items(gold: list[str], got: list[str]) -> list[tuple[int, int, float]]:
    """One-to-one matches (gold index, extracted index, similarity) with similarity >= MATCH."""
    from rapidfuzz import fuzz

    pairs = []
    for i, g in enumerate(gold):
        for j, x in enumerate(got):
            s = fuzz.ratio(normalise_text(g), normalise_text(x)) / 100
            if s >= MATCH:
                pairs.append((s, i, j))
    used_g, used_x, out = set(), set(), []
    for s, i, j in sorted(pairs, reverse=True):
        if i in used_g or j in used_x:
            continue
        used_g.add(i)
        used_x.add(j)
        out.append((i, j, s))
    return out


class Tally:
    def __init__(self) -> None:
        self.docs = self.exact = self.tp = self.n_gold = self.n_got = 0
        self.fields = defaultdict(lambda: [0, 0])  # field -> [agree, compared]

    def add(self, gold: list[dict], got: list[dict]) -> bool:
        m = match_items([g["text"] for g in gold], [x["text"] for x in got])
        self.docs += 1
        self.tp += len(m)
        self.n_gold += len(gold)
        self.n_got += len(got)
        ok = len(m) == len(gold) == len(got)
        self.exact += ok
        for i, j, _ in m:
            for f in ("number", "group", "addressee", "page"):
                if f in gold[i]:
                    self.fields[f][1] += 1
                    self.fields[f][0] += gold[i][f] == got[j].get(f)
        return ok

    def line(self, name: str) -> str:
        p = self.tp / self.n_got if self.n_got else 1.0
        r = self.tp / self.n_gold if self.n_gold else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        fields = " ".join(f"{k}={a}/{n}" for k, (a, n) in sorted(self.fields.items()))
        return (f"{name:<14} reports exact {self.exact}/{self.docs} ({self.exact / max(self.docs, 1):.1%})  "
                f"items P={p:.3f} R={r:.3f} F1={f1:.3f} (gold {self.n_gold}, got {self.n_got})  {fields}")


def extract(path: Path) -> tuple[str | None, list[dict]]:
    from extractor.extract.recommendations import extract_recommendations
    from extractor.ingest import load_document

    res = extract_recommendations(load_document(path))
    return res.framework, [
        {"text": r.text, "number": r.number, "group": r.group, "addressee": r.addressee, "page": r.page,
         "evidence": len(r.evidence), "evidence_status": r.evidence_status}
        for r in res.recommendations
    ]


class EvidenceTally:
    """Per framework: reports read, reports that tie paragraphs to recommendations, reports with
    evidence attached, and the recommendations of each evidence status."""

    def __init__(self) -> None:
        self.reports = self.tying = self.attached = 0
        self.status: Counter = Counter()

    def add(self, got: list[dict]) -> None:
        self.reports += 1
        statuses = Counter(x["evidence_status"] for x in got)
        self.status.update(statuses)
        tying = statuses["found"] + statuses["not found"] > 0
        self.tying += tying
        self.attached += statuses["found"] > 0

    def line(self, name: str) -> str:
        found, not_found = self.status["found"], self.status["not found"]
        share = f"{found / (found + not_found):.1%}" if found + not_found else "n/a"
        others = ", ".join(f"{k}: {n}" for k, n in sorted(self.status.items()) if k not in ("found", "not found"))
        return (f"{name:<14} reports {self.reports}, tying paragraphs to recommendations {self.tying}, "
                f"with evidence attached {self.attached}; recommendations found {found}, not found {not_found} "
                f"({share} of those in tying reports){'; ' + others if others else ''}")


def show_diff(gold: list[dict], got: list[dict]) -> None:
    m = match_items([g["text"] for g in gold], [x["text"] for x in got])
    mg, mx = {i for i, _, _ in m}, {j for _, j, _ in m}
    for i, g in enumerate(gold):
        if i not in mg:
            print(f"      MISSED  {g.get('number')}: {g['text'][:150]}")
    for j, x in enumerate(got):
        if j not in mx:
            print(f"      EXTRA   {x.get('number')}: {x['text'][:150]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(shared_dir()))
    ap.add_argument("--gold", default=str(ROOT / "corpus" / "gold" / "reports"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and extra items")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "corpus").is_dir():
        print(f"skipped: shared corpus not found at {shared} (set RECMAP_SHARED)")
        return 0

    files = sorted(Path(args.gold).glob("*.json"))
    per_fw: dict[str, Tally] = defaultdict(Tally)
    evidence: dict[str, EvidenceTally] = defaultdict(EvidenceTally)
    overall, dev, held = Tally(), Tally(), Tally()
    batches: dict[int, Tally] = defaultdict(Tally)
    for k, f in enumerate(files):
        gold = json.loads(f.read_text(encoding="utf-8"))
        src = shared / gold["source"]
        held_out = k % 3 == 2
        try:
            fw, got = extract(src)
        except RecmapError as exc:
            fw, got = None, []
            print(f"  ERROR {gold['source']}: {exc.message}")
        ok = True
        for e in (evidence[gold["framework"]], evidence["ALL"]):
            e.add(got)
        for t in (per_fw[gold["framework"]], overall, held if held_out else dev, batches[gold.get("batch", 1)]):
            ok = t.add(gold["recommendations"], got)
        fw_note = "" if fw == gold["framework"] else f" (detected {fw})"
        if args.verbose or not ok:
            print(f"  {'ok ' if ok else 'BAD'} {'H' if held_out else 'D'} {gold['source']}: gold {len(gold['recommendations'])}, "
                  f"got {len(got)}{fw_note}")
            if not ok:
                show_diff(gold["recommendations"], got)
    print("\nGold reports (corpus/gold/reports):")
    for name in sorted(per_fw):
        print("  " + per_fw[name].line(name))
    print("  " + overall.line("ALL"))
    print("  " + dev.line("development"))
    print("  " + held.line("held-out"))
    for b in sorted(batches):
        print("  " + batches[b].line(f"batch {b}"))

    print("\nEvidence paragraphs (gold reports; SIF reports tie them by citation or \"(Recommendation)\" tag):")
    for name in sorted(evidence, key=lambda k: (k == "ALL", k)):
        print("  " + evidence[name].line(name))

    print("\nShared gold (../shared/gold):")
    shared_gold(shared)
    return 0


def shared_gold(shared: Path) -> None:
    from extractor.extract.recommendations import extract_recommendations
    from extractor.ingest import load_document

    bucks = json.loads((shared / "gold" / "bucks.json").read_text(encoding="utf-8"))
    letters = json.loads((shared / "gold" / "letters.json").read_text(encoding="utf-8"))
    gold_b = [{"text": r["text"], "number": r["n"]} for r in bucks["recommendations"]]
    cases = [
        ("bucks 2018 report", shared / "corpus" / "ofsted-reports" / bucks["report"], gold_b),
        ("seed 000 appendix", next((shared / "seeds").glob("000_*.txt")), gold_b),
        ("seed 002 peer review", next((shared / "seeds").glob("002_*.txt")),
         [{"text": t, "number": i} for i, t in enumerate(letters["peer_review_recommendations"], 1)]),
    ]
    for name, path, gold in cases:
        t = Tally()
        try:
            res = extract_recommendations(load_document(path))
            got = [{"text": r.text, "number": r.number} for r in res.recommendations]
        except RecmapError as exc:
            print(f"  {name}: ERROR {exc.message}")
            continue
        t.add(gold, got)
        print("  " + t.line(name))
        if t.exact < 1:
            show_diff(gold, got)


if __name__ == "__main__":
    sys.exit(main())
