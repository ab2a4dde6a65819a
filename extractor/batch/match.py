"""Score a letter's findings against a case's recommendations and plan actions.

Two measures, blended for recommendations (:class:`MatchOptions`):

- the project's linker (:func:`extractor.link.score_pairs`, public API only), which scores each
  finding as if it were a plan action: it brings the linker's trained weighting of word,
  character and concept features;
- this module's text similarity: TF-IDF cosine over content words (suffixes folded, stopwords
  dropped), with inverse document frequencies from the case's own texts so a finding scores
  the same whichever letter it appears in; the best sentence-to-sentence cosine counts too
  (a finding of five sentences often speaks to a recommendation in one); plus a share for
  children's-services concepts from the project lexicon (``CLA`` meets ``children looked
  after``). Plan actions are scored by this alone.

On the gold of ``corpus/gold/matches`` (``scripts/eval_batch_match.py``) the blend ranks the
right recommendation first for 0.65 of the findings that have one, against 0.46 for the text
similarity of before. If the linker cannot be loaded, text similarity alone is used.

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


# Suffixes folded by :func:`_stem`, longest first. Enough to bring a letter's wording and a
# recommendation's together ("planning"/"plans", "assessed"/"assessments", "escalation"/"escalate").
_SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "ed", "ly", "es", "s", "e")
_VOWELS = frozenset("aeiouy")


def _stem(word: str) -> str:
    """A light suffix-stripping stemmer: 'assessments', 'assessed' -> 'assess'; 'planning',
    'plans', 'planned' -> 'plan'; 'escalation', 'escalates' -> 'escalat'. At least four
    letters always remain, so short words keep their meaning ("care" stays "care")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break  # "process", "status", "analysis"
            word = word[: -len(suffix)]
            break
    if len(word) >= 5 and word[-1] == word[-2] and word[-1] not in _VOWELS and word[-1] not in "ls":
        word = word[:-1]  # "plann" -> "plan"; "assess", "skill" keep their doubles
    return word


_STOP_STEMS = frozenset(_stem(w) for w in _STOP)  # "ensured", "timely" go with "ensure", "time"


def terms(text: str) -> list[str]:
    """Content words of ``text`` (normalised, stopwords dropped, suffixes folded)."""
    return [stem for stem, _ in _terms(text)]


def _terms(text: str) -> list[tuple[str, str]]:
    """(folded, as written) for each content word of ``text``."""
    out = []
    for w in normalise_text(text).split():
        if len(w) < 3 or w in _STOP or w.isdigit():
            continue
        stem = _stem(w)
        if stem not in _STOP and stem not in _STOP_STEMS:
            out.append((stem, w))
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

    # A finding "speaks to" a recommendation at or above this score (scripts/eval_batch_match.py:
    # P=0.70, R(all)=0.30 on corpus/gold/matches with the linker of 2026-12-06).
    threshold: float = 0.20
    action_threshold: float = 0.20  # ... and to a plan action (text similarity alone) at or above this
    max_per_finding: int = 3  # per target kind
    # Share of a recommendation's score from the project's linker (its model scores the finding
    # as it would a plan action); the rest is this module's text similarity. 0 turns it off.
    linker_weight: float = 0.5
    concept_weight: float = 0.25  # share of the score from shared lexicon concepts
    via_action_discount: float = 0.85  # finding->action->recommendation counts this much
    via_link_min: float = 0.5  # only action->recommendation links this strong carry a finding over
    # A finding of several sentences often speaks to a recommendation in one of them: the best
    # sentence-to-sentence cosine counts this much (0 turns it off), when above the whole texts'.
    part_weight: float = 0.8

    def __post_init__(self) -> None:
        if not all(0 <= v <= 1 for v in (self.threshold, self.action_threshold, self.concept_weight,
                                         self.part_weight, self.linker_weight)):
            raise ValueError("match thresholds and weights must lie in 0..1")
        if self.max_per_finding < 1:
            raise ValueError("max_per_finding must be at least 1")


@dataclass(frozen=True)
class _Doc:
    id: str
    kind: str
    vec: dict[str, float]
    words: frozenset[str]
    concepts: frozenset[str]
    parts: tuple[dict[str, float], ...]  # one vector per sentence or clause


