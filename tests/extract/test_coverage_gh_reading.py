"""Reading rules added after first contact with the coverage plans of sets "g" and "h"
(corpus/coverage/g, h; gold in corpus/gold/coverage/g, h), where recmap read 129 of 161 actions:
bullets that close with their labels in brackets ("(Lead: Principal Social Worker; by April
2014)": pennine-edge.md, 0/32), paragraphs numbered "Action 13:" (sowerby-cross.docx), and a
"What needs to improve" column holding the council's own words for the area (chiltern-ridge.docx),
which is the rows' objective."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.actions import extract_actions
from extractor.extract.plan_tables import inline_labels
from extractor.ingest import load_document

ROOT = Path(__file__).resolve().parents[2]
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
