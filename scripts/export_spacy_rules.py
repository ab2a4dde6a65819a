#!/usr/bin/env python3
"""Write the installed spaCy's blank English tokenizer rules to extractor/data/spacy_en_tokenizer.json.

recmap tokenises with spaCy's English rules but does not import spaCy when it runs (the import
alone costs ~2 s against the 1 s budget of `recmap check`): ``extractor.nlp`` applies spaCy's
algorithm to these rules, read as data. Re-run this after upgrading spaCy; tests/test_nlp.py
fails while the committed file differs from what the installed spaCy gives.

The affix and URL patterns are also written projected onto S, the characters of ordinary English
documents (``project``): every character class C becomes C∩S, which matches as C does on text of
S alone and compiles in a fraction of the time (~25 ms for the four, against ~0.1-0.14 s).

    .venv/bin/python scripts/export_spacy_rules.py [--check]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "extractor/data/spacy_en_tokenizer.json"


def _pattern(fn) -> str | None:
    """The source regex of a compiled pattern's bound method (``re.compile(p).search`` -> p)."""
    if fn is None:
        return None
    compiled = fn.__self__
    if re.compile(compiled.pattern).flags != compiled.flags:  # flags given to re.compile, not in the text
        raise ValueError(f"pattern compiled with flags {compiled.flags!r} that its text does not carry")
    return compiled.pattern


def spacy_rules() -> dict:
    """The tokenizer rules and stop words of ``spacy.blank("en")``, as JSON-ready data."""
    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.symbols import ORTH

    from spacy.tokenizer import Tokenizer

    tok = spacy.blank("en").tokenizer
    rules = {}
    for chunk, pieces in sorted(tok.rules.items()):
        # Only ORTH decides the tokens; NORM (the other attribute spaCy allows here) is not used.
        rules[chunk] = [p[ORTH] for p in pieces]
    # The special cases spaCy looks for again after affix splitting (its _special_matcher): those
    # with an affix, an infix or a space, as the tokens affix splitting alone makes of them (a
    # tokenizer without special cases). Exported so that extractor.nlp need not work them out.
    bare = Tokenizer(tok.vocab, rules={}, prefix_search=tok.prefix_search, suffix_search=tok.suffix_search,
                     infix_finditer=tok.infix_finditer, token_match=tok.token_match, url_match=tok.url_match)
    phrases = {chunk: [t.text for t in bare(chunk)] for chunk in rules
               if not tok.faster_heuristics or tok.find_prefix(chunk) or tok.find_infix(chunk)
               or tok.find_suffix(chunk) or " " in chunk}
    patterns = {"prefix": _pattern(tok.prefix_search), "suffix": _pattern(tok.suffix_search),
                "infix": _pattern(tok.infix_finditer), "token_match": _pattern(tok.token_match),
                "url_match": _pattern(tok.url_match)}
    return {
        "_about": "spaCy's blank English tokenizer rules and stop words, exported by "
                  "scripts/export_spacy_rules.py and applied by extractor/nlp.py",
        "spacy_version": spacy.__version__,
        **patterns,
        "faster_heuristics": bool(tok.faster_heuristics),
        # The same patterns projected onto S, the characters of ordinary English documents (see
        # project()): extractor.nlp uses them on chunks made of characters of S alone and compiles
        # the full ones (~0.14 s) only for a chunk with another character.
        "english_charset": [list(r) for r in merge(ENGLISH_CHARSET)],
        "projected": projections(patterns),
        "rules": rules,
        "special_phrases": phrases,
        "stop_words": sorted(STOP_WORDS),
    }


