"""HTML ingest: headings, paragraphs, nested lists with labels, tables with spans, hostile input."""
from __future__ import annotations

import json

import pytest

from conftest import shared_path
from extractor.errors import UnsupportedFormat

from extractor.document import Provenance
from extractor.ingest import load_document
from extractor.ingest.html import fragment_to_blocks, html_to_blocks, ordered_label

PAGE = """<!DOCTYPE html><html><head><title>Ignored</title>
<style>p { color: red }</style><script>document.write('<p>injected</p>')</script></head>
<body>
<h1>Improvement plan &amp; progress</h1>
<p>Intro with <b>bold</b> and a<br>line break.</p>
<h3>Recommendations</h3>
<ol><li>First thing<ol type="a"><li>sub one</li><li>sub two</li></ol></li><li>Second thing</li></ol>
<ul><li>bullet</li><li>another</li></ul>
<table>
 <caption>Action plan</caption>
 <thead><tr><th>Ref</th><th colspan="2">Action and lead</th></tr></thead>
 <tbody>
 <tr><td rowspan="2">1.1</td><td><ul><li>Do x</li><li>Do y</li></ul></td><td>Jo Bloggs</td></tr>
 <tr><td>Do z</td><td>Service Manager, Front Door</td></tr>
 </tbody>
</table>
<p>After the table.</p>
</body></html>"""


def _blocks(html: str):
    return html_to_blocks(html, "t.html")


def test_headings_paragraphs_and_breaks():
    blocks = _blocks(PAGE)
    assert (blocks[0].type, blocks[0].text, blocks[0].level) == ("heading", "Improvement plan & progress", 1)
    texts = [b.text for b in blocks if b.type == "paragraph"]
    assert "Intro with bold and a" in texts and "line break." in texts
    assert any(b.type == "heading" and b.text == "Recommendations" and b.level == 3 for b in blocks)
    assert "injected" not in " ".join(b.text for b in blocks)  # script text ignored
    assert "color" not in " ".join(b.text for b in blocks)  # style text ignored


def test_nested_ordered_lists_get_labels_and_levels():
    items = [(b.label, b.level, b.text) for b in _blocks(PAGE) if b.type == "list_item" and b.prov.table is None]
    assert items == [
        ("1.", 0, "First thing"), ("a.", 1, "sub one"), ("b.", 1, "sub two"), ("2.", 0, "Second thing"),
        ("•", 0, "bullet"), ("•", 0, "another"),
    ]


def test_table_with_rowspan_and_colspan():
    blocks = _blocks(PAGE)
    tables = [b.table for b in blocks if b.table is not None]
    assert len(tables) == 1
    t = tables[0]
    assert [c.text for c in t.rows[0].cells] == ["Ref", "Action and lead", "Action and lead"]
    assert [c.merged for c in t.rows[0].cells] == [False, False, True]
    assert [c.text for c in t.rows[2].cells] == ["1.1", "Do z", "Service Manager, Front Door"]
    assert t.rows[2].cells[0].merged is True
    bullets = t.rows[1].cells[1].blocks
    assert [(b.type, b.label, b.text) for b in bullets] == [("list_item", "•", "Do x"), ("list_item", "•", "Do y")]
    assert all((b.prov.table, b.prov.row, b.prov.cell) == (0, 1, 1) for b in bullets)
    # caption before the table, text after it, in reading order
    order = [b.text or "<table>" for b in blocks]
    assert order.index("Action plan") < order.index("<table>") < order.index("After the table.")


def test_hostile_text_survives_as_plain_text():
    html = ("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; <i>x</i> &#x2022; done</p>"
            "<p>a < b and c > d</p><p>unclosed <b>bold")
    texts = [b.text for b in _blocks(html)]
    assert texts[0] == "<script>alert(1)</script> & x • done"
    assert "a < b and c > d" in texts[1]
    assert texts[-1].startswith("unclosed bold")


def test_pathological_nesting_and_spans_do_not_blow_up():
    deep = "<div>" * 5000 + "deep text" + "</div>" * 5000
    assert [b.text for b in _blocks(deep)] == ["deep text"]
    huge = _blocks('<table><tr><td colspan="99999999" rowspan="99999">x</td></tr></table>')
    assert huge[0].table.n_cols <= 200 and len(huge[0].table.rows) == 1


