"""Text/markdown ingest on small hand-built inputs: tab rows with HTML cells, pipe tables,
broken-word repair, prose lists, key lines, encodings."""
from __future__ import annotations

from collections import Counter

from extractor.ingest import load_document
from extractor.ingest.tables import (
    broken_pairs,
    build_vocabulary,
    expand_spans,
    GridCell,
    join_split_cells,
    repair_broken_words,
    text_to_blocks,
    trim_grid,
)
from extractor.errors import InputError
from extractor.ingest.text import decode_text, md_inline, read_text
from extractor.document import Provenance


def _doc(tmp_path, text: str, name: str = "plan.txt", encoding: str = "utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return load_document(p)


TAB_PLAN = (
    "**EXAMPLE COUNCIL\nIMPROVEMENT PLAN 2026**\n\n"
    "Intro paragraph that explains the plan.\n\n"
    "Ref\tWhat we want to achieve\tAction\tLead\tTimeframe\n"
    "1. PRACTICE\t\t\t\t\n"
    "1.1 Ofsted recommendation 2\tBetter plans\t<ul style=\"list-style-type: none\"> • Audit plans. "
    "• Train staff: <ul> ○ managers ○ workers\tJo Bloggs\tJan 2027\n"
    "\n"
    "\t\t<ul> Review the audit.\t\t\n"
    "\n"
    "2.0 PERFORMANCE\n"
    "\n"
    "<p>2.1</p>\t<p>Data</p>\t<ul> • Publish a scorecard.\t<p>Head of Service</p>\t<p>Ongoing</p>\n"
    "-----\t---\t---\t---\t---\n"
    "\n"
    "Appendix A\n\n"
    "1. First recommendation.\n2. Second recommendation.\n - a. lettered sub item\n"
)


def test_tab_rows_with_html_cells_keep_physical_rows(tmp_path):
    doc = _doc(tmp_path, TAB_PLAN)
    assert doc.blocks[0].type == "heading" and doc.blocks[0].text == "EXAMPLE COUNCIL IMPROVEMENT PLAN 2026"
    tables = list(doc.tables())
    assert len(tables) == 1, "blank lines and a section line between rows must not split the table"
    rows = [r.texts()[0] for r in tables[0].rows]
    assert rows == ["Ref", "1. PRACTICE", "1.1 Ofsted recommendation 2", "", "2.0 PERFORMANCE", "2.1"]
    assert tables[0].n_cols == 5 and all(len(r.cells) == 5 for r in tables[0].rows)
    action = tables[0].rows[2].cells[2]
    assert [(b.label, b.level, b.text) for b in action.blocks] == [
        ("•", 0, "Audit plans."), ("•", 0, "Train staff:"), ("○", 1, "managers"), ("○", 1, "workers")]
    cont = tables[0].rows[3]
    assert cont.cells[0].text == "" and cont.cells[2].blocks[0].text == "Review the audit."
    assert cont.cells[2].blocks[0].prov.row == 3 and cont.cells[2].blocks[0].prov.cell == 2
    assert tables[0].rows[5].cells[3].text == "Head of Service"


def test_prose_after_table_numbered_and_lettered(tmp_path):
    doc = _doc(tmp_path, TAB_PLAN)
    items = [(b.label, b.level, b.text) for b in doc.blocks if b.type == "list_item"]
    assert items == [("1.", 0, "First recommendation."), ("2.", 0, "Second recommendation."),
                     ("a.", 1, "lettered sub item")]


def test_key_lines_are_paragraphs_not_a_table(tmp_path):
    doc = _doc(tmp_path, "Title\tChildren's Services Update\nDate:\t28 March 2019\n\nBody text here.\n")
    assert not list(doc.tables())
    assert [b.text for b in doc.blocks][:2] == ["Title Children's Services Update", "Date: 28 March 2019"]
    assert all(b.type == "paragraph" for b in doc.blocks[:2])


PIPE = (
    "Intro line mentioning September 2015 and West Berkshire and leadership.\n\n"
    "| A: Improving our Leaders | hip, Management |\n"
    "|--|--|\n"
    "| Action | By When? | By Whom? |\n"
    "| Permanency Policy drafted. | Septembe r 2015 | Sandie Dopson |\n"
    "| Review data zone use. | in form | |\n"
    "Not a table line.\n"
    "| second | table |\n"
)


def test_pipe_tables_one_per_block_separators_dropped_words_repaired(tmp_path):
    doc = _doc(tmp_path, PIPE, "plan.md")
    tables = list(doc.tables())
    assert len(tables) == 2
    t = tables[0]
    assert len(t.rows) == 4  # the |--|--| line is gone
    assert t.rows[0].cells[0].text == "A: Improving our Leadership, Management"
    assert t.rows[0].cells[1].merged is True
    assert t.rows[2].cells[1].text == "September 2015"
    # good text is never joined: both halves are words of the document
    assert t.rows[3].cells[0].text == "Review data zone use."
    assert t.rows[3].cells[1].text == "in form"
    assert "Not a table line." in doc.text()
    assert tables[1].index == 1 and tables[1].rows[0].texts() == ["second", "table"]


def test_repair_never_joins_when_either_half_is_a_word():
    texts = ["the information is here", "in form", "the data", "data zone", "datazone", "September", "Septembe r"]
    vocab, pairs = build_vocabulary(texts), broken_pairs(texts)
    assert repair_broken_words("in form", vocab, pairs) == "in form"
    assert repair_broken_words("data zone", vocab, pairs) == "data zone"
    assert repair_broken_words("Septembe r 2015,", vocab, pairs) == "September 2015,"
    # no vocabulary: nothing is ever joined
    assert repair_broken_words("Septembe r", Counter(), Counter()) == "Septembe r"
    assert join_split_cells(["West Berk", "shire"], Counter(), Counter()) == [("West Berk", False), ("shire", False)]


def test_join_split_cells_chains_consecutive_joins():
    row = ["A: Leaders", "hip, Man", "agement x"]
    texts = ["leadership and management", " ".join(row)]
    vocab, pairs = build_vocabulary(texts), broken_pairs(texts)
    joined = "A: Leadership, Management x"
    assert join_split_cells(row, vocab, pairs) == [(joined, False), (joined, True), (joined, True)]


def test_double_markers_and_bulleted_continuations(tmp_path):
    text = ("- 5. Other key elements include:\n"
            " - (a) A named key worker for each family who will work in\n"
            "\n"
            "- partnership with schools.\n"
            " - (b) Investment in the website.\n"
            "- 6. Next point.\n")
    items = [(b.label, b.level, b.text) for b in _doc(tmp_path, text).blocks]
    assert items == [
        ("5.", 0, "Other key elements include:"),
        ("(a)", 1, "A named key worker for each family who will work in partnership with schools."),
        ("(b)", 1, "Investment in the website."),
        ("6.", 0, "Next point."),
    ]


def test_markdown_headings_links_and_inline_markup(tmp_path):
    doc = _doc(tmp_path, "# Plan\n\nSee the [report](http://x) with <u>care</u> and **vision**.\n\n## Part two\n")
    assert [(b.type, b.level, b.text) for b in doc.blocks] == [
        ("heading", 1, "Plan"), ("paragraph", 0, "See the report with care and vision."), ("heading", 2, "Part two")]
    assert md_inline("a < b > c") == "a < b > c"


def test_encodings(tmp_path):
    assert decode_text("caf\u00e9".encode("utf-8")) == ("caf\u00e9", None)
    assert decode_text(b"\xef\xbb\xbfcaf\xc3\xa9") == ("caf\u00e9", None)
    text, warning = decode_text("caf\u00e9 \u2013 \u2019".encode("cp1252"))
    assert text == "caf\u00e9 \u2013 \u2019" and "cp1252" in warning
    text, warning = decode_text(b"odd \x81 byte \xe9")
    assert "byte" in text and warning
    doc = _doc(tmp_path, "Caf\u00e9 plan\n\n1. First item.\n", encoding="cp1252")
    assert doc.warnings and doc.blocks[-1].text == "First item."


def test_form_feeds_count_pages(tmp_path):
    doc = _doc(tmp_path, "Page one text.\n\fPage two text.\n")
    assert doc.n_pages == 2
    assert [b.page for b in doc.blocks] == [1, 2]


def test_text_to_blocks_multi_line_cells():
    prov = Provenance("x.xlsx", 1, 0, 1, 2)
    blocks = text_to_blocks("Intro:\n• one\n• two\n  ○ sub\n1. numbered", prov)
    assert [(b.type, b.label, b.level, b.text) for b in blocks] == [
        ("paragraph", None, 0, "Intro:"), ("list_item", "•", 0, "one"), ("list_item", "•", 0, "two"),
        ("list_item", "○", 1, "sub"), ("list_item", "1.", 0, "numbered")]
    # a single line is never a list item by its number alone
    assert [(b.type, b.text) for b in text_to_blocks("1.1 Ofsted rec 2", prov)] == [("paragraph", "1.1 Ofsted rec 2")]


def test_expand_spans_and_trim_grid():
    grid = expand_spans([[GridCell("A", colspan=2), GridCell("B", rowspan=2)], [GridCell("C"), GridCell("D")]])
    assert [[(c.text, c.merged) for c in r] for r in grid] == [
        [("A", False), ("A", True), ("B", False)], [("C", False), ("D", False), ("B", True)]]
    empty = GridCell("")
    trimmed = trim_grid([[empty, empty, empty], [empty, GridCell("x"), empty], [empty, empty, empty]])
    assert [[c.text for c in r] for r in trimmed] == [["x"]]


# --- properties: never crash; plain tab and pipe grids round-trip ---------------------------

from hypothesis import HealthCheck, given, settings, strategies as st

_PIECES = st.sampled_from(list("ab <>/=\"'&;#\t\n|-•○*1.()") + [
    "<p>", "</p>", "<ul>", "<li>", "<table>", "<td colspan=3>", "</td>", "<br>", "<script>", "&amp;", "**",
    "|--|", "\f", "\t\t", "- 2. ", " - (a) ", "# ", "\ufeff", "\x00"])
_WORDS = st.lists(st.sampled_from(["Jo", "Bloggs", "Jan", "2027", "Review", "plans", "Ongoing", "Head",
                                   "of", "Service", "1.1", "(a)", "x"]), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_any_text_ingests_without_error(tmp_path_factory, text):
    p = tmp_path_factory.mktemp("t") / "x.txt"
    p.write_text(text, encoding="utf-8")
    read_text(p, None, str(p))  # the reader itself never fails on text
    try:
        load_document(p)
    except InputError as exc:  # e.g. empty or binary-looking: a clear message, never a crash
        assert str(p) in exc.message


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.lists(_WORDS, min_size=3, max_size=3), min_size=1, max_size=6), st.booleans())
def test_plain_grids_round_trip(tmp_path_factory, grid, pipes):
    header = ["Action", "Lead", "Timeframe"]
    rows = [header] + grid
    if pipes:
        text = "\n".join("| " + " | ".join(r) + " |" for r in rows[:1]) + "\n|--|--|--|\n" + \
            "\n".join("| " + " | ".join(r) + " |" for r in rows[1:]) + "\n"
    else:
        text = "\n".join("\t".join(r) for r in rows) + "\n"
    p = tmp_path_factory.mktemp("g") / "grid.md"
    p.write_text(text, encoding="utf-8")
    tables = list(load_document(p).tables())
    assert len(tables) == 1
    assert [r.texts() for r in tables[0].rows] == rows


