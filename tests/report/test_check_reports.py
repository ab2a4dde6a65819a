"""Renderers of a check: JSON per INTERFACE, CSV for Excel, workbook sheets, self-contained escaped HTML."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from extractor.coverage import coverage
from extractor.document import Provenance
from extractor.items import Action, CheckResult, DateSpan, Lead, Recommendation, SourceInfo, stable_id
from extractor.link import link
from extractor.report.html import to_html
from extractor.report.jsonio import check_json
from extractor.report.tabular import to_csv, to_xlsx

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


def _rec(n, text):
    return Recommendation(stable_id("R", str(n), text), n, text, Provenance("report.pdf", page=7), label=f"{n}.")


def _act(row, text, refs=(), lead="Jo Smith", end="2027-03-31"):
    return Action(stable_id("A", row, text), row, text, Provenance("plan.docx", page=2, table=0, row=1),
                  objective="Improve practice", refs=tuple(refs), leads_raw=lead,
                  leads=(Lead(lead, "person"),) if lead else (), date_raw="Mar 2027" if end else "",
                  date=DateSpan(None, end, "dated") if end else DateSpan(None, None, "unknown"))


@pytest.fixture
def result():
    recs = [
        _rec(1, "Improve the quality of management oversight and supervision of social workers."),
        _rec(2, "Ensure that care leavers receive full information about their health histories."),
        _rec(3, "Strengthen the recruitment and retention of foster carers " + HOSTILE),
    ]
    acts = [
        _act("1.1", "Deliver reflective supervision training for all team managers.", refs=[1]),
        _act("1.2", "Give every care leaver a health passport with their health history <b>now</b>", refs=[2],
             lead="", end=None),
        _act("1.3", "Review the audit programme.", end="2026-01-31"),
    ]
    links = link(recs, acts)
    cov = coverage(recs, acts, links, as_of=date(2026, 6, 1))
    return CheckResult(tuple(recs), tuple(acts), tuple(links), cov,
                       (SourceInfo("report.pdf", "report", "ILACS", 3),), "plan.docx", date(2026, 6, 1))


def test_json_has_interface_fields(result):
    doc = json.loads(json.dumps(check_json(result)))
    assert set(doc) >= {"recommendations", "actions", "links", "coverage", "warnings"}
    assert all(r["source"] == "report.pdf" for r in doc["recommendations"])
    assert {l["basis"] for l in doc["links"]} >= {"explicit"}
    for l in doc["links"]:
        assert 0.0 <= l["score"] <= 1.0 and l["evidence"]
    statuses = {c["recommendation"]: c["status"] for c in doc["coverage"]}
    rec3 = doc["recommendations"][2]["id"]
    assert statuses[rec3] == "uncovered"
    problems = {(w["action"], w["problem"]) for w in doc["warnings"]}
    a2, a3 = doc["actions"][1]["id"], doc["actions"][2]["id"]
    assert (a2, "no lead") in problems and (a2, "no date") in problems
    assert (a3, "overdue") in problems


def test_csv_is_excel_friendly_with_uncovered_rows(result):
    text = to_csv(result)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    uncovered = [r for r in rows if r["coverage"] == "uncovered"]
    assert uncovered and all(r["action_id"] == "" for r in uncovered if r["recommendation_number"] == "3")
    assert any(r["basis"] == "explicit" for r in rows)


def test_csv_neutralises_formulas():
    from extractor.report.tabular import _safe_cell

    assert _safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _safe_cell("plain") == "plain"


def test_xlsx_sheets_frozen_filtered_coloured(result):
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(to_xlsx(result)))
    assert wb.sheetnames == ["Recommendations", "Actions", "Links", "Coverage", "Asks", "Warnings"]
    ws = wb["Coverage"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    header = [c.value for c in ws[1]]
    col = header.index("status") + 1
    first = ws.cell(row=2, column=col)
    assert first.value == "uncovered" and first.fill.start_color.rgb.endswith("FFC7CE")


def test_html_is_self_contained_and_escaped(result):
    html = to_html(result)
    assert "<script>" not in html and "onerror=alert(1)>" not in html
    assert "&lt;script&gt;" in html
    assert "http://" not in html and "https://" not in html and "<link" not in html
    # uncovered recommendations come first in the per-recommendation list
    first_article = html.index('<article class="rec ')
    assert html[first_article:first_article + 40].startswith('<article class="rec uncovered"')
    assert "No action in the plan addresses this recommendation." in html
    assert "report.pdf, page 7" in html


def test_table_escapes_rich_markup(result):
    from rich.console import Console

    from extractor.report.table import print_table

    buf = io.StringIO()
    rec = result.recommendations[0]
    marked = type(rec)(rec.id, rec.number, "[bold red]not markup[/] " + rec.text, rec.prov, rec.label)
    r2 = CheckResult((marked,) + result.recommendations[1:], result.actions, result.links, result.coverage,
                     result.sources, result.plan, result.as_of)
    print_table(r2, Console(file=buf, width=200, color_system=None))
    out = buf.getvalue()
    assert "[bold red]not markup[/]" in out
    assert "uncovered" in out and "overdue" in out


def test_table_marks_board_recommendations(result):
    from dataclasses import replace

    from rich.console import Console

    from extractor.report.table import print_table

    board = replace(result.recommendations[1], addressee="LSCB")
    r2 = replace(result, recommendations=(result.recommendations[0], board) + result.recommendations[2:])
    buf = io.StringIO()
    print_table(r2, Console(file=buf, width=200, color_system=None))
    out = buf.getvalue()
    assert "(LSCB) Ensure that care leavers" in out
    assert "Addressed to the safeguarding board (marked): 1; without --board" in out
    buf = io.StringIO()
    print_table(result, Console(file=buf, width=200, color_system=None))
    assert "safeguarding board" not in buf.getvalue()


def test_review_states_get_their_own_cards_and_order(result):
    """A review-store export carries 'suspect' and 'suggested': shown, counted, worst first."""
    from dataclasses import replace

    from rich.console import Console

    from extractor.report.table import print_table

    items = list(result.coverage.items)
    items[0] = replace(items[0], status="suspect")
    items[1] = replace(items[1], status="suggested")
    r2 = replace(result, coverage=replace(result.coverage, items=tuple(items)))
    html = to_html(r2)
    assert '<div class="card suspect"><b>1</b>suspect: re-review</div>' in html
    assert '<div class="card suggested"><b>1</b>suggested, unreviewed</div>' in html
    assert '<div class="card covered"><b>0</b>covered</div>' in html  # the check's own statuses always show
    order = [html.find(f'<article class="rec {s}"') for s in ("uncovered", "suspect", "suggested")]
    assert -1 not in order and order == sorted(order)
    buf = io.StringIO()
    print_table(r2, Console(file=buf, width=200, color_system=None))
    assert "1 uncovered  1 suspect  1 suggested" in buf.getvalue()


def test_actions_without_row_numbers_are_found_by_table_and_row(result):
    """Plans like West Berkshire's print no row numbers: reports point at table and row instead."""
    from dataclasses import replace

    from extractor.report.rows import plan_ref, warning_rows

    unnumbered = replace(result.actions[1], row=None)
    r2 = replace(result, actions=(result.actions[0], unnumbered, result.actions[2]))
    assert plan_ref(unnumbered) == "T1 R2"  # Provenance(table=0, row=1) is 0-based
    html = to_html(r2)
    assert '">T1 R2</th>' in html
    assert {w["row"] for w in warning_rows(r2) if w["action_id"] == unnumbered.id} == {"T1 R2"}


