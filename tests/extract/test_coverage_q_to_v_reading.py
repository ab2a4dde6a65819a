"""Reading rules that first contact with coverage sets q to v (DOCX tables and narratives,
workbooks, PDFs, Markdown, converter text and HTML pages, written by helpers that had not read the
code) prompted."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.actions import extract_actions
from extractor.extract.dates import normalise_date
from extractor.ingest import load_document
from extractor.ingest.pdf import read_pdf

MD_PLAN = """# Improvement plan

| Ref | Ofsted rec | Action | Lead | Timescale |
|-----|-----------|--------|------|-----------|
| 2.1 | 3 | Refresh the assessment practice standards with every team. | Principal Social Worker | June 2018 |
| 2.2 |  | Workshops on weighing danger for all social workers.<br>**Lead:** Workforce Development Manager<br>**By:** Summer 2018 |  |  |
| 2.3 | Core group training for schools, health visitors and police officers. | SCB Training Officer | Sept 18 |
| 2.4 | 3 | Audit ten assessments a month and report the grades to the board. | Head of Quality Assurance | Monthly |
"""


def test_labelled_lead_and_date_inside_the_action_cell_and_a_row_short_of_a_cell(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text(MD_PLAN, encoding="utf-8")
    acts = extract_actions(load_document(p))
    got = [(a.row, a.text, a.leads_raw, a.date_raw) for a in acts]
    assert got == [
        ("2.1", "Refresh the assessment practice standards with every team.", "Principal Social Worker", "June 2018"),
        ("2.2", "Workshops on weighing danger for all social workers.", "Workforce Development Manager", "Summer 2018"),
        # the converter dropped the empty "Ofsted rec" cell: the row is realigned on its date
        ("2.3", "Core group training for schools, health visitors and police officers.", "SCB Training Officer",
         "Sept 18"),
        ("2.4", "Audit ten assessments a month and report the grades to the board.", "Head of Quality Assurance",
         "Monthly"),
    ]


def test_a_row_under_a_merged_reference_with_a_lead_but_no_date_is_an_action_of_its_own(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    t = d.add_table(rows=4, cols=5)
    for c, h in enumerate(("Ofsted recommendation", "Ref", "What we will do", "Lead", "By when")):
        t.cell(0, c).text = h
    rec = "Social workers have the time to get to know children well."
    rows = [("33", "A business support officer in every team to take minutes and book meetings.",
             "Business Support Manager", "October 2014"),
            ("", "'Time with Me' standard: a visit a month where the child chooses what to do.", "Practice Leads", ""),
            ("", "Family rooms in each office, booked through reception.", "", "March 2015")]
    for r, (ref, action, lead, date) in enumerate(rows, 1):
        for c, text in enumerate((rec, ref, action, lead, date)):
            t.cell(r, c).text = text
    t.cell(1, 0).merge(t.cell(3, 0))  # the recommendation merged down over its actions
    p = tmp_path / "plan.docx"
    d.save(p)
    acts = extract_actions(load_document(p))
    assert [(a.text[:20], a.leads_raw, a.date_raw) for a in acts] == [
        ("A business support o", "Business Support Manager", "October 2014"),
        ("'Time with Me' stand", "Practice Leads", ""),
        ("Family rooms in each", "", "March 2015"),
    ]


def _objective_table_pdf(path: Path, first_action: str) -> Path:
    """A ruled PDF table whose Objective cell spans its actions; the page breaks between two of
    them, the one at the top of page 2 under an empty Objective cell."""
    platypus = pytest.importorskip("reportlab.platypus")
    styles = pytest.importorskip("reportlab.lib.styles").getSampleStyleSheet()
    colors = pytest.importorskip("reportlab.lib.colors")
    P = platypus.Paragraph
    data = [[P(h, styles["Normal"]) for h in ("Objective", "Action", "Lead", "Timescale")]]
    for k in range(1, 14):
        data.append([P("Every child in care has a personal education plan." if k == 1 else "", styles["Normal"]),
                     P(first_action if k == 8 else f"Action {k}: review the education plans of children in care "
                       f"in the cohort with the designated teachers.", styles["Normal"]),
                     P(f"Virtual School Lead {k}", styles["Normal"]), P("April 2016", styles["Normal"])])
    table = platypus.Table(data, colWidths=[120, 220, 110, 70], repeatRows=1)
    table.setStyle(platypus.TableStyle([("GRID", (1, 0), (-1, -1), 0.5, colors.black),
                                        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                                        ("LINEBELOW", (0, 0), (0, 0), 0.5, colors.black),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    platypus.SimpleDocTemplate(str(path), pagesize=(595, 842)).build(
        [P("Improvement plan", styles["Heading1"]), platypus.Spacer(1, 330), table])
    return path


@pytest.mark.parametrize("first_action", ["ePEP for every child in care of school age, completed each term.",
                                          "Appoint two education advisers to the Virtual School."])
def test_a_row_starting_afresh_at_the_top_of_a_page_is_not_the_rest_of_the_row_above(tmp_path, first_action):
    doc = read_pdf(_objective_table_pdf(tmp_path / "plan.pdf", first_action), source="plan.pdf")
    tables = list(doc.tables())
    assert len(tables) == 1 and {r.page for r in tables[0].rows} == {1, 2}
    acts = extract_actions(doc)
    assert [a.leads_raw for a in acts] == [f"Virtual School Lead {k}" for k in range(1, 14)]


@pytest.mark.parametrize("text, start, end", [
    ("Oct-19 – 31 January 2020", "2019-10-01", "2020-01-31"),  # a tracker's Start and Due, as read
    ("Jul-18 – 31/08/2018", "2018-07-01", "2018-08-31"),
    ("Oct 2019/20", None, "2020-03-31"),  # still a financial year
    ("Cohort 1 June 2026; Cohort 2 Jan 2027", None, "2027-01-31"),  # cohorts are counted, not days
])
def test_a_range_of_a_month_and_a_day(text, start, end):
    span = normalise_date(text)
    assert (span.start, span.end) == (start, end)


# ---- sets s and t --------------------------------------------------------------------------

HTML_PLAN = """<html><body><h1>Report to the Children's Scrutiny Committee</h1>
<p>The inspection made three recommendations.</p>
<table><tr><th>Ref</th><th>Action</th><th>Lead</th><th>By when</th></tr>
<tr><td colspan="4">Priority A: care leavers</td></tr>
<tr><td>A1</td><td><strong>Action:</strong> Rewrite the care leaver offer with the Care Leavers' Forum.<br>
<strong>Success measure:</strong> New offer published</td>
<td><strong>Lead:</strong> Head of Service, Leaving Care<br><strong>Support:</strong> Care Leavers' Forum</td>
<td>January 2024</td></tr>
<tr><td>A2</td><td>Open the Works academy with City College for care-experienced young people.</td>
<td>Virtual School Head</td><td>Sept 2024</td></tr>
</table>
<h2>Background papers</h2>
<table><tr><th>Title of document</th><th>Location</th></tr>
<tr><td>Ofsted inspection report, July 2023</td><td>Ofsted website</td></tr></table>
</body></html>"""


def test_a_committee_report_plan_table_its_labels_and_its_background_papers(tmp_path):
    p = tmp_path / "plan.html"
    p.write_text(HTML_PLAN, encoding="utf-8")
    acts = extract_actions(load_document(p))
    assert [(a.text, a.leads_raw, a.date_raw) for a in acts] == [
        ("Rewrite the care leaver offer with the Care Leavers' Forum.",
         "Head of Service, Leaving Care; Care Leavers' Forum", "January 2024"),
        ("Open the Works academy with City College for care-experienced young people.", "Virtual School Head",
         "Sept 2024"),
    ]  # the success measure is no action, and the background papers' table is no part of the plan
    assert acts[0].status_update == "Success measure: New offer published"


def test_lead_and_date_on_one_labelled_line(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Priority 3: Assessment", level=1)
    for n, (action, lead, date) in enumerate([("Team managers to agree the timescale of every assessment.",
                                                "Team Managers", "From 1 September 2015"),
                                               ("Weekly assessment tracker reviewed by heads of service.",
                                                "Heads of Service", "Weekly from August 2015")], 1):
        d.add_paragraph(f"Action 3.{n}: {action}")
        d.add_paragraph(f"Lead: {lead}. Date: {date}")
    p = tmp_path / "plan.docx"
    d.save(p)
    acts = extract_actions(load_document(p))
    assert [(a.row, a.leads_raw, a.date_raw) for a in acts] == [
        ("3.1", "Team Managers", "From 1 September 2015"), ("3.2", "Heads of Service", "Weekly from August 2015")]


# ---- sets u and v --------------------------------------------------------------------------

def test_a_label_run_into_the_sentence_before_a_separated_one():
    from extractor.extract.plan_tables import inline_labels

    assert inline_labels("An interim safety plan opened after every strategy discussion. Owner: Head of Service, "
                         "Child Protection | Due: September 2024") == (
        "An interim safety plan opened after every strategy discussion.",
        {"date": "September 2024", "lead": "Head of Service, Child Protection"})


TSV_PLAN = (
    "Action plan\n\nRef\tObjective\tAction\tLead\tTimescale\tRAG\n"
    "B1\tManagers supervise well\tSupervising Well: a five-day programme for all team managers and\n"
    "\nPage 2 of 4\n\n"
    "\t\tassistant team managers, with the Teaching Partnership.\tWorkforce Development Manager / Westcountry "
    "Teaching Partnership\tCohort 1 June 2026<br>Cohort 2 Jan 2027\tGreen\n"
    "C2\t\tAdd questions to the staff survey on whether supervision helps practitioners think about\n"
    "their work, and publish the results.\tPrincipal Social Worker\tNov 2026\t\n"
    "C3\t\tPractice week: auditors read supervision notes.\tHead of Quality\tMarch 2027\tAmber\n"
)


def test_a_converter_s_row_broken_by_page_furniture_and_a_cell_wrapped_onto_the_next_line(tmp_path):
    p = tmp_path / "plan.txt"
    p.write_text(TSV_PLAN, encoding="utf-8")
    acts = extract_actions(load_document(p))
    assert [(a.row, a.text, a.leads_raw) for a in acts] == [
        ("B1", "Supervising Well: a five-day programme for all team managers and assistant team managers, with "
               "the Teaching Partnership.", "Workforce Development Manager / Westcountry Teaching Partnership"),
        ("C2", "Add questions to the staff survey on whether supervision helps practitioners think about their work, "
               "and publish the results.", "Principal Social Worker"),
        ("C3", "Practice week: auditors read supervision notes.", "Head of Quality"),
    ]
    assert normalise_date(acts[0].date_raw).end == "2027-01-31" and acts[1].date_raw == "Nov 2026"
