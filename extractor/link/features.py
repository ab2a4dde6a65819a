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

Every feature is a NumPy matrix over all pairs: TF-IDF vectors come from scikit-learn's
``TfidfVectorizer`` and cosines are sparse matrix products.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..items import Action, Recommendation
from .lexicon import Lexicon, load_lexicon
from .text import PLURAL_RULE, Analysed, analyse

FEATURES: tuple[str, ...] = (
    "word_tfidf", "char_tfidf", "bm25", "concepts",
    "objective_tfidf", "objective_concepts", "sibling_max",
    "row_word", "row_char", "row_bm25", "row_concepts", "rare_concept", "row_rare_concept",
    "margin",
)


@dataclass(frozen=True, eq=False)
class FeatureMatrix:
    """``values[i, j, k]``: feature ``names[k]`` for action ``i`` and recommendation ``j``
    (a read-only NumPy array), with the analysed texts the features came from."""

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


def _as_terms(doc: tuple[str, ...]) -> tuple[str, ...]:
    """The analyzer for texts already analysed into terms (:meth:`Analysed.terms`)."""
    return doc


def _tfidf(docs: Sequence, **analyzer):
    """l2-normalised sublinear TF-IDF rows (scipy sparse) of ``docs`` and the fitted vectoriser
    (None when no doc has a term: scikit-learn refuses an empty vocabulary, the rows are zero)."""
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not any(d if isinstance(d, tuple) else d.split() for d in docs):
        return csr_matrix((len(docs), 0)), None
    vec = TfidfVectorizer(sublinear_tf=True, smooth_idf=True, norm="l2", **analyzer)
    return vec.fit_transform(docs), vec


def _cosines(a, b) -> np.ndarray:
    """Cosines of l2-normalised rows, ``out[i, j]`` for ``a[i]`` and ``b[j]``, clipped to 0..1."""
    return np.clip((a @ b.T).toarray(), 0.0, 1.0)


def _bm25(queries: Sequence[tuple[str, ...]], docs: Sequence[tuple[str, ...]],
          k1: float = 1.2, b: float = 0.75) -> np.ndarray:
    """BM25 of each query against each doc, divided by each doc's score against itself (0..1)."""
    from sklearn.feature_extraction.text import CountVectorizer

    out = np.zeros((len(queries), len(docs)))
    if not any(docs):
        return out
    counts = CountVectorizer(analyzer=_as_terms)
    tf = counts.fit_transform(docs).toarray().astype(float)  # (docs, terms)
    df = np.count_nonzero(tf, axis=0)
    idf = np.log((len(docs) - df + 0.5) / (df + 0.5) + 1.0)
    length = tf.sum(axis=1, keepdims=True)
    avgdl = max(1e-9, float(length.mean()))
    weight = idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / avgdl))  # 0 where a term is absent
    own = np.maximum(weight.sum(axis=1), 1e-9)  # a doc as the query against itself: each of its terms once
    present = (counts.transform(queries) > 0).astype(float)  # a query term counts once, however often it occurs
    return np.clip(present @ weight.T / own, 0.0, 1.0)


def _concept_overlaps(sides: Sequence[Analysed], recs: Sequence[Analysed]) -> tuple[np.ndarray, np.ndarray]:
    """Dice overlap of each side's lexicon concepts with each recommendation's, and the rarest
    concept they share, weighted 1/(number of recommendations that have it)."""
    keys = sorted(set().union(*(r.concepts for r in recs)))
    if not keys:
        zero = np.zeros((len(sides), len(recs)))
        return zero, zero.copy()
    has_s = np.array([[k in s.concepts for k in keys] for s in sides], dtype=float)
    has_r = np.array([[k in r.concepts for k in keys] for r in recs], dtype=float)
    shared = has_s @ has_r.T
    size = np.array([len(s.concepts) for s in sides], dtype=float)[:, None] + \
        np.array([len(r.concepts) for r in recs], dtype=float)[None, :]
    both = np.array([bool(s.concepts) for s in sides])[:, None] & np.array([bool(r.concepts) for r in recs])[None, :]
    dice = np.divide(2 * shared, size, out=np.zeros_like(shared), where=both)
    rarity = 1.0 / has_r.sum(axis=0)
    rare = (has_s[:, None, :] * has_r[None, :, :] * rarity).max(axis=2)
    return dice, rare


def _best_of_others(m: np.ndarray, axis: int) -> np.ndarray:
    """For each entry, the largest other entry along ``axis`` (the axis needs two or more)."""
    top = np.sort(m, axis=axis)
    first = np.take(top, [-1], axis=axis)
    second = np.take(top, [-2], axis=axis)
    return np.where(m == first, second, first)  # a tie for first makes second == first


def pair_features(recommendations: Sequence[Recommendation], actions: Sequence[Action],
                  lexicon: Lexicon | None = None, use_stem: bool = PLURAL_RULE) -> FeatureMatrix:
    """Compute every feature for every (action, recommendation) pair of one case."""
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
    values = np.zeros((n_a, n_r, len(FEATURES)))
    idf: dict = {}
    if n_a and n_r:
        m, vec = _tfidf([x.terms() for x in recs + acts + ctxs + rows], analyzer=_as_terms)
        if vec is not None:
            idf = dict(zip(vec.get_feature_names_out().tolist(), vec.idf_.tolist()))
        mr, ma, mc, mw = m[:n_r], m[n_r:n_r + n_a], m[n_r + n_a:n_r + 2 * n_a], m[n_r + 2 * n_a:]
        word = _cosines(ma, mr)
        chars, _ = _tfidf([" ".join(x.tokens) for x in recs + acts], analyzer="char_wb", ngram_range=(3, 5))
        # Whole-row character n-grams keep stopwords: phrase fragments ("care plans for") help here.
        row_chars, _ = _tfidf([x.norm for x in recs + rows], analyzer="char_wb", ngram_range=(3, 5))
        row_word, row_char = _cosines(mw, mr), _cosines(row_chars[n_r:], row_chars[:n_r])
        rec_terms = [r.terms() for r in recs]
        conc, rare = _concept_overlaps(acts, recs)
        row_conc, row_rare = _concept_overlaps(rows, recs)
        sib = np.zeros((n_a, n_r))
        members: dict[int, list[int]] = {}
        for i, g in enumerate(groups):
            members.setdefault(g, []).append(i)
        for idx in members.values():
            if len(idx) > 1:
                sib[idx] = _best_of_others(word[idx], axis=0)
        base = (row_word + row_char + word) / 3.0
        cols = {"word_tfidf": word, "char_tfidf": _cosines(chars[n_r:], chars[:n_r]),
                "bm25": _bm25([a.terms() for a in acts], rec_terms), "concepts": conc,
                "objective_tfidf": _cosines(mc, mr), "objective_concepts": _concept_overlaps(ctxs, recs)[0],
                "sibling_max": sib, "row_word": row_word, "row_char": row_char,
                "row_bm25": _bm25([w.terms() for w in rows], rec_terms), "row_concepts": row_conc,
                "rare_concept": rare, "row_rare_concept": row_rare,
                "margin": base - _best_of_others(base, axis=1) if n_r > 1 else np.zeros((n_a, n_r))}
        values = np.stack([cols[name] for name in FEATURES], axis=-1)
    values.setflags(write=False)
    return FeatureMatrix(FEATURES, tuple(a.id for a in actions), tuple(r.id for r in recommendations),
                         values, tuple(acts), tuple(ctxs), tuple(recs), idf, tuple(rows))
