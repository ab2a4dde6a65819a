"""Page contexts: plain values built from the reviewed case state (templates only loop and print).

Like Datasette, each page is one context built by a pure function, so tests can check what a
page shows without parsing HTML.
"""
from __future__ import annotations

from ..items import Action, normalise_text
from ..report.rows import date_text, leads_text
from ..store import CaseState, Decision, RecReview

STATUS_LABEL = {
    "covered": "covered",
    "suspect": "covered - needs re-review",
    "justified": "justified",
    "suggested": "unreviewed suggestions only",
    "uncovered": "uncovered",
}
STATUS_ORDER = {"uncovered": 0, "suggested": 1, "suspect": 2, "justified": 3, "covered": 4}


def rec_title(rr: RecReview) -> str:
    r = rr.recommendation
    return f"Recommendation {r.label or (r.number if r.number is not None else '')}".strip()


def action_view(a: Action) -> dict:
    return {"id": a.id, "row": a.row or "", "section": a.section or "", "text": a.text, "lead": leads_text(a),
            "date": date_text(a), "page": a.prov.page, "file": a.prov.file}


def overview_context(state: CaseState) -> dict:
    """The coverage overview: counts and one row per recommendation, worst first."""
    rows = []
    for i, rr in enumerate(state.recommendations):
        rows.append({
            "id": rr.recommendation.id, "title": rec_title(rr), "text": rr.recommendation.text,
            "status": rr.status, "status_label": STATUS_LABEL[rr.status],
            "confirmed": len(rr.confirmed), "unreviewed": len(rr.unreviewed),
            "rejected": sum(l.state == "rejected" for l in rr.links),
            "suspect": sum(l.suspect for l in rr.links), "removed": len(rr.removed),
            "best": rr.best_score, "order": (STATUS_ORDER[rr.status], i),
        })
    rows.sort(key=lambda r: r["order"])
    todo = [rr.recommendation.id for rr in state.recommendations if rr.needs_review]
    return {"revision": state.revision, "counts": state.counts(), "rows": rows, "n_actions": len(state.actions),
            "n_decisions": state.n_decisions, "first_todo": todo[0] if todo else None}


def search_actions(state: CaseState, query: str, exclude: set[str], limit: int = 10) -> list[dict]:
    """Actions matching ``query`` (words, or a plan row such as 2.3), best first, for 'add a link'."""
    from rapidfuzz import fuzz

    q = normalise_text(query)
    if not q:
        return []
    scored = []
    for a in state.actions:
        if a.id in exclude:
            continue
        hay = normalise_text(" ".join(filter(None, [a.row, a.section, a.objective, a.text])))
        if a.row and query.strip() == a.row:
            s = 100.0
        elif q in hay:
            s = 95.0
        else:
            s = fuzz.token_set_ratio(q, hay) * 0.9
        if s >= 60:
            scored.append((s, a))
    scored.sort(key=lambda t: -t[0])
    return [action_view(a) | {"match": round(s)} for s, a in scored[:limit]]


def rec_context(state: CaseState, rec_id: str, query: str = "") -> dict:
    """One recommendation: candidate actions best first with score, evidence and review state."""
    rr = state.rec(rec_id)
    links = []
    for l in rr.links:
        links.append({"link": l, "action": action_view(state.action(l.action)),
                      "needs_review": l.state == "suggested" or l.suspect})
    order = [r.recommendation.id for r in state.recommendations]
    todo = [r.recommendation.id for r in state.recommendations if r.needs_review and r.recommendation.id != rec_id]
    i = order.index(rec_id)
    after = [t for t in todo if order.index(t) > i] or todo
    return {
        "rr": rr, "rec": rr.recommendation, "title": rec_title(rr), "status_label": STATUS_LABEL[rr.status],
        "links": links, "query": query,
        "results": search_actions(state, query, {l.action for l in rr.links if l.state == "confirmed"}) if query else [],
        "prev": order[i - 1] if i > 0 else None, "next": order[i + 1] if i + 1 < len(order) else None,
        "next_todo": after[0] if after else None,
    }


def history_context(state: CaseState, decisions: list[Decision], rec_id: str | None = None) -> dict:
    """The decision log, newest first, with recommendation and action texts where still known."""
    recs = {rr.recommendation.id: rr for rr in state.recommendations}
    acts = {a.id: a for a in state.actions}
    rows = []
    for d in reversed(decisions):
        rr = recs.get(d.recommendation)
        a = acts.get(d.action) if d.action else None
        rows.append({"d": d, "rec_title": rec_title(rr) if rr else d.recommendation,
                     "rec_id": d.recommendation if rr else None,
                     "action": (a.row + " " if a and a.row else "") + (a.text if a else ""),
                     "action_known": a is not None or d.action is None})
    return {"rows": rows, "rec_id": rec_id}
