"""Reading rules that first contact with coverage sets ac and ad (a Word document of one
key/value table per action, a web page of action cards, a git-wiki Markdown plan with a heading
per action, a committee report's appendix table; written by helpers that had not read the code)
prompted."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.actions import extract_actions
from extractor.extract.plan_tables import header_roles
from extractor.ingest import load_document

ROOT = Path(__file__).resolve().parents[2]


def test_one_small_table_of_fields_per_action(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Owner: Director of Children's Services")
    actions = [("Recommendation 1: Plans that say who and when",
                [("Replace the free-text section of plans with who, what and by when.", "Head of Safeguarding",
                  "April 2017"), ("Team managers to read six plans a month against a checklist.", "", "Monthly")]),
               ("Other developments", [("Move the Eastfield team to the civic centre.", "Facilities Manager", "")])]
    for heading, rows in actions:
        d.add_heading(heading, 2)
        for action, lead, date in rows:
            t = d.add_table(rows=4, cols=2)
            for r, (k, v) in enumerate((("Action", action), ("Lead officer", lead), ("Target date", date),
                                        ("Progress", "On track"))):
                t.cell(r, 0).text, t.cell(r, 1).text = k, v
            d.add_paragraph("")
    p = tmp_path / "plan.docx"
    d.save(p)
    acts = extract_actions(load_document(p))
    rec1 = "Recommendation 1: Plans that say who and when"
    assert [(a.text[:20], a.leads_raw, a.date_raw, a.refs, a.section) for a in acts] == [
        ("Replace the free-tex", "Head of Safeguarding", "April 2017", (1,), rec1),
        ("Team managers to rea", "", "Monthly", (1,), rec1),
        ("Move the Eastfield t", "Facilities Manager", "", (), "Other developments"),
    ]


CARDS = """<html><body>
<div class="cookie-banner"><h2>Cookies on our site</h2><p>We'd like your consent to set analytics cookies.</p></div>
<main><h1>Our improvement plan</h1>
<p>Inspectors visited in March 2024. This page sets out what we are doing.</p>
<h2>Right home, first time</h2>
<div class="action-card"><h3>A council-run home for two</h3>
<p>Open Saltings House, a two-bedroom children's home run by the council.</p>
<dl><dt>Lead</dt><dd>Head of Corporate Parenting</dd><dt>When</dt><dd>January 2025</dd></dl></div>
<div class="action-card"><h3>One funding decision</h3>
<p>A joint panel with health to agree who pays for a residential place within ten working days.</p>
<dl><dt>Lead</dt><dd></dd><dt>When</dt><dd>From September 2024</dd></dl></div>
<h2>Care leavers</h2>
<div class="action-card"><h3>Council tax</h3>
<p>Care leavers living in the city exempt from council tax until their 25th birthday.</p>
<dl><dt>Lead</dt><dd>Head of Revenues</dd><dt>When</dt><dd>April 2025</dd></dl></div>
</main></body></html>"""


def test_a_web_page_of_action_cards(tmp_path):
    p = tmp_path / "plan.html"
    p.write_text(CARDS, encoding="utf-8")
    acts = extract_actions(load_document(p))
    # the card's title is not a section (the heading above the cards is) but the action's first words
    assert [(a.section, a.text[:40], a.leads_raw, a.date_raw) for a in acts] == [
        ("Right home, first time", "A council-run home for two. Open Salting", "Head of Corporate Parenting",
         "January 2025"),
        ("Right home, first time", "One funding decision. A joint panel with", "", "From September 2024"),
        ("Care leavers", "Council tax. Care leavers living in the ", "Head of Revenues", "April 2025"),
    ]


WIKI = """# Children's Services Improvement Plan

This page is the working copy of our plan, together with other work the Improvement Board keeps an eye on.

Leads: please update the Status line of your actions before each monthly meeting.

## Theme 1 – Reviewing officers who keep plans moving

### 1.1 Two more reviewing officers

Recruit two more reviewing officers so that none holds more than 65 children.

- **Lead:** Head of Safeguarding and Quality Review
- **Due:** April 2017
- **Ofsted recommendation:** 1
- **Status:** In progress

### 1.2 A note on the file after each meeting

After every review the officer writes a short note on the child's file.

- **Lead:**
- **Due:** February 2017
- **Status:** Complete
"""


def test_a_wiki_plan_with_a_heading_and_fields_per_action(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text(WIKI, encoding="utf-8")
    acts = extract_actions(load_document(p))
    # the numbered heading names its action (row and first words); the theme stays the section;
    # "Leads: please update ..." is an instruction, not a lead; a blank "Lead:" is no lead
    assert [(a.row, a.text, a.leads_raw, a.date_raw, a.refs, a.section) for a in acts] == [
        ("1.1", "Two more reviewing officers. Recruit two more reviewing officers so that none holds more "
                "than 65 children.", "Head of Safeguarding and Quality Review", "April 2017", (1,),
         "Theme 1 – Reviewing officers who keep plans moving"),
        ("1.2", "A note on the file after each meeting. After every review the officer writes a short note on "
                "the child's file.", "", "February 2017", (), "Theme 1 – Reviewing officers who keep plans moving"),
    ]


def test_by_names_the_date_column():
    assert header_roles(["Recommendation", "What we will do", "Responsible", "By"])[3] == "date"


def test_a_row_at_the_top_of_a_page_under_a_long_grouping_cell_is_its_own():
    """pellinghoe.pdf (set ad): the appendix table breaks inside a group whose recommendation cell,
    printed on the last row of the page, is longer than that row's action; the first row of the
    next page has its own lead and date."""
    acts = extract_actions(load_document(ROOT / "corpus" / "coverage" / "ad" / "pellinghoe.pdf"))
    got = {a.text[:31]: (a.leads_raw, a.date_raw) for a in acts}
    assert got["A register of every private fos"] == ("Head of Safeguarding and Quality", "October 2025")
    assert got["A list of care leavers in custo"] == ("Head of Care Leavers Service", "November 2025")
