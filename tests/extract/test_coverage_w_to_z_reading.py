"""Reading rules that first contact with coverage sets w to z (a slide deck printed to PDF, a Word
narrative with bulleted actions sharing one lead, Markdown citing recommendations in its action
text, a staff bulletin in plain text, a tracker with its own action ids; written by helpers that
had not read the code) prompted."""
from __future__ import annotations

import pytest

from extractor.extract.actions import extract_actions
from extractor.extract.refs import text_refs
from extractor.ingest import load_document

BULLETIN = """Ofsted inspection of children's social care: what happens next

Posted by Children's Services Communications | 14 May 2020

Inspectors told us about two things we need to get better at.

When a teenager goes home in a crisis

Senior managers acted straight away. From now on:

1. The social worker, the young person and the parent agree a written safety plan within 24 hours.
Owner: Head of Service, Children in Care
Deadline: 1 June 2020

2. A service manager signs off that plan, and the young person's IRO reviews it within five days.
Owner: Service Managers, Children in Care, and IRO Service Manager
Deadline: 1 June 2020

Care leavers in charge of their own plans

1. Every care leaver is offered their own pathway plan meeting at a time and place they choose.
Owner: Leaving Care Service Manager
Deadline: September 2020
"""


def test_a_plain_text_bulletin_sentence_case_headings_and_label_lines(tmp_path):
    p = tmp_path / "bulletin.txt"
    p.write_text(BULLETIN, encoding="utf-8")
    acts = extract_actions(load_document(p))
    assert [(a.section, a.leads_raw, a.date_raw) for a in acts] == [
        # a stand-alone line in sentence case, with no closing stop, heads its section
        ("When a teenager goes home in a crisis", "Head of Service, Children in Care", "1 June 2020"),
        # a long owner line is not hard-wrapped prose running on into the "Deadline:" line
        ("When a teenager goes home in a crisis", "Service Managers, Children in Care, and IRO Service Manager",
         "1 June 2020"),
        ("Care leavers in charge of their own plans", "Leaving Care Service Manager", "September 2020"),
    ]


def test_citations_in_the_action_text():
    assert text_refs("Every monthly report to explain what the figures mean (Rec. 23)") == (23,)
    assert text_refs("... when the threshold for one is met (links to recommendations 4 and 8)") == (4, 8)
    assert text_refs("A list of out-of-date plans goes to team managers (recommendation 15)") == (15,)
    assert text_refs("Implement the 12 recommendations of the practice review") == ()
    assert text_refs("Act on the recommendation from the 2019 audit") == ()


MD_PLAN = """# Improvement plan

## Priority 5: Education

*What good looks like: every child in care has a PEP that is worth reading.*

| No. | Action | Responsible | Timescale | Measure of success |
|-----|--------|-------------|-----------|--------------------|
| 5.5 | Designated teachers trained in setting sharp PEP targets (Rec 6) | Virtual School Head | June 2015 | All trained |
| 5.6 | ePEP: move PEPs online, so that everyone completes one document together. | September 2015 | 90% of PEPs graded good |
"""


