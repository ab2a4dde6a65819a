"""Pairwise features for every (action, recommendation) pair, computed in one pass per case.

A *case* is one plan's actions against the recommendations they may answer. Vectorisers are
fitted on the case's own texts (recommendations, actions, objectives), so nothing learned
from other documents is stored and scoring is deterministic. The plan's explicit references
are deliberately NOT a feature: they are the plan's own statement and form a separate basis
in :func:`extractor.link.link`; the model learns only from text and structure.

Features (all roughly 0..1):

- ``word_tfidf``: cosine of word TF-IDF vectors (content tokens + lexicon concepts)
- ``char_tfidf``: cosine of character 3-5-gram TF-IDF vectors of the content tokens
- ``bm25``: BM25 of the action as a query against the recommendations, divided by the
  recommendation's score against itself
- ``fuzz_token_set`` / ``fuzz_partial``: rapidfuzz ratios on the content tokens
- ``concepts``: Dice overlap of lexicon concepts
- ``objective_tfidf`` / ``objective_concepts``: the same against the action's objective and
  section (actions under one objective share its evidence)
- ``sibling_max``: best ``word_tfidf`` of the other actions in the same plan row / objective
- ``row_word`` / ``row_char`` / ``row_bm25`` / ``row_concepts``: the same against the whole row
  (objective plus every action of the row): a plan answers a recommendation row by row, and
  one bullet alone is often too short to say which ("Use the findings to develop guidance")
- ``rare_concept`` / ``row_rare_concept``: the most distinctive lexicon concept the action (or
  its row) shares with the recommendation, weighted 1/(number of recommendations that have it):
  "out of hours" shared with the only recommendation that mentions it is strong evidence
- ``margin``: how far this recommendation's mean row similarity is ahead of (or behind) the
  best other recommendation for the same action (an action usually answers one or two)
"""
from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from functools import cached_property
from typing import Sequence

from ..items import Action, Recommendation
from .lexicon import Lexicon, load_lexicon
from .text import PLURAL_RULE, Analysed, analyse
from .vectors import char_tfidf, cosines, tfidf

Grid = list  # rows of floats: grid[i][j] for action i and recommendation j

FEATURES: tuple[str, ...] = (
    "word_tfidf", "char_tfidf", "bm25", "fuzz_token_set", "fuzz_partial", "concepts",
    "objective_tfidf", "objective_concepts", "sibling_max",
    "row_word", "row_char", "row_bm25", "row_concepts", "rare_concept", "row_rare_concept",
    "margin",
)


@dataclass(frozen=True, eq=False)
class FeatureMatrix:
    """``table[i][j][k]``: feature ``names[k]`` for action ``i`` and recommendation ``j``
    (plain tuples: a check does not import NumPy); ``values`` is the same as a NumPy array,
    for training and evaluation."""

    names: tuple[str, ...]
    action_ids: tuple[str, ...]
    recommendation_ids: tuple[str, ...]
    table: tuple[tuple[tuple[float, ...], ...], ...]
    actions: tuple[Analysed, ...]  # action text as analysed
    contexts: tuple[Analysed, ...]  # objective + section as analysed
    recommendations: tuple[Analysed, ...]
    idf: dict  # term -> idf weight within this case (for ranking shared terms in evidence)
    rows: tuple[Analysed, ...] = ()  # the whole plan row (objective + its actions) as analysed

    @cached_property
    def values(self):
        """``table`` as a read-only (n_actions, n_recommendations, n_features) NumPy array."""
        import numpy as np

        v = np.zeros((len(self.action_ids), len(self.recommendation_ids), len(self.names)))
        if v.size:
            v[...] = self.table
        v.setflags(write=False)
        return v

    def column(self, name: str):
        """The (n_actions, n_recommendations) NumPy matrix of one feature."""
        return self.values[:, :, self.names.index(name)]


def context_text(action: Action) -> str:
    """What the plan says around an action: its objective and the section heading."""
    return " ".join(t for t in (action.objective, action.section) if t)


def row_texts(actions: Sequence[Action], groups: Sequence[int]) -> list[str]:
    """Objective followed by the text of every action in the same group (plan row)."""
    members: dict[int, list[str]] = {}
    for a, g in zip(actions, groups):
        members.setdefault(g, []).append(a.text)
    return [" ".join([a.objective or ""] + members[g]) for a, g in zip(actions, groups)]


def sibling_groups(actions: Sequence[Action]) -> list[int]:
    """Group index per action: same plan row, or (without a row) the same objective."""
    keys: dict[tuple, int] = {}
    out = []
    for i, a in enumerate(actions):
        key = ("row", a.row) if a.row else ("objective", a.objective) if a.objective else ("self", i)
        out.append(keys.setdefault(key, len(keys)))
    return out


def _float32(x: float) -> float:
    """``x`` rounded to single precision. The model was trained on rapidfuzz's ``cdist``
    matrices, which hold ratios, and ratio / 100, as 32-bit floats; rounding the same way keeps
    every feature value as it was (rounding a double result to single is exact for division)."""
    return struct.unpack("f", struct.pack("f", x))[0]


