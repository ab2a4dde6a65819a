"""spaCy's English tokenizer and entity rulers, applied without importing spaCy.

recmap tokenises with spaCy's blank English rules (the linker's words, ``extractor.link.text``)
and classifies leads with two spaCy entity rulers (``extractor.extract.leads``). But
``import spacy`` alone costs ~2 s (it loads thinc, pydantic, weasel, httpx, typer...) and
``spacy.blank("en")`` plus the rulers another ~0.5 s, against a 1 s budget for `recmap check`.
So spaCy is not imported at run time: scripts/export_spacy_rules.py writes the installed
spaCy's tokenizer rules (prefix, suffix, infix and URL patterns, the special-case table) and
English stop words to ``extractor/data/spacy_en_tokenizer.json``, and this module applies them
with spaCy's algorithm (``spacy/tokenizer.pyx``: whitespace split, special cases, the
prefix/suffix loop, infixes, URL match, then the special-case matcher), and matches entity-ruler
patterns the way spaCy's ``EntityRuler`` resolves them. Compiling spaCy's affix regexes costs
~0.1 s, most of it for scripts English documents do not use: the file also holds them projected
onto the characters such documents are made of, used for chunks of those characters alone
(``Tokenizer`` says how). The rules stay spaCy's:
tests/test_nlp.py checks the exported file against the installed spaCy and the tokens and
entities, one for one, against spaCy itself.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Mapping, Sequence

_CACHE_SIZE = 10_000  # chunks remembered per tokenizer (spaCy's max_cache_size)
_PATTERN_NAMES = ("prefix", "suffix", "infix", "token_match", "url_match")


@dataclass(frozen=True)
class Token:
    """One token: its text, its character offset and whether one space follows it."""

    text: str
    idx: int
    space: bool

    @property
    def lower(self) -> str:
        return self.text.lower()


def is_punct(text: str) -> bool:
    """spaCy's IS_PUNCT: every character is Unicode punctuation (category P*)."""
    return all(unicodedata.category(ch).startswith("P") for ch in text)


class _Patterns:
    """The tokenizer's regexes, compiled (each None when the language has none)."""

    __slots__ = ("prefix", "suffix", "infix", "token_match", "url_match")

    def __init__(self, prefix: str | None, suffix: str | None, infix: str | None, token_match: str | None,
                 url_match: str | None):
        self.prefix = re.compile(prefix).search if prefix else None
        self.suffix = re.compile(suffix).search if suffix else None
        self.infix = re.compile(infix).finditer if infix else None
        self.token_match = re.compile(token_match).match if token_match else None
        self.url_match = re.compile(url_match).match if url_match else None


def _class_of(charset: Iterable[Sequence[int]], negated: bool = False) -> str:
    """A regex character class of the code point ranges ``charset`` (every character escaped)."""
    def esc(cp: int) -> str:
        return f"\\U{cp:08X}"

    return "[" + "^" * negated + "".join(esc(lo) + "-" + esc(hi) for lo, hi in charset) + "]"


