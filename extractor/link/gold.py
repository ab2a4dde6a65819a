"""Read hand-checked plan gold (schema plan-gold-v1, e.g. ../shared/gold/bucks.json) as the
linker's own input types, so training and evaluation exercise the same code as ``recmap check``."""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from ..document import Provenance
from ..errors import InputError
from ..items import Action, DateSpan, Lead, Recommendation


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

