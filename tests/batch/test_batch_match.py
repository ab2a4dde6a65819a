"""Finding -> recommendation/action scoring used when a batch has a case."""
from __future__ import annotations

from extractor.batch.match import MatchOptions, match_findings, terms
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


def test_terms_fold_plurals_and_drop_stopwords():
    assert terms("The Children's assessments are not timely") == ["assessment"]


def test_finding_matches_the_right_recommendation_with_evidence():
    ms = match_findings((_f("f1", "Supervision of casework by managers lacks rigour and management oversight is weak"),), CASE)
    recs = [m for m in ms if m.kind == "recommendation"]
    assert recs[0].target == "r1" and "supervision" in recs[0].evidence
    assert all(m.target != "r2" for m in recs)


def test_finding_reaches_recommendation_through_a_linked_action():
    ms = match_findings((_f("f1", "A new independent provider has been commissioned", "strength"),), CASE)
    assert any(m.kind == "action" and m.target == "a2" for m in ms)
    via = [m for m in ms if m.kind == "recommendation" and m.target == "r2"]
    assert via and via[0].evidence.startswith("via action 2.1")


def test_unrelated_finding_matches_nothing():
    assert match_findings((_f("f1", "Foster carers report the pandemic lockdown went well"),), CASE) == ()


def test_no_case_no_matches():
    assert match_findings((_f("f1", "management oversight is weak"),), Case()) == ()


def test_threshold_is_respected():
    f = (_f("f1", "Supervision of casework by managers lacks rigour and management oversight is weak"),)
    assert match_findings(f, CASE, MatchOptions(threshold=1.0)) == ()
