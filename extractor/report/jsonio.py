"""JSON output: the `recmap check --format json` document and the writer every JSON command uses.

The items in it are encoded by :mod:`extractor.codec`; the field names are fixed by
../shared/INTERFACE.md.
"""
from __future__ import annotations

import json

from .. import codec
from ..files import write_atomic
from ..items import CheckResult


def dump(doc: dict, out: str | None = None) -> None:
    """Write one JSON document to stdout, or atomically to ``out``."""
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    if not out or out == "-":
        import sys

        sys.stdout.write(text + "\n")
        return
    write_atomic(out, text + "\n")


def check_json(result: CheckResult) -> dict:
    """The `recmap check --format json` document (INTERFACE.md), with a few extra fields."""
    cov = result.coverage
    counts = cov.counts()  # every status, 0 when no recommendation has it
    recs = [codec.recommendation_to_dict(r, source=r.prov.file) for r in result.recommendations]
    extra = {}
    if result.history:
        # recmap check --history: each recommendation lists the earlier asks it repeats
        for d, r in zip(recs, result.recommendations):
            d["asked_before"] = [{"item": e.item, "source": e.source, "describes": e.describes, "text": e.text,
                                  "score": round(e.score, 4), "evidence": e.evidence} for e in result.asked_before(r.id)]
        extra["history"] = result.history
    return {
        "recommendations": recs,
        "actions": [codec.action_to_dict(a) for a in result.actions],
        "links": [codec.link_to_dict(l) for l in result.links],
        "coverage": [codec.coverage_item_to_dict(c) for c in cov.items],
        "warnings": [codec.problem_to_dict(p) for p in cov.problems],
        "orphans": list(cov.orphans),
        "summary": {"recommendations": len(result.recommendations), "actions": len(result.actions),
                    "links": len(result.links), **counts},
        "sources": [codec.source_to_dict(s) for s in result.sources],
        "plan": result.plan,
        "as_of": result.as_of.isoformat() if result.as_of else None,
        **extra,
    }
