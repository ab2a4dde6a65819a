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
    # All surface forms in one alternation, longest first, so a phrase is read once as its
    # longest form: "placements with parents" is that concept, not also plain "placements".
    _pattern: "re.Pattern[str] | None" = None
    _owners: dict | None = None  # surface form -> concept keys that list it

    def matches(self, text: str) -> dict[str, tuple[str, ...]]:
        """Concept key -> the surface forms found in ``text`` (for evidence strings)."""
        found: dict[str, dict[str, None]] = {}
        if self._pattern is None:
            return {}
        for m in self._pattern.finditer(normalise_text(text)):
            for key in self._owners[m.group(1)]:
                found.setdefault(key, {})[m.group(1)] = None
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
    forms = sorted(owners, key=lambda t: (-len(t), t))
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in forms) + r")(?!\w)") if forms else None
    stop = frozenset(normalise_text(w) for w in data.get("stopwords", ()))
    return Lexicon(tuple(concepts), stop, pattern, owners)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The packaged lexicon, or one read from ``path`` (same schema)."""
    if path is None:
        text = resources.files("extractor").joinpath("data/lexicon.json").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return lexicon_from_dict(json.loads(text))
