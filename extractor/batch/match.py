"""Score a letter's findings against a case's recommendations and plan actions.

A finding is a paragraph of several sentences, and it usually speaks to a recommendation in one
of them. So each sentence is read as the linker reads a plan action, with the whole finding as
its plan row: :func:`extractor.link.features.pair_features` gives every (sentence, target) pair
the linker's features - character TF-IDF of the sentence and of the whole finding (fitted on the
letter and the case), lexicon concept overlaps (with their broader concepts) and the rarest shared
concept, the field-weighted shares (:mod:`extractor.link.field`) of the target's phrases and of
its best single ask (:mod:`extractor.extract.asks`) in the sentence's main clause, and the
sentence's focus. Each is pooled over the finding's sentences (the best sentence counts), and
four are added:

- ``finding_words`` / ``finding_phrases``: the field-weighted share of the target's content words
  (of its word pairs and concepts) that the finding as a whole has;
- ``head_ask_rank``: 1 / (1 + the number of targets whose best ask the finding shares more of),
  so a recommendation is judged against the others of its report;
- ``concern``: the finding's polarity (concern 1, mixed 0.5, strength 0): a finding that only
  praises, or only sets the scene, seldom speaks to a recommendation's shortfall.

A logistic model over these (``models/finding_matcher.json``, weights all >= 0, fitted by
:func:`extractor.link.training.fit` on the hand-judged links of ``corpus/gold/matches`` with
``scripts/train_finding_matcher.py``) turns them into a score. Plan actions are scored by the same
features and model, each action standing where a recommendation would. Leave-one-council-out
figures are in ``models/FINDING_MATCHER.md``.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from ..errors import InputError
from ..items import Action, Finding, Recommendation
from .model import Case, Match

if TYPE_CHECKING:  # NumPy and the linker load only when a batch has a case to match against
    import numpy as np

    from ..link.features import FeatureMatrix
    from ..link.model import LinkerModel

MODEL_FILE = "finding_matcher.json"  # models/finding_matcher.json in the source tree
# The linker's features pooled over a finding's sentences ("objective_concepts" is left out: a
# sentence of a letter has no objective), then this module's own four.
EXTRA_FEATURES = ("finding_words", "finding_phrases", "head_ask_rank", "concern")
_POLARITY_WEIGHT = {"concern": 1.0, "mixed": 0.5, "strength": 0.0}


@dataclass(frozen=True)
class MatchOptions:
    """Tunables of finding matching (kept here, not in Settings, as only the batch uses them)."""

    # A finding "speaks to" a recommendation at or above this score: the threshold of the best
    # F1 over the leave-one-council-out scores of corpus/gold/matches
    # (scripts/train_finding_matcher.py; it is recorded in the model's info as well).
    threshold: float = 0.29
    action_threshold: float = 0.29  # ... and to a plan action (the same model, no gold of its own)
    max_per_finding: int = 3  # per target kind

    def __post_init__(self) -> None:
        if not all(0 <= v <= 1 for v in (self.threshold, self.action_threshold)):
            raise ValueError("match thresholds must lie in 0..1")
        if self.max_per_finding < 1:
            raise ValueError("max_per_finding must be at least 1")


def feature_names() -> tuple[str, ...]:
    """The matcher's features, in the order of :attr:`FindingFeatures.values`' last axis."""
    from ..link.features import FEATURES

    return tuple(f for f in FEATURES if f not in ("objective_concepts", "peers")) + EXTRA_FEATURES


def finding_sentences(findings: Sequence[Finding]) -> tuple[tuple[Action, ...], tuple[int, ...]]:
    """Each sentence of each finding as an :class:`~extractor.items.Action` whose plan row is
    its finding (so the linker's row features see the whole finding), and the index of the
    finding each came from. A finding with no sentence boundary is one sentence."""
    from ..extract.asks import sentences

    out: list[Action] = []
    owner: list[int] = []
    for i, f in enumerate(findings):
        for k, s in enumerate(sentences(f.text) or [f.text]):
            out.append(Action(f"{f.id}.{k}", f"finding {i}", s, f.prov))
            owner.append(i)
    return tuple(out), tuple(owner)


@dataclass(frozen=True, eq=False)
class FindingFeatures:
    """``values[i, j, k]``: feature ``names[k]`` of finding ``i`` and target ``j``, pooled over
    the finding's sentences; ``sentences[s, j, k]`` the same per sentence (``owner[s]`` is its
    finding), and ``matrix`` the linker's features they came from (for evidence)."""

    names: tuple[str, ...]
    values: "np.ndarray"
    sentences: "np.ndarray"
    owner: tuple[int, ...]
    matrix: "FeatureMatrix"


