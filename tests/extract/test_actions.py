"""Plan actions: header variants, row assembly, bullets, and the real seed plans end to end."""
from __future__ import annotations

import json

import pytest
from rapidfuzz import fuzz

from extractor.document import Block, Cell, Document, Provenance, Row, Table
from extractor.errors import NotAPlan
from extractor.extract.actions import bullets, cell_items, extract_actions, html_items, split_sentences
from extractor.extract.plan_tables import find_header, header_roles, recover_text
from extractor.items import normalise_text

SRC = "plan.docx"


def _table(rows: list[list[str | Cell]], index: int = 0, page: int | None = 1) -> Block:
    built = []
    for r, row in enumerate(rows):
        cells = tuple(c if isinstance(c, Cell) else Cell(c, (), Provenance(SRC, page, index, r, i)) for i, c in enumerate(row))
        built.append(Row(cells, page))
    return Block("table", "", Provenance(SRC, page, index), table=Table(index, tuple(built), page))


def _doc(*blocks: Block) -> Document:
    return Document(SRC, "docx", tuple(blocks))


def _para(text: str, type_: str = "paragraph") -> Block:
    return Block(type_, text, Provenance(SRC, 1))


@pytest.mark.parametrize(
    "header",
    [
        ["Ref", "Objective", "Action", "Lead", "Timeframe"],
        ["No.", "What we want to achieve", "What we will do", "By whom", "By when"],
        ["Number", "Outcome", "Key actions", "Responsible officer", "Target date"],
        ["#", "Improvement commitment", "Actions", "Owner", "Deadline"],
        ["Reference", "Aim", "Key Action", "Accountable", "Completion date"],
        ["Ref", "Priority", "Actions required", "Lead Officer(s)", "Timescale"],
    ],
)
def test_header_wordings_are_recognised(header):
    # "Priority" names a grouping column: the objective when its value changes every row (here),
    # the section when it groups rows (tests/extract/test_coverage_a_reading.py)
    rows = [header, ["1.1", "Children are safe", "Audit plans.", "Ann Lee", "May 2025"],
            ["1.2", "Children are heard", "Consult the council.", "Ann Lee", "June 2025"]]
    roles = find_header(_table(rows).table).roles
    assert [roles.get(i) for i in range(5)] == ["number", "objective", "action", "lead", "date"]


def test_rag_and_update_columns():
    roles = header_roles(["Action", "Lead", "Deadline", "RAG", "Progress update", "Cost/Resources required"])
    assert roles == {0: "action", 1: "lead", 2: "date", 3: "rag", 4: "update", 5: "other"}


def test_header_split_over_two_rows_with_lookalike_letters():
    # "Ву" below is Cyrillic, as a PDF converter emitted it.
    table = _table([["Action", "Ву", "Ву", "RAG"], ["", "When?", "Whom?", ""], ["Do it.", "Jan 2019", "Ann Smith", "G"]]).table
    header = find_header(table)
    assert header is not None and header.n_rows == 2
    assert header.roles == {0: "action", 1: "date", 2: "lead", 3: "rag"}


def test_one_action_per_row_with_lead_date_rag_update_and_page():
    doc = _doc(_table([
        ["Action", "Lead", "Deadline", "RAG", "Progress"],
        ["Review the front door.", "Jo Bloggs / CCG", "Jun 2018 – Feb 2019", "Amber", "Started."],
    ], page=3))
    (a,) = extract_actions(doc)
    assert a.text == "Review the front door."
    assert [(l.name, l.kind) for l in a.leads] == [("Jo Bloggs", "person"), ("CCG", "organisation")]
    assert (a.date.start, a.date.end, a.date.status) == ("2018-06-01", "2019-02-28", "dated")
    assert a.rag == "amber" and a.status_update == "Started." and a.page == 3


def test_numbered_rows_refs_sections_and_continuation_rows():
    doc = _doc(_table([
        ["Number", "What we want to achieve", "Action", "Lead", "Timeframe"],
        ["1. PRACTICE", "", "", "", ""],
        ["First Response", "", "", "", ""],
        ["1.1 Ofsted Recommendation Number 3 and Recommendation 7", "Better assessments", "To revise the protocol.",
         "Amanda Andrews", "Jan 2019"],
        ["", "", "To train the staff.", "", ""],  # continuation row: same row, new bullet
        ["1.2 Outlined in DfE Direction ToR", "Better MASH", "To review the MASH.", "Errol Albert", "Complete"],
    ]))
    acts = extract_actions(doc)
    assert [(a.row, a.text) for a in acts] == [
        ("1.1", "To revise the protocol."), ("1.1", "To train the staff."), ("1.2", "To review the MASH.")]
    assert acts[1].refs == (3, 7) and acts[1].leads_raw == "Amanda Andrews" and acts[1].date.end == "2019-01-31"
    assert acts[2].other_refs == ("DfE Direction ToR",) and acts[2].date.status == "complete"
    assert {a.section for a in acts} == {"First Response"}
    assert acts[0].objective == "Better assessments"
    assert len({a.id for a in acts}) == 3


