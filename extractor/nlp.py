"""The one blank spaCy English pipeline recmap uses (no model is downloaded: tokenizer rules only).

Building a blank pipeline compiles the tokenizer's rules (~0.2 s), so every stage shares one:
the link stage uses its tokenizer, and lead classification adds its entity rulers to it once
(``extractor.extract.leads``). Components only run when the pipeline is called on a text, so
tokenizer-only users are not affected by them. Imported lazily: spaCy itself costs ~0.5 s.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def english():
    import spacy

    return spacy.blank("en")
