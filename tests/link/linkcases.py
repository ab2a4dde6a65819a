"""Small hand-built recommendations and actions for linker tests."""
from __future__ import annotations

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


