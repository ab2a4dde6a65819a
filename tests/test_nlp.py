"""extractor.nlp is spaCy's tokenizer and entity rulers without spaCy: checked against spaCy itself.

spaCy stays installed for these tests (and for scripts/export_spacy_rules.py); recmap does not
import it at run time. Each test compares with the installed spaCy: the exported rules, the tokens
of every paragraph and cell of the real and sample documents and of generated strings, and the
entities the two lead-classification rulers find.
"""
from __future__ import annotations

import importlib.util
import json
import re
import re._constants as sre
import re._parser as sre_parse
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from extractor import nlp
from extractor.extract import leads
from extractor.ingest import load_document

try:
    from tests.conftest import ROOT, SHARED
except ImportError:  # run as `pytest`, not `python -m pytest`: tests/ is on sys.path, the project root is not
    from conftest import ROOT, SHARED

spacy = pytest.importorskip("spacy", reason="spaCy is needed to check extractor.nlp against it")

SAMPLES = ROOT / "corpus/samples"
PLANS = [
    *sorted(SAMPLES.glob("improvement-plan.*")),
    *sorted((ROOT / "corpus/variants").glob("*.*")),
    *[p for d in ("heldout", "heldout2") for p in sorted((ROOT / "corpus" / d).glob("*.*")) if p.suffix != ".json"],
]
SEED_PLANS = ("000", "003")


@lru_cache(maxsize=1)
def spacy_tokenizer():
    return spacy.blank("en").tokenizer


@lru_cache(maxsize=1)
def spacy_lead_pipeline():
    """The lead-classification pipeline exactly as leads.py built it with spaCy."""
    nlp_ = spacy.blank("en")
    gaz = nlp_.add_pipe("entity_ruler", name="gazetteer", config={"phrase_matcher_attr": "LOWER"})
    gaz.add_patterns(leads.gazetteer_patterns())
    names = nlp_.add_pipe("entity_ruler", name="person_names", after="gazetteer", config={"overwrite_ents": False})
    names.add_patterns(leads.person_name_patterns())
    return nlp_


def assert_same_tokens(text: str) -> None:
    expected = [(t.text, t.idx, bool(t.whitespace_)) for t in spacy_tokenizer()(text)]
    got = [(t.text, t.idx, t.space) for t in nlp.english()(text)]
    assert got == expected, f"tokens differ on {text!r}"
    assert nlp.english().words(text) == [t for t, _, _ in expected]


def assert_same_entities(text: str) -> None:
    doc = spacy_lead_pipeline()(text)
    ours = leads._nlp()(text)
    assert [t.text for t in ours.tokens] == [t.text for t in doc], f"tokens differ on {text!r}"
    assert [(e.start, e.end, e.label) for e in ours.ents] == [(e.start, e.end, e.label_) for e in doc.ents], \
        f"entities differ on {text!r}"


@lru_cache(maxsize=None)
def document_texts(path: Path) -> tuple[str, ...]:
    """Every paragraph and table-cell text of a document, as read, and lower-cased (the linker
    tokenises lower-cased text)."""
    texts: list[str] = []

    def add(text: str) -> None:
        if text:
            texts.extend([text, text.lower()])

    def walk(blocks) -> None:
        for b in blocks:
            add(b.text)
            if b.table is not None:
                for row in b.table.rows:
                    for cell in row.cells:
                        add(cell.text)
                        walk(cell.blocks)

    walk(load_document(path).blocks)
    return tuple(texts)


