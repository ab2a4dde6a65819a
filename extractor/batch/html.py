"""The batch report ``index.html``: new concerns first, then one timeline per recommendation,
then every letter with its findings. Self-contained (inline CSS, no scripts or external
assets) and autoescaped, so a letter holding ``<script>`` shows it as text.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..files import write_atomic
from .model import Case, LetterResult
from .outputs import LETTERS_DIR, letter_output_name
from .timeline import NewConcern, Timeline, letter_order_key

TEMPLATES = Path(__file__).with_name("templates")
READING_CLASS = {
    "concern raised": "concern", "concern persists": "concern", "progress seen": "progress",
    "mixed": "mixed", "no longer mentioned": "quiet", "not mentioned": "none", "never mentioned": "none",
}
# Recommendations needing attention first: concern, then mixed, then silent, then progress.
TREND_ORDER = {"concern persists": 0, "concern raised": 1, "mixed": 2, "no longer mentioned": 3,
               "progress seen": 4, "never mentioned": 5}


def build_context(results: Sequence[LetterResult], timelines: Sequence[Timeline],
                  concerns: Sequence[NewConcern], case: Case | None) -> dict:
    """Plain values for the template (it holds loops, not logic)."""
    letters = []
    for r in sorted(results, key=letter_order_key):
        new = {f.id for f in r.new_concerns}
        findings = sorted(r.findings, key=lambda f: f.id not in new)  # stable: new concerns first
        letters.append({
            "res": r, "output": f"{LETTERS_DIR}/{letter_output_name(r.relpath)}",
            "findings": [{"f": f, "new": f.id in new, "matches": r.matches_of(f.id)} for f in findings],
        })
    recs = {r.id: r for r in case.recommendations} if case else {}
    acts = {a.id: a for a in case.actions} if case else {}
    tls = sorted(timelines, key=lambda t: (TREND_ORDER.get(t.trend, 9),
                                           t.recommendation.number if t.recommendation.number is not None else 999))
    # Silent letters are listed only where the silence is news (the first letter after a
    # mention); the rest are counted. A batch of many letters stays readable.
    shown = [[e for i, e in enumerate(t.entries)
              if e.said != "not mentioned" or (e.reading == "no longer mentioned"
                                               and t.entries[i - 1].said != "not mentioned")]
             for t in tls]
    counts: dict[str, int] = {}
    for t in timelines:
        counts[t.trend] = counts.get(t.trend, 0) + 1
    ordered = [l["res"] for l in letters]
    return {
        "case_council": case.council if case and not case.empty else None,
        # About another council: set aside (not linked), or linked on request (--other-councils include).
        "other_councils": [r for r in ordered if r.other_council],
        "n_set_aside": sum(1 for r in ordered if r.set_aside),
        "council_not_named": [r for r in ordered if r.ok and r.council is None],
        "letter_index": {r.relpath: i for i, r in enumerate(ordered, 1)},
        "letters": letters,
        "timelines": tls,
        "shown": shown,
        "concerns": concerns,
        "has_case": bool(case and not case.empty),
        "case_sources": list(case.sources) if case else [],
        "recs": recs,
        "acts": acts,
        "trend_counts": sorted(counts.items(), key=lambda kv: TREND_ORDER.get(kv[0], 9)),
        "reading_class": READING_CLASS,
        "n_failed": sum(1 for r in results if not r.ok),
        "n_findings": sum(len(r.findings) for r in results),
    }


def _template():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("batch.html.j2")


def to_batch_html(results: Sequence[LetterResult], timelines: Sequence[Timeline],
                  concerns: Sequence[NewConcern], case: Case | None) -> str:
    """Render the batch report as one HTML string."""
    return _template().render(**build_context(results, timelines, concerns, case))


def write_batch_html(path: str | Path, results: Sequence[LetterResult], timelines: Sequence[Timeline],
                     concerns: Sequence[NewConcern], case: Case | None) -> None:
    """Write ``index.html`` atomically, streamed: the page of a large batch (every finding of
    every letter) is never held in memory as one string."""
    write_atomic(path, _template().generate(**build_context(results, timelines, concerns, case)))
