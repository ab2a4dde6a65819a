#!/usr/bin/env python3
"""Evaluate the linker and coverage leave-one-plan-out on every plan with link gold.

Each plan is scored by a model trained on the other plans (scikit-learn's LeaveOneGroupOut),
and its coverage thresholds are chosen on the other plans too, so no figure printed here comes
from data the thing measured saw. Real plans (../shared/gold) and fictional plans
(corpus/gold/coverage/<set>) are reported apart, never pooled. Per plan:

- ranking, references hidden: top-1 and recall@3 of the gold recommendations per action, for all
  actions with a gold link, those whose row cites a number, those whose row cites none;
- ranking in normal mode (references used, as `recmap check` lists links);
- the deletion test (references hidden): delete every action gold-linked to a recommendation -
  is it still called covered? sensitivity (no longer covered) / specificity (the others stay);
- fictional plans: deliberately unanswered recommendations flagged, passing mentions weak, partly
  answered ones not covered, answered ones covered - in normal mode and with
  --ignore-references' reading.

With --end-to-end, each fictional plan is also read from its document (its report from
../shared) and checked by `recmap check`'s own pipeline with the fold's model and thresholds:
what a user would see, reading errors included.

With --shipped, nothing is refitted: every plan is scored by the shipped model
(models/linker.json) and the shipped thresholds (extractor/settings.py). That is the first contact
with a new set of plans none of which the model or thresholds saw (e.g. ``--sets c,d --shipped
--end-to-end``); on plans the model was trained on it would be in-sample, and says so.

Usage: scripts/eval_linking.py [--sets a,b,c,d] [-C 1.0] [--verbose] [--end-to-end] [--shipped]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.link.evaluate import (  # noqa: E402
    add, choose_settings, deletion_test, deletion_trials, expected_statuses, featurise_case, hidden_orders,
    leave_one_plan_out, normal_orders, rank_metrics, reference_checks, score_table, settings_grid,
)
from extractor.errors import RecmapError  # noqa: E402
from extractor.link.gold import OPEN_SETS, load_plan_gold, plan_gold_files  # noqa: E402
from extractor.settings import DEFAULT  # noqa: E402

SHARED = shared_dir()


def fraction(t: tuple[int, int]) -> str:
    return f"{t[0]}/{t[1]}" if t[1] else "-"


def _key(text: str) -> str:
    from extractor.items import normalise_text

    return normalise_text(text)


def end_to_end(case, model, settings, shared) -> dict:
    """`recmap check` on the plan document with ``model`` and ``settings``; figures against the gold
    (extracted actions and recommendations matched to the gold's by text)."""
    import tempfile

    from rapidfuzz import fuzz

    from extractor.link.model import save_model
    from extractor.pipeline import run_check

    report = shared / "corpus" / "ofsted-reports" / case.report
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "fold.json")
        save_model(model, path)
        old = os.environ.get("RECMAP_LINKER_MODEL")
        os.environ["RECMAP_LINKER_MODEL"] = str(path)
        try:
            result = run_check([str(report)], str(ROOT / case.plan), settings=settings)
        finally:
            if old is None:
                os.environ.pop("RECMAP_LINKER_MODEL", None)
            else:
                os.environ["RECMAP_LINKER_MODEL"] = old

    def best(text, items):
        scored = [(fuzz.ratio(_key(text), _key(i.text)), k) for k, i in enumerate(items)]
        s, k = max(scored) if scored else (0, -1)
        return items[k].id if s >= 80 else None

    rec_id = {}
    for r in case.recommendations:
        rid = best(r.text, result.recommendations) or next(
            (x.id for x in result.recommendations if x.number == r.number), None)
        rec_id[rid] = r.id
    act_id = {best(a.text, result.actions): a.id for a in case.actions}
    truth: dict[str, set[str]] = {}
    for a, r in case.positives():
        truth.setdefault(a, set()).add(r)
    orders: dict[str, list[str]] = {}
    for l in result.links:
        if l.action in act_id:
            orders.setdefault(act_id[l.action], []).append(rec_id.get(l.recommendation))
    rows = [(orders.get(a, []), t) for a, t in truth.items()]
    top1 = sum(bool(o) and o[0] in t for o, t in rows)
    found = sum(len(t & set(o[:3])) for o, t in rows)
    status = {rec_id.get(i.recommendation): i.status for i in result.coverage.items}
    d = case.design

    def count(ids, ok):
        ids = list(ids)
        return sum(ok(status.get(r)) for r in ids), len(ids)

    return {"top1": (top1, len(rows)), "recall3": (found, sum(len(t) for _, t in rows)),
            "unanswered": count(d.get("unanswered", ()), lambda s: s != "covered"),
            "passing": count(d.get("passing", ()), lambda s: s == "weak"),
            "partial": count(d.get("partial", ()), lambda s: s != "covered"),
            "answered": count([r for r, e in case.expected.items() if e == "covered"], lambda s: s == "covered"),
            "actions read": (sum(1 for k in act_id if k is not None), len(case.actions))}


