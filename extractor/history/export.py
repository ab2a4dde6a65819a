"""The history as the JSON of ``recmap history --json`` (fields fixed by INTERFACE.md).

``{"documents": [{"source", "council", "date", "kind", "framework", "items": [{"id", "text",
"kind", "themes", "repeats": [{"item", "source", "score", "evidence"}]}]}]}``, documents by
council then date; each document also carries ``council_key``, ``letter_kind``, ``pages`` and
``error`` (null), each item ``number``, ``page`` and ``addressee``, each repeat ``basis`` and
``describes`` ("the 2014 report, recommendation 3"). A file that could not be read is a
document with ``error`` set and no items.
"""
from __future__ import annotations

import sqlite3
from typing import Sequence

from . import db as hdb
from .model import FailedFile, HistoryDocument, Repeat, describe_item


def history_json(con: sqlite3.Connection) -> dict:
    docs = hdb.load_documents(con)
    return documents_json(docs, hdb.load_repeats(con), hdb.failed_files(con))


def documents_json(docs: Sequence[HistoryDocument], repeats: Sequence[Repeat],
                   failed: Sequence[FailedFile] = ()) -> dict:
    by_item: dict[str, list[Repeat]] = {}
    for r in repeats:
        by_item.setdefault(r.item, []).append(r)
    doc_by_id = {d.id: d for d in docs}
    item_by_id = {it.id: it for d in docs for it in d.items}
    out = []
    for d in docs:
        items = []
        for it in d.items:
            reps = sorted(by_item.get(it.id, ()), key=lambda r: (-r.score, r.earlier))
            items.append({
                "id": it.id, "text": it.text, "kind": it.kind, "themes": list(it.themes),
                "number": it.number, "page": it.page, "addressee": it.addressee,
                "repeats": [{"item": r.earlier, "source": doc_by_id[r.earlier_document].source,
                             "score": round(r.score, 4), "evidence": r.evidence, "basis": r.basis,
                             "describes": describe_item(doc_by_id[r.earlier_document], item_by_id[r.earlier])}
                            for r in reps if r.earlier_document in doc_by_id and r.earlier in item_by_id],
            })
        out.append({"source": d.source, "council": d.council, "council_key": d.council_key, "date": d.date,
                    "kind": d.kind, "framework": d.framework, "letter_kind": d.letter_kind, "pages": d.pages,
                    "items": items, "error": None})
    for f in failed:
        out.append({"source": f.source, "council": None, "council_key": None, "date": None, "kind": None,
                    "framework": None, "letter_kind": None, "pages": None, "items": [], "error": f.error})
    return {"documents": out}
