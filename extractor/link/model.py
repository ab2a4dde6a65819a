"""The calibrated linking model: logistic regression over the pair features, stored as JSON.

``models/linker.json`` holds feature names, standardisation (mean, scale), coefficients and
intercept - numbers only, no pickle - so loading is safe and scoring is a deterministic dot
product (:meth:`LinkerModel.predict`, the one scoring function). Without a model file the linker uses :data:`UNSUPERVISED`, a fixed weighted mean of
the similarity features squashed through a logistic curve (documented in MODEL_CARD.md).
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from ..errors import InputError

MODEL_SCHEMA = "recmap-linker-v1"
# The repository's trained model; RECMAP_LINKER_MODEL overrides it (an empty value disables it).
DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "linker.json"


@dataclass(frozen=True)
class LinkerModel:
    """score = sigmoid(intercept + sum(coef * (x - mean) / scale)) over ``features``."""

    name: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    info: dict = field(default_factory=dict, compare=False)  # training data, date, figures

    def __post_init__(self) -> None:
        n = len(self.features)
        if not (len(self.mean) == len(self.scale) == len(self.coef) == n):
            raise ValueError(f"linker model {self.name!r}: feature, mean, scale and coef lengths differ")

    def _columns(self, names: tuple[str, ...]) -> list[int]:
        try:
            return [names.index(f) for f in self.features]
        except ValueError as exc:
            raise InputError(f"linker model {self.name!r} uses a feature this version does not compute "
                             f"({exc}). Retrain it with scripts/train_linker.py.") from exc

    def predict(self, values: np.ndarray, names: tuple[str, ...]) -> np.ndarray:
        """Probabilities for a (..., len(names)) feature array whose last axis is ``names``."""
        idx = self._columns(names)
        x = (values[..., idx] - np.asarray(self.mean)) / np.asarray(self.scale)
        z = x @ np.asarray(self.coef) + self.intercept
        with np.errstate(over="ignore"):  # exp overflows to inf for a hopeless pair: its score is 0
            return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> dict:
        d = asdict(self)
        d["schema"] = MODEL_SCHEMA
        return d


def _unsupervised() -> LinkerModel:
    # Fixed weights chosen by reasoning, not fitted: the whole plan row (objective + its
    # actions) says most about what a row answers, the bullet itself and shared concepts add
    # to it, and margin prefers the action's best match.
    # Scale 1 / mean 0 means the weights apply to raw feature values. The squash is set without
    # labels: about one pair in ten is a real link (an action answers one or two of ~10
    # recommendations), so the weighted similarity of the top decile of pairs (~0.17 on a
    # typical plan) scores 0.5, and the slope spreads the top quarter over 0.1-0.9.
    w = {"word_tfidf": 0.10, "char_tfidf": 0.05, "bm25": 0.05, "concepts": 0.10,
         "objective_tfidf": 0.05, "objective_concepts": 0.05, "row_word": 0.15, "row_char": 0.20,
         "row_concepts": 0.10, "rare_concept": 0.05, "margin": 0.10}
    k, centre = 25.0, 0.17
    names = tuple(w)
    return LinkerModel("unsupervised", names, (0.0,) * len(names), (1.0,) * len(names),
                       tuple(k * w[n] for n in names), -k * centre,
                       {"about": "fixed weighted mean of similarity features, logistic squash (centre 0.17, slope 25)"})


UNSUPERVISED = _unsupervised()


def model_from_json(data: dict, name: str = "linker") -> LinkerModel:
    """Validate a model's JSON form."""
    if data.get("schema") != MODEL_SCHEMA:
        raise InputError(f"{name}: not a recmap linker model (schema {data.get('schema')!r}). "
                         "Retrain it with scripts/train_linker.py.")
    try:
        return LinkerModel(
            name=data.get("name", name), features=tuple(data["features"]),
            mean=tuple(float(v) for v in data["mean"]), scale=tuple(float(v) for v in data["scale"]),
            coef=tuple(float(v) for v in data["coef"]), intercept=float(data["intercept"]),
            info=data.get("info", {}),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{name}: linker model is incomplete ({exc}). Retrain it with scripts/train_linker.py.") from exc


def load_model(path: str | Path | None = None) -> LinkerModel:
    """The trained model at ``path`` (default ``models/linker.json``), else :data:`UNSUPERVISED`.

    An explicitly given path that does not exist is an error; a missing default is not.
    """
    if path is None:
        env = os.environ.get("RECMAP_LINKER_MODEL")
        if env is not None and not env.strip():
            return UNSUPERVISED
        path, explicit = (Path(env), True) if env else (DEFAULT_MODEL_PATH, False)
    else:
        path, explicit = Path(path), True
    if not path.exists():
        if explicit:
            raise InputError(f"{path}: linker model not found. Train one with scripts/train_linker.py "
                             "or leave the option out to use the built-in score.")
        return UNSUPERVISED
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read linker model ({exc}). Retrain it with scripts/train_linker.py.") from exc
    return model_from_json(data, str(path))


def save_model(model: LinkerModel, path: str | Path) -> None:
    """Write ``model`` as JSON (atomically: a crash never leaves half a model)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(p.suffix + ".tmp")
    tmp.write_text(json.dumps(model.to_json(), indent=1, sort_keys=False) + "\n", "utf-8")
    os.replace(tmp, p)
