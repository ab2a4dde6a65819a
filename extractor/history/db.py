"""The history database: one SQLite file an analyst can open in Datasette, sqlite3 or Excel.

Tables (``metadata.json`` beside the file describes each column for Datasette):

- ``documents``: one row per distinct report or letter (by content): council as the document
  names it, date, year, kind, framework, item and repeat counts;
- ``items``: one row per recommendation, area for priority action or improvement, or
  carry-over, with its text, page, themes (a JSON list, for Datasette's array facets) and
  how many earlier items it repeats;
- ``item_themes``: (item, theme) pairs, for SQL that counts by theme;
- ``themes``: the theme keys and labels of the lexicon;
- ``repeats``: a later item, the earlier item it repeats, score, evidence, basis;
- ``files``: every input file seen, what became of it (read, duplicate of another file, failed)
  and the error of a failed one;
- views ``themes_by_year`` (items per theme and year, every council) and ``repeated_asks``
  (each repeat with both texts, for reading).

``PRAGMA user_version`` holds the schema version; a newer file is refused. Writes happen in
one transaction per run, so a killed run leaves the previous state.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..document import Provenance
from ..errors import StoreError
from .model import FailedFile, HistoryDocument, HistoryItem, Repeat

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key     TEXT PRIMARY KEY,
    value   TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    id              TEXT PRIMARY KEY,       -- first 16 hex digits of the file's sha256
    source          TEXT NOT NULL,          -- path as found under the folder given
    sha256          TEXT NOT NULL UNIQUE,
    council         TEXT,                   -- as the document names it
    council_key     TEXT,
    council_basis   TEXT,
    date            TEXT,                   -- YYYY-MM-DD
    year            INTEGER,
    kind            TEXT NOT NULL,          -- report | letter
    framework       TEXT,
    letter_kind     TEXT,
    pages           INTEGER,
    items           INTEGER NOT NULL DEFAULT 0,
    repeats         INTEGER NOT NULL DEFAULT 0,  -- items that repeat an earlier item of the council
    title           TEXT NOT NULL           -- "Haringey, 2014 report"
);
CREATE INDEX IF NOT EXISTS documents_council ON documents (council_key, date);
CREATE TABLE IF NOT EXISTS items (
    id              TEXT PRIMARY KEY,
    document_id     TEXT NOT NULL REFERENCES documents(id),
    position        INTEGER NOT NULL,
    council         TEXT,
    council_key     TEXT,
    date            TEXT,
    year            INTEGER,
    kind            TEXT NOT NULL,          -- recommendation | improvement | priority | carry-over
    number          INTEGER,
    label           TEXT,
    item_group      TEXT,
    addressee       TEXT,
    text            TEXT NOT NULL,
    page            INTEGER,
    themes          TEXT NOT NULL DEFAULT '[]',  -- JSON list of theme keys
    repeats         INTEGER NOT NULL DEFAULT 0,  -- earlier items this one repeats
    repeated_later  INTEGER NOT NULL DEFAULT 0,  -- later items that repeat this one
    carries         TEXT,
    refers_to       TEXT
);
CREATE INDEX IF NOT EXISTS items_document ON items (document_id, position);
CREATE INDEX IF NOT EXISTS items_council ON items (council_key, date);
CREATE TABLE IF NOT EXISTS themes (
    key     TEXT PRIMARY KEY,
    label   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS item_themes (
    item_id TEXT NOT NULL REFERENCES items(id),
    theme   TEXT NOT NULL REFERENCES themes(key),
    PRIMARY KEY (item_id, theme)
);
CREATE INDEX IF NOT EXISTS item_themes_theme ON item_themes (theme);
CREATE TABLE IF NOT EXISTS repeats (
    item_id             TEXT NOT NULL REFERENCES items(id),
    earlier_item_id     TEXT NOT NULL REFERENCES items(id),
    document_id         TEXT NOT NULL REFERENCES documents(id),
    earlier_document_id TEXT NOT NULL REFERENCES documents(id),
    council_key         TEXT,
    score               REAL NOT NULL,
    evidence            TEXT NOT NULL,
    basis               TEXT NOT NULL,      -- similarity | carry-over
    PRIMARY KEY (item_id, earlier_item_id)
);
CREATE INDEX IF NOT EXISTS repeats_earlier ON repeats (earlier_item_id);
CREATE TABLE IF NOT EXISTS files (
    source          TEXT PRIMARY KEY,
    sha256          TEXT,
    document_id     TEXT REFERENCES documents(id),
    status          TEXT NOT NULL,          -- read | duplicate | failed
    error           TEXT,
    version         TEXT                    -- what read it (extractors and settings), for re-runs
);
CREATE VIEW IF NOT EXISTS themes_by_year AS
    SELECT t.theme AS theme, th.label AS label, i.year AS year, COUNT(*) AS items,
           COUNT(DISTINCT i.council_key) AS councils, SUM(i.repeats > 0) AS repeats
    FROM item_themes t JOIN items i ON i.id = t.item_id JOIN themes th ON th.key = t.theme
    GROUP BY t.theme, i.year;
CREATE VIEW IF NOT EXISTS repeated_asks AS
    SELECT r.council_key AS council_key, i.council AS council, i.date AS date, i.text AS text,
           e.date AS earlier_date, e.text AS earlier_text, r.score AS score, r.evidence AS evidence,
           r.basis AS basis, r.item_id AS item_id, r.earlier_item_id AS earlier_item_id
    FROM repeats r JOIN items i ON i.id = r.item_id JOIN items e ON e.id = r.earlier_item_id;
"""


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and, with ``create``, make) a history database."""
    p = Path(path)
    if not create and not p.exists():
        raise StoreError("no such history database", "Make it with `recmap history DIR... --db FILE`.", str(path))
    try:
        # A second run on the same database waits for the first one's transaction.
        con = sqlite3.connect(str(p), isolation_level=None, timeout=300)
        version = con.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"not an SQLite database ({exc})",
                         "Give --db a new file name, or the file an earlier `recmap history` made.", str(path)) from None
    if version > SCHEMA_VERSION:
        con.close()
        raise StoreError(f"history database of schema version {version}, newer than this recmap ({SCHEMA_VERSION})",
                         "Upgrade recmap, or give --db a new file.", str(path))
    if tables and "items" not in tables:
        con.close()
        raise StoreError("an SQLite database, but not a recmap history",
                         "Give --db a new file name, or the file an earlier `recmap history` made.", str(path))
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(_SCHEMA)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return con


@contextmanager
def transaction(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def get_meta(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(con: sqlite3.Connection, key: str, value: str) -> None:
    con.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value))


def write_themes(con: sqlite3.Connection, labels: dict[str, str]) -> None:
    con.execute("DELETE FROM themes WHERE key NOT IN (SELECT value FROM json_each(?))", (json.dumps(list(labels)),))
    con.executemany("INSERT INTO themes (key, label) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET label = excluded.label",
                    list(labels.items()))


def _title(doc: HistoryDocument) -> str:
    return f"{doc.council or 'council not named'}, {doc.describe()}"


def insert_document(con: sqlite3.Connection, doc: HistoryDocument) -> None:
    """Add one document and its items (with their themes)."""
    con.execute(
        "INSERT INTO documents (id, source, sha256, council, council_key, council_basis, date, year, kind, framework,"
        " letter_kind, pages, items, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc.id, doc.source, doc.sha256, doc.council, doc.council_key, doc.council_basis, doc.date, doc.year,
         doc.kind, doc.framework, doc.letter_kind, doc.pages, len(doc.items), _title(doc)))
    con.executemany(
        "INSERT INTO items (id, document_id, position, council, council_key, date, year, kind, number, label,"
        " item_group, addressee, text, page, themes, carries, refers_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?, ?)",
        [(it.id, doc.id, k, doc.council, doc.council_key, doc.date, doc.year, it.kind, it.number, it.label, it.group,
          it.addressee, it.text, it.page, json.dumps(list(it.themes)), it.carries, it.refers_to)
         for k, it in enumerate(doc.items)])
    con.executemany("INSERT INTO item_themes (item_id, theme) VALUES (?, ?)",
                    [(it.id, t) for it in doc.items for t in it.themes])


def set_themes(con: sqlite3.Connection, themes: dict[str, tuple[str, ...]]) -> None:
    """Replace the themes of the given items (item id -> theme keys)."""
    con.executemany("DELETE FROM item_themes WHERE item_id = ?", [(i,) for i in themes])
    con.executemany("UPDATE items SET themes = ? WHERE id = ?", [(json.dumps(list(t)), i) for i, t in themes.items()])
    con.executemany("INSERT INTO item_themes (item_id, theme) VALUES (?, ?)",
                    [(i, t) for i, ts in themes.items() for t in ts])


def delete_document(con: sqlite3.Connection, doc_id: str) -> None:
    """Remove a document, its items and every repeat that involves them."""
    con.execute("DELETE FROM repeats WHERE document_id = ? OR earlier_document_id = ?", (doc_id, doc_id))
    con.execute("DELETE FROM item_themes WHERE item_id IN (SELECT id FROM items WHERE document_id = ?)", (doc_id,))
    con.execute("DELETE FROM items WHERE document_id = ?", (doc_id,))
    con.execute("UPDATE files SET document_id = NULL WHERE document_id = ?", (doc_id,))
    con.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def replace_repeats(con: sqlite3.Connection, council_key: str | None, repeats: Sequence[Repeat],
                    doc_of: dict[str, str]) -> None:
    """The council's repeats, all at once (a new document can change any later one's)."""
    con.execute("DELETE FROM repeats WHERE council_key IS ?", (council_key,))
    con.executemany(
        "INSERT INTO repeats (item_id, earlier_item_id, document_id, earlier_document_id, council_key, score, evidence,"
        " basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(r.item, r.earlier, doc_of[r.item], r.earlier_document, council_key, r.score, r.evidence, r.basis)
         for r in repeats])


def refresh_counts(con: sqlite3.Connection) -> None:
    """Recount the repeat columns of items and documents."""
    con.execute("UPDATE items SET repeats = (SELECT COUNT(*) FROM repeats r WHERE r.item_id = items.id),"
                " repeated_later = (SELECT COUNT(*) FROM repeats r WHERE r.earlier_item_id = items.id)")
    con.execute("UPDATE documents SET items = (SELECT COUNT(*) FROM items i WHERE i.document_id = documents.id),"
                " repeats = (SELECT COUNT(*) FROM items i WHERE i.document_id = documents.id AND i.repeats > 0)")


def record_file(con: sqlite3.Connection, source: str, sha256: str | None, document_id: str | None, status: str,
                error: str | None, version: str) -> None:
    con.execute("INSERT INTO files (source, sha256, document_id, status, error, version) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(source) DO UPDATE SET sha256 = excluded.sha256, document_id = excluded.document_id,"
                " status = excluded.status, error = excluded.error, version = excluded.version",
                (source, sha256, document_id, status, error, version))


def forget_file(con: sqlite3.Connection, source: str) -> None:
    con.execute("DELETE FROM files WHERE source = ?", (source,))


def files(con: sqlite3.Connection) -> dict[str, tuple[str | None, str | None, str, str | None]]:
    """source -> (sha256, document id, status, version) of every file recorded."""
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in con.execute(
        "SELECT source, sha256, document_id, status, version FROM files")}


def failed_files(con: sqlite3.Connection) -> list[FailedFile]:
    return [FailedFile(r[0], r[1] or "", r[2] or "") for r in con.execute(
        "SELECT source, sha256, error FROM files WHERE status = 'failed' ORDER BY source")]


def _item(row: sqlite3.Row, source: str) -> HistoryItem:
    return HistoryItem(row["id"], row["kind"], row["text"], Provenance(source, row["page"]), row["number"],
                       row["label"], row["item_group"], row["addressee"] or "local authority",
                       tuple(json.loads(row["themes"] or "[]")), row["carries"], row["refers_to"])


def load_documents(con: sqlite3.Connection, council_keys: Iterable[str | None] | None = None) -> list[HistoryDocument]:
    """Documents with their items, in council then date order (all, or those of some councils)."""
    con.row_factory = sqlite3.Row
    try:
        docs = list(con.execute("SELECT * FROM documents ORDER BY council_key, date, source"))
        if council_keys is not None:
            want = set(council_keys)
            docs = [d for d in docs if d["council_key"] in want]
        items: dict[str, list[HistoryItem]] = {}
        src = {d["id"]: d["source"] for d in docs}
        for row in con.execute("SELECT * FROM items ORDER BY document_id, position"):
            if row["document_id"] in src:
                items.setdefault(row["document_id"], []).append(_item(row, src[row["document_id"]]))
        return [HistoryDocument(d["id"], d["source"], d["sha256"], d["kind"], d["framework"], d["letter_kind"],
                                d["council"], d["council_key"], d["council_basis"], d["date"], d["pages"],
                                tuple(items.get(d["id"], ()))) for d in docs]
    finally:
        con.row_factory = None


def load_repeats(con: sqlite3.Connection) -> list[Repeat]:
    return [Repeat(r[0], r[1], r[2], r[3], r[4], r[5]) for r in con.execute(
        "SELECT item_id, earlier_item_id, earlier_document_id, score, evidence, basis FROM repeats"
        " ORDER BY item_id, score DESC, earlier_item_id")]
