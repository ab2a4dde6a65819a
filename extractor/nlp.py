"""recmap's NLP layer: one blank English spaCy pipeline per process, and its phrase matching.

``english()`` is ``spacy.blank("en")`` (no trained model, nothing downloaded), built on first
use and shared by every stage:

- its tokenizer and stop words give the linker its words (``extractor.link.text``);
- ``extractor.extract.leads`` adds two ``entity_ruler`` components to it (the gazetteer of
  roles, teams and bodies, then personal-name token patterns) and runs it on lead cells;
- :func:`phrase_matcher` and :func:`phrase_spans` are spaCy's ``PhraseMatcher`` on its vocab,
  used for the children's-services lexicon (``extractor.link.lexicon``) and the polarity cues
  (``extractor.extract.polarity``). Both match on :func:`~extractor.items.normalise_text`
  output, whose words are already separated by single spaces; the matched ``Doc`` is made of
  those words as they are (:func:`words_doc`), so a phrase matches whole words only. (The
  tokenizer would re-split some of them: "cannot" into "can" + "not", a concern cue and a
  negator where the cue rules read no cue.)

Importing spaCy is paid once per process, on first use, not when recmap is imported.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

if TYPE_CHECKING:  # spaCy is imported on first use (extractor's import stays light)
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span


_BUILDING = threading.Lock()  # threads (the review server, a threaded batch) share one pipeline


@lru_cache(maxsize=1)
def _blank_english() -> "Language":
    import spacy

    return spacy.blank("en")


def english() -> "Language":
    """The process's ``spacy.blank("en")`` pipeline, built once."""
    with _BUILDING:
        return _blank_english()


def tokenize(text: str) -> "Doc":
    """``text`` through the English tokenizer alone (no pipeline component runs)."""
    return english().tokenizer(text)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words."""
    return frozenset(english().Defaults.stop_words)


def words_doc(words: Sequence[str]) -> "Doc":
    """A ``Doc`` of words already split (normalised text split at its spaces), not re-tokenized:
    phrase matching on it is whole-word matching on those words."""
    from spacy.tokens import Doc

    return Doc(english().vocab, words=list(words))


def phrase_matcher(groups: Mapping[str, Iterable[str]]) -> "PhraseMatcher":
    """spaCy's ``PhraseMatcher`` with one match key per group; each phrase (words separated by
    spaces, as :func:`~extractor.items.normalise_text` gives them) is one pattern of its group.
    A phrase may belong to several groups; empty phrases are skipped."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(english().vocab)
    for key, phrases in groups.items():
        patterns = [words_doc(p.split()) for p in phrases if p.split()]
        if patterns:
            matcher.add(key, patterns)
    return matcher


def phrase_spans(matcher: "PhraseMatcher", words: Sequence[str]) -> list["Span"]:
    """Every occurrence of ``matcher``'s phrases in ``words`` (overlapping ones included), as
    spans labelled with their group; ``span.text`` is the phrase."""
    from spacy.tokens import Span

    if not words:
        return []
    doc = words_doc(words)
    return [Span(doc, start, end, label=key) for key, start, end in matcher(doc)]


def longest_spans(spans: Iterable["Span"]) -> list["Span"]:
    """The longest non-overlapping spans (then the leftmost of equal length), in text order:
    ``spacy.util.filter_spans``. Of equal spans, the first given is kept."""
    from spacy.util import filter_spans

    return filter_spans(spans)


def leftmost_longest_spans(spans: Iterable["Span"]) -> list["Span"]:
    """Non-overlapping spans read left to right, taking at each token the longest span that
    starts there (a regex alternation's rule): "disabled children in care" keeps "disabled
    children" and then "in care", where :func:`longest_spans` keeps "children in care" alone.
    Of equal spans, the first given is kept."""
    kept: list = []
    end = 0
    for span in sorted(spans, key=lambda sp: (sp.start, -len(sp))):
        if span.start >= end:
            kept.append(span)
            end = span.end
    return kept