def _bm25(queries: list[tuple[str, ...]], docs: list[tuple[str, ...]],
          k1: float = 1.2, b: float = 0.75) -> Grid:
    """BM25 of each query against each doc, normalised by each doc's score against itself."""
    n = len(docs)
    if n == 0:
        return [[] for _ in queries]
    df: dict[str, int] = {}
    for d in docs:
        for t in set(d):
            df[t] = df.get(t, 0) + 1
    idf = {t: math.log((n - c + 0.5) / (c + 0.5) + 1.0) for t, c in df.items()}
    avgdl = max(1e-9, sum(len(d) for d in docs) / n)
    tfs = []
    for d in docs:
        tf: dict[str, int] = {}
        for t in d:
            tf[t] = tf.get(t, 0) + 1
        tfs.append(tf)

    def score(q: tuple[str, ...], j: int) -> float:
        tf, dl = tfs[j], len(docs[j])
        s = 0.0
        for t in set(q):
            f = tf.get(t, 0)
            if f:
                s += idf[t] * f * (k1 + 1) / (f + k1 * (1 - b + b * dl / avgdl))
        return s

    self_scores = [max(score(docs[j], j), 1e-9) for j in range(n)]
    return [[min(max(score(q, j) / self_scores[j], 0.0), 1.0) for j in range(n)] for q in queries]


def _rare(a: frozenset, b: frozenset, df: dict) -> float:
    shared = a & b
    return max((1.0 / df[c] for c in shared), default=0.0)


def _dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def pair_features(recommendations: Sequence[Recommendation], actions: Sequence[Action],
                  lexicon: Lexicon | None = None, use_stem: bool = PLURAL_RULE) -> FeatureMatrix:
    """Compute every feature for every (action, recommendation) pair of one case."""
    from rapidfuzz import fuzz

    lex = lexicon or load_lexicon()
    seen: dict[str, Analysed] = {}  # objectives and plan rows repeat for each of their actions

    def analysed(text: str) -> Analysed:
        a = seen.get(text)
        if a is None:
            a = seen[text] = analyse(text, lex, use_stem)
        return a

    recs = [analysed(r.text) for r in recommendations]
    acts = [analysed(a.text) for a in actions]
    ctxs = [analysed(context_text(a)) for a in actions]
    groups = sibling_groups(actions)
    rows = [analysed(t) for t in row_texts(actions, groups)]
    n_a, n_r = len(acts), len(recs)
    table: tuple = tuple(() for _ in range(n_a))
    idf: dict = {}
    if n_a and n_r:
        docs = [r.terms() for r in recs] + [a.terms() for a in acts] + [c.terms() for c in ctxs]
        m, idf = tfidf(docs + [w.terms() for w in rows])
        mr, ma, mc = m[:n_r], m[n_r:n_r + n_a], m[n_r + n_a:n_r + 2 * n_a]
        word = cosines(ma, mr)
        objective = cosines(mc, mr)
        row_word = cosines(m[n_r + 2 * n_a:], mr)
        chars = char_tfidf([" ".join(x.tokens) for x in recs + acts])
        char = cosines(chars[n_r:], chars[:n_r])
        # Whole-row character n-grams keep stopwords: phrase fragments ("care plans for") help here.
        row_chars = char_tfidf([x.norm for x in recs + rows])
        row_char = cosines(row_chars[n_r:], row_chars[:n_r])
        bm25 = _bm25([a.terms() for a in acts], [r.terms() for r in recs])
        row_bm25 = _bm25([w.terms() for w in rows], [r.terms() for r in recs])
        row_conc = [[_dice(w.concepts, r.concepts) for r in recs] for w in rows]
        cdf: dict[str, int] = {}
        for r in recs:
            for c in r.concepts:
                cdf[c] = cdf.get(c, 0) + 1
        rare = [[_rare(a.concepts, r.concepts, cdf) for r in recs] for a in acts]
        row_rare = [[_rare(w.concepts, r.concepts, cdf) for r in recs] for w in rows]
        a_str = [" ".join(a.tokens) for a in acts]
        r_str = [" ".join(r.tokens) for r in recs]
        tset = [[_float32(_float32(fuzz.token_set_ratio(a, r)) / 100.0) for r in r_str] for a in a_str]
        part = [[_float32(_float32(fuzz.partial_ratio(a, r)) / 100.0) for r in r_str] for a in a_str]
        conc = [[_dice(a.concepts, r.concepts) for r in recs] for a in acts]
        oconc = [[_dice(c.concepts, r.concepts) for r in recs] for c in ctxs]
        sib = [[0.0] * n_r for _ in range(n_a)]
        for i in range(n_a):
            others = [k for k in range(n_a) if k != i and groups[k] == groups[i]]
            if others:
                sib[i] = [max(word[k][j] for k in others) for j in range(n_r)]
        base = [[(row_word[i][j] + row_char[i][j] + word[i][j]) / 3.0 for j in range(n_r)] for i in range(n_a)]
        margin = [[0.0] * n_r for _ in range(n_a)]
        if n_r > 1:
            for i in range(n_a):
                for j in range(n_r):
                    margin[i][j] = base[i][j] - max(base[i][k] for k in range(n_r) if k != j)
        cols = {"word_tfidf": word, "char_tfidf": char, "bm25": bm25, "fuzz_token_set": tset,
                "fuzz_partial": part, "concepts": conc, "objective_tfidf": objective,
                "objective_concepts": oconc, "sibling_max": sib, "row_word": row_word,
                "row_char": row_char, "row_bm25": row_bm25, "row_concepts": row_conc, "rare_concept": rare, "row_rare_concept": row_rare,
                "margin": margin}
        grids = [cols[name] for name in FEATURES]
        table = tuple(tuple(tuple(float(g[i][j]) for g in grids) for j in range(n_r)) for i in range(n_a))
    return FeatureMatrix(FEATURES, tuple(a.id for a in actions), tuple(r.id for r in recommendations),
                         table, tuple(acts), tuple(ctxs), tuple(recs), idf, tuple(rows))
