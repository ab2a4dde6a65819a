"""Rules added after the second held-out set (scripts/make_layout_plans_2.py) was first measured:
"w/c dd/mm/yyyy", "Feb/Mar 2026", "Rolling", Excel serial numbers in a date column, a two-row header
whose second row subdivides a spanning cell, one lead per line of a cell, "Head of X" always a post,
a title before a person's name, markdown's escaped pipe, hidden spreadsheet columns, a plan with no table (paragraphs with "Lead:" / "By:" lines). Small hand-built
inputs, then the held-out plans themselves."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.document import Block, Cell, Document, Provenance, Row, Table
from extractor.errors import NotAPlan
from extractor.extract.actions import extract_actions
from extractor.extract.dates import normalise_date
from extractor.extract.leads import classify_lead, parse_lead_lines, parse_leads
from extractor.extract.plan_tables import find_header
from extractor.ingest import load_document

ROOT = Path(__file__).resolve().parents[2]
SRC = "plan.html"


def _table(rows: list[list[str]]) -> Table:
    built = []
    for r, row in enumerate(rows):
        cells = tuple(Cell(t, (), Provenance(SRC, 1, 0, r, i)) for i, t in enumerate(row))
        built.append(Row(cells, 1))
    return Table(0, tuple(built), 1)


# ---- dates


@pytest.mark.parametrize("text,want", [
    ("w/c 12/01/2026", ("2026-01-12", "2026-01-18", "dated")),  # the week, Monday to Sunday
    ("w/c 3 March 2025", ("2025-03-03", "2025-03-09", "dated")),
    ("12/01/2026", (None, "2026-01-12", "dated")),
    ("Feb/Mar 2026", ("2026-02-01", "2026-03-31", "dated")),
    ("Jan 2026 / Mar 2026", ("2026-01-01", "2026-03-31", "dated")),
    ("Rolling", (None, None, "ongoing")),
    ("Rolling programme", (None, None, "ongoing")),
    ("46112", (None, "2026-03-31", "dated")),  # Excel serial number of 31 March 2026
    ("46080.0", (None, "2026-02-27", "dated")),
    ("36525", (None, None, "unknown")),  # before 2000: not read as a serial
    ("100000", (None, None, "unknown")),
    ("6 months", (None, None, "unknown")),  # no anchor: never a guessed date
    ("Not started", (None, None, "unknown")),
    ("Achieved", (None, None, "complete")),
])
def test_new_date_wordings(text, want):
    d = normalise_date(text)
    assert (d.start, d.end, d.status) == want


# ---- headers


def test_two_row_header_subdividing_a_spanning_cell():
    t = _table([
        ["Ref", "Actions", "Lead officer(s)", "Timescale", "Timescale", "RAG"],
        ["Ref", "Actions", "Lead officer(s)", "Start", "Target", "RAG"],
        ["1.1", "Do the thing.", "IRO Manager", "Sept 2025", "Autumn 2025", "Green"],
    ])
    h = find_header(t)
    assert h is not None and (h.start, h.n_rows) == (0, 2)
    assert h.col("start") == 3 and h.col("date") == 4


def test_second_row_of_data_is_not_a_sub_header():
    t = _table([
        ["Ref", "Actions", "Lead", "Timescale", "RAG"],
        ["1.1", "Do the thing.", "IRO Manager", "Autumn 2025", "Green"],
    ])
    h = find_header(t)
    assert (h.start, h.n_rows) == (0, 1)


# ---- leads


def test_one_lead_per_line():
    assert [(x.name, x.kind) for x in parse_lead_lines(["Head of Commissioning", "Integrated Care Board (ICB)"])] == \
        [("Head of Commissioning", "role"), ("Integrated Care Board (ICB)", "organisation")]
    assert [(x.name, x.kind) for x in parse_lead_lines(["Strategic Director (People)", "IRO Manager"])] == \
        [("Strategic Director (People)", "role"), ("IRO Manager", "role")]


@pytest.mark.parametrize("lines", [["Head of Service,", "Children in Care"], ["Principal Social", "Worker"],
                                   ["Head of Service (Children", "in Care)"]])
def test_wrapped_lead_is_not_split_at_its_line_break(lines):
    assert parse_lead_lines(lines) == parse_leads(" ".join(lines))  # read as one text, as before


@pytest.mark.parametrize("text,kind", [
    ("Head of Education Inclusion", "role"), ("Virtual School Headteacher", "role"), ("HoS Safeguarding & QA", "role"),
    ("Children’s Services Leadership Team (CSLT)", "team"), ("All Team Managers", "role"),
    ("Performance & Intelligence Team", "team"),
])
def test_lead_kinds(text, kind):
    assert classify_lead(text).kind == kind


def test_title_before_a_person_with_a_post():
    assert [(x.name, x.kind, x.role) for x in parse_leads("Dr. Anika Rowe, Designated Doctor")] == \
        [("Dr. Anika Rowe", "person", "Designated Doctor")]


# ---- ingest


def test_escaped_pipe_in_a_markdown_cell(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text("| Action | Lead | Deadline |\n|---|---|---|\n| Train carers \\| refresh yearly. | IRO Manager | Mar 2026 |\n",
                 encoding="utf-8")
    acts = extract_actions(load_document(p))
    assert [a.text for a in acts] == ["Train carers | refresh yearly."]
    assert acts[0].date.end == "2026-03-31"


def test_html_two_row_header_and_br_leads(tmp_path):
    p = tmp_path / "plan.html"
    p.write_text("<html><body><table><thead><tr><th rowspan=2>Action</th><th rowspan=2>Lead</th>"
                 "<th colspan=2>Timescale</th></tr><tr><th>Start</th><th>Target</th></tr></thead><tbody>"
                 "<tr><td>Audit contacts monthly.</td><td>Head of Commissioning<br>Integrated Care Board (ICB)</td>"
                 "<td>Jan 2026</td><td>Feb/Mar 2026</td></tr></tbody></table></body></html>", encoding="utf-8")
    (a,) = extract_actions(load_document(p))
    assert [x.name for x in a.leads] == ["Head of Commissioning", "Integrated Care Board (ICB)"]
    assert (a.date.start, a.date.end) == ("2026-01-01", "2026-03-31")


def test_hidden_spreadsheet_columns_are_ignored(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Action", "Lead", "Original deadline", "Deadline"])
    ws.append(["Audit contacts monthly.", "IRO Manager", "Jan 2025", 46112])
    ws.column_dimensions["C"].hidden = True
    p = tmp_path / "plan.xlsx"
    wb.save(p)
    doc = load_document(p)
    assert any("hidden column" in w for w in doc.warnings)
    (a,) = extract_actions(doc)
    assert a.date.end == "2026-03-31"


def _para_doc(*items: tuple[str, str]) -> Document:
    blocks = tuple(Block(kind, text, Provenance("plan.docx", 1), label="1." if kind == "list_item" else None)
                   for kind, text in items)
    return Document("plan.docx", "docx", blocks)


def test_paragraph_plan_with_lead_and_by_lines():
    doc = _para_doc(("heading", "Improvement plan"), ("paragraph", "We will do the following."),
                    ("heading", "Recommendation 2"), ("paragraph", "The quality of supervision."),
                    ("list_item", "Audit ten supervision records a month."), ("paragraph", "Lead: IRO Manager"),
                    ("paragraph", "By: w/c 12/01/2026"),
                    ("list_item", "Train every team manager."), ("paragraph", "Lead officer – All Team Managers"),
                    ("paragraph", "Deadline: Rolling"))
    acts = extract_actions(doc)
    assert [(a.text, a.refs, a.section) for a in acts] == [
        ("Audit ten supervision records a month.", (2,), "Recommendation 2"),
        ("Train every team manager.", (2,), "Recommendation 2")]
    assert [[x.name for x in a.leads] for a in acts] == [["IRO Manager"], ["All Team Managers"]]
    assert [a.date.status for a in acts] == ["dated", "ongoing"]


def test_one_stray_lead_line_is_no_plan():
    doc = _para_doc(("heading", "Inspection findings"), ("paragraph", "Leaders know their services well."),
                    ("paragraph", "Lead: the director of children's services"), ("paragraph", "Nothing else."))
    with pytest.raises(NotAPlan, match="no table with an Action column"):
        extract_actions(doc)


def test_report_is_still_not_a_plan():
    with pytest.raises(NotAPlan):
        extract_actions(load_document(ROOT / "corpus" / "samples" / "inspection-report.pdf"))


# ---- the second held-out set itself

HELDOUT2 = sorted((ROOT / "corpus" / "gold" / "heldout2").glob("*.json"))


@pytest.mark.parametrize("gold_path", HELDOUT2, ids=[p.stem for p in HELDOUT2])
def test_heldout2_plan(gold_path):
    from rapidfuzz import fuzz

    from extractor.items import normalise_text

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    plan = ROOT / gold["plan"]
    acts = list(extract_actions(load_document(plan)))
    assert len(acts) == len(gold["actions"])
    for g in gold["actions"]:
        best = max(acts, key=lambda a: fuzz.ratio(normalise_text(a.text), normalise_text(g["text"])))
        assert fuzz.ratio(normalise_text(best.text), normalise_text(g["text"])) >= 90, g["text"]
        assert [(x.name, x.kind, x.role) for x in best.leads] == \
            [(x["name"], x["kind"], x["role"]) for x in g["leads"]], g["text"]
        assert (best.date.start, best.date.end, best.date.status) == \
            (g["date"]["start"], g["date"]["end"], g["date"]["status"]), g["text"]
        assert sorted(best.refs) == sorted(g["explicit_refs"]), g["text"]
        for key in ("section", "objective", "rag"):
            if key in g:
                assert (getattr(best, key) or None) == g[key], (key, g["text"])
