"""Reading rules prompted by the first contact of sets bf, bg and bh (corpus/coverage/bf..bh): a
workbook of action cards down two columns, Word's "Save as Web Page" with each bullet's own lead
and date, a Word plan of numbered headings over small field tables, a database export, a wiki page
of collapsible sections, and a performance system's action report of field grids."""
from __future__ import annotations

from pathlib import Path

from extractor.extract.actions import extract_actions
from extractor.extract.dates import normalise_date
from extractor.extract.refs import parse_refs
from extractor.ingest import load_document

SETS = Path(__file__).resolve().parents[2] / "corpus" / "coverage"


def _by_start(acts, start):
    return next(a for a in acts if a.text.startswith(start))


def test_a_workbook_of_action_cards_down_two_columns():
    acts = extract_actions(load_document(SETS / "bf" / "fennbridge.xlsx"))
    assert len(acts) == 32
    first = acts[0]
    assert first.row == "1.1" and first.section == "Theme 1: Help that makes a difference"
    assert first.text.startswith("Set up a monthly") and "Each team brings every child" in first.text  # one card, one action
    assert first.leads_raw.startswith("Head of Service") and first.date.end == "2018-01-31" and first.refs == (1,)


def test_bullets_of_a_row_whose_lead_says_see_each_action_carry_their_own():
    assert normalise_date("Termly").status == "ongoing"
    acts = extract_actions(load_document(SETS / "bf" / "hollinsfield.htm"))
    check = _by_start(acts, "Termly quality check of every PEP")
    assert check.leads_raw == "Virtual School Head" and check.date_raw == "Termly"
    assert check.text.endswith("within two weeks.")  # "(Virtual School Head – Termly)" read off its end
    assert not any(a.leads_raw.startswith("See each") for a in acts)


def test_numbered_headings_over_small_field_tables():
    acts = extract_actions(load_document(SETS / "bg" / "thornlow.docx"))
    assert len(acts) == 28
    first = acts[0]
    assert first.row == "1.1" and first.leads_raw == "IRO Service Manager" and first.date.end == "2014-07-31"
    assert not any(a.text.startswith(("Measure", "Baseline")) for a in acts)  # the appendix table of measures


def test_a_database_export():
    assert parse_refs("REC-04;REC-07")[0] == (4, 7)
    assert normalise_date("20190331").end == "2019-03-31" and normalise_date("0").status == "unknown"
    acts = extract_actions(load_document(SETS / "bg" / "haddonmere.tsv"))
    assert len(acts) == 33
    first = acts[0]
    assert first.section == "Children looked after"  # THEME_DESC, not the code THEME_CD
    assert first.leads_raw == "Rachel Dunmore; Fostering Service Manager"  # OWNER_NAME; OWNER_ROLE
    assert first.refs == (11,) and first.date.end == "2019-03-31"


def test_a_wiki_page_of_collapsible_sections():
    acts = extract_actions(load_document(SETS / "bh" / "eastholm.md"))
    assert len(acts) == 33
    assert acts[0].section == "1. Our workforce" and acts[-1].section == "6. Business as usual"


def test_a_performance_systems_action_report_of_field_grids():
    acts = extract_actions(load_document(SETS / "bh" / "oxmoor.pdf"))
    assert len(acts) == 27  # not the summary table of counts, not the grids' cells
    first = acts[0]
    assert first.text.startswith("Designated teachers booked into reviews. The Virtual School books")
    assert first.leads_raw == "Gareth Pennock" and first.date.end == "2016-09-30"
    assert first.section == "CSC-IP-1 Every child learning"
