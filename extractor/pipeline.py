"""The `recmap check` job as one function: documents in, a :class:`CheckResult` out.

ingest -> extract recommendations (one or more sources) and actions -> link -> coverage.
Renderers in :mod:`extractor.report` turn the result into a table, JSON, CSV, HTML or Excel.
"""
from __future__ import annotations

from datetime import date
from typing import Callable, Sequence

from .items import CheckResult, Recommendation, SourceInfo
from .settings import DEFAULT, Settings

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


def run_check(
    reports: Sequence[str],
    plan: str,
    *,
    settings: Settings = DEFAULT,
    as_of: date | None = None,
    include_board: bool = False,
    use_references: bool = True,
    progress: Progress = _quiet,
) -> CheckResult:
    """Read every report and the plan, link actions to recommendations and work out coverage.

    Recommendations addressed to the safeguarding board (the LSCB of a 2013-2018 report) are left
    out unless ``include_board``: the board answers them in its own plan, and a council's plan
    that is checked against them gets its actions pulled towards them (each source counts what
    it left out, ``SourceInfo.n_board_left_out``). ``use_references=False`` judges the plan by its content alone: the recommendation numbers
    its rows cite (and its workstreams list) are not used ("would this plan still answer
    recommendation 6 if it did not say so?").

    Raises :class:`~extractor.errors.RecmapError` naming the file when a document cannot be
    read or holds nothing usable (no recommendations in any report; no action table in the plan).
    """
    from .coverage import coverage
    from .errors import InputError, NotAPlan
    from .extract.actions import extract_actions
    from .extract.recommendations import extract_recommendations
    from .ingest import load_document
    from .link import link, quoted_refs

    recs: list[Recommendation] = []
    sources: list[SourceInfo] = []
    for path in reports:
        progress(f"reading recommendations from {path}")
        res = extract_recommendations(load_document(path, settings))
        found = [r for r in res.recommendations if include_board or r.addressee == "local authority"]
        sources.append(SourceInfo(path, res.kind, res.framework, len(found), len(res.recommendations) - len(found)))
        recs.extend(found)
    if not recs:
        raise InputError(
            "no recommendations were found in " + ", ".join(reports),
            "Check that --report points at the Ofsted report (run `recmap recommendations FILE` to see what is read).",
        )
    progress(f"reading actions from {plan}")
    actions = extract_actions(load_document(plan, settings))
    if not actions:
        raise NotAPlan("no actions were found in the plan", "Run `recmap actions PLAN` to see what is read.", plan)
    progress(f"linking {len(actions)} actions to {len(recs)} recommendations")
    actions = quoted_refs(recs, actions)  # '"meaningful direct work"' cites the recommendation it quotes
    links = link(recs, actions, settings, use_references=use_references)
    cov = coverage(recs, actions, links, settings, as_of)
    return CheckResult(tuple(recs), tuple(actions), tuple(links), cov, tuple(sources), plan, as_of, settings,
                       use_references)
