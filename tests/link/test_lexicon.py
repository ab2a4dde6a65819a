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
    found = lex.concepts_in("children looked after in placements with parents")
    assert "placements_with_parents" in found
    assert "placements" not in found  # "placements" is read only as part of the longer phrase


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
    first, the longest form at each position (what the word-by-word matcher must equal)."""
    import re

    from extractor.items import normalise_text

    forms = sorted(lex._owners, key=lambda t: (-len(t), t))
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in forms) + r")(?!\w)")
    found: dict[str, dict[str, None]] = {}
    for m in pattern.finditer(normalise_text(text)):
        for key in lex._owners[m.group(1)]:
            found.setdefault(key, {})[m.group(1)] = None
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


def test_word_matcher_equals_the_regex_rule_on_real_text():
    lex = load_lexicon()
    texts = _texts()
    assert len(texts) > 10
    for text in texts:
        for para in text.split("\n"):
            assert lex.matches(para) == _regex_reference(lex, para), para[:120]
