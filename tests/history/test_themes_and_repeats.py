"""Themes from the lexicon and the themes data file; repeats from carry-overs and the pair model,
on hand-built documents."""
from __future__ import annotations

import pytest

from extractor.history.repeats import carry_over_repeats, council_repeats, ordered, pair_table
from extractor.history.themes import default_tagger, tagger_from_data
from historykit import doc, item

LEXICON = {"schema": "recmap-lexicon-v1", "concepts": {
    "care_leavers": {"label": "care leavers", "theme": True, "terms": ["care leavers"]},
    "care_leavers_eet": {"label": "EET", "broader": "care_leavers", "terms": ["education employment and training"]},
    "education": {"label": "education", "theme": True, "terms": ["school"]},
    "partnership": {"label": "partnership", "theme": True, "terms": ["multi agency"]},
    "permanence": {"label": "permanence", "theme": True, "terms": ["permanence"]},
    "adoption": {"label": "adoption", "broader": "permanence", "theme": True, "terms": ["adoption"]},
}, "stopwords": []}
RULES = {"schema": "recmap-themes-v1", "terms": {"education": ["schools"]}, "broader": {"adoption": None},
         "add": [{"concept": "care_leavers_eet", "themes": ["education"]}], "addressee": {"LSCB": ["partnership"]}}


def test_the_data_file_adds_forms_cuts_links_brings_themes_and_reads_the_addressee():
    t = tagger_from_data(LEXICON, RULES)
    assert t.themes("Support care leavers into education, employment and training.") == ("care_leavers", "education")
    assert t.themes("Work with schools.") == ("education",)
    assert t.themes("Reduce delay in adoption.") == ("adoption",)  # not permanence: the link is cut
    assert t.themes("Evaluate the impact of training.", "LSCB") == ("partnership",)
    assert t.themes("Nothing in the lexicon here.") == ()
    assert set(t.theme_labels()) == {"care_leavers", "education", "partnership", "permanence", "adoption"}


@pytest.mark.parametrize("rules, problem", [
    ({"schema": "x"}, "not a recmap-themes-v1"),
    ({"schema": "recmap-themes-v1", "terms": {"nope": ["x"]}}, "not a lexicon concept"),
    ({"schema": "recmap-themes-v1", "add": [{"concept": "adoption", "themes": ["nope"]}]}, "unknown"),
    ({"schema": "recmap-themes-v1", "addressee": {"LSCB": ["nope"]}}, "unknown theme"),
])
def test_a_broken_themes_file_is_refused(rules, problem):
    with pytest.raises(ValueError, match=problem):
        tagger_from_data(LEXICON, rules)


def test_the_packaged_tagger_follows_the_gold_conventions():
    t = default_tagger()
    assert "partnership" in t.themes("Ensure that the annual report is published.", "LSCB")
    assert {"care_leavers", "education"} <= set(t.themes(
        "Increase the number of care leavers in education, employment and training."))
    assert t.themes("Improve the timeliness of adoption for children.") == ("adoption",)
    assert {"looked_after", "identity_diversity"} <= set(t.themes("The quality of life-story work."))
    assert "management_oversight" in t.themes("The quality of supervision.")


def test_a_carry_over_repeats_every_item_of_its_group_in_the_document_it_names():
    report = doc("r18", "2018-10-29", [item("p1", "Priority one.", group="priority", number=1),
                                       item("i2", "Improve two.", group="improvement", number=2),
                                       item("i3", "Improve three.", group="improvement", number=3)])
    older = doc("r14", "2014-05-01", [item("o1", "Old ask.")])
    carry = item("c1", "The areas for improvement continue to be those identified at the ILACS inspection in "
                 "September 2018.", kind="carry-over", number=None, carries="improvement", refers_to="2018-09")
    letter = doc("l21", "2021-02-12", [carry], kind="letter", framework="focused-visit")
    found = carry_over_repeats([letter, older, report])
    assert [(r.item, r.earlier, r.basis, r.score) for r in found] == \
        [("c1", "i2", "carry-over", 1.0), ("c1", "i3", "carry-over", 1.0)]
    assert found[0].evidence.startswith('carried over: "The areas for improvement continue')
    # naming no earlier event, it carries over the latest earlier document
    vague = item("c2", "The areas for priority action from the last inspection remain.", kind="carry-over",
                 number=None, carries="priority")
    assert [r.earlier for r in carry_over_repeats([older, report, doc("l22", "2022-01-01", [vague])])] == ["p1"]


def test_later_items_repeat_earlier_ones_of_the_same_council_only():
    early = doc("a", "2015-01-10", [
        item("a1", "Improve the quality of management oversight and supervision of social workers.",
             themes=["management_oversight"], number=1),
        item("a2", "Ensure that care leavers have access to suitable accommodation.", themes=["care_leavers"], number=2)])
    late = doc("b", "2019-03-02", [
        item("b1", "The quality of supervision and management oversight.", themes=["management_oversight"], number=1),
        item("b2", "The timeliness of return home interviews for children who go missing.", themes=["missing"],
             number=2)])
    undated = doc("u", None, [item("u1", "The quality of supervision.", themes=["management_oversight"])])
    found = council_repeats([late, undated, early])
    assert [(r.item, r.earlier) for r in found] == [("b1", "a1")]
    assert found[0].basis == "similarity" and "linker" in found[0].evidence
    table = pair_table([late, early])
    assert len(table.later) == 4 and set(table.earlier) == {"a1", "a2"}  # later items x earlier ones, never back
    assert [d.id for d in ordered([late, undated, early])] == ["a", "b"]