def test_prose_heading_between_tables_sets_the_section_and_headerless_table_continues():
    doc = _doc(
        _table([["Ref", "Action", "Lead", "Timeframe"], ["3.1", "To recruit.", "Rebecca Ellis", "Complete"]], 0),
        _para("4.0 PARTNERSHIPS", "heading"),
        _para("Internal - Business Support"),
        _table([["4.1", "To review business support.", "Mark Green / Clare Brown", "Apr 2019"]], 1),
    )
    acts = extract_actions(doc)
    assert [(a.row, a.section) for a in acts] == [("3.1", None), ("4.1", "Internal - Business Support")]
    assert acts[1].date.end == "2019-04-30"


def test_rows_split_by_a_converter_are_glued_back():
    doc = _doc(_table([
        ["Action", "By When?", "By Whom?"],
        ["Managers to undergo HR", "End", "In-house"],
        ["training related to capability", "December", "Training"],
        ["issues.", "2015", ""],
        ["Whistleblowing policy to be re-issued.", "Septembe r 2015", "Mac Heath (HoS, Children and Families)"],
    ]))
    a, b = extract_actions(doc)
    assert a.text == "Managers to undergo HR training related to capability issues."
    assert a.date_raw == "End December 2015" and a.date.end == "2015-12-31"
    assert a.leads_raw == "In-house Training"
    assert b.date.end == "2015-09-30" and b.leads[0].role == "HoS, Children and Families"


def test_nested_bullets_belong_to_their_parent():
    prov = Provenance(SRC, 1, 0, 1, 0)
    blocks = (
        Block("list_item", "To develop guidance, including:", prov, label="•", level=0),
        Block("list_item", "Case recording", prov, label="○", level=1),
        Block("list_item", "Supervision", prov, label="○", level=1),
        Block("list_item", "To launch it.", prov, label="•", level=0),
    )
    doc = _doc(_table([["Action", "Lead"], [Cell("x", blocks, prov), "Julie Davies"]]))
    assert [a.text for a in extract_actions(doc)] == [
        "To develop guidance, including: Case recording; Supervision", "To launch it."]


def test_html_list_without_item_markers_is_split_per_sentence_and_run_on_sub_lists():
    cell = ('<ul style="list-style-type: none"> To develop standards, including; <ul style="list-style-type: none"> '
            "Case recording standards Supervision standards To ensure that the standards are launched. ")
    assert bullets(html_items(cell)) == [
        "To develop standards, including; Case recording standards Supervision standards",
        "To ensure that the standards are launched."]
    two = '<ul> Review the team. As part of the above, identify resources. Review the offer. '
    assert len(bullets(html_items(two))) == 3


def test_paragraph_cells_are_not_split_into_sentences():
    items = cell_items((), "Undertake analysis of needs. Identify actions to address these.")
    assert bullets(items) == ["Undertake analysis of needs. Identify actions to address these."]


def test_sentence_split_respects_abbreviations():
    assert split_sentences("Attend job fayres e.g. COMPASS in London. Develop events.") == [
        "Attend job fayres e.g. COMPASS in London.", "Develop events."]


def test_workstream_references_and_garbled_objective():
    doc = _doc(
        _table([
            ["A: Improving Leadership", "and Partnerships"],
            ["Outcome", "Better outcomes for children."],
            ["Improvement Commitments", "West Berkshire will become good at safeguarding. West Berkshire will meet timescales."],
            ["Related Ofsted", "Ofsted 1: Implement the improvements."],
            ["Recommendations", "Ofsted 7: Conduct a test of assurance."],
        ], 0),
        _table([
            ["Improvement Commitment", "West Berk", "shire will beco", "me good at safeguarding."],
            ["Action", "By When?", "By Whom?", "RAG"],
            ["Undertake a strategic review.", "End May 2015", "Catherine Parry (Interim HoS)", ""],
        ], 1),
    )
    (a,) = extract_actions(doc)
    assert a.workstream_refs == (1, 7) and a.refs == ()
    assert a.objective == "West Berkshire will become good at safeguarding."
    assert a.section == "A: Improving Leadership and Partnerships"


