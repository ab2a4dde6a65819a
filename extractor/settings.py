"""All tunable limits and thresholds in one validated, frozen object."""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Settings:
    # Input limits: a file beyond these is refused with a message saying how to raise them.
    max_file_mb: float = 100.0
    max_pages: int = 500
    # A PDF page whose text layer has fewer characters than this counts as image-only.
    min_chars_per_page: int = 20
    # Linking thresholds (scores are calibrated probabilities in 0..1), all chosen on data by
    # scripts/eval_linking.py --sweep (cross-validated on bucks.json; rules in models/MODEL_CARD.md):
    # suggest/relative give the best uncovered-detection sensitivity (flagged = no link at all)
    # with specificity >= 0.9, ties broken by F2 of the proposed links.
    suggest_threshold: float = 0.10
    # A similarity suggestion must also reach this fraction of the action's best score: an
    # action usually answers one or two recommendations, and its weak third match should
    # neither be suggested nor make a recommendation look answered (issue 5, chosen on data).
    suggest_relative: float = 0.5
    # A similarity link covers its recommendation when it scores at least covered_threshold AND
    # is one of its action's best links (within covered_margin of the action's best; explicit
    # links count as 1.0); secondary links only make a recommendation weak. Chosen as the best
    # sensitivity with specificity >= 0.9 reading "flagged" as not covered, ties broken by
    # specificity, then the higher threshold and the smaller margin.
    covered_threshold: float = 0.10
    covered_margin: float = 0.02
    max_suggestions_per_action: int = 3
    # Review store (issue 7): a revised plan's action carries the decisions of the old action it
    # most resembles (rapidfuzz ratio 0..1) - within its own row or section at this level, anywhere
    # in the plan only above the stricter global level (rows get renumbered between phases).
    carry_over_similarity: float = 0.60
    carry_over_similarity_global: float = 0.85
    # Milliseconds a writer waits for another reviewer's transaction before giving up.
    store_busy_timeout_ms: int = 30000

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, (int, float)) and value < 0:
                raise ValueError(f"setting {f.name} must not be negative (got {value})")
        if not 0 <= self.suggest_threshold <= self.covered_threshold <= 1:
            raise ValueError(
                "settings need 0 <= suggest_threshold <= covered_threshold <= 1 "
                f"(got {self.suggest_threshold}, {self.covered_threshold})"
            )


DEFAULT = Settings()
