#!/usr/bin/env python3
"""Measure plan-action extraction against hand-checked gold.

Prints, per gold file: action recall and precision (an extracted action matches a gold one when
the rapidfuzz ratio of their normalised texts is >= 0.9, one-to-one), and over matched pairs the
exact-match rates of leads (name + kind, + role where the gold gives one), dates (start, end,
status), explicit references (numbers) and other references (sources as text).

Gold: ../shared/gold/bucks.json (seed 000) and every corpus/gold/plans/*.json (schema
plan-gold-v1; "plan" is a path under ../shared, or under the project when it starts with
"corpus/"), including the fictional layout variants that scripts/make_variant_plans.py writes
(corpus/variants/, each plan as DOCX, XLSX, PDF and markdown). Ends with a total over the
variants. The held-out plans of scripts/make_layout_plans.py (gold in corpus/gold/heldout/,
marked "heldout") are totalled separately: "held-out, first contact" are the figures recorded
(--record-first-contact) before the extractor was changed for them, "after fixes" the current
ones. The second held-out set of scripts/make_layout_plans_2.py (corpus/heldout2/, gold in
corpus/gold/heldout2/) is totalled the same way on its own ("held-out 2, first contact" recorded with
--record-first-contact 2 in corpus/heldout2/first-contact.json, then "after fixes"). Also runs `extract_actions` over corpus/samples/ and reports what it finds.
Skips cleanly (exit 0) when ../shared is absent.

    .venv/bin/python scripts/eval_actions.py [--verbose] [--shared DIR]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.errors import RecmapError  # noqa: E402
from extractor.extract.actions import extract_actions  # noqa: E402
from extractor.ingest import iter_input_files, load_document  # noqa: E402
from extractor.items import Action, normalise_text  # noqa: E402

MATCH = 90.0  # rapidfuzz ratio (0-100) for "the same action"
HELDOUT_GOLD = ROOT / "corpus" / "gold" / "heldout"
FIRST_CONTACT = ROOT / "corpus" / "heldout" / "first-contact.json"
HELDOUT2_GOLD = ROOT / "corpus" / "gold" / "heldout2"
FIRST_CONTACT2 = ROOT / "corpus" / "heldout2" / "first-contact.json"
# held-out set -> (gold folder, first-contact file, label)
HELDOUT_SETS = {"1": (HELDOUT_GOLD, FIRST_CONTACT, "held-out"), "2": (HELDOUT2_GOLD, FIRST_CONTACT2, "held-out 2")}


def _match(gold: list[dict], pred: list[Action]) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching, best pairs first, keeping pairs at or above MATCH."""
    from rapidfuzz import fuzz

    g_norm = [normalise_text(g["text"]) for g in gold]
    p_norm = [normalise_text(p.text) for p in pred]
    pairs = []
    for i, g in enumerate(g_norm):
        for j, p in enumerate(p_norm):
            s = fuzz.ratio(g, p)
            if s >= MATCH:
                pairs.append((s, i, j))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for s, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j, s))
    return out


def _leads_equal(gold: list[dict], pred) -> bool:
    if len(gold) != len(pred):
        return False
    for g, p in zip(gold, pred):
        if g["name"] != p.name or g["kind"] != p.kind:
            return False
        if "role" in g and (g["role"] or None) != (p.role or None):
            return False
    return True