# -- the exported rules ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def _export_module():
    spec = importlib.util.spec_from_file_location("export_spacy_rules", ROOT / "scripts/export_spacy_rules.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_exported_rules_are_the_installed_spacys():
    """Fails after a spaCy upgrade until scripts/export_spacy_rules.py is re-run."""
    mod = _export_module()
    committed = (ROOT / "extractor/data/spacy_en_tokenizer.json").read_text(encoding="utf-8")
    assert json.loads(committed) == mod.spacy_rules(), "re-run scripts/export_spacy_rules.py"
    assert committed == mod.dumps(mod.spacy_rules())


def test_exported_special_phrases_follow_from_the_rules():
    data = nlp._english_data()
    tok = nlp.Tokenizer(data["rules"], data["prefix"], data["suffix"], data["infix"], data["token_match"],
                        data["url_match"], data["faster_heuristics"])
    assert tok.special_phrases(data["faster_heuristics"]) == data["special_phrases"]
    projected = nlp.Tokenizer(data["rules"], data["prefix"], data["suffix"], data["infix"], data["token_match"],
                              data["url_match"], data["faster_heuristics"], charset=data["english_charset"],
                              projected=data["projected"])
    assert projected.special_phrases(data["faster_heuristics"]) == data["special_phrases"]


def test_stop_words_are_spacys():
    from spacy.lang.en.stop_words import STOP_WORDS

    assert nlp.stop_words() == frozenset(STOP_WORDS)


# -- tokens ---------------------------------------------------------------------------------

TRICKY = [
    "", " ", "  ", "\n", " a", "a ", "a  b", "a \n b", "a\t\tb", "\u00a0x\u00a0", "don't", "Don’t", "can't", "y'all",
    "'cause", "O'Neil's", "e.g. i.e. a.m. p.m. U.K. etc.", "(see p. 5).", "“Quoted.”", "‘single’", "well-known",
    "2018-19", "2018–2019", "10km 5% £5.00 $3 3rd 1.5", "https://www.gov.uk/guidance?a=1&b=2.", "www.ofsted.gov.uk,",
    "email@example.org", ":) :-( <3 C++", "...", "…and", "x—y", "x–y", "x‐y", "co-ordinator/lead", "[1] {2} <3>",
    "CP Chairs; TMs & ATMs.", "J. Smith", "Dr. Jane O’Neil", "1.2.3", "a/b/c", "Mr.Smith", "St. Mary's",
    "'s", "’s", "’’", "''", "n't", "Children's Services'", "LSCB's", "U.S.A.", "p.m.)", "(a.m.", "a.m.,",
    # overlapping special-case matches, where a match passed over still blocks a later one
    "6p.m.:'(:)", "@(ಠ_ಠ):(:(", "Nebr.:’(:]", "=(:)Wash.", ":-))):)",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_strings(text):
    assert_same_tokens(text)


def test_special_case_texts():
    """Every special case, alone and inside punctuation and words."""
    for chunk in nlp._english_data()["rules"]:
        for text in (chunk, f"({chunk})", f"{chunk}.", f"x {chunk}, y", f'"{chunk}"', f"-{chunk}-", chunk.upper()):
            assert_same_tokens(text)


@pytest.mark.parametrize("path", sorted(p for p in SAMPLES.iterdir() if p.suffix != ".md"), ids=lambda p: p.name)
def test_sample_documents(path):
    for text in document_texts(path):
        assert_same_tokens(text)


def _shared_documents() -> list[Path]:
    docs = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").exists() else []
    bucks = SHARED / "corpus/ofsted-reports/buckinghamshire-80442/2018-01-29.pdf"
    return docs + ([bucks] if bucks.exists() else [])


@pytest.mark.parametrize("path", _shared_documents() or [None], ids=lambda p: p.name if p else "absent")
def test_shared_documents(path):
    if path is None:
        pytest.skip(f"../shared is absent ({SHARED} not found): tokens of the seed documents not checked")
    for text in document_texts(path):
        assert_same_tokens(text)


FRAGMENTS = [
    "Dr", "J.", "Smith", "O'Neil", "O’Neil", "don't", "can't", "won’t", "e.g.", "i.e.", "a.m.", "U.K.", "etc",
    "http://example.com/a?b=1", "https://www.gov.uk", "www.gov.uk", "gov.uk/x", "user@example.org", "£5.00", "10km",
    "5%", "(", ")", "[", "]", "{", "}", "<", ">", "-", "--", "–", "—", "‐", "/", "\\", ",", ".", "...", "…", "'", "’",
    "‘", '"', "“", "”", "`", ":", ";", "!", "?", "&", "+", "#", "*", "=", "2018-19", "1.5", "3rd", "TMs", "CP", "x-ray",
    ":)", "<3", "'s", "’s", "s'", "co-ordinator", "n't", "N/A", "ATMs", "St.", "Mr.", "no.", "1)", "a)", "ii.",
]
SEPARATORS = ["", "", " ", " ", "  ", "\n", "\t", "\u00a0"]
ALPHABET = "aAzZ09 .,;:!?'’‘\"“”()[]{}<>-–—‐/\\@#&%£$+*=_~^|…\n\t\u00a0é"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), max_size=12))
def test_generated_fragment_strings(parts):
    assert_same_tokens("".join(f + s for f, s in parts))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_generated_character_strings(text):
    assert_same_tokens(text)


