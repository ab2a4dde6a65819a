"""TF-IDF vectors for one case, without scikit-learn at run time.

A check scores a few dozen texts; importing scikit-learn (and SciPy behind it) to vectorise them
cost more than a second, longer than the whole check. These functions compute the same weights
as scikit-learn's ``TfidfVectorizer(sublinear_tf=True, norm="l2")`` with smoothed IDF
(``idf = ln((1 + n) / (1 + df)) + 1``) in plain Python and NumPy; ``tests/link/test_vectors.py``
checks them against scikit-learn, which stays the training dependency.

The matrix keeps only terms found in at least two texts: a term in one text adds to that text's
norm (computed on every term) but to no dot product, so cosines are unchanged and the matrix
stays small.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Iterable, Sequence

import numpy as np

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


def tfidf(docs: Sequence[Iterable[str]]) -> tuple[np.ndarray, dict[str, float]]:
    """Rows of l2-normalised sublinear TF-IDF weights (terms shared by two or more docs as
    columns) and the IDF of every term. A doc with no terms is a row of zeros."""
    counts = [Counter(d) for d in docs]
    n = len(counts)
    df: Counter = Counter()
    for c in counts:
        df.update(c.keys())
    idf = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}
    column = {t: j for j, t in enumerate(sorted(t for t, k in df.items() if k > 1))}
    m = np.zeros((n, max(len(column), 1)))
    for i, c in enumerate(counts):
        weights = {t: (1.0 + math.log(k)) * idf[t] for t, k in c.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        if not norm:
            continue
        for t, w in weights.items():
            j = column.get(t)
            if j is not None:
                m[i, j] = w / norm
    return m, idf


def char_tfidf(texts: Sequence[str], low: int = 3, high: int = 5) -> np.ndarray:
    """:func:`tfidf` rows of each text's :func:`char_wb_ngrams`."""
    return tfidf([char_wb_ngrams(t, low, high) for t in texts])[0]
