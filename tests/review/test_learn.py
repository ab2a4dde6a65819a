"""`recmap train`: labels from decisions, the hold-out split, metrics, and a retrain on a small case."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from casekit import make_case  # noqa: E402
from extractor.errors import InputError  # noqa: E402
from extractor.review.learn import case_labels, labels_jsonl, pair_metrics, split_holdout, train_from_case  # noqa: E402


def test_labels_come_only_from_non_suspect_decisions(tmp_path):
    store, recs, acts = make_case(tmp_path / "recmap.db", tmp_path)
    assert case_labels(store.state()) == ()  # suggestions and explicit links are not labels
    store.decide("accept", recs[1].id, acts[1].id, "Ann")
    store.decide("reject", recs[2].id, acts[3].id, "Ann")
    store.decide("justified", recs[0].id, None, "Ann", "done already")
    store.decide("reject", recs[0].id, acts[0].id, "Ann")
    labels = {(p.recommendation.id, p.action.id): p.label for p in case_labels(store.state())}
    assert labels[(recs[1].id, acts[1].id)] is True
    assert labels[(recs[2].id, acts[3].id)] is False
    assert all(labels[(recs[0].id, a.id)] is False for a in acts)  # justified: no action addresses it
    lines = [json.loads(l) for l in labels_jsonl(store.state(), "case").splitlines()]
    assert {"case", "recommendation", "action", "label"} <= set(lines[0]) and len(lines) == len(labels)
    store.close()


def test_split_is_stratified_and_deterministic():
    labels = [True] * 6 + [False] * 14
    tr, te = split_holdout(len(labels), labels, 0.3, seed=1)
    assert sorted(tr + te) == list(range(20)) and not set(tr) & set(te)
    assert any(labels[i] for i in te) and not all(labels[i] for i in te)
    assert (tr, te) == split_holdout(len(labels), labels, 0.3, seed=1)


def test_pair_metrics():
    m = pair_metrics([0.9, 0.8, 0.2, 0.1], [True, False, True, False], 0.5)
    assert m["accuracy"] == 0.5 and m["precision"] == 0.5 and m["recall"] == 0.5 and m["auc"] == 0.75


def test_too_few_decisions_is_a_clear_error(tmp_path):
    store, recs, acts = make_case(tmp_path / "recmap.db", tmp_path)
    store.decide("accept", recs[1].id, acts[1].id, "Ann")
    store.close()
    with pytest.raises(InputError, match="Review more links"):
        train_from_case(tmp_path / "recmap.db", gold=[])


def test_retrain_reports_before_after_and_saves_the_model(tmp_path):
    store, recs, acts = make_case(tmp_path / "recmap.db", tmp_path)
    for r, a, kind in [(1, 1, "accept"), (2, 2, "accept"), (0, 0, "accept"), (2, 3, "reject"),
                       (1, 3, "reject"), (0, 2, "reject"), (1, 0, "reject")]:
        store.decide(kind, recs[r].id, acts[a].id, "Ann")
    store.close()
    report = train_from_case(tmp_path / "recmap.db", gold=[], holdout=0.4, seed=0,
                             jsonl=str(tmp_path / "pairs.jsonl"))
    assert report["labelled_pairs"] == 7 and report["held_out"] >= 2 and report["saved"]
    assert set(report["before"]) >= {"auc", "accuracy", "precision", "recall"}
    assert (tmp_path / "pairs.jsonl").read_text().count("\n") == 7
    from extractor.store import CaseStore

    with CaseStore(tmp_path / "recmap.db") as s:
        assert s.latest_model()["schema"] == "recmap-linker-v1"


def test_recalibrate_moves_the_level_not_the_order():
    """A model fitted on reviewers' decisions (rich in true links) is brought back to the case's
    base rate: mean score = target, ranking unchanged."""
    import numpy as np

    from extractor.link.model import LinkerModel
    from extractor.review.learn import recalibrate

    names = ("a", "b")
    model = LinkerModel("m", names, (0.0, 0.0), (1.0, 1.0), (2.0, 1.0), 1.5, {})
    x = np.random.default_rng(0).normal(size=(200, 2))
    before = model.predict(x, names)
    assert before.mean() > 0.5
    fixed = recalibrate(model, x, names, 0.08)
    after = fixed.predict(x, names)
    assert abs(after.mean() - 0.08) < 1e-4
    assert (np.argsort(after) == np.argsort(before)).all()
    assert fixed.coef == model.coef and fixed.info["recalibrated_to_mean_score"] == 0.08
