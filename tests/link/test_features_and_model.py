from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from extractor.errors import InputError
from extractor.link import model as model_mod
from extractor.link.evaluate import BASELINE
from extractor.link.features import FEATURES, main_clause, pair_features
from extractor.link.model import load_model, model_from_json, save_model
from extractor.link.scorer import score_pairs
from extractor.link.training import Example, fit, read_jsonl, train

sys.path.insert(0, str(Path(__file__).parent))
from linkcases import act, rec, small_case  # noqa: E402,F401 (fixture)


def test_feature_matrix_shape_range_and_determinism(small_case):
    recs, acts = small_case
    fm = pair_features(recs, acts)
    assert fm.values.shape == (3, 3, len(FEATURES))
    assert fm.values.min() >= 0 and fm.values.max() <= 1
    assert np.array_equal(fm.values, pair_features(recs, acts).values)


def test_synonyms_count_as_shared_concepts(small_case):
    recs, acts = small_case
    fm = pair_features(recs, acts)
    # "CLA ... supervision" (A2) against "management oversight and supervision" (R2)
    assert fm.column("concepts")[1, 1] > fm.column("concepts")[1, 0]


def test_main_clause_stops_where_the_action_only_mentions_things_on_the_way():
    assert main_clause("We will audit supervision records across all teams, including the disabled "
                       "children's team, and report the results.") == "We will audit supervision records across all teams"
    assert main_clause("Refresh the practice quality framework: monthly audits by all managers") == \
        "Refresh the practice quality framework"
    assert main_clause("Train IROs in challenge.") == "Train IROs in challenge."  # nothing to cut
    assert main_clause("Audit: all plans") == "Audit: all plans"  # a head under four words is not one


def test_a_passing_mention_is_marked_and_asks_are_told_apart():
    recs = (rec("R1", 1, "Review the performance of the disabled children's team to ensure that it is adequately "
                      "resourced and that staff are skilled and trained."),
            rec("R2", 2, "Ensure that staff receive regular, high-quality supervision. Ensure that managers' "
                      "decisions are recorded on children's files."))
    acts = (act("A1", "We will audit supervision records across all teams, including the disabled "
                      "children's team, and report the results.", "1.1"),
            act("A2", "Team managers record every decision on the child's file within one day.", "1.2"))
    fm = pair_features(recs, acts)
    assert fm.aims.passing[0, 0] and not fm.aims.passing[0, 1]  # A1 is aimed at supervision
    asks = fm.aims.asks[1]  # R2 has two asks: supervision, recorded decisions
    assert asks.shape == (2, 2)
    assert asks[0, 0] > asks[0, 1] and asks[1, 1] > asks[1, 0]


def test_field_weights_make_a_rare_topic_count_more_than_a_common_word():
    from extractor.link.field import load_field_weights

    fw = load_field_weights()
    assert fw.documents > 1000
    assert fw.weight("dental") > fw.weight("quality") and fw.weight("__private_fostering") > fw.weight("__planning")
    assert fw.weight("never seen in any recommendation") > max(fw.weight(u) for u in ("dental", "quality"))


def test_peers_carry_an_ambiguous_action_to_where_its_heading_points(small_case):
    """An action whose own words say little ("run workshops for every team") sits under a
    heading whose other actions are plainly about care leavers' health: ``peers`` points it
    there. Alone under its heading, or with no heading, it has no peers; a section every action
    shares (the plan's title) is no heading."""
    recs, _ = small_case
    heading = "Priority 1: Care leavers"
    acts = (
        act("A1", "Give every care leaver a health passport with their health history.", section=heading),
        act("A2", "Tell care leavers how to reach an advocate and make a complaint.", section=heading),
        act("A3", "Run workshops for every team.", section=heading),
        act("A4", "Run workshops for every team.", section="Priority 2: Staffing"),
        act("A5", "Run workshops for every team."),
    )
    fm = pair_features(recs, acts)
    peers = fm.column("peers")
    assert peers[2].argmax() == 0 and peers[2, 0] > 0.5
    assert not peers[3].any() and not peers[4].any()
    from extractor.link.evidence import similarity_evidence

    assert "other actions under its heading point here" in similarity_evidence(fm, 2, 0)
    assert "heading" not in similarity_evidence(fm, 3, 0)
    # one heading over every action is the plan's title, not a section: no peers at all
    titled = tuple(replace(a, section="Children's Services Improvement Plan") for a in acts)
    assert not pair_features(recs, titled).column("peers").any()


def test_blank_texts_give_zero_features():
    from linkcases import act, rec

    fm = pair_features((rec("R1", 1, ""), rec("R2", 2, "...")), (act("A1", ""),))
    assert fm.values.shape == (1, 2, len(FEATURES)) and not fm.values.any()


def test_scores_rank_the_right_recommendation_first(small_case):
    recs, acts = small_case
    sm = score_pairs(recs, acts, model=BASELINE)
    assert sm.ranked("A1")[0][0] == "R1"
    assert sm.ranked("A2")[0][0] == "R2"
    assert sm.scores.shape == (3, 3) and 0 <= sm.scores.min() <= sm.scores.max() <= 1


