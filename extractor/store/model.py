"""What the store hands out: documents, revisions, decisions and the reviewed state of a case."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..items import Action, Recommendation

LinkState = Literal["confirmed", "suggested", "rejected"]
RecStatus = Literal["covered", "suspect", "justified", "suggested", "uncovered"]


@dataclass(frozen=True)
class StoredDocument:
    id: int
    sha256: str
    path: str
    role: str  # report | plan
    size: int
    loaded_at: str


@dataclass(frozen=True)
class Revision:
    id: int
    plan: StoredDocument
    reports: tuple[StoredDocument, ...]
    loaded_at: str
    note: str | None


@dataclass(frozen=True)
class Decision:
    """One line of the append-only log. ``action`` is None for justified/reopen/comment on a recommendation."""

    id: int
    kind: str  # accept | reject | add | justified | reopen | comment
    recommendation: str
    action: str | None
    reviewer: str
    at: str  # UTC ISO 8601
    reason: str
    revision: int


@dataclass(frozen=True)
class ReviewedLink:
    """An action-recommendation pair of the current revision and where review has left it.

    ``state``: confirmed (accepted, added, or the plan's own explicit reference), suggested
    (the linker's proposal, nobody has looked), rejected. ``suspect`` means the deciding
    decision was taken about an earlier wording of the action or recommendation.
    """

    recommendation: str
    action: str
    state: LinkState
    score: float
    basis: str  # explicit | similarity | workstream | reviewer | ...
    evidence: str
    decision: Decision | None = None
    suspect: bool = False
    suspect_why: str = ""

    @property
    def reviewed(self) -> bool:
        return self.decision is not None


@dataclass(frozen=True)
class RemovedLink:
    """A decision about an action that is no longer in the plan ("action removed")."""

    recommendation: str
    action: str
    action_text: str
    decision: Decision


@dataclass(frozen=True)
class RecReview:
    """One recommendation with its review status and links, best first."""

    recommendation: Recommendation
    status: RecStatus
    links: tuple[ReviewedLink, ...]
    removed: tuple[RemovedLink, ...] = ()
    justification: Decision | None = None
    comments: tuple[Decision, ...] = ()
    suspect_text: bool = False  # the recommendation's own wording changed since a decision

    @property
    def confirmed(self) -> tuple[ReviewedLink, ...]:
        return tuple(l for l in self.links if l.state == "confirmed")

    @property
    def unreviewed(self) -> tuple[ReviewedLink, ...]:
        return tuple(l for l in self.links if l.state == "suggested")

    @property
    def needs_review(self) -> bool:
        """Anything suspect; otherwise, unless justified, unreviewed suggestions or no cover at all."""
        if self.suspect_text or any(l.suspect for l in self.links):
            return True
        if self.status == "justified":
            return False
        return self.status == "uncovered" or any(l.state == "suggested" for l in self.links)

    @property
    def best_score(self) -> float:
        scores = [l.score for l in self.links if l.state != "rejected"]
        return max(scores, default=0.0)


@dataclass(frozen=True)
class CaseState:
    """The current revision of a case as review has left it."""

    revision: Revision
    recommendations: tuple[RecReview, ...]
    actions: tuple[Action, ...]
    n_decisions: int

    def rec(self, rec_id: str) -> RecReview:
        for r in self.recommendations:
            if r.recommendation.id == rec_id:
                return r
        raise KeyError(rec_id)

    def action(self, action_id: str) -> Action:
        for a in self.actions:
            if a.id == action_id:
                return a
        raise KeyError(action_id)

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in ("covered", "suspect", "justified", "suggested", "uncovered")}
        for r in self.recommendations:
            out[r.status] += 1
        return out
