#!/usr/bin/env python3
"""Evaluate the linker on plan gold with the plan's explicit references hidden from the scorer.

Prints, for the cross-validated model (leave-one-plan-row-out) and the unsupervised baseline:
top-1 accuracy and recall@3 for actions that cite a recommendation, mean average precision,
precision/recall/F2 at the suggestion threshold, uncovered-detection sensitivity/specificity
(two readings of "flagged": not covered, i.e. weak or uncovered - the headline - and uncovered,
i.e. no link at all), and with --sweep the threshold sweeps that chose the
Settings defaults. Usage: scripts/eval_linking.py [GOLD.json] [--ablate] [--sweep]
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.link.evaluate import (  # noqa: E402
    BASELINE, cross_validate, deletion_trials, link_metrics, model_scorer, primary_precision, rank_metrics,
    row_metrics, uncovered_detection,
)
from extractor.link.features import pair_features  # noqa: E402
from extractor.link.gold import load_plan_gold  # noqa: E402
from extractor.link.scorer import score_matrix  # noqa: E402
from extractor.link.text import PLURAL_RULE  # noqa: E402
from extractor.settings import DEFAULT  # noqa: E402

SHARED = shared_dir()
DEFAULT_GOLD = SHARED / "gold" / "bucks.json"


def report(title, sm, case, scorer_for, settings, use_stem=PLURAL_RULE, trials=None):
    rm = rank_metrics(sm, case)
    pm = link_metrics(sm, case, settings)
    um = uncovered_detection(case, scorer_for, settings, use_stem=use_stem, trials=trials)
    print(f"== {title}")
    print(f"  top-1 {rm.top1:.3f}  recall@3 {rm.recall_at_3:.3f}  MAP(cited) {rm.map_cited:.3f}  "
          f"MAP(all linked) {rm.map_all:.3f}   [{rm.n_cited} citing actions, {rm.n_linked} with any gold link]")
    rw = row_metrics(sm, case)
    print(f"  per citing plan row ({rw.n_rows} rows): top-1 {rw.top1:.3f} recall@3 {rw.recall_at_3:.3f}")
    print(f"  proposed links at suggest {settings.suggest_threshold:.2f} (relative {settings.suggest_relative:.2f}): "
          f"precision {pm.precision:.3f} recall {pm.recall:.3f} F2 {pm.f2:.3f}")
    print(f"  uncovered detection, flagged = not covered (weak or uncovered; covered {settings.covered_threshold:.2f}, "
          f"margin {settings.covered_margin:.2f}): sensitivity {um.sensitivity_not_covered:.3f} "
          f"specificity {um.specificity_not_covered:.3f}  misses {list(um.misses_not_covered)} "
          f"false alarms {list(um.false_alarms_not_covered)}")
    print(f"  ... flagged = uncovered (no link at all): sensitivity {um.sensitivity:.3f} specificity {um.specificity:.3f}"
          f"  misses {list(um.misses)} false alarms {list(um.false_alarms)}")
    return rm, pm, um


def _grid(values):
    return [round(v, 2) for v in values]


def sweep(title, sm, case, trials, settings):
    """Thresholds chosen on the deletion experiment (scored once; only link() and coverage() rerun).

    1. Suggestions (suggest_threshold x suggest_relative), reading "flagged" as ``uncovered``:
       the best sensitivity with specificity >= 0.9, ties broken by F2 of the proposed links.
    2. Covered (covered_threshold x covered_margin, at the chosen suggestions), reading
       "flagged" as not covered: the best sensitivity with specificity >= 0.9, ties broken by
       specificity, then the higher threshold and the smaller margin (the stricter "covered").
    Returns the chosen Settings."""
    print(f"-- suggestion sweep ({title}): t  rel | links precision recall F2 | uncovered sens spec")
    best = None
    for rel in (0.0, 0.5, 0.7, 0.8):
        for t in _grid(0.05 * k for k in (1, 2, 3, 4, 5, 6, 8, 10)):
            s = replace(settings, suggest_threshold=t, covered_threshold=max(t, settings.covered_threshold),
                        suggest_relative=rel)
            pm = link_metrics(sm, case, s)
            um = uncovered_detection(case, None, s, trials=trials)
            print(f"  {t:.2f} {rel:.1f} | {pm.precision:.3f} {pm.recall:.3f} {pm.f2:.3f} | {um.sensitivity:.3f} {um.specificity:.3f}")
            key = (um.specificity >= 0.9, round(um.sensitivity, 3), round(pm.f2, 3))
            if best is None or key > best[0]:
                best = (key, t, rel)
    print(f"  chosen: suggest {best[1]:.2f} relative {best[2]:.1f} (specificity >= 0.9: {best[0][0]}, "
          f"sensitivity {best[0][1]}, F2 {best[0][2]})")
    chosen = replace(settings, suggest_threshold=best[1], suggest_relative=best[2],
                     covered_threshold=max(best[1], settings.covered_threshold))
    print(f"-- covered sweep ({title}): t margin | not-covered sens spec | precision of primary links >= t")
    best = None
    for t in _grid(v for v in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9) if v >= chosen.suggest_threshold):
        for m in (0.0, 0.02, 0.05, 0.1, 0.2, 1.0):
            s = replace(chosen, covered_threshold=t, covered_margin=m)
            um = uncovered_detection(case, None, s, trials=trials)
            prec = primary_precision(sm, case, s)
            print(f"  {t:.2f} {m:.2f} | {um.sensitivity_not_covered:.3f} {um.specificity_not_covered:.3f} | {prec:.3f}")
            key = (um.specificity_not_covered >= 0.9, round(um.sensitivity_not_covered, 3),
                   round(um.specificity_not_covered, 3), t, -m)
            if best is None or key > best[0]:
                best = (key, t, m)
    print(f"  chosen: covered {best[1]:.2f} margin {best[2]:.2f} (specificity >= 0.9: {best[0][0]}, "
          f"sensitivity {best[0][1]}, specificity {best[0][2]})")
    return replace(chosen, covered_threshold=best[1], covered_margin=best[2])


WEST_BERKSHIRE = (SHARED / "corpus" / "ofsted-reports" / "west-berkshire-80577" / "2015-05-18.pdf",
                  SHARED / "seeds", "003_*.txt")


def independent_check() -> None:
    """West Berkshire (seed 003 with its 2015 report): never used for any choice, only measured.
    The plan cites recommendations per workstream ("Related Ofsted Recommendations"), so the
    truth is loose: is the action's best-ranked recommendation one its workstream lists?"""
    from extractor.extract.actions import extract_actions
    from extractor.extract.recommendations import extract_recommendations
    from extractor.ingest import load_document
    from extractor.link.evaluate import reference_agreement
    from extractor.link.model import load_model

    report_pdf, seeds, pattern = WEST_BERKSHIRE
    plans = sorted(seeds.glob(pattern)) if seeds.is_dir() else []
    if not report_pdf.exists() or not plans:
        print("== independent check skipped: ../shared (West Berkshire report and seed 003) is absent")
        return
    recs = extract_recommendations(load_document(report_pdf)).recommendations
    actions = extract_actions(load_document(plans[0]))
    print(f"== independent check, West Berkshire (seed 003, {len(actions)} actions; 2015 report, "
          f"{len(recs)} recommendations), references hidden; not used for any choice")
    for title, model in (("trained model", load_model()), ("unsupervised baseline", BASELINE)):
        ag = reference_agreement(recs, actions, model)
        print(f"  {title}: best-ranked recommendation among those the action's workstream cites "
              f"{ag.top1:.3f}, any of the top 3 {ag.top3:.3f}  [{ag.n_actions} actions citing "
              f"{ag.mean_cited:.1f} of {ag.n_recommendations} on average: chance {ag.mean_cited / ag.n_recommendations:.3f}]")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("--sweep", action="store_true", help="print the threshold sweep")
    ap.add_argument("--ablate", action="store_true", help="also with the plural rule flipped")
    ap.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    args = ap.parse_args(argv)
    case = load_plan_gold(args.gold)
    hidden = case.without_refs()
    settings = DEFAULT

    t0 = time.perf_counter()
    cv = cross_validate(case, c=args.C)
    print(f"cross-validation: {len(cv.fold_models)} folds (leave one plan row out), {time.perf_counter() - t0:.1f} s")
    cv_trials = deletion_trials(case, lambda _c: cv.scorer())
    report("cross-validated logistic regression", cv.scores, case, None, settings, trials=cv_trials)
    fm = pair_features(hidden.recommendations, hidden.actions)
    fb = score_matrix(fm, BASELINE.predict(fm.values, fm.names), BASELINE.name)
    fb_trials = deletion_trials(case, lambda _c: model_scorer(BASELINE))
    report("unsupervised baseline (fixed weights, no training)", fb, case, None, settings, trials=fb_trials)
    for name in ("char_tfidf", "row_char", "word_tfidf", "bm25"):
        single = score_matrix(fm, fm.column(name), name)
        rm, rw = rank_metrics(single, case), row_metrics(single, case)
        print(f"== {name} alone: top-1 {rm.top1:.3f} recall@3 {rm.recall_at_3:.3f} MAP(cited) {rm.map_cited:.3f}"
              f"  | per row top-1 {rw.top1:.3f}")
    if args.sweep:
        chosen = sweep("cross-validated", cv.scores, case, cv_trials, settings)
        report("cross-validated, thresholds as chosen by the sweep", cv.scores, case, None, chosen, trials=cv_trials)
        report("unsupervised baseline, same thresholds", fb, case, None, chosen, trials=fb_trials)
    if args.ablate:
        alt = not PLURAL_RULE
        cv_ns = cross_validate(case, c=args.C, use_stem=alt)
        report(f"ablation: cross-validated, plural rule {'on' if alt else 'off'}", cv_ns.scores, case,
               lambda _c: cv_ns.scorer(), settings, use_stem=alt)

    independent_check()

    # Performance: score 10 recommendations x 40 actions after imports.
    acts = (hidden.actions + hidden.actions[:6])[:40]
    acts = tuple(replace(a, id=f"{a.id}#{k}") for k, a in enumerate(acts))
    from extractor.link import link, score_pairs
    score_pairs(hidden.recommendations, acts)  # warm imports and caches
    t0 = time.perf_counter()
    link(hidden.recommendations, acts, settings)
    print(f"timing: link() on {len(hidden.recommendations)} x {len(acts)} pairs {1000 * (time.perf_counter() - t0):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
