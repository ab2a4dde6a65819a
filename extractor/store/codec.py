"""Recommendations and actions to JSON columns and back, losslessly (round-trip tested)."""
from __future__ import annotations

import json

from ..document import Provenance
from ..items import Action, DateSpan, Evidence, Lead, Recommendation


def _prov(d: dict | None) -> Provenance:
    d = d or {}
    return Provenance(**{k: d.get(k) for k in ("file", "page", "table", "row", "cell")})


def _prov_json(p: Provenance) -> dict:
    return {"file": p.file, "page": p.page, "table": p.table, "row": p.row, "cell": p.cell}


def recommendation_to_json(r: Recommendation) -> str:
    return json.dumps({
        "id": r.id, "number": r.number, "text": r.text, "prov": _prov_json(r.prov), "label": r.label,
        "group": r.group, "addressee": r.addressee,
        "evidence": [{"page": e.page, "text": e.text} for e in r.evidence],
    }, ensure_ascii=False)


def recommendation_from_json(s: str) -> Recommendation:
    d = json.loads(s)
    return Recommendation(id=d["id"], number=d["number"], text=d["text"], prov=_prov(d["prov"]),
                          label=d["label"], group=d["group"], addressee=d["addressee"],
                          evidence=tuple(Evidence(e["page"], e["text"]) for e in d["evidence"]))


def action_to_json(a: Action) -> str:
    return json.dumps({
        "id": a.id, "row": a.row, "text": a.text, "prov": _prov_json(a.prov), "section": a.section,
        "objective": a.objective, "refs": list(a.refs), "other_refs": list(a.other_refs),
        "workstream_refs": list(a.workstream_refs), "leads_raw": a.leads_raw,
        "leads": [{"name": l.name, "kind": l.kind, "role": l.role} for l in a.leads],
        "date_raw": a.date_raw, "date": {"start": a.date.start, "end": a.date.end, "status": a.date.status},
        "rag": a.rag, "status_update": a.status_update,
    }, ensure_ascii=False)


def action_from_json(s: str) -> Action:
    d = json.loads(s)
    return Action(id=d["id"], row=d["row"], text=d["text"], prov=_prov(d["prov"]), section=d["section"],
                  objective=d["objective"], refs=tuple(d["refs"]), other_refs=tuple(d["other_refs"]),
                  workstream_refs=tuple(d["workstream_refs"]), leads_raw=d["leads_raw"],
                  leads=tuple(Lead(l["name"], l["kind"], l["role"]) for l in d["leads"]),
                  date_raw=d["date_raw"], date=DateSpan(**d["date"]), rag=d["rag"],
                  status_update=d["status_update"])