def test_html_names_bulleted_recommendations_by_number(result):
    """A report that marks recommendations with bullet glyphs (U+F06E, '•') gets headings by
    number, not 'Recommendation •' (seen on corpus/samples/inspection-report.pdf)."""
    from dataclasses import replace

    recs = (replace(result.recommendations[0], label="\uf06e"), replace(result.recommendations[1], label="•"),
            replace(result.recommendations[2], label="(c)"))
    html = to_html(replace(result, recommendations=recs))
    import re

    assert re.search(r"Recommendation 1\D", html) and re.search(r"Recommendation 2\D", html)
    assert "Recommendation (c)" in html
    assert "Recommendation \uf06e" not in html and "Recommendation •" not in html


@pytest.fixture
def partly():
    """Recommendation 1 asks two things; the plan answers the first only."""
    recs = [_rec(1, "Ensure that strategy discussions include police and health. Ensure that children who go "
                    "missing from care are offered a return home interview.")]
    acts = [_act("1.1", "Police and health attend every strategy discussion in the MASH.", refs=[1])]
    links = link(recs, acts)
    cov = coverage(recs, acts, links, as_of=date(2026, 6, 1))
    return CheckResult(tuple(recs), tuple(acts), tuple(links), cov,
                       (SourceInfo("report.pdf", "report", "ILACS", 1),), "plan.docx", date(2026, 6, 1))


