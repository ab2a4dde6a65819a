"""Link plan actions to the recommendations they address.

Public API (stable; ``recmap check``, the review store and batch call it):

- :func:`link` proposes action-recommendation links with a score, a basis and evidence.
- :func:`score_pairs` returns the full :class:`ScoreMatrix` (for evaluation and heat maps).
- :func:`load_model` (the trained model recmap ships) / :func:`extractor.link.training.train` for models.

Three bases, in order of authority:

``explicit``
    The plan cites the recommendation by number for this action's row (``Action.refs``).
``workstream``
    The action's workstream lists the recommendation among its "related Ofsted
    recommendations" (``Action.workstream_refs``, e.g. West Berkshire's plan). A workstream
    lists several recommendations for many actions, so not every pair is proposed: each action
    keeps the listed recommendations it matches at the suggestion level (and always its best
    listed one), and every listed recommendation is attached to at least the workstream action
    that matches it best, so the plan's mapping shows in coverage.
``similarity``
    The model's score is at least ``settings.suggest_threshold`` and at least
    ``settings.suggest_relative`` times the action's best score; at most
    ``settings.max_suggestions_per_action`` per action.

Numbers and several sources: when recommendations come from several sources (a report and a
later letter) their numbers collide, so ``refs`` and ``workstream_refs`` resolve to the
*primary* source only - the ``prov.file`` of the first recommendation given. Recommendations
from the other sources are linked by similarity alone.
"""
from __future__ import annotations

from typing import Sequence

from ..items import Action, Link, Recommendation
from ..settings import DEFAULT, Settings
from .model import LinkerModel, load_model
from .scorer import ScoreMatrix, score_pairs

__all__ = ["link", "score_pairs", "ScoreMatrix", "LinkerModel", "load_model",
           "explicit_targets", "workstream_targets"]


def _primary_numbers(recommendations: Sequence[Recommendation]) -> dict[int, str]:
    """Recommendation number -> id, for the primary (first) source only."""
    if not recommendations:
        return {}
    primary = recommendations[0].prov.file
    by_number: dict[int, str] = {}
    for r in recommendations:
        if r.prov.file == primary and r.number is not None:
            by_number.setdefault(r.number, r.id)
    return by_number


def explicit_targets(recommendations: Sequence[Recommendation],
                     actions: Sequence[Action]) -> dict[str, tuple[str, ...]]:
    """Action id -> ids of the primary-source recommendations its ``refs`` cite."""
    by_number = _primary_numbers(recommendations)
    return {a.id: tuple(dict.fromkeys(by_number[n] for n in a.refs if n in by_number)) for a in actions}


def workstream_targets(recommendations: Sequence[Recommendation],
                       actions: Sequence[Action]) -> dict[str, tuple[str, ...]]:
    """Action id -> ids of the primary-source recommendations its workstream lists
    (less those the action cites explicitly)."""
    by_number = _primary_numbers(recommendations)
    out = {}
    for a in actions:
        own = {by_number[n] for n in a.refs if n in by_number}
        out[a.id] = tuple(dict.fromkeys(by_number[n] for n in a.workstream_refs
                                        if n in by_number and by_number[n] not in own))
    return out


def _workstream_pairs(sm: ScoreMatrix, workstream: dict[str, tuple[str, ...]],
                      floor: dict[str, float]) -> dict[str, list[str]]:
    """Which listed (action, recommendation) pairs to propose; see the module docstring."""
    keep: dict[str, list[str]] = {}
    best_action: dict[str, tuple[float, str]] = {}
    for aid, listed in workstream.items():
        if not listed:
            continue
        scored = sorted(((sm.score(aid, r), r) for r in listed), key=lambda t: (-t[0], listed.index(t[1])))
        keep[aid] = [r for k, (s, r) in enumerate(scored) if k == 0 or s >= floor[aid]]
        for s, r in scored:
            if r not in best_action or s > best_action[r][0]:
                best_action[r] = (s, aid)
    for r, (_, aid) in best_action.items():
        if r not in keep[aid]:
            keep[aid].append(r)
    return keep


def link(recommendations: Sequence[Recommendation], actions: Sequence[Action],
         settings: Settings = DEFAULT, model: LinkerModel | None = None,
         matrix: ScoreMatrix | None = None) -> tuple[Link, ...]:
    """Every proposed action-recommendation link, actions in input order, best first per action.

    ``score`` is 1.0 for explicit links (the plan's own statement) and the model's probability
    otherwise; explicit evidence still reports the text similarity so a mis-citation shows.
    Pass a precomputed ``matrix`` (from :func:`score_pairs`) to avoid scoring twice.
    """
    from .evidence import shared_terms, similarity_evidence

    if not recommendations or not actions:
        return ()
    sm = matrix or score_pairs(recommendations, actions, model=model)
    number = {r.id: r.number for r in recommendations}
    explicit = explicit_targets(recommendations, actions)
    floor = {}
    for a in actions:
        ranked = sm.ranked(a.id)
        floor[a.id] = max(settings.suggest_threshold,
                          settings.suggest_relative * (ranked[0][1] if ranked else 0.0))
    workstream = _workstream_pairs(sm, workstream_targets(recommendations, actions), floor)
    links: list[Link] = []
    for i, a in enumerate(actions):
        proposed: list[Link] = []
        for rid in explicit.get(a.id, ()):
            sim = sm.score(a.id, rid)
            proposed.append(Link(a.id, rid, 1.0, "explicit",
                                 f"cites Ofsted recommendation {number[rid]}; text similarity {sim:.2f}"))
        taken = {l.recommendation for l in proposed}
        for rid in workstream.get(a.id, ()):
            if rid in taken:
                continue
            terms = shared_terms(sm.features, i, sm.recommendation_ids.index(rid))
            why = f"its workstream lists Ofsted recommendation {number[rid]}"
            proposed.append(Link(a.id, rid, sm.score(a.id, rid), "workstream",
                                 why + ("; shared terms: " + ", ".join(terms) if terms else "")))
            taken.add(rid)
        n_sim = 0
        for rid, s in sm.ranked(a.id):
            if s < floor[a.id] or n_sim >= settings.max_suggestions_per_action:
                break
            if rid in taken:
                continue
            j = sm.recommendation_ids.index(rid)
            proposed.append(Link(a.id, rid, s, "similarity", similarity_evidence(sm.features, i, j)))
            n_sim += 1
        proposed.sort(key=lambda l: (l.basis != "explicit", -l.score))
        links.extend(proposed)
    return tuple(links)
