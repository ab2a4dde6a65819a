"""Unit tests for the shared prose machinery (lines -> blocks) on small hand-built inputs."""
from __future__ import annotations

import pytest

from extractor.ingest.lines import (
    Line,
    clean_heading,
    is_initial,
    is_page_number,
    join_hyphenated,
    lines_to_blocks,
    looks_like_heading_text,
    split_marker,
    strip_running_lines,
)


@pytest.mark.parametrize(
    "text,label,rest",
    [
        ("1. Take immediate action", "1.", "Take immediate action"),
        ("10. Ensure that all staff", "10.", "Ensure that all staff"),
        ("2) Review", "2)", "Review"),
        ("(a) the front door", "(a)", "the front door"),
        ("b. second", "b.", "second"),
        ("(iv) fourth", "(iv)", "fourth"),
        ("ii) second roman", "ii)", "second roman"),
        ("\uf0b7 187 children ceased", "\uf0b7", "187 children ceased"),
        ("\uf0b7children", "\uf0b7", "children"),
        ("• bullet", "•", "bullet"),
        ("- dash item", "-", "dash item"),
        ("* star item", "*", "star item"),
        ("o hollow bullet", "o", "hollow bullet"),
        ("○ circle", "○", "circle"),
        ("▪ square", "▪", "square"),
        ("2.1 Adoption performance", "2.1", "Adoption performance"),
    ],
)
def test_split_marker_finds_printed_labels(text, label, rest):
    assert split_marker(text) == (label, rest)


@pytest.mark.parametrize(
    "text", ["-5% fewer", "3.5 million", "a.m. meeting", "2017. Then", "187 children", "1.", "Ordinary sentence."]
)
def test_split_marker_leaves_ordinary_text(text):
    assert split_marker(text)[0] is None


def test_hyphenation_keeps_compounds_and_mends_broken_words():
    assert join_hyphenated("management and decision-", "making at all") == "management and decision-making at all"
    assert join_hyphenated("the assess-", "ment of risk") == "the assessment of risk"
    # Evidence elsewhere in the document wins over word shape.
    assert join_hyphenated("co-", "operation", ({"cooperation"}, set())) == "cooperation"
    assert join_hyphenated("asylum-", "seeking", (set(), {"asylum-seeking"})) == "asylum-seeking"


def test_two_line_heading_is_one_block():
    lines = [
        _geo("Re-inspection of services for children in need of help and", 1, 100, size=16),
        _geo("protection, children looked after and care leavers", 1, 118, size=16),
        _geo("Body text follows here in the normal size of the report.", 1, 160),
        _geo("And more body text so that the normal size is the body size.", 1, 174),
    ]
    blocks = lines_to_blocks(lines, "x")
    assert blocks[0].type == "heading"
    assert blocks[0].text == ("Re-inspection of services for children in need of help and protection, "
                              "children looked after and care leavers")
    assert blocks[1].type == "paragraph"


def test_heading_footnote_digit_is_dropped_but_real_numbers_kept():
    assert clean_heading("What needs to improve?1") == "What needs to improve?"
    assert clean_heading("Areas for improvement2") == "Areas for improvement"
    assert clean_heading("Appendix 2") == "Appendix 2"
    assert clean_heading("Section 4.1") == "Section 4.1"


def test_page_numbers():
    for t in ("7", "Page 7 of 32", "- 12 -", "3 / 40", "iv"):
        assert is_page_number(t), t
    assert not is_page_number("7 children")


def _geo(text, page, top, x0=72.0, size=11.0, bold=False):
    return Line(text, page=page, x0=x0, top=top, bottom=top + size, size=size, bold=bold)


def test_numbered_list_with_wrapped_lines_and_heading():
    lines = [
        _geo("Recommendations", 8, 80, size=14, bold=True),
        _geo("1. Take immediate action to improve the quality of management oversight and", 8, 110),
        _geo("decision-making at all levels.", 8, 124),
        _geo("2. Ensure that appropriate support is in place to meet the needs of children when", 8, 145),
        _geo("child protection plans end.", 8, 159),
    ]
    blocks = lines_to_blocks(lines, "r.pdf")
    assert [(b.type, b.label) for b in blocks] == [("heading", None), ("list_item", "1."), ("list_item", "2.")]
    assert blocks[1].text.endswith("oversight and decision-making at all levels.")
    assert all(b.page == 8 for b in blocks)
    assert blocks[0].prov.file == "r.pdf"


