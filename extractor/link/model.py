"""The calibrated linking model: logistic regression over the pair features, stored as JSON.

``models/linker.json`` holds feature names, standardisation (mean, scale), coefficients and
intercept - numbers only, no pickle - so loading is safe and scoring is a deterministic dot
product (:meth:`LinkerModel.predict`, the one scoring function). The file ships inside the
package as ``extractor.models`` (``pyproject.toml`` maps the top-level ``models/`` folder to it);
``RECMAP_LINKER_MODEL=FILE`` overrides it. There is no fallback: a missing or unreadable model
is an :class:`InputError`.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from ..errors import InputError

MODEL_SCHEMA = "recmap-linker-v1"
MODEL_PACKAGE, MODEL_FILE = "extractor.models", "linker.json"  # models/linker.json in the source tree
RETRAIN = "Retrain it with scripts/train_linker.py (a review case's own model: recmap train --db CASE)."


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
        missing = [f for f in self.features if f not in names]
        if missing:
            raise InputError(f"linker model {self.name!r} uses features this version does not compute "
                             f"({', '.join(missing)})", RETRAIN)
        return [names.index(f) for f in self.features]

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


def model_from_json(data: dict, name: str = "linker") -> LinkerModel:
    """Validate a model's JSON form."""
    schema = data.get("schema") if isinstance(data, dict) else None
    if schema != MODEL_SCHEMA:
        raise InputError(f"not a recmap linker model (schema {schema!r})", RETRAIN, name)
    try:
        return LinkerModel(
            name=data.get("name", name), features=tuple(data["features"]),
            mean=tuple(float(v) for v in data["mean"]), scale=tuple(float(v) for v in data["scale"]),
            coef=tuple(float(v) for v in data["coef"]), intercept=float(data["intercept"]),
            info=data.get("info", {}),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"the linker model is incomplete ({exc})", RETRAIN, name) from exc


def bundled_model():
    """The trained model file shipped in the package (a ``Traversable``: a path once installed)."""
    from importlib.resources import files

    try:
        return files(MODEL_PACKAGE) / MODEL_FILE
    except ModuleNotFoundError as exc:
        raise InputError(f"the trained linker model is not installed (package {MODEL_PACKAGE} is missing)",
                         "Reinstall recmap (pip install .), or set RECMAP_LINKER_MODEL to a model file.") from exc


def load_model(path: str | Path | None = None) -> LinkerModel:
    """The model at ``path``; by default ``$RECMAP_LINKER_MODEL`` if set (and not empty), else the
    model shipped in the package. A missing or unreadable file is an :class:`InputError`."""
    if path is None:
        env = os.environ.get("RECMAP_LINKER_MODEL", "").strip()
        source = Path(env) if env else bundled_model()
        fix = ("Set RECMAP_LINKER_MODEL to an existing model file, or unset it to use the one recmap ships."
               if env else "Reinstall recmap (pip install .), or set RECMAP_LINKER_MODEL to a model file.")
    else:
        source, fix = Path(path), "Check the path, or train a model with scripts/train_linker.py."
    try:
        text = source.read_text("utf-8")
    except FileNotFoundError as exc:
        raise InputError("linker model not found", fix, str(source)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the linker model ({exc})", fix, str(source)) from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(f"the linker model is not valid JSON ({exc})", RETRAIN, str(source)) from exc
    return model_from_json(data, str(source))


def save_model(model: LinkerModel, path: str | Path) -> None:
    """Write ``model`` as JSON (atomically: a crash never leaves half a model)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(p.suffix + ".tmp")
    tmp.write_text(json.dumps(model.to_json(), indent=1, sort_keys=False) + "\n", "utf-8")
    os.replace(tmp, p)
