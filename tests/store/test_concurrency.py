"""Two reviewers deciding at once lose nothing: two processes, 200 decisions each, one database."""
from __future__ import annotations

from casekit import fresh_db, files, loaded  # noqa: F401  (pytest fixtures)

import multiprocessing as mp
import threading

from extractor.store import CaseStore


def _reviewer(db: str, name: str, rec_id: str, action_ids: list[str], n: int) -> None:
    with CaseStore(db) as store:  # each writer its own connection, as two browser sessions would
        for i in range(n):
            store.decide("accept" if i % 2 else "reject", rec_id, action_ids[i % len(action_ids)], name, f"#{i}")


def _check(store: CaseStore, n: int) -> None:
    log = store.decisions()
    assert len(log) == 2 * n
    for name in ("Ann", "Bob"):
        reasons = [d.reason for d in log if d.reviewer == name]
        assert reasons == [f"#{i}" for i in range(n)]  # each writer's decisions in its own order
    assert [d.id for d in log] == sorted(d.id for d in log)


def test_two_processes_200_decisions_each(loaded):
    store, recs, acts = loaded
    ctx = mp.get_context("spawn")
    ids = [a.id for a in acts]
    procs = [ctx.Process(target=_reviewer, args=(store.path, name, recs[i].id, ids, 200))
             for i, name in enumerate(("Ann", "Bob"))]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    _check(store, 200)


def test_two_threads_200_decisions_each(loaded):
    store, recs, acts = loaded
    ids = [a.id for a in acts]
    errors: list[BaseException] = []

    def run(name, rec_id):
        try:
            _reviewer(store.path, name, rec_id, ids, 200)
        except BaseException as exc:  # surfaced below: a thread's exception would otherwise vanish
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n, recs[i].id)) for i, n in enumerate(("Ann", "Bob"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    _check(store, 200)