def unread(case) -> dict:
    """The end-to-end figures of a plan recmap could not read: nothing found, nothing covered."""
    n_links = len(case.positives())
    d = case.design
    answered = [r for r, e in case.expected.items() if e == "covered"]
    n_rows = len({a for a, _ in case.positives()})
    return {"top1": (0, n_rows), "recall3": (0, n_links),
            "unanswered": (len(d.get("unanswered", ())), len(d.get("unanswered", ()))),
            "passing": (0, len(d.get("passing", ()))), "partial": (len(d.get("partial", ())), len(d.get("partial", ()))),
            "answered": (0, len(answered)), "actions read": (0, len(case.actions))}


def shipped_folds(feats) -> list:
    """Each plan scored by the shipped model, as :class:`PlanFold`s (no refit). A plan the model
    was trained on is named in the model's info; scoring it is in-sample, and a warning says so."""
    from extractor.link import load_model
    from extractor.link.evaluate import PlanFold
    from extractor.link.scorer import score_matrix

    model = load_model()
    seen = set(model.info.get("cases", ()))
    out = []
    for f in feats:
        if f.case.name in seen:
            print(f"warning: the shipped model was trained on {f.case.name}: its figures are in-sample")
        out.append(PlanFold(f.case, model, score_matrix(f.features, model.predict(f.features.values, f.features.names),
                                                        model.name)))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(OPEN_SETS), help=f"fictional coverage sets to include (default {','.join(OPEN_SETS)})")
    ap.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--verbose", action="store_true", help="list ranking misses and wrong statuses")
    ap.add_argument("--end-to-end", action="store_true",
                    help="also check each fictional plan from its document with the fold's model")
    ap.add_argument("--shipped", action="store_true",
                    help="score with the shipped model and thresholds, no refit (first contact with a new set)")
    args = ap.parse_args(argv)
    shared = SHARED if (SHARED / "gold").is_dir() else None
    if shared is None:
        print(f"note: {SHARED} is absent: real plans (Buckinghamshire, West Berkshire) left out")
    paths = plan_gold_files(shared, ROOT, tuple(s for s in args.sets.split(",") if s))
    cases = [load_plan_gold(p) for p in paths]
    if len(cases) < (1 if args.shipped else 2):
        print("need at least two plans with gold to leave one out", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    feats = [featurise_case(c) for c in cases]
    if args.shipped:
        folds = shipped_folds(feats)
    else:
        folds = leave_one_plan_out(cases, c=args.C, featurised=feats)
    trials = [deletion_trials(f) for f in folds]
    if args.shipped:
        print(f"{len(cases)} plans ({sum(c.kind == 'real' for c in cases)} real), shipped model "
              f"{folds[0].model.name} and thresholds, no refit: {time.perf_counter() - t0:.0f} s\n")
    else:
        grid = settings_grid(DEFAULT)
        table = score_table(folds, trials, grid)
        print(f"{len(cases)} plans ({sum(c.kind == 'real' for c in cases)} real), leave one plan out: "
              f"{time.perf_counter() - t0:.0f} s\n")
    totals: dict[str, dict] = {}
    for k, (fold, tr) in enumerate(zip(folds, trials)):
        case = fold.case
        s = DEFAULT if args.shipped else choose_settings(table, grid, [i for i in range(len(cases)) if i != k])
        tot = totals.setdefault(case.kind, {})
        hid = rank_metrics(case, hidden_orders(fold.scores))
        nor = rank_metrics(case, normal_orders(case, fold.scores, s))
        dele = deletion_test(tr, s)
        print(f"== {case.kind} plan {case.name} ({len(case.actions)} actions, {len(case.recommendations)} "
              f"recommendations); thresholds {'shipped' if args.shipped else 'chosen on the other plans'}: covered {s.covered_threshold:.2f} "
              f"margin {s.covered_margin:.2f} ask {s.ask_threshold:.2f} support {s.covered_support_threshold:.2f} ask-own {s.ask_own_weight:.0f}")
        print(f"  ranking, references hidden: all {hid.all}; cited rows {hid.cited}; uncited rows {hid.uncited}")
        print(f"  ranking, normal mode:       all {nor.all}; cited rows {nor.cited}; uncited rows {nor.uncited}")
        print(f"  deletion test (references hidden): sensitivity {dele.sensitivity:.2f} specificity "
              f"{dele.specificity:.2f} ({dele.n} recommendations)")
        for key, rk in (("hidden", hid), ("normal", nor)):
            for part in ("all", "cited", "uncited"):
                r = getattr(rk, part)
                acc = tot.setdefault(f"{key} {part}", [0, 0, 0])
                acc[0] += round(r.top1 * r.n)
                acc[1] += r.n
                acc[2] += r.recall_at_3 * r.n
        tot.setdefault("deletion", []).append((dele.sensitivity, dele.specificity))
        refs = reference_checks(case, fold.scores, s)
        if refs.miscited[1] or refs.correct[1]:
            print(f"  weak references: mis-cited citations flagged {fraction(refs.miscited)}, citations the gold "
                  f"confirms flagged {fraction(refs.correct)}")
            tot["refs bad"] = add(tot.get("refs bad", (0, 0)), refs.miscited)
            tot["refs good"] = add(tot.get("refs good", (0, 0)), refs.correct)
        if case.kind == "fictional":
            for mode, refs in (("normal", True), ("ignore-references", False)):
                e = expected_statuses(case, fold.scores, s, use_references=refs)
                print(f"  statuses, {mode}: unanswered flagged {fraction(e.unanswered)}, passing weak "
                      f"{fraction(e.passing)}, partly answered flagged {fraction(e.partial)}, answered covered "
                      f"{fraction(e.answered)}")
                for cat in ("unanswered", "passing", "partial", "answered"):
                    key = f"{mode} {cat}"
                    tot[key] = add(tot.get(key, (0, 0)), getattr(e, cat))
                if args.verbose and e.wrong:
                    print(f"    wrong ({mode}): " + ", ".join(f"{r} expected {x} got {g}" for r, x, g in e.wrong))
            if args.end_to_end and shared is not None:
                try:
                    ee = end_to_end(case, fold.model, s, shared)
                except RecmapError as exc:  # a plan recmap cannot read: every figure of it is a miss
                    print(f"  end to end: recmap could not read it: {str(exc)[:160]}")
                    ee = unread(case)
                print("  end to end (from the documents): " + ", ".join(f"{k} {fraction(v)}" for k, v in ee.items()))
                for k, v in ee.items():
                    tot[f"e2e {k}"] = add(tot.get(f"e2e {k}", (0, 0)), v)
        if args.verbose:
            for a, got, want in hid.misses:
                print(f"    miss (hidden): {a} ranked {got} first; gold {', '.join(want)}")
            if dele.misses:
                print(f"    deletion misses: {', '.join(dele.misses)}; false alarms: "
                      + ", ".join(f"{d}->{r}" for d, r in dele.false_alarms))
        print()
    for kind, tot in totals.items():
        how = "the shipped model and thresholds" if args.shipped else "a model and thresholds that never saw it"
        print(f"== {kind} plans, totals (each plan by {how})")
        for key in ("hidden all", "hidden cited", "hidden uncited", "normal all", "normal cited", "normal uncited"):
            t1, n, r3 = tot[key]
            if n:
                print(f"  ranking {key:15s} top-1 {t1}/{n} = {t1 / n:.3f}  recall@3 {r3 / n:.3f}")
        sens = [d[0] for d in tot["deletion"]]
        spec = [d[1] for d in tot["deletion"]]
        print(f"  deletion test, mean over plans: sensitivity {sum(sens) / len(sens):.3f} specificity "
              f"{sum(spec) / len(spec):.3f}")
        if "e2e top1" in tot:
            print("  end to end (from the documents, normal mode): " + ", ".join(
                f"{k[4:]} {fraction(v)}" for k, v in tot.items() if k.startswith("e2e ")))
        if "refs good" in tot:
            print(f"  weak references: mis-cited citations flagged {fraction(tot['refs bad'])}, citations the gold "
                  f"confirms flagged {fraction(tot['refs good'])}")
        for mode in ("normal", "ignore-references"):
            if f"{mode} answered" in tot:
                print(f"  statuses, {mode}: unanswered flagged {fraction(tot[f'{mode} unanswered'])}, passing weak "
                      f"{fraction(tot[f'{mode} passing'])}, partly answered flagged {fraction(tot[f'{mode} partial'])}, "
                      f"answered covered {fraction(tot[f'{mode} answered'])}")
    if args.shipped:
        return 0
    chosen = choose_settings(table, grid, range(len(cases)))
    print(f"\nthresholds chosen on all {len(cases)} plans (for extractor/settings.py): covered "
          f"{chosen.covered_threshold:.2f} margin {chosen.covered_margin:.2f} ask {chosen.ask_threshold:.2f} "
          f"support {chosen.covered_support_threshold:.2f} ask-own {chosen.ask_own_weight:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
