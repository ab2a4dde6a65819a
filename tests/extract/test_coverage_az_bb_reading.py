"""Reading rules prompted by the first contact of sets az, ba and bb (corpus/coverage/az..bb): a
SMART template of one table per recommendation, a workbook with a withdrawn row struck through, a
Word outline whose last action has no lead line, a tracker printed "down, then over", and a Word
table whose cells hold nested tables and soft line breaks."""
from __future__ import annotations

from pathlib import Path

from extractor.extract.actions import extract_actions
from extractor.extract.dates import normalise_date
from extractor.ingest import load_document

SETS = Path(__file__).resolve().parents[2] / "corpus" / "coverage"


def _by_start(acts, start):
    return next(a for a in acts if a.text.startswith(start))


def test_a_smart_template_reads_time_bound_as_the_date_and_skips_the_sign_off_box():
    span = normalise_date("Start: Jan 2022 / Complete: Jun 2022")
    assert (span.start, span.end, span.status) == ("2022-01-01", "2022-06-30", "dated")  # "Complete:" is no status
    assert normalise_date("Complete: Jun 2022").status == "dated"
    acts = extract_actions(load_document(SETS / "az" / "kelverton.docx"))
    assert len(acts) == 28 and not any(a.text.startswith("Approved by") for a in acts)
    first = acts[0]
    assert first.date.start == "2022-01-01" and first.date.end == "2022-06-30"
    assert first.refs == (1,) and first.section.startswith("Recommendation 1:")


def test_a_struck_through_row_of_a_workbook_is_withdrawn():
    assert normalise_date("31-Oct-22").end == "2022-10-31"  # the gold's dates as the sheet displays them
    acts = extract_actions(load_document(SETS / "az" / "ellerstone.xlsx"))
    assert len(acts) == 27
    assert not any(a.text.startswith("Pilot a single assessment app") for a in acts)


def test_the_last_action_of_a_section_without_its_lead_line_is_still_an_action():
    acts = extract_actions(load_document(SETS / "ba" / "thornmoss.docx"))
    assert len(acts) == 26
    last = _by_start(acts, "Time from a step-up request to a decision")
    assert last.leads_raw == "" and last.date_raw == ""
    tbc = _by_start(acts, "Free bus travel for care leavers")  # "Lead: tbc | Target: tbc"
    assert tbc.leads_raw == "tbc" and tbc.date.status == "tbc"


def test_a_tracker_printed_down_then_over_is_joined_by_its_row_numbers():
    acts = extract_actions(load_document(SETS / "bb" / "cauldmere.pdf"))
    assert len(acts) == 28
    first, last = acts[0], acts[-1]
    assert first.row == "1" and first.leads_raw == "Head of HR" and first.date.end == "2019-09-30"
    assert first.section == "Recruitment and retention"
    assert last.row == "28" and last.leads_raw == "Commissioning Manager" and last.date.end == "2020-03-31"


def test_nested_tables_and_soft_line_breaks_in_word_cells_give_each_action_its_lead_and_quarter():
    acts = extract_actions(load_document(SETS / "bb" / "quenbury.docx"))
    assert len(acts) == 23
    assert not any(a.text in ("#", "Action") or a.text.startswith("1.1") for a in acts)  # no header or number cells
    first = acts[0]
    assert first.leads_raw == "Exploitation Hub" and first.date_raw == "Q1"
    assert first.date.end == "2018-06-30"  # a quarter of the plan's year, 2018/19
    # objective 3's leads and quarters are set apart by line breaks within one paragraph
    assert [(a.leads_raw, a.date_raw) for a in acts[9:12]] == [
        ("Principal Social Worker", "Q1"), ("Performance Team", "Q1"), ("Heads of Service", "Q2")]
