"""The items of :mod:`extractor.items` as JSON-ready dicts, and back: the one codec.

../shared/INTERFACE.md fixes the field names. Items are written in three documents, which
differ only in how much provenance they carry:

- the CLI's JSON (``recmap recommendations / findings / actions / check``): the page flattened
  into ``page``; an action also has ``provenance`` (file, page, table, row);
- a batch letter file or cache entry (:mod:`extractor.batch.model`): ``page`` plus the full
  ``provenance``, cell included, so a cached result rebuilds exactly;
- the review store's ``data`` column: a *record*, every field as the dataclass declares it, the
  provenance nested as ``prov`` (:func:`to_record`).

The ``*_from_dict`` functions read any of these (``prov``, ``provenance`` or just ``page``),
so every file or database an earlier version wrote still loads. A field that is absent or null
takes the dataclass default; ``file`` stands in for a provenance that names no file (a batch
entry names its source once, at the top).
"""
from __future__ import annotations

from dataclasses import asdict

from .document import Provenance
from .items import (Action, CarryOver, CoverageItem, DateSpan, Evidence, Finding, Lead, Link, Problem,
                    Recommendation, SourceInfo)


def provenance_to_dict(p: Provenance, *, cell: bool = True) -> dict:
    d = {"file": p.file, "page": p.page, "table": p.table, "row": p.row}
    if cell:
        d["cell"] = p.cell
    return d


def provenance_from_dict(d: dict | None, file: str | None = None) -> Provenance:
    d = d or {}
    name = d.get("file")
    if not name and file is not None:
        name = file
    return Provenance(name, d.get("page"), d.get("table"), d.get("row"), d.get("cell"))


def _prov_of(d: dict, file: str | None) -> Provenance:
    p = d.get("prov", d.get("provenance"))
    if p is None and "page" in d:  # the CLI's form: the page alone
        p = {"page": d["page"]}
    return provenance_from_dict(p, file)


def _or(value, default):
    return default if value is None else value


def evidence_to_dict(e: Evidence) -> dict:
    return {"page": e.page, "text": e.text}


def evidence_from_dict(d: dict) -> Evidence:
    return Evidence(d.get("page"), d["text"])


def lead_to_dict(lead: Lead) -> dict:
    return {"name": lead.name, "kind": lead.kind, "role": lead.role}


def lead_from_dict(d: dict) -> Lead:
    return Lead(d["name"], d["kind"], d.get("role"))


def date_to_dict(span: DateSpan) -> dict:
    return {"start": span.start, "end": span.end, "status": span.status}


def date_from_dict(d: dict | None) -> DateSpan:
    d = d or {}
    return DateSpan(d.get("start"), d.get("end"), _or(d.get("status"), "unknown"))


def recommendation_to_dict(r: Recommendation, *, provenance: bool = False, source: str | None = None) -> dict:
    """A recommendation as INTERFACE.md prints it; ``provenance`` adds the full provenance
    (batch letters), ``source`` the file it was read from (``recmap check``)."""
    d = {"id": r.id, "number": r.number, "label": r.label, "group": r.group, "text": r.text,
         "page": r.prov.page, "addressee": r.addressee, "agency": r.agency}
    if provenance:
        d["provenance"] = provenance_to_dict(r.prov)
    d["evidence"] = [evidence_to_dict(e) for e in r.evidence]
    d["evidence_status"] = r.evidence_status
    if source is not None:
        d["source"] = source
    return d


def recommendation_from_dict(d: dict, file: str | None = None) -> Recommendation:
    return Recommendation(
        id=d["id"], number=d.get("number"), text=d["text"], prov=_prov_of(d, file), label=d.get("label"),
        group=d.get("group"), addressee=_or(d.get("addressee"), "local authority"),
        evidence=tuple(evidence_from_dict(e) for e in d.get("evidence") or ()),
        agency=d.get("agency"), evidence_status=d.get("evidence_status"),
    )


def carry_over_to_dict(c: CarryOver, *, provenance: bool = False) -> dict:
    """A letter's carry-over: the statement, where it is printed, and the earlier event it points to."""
    d = {"text": c.text, "page": c.prov.page, "kind": c.kind, "refers_to": c.refers_to,
         "refers_to_raw": c.refers_to_raw, "refers_to_month": c.refers_to_month}
    if provenance:
        d["provenance"] = provenance_to_dict(c.prov)
    return d


