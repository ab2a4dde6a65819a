from __future__ import annotations

import pytest

from extractor.link.lexicon import lexicon_from_dict, load_lexicon
from extractor.link.text import analyse, stem


def test_acronyms_and_synonyms_meet_in_one_concept():
    lex = load_lexicon()
    for a, b in [("CLA", "children looked after"), ("LAC reviews", "children in care"),
                 ("the MASH", "front door"), ("IROs", "independent reviewing officers"),
                 ("PLO", "pre-proceedings"), ("UASC", "unaccompanied asylum-seeking children"),
                 ("QA", "audit"), ("supervision", "management oversight"),
                 ("pathway plans", "care leavers"), ("CSE", "child sexual exploitation")]:
        shared = lex.concepts_in(a) & lex.concepts_in(b)
        assert shared, f"{a!r} and {b!r} share no concept"


def test_longest_form_wins_so_a_phrase_is_not_also_its_parts():
    lex = load_lexicon()
    found = lex.matches("children looked after in placements with parents")
    assert found["placements_with_parents"] == ("placements with parents",)
    # "placements" is not read again on its own: the broader concept comes with the longer phrase
    assert found["placements"] == ("placements with parents",)


def test_a_concept_brings_its_broader_ones_and_themes():
    lex = load_lexicon()
    assert {"supervision", "management_oversight"} <= lex.concepts_in("monthly reflective supervision")
    assert "care_leavers" in lex.themes(lex.concepts_in("pathway plans"))
    with pytest.raises(ValueError):
        lexicon_from_dict({"concepts": {"x": {"terms": ["x"], "broader": "nothing"}}})
    with pytest.raises(ValueError):
        lexicon_from_dict({"concepts": {"x": {"terms": ["x"], "broader": "y"}, "y": {"terms": ["y"], "broader": "x"}}})


def test_matching_is_whole_word():
    lex = load_lexicon()
    assert "child_protection" not in lex.concepts_in("a cpu and a cpx")  # 'cp' must be a word


def test_concept_without_terms_is_refused():
    with pytest.raises(ValueError):
        lexicon_from_dict({"concepts": {"x": {"label": "x", "terms": []}}})


def test_analyse_drops_stopwords_and_can_fold_plurals():
    text = "Ensure the assessments of children's plans are reviewed."
    a = analyse(text, load_lexicon())
    assert "assessments" in a.tokens and "ensure" not in a.tokens and "children" not in a.tokens
    assert "assessment" in analyse(text, load_lexicon(), use_stem=True).tokens
    assert stem("policies") == "policy" and stem("process") == "process"


def _regex_reference(lex, text: str) -> dict[str, tuple[str, ...]]:
    """The matching rule stated as a regex: every surface form as a whole word, leftmost
    first, the longest form at each position (what the lexicon's phrase matching must equal)."""
    import re

    from extractor.items import normalise_text

    forms = sorted(lex._owners, key=lambda t: (-len(t), t))
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in forms) + r")(?!\w)")
    found: dict[str, dict[str, None]] = {}
    for m in pattern.finditer(normalise_text(text)):
        for key in lex._owners[m.group(1)]:
            for k in (key,) + lex._parents.get(key, ()):
                found.setdefault(k, {})[m.group(1)] = None
    return {k: tuple(v) for k, v in found.items()}


def _texts():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    texts = ["", "   ", "LAC", "cla cla", "children in need children in care", "PLO-pre-proceedings",
             "child protection chairs and child protection", "a cp", "cp."]
    texts += [p.read_text("utf-8", errors="replace") for p in sorted((root / "corpus/samples").glob("*.md"))]
    from conftest import shared_glob

    texts += [p.read_text("utf-8", errors="replace") for p in shared_glob("seeds", "*") if p.is_file()]
    # every form of the lexicon in running text, so that each one is exercised
    lex = load_lexicon()
    texts.append(" and ".join(sorted(lex._owners)))
    texts.append(" ".join(sorted(lex._owners, key=len)))
    return texts


def test_phrase_matching_equals_the_regex_rule_on_real_text():
    lex = load_lexicon()
    texts = _texts()
    assert len(texts) > 10
    for text in texts:
        for para in text.split("\n"):
            assert lex.matches(para) == _regex_reference(lex, para), para[:120]
