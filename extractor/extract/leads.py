"""Split a plan's "Lead" / "By whom?" cell into leads and say what each one is.

"Richard Nash / CCG" -> Richard Nash (person), CCG (organisation);
"Mac Heath (HoS, Children and Families)" -> Mac Heath (person, role "HoS, Children and Families");
"TMs and ATMs" -> TMs (role), ATMs (role).

Splitting is plain text work (separators outside brackets). Classification runs each piece
through recmap's spaCy pipeline (``extractor.nlp``: ``spacy.blank("en")``) with two entity
rulers added: one knows the children's-services roles, teams and bodies in
``extractor/data/gazetteer.json``, the other has token patterns for personal names (capitalised
words that are not gazetteer vocabulary). No trained model is needed or downloaded; the rulers
are added once, on first use.
"""
from __future__ import annotations

import json
import re
import threading
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Sequence

from .. import nlp
from ..items import Lead

_LABEL_KIND = {"PERSON": "person", "ROLE": "role", "TEAM": "team", "ORG": "organisation"}
_GAZ_LABEL = {"role": "ROLE", "team": "TEAM", "organisation": "ORG"}

# Words that make a capitalised pair a job or a body, not a person ("Strategic Lead", "All Teams").
_NOT_NAME_WORDS = {
    "all", "interim", "acting", "deputy", "assistant", "senior", "lead", "leads", "strategic", "operational",
    "officer", "officers", "manager", "managers", "head", "team", "teams", "service", "services", "board",
    "group", "panel", "unit", "hub", "forum", "meeting", "partners", "partnership", "council", "director",
    "chair", "chairs", "worker", "workers", "training", "audit", "internal", "external", "provider", "the",
    "and", "of", "for", "with", "social", "care", "children", "families", "family", "local", "authority",
    "corporate", "health", "education", "school", "schools", "police", "commissioning", "performance",
    "quality", "assurance", "practice", "workforce", "business", "support", "legal", "data", "nhs", "ccg",
    "improvement", "programme", "project", "executive", "member", "members", "cabinet", "portfolio",
    "holder", "adviser", "advisor", "coordinator", "co-ordinator", "principal", "independent", "reviewing",
    "safeguarding", "protection", "placement", "placements", "fostering", "adoption", "leaving", "youth",
    "virtual", "early", "help", "directorate", "strategy", "policy", "new", "tbc", "tba", "other", "relevant",
}
_TEAM_WORDS = re.compile(r"\b(?:team|teams|service|services|board|group|panel|unit|hub|forum|meeting|academy|directorate)\b", re.I)
_ORG_WORDS = re.compile(r"\b(?:council|trust|police|nhs|ccg|icb|partnership|partners|agency|agencies|provider|school|schools|"
                        r"college|university|constabulary|department|dfe|ofsted|cafcass|lscb|lscp|charity)\b", re.I)
_POST_HEAD = re.compile(r"\b(?:manager|officer|head|chair|lead|worker|director|nurse|doctor|adviser|advisor|"
                        r"co-?ordinator|practitioner|member|leader|executive|partner|analyst|commissioner|head ?teacher)s?\s*$", re.I)