def test_every_format_shows_the_ask_no_action_is_aimed_at(partly, tmp_path):
    from rich.console import Console

    from extractor.report.table import print_table

    item = partly.coverage.items[0]
    assert item.status == "weak" and [q.status for q in item.asks] == ["covered", "uncovered"]
    missing = "return home interview"
    doc = check_json(partly)
    assert [q["status"] for q in doc["coverage"][0]["asks"]] == ["covered", "uncovered"]
    assert doc["links"][0]["asks"] == [1]
    assert missing in to_csv(partly)
    assert missing in to_html(partly) and "no action is aimed at this" in to_html(partly)
    console = Console(record=True, width=120)
    print_table(partly, console)
    text = console.export_text()
    assert "Asks with no action aimed at them" in text and missing in text
    from openpyxl import load_workbook

    path = tmp_path / "c.xlsx"
    path.write_bytes(to_xlsx(partly))
    asks = [[c.value for c in row] for row in load_workbook(path)["Asks"].iter_rows(min_row=2)]
    assert [r[4] for r in asks] == ["covered", "uncovered"]


def test_every_format_marks_recommendations_asked_before(result, tmp_path):
    """recmap check --history: a recommendation repeating an earlier ask says so in every format;
    without a history no format gains a field or column."""
    from dataclasses import replace

    from rich.console import Console

    from extractor.items import EarlierAsk
    from extractor.report.table import print_table

    assert "asked_before" not in check_json(result)["recommendations"][0] and "asked_before" not in to_csv(result)
    rec = result.recommendations[0]
    asked = replace(result, history="history.sqlite", earlier_asks=(EarlierAsk(
        rec.id, "R-old-3", "2014.pdf", "the 2014 report, recommendation 3",
        "Improve the quality of staff supervision " + HOSTILE, 0.81, "linker 0.80, text 0.55"),))
    said = "also asked in the 2014 report, recommendation 3 (0.81)"
    doc = check_json(asked)
    assert doc["history"] == "history.sqlite"
    assert doc["recommendations"][0]["asked_before"] == [{
        "item": "R-old-3", "source": "2014.pdf", "describes": "the 2014 report, recommendation 3",
        "text": "Improve the quality of staff supervision " + HOSTILE, "score": 0.81, "evidence": "linker 0.80, text 0.55"}]
    assert doc["recommendations"][1]["asked_before"] == []
    rows = list(csv.DictReader(io.StringIO(to_csv(asked).lstrip("\ufeff"))))
    assert {r["asked_before"] for r in rows if r["recommendation_number"] == "1"} == {said}
    html = to_html(asked)
    assert "Also asked in <b>the 2014 report, recommendation 3</b>" in html and "<script>alert" not in html
    console = Console(record=True, width=160)
    print_table(asked, console)
    assert "recommendation 1: also asked in the 2014 report, recommendation 3 (0.81)" in console.export_text()
    from openpyxl import load_workbook

    path = tmp_path / "h.xlsx"
    path.write_bytes(to_xlsx(asked))
    wb = load_workbook(path)
    for sheet in ("Recommendations", "Coverage", "Links"):
        header = [c.value for c in wb[sheet][1]]
        values = [row[header.index("asked_before")] for row in wb[sheet].iter_rows(min_row=2, values_only=True)]
        assert said in values, sheet
