"""Score a letter's findings against a case's recommendations and plan actions.

The project's linker scores plan actions against recommendations; a finding is neither, so
this adapter compares texts directly: TF-IDF cosine over content words (plural-folded,
stopwords dropped), with inverse document frequencies taken from the case's own texts so a
finding scores the same whichever letter it appears in, plus a bonus for shared
children's-services concepts from the project lexicon (``CLA`` meets ``children looked after``)
when that lexicon is available. Pure Python: no model or scikit-learn import per worker.

A finding that matches a plan action also speaks to the recommendations that action answers
(the case's action->recommendation links), at a discount; see :func:`match_findings`.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..items import Finding, normalise_text
from .model import Case, Match

# General English stopwords plus words so common in inspection letters and plans that they
# carry no signal about *which* recommendation a finding concerns.
_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers him his how i if in into is it its itself just more most much must no nor not now of off
on once only or other our ours out over own same she should so some such than that the their theirs them
then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours within across well further however already still since
ensure ensuring improve improved improving improvement improvements make made work working worked
local authority council leader leaders senior manager managers management child children young people
person service services social worker workers practice need needs help support supported supporting
family families including include includes through consistently consistent effective effectively
good strong weak poor quality appropriate appropriately timely time inspector inspectors ofsted visit
monitoring focused letter area areas level levels number range full fully continue continued continues
""".split())


def _stem(word: str) -> str:
    # Plural and possessive folding only: enough for "plans"/"plan", "assessments"/"assessment".
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def terms(text: str) -> list[str]:
    """Content words of ``text`` (normalised, stopwords dropped, plurals folded)."""
    out = []
    for w in normalise_text(text).split():
        if len(w) < 3 or w in _STOP or w.isdigit():
            continue
        w = _stem(w)
        if w not in _STOP:
            out.append(w)
    return out


@lru_cache(maxsize=1)
def _lexicon():
    """The linker's concept lexicon if it is installed, else None (matching still works)."""
    try:
        from ..link.lexicon import load_lexicon

        return load_lexicon()
    except Exception:  # the lexicon is an optional boost; its absence must not stop a batch
        return None


def concepts(text: str) -> frozenset[str]:
    lex = _lexicon()
    return lex.concepts_in(text) if lex is not None else frozenset()


@dataclass(frozen=True)
class MatchOptions:
    """Tunables of finding matching (kept here, not in Settings, as only the batch uses them)."""

    threshold: float = 0.20  # a finding "speaks to" a target at or above this score
    max_per_finding: int = 3  # per target kind
    concept_weight: float = 0.25  # share of the score from shared lexicon concepts
    via_action_discount: float = 0.85  # finding->action->recommendation counts this much
    via_link_min: float = 0.5  # only action->recommendation links this strong carry a finding over

    def __post_init__(self) -> None:
        if not 0 <= self.threshold <= 1 or not 0 <= self.concept_weight <= 1:
            raise ValueError("match threshold and concept_weight must lie in 0..1")
        if self.max_per_finding < 1:
            raise ValueError("max_per_finding must be at least 1")


@dataclass(frozen=True)
class _Doc:
    id: str
    kind: str
    vec: dict[str, float]
    words: frozenset[str]
    concepts: frozenset[str]


class Scorer:
    """TF-IDF model of a case's texts; scores any text against every target."""

    def __init__(self, case: Case):
        texts = [(r.id, "recommendation", r.text) for r in case.recommendations]
        texts += [(a.id, "action", " ".join(t for t in (a.text, a.objective or "") if t)) for a in case.actions]
        bags = [Counter(terms(t)) for _, _, t in texts]
        n = len(bags)
        df = Counter(w for b in bags for w in b)
        self._idf = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}
        self._unseen_idf = math.log(n + 1) + 1.0
        self.docs = [
            _Doc(i, k, self._vector(b), frozenset(b), concepts(t)) for (i, k, t), b in zip(texts, bags)
        ]

    def _vector(self, bag: Counter) -> dict[str, float]:
        vec = {w: (1 + math.log(c)) * self._idf.get(w, self._unseen_idf) for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}

    def score(self, text: str, opts: MatchOptions) -> list[tuple[_Doc, float, str]]:
        """(target, score, evidence) for every target with any overlap, best first."""
        bag = Counter(terms(text))
        vec = self._vector(bag)
        cons = concepts(text)
        out = []
        for d in self.docs:
            cos = sum(v * d.vec[w] for w, v in vec.items() if w in d.vec)
            shared_c = cons & d.concepts
            jac = len(shared_c) / len(cons | d.concepts) if shared_c else 0.0
            s = (1 - opts.concept_weight) * cos + opts.concept_weight * jac if d.concepts or cons else cos
            # A finding may be long; do not let a single shared concept without words count.
            if cos == 0.0:
                continue
            shared_w = sorted(set(vec) & d.words, key=lambda w: -(vec[w] * d.vec[w]))[:5]
            ev = "shared words: " + ", ".join(shared_w)
            if shared_c:
                ev += "; concepts: " + ", ".join(sorted(_label(c) for c in shared_c))
            out.append((d, min(1.0, s), ev))
        out.sort(key=lambda t: -t[1])
        return out


def _label(key: str) -> str:
    lex = _lexicon()
    return lex.label(key) if lex is not None else key.replace("_", " ")


@lru_cache(maxsize=4)
def _scorer(case: Case) -> Scorer:
    # A worker process scores many letters against the same case: build the model once.
    return Scorer(case)


def match_findings(findings: tuple[Finding, ...], case: Case, opts: MatchOptions = MatchOptions()) -> tuple[Match, ...]:
    """Every finding's matches to the case: up to ``max_per_finding`` recommendations and actions
    scoring at least ``threshold``, plus recommendations reached through a matched action that
    the case links strongly to them (score discounted, evidence says "via action ...")."""
    if case.empty or not findings:
        return ()
    scorer = _scorer(case)
    rec_of_action: dict[str, list[tuple[str, float]]] = {}
    for l in case.links:
        if l.score >= opts.via_link_min:
            rec_of_action.setdefault(l.action, []).append((l.recommendation, l.score))
    rows = {a.id: a.row for a in case.actions}
    out: list[Match] = []
    for f in findings:
        scored = [t for t in scorer.score(f.text, opts) if t[1] >= opts.threshold]
        recs = {d.id: Match(f.id, d.id, "recommendation", s, ev) for d, s, ev in scored if d.kind == "recommendation"}
        acts = [Match(f.id, d.id, "action", s, ev) for d, s, ev in scored if d.kind == "action"][: opts.max_per_finding]
        for m in acts:
            for rec_id, link_score in rec_of_action.get(m.target, ()):
                s = m.score * link_score * opts.via_action_discount
                if s >= opts.threshold and (rec_id not in recs or recs[rec_id].score < s):
                    recs[rec_id] = Match(f.id, rec_id, "recommendation", s,
                                         f"via action {rows.get(m.target) or m.target}: {m.evidence}")
        best_recs = sorted(recs.values(), key=lambda m: -m.score)[: opts.max_per_finding]
        out += best_recs + acts
    return tuple(out)


_WS = re.compile(r"\s+")


def options_key(opts: MatchOptions) -> str:
    """Stable text of the options for the cache key."""
    return _WS.sub(" ", repr(opts))
