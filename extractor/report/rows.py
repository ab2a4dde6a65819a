"""Flat rows of a check result, shared by the CSV, Excel and terminal renderers."""
from __future__ import annotations

from ..items import Action, CheckResult

# Worst first. ``suspect`` and ``suggested`` come from a review store export (a link decided on
# an earlier wording; links nobody has reviewed yet), the others from a check.
STATUS_ORDER = {"uncovered": 0, "suspect": 1, "weak": 2, "suggested": 3, "justified": 4, "covered": 5}
STATUS_LABEL = {"uncovered": "uncovered", "suspect": "suspect: re-review", "weak": "weakly covered",
                "suggested": "suggested, unreviewed", "justified": "justified", "covered": "covered"}


def plan_ref(a: Action) -> str:
    """How a person finds the action in the plan: its printed row number, else table and row
    of the document ("T3 R4", 1-based), else its id."""
    if a.row:
        return a.row
    if a.prov.table is not None and a.prov.row is not None:
        return f"T{a.prov.table + 1} R{a.prov.row + 1}"
    return a.id


def leads_text(a: Action) -> str:
    if a.leads:
        return "; ".join(f"{l.name} ({l.role})" if l.role else l.name for l in a.leads)
    return a.leads_raw


def date_text(a: Action) -> str:
    d = a.date
    if d.status == "dated":
        return f"{d.start or ''}..{d.end or ''}".strip(".") if d.start else (d.end or "")
    return d.status if d.status != "unknown" else (a.date_raw or "")


def coverage_rows(result: CheckResult) -> list[dict]:
    """One row per recommendation, worst coverage first, then by source order and number."""
    order = {r.id: i for i, r in enumerate(result.recommendations)}
    rows = []
    for item in result.coverage.items:
        rec = result.recommendation(item.recommendation)
        acts = [result.action(a) for a in item.actions]
        ends = [a.date.end for a in acts if a.date.end]
        rows.append({
            "recommendation": rec.id,
            "number": rec.number,
            "label": rec.label,
            "source": rec.prov.file,
            "page": rec.prov.page,
            "text": rec.text,
            "status": item.status,
            "best_score": round(item.best_score, 3),
            "n_actions": len(item.actions),
            "actions": ", ".join(plan_ref(a) for a in acts),
            "leads": "; ".join(dict.fromkeys(leads_text(a) for a in acts if leads_text(a))),
            "latest_end": max(ends) if ends else "",
        })
    rows.sort(key=lambda r: (STATUS_ORDER.get(r["status"], 9), order.get(r["recommendation"], 0)))
    return rows


def link_rows(result: CheckResult) -> list[dict]:
    """One row per proposed link, plus one row (with empty action columns) per uncovered recommendation."""
    status = {c.recommendation: c.status for c in result.coverage.items}
    rows = []
    for rec in result.recommendations:
        links = result.links_for_recommendation(rec.id)
        base = {"recommendation_number": rec.number, "recommendation_id": rec.id, "recommendation": rec.text,
                "coverage": status.get(rec.id, ""), "report": rec.prov.file, "report_page": rec.prov.page}
        if not links:
            rows.append(base | {"action_row": "", "action_id": "", "action": "", "score": "", "basis": "",
                                "evidence": "", "lead": "", "date": "", "plan_page": ""})
        for l in links:
            a = result.action(l.action)
            rows.append(base | {"action_row": plan_ref(a), "action_id": a.id, "action": a.text,
                                "score": round(l.score, 3), "basis": l.basis, "evidence": l.evidence,
                                "lead": leads_text(a), "date": date_text(a), "plan_page": a.prov.page or ""})
    return rows


def action_rows(result: CheckResult) -> list[dict]:
    return [{"id": a.id, "row": plan_ref(a), "section": a.section or "", "objective": a.objective or "",
             "action": a.text, "refs": ", ".join(map(str, a.refs)), "lead": leads_text(a),
             "date_raw": a.date_raw, "start": a.date.start or "", "end": a.date.end or "",
             "date_status": a.date.status, "rag": a.rag or "", "page": a.prov.page or ""}
            for a in result.actions]


def warning_rows(result: CheckResult) -> list[dict]:
    rows = []
    for p in result.coverage.problems:
        a = result.action(p.action)
        rows.append({"action_id": a.id, "row": plan_ref(a), "action": a.text, "problem": p.problem,
                     "lead": leads_text(a), "date": a.date_raw})
    return rows