def test_csv_plan_is_one_table(tmp_path):
    text = ('Ref,Action,Lead,Timeframe\n'
            '1.1,"• Audit plans\n• Train staff",Jo Bloggs (Head of Service),Jan 2027\n'
            '1.2,"Review, then report",Leaving Care Team,Ongoing\n')
    doc = _doc(tmp_path, text, "plan.csv")
    tables = list(doc.tables())
    assert len(tables) == 1 and len(doc.blocks) == 1
    t = tables[0]
    assert t.rows[0].texts() == ["Ref", "Action", "Lead", "Timeframe"]
    assert [b.text for b in t.rows[1].cells[1].blocks] == ["Audit plans", "Train staff"]
    assert t.rows[2].cells[1].text == "Review, then report"
    # the same content under a .txt name is still recognised (three rows of equal width)
    assert len(list(_doc(tmp_path, text, "plan.txt").tables())) == 1


def test_prose_with_commas_is_not_csv(tmp_path):
    text = ("Since the inspection, leaders have acted, and plans are clearer.\n\n"
            "However, supervision is variable, and some records are brief, so work continues.\n\n"
            "Finally, the board meets monthly.\n")
    doc = _doc(tmp_path, text, "letter.txt")
    assert not list(doc.tables()) and len(doc.blocks) == 3