def evaluate(gold_doc: dict, plan_path: Path, verbose: bool = False) -> dict:
    gold = gold_doc["actions"]
    try:
        pred = list(extract_actions(load_document(plan_path)))
    except RecmapError as exc:
        print(f"  ERROR: {exc.message}")
        return {"gold": len(gold), "pred": 0, "matched": 0}
    sections = {normalise_text(g.get("section") or "") for g in gold}
    if gold_doc.get("subset") and len(sections) == 1:
        # the gold covers one part of the plan (one workstream): score only what was extracted there
        pred = [p for p in pred if normalise_text(p.section or "") in sections]
    pairs = _match(gold, pred)
    n = len(pairs)
    leads = dates = refs = others = 0
    context = {"section": [0, 0], "objective": [0, 0], "rag": [0, 0]}  # [equal, compared]
    for i, j, _ in pairs:
        g, p = gold[i], pred[j]
        ok_l = _leads_equal(g.get("leads", []), p.leads)
        gd = g.get("date", {})
        ok_d = (gd.get("start"), gd.get("end"), gd.get("status")) == (p.date.start, p.date.end, p.date.status)
        ok_r = sorted(g.get("explicit_refs", [])) == sorted(p.refs)
        ok_o = sorted(g.get("other_refs", [])) == sorted(p.other_refs)
        if "workstream_refs" in g:
            ok_r = ok_r and sorted(g["workstream_refs"]) == sorted(p.workstream_refs)
        for key, (value) in (("section", p.section), ("objective", p.objective), ("rag", p.rag)):
            if key in g:
                context[key][1] += 1
                context[key][0] += normalise_text(g[key] or "") == normalise_text(value or "")
        leads += ok_l
        dates += ok_d
        refs += ok_r
        others += ok_o
        if verbose and not (ok_l and ok_d and ok_r and ok_o):
            print(f"  row {g.get('row')}: {g['text'][:60]!r}")
            if not ok_l:
                print(f"    leads gold={[(x['name'], x['kind']) for x in g.get('leads', [])]} got={[(x.name, x.kind) for x in p.leads]}")
            if not ok_d:
                print(f"    date gold={gd} got={p.date}")
            if not ok_r or not ok_o:
                print(f"    refs gold={g.get('explicit_refs')} {g.get('other_refs')} got={p.refs} {p.other_refs}")
    if verbose:
        matched_g = {i for i, _, _ in pairs}
        matched_p = {j for _, j, _ in pairs}
        for i, g in enumerate(gold):
            if i not in matched_g:
                print(f"  MISSED row {g.get('row')}: {g['text'][:100]!r}")
        for j, p in enumerate(pred):
            if j not in matched_p:
                print(f"  EXTRA  row {p.row}: {p.text[:100]!r}")

    def rate(k: int, d: int) -> str:
        return f"{k / d:.3f} ({k}/{d})" if d else "n/a"

    print(f"  actions: gold {len(gold)}, extracted {len(pred)}, matched {n}")
    print(f"  recall    {rate(n, len(gold))}")
    print(f"  precision {rate(n, len(pred))}")
    print(f"  leads     {rate(leads, n)}")
    print(f"  dates     {rate(dates, n)}")
    print(f"  refs      {rate(refs, n)}  (explicit recommendation numbers)")
    print(f"  other refs {rate(others, n)}  (non-Ofsted sources)")
    for key, (k, d) in context.items():
        if d:
            print(f"  {key:<9} {rate(k, d)}")
    return {"gold": len(gold), "pred": len(pred), "matched": n, "leads": leads, "dates": dates, "refs": refs,
            "others": others, **{f"{k}_ok": v[0] for k, v in context.items()},
            **{f"{k}_n": v[1] for k, v in context.items()}}


def _add(total: dict[str, int], res: dict) -> None:
    for k, v in res.items():
        total[k] = total.get(k, 0) + v


def _figures(total: dict[str, int]) -> dict[str, float]:
    n = total.get("matched", 0)
    out = {"gold": total.get("gold", 0), "extracted": total.get("pred", 0), "matched": n,
           "recall": round(n / max(total.get("gold", 0), 1), 3), "precision": round(n / max(total.get("pred", 0), 1), 3)}
    for k in ("leads", "dates", "refs"):
        out[k] = round(total.get(k, 0) / max(n, 1), 3)
    for k in ("section", "objective", "rag"):
        if total.get(f"{k}_n"):
            out[k] = round(total[f"{k}_ok"] / total[f"{k}_n"], 3)
    return out


def _line(fig: dict) -> str:
    return "  ".join(f"{k} {v:.3f}" for k, v in fig.items() if isinstance(v, float))


