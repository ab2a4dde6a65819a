"""Read hand-checked plan gold (schema plan-gold-v1) as the linker's own input types, so training
and evaluation exercise the same code as ``recmap check``.

Three layouts of the schema are read:

- ``../shared/gold/bucks.json``: actions cite recommendations by number (``explicit_refs``);
- ``../shared/gold/wberks.json``: actions sit under workstreams and improvement commitments;
  a workstream lists its "related Ofsted recommendations" (``workstream_related_recs``), the
  commitment is the action's objective, the commitment id its plan row;
- ``corpus/gold/coverage/<set>/*.json``: fictional plans written to test coverage, with the
  status each recommendation should get (``expected``) and how the plan was built to test it
  (``design``: deliberately unanswered, passing mentions, partly answered, orphan actions,
  mis-cited rows).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..document import Provenance
from ..errors import InputError
from ..items import Action, DateSpan, Lead, Recommendation


@dataclass(frozen=True)
class GoldLink:
    action: str  # Action.id
    recommendation: str  # Recommendation.id
    source: str  # explicit | workstream | judged
    confidence: str | None = None


@dataclass(frozen=True)
class GoldCase:
    """One plan with the recommendations it answers and the true links between them."""

    name: str
    recommendations: tuple[Recommendation, ...]
    actions: tuple[Action, ...]
    links: tuple[GoldLink, ...]
    kind: str = "real"  # real | fictional (figures of the two are never pooled)
    report: str = ""  # the report answered, as a path under ../shared/corpus/ofsted-reports
    plan: str = ""  # the plan document, as the gold names it
    expected: dict = field(default_factory=dict, compare=False)  # rec id -> covered | weak | uncovered
    design: dict = field(default_factory=dict, compare=False)

    def positives(self) -> frozenset[tuple[str, str]]:
        """(action id, recommendation id) of every gold link."""
        return frozenset((l.action, l.recommendation) for l in self.links)

    def cited(self) -> frozenset[str]:
        """Ids of the actions whose plan row cites a recommendation (by number or workstream)."""
        return frozenset(a.id for a in self.actions if a.refs or a.workstream_refs)

    def without_refs(self) -> "GoldCase":
        """The same case with the plan's explicit references hidden (for honest evaluation)."""
        return replace(self, actions=tuple(replace(a, refs=(), workstream_refs=()) for a in self.actions))

    def without_actions(self, gone: set[str]) -> "GoldCase":
        """The case less some actions (and their gold links)."""
        return replace(self, actions=tuple(a for a in self.actions if a.id not in gone),
                       links=tuple(l for l in self.links if l.action not in gone))


def _action(a: dict, plan: str, number: dict[str, int | None]) -> Action:
    d = a.get("date") or {}
    workstream = tuple(n for n in (number.get(r) for r in a.get("workstream_related_recs") or ()) if n is not None)
    return Action(
        id=a["id"], row=a.get("row") or a.get("commitment_id"), text=a["text"], prov=Provenance(plan),
        section=a.get("section") or a.get("workstream_title"), objective=a.get("objective") or a.get("commitment"),
        refs=tuple(a.get("explicit_refs") or ()), other_refs=tuple(a.get("other_refs") or ()),
        workstream_refs=workstream, leads_raw=a.get("leads_raw") or "",
        leads=tuple(Lead(l["name"], l.get("kind", "person"), l.get("role")) for l in a.get("leads") or ()),
        date_raw=a.get("date_raw") or "", date=DateSpan(d.get("start"), d.get("end"), d.get("status") or "unknown"),
    )


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
    try:
        source = data.get("report") or p.name
        plan = data.get("plan") or p.name
        recs = tuple(Recommendation(id=r["id"], number=r.get("n"), text=r["text"], prov=Provenance(source))
                     for r in data["recommendations"])
        number = {r.id: r.number for r in recs}
        actions = tuple(_action(a, plan, number) for a in data["actions"])
        # A mis-cited row's printed number stays in its refs but is not a link; its true link is
        # listed as judged (with "miscited": true), so every listed link is a true one.
        links = tuple(GoldLink(l["action"], l["rec"], l.get("source", "judged"), l.get("confidence"))
                      for l in data.get("links", ()))
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"gold file is incomplete (missing or malformed {exc})",
                         'Each recommendation needs "id" and "text", each action "id" and "text", each link '
                         '"action" and "rec".', str(p)) from exc
    kind = "fictional" if "expected" in data else "real"
    return GoldCase(Path(plan).name if kind == "fictional" else p.stem, recs, actions, links, kind, source, plan,
                    dict(data.get("expected", {})), dict(data.get("design", {})))


# The fictional coverage sets (corpus/gold/coverage/<set>) the linker is trained and evaluated on.
# A new set stays out of this list until its first contact is recorded (a sealed set).
OPEN_SETS: tuple[str, ...] = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf", "bg", "bh")


def plan_gold_files(shared: Path | None, root: Path, sets: tuple[str, ...] = OPEN_SETS) -> list[Path]:
    """Every plan gold file there is: the real plans in ``shared``/gold (when the shared folder
    is there) and the project's fictional coverage plans (``corpus/gold/coverage/<set>``)."""
    out = []
    if shared is not None:
        out += [p for p in (shared / "gold" / "bucks.json", shared / "gold" / "wberks.json") if p.exists()]
    for s in sets:
        out += sorted((root / "corpus" / "gold" / "coverage" / s).glob("*.json"))
    return out
