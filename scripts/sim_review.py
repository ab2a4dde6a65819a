#!/usr/bin/env python3
"""Simulate a reviewer answering from gold, with and without learning; print decisions needed.

The reviewer works through a case held in a real case store: each step they decide the best
unreviewed suggestion of a recommendation that is not yet settled (accept when the gold links
the pair, reject otherwise). A recommendation is settled when it is *correctly covered* (an
accepted link the gold agrees with) or, if the gold links nothing to it, *correctly uncovered*
(every suggestion above the threshold rejected). "With learning" retrains the linker on the
decisions so far every N decisions (the same labels and fit `recmap train` uses) and re-ranks.

The plan's own recommendation numbers are hidden (they would settle most recommendations with
no decision at all), and the starting model is trained on every other plan with gold (``lopo``,
the default: the model a council would have for a plan nobody has reviewed); learning refits on
those plans plus the decisions so far, as ``recmap train`` does. ``--start-model unsupervised``
starts from the fixed-weight baseline (``extractor.link.evaluate.BASELINE``) and learns from the
decisions alone; ``repo`` from models/linker.json (trained on this very gold, so its figures
flatter it). Each target also prints a ceiling: the decisions needed with weights fitted on every
gold pair of the plan (in-sample, ``--start-model oracle``), roughly the most that retraining on
the same features can save.

Usage: scripts/sim_review.py [--gold ../shared/gold/bucks.json] [--every 10] [--start-model lopo|unsupervised|repo|oracle]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.errors import RecmapError  # noqa: E402
from extractor.items import Link  # noqa: E402
from extractor.settings import DEFAULT  # noqa: E402

DEFAULT_GOLD = shared_dir() / "gold" / "bucks.json"


@dataclass(frozen=True)
class SimResult:
    decisions: int
    accepted: int
    rejected: int
    settled: int
    total: int
    retrains: int
    trace: tuple[tuple[int, int], ...]  # (decisions so far, recommendations settled)


def simulate(gold_path: Path, learn: bool, every: int, start: str, threshold: float, target: str = "covered",
             limit: int = 400, keep_db: Path | None = None) -> SimResult:
    """Run one simulated review; ``target`` "covered" settles a recommendation at its first correct
    link, "all-links" only when every gold link to it has been accepted."""
    import numpy as np

    from extractor.link.evaluate import BASELINE
    from extractor.link.features import pair_features
    from extractor.link.gold import load_plan_gold
    from extractor.link.model import load_model
    from extractor.link.training import fit
    from extractor.review.learn import case_labels
    from extractor.store import CaseStore, DocumentFile

    case = load_plan_gold(gold_path).without_refs()
    truth = case.positives()  # (action id, recommendation id)
    recs, acts = list(case.recommendations), list(case.actions)
    fm = pair_features(recs, acts)
    ai = {a: i for i, a in enumerate(fm.action_ids)}
    ri = {r: j for j, r in enumerate(fm.recommendation_ids)}
    base_x, base_y, base_w = np.zeros((0, len(fm.names))), np.zeros(0, dtype=bool), np.zeros(0)
    if start == "oracle":  # the ceiling: weights fitted on every gold pair of this very plan (in-sample)
        y_all = np.array([[(a, r) in truth for r in fm.recommendation_ids] for a in fm.action_ids]).ravel()
        model = fit(fm.values.reshape(-1, len(fm.names)), y_all, fm.names, name="oracle")
    elif start == "lopo":  # trained on every other plan with gold
        from extractor.link.gold import plan_gold_files
        from extractor.link.training import examples_from_gold, featurise

        others = [p for p in plan_gold_files(shared_dir(), ROOT) if p.resolve() != gold_path.resolve()]
        ts = featurise([e for p in others for e in examples_from_gold(load_plan_gold(p).without_refs())])
        base_x, base_y, base_w = ts.x, ts.y, ts.weight
        model = fit(base_x, base_y, fm.names, name="other-plans", weight=base_w)
    else:
        model = BASELINE if start == "unsupervised" else load_model()
    scores = model.predict(fm.values, fm.names)

    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp, "gold.json")
        doc.write_bytes(gold_path.read_bytes())
        f = DocumentFile.read(doc)
        store = CaseStore(keep_db or Path(tmp, "sim.db"))
        store.import_revision(f, [f], recs, acts, [Link(a.id, r.id, float(scores[ai[a.id], ri[r.id]]), "similarity", "")
                                                   for a in acts for r in recs
                                                   if scores[ai[a.id], ri[r.id]] >= threshold])
        decided: set[tuple[str, str]] = set()
        accepted: set[tuple[str, str]] = set()
        n = acc = rej = retrains = 0
        trace = []

        def settled(rec_id: str) -> bool:
            wanted = {(a, r) for a, r in truth if r == rec_id}
            if wanted and target == "all-links":
                return wanted <= accepted
            if wanted:
                return bool(wanted & accepted)
            # gold links nothing to it: settled once no suggestion above the threshold is left unreviewed
            return all((a.id, rec_id) in decided for a in acts if scores[ai[a.id], ri[rec_id]] >= threshold)

        while n < limit:
            open_recs = [r for r in recs if not settled(r.id)]
            trace.append((n, len(recs) - len(open_recs)))
            if not open_recs:
                break
            best = max(((scores[ai[a.id], ri[r.id]], a.id, r.id) for r in open_recs for a in acts
                        if (a.id, r.id) not in decided), default=None)
            if best is None:
                break
            _, a_id, r_id = best
            ok = (a_id, r_id) in truth
            store.decide("accept" if ok else "reject", r_id, a_id, "simulated reviewer", "answered from gold")
            decided.add((a_id, r_id))
            n += 1
            if ok:
                accepted.add((a_id, r_id))
                acc += 1
            else:
                rej += 1
            if learn and n % every == 0:
                pairs = case_labels(store.state())
                y = np.array([p.label for p in pairs], dtype=bool)
                if y.any() and not y.all():
                    x = np.array([fm.values[ai[p.action.id], ri[p.recommendation.id]] for p in pairs])
                    w = np.concatenate([base_w, np.ones(len(y))])
                    x, y = np.vstack([base_x, x]), np.concatenate([base_y, y])
                    scores = fit(x, y, fm.names, name="sim", weight=w).predict(fm.values, fm.names)
                    retrains += 1
        store.close()
    done = sum(settled(r.id) for r in recs)
    return SimResult(n, acc, rej, done, len(recs), retrains, tuple(trace))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(DEFAULT_GOLD), help="plan-gold-v1 file (default %(default)s)")
    ap.add_argument("--every", type=int, default=10, help="retrain every N decisions (default %(default)s)")
    ap.add_argument("--start-model", choices=["lopo", "unsupervised", "repo", "oracle"], default="lopo",
                    help="model the reviewer starts with (default %(default)s)")
    ap.add_argument("--threshold", type=float, default=DEFAULT.suggest_threshold,
                    help="suggestion threshold (default: the settings' %(default)s)")
    args = ap.parse_args(argv)
    gold = Path(args.gold)
    if not gold.exists():
        print(f"error: {gold}: gold file not found. Give --gold FILE (needs ../shared).", file=sys.stderr)
        return 2
    print(f"case: {gold.name} (plan's own references hidden), start model: {args.start_model}, "
          f"retrain every {args.every} decisions, suggestion threshold {args.threshold}")
    for target, what in (("covered", "correctly covered or uncovered (first correct link)"),
                         ("all-links", "fully linked (every gold link accepted)")):
        try:
            without = simulate(gold, False, args.every, args.start_model, args.threshold, target)
            with_ = simulate(gold, True, args.every, args.start_model, args.threshold, target)
        except RecmapError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            return 2
        print(f"\ntarget: every recommendation {what}")
        for name, r in (("without learning", without), ("with learning", with_)):
            print(f"  {name:17s}: {r.decisions:3d} decisions ({r.accepted} accepted, {r.rejected} rejected), "
                  f"{r.settled}/{r.total} settled, {r.retrains} retrains")
        saved = without.decisions - with_.decisions
        if without.decisions:
            print(f"  learning saved {saved} decisions ({saved / without.decisions:.0%})")
        oracle = simulate(gold, False, args.every, "oracle", args.threshold, target)
        print(f"  ceiling: weights fitted on every gold pair of this plan (in-sample), no learning: "
              f"{oracle.decisions} decisions (so retraining on these features has about "
              f"{without.decisions - oracle.decisions} to save)")
        for name, r in (("without", without), ("with", with_)):
            marks = [f"{d}:{s}" for d, s in r.trace if d % 10 == 0 or d == r.decisions]
            print(f"  settled after N decisions ({name}): " + " ".join(marks))
    return train_report(gold, args)


def train_report(gold: Path, args) -> int:
    """`recmap train` on the decisions of a full simulated review (no learning during it)."""
    import os

    from extractor.link.evaluate import BASELINE
    from extractor.link.model import save_model
    from extractor.review.learn import train_from_case

    with tempfile.TemporaryDirectory() as tmp:
        if args.start_model == "unsupervised":  # "before" is then the baseline, as in the simulation
            save_model(BASELINE, Path(tmp, "baseline.json"))
            os.environ["RECMAP_LINKER_MODEL"] = str(Path(tmp, "baseline.json"))
        db = Path(tmp, "case.db")
        r = simulate(gold, False, args.every, args.start_model, args.threshold, "all-links", keep_db=db)
        try:
            rep = train_from_case(db, gold=[], holdout=0.3, seed=0, save=False)
        except RecmapError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            return 2
    b, a = rep["before"], rep["after"]
    print(f"\nrecmap train on that review's {r.decisions} decisions ({rep['labelled_pairs']} labelled pairs, "
          f"{rep['held_out']} held out, threshold {rep['threshold']}):")
    for name, m in (("before", b), ("after", a)):
        print(f"  {name:6s} {m['model'][:40]:40s} AUC {m['auc']}  accuracy {m['accuracy']}  "
              f"precision {m['precision']}  recall {m['recall']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
