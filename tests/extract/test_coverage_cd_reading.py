"""Reading rules added after first contact with the coverage plans of sets "c" and "d"
(corpus/coverage/c, corpus/coverage/d; gold in corpus/gold/coverage/c and d), where recmap read
111 of 174 actions: "Owner:" / "Deadline:" lines a Markdown reader takes for headings
(kelbrook.md, 0/37), a "Due" date column and "R2.1" references (tresco-vale.txt, 8/29), a
grouping cell that reads like a label ("Other service priorities" swallowed the five rows under
it: ashcombe.docx, 22/27), a clause ended by ";" and wrapped onto a lower-case line, and blank
recommendation cells under a "Rec 3 – words" cell (penhallow.docx)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.actions import extract_actions
from extractor.ingest import load_document

ROOT = Path(__file__).resolve().parents[2]
def test_owner_and_deadline_lines_that_look_like_headings(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(
        "# Plan\n\n## Priority 1: Front door\n\n"
        "**1.1** Restructure the front door into three pods, with a manager each;\nevery contact decided in a day.\n\n"
        "Owner: Head of Front Door\n\nDeadline: April 2024\n\n"
        "**1.2** Agree police notifications within 24 hours.\n\nOwner: Head of Front Door\n\nBy when: Q1 2024/25\n",
        encoding="utf-8")
    acts = extract_actions(load_document(path))
    assert [(a.section, a.leads_raw, a.date_raw) for a in acts] == [
        ("Priority 1: Front door", "Head of Front Door", "April 2024"),
        ("Priority 1: Front door", "Head of Front Door", "Q1 2024/25")]
    assert acts[0].text.endswith("every contact decided in a day.")


def test_a_due_column_and_r_references(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Ref\tPriority\tAction\tLead\tDue\tRAG\n"
                    "R1.1\tFirst call\tOne phone number for every worry.\tDuty Manager\tImmediate\tG\n"
                    "\tFirst call\tAn online form for professionals.\tBusiness Support\tTBC\t\n"
                    "R2.1\tPractice\tJoin a practice partnership.\tDirector\tSep-23\tA\n", encoding="utf-8")
    acts = extract_actions(load_document(path))
    assert [a.date_raw for a in acts] == ["Immediate", "TBC", "Sep-23"]
    assert [a.refs for a in acts] == [(1,), (), (2,)]  # a blank Ref cites nothing


def test_blank_recommendation_cells_take_the_gist_above_as_context_not_citation():
    acts = extract_actions(load_document(ROOT / "corpus" / "coverage" / "d" / "penhallow.docx"))
    first, second = acts[0], acts[1]
    assert first.refs == (1,) and first.objective == "early help"
    assert second.refs == () and second.objective == "early help"


def test_a_grouping_cell_that_reads_like_a_label_keeps_its_rows():
    acts = extract_actions(load_document(ROOT / "corpus" / "coverage" / "c" / "ashcombe.docx"))
    assert any(a.text.startswith("Celebrating Success evening") and a.leads_raw == "Participation Officer" for a in acts)
    assert acts[-1].text.startswith("Quarterly monitoring of the placements budget")