def _ranks(x: "np.ndarray") -> "np.ndarray":
    """1 / (1 + how many targets of the same finding score higher), 0 where ``x`` is 0. Equal
    values share a rank, so the order targets are listed in never matters."""
    import numpy as np

    higher = (x[:, None, :] > x[:, :, None]).sum(axis=2)
    return np.where(x > 0, 1.0 / (1.0 + higher), 0.0)


def finding_features(findings: Sequence[Finding], targets: Sequence[Recommendation]) -> FindingFeatures:
    """The matcher's features for every (finding, target) pair (see the module docstring)."""
    import numpy as np

    from ..link.features import FEATURES, pair_features
    from ..link.field import load_field_weights, units

    names = feature_names()
    pooled_names = names[: -len(EXTRA_FEATURES)]
    sents, owner = finding_sentences(findings)
    fm = pair_features(targets, sents)
    idx = [FEATURES.index(n) for n in pooled_names]
    per_sentence = np.asarray(fm.values)[:, :, idx] if len(sents) and len(targets) else \
        np.zeros((len(sents), len(targets), len(idx)))
    pooled = np.zeros((len(findings), len(targets), len(idx)))
    if len(sents):
        np.maximum.at(pooled, np.asarray(owner), per_sentence)
    fw = load_field_weights()
    words, phrases = np.zeros(pooled.shape[:2]), np.zeros(pooled.shape[:2])
    first = {i: s for s, i in reversed(list(enumerate(owner)))}  # every sentence's row is its whole finding
    target_units = [units(t) for t in fm.recommendations]
    for i, s in first.items():
        mine = frozenset().union(*units(fm.rows[s]))
        for j, (tw, tp) in enumerate(target_units):
            words[i, j], phrases[i, j] = fw.share(mine, tw), fw.share(mine, tp)
    rank = _ranks(pooled[:, :, pooled_names.index("head_ask")])
    concern = np.array([_POLARITY_WEIGHT.get(f.polarity, 0.5) for f in findings], dtype=float)
    extra = np.stack([words, phrases, rank, np.broadcast_to(concern[:, None], rank.shape)], axis=-1)
    values = np.concatenate([pooled, extra], axis=-1)
    sent_values = np.concatenate([per_sentence, extra[np.asarray(owner, dtype=int)]], axis=-1) if len(sents) \
        else np.zeros((0, len(targets), len(names)))
    return FindingFeatures(names, values, sent_values, owner, fm)


def bundled_matcher():
    """The model file shipped in the package (a ``Traversable``)."""
    from importlib.resources import files

    from ..link.model import MODEL_PACKAGE

    return files(MODEL_PACKAGE) / MODEL_FILE


