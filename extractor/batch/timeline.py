"""Per-recommendation timelines across letters, and new concerns.

Letters are ordered by the date printed on them (``LetterResult.date``: the letter date read
from the text, never the file name, or for an inspection report the end of its inspection
dates); undated letters come last, by path. For each recommendation of the
case and each letter, the findings that match it decide what that letter says:

- ``concern``: at least one matching finding is a concern;
- ``mixed``: matching findings are mixed, or strengths and concerns together;
- ``progress``: only strengths match;
- ``not mentioned``: nothing matches.

Compared with the letter before, an entry reads as "concern raised", "concern persists",
"progress seen", "mixed" or "no longer mentioned"; the recommendation's overall ``trend`` is
the reading of the latest letter that mentions it, or "no longer mentioned" when later letters
are silent about it, or "never mentioned".

A letter that says the areas for priority action (or for improvement) set earlier still stand
(a carry-over, :class:`~extractor.items.CarryOver`) carries over every recommendation of that
group (priority, or any other): with no finding about it, the letter's entry is ``carried over``
and reads "carried over from <date>"; with findings, they decide and the entry still names the
carry-over (``carried_over_from``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

from ..items import CarryOver, Finding, Recommendation
from .concerns import is_context_statement
from .model import Case, LetterResult

Said = Literal["concern", "mixed", "progress", "carried over", "not mentioned"]


@dataclass(frozen=True)
class LetterRef:
    """The few facts about a letter the timeline needs (not its findings)."""

    relpath: str
    date: str | None  # LetterResult.date: letter date, else end of the visit or inspection
    kind: str | None
    output: str  # the per-letter JSON file, relative to OUTDIR


@dataclass(frozen=True)
class MentionedFinding:
    finding: Finding
    score: float
    evidence: str


@dataclass(frozen=True)
class TimelineEntry:
    letter: LetterRef
    said: Said
    # concern raised | concern persists | progress seen | mixed | carried over from <date> |
    # no longer mentioned | not mentioned
    reading: str
    findings: tuple[MentionedFinding, ...]
    carried_over_from: str | None = None  # the letter carries this recommendation over (CarryOver.carried_from)


@dataclass(frozen=True)
class Timeline:
    recommendation: Recommendation
    entries: tuple[TimelineEntry, ...]
    trend: str


@dataclass(frozen=True)
class NewConcern:
    letter: LetterRef
    finding: Finding


def letter_order_key(res: LetterResult | LetterRef) -> tuple:
    """Dated letters first, oldest first; then undated ones by path."""
    return (res.date is None, res.date or "", res.relpath)


def _said(findings: Iterable[Finding]) -> Said:
    pols = {f.polarity for f in findings}
    if not pols:
        return "not mentioned"
    if "concern" in pols and "strength" not in pols and "mixed" not in pols:
        return "concern"
    if pols == {"strength"}:
        return "progress"
    if "concern" in pols:
        return "concern" if len(pols) == 1 else "mixed"
    return "mixed"


def _reading(said: Said, before: Said | None, mentioned_before: bool) -> str:
    if said == "not mentioned":
        return "no longer mentioned" if mentioned_before else "not mentioned"
    if said == "concern":
        return "concern persists" if before in ("concern", "mixed") else "concern raised"
    if said == "progress":
        return "progress seen"
    return "mixed"


def build_timelines(case: Case, letters: Iterable[tuple[LetterResult, LetterRef]]) -> tuple[Timeline, ...]:
    """One :class:`Timeline` per recommendation of ``case`` over the successfully read letters."""
    ordered = sorted(((r, ref) for r, ref in letters if r.ok), key=lambda t: letter_order_key(t[1]))
    out = []
    for rec in case.recommendations:
        entries: list[TimelineEntry] = []
        last_said: Said | None = None
        mentioned = False
        for res, ref in ordered:
            by_id = {f.id: f for f in res.findings}
            hits = [MentionedFinding(by_id[m.finding], m.score, m.evidence)
                    for m in sorted(res.matches, key=lambda m: -m.score)
                    if m.kind == "recommendation" and m.target == rec.id and m.finding in by_id
                    and not is_context_statement(by_id[m.finding].text)]  # context says nothing of progress
            said = _said(h.finding for h in hits)
            carried = next((c.carried_from for c in res.carry_overs if _carries(c, rec)), None)
            if said == "not mentioned" and carried is not None:
                said, reading = "carried over", f"carried over from {carried}"
            else:
                reading = _reading(said, last_said, mentioned)
            entries.append(TimelineEntry(ref, said, reading, tuple(hits), carried))
            if said != "not mentioned":
                mentioned = True
                last_said = said
        out.append(Timeline(rec, tuple(entries), _trend(entries)))
    return tuple(out)


def _carries(c: CarryOver, rec: Recommendation) -> bool:
    """A carry-over of the areas for priority action covers the priority recommendations; one of
    the areas for improvement covers the others."""
    return (rec.group == "priority") == (c.kind == "priority")


def _trend(entries: list[TimelineEntry]) -> str:
    said = [e for e in entries if e.said != "not mentioned"]
    if not said:
        return "never mentioned"
    if said[-1] is not entries[-1]:
        return "no longer mentioned"
    return said[-1].reading


def new_concerns(letters: Iterable[tuple[LetterResult, LetterRef]]) -> tuple[NewConcern, ...]:
    """Concern findings matching no recommendation or action, newest letter first."""
    items = [(ref, f) for res, ref in letters for f in res.new_concerns]
    items.sort(key=lambda t: t[0].relpath)
    # Stable and reverse-stable: newest date first, undated ("") last, reading order kept.
    items.sort(key=lambda t: t[0].date or "", reverse=True)
    return tuple(NewConcern(ref, f) for ref, f in items)
