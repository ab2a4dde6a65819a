"""What a recommendation asks for, one ask at a time.

A recommendation often asks for several things: "Implement the following areas for improvement
from the previous inspection: • A • B • C" asks for three, "Take immediate action to improve X.
Ensure that Y is recorded." for two, "Ensure that practice meets statutory requirements and that
all staff know how to notify it" for two. Coverage is judged per ask (a plan that answers A and
B but not C leaves the recommendation partly unanswered), so the recommendation is split here,
once, by rules a reader can check:

1. list items (bullets, ``a)``, ``(ii)``, ``1)``) are asks; a lead-in that only introduces the
   list ("Implement the following ...:", "... by:") is dropped, a lead-in that asks for something
   itself ("Improve the quality of pathway planning by:") stays as context of its items;
2. sentences are asks ("Take immediate action ... . Ensure that ...");
3. inside a sentence, clauses joined by ";" or by "and that" / "and also" / ", as well as" /
   "and ensure" whose both sides ask for something (at least :data:`MIN_WORDS` words each) are
   asks;
4. a short list after "including", "in particular" or "such as" ("Support for care leavers,
   including health histories, PEPs and apprenticeships") is one ask per item, each with the
   words before the list ("Support for care leavers: PEPs");
5. printed paragraph references ("(paragraph 55)", "(outcome 2, national framework)") are not
   part of any ask.

A piece shorter than :data:`MIN_WORDS` words (two for a list item) is joined to the one before it, so no ask is a
fragment. A recommendation that asks for one thing is one ask: its own text.
"""
from __future__ import annotations

import re

# Fewer words than this cannot ask for anything on their own ("and review them").
MIN_WORDS = 4

_REFERENCE = re.compile(
    r"\s*\((?:see\s+)?(?:paragraphs?|paras?\.?|outcome|national framework)[^()]*\)", re.IGNORECASE)
# Bullet glyphs as read from PDFs (private-use Symbol-font bullets included) and Word lists.
_BULLET = re.compile(r"\s*[\u2022\u25aa\u25cf\u25e6\u2023\u2043\uf0b7\uf06e\uf0a7\uf0d8\uf076\uf0fc]\s*")
# "a) ", "(b) ", "iv) ", "1) " after the start or a lead-in colon/semicolon.
_LETTERED = re.compile(r"(?:(?<=^)|(?<=[:;.,]\s)|(?<=\s))\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|\d{1,2})\)\s+")
_SENTENCE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[A-Z\u2018\u201c])")
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|No|para|paras|St)\.$", re.IGNORECASE)
_CLAUSE = re.compile(r"\s*;\s+|,?\s+and\s+(?:also\s+)?(?=that\s)|,?\s+and\s+also\s+|,?\s+as\s+well\s+as\s+(?=that\s)"
                     r"|,\s+as\s+well\s+as\s+|,?\s+and\s+(?=(?:ensure|make\s+sure)\b)")
# A second imperative ("... and ensure they have ...") or an addition after a comma (", as well as
# the oversight of ...") asks for something new whatever the first clause's verb.
_NEW_ASK = re.compile(r",\s+as\s+well\s+as\s+|,?\s+and\s+(?=(?:ensure|make\s+sure)\b)", re.IGNORECASE)
# A list of things the recommendation names, after its subject: "X, including A, B and C".
_ENUMERATION = re.compile(r",?\s+(?:including(?:\s+in\s+relation\s+to)?|in\s+particular|such\s+as|especially)\s*:?\s+",
                          re.IGNORECASE)
# Most words a listed item has (a longer piece is a clause, not an item).
MAX_ITEM_WORDS = 6
# A piece that goes on with the sentence ("..., and are used to", "... so that issues are
# addressed", "..., to ensure that") rather than naming one more thing of the list.
_NOT_AN_ITEM = re.compile(r"^(?:are|is|be|been|to|that|so|which|will|should|can|has|have|were|was|before|after|"
                          r"across|when|where|while|with|without|within|in|on|at|by|from|and|or|contain|contains|"
                          r"take|takes|engage|include|includes|effectively|ensure)\b"
                          r"|\b(?:so that|to ensure|in order to|are|is)\b", re.IGNORECASE)
# "and that" starts a second ask only after a verb that asks for its complement.
_COMPLEMENT = re.compile(r"^(?:ensure|make sure|check|confirm|take steps)\b|\b(?:ensure|ensuring|make sure|so)\s+(?:\w+\s+){0,6}?that\b",
                         re.IGNORECASE)
# Sentences that state something about the recommendation instead of asking for anything.
_NOT_AN_ASK = re.compile(r"^(?:this|these|it)\s+(?:was|were|is|are|remains?)\s+(?:also\s+)?(?:an?\s+)?"
                         r"(?:recommendation|area for improvement|areas for improvement)\b", re.IGNORECASE)
