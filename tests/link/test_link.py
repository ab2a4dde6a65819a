from __future__ import annotations

from dataclasses import replace

from extractor.link import link
from extractor.link.evaluate import BASELINE
from extractor.settings import Settings

from linkcases import act, rec, small_case  # noqa: F401 (fixture)


def test_explicit_reference_is_its_own_basis(small_case):
    recs, acts = small_case
    acts = (replace(acts[2], refs=(3,)),) + acts[:2]
    links = link(recs, acts, model=BASELINE)
    ex = [l for l in links if l.basis == "explicit"]
    assert [(l.action, l.recommendation, l.score) for l in ex] == [("A3", "R3", 1.0)]
    assert ex[0].evidence.startswith("cites Ofsted recommendation 3")


def test_similarity_links_carry_checkable_evidence(small_case):
    recs, acts = small_case
    links = link(recs, acts, Settings(suggest_threshold=0.05, covered_threshold=0.6), model=BASELINE)
    a1 = [l for l in links if l.action == "A1"]
    assert a1[0].recommendation == "R1" and a1[0].basis == "similarity"
    assert "care leavers" in a1[0].evidence and a1[0].evidence.startswith("shared terms:")
    # best first per action, never more than the configured number of suggestions
    for aid in ("A1", "A2", "A3"):
        scores = [l.score for l in links if l.action == aid]
        assert scores == sorted(scores, reverse=True) and len(scores) <= 3


def test_threshold_limits_suggestions(small_case):
    recs, acts = small_case
    loose = link(recs, acts, Settings(suggest_threshold=0.0, covered_threshold=0.5, suggest_relative=0.0),
                 model=BASELINE)
    assert len(loose) == 9  # every pair, at most three per action
    cut = sorted(l.score for l in loose)[5]
    strict = link(recs, acts, Settings(suggest_threshold=cut, covered_threshold=max(cut, 0.5),
                                       suggest_relative=0.0), model=BASELINE)
    assert strict and all(l.score >= cut for l in strict) and len(strict) < len(loose)
    # the relative floor drops an action's matches far below its best one
    rel = link(recs, acts, Settings(suggest_threshold=0.0, covered_threshold=0.5, suggest_relative=0.9),
               model=BASELINE)
    for l in rel:
        best = max(x.score for x in rel if x.action == l.action)
        assert l.score >= 0.9 * best


def test_explicit_refs_resolve_to_the_primary_source_only():
    recs = (rec("R1", 1, "Improve supervision of social workers."),
            rec("L1", 1, "Improve the timeliness of health assessments.", source="letter.pdf"))
    acts = (act("A1", "Audit timeliness of health assessments.", refs=(1,)),)
    links = link(recs, acts, model=BASELINE)
    ex = [l for l in links if l.basis == "explicit"]
    assert [(l.recommendation) for l in ex] == ["R1"]


def test_workstream_lists_become_links_but_not_every_pair():
    recs = (rec("R1", 1, "Ensure care leavers have full information about their health histories."),
            rec("R2", 2, "Improve management oversight and supervision of social workers."),
            rec("R3", 3, "Review procedures for unaccompanied asylum-seeking children."))
    # One workstream lists recommendations 1 and 2 for all three of its actions.
    acts = (act("A1", "Give care leavers a health passport with their health history.", "1.1", workstream=(1, 2)),
            act("A2", "Team managers record supervision and management oversight on files.", "1.2",
                workstream=(1, 2)),
            act("A3", "Refresh the leaving care offer and health passports.", "1.3", workstream=(1, 2)))
    links = link(recs, acts, model=BASELINE)
    ws = {(l.action, l.recommendation) for l in links if l.basis == "workstream"}
    assert ("A1", "R1") in ws and ("A2", "R2") in ws  # each listed recommendation reaches its best action
    assert ("A2", "R1") not in ws  # a listed recommendation the action does not resemble is left out
    assert all(r != "R3" for _, r in ws)  # only what the workstream lists
    ev = next(l.evidence for l in links if (l.action, l.recommendation) == ("A1", "R1"))
    assert ev.startswith("its workstream lists Ofsted recommendation 1") and "care leavers" in ev


def test_workstream_refs_do_not_repeat_explicit_ones(small_case):
    recs, acts = small_case
    acts = (replace(acts[0], refs=(1,), workstream_refs=(1,)),) + acts[1:]
    links = link(recs, acts, model=BASELINE)
    assert [(l.recommendation, l.basis) for l in links if l.action == "A1"][0] == ("R1", "explicit")
    assert not any(l.basis == "workstream" for l in links)


def test_nothing_to_link_gives_no_links(small_case):
    recs, acts = small_case
    assert link((), acts) == () and link(recs, ()) == ()


def test_degenerate_inputs_do_not_fail():
    one = (rec("R1", None, "Improve supervision."),)  # type: ignore[arg-type]
    blank = (rec("R1", 1, ""), rec("R2", 2, "..."))
    acts = (act("A1", "Supervision audits."), act("A2", ""))
    assert link(one, acts, model=BASELINE)[0].recommendation == "R1"
    for l in link(blank, acts, model=BASELINE):
        assert 0.0 <= l.score <= 1.0
    # a recommendation without a number can never be the target of a numbered reference
    assert all(l.basis != "explicit" for l in link(one, (act("A1", "x", refs=(1,)),), model=BASELINE))


def test_reference_agreement_uses_the_plans_references_as_truth(small_case):
    from extractor.link.evaluate import reference_agreement

    recs, acts = small_case
    right = [replace(acts[0], refs=(1,)), replace(acts[1], workstream_refs=(2, 3)), acts[2]]
    ag = reference_agreement(recs, right, BASELINE)
    assert (ag.n_actions, ag.top1, ag.top3, ag.mean_cited, ag.n_recommendations) == (2, 1.0, 1.0, 1.5, 3)
    # the scorer never sees the references: citing the wrong recommendation is a miss
    wrong = [replace(acts[0], refs=(3,)), replace(acts[1], refs=(1,))]
    assert reference_agreement(recs, wrong, BASELINE).top1 == 0.0
    # a row citing only a number the report does not have is not counted
    assert reference_agreement(recs, [replace(acts[0], refs=(9,))], BASELINE).n_actions == 0
    assert reference_agreement(recs, right, BASELINE, use_workstream=False).n_actions == 1
