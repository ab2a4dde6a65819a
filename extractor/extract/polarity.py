"""Rule-based polarity of a finding: strength, concern or mixed.

The scorer is deliberately transparent so that a reviewer can see why a finding was
labelled as it was: it counts weighted cue phrases from ``extractor/data/polarity_cues.json``.

Rules, in order:
1. Strength cues ("effective", "good", "improved"...) and concern cues ("weak", "not",
   "too slow", "delay"...) are matched on word boundaries in normalised text; each cue's
   weight is added to its side. A longer cue wins over a shorter one it contains
   ("not always effective" scores "not always" once, not "not" as well).
2. A strength cue within ``negation_window`` words after a negator ("not", "lack",
   "insufficiently"...) counts for the concern side ("not always effective").
3. If both sides score and the text has a contrast marker ("however", "but", "although",
   "while", "despite"...), the finding is ``mixed``.
4. Otherwise the side with at least twice the other's score wins; anything closer is
   ``mixed``, and a text with no cues at all is ``mixed`` (no evidence either way).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..items import Polarity, normalise_text


@dataclass(frozen=True)
class Lexicon:
    strength: dict[str, float]
    concern: dict[str, float]
    negators: tuple[str, ...]
    contrast: tuple[str, ...]
    negation_window: int


@dataclass(frozen=True)
class PolarityScore:
    """The evidence behind a label: scores per side and the cues that fired."""

    polarity: Polarity
    strength: float
    concern: float
    contrast: bool
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
    )


def _match_spans(words: list[str], phrases: dict[str, float] | tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, phrase) word spans of every phrase occurrence, longest first."""
    by_len: dict[int, set[str]] = {}
    for p in phrases:
        by_len.setdefault(len(p.split()), set()).add(p)
    spans = []
    for n in sorted(by_len, reverse=True):
        for i in range(len(words) - n + 1):
            cand = " ".join(words[i:i + n])
            if cand in by_len[n]:
                spans.append((i, i + n, cand))
    return spans


def score_polarity(text: str, lexicon: Lexicon | None = None) -> PolarityScore:
    """Score ``text`` and label it strength, concern or mixed (see the module rules)."""
    lex = lexicon or load_lexicon()
    words = normalise_text(text).split()
    taken = [False] * len(words)
    hits: list[tuple[int, int, str, str]] = []  # start, end, side, phrase
    # Longest phrases first across both sides, so "not effective" beats "not" + "effective".
    cands = [(s, e, "concern", p) for s, e, p in _match_spans(words, lex.concern)]
    cands += [(s, e, "strength", p) for s, e, p in _match_spans(words, lex.strength)]
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    for s, e, side, p in cands:
        if any(taken[s:e]):
            continue
        for i in range(s, e):
            taken[i] = True
        hits.append((s, e, side, p))
    neg_positions = [s for s, _, _ in _match_spans(words, lex.negators)]
    strength = concern = 0.0
    cues = []
    for s, e, side, p in sorted(hits):
        if side == "strength" and any(0 < s - n <= lex.negation_window for n in neg_positions):
            side = "concern"
            p = f"negated:{p}"
        weight = lex.strength.get(p, lex.concern.get(p, 1.0)) if not p.startswith("negated:") else 1.0
        if side == "strength":
            strength += weight
        else:
            concern += weight
        cues.append(f"{side}:{p}")
    contrast = bool(_match_spans(words, lex.contrast))
    return PolarityScore(_decide(strength, concern, contrast), strength, concern, contrast, tuple(cues))


def _decide(strength: float, concern: float, contrast: bool) -> Polarity:
    if strength and concern and contrast:
        return "mixed"
    if strength >= 2 * concern and strength > 0:
        return "strength"
    if concern >= 2 * strength and concern > 0:
        return "concern"
    return "mixed"


def polarity(text: str) -> Polarity:
    """Just the label of :func:`score_polarity`."""
    return score_polarity(text).polarity