OUTSIDE_S = [
    "東京都の子ども。", "(東京)", "“東京”.", "a東b", "x-東-y", "日本語, English.", "😀", "ok😀!", "(😀)", "👍🏽 done.",
    "العربية", "(العربية)؟", "،مرحبا", "Борис Ельцин.", "(Київ)", "हिन्दी।", "עברית.", "Ελληνικά;", "ＡＢＣ（１）",
    "www.例え.jp", "https://пример.рф/путь?q=1", "user@例え.jp", "£5 ₹10 ¥3 ₩4", "C\u3000D", "a\u3000\u3000b",
    "don’t 東", "e.g.東", "東e.g.", "U.K.😀", "10km東", "5%😀", "St. Mary's 東京", ":)😀:(", "ಠ_ಠ", "(ಠ_ಠ)",
]


@pytest.mark.parametrize("text", OUTSIDE_S)
def test_chunks_with_characters_outside_s(text):
    assert_same_tokens(text)


def test_full_patterns_are_compiled_only_for_a_chunk_outside_s():
    tok = fresh_english()
    words = tok.words("The LSCB’s well-known plan (2018–19): see https://www.gov.uk/x?a=1, e.g. £5.00 • ✓ \uf0b7")
    assert words == [t.text for t in spacy_tokenizer()("The LSCB’s well-known plan (2018–19): see "
                                                      "https://www.gov.uk/x?a=1, e.g. £5.00 • ✓ \uf0b7")]
    assert tok._full is None
    assert tok.words("Café 東京 (x).") == ["Café", "東京", "(", "x", ")", "."]
    assert tok._full is not None
    # chunks within S are still split with the projected patterns, the others with the full ones
    assert tok._patterns("(x).") is tok._projected and tok._patterns("東京") is tok._full


def test_documents_are_split_with_the_projected_patterns_alone():
    """Every paragraph and cell of the documents checked here is made of characters of S: none
    makes the tokenizer compile the full patterns."""
    tok = fresh_english()
    for path in [p for p in sorted(SAMPLES.iterdir()) if p.suffix != ".md"] + _shared_documents() + PLANS:
        for text in document_texts(path):
            tok.words(text)
            assert tok._full is None, f"{path.name}: {[c for c in text if tok._outside(c)]!r} outside S"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(FRAGMENTS + OUTSIDE_S + ["東", "😀", "ب", "ж", "。", "\u3000", "ー"]),
                          st.sampled_from(SEPARATORS)), max_size=10))
def test_generated_strings_with_characters_outside_s(parts):
    assert_same_tokens("".join(f + s for f, s in parts))


# -- the patterns projected onto the characters of English documents ------------------------
# The tokenizer splits a chunk made of characters of S (data["english_charset"]) with the patterns
# projected onto S (every class C replaced by C∩S: scripts/export_spacy_rules.py), and compiles the
# full ones only for a chunk with another character. These check that the two match alike on S.