# A lead-in that only introduces its list: nothing is asked until the items.
_EMPTY_LEAD_IN = re.compile(
    r"^(?:implement|address|ensure|consider|take action on|act on|improve)?\s*(?:the\s+)?following"
    r"|^(?:the\s+)?(?:local authority|board|lscb|partnership)\s+should\b[^:]*:?$"
    r"|^(?:in particular|including|specifically|by)\s*:?$", re.IGNORECASE)


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z]{2,}", text))


def _tidy(text: str) -> str:
    t = re.sub(r"\s+", " ", text).strip(" ;,:-\u2013")
    return re.sub(r"^(?:and|but)\s+", "", t, flags=re.IGNORECASE)


def _join_fragments(pieces: list[str], min_words: int = MIN_WORDS) -> list[str]:
    out: list[str] = []
    for p in pieces:
        p = _tidy(p)
        if not p:
            continue
        if out and _words(p) < min_words and ": " not in p:  # "Subject: item" is a listed item
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    if len(out) > 1 and _words(out[0]) < min_words:
        out[1] = f"{out[0]} {out[1]}"
        out.pop(0)
    return out


def sentences(text: str) -> list[str]:
    """``text`` split into sentences, as the asks are (a full stop after "e.g", "Dr", "para" and
    the like does not end one); empty pieces are dropped. Letter findings are read this way too."""
    return [s for s in _sentences(text) if s.strip()]


def _sentences(text: str) -> list[str]:
    parts: list[str] = []
    for piece in _SENTENCE.split(text):
        if parts and _ABBREVIATION.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return parts


def _enumeration(clause: str) -> list[str]:
    """A clause naming a short list after its subject, one ask per item (or the clause alone)."""
    m = _ENUMERATION.search(clause)
    if not m or _words(clause[:m.start()]) < 2:
        return [clause]
    head, rest = clause[:m.start()].strip(" ,"), clause[m.end():].strip().rstrip(".")
    items = [i.strip() for i in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=[^,]*$)", rest) if i.strip()]
    if len(items) < 2 or any(_words(i) == 0 or _words(i) > MAX_ITEM_WORDS or _NOT_AN_ITEM.search(i) for i in items):
        return [clause]
    if "," not in rest and any(_words(i) > 3 for i in items):
        return [clause]  # "training in recognising and assessing risks": one thing, not a list of two
    return [f"{head}: {item}" for item in items]


def _clauses(sentence: str) -> list[str]:
    return [part for clause in _split_clauses(sentence) for part in _enumeration(clause)]


def _split_clauses(sentence: str) -> list[str]:
    pieces = [p for p in _CLAUSE.split(sentence) if p and p.strip()]
    if len(pieces) < 2 or any(_words(p) < MIN_WORDS for p in pieces):
        return [sentence]
    if ";" not in sentence and not _COMPLEMENT.search(pieces[0]) and not _NEW_ASK.search(sentence):
        # "a pledge that reflects their needs and that is in plain language": a relative
        # "that" describes one thing twice; only "ensure (...) that A and that B" asks twice.
        return [sentence]
    return pieces


def _list_items(text: str) -> tuple[str, list[str]] | None:
    """(lead-in, items) when ``text`` is a lead-in followed by two or more list items."""
    parts = _BULLET.split(text)
    if len(parts) < 3 and not (len(parts) == 2 and parts[0].rstrip().endswith(":")):
        parts = _LETTERED.split(text)
        if len(parts) < 3:
            return None
    lead_in, items = parts[0], [p for p in parts[1:] if p.strip()]
    return (lead_in, items) if items else None


def split_asks(text: str) -> tuple[str, ...]:
    """The asks of one recommendation, in printed order (see the module docstring)."""
    body = _REFERENCE.sub("", text).strip()
    if not body:
        return (text.strip(),) if text.strip() else ()
    listed = _list_items(body)
    pieces: list[str] = []
    if listed:
        lead_in, items = listed
        lead = _tidy(lead_in)
        if lead and not _EMPTY_LEAD_IN.search(lead) and not lead.lower().endswith(" by"):
            pieces.extend(_sentences(lead))
        for item in items:
            pieces.extend(_sentences(item))
    else:
        for sentence in _sentences(body):
            pieces.extend(_clauses(sentence))
    # A printed list marks its items as asks, so a short item stands on its own.
    asks = _join_fragments([p for p in pieces if not _NOT_AN_ASK.search(_tidy(p))],
                           min_words=2 if listed else MIN_WORDS)
    return tuple(asks) if asks else (_tidy(body),)


def asks_of(recommendation) -> tuple[str, ...]:
    """The asks of a recommendation: as extraction read them (``asks``), else split from its text."""
    return tuple(getattr(recommendation, "asks", ()) or ()) or split_asks(recommendation.text) or (recommendation.text,)