@lru_cache(maxsize=1)
def load_matcher() -> "LinkerModel":
    """The finding matcher's model (``models/finding_matcher.json``), read once per process.
    It has the linker model's form (a logistic model over named features, stored as JSON)."""
    from ..link.model import model_from_json

    source = bundled_matcher()
    fix = "Reinstall recmap (pip install .), or rebuild it with scripts/train_finding_matcher.py."
    try:
        data = json.loads(source.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the finding matcher's model ({exc})", fix, str(source)) from exc
    model = model_from_json(data, str(source))
    missing = set(model.features) - set(feature_names())
    if missing:
        raise InputError(f"the finding matcher's model uses features this version does not compute "
                         f"({', '.join(sorted(missing))})", fix, str(source))
    return model


def matcher_fingerprint() -> str:
    """Which model scores the matches (for the cache key: the model lives outside the package
    code the cache already hashes)."""
    m = load_matcher()
    return hashlib.sha256(json.dumps(m.to_json(), sort_keys=True).encode()).hexdigest()[:12]


def score_findings(findings: Sequence[Finding], targets: Sequence[Recommendation],
                   model: "LinkerModel | None" = None) -> tuple["np.ndarray", FindingFeatures]:
    """(scores, features): ``scores[i, j]`` (0..1, rounded to 4 decimals so the output does not
    hang on a platform's last bit) that finding ``i`` speaks to target ``j``."""
    import numpy as np

    m = model or load_matcher()
    ff = finding_features(findings, targets)
    scores = m.predict(ff.values, ff.names) if ff.values.size else np.zeros(ff.values.shape[:2])
    return np.round(scores, 4), ff


def _evidence(ff: FindingFeatures, model: "LinkerModel", i: int, j: int) -> str:
    """Which sentence of finding ``i`` speaks most to target ``j`` (the model applied to each
    sentence on its own), and the terms it shares with the target."""
    import numpy as np

    from ..link.evidence import shared_terms

    rows = [s for s, o in enumerate(ff.owner) if o == i]
    if not rows:
        return "similar wording"
    per = model.predict(ff.sentences[rows, j, :], ff.names)
    k = int(np.argmax(per))  # the first of equals: reading order
    terms = shared_terms(ff.matrix, rows[k], j)
    if not terms:  # the best sentence scores on the finding as a whole; say what the finding shares
        terms = next((t for s in rows if (t := shared_terms(ff.matrix, s, j))), ())
    where = f"sentence {k + 1} of {len(rows)}: " if len(rows) > 1 else ""
    return where + ("shared terms: " + ", ".join(terms) if terms else "similar wording (no distinctive shared terms)")


def _action_targets(actions: Sequence[Action]) -> tuple[Recommendation, ...]:
    """Plan actions standing where recommendations would, for scoring."""
    return tuple(Recommendation(a.id, None, a.text, a.prov) for a in actions)


def _best(findings: Sequence[Finding], targets: Sequence, kind: str, threshold: float, top: int,
          model: "LinkerModel") -> list[list[Match]]:
    """Per finding, up to ``top`` matches scoring at least ``threshold``, best first (equal
    scores in the targets' order)."""
    out: list[list[Match]] = [[] for _ in findings]
    if not targets:
        return out
    scores, ff = score_findings(findings, _action_targets(targets) if kind == "action" else targets, model)
    for i in range(len(findings)):
        ranked = sorted(range(len(targets)), key=lambda j: (-scores[i, j], j))[:top]
        out[i] = [Match(findings[i].id, targets[j].id, kind, float(scores[i, j]), _evidence(ff, model, i, j))
                  for j in ranked if scores[i, j] >= threshold and scores[i, j] > 0]
    return out


def match_findings(findings: tuple[Finding, ...], case: Case, opts: MatchOptions = MatchOptions()) -> tuple[Match, ...]:
    """Every finding's matches to the case: up to ``max_per_finding`` recommendations scoring at
    least ``threshold``, then up to ``max_per_finding`` plan actions scoring at least
    ``action_threshold``, each best first.

    A recommendation is matched on the finding's own text only, not through the plan actions
    the finding matches: on the Buckinghamshire letters with their plan (the one gold case with
    a plan) that route added 8 recommendation matches and none was right."""
    if case.empty or not findings:
        return ()
    model = load_matcher()
    by_rec = _best(findings, case.recommendations, "recommendation", opts.threshold, opts.max_per_finding, model)
    by_act = _best(findings, case.actions, "action", opts.action_threshold, opts.max_per_finding, model)
    return tuple(m for recs, acts in zip(by_rec, by_act) for m in recs + acts)


_WS = re.compile(r"\s+")


def options_key(opts: MatchOptions, with_case: bool = True) -> str:
    """Stable text of the options (and of the model they use) for the cache key. Without a
    case nothing is matched, so the model (and NumPy) is not even loaded."""
    key = _WS.sub(" ", repr(opts))
    return f"{key};matcher={matcher_fingerprint()}" if with_case else key