class Tokenizer:
    """spaCy's rule-based tokenizer (``spacy.tokenizer.Tokenizer``) on exported rules.

    ``rules`` maps a special-case string to the token texts it splits into ("don't" -> "do",
    "n't"); ``prefix``, ``suffix`` and ``infix`` are spaCy's affix regexes, ``token_match`` and
    ``url_match`` its whole-token regexes (None when the language has none). ``special_phrases``
    (optional: worked out from the rest when not given) maps each special case that affix
    splitting breaks up to the tokens it breaks into.

    Compiling spaCy's affix and URL patterns takes ~0.14 s: their character classes list whole
    scripts (CJK, Arabic, emoji...). ``charset`` (code point ranges, S) and ``projected`` (the
    patterns with every class C replaced by C∩S, written by scripts/export_spacy_rules.py) save
    most of it: a chunk made of characters of S alone is split with the projected patterns,
    which match exactly as the full ones do on such text; the full patterns are compiled only
    when a chunk has a character outside S, and used for such chunks. A pattern missing from
    ``projected`` is used in full.
    """

    def __init__(self, rules: Mapping[str, Sequence[str]], prefix: str | None, suffix: str | None,
                 infix: str | None, token_match: str | None = None, url_match: str | None = None,
                 faster_heuristics: bool = True, special_phrases: Mapping[str, Sequence[str]] | None = None,
                 charset: Iterable[Sequence[int]] | None = None, projected: Mapping[str, str] | None = None):
        self._sources = (prefix, suffix, infix, token_match, url_match)
        self._full: _Patterns | None = None
        self._outside: Callable[[str], object] | None = None
        self._projected: _Patterns | None = None
        if charset is not None and projected is not None:
            self._outside = re.compile(_class_of(charset, negated=True)).search
            self._projected = _Patterns(*(src and projected.get(name, src)
                                          for name, src in zip(_PATTERN_NAMES, self._sources)))
        else:
            self._full = _Patterns(*self._sources)
        self._specials = {chunk: tuple(pieces) for chunk, pieces in rules.items()}
        for chunk, pieces in self._specials.items():
            if "".join(pieces) != chunk:
                raise ValueError(f"special case {chunk!r} splits into {pieces!r}, which do not spell it")
        self._cache: dict[str, tuple[str, ...]] = {}
        # Special cases that affix splitting would break up ("a.m." -> "a.m", "."; ":)") are
        # found again after splitting, as token sequences; with faster_heuristics spaCy only
        # looks for those with an affix, an infix or a space.
        if special_phrases is None:
            special_phrases = self.special_phrases(faster_heuristics)
        self._phrase_lengths: dict[str, set[int]] = {}
        self._phrases: set[tuple[str, ...]] = set()
        for words in special_phrases.values():
            self._phrases.add(tuple(words))
            self._phrase_lengths.setdefault(words[0], set()).add(len(words))

    def special_phrases(self, faster_heuristics: bool = True) -> dict[str, list[str]]:
        """Each special case the matcher must look for after splitting, with the tokens affix
        splitting alone makes of it (what spaCy's ``add_special_case`` gives its matcher)."""
        def affixed(chunk: str) -> bool:
            pats = self._patterns(chunk)
            return bool(self._prefix_len(chunk, pats) or self._infixes(chunk, pats) or self._suffix_len(chunk, pats))

        return {chunk: self._split(chunk, with_specials=False)[0] for chunk in sorted(self._specials)
                if not faster_heuristics or affixed(chunk) or " " in chunk}

    def _patterns(self, chunk: str) -> _Patterns:
        """The patterns to split ``chunk`` with: the projected ones when all its characters are
        in the character set they were projected on, else (compiled the first time) the full ones."""
        if self._projected is not None and not self._outside(chunk):
            return self._projected
        if self._full is None:
            self._full = _Patterns(*self._sources)
        return self._full

    # -- the parts of spaCy's algorithm, in its order -------------------------------------

    @staticmethod
    def _prefix_len(s: str, pats: _Patterns) -> int:
        m = pats.prefix(s) if pats.prefix else None
        return m.end() - m.start() if m else 0

    @staticmethod
    def _suffix_len(s: str, pats: _Patterns) -> int:
        m = pats.suffix(s) if pats.suffix else None
        return m.end() - m.start() if m else 0

    @staticmethod
    def _infixes(s: str, pats: _Patterns) -> list:
        return list(pats.infix(s)) if pats.infix else []

    def _split(self, text: str, with_specials: bool = True) -> tuple[list[str], list[bool]]:
        """Token texts and their trailing-space flags, before the special-case matcher.

        Like ``str.split`` except that only one ' ' is dropped between chunks: other
        whitespace (a second space, a newline, a tab) becomes a token of its own."""
        words: list[str] = []
        spaces: list[bool] = []
        if not text:
            return words, spaces
        start, in_ws = 0, text[0].isspace()
        for i, ch in enumerate(text):
            if ch.isspace() != in_ws:
                if start < i:
                    words.extend(self._chunk(text[start:i], with_specials))
                    spaces.extend([False] * (len(words) - len(spaces)))
                if ch == " ":
                    spaces[-1] = True
                    start = i + 1
                else:
                    start = i
                in_ws = not in_ws
        if start < len(text):
            words.extend(self._chunk(text[start:], with_specials))
            spaces.extend([False] * (len(words) - len(spaces)))
        return words, spaces

    def _chunk(self, chunk: str, with_specials: bool) -> tuple[str, ...]:
        """The tokens of one whitespace-free chunk (or one run of whitespace)."""
        if with_specials:
            special = self._specials.get(chunk)
            if special is not None:
                return special
            cached = self._cache.get(chunk)
            if cached is not None:
                return cached
        pats = self._patterns(chunk)
        core, prefixes, suffixes = self._split_affixes(chunk, with_specials, pats)
        out = prefixes + self._attach(core, with_specials, pats) + suffixes[::-1]
        result = tuple(out)
        if with_specials:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[chunk] = result
        return result

    def _split_affixes(self, s: str, with_specials: bool, pats: _Patterns) -> tuple[str, list[str], list[str]]:
        """Peel prefixes and suffixes off ``s`` until none is left, ``s`` matches
        ``token_match`` or ``s`` (or ``s`` less one affix) is a special case."""
        specials = self._specials if with_specials else {}
        prefixes: list[str] = []
        suffixes: list[str] = []
        last_size = 0
        while s and len(s) != last_size:
            if pats.token_match and pats.token_match(s):
                break
            if s in specials:
                break
            last_size = len(s)
            pre_len = self._prefix_len(s, pats)
            if pre_len:
                prefix, minus_pre = s[:pre_len], s[pre_len:]
                if minus_pre and minus_pre in specials:
                    s = minus_pre
                    prefixes.append(prefix)
                    break
            suf_len = self._suffix_len(s[pre_len:], pats)
            if suf_len:
                suffix, minus_suf = s[-suf_len:], s[:-suf_len]
                if minus_suf and minus_suf in specials:  # still with its prefix, as in spaCy
                    s = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(s):
                s = s[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                s = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                s = minus_suf
                suffixes.append(suffix)
        return s, prefixes, suffixes

    def _attach(self, s: str, with_specials: bool, pats: _Patterns) -> list[str]:
        """The tokens of what is left once the affixes are off: a special case, a URL, or the
        pieces between infixes ("well-known" -> "well", "-", "known")."""
        if not s:
            return []
        if with_specials and s in self._specials:
            return list(self._specials[s])
        if (pats.token_match and pats.token_match(s)) or (pats.url_match and pats.url_match(s)):
            return [s]
        matches = self._infixes(s, pats)
        if not matches:
            return [s]
        out: list[str] = []
        start = 0
        for m in matches:
            a, b = m.start(), m.end()
            if a == 0:
                continue  # an infix at the very start does not split
            if a != start:
                out.append(s[start:a])
            if a != b:
                out.append(s[a:b])
            start = b
        if s[start:]:
            out.append(s[start:])
        return out

    def _apply_special_phrases(self, words: list[str], spaces: list[bool]) -> tuple[list[str], list[bool]]:
        """Re-join special cases that affix splitting broke up: every occurrence of a special
        case's token sequence, longest first then leftmost, not overlapping one taken (nor one
        passed over) before, is replaced by the special case's own tokens when its text
        is that special case."""
        found = []
        for i, w in enumerate(words):
            for n in self._phrase_lengths.get(w, ()):
                if i + n <= len(words) and tuple(words[i:i + n]) in self._phrases:
                    found.append((i, i + n))
        if not found:
            return words, spaces
        seen: set[int] = set()
        kept = []
        for start, end in sorted(set(found), key=lambda se: (se[0] - se[1], se[0])):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))  # spaCy marks the tokens of skipped matches too
        out_w: list[str] = []
        out_s: list[bool] = []
        i = 0
        for start, end in sorted(kept):
            out_w += words[i:start]
            out_s += spaces[i:start]
            text = "".join(w + (" " if sp else "") for w, sp in zip(words[start:end - 1], spaces[start:end - 1]))
            special = self._specials.get(text + words[end - 1])
            if special is None:
                out_w += words[start:end]
                out_s += spaces[start:end]
            else:
                out_w += special
                out_s += [False] * (len(special) - 1) + [spaces[end - 1]]
            i = end
        return out_w + words[i:], out_s + spaces[i:]

    # -- public -------------------------------------------------------------------------

    def words(self, text: str) -> list[str]:
        """The token texts of ``text``, as ``[t.text for t in spacy_tokenizer(text)]``."""
        words, spaces = self._split(text)
        if self._phrase_lengths:
            words, _ = self._apply_special_phrases(words, spaces)
        return words

    def __call__(self, text: str) -> list[Token]:
        """The tokens of ``text`` with their offsets (the texts and spaces rebuild ``text``)."""
        words, spaces = self._apply_special_phrases(*self._split(text))
        out, idx = [], 0
        for w, sp in zip(words, spaces):
            out.append(Token(w, idx, sp))
            idx += len(w) + sp
        return out