def test_paragraph_gap_and_page_break_join():
    lines = [
        _geo("The local authority has made progress in some areas of its", 3, 700),
        _geo("work with children and", 3, 714),
        _geo("families since the last inspection.", 4, 72),
        _geo("A second paragraph starts after a gap.", 4, 100),
    ]
    blocks = lines_to_blocks(lines, "r.pdf")
    assert [b.type for b in blocks] == ["paragraph", "paragraph"]
    assert blocks[0].text == ("The local authority has made progress in some areas of its work with children and "
                              "families since the last inspection.")
    assert blocks[0].page == 3  # page where it starts
    assert blocks[1].page == 4


def test_list_item_continues_across_page_break():
    lines = [
        _geo("\uf0b7 one child ceased to be looked after and is now living in a house in", 7, 740, x0=90),
        _geo("multiple occupation.", 8, 72, x0=108),
        _geo("\uf0b7 second item.", 8, 90, x0=90),
    ]
    blocks = lines_to_blocks(lines, "r.pdf")
    assert [(b.type, b.page) for b in blocks] == [("list_item", 7), ("list_item", 8)]
    assert blocks[0].text.endswith("house in multiple occupation.")


def test_nesting_from_indentation():
    lines = [
        _geo("1. Improve assessments:", 2, 100, x0=72),
        _geo("(a) of risk", 2, 114, x0=100),
        _geo("\uf0b7 in the front door", 2, 128, x0=125),
        _geo("(b) of need", 2, 142, x0=100),
        _geo("2. Improve plans.", 2, 156, x0=72),
    ]
    blocks = lines_to_blocks(lines, "x")
    # The Symbol-font bullet U+F0B7 is reported as the glyph it prints as.
    assert [(b.label, b.level) for b in blocks] == [("1.", 0), ("(a)", 1), ("•", 2), ("(b)", 1), ("2.", 0)]


def test_nesting_from_marker_style_without_geometry():
    lines = [Line(t) for t in ["1. First", "a) sub one", "b) sub two", "2. Second", "- dash"]]
    blocks = lines_to_blocks(lines, "t.txt")
    assert [(b.label, b.level) for b in blocks] == [("1.", 0), ("a)", 1), ("b)", 1), ("2.", 0), ("-", 1)]


def test_plain_text_paragraphs_and_headings():
    lines = [Line(t) for t in [
        "Summary", "",
        "In November 2017, Ofsted re-inspected Children's Services under the single inspection framework.",
        "", "What needs to improve?", "",
        "The council should", "improve its plans.", "",
        "2.0 PERFORMANCE", "",
        "Performance is reported monthly.",
    ]]
    blocks = lines_to_blocks(lines, "t.txt")
    assert [b.type for b in blocks] == ["heading", "paragraph", "heading", "paragraph", "heading", "paragraph"]
    assert blocks[3].text == "The council should improve its plans."
    assert blocks[4].text == "2.0 PERFORMANCE" and blocks[4].level == 1


@pytest.mark.parametrize("text", ["18 December 2019", "Dear Mr Foster", "Yours sincerely", "October 2015"])
def test_letter_furniture_is_not_a_heading(text):
    assert not looks_like_heading_text(text)
    lines = [Line(text), Line(""), Line("The body of the letter follows in a full sentence.")]
    assert lines_to_blocks(lines, "x")[0].type == "paragraph"


def test_long_sentence_line_is_not_a_heading():
    lines = [_geo("Children and young people are seen regularly by their social workers.", 1, 100)]
    assert lines_to_blocks(lines, "x")[0].type == "paragraph"


