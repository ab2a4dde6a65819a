"""The review case store: one SQLite file per case (``recmap.db``).

- :class:`CaseStore` opens (creating and migrating) the database, imports revisions of the
  plan and reports, appends decisions to the append-only log and derives the reviewed state.
- :func:`load_case` runs the check pipeline on files and imports the result.
- :func:`case_to_check_result` turns the reviewed state into the lead's
  :class:`~extractor.items.CheckResult` so the HTML/CSV/Excel renderers can export it.
"""
from __future__ import annotations

from .case import CaseStore, DocumentFile, ImportSummary
from .db import DECISION_KINDS, SCHEMA_VERSION
from .export import case_to_check_result
from .load import load_case
from .model import CaseState, Decision, RecReview, RemovedLink, ReviewedLink, Revision

__all__ = ["CaseStore", "DocumentFile", "ImportSummary", "DECISION_KINDS", "SCHEMA_VERSION", "load_case",
           "CaseState", "Decision", "RecReview", "RemovedLink", "ReviewedLink", "Revision",
           "case_to_check_result"]

