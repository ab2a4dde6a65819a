"""The reviewed case as the lead's :class:`~extractor.items.CheckResult`, for the HTML/CSV/Excel
renderers, and the decision log as CSV.

Review statuses pass through unchanged: a recommendation whose only links are unreviewed
suggestions is exported as ``suggested``, never as covered; one covered only through a
decision about an earlier wording is ``suspect``.
"""
from __future__ import annotations

import csv
import io

from ..items import CheckResult, CoverageItem, CoverageResult, Link, Problem, SourceInfo
from ..settings import DEFAULT, Settings
from .model import CaseState


PAST = {"accept": "accepted", "add": "added", "reject": "rejected"}


def reviewed_links(state: CaseState) -> tuple[Link, ...]:
    """Confirmed and still-unreviewed links (rejected ones dropped), evidence saying which is which."""
    out = []
    for rr in state.recommendations:
        for l in rr.links:
            if l.state == "rejected":
                continue
            if l.decision is not None:
                d = l.decision
                note = f"{PAST[d.kind]} by {d.reviewer} {d.at[:10]}"
                if l.suspect:
                    note += " (suspect: " + l.suspect_why + ")"
                out.append(Link(l.action, l.recommendation, l.score, "reviewer",
                                f"{note}; {l.evidence}" if l.evidence else note))
            elif l.state == "confirmed":
                out.append(Link(l.action, l.recommendation, l.score, l.basis, l.evidence))
            else:
                out.append(Link(l.action, l.recommendation, l.score, l.basis, "unreviewed suggestion: " + l.evidence))
    return tuple(out)


def _problems(state: CaseState, links, settings: Settings) -> tuple[Problem, ...]:
    try:  # the coverage stage owns the action warnings (no lead, no date, overdue)
        from ..coverage import coverage
    except ImportError:
        return ()
    recs = tuple(rr.recommendation for rr in state.recommendations)
    return tuple(coverage(recs, state.actions, links, settings, None).problems)


def case_to_check_result(state: CaseState, settings: Settings | None = None) -> CheckResult:
    """A CheckResult whose coverage is the reviewed status of each recommendation."""
    settings = settings or DEFAULT
    links = reviewed_links(state)
    items = []
    for rr in state.recommendations:
        acts = tuple(l.action for l in rr.links if l.state == "confirmed")
        items.append(CoverageItem(rr.recommendation.id, rr.status, rr.best_score, acts))  # type: ignore[arg-type]
    linked = {l.action for l in links}
    orphans = tuple(a.id for a in state.actions if a.id not in linked)
    cov = CoverageResult(tuple(items), orphans, _problems(state, links, settings))
    recs = tuple(rr.recommendation for rr in state.recommendations)
    sources = tuple(SourceInfo(d.path, None, None, sum(r.prov.file == d.path for r in recs))
                    for d in state.revision.reports)
    return CheckResult(recs, state.actions, links, cov, sources, state.revision.plan.path, None, settings)


def decisions_csv(decisions) -> str:
    """The decision log as CSV (UTF-8 with BOM so Excel reads it), one row per decision."""
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["id", "at", "reviewer", "kind", "recommendation", "action", "reason", "revision"])
    for d in decisions:
        w.writerow([d.id, d.at, _safe(d.reviewer), d.kind, d.recommendation, d.action or "", _safe(d.reason),
                    d.revision])
    return buf.getvalue()


def state_csv(state: CaseState) -> str:
    """One row per recommendation-action pair with its review state (works without the renderers)."""
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["recommendation_number", "recommendation_id", "recommendation", "status", "action_row",
                "action_id", "action", "link_state", "suspect", "score", "basis", "decided_by", "decided_at",
                "reason"])
    acts = {a.id: a for a in state.actions}
    for rr in state.recommendations:
        r = rr.recommendation
        base = [r.number if r.number is not None else "", r.id, _safe(r.text), rr.status]
        if not rr.links:
            w.writerow(base + ["", "", "", "", "", "", "", "", "",
                               _safe(rr.justification.reason) if rr.justification else ""])
        for l in rr.links:
            a = acts.get(l.action)
            d = l.decision
            w.writerow(base + [a.row if a and a.row else "", l.action, _safe(a.text if a else ""), l.state,
                               "yes" if l.suspect else "", round(l.score, 3), l.basis, d.reviewer if d else "",
                               d.at if d else "", _safe(d.reason) if d else ""])
    return buf.getvalue()


def _safe(v: str) -> str:
    """No spreadsheet formulas from document text."""
    return "'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v
