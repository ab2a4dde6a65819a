"""What the batch stage passes around: one :class:`LetterResult` per input file.

A result holds the letter's findings and recommendations (stage dataclasses from
:mod:`extractor.items`) and, when a case is given, the :class:`Match` es from each finding to
the case's recommendations and actions. It never holds the :class:`~extractor.document.Document`
itself, so a batch's memory does not grow with the size of the letters it has read.

:func:`letter_to_json` / :func:`letter_from_json` are the only places that deal in dicts; the
per-letter output file and the cache entry are both this JSON form. The findings and
recommendations in it are written and read by :mod:`extractor.codec`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from .. import codec
from ..extract.council import Council, council_key
from ..items import Action, CarryOver, Finding, Link, Recommendation
from .concerns import is_context_statement

TargetKind = Literal["recommendation", "action"]
SCHEMA = "recmap-batch-letter-v1"


@dataclass(frozen=True)
class Case:
    """What letters are checked against: recommendations, plan actions and the links between them."""

    recommendations: tuple[Recommendation, ...] = ()
    actions: tuple[Action, ...] = ()
    links: tuple[Link, ...] = ()  # action -> recommendation, as the linker proposed them
    sources: tuple[str, ...] = ()  # the report(s) and plan the case was read from
    council: Council | None = None  # the council the case is about (its report's, else its plan's)

    @property
    def empty(self) -> bool:
        return not self.recommendations and not self.actions

    def fingerprint(self) -> str:
        """Content key of the case (ids are content hashes), so cached links follow the case."""
        parts = [r.id for r in self.recommendations] + [a.id for a in self.actions]
        parts += [f"{l.action}>{l.recommendation}:{l.score:.4f}" for l in self.links]
        if self.council is not None:
            parts.append(f"council={self.council.key}|{self.council.name}")
        return ",".join(parts)


@dataclass(frozen=True)
class Match:
    """A finding of a letter that speaks to a recommendation or an action of the case."""

    finding: str  # finding id
    target: str  # recommendation or action id
    kind: TargetKind
    score: float  # 0..1
    evidence: str  # short human-readable reason (shared words and concepts)


@dataclass(frozen=True)
class VisitSpan:
    raw: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class LetterResult:
    """Everything the batch keeps about one input file (or why it could not be read)."""

    source: str  # path as found under the batch folder
    relpath: str  # path relative to the batch folder (names the output file)
    sha256: str
    kind: str | None = None
    letter_date: str | None = None  # ISO, read from the letter's text
    visit: VisitSpan | None = None
    n_pages: int | None = None
    findings: tuple[Finding, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    matches: tuple[Match, ...] = ()
    case_used: bool = False  # matches were computed against a case
    council: Council | None = None  # the council the letter is about, as it names it
    # Why the letter is about another council than the case's ("names Cambridgeshire County
    # Council; the case is Buckinghamshire County Council"); None when the same or unknown.
    other_council: str | None = None
    error: str | None = None
    seconds: float = field(default=0.0, compare=False)  # time to read it; not saved (outputs are deterministic)
    cached: bool = field(default=False, compare=False)
    # The failure may not recur (a crashed reader, memory): do not cache it, retry next run.
    transient: bool = field(default=False, compare=False)
    # Statements that areas for action set earlier still stand (never recommendations).
    carry_overs: tuple[CarryOver, ...] = ()
    # The inspection framework (SIF, ILACS, focused-visit, JTAI, ...) when the worker reads it
    # (``recmap history`` does; the letter worker leaves it None and the field is then not written).
    framework: str | None = None

    @property
    def date(self) -> str | None:
        """The date the document speaks from, for ordering: the letter date printed on it, else
        the end of the visit or inspection it reports (reports print no letter date)."""
        return self.letter_date or (self.visit.end if self.visit else None)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def set_aside(self) -> bool:
        """About another council and so not checked against the case (no links, not in the
        timelines or new concerns); with ``--other-councils include`` such a letter is linked."""
        return self.other_council is not None and not self.case_used

    def matches_of(self, finding_id: str) -> list[Match]:
        return sorted((m for m in self.matches if m.finding == finding_id), key=lambda m: -m.score)

    @property
    def new_concerns(self) -> tuple[Finding, ...]:
        """Concern findings that match no recommendation or action of the case (none without a
        case). A finding that only states what the visit is (:mod:`.concerns`) is no concern."""
        if not self.case_used:
            return ()
        matched = {m.finding for m in self.matches}
        return tuple(f for f in self.findings if f.polarity == "concern" and f.id not in matched
                     and not is_context_statement(f.text))

    def with_cached(self, cached: bool) -> "LetterResult":
        return replace(self, cached=cached)


def letter_to_json(res: LetterResult, case: Case | None = None) -> dict:
    """The per-letter output document (also the cache entry).

    Findings are listed new concerns first, then in reading order; each carries its matches.
    With a ``case``, matches also name the recommendation number / action row for readers.
    """
    recs = {r.id: r for r in case.recommendations} if case else {}
    acts = {a.id: a for a in case.actions} if case else {}
    new = {f.id for f in res.new_concerns}
    order = sorted(range(len(res.findings)), key=lambda i: (res.findings[i].id not in new, i))

    def match_json(m: Match) -> dict:
        d = {"kind": m.kind, "id": m.target, "score": round(m.score, 4), "evidence": m.evidence}
        if m.kind == "recommendation" and m.target in recs:
            d["number"] = recs[m.target].number
        if m.kind == "action" and m.target in acts:
            d["row"] = acts[m.target].row
        return d

    findings = []
    for i in order:
        f = res.findings[i]
        findings.append({
            "order": i, **codec.finding_to_dict(f), "new_concern": f.id in new,
            "provenance": codec.provenance_to_dict(f.prov), "matches": [match_json(m) for m in res.matches_of(f.id)],
        })
    return {
        "schema": SCHEMA,
        "source": res.source,
        "relpath": res.relpath,
        "sha256": res.sha256,
        "kind": res.kind,
        "letter_date": res.letter_date,
        # As `recmap findings` prints them: the span as printed, plus ISO start and end.
        "visit_dates": res.visit.raw if res.visit else None,
        "visit_start": res.visit.start if res.visit else None,
        "visit_end": res.visit.end if res.visit else None,
        "pages": res.n_pages,
        **council_to_json(res.council),
        "other_council": res.other_council,
        "case": res.case_used,
        "findings": findings,
        "new_concerns": [f.id for f in res.new_concerns] if res.case_used else None,
        "recommendations": [codec.recommendation_to_dict(r, provenance=True) for r in res.recommendations],
        "carry_overs": [codec.carry_over_to_dict(c, provenance=True) for c in res.carry_overs],
        **({"framework": res.framework} if res.framework is not None else {}),
        "error": res.error,
        # No timing here: the same inputs must give byte-identical outputs (issue 16).
    }


def letter_json_text(res: LetterResult, case: Case | None = None) -> str:
    """:func:`letter_to_json` as text. Compact on purpose: json's C encoder only runs without
    ``indent``, and the parent process serialises every result of a batch (~5x faster)."""
    import json

    return json.dumps(letter_to_json(res, case), ensure_ascii=False) + "\n"


def letter_from_json(d: dict) -> LetterResult:
    """Rebuild a :class:`LetterResult` from :func:`letter_to_json` output (cache reads)."""
    if d.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} document")
    src = d["source"]
    findings, matches = [], []
    for f in d.get("findings", []):
        findings.append(codec.finding_from_dict(f, file=src))
        matches += [Match(f["id"], m["id"], m["kind"], float(m["score"]), m.get("evidence", ""))
                    for m in f.get("matches", [])]
    # The JSON lists new concerns first; restore reading order so a re-read equals the original.
    order = [f.get("order", i) for i, f in enumerate(d.get("findings", []))]
    findings = [f for _, f in sorted(zip(order, findings), key=lambda t: t[0])]
    recs = tuple(codec.recommendation_from_dict(r, file=src) for r in d.get("recommendations", []))
    carried = tuple(codec.carry_over_from_dict(c, file=src) for c in d.get("carry_overs") or ())
    raw, start, end = d.get("visit_dates"), d.get("visit_start"), d.get("visit_end")
    return LetterResult(
        source=src, relpath=d["relpath"], sha256=d["sha256"], kind=d.get("kind"),
        letter_date=d.get("letter_date"), visit=VisitSpan(raw or "", start, end) if (raw or start) else None,
        n_pages=d.get("pages"), findings=tuple(findings), recommendations=recs, carry_overs=carried,
        matches=tuple(matches),
        case_used=bool(d.get("case")), council=council_from_json(d), other_council=d.get("other_council"),
        error=d.get("error"), seconds=float(d.get("seconds") or 0.0), framework=d.get("framework"),
    )


def council_to_json(c: Council | None) -> dict:
    """The JSON fields of a document's council: ``council`` (as the document names it),
    ``council_key``, ``urn`` and where it was read (``council_basis``, ``council_page``)."""
    if c is None:
        return {"council": None, "council_key": None, "urn": None, "council_basis": None, "council_page": None}
    return {"council": c.name, "council_key": c.key, "urn": c.urn, "council_basis": c.basis, "council_page": c.page}


def council_from_json(d: dict) -> Council | None:
    if not d.get("council"):
        return None
    return Council(d["council"], d.get("council_key") or council_key(d["council"]), d.get("urn"), d.get("council_basis") or "", d.get("council_page"))