# S: the characters recmap's documents are made of (see the docstring of project()).
# Chosen on the texts as read (every paragraph and cell of the 5 seeds, the 216 readable Ofsted
# reports and the samples: 8.5 M characters): beyond ASCII they hold only £ © · ½ á é, dashes,
# curly quotes, bullets, … and U+202F (General Punctuation), − (U+2212), ⎯ (U+23AF), ─ and ○.
# S adds the neighbouring blocks such documents plausibly hold and leaves out the scripts and
# emoji that make spaCy's classes long.
ENGLISH_CHARSET = (
    (0x0000, 0x036F),  # ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers, combining diacritics
    (0x2000, 0x2BFF),  # punctuation, super/subscripts, currency, letterlike, number forms, arrows, maths,
                       # technical, enclosed alphanumerics, box drawing, shapes, symbols, dingbats
    (0xF000, 0xF0FF),  # Private Use: where Word's Symbol / Wingdings bullet glyphs land (U+F0B7...)
    (0xFB00, 0xFB06),  # Latin ligatures (ﬁ, ﬂ) that PDF text extraction leaves
    (0xFEFF, 0xFEFF),  # byte order mark
    (0xFFFD, 0xFFFD),  # replacement character
)
NEVER = 0x10FFFF  # outside S: a class of it alone never matches within S

_SIMPLE_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_CATEGORIES = frozenset("dDsSwW")
_HEX = {"x": 2, "u": 4, "U": 8}
_FLAGS = re.compile(r"\(\?([aiLmsux]*)(?:-([imsx]*))?([:)])")


class Unprojectable(ValueError):
    """A pattern whose projection onto S is not known to match as it does (case folding...)."""


def _class_item(p: str, i: int) -> tuple[str, object, int]:
    """The item of a character class at ``p[i]``: ("char", code point, end) or ("category",
    its escape text, end), read as ``re`` reads it (``re._parser._class_escape``)."""
    if p[i] != "\\":
        return "char", ord(p[i]), i + 1
    c = p[i + 1: i + 2]
    if not c:
        raise ValueError("pattern ends with a backslash")
    if c in _CATEGORIES:
        return "category", "\\" + c, i + 2
    if c in _HEX:
        digits = p[i + 2: i + 2 + _HEX[c]]
        if len(digits) != _HEX[c] or not all(d in "0123456789abcdefABCDEF" for d in digits):
            raise ValueError(f"bad escape \\{c}{digits} at {i}")
        return "char", int(digits, 16), i + 2 + _HEX[c]
    if c == "N":
        end = p.index("}", i)
        return "char", ord(unicodedata.lookup(p[i + 3: end])), end + 1
    if c in "01234567":
        j = i + 2
        while j < i + 4 and j < len(p) and p[j] in "01234567":
            j += 1
        return "char", int(p[i + 1: j], 8), j
    if c in _SIMPLE_ESCAPES:
        return "char", _SIMPLE_ESCAPES[c], i + 2
    if c.isascii() and c.isalnum():
        raise ValueError(f"bad escape \\{c} at {i}")
    return "char", ord(c), i + 2


def parse_class(p: str, i: int) -> tuple[int, bool, list[tuple[int, int]], list[str]]:
    """The character class opening at ``p[i] == "["``: where it ends (after its "]"), whether it
    is negated, its ranges of code points (a single character is a range of one) and its
    category escapes (\\d \\w \\s and their negations), as ``re._parser`` reads a set: a "]"
    first is literal, as is a "-" first, last or after a range."""
    i += 1
    negated = p.startswith("^", i)
    if negated:
        i += 1
    start = i
    ranges: list[tuple[int, int]] = []
    categories: list[str] = []
    while True:
        if i >= len(p):
            raise ValueError("unterminated character class")
        if p[i] == "]" and i != start:
            return i + 1, negated, ranges, categories
        kind, lo, i = _class_item(p, i)
        if p.startswith("-", i) and p.startswith("]", i + 1):
            ranges.append((45, 45))  # "a-]": "a" and a literal "-"
            i += 1
        elif p.startswith("-", i):
            kind2, hi, i = _class_item(p, i + 1)
            if kind != "char" or kind2 != "char" or hi < lo:
                raise ValueError(f"bad range in character class before {i}")
            ranges.append((lo, hi))
            continue
        if kind == "category":
            categories.append(lo)
        else:
            ranges.append((lo, lo))


