"""Short reasons a person can check for a proposed link."""
from __future__ import annotations

from .features import FeatureMatrix
from .lexicon import load_lexicon
from .text import stem


def shared_terms(fm: FeatureMatrix, i: int, j: int, limit: int = 4) -> tuple[str, ...]:
    """Concepts and words action ``i`` (or its objective) shares with recommendation ``j``,
    most distinctive first: lexicon concepts by label, then words by IDF within the case."""
    lex = load_lexicon()
    act, ctx, rec = fm.actions[i], fm.contexts[i], fm.recommendations[j]
    concepts = sorted((act.concepts | ctx.concepts) & rec.concepts)
    concept_words = set()
    for c in concepts:
        for term in next((k.terms for k in lex.concepts if k.key == c), ()):
            concept_words.update(term.split())
            concept_words.update(stem(w) for w in term.split())
    words = (set(act.tokens) | set(ctx.tokens)) & set(rec.tokens)
    words = sorted((w for w in words if w not in concept_words and stem(w) not in concept_words),
                   key=lambda w: (-fm.idf.get(w, 0.0), w))
    # Concepts that the action text itself shares come before those only its objective shares.
    concepts.sort(key=lambda c: (c not in act.concepts, c))
    out = [lex.label(c) for c in concepts] + words
    return tuple(dict.fromkeys(out))[:limit]


def similarity_evidence(fm: FeatureMatrix, i: int, j: int) -> str:
    """'shared terms: care leavers, health, advocacy' (or a note that the match is weak)."""
    terms = shared_terms(fm, i, j)
    if not terms:
        return "similar wording (no distinctive shared terms)"
    where = "" if set(fm.actions[i].tokens) & set(fm.recommendations[j].tokens) or \
        (fm.actions[i].concepts & fm.recommendations[j].concepts) else " (via the objective)"
    return "shared terms: " + ", ".join(terms) + where
