"""The themes an item is about, from the children's-services lexicon.

A theme is a lexicon concept marked ``"theme": true`` in ``extractor/data/lexicon.json`` (front
door, assessment, care leavers, ...). An item gets every theme whose surface forms it uses, and
the themes those concepts are part of (``broader``), through :meth:`Lexicon.themes`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..link.lexicon import Lexicon, load_lexicon


@dataclass(frozen=True)
class ThemeTagger:
    """Themes of item texts."""

    lexicon: Lexicon

    def themes(self, text: str, addressee: str | None = None) -> tuple[str, ...]:
        """Theme keys of one item, in lexicon order."""
        return self.lexicon.themes(self.lexicon.concepts_in(text))

    def theme_labels(self) -> dict[str, str]:
        """Every theme key and its label, in lexicon order."""
        return {c.key: c.label for c in self.lexicon.concepts if c.theme}


@lru_cache(maxsize=1)
def default_tagger() -> ThemeTagger:
    return ThemeTagger(load_lexicon())


def themes_version() -> str:
    """What decides an item's themes: this module and the lexicon. A change re-themes every item."""
    import hashlib
    from importlib import resources
    from pathlib import Path

    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(resources.files("extractor").joinpath("data/lexicon.json").read_bytes())
    return h.hexdigest()[:16]
