"""The children's-services lexicon: concept groups of acronyms and synonyms, kept as data.

``extractor/data/lexicon.json`` maps each concept (e.g. ``looked_after``) to the surface forms
documents use for it ("LAC", "CLA", "children in care", ...). spaCy's ``PhraseMatcher``
(``extractor.nlp``) finds the forms in :func:`~extractor.items.normalise_text` output, whole
words only. Reading left to right, each phrase is read once, as the longest form that starts at
its first word, so "child protection chairs" is found as itself and as child protection, and
"disabled children in care" as disabled children and in care (keeping the longest forms
overall, ``spacy.util.filter_spans``, would read it as children in care alone).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .. import nlp
from ..items import normalise_text


@dataclass(frozen=True)
class Concept:
    key: str
    label: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """Concept groups plus domain stopwords; build with :func:`load_lexicon`."""

    concepts: tuple[Concept, ...]
    stopwords: frozenset[str]
    _owners: dict | None = None  # surface form -> concept keys that list it
    _matcher: object = field(default=None, compare=False, repr=False)  # spaCy PhraseMatcher, one key per form

    def matches(self, text: str) -> dict[str, tuple[str, ...]]:
        """Concept key -> the surface forms found in ``text`` (for evidence strings), reading
        left to right and taking at each word the longest form that starts there."""
        found: dict[str, dict[str, None]] = {}
        if not self._owners:
            return {}
        spans = nlp.phrase_spans(self._matcher, normalise_text(text).split())
        for span in nlp.leftmost_longest_spans(spans):
            for key in self._owners[span.label_]:
                found.setdefault(key, {})[span.label_] = None
        return {k: tuple(v) for k, v in found.items()}

    def concepts_in(self, text: str) -> frozenset[str]:
        """Keys of the concepts whose surface forms occur in ``text``."""
        return frozenset(self.matches(text))

    def label(self, key: str) -> str:
        for c in self.concepts:
            if c.key == key:
                return c.label
        return key.replace("_", " ")


def lexicon_from_dict(data: dict) -> Lexicon:
    """Validate and compile a lexicon from its JSON form."""
    concepts = []
    for key, spec in sorted(data.get("concepts", {}).items()):
        terms = tuple(sorted({normalise_text(t) for t in spec.get("terms", ()) if normalise_text(t)},
                             key=lambda t: (-len(t), t)))
        if not terms:
            raise ValueError(f"lexicon concept {key!r} has no terms")
        concepts.append(Concept(key, spec.get("label", key), terms))
    owners: dict[str, tuple[str, ...]] = {}
    for c in concepts:
        for t in c.terms:
            owners[t] = owners.get(t, ()) + (c.key,)
    stop = frozenset(normalise_text(w) for w in data.get("stopwords", ()))
    return Lexicon(tuple(concepts), stop, owners, nlp.phrase_matcher({form: [form] for form in owners}))


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The packaged lexicon, or one read from ``path`` (same schema)."""
    if path is None:
        text = resources.files("extractor").joinpath("data/lexicon.json").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return lexicon_from_dict(json.loads(text))
