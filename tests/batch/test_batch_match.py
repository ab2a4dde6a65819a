"""Finding -> recommendation/action scoring used when a batch has a case."""
from __future__ import annotations

import pytest

from extractor.batch.match import MatchOptions, finding_features, load_matcher, match_findings
from extractor.batch.model import Case
from extractor.document import Provenance
from extractor.items import Action, Finding, Link, Recommendation

P = Provenance("r.pdf", 1)
RECS = (
    Recommendation("r1", 1, "Ensure that management oversight and supervision of casework are rigorous", P),
    Recommendation("r2", 2, "Improve the quality and timeliness of return home interviews for children who go missing", P),
)
ACTS = (Action("a1", "1.1", "Audit supervision records monthly and report to the improvement board", P),
        Action("a2", "2.1", "Commission an independent provider for return home interviews", P))
LINKS = (Link("a2", "r2", 0.9, "explicit", "plan cites 2"),)
CASE = Case(RECS, ACTS, LINKS, ("r.pdf", "plan.docx"))


def _f(i, text, pol="concern"):
    return Finding(i, None, text, Provenance("letter.pdf", 2), pol)


def test_each_sentence_is_read_with_its_finding_as_the_row():
    """The linker's features per sentence, pooled over the finding: the best sentence counts."""
    rec = Recommendation("r1", 1, "Improve the timeliness of return home interviews for children who go missing", P)
    long = _f("f1", "Leaders have recruited additional staff for the front door. Return home interviews for "
                    "children who go missing are not completed quickly. Caseloads in the safeguarding teams are "
                    "now lower and staff turnover has reduced.")
    ff = finding_features((long,), (rec,))
    assert ff.values.shape == (1, 1, len(ff.names)) and ff.sentences.shape[0] == 3 and ff.owner == (0, 0, 0)
    head = ff.names.index("head_ask")
    assert ff.values[0, 0, head] == ff.sentences[:, 0, head].max() == ff.sentences[1, 0, head] > 0
    assert ff.values[0, 0, ff.names.index("concern")] == 1.0
    [m] = match_findings((long,), Case((rec,), (), (), ("r.pdf",)), MatchOptions(threshold=0.0))
    assert m.evidence.startswith("sentence 2 of 3: shared terms:") and "missing" in m.evidence


def test_rank_and_polarity_features():
    f = _f("f1", "Supervision of casework by managers lacks rigour and management oversight is weak")
    ff = finding_features((f, _f("f2", f.text, "strength")), RECS)
    rank, concern = ff.names.index("head_ask_rank"), ff.names.index("concern")
    assert list(ff.values[0, :, rank]) == [1.0, 0.0]  # r1 is the best ask; r2 shares nothing
    assert list(ff.values[:, 0, concern]) == [1.0, 0.0]
    # A strength finding with the same words scores lower: praise seldom answers a shortfall.
    scores = [m.score for m in match_findings((f, _f("f2", f.text, "strength")), CASE, MatchOptions(threshold=0.0))
              if m.target == "r1"]
    assert scores[0] > scores[1]


def test_the_model_is_shipped_with_how_it_was_made():
    m = load_matcher()
    assert m.name == "finding-matcher" and all(w >= 0 for w in m.coef)
    info = m.info
    assert info["threshold"] == MatchOptions().threshold  # the default is the model's chosen threshold
    assert len(info["councils"]) >= 13 and "pooled" in info["leave_one_council_out"]


def test_options_are_validated():
    for bad in (dict(threshold=1.5), dict(action_threshold=-0.1), dict(max_per_finding=0)):
        with pytest.raises(ValueError):
            MatchOptions(**bad)


def test_options_key_names_the_model_only_with_a_case():
    import extractor.batch.match as match

    assert "matcher=" in match.options_key(MatchOptions())
    assert "matcher=" not in match.options_key(MatchOptions(), with_case=False)


