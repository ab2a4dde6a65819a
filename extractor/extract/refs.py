"""Read the recommendation numbers a plan itself cites, and the other sources it names.

"1.1 Ofsted Recommendation Number 3 and Ofsted Recommendation Number 7** (only in relation to
asylum seeking children)" -> refs (3, 7); "1.2 Outlined in DfE Direction ToR" -> other refs
("DfE Direction ToR",); also "Ofsted recommendation number 5 and recommendation number 9",
"Ofsted 2:", "Rec 4", "R3", "Recommendations 1, 4 and 6", "Recs 3-5"; and the citations an action's
own text makes ("... before they sign it off (Rec 7)", "links to recommendations 4 and 8").
"""
from __future__ import annotations

import re
import unicodedata

_NUM_LIST = r"(\d{1,2}(?![\d.]\d)(?:\s*(?:,|&|and|/|-|–|to|or)\s*(?:(?:ofsted\s+)?(?:recommendation|rec)s?\.?\s*(?:number|no\.?|#)?\s*)?\d{1,2}(?![\d.]\d))*)"
_REF_PATTERNS = [
    # "Ofsted Recommendation Number 3", "recommendations 1, 4 and 6", "Rec. 4", "Recs 3-5", a database's "REC-04"
    re.compile(r"\b(?:ofsted\s+)?(?:recommendation|rec)s?\.?\s*(?:number|no\.?|#)?\s*(?:[-_]\s*)?" + _NUM_LIST, re.I),
    # "Ofsted 2:" / "Ofsted 11" (but not "Ofsted 2015")
    re.compile(r"\bofsted\s+" + _NUM_LIST + r"(?!\d)", re.I),
    # "R3", "R 3", "R1-R3"
    re.compile(r"\bR\s?(\d{1,2}(?:\s*(?:-|–|to)\s*R?\s?\d{1,2})?)\b(?![.]\d)"),
]
# Phrases that introduce a non-Ofsted source: "Outlined in DfE Direction ToR".
_SOURCE_INTRO = re.compile(
    r"\b(?i:outlined|set out|identified|included|required|referred to|highlighted|raised|specified|as per|per|see|source:?|from)"
    r"\s+(?i:in|by|at)?\s*(?i:the\s+)?([A-Z][^.;:()\n*]*?)(?=\s*(?:[.;:()\n*]|\b(?i:and)\b\s+(?i:ofsted)|\b(?i:ofsted)\b|$))",
)
# Sources worth keeping even when no phrase introduces them.
_KNOWN_SOURCES = re.compile(
    r"\b(?:(?:DfE|Secretary of State(?:'s)?|Statutory)\s+Direction(?:\s+ToR)?|Improvement Notice|Commissioner'?s? (?:report|recommendations?)|"
    r"(?:Ofsted\s+)?monitoring visit(?:\s+\d+)?|focused visit|JTAI|peer review|serious case review|SCR|"
    r"self[- ]assessment|LSCB (?:audit|review)|Improvement Board)\b",
    re.I,
)


_CITING_WORDS = ("recommendation", "recommendations", "ofsted")


def _rejoin_split_words(t: str) -> str:
    """"Recommendat ion 6": a word a narrow PDF column broke without a hyphen, put back together."""
    def join(m: re.Match) -> str:
        whole = m.group(1) + m.group(2)
        return whole if whole.lower() in _CITING_WORDS else m.group(0)

    return re.sub(r"\b([A-Za-z]{2,})\s([a-z]{1,6})\b", join, t)


def _numbers(spec: str) -> list[int]:
    """"3", "1, 4 and 6", "3-5", "5 and recommendation number 9" -> [3], [1, 4, 6], [3, 4, 5], [5, 9]."""
    spec = re.sub(r"(?i)(?:ofsted\s+)?(?:recommendation|rec)s?\.?\s*(?:number|no\.?|#)?", " ", spec)
    spec = re.sub(r"\bR\s?(?=\d)", "", spec)  # "1-R3" -> "1-3"
    out: list[int] = []
    for m in re.finditer(r"(\d{1,2})(?:\s*(?:-|–|to)\s*(\d{1,2}))?", spec):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        if b < a or b - a > 20:
            b = a
        out.extend(range(a, b + 1))
    return [n for n in out if n > 0]