PATTERN_KEYS = ("prefix", "suffix", "infix", "token_match", "url_match")


def english_charset() -> list[tuple[int, int]]:
    return [tuple(r) for r in nlp._english_data()["english_charset"]]


@lru_cache(maxsize=1)
def all_of_s() -> str:
    """Every character of S, in order."""
    return "".join(chr(c) for lo, hi in english_charset() for c in range(lo, hi + 1))


def fresh_english() -> nlp.Tokenizer:
    """A tokenizer as ``nlp.english()`` builds it, with nothing compiled lazily yet."""
    d = nlp._english_data()
    return nlp.Tokenizer(d["rules"], d["prefix"], d["suffix"], d["infix"], d["token_match"], d["url_match"],
                         d["faster_heuristics"], d["special_phrases"], d["english_charset"], d["projected"])


@lru_cache(maxsize=1)
def pattern_pairs() -> dict[str, tuple[str, str]]:
    """Each exported pattern that has a projection: (full, projected)."""
    d = nlp._english_data()
    return {k: (d[k], d["projected"][k]) for k in PATTERN_KEYS if d[k] is not None and k in d["projected"]}


@lru_cache(maxsize=1)
def class_pairs() -> list[tuple[str, str]]:
    """Every character class of every pattern: (as spaCy wrote it, projected)."""
    return [pair for full, _ in pattern_pairs().values() for pair in _export_module().project(full, english_charset())[1]]


def test_the_affix_patterns_are_all_projected():
    d = nlp._english_data()
    assert set(pattern_pairs()) == {k for k in PATTERN_KEYS if d[k] is not None} == {"prefix", "suffix", "infix", "url_match"}
    for full, projected in pattern_pairs().values():
        assert len(projected) < len(full)
    assert len(class_pairs()) > 30
    # ASCII, Latin-1, Latin Extended, General Punctuation and Word's bullet glyphs are in S; CJK,
    # Arabic, Cyrillic, Devanagari and emoji are not; nor U+10FFFF, which empty classes match.
    s = set(all_of_s())
    assert {chr(c) for c in range(0x300)} | set("–—‘’“”•…€£−→✓■○\uf0b7\u202f") <= s
    assert not s & set("東京。العربيةБорисहिन्दी😀\U0010FFFF")


_CATEGORY_ESCAPES = {sre.CATEGORY_DIGIT: "\\d", sre.CATEGORY_NOT_DIGIT: "\\D", sre.CATEGORY_SPACE: "\\s",
                     sre.CATEGORY_NOT_SPACE: "\\S", sre.CATEGORY_WORD: "\\w", sre.CATEGORY_NOT_WORD: "\\W"}

HAND_CLASSES = [
    "[]a]", "[^]a]", "[a-]", "[-a]", "[--/]", "[]-a]", "[\\]\\\\\\-]", "[\\x41-\\x5A]", "[\\u00e9\\U0001F600]",
    "[\\w\\-.]", "[\\N{BULLET}x]", "[\\101\\0\\07]", "[\\t\\n\\r\\f\\v\\a\\b]", "[^\\s]", "[\\d-]", "[^\\W\\d_]",
    "[\\^^]", "[a^]", "[.*+?(){}|$]", "[\\[\\]]", "[é-ü京-東]", "[\\u4e00-\\u9fff]", "[^\\u4e00-\\u9fff]",
    "[z-z]", "[\\S]",
]


def _re_reads(class_text: str) -> tuple[bool, list[tuple[int, int]], list[str]]:
    """How ``re``'s own parser reads a character class: negated, merged ranges, category escapes."""
    (op, av), = sre_parse.parse(class_text).data
    if op in (sre.LITERAL, sre.NOT_LITERAL):
        return op is sre.NOT_LITERAL, [(av, av)], []
    assert op is sre.IN
    negated, ranges, categories = False, [], []
    for item_op, item in av:
        if item_op is sre.NEGATE:
            negated = True
        elif item_op is sre.LITERAL:
            ranges.append((item, item))
        elif item_op is sre.RANGE:
            ranges.append(item)
        else:
            assert item_op is sre.CATEGORY
            categories.append(_CATEGORY_ESCAPES[item])
    return negated, _export_module().merge(ranges), sorted(categories)


