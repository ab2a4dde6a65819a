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
    broader: str | None = None  # the wider concept this one is part of ("supervision" -> management oversight)
    theme: bool = False  # a topic readers filter by (front door, care leavers, ...), not a helper concept


@dataclass(frozen=True)
class Lexicon:
    """Concept groups plus domain stopwords; build with :func:`load_lexicon`."""

    concepts: tuple[Concept, ...]
    stopwords: frozenset[str]
    _owners: dict | None = None  # surface form -> concept keys that list it
    _matcher: object = field(default=None, compare=False, repr=False)  # spaCy PhraseMatcher, one key per form

    _parents: dict = field(default_factory=dict, compare=False, repr=False)  # key -> its broader concepts, nearest first
    # (text, plural rule) -> its Analysed (extractor.link.text.analyse): the same recommendation,
    # action and plan-row texts are read again by each scoring pass (history scores every item
    # of a council by the linker and by the finding matcher). Emptied when it grows large.
    _analysed: dict = field(default_factory=dict, compare=False, repr=False)

    def matches(self, text: str) -> dict[str, tuple[str, ...]]:
        """Concept key -> the surface forms found in ``text`` (for evidence strings), reading
        left to right and taking at each word the longest form that starts there. A concept
        found brings the concepts it is part of (``broader``), with the same forms."""
        found: dict[str, dict[str, None]] = {}
        if not self._owners:
            return {}
        spans = nlp.phrase_spans(self._matcher, normalise_text(text).split())
        for span in nlp.leftmost_longest_spans(spans):
            for key in self._owners[span.label_]:
                for k in (key,) + self._parents.get(key, ()):
                    found.setdefault(k, {})[span.label_] = None
        return {k: tuple(v) for k, v in found.items()}

    def themes(self, keys) -> tuple[str, ...]:
        """The theme concepts among ``keys`` (and their broader themes), in lexicon order."""
        want = set()
        for k in keys:
            want.update((k,) + self._parents.get(k, ()))
        return tuple(c.key for c in self.concepts if c.theme and c.key in want)

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
    specs = data.get("concepts", {})
    for key, spec in sorted(specs.items()):
        terms = tuple(sorted({normalise_text(t) for t in spec.get("terms", ()) if normalise_text(t)},
                             key=lambda t: (-len(t), t)))
        if not terms:
            raise ValueError(f"lexicon concept {key!r} has no terms")
        broader = spec.get("broader")
        if broader is not None and broader not in specs:
            raise ValueError(f"lexicon concept {key!r} is part of {broader!r}, which is not a concept")
        concepts.append(Concept(key, spec.get("label", key), terms, broader, bool(spec.get("theme", False))))
    parents: dict[str, tuple[str, ...]] = {}
    for c in concepts:
        chain, k = [], c.broader
        while k is not None:
            if k == c.key or k in chain:
                raise ValueError(f"lexicon concept {c.key!r}: its broader concepts form a loop")
            chain.append(k)
            k = specs[k].get("broader")
        parents[c.key] = tuple(chain)
    owners: dict[str, tuple[str, ...]] = {}
    for c in concepts:
        for t in c.terms:
            owners[t] = owners.get(t, ()) + (c.key,)
    stop = frozenset(normalise_text(w) for w in data.get("stopwords", ()))
    return Lexicon(tuple(concepts), stop, owners, nlp.phrase_matcher({form: [form] for form in owners}), parents)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The packaged lexicon, or one read from ``path`` (same schema)."""
    if path is None:
        text = resources.files("extractor").joinpath("data/lexicon.json").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return lexicon_from_dict(json.loads(text))
