"""Plain frozen dataclasses passed between stages: what extraction finds, what linking proposes.

Ids are derived from content (normalised text), not position, so that a revised plan or a
re-run produces the same id for the same recommendation or action and review decisions
stay attached to it (see :func:`stable_id`).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Literal

from .document import Provenance

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

    @property
    def page(self) -> int | None:
        return self.prov.page


@dataclass(frozen=True)
class Finding:
    id: str
    label: str | None
    text: str
    prov: Provenance
    polarity: Polarity = "mixed"

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


@dataclass(frozen=True)
class CoverageItem:
    recommendation: str
    status: Literal["covered", "weak", "uncovered", "justified"]
    best_score: float
    actions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """A warning about an action (no lead, no date, overdue, orphan)."""

    action: str
    problem: str


def to_dict(obj) -> dict:
    """JSON-ready dict of an item; provenance flattened to page/table/row fields."""
    d = asdict(obj)
    prov = d.pop("prov", None)
    if prov is not None:
        d.setdefault("page", prov["page"])
        d["provenance"] = prov
    return d