@pytest.mark.parametrize("class_text", HAND_CLASSES)
def test_class_parser_reads_hand_written_classes_as_re_does(class_text):
    mod = _export_module()
    end, negated, ranges, categories = mod.parse_class(class_text, 0)
    assert end == len(class_text)
    assert (negated, mod.merge(ranges), sorted(categories)) == _re_reads(class_text)
    # and the projection onto S matches as the class does on every character of S
    projected = mod.project(class_text, english_charset())[0]
    assert re.findall(projected, all_of_s()) == re.findall(class_text, all_of_s())


def test_class_parser_reads_every_class_of_the_patterns_as_re_does():
    mod = _export_module()
    for full, projected in class_pairs():
        end, negated, ranges, categories = mod.parse_class(full, 0)
        assert end == len(full)
        assert (negated, mod.merge(ranges), sorted(categories)) == _re_reads(full), full
        # the projection is that class's ranges within S, with the same negation and categories
        assert (negated, mod.intersect(ranges, english_charset()), sorted(categories)) == \
            (_re_reads(projected) if projected not in ("[\\U0010FFFF]", "[^\\U0010FFFF]")
             else (negated, [], sorted(categories))), full


def test_every_projected_class_matches_the_same_characters_of_s():
    """Exhaustively: each class and its projection match the same characters of S."""
    s = all_of_s()
    for full, projected in class_pairs():
        assert re.findall(projected, s) == re.findall(full, s), full


def _skeleton(node):
    """A regex parse tree with every one-character matcher (a class, a literal) made alike."""
    if isinstance(node, sre_parse.SubPattern):
        return [("char" if op in (sre.IN, sre.LITERAL, sre.NOT_LITERAL) else (op, _skeleton(av))) for op, av in node.data]
    if isinstance(node, (list, tuple)):
        return tuple(_skeleton(x) for x in node)
    return node


def test_projection_changes_only_the_classes():
    """The parse trees of each pattern and its projection differ in one-character matchers only, and
    the projected pattern compiles with the same flags."""
    for key, (full, projected) in pattern_pairs().items():
        assert _skeleton(sre_parse.parse(projected)) == _skeleton(sre_parse.parse(full)), key
        assert re.compile(projected).flags == re.compile(full).flags
        assert re.compile(projected).groups == re.compile(full).groups


def test_projection_refuses_case_folding_and_verbose_patterns():
    mod = _export_module()
    for pattern in ("(?i)[a-zé]", "(?i:[k])x", "(?x)[a] b", "a(?ai)b"):
        with pytest.raises(mod.Unprojectable):
            mod.project(pattern)
    assert mod.project("(?u)(?-i:[a])(?#[)(?:[b])")[0] == "(?u)(?-i:[a])(?#[)(?:[b])"
    assert mod.projections({"prefix": "(?i)^[k]", "suffix": "[\\u4e00x]$", "infix": None}) == {"suffix": "[x]$"}
    # a pattern without projection is used in full by the tokenizer
    tok = nlp.Tokenizer({}, "(?i)^[k]", "[\\u4e00x]$", None, charset=[(0, 0x7F)], projected={"suffix": "[x]$"})
    assert tok.words("kax") == ["k", "a", "x"] and tok._full is None
    assert tok.words("a東") == ["a東"] and tok._full is not None


def _affix_spans(pats: "nlp._Patterns", s: str):
    return ((m.span() if (m := pats.prefix(s)) else None), (m.span() if (m := pats.suffix(s)) else None),
            [m.span() for m in pats.infix(s)], (m.span() if (m := pats.url_match(s)) else None))