def test_finding_matches_the_right_recommendation_with_evidence():
    ms = match_findings((_f("f1", "Supervision of casework by managers lacks rigour and management oversight is weak"),), CASE)
    recs = [m for m in ms if m.kind == "recommendation"]
    assert recs[0].target == "r1" and "supervision" in recs[0].evidence
    assert all(m.target != "r2" for m in recs)


def test_finding_matches_plan_actions_and_recommendations_on_its_own_text():
    # The action is matched; the recommendation it answers is not reached through it (measured:
    # on the one gold case with a plan that route added only wrong matches).
    ms = match_findings((_f("f1", "An independent provider has been commissioned to deliver them", "strength"),), CASE,
                        MatchOptions(threshold=0.2, action_threshold=0.2))
    assert [m.target for m in ms if m.kind == "action"] == ["a2"]
    assert not any(m.evidence.startswith("via action") for m in ms)


def test_unrelated_finding_matches_nothing():
    assert match_findings((_f("f1", "Foster carers report the pandemic lockdown went well"),), CASE) == ()


def test_no_case_no_matches():
    assert match_findings((_f("f1", "management oversight is weak"),), Case()) == ()


def test_threshold_is_respected():
    f = (_f("f1", "Supervision of casework by managers lacks rigour. Interviews are slow for children who go missing"),)
    every = match_findings(f, CASE, MatchOptions(threshold=0.0, action_threshold=0.0))
    assert {m.kind for m in every} == {"recommendation", "action"}
    for t in (0.05, 0.3, 0.6, 0.9):
        got = match_findings(f, CASE, MatchOptions(threshold=t, action_threshold=t))
        assert got == tuple(m for m in every if m.score >= t)


def test_matching_quality_on_the_gold():
    """The hand-judged finding->recommendation links of corpus/gold/matches (13 councils' letters
    against their reports; 10 of them annotated before any matcher ran on them). A match to a
    recommendation the gold did not judge (an LSCB's) is neither right nor wrong.

    Held out (the figure to quote): leave one council out, the model fitted on the other twelve
    and its threshold chosen by a leave-one-council-out within them. Measured 2026-12-06 with the
    sentence-by-sentence matcher: P=0.61, R(all)=0.56, R(high)=0.75, top-1 0.74. Before it (the
    linker's plan model blended with a TF-IDF of this module's own, its threshold chosen the same
    way): P=0.58, R(all)=0.46, R(high)=0.65, top-1 0.68; at its default of 0.20, P=0.76, R(all)=0.30.
    The shipped model (fitted on all 13, so in-sample here) through the batch worker at the
    default threshold: P=0.63, R(all)=0.58, R(high)=0.75, top-1 0.74.
    Asserted with a margin so extraction or polarity changes elsewhere do not make this flaky."""
    import json
    import sys

    from conftest import ROOT, shared_path

    shared = shared_path()
    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_batch_match import councils, leave_one_council_out, metrics, pooled, predictions, ranking

    preds = []
    for path in sorted((ROOT / "corpus" / "gold" / "matches").glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        for doc in gold["case"]["reports"] + [l["source"] for l in gold["letters"]]:
            shared_path(*doc.split("/"))
        preds += predictions(gold, shared, use_plan=False)
    assert len(preds) >= 320  # nearly every gold finding is still extracted (329)
    m = metrics(preds, MatchOptions().threshold, MatchOptions().max_per_finding)
    assert m["precision"] >= 0.59 and m["recall_all"] >= 0.54 and m["recall_high"] >= 0.7, m
    assert ranking(preds)["top1"] >= 0.7

    cs, names = councils(shared)
    m, r = pooled(leave_one_council_out(cs, names, MatchOptions().max_per_finding))
    assert m["precision"] >= 0.57 and m["recall_all"] >= 0.52 and m["recall_high"] >= 0.7, m
    assert r["top1"] >= 0.7, r


def test_a_batch_without_case_never_loads_the_linker():
    """No case, nothing to match: the matcher, the linker and NumPy stay out of the workers' memory."""
    import subprocess
    import sys

    code = ("import sys; from extractor.batch.worker import LetterWorker; LetterWorker().version_key(); "
            "print('extractor.link' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
