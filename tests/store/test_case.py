"""Importing revisions, recording decisions and the reviewed state derived from the log."""
from __future__ import annotations

from casekit import fresh_db, files, loaded  # noqa: F401  (pytest fixtures)

from dataclasses import replace

import pytest

from extractor.errors import UsageError
from extractor.store import CaseStore

from casekit import ACTION_TEXTS, action, links_for, rec


def test_import_round_trips_every_field(loaded):
    store, recs, acts = loaded
    state = store.state()
    assert [r.recommendation for r in state.recommendations] == recs
    assert list(state.actions) == acts


def test_reloading_the_same_files_is_a_no_op(loaded, files):
    store, recs, acts = loaded
    report, plan, _ = files
    again = store.import_revision(plan, [report], recs, acts, links_for(recs, acts))
    assert not again.new_revision and again.revision == 1
    assert len(store.revisions()) == 1
    assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_unreviewed_suggestions_are_not_coverage(loaded):
    store, recs, _ = loaded
    st_ = {r.recommendation.id: r for r in store.state().recommendations}
    assert st_[recs[0].id].status == "covered"  # the plan's own explicit reference
    assert st_[recs[0].id].links[0].basis == "explicit" and not st_[recs[0].id].links[0].reviewed
    assert st_[recs[1].id].status == "suggested"
    assert all(l.state == "suggested" and not l.reviewed for l in st_[recs[1].id].links)


def test_accept_reject_add_justify_and_latest_decision_wins(loaded):
    store, recs, acts = loaded
    store.decide("accept", recs[1].id, acts[1].id, "Ann", "health histories")
    store.decide("reject", recs[2].id, acts[3].id, "Ann", "newsletter is not an interview")
    store.decide("reject", recs[2].id, acts[2].id, "Ann")
    store.decide("accept", recs[2].id, acts[2].id, "Bob", "changed my mind: the provider does the interviews")
    store.decide("add", recs[0].id, acts[3].id, "Bob", "newsletter explains escalation")
    s = store.state()
    r1, r2, r3 = (s.rec(r.id) for r in recs)
    assert r2.status == "covered" and r2.confirmed[0].decision.reviewer == "Ann"
    assert r3.status == "covered"
    by_action = {l.action: l for l in r3.links}
    assert by_action[acts[2].id].state == "confirmed" and by_action[acts[2].id].decision.reviewer == "Bob"
    assert by_action[acts[3].id].state == "rejected"
    assert r3.links[-1].state == "rejected"  # rejected links sort last
    added = {l.action: l for l in r1.links}[acts[3].id]
    assert added.state == "confirmed" and added.basis == "reviewer"
    assert [d.kind for d in store.decisions()] == ["accept", "reject", "reject", "accept", "add"]


def test_rejecting_the_explicit_link_uncovers(loaded):
    store, recs, acts = loaded
    store.decide("reject", recs[0].id, acts[0].id, "Ann", "the plan cites the wrong recommendation")
    assert store.state().rec(recs[0].id).status == "uncovered"


def test_justified_and_reopened(loaded):
    store, recs, acts = loaded
    store.decide("reject", recs[2].id, acts[2].id, "Ann")
    store.decide("reject", recs[2].id, acts[3].id, "Ann")
    assert store.state().rec(recs[2].id).status == "uncovered"
    store.decide("justified", recs[2].id, None, "Ann", "the partnership's missing protocol covers it")
    r = store.state().rec(recs[2].id)
    assert r.status == "justified" and "protocol" in r.justification.reason
    store.decide("reopen", recs[2].id, None, "Bob", "protocol withdrawn")
    assert store.state().rec(recs[2].id).status == "uncovered"


def test_comments_are_kept_and_do_not_change_status(loaded):
    store, recs, _ = loaded
    store.decide("comment", recs[1].id, None, "Ann", "ask the leaving care team")
    r = store.state().rec(recs[1].id)
    assert r.status == "suggested" and r.comments[0].reason == "ask the leaving care team"


@pytest.mark.parametrize("kind,action_i,reviewer,reason,match", [
    ("approve", 0, "Ann", "", "unknown decision"),
    ("accept", 0, "  ", "", "reviewer"),
    ("justified", None, "Ann", " ", "needs a reason"),
    ("accept", None, "Ann", "", "needs an action"),
])
def test_invalid_decisions_are_refused(loaded, kind, action_i, reviewer, reason, match):
    store, recs, acts = loaded
    with pytest.raises(UsageError, match=match):
        store.decide(kind, recs[0].id, acts[action_i].id if action_i is not None else None, reviewer, reason)
    assert store.decisions() == []


def test_unknown_ids_are_refused(loaded):
    store, recs, acts = loaded
    with pytest.raises(UsageError, match="not in the current revision"):
        store.decide("accept", "Rnope", acts[0].id, "Ann")
    with pytest.raises(UsageError, match="not in the current revision"):
        store.decide("accept", recs[0].id, "Anope", "Ann")


def test_decision_timestamps_are_utc_iso(loaded):
    store, recs, acts = loaded
    d = store.decide("accept", recs[1].id, acts[1].id, "Ann")
    assert d.at.endswith("+00:00") and d.at[4] == "-" and "T" in d.at


def test_justification_outranks_earlier_and_unreviewed_links(loaded):
    store, recs, acts = loaded
    # recommendation 1 is covered by the plan's own (unreviewed) reference ...
    assert store.state().rec(recs[0].id).status == "covered"
    store.decide("justified", recs[0].id, None, "Ann", "the plan cites it, but nothing in the row addresses it")
    assert store.state().rec(recs[0].id).status == "justified"  # ... until a reviewer says otherwise
    store.decide("accept", recs[0].id, acts[0].id, "Bob", "on reflection the audit does address it")
    assert store.state().rec(recs[0].id).status == "covered"  # a later acceptance wins
