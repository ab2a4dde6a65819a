"""Datasette metadata for the history database: what each table and column means, and facets.

Written beside the database as ``<db stem>.metadata.json``; open the two with
``datasette history.sqlite --metadata history.metadata.json`` (``pip install 'recmap[history]'``
installs Datasette; recmap itself never needs it). Datasette names the database after the
file's stem, so the metadata is keyed the same way.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from ..files import write_atomic

_ABOUT = ("Recommendations Ofsted made to English councils' children's services, and the areas for priority "
          "action and for improvement of its letters, read by recmap from the reports and letters themselves. "
          "Each item has its themes (from the children's-services lexicon) and the earlier items of the same "
          "council that asked the same thing (repeats).")

TABLES: dict[str, dict] = {
    "documents": {
        "description": "One row per Ofsted report or letter (one per distinct file content).",
        "label_column": "title",
        "facets": ["council", "kind", "framework", "year"],
        "sort_desc": "date",
        "columns": {
            "id": "The first 16 hex digits of the file's SHA-256.",
            "source": "The file, as found under the folder given to recmap history.",
            "sha256": "SHA-256 of the file's bytes.",
            "council": "The council the document is about, as the document names it (never the folder name).",
            "council_key": "One key for every way of writing a council's name (Haringey, London Borough of Haringey).",
            "council_basis": "Where the council's name was read: title, introduction, cover, address, ...",
            "date": "The date printed on a letter, or the last day of the inspection a report describes.",
            "year": "The year of the date.",
            "kind": "report or letter.",
            "framework": "Inspection framework: pre-2013, SIF, ILACS, ILACS-short, focused-visit, JTAI, monitoring-visit.",
            "letter_kind": "For letters: focused-visit, jtai, monitoring-visit, progress-update.",
            "pages": "Pages in the file.",
            "items": "Items (recommendations, areas for action, carry-overs) read from the document.",
            "repeats": "Items of this document that repeat an earlier item of the same council.",
            "title": "Council and document, for reading.",
        },
    },
    "items": {
        "description": "One row per recommendation of a report, area for priority action or improvement of a "
                       "letter, or carry-over (a letter saying earlier areas still stand).",
        "label_column": "text",
        "facets": ["council", "kind", "year", {"array": "themes"}],
        "sort_desc": "date",
        "columns": {
            "id": "Stable id of the item (from its text and its document's list).",
            "document_id": "The report or letter it comes from.",
            "position": "Its place among the document's items (0 = first).",
            "council": "The council, as its document names it.",
            "council_key": "One key per council.",
            "date": "Its document's date.",
            "year": "Its document's year.",
            "kind": "recommendation (report), priority or improvement (letter), carry-over.",
            "number": "The number printed beside it, else its position among the document's items.",
            "label": "The label as printed (1., a), a bullet).",
            "item_group": "The heading it sits under, as read: priority, improvement, immediately, ...",
            "addressee": "local authority, or the LSCB / safeguarding partners.",
            "text": "The item's text.",
            "page": "The page it starts on.",
            "themes": "Its themes: keys of the themes table (a JSON list; facet with _facet_array=themes).",
            "repeats": "How many earlier items of the same council it repeats.",
            "repeated_later": "How many later items of the same council repeat it.",
            "carries": "For a carry-over: which earlier areas it says still stand (priority or improvement).",
            "refers_to": "For a carry-over: the date (or month) of the inspection or visit it names.",
        },
    },
    "item_themes": {
        "description": "Each item's themes, one row per item and theme (for counting by theme).",
        "facets": ["theme"],
        "columns": {"item_id": "The item.", "theme": "A theme key."},
    },
    "themes": {
        "description": "The themes of the children's-services lexicon items are tagged with.",
        "label_column": "label",
        "columns": {"key": "Theme key.", "label": "What readers call it."},
    },
    "repeats": {
        "description": "A later item that asks what an earlier item of the same council asked: score and evidence.",
        "facets": ["council_key", "basis"],
        "sort_desc": "score",
        "columns": {
            "item_id": "The later item.",
            "earlier_item_id": "The earlier item it repeats.",
            "document_id": "The later item's document.",
            "earlier_document_id": "The earlier item's document.",
            "council_key": "The council.",
            "score": "How sure (0-1): the similarity of the two asks.",
            "evidence": "Why: shared words and concepts, or the carry-over's words.",
            "basis": "similarity, or carry-over (the later letter says the earlier areas still stand).",
        },
    },
    "files": {
        "description": "Every input file seen and what became of it: read, the same as another file, or failed "
                       "(with the error).",
        "facets": ["status"],
        "columns": {
            "source": "The file.",
            "sha256": "SHA-256 of its bytes.",
            "document_id": "The document it holds.",
            "status": "read, duplicate (the same content as another file) or failed.",
            "error": "Why it failed, and what to do.",
            "version": "What read it (extractors and settings), so a re-run knows what to read again.",
        },
    },
    "meta": {"description": "Versions of the themes and repeat finder the database was built with."},
    "themes_by_year": {
        "description": "The national picture: items per theme and year, across every council, with how many "
                       "councils and how many repeated an earlier ask.",
        "facets": ["theme", "year"],
    },
    "repeated_asks": {
        "description": "Every repeat with both texts side by side.",
        "facets": ["council"],
        "sort_desc": "score",
    },
}


def metadata(db_name: str) -> dict:
    """The Datasette metadata for a history database Datasette calls ``db_name``."""
    return {
        "title": "Ofsted recommendation history",
        "description": _ABOUT,
        "source": "recmap history",
        "databases": {db_name: {"description": _ABOUT, "tables": TABLES}},
    }


def metadata_path(db_path: str | os.PathLike) -> Path:
    p = Path(db_path)
    return p.with_name(f"{p.stem}.metadata.json")


def write_metadata(db_path: str | os.PathLike) -> Path:
    """Write the metadata beside the database; its path."""
    out = metadata_path(db_path)
    write_atomic(out, json.dumps(metadata(Path(db_path).stem), indent=2, ensure_ascii=False) + "\n")
    return out
