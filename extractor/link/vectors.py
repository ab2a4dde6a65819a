"""TF-IDF vectors for one case, without scikit-learn at run time.

A check scores a few dozen texts; importing scikit-learn (and SciPy behind it) to vectorise them
cost more than a second, longer than the whole check. These functions compute the same weights
as scikit-learn's ``TfidfVectorizer(sublinear_tf=True, norm="l2")`` with smoothed IDF
(``idf = ln((1 + n) / (1 + df)) + 1``) in plain Python (NumPy alone costs ~0.1 s to import, a
tenth of the check's budget); ``tests/link/test_vectors.py`` checks them against scikit-learn,
which stays the training dependency.

Rows are sparse (column -> weight) and keep only terms found in at least two texts: a term in
one text adds to that text's norm (computed on every term) but to no dot product, so cosines
are unchanged and the rows stay small.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Iterable, Sequence

SparseRow = dict  # column index -> weight (l2-normalised over all the text's terms)

_SPACES = re.compile(r"\s\s+")


def char_wb_ngrams(text: str, low: int = 3, high: int = 5) -> list[str]:
    """Character n-grams inside word boundaries, each word padded with one space each side;
    lower-cased. A word shorter than ``low`` (padded) gives itself once."""
    out: list[str] = []
    for word in _SPACES.sub(" ", text.lower()).split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if size <= n:
                out.append(padded)
                break
            out += [padded[k:k + n] for k in range(size - n + 1)]
    return out


def tfidf(docs: Sequence[Iterable[str]]) -> tuple[list[SparseRow], dict[str, float]]:
    """Sparse rows of l2-normalised sublinear TF-IDF weights (terms shared by two or more docs
    as columns, numbered in term order) and the IDF of every term. A doc with no terms is an
    empty row. Equal docs (a plan row's text repeats for each of its actions) are counted as
    many times as they occur but weighted once, and share one row object."""
    seen: dict = {}
    counts = []
    for d in docs:
        if isinstance(d, (tuple, str)):
            c = seen.get(d)
            if c is None:
                c = seen[d] = Counter(d)
        else:
            c = Counter(d)
        counts.append(c)
    return _weigh(counts)


def _weigh(counts: Sequence[Counter]) -> tuple[list[SparseRow], dict[str, float]]:
    n = len(counts)
    df: Counter = Counter()
    for c in counts:
        df.update(c.keys())
    idf = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}
    column = {t: j for j, t in enumerate(sorted(t for t, k in df.items() if k > 1))}
    rows: list[SparseRow] = []
    done: dict[int, SparseRow] = {}  # id of a Counter -> its row
    for c in counts:
        row = done.get(id(c))
        if row is None:
            weights = {t: (1.0 + math.log(k)) * idf[t] if k > 1 else idf[t] for t, k in c.items()}
            norm = math.sqrt(sum(w * w for w in weights.values()))
            row = {}
            if norm:
                for t, w in weights.items():
                    j = column.get(t)
                    if j is not None:
                        row[j] = w / norm
            row = done[id(c)] = dict(sorted(row.items()))
        rows.append(row)
    return rows, idf


def char_tfidf(texts: Sequence[str], low: int = 3, high: int = 5) -> list[SparseRow]:
    """:func:`tfidf` rows of each text's :func:`char_wb_ngrams`."""
    seen: dict[str, Counter] = {}
    counts = []
    for t in texts:
        c = seen.get(t)
        if c is None:
            c = seen[t] = Counter(char_wb_ngrams(t, low, high))
        counts.append(c)
    return _weigh(counts)[0]


def cosines(a: Sequence[SparseRow], b: Sequence[SparseRow]) -> list[list[float]]:
    """``out[i][j]``: dot product of rows ``a[i]`` and ``b[j]`` (their cosine, the rows being
    normalised), clipped to 0..1; terms are summed in column order."""
    out = []
    for x in a:
        line = []
        for y in b:
            small, large = (x, y) if len(x) <= len(y) else (y, x)
            s = 0.0
            get = large.get
            for j, w in small.items():  # rows are in column order, so the sum is too
                v = get(j)
                if v is not None:
                    s += w * v
            line.append(min(max(s, 0.0), 1.0))
        out.append(line)
    return out


def dense(rows: Sequence[SparseRow], width: int | None = None):
    """The rows as a NumPy matrix (for tests and evaluation; imports NumPy)."""
    import numpy as np

    width = width if width is not None else max((max(r) + 1 for r in rows if r), default=1)
    m = np.zeros((len(rows), width))
    for i, r in enumerate(rows):
        for j, w in r.items():
            m[i, j] = w
    return m