def test_model_json_round_trip_and_errors(tmp_path, small_case):
    path = tmp_path / "m.json"
    save_model(BASELINE, path)
    loaded = load_model(path)
    assert loaded == BASELINE
    recs, acts = small_case
    assert np.array_equal(score_pairs(recs, acts, model=loaded).scores,
                          score_pairs(recs, acts, model=BASELINE).scores)
    with pytest.raises(InputError, match="missing.json: linker model not found"):
        load_model(tmp_path / "missing.json")
    path.write_text(json.dumps({"schema": "other"}))
    with pytest.raises(InputError, match="Retrain"):
        load_model(path)
    path.write_text("[1, 2")
    with pytest.raises(InputError, match="m.json: the linker model is not valid JSON"):
        load_model(path)


def test_the_shipped_model_is_loaded_and_a_missing_one_is_an_error(tmp_path, monkeypatch):
    """No silent fallback: without its model file recmap says which file and what to do."""
    monkeypatch.delenv("RECMAP_LINKER_MODEL", raising=False)
    shipped = load_model()
    assert shipped.name == "linker" and shipped.features == FEATURES
    monkeypatch.setenv("RECMAP_LINKER_MODEL", "  ")  # empty: as if unset
    assert load_model() == shipped
    monkeypatch.setenv("RECMAP_LINKER_MODEL", str(tmp_path / "gone.json"))
    with pytest.raises(InputError, match="gone.json: linker model not found. Set RECMAP_LINKER_MODEL"):
        load_model()
    monkeypatch.delenv("RECMAP_LINKER_MODEL")
    monkeypatch.setattr(model_mod, "bundled_model", lambda: tmp_path / "linker.json")
    with pytest.raises(InputError, match="linker.json: linker model not found. Reinstall recmap"):
        load_model()
    monkeypatch.undo()
    monkeypatch.delenv("RECMAP_LINKER_MODEL", raising=False)
    monkeypatch.setattr(model_mod, "MODEL_PACKAGE", "extractor.no_such_package")
    with pytest.raises(InputError, match="not installed"):
        load_model()


def test_unknown_feature_in_model_is_a_clear_error(small_case):
    bad = model_from_json({"schema": "recmap-linker-v1", "features": ["telepathy"], "mean": [0],
                           "scale": [1], "coef": [1], "intercept": 0})
    recs, acts = small_case
    with pytest.raises(InputError, match="Retrain"):
        score_pairs(recs, acts, model=bad)


def test_fit_keeps_weights_non_negative():
    rng = np.random.default_rng(0)
    x = rng.random((200, 3))
    x[:, 2] = x[:, 0] * 0.9 + rng.random(200) * 0.1  # collinear copy invites a negative weight
    y = x[:, 0] + 0.3 * rng.random(200) > 0.7
    m = fit(x, y, ("a", "b", "c"))
    assert min(m.coef) >= 0 and m.coef[0] > 0


def test_train_on_labelled_pairs_and_jsonl(tmp_path, small_case):
    recs, acts = small_case
    ex = [Example("c", r, a, (a.id, r.id) in {("A1", "R1"), ("A2", "R2")}, a.row) for a in acts for r in recs]
    m = train(ex)
    assert m.info["positives"] == 2 and len(m.coef) == len(FEATURES)
    p = tmp_path / "pairs.jsonl"
    p.write_text('{"case": "k", "recommendation": "Improve supervision.", "action": "Audit supervision.", '
                 '"objective": null, "label": true}\n\n'
                 '{"case": "k", "recommendation": "Improve supervision.", "action": "Recruit staff.", "label": false}\n')
    pairs = read_jsonl(p)
    assert [e.label for e in pairs] == [True, False]
    assert pairs[0].recommendation.id == pairs[1].recommendation.id  # same text, same stable id
    p.write_text('{"action": "x"}\n')
    with pytest.raises(InputError, match="line 1"):
        read_jsonl(p)


def _real_case():
    from extractor.pipeline import run_check

    root = Path(__file__).resolve().parents[2]
    res = run_check([str(root / "corpus/samples/inspection-report.pdf")], str(root / "corpus/samples/improvement-plan.docx"))
    return res.recommendations, res.actions


def test_scores_are_the_models_predictions_rounded(small_case):
    """One scoring path: score_pairs is LinkerModel.predict on the feature array, to 4 decimals."""
    for recs, acts in (small_case, _real_case()):
        fm = pair_features(recs, acts)
        assert fm.values.shape == (len(acts), len(recs), len(FEATURES)) and not fm.values.flags.writeable
        for model in (load_model(), BASELINE):
            sm = score_pairs(recs, acts, model=model, features=fm)
            assert np.array_equal(sm.scores, np.round(model.predict(fm.values, fm.names), 4))
            assert sm.best_per_recommendation() == tuple(sm.scores.max(axis=0))
            for i, a in enumerate(fm.action_ids):
                ranked = sm.ranked(a)
                assert [s for _, s in ranked] == sorted(sm.scores[i], reverse=True)
                assert sm.score(a, ranked[0][0]) == ranked[0][1]
