"""Small hand-built recommendations and actions for linker tests (a helper module, not a
conftest.py, so that ``import conftest`` in other test folders stays unambiguous). Test modules
import the ``small_case`` fixture from here."""
from __future__ import annotations

import pytest

from extractor.document import Provenance
from extractor.items import Action, DateSpan, Lead, Recommendation


def rec(rid: str, number: int, text: str, source: str = "report.pdf") -> Recommendation:
    return Recommendation(rid, number, text, Provenance(source, page=5))


def act(aid: str, text: str, row: str | None = None, objective: str | None = None,
        refs: tuple[int, ...] = (), workstream: tuple[int, ...] = (), **kw) -> Action:
    kw.setdefault("leads", (Lead("Jo Bloggs", "person"),))
    kw.setdefault("date", DateSpan(None, "2019-03-31", "dated"))
    return Action(aid, row, text, Provenance("plan.docx", page=2), objective=objective, refs=refs,
                  workstream_refs=workstream, **kw)


@pytest.fixture
def small_case():
    recs = (
        rec("R1", 1, "Ensure that all care leavers have full information about their health histories "
                     "and about advocacy and complaints."),
        rec("R2", 2, "Improve management oversight and supervision so that children's plans progress."),
        rec("R3", 3, "Review the procedures for unaccompanied asylum-seeking children who arrive "
                     "outside office opening hours."),
    )
    acts = (
        act("A1", "Give every care leaver a health passport with their health history.", "1.1",
            "Care leavers know their rights and entitlements."),
        act("A2", "Team managers record supervision on each CLA and CIN file.", "1.2",
            "Strengthen managerial oversight."),
        act("A3", "Recruit permanent staff to replace agency workers.", "3.1", "A stable workforce."),
    )
    return recs, acts
