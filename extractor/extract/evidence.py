"""Why Ofsted asked: attach the report paragraphs tagged "(Recommendation)" to recommendations.

Single-inspection-framework reports (2013-18) end some body paragraphs with the tag
"(Recommendation)" to show that the finding led to a recommendation, without saying which
one. Each tagged paragraph is given to the recommendation it is most similar to (TF-IDF
cosine over word unigrams and bigrams, blended with rapidfuzz token-set similarity so that
short recommendations are not swamped by long paragraphs). rapidfuzz is imported inside
the function so that importing this module stays cheap.
"""
from __future__ import annotations

import math
import re
from collections import Counter
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


_WORD = re.compile(r"[a-z][a-z'-]+")
_STOP = frozenset(
    "the a an and or of to in on for with that this these those is are be been being was were it its their they "
    "them as at by from so such which who whom when where while all any some more most other than too very can "
    "not no do does did has have had should would will may must also into about there what how".split())


def _terms(text: str) -> list[str]:
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOP]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def _tfidf(docs: list[list[str]]) -> list[dict[str, float]]:
    """Sublinear TF-IDF vectors (L2-normalised) of tokenised documents.

    A few dozen short texts per report: plain Python beats importing scikit-learn, whose
    import alone costs seconds on every CLI run.
    """
    df = Counter(t for d in docs for t in set(d))
    n = len(docs)
    vecs = []
    for d in docs:
        tf = Counter(d)
        v = {t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({t: x / norm for t, x in v.items()})
    return vecs


def best_matches(paragraphs: list[str], targets: list[str]) -> list[tuple[int, float]]:
    """For each paragraph, the index of the most similar target and the score (0..1)."""
    from rapidfuzz import fuzz

    vecs = _tfidf([_terms(t) for t in targets + paragraphs])
    tv, pv = vecs[: len(targets)], vecs[len(targets):]
    result = []
    for p, v in zip(paragraphs, pv):
        scores = []
        for t, w in zip(targets, tv):
            cos = sum(x * w.get(term, 0.0) for term, x in v.items())
            scores.append(0.7 * cos + 0.3 * fuzz.token_set_ratio(p, t) / 100)
        k = max(range(len(targets)), key=scores.__getitem__)
        result.append((k, scores[k]))
    return result


def attach_evidence(recs: tuple[Recommendation, ...], units: list[Unit]) -> tuple[Recommendation, ...]:
    """Recommendations with ``evidence`` filled from the document's tagged paragraphs."""
    evidence = tagged_paragraphs(units)
    if not evidence or not recs:
        return recs
    # SIF reports put the board (LSCB) part after the local authority part, and tag findings
    # in both: a paragraph supports a recommendation of the part it is printed in.
    board_pages = [r.page for r in recs if r.addressee != "local authority" and r.page is not None]
    board_start = min(board_pages) if board_pages else None
    per_rec: dict[int, list[Evidence]] = {}
    for in_board in (False, True):
        idx = [i for i, r in enumerate(recs) if (r.addressee != "local authority") == in_board]
        evs = [e for e in evidence
               if board_start is None or ((e.page or 0) >= board_start) == in_board]
        if board_start is None and in_board:
            continue
        if not idx or not evs:
            continue
        matches = best_matches([e.text for e in evs], [recs[i].text for i in idx])
        for ev, (k, _score) in zip(evs, matches):
            per_rec.setdefault(idx[k], []).append(ev)
    return tuple(replace(r, evidence=tuple(per_rec.get(i, ()))) for i, r in enumerate(recs))
