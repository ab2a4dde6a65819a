"""Fixtures for the store tests (helpers live in casekit.py so the web tests can share them)."""
from __future__ import annotations

from pathlib import Path

import pytest

from casekit import make_case
from extractor.store import DocumentFile


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    """Path of a database that does not exist yet, in the test's own tmp dir."""
    return tmp_path / "recmap.db"


@pytest.fixture
def files(tmp_path: Path):
    """The stand-in document files of revision 1 (the store identifies files by their bytes)."""
    make_case(tmp_path / "unused.db", tmp_path)[0].close()
    return DocumentFile.read(tmp_path / "report.pdf"), DocumentFile.read(tmp_path / "plan.docx"), tmp_path / "plan.docx"


@pytest.fixture
def loaded(fresh_db, tmp_path):
    """A store with revision 1 imported; yields (store, recs, actions)."""
    store, recs, acts = make_case(fresh_db, tmp_path)
    yield store, recs, acts
    store.close()
