"""The case database: one SQLite file per case, opened in WAL mode and migrated on open.

Schema versions live in ``PRAGMA user_version``; :data:`MIGRATIONS` is an append-only list whose
n-th entry takes a database from version n to n+1. A database newer than this code is refused
(old code must not write into a schema it does not know).

Writers use ``BEGIN IMMEDIATE`` (:func:`write`) so two reviewers deciding at once queue on the
write lock (``busy_timeout``) instead of failing half-way through a read-then-write.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import StoreError
from ..settings import DEFAULT, Settings

DECISION_KINDS = ("accept", "reject", "add", "justified", "reopen", "comment")

_V1 = """
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    path        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('report', 'plan')),
    size        INTEGER NOT NULL,
    loaded_at   TEXT NOT NULL
);
CREATE TABLE revisions (
    id          INTEGER PRIMARY KEY,
    plan_doc    INTEGER NOT NULL REFERENCES documents(id),
    report_docs TEXT NOT NULL,          -- JSON list of document ids, in --report order
    loaded_at   TEXT NOT NULL,
    note        TEXT
);
CREATE TABLE recommendations (
    revision    INTEGER NOT NULL REFERENCES revisions(id),
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    number      INTEGER,
    label       TEXT,
    grp         TEXT,
    addressee   TEXT NOT NULL,
    text        TEXT NOT NULL,
    source      TEXT,
    page        INTEGER,
    data        TEXT NOT NULL,          -- the whole Recommendation as JSON (provenance, evidence)
    PRIMARY KEY (revision, id)
);
CREATE TABLE actions (
    revision    INTEGER NOT NULL REFERENCES revisions(id),
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    row         TEXT,
    section     TEXT,
    text        TEXT NOT NULL,
    page        INTEGER,
    data        TEXT NOT NULL,          -- the whole Action as JSON (leads, dates, refs, provenance)
    PRIMARY KEY (revision, id)
);
CREATE TABLE suggestions (
    revision        INTEGER NOT NULL REFERENCES revisions(id),
    action          TEXT NOT NULL,
    recommendation  TEXT NOT NULL,
    score           REAL NOT NULL,
    basis           TEXT NOT NULL,
    evidence        TEXT NOT NULL,
    PRIMARY KEY (revision, action, recommendation)
);
-- How an item of one revision descends from an item of the previous one when its id changed
-- (edited text): decisions follow this chain and arrive marked suspect.
CREATE TABLE lineage (
    revision    INTEGER NOT NULL REFERENCES revisions(id),
    item        TEXT NOT NULL CHECK (item IN ('action', 'recommendation')),
    new_id      TEXT NOT NULL,
    old_id      TEXT NOT NULL,
    similarity  REAL NOT NULL,
    PRIMARY KEY (revision, item, new_id)
);
CREATE TABLE decisions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL CHECK (kind IN ('accept', 'reject', 'add', 'justified', 'reopen', 'comment')),
    recommendation  TEXT NOT NULL,
    action          TEXT,
    reviewer        TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
    at              TEXT NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    revision        INTEGER NOT NULL REFERENCES revisions(id),
    CHECK (kind IN ('justified', 'reopen', 'comment') OR action IS NOT NULL),
    CHECK (kind <> 'justified' OR length(trim(reason)) > 0)
);
CREATE INDEX decisions_pair ON decisions (recommendation, action);
-- The decision log is the audit record shown to a board or to Ofsted: never rewritten.
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only: record a new decision instead'); END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'the decision log is append-only: record a new decision instead'); END;
"""

# Version 2: linker models retrained on this case's decisions (`recmap train`), newest wins.
_V2 = """
CREATE TABLE models (
    id          INTEGER PRIMARY KEY,
    trained_at  TEXT NOT NULL,
    model       TEXT NOT NULL,          -- LinkerModel.to_json(), numbers only (no pickle)
    report      TEXT NOT NULL           -- the before/after figures printed by `recmap train`
);
"""

# Entry n migrates version n -> n+1. Only ever append.
MIGRATIONS: tuple[str, ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: str | Path, settings: Settings = DEFAULT, *, create: bool = True) -> sqlite3.Connection:
    """Open (and if needed create and migrate) the case database at ``path``.

    Raises :class:`StoreError` when the file is missing (``create=False``), is not a SQLite
    database, or was written by a newer recmap.
    """
    p = Path(path)
    if not create and not p.exists():
        raise StoreError("no case database here", "Create it with `recmap load --db FILE --report REPORT --plan PLAN`.",
                         str(p))
    if p.exists() and p.is_dir():
        raise StoreError("this is a directory, not a case database", "Give a file name such as recmap.db.", str(p))
    try:
        # isolation_level=None: we issue BEGIN ourselves so writers can ask for IMMEDIATE.
        conn = sqlite3.connect(str(p), timeout=settings.store_busy_timeout_ms / 1000,
                               isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(settings.store_busy_timeout_ms)}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, str(p))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the case database ({exc})",
                         "Check that the file is a recmap database (or choose a new file name).", str(p)) from None
    return conn


def migrate(conn: sqlite3.Connection, name: str = "database") -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`; returns the version found before."""
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found == SCHEMA_VERSION:
        return found  # the common case takes no write lock, so opening never waits for a writer
    with write(conn):
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if found > SCHEMA_VERSION:
            raise StoreError(f"the case database has schema version {found}, this recmap knows up to {SCHEMA_VERSION}",
                             "Upgrade recmap to open it.", name)
        for version in range(found, SCHEMA_VERSION):
            # executescript would COMMIT our transaction; run statement by statement instead.
            for stmt in _statements(MIGRATIONS[version]):
                conn.execute(stmt)
            conn.execute(f"PRAGMA user_version = {version + 1}")
    return found


def _statements(script: str) -> list[str]:
    """Split a migration script into complete statements (triggers contain inner semicolons)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


@contextmanager
def write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction taken with BEGIN IMMEDIATE: commits on success, rolls back on error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def read(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A read transaction: every query inside sees the same snapshot."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("COMMIT")
