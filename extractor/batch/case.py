"""The case a batch checks letters against: recommendations from report(s), actions from a plan.

Built once in the parent process, then handed (pickled, it is small) to every worker.
"""
from __future__ import annotations

from typing import Callable, Sequence

from ..errors import InputError, NotAPlan
from ..settings import DEFAULT, Settings
from .model import Case


def load_case(reports: Sequence[str], plan: str | None, settings: Settings = DEFAULT,
              warn: Callable[[str], None] = lambda _m: None) -> Case:
    """Read the recommendations of ``reports`` and the actions of ``plan`` and link them.

    Raises :class:`~extractor.errors.RecmapError` naming the file when a report holds no
    recommendations or the plan no actions: a batch against an empty case would report
    every concern as new, which is worse than stopping.
    """
    from ..extract.recommendations import extract_recommendations
    from ..ingest import load_document

    recs = []
    for path in reports:
        found = extract_recommendations(load_document(path, settings)).recommendations
        if not found:
            raise InputError("no recommendations were found in this report",
                             "Check it with `recmap recommendations FILE`, or leave out --report.", path)
        recs.extend(found)
    actions, links = [], []
    if plan:
        from ..extract.actions import extract_actions

        actions = list(extract_actions(load_document(plan, settings)))
        if not actions:
            raise NotAPlan("no actions were found in the plan", "Run `recmap actions PLAN` to see what is read.", plan)
        if recs:
            try:
                from ..link import link
            except ImportError:
                warn("warning: the linker is not available; findings are matched to actions and "
                     "recommendations directly, not through the plan's links")
            else:
                links = list(link(recs, actions, settings))
    return Case(tuple(recs), tuple(actions), tuple(links), tuple(reports) + ((plan,) if plan else ()))


def case_from_db(db: str, settings: Settings = DEFAULT) -> Case:
    """The case held in a review database (``recmap load``): its latest revision's
    recommendations and actions, and the links as reviewed (confirmed and still-suggested
    links; rejected ones are left out by the store)."""
    from ..errors import StoreError
    from ..store import CaseStore, case_to_check_result

    import os

    if not os.path.exists(db):
        raise StoreError("no such case database", "Create it with `recmap load --db FILE --report R --plan P`.", db)
    with CaseStore(db, settings, create=False) as store:
        result = case_to_check_result(store.state(), settings)
    return Case(tuple(result.recommendations), tuple(result.actions), tuple(result.links),
                tuple(s.source for s in result.sources) + (result.plan,))
