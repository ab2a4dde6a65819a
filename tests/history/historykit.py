"""Small inputs for the history tests: hand-built documents, and folders of generated letters
(the batch tests' :mod:`letterkit`, whose letters read as focused visits)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "batch"))

from letterkit import make_letter  # noqa: E402

from extractor.document import Provenance  # noqa: E402
from extractor.extract.council import council_key  # noqa: E402
from extractor.history.model import HistoryDocument, HistoryItem  # noqa: E402

SUPERVISION = "The quality and consistency of management oversight and supervision of casework."
SUPERVISION_AGAIN = "The quality of supervision and management oversight of social workers' casework."
CARE_LEAVERS = "The range of suitable accommodation for care leavers and their access to health histories."
MISSING = "The timeliness of return home interviews for children who go missing from home or care."


def letter(path: Path, date: str, items: list[str], council: str = "Northshire", variant: int = 0) -> Path:
    """A focused-visit letter PDF dated ``date`` ("12 April 2021") whose areas for improvement are ``items``."""
    day, month, year = date.split()
    return make_letter(path, letter_date=date, visit=f"3 and 4 {month} {year}", council=council,
                       variant=variant, improve=items)


def item(iid: str, text: str, kind: str = "recommendation", number: int | None = 1, themes=(), **kw) -> HistoryItem:
    return HistoryItem(iid, kind, text, Provenance(f"{iid}.pdf", 3), number, f"{number}." if number else None,
                       themes=tuple(themes), **kw)


def doc(did: str, date: str | None, items: list[HistoryItem], council: str = "Northshire", kind: str = "report",
        framework: str | None = "ILACS") -> HistoryDocument:
    return HistoryDocument(did, f"{did}.pdf", did * 4, kind, framework, None if kind == "report" else "focused-visit",
                           council, council_key(council), "title", date, 10, tuple(items))
