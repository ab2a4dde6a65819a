#!/usr/bin/env python3
"""Measure `extract_findings` against hand-made gold.

Gold: ``corpus/gold/letters/*.json`` (schema letter-gold-v1, see its README) for focused-visit
and JTAI letters under ../shared/corpus/ofsted-letters, and ``../shared/gold/letters.json``
(``monitoring_visit_findings``) for seed 004.

Matching: a predicted finding matches a gold finding when the similarity of their
normalised texts (``extractor.items.normalise_text``, rapidfuzz ``ratio``) is >= 0.9; pairs
are matched one-to-one, best first. Gold texts are full texts, not prefixes.

Prints, per letter kind, overall, per gold batch and for the held-out letters (gold marked
``"held_out": true``, annotated after the rules and cues were tuned):

- letters exactly right: a letter is exactly right when its findings, its recommendations
  (with their ``agency`` where the gold gives one) and its carry-overs (text, ``kind`` and
  ``refers_to``) all match the gold one-to-one, nothing missed and nothing extra;
- items P/R/F1 over findings, recommendations and carry-overs together, then each apart;
- polarity accuracy over matched findings (and the confusion counts), agency accuracy over
  matched recommendations whose gold has the field, letter_date, visit date and kind accuracy.

Polarity is tuned on batches 1 and 2 (and the held-out three); batch 3 is its test set.
Skips cleanly (exit 0) when ../shared is absent.

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


def _carry_overs(res) -> list:
    return list(getattr(res, "carry_overs", ()))


def eval_letter(gold: dict, tallies: list[Tally], verbose: bool) -> None:
    path = SHARED / gold["source"]
    res = extract_findings(load_document(path))
    g_texts = [f["text"] for f in gold["findings"]]
    p_texts = [f.text for f in res.findings]
    pairs = match(g_texts, p_texts)
    g_recs = [r["text"] for r in gold["recommendations"]]
    p_recs = [r.text for r in res.recommendations]
    rpairs = match(g_recs, p_recs)
    g_cos = gold.get("carry_overs") or []
    p_cos = _carry_overs(res)
    cpairs = match([c["text"] for c in g_cos], [c.text for c in p_cos])
    # agency: scored only where the gold annotates it (batch 3)
    agency_pairs = [(gi, pi) for gi, pi, _ in rpairs if "agency" in gold["recommendations"][gi]]
    agency_ok = [gold["recommendations"][gi]["agency"] == getattr(res.recommendations[pi], "agency", None)
                 for gi, pi in agency_pairs]
    co_ok = [(g_cos[gi]["kind"], g_cos[gi].get("refers_to")) == (p_cos[pi].kind, p_cos[pi].refers_to)
             for gi, pi, _ in cpairs]
    exact = (len(pairs) == len(g_texts) == len(p_texts) and len(rpairs) == len(g_recs) == len(p_recs)
             and all(agency_ok) and len(cpairs) == len(g_cos) == len(p_cos) and all(co_ok))
    visit = gold.get("visit_dates") or {}
    for t in tallies:
        t.c["letters_n"] += 1
        t.c["letters_ok"] += exact
        for key, tp, n_g, n_p in (("find", pairs, g_texts, p_texts), ("rec", rpairs, g_recs, p_recs),
                                  ("co", cpairs, g_cos, p_cos)):
            for k in (key, "item"):
                t.c[f"{k}_tp"] += len(tp)
                t.c[f"{k}_gold"] += len(n_g)
                t.c[f"{k}_pred"] += len(n_p)
        t.c["agency_n"] += len(agency_ok)
        t.c["agency_ok"] += sum(agency_ok)
        for gi, pi, _ in pairs:
            gp, pp = gold["findings"][gi]["polarity"], res.findings[pi].polarity
            if gp is None:
                continue  # batch 2 gold first marked boundaries and sections only
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
        print(f"\n## {gold['source']}: {'EXACT' if exact else 'not exact'}; findings {len(pairs)}/{len(g_texts)} gold, "
              f"{len(p_texts)} predicted; recs {len(rpairs)}/{len(g_recs)} gold, {len(p_recs)} predicted; "
              f"carry-overs {len(cpairs)}/{len(g_cos)} gold, {len(p_cos)} predicted; "
              f"date {res.letter_date} (gold {gold['letter_date']}); kind {res.kind}; "
              f"visit {res.visit_start}..{res.visit_end}")
        for what, gl, pl, pr, page_of in (
                ("", g_texts, p_texts, pairs, lambda i: res.findings[i].page),
                ("REC ", g_recs, p_recs, rpairs, lambda i: res.recommendations[i].page),
                ("CARRY ", [c["text"] for c in g_cos], [c.text for c in p_cos], cpairs, lambda i: p_cos[i].page)):
            matched_g = {gi for gi, _, _ in pr}
            matched_p = {pi for _, pi, _ in pr}
            for gi, g in enumerate(gl):
                if gi not in matched_g:
                    print(f"   {what}MISSED: {g[:110]}")
            for pi, p in enumerate(pl):
                if pi not in matched_p:
                    print(f"   {what}EXTRA   p{page_of(pi)}: {p[:110]}")
        for (gi, pi), ok in zip(agency_pairs, agency_ok):
            if not ok:
                print(f"   AGENCY gold={gold['recommendations'][gi]['agency']!r} "
                      f"got={getattr(res.recommendations[pi], 'agency', None)!r}: {g_recs[gi][:70]}")
        for (gi, pi, _), ok in zip(cpairs, co_ok):
            if not ok:
                print(f"   CARRY-OVER gold={g_cos[gi]['kind']}/{g_cos[gi].get('refers_to')} "
                      f"got={p_cos[pi].kind}/{p_cos[pi].refers_to}")
        if gold.get("batch") != 3:  # batch 3 is polarity's test set: its errors are not listed
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
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list misses, extras and polarity errors per letter (batch 3's polarity errors are "
                         "never listed: it is the polarity test set)")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"../shared is absent ({SHARED}): nothing to evaluate, skipped")
        return 0
    golds = [json.loads(p.read_text("utf-8")) for p in sorted(GOLD_DIR.glob("*.json"))]
    overall, per_kind, held_out, tuning = Tally(), defaultdict(Tally), Tally(), Tally()
    batches: dict[int, Tally] = defaultdict(Tally)
    for gold in golds:
        if not (SHARED / gold["source"]).exists():
            print(f"skipped (absent): {gold['source']}")
            continue
        try:
            groups = [overall, per_kind[gold["kind"]], batches[gold.get("batch", 1)]] + (
                [held_out] if gold.get("held_out") else []) + ([tuning] if gold.get("batch", 1) in (1, 2) else [])
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
        # polarity is tuned on batches 1 and 2 only; batch 3 is its test set
        groups.append(("TUNING SET (batches 1+2)", tuning))
    for name, t in groups:
        print(f"\n[{name}] letters={t.c['date_n']}")
        print(f"  letters exactly right: {t.c['letters_ok']}/{t.c['letters_n']}")
        print(f"  items           {t.prf('item')}")
        print(f"  findings        {t.prf('find')}")
        print(f"  recommendations {t.prf('rec')}")
        print(f"  carry-overs     {t.prf('co')}")
        print(f"  agency acc      {t.acc('agency')}")
        print(f"  polarity acc    {t.acc('pol')}")
        print(f"  letter_date acc {t.acc('date')}")
        print(f"  visit dates acc {t.acc('visit')}")
        print(f"  kind acc        {t.acc('kind')}")
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