@lru_cache(maxsize=1)
def full_and_projected() -> tuple["nlp._Patterns", "nlp._Patterns"]:
    d = nlp._english_data()
    return (nlp._Patterns(*(d[k] for k in PATTERN_KEYS)),
            nlp._Patterns(*(d["projected"].get(k, d[k]) if d[k] else None for k in PATTERN_KEYS)))


def assert_same_affixes(s: str) -> None:
    """The full and projected patterns find the same prefix, suffix, infixes and URL in ``s`` and
    in each of its tails and heads (what the affix loop searches)."""
    full, projected = full_and_projected()
    for part in {s, *(s[i:] for i in range(1, len(s))), *(s[:j] for j in range(1, len(s)))}:
        assert _affix_spans(projected, part) == _affix_spans(full, part), f"affixes differ on {part!r}"


def test_every_character_of_s_in_context():
    """Every character of S alone and between letters, digits and punctuation: the same affixes with
    both sets of patterns, and the same tokens as spaCy."""
    full, projected = full_and_projected()
    for ch in all_of_s():
        for s in (ch, f"a{ch}b", f"A{ch}", f"1{ch}2", f"{ch}.", f"x.{ch}", f"({ch}x)", f"{ch}{ch}a.b",
                  f"www.a{ch}b.uk", f"http://x.{ch}{ch}/y"):
            assert _affix_spans(projected, s) == _affix_spans(full, s), f"affixes differ on {s!r}"
        if not ch.isspace():
            assert_same_tokens(f"a{ch}b ({ch}x) {ch}5 {ch}")


def _boundary_characters() -> str:
    """The characters of S at and next to the ends of every range of every projected class."""
    chars = set()
    for _, projected in class_pairs():
        for lo, hi in _export_module().parse_class(projected, 0)[2]:
            chars.update(c for c in (lo - 1, lo, hi, hi + 1) if 0 <= c < 0x110000)
    s = set(all_of_s())
    return "".join(sorted(chr(c) for c in chars if chr(c) in s))


S_FRAGMENTS = FRAGMENTS + ["http://", "https://", "www.", ".uk", ".com", "/", "?", "#", ":8080", "@", "-", "_", "a.b",
                           "1.2", "10.0.0.1", "192.168.1.1", "x--y", "é", "Ł", "ß", "’", "…", "•", "\uf0b7", "™", "½"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(S_FRAGMENTS), st.sampled_from(_boundary_characters()),
                          st.characters(min_codepoint=0, max_codepoint=0x36F),
                          st.characters(min_codepoint=0x2000, max_codepoint=0x2BFF)), max_size=12))
def test_generated_strings_over_s_have_the_same_affixes(parts):
    s = "".join(parts)
    assert not re.search(nlp._class_of(english_charset(), negated=True), s)
    assert_same_affixes(s)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(S_FRAGMENTS), st.sampled_from(_boundary_characters())), max_size=10),
       st.lists(st.sampled_from(SEPARATORS), min_size=10, max_size=10))
def test_generated_strings_over_s_have_spacys_tokens(parts, seps):
    assert_same_tokens("".join(p + sep for p, sep in zip(parts, seps)))


# -- entities -------------------------------------------------------------------------------

def test_gazetteer_gives_each_phrase_one_label():
    """spaCy orders two labels on one span by hash; the gazetteer must never ask it to."""
    labels: dict[tuple[str, ...], set[str]] = {}
    for p in leads.gazetteer_patterns():
        key = tuple(w.lower() for w in nlp.english().words(p["pattern"]))
        labels.setdefault(key, set()).add(p["label"])
    assert not {k: v for k, v in labels.items() if len(v) > 1}


