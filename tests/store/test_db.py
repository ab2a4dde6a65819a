"""Schema, migrations and the append-only decision log."""
from __future__ import annotations

from casekit import fresh_db, files, loaded  # noqa: F401  (pytest fixtures)

import sqlite3

import pytest

from extractor.errors import StoreError
from extractor.store import SCHEMA_VERSION, CaseStore
from extractor.store import db as dbmod


def test_new_database_is_wal_and_at_current_version(fresh_db):
    with CaseStore(fresh_db) as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "revisions", "recommendations", "actions", "suggestions", "lineage", "decisions"} <= tables


def test_reopening_does_not_migrate_again(fresh_db):
    CaseStore(fresh_db).close()
    conn = sqlite3.connect(fresh_db, isolation_level=None)
    assert dbmod.migrate(conn) == SCHEMA_VERSION
    conn.close()


def test_migrations_apply_in_order_from_an_older_version(fresh_db, monkeypatch):
    """A future migration appended to the list is applied to an existing database."""
    CaseStore(fresh_db).close()
    extra = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"
    monkeypatch.setattr(dbmod, "MIGRATIONS", dbmod.MIGRATIONS + (extra,))
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", len(dbmod.MIGRATIONS))
    conn = dbmod.connect(fresh_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.execute("INSERT INTO notes (text) VALUES ('x')")
    conn.close()


def test_database_from_a_newer_recmap_is_refused(fresh_db):
    CaseStore(fresh_db).close()
    conn = sqlite3.connect(fresh_db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="Upgrade recmap"):
        CaseStore(fresh_db)


def test_not_a_database_gives_a_store_error(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello " * 1000)
    with pytest.raises(StoreError) as exc:
        CaseStore(bad)
    assert str(bad) in exc.value.message


def test_missing_database_when_not_creating(tmp_path):
    with pytest.raises(StoreError, match="recmap load"):
        CaseStore(tmp_path / "nope.db", create=False)


def test_decision_log_refuses_update_and_delete(loaded):
    store, recs, acts = loaded
    store.decide("accept", recs[1].id, acts[1].id, "Ann", "matches")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.conn.execute("UPDATE decisions SET kind = 'reject'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.conn.execute("DELETE FROM decisions")
    assert [d.kind for d in store.decisions()] == ["accept"]


def test_log_checks_reject_bad_rows_even_bypassing_the_library(loaded):
    store, recs, _ = loaded
    with pytest.raises(sqlite3.IntegrityError):  # justified without a reason
        store.conn.execute("INSERT INTO decisions (kind, recommendation, reviewer, at, reason, revision) "
                           "VALUES ('justified', ?, 'Ann', 'now', '', 1)", (recs[0].id,))
    with pytest.raises(sqlite3.IntegrityError):  # accept without an action
        store.conn.execute("INSERT INTO decisions (kind, recommendation, reviewer, at, revision) "
                           "VALUES ('accept', ?, 'Ann', 'now', 1)", (recs[0].id,))


def test_version_1_database_with_decisions_is_migrated_keeping_them(fresh_db, tmp_path, monkeypatch):
    """A case made by the first release (schema 1) opens in this one, its log intact."""
    from casekit import make_case

    with monkeypatch.context() as m:  # pretend to be the first release
        m.setattr(dbmod, "MIGRATIONS", dbmod.MIGRATIONS[:1])
        m.setattr(dbmod, "SCHEMA_VERSION", 1)
        store, recs, acts = make_case(fresh_db, tmp_path)
        store.decide("accept", recs[1].id, acts[1].id, "Ann")
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 1
        store.close()
    with CaseStore(fresh_db) as store:  # this release migrates on open
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [(d.kind, d.reviewer) for d in store.decisions()] == [("accept", "Ann")]
        assert store.state().rec(recs[1].id).status == "covered"
        assert store.latest_model() is None
        store.save_model({"schema": "x"}, {"before": {}})
        assert store.latest_model() == {"schema": "x"}
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            store.conn.execute("DELETE FROM decisions")
