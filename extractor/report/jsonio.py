"""The JSON shapes fixed by ../shared/INTERFACE.md, built from stage dataclasses.

Only this module (and the CLI) deals in dicts; the stages pass dataclasses.
"""
from __future__ import annotations

import json

from ..files import write_atomic
from ..items import Action, Finding, Recommendation


def recommendation_json(rec: Recommendation, source: str | None = None) -> dict:
    d = {
        "id": rec.id,
        "number": rec.number,
        "label": rec.label,
        "group": rec.group,
        "text": rec.text,
        "page": rec.prov.page,
        "addressee": rec.addressee,
        "evidence": [{"page": e.page, "text": e.text} for e in rec.evidence],
    }
    if source is not None:
        d["source"] = source
    return d


def finding_json(f: Finding) -> dict:
    return {"id": f.id, "label": f.label, "text": f.text, "page": f.prov.page, "polarity": f.polarity}


def action_json(a: Action) -> dict:
    return {
        "id": a.id,
        "row": a.row,
        "section": a.section,
        "objective": a.objective,
        "text": a.text,
        "refs": list(a.refs),
        "other_refs": list(a.other_refs),
        "workstream_refs": list(a.workstream_refs),
        "leads_raw": a.leads_raw,
        "leads": [{"name": l.name, "kind": l.kind, "role": l.role} for l in a.leads],
        "date_raw": a.date_raw,
        "date": {"start": a.date.start, "end": a.date.end, "status": a.date.status},
        "rag": a.rag,
        "status_update": a.status_update,
        "page": a.prov.page,
        "provenance": {"file": a.prov.file, "page": a.prov.page, "table": a.prov.table, "row": a.prov.row},
    }


def dump(doc: dict, out: str | None = None) -> None:
    """Write one JSON document to stdout, or atomically to ``out``."""
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    if not out or out == "-":
        import sys

        sys.stdout.write(text + "\n")
        return
    write_atomic(out, text + "\n")


def link_json(link) -> dict:
    return {"action": link.action, "recommendation": link.recommendation, "score": round(link.score, 4),
            "basis": link.basis, "evidence": link.evidence}


def check_json(result) -> dict:
    """The `recmap check --format json` document (INTERFACE.md), with a few extra fields."""
    cov = result.coverage
    counts: dict[str, int] = {}
    for c in cov.items:
        counts[c.status] = counts.get(c.status, 0) + 1
    return {
        "recommendations": [recommendation_json(r, r.prov.file) for r in result.recommendations],
        "actions": [action_json(a) for a in result.actions],
        "links": [link_json(l) for l in result.links],
        "coverage": [{"recommendation": c.recommendation, "status": c.status,
                      "best_score": round(c.best_score, 4), "actions": list(c.actions)} for c in cov.items],
        "warnings": [{"action": p.action, "problem": p.problem} for p in cov.problems],
        "orphans": list(cov.orphans),
        "summary": {"recommendations": len(result.recommendations), "actions": len(result.actions),
                    "links": len(result.links), **counts},
        "sources": [{"source": s.source, "kind": s.kind, "framework": s.framework,
                     "recommendations": s.n_recommendations} for s in result.sources],
        "plan": result.plan,
        "as_of": result.as_of.isoformat() if result.as_of else None,
    }
