"""Reading rules added after first contact with the coverage plans of set "a" (corpus/coverage/a/,
gold in corpus/gold/coverage/a/): a long lead cell that lists posts, a theme / area / priority
column that groups the rows into sections, date lines that are no section, and labelled objective
lines ("Objective: ...", "What we want to achieve: ..."). Small hand-built inputs first, then the
five plans against their gold."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from extractor.document import Block, Cell, Document, Provenance, Row, Table
from extractor.extract.actions import extract_actions
from extractor.ingest import load_document
from extractor.items import normalise_text

ROOT = Path(__file__).resolve().parents[2]
SRC = "plan.html"


def _cell(value: str | list[str], r: int, i: int) -> Cell:
    prov = Provenance(SRC, 1, 0, r, i)
    if isinstance(value, list):  # a cell printed on several lines (<br>, paragraphs)
        return Cell("\n".join(value), tuple(Block("paragraph", v, prov) for v in value), prov)
    return Cell(value, (), prov)


def _table(rows: list[list[str | list[str]]]) -> Block:
    built = tuple(Row(tuple(_cell(v, r, i) for i, v in enumerate(row)), 1) for r, row in enumerate(rows))
    return Block("table", "", Provenance(SRC, 1, 0), table=Table(0, built, 1))


def _para(text: str, type_: str = "paragraph") -> Block:
    return Block(type_, text, Provenance(SRC, 1))


def _doc(*blocks: Block) -> Document:
    return Document(SRC, "html", tuple(blocks))


# ---- a lead cell listing posts is a lead however long (carrowmouth.html rows 2 and 10, lindenmoor.docx 4.2)

def test_a_long_lead_cell_listing_posts_is_a_lead_and_prose_is_not():
    doc = _doc(_table([
        ["No.", "What we will do", "Who is responsible", "When", "Progress"],
        ["1", "Agree a joint housing protocol.", "Head of Housing Options / Head of Service, Care Experienced Young People",
         "September 2024", "On track"],
        ["2", "Open two children's homes.", "Head of Commissioning and Sufficiency; Head of Housing Options and Head of Finance",
         "January 2025", ""],
        ["3", "Review every child placed out of area.",
         ["Head of Service, Children in Care", "Service Manager, Child Protection Chairs"], "March 2025", ""],
        ["3a", "Review every child placed in unregistered homes.",
         "Head of Service, Children in Care<br/>Service Manager, Child Protection Chairs", "March 2025", ""],
        # prose in the lead column stays a progress note, however it is punctuated
        ["4", "Report spend every month.",
         "All performance data is now reviewed at a monthly performance board and weekly team meetings", "Monthly", ""],
        ["5", "Refresh the protocol.", "Agreed at SMT / Board in March; implementation now under way across all teams",
         "June 2024", ""],
    ]))
    acts = extract_actions(doc)
    assert [a.leads_raw for a in acts] == [
        "Head of Housing Options / Head of Service, Care Experienced Young People",
        "Head of Commissioning and Sufficiency; Head of Housing Options and Head of Finance",
        "Head of Service, Children in Care Service Manager, Child Protection Chairs",
        "Head of Service, Children in Care Service Manager, Child Protection Chairs",
        "", ""]
    assert acts[0].status_update == "On track"
    assert all(a.leads for a in acts[:4])  # how the posts are split is parse_leads' business (test_leads.py)
    assert acts[4].status_update.startswith("All performance data") and acts[5].status_update.startswith("Agreed at SMT")


# ---- a theme / area / priority column whose values repeat over rows is the section

_AREA_ROWS = [
    ["1", "Working together", "Set up a partnership delivery group.", "Director of Children's Services", "May 2024"],
    ["2", "Working together", "Agree a joint housing protocol.", "Head of Housing Options", "September 2024"],
    ["3", "Homes for children", "Open two children's homes.", "Head of Commissioning", "September 2025"],
    ["4", "Homes for children", "Join the regional fostering hub.", "Fostering Service Manager", "Q3 2024/25"],
]


@pytest.mark.parametrize("label", ["Area", "Theme", "Priority", "Workstream", "Priority area"])
def test_a_grouping_column_is_the_section(label):
    doc = _doc(_para("Children's Services Improvement Plan", "heading"), _para("Last updated: 4 July 2024"),
               _table([["No.", label, "What we will do", "Who is responsible", "When"]] + _AREA_ROWS))
    acts = extract_actions(doc)
    assert [(a.row, a.section, a.objective) for a in acts] == [
        ("1", "Working together", None), ("2", "Working together", None),
        ("3", "Homes for children", None), ("4", "Homes for children", None)]
    assert [a.leads_raw for a in acts] == [r[3] for r in _AREA_ROWS]


def test_a_grouping_column_filled_only_at_the_start_of_each_group():
    # Markdown and PDF tables print a merged cell once, in its first row.
    rows = [list(r) for r in _AREA_ROWS]
    rows[1][1] = rows[3][1] = ""
    acts = extract_actions(_doc(_table([["No.", "Theme", "What we will do", "Who is responsible", "When"]] + rows)))
    assert [a.section for a in acts] == ["Working together", "Working together", "Homes for children", "Homes for children"]


def test_a_grouping_column_of_a_one_row_table_is_the_section():
    acts = extract_actions(_doc(_table([["No.", "Theme", "What we will do", "Who is responsible", "When"], _AREA_ROWS[0]])))
    assert [(a.section, a.objective) for a in acts] == [("Working together", None)]


def test_an_objective_column_repeating_over_rows_stays_the_objective():
    acts = extract_actions(_doc(_para("Priority 1: Partnerships", "heading"),
                                _table([["No.", "Outcome", "What we will do", "Who is responsible", "When"]] + _AREA_ROWS)))
    assert {a.section for a in acts} == {"Priority 1: Partnerships"}
    assert [a.objective for a in acts] == ["Working together", "Working together", "Homes for children", "Homes for children"]


def test_a_priority_column_that_changes_every_row_is_the_objective():
    rows = [list(r) for r in _AREA_ROWS]
    for k, r in enumerate(rows):
        r[1] = f"Improve practice in area {k + 1}"
    acts = extract_actions(_doc(_para("Priority 1: Partnerships", "heading"),
                                _table([["No.", "Priority", "What we will do", "Who is responsible", "When"]] + rows)))
    assert {a.section for a in acts} == {"Priority 1: Partnerships"}
    assert [a.objective for a in acts] == [r[1] for r in rows]


def test_a_priority_column_of_ratings_is_neither_section_nor_objective():
    rows = [list(r) for r in _AREA_ROWS]
    for r, rating in zip(rows, ("High", "High", "Medium", "Low")):
        r[1] = rating
    acts = extract_actions(_doc(_para("Priority 1: Partnerships", "heading"),
                                _table([["No.", "Priority", "What we will do", "Who is responsible", "When"]] + rows)))
    assert [(a.section, a.objective) for a in acts] == [("Priority 1: Partnerships", None)] * 4


@pytest.mark.parametrize("line", ["Last updated: 4 July 2024", "Version 1.3 – 19 January 2018", "Updated 12/03/2025",
                                  "Date: March 2024", "Revised 2 May 2022"])
def test_a_date_line_is_never_a_section(line):
    doc = _doc(_para("Children's Services Improvement Plan", "heading"), _para(line),
               _table([["No.", "What we will do", "Who is responsible", "When"]] + [[r[0]] + r[2:] for r in _AREA_ROWS]))
    assert {a.section for a in extract_actions(doc)} == {"Children's Services Improvement Plan"}


def test_a_theme_column_in_a_spreadsheet_tracker(tmp_path):
    # westerhay.xlsx: one sheet, no title rows and no merged cells; the Theme column groups the rows.
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Theme", "Action", "Owner", "Target date", "Status", "Progress update"])
    ws.append(["Care leavers – accommodation", "Review every care leaver not in settled accommodation.",
               "Head of Service, Care Leavers", "Immediate", "Complete", "142 young people reviewed."])
    ws.append(["Care leavers – accommodation", "Agree a joint housing protocol with the district councils.",
               "Head of Commissioning / District Housing Leads", "30/09/2020", "On track", ""])
    ws.append(["Permanence", "Track every child's permanence plan monthly.", "Head of Service, Children in Care",
               "June 2020", "On track", ""])
    ws.append(["Permanence", "Train IROs in permanence planning.", "IRO Service Manager", "May 2020", "Complete", ""])
    path = tmp_path / "tracker.xlsx"
    wb.save(path)
    acts = extract_actions(load_document(path))
    assert [(a.section, a.objective) for a in acts] == [
        ("Care leavers – accommodation", None), ("Care leavers – accommodation", None),
        ("Permanence", None), ("Permanence", None)]


# ---- a labelled objective line under a heading (calverlow.md, saltmere.docx)

def test_an_objective_line_above_a_table_is_the_objective_of_its_rows(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(
        "# Plan\n\nVersion: 2, 13 May 2022\n\n## Priority 1: Front door\n\n"
        "**Objective:** A stronger multi-agency response when a child may be at risk.\n\n"
        "| Ref | Action | Lead | By when |\n|---|---|---|---|\n"
        "| 1.1 | Agree a strategy discussion standard. | Head of Service | May 2022 |\n"
        "| 1.2 | Audit strategy discussions. | Principal Social Worker | July 2022 |\n\n"
        "## Priority 2: Workforce\n\n"
        "| Ref | Action | Lead | By when |\n|---|---|---|---|\n"
        "| 2.1 | Hold the staff awards. | Director of Children's Services | December 2022 |\n",
        encoding="utf-8")
    acts = extract_actions(load_document(path))
    want = "A stronger multi-agency response when a child may be at risk."
    assert [(a.row, a.section, a.objective) for a in acts] == [
        ("1.1", "Priority 1: Front door", want), ("1.2", "Priority 1: Front door", want),
        ("2.1", "Priority 2: Workforce", None)]


def test_a_what_we_want_to_achieve_line_in_a_plan_of_paragraphs():
    doc = _doc(
        _para("Priority 1: Getting it right at the front door", "heading"),
        _para("What we want to achieve: Decisions about contacts are based on good information from partners."),
        _para("The Referral and Assessment Team will complete partner checks on every contact."),
        _para("Lead: Service Manager, Referral and Assessment"), _para("By: October 2017"),
        _para("We will change the screening form so that previous referrals show."),
        _para("Lead: LCS Systems Development Lead"), _para("By: December 2017"),
        _para("Priority 2: Workforce", "heading"),
        _para("We will hold a staff conference."), _para("Lead: Principal Social Worker"), _para("By: March 2018"),
        _para("We will publish a career pathway."), _para("Lead: Workforce Development Lead"), _para("By: June 2018"),
    )
    acts = extract_actions(doc)
    want = "Decisions about contacts are based on good information from partners."
    assert [a.objective for a in acts] == [want, want, None, None]
    assert [a.section for a in acts] == ["Priority 1: Getting it right at the front door"] * 2 + ["Priority 2: Workforce"] * 2


def test_a_numbered_outcome_title_above_a_table_is_its_section():
    # a PDF heading read as a paragraph: "Outcome 1: ..." titles a section, "Outcome: ..." labels an objective
    doc = _doc(_para("Outcome 1: Children are safer at the front door"),
               _table([["No.", "What we will do", "Who is responsible", "When"]] + [[r[0]] + r[2:] for r in _AREA_ROWS]))
    assert {(a.section, a.objective) for a in extract_actions(doc)} == {("Outcome 1: Children are safer at the front door", None)}


def test_a_labelled_objective_line_followed_by_a_lead_is_an_action():
    doc = _doc(
        _para("Priority 1: Front door", "heading"),
        _para("Objective: Reduce delay in strategy discussions."), _para("Lead: Head of Service"), _para("By: May 2022"),
        _para("We will audit every strategy discussion."), _para("Lead: Principal Social Worker"), _para("By: July 2022"),
    )
    assert [(a.objective, a.text) for a in extract_actions(doc)] == [
        (None, "Objective: Reduce delay in strategy discussions."), (None, "We will audit every strategy discussion.")]


# ---- a column the header does not name, whose cells cite recommendations (calverlow.md's "Ofsted")

def test_an_unnamed_column_of_citations_gives_the_references():
    doc = _doc(_table([
        ["Ref", "Action", "Lead", "By when", "Ofsted", "Progress"],
        ["1.1", "Agree a strategy discussion standard.", "Head of Service", "May 2022", "Rec 1", "Complete"],
        ["1.2", "Introduce a daily strategy meeting slot.", "Team Manager", "Immediate", "", "Complete"],
        ["1.3", "Audit strategy discussions.", "Principal Social Worker", "July 2022", "R1, R3", "On track"],
    ]))
    assert [a.refs for a in extract_actions(doc)] == [(1,), (), (1, 3)]


def test_a_column_of_numbers_or_words_is_no_citation():
    doc = _doc(_table([
        ["Ref", "Action", "Lead", "By when", "Grade", "Progress"],
        ["1.1", "Agree a strategy discussion standard.", "Head of Service", "May 2022", "2", "Complete"],
        ["1.2", "Audit strategy discussions.", "Principal Social Worker", "July 2022", "Good", "On track"],
    ]))
    assert [a.refs for a in extract_actions(doc)] == [(), ()]


# ---- the five plans against their gold

_FIELDS = ("row", "section", "objective", "leads_raw", "date_raw")
_GOLD = sorted((ROOT / "corpus" / "gold" / "coverage" / "a").glob("*.json"))


def _norm(value: str | None) -> str:
    return normalise_text(value or "")


@pytest.mark.parametrize("gold_path", _GOLD, ids=[p.stem for p in _GOLD])
def test_coverage_a_plan_reads_as_its_gold(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    acts = list(extract_actions(load_document(ROOT / gold["plan"])))
    assert len(acts) == len(gold["actions"])
    wrong = []
    for g in gold["actions"]:
        a = max(acts, key=lambda a: fuzz.ratio(_norm(g["text"]), _norm(a.text)))
        assert fuzz.ratio(_norm(g["text"]), _norm(a.text)) >= 90, g["text"]
        for f in _FIELDS:
            if _norm(g[f]) != _norm(getattr(a, f)):
                wrong.append((g["id"], f, g[f], getattr(a, f)))
        if sorted(g["explicit_refs"]) != sorted(a.refs):
            wrong.append((g["id"], "explicit_refs", g["explicit_refs"], a.refs))
    assert wrong == []


def test_carrowmouth_long_leads_and_area_sections():
    acts = {a.row: a for a in extract_actions(load_document(ROOT / "corpus" / "coverage" / "a" / "carrowmouth.html"))}
    assert acts["2"].leads_raw == "Head of Housing Options / Head of Service, Care Experienced Young People"
    assert acts["2"].status_update == "On track"
    assert acts["10"].leads_raw == "Head of Commissioning and Sufficiency / Head of Housing Options"
    assert [acts[r].section for r in ("1", "7", "12", "16", "20", "24", "28")] == [
        "Working together", "Homes for children and young people", "Education, training and employment",
        "Inclusion and exclusions", "Preparing for adulthood", "Workforce and other actions", "Workforce and other actions"]
    assert not any(a.section.startswith("Last updated") for a in acts.values())


def test_lindenmoor_long_lead():
    acts = {a.row: a for a in extract_actions(load_document(ROOT / "corpus" / "coverage" / "a" / "lindenmoor.docx"))}
    assert acts["4.2"].leads_raw == "Head of Service, Children in Care / Service Manager, Child Protection Chairs"
    assert acts["4.2"].leads and acts["4.2"].status_update is None


def test_westerhay_theme_column_gives_the_sections():
    acts = extract_actions(load_document(ROOT / "corpus" / "coverage" / "a" / "westerhay.xlsx"))
    assert list(dict.fromkeys(a.section for a in acts)) == [
        "Care leavers – accommodation", "Care leavers – risk and safety", "Neglect and pre-proceedings",
        "Child protection conferences", "Permanence", "Leadership and oversight", "Workforce", "Children in care",
        "Early help"]
    assert {a.objective for a in acts} == {None}
