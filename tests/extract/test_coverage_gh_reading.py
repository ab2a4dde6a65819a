"""Reading rules added after first contact with the coverage plans of sets "g" and "h"
(corpus/coverage/g, h; gold in corpus/gold/coverage/g, h), where recmap read 129 of 161 actions:
bullets that close with their labels in brackets ("(Lead: Principal Social Worker; by April
2014)": pennine-edge.md, 0/32), paragraphs numbered "Action 13:" (sowerby-cross.docx), and a
"What needs to improve" column holding the council's own words for the area (chiltern-ridge.docx),
which is the rows' objective."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from extractor.extract.actions import extract_actions
from extractor.extract.plan_tables import inline_labels
from extractor.ingest import load_document
from extractor.items import normalise_text

ROOT = Path(__file__).resolve().parents[2]
_GOLD = sorted((ROOT / "corpus" / "gold" / "coverage" / "g").glob("*.json")) + \
    sorted((ROOT / "corpus" / "gold" / "coverage" / "h").glob("*.json"))


def _norm(value: str | None) -> str:
    return normalise_text(value or "")


@pytest.mark.parametrize("gold_path", _GOLD, ids=[p.stem for p in _GOLD])
def test_every_action_is_read_with_its_lead_and_date(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    acts = list(extract_actions(load_document(ROOT / gold["plan"])))
    assert len(acts) == len(gold["actions"])
    wrong = []
    for g in gold["actions"]:
        a = max(acts, key=lambda a: fuzz.ratio(_norm(g["text"]), _norm(a.text)))
        if fuzz.ratio(_norm(g["text"]), _norm(a.text)) < 90:
            wrong.append((g["id"], "text", g["text"][:60], a.text[:60]))
            continue
        if _norm(g["leads_raw"]) != _norm(a.leads_raw):
            wrong.append((g["id"], "leads_raw", g["leads_raw"], a.leads_raw))
        if not _norm(a.date_raw).endswith(_norm(g["date_raw"])):
            wrong.append((g["id"], "date_raw", g["date_raw"], a.date_raw))
    assert wrong == []


@pytest.mark.parametrize("text, action, values", [
    ("Recruit three reviewing officers. (Lead: Service Manager; by July 2014)",
     "Recruit three reviewing officers.", {"lead": "Service Manager", "date": "July 2014"}),
    ("Mid-point check on every plan (twice a year). (Lead: IRO Manager; Ongoing)",
     "Mid-point check on every plan (twice a year).", {"lead": "IRO Manager", "date": "Ongoing"}),
    ("A plan (with brackets) and no labels.", "A plan (with brackets) and no labels.", {}),
])
def test_labels_in_brackets_at_the_end(text, action, values):
    assert inline_labels(text) == (action, values)


def test_action_numbered_paragraphs_and_a_what_needs_to_improve_column():
    acts = extract_actions(load_document(ROOT / "corpus" / "coverage" / "g" / "sowerby-cross.docx"))
    numbered = [a for a in acts if a.row == "13"]
    assert len(numbered) == 1 and not numbered[0].text.lower().startswith("action")
    acts = extract_actions(load_document(ROOT / "corpus" / "coverage" / "h" / "chiltern-ridge.docx"))
    assert acts[0].objective and acts[0].objective == acts[1].objective  # the blank cell below continues it
