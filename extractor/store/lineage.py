"""Which item of a revised plan is which item of the previous one.

Ids are content hashes, so an unchanged action keeps its id and its decisions for free. An
edited action gets a new id; :func:`match_revised` pairs it with the vanished old action it most
resembles so the reviewer's decisions carry over (marked suspect). Matching prefers the same
plan row, then the same section, and only then the whole plan at a stricter level, because
plans renumber rows between phases but rarely move an action and rewrite it at once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence, TypeVar

from ..items import Action, Recommendation, normalise_text

T = TypeVar("T", Action, Recommendation)


@dataclass(frozen=True)
class Match:
    new_id: str
    old_id: str
    similarity: float  # 0..1


def text_similarity(a: str, b: str) -> float:
    """0..1 similarity of two texts after normalisation (rapidfuzz token-sort ratio)."""
    from rapidfuzz import fuzz

    return fuzz.token_sort_ratio(normalise_text(a), normalise_text(b)) / 100.0


def match_revised(old: Sequence[T], new: Sequence[T], *, local: float, global_: float,
                  scope: Callable[[T], tuple] = lambda x: ()) -> tuple[Match, ...]:
    """Pair new items whose id is not in ``old`` with old items whose id is not in ``new``.

    ``scope(item)`` gives increasingly wide keys (e.g. ``(row, section)``); a pair sharing any
    key needs ``local`` similarity, any other pair ``global_``. Greedy best-first, one-to-one.
    """
    new_ids = {x.id for x in new}
    old_ids = {x.id for x in old}
    gone = [x for x in old if x.id not in new_ids]
    fresh = [x for x in new if x.id not in old_ids]
    candidates = []
    for n in fresh:
        n_scope = {k for k in scope(n) if k}
        for o in gone:
            sim = text_similarity(n.text, o.text)
            shared = bool(n_scope & {k for k in scope(o) if k})
            if sim >= (local if shared else global_):
                # same-scope pairs win ties against pairs found only plan-wide
                candidates.append((sim, shared, n.id, o.id))
    candidates.sort(key=lambda c: (-c[0], not c[1], c[2], c[3]))
    used_new: set[str] = set()
    used_old: set[str] = set()
    out = []
    for sim, _, n_id, o_id in candidates:
        if n_id in used_new or o_id in used_old:
            continue
        used_new.add(n_id)
        used_old.add(o_id)
        out.append(Match(n_id, o_id, round(sim, 4)))
    return tuple(sorted(out, key=lambda m: m.new_id))


def action_scope(a: Action) -> tuple:
    """Row and section keys: an edited action is looked for in its own row, then its section."""
    return (("row", a.row) if a.row else None, ("section", normalise_text(a.section)) if a.section else None)


def recommendation_scope(r: Recommendation) -> tuple:
    return (("number", r.prov.file, r.number) if r.number is not None else None,)