def test_objective_cell_running_on_into_the_next_row_and_table():
    doc = _doc(
        _table([["Action", "By When?", "By Whom?"], ["Do one thing.", "Sept 2015", "Mac Heath (HoS)"]], 0),
        _table([["Improvement Commitment", "We will plan for permanency, so that"], ["", "prompt decisions are made"]], 1),
        _table([["Action", "By When?", "By Whom?"], ["Do another thing.", "Sept 2015", "Mac Heath (HoS)"]], 2),
    )
    a, b = extract_actions(doc)
    assert a.leads_raw == "Mac Heath (HoS)"
    assert b.objective == "We will plan for permanency, so that prompt decisions are made"


def test_recover_text_keeps_the_cell_when_nothing_fits():
    assert recover_text("completely different words here", ["West Berkshire will meet timescales."]) == \
        "completely different words here"


@pytest.mark.parametrize("doc", [
    _doc(_para("Just a letter with no tables at all.")),
    _doc(_table([["Name", "Score"], ["A", "1"]])),
])
def test_not_a_plan(doc):
    with pytest.raises(NotAPlan) as err:
        extract_actions(doc)
    assert "Action column" in err.value.message and SRC in err.value.message


# ---------------------------------------------------------------- real plans (../shared)

def _load(path):
    pytest.importorskip("extractor.ingest.text", reason="text ingest not available")
    from extractor.ingest import load_document

    return load_document(path)


def test_seed_000_against_gold(seed, shared):
    gold = json.loads((shared / "gold" / "bucks.json").read_text(encoding="utf-8"))["actions"]
    acts = list(extract_actions(_load(seed("000"))))
    matched = []
    free = list(range(len(acts)))
    for g in gold:
        best = max(free, key=lambda j: fuzz.ratio(normalise_text(g["text"]), normalise_text(acts[j].text)), default=None)
        if best is not None and fuzz.ratio(normalise_text(g["text"]), normalise_text(acts[best].text)) >= 90:
            matched.append((g, acts[best]))
            free.remove(best)
    assert len(matched) / len(gold) >= 0.98 and len(matched) / len(acts) >= 0.98
    leads = sum([(l["name"], l["kind"]) for l in g["leads"]] == [(l.name, l.kind) for l in a.leads] for g, a in matched)
    dates = sum((g["date"]["start"], g["date"]["end"], g["date"]["status"]) == (a.date.start, a.date.end, a.date.status)
                for g, a in matched)
    refs = sum(sorted(g["explicit_refs"]) == sorted(a.refs) and g["other_refs"] == list(a.other_refs) for g, a in matched)
    assert leads / len(matched) >= 0.95 and dates / len(matched) >= 0.95 and refs == len(matched)
    assert {a.row for a in acts} >= {"1.1", "2.8", "4.1"} and "2.7" not in {a.row for a in acts}


def test_seed_003_workstreams(seed):
    acts = extract_actions(_load(seed("003")))
    assert len(acts) >= 80
    assert all(a.workstream_refs for a in acts)
    by_section = {a.section[:2] for a in acts if a.section}
    assert by_section == {"A:", "B:", "C:", "D:", "E:"}
    assert not any(normalise_text(a.text) in {"action", "by when", "by whom"} for a in acts)
    perm = next(a for a in acts if a.text.startswith("Permanency Policy drafted"))
    assert perm.date == perm.date.__class__(None, "2015-09-30", "dated")  # "Septembe r 2015"
    first = acts[0]
    assert first.objective == "West Berkshire will become good at safeguarding. (Council Strategy, 2015-2019)"
    assert 1 in first.workstream_refs and first.leads[0].name == "Catherine Parry"


def test_unnumbered_row_with_its_own_lead_and_date_is_a_new_action_under_the_same_number():
    doc = _doc(_table([
        ["Ref", "Objective", "Action", "Lead", "Deadline"],
        ["1.1 Rec 4", "Plans are good", "Audit plans.", "Ann Lee", "Jan 2020"],
        ["", "", "Train staff.", "Bob Ray", "Mar 2020"],
    ]))
    a, b = extract_actions(doc)
    assert (b.row, b.refs, b.objective, b.leads_raw, b.date.end) == ("1.1", (4,), "Plans are good", "Bob Ray", "2020-03-31")


# ---------------------------------------------------------------- other formats through the real readers

