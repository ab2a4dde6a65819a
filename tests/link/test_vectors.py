"""The run-time TF-IDF gives scikit-learn's cosines (scikit-learn stays the training library)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from extractor.link.vectors import char_tfidf, char_wb_ngrams, cosines, dense, tfidf

TEXTS = [
    "Improve the quality of management oversight and supervision of social workers.",
    "Ensure that care leavers receive full information about their health histories.",
    "Deliver reflective supervision training for all team managers",
    "Care leavers: health passport, a  PEP and pathway plans",
    "a b",
    "",
]


def _off(m):
    """Cosines between different texts (a text's own terms found nowhere else are not columns,
    so the diagonal is below 1 by design)."""
    m = np.asarray(m, dtype=float).copy()
    np.fill_diagonal(m, 0.0)
    return m


def _sk_cosines(texts, **kw):
    from sklearn.feature_extraction.text import TfidfVectorizer

    m = TfidfVectorizer(sublinear_tf=True, norm="l2", **kw).fit_transform(texts)
    return _off((m @ m.T).toarray())


def test_char_ngrams_match_sklearn_analyzer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyse = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).build_analyzer()
    for t in TEXTS:
        assert char_wb_ngrams(t) == analyse(t)


def test_char_cosines_match_sklearn():
    texts = [t for t in TEXTS if t.strip()]
    m = char_tfidf(texts)
    assert np.allclose(_off(cosines(m, m)), _sk_cosines(texts, analyzer="char_wb", ngram_range=(3, 5)))


def test_sparse_cosines_are_the_dense_product():
    rows = char_tfidf([t for t in TEXTS if t.strip()])
    d = dense(rows)
    assert np.allclose(cosines(rows, rows), (d @ d.T).clip(0, 1))
    assert cosines(rows[:2], []) == [[], []] and cosines([], rows) == []


def test_term_cosines_and_idf_match_sklearn():
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [t.lower().split() for t in TEXTS]
    vec = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, norm="l2")
    sk = vec.fit_transform(docs)
    m, idf = tfidf(docs)
    assert np.allclose(_off(cosines(m, m)), _off((sk @ sk.T).toarray()))
    assert idf == pytest.approx(dict(zip(vec.get_feature_names_out(), vec.idf_)))


def test_empty_docs_give_zero_rows():
    m, idf = tfidf([[], []])
    assert m == [{}, {}] and idf == {}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="abc de\n", max_size=30), min_size=1, max_size=6))
def test_cosines_match_sklearn_on_random_texts(texts):
    if not any(t.strip() for t in texts):
        return
    m = char_tfidf(texts)
    assert np.allclose(_off(cosines(m, m)), _sk_cosines(texts, analyzer="char_wb", ngram_range=(3, 5)))
