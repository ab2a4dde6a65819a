"""Bring a history database up to date with the reports and letters under some folders.

:func:`update_history` is the library entry point behind ``recmap history``. Data flow: each
folder goes through the batch runner (:func:`extractor.batch.runner.run_batch` with a
:class:`~.worker.HistoryWorker`: parallel, cached by file content, resumable; its output folder
sits beside the database, ``<db>.batch``) -> each result becomes a
:class:`~.model.HistoryDocument` with its items' themes (:mod:`.themes`) -> new and changed
documents replace their old rows, files gone from a folder lose theirs -> the repeats of every
council whose documents changed are found again (:mod:`.repeats`), since a new document can
be earlier than ones already recorded. A file that cannot be read is recorded with its error.

A re-run reads only the files that are new or changed (the runner's cache), and rewrites only
what they touch; when the themes' data or the repeat finder change, every item's themes and
every council's repeats are worked out again from the database, without reading any file.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..batch.model import LetterResult
from ..errors import InputError
from ..settings import DEFAULT, Settings
from . import db as hdb
from .model import FailedFile, HistoryDocument, HistoryItem, carry_over_id, item_id, item_kind
from .worker import HistoryWorker

BATCH_SUFFIX = ".batch"


@dataclass(frozen=True)
class HistoryRun:
    """What one ``recmap history`` run did."""

    db: Path
    files: int  # input files seen
    read: int  # read in this run (the rest came from the cache)
    added: int  # documents new or changed in the database
    removed: int  # documents whose files are gone
    failed: tuple[FailedFile, ...]
    councils: int  # councils whose repeats were worked out again
    seconds: float


def batch_dir(db_path: str | os.PathLike) -> Path:
    """Where the runner keeps its cache (by file content, shared by every input folder) and its
    per-file outputs: ``<db>.batch`` beside the database. The runner never reads its own output
    folder as input, so the database may sit inside a folder it reads."""
    return Path(f"{db_path}{BATCH_SUFFIX}")


def document_from_result(res: LetterResult, themes=None) -> HistoryDocument:
    """The history's view of one file the worker read (``themes``: a tagger, for the items)."""
    kind = "report" if res.kind == "report" else "letter"
    items: list[HistoryItem] = []
    seen: set[str] = set()
    for r in res.recommendations:
        iid = item_id(r.id, res.sha256)
        if iid in seen:
            continue
        seen.add(iid)
        items.append(HistoryItem(iid, item_kind(kind, r.group), r.text, r.prov, r.number, r.label, r.group,
                                 r.addressee))
    for c in res.carry_overs:
        cid = carry_over_id(c.text, res.sha256)
        if cid not in seen:
            seen.add(cid)
            items.append(HistoryItem(cid, "carry-over", c.text, c.prov, None, None, c.kind, "local authority",
                                     carries=c.kind, refers_to=c.refers_to or c.refers_to_month))
    if themes is not None:
        items = [_with_themes(it, themes) for it in items]
    c = res.council
    return HistoryDocument(res.sha256[:16], res.source, res.sha256, kind, res.framework,
                           None if kind == "report" else res.kind, c.name if c else None, c.key if c else None,
                           c.basis if c else None, res.date, res.n_pages, tuple(items))


def _with_themes(it: HistoryItem, tagger) -> HistoryItem:
    from dataclasses import replace

    return replace(it, themes=tagger.themes(it.text, it.addressee))


def update_history(folders: Sequence[str | os.PathLike], db_path: str | os.PathLike, *, workers: int = 1,
                   settings: Settings = DEFAULT, progress=None, executor=None) -> HistoryRun:
    """Read every report and letter under ``folders`` into the database at ``db_path``."""
    from ..batch.runner import NullProgress, run_batch
    from .repeats import repeats_version
    from .themes import default_tagger, themes_version

    t0 = time.perf_counter()
    for f in folders:
        if not Path(f).exists():
            raise InputError("no such file or folder", "Check the path and spelling.", str(f))
    worker = HistoryWorker(settings)
    version = worker.version_key()
    results: list[LetterResult] = []
    read = 0
    roots = []
    for folder in folders:
        summary = run_batch(folder, batch_dir(db_path), worker, version=version, workers=workers,
                            executor=executor, progress=progress or NullProgress(), write_html=False)
        seen = {r.source for r in results}
        results.extend(r for r in summary.results if r.source not in seen)  # folders may overlap
        read += summary.processed
        roots.append(Path(folder))
    tagger = default_tagger()
    con = hdb.connect(db_path)
    try:
        with hdb.transaction(con):
            hdb.write_themes(con, tagger.theme_labels())
            touched, added, removed = _record(con, results, roots, version, tagger)
            if hdb.get_meta(con, "themes_version") != themes_version():
                _retheme(con, tagger)
                hdb.set_meta(con, "themes_version", themes_version())
            everything = hdb.get_meta(con, "repeats_version") != repeats_version()
            n_councils = _rerun_repeats(con, None if everything else touched, workers)
            hdb.set_meta(con, "repeats_version", repeats_version())
            hdb.refresh_counts(con)
    finally:
        con.close()
    failed = tuple(FailedFile(r.source, r.sha256, r.error or "") for r in results if not r.ok)
    return HistoryRun(Path(db_path), len(results), read, added, removed, failed, n_councils,
                      time.perf_counter() - t0)