def test_docx_plan_with_other_header_wording(tmp_path):
    docx = pytest.importorskip("docx")
    pytest.importorskip("extractor.ingest.docx", reason="DOCX ingest not available")
    from extractor.ingest import load_document

    d = docx.Document()
    d.add_paragraph("Improvement plan")
    t = d.add_table(rows=4, cols=6)
    for i, h in enumerate(["No.", "Outcome", "What we will do", "Responsible officer", "Target date", "Progress update"]):
        t.cell(0, i).text = h
    t.cell(1, 0).merge(t.cell(1, 5)).text = "Theme 1: Front door"
    t.cell(2, 0).text = "1.1 Ofsted recommendation 2"
    t.cell(2, 1).text = "Timely assessments"
    cell = t.cell(2, 2)
    cell.text = "Introduce a tracking meeting."
    cell.add_paragraph("Audit twenty assessments a month.", style="List Bullet")
    cell.paragraphs[0].style = d.styles["List Bullet"]
    t.cell(2, 3).text = "Amir Patel (Service Manager, Safeguarding) / CCG"
    t.cell(2, 4).text = "Q3 2019/20"
    t.cell(2, 5).text = "On track"
    t.cell(3, 0).text = "1.2"
    t.cell(3, 2).text = "Refresh the threshold document."
    t.cell(3, 3).text = "TMs and ATMs"
    t.cell(3, 4).text = "w/c 3 June 2019"
    path = tmp_path / "plan.docx"
    d.save(path)
    acts = extract_actions(load_document(path))
    assert [a.text for a in acts] == ["Introduce a tracking meeting.", "Audit twenty assessments a month.",
                                      "Refresh the threshold document."]
    assert acts[0].section == "Theme 1: Front door" and acts[0].refs == (2,) and acts[0].objective == "Timely assessments"
    assert [(l.name, l.kind, l.role) for l in acts[0].leads] == [
        ("Amir Patel", "person", "Service Manager, Safeguarding"), ("CCG", "organisation", None)]
    assert (acts[0].date.start, acts[0].date.end) == ("2019-10-01", "2019-12-31")
    assert acts[0].status_update == "On track"
    assert [l.kind for l in acts[2].leads] == ["role", "role"]
    assert (acts[2].date.start, acts[2].date.end) == ("2019-06-03", "2019-06-09")


