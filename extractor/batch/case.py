"""The case a batch checks letters against: recommendations from report(s), actions from a plan,
and the council they are about.

Built once in the parent process, then handed (pickled, it is small) to every worker.
"""
from __future__ import annotations

import dataclasses
from typing import Callable, Sequence

from ..errors import InputError, NotAPlan
from ..extract.council import Council
from ..settings import DEFAULT, Settings
from .councils import case_council
from .model import Case


def load_case(reports: Sequence[str], plan: str | None, settings: Settings = DEFAULT,
              warn: Callable[[str], None] = lambda _m: None) -> Case:
    """Read the recommendations of ``reports`` and the actions of ``plan`` and link them; the
    case's council is the one its first report names (its plan's when no report names one).

    Raises :class:`~extractor.errors.RecmapError` naming the file when a report holds no
    recommendations or the plan no actions: a batch against an empty case would report
    every concern as new, which is worse than stopping.
    """
    from ..extract.council import identify_council
    from ..extract.recommendations import extract_recommendations
    from ..ingest import load_document

    recs, councils = [], []
    for path in reports:
        doc = load_document(path, settings)
        found = extract_recommendations(doc).recommendations
        if not found:
            raise InputError("no recommendations were found in this report",
                             "Check it with `recmap recommendations FILE`, or leave out --report.", path)
        recs.extend(found)
        councils.append((path, identify_council(doc)))
    actions, links = [], []
    if plan:
        from ..extract.actions import extract_actions

        plan_doc = load_document(plan, settings)
        actions = list(extract_actions(plan_doc))
        if not any(c for _, c in councils):
            councils.append((plan, identify_council(plan_doc)))
        del plan_doc
        if not actions:
            raise NotAPlan("no actions were found in the plan", "Run `recmap actions PLAN` to see what is read.", plan)
        if recs:
            try:
                from ..link import link, quoted_refs
            except ImportError:
                warn("warning: the linker is not available; findings are matched to actions and "
                     "recommendations directly, not through the plan's links")
            else:
                actions = list(quoted_refs(recs, actions))  # as recmap check reads the plan's citations
                links = list(link(recs, actions, settings))
    council, warnings = case_council(councils)
    for w in warnings:
        warn(w)
    return Case(tuple(recs), tuple(actions), tuple(links), tuple(reports) + ((plan,) if plan else ()), council)


def with_council(case: Case, name: str) -> Case:
    """``case`` about the council ``name`` (``--council``), whatever its documents say."""
    from ..extract.council import council_key

    name = " ".join(name.split())
    return dataclasses.replace(case, council=Council(name, council_key(name), None, "given", None))


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
    reports = tuple(s.source for s in result.sources)
    return Case(tuple(result.recommendations), tuple(result.actions), tuple(result.links),
                reports + (result.plan,), _council_of_files(reports + (result.plan,), settings))


def _council_of_files(paths: Sequence[str], settings: Settings) -> Council | None:
    """The council the first readable of ``paths`` names (the case database keeps the paths
    its documents were loaded from, not their text): None when none can be read or named."""
    from ..errors import RecmapError
    from ..extract.council import identify_council
    from ..ingest import load_document

    for path in paths:
        try:
            council = identify_council(load_document(path, settings))
        except (RecmapError, OSError):
            continue
        if council is not None:
            return council
    return None
