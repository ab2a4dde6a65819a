"""Reading rules prompted by the first contact of sets ae, af and ag (corpus/coverage/ae..ag):
spreadsheet ranges pasted into an email (quoted cells over several lines), pandoc grid tables,
a PDF progress report of action blocks with field lines, a Word table with a "Partner lead"
column, a workbook's "Link to Ofsted" column citing by number or by quoting the recommendation,
and a workbook cell whose second line describes what the first introduced."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document import Provenance
from extractor.extract.actions import extract_actions
from extractor.extract.refs import quoted_fragments
from extractor.ingest import load_document
from extractor.items import Action, Recommendation
from extractor.link import quoted_refs

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "corpus" / "coverage"


def _actions(path: Path) -> dict[str, Action]:
    return {a.row: a for a in extract_actions(load_document(path))}


def test_a_pasted_range_keeps_quoted_multi_line_cells_in_their_row(tmp_path):
    text = ("Hi all,\n\nThe plan is below.\n\n"
            "Ref\tAction\tLead\tDeadline\tProgress\n"
            "P1\t\"Strategy discussion record rebuilt:\nwho took part and what was decided\"\tHead of Front Door\t31/07/2024\tComplete\n"
            "P2\tNew plan template with the heading \"\"Who will do what\"\"\tPrincipal Social Worker\t30/09/2024\t\"Green\n"
            "Pilot team said: \"\"much easier to read\"\"\"\n"
            "P3\tCore groups to update the plan within 2 working days\tChild Protection Chairs\tFrom September\t\n"
            "\nThanks, Sam\n")
    path = tmp_path / "email.txt"
    path.write_text(text, encoding="utf-8")
    acts = _actions(path)
    assert set(acts) == {"P1", "P2", "P3"}
    assert acts["P1"].text.startswith("Strategy discussion record rebuilt: who took part")
    assert acts["P1"].leads_raw == "Head of Front Door" and acts["P1"].date.end == "2024-07-31"
    # a cell quoted only because its neighbour spans two lines keeps its own quotes as typed
    assert acts["P2"].leads_raw == "Principal Social Worker" and acts["P2"].date.end == "2024-09-30"
    assert "much easier" not in acts["P2"].text  # the progress cell is an update, not the action
    assert acts["P3"].leads_raw == "Child Protection Chairs"


def test_a_cell_starting_with_a_quote_that_is_not_spreadsheet_quoting_stays_one_line(tmp_path):
    text = ("Ref\tAction\tLead\tDeadline\n"
            "P1\t\"Think Family\" approach rolled out to all teams\tHead of Early Help\tMarch 2025\n"
            "P2\tAudit of plans\tHead of QA\tApril 2025\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    acts = _actions(path)
    assert set(acts) == {"P1", "P2"} and acts["P2"].leads_raw == "Head of QA"


def test_pandoc_grid_table_rows_are_read_whole(tmp_path):
    text = """## Priority 1: Managers who keep plans moving

