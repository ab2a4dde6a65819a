"""Explicit recommendation references and other cited sources."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.refs import parse_refs


@pytest.mark.parametrize(
    "raw, refs, others",
    [
        ("1.1 Ofsted Recommendation Number 3 and Ofsted Recommendation Number 7** (only in relation to asylum seeking children)",
         (3, 7), ()),
        ("1.2 Outlined in DfE Direction ToR", (), ("DfE Direction ToR",)),
        ("<p>2.3 Ofsted recommendation number 5 and recommendation number 9</p> <p>Outlined in DfE Direction ToR</p>",
         (5, 9), ("DfE Direction ToR",)),
        ("2.4 Ofsted recommendation 10", (10,), ()),
        ("1.9 Ofsted Recommendation Number 1 Outlined in DfE Direction ToR", (1,), ("DfE Direction ToR",)),
        ("1.10 Ofsted recommendation number 2", (2,), ()),
        ("Ofsted 2: Prevent unnecessary drift and delay", (2,), ()),
        ("Rec 4", (4,), ()),
        ("R3", (3,), ()),
        ("Recommendations 1, 4 and 6", (1, 4, 6), ()),
        ("Recs 3-5", (3, 4, 5), ()),
        ("as set out in the Improvement Notice", (), ("Improvement Notice",)),
    ],
)
def test_refs(raw, refs, others):
    assert parse_refs(raw) == (refs, others)


@pytest.mark.parametrize("raw", ["1.5", "2.10", "Ofsted 2015 report", "", "Implement from the previous inspection"])
def test_no_false_references(raw):
    assert parse_refs(raw) == ((), ())


def test_workstream_cell_lists_every_ofsted_number_once():
    cell = ("Priority & Immediate Action Ofsted 1: Implement the following areas. Ofsted 7: Conduct a robust test "
            "of assurance. Areas for Improvement Ofsted 8: Ensure that managers use data. Ofsted 1 again")
    assert parse_refs(cell)[0] == (1, 7, 8)


from hypothesis import given, strategies as st  # noqa: E402


@given(st.lists(st.integers(1, 40), min_size=1, max_size=4, unique=True),
       st.sampled_from(["Ofsted Recommendation Number {}", "Ofsted recommendation {}", "Rec {}", "R{}", "Ofsted {}:",
                        "recommendation number {}"]),
       st.sampled_from([" and ", ", ", "; "]))
def test_generated_citations_round_trip(numbers, form, sep):
    text = "1.4 " + sep.join(form.format(n) for n in numbers)
    assert parse_refs(text)[0] == tuple(numbers)


@given(st.text(max_size=80))
def test_never_raises_and_numbers_are_small(text):
    refs, others = parse_refs(text)
    assert all(0 < n < 100 for n in refs)
    assert all(isinstance(o, str) and o for o in others)


@pytest.mark.parametrize(
    "raw, refs",
    [
        ("R1, R3", (1, 3)),
        ("R1-R3", (1, 2, 3)),  # regression: read as (1, 3)
        ("R2-4", (2, 3, 4)),  # regression: read as (2,)
        ("Rec 2", (2,)),
        ("Ofsted 4 & 5", (4, 5)),
        ("Recommendation 3(a)", (3,)),
        ("Rec. 2, 4", (2, 4)),
        ("1.2", ()),  # a row number, not a recommendation
    ],
)
def test_other_councils_reference_wordings(raw, refs):
    assert parse_refs(raw)[0] == refs


@pytest.mark.parametrize(
    "raw, refs",
    [("3", (3,)), ("3, 7", (3, 7)), ("1-3", (1, 2, 3)), ("12 & 13", (12, 13)), ("3(a)", (3,)),
     ("2. Ensure that plans are reviewed", (2,)), ("R1, R3", (1, 3)), ("1.2", ()), ("2019", ()), ("N/A", ())],
)
def test_bare_numbers_count_in_a_recommendation_column(raw, refs):
    from extractor.extract.refs import column_refs

    assert column_refs(raw)[0] == refs


def test_citing_word_broken_by_a_narrow_pdf_column():
    # Regression (variant plan as PDF): "Recommendation 6" in a 2.4 cm column came out "Recommendat ion 6".
    assert parse_refs("Recommendat ion 6")[0] == (6,)
    assert parse_refs("Ofs ted 4")[0] == (4,)


@pytest.mark.parametrize(
    "raw, gist",
    [("Rec 3 – missing children", "missing children"), ("Recs 3-5: care leavers", "care leavers"),
     ("Partners' referrals to be complete, with consent", "Partners' referrals to be complete, with consent"),
     ("Rec 2", None), ("Recommendation 4", None), ("3, 7", None), ("R1-R3", None), ("", None),
     ("Improvement Notice", None), ("1.2 Outlined in DfE Direction ToR", None)],
)
def test_what_a_recommendation_column_says_besides_its_citation(raw, gist):
    from extractor.extract.refs import column_gist

    assert column_gist(raw) == gist


def test_a_recommendation_column_of_summaries_becomes_the_objective():
    # Set b's lanthorne.docx: "Ofsted recommendation" holds "Rec 2" on some rows and the council's
    # own summary on others ("Quicker management decisions in the MASH"); that summary was dropped.
    from extractor.extract.actions import extract_actions
    from extractor.ingest import load_document

    root = Path(__file__).resolve().parents[2]
    actions = extract_actions(load_document(str(root / "corpus" / "coverage" / "b" / "lanthorne.docx")))
    by_row = {a.row: a for a in actions}
    assert by_row["A3"].objective == "Quicker management decisions in the MASH"
    assert by_row["A3"].refs == ()
    assert by_row["A2"].objective is None and by_row["A2"].refs == (2,)
