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

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..items import Action, Recommendation
from .lexicon import Lexicon, load_lexicon
from .text import PLURAL_RULE, Analysed, analyse
from .vectors import char_tfidf, tfidf

FEATURES: tuple[str, ...] = (
    "word_tfidf", "char_tfidf", "bm25", "fuzz_token_set", "fuzz_partial", "concepts",
    "objective_tfidf", "objective_concepts", "sibling_max",
    "row_word", "row_char", "row_bm25", "row_concepts", "rare_concept", "row_rare_concept",
    "margin",
)


@dataclass(frozen=True, eq=False)
class FeatureMatrix:
    """``values[i, j, k]``: feature ``names[k]`` for action ``i`` and recommendation ``j``."""

    names: tuple[str, ...]
    action_ids: tuple[str, ...]
    recommendation_ids: tuple[str, ...]
    values: np.ndarray
    actions: tuple[Analysed, ...]  # action text as analysed
    contexts: tuple[Analysed, ...]  # objective + section as analysed
    recommendations: tuple[Analysed, ...]
    idf: dict  # term -> idf weight within this case (for ranking shared terms in evidence)
    rows: tuple[Analysed, ...] = ()  # the whole plan row (objective + its actions) as analysed

    def column(self, name: str) -> np.ndarray:
        """The (n_actions, n_recommendations) matrix of one feature."""
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


def _cosine_rows(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    prod = a @ b.T
    dense = prod.toarray() if hasattr(prod, "toarray") else np.asarray(prod)
    return dense.clip(0.0, 1.0)


def _tfidf_word(docs: list[tuple[str, ...]]) -> tuple[dict[str, float], np.ndarray]:
    """IDF of every term and the l2-normalised sublinear TF-IDF rows (see :mod:`.vectors`)."""
    m, idf = tfidf(docs)
    return idf, m


def _tfidf_char(texts: list[str]) -> np.ndarray:
    return char_tfidf(texts)


def _bm25(queries: list[tuple[str, ...]], docs: list[tuple[str, ...]],
          k1: float = 1.2, b: float = 0.75) -> np.ndarray:
    """BM25 of each query against each doc, normalised by each doc's score against itself."""
    n = len(docs)
    if n == 0:
        return np.zeros((len(queries), 0))
    df: dict[str, int] = {}
    for d in docs:
        for t in set(d):
            df[t] = df.get(t, 0) + 1
    idf = {t: float(np.log((n - c + 0.5) / (c + 0.5) + 1.0)) for t, c in df.items()}
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

    self_scores = np.array([score(docs[j], j) for j in range(n)])
    out = np.array([[score(q, j) for j in range(n)] for q in queries]).reshape(len(queries), n)
    return (out / np.maximum(self_scores, 1e-9)).clip(0.0, 1.0)


def _rare(a: frozenset, b: frozenset, df: dict) -> float:
    shared = a & b
    return max((1.0 / df[c] for c in shared), default=0.0)


def _dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def pair_features(recommendations: Sequence[Recommendation], actions: Sequence[Action],
                  lexicon: Lexicon | None = None, use_stem: bool = PLURAL_RULE) -> FeatureMatrix:
    """Compute every feature for every (action, recommendation) pair of one case."""
    from rapidfuzz import fuzz, process

    lex = lexicon or load_lexicon()
    recs = [analyse(r.text, lex, use_stem) for r in recommendations]
    acts = [analyse(a.text, lex, use_stem) for a in actions]
    ctxs = [analyse(context_text(a), lex, use_stem) for a in actions]
    groups = sibling_groups(actions)
    rows = [analyse(t, lex, use_stem) for t in row_texts(actions, groups)]
    n_a, n_r = len(acts), len(recs)
    values = np.zeros((n_a, n_r, len(FEATURES)))
    idf: dict = {}
    if n_a and n_r:
        docs = [r.terms() for r in recs] + [a.terms() for a in acts] + [c.terms() for c in ctxs]
        idf, m = _tfidf_word(docs + [w.terms() for w in rows])
        mr, ma, mc = m[:n_r], m[n_r:n_r + n_a], m[n_r + n_a:n_r + 2 * n_a]
        word = _cosine_rows(ma, mr)
        objective = _cosine_rows(mc, mr)
        row_word = _cosine_rows(m[n_r + 2 * n_a:], mr)
        chars = _tfidf_char([" ".join(x.tokens) for x in recs + acts])
        char = _cosine_rows(chars[n_r:], chars[:n_r])
        # Whole-row character n-grams keep stopwords: phrase fragments ("care plans for") help here.
        row_chars = _tfidf_char([x.norm for x in recs + rows])
        row_char = _cosine_rows(row_chars[n_r:], row_chars[:n_r])
        bm25 = _bm25([a.terms() for a in acts], [r.terms() for r in recs])
        row_bm25 = _bm25([w.terms() for w in rows], [r.terms() for r in recs])
        row_conc = np.array([[_dice(w.concepts, r.concepts) for r in recs] for w in rows])
        cdf: dict[str, int] = {}
        for r in recs:
            for c in r.concepts:
                cdf[c] = cdf.get(c, 0) + 1
        rare = np.array([[_rare(a.concepts, r.concepts, cdf) for r in recs] for a in acts])
        row_rare = np.array([[_rare(w.concepts, r.concepts, cdf) for r in recs] for w in rows])
        a_str = [" ".join(a.tokens) for a in acts]
        r_str = [" ".join(r.tokens) for r in recs]
        tset = process.cdist(a_str, r_str, scorer=fuzz.token_set_ratio) / 100.0
        part = process.cdist(a_str, r_str, scorer=fuzz.partial_ratio) / 100.0
        conc = np.array([[_dice(a.concepts, r.concepts) for r in recs] for a in acts])
        oconc = np.array([[_dice(c.concepts, r.concepts) for r in recs] for c in ctxs])
        sib = np.zeros((n_a, n_r))
        for i in range(n_a):
            others = [k for k in range(n_a) if k != i and groups[k] == groups[i]]
            if others:
                sib[i] = word[others].max(axis=0)
        base = (row_word + row_char + word) / 3.0
        margin = np.zeros((n_a, n_r))
        if n_r > 1:
            for j in range(n_r):
                margin[:, j] = base[:, j] - np.delete(base, j, axis=1).max(axis=1)
        cols = {"word_tfidf": word, "char_tfidf": char, "bm25": bm25, "fuzz_token_set": tset,
                "fuzz_partial": part, "concepts": conc, "objective_tfidf": objective,
                "objective_concepts": oconc, "sibling_max": sib, "row_word": row_word,
                "row_char": row_char, "row_bm25": row_bm25, "row_concepts": row_conc, "rare_concept": rare, "row_rare_concept": row_rare,
                "margin": margin}
        for k, name in enumerate(FEATURES):
            values[:, :, k] = cols[name]
    values.setflags(write=False)
    return FeatureMatrix(FEATURES, tuple(a.id for a in actions), tuple(r.id for r in recommendations),
                         values, tuple(acts), tuple(ctxs), tuple(recs), idf, tuple(rows))
