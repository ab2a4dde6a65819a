"""A self-contained HTML coverage report: no external assets, works offline and when emailed.

All document text goes through Jinja2 autoescaping, so a plan cell holding ``<script>`` is shown,
never run.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from ..items import CheckResult
from .rows import STATUS_LABEL, STATUS_ORDER, coverage_rows, date_text, leads_text, plan_ref, warning_rows

TEMPLATES = Path(__file__).with_name("templates")


def _printed_name(rec) -> str:
    """What to call a recommendation in a heading: its printed label ("1.", "(a)") or, when the
    report marks it with a bullet glyph, its number."""
    if rec.label and any(ch.isalnum() for ch in rec.label):
        return rec.label
    return "" if rec.number is None else str(rec.number)


def heat_colour(score: float) -> str:
    """White (0) to deep blue (1) for the matrix cells."""
    s = max(0.0, min(1.0, score))
    r, g, b = (int(255 - s * (255 - c)) for c in (33, 102, 172))
    return f"#{r:02x}{g:02x}{b:02x}"


def build_context(result: CheckResult) -> dict:
    """Everything the template shows, as plain values (the template holds no logic beyond loops)."""
    cov = {c.recommendation: c for c in result.coverage.items}
    recs_sorted = sorted(result.recommendations,
                         key=lambda r: (STATUS_ORDER.get(cov[r.id].status, 9), result.recommendations.index(r)))
    score = {(l.recommendation, l.action): l for l in result.links}
    matrix = []
    for rec in result.recommendations:
        cells = []
        for a in result.actions:
            l = score.get((rec.id, a.id))
            s = l.score if l else 0.0
            cells.append({"score": s, "colour": heat_colour(s), "basis": l.basis if l else "",
                          "title": f"Rec {rec.number} x action {plan_ref(a)}: "
                                   + (f"{l.basis} {s:.2f}" if l else "no link")})
        matrix.append({"rec": rec, "status": cov[rec.id].status, "cells": cells})
    recs = []
    for rec in recs_sorted:
        links = []
        for l in result.links_for_recommendation(rec.id):
            a = result.action(l.action)
            links.append({"link": l, "action": a, "lead": leads_text(a), "date": date_text(a)})
        recs.append({"rec": rec, "cov": cov[rec.id], "links": links, "name": _printed_name(rec),
                     "asked_before": result.asked_before(rec.id)})
    rows = coverage_rows(result)
    counts = {s: sum(r["status"] == s for r in rows) for s in STATUS_ORDER}
    for r in rows:
        counts.setdefault(r["status"], sum(x["status"] == r["status"] for x in rows))
    # A check always shows its three statuses (a zero is news too); review states only when present.
    cards = [(s, STATUS_LABEL.get(s, s), n) for s, n in counts.items()
             if n or s in ("uncovered", "weak", "covered")]
    return {
        "result": result,
        "counts": counts,
        "cards": cards,
        "matrix": matrix,
        "actions": result.actions,
        "recs": recs,
        "warnings": warning_rows(result),
        "orphans": [result.action(a) for a in result.coverage.orphans],
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def to_html(result: CheckResult) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["basename"] = lambda path: Path(str(path)).name
    env.filters["plan_ref"] = plan_ref
    env.filters["string_plus_one"] = lambda n: str(n + 1)
    env.filters["place"] = lambda prov: prov.at(file=Path(str(prov.file)).name).describe()
    return env.get_template("check.html.j2").render(**build_context(result))
