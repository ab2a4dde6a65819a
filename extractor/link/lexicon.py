"""The children's-services lexicon: concept groups of acronyms and synonyms, kept as data.

``extractor/data/lexicon.json`` maps each concept (e.g. ``looked_after``) to the surface forms
documents use for it ("LAC", "CLA", "children in care", ...). Matching is on
:func:`~extractor.items.normalise_text` output with whole-word boundaries, longest form first,
so "child protection chairs" is found as itself and as child protection.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

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
    # Surface forms by their first word, each as its words, longest first: a phrase is read
    # once as its longest form ("placements with parents" is that concept, not also plain
    # "placements"). Normalised text is words joined by single spaces, so matching word by
    # word is matching whole words; one dict lookup per word instead of a regex alternation
    # of every form, which cost ~0.06 s to compile on each run.
    _forms: dict | None = None  # first word -> ((words, surface form), ...), longest first
    _owners: dict | None = None  # surface form -> concept keys that list it

    def matches(self, text: str) -> dict[str, tuple[str, ...]]:
        """Concept key -> the surface forms found in ``text`` (for evidence strings), reading
        left to right and taking at each word the longest form that starts there."""
        found: dict[str, dict[str, None]] = {}
        if not self._forms:
            return {}
        words = normalise_text(text).split(" ")
        i, n = 0, len(words)
        while i < n:
            for form_words, form in self._forms.get(words[i], ()):
                k = len(form_words)
                if tuple(words[i:i + k]) == form_words:
                    for key in self._owners[form]:
                        found.setdefault(key, {})[form] = None
                    i += k
                    break
            else:
                i += 1
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
    forms: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for t in sorted(owners, key=lambda t: (-len(t), t)):
        words = tuple(t.split(" "))
        forms.setdefault(words[0], []).append((words, t))
    stop = frozenset(normalise_text(w) for w in data.get("stopwords", ()))
    return Lexicon(tuple(concepts), stop, {w: tuple(v) for w, v in forms.items()}, owners)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The packaged lexicon, or one read from ``path`` (same schema)."""
    if path is None:
        text = resources.files("extractor").joinpath("data/lexicon.json").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return lexicon_from_dict(json.loads(text))
