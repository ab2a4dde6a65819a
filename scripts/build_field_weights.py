#!/usr/bin/env python3
"""Count how often each word, word pair and lexicon concept occurs across the recommendations of
every Ofsted report and letter in ../shared/corpus, and write extractor/data/field_weights.json
(the linker's field weights: extractor/link/field.py). Re-run after changing the lexicon or the
tokenizer, then retrain the linker (scripts/train_linker.py).

Usage: scripts/build_field_weights.py [--shared DIR]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.errors import RecmapError  # noqa: E402
from extractor.extract.recommendations import extract_recommendations  # noqa: E402
from extractor.ingest import load_document  # noqa: E402
from extractor.link.field import SCHEMA, count_units  # noqa: E402
from extractor.link.lexicon import load_lexicon  # noqa: E402
from extractor.link.text import analyse  # noqa: E402
from extractor.shared_dir import shared_dir  # noqa: E402

OUT = ROOT / "extractor" / "data" / "field_weights.json"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None, help="the shared folder (default ../shared)")
    args = ap.parse_args(argv)
    shared = args.shared or shared_dir()
    corpus = shared / "corpus"
    pdfs = sorted(corpus.glob("ofsted-reports/**/*.pdf")) + sorted(corpus.glob("ofsted-letters/**/*.pdf"))
    if not pdfs:
        print(f"{corpus}: no reports or letters found; this script needs ../shared/corpus", file=sys.stderr)
        return 2
    texts: dict[str, None] = {}
    failed = 0
    for p in pdfs:
        try:
            for r in extract_recommendations(load_document(p)).recommendations:
                texts.setdefault(r.text, None)
        except RecmapError:
            failed += 1
    lex = load_lexicon()
    n, df = count_units(analyse(t, lex) for t in texts)
    # Units seen once are left out: an unseen unit gets the same (highest) weight, nearly.
    kept = {u: c for u, c in sorted(df.items()) if c > 1}
    lexicon_file = ROOT / "extractor" / "data" / "lexicon.json"
    data = {
        "schema": SCHEMA,
        "about": "Document frequencies of words, word pairs and lexicon concepts across the recommendations of "
                 f"{len(pdfs) - failed} Ofsted reports and letters in ../shared/corpus; written by "
                 "scripts/build_field_weights.py. Units seen in one recommendation only are omitted.",
        "documents": n,
        "lexicon_sha1": hashlib.sha1(lexicon_file.read_bytes()).hexdigest(),
        "df": kept,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", "utf-8")
    print(f"{OUT}: {n} recommendations from {len(pdfs) - failed} documents ({failed} unreadable), "
          f"{len(kept)} units kept of {len(df)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
