"""Hand-built cases for the store and web tests: a tiny report and plan as stage dataclasses."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extractor.document import Provenance
from extractor.items import Action, DateSpan, Lead, Link, Recommendation, stable_id
from extractor.store import CaseStore, DocumentFile

REC_TEXTS = [
    "Improve management oversight of children's plans and record escalations on children's files.",
    "Ensure that care leavers receive their health histories and know their entitlements.",
    "Strengthen the quality of return home interviews for children who go missing.",
]
ACTION_TEXTS = [
    ("1.1", "Practice", "Audit management oversight on children's files every month and record escalations."),
    ("1.2", "Practice", "Introduce a care leavers' offer setting out entitlements and health histories."),
    ("2.1", "Missing", "Commission an independent provider to carry out return home interviews."),
    ("2.2", "Missing", "Publish a newsletter for staff about the service."),
]


def rec(n: int, text: str | None = None) -> Recommendation:
    t = text or REC_TEXTS[n - 1]
    return Recommendation(stable_id("R", t), n, t, Provenance("report.pdf", 7))


def action(row: str, section: str, text: str) -> Action:
    return Action(stable_id("A", text), row, text, Provenance("plan.docx", 2, 0, 1), section=section,
                  leads=(Lead("Jo Smith", "person"),), leads_raw="Jo Smith",
                  date=DateSpan(None, "2019-01-31", "dated"), date_raw="Jan 2019", refs=(1,))


def links_for(recs, acts) -> list[Link]:
    """The linker's suggestions: the first pair explicit, the obvious ones by similarity."""
    return [Link(acts[0].id, recs[0].id, 1.0, "explicit", "plan cites recommendation 1"),
            Link(acts[1].id, recs[1].id, 0.72, "similarity", "care leavers, health histories"),
            Link(acts[2].id, recs[2].id, 0.65, "similarity", "return home interviews"),
            Link(acts[3].id, recs[2].id, 0.31, "similarity", "service")]


def revised_plan_file(path: Path, content: bytes) -> DocumentFile:
    path.write_bytes(content)
    return DocumentFile.read(path)


def make_case(db: Path, tmp_path: Path) -> tuple[CaseStore, list[Recommendation], list[Action]]:
    """Revision 1 of the tiny case imported into ``db``."""
    rp, pp = tmp_path / "report.pdf", tmp_path / "plan.docx"
    rp.write_bytes(b"report v1")
    pp.write_bytes(b"plan v1")
    recs = [rec(i) for i in (1, 2, 3)]
    acts = [action(*t) for t in ACTION_TEXTS]
    store = CaseStore(db)
    store.import_revision(DocumentFile.read(pp), [DocumentFile.read(rp)], recs, acts, links_for(recs, acts))
    return store, recs, acts


# ---- fixtures (imported by the test modules; no conftest.py here, so `import conftest` elsewhere
# always finds tests/conftest.py) ----


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
