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


def asked_before_text(result: CheckResult, rec_id: str) -> str:
    """"also asked in the 2014 report, recommendation 3 (0.72)"; empty without a history."""
    found = result.asked_before(rec_id)
    if not found:
        return ""
    return "also asked in " + "; ".join(f"{e.describes} ({e.score:.2f})" for e in found)


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
            "asks_answered": f"{sum(q.status == 'covered' for q in item.asks)} of {len(item.asks)}" if item.asks else "",
            "asks_without_action": " | ".join(unanswered_asks(item)),
            # Only with a recommendation history (recmap check --history): a check without one
            # keeps its columns.
            **({"asked_before": asked_before_text(result, rec.id)} if result.history else {}),
        })
    rows.sort(key=lambda r: (STATUS_ORDER.get(r["status"], 9), order.get(r["recommendation"], 0)))
    return rows


def unanswered_asks(item) -> list[str]:
    """The required asks of a coverage item that no action is aimed at (for a multi-ask
    recommendation); an ask that only qualifies the one before it is not listed."""
    if len(item.asks) < 2 and item.status != "covered":
        return []  # one ask: the recommendation's own status says it
    return [q.text for q in item.asks if q.status != "covered" and q.required]


def ask_rows(result: CheckResult) -> list[dict]:
    """One row per ask of every recommendation: what it asks, its status and the actions on it."""
    rows = []
    for item in result.coverage.items:
        rec = result.recommendation(item.recommendation)
        for n, q in enumerate(item.asks, 1):
            rows.append({"recommendation_number": rec.number, "recommendation_id": rec.id, "ask": n,
                         "text": q.text, "status": q.status, "required": "yes" if q.required else "no",
                         "actions": ", ".join(plan_ref(result.action(a)) for a in q.actions),
                         "best_score": round(q.best_score, 3)})
    return rows


def link_rows(result: CheckResult) -> list[dict]:
    """One row per proposed link, plus one row (with empty action columns) per uncovered recommendation."""
    items = {c.recommendation: c for c in result.coverage.items}
    rows = []
    for rec in result.recommendations:
        links = result.links_for_recommendation(rec.id)
        item = items.get(rec.id)
        base = {"recommendation_number": rec.number, "recommendation_id": rec.id, "recommendation": rec.text,
                "coverage": item.status if item else "",
                "asks_without_action": " | ".join(unanswered_asks(item)) if item else "",
                "report": rec.prov.file, "report_page": rec.prov.page,
                **({"asked_before": asked_before_text(result, rec.id)} if result.history else {})}
        if not links:
            rows.append(base | {"action_row": "", "action_id": "", "action": "", "score": "", "basis": "",
                                "asks": "", "evidence": "", "lead": "", "date": "", "plan_page": ""})
        for l in links:
            a = result.action(l.action)
            rows.append(base | {"action_row": plan_ref(a), "action_id": a.id, "action": a.text,
                                "score": round(l.score, 3), "basis": l.basis,
                                "asks": ", ".join(str(q + 1) for q in l.asks), "evidence": l.evidence,
                                "lead": leads_text(a), "date": date_text(a), "plan_page": a.prov.page or ""})
    return rows


def action_rows(result: CheckResult) -> list[dict]:
    return [{"id": a.id, "row": plan_ref(a), "section": a.section or "", "objective": a.objective or "",
             "action": a.text, "refs": ", ".join(map(str, a.refs)), "lead": leads_text(a),
             "date_raw": a.date_raw, "start": a.date.start or "", "end": a.date.end or "",
             "date_status": a.date.status, "rag": a.rag or "", "page": a.prov.page or ""}
            for a in result.actions]


def problem_text(result: CheckResult, p) -> str:
    """A warning as a reader wants it: a weak reference names both recommendations and scores."""
    if p.problem == "weak reference" and p.recommendation:
        cited = result.recommendation(p.recommendation).number
        like = result.recommendation(p.reads_like).number if p.reads_like else None
        return (f"weak reference: cites recommendation {cited} (text score {p.score or 0:.2f}) "
                f"but reads like recommendation {like} ({p.reads_like_score or 0:.2f})")
    return p.problem


def warning_rows(result: CheckResult) -> list[dict]:
    rows = []
    for p in result.coverage.problems:
        a = result.action(p.action)
        rows.append({"action_id": a.id, "row": plan_ref(a), "action": a.text, "problem": problem_text(result, p),
                     "lead": leads_text(a), "date": a.date_raw})
    return rows
