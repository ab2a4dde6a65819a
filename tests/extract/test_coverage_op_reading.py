"""Reading rules that first contact with coverage sets o and p (six PDF plans, written by a helper
that had not read the code) prompted; tables without rules are tested in
tests/ingest/test_pdf_aligned.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.actions import bullets, cell_items, extract_actions
from extractor.extract.plan_tables import inline_labels
from extractor.ingest import load_document
from extractor.ingest.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[2]


def test_labels_a_pdf_reader_ran_into_the_paragraph_are_the_lead_and_date():
    text = ("Add a 'Who I am' section to the assessment; a manager will not authorise it blank. The same prompt "
            "goes on the strategy discussion record. Lead: Principal Social Worker / Systems Team Timescale: April 2019")
    assert inline_labels(text) == (
        "Add a 'Who I am' section to the assessment; a manager will not authorise it blank. The same prompt goes on "
        "the strategy discussion record.", {"lead": "Principal Social Worker / Systems Team", "date": "April 2019"})
    # a two-word label whose second word is a label too ("By when")
    assert inline_labels("Run the workshops. Responsible officer: Workforce Development Manager By when: "
                         "September 2019")[1] == {"lead": "Workforce Development Manager", "date": "September 2019"}
    # a label left blank
    assert inline_labels("Ask families what they felt. Lead: Timescale: From July 2019")[1] == \
        {"lead": "", "date": "From July 2019"}


def test_text_that_only_mentions_a_label_keeps_its_words():
    for text in ("The report says so. Status: the board noted it.",  # no lead or date among the labels
                 "Plain text with no labels at all.",
                 "Meet the lead professional: the family's key worker."):  # no sentence ends before it
        assert inline_labels(text) == (text, {})


def test_a_cell_of_an_introduction_ending_with_a_colon_and_one_paragraph_is_one_action():
    from extractor.document import Block, Provenance

    prov = Provenance("plan.pdf", 1)
    blocks = [Block("paragraph", "Revise the IRO escalation protocol:", prov),
              Block("paragraph", "IROs to raise drift with the team manager within five days.", prov)]
    assert bullets(cell_items(blocks, "")) == [
        "Revise the IRO escalation protocol: IROs to raise drift with the team manager within five days."]
    # with a list under it, each item stays its own action
    listed = [blocks[0], Block("list_item", "Raise drift within five days.", prov, "•"),
              Block("list_item", "Log every escalation.", prov, "•")]
    assert len(bullets(cell_items(listed, ""))) == 1  # the intro's items join it: "...: a; b" as before


def _spanned_priority_table(path: Path) -> Path:
    """A ruled plan whose Priority cell spans its rows, the page breaking inside the group: the
    row at the top of page 2 has an empty Priority cell and its own number."""
    platypus = pytest.importorskip("reportlab.platypus")
    styles = pytest.importorskip("reportlab.lib.styles").getSampleStyleSheet()
    colors = pytest.importorskip("reportlab.lib.colors")
    P = platypus.Paragraph
    data = [[P(t, styles["Normal"]) for t in ("Priority", "No.", "Action", "Responsible", "Timescale")]]
    for k in range(1, 13):
        data.append([P("1. Children at risk of exploitation" if k == 1 else "", styles["Normal"]),
                     P(f"1.{k}", styles["Normal"]),
                     P(f"Action {k}: train every social worker in the exploitation risk assessment and audit "
                       f"the results each quarter.", styles["Normal"]),
                     P("Workforce Development Manager", styles["Normal"]), P("September 2017", styles["Normal"])])
    table = platypus.Table(data, colWidths=[90, 35, 210, 110, 70], repeatRows=1)
    table.setStyle(platypus.TableStyle([("GRID", (1, 0), (-1, -1), 0.5, colors.black),
                                        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                                        ("LINEBELOW", (0, 0), (0, 0), 0.5, colors.black),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    platypus.SimpleDocTemplate(str(path), pagesize=(595, 842)).build(
        [P("Appendix 1: improvement plan", styles["Heading1"]), platypus.Spacer(1, 380), table])
    return path


def test_a_row_numbering_itself_at_the_top_of_a_page_is_not_the_rest_of_the_row_above(tmp_path):
    doc = read_pdf(_spanned_priority_table(tmp_path / "span.pdf"), source="span.pdf")
    tables = list(doc.tables())
    assert len(tables) == 1 and {r.page for r in tables[0].rows} == {1, 2}
    assert [r.cells[1].text for r in tables[0].rows[1:]] == [f"1.{k}" for k in range(1, 13)]
    acts = extract_actions(doc)
    assert [a.leads_raw for a in acts] == ["Workforce Development Manager"] * 12


def test_set_o_narrative_pdf_is_read():
    acts = extract_actions(load_document(ROOT / "corpus" / "coverage" / "o" / "calderbrook.pdf"))
    assert len(acts) == 17  # corpus/gold/coverage/o/calderbrook.json
    assert (acts[1].row, acts[1].leads_raw, acts[1].date_raw) == ("1.2", "Workforce Development Manager",
                                                                  "September 2019")
