"""Read hand-checked plan gold (schema plan-gold-v1, e.g. ../shared/gold/bucks.json) as the
linker's own input types, so training and evaluation exercise the same code as ``recmap check``."""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from ..document import Provenance
from ..errors import InputError
from ..items import Action, DateSpan, Lead, Recommendation, normalise_text


@dataclass(frozen=True)
class GoldLink:
    action: str  # Action.id
    recommendation: str  # Recommendation.id
    source: str  # explicit | judged
    confidence: str | None = None


@dataclass(frozen=True)
class GoldCase:
    """One plan with the recommendations it answers and the true links between them."""

    name: str
    recommendations: tuple[Recommendation, ...]
    actions: tuple[Action, ...]
    links: tuple[GoldLink, ...]

    def positives(self) -> frozenset[tuple[str, str]]:
        """(action id, recommendation id) of every gold link, explicit or judged."""
        return frozenset((l.action, l.recommendation) for l in self.links)

    def without_refs(self) -> "GoldCase":
        """The same case with the plan's explicit references hidden (for honest evaluation)."""
        return replace(self, actions=tuple(replace(a, refs=(), workstream_refs=()) for a in self.actions))


def load_plan_gold(path: str | Path) -> GoldCase:
    """Build Recommendation/Action objects and gold links from a plan-gold-v1 file.

    Gold ids (``R3``, ``1.3-b``) become the objects' ids so links can be matched directly.
    """
    p = Path(path)
    try:
        data = json.loads(p.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{p}: cannot read gold file ({exc}). Give a plan-gold-v1 JSON file.") from exc
    if data.get("schema") != "plan-gold-v1":
        raise InputError(f"{p}: not a plan-gold-v1 file. Give a file like ../shared/gold/bucks.json.")
    source = data.get("report") or p.name
    recs = tuple(
        Recommendation(id=r["id"], number=r.get("n"), text=r["text"], prov=Provenance(source))
        for r in data["recommendations"]
    )
    actions = []
    for a in data["actions"]:
        d = a.get("date") or {}
        actions.append(Action(
            id=a["id"], row=a.get("row"), text=a["text"], prov=Provenance(data.get("plan") or p.name),
            section=a.get("section"), objective=a.get("objective"),
            refs=tuple(a.get("explicit_refs") or ()), other_refs=tuple(a.get("other_refs") or ()),
            leads_raw=a.get("leads_raw") or "",
            leads=tuple(Lead(l["name"], l.get("kind", "person"), l.get("role")) for l in a.get("leads") or ()),
            date_raw=a.get("date_raw") or "",
            date=DateSpan(d.get("start"), d.get("end"), d.get("status") or "unknown"),
        ))
    links = tuple(GoldLink(l["action"], l["rec"], l.get("source", "judged"), l.get("confidence"))
                  for l in data.get("links", ()))
    return GoldCase(data.get("plan") or p.stem, recs, tuple(actions), links)



def report_path(case_file: str | Path, report: str, corpus: str | Path | None = None) -> Path:
    """Where the report a gold file names (``buckinghamshire-80442/2018-01-29.pdf``) is stored:
    under ``corpus`` if given, else ``../shared/corpus/ofsted-reports`` beside the gold folder."""
    if corpus is not None:
        return Path(corpus) / report
    return Path(case_file).resolve().parents[1] / "corpus" / "ofsted-reports" / report


def with_report_evidence(case: GoldCase, extracted: Sequence[Recommendation]) -> GoldCase:
    """The case with each gold recommendation's ``evidence`` taken from the recommendation
    extracted from the report itself (``extract_recommendations`` attaches the paragraphs the
    report tags "(Recommendation)"). A gold recommendation is matched by number, and only if
    the texts agree (rapidfuzz token-set ratio >= 90), so a misnumbered extraction never lends
    its evidence to the wrong recommendation; unmatched ones keep no evidence."""
    from rapidfuzz import fuzz

    by_number = {r.number: r for r in extracted if r.number is not None}
    recs = []
    for r in case.recommendations:
        x = by_number.get(r.number)
        if x is not None and fuzz.token_set_ratio(normalise_text(x.text), normalise_text(r.text)) >= 90:
            r = replace(r, evidence=x.evidence)
        recs.append(r)
    return replace(case, recommendations=tuple(recs))


def without_evidence(case: GoldCase) -> GoldCase:
    """The case with every recommendation's evidence removed (as for a report that tags none)."""
    return replace(case, recommendations=tuple(replace(r, evidence=()) for r in case.recommendations))


def load_plan_gold_with_evidence(path: str | Path, corpus: str | Path | None = None) -> GoldCase:
    """:func:`load_plan_gold` plus the report's evidence paragraphs (see :func:`with_report_evidence`).

    Reads the report PDF the gold names; raises :class:`InputError` when it is not there."""
    from ..extract.recommendations import extract_recommendations
    from ..ingest import load_document

    case = load_plan_gold(path)
    data = json.loads(Path(path).read_text("utf-8"))
    pdf = report_path(path, data.get("report") or "", corpus)
    if not data.get("report") or not pdf.is_file():
        raise InputError(f"{pdf}: the report named by {path} is not there, so its evidence cannot be "
                         "attached. Give the corpus folder, or evaluate without evidence.")
    extracted = extract_recommendations(load_document(str(pdf))).recommendations
    return with_report_evidence(case, extracted)
