"""The review case: import revisions, append decisions, read the reviewed state."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from .. import codec
from ..errors import StoreError, UsageError
from ..items import Action, Link, Recommendation
from ..settings import DEFAULT, Settings
from .db import DECISION_KINDS, connect, read, write
from .lineage import action_scope, match_revised, recommendation_scope
from .model import CaseState, Decision, Revision, StoredDocument
from .state import SuggestionRow, derive_state, forward_map


@dataclass(frozen=True)
class DocumentFile:
    """A file about to be imported, identified by the SHA-256 of its bytes."""

    path: str
    sha256: str
    size: int

    @classmethod
    def read(cls, path: str | Path) -> "DocumentFile":
        p = Path(path)
        try:
            data = p.read_bytes()
        except OSError as exc:
            from ..errors import InputError

            raise InputError(f"cannot read the file ({exc.strerror})", "Check the path and permissions.", str(p)) from None
        return cls(str(path), hashlib.sha256(data).hexdigest(), len(data))


@dataclass(frozen=True)
class ImportSummary:
    """What one load did. ``new_revision`` is False when the same documents were loaded before."""

    revision: int
    new_revision: bool
    recommendations: int = 0
    actions: int = 0
    suggestions: int = 0
    unchanged_actions: int = 0
    edited_actions: int = 0  # new id, matched to an old action: decisions carried, marked suspect
    new_actions: int = 0
    removed_actions: int = 0
    edited_recommendations: int = 0


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class CaseStore:
    """One case database (``recmap.db``). Thread-safe for use by one thread per instance;
    open one instance per thread or process (SQLite WAL does the rest)."""

    def __init__(self, path: str | Path, settings: Settings = DEFAULT, *, create: bool = True):
        self.path = str(path)
        self.settings = settings
        self.conn: sqlite3.Connection = connect(path, settings, create=create)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "CaseStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- revisions -------------------------------------------------------------------------

    def revisions(self) -> list[Revision]:
        """Every revision, oldest first."""
        docs = {r["id"]: _doc(r) for r in self.conn.execute("SELECT * FROM documents")}
        return [Revision(r["id"], docs[r["plan_doc"]], tuple(docs[i] for i in json.loads(r["report_docs"])),
                         r["loaded_at"], r["note"])
                for r in self.conn.execute("SELECT * FROM revisions ORDER BY id")]

    def latest_revision(self) -> Revision:
        revs = self.revisions()
        if not revs:
            raise StoreError("the case database holds no documents yet",
                             "Load them with `recmap load --db FILE --report REPORT --plan PLAN`.", self.path)
        return revs[-1]

    def is_loaded(self, plan: DocumentFile, reports: Sequence[DocumentFile]) -> int | None:
        """The latest revision's id if it was made from exactly these files (by content), else None."""
        revs = self.revisions()
        if not revs:
            return None
        last = revs[-1]
        if last.plan.sha256 == plan.sha256 and [d.sha256 for d in last.reports] == [d.sha256 for d in reports]:
            return last.id
        return None

    def import_revision(self, plan: DocumentFile, reports: Sequence[DocumentFile],
                        recommendations: Sequence[Recommendation], actions: Sequence[Action],
                        links: Sequence[Link], note: str | None = None) -> ImportSummary:
        """Store one load of the case as a new revision (a no-op when the files are those of the
        latest revision). Edited actions and recommendations are matched to their previous
        wording so decisions follow them (see :mod:`extractor.store.lineage`)."""
        with write(self.conn) as c:
            same = self.is_loaded(plan, reports)
            if same is not None:
                return ImportSummary(same, False)
            now = utc_now()
            plan_id = self._document(c, plan, "plan", now)
            report_ids = [self._document(c, d, "report", now) for d in reports]
            prev = c.execute("SELECT max(id) FROM revisions").fetchone()[0]
            rev = c.execute("INSERT INTO revisions (plan_doc, report_docs, loaded_at, note) VALUES (?, ?, ?, ?)",
                            (plan_id, json.dumps(report_ids), now, note)).lastrowid
            recs = list(dict((r.id, r) for r in recommendations).values())  # duplicates would break the key
            acts = list(dict((a.id, a) for a in actions).values())
            c.executemany(
                "INSERT INTO recommendations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(rev, r.id, i, r.number, r.label, r.group, r.addressee, r.text, r.prov.file, r.prov.page,
                  _record(r)) for i, r in enumerate(recs)])
            c.executemany(
                "INSERT INTO actions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(rev, a.id, i, a.row, a.section, a.text, a.prov.page, _record(a))
                 for i, a in enumerate(acts)])
            known_a, known_r = {a.id for a in acts}, {r.id for r in recs}
            pairs = {}
            for l in links:
                if l.action in known_a and l.recommendation in known_r:
                    key = (l.action, l.recommendation)
                    if key not in pairs or l.score > pairs[key].score:
                        pairs[key] = l
            c.executemany("INSERT INTO suggestions VALUES (?, ?, ?, ?, ?, ?)",
                          [(rev, l.action, l.recommendation, float(l.score), l.basis, l.evidence)
                           for l in pairs.values()])
            summary = ImportSummary(rev, True, len(recs), len(acts), len(pairs), new_actions=len(acts))
            if prev is not None:
                summary = self._link_to_previous(c, prev, rev, recs, acts, summary)
            return summary

    def _link_to_previous(self, c, prev: int, rev: int, recs, acts, summary: ImportSummary) -> ImportSummary:
        s = self.settings
        old_acts = [codec.action_from_dict(json.loads(r["data"])) for r in c.execute(
            "SELECT data FROM actions WHERE revision = ? ORDER BY position", (prev,))]
        old_recs = [codec.recommendation_from_dict(json.loads(r["data"])) for r in c.execute(
            "SELECT data FROM recommendations WHERE revision = ? ORDER BY position", (prev,))]
        a_matches = match_revised(old_acts, acts, local=s.carry_over_similarity,
                                  global_=s.carry_over_similarity_global, scope=action_scope)
        r_matches = match_revised(old_recs, recs, local=s.carry_over_similarity,
                                  global_=s.carry_over_similarity_global, scope=recommendation_scope)
        c.executemany("INSERT INTO lineage VALUES (?, 'action', ?, ?, ?)",
                      [(rev, m.new_id, m.old_id, m.similarity) for m in a_matches])
        c.executemany("INSERT INTO lineage VALUES (?, 'recommendation', ?, ?, ?)",
                      [(rev, m.new_id, m.old_id, m.similarity) for m in r_matches])
        old_ids = {a.id for a in old_acts}
        unchanged = sum(a.id in old_ids for a in acts)
        return ImportSummary(summary.revision, True, summary.recommendations, summary.actions, summary.suggestions,
                             unchanged_actions=unchanged, edited_actions=len(a_matches),
                             new_actions=len(acts) - unchanged - len(a_matches),
                             removed_actions=len(old_acts) - unchanged - len(a_matches),
                             edited_recommendations=len(r_matches))

    @staticmethod
    def _document(c, d: DocumentFile, role: str, now: str) -> int:
        c.execute("INSERT OR IGNORE INTO documents (sha256, path, role, size, loaded_at) VALUES (?, ?, ?, ?, ?)",
                  (d.sha256, d.path, role, d.size, now))
        return c.execute("SELECT id FROM documents WHERE sha256 = ?", (d.sha256,)).fetchone()[0]

    # ---- decisions -------------------------------------------------------------------------

    def decide(self, kind: str, recommendation: str, action: str | None, reviewer: str,
               reason: str = "", *, at: str | None = None) -> Decision:
        """Append one decision to the log (validated against the current revision) and return it.

        Raises :class:`UsageError` for an unknown kind, an empty reviewer name, ids not in the
        current revision, or a justification without a reason.
        """
        reviewer = (reviewer or "").strip()
        reason = (reason or "").strip()
        if kind not in DECISION_KINDS:
            raise UsageError(f"unknown decision {kind!r}", f"Use one of: {', '.join(DECISION_KINDS)}.")
        if not reviewer:
            raise UsageError("a decision needs the reviewer's name", "Give --reviewer NAME (or enter it in the web page).")
        if kind == "justified" and not reason:
            raise UsageError("a justification needs a reason",
                             "Say why the recommendation is deliberately not addressed by an action.")
        if kind in ("accept", "reject", "add") and not action:
            raise UsageError(f"'{kind}' needs an action", "Say which action the decision is about.")
        with write(self.conn) as c:
            rev = c.execute("SELECT max(id) FROM revisions").fetchone()[0]
            if rev is None:
                raise StoreError("the case database holds no documents yet",
                                 "Load them with `recmap load` first.", self.path)
            if not c.execute("SELECT 1 FROM recommendations WHERE revision = ? AND id = ?", (rev, recommendation)).fetchone():
                raise UsageError(f"recommendation {recommendation!r} is not in the current revision",
                                 "Reload the page or list recommendations with `recmap review`.")
            if action is not None and not c.execute(
                    "SELECT 1 FROM actions WHERE revision = ? AND id = ?", (rev, action)).fetchone():
                raise UsageError(f"action {action!r} is not in the current revision",
                                 "Reload the page: the plan may have been revised.")
            at = at or utc_now()
            cur = c.execute("INSERT INTO decisions (kind, recommendation, action, reviewer, at, reason, revision) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", (kind, recommendation, action, reviewer, at, reason, rev))
            return Decision(cur.lastrowid, kind, recommendation, action, reviewer, at, reason, rev)

    def decisions(self, recommendation: str | None = None) -> list[Decision]:
        """The log, oldest first (optionally for one recommendation's current and earlier ids)."""
        rows = self.conn.execute("SELECT * FROM decisions ORDER BY id").fetchall()
        out = [Decision(r["id"], r["kind"], r["recommendation"], r["action"], r["reviewer"], r["at"], r["reason"],
                        r["revision"]) for r in rows]
        if recommendation is not None:
            fw = self._forward("recommendation")
            out = [d for d in out if fw.get(d.recommendation) and fw[d.recommendation].current == recommendation]
        return out

    # ---- models retrained on this case ------------------------------------------------------

    def save_model(self, model_json: dict, report: dict) -> int:
        """Keep a linker model retrained on this case (the newest is used by later loads)."""
        with write(self.conn) as c:
            return c.execute("INSERT INTO models (trained_at, model, report) VALUES (?, ?, ?)",
                             (utc_now(), json.dumps(model_json), json.dumps(report))).lastrowid

    def latest_model(self) -> dict | None:
        """The JSON of the newest model retrained on this case, or None."""
        row = self.conn.execute("SELECT model FROM models ORDER BY id DESC LIMIT 1").fetchone()
        return json.loads(row["model"]) if row else None

    # ---- state -----------------------------------------------------------------------------

    def _forward(self, item: str):
        table = "actions" if item == "action" else "recommendations"
        revs = [r["id"] for r in self.conn.execute("SELECT id FROM revisions ORDER BY id")]
        ids: dict[int, set[str]] = {r: set() for r in revs}
        for row in self.conn.execute(f"SELECT revision, id FROM {table}"):
            ids[row["revision"]].add(row["id"])
        lin: dict[int, dict[str, tuple[str, float]]] = {r: {} for r in revs}
        for row in self.conn.execute("SELECT revision, new_id, old_id, similarity FROM lineage WHERE item = ?", (item,)):
            lin[row["revision"]][row["old_id"]] = (row["new_id"], row["similarity"])
        return forward_map([ids[r] for r in revs], [lin[r] for r in revs])

    def state(self) -> CaseState:
        """The current revision as review has left it (recomputed from the log every time)."""
        with read(self.conn) as c:
            revision = self.latest_revision()
            rev = revision.id
            recs = [codec.recommendation_from_dict(json.loads(r["data"])) for r in c.execute(
                "SELECT data FROM recommendations WHERE revision = ? ORDER BY position", (rev,))]
            acts = [codec.action_from_dict(json.loads(r["data"])) for r in c.execute(
                "SELECT data FROM actions WHERE revision = ? ORDER BY position", (rev,))]
            sugg = [_suggestion(r) for r in c.execute("SELECT * FROM suggestions WHERE revision = ?", (rev,))]
            prev_explicit = [_suggestion(r) for r in c.execute(
                "SELECT * FROM suggestions WHERE revision = ? AND basis = 'explicit'", (rev - 1,))]
            decisions = self.decisions()
            a_fw, r_fw = self._forward("action"), self._forward("recommendation")
            removed_text = {r["id"]: r["text"] for r in c.execute(
                "SELECT id, text FROM actions ORDER BY revision")}  # later revisions overwrite: last wording
            return derive_state(revision, recs, acts, sugg, decisions, a_fw, r_fw, removed_text, prev_explicit)


def _record(item: Recommendation | Action) -> str:
    """The ``data`` column: the item's :func:`~extractor.codec.to_record` as JSON."""
    return json.dumps(codec.to_record(item), ensure_ascii=False)


def _doc(r) -> StoredDocument:
    return StoredDocument(r["id"], r["sha256"], r["path"], r["role"], r["size"], r["loaded_at"])


def _suggestion(r) -> SuggestionRow:
    return SuggestionRow(r["action"], r["recommendation"], r["score"], r["basis"], r["evidence"])