def merge(ranges) -> list[tuple[int, int]]:
    """Sorted, non-overlapping, non-adjacent ranges covering the same code points."""
    out: list[list[int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def intersect(ranges, charset) -> list[tuple[int, int]]:
    """The code points of ``ranges`` that are in ``charset``, as merged ranges."""
    return merge((max(lo, a), min(hi, b)) for lo, hi in ranges for a, b in charset if max(lo, a) <= min(hi, b))


def _char(cp: int) -> str:
    if cp < 128 and chr(cp).isalnum():
        return chr(cp)
    return f"\\x{cp:02X}" if cp < 0x100 else f"\\u{cp:04X}" if cp < 0x10000 else f"\\U{cp:08X}"


def class_text(negated: bool, ranges, categories) -> str:
    """A character class of exactly these ranges and categories (every non-alphanumeric
    character escaped, so none is read as syntax)."""
    body = "".join(categories) + "".join(
        _char(lo) if lo == hi else _char(lo) + ("" if hi == lo + 1 else "-") + _char(hi) for lo, hi in ranges)
    return "[" + ("^" if negated else "") + (body or _char(NEVER)) + "]"


def project(pattern: str, charset=ENGLISH_CHARSET) -> tuple[str, list[tuple[str, str]]]:
    """``pattern`` with every character class C replaced by C∩S (S = ``charset``), and the
    (original, projected) text of each class.

    On a string of characters of S alone, a class C matches exactly the characters C∩S
    matches, and a negated class [^X] exactly those [^X∩S] does; the category escapes
    (\\w, \\d, \\s...) are kept as they are, so they match as before. The rest of the pattern
    (literals, groups, lookarounds, quantifiers, anchors) is unchanged, so the projected
    pattern finds the same matches as ``pattern`` in any such string, and compiles much faster
    when the classes hold whole scripts outside S (CJK, Arabic, emoji...). An empty class is
    written as one of U+10FFFF (not in S), which never matches there. Raises Unprojectable for
    case-insensitive or verbose patterns, where this does not hold as simply."""
    charset = merge(charset)
    if any(lo <= NEVER <= hi for lo, hi in charset):
        raise ValueError("U+10FFFF must stay outside the character set")
    out: list[str] = []
    classes: list[tuple[str, str]] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif c == "[":
            end, negated, ranges, categories = parse_class(pattern, i)
            projected = class_text(negated, intersect(ranges, charset), categories)
            classes.append((pattern[i:end], projected))
            out.append(projected)
            i = end
        elif pattern.startswith("(?#", i):
            end = pattern.index(")", i) + 1
            out.append(pattern[i:end])
            i = end
        else:
            flags = _FLAGS.match(pattern, i) if pattern.startswith("(?", i) else None
            if flags and set(flags.group(1)) & set("ix"):
                raise Unprojectable(f"inline flags {flags.group(0)!r}: case folding or verbose syntax")
            out.append(c)
            i += 1
    return "".join(out), classes


def projections(patterns: dict, charset=ENGLISH_CHARSET) -> dict:
    """The projection of each pattern that has one (a pattern left out is used in full)."""
    out = {}
    for key, pattern in patterns.items():
        if pattern is not None:
            try:
                out[key] = project(pattern, charset)[0]
            except Unprojectable:
                pass
    return out


def dumps(data: dict) -> str:
    """JSON with one top-level field, and one special case, per line (readable diffs on upgrade)."""
    def one(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    lines = []
    for key, value in data.items():
        if key in ("rules", "special_phrases", "projected"):
            body = ",\n".join(f"  {one(chunk)}:{one(pieces)}" for chunk, pieces in value.items())
            lines.append(f" {one(key)}:{{\n{body}\n }}")
        else:
            lines.append(f" {one(key)}:{one(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only say whether the committed file is current")
    args = ap.parse_args(argv)
    text = dumps(spacy_rules())
    if args.check:
        current = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.relative_to(ROOT)} is {'current' if current else 'OUT OF DATE: re-run without --check'}")
        return 0 if current else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(text.encode('utf-8')):,} bytes, {len(json.loads(text)['rules'])} special cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
