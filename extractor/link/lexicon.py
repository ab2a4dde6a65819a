"""The children's-services lexicon: concept groups of acronyms and synonyms, kept as data.

``extractor/data/lexicon.json`` maps each concept (e.g. ``looked_after``) to the surface forms
documents use for it ("LAC", "CLA", "children in care", ...). Matching is on
:func:`~extractor.items.normalise_text` output with whole-word boundaries, longest form first,
so "child protection chairs" is found as itself and as child protection.
"""
from __future__ import annotations

import json
import re
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
    # One alternation per concept, compiled once; kept out of eq/hash.
    _patterns: tuple[tuple[str, "re.Pattern[str]"], ...] = ()

    def concepts_in(self, text: str) -> frozenset[str]:
        """Keys of the concepts whose surface forms occur in ``text``."""
        norm = normalise_text(text)
        return frozenset(key for key, pat in self._patterns if pat.search(norm))

    def matches(self, text: str) -> dict[str, tuple[str, ...]]:
        """Concept key -> the surface forms found in ``text`` (for evidence strings)."""
        norm = normalise_text(text)
        found: dict[str, tuple[str, ...]] = {}
        for key, pat in self._patterns:
            hits = tuple(dict.fromkeys(m.group(1) for m in pat.finditer(norm)))
            if hits:
                found[key] = hits
        return found

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
    patterns = tuple(
        (c.key, re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in c.terms) + r")(?!\w)"))
        for c in concepts
    )
    stop = frozenset(normalise_text(w) for w in data.get("stopwords", ()))
    return Lexicon(tuple(concepts), stop, patterns)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The packaged lexicon, or one read from ``path`` (same schema)."""
    if path is None:
        text = resources.files("extractor").joinpath("data/lexicon.json").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return lexicon_from_dict(json.loads(text))
