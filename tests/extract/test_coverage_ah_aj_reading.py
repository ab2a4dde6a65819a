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


def test_a_newsletter_masthead_drawn_last_and_a_header_met_once_stay_out_of_the_actions():
    acts = extract_actions(load_document(SETS / "aj" / "saltreach.pdf"))
    assert len(acts) == 24
    assert not any("Issue 3" in a.text or "Spring 2020" in a.text for a in acts)
    # cut at the foot of page 1, carried on under page 2's running header
    outcomes = next(a for a in acts if a.text.startswith("Outcomes we can count"))
    assert outcomes.text.endswith("so that the review can say what has changed.")
    assert outcomes.leads_raw == "Principal Social Worker" and outcomes.date.end == "2020-06-30"
    assert not any(a.text.startswith("each with a measure") for a in acts)


def test_a_newsletter_paragraph_shaped_like_its_labelled_siblings_is_an_action_with_neither():
    acts = extract_actions(load_document(SETS / "aj" / "saltreach.pdf"))
    bare = {a.text.split(".")[0]: a for a in acts if not a.leads_raw and not a.date_raw}
    assert set(bare) == {"Safe at home", "Staff awards"}
    assert bare["Safe at home"].text.endswith("run with the Harbour Light charity.")
    # the closing note and the welcome are prose, not actions
    assert not any(a.text.startswith(("Have a story", "Welcome to the spring")) for a in acts)


def test_a_masthead_moves_to_the_top_only_when_it_sits_above_the_whole_page():
    from extractor.ingest.lines import Line
    from extractor.ingest.pdf import _masthead_first

    def ln(text, top):
        return Line(text, 1, 40.0, top, top + 10.0, 10.0)

    body = [ln("First line of the body", 120), ln("second line", 132), ln("third line", 144)]
    mast = [ln("Saltreach update", 30), ln("Issue 3", 50)]
    foot = [ln("Page 1", 800)]
    assert _masthead_first(body + mast + foot) == mast + body + foot
    # a footer drawn first is not the body: the lines under it stay where they are
    assert _masthead_first(foot + body) == foot + body
    # a line above the body but below a later one is no masthead
    page = body + [ln("boxed", 100), ln("more body", 156), ln("top of the right column", 50)]
    assert _masthead_first(page) == page


def test_a_notion_row_with_only_its_status_is_an_action_of_its_own(tmp_path):
    acts = extract_actions(load_document(SETS / "ah" / "kestlebury.md"))
    writing = next(a for a in acts if a.text.startswith("Writing to the child"))
    assert writing.leads_raw == "" and writing.date_raw == ""
    places = next(a for a in acts if a.text.startswith("Six places"))
    assert places.text.endswith("family support workers")
    # a converter's broken row (no status of its own) still runs on
    md = tmp_path / "plan.md"
    md.write_text("# Plan\n\n| Action | Owner | Due | Status |\n| --- | --- | --- | --- |\n"
                  "| Audit forty files each month and share | Head of QA | March 2025 | Done |\n"
                  "| the findings with every team | | | |\n"
                  "| Train every manager in supervision | PSW | May 2025 | In progress |\n"
                  "| Refresh the practice standards | | | Not started |\n", encoding="utf-8")
    got = [(a.text, a.leads_raw) for a in extract_actions(load_document(md))]
    assert got == [("Audit forty files each month and share the findings with every team", "Head of QA"),
                   ("Train every manager in supervision", "PSW"), ("Refresh the practice standards", "")]


def test_an_assignee_e_mail_address_is_the_tasks_lead():
    from extractor.extract.leads import classify_lead, looks_like_prose, parse_leads

    assert parse_leads("a.brennan@quarleston.example")[0].kind == "person"
    assert classify_lead("s.qureshi@council.gov.uk").name == "s.qureshi@council.gov.uk"
    assert not looks_like_prose("s.qureshi@council.gov.uk")
    acts = extract_actions(load_document(SETS / "ai" / "quarleston.xlsx"))
    shareholder = next(a for a in acts if a.text.startswith("Quarterly shareholder meeting"))
    assert shareholder.leads_raw == "a.brennan@quarleston.example"
    assert [ld.kind for ld in shareholder.leads] == ["person"]
