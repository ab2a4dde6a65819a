"""Polarity of a finding: strength, concern or mixed.

The scorer is deliberately transparent so that a reviewer can see why a finding was
labelled as it was: it counts weighted cue phrases from ``extractor/data/polarity_cues.json``
sentence by sentence (rules 1-4), and a small learned model weighs what the rules found
(rule 5). :class:`PolarityScore` keeps the cues that fired, the rules' own label and the
model's probabilities.

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
   A concern cue within a few words after "when", "if" or "unless" inside a sentence states a
   circumstance ("escalate concerns when plans are not progressed") and does not score.
4. The rules' label: ``strength`` or ``concern`` when only that side has leaning sentences,
   ``mixed`` when both sides do, and ``mixed`` when no sentence leans (no evidence either way).
5. The label given: a multinomial logistic regression (``extractor/data/polarity_model.json``,
   written by ``scripts/train_polarity.py``) over :func:`polarity_features` - how many sentences
   lean each way, first and last lean, cue scores and kinds, contrast markers, the rules' label
   and whether the finding sits in a letter's strengths section. It learns what the rules
   cannot weigh by hand: that one caveat among several credits leaves a strength a strength,
   and that a letter's plain description of what is in place reads as credit. Trained on the
   findings of letter gold batches 1 and 2 only; batch 3 is its test set. With a lexicon other
   than the packaged one the rules' label is given (the model was trained on the packaged cues).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .. import nlp
from ..items import Polarity, normalise_text
from .sections import is_strengths_heading

if TYPE_CHECKING:
    import numpy as np
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
    """The evidence behind a label: cue scores per side, leaning sentences, cues that fired, the
    rules' own label and, when the learned model decided, each label's probability."""

    polarity: Polarity
    strength: float
    concern: float
    strength_sentences: int
    concern_sentences: int
    cues: tuple[str, ...]
    rule: Polarity = "mixed"  # the label rule 4 gives
    probabilities: tuple[tuple[str, float], ...] = ()  # (label, probability) from the model


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


_PLAIN_NOT = ("not", "no", "never", "nor", "without", "few")
# Words that open a circumstance inside a sentence ("... escalate concerns when plans are not
# progressed"): a concern cue soon after one states when something happens, not a shortfall.
_CONDITIONS = ("when", "whenever", "if", "unless")
_CONDITION_WINDOW = 5
# The phrase groups of a lexicon that a sentence is searched for.
_GROUPS = ("neutral", "concern", "strength", "negators", "plain_not", "reducers", "contrast", "conditions")


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
                            "contrast": lex.contrast, "conditions": _CONDITIONS})
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
    conditions = [sp.start for sp in found["conditions"]]
    for s, _, side, p in hits:
        if s in dropped:
            continue
        weight = lex.strength[p] if side == "strength" else lex.concern[p]
        if side == "concern" and any(0 < s - c <= _CONDITION_WINDOW for c in conditions):
            cues.append(f"condition:{p}")
            continue
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


@dataclass(frozen=True)
class SentenceScore:
    """One sentence as the rules read it: its cue scores, the cues that fired, and its lean."""

    text: str
    strength: float
    concern: float
    cues: tuple[str, ...]
    lean: frozenset[str]  # {}, {"strength"}, {"concern"} or both (rule 3)
    contrast: bool  # a contrast marker in the sentence ("although", "however")
    leading_contrast: bool  # it opens with "However" / "But" / ...


def score_sentences(text: str, lexicon: Lexicon | None = None) -> list[SentenceScore]:
    """Rules 1-3 on each sentence of ``text``."""
    lex = lexicon or load_lexicon()
    out: list[SentenceScore] = []
    for sent in (s for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()):
        # "When children do not need a statutory service, they receive effective help":
        # the opening conditional states a circumstance, not a judgement.
        judged = _CONDITIONAL.sub("", sent, count=1) if _CONDITIONAL.match(sent) else sent
        words = normalise_text(judged).split()
        found = cue_spans(words, lex)
        s, c, cues = _score_words(words, lex, found)
        if s and c and found["contrast"]:
            lean = {"strength", "concern"}
        elif s > c:
            lean = {"strength"}
        elif c > s:
            lean = {"concern"}
        else:
            lean = set()
        leading = bool(_LEADING_CONTRAST.match(sent))
        if leading and out and not out[-1].lean and len(lean) == 1:
            out[-1] = replace(out[-1], lean=frozenset({"strength", "concern"} - lean))
        out.append(SentenceScore(sent, s, c, tuple(cues), frozenset(lean), bool(found["contrast"]), leading))
    return out


def score_polarity(text: str, lexicon: Lexicon | None = None, section: str | None = None) -> PolarityScore:
    """Score ``text`` sentence by sentence and label it (see the module rules).

    With the packaged lexicon the label is the learned model's (rule 5), read from the same
    sentence scores and the letter ``section`` the text sits in; with another lexicon it is
    the rules' own (rule 4)."""
    sentences = score_sentences(text, lexicon)
    pos = sum("strength" in x.lean for x in sentences)
    neg = sum("concern" in x.lean for x in sentences)
    rule = _decide(pos, neg)
    label, probabilities = rule, ()
    model = load_model() if lexicon is None else None
    if model is not None:
        label, probabilities = model.predict(polarity_features(sentences, section))
    return PolarityScore(label, sum(x.strength for x in sentences), sum(x.concern for x in sentences), pos, neg,
                         tuple(c for x in sentences for c in x.cues), rule, probabilities)


