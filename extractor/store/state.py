"""Derive the reviewed state of a case from its revisions and the decision log (pure functions).

Nothing in the database is ever updated: the state shown to a reviewer is recomputed from the
log each time. The latest decision about a pair wins. Decisions follow edited items through
the ``lineage`` of each revision; a decision that reaches the current revision that way is
*suspect* until someone decides again about the new wording.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from ..items import Action, Recommendation
from .model import Decision, RecReview, RemovedLink, ReviewedLink, Revision, CaseState

PAIR_KINDS = ("accept", "reject", "add")
JUSTIFY_KINDS = ("justified", "reopen")


@dataclass(frozen=True)
class Forward:
    """Where a historical id is now: ``current`` id, and the lowest similarity crossed on the way
    (1.0 when the text never changed)."""

    current: str
    similarity: float

    @property
    def changed(self) -> bool:
        return self.similarity < 1.0


@dataclass(frozen=True)
class SuggestionRow:
    action: str
    recommendation: str
    score: float
    basis: str
    evidence: str


def forward_map(ids_per_revision: Sequence[set[str]],
                lineage_per_revision: Sequence[Mapping[str, tuple[str, float]]]) -> dict[str, Forward]:
    """Map every id ever seen to its id in the last revision; ids of removed items are absent.

    ``lineage_per_revision[i]`` maps an old id (revision i-1) to ``(new id, similarity)`` in revision i.
    """
    m: dict[str, Forward] = {}
    for ids, lineage in zip(ids_per_revision, lineage_per_revision):
        nxt: dict[str, Forward] = {}
        for hist, fw in m.items():
            if fw.current in ids:
                nxt[hist] = fw
            elif fw.current in lineage:
                new_id, sim = lineage[fw.current]
                nxt[hist] = Forward(new_id, min(fw.similarity, sim))
        for i in ids:
            nxt[i] = Forward(i, 1.0)
        m = nxt
    return m


def derive_state(revision: Revision, recs: Sequence[Recommendation], actions: Sequence[Action],
                 suggestions: Iterable[SuggestionRow], decisions: Sequence[Decision],
                 action_fw: Mapping[str, Forward], rec_fw: Mapping[str, Forward],
                 removed_text: Mapping[str, str],
                 previous_explicit: Iterable[SuggestionRow] = ()) -> CaseState:
    """The current revision's recommendations with link states and statuses (see :class:`RecReview`).

    ``removed_text`` gives the last known text of actions that are no longer in the plan;
    ``previous_explicit`` the plan's own references in the previous revision, so a removed action
    that used to cover a recommendation is still shown beside it.
    """
    pairs: dict[tuple[str, str], SuggestionRow] = {(s.recommendation, s.action): s for s in suggestions}
    latest_pair: dict[tuple[str, str], tuple[Decision, float]] = {}
    latest_just: dict[str, Decision] = {}
    comments: dict[str, list[Decision]] = {}
    removed: dict[tuple[str, str], Decision] = {}
    rec_changed: set[str] = set()
    for d in sorted(decisions, key=lambda d: d.id):
        r = rec_fw.get(d.recommendation)
        if r is None:
            continue  # the recommendation itself is gone (a revised report)
        if d.kind == "comment":
            comments.setdefault(r.current, []).append(d)
            continue
        if d.kind in JUSTIFY_KINDS:
            latest_just[r.current] = d
            if r.changed:  # justified against an earlier wording of the recommendation
                rec_changed.add(r.current)
            continue
        a = action_fw.get(d.action or "")
        if a is None:
            removed[(r.current, d.action or "")] = d
            continue
        sim = min(r.similarity, a.similarity)
        if r.changed:
            rec_changed.add(r.current)
        latest_pair[(r.current, a.current)] = (d, sim)

    by_rec: dict[str, list[ReviewedLink]] = {r.id: [] for r in recs}
    for key in set(pairs) | set(latest_pair):
        rec_id, act_id = key
        if rec_id not in by_rec:
            continue
        s = pairs.get(key)
        score, basis, evidence = (s.score, s.basis, s.evidence) if s else (0.0, "reviewer", "added by a reviewer")
        hit = latest_pair.get(key)
        if hit is None:
            state = "confirmed" if basis == "explicit" else "suggested"
            by_rec[rec_id].append(ReviewedLink(rec_id, act_id, state, score, basis, evidence))
            continue
        d, sim = hit
        state = "rejected" if d.kind == "reject" else "confirmed"
        if d.kind == "add" and s is None:
            basis, evidence = "reviewer", d.reason or f"added by {d.reviewer}"
        suspect = sim < 1.0
        why = f"text changed since {d.reviewer} decided (similarity {sim:.2f}): review again" if suspect else ""
        by_rec[rec_id].append(ReviewedLink(rec_id, act_id, state, score, basis, evidence, d, suspect, why))

    for s in previous_explicit:
        r = rec_fw.get(s.recommendation)
        if r is not None and s.action not in action_fw and (r.current, s.action) not in removed:
            removed[(r.current, s.action)] = Decision(0, "accept", s.recommendation, s.action, "the plan",
                                                      "", "explicit reference in the previous plan", 0)

    out = []
    for rec in recs:
        links = sorted(by_rec[rec.id], key=lambda l: (l.state == "rejected", -l.score, l.action))
        just = latest_just.get(rec.id)
        just = just if just is not None and just.kind == "justified" else None
        confirmed = [l for l in links if l.state == "confirmed"]
        if just is not None:
            # a reviewer's justification outranks the plan's own unreviewed references and any
            # acceptance made before it; only a link accepted after it covers the recommendation
            confirmed = [l for l in confirmed if l.decision is not None and l.decision.id > just.id]
        if any(not l.suspect for l in confirmed):
            status = "covered"
        elif confirmed:
            status = "suspect"
        elif just is not None:
            status = "justified"
        elif any(l.state == "suggested" for l in links):
            status = "suggested"
        else:
            status = "uncovered"
        gone = tuple(RemovedLink(rec.id, a, removed_text.get(a, ""), d)
                     for (r_id, a), d in sorted(removed.items()) if r_id == rec.id and d.kind != "reject")
        out.append(RecReview(rec, status, tuple(links), gone, just, tuple(comments.get(rec.id, ())),
                             rec.id in rec_changed))
    return CaseState(revision, tuple(out), tuple(actions), len(decisions))
