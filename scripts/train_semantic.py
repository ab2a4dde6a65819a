#!/usr/bin/env python3
"""Build the linker's semantic space (models/semantic.npz) from the Ofsted corpus in ../shared.

Every paragraph and list item (over 40 characters) of the inspection reports and letters under
../shared/corpus is tokenised as the linker tokenises (content words plus lexicon concept
tokens); words seen at least --min-count times are counted as neighbours within --window
tokens; the counts become positive PMI (context counts smoothed by the 0.75 power) and a
truncated SVD gives --dims dimensions (vectors U * sqrt(S), unit length). The corpus IDF of each
word is stored beside its vector.

Documents of the councils whose plans we evaluate on (--exclude, default Buckinghamshire and
West Berkshire) are left out, so no evaluation text shapes the space.

Usage: scripts/train_semantic.py [--corpus DIR] [--window 5] [--dims 100] [--min-count 5] [-o models/semantic.npz]
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from extractor.errors import RecmapError  # noqa: E402
from extractor.ingest import load_document  # noqa: E402
from extractor.link.lexicon import load_lexicon  # noqa: E402
from extractor.link.semantic import save_space, space_from_arrays  # noqa: E402
from extractor.link.text import analyse  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_EXCLUDE = ("buckinghamshire-80442", "west-berkshire-80577")


def corpus_texts(corpus: Path, exclude: tuple[str, ...]) -> tuple[list[str], int, list[str]]:
    """Paragraph texts of every readable PDF under ``corpus``, the number of files read, and
    the files that could not be read (with why)."""
    texts, failed, n = [], [], 0
    files = sorted(p for p in corpus.rglob("*.pdf") if not any(x in p.parts for x in exclude))
    for k, path in enumerate(files, 1):
        print(f"\r  reading {k}/{len(files)}", end="", file=sys.stderr)
        try:
            doc = load_document(path)
        except RecmapError as exc:
            failed.append(f"{path}: {exc.message.split(';')[0]}")
            continue
        n += 1
        texts.extend(b.text for b in doc.blocks if b.type in ("paragraph", "list_item") and len(b.text) > 40)
    print(file=sys.stderr)
    return texts, n, failed


def build(docs: list[tuple[str, ...]], window: int, dims: int, min_count: int):
    """(vocabulary, unit vectors, idf) from tokenised paragraphs."""
    from scipy import sparse
    from scipy.sparse.linalg import svds

    freq = Counter(w for d in docs for w in d)
    vocab = sorted((w for w, c in freq.items() if c >= min_count), key=lambda w: (-freq[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    rows, cols = [], []
    for d in docs:
        ids = [index.get(w, -1) for w in d]
        for p, i in enumerate(ids):
            if i < 0:
                continue
            for q in range(max(0, p - window), min(len(ids), p + window + 1)):
                if q != p and ids[q] >= 0:
                    rows.append(i)
                    cols.append(ids[q])
    n = len(vocab)
    counts = sparse.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n)).tocsr().tocoo()
    total = counts.data.sum()
    word = np.asarray(counts.sum(axis=1)).ravel() / total
    ctx = np.bincount(counts.col, weights=counts.data, minlength=n) ** 0.75
    ctx /= ctx.sum()
    pmi = np.log(counts.data / total / word[counts.row] / ctx[counts.col])
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (counts.row[keep], counts.col[keep])), shape=(n, n))
    # svds starts from a random vector: a fixed start makes the space reproducible
    u, s, _ = svds(ppmi, k=dims, v0=np.full(n, 1.0 / math.sqrt(n)))
    order = np.argsort(-s)
    vectors = u[:, order] * np.sqrt(s[order])
    vectors *= np.sign(vectors[np.abs(vectors).argmax(axis=0), range(dims)])  # fixed sign per dimension
    df = Counter(w for d in docs for w in set(d))
    idf = np.array([math.log(len(docs) / df[w]) for w in vocab])
    return vocab, vectors, idf


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--exclude", action="append", help="skip files under a folder of this name "
                    f"(default {', '.join(DEFAULT_EXCLUDE)})")
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("-o", "--output", default=str(ROOT / "models" / "semantic.npz"))
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"skipped: {corpus} is absent (the Ofsted corpus in ../shared is needed to build the space)")
        return 0
    exclude = tuple(args.exclude or DEFAULT_EXCLUDE)
    t0 = time.perf_counter()
    texts, n_files, failed = corpus_texts(corpus, exclude)
    lex = load_lexicon()
    docs = [analyse(t, lex).terms() for t in texts]
    vocab, vectors, idf = build(docs, args.window, args.dims, args.min_count)
    info = (f"{n_files} PDFs under {corpus.name}/ (excluding {', '.join(exclude)}), {len(docs)} paragraphs; "
            f"window {args.window}, {args.dims} dims, min count {args.min_count}")
    save_space(space_from_arrays(vocab, vectors, idf), args.output, info)
    for f in failed:
        print(f"  not read: {f}")
    print(f"wrote {args.output}: {len(vocab)} words x {args.dims} dims from {info} "
          f"({time.perf_counter() - t0:.0f} s, {Path(args.output).stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