@lru_cache(maxsize=1)
def _english_data() -> dict:
    with resources.files("extractor").joinpath("data/spacy_en_tokenizer.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def english() -> Tokenizer:
    """The tokenizer of ``spacy.blank("en")``, built once: with the patterns projected on the
    characters of English documents it compiles in ~0.03 s (the full patterns, ~0.14 s, are
    compiled the first time a chunk has another character)."""
    d = _english_data()
    return Tokenizer(d["rules"], d["prefix"], d["suffix"], d["infix"], d["token_match"], d["url_match"],
                     d["faster_heuristics"], d["special_phrases"], d["english_charset"], d["projected"])


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (``spacy.lang.en.stop_words.STOP_WORDS``)."""
    return frozenset(_english_data()["stop_words"])


# -- entity rulers ------------------------------------------------------------------------

@dataclass(frozen=True)
class Entity:
    """Tokens ``start`` to ``end`` (exclusive) of a doc, labelled."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Doc:
    """A text's tokens and the entities the rulers found, in text order."""

    tokens: tuple[Token, ...]
    ents: tuple[Entity, ...]

    def __len__(self) -> int:
        return len(self.tokens)


_TEXT_ATTRS: dict[str, Callable[[Token], str]] = {"ORTH": lambda t: t.text, "TEXT": lambda t: t.text,
                                                   "LOWER": lambda t: t.lower}


def _token_test(spec: Mapping) -> Callable[[Token], bool]:
    """One token of a spaCy Matcher pattern as a test. Supported: ORTH / TEXT / LOWER equal to a
    string or with REGEX (``re.search``), IN or NOT_IN; IS_PUNCT; OP "?" (handled by the caller)."""
    tests: list[Callable[[Token], bool]] = []
    for key, value in spec.items():
        if key == "OP":
            if value != "?":
                raise ValueError(f"pattern operator {value!r} is not supported (only '?')")
        elif key == "IS_PUNCT":
            tests.append(lambda t, want=bool(value): is_punct(t.text) == want)
        elif key in _TEXT_ATTRS:
            get = _TEXT_ATTRS[key]
            if isinstance(value, str):
                tests.append(lambda t, get=get, v=value: get(t) == v)
            elif isinstance(value, Mapping) and len(value) == 1:
                (op, arg), = value.items()
                if op == "REGEX":
                    tests.append(lambda t, get=get, rx=re.compile(arg): bool(rx.search(get(t))))
                elif op in ("IN", "NOT_IN"):
                    tests.append(lambda t, get=get, vs=frozenset(arg), want=op == "IN": (get(t) in vs) == want)
                else:
                    raise ValueError(f"pattern predicate {op!r} is not supported (REGEX, IN, NOT_IN)")
            else:
                raise ValueError(f"pattern value for {key} must be a string or one predicate, not {value!r}")
        else:
            raise ValueError(f"pattern attribute {key!r} is not supported (ORTH, TEXT, LOWER, IS_PUNCT, OP)")
    return lambda t: all(test(t) for test in tests)


class EntityRuler:
    """spaCy's ``entity_ruler`` for the patterns recmap uses.

    ``patterns`` are spaCy's: ``{"label": L, "pattern": "phrase"}`` (tokenized, and matched on
    ``phrase_attr`` of each token: "ORTH" or "LOWER") or ``{"label": L, "pattern": [token specs]}``
    (see :func:`_token_test`). Matches are taken longest first, then leftmost, skipping any that
    overlap one taken; with ``overwrite`` False, also any that touch an entity already found.
    """

    def __init__(self, tokenizer: Tokenizer, patterns: Iterable[Mapping], phrase_attr: str = "ORTH",
                 overwrite: bool = False):
        if phrase_attr not in ("ORTH", "LOWER"):
            raise ValueError(f"phrase_attr {phrase_attr!r} is not supported (ORTH, LOWER)")
        self._lower = phrase_attr == "LOWER"
        self.overwrite = overwrite
        self._phrases: dict[tuple[str, ...], list[str]] = {}
        self._phrase_lengths: set[int] = set()
        self._token_patterns: list[tuple[str, list[tuple[Callable[[Token], bool], bool]]]] = []
        for entry in patterns:
            label, pattern = entry["label"], entry["pattern"]
            if isinstance(pattern, str):
                words = tokenizer.words(pattern)
                if not words:
                    continue
                key = tuple(w.lower() for w in words) if self._lower else tuple(words)
                labels = self._phrases.setdefault(key, [])
                if label not in labels:
                    labels.append(label)
                self._phrase_lengths.add(len(key))
            else:
                self._token_patterns.append((label, [(_token_test(s), s.get("OP") == "?") for s in pattern]))

    def _token_ends(self, steps, tokens: Sequence[Token], i: int) -> Iterable[int]:
        if not steps:
            yield i
            return
        (test, optional), rest = steps[0], steps[1:]
        if optional:
            yield from self._token_ends(rest, tokens, i)
        if i < len(tokens) and test(tokens[i]):
            yield from self._token_ends(rest, tokens, i + 1)

    def matches(self, tokens: Sequence[Token]) -> list[tuple[str, int, int]]:
        """Every (label, start, end) match, in the order the ruler considers them."""
        found: dict[tuple[str, int, int], None] = {}
        for label, steps in self._token_patterns:
            for start in range(len(tokens)):
                for end in self._token_ends(steps, tokens, start):
                    if end != start:
                        found[(label, start, end)] = None
        keys = [t.lower for t in tokens] if self._lower else [t.text for t in tokens]
        for start in range(len(tokens)):
            for n in self._phrase_lengths:
                for label in self._phrases.get(tuple(keys[start:start + n]), ()) if start + n <= len(tokens) else ():
                    found[(label, start, start + n)] = None
        return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def __call__(self, tokens: Sequence[Token], ents: Sequence[Entity] = ()) -> tuple[Entity, ...]:
        """``ents`` plus the entities this ruler finds in ``tokens``, in text order."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        entities = list(ents)
        new: list[Entity] = []
        seen: set[int] = set()
        for label, start, end in self.matches(tokens):
            if not self.overwrite and any(i in taken for i in range(start, end)):
                continue
            if start not in seen and end - 1 not in seen:
                new.append(Entity(start, end, label))
                entities = [e for e in entities if not (e.start < end and e.end > start)]
                seen.update(range(start, end))
        return tuple(sorted(entities + new, key=lambda e: e.start))


class Pipeline:
    """A tokenizer and entity rulers run in turn, as a blank spaCy pipeline with rulers added."""

    def __init__(self, tokenizer: Tokenizer, rulers: Sequence[EntityRuler] = ()):
        self.tokenizer = tokenizer
        self.rulers = tuple(rulers)

    def __call__(self, text: str) -> Doc:
        tokens = tuple(self.tokenizer(text))
        ents: tuple[Entity, ...] = ()
        for ruler in self.rulers:
            ents = ruler(tokens, ents)
        return Doc(tokens, ents)
