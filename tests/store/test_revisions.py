"""A revised plan keeps decisions for unchanged actions, carries them to edited ones as suspect,
and leaves recommendations of removed actions visibly uncovered."""
from __future__ import annotations

from casekit import fresh_db, files, loaded  # noqa: F401  (pytest fixtures)

from extractor.store import CaseStore
from extractor.store.lineage import match_revised, action_scope

from casekit import ACTION_TEXTS, action, links_for, rec, revised_plan_file


def _revise(store, tmp_path, recs, acts, links, content=b"plan v2"):
    plan2 = revised_plan_file(tmp_path / "plan-v2.docx", content)
    report = store.latest_revision().reports[0]
    from extractor.store import DocumentFile

    return store.import_revision(plan2, [DocumentFile(report.path, report.sha256, report.size)], recs, acts, links)


def test_unchanged_action_keeps_its_decision(loaded, tmp_path):
    store, recs, acts = loaded
    store.decide("accept", recs[1].id, acts[1].id, "Ann", "yes")
    summary = _revise(store, tmp_path, recs, acts, links_for(recs, acts))
    assert summary.new_revision and summary.revision == 2 and summary.unchanged_actions == 4
    link = store.state().rec(recs[1].id).confirmed[0]
    assert link.decision.reviewer == "Ann" and not link.suspect
    assert store.state().rec(recs[1].id).status == "covered"


def test_edited_action_carries_the_decision_as_suspect(loaded, tmp_path):
    store, recs, acts = loaded
    store.decide("accept", recs[1].id, acts[1].id, "Ann", "yes")
    edited = action("1.2", "Practice", "Introduce a care leavers' offer setting out entitlements, health "
                                       "histories and housing.")
    new_acts = [acts[0], edited, acts[2], acts[3]]
    summary = _revise(store, tmp_path, recs, new_acts, links_for(recs, new_acts))
    assert summary.edited_actions == 1 and summary.removed_actions == 0
    r = store.state().rec(recs[1].id)
    assert r.status == "suspect"
    link = r.confirmed[0]
    assert link.action == edited.id and link.suspect and "text changed" in link.suspect_why
    # a new decision about the new wording clears the flag
    store.decide("accept", recs[1].id, edited.id, "Bob", "still right")
    r = store.state().rec(recs[1].id)
    assert r.status == "covered" and not r.confirmed[0].suspect


def test_edit_matched_within_row_not_to_a_similar_action_elsewhere(loaded, tmp_path):
    _, _, acts = loaded
    old = [action("3.1", "A", "Review the missing protocol with partners."),
           action("4.1", "B", "Review the missing protocol with partners and schools.")]
    new = [action("3.1", "A", "Review the missing protocol with police partners."),
           action("4.1", "B", "Publish the missing protocol.")]
    m = {x.new_id: x.old_id for x in match_revised(old, new, local=0.6, global_=0.85, scope=action_scope)}
    assert m[new[0].id] == old[0].id
    assert new[1].id not in m or m[new[1].id] == old[1].id


def test_removed_action_leaves_its_recommendation_uncovered(loaded, tmp_path):
    store, recs, acts = loaded
    store.decide("accept", recs[1].id, acts[1].id, "Ann", "yes")
    new_acts = [acts[0], acts[2], acts[3]]
    summary = _revise(store, tmp_path, recs, new_acts,
                      [l for l in links_for(recs, acts) if l.action != acts[1].id])
    assert summary.removed_actions == 1
    r = store.state().rec(recs[1].id)
    assert r.status == "uncovered"
    assert r.removed and r.removed[0].action == acts[1].id and "care leavers" in r.removed[0].action_text
    # the decision itself is still in the log
    assert [d.action for d in store.decisions()] == [acts[1].id]


def test_removed_explicitly_cited_action_is_shown(loaded, tmp_path):
    store, recs, acts = loaded
    new_acts = acts[1:]
    _revise(store, tmp_path, recs, new_acts, [l for l in links_for(recs, acts) if l.action != acts[0].id])
    r = store.state().rec(recs[0].id)
    assert r.status == "uncovered" and r.removed[0].decision.reviewer == "the plan"


def test_decisions_follow_two_edits(loaded, tmp_path):
    store, recs, acts = loaded
    store.decide("accept", recs[2].id, acts[2].id, "Ann")
    e1 = action("2.1", "Missing", "Commission an independent provider to carry out return home interviews quickly.")
    _revise(store, tmp_path, recs, [acts[0], acts[1], e1, acts[3]], [], b"v2")
    e2 = action("2.1", "Missing", "Commission an independent provider to carry out all return home interviews quickly.")
    _revise(store, tmp_path, recs, [acts[0], acts[1], e2, acts[3]], [], b"v3")
    r = store.state().rec(recs[2].id)
    assert r.status == "suspect" and r.confirmed[0].action == e2.id
    assert len(store.revisions()) == 3


def test_edited_recommendation_marks_links_suspect(loaded, tmp_path):
    store, recs, acts = loaded
    store.decide("accept", recs[1].id, acts[1].id, "Ann")
    r2 = rec(2, "Ensure that care leavers receive their health histories and fully know their entitlements.")
    new_recs = [recs[0], r2, recs[2]]
    summary = _revise(store, tmp_path, new_recs, acts, links_for(new_recs, acts))
    assert summary.edited_recommendations == 1
    r = store.state().rec(r2.id)
    assert r.status == "suspect" and r.suspect_text


def test_justification_of_an_edited_recommendation_is_flagged(loaded, tmp_path):
    store, recs, acts = loaded
    store.decide("justified", recs[2].id, None, "Ann", "covered by the partnership plan")
    r3 = rec(3, "Strengthen the quality and timeliness of return home interviews for children who go missing.")
    new_recs = [recs[0], recs[1], r3]
    _revise(store, tmp_path, new_recs, acts, [])
    r = store.state().rec(r3.id)
    assert r.justification is not None and r.suspect_text
