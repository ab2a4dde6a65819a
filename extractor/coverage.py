"""Coverage: which recommendations the plan's actions answer, ask by ask, and what needs attention.

A recommendation often asks for several things (:mod:`extractor.extract.asks`). A link from
:func:`extractor.link.link` *aims* an action at a recommendation when it is

- an explicit reference the action's text supports (a reference whose text reads like another
  recommendation, ``weak_reference``, only touches it), or a reviewer's link; or
- a similarity or workstream link scoring at least ``settings.covered_threshold`` that is one of
  its action's best links (within ``settings.covered_margin`` of the action's best score;
  explicit and reviewer links count as 1.0) and is not a passing mention (the action's main
  clause is about something else: "..., including the disabled children's team").

Any other proposed link only *touches* the recommendation. Each link speaks to some of the
recommendation's asks (``Link.asks``). Then, per ask: ``covered`` when an aimed link speaks to
it, ``weak`` when only touching links do, ``uncovered`` when none. An ask that adds little of its
own to the recommendation (under ``settings.ask_own_weight`` of field weight no other ask of it
has: "... that the support continues for as long as it is needed") qualifies the ask before it and
is not *required*: it is listed with its status, but covering the recommendation does not wait for
it. Per recommendation:

- ``covered``: every required ask is covered;
- ``weak``: something is proposed, but some ask has no action aimed at it (partly answered,
  touched in passing, only side matches of actions aimed elsewhere, or a weak reference);
- ``uncovered``: nothing proposed at all.

An action answers nothing unless a link aims it somewhere: orphans stay orphans. Recommendations
compete for each action: an action usually answers one recommendation, and a plan that dropped
every action for recommendation 6 still has actions that resemble it as a side match. Such side
matches make the recommendation ``weak`` - worth a look - never ``covered``.

Problems per action: ``no lead``, ``no date``, ``overdue`` (end date before ``as_of`` and not
complete) and ``orphan`` (the action is linked to no recommendation).
"""
from __future__ import annotations

from datetime import date
from typing import Sequence

from .extract.asks import asks_of
from .items import Action, AskCoverage, CoverageItem, CoverageResult, Link, Problem, Recommendation
from .link.field import own_weights
from .settings import DEFAULT, Settings

# Bases that state a link rather than estimate one: they cover whatever their score.
AUTHORITATIVE = frozenset({"explicit", "reviewer"})


def action_best_scores(links: Sequence[Link]) -> dict[str, float]:
    """Action id -> the best score among its links (explicit and reviewer links count as 1.0; a
    weak reference - a citation the action's text does not support - only as much as its text
    supports it, so that the recommendation the text reads like can still be the action's best)."""
    best: dict[str, float] = {}
    for l in links:
        if l.basis in AUTHORITATIVE:
            s = (l.text_score or 0.0) if l.weak_reference else 1.0
        else:
            s = l.score
        best[l.action] = max(best.get(l.action, 0.0), s)
    return best


def is_primary(link: Link, action_best: dict[str, float], settings: Settings = DEFAULT) -> bool:
    """Whether ``link`` is among its action's best links (within ``covered_margin``)."""
    if link.basis in AUTHORITATIVE:
        return True
    return link.score >= action_best.get(link.action, link.score) - settings.covered_margin - 1e-9


def is_aimed(link: Link, action_best: dict[str, float], settings: Settings = DEFAULT) -> bool:
    """Whether ``link`` aims its action at the recommendation (see the module docstring)."""
    if link.basis in AUTHORITATIVE:
        return not link.weak_reference
    return (link.score >= settings.covered_threshold and not link.passing
            and is_primary(link, action_best, settings))


def aimed_links(links: Sequence[Link], action_best: dict[str, float], settings: Settings = DEFAULT) -> list[Link]:
    """The links of one recommendation that aim their action at it: each one :func:`is_aimed`
    says so of, and - when two or more actions are aimed at it less surely (primary, not in
    passing, scoring at least ``settings.covered_support_threshold``) - those too: a plan answers a
    recommendation with several actions, a decoy or a stray match is one."""
    sure = [l for l in links if is_aimed(l, action_best, settings)]
    support = [l for l in links if l.basis not in AUTHORITATIVE and not l.passing
               and l.score >= settings.covered_support_threshold and is_primary(l, action_best, settings)]
    if len({l.action for l in support}) >= 2:
        sure += [l for l in support if l not in sure]
    return sure


