"""Word meanings learned from Ofsted's own prose: a small distributional space for the linker.

The case's TF-IDF and character n-grams only see shared words. Plans and reports often say the
same thing in different words ("sufficiency" / "placements", "reflective supervision" /
"management oversight"), which no per-case vectoriser can bridge and a hand lexicon only
partly does. ``models/semantic.npz`` holds one vector per word of the Ofsted inspection reports
and letters in ``../shared/corpus``: positive pointwise mutual information of words within a
few tokens of each other, reduced by SVD (``scripts/train_semantic.py`` builds it; the model card
says how). A text's vector is the IDF-weighted sum of its words' vectors; two texts are as
similar as the cosine of their vectors.

Stored as plain arrays (vocabulary, float16 vectors, corpus IDF), read with
``allow_pickle=False``: loading runs no code. Without the file the semantic features are 0 and
the linker says so once on stderr (``load_space`` returns None).
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

SPACE_SCHEMA = "recmap-semantic-v1"
DEFAULT_SPACE_PATH = Path(__file__).resolve().parents[2] / "models" / "semantic.npz"


@dataclass(frozen=True, eq=False)
class SemanticSpace:
    """Unit word vectors (rows of ``vectors``) and the corpus IDF of each word."""

    index: dict  # word -> row
    vectors: np.ndarray  # (n_words, dims) float32, rows of unit length
    idf: np.ndarray  # (n_words,)

    def embed(self, terms: Sequence[str]) -> np.ndarray:
        """The unit vector of a text given as its terms (zero when no term is known)."""
        rows = [self.index[t] for t in terms if t in self.index]
        if not rows:
            return np.zeros(self.vectors.shape[1])
        v = self.idf[rows] @ self.vectors[rows]
        norm = float(np.linalg.norm(v))
        return v / norm if norm else v

    def similarity(self, left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]) -> np.ndarray:
        """Cosine of every left text with every right text, clipped to 0..1."""
        a = np.array([self.embed(t) for t in left]).reshape(len(left), self.vectors.shape[1])
        b = np.array([self.embed(t) for t in right]).reshape(len(right), self.vectors.shape[1])
        return (a @ b.T).clip(0.0, 1.0)


def space_from_arrays(vocab: Sequence[str], vectors: np.ndarray, idf: np.ndarray) -> SemanticSpace:
    """Validate and normalise a space (vectors are re-normalised in float32)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    idf = np.asarray(idf, dtype=np.float32)
    if vectors.ndim != 2 or len(vocab) != vectors.shape[0] or idf.shape != (len(vocab),):
        raise ValueError("semantic space: vocabulary, vectors and idf do not match")
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.maximum(norms, 1e-9)
    return SemanticSpace({str(w): i for i, w in enumerate(vocab)}, vectors, idf)


def save_space(space: SemanticSpace, path: str | Path, info: str = "") -> None:
    """Write ``space`` as a compressed .npz (vectors in float16), atomically."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    vocab = sorted(space.index, key=space.index.get)
    tmp = p.with_name(p.name + ".tmp.npz")
    np.savez_compressed(tmp, schema=np.array(SPACE_SCHEMA), info=np.array(info), vocab=np.array(vocab),
                        vectors=space.vectors.astype(np.float16), idf=space.idf.astype(np.float16))
    os.replace(tmp, p)


@lru_cache(maxsize=4)
def load_space(path: str | None = None) -> SemanticSpace | None:
    """The space at ``path`` (default ``models/semantic.npz``; ``RECMAP_SEMANTIC_SPACE`` overrides
    it, an empty value disables it), or None when there is none or it cannot be read."""
    if path is None:
        env = os.environ.get("RECMAP_SEMANTIC_SPACE")
        if env is not None and not env.strip():
            return None
        path = env or str(DEFAULT_SPACE_PATH)
    p = Path(path)
    if not p.exists():
        print(f"recmap: note: {p} not found; linking without the semantic features "
              "(run scripts/train_semantic.py to build it)", file=sys.stderr)
        return None
    try:
        with np.load(p, allow_pickle=False) as z:
            if str(z["schema"]) != SPACE_SCHEMA:
                raise ValueError(f"schema {str(z['schema'])!r}")
            return space_from_arrays(list(z["vocab"]), z["vectors"], z["idf"])
    except (OSError, KeyError, ValueError) as exc:
        print(f"recmap: note: cannot read {p} ({exc}); linking without the semantic features "
              "(rebuild it with scripts/train_semantic.py)", file=sys.stderr)
        return None
