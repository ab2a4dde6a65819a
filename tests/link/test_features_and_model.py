from __future__ import annotations

import json

import numpy as np
import pytest

import sys
from pathlib import Path

from extractor.errors import InputError
from extractor.link import model as model_mod
from extractor.link.features import FEATURES, pair_features
from extractor.link.model import UNSUPERVISED, load_model, model_from_json, save_model
from extractor.link.scorer import score_pairs
from extractor.link.training import Example, fit, read_jsonl, train

sys.path.insert(0, str(Path(__file__).parent))
from linkcases import small_case  # noqa: E402,F401 (fixture)


def test_feature_matrix_shape_range_and_determinism(small_case):
    recs, acts = small_case
    fm = pair_features(recs, acts)
    assert fm.values.shape == (3, 3, len(FEATURES))
    similar = fm.values[..., [FEATURES.index(f) for f in FEATURES if f != "margin"]]
    assert similar.min() >= 0 and similar.max() <= 1
    assert np.array_equal(fm.values, pair_features(recs, acts).values)


def test_synonyms_count_as_shared_concepts(small_case):
    recs, acts = small_case
    fm = pair_features(recs, acts)
    # "CLA ... supervision" (A2) against "management oversight and supervision" (R2)
    assert fm.column("concepts")[1, 1] > fm.column("concepts")[1, 0]


def test_scores_rank_the_right_recommendation_first(small_case):
    recs, acts = small_case
    sm = score_pairs(recs, acts, model=UNSUPERVISED)
    assert sm.ranked("A1")[0][0] == "R1"
    assert sm.ranked("A2")[0][0] == "R2"
    assert sm.scores.shape == (3, 3) and 0 <= sm.scores.min() <= sm.scores.max() <= 1


def test_model_json_round_trip_and_errors(tmp_path, small_case):
    path = tmp_path / "m.json"
    save_model(UNSUPERVISED, path)
    loaded = load_model(path)
    assert loaded == UNSUPERVISED
    recs, acts = small_case
    assert np.array_equal(score_pairs(recs, acts, model=loaded).scores,
                          score_pairs(recs, acts, model=UNSUPERVISED).scores)
    with pytest.raises(InputError, match="not found"):
        load_model(tmp_path / "missing.json")
    path.write_text(json.dumps({"schema": "other"}))
    with pytest.raises(InputError, match="Retrain"):
        load_model(path)


def test_missing_default_model_falls_back_to_unsupervised(tmp_path, monkeypatch):
    monkeypatch.delenv("RECMAP_LINKER_MODEL", raising=False)
    monkeypatch.setattr(model_mod, "DEFAULT_MODEL_PATH", tmp_path / "none.json")
    assert load_model() is UNSUPERVISED
    monkeypatch.setenv("RECMAP_LINKER_MODEL", "")
    assert load_model() is UNSUPERVISED


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


def test_plain_python_scores_are_numpys(small_case):
    """A check scores pairs in plain Python (no NumPy); training and evaluation use the NumPy
    form of the same model. Both must give the same probabilities, and the rounded scores must
    be identical, for the trained model and the fallback, on a real plan."""
    for recs, acts in (small_case, _real_case()):
        fm = pair_features(recs, acts)
        assert fm.values.shape == (len(acts), len(recs), len(FEATURES))
        assert np.array_equal(fm.values, np.asarray(fm.table))
        for model in (load_model(), UNSUPERVISED):
            sm = score_pairs(recs, acts, model=model, features=fm)
            numpy_scores = model.predict(fm.values, fm.names)
            one = model.scorer(fm.names)
            plain = np.array([[one(pair) for pair in row] for row in fm.table])
            assert np.allclose(plain, numpy_scores, rtol=0, atol=1e-12)
            assert np.array_equal(sm.scores, np.round(numpy_scores, 4))
            assert sm.best_per_recommendation() == tuple(np.asarray(sm.scores).max(axis=0))


def test_fuzzy_features_are_rapidfuzz_cdist_values(small_case):
    """The fuzzy ratios are computed pair by pair but hold the single-precision values of
    rapidfuzz's cdist matrices, on which the model was trained."""
    from rapidfuzz import fuzz, process

    recs, acts = _real_case()
    fm = pair_features(recs, acts)
    a_str = [" ".join(a.tokens) for a in fm.actions]
    r_str = [" ".join(r.tokens) for r in fm.recommendations]
    for name, scorer in (("fuzz_token_set", fuzz.token_set_ratio), ("fuzz_partial", fuzz.partial_ratio)):
        expected = process.cdist(a_str, r_str, scorer=scorer) / 100.0
        assert np.array_equal(fm.column(name), expected), name