# Sentences, and clauses after a semicolon: a recommendation often lists its points that way.
_PARTS = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u2018\u201c'\"(])|;\s+")


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[w] for w, v in a.items() if w in b)


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
            _Doc(i, k, self._vector(b), frozenset(b), concepts(t), self._parts(t))
            for (i, k, t), b in zip(texts, bags)
        ]

    def _vector(self, bag: Counter) -> dict[str, float]:
        vec = {w: (1 + math.log(c)) * self._idf.get(w, self._unseen_idf) for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}

    def _parts(self, text: str) -> tuple[dict[str, float], ...]:
        """Vectors of the sentences (and semicolon clauses) of ``text`` with two or more
        content words; a text of one part has none (its whole vector says it all)."""
        bags = [Counter(terms(p)) for p in _PARTS.split(text)]
        bags = [b for b in bags if sum(b.values()) >= 2]
        return tuple(self._vector(b) for b in bags) if len(bags) > 1 else ()

    def score(self, text: str, opts: MatchOptions) -> list[tuple[_Doc, float, str]]:
        """(target, score, evidence) for every target with any overlap, best first."""
        written = _terms(text)
        bag = Counter(stem for stem, _ in written)
        surface = {}  # folded word -> its first spelling in the finding, for the evidence
        for stem, w in written:
            surface.setdefault(stem, w)
        vec = self._vector(bag)
        parts = self._parts(text) if opts.part_weight else ()
        cons = concepts(text)
        out = []
        for d in self.docs:
            cos = _dot(vec, d.vec)
            # A finding may be long; do not let a single shared concept without words count.
            if cos == 0.0:
                continue
            if opts.part_weight:
                mine, theirs = parts or (vec,), d.parts or (d.vec,)
                best_part = max(_dot(p, q) for p in mine for q in theirs)
                cos = max(cos, opts.part_weight * best_part)
            shared_c = cons & d.concepts
            jac = len(shared_c) / len(cons | d.concepts) if shared_c else 0.0
            s = (1 - opts.concept_weight) * cos + opts.concept_weight * jac if d.concepts or cons else cos
            # Heaviest first; equal weights by the word itself, not set order (which string-hash
            # randomisation changes from process to process): the same inputs, the same text.
            shared_w = sorted(set(vec) & d.words, key=lambda w: (-(vec[w] * d.vec[w]), w))[:5]
            ev = "shared words: " + ", ".join(surface[w] for w in shared_w)
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


@lru_cache(maxsize=1)
def _linker_model():
    """The linker's model, read once per process; None when the linker cannot be used (matching
    then rests on text similarity alone rather than failing the letter)."""
    try:
        from ..link import load_model

        return load_model()
    except Exception:
        return None


def linker_fingerprint() -> str:
    """Which linker model scores recommendations (for the cache key: a retrained model lives
    outside the package code the cache already hashes)."""
    import hashlib
    import json

    m = _linker_model()
    if m is None:
        return "none"
    return hashlib.sha256(json.dumps(m.to_json(), sort_keys=True).encode()).hexdigest()[:12]


def linker_scores(findings: tuple[Finding, ...], case: Case) -> dict[tuple[str, str], float]:
    """(finding id, recommendation id) -> the linker's score, each finding scored as the plan
    action it would be if it were written in a plan. Empty when the linker is unavailable."""
    model = _linker_model()
    if model is None or not case.recommendations or not findings:
        return {}
    try:
        from ..items import Action
        from ..link import score_pairs

        sm = score_pairs(case.recommendations, [Action(f.id, None, f.text, f.prov) for f in findings], model=model)
    except Exception:  # the linker is an improvement on text similarity, not a reason to fail a letter
        return {}
    return {(a, r): float(sm.scores[i, j]) for i, a in enumerate(sm.action_ids)
            for j, r in enumerate(sm.recommendation_ids)}


def match_findings(findings: tuple[Finding, ...], case: Case, opts: MatchOptions = MatchOptions()) -> tuple[Match, ...]:
    """Every finding's matches to the case: up to ``max_per_finding`` recommendations scoring at
    least ``threshold`` and actions scoring at least ``action_threshold``, plus recommendations
    reached through a matched action that the case links strongly to them (score discounted,
    evidence says "via action ...").

    A recommendation's score blends the linker's score of the finding (``linker_weight``) with
    this module's text similarity; an action's is the text similarity alone. Every
    recommendation match, direct or through an action, must reach ``threshold``."""
    if case.empty or not findings:
        return ()
    scorer = _scorer(case)
    linked = linker_scores(findings, case) if opts.linker_weight else {}
    w = opts.linker_weight if linked else 0.0
    rec_ids = [r.id for r in case.recommendations]
    rec_of_action: dict[str, list[tuple[str, float]]] = {}
    for l in case.links:
        if l.score >= opts.via_link_min:
            rec_of_action.setdefault(l.action, []).append((l.recommendation, l.score))
    rows = {a.id: a.row for a in case.actions}
    out: list[Match] = []
    for f in findings:
        scored = scorer.score(f.text, opts)
        text_sim = {d.id: (s, ev) for d, s, ev in scored if d.kind == "recommendation"}
        recs: dict[str, Match] = {}
        for rid in rec_ids:
            sim, ev = text_sim.get(rid, (0.0, ""))
            ls = linked.get((f.id, rid), 0.0)
            s = (1 - w) * sim + w * ls
            if s >= opts.threshold and s > 0:
                if w:
                    ev = f"linker {ls:.2f}, text {sim:.2f}" + (f"; {ev}" if ev else "")
                recs[rid] = Match(f.id, rid, "recommendation", s, ev)
        acts = [Match(f.id, d.id, "action", s, ev) for d, s, ev in scored
                if d.kind == "action" and s >= opts.action_threshold][: opts.max_per_finding]
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


def options_key(opts: MatchOptions, with_case: bool = True) -> str:
    """Stable text of the options (and of the linker model they use) for the cache key.
    Without a case nothing is matched, so the linker is not even loaded."""
    key = _WS.sub(" ", repr(opts))
    return f"{key};linker={linker_fingerprint()}" if opts.linker_weight and with_case else key
