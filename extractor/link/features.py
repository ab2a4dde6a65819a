"""Pairwise features for every (action, recommendation) pair, computed in one pass per case.

A *case* is one plan's actions against the recommendations they may answer. Vectorisers are
fitted on the case's own texts (recommendations, actions, objectives), so nothing learned
from other documents is stored and scoring is deterministic. The plan's explicit references
are deliberately NOT a feature: they are the plan's own statement and form a separate basis
in :func:`extractor.link.link`; the model learns only from text and structure.

Features (all 0..1). Per case (vectorisers fitted on the case's own texts):

- ``char_tfidf``: cosine of character 3-5-gram TF-IDF vectors of the action's content words;
  ``row_char``: the same for the whole plan row (objective plus every action of the row, stop
  words kept: phrase fragments such as "care plans for" help) - a plan answers a recommendation
  row by row, and one bullet alone is often too short to say which
- ``concepts`` / ``row_concepts`` / ``objective_concepts``: Dice overlap of lexicon concepts of
  the action, its row, its objective and section, with the recommendation's
- ``rare_concept``: the most distinctive lexicon concept the action shares with the
  recommendation, weighted 1/(number of recommendations that have it): "out of hours" shared
  with the only recommendation that mentions it is strong evidence

Field-weighted (:mod:`extractor.link.field`: weights from the whole body of Ofsted
recommendations, so words every recommendation uses count for little):

- ``head_phrases``: the weighted share of the recommendation's phrases (word pairs and lexicon
  concepts) found in the action's main clause (:func:`main_clause`: what it is aimed at, before
  "including ...", "with ...", a colon list) plus its objective and section;
- ``head_ask``: the same for the best single ask of the recommendation
  (:func:`extractor.extract.asks.split_asks`), words and phrases together: an action answers
  one ask of a long recommendation;
- ``focus``: the weighted share of the action's own main-clause units that the recommendation
  has (a long action that mentions the recommendation's subject once is not about it).

From the plan's structure:

- ``peers``: where the other actions under the same heading and objective point. Each action's
  label-free score for every recommendation (:data:`YARDSTICK`: a fixed weighted mean of the
  features above, nothing learned from any plan) is turned into shares of that action's total;
  an action's ``peers`` value for a recommendation is the mean share of its peers (itself left
  out). A plan gathers the actions answering one recommendation under one priority, so an action
  whose own words are ambiguous ("run workshops for every team") goes where its section goes.
  Actions with no heading or objective, or alone under theirs, have 0.

The feature set was chosen by leave-one-plan-out ranking on the plan gold
(``scripts/eval_linking.py``); features every fitted model left at weight 0 (word TF-IDF and
BM25 of the action and of the row, the row's rarest concept, the row's field-weighted shares)
and margins against the other recommendations were dropped.

Every feature is a NumPy matrix over all pairs: TF-IDF vectors come from scikit-learn's
``TfidfVectorizer`` and cosines are sparse matrix products.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import numpy as np

import re

from ..extract.asks import asks_of
from ..items import Action, Recommendation
from .field import FieldWeights, load_field_weights, share_of, units
from .lexicon import Lexicon, load_lexicon
from .model import LinkerModel
from .text import PLURAL_RULE, Analysed, analyse

FEATURES: tuple[str, ...] = (
    "char_tfidf", "concepts", "objective_concepts", "row_char", "row_concepts", "rare_concept",
    "head_phrases", "head_ask", "focus", "peers",
)


def _yardstick() -> LinkerModel:
    """A label-free yardstick: what the plan row, the action's main clause and the concepts share
    with the recommendation, averaged with weights chosen by reasoning (not fitted) and squashed so
    that a weighted similarity of about 0.17 (the top decile of pairs on a typical plan) scores 0.5.
    It ranks each action's peers for ``peers``, and is the fixed model evaluations compare with
    (:data:`extractor.link.evaluate.BASELINE`) and unit tests use."""
    w = {"char_tfidf": 0.10, "concepts": 0.10, "objective_concepts": 0.10, "row_char": 0.30,
         "rare_concept": 0.10, "head_phrases": 0.10, "head_ask": 0.10, "focus": 0.10}
    slope, centre = 25.0, 0.17
    names = tuple(w)
    return LinkerModel("baseline", names, (0.0,) * len(names), (1.0,) * len(names),
                       tuple(slope * w[n] for n in names), -slope * centre,
                       {"about": f"fixed weighted mean of similarity features, logistic squash "
                                 f"(centre {centre}, slope {slope:g})"})


YARDSTICK = _yardstick()

# Where an action's main clause ends and what it only mentions on the way begins.
_TAIL = re.compile(r",?\s+(?:including|includ(?:es|ed)|such as|as well as|alongside|covering|e\.g\.|"
                   r"for example|with (?:a |an )?(?:short |brief )?(?:update|focus|section|themed|reference)s?\b)\s*"
                   r"|\s*;\s+|\s+[\u2013\u2014]\s+|:\s+")


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
    rows: tuple[Analysed, ...] = ()  # the whole plan row (objective + its actions) as analysed
    # What each action is aimed at, beyond a score (see :class:`Aims`).
    aims: "Aims | None" = None

    def column(self, name: str) -> np.ndarray:
        """The (n_actions, n_recommendations) matrix of one feature."""
        return self.values[:, :, self.names.index(name)]


def context_text(action: Action, plan_title: str | None = None) -> str:
    """What the plan says around an action: its objective and the section heading. A section
    every action of the plan shares (``plan_title``: the document's title above its one table)
    tells one action from another nothing, and only pulls every action towards the
    recommendations that share its words ("Children's Services Improvement Plan"), so it is left out."""
    section = action.section if action.section != plan_title else None
    return " ".join(t for t in (action.objective, section) if t)


def plan_title(actions: Sequence[Action]) -> str | None:
    """The section every action shares, when there are three or more actions, else None."""
    sections = {a.section for a in actions}
    return next(iter(sections)) if len(actions) >= 3 and len(sections) == 1 else None


def row_texts(actions: Sequence[Action], groups: Sequence[int]) -> list[str]:
    """Objective followed by the text of every action in the same group (plan row)."""
    members: dict[int, list[str]] = {}
    for a, g in zip(actions, groups):
        members.setdefault(g, []).append(a.text)
    return [" ".join([a.objective or ""] + members[g]) for a, g in zip(actions, groups)]


def main_clause(text: str) -> str:
    """The part of an action that says what it is aimed at: the text before the first clause
    that only lists or mentions things on the way ("..., including the disabled children's team",
    "...: monthly audits ...", "... with a short update on ..."). An action with no such clause
    (or whose first part is under four words) is its own main clause."""
    head = _TAIL.split(text, maxsplit=1)[0]
    return head if len(head.split()) >= 4 else text


def _field_features(recs: Sequence[Analysed], rec_asks: Sequence[Sequence[Analysed]], heads: Sequence[Analysed],
                    fw: FieldWeights) -> dict[str, np.ndarray]:
    n_a, n_r = len(heads), len(recs)
    r_units = list(map(units, recs))
    r_phrases = [fw.weighted(p) for _, p in r_units]
    r_all = [w | p for w, p in r_units]  # the recommendation's units, as a side
    a_w = [[fw.weighted(w | p) for w, p in map(units, asks)] for asks in rec_asks]
    out = {k: np.zeros((n_a, n_r)) for k in ("head_phrases", "head_ask", "focus")}
    for i in range(n_a):
        h_all = frozenset().union(*units(heads[i]))
        own = fw.weighted(h_all)
        for j in range(n_r):
            out["head_phrases"][i, j] = share_of(h_all, r_phrases[j])
            out["head_ask"][i, j] = max((share_of(h_all, q) for q in a_w[j]), default=0.0)
            out["focus"][i, j] = share_of(r_all[j], own)
    return out


@dataclass(frozen=True, eq=False)
class Aims:
    """What an action speaks to, read from where the shared words sit in it.

    ``passing[i, j]``: action ``i`` mentions recommendation ``j``'s subject only on the way -
    most of what it shares with the recommendation (field-weighted) is outside its main clause,
    objective and section ("Audit supervision records across all teams, including the disabled
    children's team"). Such an action is not aimed at ``j``.

    ``asks[j][i, q]``: the field-weighted share of ask ``q`` of recommendation ``j`` that action
    ``i`` (its text, objective and section) has: which of a recommendation's asks the action
    speaks to.
    """

    passing: np.ndarray
    asks: tuple[np.ndarray, ...]
    row_asks: tuple[np.ndarray, ...] = ()  # the same for the action's whole plan row
    # The most distinctive phrase (word pair or ``__concept``) action ``i`` shares with
    # recommendation ``j`` outside its main clause and context, and its field weight (0: none):
    # what a passing mention mentions.
    mention: np.ndarray | None = None
    mention_weight: np.ndarray | None = None
    mention_rank: np.ndarray | None = None  # 0: it is the recommendation's most distinctive concept


# A link is a passing mention when its main clause and context hold less than this share of the
# weight the action as a whole shares with the recommendation.
PASSING_SHARE = 0.5


def _aims(recs: Sequence[Analysed], rec_asks: Sequence[Sequence[Analysed]], fulls: Sequence[Analysed],
          heads: Sequence[Analysed], rows: Sequence[Analysed], fw: FieldWeights) -> Aims:
    n_a, n_r = len(fulls), len(recs)
    passing = np.zeros((n_a, n_r), dtype=bool)
    asks = [np.zeros((n_a, max(1, len(q)))) for q in rec_asks]
    row_asks = [np.zeros((n_a, max(1, len(q)))) for q in rec_asks]
    mention = np.full((n_a, n_r), "", dtype=object)
    mention_weight = np.zeros((n_a, n_r))
    mention_rank = np.full((n_a, n_r), 99)
    r_units = [units(r) for r in recs]
    r_all = [fw.weigh(w | p) for w, p in r_units]
    r_phr = [fw.weigh(p) for _, p in r_units]
    # A recommendation's topics: its lexicon concepts, most distinctive first.
    r_rank = [{u: k for k, (_, u) in enumerate(sorted(((w, u) for u, w in ph.items() if u.startswith("__")),
                                                       reverse=True))} for ph in r_phr]
    q_all = [[fw.weighted(w | p) for w, p in map(units, qs)] for qs in rec_asks]
    r_set = [w | p for w, p in r_units]
    for i in range(n_a):
        full = frozenset().union(*units(fulls[i]))
        head = frozenset().union(*units(heads[i]))
        row = frozenset().union(*units(rows[i]))
        said = full | head
        row_said = row | said
        for j in range(n_r):
            if not said.isdisjoint(r_set[j]):  # else: nothing shared, not passing, no mention
                shared = sum(w for u, w in r_all[j].items() if u in said)
                in_head = sum(w for u, w in r_all[j].items() if u in head)
                passing[i, j] = shared > 0 and in_head < PASSING_SHARE * shared
                tail = sorted(((w, u) for u, w in r_phr[j].items() if u in full and u not in head), reverse=True)
                if tail:
                    mention_weight[i, j], mention[i, j] = tail[0]
                    mention_rank[i, j] = min((r_rank[j][u] for _, u in tail if u in r_rank[j]), default=99)
            for q, target in enumerate(q_all[j]):
                asks[j][i, q] = share_of(said, target)
                row_asks[j][i, q] = share_of(row_said, target)
    passing.setflags(write=False)
    return Aims(passing, tuple(asks), tuple(row_asks), mention, mention_weight, mention_rank)


def sibling_groups(actions: Sequence[Action]) -> list[int]:
    """Group index per action: same plan row, or (without a row) the same objective."""
    keys: dict[tuple, int] = {}
    out = []
    for i, a in enumerate(actions):
        key = ("row", a.row) if a.row else ("objective", a.objective) if a.objective else ("self", i)
        out.append(keys.setdefault(key, len(keys)))
    return out


def peer_groups(actions: Sequence[Action], title: str | None) -> list[tuple | None]:
    """Per action, the heading and objective it sits under (a section every action shares is
    no heading: see :func:`context_text`); None when it has neither."""
    out = []
    for a in actions:
        section = a.section if a.section != title else None
        out.append((section, a.objective) if section or a.objective else None)
    return out


def _peers(cols: dict, groups: Sequence[tuple | None]) -> np.ndarray:
    """The ``peers`` feature (see the module docstring) from the other features' columns."""
    score = YARDSTICK.predict(np.stack([cols[n] for n in YARDSTICK.features], axis=-1), YARDSTICK.features)
    share = score / np.maximum(score.sum(axis=1, keepdims=True), 1e-12)
    out = np.zeros_like(share)
    members: dict[tuple, list[int]] = {}
    for i, g in enumerate(groups):
        if g is not None:
            members.setdefault(g, []).append(i)
    for idx in members.values():
        if len(idx) > 1:
            total = share[idx].sum(axis=0)
            out[idx] = (total[None, :] - share[idx]) / (len(idx) - 1)
    return out


def _tfidf(docs: Sequence, **analyzer):
    """l2-normalised sublinear TF-IDF rows (scipy sparse) of ``docs`` and the fitted vectoriser
    (None when no doc has a term: scikit-learn refuses an empty vocabulary, the rows are zero)."""
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not any(d.split() for d in docs):
        return csr_matrix((len(docs), 0)), None
    if analyzer.get("analyzer") == "char_wb":
        analyzer = {"analyzer": _char_ngrams(*analyzer.get("ngram_range", (1, 1)))}
    vec = TfidfVectorizer(sublinear_tf=True, smooth_idf=True, norm="l2", **analyzer)
    return vec.fit_transform(docs), vec


# How many texts' character n-grams :func:`_char_ngrams` keeps before starting afresh.
_NGRAMS_KEPT = 20_000


@lru_cache(maxsize=4)
def _char_ngrams(low: int, high: int):
    """scikit-learn's own ``char_wb`` analyzer for n-grams of ``low``..``high`` characters,
    remembering each text's n-grams: the same texts come back in every scoring pass (a plan's
    recommendations for each action table, and in history every item of a council, read by the
    linker and by the finding matcher)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    ngrams = TfidfVectorizer(analyzer="char_wb", ngram_range=(low, high)).build_analyzer()
    kept: dict[str, list[str]] = {}

    def analyse_chars(doc: str) -> list[str]:
        grams = kept.get(doc)
        if grams is None:
            if len(kept) >= _NGRAMS_KEPT:
                kept.clear()
            grams = kept[doc] = ngrams(doc)
        return grams

    return analyse_chars


def _cosines(a, b) -> np.ndarray:
    """Cosines of l2-normalised rows, ``out[i, j]`` for ``a[i]`` and ``b[j]``, clipped to 0..1."""
    return np.clip((a @ b.T).toarray(), 0.0, 1.0)


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
    title = plan_title(actions)
    ctxs = [analysed(context_text(a, title)) for a in actions]
    groups = sibling_groups(actions)
    rows = [analysed(t) for t in row_texts(actions, groups)]
    heads = [analysed(" ".join(t for t in (main_clause(a.text), context_text(a, title)) if t)) for a in actions]
    rec_asks = [[analysed(q) for q in asks_of(r)] for r in recommendations]
    n_a, n_r = len(acts), len(recs)
    values = np.zeros((n_a, n_r, len(FEATURES)))
    if n_a and n_r:
        chars, _ = _tfidf([" ".join(x.tokens) for x in recs + acts], analyzer="char_wb", ngram_range=(3, 5))
        # Whole-row character n-grams keep stopwords: phrase fragments ("care plans for") help here.
        row_chars, _ = _tfidf([x.norm for x in recs + rows], analyzer="char_wb", ngram_range=(3, 5))
        conc, rare = _concept_overlaps(acts, recs)
        cols = {"char_tfidf": _cosines(chars[n_r:], chars[:n_r]), "concepts": conc,
                "objective_concepts": _concept_overlaps(ctxs, recs)[0],
                "row_char": _cosines(row_chars[n_r:], row_chars[:n_r]),
                "row_concepts": _concept_overlaps(rows, recs)[0], "rare_concept": rare}
        fw = load_field_weights()
        cols.update(_field_features(recs, rec_asks, heads, fw))
        cols["peers"] = _peers(cols, peer_groups(actions, title))
        values = np.stack([cols[name] for name in FEATURES], axis=-1)
        fulls = [analysed(" ".join(t for t in (a.text, context_text(a, title)) if t)) for a in actions]
        aims = _aims(recs, rec_asks, fulls, heads, rows, fw)
    else:
        aims = Aims(np.zeros((n_a, n_r), dtype=bool), tuple(np.zeros((n_a, 1)) for _ in range(n_r)))
    values.setflags(write=False)
    return FeatureMatrix(FEATURES, tuple(a.id for a in actions), tuple(r.id for r in recommendations),
                         values, tuple(acts), tuple(ctxs), tuple(recs), tuple(rows), aims)