def parse_refs(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Recommendation numbers cited in ``text`` (in order, no repeats) and other sources named in it."""
    t = unicodedata.normalize("NFKC", text or "")
    t = re.sub(r"<[^>]+>", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    t = _rejoin_split_words(t)
    refs: list[int] = []
    spans: list[tuple[int, int]] = []
    for rx in _REF_PATTERNS:
        for m in rx.finditer(t):
            if any(a <= m.start() < b for a, b in spans):
                continue
            spans.append((m.start(), m.end()))
            for n in _numbers(m.group(1)):
                if n not in refs:
                    refs.append(n)
    others: list[str] = []
    for m in _SOURCE_INTRO.finditer(t):
        src = m.group(1).strip(" ,-")
        if src and not re.match(r"(?i)ofsted\b", src) and src not in others:
            others.append(src)
    if not others:
        for m in _KNOWN_SOURCES.finditer(t):
            src = m.group(0).strip()
            if src not in others:
                others.append(src)
    return tuple(refs), tuple(others)


# A citation written into an action's own text: in brackets ("... sign it off (Rec 7)",
# "(recommendation 15)", "(Ofsted recommendations 3 and 9)") or as a phrase that points at it
# ("links to recommendations 4 and 8", "responds to recommendation 2").
_TEXT_CITATION = re.compile(
    r"\((?:see\s+)?(?:ofsted\s+)?(?:recommendation|rec)s?\.?\s*(?:number|no\.?)?\s*\d[^()]*\)"
    r"|\b(?:links?\s+to|address(?:es)?|answers|responds?\s+to|see)\s+(?:ofsted\s+)?(?:recommendation|rec)s?\.?\s*\d"
    r"[\d\s,&–-]*(?:(?:and|or)\s+\d{1,2})?", re.I)


def text_refs(text: str) -> tuple[int, ...]:
    """Recommendation numbers an action's own text cites (see ``_TEXT_CITATION``); a number the
    text only mentions ("the 12 recommendations", "recommendation from the 2019 review") is none."""
    out: list[int] = []
    for m in _TEXT_CITATION.finditer(unicodedata.normalize("NFKC", text or "")):
        for n in parse_refs(m.group(0))[0]:
            if n not in out:
                out.append(n)
    return tuple(out)


_BARE = re.compile(r"^\s*(\d{1,2}(?:\s*\(?[a-z]\)?)?(?:\s*(?:,|&|and|/|-|–|to)\s*\d{1,2}(?:\s*\(?[a-z]\)?)?)*)(?![\d]|\.\d)")


def column_refs(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """References in a column that holds nothing else ("Ofsted ref", "Link to recommendation"):
    bare numbers count there ("3", "3, 7", "1-3", "3(a)", "2. Ensure that ...") besides every form
    :func:`parse_refs` reads; "1.2" (a paragraph or row number) does not."""
    refs, others = parse_refs(text)
    if refs:
        return refs, others
    t = re.sub(r"<[^>]+>", " ", unicodedata.normalize("NFKC", text or ""))
    m = _BARE.match(t)
    if not m:
        return refs, others
    return tuple(dict.fromkeys(_numbers(re.sub(r"\(?[a-z]\)?", "", m.group(1))))), others


_GIST_EDGE = re.compile(r"^[\s\-–—:;,.()\[\]*]+|[\s\-–—:;,()\[\]*]+$")


_QUOTED = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]{6,300})[\"\u201c\u201d]")


def quoted_fragments(text: str) -> tuple[str, ...]:
    """Words in double quotes in a recommendation column ('"meaningful direct work"'): a plan
    citing a recommendation by quoting it. At least two words each."""
    t = unicodedata.normalize("NFKC", text or "")
    return tuple(dict.fromkeys(q.strip(" .,;:…") for q in _QUOTED.findall(t)
                               if len(re.findall(r"[A-Za-z]{2,}", q)) >= 2))


def column_gist(text: str) -> str | None:
    """What a recommendation column says besides its citation: plans often put the council's own
    summary of the recommendation there ("Rec 3 – missing children", "Partners' referrals to be
    complete, with consent"), which is the row's objective. None when the cell is only a
    citation ("Rec 2", "3, 7", "Recommendation 4"), or fewer than two words remain."""
    t = re.sub(r"<[^>]+>", " ", unicodedata.normalize("NFKC", text or ""))
    t = _rejoin_split_words(re.sub(r"\s+", " ", t).strip())
    for rx in (*_REF_PATTERNS, _SOURCE_INTRO, _KNOWN_SOURCES):  # citations of Ofsted and of other sources
        t = rx.sub(" ", t)
    t = _BARE.sub(" ", t, count=1)
    t = _GIST_EDGE.sub("", re.sub(r"\s+", " ", t)).strip()
    return t if len(re.findall(r"[A-Za-z]{2,}", t)) >= 2 else None