def _under(source: str, roots: Sequence[Path]) -> bool:
    p = Path(source)
    for r in roots:
        if p == r or (r.is_dir() and p.is_relative_to(r)):
            return True
    return False


def _record(con, results: Sequence[LetterResult], roots: Sequence[Path], version: str,
            tagger) -> tuple[set, int, int]:
    """Write new and changed documents, drop those of files gone; the councils touched."""
    known = hdb.files(con)
    doc_council = {r[0]: r[1] for r in con.execute("SELECT id, council_key FROM documents")}
    touched: set = set()
    added = removed = 0
    seen_sources = set()
    for res in results:
        seen_sources.add(res.source)
        old = known.get(res.source)
        if not res.ok:
            if old and old[1]:
                removed += _drop_if_unused(con, old[1], res.source, doc_council, touched)
            hdb.record_file(con, res.source, res.sha256 or None, None, "failed", res.error, version)
            continue
        if old and old[0] == res.sha256 and old[3] == version and old[2] != "failed":
            continue  # read before, unchanged
        if old and old[1] and old[1] != res.sha256[:16]:
            removed += _drop_if_unused(con, old[1], res.source, doc_council, touched)
        doc = document_from_result(res, tagger)
        if doc.id in doc_council:
            other = con.execute("SELECT source FROM documents WHERE id = ?", (doc.id,)).fetchone()[0]
            if other != res.source and other in seen_sources | set(known):
                hdb.record_file(con, res.source, res.sha256, doc.id, "duplicate", f"the same file as {other}", version)
                continue
            hdb.delete_document(con, doc.id)  # re-read by a newer extractor
            touched.add(doc_council[doc.id])
        hdb.insert_document(con, doc)
        doc_council[doc.id] = doc.council_key
        hdb.record_file(con, res.source, res.sha256, doc.id, "read", None, version)
        touched.add(doc.council_key)
        added += 1
    for source, (_sha, doc_id, _status, _v) in known.items():
        if source not in seen_sources and _under(source, roots):
            if doc_id:
                removed += _drop_if_unused(con, doc_id, source, doc_council, touched)
            hdb.forget_file(con, source)
    return touched, added, removed


def _drop_if_unused(con, doc_id: str, source: str, doc_council: dict, touched: set) -> int:
    """Remove a document whose file changed or went, unless another file still holds it."""
    others = con.execute("SELECT COUNT(*) FROM files WHERE document_id = ? AND source != ?", (doc_id, source)).fetchone()[0]
    if others or doc_id not in doc_council:
        return 0
    hdb.delete_document(con, doc_id)
    touched.add(doc_council.pop(doc_id))
    return 1


def _retheme(con, tagger) -> None:
    rows = con.execute("SELECT id, text, addressee FROM items").fetchall()
    hdb.set_themes(con, {i: tagger.themes(text, addressee) for i, text, addressee in rows})


def _rerun_repeats(con, councils: set | None, workers: int = 1) -> int:
    """Work out again the repeats of the given councils (all when None); how many councils."""
    from .repeats import repeats_by_council

    docs = hdb.load_documents(con, councils)
    by_council: dict = {}
    for d in docs:
        if d.council_key is not None:
            by_council.setdefault(d.council_key, []).append(d)
    if councils is None:
        con.execute("DELETE FROM repeats")
    else:
        for key in councils:
            con.execute("DELETE FROM repeats WHERE council_key IS ?", (key,))
    found = repeats_by_council(by_council, workers)
    for key, group in by_council.items():
        doc_of = {it.id: d.id for d in group for it in d.items}
        hdb.replace_repeats(con, key, found[key], doc_of)
    return len(by_council)
