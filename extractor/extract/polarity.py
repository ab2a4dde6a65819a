"""Rule-based polarity of a finding: strength, concern or mixed.

The scorer is deliberately transparent so that a reviewer can see why a finding was
labelled as it was: it counts weighted cue phrases from ``extractor/data/polarity_cues.json``
sentence by sentence.

Rules:
1. Strength cues ("effective", "good", "improved"...) and concern cues ("weak", "not",
   "too slow", "delay"...) are matched as whole words in normalised text (spaCy's
   ``PhraseMatcher``, ``extractor.nlp``); each cue's weight is added to its side. A longer cue
   wins over a shorter one it overlaps ("not always" is scored once, not also as "not"):
   the longest non-overlapping cues are kept, the leftmost first among equal lengths.
2. Domain phrases in the lexicon's ``neutral`` list ("poor mental health", "waiting times")
   consume their words without scoring. A concern cue right after a negator is a double
   negative ("do not need to wait"): neither scores; one right after a reducing verb
   ("helping to reduce drift") counts for strength, one after "at risk of" is a
   possibility and does not score. An opening conditional clause ("When ..., ", "If ..., ") is not scored: it states a
   circumstance, not a judgement. A strength cue within ``negation_window`` words after a negator ("not", "lack",
   "insufficiently"...) counts for the concern side ("not always effective").
3. Each sentence leans to the side with the higher score. A sentence that scores on both
   sides and has a contrast marker ("while", "although", "but"...) leans both ways. A
   sentence opening with "However"/"But"/"Nevertheless" gives the sentence before it the
   other side when that one carried no cue ("Placements are meeting children's needs.
   However, delays ...").
4. The finding is ``strength`` or ``concern`` when only that side has leaning sentences,
   ``mixed`` when both sides do, and ``mixed`` when no sentence leans (no evidence either way).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .. import nlp
from ..items import Polarity, normalise_text

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span


@dataclass(frozen=True)
class Lexicon:
    strength: dict[str, float]
    concern: dict[str, float]
    negators: tuple[str, ...]
    contrast: tuple[str, ...]
    negation_window: int
    neutral: tuple[str, ...] = ()
    reducers: tuple[str, ...] = ()


@dataclass(frozen=True)
class PolarityScore:
    """The evidence behind a label: cue scores per side, leaning sentences, cues that fired."""

    polarity: Polarity
    strength: float
    concern: float
    strength_sentences: int
    concern_sentences: int
    cues: tuple[str, ...]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged cue lexicon (read once)."""
    raw = json.loads(resources.files("extractor").joinpath("data/polarity_cues.json").read_text("utf-8"))
    return Lexicon(
        strength={normalise_text(k): float(v) for k, v in raw["strength"].items()},
        concern={normalise_text(k): float(v) for k, v in raw["concern"].items()},
        negators=tuple(normalise_text(n) for n in raw["negators"]),
        contrast=tuple(normalise_text(c) for c in raw["contrast"]),
        negation_window=int(raw.get("negation_window", 3)),
        neutral=tuple(normalise_text(n) for n in raw.get("neutral", ())),
        reducers=tuple(normalise_text(n) for n in raw.get("reducers", ())),
    )


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u2018\u201c'\"(])")
_CONDITIONAL = re.compile(r"^(when|whenever|if|where|once|should)\b[^,;]{0,200},\s*", re.I)
_LEADING_CONTRAST = re.compile(r"^(however|but|nevertheless|nonetheless|despite this|that said|even so|yet)\b", re.I)


_PLAIN_NOT = ("not", "no", "never", "nor", "without")
# The phrase groups of a lexicon that a sentence is searched for.
_GROUPS = ("neutral", "concern", "strength", "negators", "plain_not", "reducers", "contrast")


# Matchers by the identity of the lexicon they were built from (a lexicon is frozen and its
# phrase lists are never changed). The lexicon is kept with its matcher so its id cannot be
# reused by another object while the entry exists.
_MATCHERS: dict[int, tuple[Lexicon, "PhraseMatcher"]] = {}


def compiled(lex: Lexicon) -> "PhraseMatcher":
    """spaCy's ``PhraseMatcher`` for the phrase groups of ``lex`` (one match key per group),
    built on first use and then reused."""
    entry = _MATCHERS.get(id(lex))
    if entry is not None and entry[0] is lex:
        return entry[1]
    if len(_MATCHERS) > 16:  # many throw-away lexicons (tests): start over rather than grow
        _MATCHERS.clear()
    m = nlp.phrase_matcher({"neutral": lex.neutral, "concern": lex.concern, "strength": lex.strength,
                            "negators": lex.negators, "plain_not": _PLAIN_NOT, "reducers": lex.reducers,
                            "contrast": lex.contrast})
    _MATCHERS[id(lex)] = (lex, m)
    return m


