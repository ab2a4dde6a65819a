"""``recmap check --history FILE``: which of a check's recommendations repeat earlier asks.

For each report or letter the check read its recommendations from: when the history holds the
same file (by content), its recorded repeats are used; otherwise the document is read for its
council and date (:class:`~.worker.HistoryWorker`) and its items are compared, as a run of
``recmap history`` would, with the earlier documents of the same council in the history.
Either way a recommendation gets the earlier items it repeats as
:class:`~extractor.items.EarlierAsk` s, which every report format shows.
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from ..batch.cache import file_sha256
from ..batch.worker import Task
from ..items import CheckResult, EarlierAsk, Recommendation, normalise_text
from ..settings import DEFAULT, Settings
from . import db as hdb
from .model import HistoryDocument, Repeat, describe_item, recommendation_id


def with_history(result: CheckResult, db_path: str | os.PathLike, settings: Settings = DEFAULT) -> CheckResult:
    """``result`` with the earlier asks its recommendations repeat, from the history at ``db_path``."""
    con = hdb.connect(db_path, create=False)
    try:
        found: list[EarlierAsk] = []
        for source in dict.fromkeys(r.prov.file for r in result.recommendations):
            recs = [r for r in result.recommendations if r.prov.file == source]
            found += _earlier_asks(con, source, recs, settings)
    finally:
        con.close()
    return replace(result, history=str(db_path), earlier_asks=tuple(found))


def _earlier_asks(con, source: str, recs: Sequence[Recommendation], settings: Settings) -> list[EarlierAsk]:
    try:
        sha = file_sha256(source)
    except OSError:
        return []
    docs = {d.id: d for d in hdb.load_documents(con)}
    doc = docs.get(sha[:16])
    if doc is not None:
        repeats = [r for r in hdb.load_repeats(con) if r.item in {it.id for it in doc.items}]
    else:
        doc, repeats = _compare(con, source, sha, list(docs.values()), settings)
        if doc is None:
            return []
    items = {it.id: (d, it) for d in docs.values() for it in d.items}
    by_item = _match_items(recs, doc)
    out = []
    for r in repeats:
        rec = by_item.get(r.item)
        if rec is None or r.earlier not in items:
            continue
        d, it = items[r.earlier]
        out.append(EarlierAsk(rec.id, it.id, d.source, describe_item(d, it), it.text, r.score, r.evidence))
    return out


def _match_items(recs: Sequence[Recommendation], doc: HistoryDocument) -> dict[str, Recommendation]:
    """History item id -> the check's recommendation: the same id (the same extractor read
    both), else the same text."""
    by_id = {r.id: r for r in recs}
    by_text = {normalise_text(r.text): r for r in recs}
    out = {}
    for it in doc.items:
        rec = by_id.get(recommendation_id(it)) or by_text.get(normalise_text(it.text))
        if rec is not None:
            out[it.id] = rec
    return out


def _compare(con, source: str, sha: str, docs: list[HistoryDocument],
             settings: Settings) -> tuple[HistoryDocument | None, list[Repeat]]:
    """A document the history does not hold, read and compared with its council's earlier ones."""
    from .build import document_from_result
    from .repeats import council_repeats
    from .themes import default_tagger
    from .worker import HistoryWorker

    res = HistoryWorker(settings)(Task(source, Path(source).name, sha))
    if not res.ok:
        return None, []
    doc = document_from_result(res, default_tagger())
    if not doc.council_key or not doc.date:
        return doc, []
    earlier = [d for d in docs if d.council_key == doc.council_key and d.date and d.date < doc.date]
    mine = {it.id for it in doc.items}
    return doc, [r for r in council_repeats(earlier + [doc]) if r.item in mine]
