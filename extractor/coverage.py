"""Coverage: which recommendations the plan's actions address, and what needs attention.

Status per recommendation, from the links :func:`extractor.link.link` proposed:

- ``covered``: an explicit link (the plan cites it), a reviewer link, or a *primary* link
  scoring at least ``settings.covered_threshold``;
- ``weak``: only suggestions - similarity or workstream links below ``covered_threshold``, or
  links that are secondary for their action;
- ``uncovered``: nothing proposed at all.

A link is *primary* when its score is within ``settings.covered_margin`` of the best score among
its action's links (an explicit or reviewer link counts as 1.0). Recommendations compete for
each action: an action usually answers one recommendation, and a plan that dropped every
action for recommendation 6 still has actions that resemble it as a side match (placements for
looked-after children, say, aimed at another recommendation). Such side matches make the
recommendation ``weak`` - worth a look - never ``covered``.

Problems per action: ``no lead``, ``no date``, ``overdue`` (end date before ``as_of`` and not
complete) and ``orphan`` (the action is linked to no recommendation).
"""
from __future__ import annotations

from datetime import date
from typing import Sequence

from .items import Action, CoverageItem, CoverageResult, Link, Problem, Recommendation
from .settings import DEFAULT, Settings

# Bases that state a link rather than estimate one: they cover whatever their score.
AUTHORITATIVE = frozenset({"explicit", "reviewer"})


def action_best_scores(links: Sequence[Link]) -> dict[str, float]:
    """Action id -> the best score among its links (explicit and reviewer links count as 1.0)."""
    best: dict[str, float] = {}
    for l in links:
        s = 1.0 if l.basis in AUTHORITATIVE else l.score
        best[l.action] = max(best.get(l.action, 0.0), s)
    return best


def is_primary(link: Link, action_best: dict[str, float], settings: Settings = DEFAULT) -> bool:
    """Whether ``link`` is among its action's best links (within ``covered_margin``)."""
    if link.basis in AUTHORITATIVE:
        return True
    return link.score >= action_best.get(link.action, link.score) - settings.covered_margin - 1e-9


def recommendation_status(links: Sequence[Link], settings: Settings = DEFAULT,
                          action_best: dict[str, float] | None = None) -> str:
    """covered / weak / uncovered for one recommendation's links.

    ``action_best`` (from :func:`action_best_scores` over *all* links) lets a link be judged
    against its action's other links; without it every link counts as primary.
    """
    best = action_best if action_best is not None else {}
    if any(l.basis in AUTHORITATIVE or (l.score >= settings.covered_threshold and is_primary(l, best, settings))
           for l in links):
        return "covered"
    if any(l.score >= settings.suggest_threshold or l.basis == "workstream" for l in links):
        return "weak"
    return "uncovered"


def action_problems(action: Action, as_of: date | None = None) -> tuple[str, ...]:
    """Warnings for one action: no lead, no date, overdue (only when ``as_of`` is given)."""
    out = []
    if not action.leads and not action.leads_raw.strip():
        out.append("no lead")
    d = action.date
    if d.end is None and d.start is None and d.status in ("unknown", "tbc"):
        out.append("no date")
    if as_of is not None and d.end and d.status != "complete":
        try:
            if date.fromisoformat(d.end) < as_of:
                out.append("overdue")
        except ValueError:
            out.append("no date")  # an unparseable end date cannot be tracked
    return tuple(out)


def coverage(recommendations: Sequence[Recommendation], actions: Sequence[Action],
             links: Sequence[Link], settings: Settings = DEFAULT,
             as_of: date | None = None) -> CoverageResult:
    """Coverage of each recommendation by ``links`` plus warnings about ``actions``."""
    by_rec: dict[str, list[Link]] = {r.id: [] for r in recommendations}
    linked_actions: set[str] = set()
    for l in links:
        if l.recommendation in by_rec:
            by_rec[l.recommendation].append(l)
            linked_actions.add(l.action)
    action_best = action_best_scores([l for l in links if l.recommendation in by_rec])
    items = []
    for r in recommendations:
        ls = sorted(by_rec[r.id], key=lambda l: (l.basis not in AUTHORITATIVE, -l.score))
        items.append(CoverageItem(
            recommendation=r.id,
            status=recommendation_status(ls, settings, action_best),
            best_score=round(max((l.score for l in ls), default=0.0), 4),
            actions=tuple(dict.fromkeys(l.action for l in ls)),
        ))
    orphans = tuple(a.id for a in actions if a.id not in linked_actions)
    problems = []
    for a in actions:
        problems.extend(Problem(a.id, p) for p in action_problems(a, as_of))
        if a.id not in linked_actions:
            problems.append(Problem(a.id, "orphan"))
    return CoverageResult(tuple(items), orphans, tuple(problems))
