"""Reading rules prompted by the first contact of sets aq, ar and as (corpus/coverage/aq..as): a
workbook row per objective whose cell lists its actions each with its own date, a Confluence page
of Jira issue tables and a task list, a semicolon CSV with lines of its own before the header, a
hand-written e-mail whose plan is a bulleted outline with the earlier version quoted under it,
and a key table after the plan."""
from __future__ import annotations

from pathlib import Path

from extractor.extract.actions import extract_actions
from extractor.extract.plan_tables import dash_tail, dated_tail
from extractor.ingest import load_document
from extractor.ingest.text import csv_rows

SETS = Path(__file__).resolve().parents[2] / "corpus" / "coverage"


def _by_start(acts, start):
    return next(a for a in acts if a.text.startswith(start))


def test_a_cell_of_actions_each_closing_on_its_own_date_and_owner():
    assert dated_tail("GCP2 used in every assessment (Principal Social Worker) by Dec-17") == (
        "GCP2 used in every assessment", {"date": "Dec-17", "lead": "Principal Social Worker"})
    assert dated_tail("Briefings for GPs by end Q3") == ("Briefings for GPs", {"date": "end Q3"})
    assert dated_tail("Monthly missing panel (ongoing)") == ("Monthly missing panel", {"date": "ongoing"})
    assert dated_tail("Plans signed off by the team manager") == ("Plans signed off by the team manager", {})
    acts = extract_actions(load_document(SETS / "aq" / "bramwharf.xlsx"))
    assert len(acts) == 34
    gcp = _by_start(acts, "Graded Care Profile 2 used in every assessment")
    assert gcp.leads_raw == "Principal Social Worker" and gcp.date_raw == "Dec-17"
    legal = _by_start(acts, "Children on a child protection plan for neglect for 9 months")
    assert legal.leads_raw == "Head of Safeguarding & Family Support" and legal.date_raw == "end Q2"


def test_a_confluence_page_of_jira_issue_tables_and_a_task_list():
    acts = extract_actions(load_document(SETS / "aq" / "kilnbury.md"))
    assert len(acts) == 27
    first = _by_start(acts, "Add a 'next decision by' date")
    assert first.leads_raw == "Imogen Tarrant" and first.date.end == "2025-09-30"
    venue = _by_start(acts, "Book the venue for practice week")
    assert venue.leads_raw == "Leanne Ferris" and venue.date.end == "2025-09-15"
    lumen = _by_start(acts, "Ask the Lumen team")
    assert lumen.leads_raw == "" and lumen.date_raw == ""
    # the page-properties table at the top is no part of the plan
    assert not any(a.text.startswith(("Owner", "Last reviewed")) for a in acts)


def test_a_semicolon_csv_with_lines_of_its_own_before_the_header():
    text = ("Report: Improvement Plan;;;;\nExported: 14.02.2019 09:12;;;;\n\nRef;Action;Responsible;Deadline;;\n"
            + "".join(f"K-{k};Action number {k};Head of QA;31.03.2019;;\n" for k in range(1, 20)))
    rows = csv_rows(text, named_csv=True)
    assert rows[2] == ["Ref", "Action", "Responsible", "Deadline", "", ""] and len(rows) == 22
    acts = extract_actions(load_document(SETS / "ar" / "kelverdale.csv"))
    first = acts[0]
    assert first.text.startswith("Every contact to the MASH RAG-rated") and first.date.end == "2019-01-31"


def test_an_e_mail_outline_with_its_earlier_version_quoted_under_it():
    assert dash_tail("New case note on Keel (Principal Social Worker) - 30/11/23") == (
        "New case note on Keel", {"date": "30/11/23", "lead": "Principal Social Worker"})
    assert dash_tail("Add a note every four weeks (Team Managers) - from Dec 2023")[1] == {
        "date": "from Dec 2023", "lead": "Team Managers"}
    assert dash_tail("Step down, extend or issue - with reasons")[1] == {}  # a dash inside the text
    doc = load_document(SETS / "as" / "thorvale.txt")
    assert not any(b.text.startswith(">") for b in doc.blocks)  # the quoted earlier message is set aside
    acts = extract_actions(doc)
    assert len(acts) == 22
    note = _by_start(acts, "New PLO oversight case note on Keel")
    assert note.leads_raw == "Principal Social Worker" and note.date_raw == "30/11/23"
    assert note.section.startswith("Managers' oversight")
    # steps one level down are no actions; an item with neither owner nor date still is one
    assert not any(a.text.startswith(("headings to Legal", "agree the format")) for a in acts)
    assert _by_start(acts, "When we end PLO without going to court").leads_raw == ""


def test_a_key_to_initials_after_the_plan_is_no_part_of_it():
    acts = extract_actions(load_document(SETS / "ar" / "orrinsford.docx"))
    assert not any(a.text in ("Name", "Jenna Brightmore") for a in acts)
    first = acts[0]
    assert first.text.startswith("Use the Graded Care Profile 2") and first.leads_raw == "KP / RT"
