"""Reading rules prompted by the first contact of sets ah, ai and aj (corpus/coverage/ah..aj):
a Word layout table whose cells hold each area's own table of actions, a two-column PDF whose
actions run on from one column to the next and close on "(Lead: X, by Month Year)", a plan
table headed "Name" / "Assigned To" (a Notion or project-tool export), and a Word draft with
tracked changes read as accepted; a PDF printed from Excel with no ruling lines, its section
rows across the table and a row carried over a page break; a project-tool workbook whose
hierarchy is in outline levels."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.actions import extract_actions
from extractor.extract.plan_tables import labelled_brackets
from extractor.ingest import load_document

SETS = Path(__file__).resolve().parents[2] / "corpus" / "coverage"


def test_tables_inside_a_layout_table_are_the_plan_tables():
    acts = extract_actions(load_document(SETS / "aj" / "ketterby.docx"))
    assert len(acts) == 22
    by_text = {a.text[:40]: a for a in acts}
    supervision = next(a for t, a in by_text.items() if t.startswith("Supervision in every team"))
    assert supervision.leads_raw == "Principal Social Worker" and supervision.date.end == "2023-03-31"
    # the Owner cell merged down three rows names the owner of each
    mentor = next(a for t, a in by_text.items() if t.startswith("Each new team manager has a mentor"))
    assert mentor.leads_raw == "Principal Social Worker" and mentor.date_raw == ""
    # the area's notes in the cell beside its actions are their objective, not actions
    assert not any(a.text.startswith("Why this matters") for a in acts)


@pytest.mark.parametrize("text, action, values", [
    ("Run the panel monthly. (Lead: Head of Service, by April 2020)", "Run the panel monthly.",
     {"lead": "Head of Service", "date": "April 2020"}),
    ("Run the panel monthly. (by June 2020)", "Run the panel monthly.", {"date": "June 2020"}),
    ("Run the panel monthly (Lead: Principal Social Worker).", "Run the panel monthly",
     {"lead": "Principal Social Worker"}),
    # not this function's to split: "(Lead: X; Monthly)" and "(Lead: X, Monthly)"
    ("Audit 40 cases. (Lead: Quality Team; Monthly)", "Audit 40 cases. (Lead: Quality Team; Monthly)", {}),
    ("Audit 40 cases. (Lead: Quality Team, Monthly)", "Audit 40 cases. (Lead: Quality Team, Monthly)", {}),
    ("Seen by the panel (by the chair)", "Seen by the panel (by the chair)", {}),  # no date
])
def test_a_paragraph_closing_on_labelled_brackets(text, action, values):
    assert labelled_brackets(text) == (action, values)


def test_a_two_column_newsletter_reads_an_action_running_on_into_the_next_column():
    acts = extract_actions(load_document(SETS / "aj" / "saltreach.pdf"))
    visit = next(a for a in acts if a.text.startswith("Managers on the visit"))
    assert visit.text.endswith("how they talk and play with a child in the room.")
    assert visit.date.end == "2020-05-31"
    first = acts[0]
    assert first.leads_raw == "Head of Children’s Social Care" and first.date.end == "2020-04-30"
    assert not any(a.text.startswith("they talk") for a in acts)


def test_a_name_and_owner_table_is_a_plan_table_and_archived_toggles_are_set_aside():
    acts = extract_actions(load_document(SETS / "ah" / "kestlebury.md"))
    assert len(acts) >= 20
    assert acts[0].leads_raw == "@Della Fairweather" and acts[0].date.end == "2025-09-15"
    # the "<details><summary>Archived actions</summary>" toggle is not part of the plan
    assert not any(a.text.startswith(("Weekly review by the Head of Service", "Spot-purchase supported lodgings"))
                   for a in acts)


def test_a_toggle_that_is_not_archived_is_read(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text("# Plan\n\n<details>\n<summary>Priority 1 actions</summary>\n\n"
                    "| Action | Owner | Due |\n| --- | --- | --- |\n| Audit 40 cases a month | Head of QA | March 2026 |\n"
                    "| Relaunch supervision policy | Principal Social Worker | April 2026 |\n\n</details>\n", encoding="utf-8")
    assert [a.text for a in extract_actions(load_document(path))] == ["Audit 40 cases a month", "Relaunch supervision policy"]


def test_a_word_draft_is_read_with_its_tracked_changes_accepted():
    acts = extract_actions(load_document(SETS / "ah" / "sallowmere.docx"))
    assert len(acts) == 22  # the row deleted as a tracked change is gone, the inserted one kept


def test_a_ruleless_pdf_table_keeps_its_section_rows_and_rows_carried_over_a_page():
    acts = extract_actions(load_document(SETS / "ai" / "harrowdale.pdf"))
    assert len(acts) == 25
    by_row = {a.row: a for a in acts}
    # the bold "Priority 1 - Enough homes, close to home" row across the table is the section
    assert by_row["1.1"].section == "Priority 1 - Enough homes, close to home"
    assert by_row["1.1"].leads_raw == "Karen Ashworth, Head of Residential Services"
    assert by_row["1.1"].date.end == "2024-09-30"
    # 2.7 runs from page 2 onto page 3, under the repeated header; 2.8 follows it there
    assert by_row["2.7"].text.endswith("change.") and by_row["2.8"].text.startswith("Recruit 12 more social workers")


def test_a_task_list_with_outline_levels_reads_the_tasks_under_their_summary_rows():
    acts = extract_actions(load_document(SETS / "ai" / "quarleston.xlsx"))
    assert len(acts) == 35
    texts = [a.text for a in acts]
    # priority and objective rows (summaries rolled up from the rows under them) are headings
    assert not any(t.startswith(("Priority 1", "Council and Company leaders")) for t in texts)
    # a task's own steps (the level below the tasks) are not tasks of their own
    assert "Cabinet approval" not in texts and "Draft terms of reference" not in texts
    # a spreadsheet row with no lead and no date is a task of its own, not the rest of the row above
    assert any(t.startswith("Children missing education") for t in texts)
    first = next(a for a in acts if a.text.startswith("Replace the two partners"))
    assert first.leads_raw == "Chief Executive's Office" and first.date.end == "2023-07-20"