def test_xlsx_plan_with_title_rows_and_date_cells(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    pytest.importorskip("extractor.ingest.xlsx", reason="XLSX ingest not available")
    import datetime as dt

    from extractor.ingest import load_document

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.append(["Children's services improvement plan"])
    ws.append([])
    ws.append(["Ref", "Key actions", "Owner", "Deadline", "RAG"])
    ws.append(["R3", "• Review the care plan template\n• Consult the Children in Care Council", "Priya Shah", dt.datetime(2020, 3, 31), "G"])
    ws.append(["R5", "Recruit foster carers.", "Fostering Team", "Ongoing", "Red"])
    path = tmp_path / "plan.xlsx"
    wb.save(path)
    acts = extract_actions(load_document(path))
    assert [a.text for a in acts] == ["Review the care plan template", "Consult the Children in Care Council",
                                      "Recruit foster carers."]
    assert acts[0].refs == (3,) and acts[0].date.end == "2020-03-31" and acts[0].rag == "green"
    assert acts[2].leads[0].kind == "team" and acts[2].date.status == "ongoing" and acts[2].rag == "red"


def test_number_inside_the_action_cell_and_status_words():
    doc = _doc(_table([
        ["Actions", "Owner", "Deadline", "Status"],
        ["2.3 Review the front door.", "Head of Service", "31/03/2020", "On track"],
        ["2.4 Audit plans.", "Head of Service", "2020/21", "A"],
    ]))
    a, b = extract_actions(doc)
    assert (a.row, a.text, a.rag, a.status_update, a.date.end) == ("2.3", "Review the front door.", None, "On track", "2020-03-31")
    assert (b.row, b.rag, b.date.start, b.date.end) == ("2.4", "amber", "2020-04-01", "2021-03-31")


def test_capitalised_row_with_its_own_date_is_not_glued_to_an_unfinished_row_above():
    doc = _doc(_table([
        ["Action", "By When?", "By Whom?"],
        ["Escalate these concerns via the Health and Wellbeing Board", "As required.", ""],
        ["Health and Wellbeing Board will hold a session.", "11 June 2015", ""],
        ["Team)", "st", ""],
    ]))
    a, b = extract_actions(doc)
    assert b.text == "Health and Wellbeing Board will hold a session. Team)" and b.date.end == "2015-06-11"


def test_recommendation_cited_in_the_heading_above_a_table():
    doc = _doc(
        _para("Ofsted Recommendation 3: Improve the quality of assessments", "heading"),
        _table([["Action", "Lead", "Timescale"], ["Audit assessments.", "Head of Service", "Q1 2020"]]),
    )
    (a,) = extract_actions(doc)
    assert a.refs == (3,) and a.section.startswith("Ofsted Recommendation 3")
    assert (a.date.start, a.date.end) == ("2020-01-01", "2020-03-31")


def test_cli_actions_json(capsys):
    from pathlib import Path

    from extractor.cli import main

    sample = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "improvement-plan.xlsx"
    if not sample.exists():
        pytest.skip("corpus/samples not generated")
    assert main(["actions", str(sample), "--json", "-q"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["error"] is None and len(out["actions"]) == 15
    first = out["actions"][0]
    assert set(first) >= {"id", "row", "section", "objective", "text", "refs", "leads_raw", "leads", "date_raw",
                          "date", "rag", "status_update", "page"}
    assert first["leads"] == [{"name": "Jo Bloggs", "kind": "person", "role": "Head of Service"}]
    assert first["date"] == {"start": None, "end": "2027-01-31", "status": "dated"}


def test_html_plan_through_the_reader(tmp_path):
    pytest.importorskip("extractor.ingest.html", reason="HTML ingest not available")
    from extractor.ingest import load_document

    path = tmp_path / "plan.html"
    path.write_text(
        "<html><body><h1>Improvement plan</h1><table>"
        "<tr><th>Ref</th><th>Actions</th><th>Lead officer</th><th>Completion date</th></tr>"
        "<tr><td colspan=4>Theme 2: Children in care</td></tr>"
        "<tr><td>2.1 (Rec 4)</td><td><ul><li>Refresh the care plan template<ul><li>with children</li>"
        "<li>with carers</li></ul></li><li>Audit every plan.</li></ul></td>"
        "<td>Yvette Thomas / Julie Davies</td><td>End June 2015</td></tr></table></body></html>",
        encoding="utf-8")
    acts = extract_actions(load_document(path))
    assert [a.text for a in acts] == ["Refresh the care plan template with children; with carers", "Audit every plan."]
    assert all(a.refs == (4,) and a.row == "2.1" and a.section == "Theme 2: Children in care" for a in acts)
    assert acts[0].date.end == "2015-06-30" and [l.name for l in acts[0].leads] == ["Yvette Thomas", "Julie Davies"]


def test_a_sentence_naming_action_and_when_is_not_a_header():
    # Regression (seed 003, workstream B): a garbled "Improvement Commitment" row whose cell read
    # "...vice, and legal action, promptly when the situation" was taken for the table's header,
    # and the real header and all five actions below it were lost.
    doc = _doc(_table([
        ["Action", "By When?", "By Whom?", "RAG"],
        ["Audit plans.", "Jan 2020", "Ann Lee", ""],
    ], index=0), _table([
        ["Improvement Commitment", "We will requires", "vice, and legal action, promptly when the situation",
         "vice, and legal action, promptly when the situation"],
        ["Action", "By When?", "By Whom?", "RAG"],
        ["Seek legal advice.", "With immediate effect.", "TMs and ATMs", ""],
        ["Review the procedures.", "End August 2015", "Sue Ali (SM, Localities)", ""],
    ], index=1))
    assert find_header(doc.blocks[1].table).start == 1
    assert [a.text for a in extract_actions(doc)] == ["Audit plans.", "Seek legal advice.", "Review the procedures."]


def test_status_note_in_the_lead_column_goes_to_the_update():
    # Regression (seed 003, workstream E): "Further escalation needed." was read as a lead.
    doc = _doc(_table([
        ["Action", "By When?", "By Whom?", "Cost"],
        ["Escalate to health partners.", "As required.", "Further escalation needed.", "No additional cost"],
    ]))
    (a,) = extract_actions(doc)
    assert a.leads == () and a.leads_raw == "" and a.status_update == "Further escalation needed."


def test_fragments_of_a_narrower_continuation_table_go_to_the_lead_they_continue():
    # Regression (seed 003, workstream D): the converter dropped the empty RAG column of the
    # continuation table, so the lead's tail "Manager, QA Board" sat under "By When?".
    doc = _doc(_table([
        ["Action", "By When?", "By Whom?", "RAG", "Status Update"],
        ["The QA Board will develop and implement a method of", "October 2015", "CAR Service", "", ""],
    ], index=0), _table([
        ["assuring itself about the", "Manager,", ""],
        ["effectiveness of Core Groups.", "QA Board", ""],
    ], index=1))
    (a,) = extract_actions(doc)
    assert a.text == "The QA Board will develop and implement a method of assuring itself about the effectiveness of Core Groups."
    assert a.date_raw == "October 2015" and a.leads_raw == "CAR Service Manager, QA Board"


@pytest.mark.parametrize("ref_header", ["Ofsted ref", "Link to recommendation", "Ofsted recommendation", "Rec no."])
def test_a_recommendation_column_beside_the_row_number(ref_header):
    # Before: "Ofsted ref" was a second "number" column, so a bare "3" there cited nothing.
    doc = _doc(_table([
        ["No.", ref_header, "Key tasks", "Responsible officer", "By when"],
        ["1.1", "3", "Audit plans.", "Ann Lee", "Jan 2026"],
        ["1.2", "R1, R4", "Train staff.", "Bob Ray", "Mar 2026"],
        ["1.3", "", "Recruit carers.", "Fostering Team", "Q3 2025/26"],
    ]))
    acts = extract_actions(doc)
    assert [(a.row, a.refs) for a in acts] == [("1.1", (3,)), ("1.2", (1, 4)), ("1.3", ())]


# ---------------------------------------------------------------- fictional layout variants (scripts/make_variant_plans.py)

_ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]
_VARIANTS = [(g, p) for g in sorted((_ROOT / "corpus" / "gold" / "plans").glob("variant-*.json"))
             for p in json.loads(g.read_text(encoding="utf-8"))["plans"]]


@pytest.mark.parametrize("gold_path, plan", _VARIANTS, ids=[p for _, p in _VARIANTS])
def test_layout_variants_against_their_gold(gold_path, plan):
    """Each variant plan, in each format, gives exactly its gold actions, leads, dates, refs and RAG."""
    from extractor.ingest import load_document

    gold = json.loads(gold_path.read_text(encoding="utf-8"))["actions"]
    acts = extract_actions(load_document(_ROOT / plan))
    assert [normalise_text(a.text) for a in acts] == [normalise_text(g["text"]) for g in gold]
    for g, a in zip(gold, acts):
        assert [(l.name, l.kind, l.role) for l in a.leads] == [(l["name"], l["kind"], l["role"]) for l in g["leads"]], a.text
        assert (a.date.start, a.date.end, a.date.status) == (g["date"]["start"], g["date"]["end"], g["date"]["status"]), a.text
        assert list(a.refs) == g["explicit_refs"], a.text
        if "rag" in g:
            assert a.rag == g["rag"], a.text
        if "section" in g:
            assert a.section == g["section"], a.text


def test_variant_gold_is_what_the_generator_writes():
    # the committed gold comes from the generator's own data (it never runs the extractor)
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("make_variant_plans", _ROOT / "scripts" / "make_variant_plans.py")
    gen = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, gen)  # dataclasses look their module up while the class is built
    spec.loader.exec_module(gen)
    assert len(_VARIANTS) == len(gen.VARIANTS) * len(gen.FORMATS)
    for v in gen.VARIANTS:
        committed = json.loads((_ROOT / "corpus" / "gold" / "plans" / f"variant-{v.name}.json").read_text(encoding="utf-8"))
        assert gen.gold(v, committed["plans"]) == committed


@pytest.mark.parametrize("raw, lead, date", [
    ("Jane Smith (Principal Social Worker) – by end of March 2026", "Jane Smith (Principal Social Worker)", "by end of March 2026"),
    ("Head of Service (Children in Care), Dec 2025", "Head of Service (Children in Care)", "Dec 2025"),
    ("Fostering Team: ongoing", "Fostering Team", "ongoing"),
    ("Q4 2025/26 - Service Manager, MASH", "Service Manager, MASH", "Q4 2025/26"),
    ("Jane Smith<br>March 2026", "Jane Smith", "March 2026"),
    ("May Brown – June 2026", "May Brown", "June 2026"),  # "May" the name is no month here
    ("Richard Nash / CCG", "Richard Nash / CCG", ""),
    ("Sandie Dopson (SM, Family Placement Team)", "Sandie Dopson (SM, Family Placement Team)", ""),
])
def test_split_lead_date(raw, lead, date):
    from extractor.extract.plan_tables import split_lead_date

    assert split_lead_date(raw) == (lead, date)


def test_lead_cell_carrying_its_date_when_the_table_has_no_date_column():
    doc = _doc(_table([
        ["Action", "Lead", "Progress"],
        ["Audit plans.", "Ann Lee (PSW) – Q3 2025/26", "Started."],
    ]))
    (a,) = extract_actions(doc)
    assert a.leads_raw == "Ann Lee (PSW)" and (a.date.start, a.date.end) == ("2025-10-01", "2025-12-31")


def test_spanning_section_row_over_the_action_column_with_a_status_column():
    # Regression: a merged "Recommendation 1: ..." row copied into the Status column was read as an action.
    merged = "Recommendation 1: Timeliness of assessments"
    doc = _doc(_table([
        ["Action", "By when", "Lead", "Status"],
        [Cell(merged, (), None, merged=False), Cell(merged, (), None, merged=True), Cell(merged, (), None, merged=True),
         Cell(merged, (), None, merged=True)],
        ["Set up a daily huddle.", "w/c 3 March 2025", "J. Smith (HoS)", "Complete"],
    ]))
    (a,) = extract_actions(doc)
    assert a.section == merged and a.refs == (1,) and a.status_update == "Complete"


def test_header_wordings_are_plain_words():
    """role_scores finds a wording inside a longer header as whole words by a substring test on
    space-padded text; that equals the regex \\bwording\\b only for lower-case words joined by
    single spaces, which norm_label makes of every header: every wording must be that too."""
    import re

    from extractor.extract.plan_tables import SYNONYMS, norm_label, role_scores

    for words in SYNONYMS.values():
        for w in words:
            assert re.fullmatch(r"[a-z0-9]+( [a-z0-9]+)*", w) and norm_label(w) == w, w
    # a wording inside a longer header counts; the same letters inside another word do not
    assert role_scores("Lead Officer(s) responsible")["lead"] >= 86
    assert role_scores("Misleading")["lead"] < 82


# ---- a data row holding role words is not a header (corpus/coverage/a/carrowmouth.html, row 27)

def test_a_data_row_holding_role_words_is_not_taken_for_a_header():
    # Regression (carrowmouth.html row 27): the row's "Area" cell "Workforce and other actions" and its
    # lead "Participation Lead" matched the action and lead wordings, so the row was read as the header
    # repeated on a new page and dropped. Its action column holds an action, not the "Action" label.
    header = ["No.", "Area", "What we will do", "Who is responsible", "When", "Progress"]
    doc = _doc(_table([
        header,
        ["1", "Workforce and other actions", "Recruit twelve social workers.", "Head of Workforce", "Q2 2024/25", "Complete"],
        ["2", "Workforce and other actions", "Hold the celebration event for children in care.", "Participation Lead",
         "November 2024", "On track"],
        header,  # the header repeated on a new page is still no action
        ["3", "Workforce and other actions", "Publish the staff survey results.", "HR Business Partner", "TBC",
         "Update due"],  # "actions" + "update": once taken for the first line of a header split over two rows
        ["4", "Workforce and other actions", "Report placement spend every month.", "Finance Business Partner",
         "Monthly", "On track"],
    ]))
    acts = extract_actions(doc)
    assert [a.row for a in acts] == ["1", "2", "3", "4"]
    two = acts[1]
    assert two.text == "Hold the celebration event for children in care."
    assert [l.name for l in two.leads] == ["Participation Lead"] and two.date.end == "2024-11-30"


def test_carrowmouth_reads_every_row():
    from extractor.ingest import load_document

    acts = extract_actions(load_document(_ROOT / "corpus" / "coverage" / "a" / "carrowmouth.html"))
    assert [a.row for a in acts] == [str(n) for n in range(1, 29)]
    (a,) = [a for a in acts if a.row == "27"]
    assert a.text.startswith("Hold the ‘Proud of You’ celebration event") and a.leads_raw == "Participation Lead"
    assert a.date_raw == "November 2024"


# ---- actions listed in prose beside the tables (corpus/coverage/a/calverlow.md, priority 7)

def test_labelled_list_items_beside_action_tables_are_read_in_reading_order():
    # Regression (calverlow.md): a plan whose last priority is a list of "7.1 Action. — Lead: ... — By: ..."
    # items lost them because labelled paragraphs were read only when the plan had no action table,
    # and only with the labels on lines of their own.
    head = ["Ref", "Action", "Lead", "By when"]
    doc = _doc(
        _para("Improvement plan", "heading"),
        _para("Response to the inspection of children's services."),
        _para("Owner: Director of Children's Services"),  # front matter, no action
        _para("Priority 1: Front door", "heading"),
        _table([head, ["1.1", "Agree a strategy discussion standard.", "Head of Service", "May 2022"]], index=0),
        _para("Priority 2: Workforce", "heading"),
        _para("2.1 Hold the staff awards. — Lead: Director of Children's Services — By: December 2022", "list_item"),
        _para("2.2 Start an apprenticeship cohort of six. – Lead: Workforce Development Manager; Deadline: Q4 2022/23",
              "list_item"),
        _para("Priority 3: Planning", "heading"),
        _table([head, ["3.1", "Audit every pathway plan.", "Principal Social Worker", "Quarterly"]], index=1),
    )
    acts = extract_actions(doc)
    assert [(a.row, a.section, a.text) for a in acts] == [
        ("1.1", "Priority 1: Front door", "Agree a strategy discussion standard."),
        ("2.1", "Priority 2: Workforce", "Hold the staff awards."),
        ("2.2", "Priority 2: Workforce", "Start an apprenticeship cohort of six."),
        ("3.1", "Priority 3: Planning", "Audit every pathway plan."),
    ]
    assert [a.leads_raw for a in acts[1:3]] == ["Director of Children's Services", "Workforce Development Manager"]
    assert [(a.date_raw, a.date.end) for a in acts[1:3]] == [("December 2022", "2022-12-31"), ("Q4 2022/23", "2023-03-31")]


def test_inline_labels_in_a_plan_without_tables():
    doc = _doc(_para("Recommendation 2", "heading"),
               _para("Audit ten supervision records a month. — Lead: IRO Manager — By: March 2026", "list_item"),
               _para("Train every team manager. | Owner: All Team Managers", "list_item"),
               _para("By: Rolling"))  # a label on a line of its own still completes the item above
    acts = extract_actions(doc)
    assert [(a.text, a.refs, a.leads_raw, a.date_raw) for a in acts] == [
        ("Audit ten supervision records a month.", (2,), "IRO Manager", "March 2026"),
        ("Train every team manager.", (2,), "All Team Managers", "Rolling")]


def test_one_labelled_paragraph_beside_action_tables_is_front_matter():
    doc = _doc(_para("Response to the inspection."), _para("Owner: Director of Children's Services"),
               _para("By: 30 June 2022"),
               _table([["Action", "Lead"], ["Audit plans.", "Ann Lee"]]))
    assert [a.text for a in extract_actions(doc)] == ["Audit plans."]


def test_markdown_plan_mixing_pipe_tables_and_a_labelled_list(tmp_path):
    from extractor.ingest import load_document

    path = tmp_path / "plan.md"
    path.write_text(
        "# Plan\n\n**Owner:** Director of Children's Services\n\n## Priority 1: Front door\n\n"
        "| Ref | Action | Lead | By when |\n|---|---|---|---|\n"
        "| 1.1 | Agree a strategy discussion standard. | Head of Service | May 2022 |\n\n"
        "## Priority 2: Workforce\n\n"
        "- **2.1** Hold the staff awards. — *Lead:* Director of Children's Services — *By:* December 2022\n"
        "- **2.2** Start an apprenticeship cohort. — _Lead:_ Workforce Development Manager — _By:_ TBC\n",
        encoding="utf-8")
    acts = extract_actions(load_document(path))
    assert [(a.row, a.section, a.text, a.leads_raw, a.date_raw) for a in acts] == [
        ("1.1", "Priority 1: Front door", "Agree a strategy discussion standard.", "Head of Service", "May 2022"),
        ("2.1", "Priority 2: Workforce", "Hold the staff awards.", "Director of Children's Services", "December 2022"),
        ("2.2", "Priority 2: Workforce", "Start an apprenticeship cohort.", "Workforce Development Manager", "TBC"),
    ]


def test_calverlow_reads_its_tables_and_its_list():
    from extractor.ingest import load_document

    acts = extract_actions(load_document(_ROOT / "corpus" / "coverage" / "a" / "calverlow.md"))
    assert len(acts) == 35
    listed = [a for a in acts if a.section == "Priority 7: Workforce and business support"]
    assert [a.row for a in listed] == ["7.1", "7.2", "7.3", "7.4", "7.5"]
    assert listed[0].text == "Calverlow Children's Services Staff Awards."
    assert [a.leads_raw for a in listed] == [
        "Director of Children's Services", "Workforce Development Manager", "Finance Business Partner",
        "Communications Officer", "Designated Nurse for Children in Care (ICB)"]
    assert [a.date_raw for a in listed] == ["December 2022", "September 2022", "Monthly", "TBC", "Q4 2022/23"]


@pytest.mark.parametrize("text, action, values", [
    ("Hold the awards. — Lead: DCS — By: May 2022", "Hold the awards.", {"lead": "DCS", "date": "May 2022"}),
    ("Review the front door - including MASH – Owner: Head of Service; DI, Public Protection | Deadline: Q3",
     "Review the front door - including MASH", {"lead": "Head of Service; DI, Public Protection", "date": "Q3"}),
    ("Train staff — by March 2023", "Train staff — by March 2023", {}),  # no colon: words of the action
    ("Status: draft", "Status: draft", {}),  # a label line of its own is read by _labelled, not here
])
def test_inline_labels(text, action, values):
    from extractor.extract.plan_tables import inline_labels

    assert inline_labels(text) == (action, values)