# --- rule 5: the learned decision -------------------------------------------------------------

def _lean_name(lean: frozenset[str]) -> str:
    return "both" if len(lean) == 2 else next(iter(lean), "none")


def _cue_kind(cue: str) -> str:
    side, _, phrase = cue.partition(":")
    if phrase.startswith(("negated:", "reduced:")):
        return phrase.split(":", 1)[0]
    if side == "concern" and phrase == "not":
        return "not"
    return side  # strength | concern | possible | condition


def polarity_features(sentences: list[SentenceScore], section: str | None = None) -> dict[str, float]:
    """What the model weighs, all read from the rules' sentence scores: how many sentences lean
    each way (and as a share), how the first and last lean, the cue scores per side, the kinds
    of cue that fired, contrast markers, length, and whether the text sits in a letter's
    strengths section ("Key strengths"), alone and with the leans and scores."""
    f: dict[str, float] = {}

    def add(key: str, value: float = 1.0) -> None:
        f[key] = f.get(key, 0.0) + value

    n = len(sentences)
    for i, x in enumerate(sentences):
        lean = _lean_name(x.lean)
        add(f"lean:{lean}")
        if i == 0:
            add(f"first:{lean}")
        if i == n - 1:
            add(f"last:{lean}")
        add("score:strength", x.strength)
        add("score:concern", x.concern)
        for cue in x.cues:
            add(f"cues:{_cue_kind(cue)}")
        add("contrast", float(x.contrast))
        add("leading contrast", float(x.leading_contrast))
    for lean in ("strength", "concern", "both", "none"):
        f[f"share:{lean}"] = f.get(f"lean:{lean}", 0.0) / n if n else 0.0
    add("score:strength-concern", f.get("score:strength", 0.0) - f.get("score:concern", 0.0))
    rule = _decide(sum("strength" in x.lean for x in sentences), sum("concern" in x.lean for x in sentences))
    add(f"rule:{rule}")
    add("sentences", n)
    where = "strengths" if section and is_strengths_heading(section) else "other"
    add(f"section:{where}")
    for key in ("lean:strength", "lean:concern", "lean:both", "lean:none", "score:strength", "score:concern"):
        f[f"{where}*{key}"] = f.get(key, 0.0)
    return f


@dataclass(frozen=True)
class PolarityModel:
    """Multinomial logistic regression over :func:`polarity_features` (scripts/train_polarity.py)."""

    classes: tuple[str, ...]
    features: tuple[str, ...]
    coef: "np.ndarray"  # classes x features
    intercept: "np.ndarray"

    def predict(self, features: dict[str, float]) -> tuple[Polarity, tuple[tuple[str, float], ...]]:
        """The most probable label and every label's probability (as scikit-learn's predict_proba)."""
        import numpy as np

        x = np.array([features.get(name, 0.0) for name in self.features])
        z = self.coef @ x + self.intercept
        p = np.exp(z - z.max())
        p /= p.sum()
        best = int(np.argmax(p))
        return self.classes[best], tuple((c, round(float(v), 4)) for c, v in zip(self.classes, p))


MODEL_FILE = "data/polarity_model.json"


@lru_cache(maxsize=1)
def load_model() -> PolarityModel:
    """The packaged model (read once). A missing model is an error, not a quiet fall back to
    the rules: the labels would change without anyone knowing."""
    import numpy as np

    path = resources.files("extractor").joinpath(MODEL_FILE)
    if not path.is_file():
        from ..errors import InputError

        raise InputError("finding polarity model not found",
                         "Reinstall recmap (the model is package data), or in a checkout run "
                         "scripts/train_polarity.py --write.", f"extractor/{MODEL_FILE}")
    raw = json.loads(path.read_text("utf-8"))
    return PolarityModel(tuple(raw["classes"]), tuple(raw["features"]), np.array(raw["coef"], dtype=float),
                         np.array(raw["intercept"], dtype=float))


def _decide(pos: int, neg: int) -> Polarity:
    if pos and not neg:
        return "strength"
    if neg and not pos:
        return "concern"
    return "mixed"


def polarity(text: str, section: str | None = None) -> Polarity:
    """Just the label of :func:`score_polarity`."""
    return score_polarity(text, section=section).polarity
