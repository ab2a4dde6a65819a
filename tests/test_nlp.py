"""extractor.nlp: the one spaCy pipeline, and the stages that use it (linker words, lexicon
concepts, lead entities, polarity cues), on small hand-written inputs."""
from __future__ import annotations

import subprocess
import sys

from extractor import nlp
from extractor.extract import leads
from extractor.extract.polarity import cue_spans, load_lexicon as load_cues, score_polarity
from extractor.link.lexicon import lexicon_from_dict, load_lexicon
from extractor.link.text import analyse


def test_one_blank_english_pipeline_per_process():
    assert nlp.english() is nlp.english()
    assert nlp.english().lang == "en"
    leads._nlp()  # adding the lead rulers does not make a second pipeline
    assert leads._nlp() is nlp.english()
    assert nlp.english().pipe_names[-2:] == ["gazetteer", "person_names"]


def test_tokens_follow_spacys_english_rules():
    text = "Children's care can't wait: re-assess (e.g. CLA) by 31/03/2024, see www.gov.uk."
    assert [t.text for t in nlp.tokenize(text)] == [
        "Children", "'s", "care", "ca", "n't", "wait", ":", "re", "-", "assess", "(", "e.g.", "CLA", ")",
        "by", "31/03/2024", ",", "see", "www.gov.uk", "."]


def test_stop_words_are_spacys_english_ones():
    stop = nlp.stop_words()
    assert {"the", "and", "would"} <= stop and "children" not in stop


def test_linker_words_are_tokens_without_stop_words_and_punctuation():
    a = analyse("Ensure the IROs' challenge is timely, and recorded.", load_lexicon())
    assert a.tokens == ("iros", "challenge", "timely", "recorded")  # "ensure": a lexicon stop word
    assert {"iro", "recording"} <= a.concepts


def test_phrase_matcher_finds_whole_words_and_overlapping_phrases():
    m = nlp.phrase_matcher({"a": ["not", "not always", "always effective"], "b": ["effective", "not", ""]})
    words = "plans are not always effective and not".split()
    found = sorted((s.label_, s.start, s.end, s.text) for s in nlp.phrase_spans(m, words))
    assert found == [("a", 2, 3, "not"), ("a", 2, 4, "not always"), ("a", 3, 5, "always effective"),
                     ("a", 6, 7, "not"), ("b", 2, 3, "not"), ("b", 4, 5, "effective"), ("b", 6, 7, "not")]
    assert nlp.phrase_spans(m, "ineffective knots".split()) == []
    assert nlp.phrase_spans(m, []) == []


def test_longest_and_leftmost_longest_spans():
    m = nlp.phrase_matcher({"x": ["disabled children", "children in care", "in care"]})
    spans = nlp.phrase_spans(m, "disabled children in care".split())
    assert [s.text for s in nlp.longest_spans(spans)] == ["children in care"]
    assert [s.text for s in nlp.leftmost_longest_spans(spans)] == ["disabled children", "in care"]


def test_lexicon_concepts_in_a_sentence():
    lex = load_lexicon()
    found = lex.matches("CLA and care leavers with pathway plans; disabled children in care. A CPU.")
    assert found == {"looked_after": ("cla",), "care_leavers": ("care leavers", "pathway plans"),
                     "pathway_plans": ("pathway plans",), "disability": ("disabled children",)}
    assert lex.concepts_in("the Child-Protection chairs") >= {"child_protection", "child_protection_chair"}


def test_lexicon_takes_its_vocabulary_from_its_data():
    lex = lexicon_from_dict({"concepts": {"kin": {"label": "kinship", "terms": ["Kinship care", "SGO"]}}})
    assert lex.matches("An SGO, then kinship-care.") == {"kin": ("sgo", "kinship care")}
    assert lex.matches("kinship") == {}


def test_lead_entities():
    doc = leads._nlp()("Service Manager Jane Smith and the CCG")
    assert [(e.text, e.label_) for e in doc.ents] == [("Service Manager", "ROLE"), ("Jane Smith", "PERSON"),
                                                     ("CCG", "ORG")]
    assert [(e.text, e.label_) for e in leads._nlp()("Senior Management Team").ents] == [
        ("Senior Management Team", "TEAM")]
    assert [(e.text, e.label_) for e in leads._nlp()("Dr Jane O'Neil / J. Smith").ents] == [
        ("Dr Jane O'Neil", "PERSON"), ("J. Smith", "PERSON")]
    assert leads._nlp()("Strategic Lead").ents == ()  # gazetteer words are not names


def test_every_gazetteer_term_is_one_entity_of_its_label():
    pipeline = leads._nlp()
    wrong = []
    for p in leads.gazetteer_patterns():
        doc = pipeline(p["pattern"])
        if [(e.start, e.end, e.label_) for e in doc.ents] != [(0, len(doc), p["label"])]:
            wrong.append(p)
    assert not wrong


def test_polarity_cue_with_negation():
    words = "management oversight is not always effective".split()
    found = cue_spans(words, load_cues())
    assert [s.text for s in found["concern"]] == ["not always", "not"]  # longest first
    assert [s.text for s in found["strength"]] == ["effective"]
    s = score_polarity("Management oversight is not always effective.")
    assert s.cues == ("concern:not always", "concern:negated:effective") and s.polarity == "concern"
    # a concern cue after a negator is a double negative, and scores nothing
    assert score_polarity("Children do not wait.").cues == ()
    assert score_polarity("Children wait.").cues == ("concern:wait",)


def test_importing_recmap_does_not_import_spacy():
    """spaCy is imported when text is first analysed, not by `import extractor` or `recmap --help`."""
    code = ("import sys, extractor.cli, extractor.nlp, extractor.extract.leads, extractor.link.text; "
            "print('spacy' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.stdout.split() == ["False"], res.stdout + res.stderr