def _report_heldout(total: dict[str, int], per_plan: dict[str, dict], first_file: Path, title: str,
                    record: bool) -> None:
    """Print a held-out set's first-contact figures (recorded once) and its current ones."""
    now = _figures(total)
    if record:
        first_file.write_text(json.dumps({"about": f"{title} plans, first contact: extractor run on them before "
                                          "any change made for them", "total": now, "plans": per_plan},
                                         indent=1) + "\n", encoding="utf-8")
    if first_file.exists() and not record:
        first = json.loads(first_file.read_text(encoding="utf-8"))["total"]
        print(f"== {title}, first contact: gold {first['gold']}, extracted {first['extracted']}, "
              f"matched {first['matched']}\n  {_line(first)}")
    label = "first contact" if record or not first_file.exists() else "after fixes"
    print(f"== {title}, {label}: gold {now['gold']}, extracted {now['extracted']}, matched {now['matched']}\n"
          f"  {_line(now)}")
    for plan, fig in per_plan.items():
        print(f"  {plan:<18} {_line(fig)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(shared_dir()))
    ap.add_argument("-v", "--verbose", action="store_true", help="list mismatches, missed and extra actions")
    ap.add_argument("--heldout-only", action="store_true",
                    help="only the held-out plans (corpus/gold/heldout and corpus/gold/heldout2)")
    ap.add_argument("--record-first-contact", nargs="?", const="1", choices=sorted(HELDOUT_SETS), metavar="SET",
                    help=f"write held-out set SET's totals (1, the default: {FIRST_CONTACT.relative_to(ROOT)}; "
                         f"2: {FIRST_CONTACT2.relative_to(ROOT)}) once, before any fix made for them")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not shared.exists():
        print(f"../shared is absent ({shared}): nothing to evaluate, skipped")
        return 0

    golds: list[tuple[str, dict, Path]] = []
    bucks = shared / "gold" / "bucks.json"
    if args.heldout_only:
        pass
    elif bucks.exists():
        g = json.loads(bucks.read_text(encoding="utf-8"))
        golds.append(("seed 000 (gold/bucks.json)", g, shared / "seeds" / g["plan"]))
    gold_files = [] if args.heldout_only else sorted((ROOT / "corpus" / "gold" / "plans").glob("*.json"))
    heldout_files = [(f, k) for k, (folder, _, _) in HELDOUT_SETS.items() for f in sorted(folder.glob("*.json"))]
    for f, hset in [(f, None) for f in gold_files] + heldout_files:
        g = json.loads(f.read_text(encoding="utf-8"))
        if hset:
            g = {**g, "_set": hset}
        for plan in g.get("plans") or [g["plan"]]:  # one gold may describe the same plan in several formats
            path = ROOT / plan if plan.startswith("corpus/") else shared / plan
            if not path.exists():
                print(f"{f.name}: plan {path} not found, skipped")
                continue
            golds.append((f"{f.relative_to(ROOT)}", g, path))

    total: dict[str, int] = {}
    heldout: dict[str, dict[str, int]] = {k: {} for k in HELDOUT_SETS}
    per_plan: dict[str, dict[str, dict]] = {k: {} for k in HELDOUT_SETS}
    for name, g, path in golds:
        print(f"== {name}: {path.name}")
        res = evaluate(g, path, args.verbose)
        if "variant-" in name:
            _add(total, res)
        if g.get("_set"):
            _add(heldout[g["_set"]], res)
            per_plan[g["_set"]][path.name] = _figures(res)
    if total:
        n = total.get("matched", 0)
        print(f"== layout variants, all formats: gold {total['gold']}, extracted {total['pred']}, matched {n}")
        print(f"  recall {n / max(total['gold'], 1):.3f}  precision {n / max(total['pred'], 1):.3f}  "
              f"leads {total.get('leads', 0) / max(n, 1):.3f}  dates {total.get('dates', 0) / max(n, 1):.3f}  "
              f"refs {total.get('refs', 0) / max(n, 1):.3f}")

    for hset, (_folder, first_file, title) in HELDOUT_SETS.items():
        if heldout[hset]:
            _report_heldout(heldout[hset], per_plan[hset], first_file, title, args.record_first_contact == hset)

    samples = ROOT / "corpus" / "samples"
    if args.heldout_only:
        return 0
    files = list(iter_input_files([samples])) if samples.exists() else []
    if files:
        print(f"== samples ({len(files)} files in corpus/samples)")
    for path in files:
        try:
            acts = extract_actions(load_document(path))
            with_lead = sum(1 for a in acts if a.leads)
            dated = sum(1 for a in acts if a.date.status != "unknown")
            print(f"  {Path(path).name}: {len(acts)} actions, {with_lead} with leads, {dated} with a known date status")
        except RecmapError as exc:
            print(f"  {Path(path).name}: {type(exc).__name__}: {exc.message[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
