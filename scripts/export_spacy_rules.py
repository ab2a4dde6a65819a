#!/usr/bin/env python3
"""Write the installed spaCy's blank English tokenizer rules to extractor/data/spacy_en_tokenizer.json.

recmap tokenises with spaCy's English rules but does not import spaCy when it runs (the import
alone costs ~2 s against the 1 s budget of `recmap check`): ``extractor.nlp`` applies spaCy's
algorithm to these rules, read as data. Re-run this after upgrading spaCy; tests/test_nlp.py
fails while the committed file differs from what the installed spaCy gives.

    .venv/bin/python scripts/export_spacy_rules.py [--check]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "extractor/data/spacy_en_tokenizer.json"


def _pattern(fn) -> str | None:
    """The source regex of a compiled pattern's bound method (``re.compile(p).search`` -> p)."""
    return None if fn is None else fn.__self__.pattern


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
    return {
        "_about": "spaCy's blank English tokenizer rules and stop words, exported by "
                  "scripts/export_spacy_rules.py and applied by extractor/nlp.py",
        "spacy_version": spacy.__version__,
        "prefix": _pattern(tok.prefix_search),
        "suffix": _pattern(tok.suffix_search),
        "infix": _pattern(tok.infix_finditer),
        "token_match": _pattern(tok.token_match),
        "url_match": _pattern(tok.url_match),
        "faster_heuristics": bool(tok.faster_heuristics),
        "rules": rules,
        "special_phrases": phrases,
        "stop_words": sorted(STOP_WORDS),
    }


def dumps(data: dict) -> str:
    """JSON with one top-level field, and one special case, per line (readable diffs on upgrade)."""
    def one(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    lines = []
    for key, value in data.items():
        if key in ("rules", "special_phrases"):
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
