"""The themes an item is about, from the children's-services lexicon and a small data file.

A theme is a lexicon concept marked ``"theme": true`` in ``extractor/data/lexicon.json`` (front
door, assessment, care leavers, ...). An item gets the themes of the concepts it *asks about*
(:meth:`Lexicon.themes`: a concept brings the themes it is part of), read with the lexicon's
own phrase matching. ``extractor/data/themes.json`` says, as data, what tagging adds to the
lexicon (the linker never reads it):

- ``terms``: further surface forms of lexicon concepts that name a theme well enough for tagging
  ("education, employment and training" of care leavers is education too);
- ``broader``: part-of links that tagging does not follow, or follows differently (an adoption
  item is about adoption, not permanence in general);
- ``add``: themes that come with a concept (life-story work is about children looked after and
  their identity);
- ``addressee``: themes of every item addressed to someone (a safeguarding board's items are about
  partnership working).

The gold's rule is that a word in passing (a reason, an example) gives no theme; cutting the
concepts named after "so that" / "in order to" / "to ensure" was measured and cost F1 on the
tuning half of the themes gold (0.827 -> 0.816..0.824), so every concept the text names counts.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..link.lexicon import Lexicon, lexicon_from_dict

SCHEMA = "recmap-themes-v1"


@dataclass(frozen=True)
class ThemeTagger:
    """Themes of item texts: a lexicon (the project's, with the data file's forms and links) and rules."""

    lexicon: Lexicon
    add: tuple[tuple[str, tuple[str, ...]], ...] = ()  # concept -> themes it brings
    addressee: dict = field(default_factory=dict)  # addressee (lower case) -> themes

    def themes(self, text: str, addressee: str | None = None) -> tuple[str, ...]:
        """Theme keys of one item, in lexicon order."""
        keys = set(self.lexicon.concepts_in(text))
        for concept, themes in self.add:
            if concept in keys:
                keys.update(themes)
        keys.update(self.addressee.get((addressee or "").lower(), ()))
        return self.lexicon.themes(keys)

    def theme_labels(self) -> dict[str, str]:
        """Every theme key and its label, in lexicon order."""
        return {c.key: c.label for c in self.lexicon.concepts if c.theme}


def tagger_from_data(lexicon: dict, rules: dict) -> ThemeTagger:
    """A tagger from the lexicon's JSON and the themes data file's JSON (validated)."""
    if rules.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} file")
    concepts = {k: dict(v) for k, v in lexicon.get("concepts", {}).items()}
    for key, forms in rules.get("terms", {}).items():
        if key not in concepts:
            raise ValueError(f"themes data: terms for {key!r}, which is not a lexicon concept")
        concepts[key]["terms"] = list(concepts[key].get("terms", ())) + list(forms)
    for key, broader in rules.get("broader", {}).items():
        if key not in concepts or (broader is not None and broader not in concepts):
            raise ValueError(f"themes data: broader {key!r} -> {broader!r} names an unknown concept")
        concepts[key]["broader"] = broader
    themes = {k for k, v in concepts.items() if v.get("theme")}
    add = []
    for rule in rules.get("add", []):
        unknown = [t for t in rule["themes"] if t not in themes] + [c for c in [rule["concept"]] if c not in concepts]
        if unknown:
            raise ValueError(f"themes data: add rule names unknown concepts or themes {unknown}")
        add.append((rule["concept"], tuple(rule["themes"])))
    by_addressee = {}
    for who, ts in rules.get("addressee", {}).items():
        if any(t not in themes for t in ts):
            raise ValueError(f"themes data: addressee {who!r} brings an unknown theme")
        by_addressee[who.lower()] = tuple(ts)
    lex = lexicon_from_dict({**lexicon, "concepts": concepts})
    return ThemeTagger(lex, tuple(add), by_addressee)


def _data(name: str) -> bytes:
    return resources.files("extractor").joinpath(f"data/{name}").read_bytes()


@lru_cache(maxsize=1)
def default_tagger() -> ThemeTagger:
    """The packaged tagger: ``data/lexicon.json`` with ``data/themes.json``."""
    return tagger_from_data(json.loads(_data("lexicon.json")), json.loads(_data("themes.json")))


def themes_version() -> str:
    """What decides an item's themes: this module and its data. A change re-themes every item."""
    import hashlib
    from pathlib import Path

    h = hashlib.sha256(Path(__file__).read_bytes())
    for name in ("lexicon.json", "themes.json"):
        h.update(_data(name))
    return h.hexdigest()[:16]
