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
           "explicit_targets", "workstream_targets", "quoted_refs"]


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


def quoted_refs(recommendations: Sequence[Recommendation], actions: Sequence[Action]) -> tuple[Action, ...]:
    """``actions`` with each quoted citation (:attr:`Action.ref_quotes`) that occurs in exactly
    one primary-source recommendation added to the action's ``refs`` as that recommendation's
    number. A quote found in none or in several stays a quote: it cites nothing surely."""
    from dataclasses import replace

    from ..items import normalise_text

    by_number = _primary_numbers(recommendations)
    text_of = {r.id: r.text for r in recommendations}
    texts = {n: f" {normalise_text(text_of[rid])} " for n, rid in by_number.items()}
    out = []
    for a in actions:
        found = []
        for q in a.ref_quotes:
            key = f" {normalise_text(q)} "
            hits = [n for n, t in texts.items() if key.strip() and key in t]
            if len(hits) == 1 and hits[0] not in a.refs and hits[0] not in found:
                found.append(hits[0])
        out.append(replace(a, refs=a.refs + tuple(found)) if found else a)
    return tuple(out)


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


def _ask_indices(fm, i: int, j: int, threshold: float, authoritative: bool) -> tuple[int, ...]:
    """Which asks of recommendation ``j`` action ``i`` speaks to: those it (its text, objective
    and section) shares at least ``threshold`` of, field-weighted; failing that, those its plan
    row shares that much of. With nothing that clear, an explicit reference stands for the
    recommendation's first ask (its main one: the plan says the row answers it, the text does not
    say which part) and a similarity link for the ask it shares most with, if any; () means the
    recommendation as a whole."""
    if fm.aims is None or len(fm.aims.asks[j][i]) <= 1:
        return ()
    shares, row = fm.aims.asks[j][i], fm.aims.row_asks[j][i]
    for side in (shares, row):
        hit = tuple(q for q, v in enumerate(side) if v >= threshold)
        if hit:
            return hit
    if authoritative:
        return (0,)
    best = max(range(len(row)), key=lambda q: (row[q], -q))
    return (best,) if row[best] > 0 else ()


def link(recommendations: Sequence[Recommendation], actions: Sequence[Action],
         settings: Settings = DEFAULT, model: LinkerModel | None = None,
         matrix: ScoreMatrix | None = None, use_references: bool = True) -> tuple[Link, ...]:
    """Every proposed action-recommendation link, actions in input order, best first per action.

    ``score`` is 1.0 for explicit links (the plan's own statement) and the model's probability
    otherwise; explicit evidence still reports the text similarity so a mis-citation shows.
    Each link also says which of the recommendation's asks the action speaks to (``asks``),
    whether it only mentions the recommendation's subject on the way (``passing``), and, for an
    explicit link, whether the action's text reads like another recommendation instead
    (``weak_reference``: see :func:`reference_check`). ``use_references=False`` judges the plan
    by its content alone (no explicit or workstream links). Pass a precomputed ``matrix`` (from
    :func:`score_pairs`) to avoid scoring twice.
    """
    from .evidence import shared_terms, similarity_evidence

    if not recommendations or not actions:
        return ()
    sm = matrix or score_pairs(recommendations, actions, model=model)
    fm = sm.features
    rec_index = {r: j for j, r in enumerate(sm.recommendation_ids)}
    number = {r.id: r.number for r in recommendations}
    explicit = explicit_targets(recommendations, actions) if use_references else {}
    floor = {}
    for a in actions:
        ranked = sm.ranked(a.id)
        floor[a.id] = max(settings.suggest_threshold,
                          settings.suggest_relative * (ranked[0][1] if ranked else 0.0))
    workstream = (_workstream_pairs(sm, workstream_targets(recommendations, actions), floor)
                  if use_references else {})
    links: list[Link] = []
    for i, a in enumerate(actions):
        proposed: list[Link] = []

        def aims(rid: str, authoritative: bool = False) -> dict:
            j = rec_index[rid]
            passing = bool(fm.aims.passing[i, j]) if fm.aims is not None else False
            return {"passing": passing and not authoritative,
                    "asks": _ask_indices(fm, i, j, settings.ask_threshold, authoritative)}

        for rid in explicit.get(a.id, ()):
            sim = sm.score(a.id, rid)
            check = reference_check(sm, a.id, rid, settings)
            why = f"cites Ofsted recommendation {number[rid]}; text similarity {sim:.2f}"
            if check is not None:
                why += f"; its text reads like recommendation {number[check[0]]} ({check[1]:.2f})"
            proposed.append(Link(a.id, rid, 1.0, "explicit", why, text_score=sim, reads_like=check[0] if check else None,
                                 reads_like_score=check[1] if check else None, **aims(rid, authoritative=True)))
        taken = {l.recommendation for l in proposed}
        for rid in workstream.get(a.id, ()):
            if rid in taken:
                continue
            terms = shared_terms(fm, i, rec_index[rid])
            why = f"its workstream lists Ofsted recommendation {number[rid]}"
            proposed.append(Link(a.id, rid, sm.score(a.id, rid), "workstream",
                                 why + ("; shared terms: " + ", ".join(terms) if terms else ""), **aims(rid)))
            taken.add(rid)
        n_sim = 0
        for rid, s in sm.ranked(a.id):
            if s < floor[a.id] or n_sim >= settings.max_suggestions_per_action:
                break
            if rid in taken:
                continue
            j = rec_index[rid]
            why = similarity_evidence(fm, i, j)
            extra = aims(rid)
            if extra["passing"]:
                why += " (mentioned in passing)"
            proposed.append(Link(a.id, rid, s, "similarity", why, **extra))
            n_sim += 1
        if fm.aims is not None and fm.aims.mention_weight is not None:
            # A distinctive phrase of another recommendation mentioned on the way: a touch, so the
            # reader sees it (the recommendation shows as weak, not uncovered).
            for rid, j in rec_index.items():
                if rid in taken or any(l.recommendation == rid for l in proposed):
                    continue
                if fm.aims.passing[i, j] and (fm.aims.mention_weight[i, j] >= settings.mention_weight
                                              or fm.aims.mention_rank[i, j] < 2):
                    phrase = _phrase(fm.aims.mention[i, j])
                    proposed.append(Link(a.id, rid, sm.score(a.id, rid), "similarity",
                                         f"mentions {phrase} in passing", passing=True))
        proposed.sort(key=lambda l: (l.basis != "explicit", l.weak_reference, -l.score))
        links.extend(proposed)
    return tuple(links)


def _phrase(unit: str) -> str:
    """A field unit as a reader says it: a concept by its label, a word pair as written."""
    if unit.startswith("__"):
        from .lexicon import load_lexicon

        return load_lexicon().label(unit[2:])
    return f'"{unit}"'


def reference_check(sm: ScoreMatrix, action_id: str, rid: str, settings: Settings = DEFAULT) -> tuple[str, float] | None:
    """``(other recommendation, its score)`` when an action that cites ``rid`` reads like another
    recommendation instead: its text scores under ``settings.weak_reference_score`` for the cited
    one and at least ``settings.weak_reference_gap`` more for the other. None when the text
    supports the citation (or says too little either way)."""
    cited = sm.score(action_id, rid)
    if cited >= settings.weak_reference_score:
        return None
    for other, s in sm.ranked(action_id):
        if other == rid:
            return None
        if s - cited >= settings.weak_reference_gap:
            return other, s
        return None
    return None