+--------------------------+-------------+-----------+
| Action                   | Owner       | Due       |
+==========================+=============+===========+
| Relaunch the supervision | Principal   | May 2019  |
| policy: every social     | Social      |           |
| worker supervised every  | Worker      |           |
| four weeks               |             |           |
+--------------------------+-------------+-----------+
| A new neglect pathway:   | Head of     | September |
|                          | Family      | 2019      |
| -   one screening tool   | Support     |           |
| -   a named lead in each |             |           |
|     team                 |             |           |
+--------------------------+-------------+-----------+
| Create four more team    |             | October   |
| manager posts            |             | 2019      |
+--------------------------+-------------+-----------+
"""
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    acts = list(extract_actions(load_document(path)))
    texts = [a.text for a in acts]
    assert texts[0] == "Relaunch the supervision policy: every social worker supervised every four weeks"
    assert acts[0].leads_raw == "Principal Social Worker" and acts[0].date.end == "2019-05-31"
    neglect = next(a for a in acts if a.text.startswith("A new neglect pathway"))
    assert "one screening tool" in neglect.text and "a named lead in each team" in neglect.text
    assert neglect.leads_raw == "Head of Family Support" and neglect.date.end == "2019-09-30"
    posts = next(a for a in acts if a.text.startswith("Create four more"))
    assert posts.leads_raw == "" and posts.date.end == "2019-10-31"
    assert len(acts) == 3


def test_pandoc_bookmark_spans_are_dropped_from_headings():
    doc = load_document(SETS / "ag" / "fenwharf.md")
    headings = [b.text for b in doc.blocks if b.type == "heading"]
    assert "Priority 1: Managers who keep children's plans moving" in headings
    assert not any("{#" in h or "anchor" in h for h in headings)


def test_a_pdf_progress_report_reads_each_action_block_with_its_fields():
    acts = _actions(SETS / "af" / "sedgemouth.pdf")
    assert len(acts) == 30
    first = acts["1.1"]
    assert first.text.startswith("One picture of practice. Bring performance figures")
    assert first.leads_raw == "Head of Quality, Performance and Improvement"
    assert first.date.end == "2020-10-31"
    assert "Practice Picture went to" in (first.status_update or "")  # the progress update, not the lead
    # a block with no Status line, its Progress update at the top of the next page
    assert acts["1.3"].date_raw == "Monthly" and "Progress" not in acts["1.3"].date_raw
    # "2. The right response at the first point of contact" over the area's action headings is their section
    assert acts["2.1"].section == "The right response at the first point of contact" and acts["2.1"].objective is None
    assert acts["6.4"].section == "Other priorities for 2020 to 2021"
    # every block's lead and date are the field values only
    assert all("Progress update" not in a.leads_raw + a.date_raw for a in acts.values())


def test_a_partner_lead_column_is_one_of_the_actions_leads():
    acts = _actions(SETS / "af" / "marlowdene.docx")
    assert acts["1.1"].leads_raw == "Head of Safeguarding and Quality Assurance; Marlowshire Police, Public Protection Unit"
    assert [lead.name for lead in acts["1.1"].leads][:1] == ["Head of Safeguarding and Quality Assurance"]
    assert acts["O.10"].leads_raw == "Marlowshire Police, CSE Team"  # only a partner lead


def test_a_link_to_ofsted_column_cites_by_number_and_by_quotation():
    acts = _actions(SETS / "ae" / "hollinsgate.xlsx")
    assert acts["1.1"].refs == (4,) and acts["1.3"].refs == (3, 4)
    assert acts["2.7"].refs == () and acts["2.7"].ref_quotes == ("meaningful direct work",)
    # a second line naming what the first introduced is part of the same action
    assert "The template has a section" in acts["1.5"].text


def test_quoted_fragments_need_two_words():
    assert quoted_fragments('"meaningful direct work"') == ("meaningful direct work",)
    assert quoted_fragments("\u201chow to complain\u201d, see also Rec 4") == ("how to complain",)
    assert quoted_fragments('"IRO"') == ()


@pytest.mark.parametrize("quote, expected", [
    ("meaningful direct work", (2,)),        # in recommendation 2 only
    ("the quality of", ()),                  # in both: cites nothing surely
    ("dental checks", ()),                   # in neither
])
def test_a_quote_found_in_exactly_one_recommendation_becomes_a_reference(quote, expected):
    prov = Provenance("report.pdf", 1)
    recs = [Recommendation("r1", 1, "Improve the quality of supervision.", prov),
            Recommendation("r2", 2, "Improve the quality of meaningful direct work with children.", prov)]
    act = Action("a1", "1.1", "Direct work toolkit for every team", Provenance("plan.xlsx", None), ref_quotes=(quote,))
    assert quoted_refs(recs, [act])[0].refs == expected
