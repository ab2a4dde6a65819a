"""Why Ofsted asked: the report paragraphs that led to each recommendation.

Single-inspection-framework (SIF) reports tie their numbered body paragraphs to their
recommendations in one of two ways, and a report may use either:

- a recommendation cites the paragraphs it rests on, "(paragraphs 102, 103)", "(Paras 62 ,63)"
  (2015-16 reports such as Brent, Sunderland, Gateshead): those paragraphs are attached to it;
- a body paragraph ends with the tag "(Recommendation)" (2016-18) to show that the finding led
  to a recommendation, without saying which one: each tagged paragraph is given to the
  recommendation it is most similar to (TF-IDF cosine over word unigrams and bigrams, blended
  with rapidfuzz token-set similarity so that short recommendations are not swamped by long
  paragraphs). scikit-learn and rapidfuzz load only when a report tags its paragraphs.

Many SIF reports of 2014-15 (West Berkshire 2015, Buckinghamshire 2014) print neither, and the
ILACS framework, letters and plans never tie paragraphs to recommendations (ILACS reports have
no paragraph numbers). Every recommendation says which case it is in (``evidence_status``):
"found", "not found" (the report ties paragraphs, none to this one), "not tied by this report"
or "not tied by this framework", so an empty evidence list is never mistaken for a miss.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..items import Evidence, Recommendation
from .sections import Unit, clean_text

_TAG = re.compile(r"\(\s*recommendations?\s*\)\s*\.?\s*$", re.I)
_PARA_NUMBER = re.compile(r"^\d{1,3}\.\s+")
# "(paragraphs 17, 25, 46, 48 and 80)", "(paragraph 93)", "(Paras 62 ,63)", "(see paragraphs 29-33)"
_CITATION = re.compile(r"\(\s*(?:see\s+)?(?:paragraphs?|paras?)\.?\s+((?:\d{1,3}\s*(?:,|and|&|-|\u2013|to)?\s*)+)\)", re.I)

FOUND, NOT_FOUND = "found", "not found"
NOT_TIED_REPORT, NOT_TIED_FRAMEWORK = "not tied by this report", "not tied by this framework"
# Frameworks whose reports number their paragraphs and may tie them to recommendations.
TYING_FRAMEWORKS = frozenset({"SIF", "pre-2013"})


def cited_paragraphs(text: str) -> list[int]:
    """The paragraph numbers a recommendation cites, in order, ranges expanded ("29-33")."""
    out: list[int] = []
    for m in _CITATION.finditer(text):
        for a, b in re.findall(r"(\d{1,3})(?:\s*(?:-|\u2013|to)\s*(\d{1,3}))?", m.group(1)):
            lo = int(a)
            hi = int(b) if b and int(b) >= lo and int(b) - lo < 30 else lo
            out.extend(n for n in range(lo, hi + 1) if n not in out)
    return out


def numbered_paragraphs(units: list[Unit], skip: set[tuple[int | None, int]]) -> dict[int, Evidence]:
    """The report's numbered body paragraphs by number, each with the unnumbered text that goes on
    under it (a page break, its bullets) up to the next numbered paragraph or heading. ``skip``:
    (page, number) of the recommendations themselves, which share the numbering."""
    out: dict[int, Evidence] = {}
    for i, u in enumerate(units):
        n = u.number
        if n is None or u.kind != "item" or (u.page, n) in skip or n in out:
            continue
        parts = [u.text]
        for v in units[i + 1:i + 12]:
            if v.kind == "heading" or v.number is not None:
                break
            parts.append(v.text)
        out[n] = Evidence(u.page, clean_text(" ".join(parts)))
    return out


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


def best_matches(paragraphs: list[str], targets: list[str]) -> list[tuple[int, float]]:
    """For each paragraph, the index of the most similar target and the score (0..1): TF-IDF
    cosine (scikit-learn; word unigrams and bigrams, sublinear, l2-normalised) blended with
    rapidfuzz's token-set ratio."""
    from rapidfuzz import fuzz
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = targets + paragraphs
    if not any(_terms(d) for d in docs):  # scikit-learn refuses an empty vocabulary
        cosines = [[0.0] * len(targets) for _ in paragraphs]
    else:
        vecs = TfidfVectorizer(analyzer=_terms, sublinear_tf=True, smooth_idf=True, norm="l2").fit_transform(docs)
        cosines = (vecs[len(targets):] @ vecs[:len(targets)].T).toarray().tolist()
    result = []
    for p, row in zip(paragraphs, cosines):
        scores = [0.7 * cos + 0.3 * fuzz.token_set_ratio(p, t) / 100 for cos, t in zip(row, targets)]
        k = max(range(len(targets)), key=scores.__getitem__)
        result.append((k, scores[k]))
    return result


def attach_evidence(recs: tuple[Recommendation, ...], units: list[Unit],
                    framework: str | None = None) -> tuple[Recommendation, ...]:
    """Recommendations with ``evidence`` and ``evidence_status`` filled (see the module rules).

    ``framework``: the document's (``extract.frameworks``); only SIF and pre-2013 reports tie
    paragraphs to recommendations."""
    if framework not in TYING_FRAMEWORKS:
        return tuple(replace(r, evidence_status=NOT_TIED_FRAMEWORK) for r in recs)
    cited = [cited_paragraphs(r.text) for r in recs]
    if any(cited):
        paragraphs = numbered_paragraphs(units, {(r.page, r.number) for r in recs if r.number is not None})
        recs = tuple(replace(r, evidence=tuple(paragraphs[n] for n in ns if n in paragraphs))
                     for r, ns in zip(recs, cited))
    tagged = _attach_tagged(recs, units)
    if tagged is None and not any(cited):
        return tuple(replace(r, evidence_status=NOT_TIED_REPORT) for r in recs)
    recs = tagged or recs
    return tuple(replace(r, evidence_status=FOUND if r.evidence else NOT_FOUND) for r in recs)


def _attach_tagged(recs: tuple[Recommendation, ...], units: list[Unit]) -> tuple[Recommendation, ...] | None:
    """``recs`` with the "(Recommendation)"-tagged paragraphs added to their evidence, or None
    when the report tags no paragraph."""
    evidence = tagged_paragraphs(units)
    if not evidence or not recs:
        return None
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
    return tuple(replace(r, evidence=r.evidence + tuple(per_rec.get(i, ()))) for i, r in enumerate(recs))
