"""Reading rules added after first contact with the coverage plans of sets "e" and "f"
(corpus/coverage/e, f; gold in corpus/gold/coverage/e, f), where recmap read 176 of 181 actions
and took one workbook's repeated front matter for every sheet's section: a converter's pipe-table
row broken over two lines (quantock-vale.md, 30/35), and a workbook with one action sheet per
priority whose sheets repeat the plan's title and "Owner:" rows above the header
(riverside-hythe.xlsx: the sheet name is the section)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.actions import extract_actions
from extractor.ingest import load_document

ROOT = Path(__file__).resolve().parents[2]
def test_a_pipe_row_broken_over_two_lines_is_one_row(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text("# Plan\n\n## Priority 1\n\n| No. | What we will do | Lead | By when |\n|---|---|---|---|\n"
                    "| 1 | Chairs to use the alert protocol within 5 working days\n"
                    "where a child's plan is not moving forward. | Service Manager | Q3 2018/19 |\n"
                    "| 2 | Monthly clinic in every team. | Heads of Service | Monthly\n", encoding="utf-8")
    acts = extract_actions(load_document(path))
    assert [(a.row, a.leads_raw, a.date_raw) for a in acts] == [
        ("1", "Service Manager", "Q3 2018/19"), ("2", "Heads of Service", "Monthly")]
    assert acts[0].text.endswith("where a child's plan is not moving forward.")


def test_a_sheet_per_priority_names_the_section(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, action in (("Early help", "Roll out the family support pathway."),
                         ("Children who go missing", "Return interviews within 72 hours.")):
        ws = wb.create_sheet(name)
        ws.append(["Riverside Council - Children's Services Improvement Plan"])
        ws.append(["Owner: Corporate Director, Children and Young People"])
        ws.append([])
        ws.append(["Objective", "Action", "Lead", "Deadline", "RAG"])
        ws.append(["Families find help early", action, "Head of Service", "September 2014", "A"])
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    acts = extract_actions(load_document(path))
    assert [a.section for a in acts] == ["Early help", "Children who go missing"]
