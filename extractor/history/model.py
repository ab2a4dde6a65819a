"""What the history stage passes around: documents of a council's history, their items, repeats.

A :class:`HistoryDocument` is one Ofsted report or letter as the history records it: the council
it names (never its folder), its date, kind and framework, and its :class:`HistoryItem` s -
recommendations of a report, a letter's areas for priority action and for improvement, and
statements that earlier areas still stand (carry-overs). A :class:`Repeat` says that a later
item asks what an earlier item of the same council asked.

Built from the batch runner's :class:`~extractor.batch.model.LetterResult` by
:func:`document_from_result`; written to and read from SQLite by :mod:`.db`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..document import Provenance
from ..items import Recommendation, stable_id

ItemKind = Literal["recommendation", "improvement", "priority", "carry-over"]
DocKind = Literal["report", "letter"]
RepeatBasis = Literal["similarity", "carry-over"]


@dataclass(frozen=True)
class HistoryItem:
    """One thing a report or letter asks the council to do."""

    id: str  # the extractor's recommendation id and the file's (item_id), or a carry-over's own
    kind: ItemKind
    text: str
    prov: Provenance
    number: int | None = None  # as printed, else the position among the document's items
    label: str | None = None
    group: str | None = None  # as the extractor read it (priority, improvement, immediately, ...)
    addressee: str = "local authority"  # or LSCB / safeguarding partners
    themes: tuple[str, ...] = ()
    # A carry-over: which earlier areas it says still stand ("priority" or "improvement") and
    # the date or month of the inspection or visit it names, when it names one.
    carries: str | None = None
    refers_to: str | None = None

    @property
    def page(self) -> int | None:
        return self.prov.page

    def as_recommendation(self) -> Recommendation:
        """The item as the linker's recommendation (the earlier side of a repeat)."""
        return Recommendation(self.id, self.number, self.text, self.prov, self.label, self.group, self.addressee)


@dataclass(frozen=True)
class HistoryDocument:
    """One report or letter of a council's history."""

    id: str  # the first 16 hex digits of the file's sha256: one document per distinct file content
    source: str  # path as found under the folder given
    sha256: str
    kind: DocKind
    framework: str | None  # SIF, ILACS, ILACS-short, pre-2013, focused-visit, JTAI, monitoring-visit, ...
    letter_kind: str | None  # focused-visit, jtai, monitoring-visit, ... (letters only)
    council: str | None  # as the document names it
    council_key: str | None  # the same for every way of writing one council
    council_basis: str | None  # where it was read (title, introduction, cover, ...)
    date: str | None  # ISO: the letter's date, or the end of the inspection a report describes
    pages: int | None
    items: tuple[HistoryItem, ...] = ()

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    def describe(self) -> str:
        """"2014 report", "2021 focused visit": how a person names the document in a sentence."""
        what = "report" if self.kind == "report" else (self.framework or self.letter_kind or "letter")
        what = {"JTAI": "joint targeted area inspection", "focused-visit": "focused visit",
                "monitoring-visit": "monitoring visit"}.get(what, what)
        return f"{self.year} {what}" if self.year else what


@dataclass(frozen=True)
class Repeat:
    """A later item that asks what an earlier item of the same council asked."""

    item: str  # the later item's id
    earlier: str  # the earlier item's id
    earlier_document: str  # the earlier document's id
    score: float  # 0..1
    evidence: str  # short human-readable reason
    basis: RepeatBasis = "similarity"


@dataclass(frozen=True)
class FailedFile:
    """An input file the history could not record, and why."""

    source: str
    sha256: str
    error: str


def item_kind(doc_kind: str, group: str | None) -> ItemKind:
    """A report's items are recommendations; a letter's are areas for priority action or improvement."""
    if doc_kind == "report":
        return "recommendation"
    return "priority" if group == "priority" else "improvement"


def item_id(recommendation_id: str, sha256: str) -> str:
    """An item's id in the history: the extractor's recommendation id (content-derived) and the
    file's, so two documents asking the very same list never share an id."""
    return f"{recommendation_id}~{sha256[:6]}"


def recommendation_id(item: "HistoryItem") -> str:
    """The extractor's id of the recommendation an item was read as."""
    return item.id.split("~", 1)[0]


def carry_over_id(text: str, sha256: str) -> str:
    return stable_id("C", text, sha256, length=10)


def describe_item(doc: HistoryDocument, item: HistoryItem) -> str:
    """"the 2014 report, recommendation 3": where a person finds the item."""
    noun = {"recommendation": "recommendation", "improvement": "area for improvement",
            "priority": "area for priority action", "carry-over": "carry-over"}[item.kind]
    num = f" {item.number}" if item.number is not None and item.kind != "carry-over" else ""
    return f"the {doc.describe()}, {noun}{num}"
