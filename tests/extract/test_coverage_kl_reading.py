"""Reading rules added after first contact with the coverage plans of sets "k" and "l"
(corpus/coverage/k, l; gold in corpus/gold/coverage/k, l), where recmap read 176 of 180 actions:
a numbered item whose labels wrap onto indented lines ("— Lead:" / "   Harriet Quenby, Principal
Social Worker — By: Q3 2018/19": nene-bridge.md), a lead that is one post with its body in title
case ("Designated Doctor for Looked After Children, Tame Valley Community Health NHS Trust":
tame-valley.docx), and the paragraph under a priority heading that says, often quoting the
report, what the actions under it answer - their objective (nene-bridge.md, merseybank.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.actions import extract_actions
from extractor.extract.plan_tables import titled_post
from extractor.ingest import load_document

ROOT = Path(__file__).resolve().parents[2]


def test_wrapped_numbered_items_with_their_labels(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(
        "# Plan\n\n### Missing children\n\n"
        "Inspectors told us to strengthen \"assessments of children who are missing\". This is what we will do.\n\n"
        "1. Replace the CSE screening tool with one exploitation assessment, refreshed after every missing\n"
        "   episode — Lead: Exploitation Lead Manager — By: October 2018\n"
        "2. Run analysis workshops for every social worker — Lead:\n"
        "   Harriet Quenby, Principal Social Worker — By: Q3 2018/19\n"
        "3. Team managers to sign off every risk assessment within five working days\n"
        "   — Lead: Team Managers — By: Immediate\n", encoding="utf-8")
    acts = extract_actions(load_document(path))
    assert [(a.leads_raw, a.date_raw) for a in acts] == [
        ("Exploitation Lead Manager", "October 2018"), ("Harriet Quenby, Principal Social Worker", "Q3 2018/19"),
        ("Team Managers", "Immediate")]
    assert acts[0].text.endswith("refreshed after every missing episode")
    assert all(a.objective and "assessments of children who are missing" in a.objective for a in acts)


def test_the_documents_own_introduction_is_no_objective():
    acts = extract_actions(load_document(ROOT / "corpus" / "coverage" / "l" / "nene-bridge.md"))
    assert all(a.objective and not a.objective.startswith("Ofsted judged our services") for a in acts)
    acts = extract_actions(load_document(ROOT / "corpus" / "coverage" / "j" / "merseybank.md"))
    assert sum(bool(a.objective) for a in acts) >= len(acts) // 2  # each priority's quoting paragraph


@pytest.mark.parametrize("text, post", [
    ("Designated Doctor for Looked After Children, Tame Valley Community Health NHS Trust", True),
    ("Completed in March, awaiting sign off by the Board next month", False),
    ("Meeting held, Actions Agreed With Partners And Recorded On System Today", False),
])
def test_a_long_lead_in_title_case_is_a_post(text, post):
    assert titled_post(text) is post


@pytest.mark.parametrize("text, quotes", [
    ("Ofsted asked us to strengthen \u201cassessments of children who are missing\u201d.", True),
    ('Inspectors want "sufficient challenge to improve plans".', True),
    ('Our "Firm Foundations" programme.', False),
    ('"a' + " a" * 5000, False),  # an opening quote never closed: no quotation (and no long backtracking)
])
def test_a_paragraph_quoting_the_report(text, quotes):
    from extractor.extract.plan_tables import _quotes_words

    assert _quotes_words(text) is quotes