def cue_spans(words: list[str], lex: Lexicon) -> dict[str, list["Span"]]:
    """Per phrase group (:data:`_GROUPS`), the spans of every occurrence of its phrases in
    ``words``, overlapping ones included: longest first, then left to right (the scorer relies
    on that order)."""
    out: dict[str, list] = {g: [] for g in _GROUPS}
    for span in sorted(nlp.phrase_spans(compiled(lex), words), key=lambda sp: (-len(sp), sp.start)):
        out[span.label_].append(span)
    return out


def _score_words(words: list[str], lex: Lexicon,
                 found: dict[str, list["Span"]] | None = None) -> tuple[float, float, list[str]]:
    """(strength, concern, cues) of one sentence (rules 1 and 2). ``found`` is the sentence's
    :func:`cue_spans` when the caller already has them."""
    if found is None:
        found = cue_spans(words, lex)
    # Neutral phrases take part so that they consume their words; on equal spans the order
    # neutral, concern, strength decides (filter_spans keeps the first of equals).
    kept = nlp.longest_spans(found["neutral"] + found["concern"] + found["strength"])
    hits = [(sp.start, sp.end, sp.label_, sp.text) for sp in kept if sp.label_ != "neutral"]
    negators = [sp.start for sp in found["negators"]]
    # A concern cue negated ("do not need to wait", "not complacent") is a double
    # negative: drop it and the negator cue it follows.
    dropped: set[int] = set()
    plain_not = [sp.start for sp in found["plain_not"]]
    for s, _, side, _ in hits:
        if side == "concern":
            near = [n for n in plain_not if 0 < s - n <= lex.negation_window]
            if near:
                dropped.add(s)
                dropped.add(max(near))
    # "helping to reduce drift": a concern being reduced is progress; "at risk of delay"
    # is a possibility, not a finding.
    reducers = [(sp.end, sp.text) for sp in found["reducers"]]
    strength = concern = 0.0
    cues = []
    for s, _, side, p in hits:
        if s in dropped:
            continue
        weight = lex.strength[p] if side == "strength" else lex.concern[p]
        if side == "concern":
            near = [r for e, r in reducers if 0 <= s - e < lex.negation_window]
            if near and near[-1] == "at risk of":
                cues.append(f"possible:{p}")
                continue
            if near:
                side, p, weight = "strength", f"reduced:{p}", 1.0
        if side == "strength" and any(0 < s - n <= lex.negation_window for n in negators):
            side, p, weight = "concern", f"negated:{p}", 1.0
        if side == "strength":
            strength += weight
        else:
            concern += weight
        cues.append(f"{side}:{p}")
    return strength, concern, cues


def score_polarity(text: str, lexicon: Lexicon | None = None) -> PolarityScore:
    """Score ``text`` sentence by sentence and label it (see the module rules)."""
    lex = lexicon or load_lexicon()
    sentences = [s for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]
    leans: list[set[str]] = []
    total_s = total_c = 0.0
    cues: list[str] = []
    for sent in sentences:
        # "When children do not need a statutory service, they receive effective help":
        # the opening conditional states a circumstance, not a judgement.
        judged = _CONDITIONAL.sub("", sent, count=1) if _CONDITIONAL.match(sent) else sent
        words = normalise_text(judged).split()
        found = cue_spans(words, lex)
        s, c, sent_cues = _score_words(words, lex, found)
        total_s, total_c = total_s + s, total_c + c
        cues += sent_cues
        if s and c and found["contrast"]:
            lean = {"strength", "concern"}
        elif s > c:
            lean = {"strength"}
        elif c > s:
            lean = {"concern"}
        else:
            lean = set()
        if _LEADING_CONTRAST.match(sent) and leans and not leans[-1] and len(lean) == 1:
            leans[-1] = {"strength", "concern"} - lean
        leans.append(lean)
    pos = sum("strength" in lean for lean in leans)
    neg = sum("concern" in lean for lean in leans)
    return PolarityScore(_decide(pos, neg), total_s, total_c, pos, neg, tuple(cues))


def _decide(pos: int, neg: int) -> Polarity:
    if pos and not neg:
        return "strength"
    if neg and not pos:
        return "concern"
    return "mixed"


def polarity(text: str) -> Polarity:
    """Just the label of :func:`score_polarity`."""
    return score_polarity(text).polarity
