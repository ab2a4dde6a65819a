"""Reading rules prompted by the first contact of sets an, ao and ap (corpus/coverage/an..ap): a
SharePoint list export (internal column names, person fields), an Outlook e-mail whose cells hold
two actions with a lead and a date each, or an action and a sentence about it, a Word plan whose
tables are laid on their side, and a Trello board exported as text cards."""
from __future__ import annotations

from pathlib import Path

from extractor.document import Cell, Row, Table
from extractor.extract.actions import extract_actions
from extractor.extract.dates import normalise_date
from extractor.extract.leads import clean_leads_text, looks_like_prose, parse_leads
from extractor.extract.plan_tables import header_roles
from extractor.ingest import load_document

SETS = Path(__file__).resolve().parents[2] / "corpus" / "coverage"


def _by_start(acts, start):
    return next(a for a in acts if a.text.startswith(start))


def test_a_sharepoint_list_export_is_read_by_its_internal_column_names():
    assert header_roles(["Title", "Ofsted_x0020_Recommendation", "Assigned_x0020_To", "Target_x0020_Date"]) == {
        0: "action", 1: "refs", 2: "lead", 3: "date"}
    # "Title" names the action column only as the whole label
    assert header_roles(["Title of document", "Location"]) == {}
    acts = extract_actions(load_document(SETS / "an" / "chaldermoor.xlsx"))
    assert len(acts) == 38
    first = acts[0]
    assert first.refs == (12,) and first.date.end == "2014-10-31"
    assert [(ld.name, ld.kind) for ld in first.leads] == [("Gareth Latham", "person"), ("Colin Ashworth", "person")]


def test_a_sharepoint_person_field_names_people_not_prose():
    claims = "i:0#.f|membership|anita.gill@chaldermoor.council.example"
    assert clean_leads_text(claims) == "anita.gill@chaldermoor.council.example"
    assert not looks_like_prose(claims)
    assert not looks_like_prose("Whitcombe, Jane;#" + claims)
    assert [ld.kind for ld in parse_leads(claims)] == ["person"]


def test_an_iso_timestamp_is_read_as_its_day():
    assert normalise_date("2026-03-31T16:00:00.000Z").end == "2026-03-31"
    assert normalise_date("2025-12-12T17:00:00+01:00").end == "2025-12-12"


def test_two_actions_in_a_cell_beside_two_leads_and_two_dates_each_take_their_own():
    acts = extract_actions(load_document(SETS / "an" / "brackenholt.htm"))
    reviews = _by_start(acts, "Review meetings at 6 and 12 weeks")
    escalation = _by_start(acts, "Any child still in pre-proceedings at 20 weeks")
    assert reviews.leads_raw == "Team Managers"
    assert escalation.leads_raw == "Legal Services / Head of Service"
    # a second paragraph saying where things stand, or what people said, stays with its action
    agency = _by_start(acts, "Agency social workers kept below 10% of posts.")
    assert agency.text.endswith("We are at 7% now and want to stay there.")
    assert not any(a.text.startswith(("We are at 7%", "Families told us")) for a in acts)


def test_two_leads_beside_two_actions_and_one_date_are_both_actions_leads(tmp_path):
    html = ("<html><body><table><tr><th>Action</th><th>Lead</th><th>By when</th></tr>"
            "<tr><td><p>Audit forty files a month.</p><p>Train every team manager in the audit tool.</p></td>"
            "<td><p>Head of Quality Assurance</p><p>Principal Social Worker</p></td><td>March 2025</td></tr>"
            "</table></body></html>")
    path = tmp_path / "plan.html"
    path.write_text(html, encoding="utf-8")
    acts = extract_actions(load_document(path))
    assert [a.leads_raw for a in acts] == ["Head of Quality Assurance Principal Social Worker"] * 2


def test_a_table_laid_on_its_side_reads_one_action_per_column():
    acts = extract_actions(load_document(SETS / "ao" / "hollinmoor.docx"))
    assert len(acts) == 26
    seats = _by_start(acts, "Two seats on the Hollinmoor")
    assert seats.leads_raw.startswith("Director of Children") and seats.date.end == "2025-10-31"
    # the version history table after the plan is no part of it
    assert not any(a.text in ("Version", "1.1", "2.0", "2.1") for a in acts)


def test_a_small_transposed_table(tmp_path):
    from extractor.extract.plan_tables import _record

    def row(*texts):
        return Row(tuple(Cell(t) for t in texts))

    table = Table(index=0, rows=(row("Action", "Audit forty files", "Train managers"),
                                 row("Lead", "Head of QA", ""), row("Timescale", "March 2025", "May 2025")))
    out = _record(table)
    assert [r.texts() for r in out.rows] == [["Action", "Lead", "Timescale"],
                                             ["Audit forty files", "Head of QA", "March 2025"],
                                             ["Train managers", "", "May 2025"]]
    # an ordinary table whose header row is its first row stays as it is
    plain = Table(index=0, rows=(row("Action", "Lead", "Timescale"), row("Audit forty files", "Head of QA", "March 2025")))
    assert _record(plain) is None


def test_a_board_of_cards_exported_as_text():
    acts = extract_actions(load_document(SETS / "ap" / "coldmarsh.txt"))
    assert len(acts) == 26
    first = acts[0]
    assert first.text.startswith("Chronologies that show the whole story Ledger's chronology to pull in")
    assert first.text.endswith("before they sign the review off.")  # both paragraphs, no checklist steps
    assert first.leads_raw == "@dkowalskipsw @ledgerteam" and first.date.end == "2026-03-31"
    assert first.refs == (1,) and first.section == "Neglect and cumulative harm"
    panel = _by_start(acts, "Long-running plans panel")
    assert panel.date_raw == ""  # "Due: none"
    # archived cards are no part of the live plan
    assert not any(a.text.startswith("Contingency section in CP and CIN plans") for a in acts)
