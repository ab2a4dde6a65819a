"""Text as the linker sees it: spaCy tokens, domain stopwords dropped, a light plural rule.

Lemmas from spaCy would need the ~100 MB spacy-lookups-data package, so they were not added.
A cheaper stand-in, a two-rule suffix normaliser (plurals and possessives: "plans"/"plan"),
was measured instead (``scripts/eval_linking.py --ablate``) and did NOT earn its place: on
bucks.json cross-validated top-1 fell from 0.895 to 0.842 and MAP from 0.910 to 0.871 with it
(character n-grams and the lexicon already bridge most inflections). It is off by default
(:data:`PLURAL_RULE`) and kept for the ablation.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import nlp
from ..items import normalise_text
from .lexicon import Lexicon

# Whether to fold plurals/possessives (measured: off is better; see the module docstring).
PLURAL_RULE = False


@lru_cache(maxsize=1 << 15)
def _word(token: str) -> str:
    """A token as a word for comparison (normalised, inner spaces dropped); cached, as the
    same few thousand words recur through a plan."""
    return normalise_text(token).replace(" ", "")


def stem(word: str) -> str:
    """Fold plurals and possessives: 'assessments' -> 'assessment', 'policies' -> 'policy'."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Analysed:
    """One text ready for comparison: content tokens and lexicon concepts."""

    norm: str  # normalise_text() of the text
    tokens: tuple[str, ...]  # content words, stemmed, in order (repeats kept)
    concepts: frozenset[str]

    def terms(self) -> tuple[str, ...]:
        """Tokens plus one pseudo-token per concept, so synonyms meet in word vectors."""
        return self.tokens + tuple(f"__{c}" for c in sorted(self.concepts))


# How many analysed texts a lexicon keeps before starting afresh (a long-lived review server
# or a large history run must not grow without bound).
_ANALYSED_KEPT = 50_000


def analyse(text: str, lexicon: Lexicon, use_stem: bool = PLURAL_RULE) -> Analysed:
    """Tokenise ``text`` with spaCy's English tokenizer (``extractor.nlp``) and attach its lexicon
    concepts. Each lexicon remembers the texts it has analysed (an :class:`Analysed` is immutable)."""
    kept = lexicon._analysed
    key = (text, use_stem)
    out = kept.get(key)
    if out is None:
        if len(kept) >= _ANALYSED_KEPT:
            kept.clear()
        out = kept[key] = _analyse(text, lexicon, use_stem)
    return out


def _analyse(text: str, lexicon: Lexicon, use_stem: bool) -> Analysed:
    stop = nlp.stop_words()
    words = []
    for tok in nlp.tokenize(text.lower()):
        w = _word(tok.text)
        if len(w) < 2 or w in stop or w in lexicon.stopwords or w.isdigit():
            continue
        w = stem(w) if use_stem else w
        if w in lexicon.stopwords:
            continue
        words.append(w)
    return Analysed(normalise_text(text), tuple(words), lexicon.concepts_in(text))
