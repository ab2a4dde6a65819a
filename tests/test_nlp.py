"""extractor.nlp is spaCy's tokenizer and entity rulers without spaCy: checked against spaCy itself.

spaCy stays installed for these tests (and for scripts/export_spacy_rules.py); recmap does not
import it at run time. Each test compares with the installed spaCy: the exported rules, the tokens
of every paragraph and cell of the real and sample documents and of generated strings, and the
entities the two lead-classification rulers find.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from extractor import nlp
from extractor.extract import leads
from extractor.ingest import load_document

from tests.conftest import ROOT, SHARED

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


def document_texts(path: Path) -> list[str]:
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
    return texts


# -- the exported rules ---------------------------------------------------------------------

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
    assert len(strings) > 300
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
    """`recmap check` and `recmap actions` in a fresh interpreter leave spaCy unimported."""
    out = tmp_path / "check.json"
    code = (
        "import sys\n"
        "from extractor.cli import main\n"
        f"rc = main(['check', '--report', {str(SAMPLES / 'inspection-report.pdf')!r}, '--plan', "
        f"{str(SAMPLES / 'improvement-plan.docx')!r}, '--format', 'json', '-o', {str(out)!r}, '-q'])\n"
        f"rc2 = main(['actions', {str(SAMPLES / 'improvement-plan.xlsx')!r}, '--json', '-o', {str(tmp_path / 'a.json')!r}])\n"
        "print(rc, rc2, sorted(m for m in sys.modules if m == 'spacy' or m.startswith(('spacy.', 'thinc'))))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["0", "0", "[]"], res.stdout + res.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["recommendations"]
