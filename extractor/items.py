"""Plain frozen dataclasses passed between stages: what extraction finds, what linking proposes,
and what a whole check produces (:class:`CheckResult`, which the renderers read).

Ids are derived from content (normalised text), not position, so that a revised plan or a
re-run produces the same id for the same recommendation or action and review decisions
stay attached to it (see :func:`stable_id`).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .document import Provenance
from .settings import DEFAULT, Settings

Polarity = Literal["strength", "concern", "mixed"]
DateStatus = Literal["dated", "immediate", "ongoing", "complete", "tbc", "unknown"]
LeadKind = Literal["person", "role", "team", "organisation"]


def normalise_text(text: str) -> str:
    """Lower-case, unify quotes and dashes, drop punctuation and collapse whitespace."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    t = re.sub(r"[^\w\s]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def stable_id(prefix: str, *parts: str, length: int = 8) -> str:
    """A short id from the normalised content of ``parts`` (same text -> same id)."""
    h = hashlib.sha1("\x1f".join(normalise_text(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{h[:length]}"


@dataclass(frozen=True)
class Evidence:
    page: int | None
    text: str


@dataclass(frozen=True)
class Recommendation:
    id: str
    number: int | None
    text: str
    prov: Provenance
    label: str | None = None  # as printed: "1.", "a)", "•" ...
    group: str | None = None  # priority | improvement | immediately | three months | ... | None
    addressee: str = "local authority"  # or "LSCB" / "safeguarding partners"
    evidence: tuple[Evidence, ...] = ()
    # The sub-heading the item sits under in its section ("Police", "Response to children
    # living with neglect"), as printed, or None.
    agency: str | None = None
    # Whether the report ties paragraphs to its recommendations: "found" | "not found" |
    # "not tied by this report" | "not tied by this framework" (see extract/evidence.py).
    evidence_status: str | None = None

    @property
    def page(self) -> int | None:
        return self.prov.page


@dataclass(frozen=True)
class CarryOver:
    """A letter's statement that areas for priority action or improvement set at an earlier
    inspection or visit still stand: a reference to earlier items, never a new recommendation."""

    text: str
    prov: Provenance
    kind: str  # priority | improvement
    refers_to: str | None = None  # ISO date of the earlier inspection or visit, when printed in full
    refers_to_raw: str | None = None  # the earlier event as printed ("the ILACS inspection in September 2018")
    refers_to_month: str | None = None  # "YYYY-MM" when the letter prints only the month and year

    @property
    def page(self) -> int | None:
        return self.prov.page

    @property
    def carried_from(self) -> str:
        """The earlier event's date for a reader: the ISO date, else its ISO month, else
        "an earlier inspection or visit"."""
        return self.refers_to or self.refers_to_month or "an earlier inspection or visit"


@dataclass(frozen=True)
class Finding:
    id: str
    label: str | None
    text: str
    prov: Provenance
    polarity: Polarity = "mixed"
    section: str | None = None  # the letter heading it sits under ("Key strengths"), as printed

    @property
    def page(self) -> int | None:
        return self.prov.page


@dataclass(frozen=True)
class Lead:
    name: str
    kind: LeadKind
    role: str | None = None


@dataclass(frozen=True)
class DateSpan:
    start: str | None  # ISO YYYY-MM-DD
    end: str | None
    status: DateStatus


@dataclass(frozen=True)
class Action:
    id: str
    row: str | None
    text: str
    prov: Provenance
    section: str | None = None
    objective: str | None = None
    refs: tuple[int, ...] = ()
    other_refs: tuple[str, ...] = ()  # non-Ofsted sources cited, as printed
    workstream_refs: tuple[int, ...] = ()
    # words of a recommendation the plan quotes to cite it, as printed (a "Link to Ofsted" cell
    # holding "meaningful direct work"); the linker turns a quote found in exactly one
    # recommendation into a reference (extractor.link.quoted_refs)
    ref_quotes: tuple[str, ...] = ()
    leads_raw: str = ""
    leads: tuple[Lead, ...] = ()
    date_raw: str = ""
    date: DateSpan = field(default_factory=lambda: DateSpan(None, None, "unknown"))
    rag: str | None = None
    status_update: str | None = None

    @property
    def page(self) -> int | None:
        return self.prov.page


@dataclass(frozen=True)
class Link:
    action: str  # action id
    recommendation: str  # recommendation id
    score: float
    basis: str  # explicit | workstream | similarity | reviewer
    evidence: str
    asks: tuple[int, ...] = ()  # 0-based indices of the recommendation's asks the action speaks to
    passing: bool = False  # the action only mentions the recommendation's subject on the way
    # An explicit link's score from the action's text alone (its ``score`` is the plan's word, 1.0).
    text_score: float | None = None
    # An explicit reference the action's text does not support: the recommendation the text
    # reads like instead, and the action's text score for it.
    reads_like: str | None = None
    reads_like_score: float | None = None

    @property
    def weak_reference(self) -> bool:
        return self.reads_like is not None


@dataclass(frozen=True)
class AskCoverage:
    """One ask of a recommendation (:mod:`extractor.extract.asks`) and the actions aimed at it."""

    text: str
    status: Literal["covered", "weak", "uncovered"]
    actions: tuple[str, ...] = ()
    best_score: float = 0.0
    # False for an ask that only qualifies the one before it (settings.ask_own_weight): shown,
    # but the recommendation is covered without an action aimed at it.
    required: bool = True


@dataclass(frozen=True)
class CoverageItem:
    recommendation: str
    status: Literal["covered", "weak", "uncovered", "justified"]
    best_score: float
    actions: tuple[str, ...] = ()
    asks: tuple[AskCoverage, ...] = ()


@dataclass(frozen=True)
class Problem:
    """A warning about an action (no lead, no date, overdue, orphan, weak reference)."""

    action: str
    problem: str
    # A weak reference names the recommendation cited, the one the text reads like, and the
    # action's text scores for both.
    recommendation: str | None = None
    reads_like: str | None = None
    score: float | None = None
    reads_like_score: float | None = None


@dataclass(frozen=True)
class CoverageResult:
    """Coverage per recommendation (input order), orphan action ids, and action problems.

    Made by :func:`extractor.coverage.coverage`; a reviewed case's statuses (``suggested``,
    ``suspect``, ``justified``) come from :func:`extractor.store.case_to_check_result`."""

    items: tuple[CoverageItem, ...]
    orphans: tuple[str, ...]
    problems: tuple[Problem, ...]

    def status(self, recommendation_id: str) -> str:
        for item in self.items:
            if item.recommendation == recommendation_id:
                return item.status
        raise KeyError(recommendation_id)

    def counts(self) -> dict[str, int]:
        """Number of recommendations per status (for summaries)."""
        out = {"covered": 0, "weak": 0, "uncovered": 0}
        for item in self.items:
            out[item.status] = out.get(item.status, 0) + 1
        return out


@dataclass(frozen=True)
class SourceInfo:
    """One document recommendations were read from."""

    source: str
    kind: str | None
    framework: str | None
    n_recommendations: int
    # Recommendations of this document addressed to the safeguarding board and left out of the
    # check (``recmap check`` without ``--board``).
    n_board_left_out: int = 0


@dataclass(frozen=True)
class EarlierAsk:
    """An earlier item of the same council that a checked recommendation asks again: a
    recommendation of an earlier report or an area for action of an earlier letter, from a
    recommendation history (``recmap check --history``, :mod:`extractor.history`)."""

    recommendation: str  # the checked recommendation's id
    item: str  # the earlier item's id in the history
    source: str  # the earlier document
    describes: str  # "the 2014 report, recommendation 3"
    text: str
    score: float
    evidence: str


@dataclass(frozen=True)
class CheckResult:
    """What `recmap check` found: the items, their links and coverage, and where they came from.

    Made by :func:`extractor.pipeline.run_check` (and, for a reviewed case, by
    :func:`extractor.store.case_to_check_result`); read by the renderers in :mod:`extractor.report`.
    """

    recommendations: tuple[Recommendation, ...]
    actions: tuple[Action, ...]
    links: tuple[Link, ...]
    coverage: CoverageResult
    sources: tuple[SourceInfo, ...]
    plan: str
    as_of: date | None
    settings: Settings = field(default=DEFAULT)
    use_references: bool = True  # False: judged by content alone (recmap check --ignore-references)
    # With a recommendation history (recmap check --history FILE): the history's path, and the
    # earlier asks each recommendation repeats.
    history: str | None = None
    earlier_asks: tuple[EarlierAsk, ...] = ()

    def recommendation(self, rec_id: str) -> Recommendation:
        return self._recs_by_id()[rec_id]

    def action(self, action_id: str) -> Action:
        return self._actions_by_id()[action_id]

    def _recs_by_id(self) -> dict[str, Recommendation]:
        return {r.id: r for r in self.recommendations}

    def _actions_by_id(self) -> dict[str, Action]:
        return {a.id: a for a in self.actions}

    def asked_before(self, rec_id: str) -> list[EarlierAsk]:
        """The earlier asks a recommendation repeats, the most alike first."""
        return sorted((e for e in self.earlier_asks if e.recommendation == rec_id), key=lambda e: -e.score)

    def links_for_recommendation(self, rec_id: str) -> list[Link]:
        return sorted((l for l in self.links if l.recommendation == rec_id), key=lambda l: -l.score)