def test_converter_fragment_with_typed_bullets_and_missing_end_tags():
    frag = ('<p>Strengths</p> <ul style="list-style-type: none"> • One thing. • Two things: '
            '<ul style="list-style-type: none"> ○ sub a ○ sub b <p>Areas for consideration</p> '
            '<ul style="list-style-type: none"> • Three')
    blocks = fragment_to_blocks(frag, Provenance("f.txt", None, 0, 1, 2))
    got = [(b.type, b.label, b.level, b.text) for b in blocks]
    assert got == [
        ("paragraph", None, 0, "Strengths"),
        ("list_item", "•", 0, "One thing."),
        ("list_item", "•", 0, "Two things:"),
        ("list_item", "○", 1, "sub a"),
        ("list_item", "○", 1, "sub b"),
        ("paragraph", None, 0, "Areas for consideration"),
        ("list_item", "•", 0, "Three"),
    ]


def test_untyped_list_text_is_one_item_without_label():
    blocks = fragment_to_blocks('<ul style="list-style-type: none"> Do this. Then that.', Provenance("f"))
    assert [(b.type, b.label, b.text) for b in blocks] == [("list_item", None, "Do this. Then that.")]


def test_ordered_label_styles():
    assert [ordered_label(n, k) for n, k in [(3, "1"), (3, "a"), (28, "a"), (4, "i"), (9, "I"), (2, "A")]] == [
        "3.", "c.", "ab.", "iv.", "IX.", "B."]


def test_read_html_file_detected_by_content_and_cp1252(tmp_path):
    p = tmp_path / "page.txt"  # wrong name on purpose: content decides
    p.write_bytes("<html><body><h2>Caf\u00e9 plan</h2><p>Fine</p></body></html>".encode("cp1252"))
    doc = load_document(p)
    assert doc.format == "html"
    assert doc.blocks[0].text == "Caf\u00e9 plan"
    assert doc.warnings and "cp1252" in doc.warnings[0]


def test_web_page_saved_as_pdf_is_refused_with_a_fix(tmp_path):
    p = tmp_path / "report.pdf"
    p.write_text("<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>")
    with pytest.raises(UnsupportedFormat) as err:
        load_document(p)
    msg = err.value.message
    assert msg.startswith(str(p)) and "web page" in msg and "Download the PDF again" in msg


def test_real_error_page_saved_as_pdf_gives_one_clear_cli_error(capsys):
    from extractor.cli import main

    p = shared_path("corpus", "ofsted-reports", "bromley-80490", "2012-08-17.pdf")
    code = main(["blocks", str(p), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 2 and out["blocks"] == [] and "web page" in out["error"] and str(p) in out["error"]


from hypothesis import given, settings, strategies as st

_MARKUP = st.sampled_from(list("ab <>/=\"'&;#\n•○1.") + [
    "<p>", "</p>", "<ul>", "</ul>", "<ol type=i start=x>", "<li>", "</li>", "<table>", "<tr>", "<td rowspan=2>",
    "<th colspan=0>", "</td>", "</table>", "<br>", "<br/>", "<script>", "</script>", "<style>", "&amp;", "&#x2022;",
    "&bogus;", "<h2>", "</h9>", "<!--", "-->", "<![CDATA[", "<caption>", "<div>"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_MARKUP, max_size=80).map("".join))
def test_any_markup_parses_without_error(html):
    for block in html_to_blocks(html, "x.html"):
        assert block.type in ("heading", "paragraph", "list_item", "table")
        assert block.type == "table" or block.text.strip()


def test_word_exported_html_lists_and_typed_numbers():
    html = ("<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>"
            "·<span>&nbsp;&nbsp;&nbsp;&nbsp;</span></span>Audit plans</p>"
            "<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><span style='font-family:\"Courier New\"'>"
            "o<span>&nbsp;&nbsp;</span></span>monthly</p>"
            "<p>1.&nbsp;&nbsp;Take immediate action.</p><p>2. Ensure plans are reviewed.</p>"
            "<p>1.1 is a section number, not a list marker</p>")
    got = [(b.type, b.label, b.level, b.text) for b in _blocks(html)]
    assert got == [
        ("list_item", "•", 0, "Audit plans"),
        ("list_item", "o", 1, "monthly"),
        ("list_item", "1.", 0, "Take immediate action."),
        ("list_item", "2.", 0, "Ensure plans are reviewed."),
        ("paragraph", None, 0, "1.1 is a section number, not a list marker"),
    ]


def test_source_newlines_are_spaces_but_pre_keeps_lines():
    blocks = _blocks("<p>A paragraph wrapped\nin the source\r\nfile.</p><pre>line one\nline two</pre>")
    assert [b.text for b in blocks] == ["A paragraph wrapped in the source file.", "line one", "line two"]
