"""Reading rules prompted by the first contact of sets ak, al and am (corpus/coverage/ak..am): a
Word template of content controls (an "Action:" title over its "Description", placeholder prompts
in fields left empty), a timeline PDF whose dates are the months marked under Apr ... Mar, a
committee page whose "Action (lead, date)" cells hold several actions each closing on its own
lead and date, text laid out in columns with spaces (pdftotext -layout), a tracker giving each
action a "Progress update:" row under it, and a Word list whose lead and date sit after tab stops."""
from __future__ import annotations

from pathlib import Path

from extractor.document import Cell, Row
from extractor.extract.actions import extract_actions
from extractor.extract.plan_tables import _tabbed, gantt_months
from extractor.ingest import load_document

SETS = Path(__file__).resolve().parents[2] / "corpus" / "coverage"


def _by_start(acts, start):
    return next(a for a in acts if a.text.startswith(start))


def test_a_template_of_content_controls_reads_each_title_with_its_description():
    doc = load_document(SETS / "ak" / "cradleigh.docx")
    # a form field nobody filled in shows Word's prompt, which is no value
    assert not any("Click or tap" in b.text or "Choose an item" in b.text for b in doc.blocks)
    acts = extract_actions(doc)
    assert len(acts) == 31
    plans = _by_start(acts, "Monthly plan reading by team managers. Team managers read two plans")
    assert plans.leads_raw == "" and plans.date.end == "2019-07-31"
    # the same fields laid out as a borderless two-column table
    flats = _by_start(acts, "Flats for care leavers. An agreement with Cradleigh Homes")
    assert flats.leads_raw == "Head of Housing Needs" and flats.date.end == "2019-09-30"
    # the key messages in the text box on the first page are no actions
    assert not any(a.text.startswith("Children are safer in Cradleigh") for a in acts)


def test_a_timeline_plan_dates_each_action_by_the_months_it_marks():
    acts = extract_actions(load_document(SETS / "ak" / "holmcaster.pdf"))
    assert len(acts) == 27
    first = _by_start(acts, "Introduce one exploitation screening tool")
    assert (first.date.start, first.date.end) == ("2023-04-01", "2023-06-30")
    weekly = _by_start(acts, "Weekly risk meeting")
    assert weekly.date.end == "2024-03-31"  # January to March in the financial year's second year


def test_timeline_month_columns_take_the_year_above_them():
    def row(*texts):
        return Row(tuple(Cell(t) for t in texts))

    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    head = [row("Ref", "Action", *["2023/24"] * 12), row("Ref", "Action", *months)]
    got = gantt_months(head)
    assert got[2] == "Apr 2023" and got[10] == "Dec 2023" and got[11] == "Jan 2024" and got[13] == "Mar 2024"
    assert gantt_months([row("Ref", "Action", "Jan", "Feb", "Mar", "Lead")]) == {}  # three months: no timeline


def test_action_cells_holding_several_actions_each_with_its_own_lead_and_date():
    acts = extract_actions(load_document(SETS / "al" / "chalkhaven.html"))
    assert len(acts) == 29
    caseloads = _by_start(acts, "Cap caseloads at 20 children")
    assert caseloads.leads_raw == "Director of Children’s Social Care" and caseloads.date.status == "ongoing"
    assert not caseloads.text.endswith(")")
    # "We will:" over a list says nothing of its own
    relaunch = _by_start(acts, "Relaunch our practice standards")
    assert relaunch.leads_raw == "Principal Social Worker" and relaunch.date.end == "2022-07-31"
    assert not any(a.text.startswith("We will") for a in acts)


def test_text_laid_out_in_columns_with_spaces_is_read_as_its_table():
    acts = extract_actions(load_document(SETS / "al" / "welmarsh.txt"))
    assert len(acts) == 23
    gateway = _by_start(acts, "Weekly legal gateway meeting")
    assert gateway.leads_raw == "Head of Service – Safeguarding / Legal Services Manager (Children)"
    assert gateway.date.end == "2022-04-30"
    # a row carried over the page break, under the header the page repeats
    parallel = _by_start(acts, "Parallel plans for every baby")
    assert parallel.text.endswith("so that no time is lost if the baby cannot stay at home.")
    assert not any(a.text.startswith(("baby cannot", "SAFEGUARDING", "Priority")) for a in acts)


def test_laid_out_text_in_a_small_file(tmp_path):
    rows = [("Area", "Action", "Lead", "When")]
    rows += [("Front door", "Daily triage of every domestic abuse", "Head of MASH", "April 2024")]
    rows += [("", "notification with the police", "", "")]
    rows += [("", "", "", "")]
    rows += [("", "Audit forty contacts each month", "Head of QA", "Monthly")]
    rows += [("", "", "", "")]
    rows += [("Care leavers", "A personal adviser for every care", "Leaving Care", "Ongoing")]
    rows += [("", "leaver by their 17th birthday", "Manager", "")]
    rows += [("", "", "", "")]
    rows += [("", "Council tax exemption to age 25", "Finance Lead", "April 2025")]
    text = "Plan\n\n" + "\n".join(f"{a:<16}{b:<40}{c:<16}{d}".rstrip() for a, b, c, d in rows) + "\n"
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    got = [(a.text, a.leads_raw, a.date_raw) for a in extract_actions(load_document(path))]
    assert got == [
        ("Daily triage of every domestic abuse notification with the police", "Head of MASH", "April 2024"),
        ("Audit forty contacts each month", "Head of QA", "Monthly"),
        ("A personal adviser for every care leaver by their 17th birthday", "Leaving Care Manager", "Ongoing"),
        ("Council tax exemption to age 25", "Finance Lead", "April 2025"),
    ]


def test_a_progress_update_row_under_each_action_is_its_progress():
    acts = extract_actions(load_document(SETS / "am" / "daverley.xlsx"))
    assert len(acts) == 29
    assert not any("Progress update" in a.text for a in acts)
    gcp = _by_start(acts, "Roll out Graded Care Profile 2")
    assert gcp.text.endswith("where neglect is a worry.")
    assert gcp.status_update.startswith("212 of 298 staff trained")


def test_a_numbered_list_with_lead_and_date_after_tab_stops():
    doc = load_document(SETS / "am" / "wrangholme.docx")
    assert any(b.columns == ("Action", "Lead", "By when") for b in doc.blocks)
    acts = extract_actions(doc)
    assert len(acts) == 25
    starters = _by_start(acts, "Each new starter in either team to shadow")
    assert starters.leads_raw == "Team Managers" and starters.date.status == "ongoing"
    # the steps one level down ("1.1 Draft standards to the managers' meeting") are no actions
    assert not any(a.text.startswith(("Draft standards", "Cohort 1", "Web page live")) for a in acts)


def test_tabbed_pieces_put_a_date_in_the_date_column_whichever_is_missing():
    assert _tabbed(("Run the panel", "Head of Service", "May 2024")) == {
        "action": "Run the panel", "lead": "Head of Service", "date": "May 2024"}
    assert _tabbed(("Run the panel", "Aug 2023")) == {"action": "Run the panel", "date": "Aug 2023"}
    assert _tabbed(("Run the panel", "Housing Options Manager", "tbc")) == {
        "action": "Run the panel", "lead": "Housing Options Manager", "date": "tbc"}
