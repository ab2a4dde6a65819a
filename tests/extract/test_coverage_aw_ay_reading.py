"""Reading rules prompted by the first contact of sets aw, ax and ay (corpus/coverage/aw..ay): a
Microsoft Planner plan exported to Excel, a slide deck whose owners and dates sit in a box beside the
bullets, a Google Sheets "Web page" download, and a Word plan with a cross-reference matrix of ticks."""
from __future__ import annotations

from pathlib import Path

from extractor.extract.actions import extract_actions
from extractor.extract.plan_tables import _who_when
from extractor.ingest import load_document, sniff

SETS = Path(__file__).resolve().parents[2] / "corpus" / "coverage"


def _by_start(acts, start):
    return next(a for a in acts if a.text.startswith(start))


def test_a_planner_export_reads_each_task_as_title_then_description():
    acts = extract_actions(load_document(SETS / "aw" / "wrenmouth.xlsx"))
    assert len(acts) == 31  # the "Admin" bucket's chores (book the room, send the papers) are no actions
    assert not any(a.text.startswith(("Book room", "Send board papers")) for a in acts)
    first = acts[0]
    assert first.text.startswith("Review of the emergency duty service. Independent review of the emergency duty")
    assert "Report with options to Improvement Board in July." in first.text  # the description's later line
    assert first.section == "Out of hours"  # the bucket, not the task's priority ("Important")
    assert first.leads_raw == "Helen Trewin;Marcus Oduya" and first.date.end == "2024-07-31"
    assert first.refs == (1,)  # its label "Ofsted rec 1"
    # a task with no label cites nothing, though the task above it was labelled
    assert _by_start(acts, "Monthly dip sample of LADO files").refs == ()
    assert _by_start(acts, "LADO practice standards").refs == (2,)


def test_an_empty_reference_cell_under_a_quoted_recommendation_still_cites_it():
    # set j's Word table quotes the recommendation whole on the first row of its group, blank below
    acts = extract_actions(load_document(SETS / "j" / "aldwych-vale.docx"))
    assert [a.refs for a in acts[:4]] == [(1,)] * 4


def test_a_slide_deck_pairs_each_bullet_with_its_line_in_the_who_when_box():
    assert _who_when("Who / When Chief Executive – Dec 2023 Team Manager (Duty) – From Sept 2023 "
                     "Chief Executive – Monthly", 3) == [
        ("Chief Executive", "Dec 2023"), ("Team Manager (Duty)", "From Sept 2023"), ("Chief Executive", "Monthly")]
    assert _who_when("Who / When Youth Worker – tbc Early Help Coordinator – Dec 2023", 3) is None  # not one each
    acts = extract_actions(load_document(SETS / "ax" / "merrow.pdf"))
    assert len(acts) == 31  # the "Next steps" slide's bullets have no box: no actions
    assert not any(a.text.startswith("Share this plan with all staff") for a in acts)
    guide = _by_start(acts, "Practice standards booklet:")  # a bullet opening "Title: ..." is paired too
    assert guide.leads_raw == "Principal Social Worker" and guide.date_raw == "Nov 2023"
    assert guide.section == "Good social work, every time"
    tidy = _by_start(acts, "Harbour tidy-up")
    assert tidy.leads_raw == "Business Support Officer" and tidy.date.end == "2024-01-31"


def test_a_google_sheets_web_page_download_is_read_as_a_table():
    path = SETS / "ax" / "stanmarsh.html"
    assert path.read_bytes().startswith(b"<meta")  # no <html> or <body>
    assert sniff(path) == "html"
    acts = extract_actions(load_document(path))
    first = acts[0]
    assert first.text.startswith("Health, schools and police to be invited to every strategy meeting")
    assert first.leads_raw.startswith("Head of Assessment") and first.date.end == "2018-09-30"
    assert first.section.startswith("1. Safeguarding adol")


def test_a_cross_reference_matrix_of_ticks_cites_the_ticked_recommendations():
    acts = extract_actions(load_document(SETS / "ay" / "dunmarrow.docx"))
    assert len(acts) == 30
    assert acts[0].text.startswith("Commission 20 more") and acts[0].refs == (1,)
    assert sum(1 for a in acts if len(a.refs) == 2) == 2  # two actions ticked under two recommendations
    assert sum(1 for a in acts if not a.refs) == 9  # orphans, the passing mention and the decoys: no tick