def required_asks(asks: Sequence[str], settings: Settings = DEFAULT) -> tuple[bool, ...]:
    """Per ask: whether covering the recommendation needs an action aimed at it (the first ask
    always; another when it adds at least ``settings.ask_own_weight`` of its own)."""
    if len(asks) < 2 or settings.ask_own_weight <= 0:
        return (True,) * len(asks)
    own = own_weights(asks)
    return tuple(q == 0 or w >= settings.ask_own_weight for q, w in enumerate(own))


def _ask_items(asks: Sequence[str], links: Sequence[Link], action_best: dict[str, float],
               settings: Settings, required: Sequence[bool]) -> tuple[AskCoverage, ...]:
    out = []
    aimed_set = {id(l) for l in aimed_links(links, action_best, settings)}
    for q, text in enumerate(asks):
        aimed, touching, best = [], [], 0.0
        for l in links:
            if q not in (l.asks or range(len(asks))):
                continue
            (aimed if id(l) in aimed_set else touching).append(l.action)
            best = max(best, l.score)
        status = "covered" if aimed else "weak" if touching else "uncovered"
        out.append(AskCoverage(text, status, tuple(dict.fromkeys(aimed + touching)), round(best, 4), required[q]))
    return tuple(out)


def recommendation_status(links: Sequence[Link], settings: Settings = DEFAULT,
                          action_best: dict[str, float] | None = None, n_asks: int = 1,
                          required: Sequence[bool] | None = None) -> str:
    """covered / weak / uncovered for one recommendation's links.

    ``action_best`` (from :func:`action_best_scores` over *all* links) lets a link be judged
    against its action's other links; without it every link counts as primary. ``required``
    (from :func:`required_asks`) says which of the ``n_asks`` asks must be answered; all of them
    without it.
    """
    if not links:
        return "uncovered"
    best = action_best if action_best is not None else {}
    answered: set[int] = set()
    for l in aimed_links(links, best, settings):
        answered.update(l.asks or range(n_asks))
    needed = {q for q in range(n_asks) if required is None or required[q]}
    return "covered" if answered and needed <= answered else "weak"


def action_problems(action: Action, as_of: date | None = None) -> tuple[str, ...]:
    """Warnings for one action: no lead, no date, overdue (only when ``as_of`` is given)."""
    out = []
    if not action.leads and not action.leads_raw.strip():
        out.append("no lead")
    d = action.date
    if d.end is None and d.start is None and d.status in ("unknown", "tbc"):
        out.append("no date")
    if as_of is not None and d.end and d.status != "complete":
        try:
            if date.fromisoformat(d.end) < as_of:
                out.append("overdue")
        except ValueError:
            out.append("no date")  # an unparseable end date cannot be tracked
    return tuple(out)


def coverage(recommendations: Sequence[Recommendation], actions: Sequence[Action],
             links: Sequence[Link], settings: Settings = DEFAULT,
             as_of: date | None = None) -> CoverageResult:
    """Coverage of each recommendation by ``links`` plus warnings about ``actions``."""
    by_rec: dict[str, list[Link]] = {r.id: [] for r in recommendations}
    linked_actions: set[str] = set()
    for l in links:
        if l.recommendation in by_rec:
            by_rec[l.recommendation].append(l)
            linked_actions.add(l.action)
    action_best = action_best_scores([l for l in links if l.recommendation in by_rec])
    items = []
    for r in recommendations:
        ls = sorted(by_rec[r.id], key=lambda l: (l.basis not in AUTHORITATIVE, -l.score))
        asks = asks_of(r)
        required = required_asks(asks, settings)
        items.append(CoverageItem(
            recommendation=r.id,
            status=recommendation_status(ls, settings, action_best, len(asks), required),
            best_score=round(max((l.score for l in ls), default=0.0), 4),
            actions=tuple(dict.fromkeys(l.action for l in ls)),
            asks=_ask_items(asks, ls, action_best, settings, required),
        ))
    orphans = tuple(a.id for a in actions if a.id not in linked_actions)
    weak_refs: dict[str, list[Link]] = {}
    for l in links:
        if l.weak_reference and l.recommendation in by_rec:
            weak_refs.setdefault(l.action, []).append(l)
    problems = []
    for a in actions:
        problems.extend(Problem(a.id, p) for p in action_problems(a, as_of))
        if a.id not in linked_actions:
            problems.append(Problem(a.id, "orphan"))
        for l in weak_refs.get(a.id, ()):
            problems.append(Problem(a.id, "weak reference", l.recommendation, l.reads_like,
                                    l.text_score, l.reads_like_score))
    return CoverageResult(tuple(items), orphans, tuple(problems))
