"""The linker on the Buckinghamshire plan gold (../shared/gold/bucks.json), explicit refs hidden.

Floors sit a little under the figures scripts/eval_linking.py reports, so a change that
breaks linking fails here while normal retraining noise does not."""
from __future__ import annotations

import time
from dataclasses import replace

import pytest

from tests.conftest import shared_path
from extractor.coverage import coverage
from extractor.link import link, load_model, score_pairs
from extractor.link.evaluate import (BASELINE, cross_validate, deletion_trials, model_scorer, rank_metrics,
                                     uncovered_detection)
from extractor.link.gold import load_plan_gold
from extractor.settings import DEFAULT


@pytest.fixture(scope="module")
def bucks():
    return load_plan_gold(shared_path("gold", "bucks.json"))


@pytest.fixture(scope="module")
def cv(bucks):
    return cross_validate(bucks)


def test_cross_validated_ranking(bucks, cv):
    rm = rank_metrics(cv.scores, bucks)
    assert rm.n_cited == 19
    # achieved: top-1 0.895 (17/19), recall@3 0.955 (21/22), MAP 0.910
    assert rm.top1 >= 0.84 and rm.recall_at_3 >= 0.9 and rm.map_cited >= 0.88


def test_cross_validated_uncovered_detection(bucks, cv):
    """Delete each recommendation's gold actions in turn: with DEFAULT settings it must show as
    not covered while the recommendations still answered stay covered (achieved: sensitivity
    0.6, specificity 0.967), and as uncovered (no link at all) at least half the time."""
    um = uncovered_detection(bucks, lambda _c: cv.scorer(), DEFAULT)
    assert um.sensitivity_not_covered >= 0.6 and um.specificity_not_covered >= 0.95
    assert um.sensitivity >= 0.5 and um.specificity >= 0.95


def test_competition_rule_earns_its_place(bucks, cv):
    """Without competition between recommendations (any link above the threshold covers), the
    same thresholds detect fewer deletions."""
    trials = deletion_trials(bucks, lambda _c: cv.scorer())
    on = uncovered_detection(bucks, None, DEFAULT, trials=trials)
    off = uncovered_detection(bucks, None, replace(DEFAULT, covered_margin=1.0), trials=trials)
    assert on.sensitivity_not_covered > off.sensitivity_not_covered


def test_baseline_ranking(bucks):
    h = bucks.without_refs()
    rm = rank_metrics(score_pairs(h.recommendations, h.actions, model=BASELINE), bucks)
    # achieved: top-1 0.842, recall@3 0.864
    assert rm.top1 >= 0.78 and rm.recall_at_3 >= 0.85


def test_baseline_uncovered_detection(bucks):
    """The documented baseline shares the thresholds (achieved: not covered 0.6 / 0.989)."""
    um = uncovered_detection(bucks, lambda _c: model_scorer(BASELINE), DEFAULT)
    assert um.sensitivity_not_covered >= 0.6 and um.specificity_not_covered >= 0.95


def test_with_refs_every_cited_recommendation_is_covered(bucks):
    links = link(bucks.recommendations, bucks.actions)
    explicit = {(l.action, l.recommendation) for l in links if l.basis == "explicit"}
    assert explicit == {(l.action, l.recommendation) for l in bucks.links if l.source == "explicit"}
    cov = coverage(bucks.recommendations, bucks.actions, links)
    assert all(i.status == "covered" for i in cov.items)  # every recommendation is cited somewhere
    # evidence names the citation
    assert any(l.evidence.startswith("cites Ofsted recommendation 8") for l in links)


def test_trained_model_is_loaded_and_deterministic(bucks):
    m = load_model()
    assert m.name == "linker", "models/linker.json should be committed"
    h = bucks.without_refs()
    a = score_pairs(h.recommendations, h.actions, model=m).scores
    b = score_pairs(h.recommendations, h.actions, model=m).scores
    assert (a == b).all()


def test_scoring_10_by_40_is_fast(bucks):
    h = bucks.without_refs()
    acts = tuple(replace(a, id=f"{a.id}#{k}") for k, a in enumerate((h.actions + h.actions)[:40]))
    link(h.recommendations, acts)  # warm imports
    best = float("inf")
    for _ in range(3):  # best of three: a busy CI machine should not fail a speed check
        t0 = time.perf_counter()
        link(h.recommendations, acts)
        best = min(best, time.perf_counter() - t0)
    assert best < 0.5