def carry_over_from_dict(d: dict, file: str | None = None) -> CarryOver:
    return CarryOver(d["text"], _prov_of(d, file), d["kind"], d.get("refers_to"), d.get("refers_to_raw"),
                     d.get("refers_to_month"))


def finding_to_dict(f: Finding) -> dict:
    """A finding as INTERFACE.md prints it (a batch letter adds its provenance and matches)."""
    return {"id": f.id, "label": f.label, "text": f.text, "page": f.prov.page, "polarity": f.polarity,
            "section": f.section}


def finding_from_dict(d: dict, file: str | None = None) -> Finding:
    return Finding(d["id"], d.get("label"), d["text"], _prov_of(d, file), _or(d.get("polarity"), "mixed"),
                   d.get("section"))


def action_to_dict(a: Action) -> dict:
    """An action as INTERFACE.md prints it, with its provenance (file, page, table, row)."""
    return {
        "id": a.id, "row": a.row, "section": a.section, "objective": a.objective, "text": a.text,
        "refs": list(a.refs), "other_refs": list(a.other_refs), "workstream_refs": list(a.workstream_refs),
        # only when the plan quotes: records of plans that do not read exactly as before
        **({"ref_quotes": list(a.ref_quotes)} if a.ref_quotes else {}), "leads_raw": a.leads_raw, "leads": [lead_to_dict(lead) for lead in a.leads],
        "date_raw": a.date_raw, "date": date_to_dict(a.date), "rag": a.rag, "status_update": a.status_update,
        "page": a.prov.page, "provenance": provenance_to_dict(a.prov, cell=False),
    }


def action_from_dict(d: dict, file: str | None = None) -> Action:
    return Action(
        id=d["id"], row=d.get("row"), text=d["text"], prov=_prov_of(d, file), section=d.get("section"),
        objective=d.get("objective"), refs=tuple(d.get("refs") or ()), other_refs=tuple(d.get("other_refs") or ()),
        workstream_refs=tuple(d.get("workstream_refs") or ()), leads_raw=_or(d.get("leads_raw"), ""),
        leads=tuple(lead_from_dict(lead) for lead in d.get("leads") or ()), date_raw=_or(d.get("date_raw"), ""),
        date=date_from_dict(d.get("date")), rag=d.get("rag"), status_update=d.get("status_update"),
        ref_quotes=tuple(d.get("ref_quotes") or ()),
    )


def link_to_dict(link: Link) -> dict:
    """A proposed link; the score rounded to 4 places as INTERFACE.md prints scores. ``asks``
    numbers (from 1) the recommendation's asks the action speaks to; ``passing`` says it only
    mentions the recommendation's subject on the way."""
    return {"action": link.action, "recommendation": link.recommendation, "score": round(link.score, 4),
            "basis": link.basis, "evidence": link.evidence, "asks": [q + 1 for q in link.asks],
            "passing": link.passing}


def coverage_item_to_dict(c: CoverageItem) -> dict:
    return {"recommendation": c.recommendation, "status": c.status, "best_score": round(c.best_score, 4),
            "actions": list(c.actions),
            "asks": [{"text": q.text, "status": q.status, "actions": list(q.actions),
                      "best_score": round(q.best_score, 4), "required": q.required} for q in c.asks]}


def problem_to_dict(p: Problem) -> dict:
    d = {"action": p.action, "problem": p.problem}
    if p.recommendation is not None:
        d.update({"recommendation": p.recommendation, "reads_like": p.reads_like,
                  "score": None if p.score is None else round(p.score, 4),
                  "reads_like_score": None if p.reads_like_score is None else round(p.reads_like_score, 4)})
    return d


def source_to_dict(s: SourceInfo) -> dict:
    return {"source": s.source, "kind": s.kind, "framework": s.framework, "recommendations": s.n_recommendations,
            "board_left_out": s.n_board_left_out}


def to_record(item: Recommendation | Action) -> dict:
    """Every field of the item as its dataclass declares them, in that order, the provenance
    nested as ``prov``: the review store's ``data`` column. ``*_from_dict`` rebuilds the item
    exactly (tests/test_codec.py). An action's ``ref_quotes`` is left out when empty, so that
    the records of plans that quote nothing are written as they were before it existed."""
    record = asdict(item)
    if isinstance(item, Action) and not item.ref_quotes:
        del record["ref_quotes"]
    return record
