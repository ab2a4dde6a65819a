"""Why Ofsted asked: attach the report paragraphs tagged "(Recommendation)" to recommendations.

Single-inspection-framework reports (2013-18) end some body paragraphs with the tag
"(Recommendation)" to show that the finding led to a recommendation, without saying which
one. Each tagged paragraph is given to the recommendation it is most similar to (TF-IDF
cosine over word unigrams and bigrams, blended with rapidfuzz token-set similarity so that
short recommendations are not swamped by long paragraphs). Heavy libraries are imported
inside the function so that importing this module stays cheap.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..items import Evidence, Recommendation
from .sections import Unit, clean_text

_TAG = re.compile(r"\(\s*recommendations?\s*\)\s*\.?\s*$", re.I)
_PARA_NUMBER = re.compile(r"^\d{1,3}\.\s+")


def tagged_paragraphs(units: list[Unit]) -> list[Evidence]:
    """Paragraphs ending in "(Recommendation)", tag removed; a tag alone on a line joins the text before it."""
    out: list[Evidence] = []
    for i, u in enumerate(units):
        if not _TAG.search(u.text):
            continue
        body = _TAG.sub("", u.text).strip()
        page = u.page
        if not body and i > 0:
            # The tag was set on its own line: the evidence is the paragraph just before it.
            body, page = units[i - 1].text, units[i - 1].page
        body = clean_text(_PARA_NUMBER.sub("", body))
        if len(body) > 20:
            out.append(Evidence(page, body))
    return out


def best_matches(paragraphs: list[str], targets: list[str]) -> list[tuple[int, float]]:
    """For each paragraph, the index of the most similar target and the score (0..1)."""
    from rapidfuzz import fuzz
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    vec = TfidfVectorizer(ngram_range=(1, 2), stop_words="english", sublinear_tf=True)
    matrix = vec.fit_transform(targets + paragraphs)
    sims = cosine_similarity(matrix[len(targets):], matrix[: len(targets)])
    result = []
    for p, row in zip(paragraphs, sims):
        scores = [0.7 * float(c) + 0.3 * fuzz.token_set_ratio(p, t) / 100 for c, t in zip(row, targets)]
        k = max(range(len(targets)), key=scores.__getitem__)
        result.append((k, scores[k]))
    return result


def attach_evidence(recs: tuple[Recommendation, ...], units: list[Unit]) -> tuple[Recommendation, ...]:
    """Recommendations with ``evidence`` filled from the document's tagged paragraphs."""
    evidence = tagged_paragraphs(units)
    if not evidence or not recs:
        return recs
    # LSCB findings are tagged too, so a paragraph may support a board recommendation.
    matches = best_matches([e.text for e in evidence], [r.text for r in recs])
    per_rec: dict[int, list[Evidence]] = {}
    for ev, (k, _score) in zip(evidence, matches):
        per_rec.setdefault(k, []).append(ev)
    return tuple(replace(r, evidence=tuple(per_rec.get(i, ()))) for i, r in enumerate(recs))