@lru_cache(maxsize=1)
def lead_strings() -> tuple[str, ...]:
    """Every text the lead pipeline sees while the plans are read, with each action's text, lead
    cell and parsed leads."""
    from extractor.extract.actions import extract_actions

    seen: list[str] = []
    real = leads._nlp()

    def recording(text):
        seen.append(text)
        return real(text)

    plans = list(PLANS)
    for prefix in SEED_PLANS:
        plans += sorted((SHARED / "seeds").glob(f"{prefix}_*.txt")) if (SHARED / "seeds").exists() else []
    mp = pytest.MonkeyPatch()
    mp.setattr(leads, "_nlp", lambda: recording)
    try:
        for path in plans:
            for a in extract_actions(load_document(path)):
                seen += [a.text, a.leads_raw or ""] + [x for lead in a.leads for x in (lead.name, lead.role or "")]
    finally:
        mp.undo()
    return tuple(dict.fromkeys(s for s in seen if s))


def test_lead_strings_of_the_plans():
    strings = lead_strings()
    assert len(strings) > (300 if (SHARED / "seeds").is_dir() else 150)  # 212 from the project's own plans
    for text in strings:
        assert_same_entities(text)
        assert_same_tokens(text)


@pytest.mark.parametrize("text", [
    "J. Smith", "J Smith", "Dr Jane O'Neil", "Dr. Jane O’Neil", "Mrs. Anna Smith-Jones", "TMs and ATMs", "CP Chairs",
    "IROs / CP Chairs, CAR Team", "Mac Heath (HoS, Children and Families)", "Anna McDonald", "Ian MacLeod",
    "Sarah Jane Smith-Jones", "Head of Service", "Service Manager - CAAS", "Senior Management Team",
    "Director of Children's Services", "Cllr Bob Brown", "Prof. Ann Lee", "Strategic Lead", "All Team Managers",
    "CCG", "ccg", "Jane smith", "JANE SMITH", "Jane  Smith", "Jane\nSmith", "J.. Smith", "Dr - Jane Smith",
    "Team Managers and Service Managers", "Amir Khan (SM) and Lucy Ward (TM)", "Local Safeguarding Children Board",
])
def test_hand_written_leads(text):
    assert_same_entities(text)


NAME_WORDS = ["Jane", "Smith", "J.", "J", ".", "Dr", "Dr.", "Mrs", "prof", "O'Neil", "O’Neil", "McDonald", "MacLeod",
              "-", "Smith-Jones", "Service", "Manager", "Managers", "Head", "of", "TMs", "and", "ATMs", "CP", "Chairs",
              "Team", "CCG", "/", ",", "(", ")", "Lead", "the", "Board", "Anna", "Lee", "IRO", "IROs", "HoS"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAME_WORDS), st.sampled_from(["", " ", " ", " ", "  "])), max_size=8))
def test_generated_leads(parts):
    assert_same_entities("".join(w + s for w, s in parts))


# -- nothing at run time imports spaCy ------------------------------------------------------

def test_check_and_actions_do_not_import_spacy(tmp_path):
    """`recmap check` and `recmap actions` in a fresh interpreter leave spaCy unimported (and the
    tokenizer's full patterns uncompiled)."""
    out = tmp_path / "check.json"
    code = (
        "import sys\n"
        "from extractor.cli import main\n"
        f"rc = main(['check', '--report', {str(SAMPLES / 'inspection-report.pdf')!r}, '--plan', "
        f"{str(SAMPLES / 'improvement-plan.docx')!r}, '--format', 'json', '-o', {str(out)!r}, '-q'])\n"
        f"rc2 = main(['actions', {str(SAMPLES / 'improvement-plan.xlsx')!r}, '--json', '-o', {str(tmp_path / 'a.json')!r}])\n"
        "from extractor import nlp\n"
        "print(rc, rc2, sorted(m for m in sys.modules if m == 'spacy' or m.startswith(('spacy.', 'thinc'))),"
        " nlp.english()._full is None)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    # and tokenised the documents with the patterns projected on S alone (the full ones not compiled)
    assert res.stdout.split() == ["0", "0", "[]", "True"], res.stdout + res.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["recommendations"]
