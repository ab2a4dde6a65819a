"""Link plan actions to the recommendations they address.

Public API (stable; ``recmap check`` and the review store call it):

- :func:`link` proposes action-recommendation links with a score, a basis and evidence.
- :func:`score_pairs` returns the full :class:`ScoreMatrix` (for evaluation and heat maps).
- :func:`load_model` / :data:`UNSUPERVISED` / :func:`extractor.link.training.train` for models.

Three bases, in order of authority:

``explicit``
    The plan cites the recommendation by number (``Action.refs``). When recommendations come
    from several sources (a report and a later letter) their numbers collide, so explicit
    references resolve to the *primary* source only: the ``prov.file`` of the first
    recommendation given. Recommendations from other sources are linked by similarity.
``workstream``
    The action shares a workstream number (``Action.workstream_refs``) with actions that cite
    the recommendation explicitly: plans that map recommendations to workstreams say so once.
``similarity``
    The model's score is at least ``settings.suggest_threshold`` and at least
    ``settings.suggest_relative`` times the action's best score; at most
    ``settings.max_suggestions_per_action`` per action.
"""
from __future__ import annotations

from typing import Sequence

from ..items import Action, Link, Recommendation
from ..settings import DEFAULT, Settings
from .model import UNSUPERVISED, LinkerModel, load_model
from .scorer import ScoreMatrix, score_pairs

__all__ = ["link", "score_pairs", "ScoreMatrix", "LinkerModel", "load_model", "UNSUPERVISED",
           "explicit_targets", "workstream_targets"]


def explicit_targets(recommendations: Sequence[Recommendation],
                     actions: Sequence[Action]) -> dict[str, tuple[str, ...]]:
    """Action id -> ids of the primary-source recommendations its ``refs`` cite."""
    if not recommendations:
        return {}
    primary = recommendations[0].prov.file
    by_number: dict[int, str] = {}
    for r in recommendations:
        if r.prov.file == primary and r.number is not None:
            by_number.setdefault(r.number, r.id)
    return {a.id: tuple(dict.fromkeys(by_number[n] for n in a.refs if n in by_number)) for a in actions}


def workstream_targets(recommendations: Sequence[Recommendation], actions: Sequence[Action],
                       explicit: dict[str, tuple[str, ...]] | None = None) -> dict[str, tuple[str, ...]]:
    """Action id -> recommendations cited by other actions sharing one of its workstreams."""
    explicit = explicit if explicit is not None else explicit_targets(recommendations, actions)
    by_ws: dict[int, dict[str, None]] = {}
    for a in actions:
        for w in a.workstream_refs:
            by_ws.setdefault(w, {}).update(dict.fromkeys(explicit.get(a.id, ())))
    out = {}
    for a in actions:
        recs: dict[str, None] = {}
        for w in a.workstream_refs:
            recs.update(by_ws.get(w, {}))
        out[a.id] = tuple(r for r in recs if r not in explicit.get(a.id, ()))
    return out


def link(recommendations: Sequence[Recommendation], actions: Sequence[Action],
         settings: Settings = DEFAULT, model: LinkerModel | None = None,
         matrix: ScoreMatrix | None = None) -> tuple[Link, ...]:
    """Every proposed action-recommendation link, actions in input order, best first per action.

    ``score`` is 1.0 for explicit links (the plan's own statement) and the model's probability
    otherwise; explicit evidence still reports the text similarity so a mis-citation shows.
    Pass a precomputed ``matrix`` (from :func:`score_pairs`) to avoid scoring twice.
    """
    from .evidence import similarity_evidence

    if not recommendations or not actions:
        return ()
    sm = matrix or score_pairs(recommendations, actions, model=model)
    number = {r.id: r.number for r in recommendations}
    explicit = explicit_targets(recommendations, actions)
    workstream = workstream_targets(recommendations, actions, explicit)
    links: list[Link] = []
    for i, a in enumerate(actions):
        proposed: list[Link] = []
        for rid in explicit.get(a.id, ()):
            sim = sm.score(a.id, rid)
            proposed.append(Link(a.id, rid, 1.0, "explicit",
                                 f"cites Ofsted recommendation {number[rid]}; text similarity {sim:.2f}"))
        taken = {l.recommendation for l in proposed}
        for rid in workstream.get(a.id, ()):
            if rid not in taken:
                ws = ", ".join(str(w) for w in a.workstream_refs)
                proposed.append(Link(a.id, rid, sm.score(a.id, rid), "workstream",
                                     f"shares workstream {ws} with actions citing recommendation {number[rid]}"))
                taken.add(rid)
        n_sim = 0
        ranked = sm.ranked(a.id)
        floor = max(settings.suggest_threshold, settings.suggest_relative * (ranked[0][1] if ranked else 0.0))
        for rid, s in ranked:
            if s < floor or n_sim >= settings.max_suggestions_per_action:
                break
            if rid in taken:
                continue
            j = sm.recommendation_ids.index(rid)
            proposed.append(Link(a.id, rid, s, "similarity", similarity_evidence(sm.features, i, j)))
            n_sim += 1
        proposed.sort(key=lambda l: (l.basis != "explicit", -l.score))
        links.extend(proposed)
    return tuple(links)