def test_strip_running_lines_removes_headers_footers_and_numbers():
    bodies = ["Help and protection.", "Children in care.", "Care leavers.", "Leadership.", "Adoption."]
    lines = []
    for p, body in enumerate(bodies, 1):
        lines += [
            Line("Buckinghamshire inspection report", page=p),
            Line(body, page=p),
            Line(f"Page {p} of 5", page=p),
        ]
    kept = strip_running_lines(lines)
    assert [ln.text for ln in kept] == bodies


def test_running_header_of_a_two_page_document():
    lines = [Line("Kestrelford improvement plan Page 1", page=1), Line("Plan text.", page=1),
             Line("Kestrelford improvement plan Page 2", page=2), Line("More plan text.", page=2)]
    assert [ln.text for ln in strip_running_lines(lines)] == ["Plan text.", "More plan text."]


def test_heading_ending_in_colon_runs_on_to_its_judgement():
    lines = [
        _geo("The experiences and progress of children in care:", 3, 100, size=14, bold=True),
        _geo("requires improvement to be good", 3, 116, size=14, bold=True),
        _geo("1. Decisions for children to come into care are timely and appropriate.", 3, 150),
        _geo("2. Most children live with foster carers who meet their needs well.", 3, 170),
    ]
    blocks = lines_to_blocks(lines, "x")
    assert blocks[0].type == "heading"
    assert blocks[0].text == "The experiences and progress of children in care: requires improvement to be good"
    lines[1] = _geo("Good", 3, 116, size=14, bold=True)
    assert lines_to_blocks(lines, "x")[0].text == "The experiences and progress of children in care: Good"


def test_footnote_does_not_swallow_a_paragraph_running_on_to_the_next_page():
    lines = [
        _geo("Inspectors recognise the complexities for agencies in intervening in families where,", 1, 600),
        _geo("as a consequence,", 1, 614),
        _geo("1 This joint inspection was conducted under section 20 of the Children Act 2004.", 1, 760, size=8),
        _geo("there were risk factors in addition to domestic abuse.", 2, 72),
        _geo("A new paragraph on the second page that is long enough to be body text.", 2, 100),
    ]
    blocks = lines_to_blocks(lines, "x")
    assert [b.text for b in blocks] == [
        "Inspectors recognise the complexities for agencies in intervening in families where, as a consequence, "
        "there were risk factors in addition to domestic abuse.",
        "1 This joint inspection was conducted under section 20 of the Children Act 2004.",
        "A new paragraph on the second page that is long enough to be body text.",
    ]
    assert [b.page for b in blocks] == [1, 1, 2]


def test_letterhead_set_last_but_printed_at_the_top_is_kept_apart():
    # Real case (a 2018 focused-visit letter): the Ofsted address block comes last in the
    # page's content but sits at its top, in small type; the paragraph before it runs on
    # to the next page and must not swallow it.
    lines = [
        _geo("Strong partnership working ensures that children in the county are", 1, 715),
        _geo("protected and that the services provided reduce risks for", 1, 730),
        _geo("Piccadilly Gate", 1, 138, size=8),
        _geo("Store Street", 1, 149, size=8),
        _geo("www.gov.uk/ofsted", 1, 160, size=8),
        _geo("children at home with their families.", 2, 109),
        _geo("A second paragraph, on the second page, is long enough for body text.", 2, 140),
        _geo("And a third line of ordinary text keeps the statistics honest here.", 2, 154),
    ]
    texts = [b.text for b in lines_to_blocks(lines, "x")]
    assert texts[0].endswith("reduce risks for children at home with their families.")
    assert texts[1] == "Piccadilly Gate Store Street www.gov.uk/ofsted"


def test_a_line_higher_up_the_page_starts_a_new_block():
    lines = [_geo("The last line of a paragraph at the foot of the page and", 1, 740),
             _geo("A box of text printed higher up on the same page follows in the file", 1, 300),
             _geo("and runs on to its own second line here.", 1, 314)]
    assert [b.text[:20] for b in lines_to_blocks(lines, "x")] == ["The last line of a p", "A box of text printe"]


def test_empty_input_gives_no_blocks():
    assert lines_to_blocks([], "x") == []
    assert lines_to_blocks([Line(""), Line("  ")], "x") == []