def test_markdown_citations_and_a_row_short_of_its_lead_cell(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text(MD_PLAN, encoding="utf-8")
    acts = extract_actions(load_document(p))
    assert [(a.row, a.refs, a.leads_raw, a.date_raw) for a in acts] == [
        ("5.5", (6,), "Virtual School Head", "June 2015"),
        # the converter dropped the empty Responsible cell: the date moves back to its column
        ("5.6", (), "", "September 2015"),
    ]
    # the italic line under the heading, before the plan's first table, is the objective
    assert {a.objective for a in acts} == {"every child in care has a PEP that is worth reading."}


def test_bulleted_actions_share_the_labels_after_the_list(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Our plan after the 2026 inspection", 1)
    d.add_paragraph("Version 1.0, 15 June 2026. Owner: Director of Children's Services.")
    d.add_heading("Priority 1: Plans that make a difference", 1)
    d.add_paragraph("We will bring child in need and child protection plans into one format.")
    d.add_paragraph("Lead: Head of Practice Standards")
    d.add_paragraph("By: July 2026")
    d.add_paragraph("When a child in need plan is not making a difference:")
    for t in ("A team manager will chair a review every six weeks.",
              "A service manager will decide the next steps after two reviews without progress.",
              "Stepping up to a conference will be considered at that point."):
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Lead: Heads of Service, Help and Protection")
    d.add_paragraph("Timescale: From June 2026")
    p = tmp_path / "plan.docx"
    d.save(p)
    acts = extract_actions(load_document(p))
    # the version line is the document's own detail, not an action; each bullet is an action,
    # with the lead and date after the list and the line introducing it as its objective
    assert [(a.text[:22], a.leads_raw, a.date_raw) for a in acts] == [
        ("We will bring child in", "Head of Practice Standards", "July 2026"),
        ("A team manager will ch", "Heads of Service, Help and Protection", "From June 2026"),
        ("A service manager will", "Heads of Service, Help and Protection", "From June 2026"),
        ("Stepping up to a confe", "Heads of Service, Help and Protection", "From June 2026"),
    ]
    assert {a.objective for a in acts[1:]} == {"When a child in need plan is not making a difference:"}


def test_slide_bullets_close_on_their_owner_and_month(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Priority 2: Personal advisers who know the Promise", 1)
    for t in ("Half-day Promise induction for every PA, with a short quiz at the end (Workforce Development Lead, Oct 2024)",
              "Pathway plan checklist of what the young person can claim (council tax, bursary), signed by them "
              "(Systems Team, Jan 2025)",
              "Welcome pack posted to each young person who lives out of the area (Dec 2024)",
              "Audit 20 pathway plans a quarter (Quality Assurance Lead, from Dec 2024)",
              "Follow the Children Act (2004)"):
        d.add_paragraph(t, style="List Bullet")
    p = tmp_path / "slides.docx"
    d.save(p)
    acts = extract_actions(load_document(p))
    assert [(a.text, a.leads_raw, a.date_raw) for a in acts] == [
        ("Half-day Promise induction for every PA, with a short quiz at the end", "Workforce Development Lead",
         "Oct 2024"),
        # the action's own brackets stay in its text; only the closing one names owner and month
        ("Pathway plan checklist of what the young person can claim (council tax, bursary), signed by them",
         "Systems Team", "Jan 2025"),
        ("Welcome pack posted to each young person who lives out of the area", "", "Dec 2024"),
        ("Audit 20 pathway plans a quarter", "Quality Assurance Lead", "from Dec 2024"),
    ]  # "(2004)" names no month: that bullet is no action of the plan


def test_a_trackers_own_action_ids_are_its_rows(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Theme", "Action ID", "Action", "Owner", "Due", "Status"])
    ws.append(["Safe at home", "SAH-01", "Rewrite the practice guidance with the police.", "Head of Service", "Sep 2026", "On track"])
    ws.append(["", "SAH-02", "Half-day workshops for every team.", "Principal Social Worker", "Nov 2026", "Not started"])
    # two actions typed on two lines of one cell, neither ending in a full stop
    ws.append(["", "SAH-03", "Termly session for designated teachers on targets that move learning on\n"
               "Briefing for social workers on their part before and after the PEP meeting", "Virtual School Head",
               "Termly", ""])
    # a line broken where the sentence cannot end goes on
    ws.append(["", "SAH-04", "Agree the escalation route with the\nHead of Service and the police", "Head of Service",
               "Dec 2026", ""])
    p = tmp_path / "tracker.xlsx"
    wb.save(p)
    acts = extract_actions(load_document(p))
    assert [(a.row, a.text[:20]) for a in acts] == [
        ("SAH-01", "Rewrite the practice"), ("SAH-02", "Half-day workshops f"), ("SAH-03", "Termly session for d"),
        ("SAH-03", "Briefing for social "), ("SAH-04", "Agree the escalation")]
    assert acts[-1].text == "Agree the escalation route with the Head of Service and the police"