def test_markdown_rule_is_a_break_not_text(tmp_path):
    doc = _doc(tmp_path, "First paragraph\n---\nSecond paragraph\n\n* * *\n")
    assert [b.text for b in doc.blocks] == ["First paragraph", "Second paragraph"]


def test_cyrillic_look_alikes_in_latin_text_are_fixed():
    from extractor.ingest.tables import fix_homoglyphs

    latin = "Action | By When? | By Whom? " * 20
    assert fix_homoglyphs(latin.replace("By", "\u0412\u0443", 1)) == latin
    russian = "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440"  # real Cyrillic stays
    assert fix_homoglyphs(russian) == russian


def test_seed003_by_when_header_is_latin(seed):
    doc = load_document(seed("003"))
    cells = {c.text for t in doc.tables() for r in t.rows for c in r.cells}
    assert not any("\u0412" in c or "\u0443" in c for c in cells)


def test_two_column_table_with_long_first_cells_stays_a_table(tmp_path):
    text = ("Recommendation\tOur response\n"
            "Improve the quality of assessments for children in need\tTraining is under way\n"
            "Strengthen management oversight of plans\tNew supervision policy\n")
    tables = list(_doc(tmp_path, text).tables())
    assert len(tables) == 1 and tables[0].rows[1].texts()[1] == "Training is under way"


def test_markdown_emphasis_is_reduced_to_text():
    # Regression (corpus/coverage/a/calverlow.md): "— *Lead:* Director" kept its asterisks, so the label was not read.
    assert md_inline("Staff awards. — *Lead:* Director — _By:_ May 2022") == "Staff awards. — Lead: Director — By: May 2022"
    assert md_inline("***Owner:*** DCS") == "Owner: DCS"
    # not emphasis: a footnote star, arithmetic, a list marker, words joined by underscores
    for text in ("Rec 3* (see note)", "5 * 3 * 2", "* item", "see plan_v2_final.docx", "a*b*c"):
        assert md_inline(text) == text