# --------------------------------------------------------------------------- properties

hypothesis = pytest.importorskip("hypothesis")
st = hypothesis.strategies

_WORDS = st.sampled_from(["Ensure", "the", "plan", "is", "reviewed", "decision-", "making", "assess-", "ment",
                          "1.", "(a)", "ii)", "•", "-", "o", "2.0", "PERFORMANCE", "What", "needs", "to",
                          "improve?", "Recommendations", "\uf0b7", "7", "Page", "of", "12"])
_LINE_TEXT = st.lists(_WORDS, min_size=0, max_size=8).map(" ".join)


def _letters(text: str) -> list[str]:
    return sorted(c for c in text if c.isalpha())


@hypothesis.given(st.lists(_LINE_TEXT, max_size=25), st.booleans())
@hypothesis.settings(max_examples=150, deadline=None)
def test_lines_to_blocks_loses_no_letters(texts, with_geometry):
    """Whatever the lines, grouping never fails and every letter comes out exactly once."""
    if with_geometry:
        lines = [_geo(t, 1 + k // 10, 80 + 14 * (k % 10)) for k, t in enumerate(texts)]
    else:
        lines = [Line(t) for t in texts]
    blocks = lines_to_blocks(lines, "x")
    out = "".join((b.label or "") + b.text for b in blocks)
    assert _letters(out) == _letters("".join(texts))
    assert all(b.text.strip() == b.text and b.text for b in blocks)


# --- weaknesses found by the first-contact check ------------------------------------------

def test_bullet_whose_sentence_ends_at_the_foot_of_a_page_goes_on_at_its_text_column():
    lines = [
        _geo("\u25fc Children benefit from professionals trained in a restorative", 5, 740, x0=71),
        _geo("model, which is enhancing the initial responses to needs and risks for children.", 5, 755, x0=89),
        _geo("Children and families benefit from agencies having a common language and", 6, 136, x0=89),
        _geo("approach.", 6, 150, x0=89),
        _geo("\u25fc Funding to address serious youth violence is used well.", 6, 171, x0=71),
        _geo("A paragraph at the margin after a page break is not part of the bullet.", 7, 100, x0=71),
    ]
    blocks = lines_to_blocks(lines, "r.pdf")
    assert [(b.type, b.page) for b in blocks] == [("list_item", 5), ("list_item", 6), ("paragraph", 7)]
    assert blocks[0].text.endswith("common language and approach.")


def _page_break(first_on_next_page, x0=72.0, *, list_item=False):
    """A paragraph (or a one-line bullet) whose sentence ends at the foot of page 2, then
    ``first_on_next_page`` at the top of page 3."""
    if list_item:
        before = [_geo("\u25fc Young people who are at university receive excellent support from PAs.", 2, 740)]
    else:
        before = [_geo("Support to young people who are at university is a key strength. Inspectors", 2, 726),
                  _geo("spoke with young people about the excellent support they receive from their PAs.", 2, 740)]
    return lines_to_blocks(before + [_geo(first_on_next_page, 3, 100, x0=x0),
                                     _geo("transition to a new environment.", 3, 114, x0=x0)], "r.pdf")


@pytest.mark.parametrize("opener", [
    "This support was described as a lifeline for some, especially during the initial",  # Durham 2024 p3
    "In addition, many of these children also have mental health needs during the",  # Greenwich 2018 p2
    "However, this has been significantly reinvigorated in the last few months and the",  # Wigan 2020 p2
    "They described it as a lifeline for some of them, especially during the initial",
])
def test_page_opening_with_a_sentence_that_points_back_continues_the_paragraph(opener):
    blocks = _page_break(opener)
    assert [(b.type, b.page) for b in blocks] == [("paragraph", 2)]
    assert blocks[0].text.endswith("from their PAs. " + opener + " transition to a new environment.")


@pytest.mark.parametrize("opener,x0,list_item", [
    ("Development of trust with young people has been instrumental in the way that", 72.0, False),  # Coventry p7
    ("This letter summarises the findings of the focused visit to the local authority,", 72.0, False),
    ("This support was described as a lifeline for some, especially during the initial", 90.0, False),  # indented
    ("This support was described as a lifeline for some, especially during the initial", 72.0, True),  # after a bullet
])
def test_page_opening_with_a_new_sentence_is_a_new_paragraph(opener, x0, list_item):
    blocks = _page_break(opener, x0, list_item=list_item)
    assert [b.page for b in blocks] == [2, 3]
    assert blocks[1].type == "paragraph" and blocks[1].text.startswith(opener[:20])


def test_a_narrower_paragraph_gap_still_separates_paragraphs():
    """Coventry 2024 p6 and Peterborough 2017 p11-12: most paragraphs are 15-19 pt apart, a few
    only 9-12 pt (lines 3.3 pt apart). Lines of one paragraph are evenly spaced, so the narrower
    gap is a paragraph set with less space after it, not a line inside one."""
    lines = [_geo("Staff working with children are well supported with their emotional and personal", 6, 582),
             _geo("safety and have access to safeguarding teams.", 6, 596),
             _geo("The level of knowledge varies in both the CRC and NPS, and practitioners are not", 6, 626),
             _geo("focused enough on neglect.", 6, 640),
             _geo("Clear governance arrangements are in place which sight and align several strategic", 6, 660),
             _geo("boards on the issue of serious youth violence.", 6, 674)]
    blocks = lines_to_blocks(lines, "r.pdf")
    assert [b.text[:12] for b in blocks] == ["Staff workin", "The level of", "Clear govern"]


def test_i_after_h_is_the_next_letter_unless_a_roman_ii_follows():
    letters = [Line(f"({c}) finding {c}.") for c in "fghijk"]
    assert {b.level for b in lines_to_blocks(letters, "t.txt")} == {0}
    roman = [Line("(h) eight has parts:"), Line("(i) one."), Line("(ii) two."), Line("(j) ten.")]
    assert [b.level for b in lines_to_blocks(roman, "t.txt")] == [0, 1, 1, 0]
    # "(I)" where "(l)" is due: the same letter in a font where they look alike
    misread = [Line(f"({c}) finding.") for c in ("j", "k", "I", "m")]
    assert {b.level for b in lines_to_blocks(misread, "t.txt")} == {0}


def test_seed_004_lettered_findings_a_to_n_are_one_level(seed):
    from extractor.ingest import load_document

    doc = load_document(seed("004"))
    items = [b for b in doc.blocks if b.label and b.label.startswith("(") and b.text.startswith(
        ("Since the last monitoring visit", "Most social workers visit", "Social workers use a range",
         "Strategy meetings are convened", "Initial child protection conferences", "Public Law Outline"))]
    assert len(items) == 6
    assert len({b.level for b in items}) == 1, [(b.label, b.level) for b in items]


def test_table_only_input_yields_its_tables():
    from extractor.document import Block, Provenance

    table = Block("table", "", Provenance("p.pdf", 3, 0))
    assert lines_to_blocks([Line("", block=table)], "p.pdf") == [table]
    assert lines_to_blocks([Line(""), Line("  ")], "p.pdf") == []


def test_table_only_page_of_a_real_pdf_keeps_its_table():
    """The sample plan's ruled table, its page's prose lines removed: the table survives."""
    from pathlib import Path

    import pypdfium2 as pdfium

    from extractor.ingest.pdf import read_page

    path = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "improvement-plan.pdf"
    if not path.exists():
        pytest.skip(f"{path} not generated (scripts/make_samples.py)")
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = [read_page(pdf, i, str(path), 0) for i in range(len(pdf))]
    finally:
        pdf.close()
    table_lines = [ln for p in pages for ln in p.lines if ln.block is not None]
    assert table_lines, "the sample plan has a ruled table"
    blocks = lines_to_blocks(table_lines, str(path))
    assert [b.type for b in blocks] == ["table"] * len(table_lines)


@pytest.mark.parametrize("text,initial", [
    ("J. Patel / K. Osei", True), ("M. Wood (Head of Service)", True), ("J. Smith, Director", True),
    ("J. Patel and K. Osei", True), ("M. Wood", True), ("E. O’Neil-Brown", True), ("R. McDonald & T. Ng", True),
    ("A. Leadership and management", False), ("C. Resource implications", False),
    ("B. Improve the quality of plans.", False), ("A. ICB / Police", False),
])
def test_initial_followed_by_a_surname_is_not_a_label(text, initial):
    label, rest = split_marker(text)
    assert label is not None and is_initial(label, rest) is initial


@pytest.mark.parametrize("text", ["a. Patel / K. Osei", "(a) Patel / K. Osei", "A) Patel", "1. Patel"])
def test_only_a_capital_with_a_full_stop_can_be_an_initial(text):
    label, rest = split_marker(text)
    assert not is_initial(label, rest)


def test_name_with_initial_in_prose_is_text_and_lettered_lists_still_work():
    lines = [
        _geo("The plan was agreed by the board, and its progress is reported every month by", 3, 100),
        _geo("J. Patel, the Director of Children's Services, to the Improvement Board.", 3, 114),
        _geo("A. Leadership and management", 3, 150),
        _geo("B. Quality of practice", 3, 164),
        _geo("a. the front door", 3, 190),
        _geo("(b) Patel / K. Osei", 3, 204),
    ]
    blocks = lines_to_blocks(lines, "r.pdf")
    assert [(b.type, b.label) for b in blocks] == [
        ("paragraph", None), ("list_item", "A."), ("list_item", "B."), ("list_item", "a."), ("list_item", "(b)")]
    assert "reported every month by J. Patel, the Director" in blocks[0].text


def test_names_in_a_lettered_sequence_stay_a_list():
    # "A." with a "B." after it (or "B." after an "A." item) is a list even when the items are names.
    lines = [_geo("Attendees:", 3, 100), _geo("A. Smith", 3, 130), _geo("B. Jones", 3, 144)]
    blocks = lines_to_blocks(lines, "r.pdf")
    assert [(b.type, b.label, b.text) for b in blocks][1:] == [("list_item", "A.", "Smith"), ("list_item", "B.", "Jones")]
    roman = lines_to_blocks([_geo("I. Introduction", 2, 100), _geo("Some text about it.", 2, 130),
                             _geo("II. Findings", 2, 160)], "r.pdf")
    assert [(b.label, b.text[:12]) for b in roman if b.label] == [("I.", "Introduction"), ("II.", "Findings")]
    cell = lines_to_blocks([Line("J. Patel / K. Osei"), Line("Head of Service")], "c.pdf", wrapped=True)
    assert [(b.type, b.text) for b in cell] == [("paragraph", "J. Patel / K. Osei Head of Service")]


# --------------------------------------------------------------------------- the fast path

def _without_fast_path(monkeypatch):
    from extractor.ingest.lines import _Grouping

    monkeypatch.setattr(_Grouping, "_runs_on", lambda self, ln: False)


@hypothesis.given(st.lists(_LINE_TEXT, max_size=25))
@hypothesis.settings(max_examples=150, deadline=None)
def test_fast_path_decides_as_the_general_path_on_generated_lines(texts):
    lines = [_geo(t, 1 + k // 10, 80 + 14 * (k % 10)) for k, t in enumerate(texts)]
    fast = lines_to_blocks(lines, "x")
    with pytest.MonkeyPatch.context() as mp:
        _without_fast_path(mp)
        assert lines_to_blocks(lines, "x") == fast


def test_fast_path_decides_as_the_general_path_on_real_reports(monkeypatch):
    """The next line of an open paragraph (most lines of a report) goes through
    _Grouping._runs_on; without it every line takes _Grouping._place: same blocks."""
    from extractor.ingest import load_document
    from tests.conftest import shared_path

    root = shared_path("corpus", "ofsted-reports")
    paths = [p for p in sorted(root.glob("*/*.pdf"))[::12] if p.read_bytes()[:5] == b"%PDF-"]
    fast = [load_document(p).blocks for p in paths]
    _without_fast_path(monkeypatch)
    assert [load_document(p).blocks for p in paths] == fast