_PREFIX_WORDS = re.compile(r"^(?:all|interim|acting|the|our|each|every|relevant|designated)\s+", re.I)


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, list[str]]:
    with resources.files("extractor").joinpath("data/gazetteer.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every lower-cased word of the gazetteer, used to rejoin split words and to reject fake names."""
    words = set(_NOT_NAME_WORDS)
    for terms in _gazetteer().values():
        for term in terms:
            words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", term))
    return frozenset(words)


def gazetteer_patterns() -> list[dict]:
    """Phrase patterns (spaCy entity-ruler form) for every gazetteer term, and its plural."""
    patterns = []
    for kind, terms in _gazetteer().items():
        label = _GAZ_LABEL[kind]
        for term in terms:
            patterns.append({"label": label, "pattern": term})
            if not term.lower().endswith("s"):
                patterns.append({"label": label, "pattern": term + "s"})  # "TMs", "CP Chairs"
    return patterns


def person_name_patterns() -> list[dict]:
    """Token patterns (spaCy Matcher form) for personal names: capitalised words that are not
    gazetteer vocabulary ("Mac Heath", "Anna Smith-Jones", "J. Smith", "Dr Jane O'Neil")."""
    vocab = sorted(_vocabulary())
    first = {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"}, "LOWER": {"NOT_IN": vocab}}
    part = {"TEXT": {"REGEX": r"^(?:[A-Z][a-z]+|[A-Z]['’][A-Z][a-z]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+)$"}, "LOWER": {"NOT_IN": vocab}}
    hyphen = {"ORTH": "-"}
    return [
        {"label": "PERSON", "pattern": [first, part]},
        {"label": "PERSON", "pattern": [first, part, part]},
        {"label": "PERSON", "pattern": [first, part, hyphen, part]},
        {"label": "PERSON", "pattern": [first, part, part, hyphen, part]},
        {"label": "PERSON", "pattern": [{"TEXT": {"REGEX": r"^[A-Z]\.?$"}}, {"ORTH": ".", "OP": "?"}, part]},  # "J. Smith"
        {"label": "PERSON", "pattern": [{"LOWER": {"IN": ["dr", "cllr", "mr", "mrs", "ms", "miss", "prof"]}},
                                        {"IS_PUNCT": True, "OP": "?"}, first, part]},
    ]


_ADDING_RULERS = threading.Lock()  # two threads' first lead must not both add the rulers


@lru_cache(maxsize=1)
def _nlp():
    """The shared English pipeline with a gazetteer entity ruler (phrases matched on lower case),
    then a personal-names ruler that leaves the gazetteer's entities alone (added once)."""
    pipeline = nlp.english()
    with _ADDING_RULERS:
        if "gazetteer" not in pipeline.pipe_names:
            gazetteer = pipeline.add_pipe("entity_ruler", name="gazetteer", config={"phrase_matcher_attr": "LOWER"})
            gazetteer.add_patterns(gazetteer_patterns())
            names = pipeline.add_pipe("entity_ruler", name="person_names", after="gazetteer",
                                      config={"overwrite_ents": False})
            names.add_patterns(person_name_patterns())
    return pipeline


_CLAIMS = re.compile(r"\bi:0[^|\s]*\|[^|\s]*\|")


def clean_leads_text(text: str) -> str:
    """Collapse whitespace and repair conversion damage: "Thompson- Omenka", "Adamanto s", "Coordinat or"."""
    t = unicodedata.normalize("NFKC", text or "")
    t = re.sub(r"<[^>]+>", " ", t)  # stray HTML from converted cells
    # a SharePoint person field: "Whitcombe, Jane;#i:0#.f|membership|moira.hendry@council.example"
    if ";#" in t or _CLAIMS.search(t):
        t = "; ".join(re.sub(r"^([A-Z][\w'-]+), ([A-Z][\w'-]+)$", r"\2 \1", p.strip())
                      for p in _CLAIMS.sub("", t).split(";#"))
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"([A-Za-z])- (?=[A-Z])", r"\1-", t)
    vocab = _vocabulary()

    def rejoin(m: re.Match) -> str:
        word, frag = m.group(1), m.group(2)
        if (word + frag).lower() in vocab or (len(frag) == 1 and frag not in "a"):
            return word + frag
        return m.group(0)

    return re.sub(r"\b([A-Za-z]{3,}) ([a-z]{1,2})\b(?=\s*(?:[(/,;.)]|$))", rejoin, t)


_COMMA = "\x01"


def _split_top_level(t: str) -> list[str]:
    """Split at separators outside brackets: / ; & + ", " ". Capital" and after ") Capital"."""
    parts, buf, depth = [], [], 0
    i = 0
    while i < len(t):
        ch = t[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
            buf.append(ch)
            # "Sandie Dopson (SM, ...) Rachel Palin (...)": a new lead starts after the bracket,
            # also after "and" ("Amir Khan (SM) and Lucy Ward (TM)").
            nxt = re.match(r"\s*(?:(?:and|&)\s+)?(?=[A-Z])", t[i + 1:])
            if depth == 0 and nxt:
                parts.append("".join(buf))
                buf = []
                i += 1 + nxt.end()
                continue
            i += 1
            continue
        if depth == 0:
            if ch in "/;+\n|":
                parts.append("".join(buf))
                buf = []
                i += 1
                continue
            if ch == "," and not re.match(r"\s*\(", t[i + 1:]):
                parts.append("".join(buf))
                buf = [_COMMA]  # remembered: only comma-joined pieces can be "post, team" pairs
                i += 1
                continue
            if ch == "." and re.match(r"\s+[A-Z]", t[i + 1:]) and not re.search(r"\b(?:Dr|Mr|Mrs|Ms|St|Cllr|[A-Z])$", "".join(buf)):
                parts.append("".join(buf))
                buf = []
                i += 1
                continue
        buf.append(ch)
        i += 1
    parts.append("".join(buf))
    out: list[str] = []
    for p in parts:
        comma = p.startswith(_COMMA)
        p = p.lstrip(_COMMA).strip(" .,;:-")
        if not p:
            continue
        if out and p[0].islower():
            out[-1] = f"{out[-1]}, {p}"  # commentary such as ", to be monitored in SMM" stays with its lead
        else:
            out.append(_COMMA + p if comma else p)
    return out


def _split_and(piece: str) -> list[str]:
    """Split "TMs and ATMs" but not "Children and Families" or "All Service and Team Managers"."""
    if "(" in piece:
        head, _, _ = piece.partition("(")
        if not re.search(r"\band\b", head):
            return [piece]
    bits = re.split(r"\s+(?:and|&)\s+", piece)
    if len(bits) < 2:
        return [piece]
    if all(_recognised(b) for b in bits):
        return bits
    return [piece]


_POST_OF = re.compile(r"^(?:Head|Director|Assistant Director|Deputy Director|Service Manager|Manager|Lead|Chair)\s+(?:of|for)\s+[A-Z]")


def _recognised(piece: str) -> bool:
    """True when the whole piece (after words like "All") is one known entity, a personal name,
    or a post of the form "Head of Workforce"."""
    name, _ = _name_and_role(piece)
    name = _PREFIX_WORDS.sub("", name)
    if _POST_OF.match(name):
        return True
    doc = _nlp()(name)
    return any(e.start == 0 and e.end == len(doc) for e in doc.ents)


def _name_and_role(piece: str) -> tuple[str, str | None]:
    m = re.match(r"^(.*?)[\s,]*\((.*)\)?\s*$", piece)
    if not m:
        return piece.strip(), None
    name = m.group(1).strip(" ,")
    role = m.group(2).strip().rstrip(")").strip() or None
    return name, role


def _person_and_post(piece: str) -> tuple[str, str] | None:
    """"Jane Smith – Service Manager", "Jane Smith, Head of Service": a personal name, then the post."""
    m = re.match(r"^(.+?)(\s+[-\u2013\u2014]\s+|,\s+)(.+)$", piece)
    if not m or "(" in piece:
        return None
    name, sep, post = m.group(1).strip(), m.group(2), m.group(3).strip()
    # "Dr. Anika Rowe": a title before the name is not part of what makes it a personal name
    doc = _nlp()(re.sub(r"^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Cllr|Councillor)\.?\s+(?=[A-Z])", "", name))
    if not any(e.label_ == "PERSON" and e.start == 0 and e.end == len(doc) for e in doc.ents):
        return None
    kind = classify_lead(post).kind
    if kind != "role" and not (kind == "team" and "," not in sep):  # "Jane Smith – Fostering Team"
        return None
    return name, post


# "a.brennan@council.example": a project tool's assignee, a person by their e-mail address
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def classify_lead(piece: str) -> Lead:
    """Classify one lead ("Mac Heath (HoS)", "CCG", "Senior Management Team") as a :class:`Lead`."""
    if _EMAIL.fullmatch(piece.strip()):
        return Lead(name=piece.strip(), kind="person", role=None)
    name, role = _name_and_role(piece)
    if not name and role:
        name, role = role, None
    if role is None:
        pp = _person_and_post(name)
        if pp:
            return Lead(name=pp[0], kind="person", role=pp[1])
    # Classify on the head of the lead: not the commentary after a comma ("Service Managers, to be
    # monitored in SMM") nor the qualifier after a dash ("Service Manager - CAAS").
    core = re.split(r",\s+|\s+[-\u2013\u2014]\s+", name)[0]
    # "Social workers in the Leaving Care Team": the head before "in the" says what the lead is.
    core = re.split(r"\s+(?:in|within|at|from|of)\s+the\s+", core)[0]
    core = _PREFIX_WORDS.sub("", core)
    if _POST_OF.match(core):
        # "Head of Education Inclusion": a post, whatever body its subject names
        return Lead(name=piece.strip() if role else name, kind="role", role=None)
    doc = _nlp()(core)
    kind = None
    ents = list(doc.ents)
    whole = [e for e in ents if e.start == 0 and e.end == len(doc)]
    if whole:
        kind = _LABEL_KIND[whole[0].label_]
    elif any(e.label_ == "PERSON" and e.start == 0 for e in ents) and not any(e.label_ != "PERSON" for e in ents):
        kind = "person"  # "Davy Pe..." cut short, or a name with a trailing initial
    elif ents:
        kind = _LABEL_KIND[ents[-1].label_]  # the head noun comes last: "CAR Service Manager" is a role
    # the entity found is only part of the lead: its last word decides ("Virtual School Headteacher" is a post)
    if kind is None or (kind in ("role", "team") and not whole):
        if _POST_HEAD.search(core):
            kind = "role"
        elif _TEAM_WORDS.search(core) and not re.search(r"\b(?:manager|officer|head|chair|lead|worker)s?\s*$", core, re.I):
            kind = "team"
        elif _ORG_WORDS.search(core):
            kind = "organisation"
        elif kind is None:
            kind = "role"
    if kind == "person":
        return Lead(name=name, kind="person", role=role)
    return Lead(name=piece.strip() if role else name, kind=kind, role=None)


def _join_qualifiers(pieces: list[str]) -> list[str]:
    """Re-join "Service Manager, Front Door": one post (a singular role) and, after a comma, the
    team or body it sits in. Plural roles ("CP Chairs, CAR Team") stay separate leads."""
    out: list[str] = []
    for p in pieces:
        comma = p.startswith(_COMMA)
        p = p.lstrip(_COMMA)
        if comma and out and "(" not in out[-1] and not re.search(r"[a-z]s$", p) and _person_and_post(f"{out[-1]}, {p}"):
            out[-1] = f"{out[-1]}, {p}"  # "Jane Smith, Head of Service": the person and their post
            continue
        if comma and out and "(" not in out[-1] and not re.search(r"s$", out[-1]):
            if classify_lead(out[-1]).kind == "role" and classify_lead(p).kind in ("team", "organisation"):
                out[-1] = f"{out[-1]}, {p}"
                continue
        out.append(p)
    return out


_FUNCTION_WORDS = frozenset("a an the of for in on at to by and or with from is are be been being will not no "
                            "as its it this that these those their our all any some".split())


def looks_like_prose(text: str) -> bool:
    """True for a sentence that landed in a lead column ("Further escalation needed.", "requirement
    for system change, ..."): it opens in lower case, or names no known post, team, body or person
    and has ordinary words the gazetteer does not know."""
    t = clean_leads_text(text)
    if not t or re.fullmatch(r"(?i)(?:n/?a|none|tb[acd]|-+|\?)", t) or _EMAIL.fullmatch(t):
        return False
    t = _EMAIL.sub("", t).strip(" ;,")  # e-mail addresses among names ("Jane Whitcombe; m.hendry@...")
    if not t:
        return False
    if t[0].islower():
        return True
    if re.search(r"[A-Z]{2,}", t):
        return False  # an abbreviation (SMT, CCG, DCS) is a lead's word
    doc = _nlp()(t)
    if any(e.label_ in _LABEL_KIND for e in doc.ents):
        return False
    vocab = _vocabulary()
    unknown = [w for w in re.findall(r"[A-Za-z]+", t) if w.lower() not in vocab and w.lower() not in _FUNCTION_WORDS
               and not w[0].isupper()]
    return len(unknown) >= 2 or (len(unknown) >= 1 and len(t.split()) >= 3 and t.rstrip().endswith("."))


# "Partnership: Police, ICB, Education": a body named with its members after a colon is one lead
_COLLECTIVE_HEAD = re.compile(r"(?i)^(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:partnership|partners|multi-?agency(?:\s+\w+)?|"
                              r"agencies|board|group|panel|forum|partnership board)$")
# "Lead: Jane Smith", "Owner - Head of Service": a label, not a lead
_LEAD_LABEL = re.compile(r"(?i)^(?:(?:named\s+|lead\s+|responsible\s+)?(?:lead|leads|owner|owners|officer|officers|"
                         r"responsible|responsibility|accountable|by whom))\s*[:\u2013\u2014-]\s+")


def _line_is_lead(line: str) -> bool:
    """One line of a lead cell that names a lead by itself ("Head of Commissioning", "IRO Manager"),
    not a fragment of a wrapped one ("Head of Service," / "Principal Social")."""
    t = clean_leads_text(line)
    if not t or not t[0].isupper() or re.search(r"(?i)(?:[,/&(-]|\b(?:and|of|for|the|in))$", t) or looks_like_prose(t):
        return False
    name, _ = _name_and_role(t)
    return _recognised(t) or bool(_POST_HEAD.search(name) or re.search(
        r"(?i)\b(?:team|teams|service|board|group|panel|partnership|council|trust)$", name))


def parse_lead_lines(lines: Sequence[str]) -> tuple[Lead, ...]:
    """Leads of a cell printed one per line (``<br>`` or paragraphs: "Head of Commissioning" /
    "Integrated Care Board (ICB)"): each line parsed on its own when every line names a lead by
    itself; otherwise the lines are one text (a wrapped lead)."""
    lines = [x for x in (ln.strip() for ln in lines) if x]
    if len(lines) > 1 and all(_line_is_lead(x) for x in lines):
        out: list[Lead] = []
        for x in lines:
            for lead in parse_leads(x):
                if lead.name.lower() not in {o.name.lower() for o in out}:
                    out.append(lead)
        return tuple(out)
    return parse_leads(" ".join(lines))


def parse_leads(text: str) -> tuple[Lead, ...]:
    """All leads named in a Lead / By whom cell, in printed order, without duplicates."""
    t = clean_leads_text(text)
    t = _LEAD_LABEL.sub("", t)
    if not t or re.fullmatch(r"(?i)(?:n/?a|none|tb[acd]|-+|\?)", t):
        return ()
    head, colon, members = t.partition(":")
    if colon and members.strip() and "(" not in head and _COLLECTIVE_HEAD.match(head.strip()):
        kind = classify_lead(head.strip()).kind
        return (Lead(name=t, kind=kind if kind != "person" else "organisation", role=None),)
    leads: list[Lead] = []
    seen: set[str] = set()
    for piece in _join_qualifiers(_split_top_level(t)):
        # "Supported by Team Managers and ATMs": the leads are what follows the phrase
        piece = re.sub(r"^(?:(?:supported|assisted|led|chaired|overseen)\s+by|in conjunction with|with)\s+", "", piece, flags=re.I)
        for bit in _split_and(piece):
            bit = bit.strip(" .,;:")
            if not bit:
                continue
            lead = classify_lead(bit)
            key = lead.name.lower()
            if not key.strip("()[] "):
                continue  # "(" or "()": nothing named
            if key not in seen:
                seen.add(key)
                leads.append(lead)
    return tuple(leads)


# --- a key to initials -----------------------------------------------------------------------

# Initials and short forms: "JB", "PSW", "HoS", "All HoS"
_ABBR = r"(?:All\s+)?[A-Z][a-z]?[A-Z][A-Za-z]{0,3}"
_INITIALS = re.compile(rf"^{_ABBR}$")
# "AH – Head of Early Help", "JB = Head of Safeguarding", "KP: Principal Social Worker", several to a line
_KEY_PAIR = re.compile(rf"(?<![\w-])({_ABBR})\s*[\u2013\u2014=:-]\s+(.+?)(?=\s+{_ABBR}\s*[\u2013\u2014=:-]\s|$)")
# "Karen Pryce, Local Authority Designated Officer (KP)": a name, perhaps its post, then the initials
_NAMED = re.compile(r"([A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,3})(?:,\s*([^;()]{3,80}?))?\s*\(([A-Z]{2,4})\)")
MIN_KEY_ENTRIES = 3


def initials_key(blocks) -> dict[str, Lead]:
    """The leads a plan's key spells out for the initials it uses as owners: a table headed
    "Initials | Name | Role", a line of "AH – Head of Early Help CW – Systems Manager ..." pairs, or
    minutes' "Present: Karen Pryce, Local Authority Designated Officer (KP); ...". Initials -> the
    lead they stand for (a person with their post, or a post); empty when the document has no key."""
    key: dict[str, Lead] = {}
    for b in blocks:
        table = getattr(b, "table", None)
        if table is not None:
            head = [t.strip().lower() for t in table.rows[0].texts()] if table.rows else []
            if len(head) >= 2 and re.match(r"initials?|abbreviations?|key", head[0]):
                for row in table.rows[1:]:
                    cells = [t.strip() for t in row.texts()]
                    if len(cells) >= 2 and _INITIALS.match(cells[0]) and cells[1]:
                        role = cells[2] if len(cells) > 2 and cells[2] else None
                        person = "name" in head[1] and bool(role)
                        key[cells[0]] = Lead(cells[1], "person", role) if person else Lead(cells[1], "role")
            continue
        text = re.sub(r"\s+", " ", b.text or "").strip()
        pairs = _KEY_PAIR.findall(text)
        if len(pairs) >= MIN_KEY_ENTRIES and not text[:1].islower():
            for initials, what in pairs:
                key.setdefault(initials, Lead(what.strip(" ;,."), "role"))
        named = _NAMED.findall(text)
        if len(named) >= MIN_KEY_ENTRIES:
            for name, post, initials in named:
                key.setdefault(initials, Lead(name, "person", post.strip() or None))
    return key


def resolve_initials(leads: Sequence[Lead], key: dict[str, Lead]) -> tuple[Lead, ...]:
    """``leads`` with each lead written as initials the key explains replaced by what they stand for."""
    return tuple(key.get(l.name, l) if _INITIALS.match(l.name) else l for l in leads)
