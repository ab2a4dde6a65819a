"""XLSX ingest on workbooks built in the test with openpyxl."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from extractor.ingest import load_document
from extractor.ingest import xlsx as xlsx_mod


@pytest.fixture
def plan_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.append([])  # empty first row and column: trimmed
    ws.append([None, "Ref", "Action", "Lead", "Timeframe", "RAG"])
    ws.append([None, "1.1", "• Audit plans\n• Train staff\n  ○ managers", "Jo Bloggs", dt.datetime(2027, 1, 31), "Amber"])
    ws.append([None, "1.2", "Review the audit", None, "Ongoing", "Green"])
    ws.append([None, "1.3", "One line • not split", "Service Manager", 3.0, None])
    ws.merge_cells("D3:D4")  # lead spans rows 1.1 and 1.2
    ws["E5"].value = dt.date(2027, 3, 1)
    ws["E5"].number_format = "mmm-yy"
    ws.cell(row=40, column=30).value = None  # touch a far cell: empty trailing rows/cols
    wb.create_sheet("Empty")
    notes = wb.create_sheet("Notes")
    notes["A1"] = "Fictional notes"
    old = wb.create_sheet("Old actions")
    old["A1"] = "superseded row"
    old.sheet_state = "hidden"
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    return path


def test_sheets_become_named_tables_with_page_as_sheet_number(plan_xlsx):
    doc = load_document(plan_xlsx)
    assert doc.format == "xlsx" and doc.n_pages == 4
    tables = list(doc.tables())
    assert [(t.name, t.page, t.index) for t in tables] == [("Action plan", 1, 0), ("Notes", 3, 1)]
    assert doc.warnings == ("hidden sheet(s) skipped: Old actions",)
    t = tables[0]
    assert len(t.rows) == 4 and t.n_cols == 5  # empty edges dropped
    assert t.rows[0].texts() == ["Ref", "Action", "Lead", "Timeframe", "RAG"]


def test_merged_cells_dates_and_numbers(plan_xlsx):
    t = next(load_document(plan_xlsx).tables())
    assert [(c.text, c.merged) for c in (t.rows[1].cells[2], t.rows[2].cells[2])] == [
        ("Jo Bloggs", False), ("Jo Bloggs", True)]
    assert t.rows[1].cells[3].text == "31 January 2027"
    assert t.rows[3].cells[3].text == "March 2027"  # month-only format shows no day
    # run-together bullets in one line are split at the glyph; the cell text stays as typed
    cell = t.rows[3].cells[1]
    assert cell.text == "One line • not split"
    assert [(b.type, b.text) for b in cell.blocks] == [("paragraph", "One line"), ("list_item", "not split")]


def test_multi_line_cells_become_list_items(plan_xlsx):
    t = next(load_document(plan_xlsx).tables())
    blocks = t.rows[1].cells[1].blocks
    assert [(b.type, b.label, b.level, b.text) for b in blocks] == [
        ("list_item", "•", 0, "Audit plans"), ("list_item", "•", 0, "Train staff"), ("list_item", "○", 1, "managers")]
    assert all((b.prov.page, b.prov.table, b.prov.row, b.prov.cell) == (1, 0, 1, 1) for b in blocks)
    assert [b.type for b in t.rows[2].cells[1].blocks] == ["paragraph"]


def test_read_only_mode_reads_the_same_table(plan_xlsx, monkeypatch):
    full = load_document(plan_xlsx)
    monkeypatch.setattr(xlsx_mod, "FULL_LOAD_MAX_MB", 0.0)  # force streaming mode
    streamed = load_document(plan_xlsx)
    assert streamed.blocks == full.blocks and streamed.warnings == full.warnings


def test_format_value():
    assert xlsx_mod.format_value(2.0) == "2"
    assert xlsx_mod.format_value(0.25, "0%") == "25%"
    assert xlsx_mod.format_value(True) == "TRUE"
    assert xlsx_mod.format_value(dt.datetime(2026, 10, 1, 9, 30)) == "1 October 2026 09:30"
    assert xlsx_mod.format_value(dt.date(2026, 10, 1), "dd/mm/yyyy") == "1 October 2026"
    assert xlsx_mod.format_value("a\r\nb") == "a\nb"


def test_all_empty_workbook_warns(tmp_path):
    wb = openpyxl.Workbook()
    path = tmp_path / "empty.xlsx"
    wb.save(path)
    doc = load_document(path)
    assert doc.blocks == () and doc.warnings
