"""Short reasons a person can check for a proposed link."""
from __future__ import annotations

from .features import FeatureMatrix
from .field import load_field_weights
from .lexicon import load_lexicon
from .text import Analysed, stem


# Said when the other actions under the action's heading lean this way (their mean share of
# the label-free score, the ``peers`` feature, is at least PEERS_SHARE).
PEERS_SHARE = 0.4
PEERS_NOTE = "; the other actions under its heading point here too"


def _shared(fm: FeatureMatrix, sides: list[Analysed], rec: Analysed, limit: int) -> tuple[str, ...]:
    """Concept labels, then words, that ``sides`` share with ``rec``, most distinctive first
    (field weights: the rarer across Ofsted's recommendations, the earlier)."""
    lex = load_lexicon()
    fw = load_field_weights()
    first = sides[0]
    concepts = sorted(set().union(*(s.concepts for s in sides)) & rec.concepts)
    concept_words = set()
    for c in concepts:
        for term in next((k.terms for k in lex.concepts if k.key == c), ()):
            concept_words.update(term.split())
            concept_words.update(stem(w) for w in term.split())
    words = set().union(*(set(s.tokens) for s in sides)) & set(rec.tokens)
    words = sorted((w for w in words if w not in concept_words and stem(w) not in concept_words),
                   key=lambda w: (-fw.weight(stem(w)), w))
    # Concepts the first side (the action itself) shares come before the others', the rarer first.
    concepts.sort(key=lambda c: (c not in first.concepts, -fw.weight(f"__{c}"), c))
    return tuple(dict.fromkeys([lex.label(c) for c in concepts] + words))[:limit]


def shared_terms(fm: FeatureMatrix, i: int, j: int, limit: int = 4) -> tuple[str, ...]:
    """Concepts and words action ``i`` (or its objective) shares with recommendation ``j``,
    most distinctive first: lexicon concepts by label, then words."""
    return _shared(fm, [fm.actions[i], fm.contexts[i]], fm.recommendations[j], limit)


def similarity_evidence(fm: FeatureMatrix, i: int, j: int) -> str:
    """'shared terms: care leavers, health, advocacy', saying when the terms come from the
    action's objective or the rest of its plan row rather than the action itself, and when the
    other actions under its heading point the same way."""
    act, rec = fm.actions[i], fm.recommendations[j]
    peers = PEERS_NOTE if "peers" in fm.names and fm.column("peers")[i, j] >= PEERS_SHARE else ""
    terms = shared_terms(fm, i, j)
    if terms:
        direct = set(act.tokens) & set(rec.tokens) or act.concepts & rec.concepts
        return "shared terms: " + ", ".join(terms) + ("" if direct else " (via the objective)") + peers
    if fm.rows:
        row_terms = _shared(fm, [fm.rows[i]], rec, 4)
        if row_terms:
            return "shared terms: " + ", ".join(row_terms) + " (via its plan row)" + peers
    if peers:
        return "no distinctive shared terms" + peers
    return "similar wording (no distinctive shared terms)"
