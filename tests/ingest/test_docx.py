"""DOCX ingest on documents built in the test with python-docx."""
from __future__ import annotations

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from extractor.ingest import load_document

W_NS = nsdecls("w")


def _add_multilevel_list(document) -> str:
    """Add a numbering definition "1." / "a)" / "(i)" / bullet and return its numId."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {W_NS} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>'
        '<w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
        '<w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr></w:lvl>'
        "</w:abstractNum>")
    numbering.insert(0, abstract)
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _numbered(document, text: str, num_id: str, ilvl: int):
    p = document.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


@pytest.fixture
def plan_docx(tmp_path):
    d = docx.Document()
    d.add_heading("Improvement plan", 0)
    d.add_heading("Recommendations", 1)
    num = _add_multilevel_list(d)
    _numbered(d, "Improve management oversight.", num, 0)
    _numbered(d, "Lettered sub point", num, 1)
    _numbered(d, "Roman sub-sub point", num, 2)
    _numbered(d, "A bullet", num, 3)
    _numbered(d, "Second sub point", num, 1)
    _numbered(d, "Ensure plans are reviewed.", num, 0)
    _numbered(d, "Restarted sub point", num, 1)
    bold = d.add_paragraph()
    bold.add_run("Front door services").bold = True
    d.add_paragraph("A normal paragraph, not bold.")
    d.add_paragraph("Styled bullet", style="List Bullet")
    d.add_paragraph("\u2022 Typed bullet")

    t = d.add_table(rows=4, cols=4)
    for c, h in enumerate(["Ref", "Actions", "Lead", "Timeframe"]):
        t.cell(0, c).text = h
    t.cell(1, 0).merge(t.cell(2, 0)).text = "1.1 Ofsted recommendation 2"
    actions = t.cell(1, 1)
    actions.text = ""
    actions.paragraphs[0].text = "Audit plans"
    actions.paragraphs[0].style = d.styles["List Bullet"]
    actions.add_paragraph("Train managers", style="List Bullet")
    actions.add_paragraph("in supervision", style="List Bullet 2")
    t.cell(1, 2).text = "Jo Bloggs (Head of Service)"
    t.cell(1, 3).text = "Mar 2027 \u2013 Jun 2027"
    t.cell(2, 1).text = "Review"
    t.cell(2, 2).merge(t.cell(2, 3)).text = "Ongoing"
    t.cell(3, 0).text = "1.2"
    d.add_paragraph("After the table.")
    path = tmp_path / "plan.docx"
    d.save(path)
    return path


def test_headings_from_styles_and_bold(plan_docx):
    doc = load_document(plan_docx)
    heads = [(b.text, b.level) for b in doc.blocks if b.type == "heading"]
    assert heads[:2] == [("Improvement plan", 1), ("Recommendations", 1)]
    assert ("Front door services", 2) in heads
    assert "A normal paragraph, not bold." in [b.text for b in doc.blocks if b.type == "paragraph"]


def test_numbering_labels_and_levels(plan_docx):
    doc = load_document(plan_docx)
    items = [(b.label, b.level, b.text) for b in doc.blocks if b.type == "list_item"]
    assert items[:7] == [
        ("1.", 0, "Improve management oversight."),
        ("a)", 1, "Lettered sub point"),
        ("(i)", 2, "Roman sub-sub point"),
        ("•", 3, "A bullet"),
        ("b)", 1, "Second sub point"),
        ("2.", 0, "Ensure plans are reviewed."),
        ("a)", 1, "Restarted sub point"),
    ]
    assert ("•", 0, "Styled bullet") in items and ("\u2022", 0, "Typed bullet") in items


def test_table_merges_bullets_and_order(plan_docx):
    doc = load_document(plan_docx)
    kinds = [b.type for b in doc.blocks]
    t_pos = kinds.index("table")
    assert doc.blocks[t_pos + 1].text == "After the table."
    t = doc.blocks[t_pos].table
    assert t.index == 0 and len(t.rows) == 4 and t.n_cols == 4
    assert [c.text for c in t.rows[0].cells] == ["Ref", "Actions", "Lead", "Timeframe"]
    # vertical merge: the repeated copy is marked
    assert (t.rows[1].cells[0].merged, t.rows[2].cells[0].merged) == (False, True)
    assert t.rows[2].cells[0].text == "1.1 Ofsted recommendation 2"
    # horizontal merge
    assert [(c.text, c.merged) for c in t.rows[2].cells[2:]] == [("Ongoing", False), ("Ongoing", True)]
    bullets = [(b.type, b.label, b.level, b.text) for b in t.rows[1].cells[1].blocks]
    assert bullets == [("list_item", "•", 0, "Audit plans"), ("list_item", "•", 0, "Train managers"),
                       ("list_item", "•", 1, "in supervision")]
    assert all((b.prov.table, b.prov.row, b.prov.cell) == (0, 1, 1) for b in t.rows[1].cells[1].blocks)
    assert t.rows[1].cells[3].text == "Mar 2027 \u2013 Jun 2027"
    assert doc.blocks[t_pos].page is None  # Word files have no page numbers


def test_rendered_page_breaks_give_pages(tmp_path):
    d = docx.Document()
    d.add_paragraph("Page one.")
    p = d.add_paragraph()
    p.add_run("Page two starts here.")._r.insert(0, parse_xml(f"<w:lastRenderedPageBreak {W_NS}/>"))
    p = d.add_paragraph()
    p.add_run("Runs on ")
    p.add_run("to page three.")._r.insert(0, parse_xml(f"<w:lastRenderedPageBreak {W_NS}/>"))
    d.add_paragraph("Page three.")
    path = tmp_path / "paged.docx"
    d.save(path)
    doc = load_document(path)
    assert [(b.text, b.page) for b in doc.blocks] == [
        ("Page one.", 1), ("Page two starts here.", 2), ("Runs on to page three.", 2), ("Page three.", 3)]
    assert doc.n_pages == 3


def test_docx_damaged_gives_clear_error(tmp_path, plan_docx):
    from extractor.errors import CorruptInput

    bad = tmp_path / "bad.docx"
    bad.write_bytes(plan_docx.read_bytes()[:2000])
    with pytest.raises(CorruptInput) as err:
        load_document(bad)
    assert "bad.docx" in err.value.message


def test_word_features_hyperlinks_tracked_changes_nested_tables_and_content_controls(tmp_path):
    d = docx.Document()
    body = d.element.body
    sect = body[-1]  # keep w:sectPr last
    xml = (
        f'<w:p {W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<w:r><w:t xml:space="preserve">See the </w:t></w:r>'
        '<w:hyperlink r:id="rId99"><w:r><w:t>report</w:t></w:r></w:hyperlink>'
        '<w:del w:id="1" w:author="x"><w:r><w:delText>deleted words</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve"> now</w:t></w:r></w:ins>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>'
        '<w:r><w:t>.</w:t></w:r></w:p>'
    )
    body.insert(body.index(sect), parse_xml(xml))
    sdt = parse_xml(f'<w:sdt {W_NS}><w:sdtContent><w:p><w:r><w:t>Inside a content control</w:t></w:r></w:p>'
                    '</w:sdtContent></w:sdt>')
    body.insert(body.index(sect), sdt)
    table = (
        f'<w:tbl {W_NS}><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>'
        '<w:tr><w:tc><w:p><w:r><w:t>Ref</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Action</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Lead</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>'
        '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Outer text</w:t></w:r></w:p>'
        '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner one</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>inner two</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>'
        '<w:sdt><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>1.2</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Row in a control</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:sdtContent></w:sdt>'
        '</w:tbl>'
    )
    body.insert(body.index(sect), parse_xml(table))
    path = tmp_path / "features.docx"
    d.save(path)
    doc = load_document(path)
    texts = [b.text for b in doc.blocks if b.table is None]
    assert texts == ["See the report now.", "Inside a content control"]
    t = next(doc.tables())
    assert [[(c.text, c.merged) for c in r.cells] for r in t.rows] == [
        [("Ref", False), ("Action", False), ("Lead", False)],
        # a table inside a cell reads row by row, a row's cells one line
        [("", False), ("Outer text\ninner one inner two", False), ("Outer text\ninner one inner two", True)],
        [("1.2", False), ("Row in a control", False), ("", False)],
    ]


def test_list_instances_share_counters_unless_restarted(tmp_path):
    d = docx.Document()
    num = _add_multilevel_list(d)
    numbering = d.part.numbering_part.element
    # 91: same abstract list, no override -> continues; 92: restarts at 1
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="92"><w:abstractNumId w:val="90"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    _numbered(d, "one", num, 0)
    _numbered(d, "two", num, 0)
    d.add_paragraph("Interrupting paragraph.")
    _numbered(d, "three (continued)", "91", 0)
    _numbered(d, "restarted", "92", 0)
    _numbered(d, "again", "92", 0)
    path = tmp_path / "lists.docx"
    d.save(path)
    labels = [(b.label, b.text) for b in load_document(path).blocks if b.type == "list_item"]
    assert labels == [("1.", "one"), ("2.", "two"), ("3.", "three (continued)"), ("1.", "restarted"),
                      ("2.", "again")]
