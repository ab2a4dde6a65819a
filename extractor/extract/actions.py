"""Plan actions with their leads, dates and references: ``extract_actions(doc)``.

Data flow: :func:`~extractor.extract.plan_tables.plan_rows` (tables -> logical rows with cells
by role), with :func:`~extractor.extract.plan_tables.paragraph_plan_rows` merging in the actions
written as paragraphs with "Lead:" / "By:" labels (alone or beside the tables) ->
:func:`rows_to_actions` (one :class:`~extractor.items.Action` per bullet of the action cell)
using :func:`~extractor.extract.leads.parse_leads`, :func:`~extractor.extract.dates.normalise_date`
and :func:`~extractor.extract.refs.parse_refs`.

Bullets: a cell's list items are its bullets; nested items belong to the bullet above them
(joined "parent sub1; sub2"). Converters often drop the ``<li>`` markers of an unstyled list,
leaving one run of text; such a run is split at each sentence, as a reader would.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Sequence

from ..document import Block, Document
from ..errors import NotAPlan
from ..items import Action, stable_id
from .dates import normalise_date, normalise_start_end
from .leads import initials_key, parse_lead_lines, parse_leads, resolve_initials
from .plan_tables import (PlanRow, card_plan_rows, dated_tail, heading_row, owner_in_brackets, paragraph_plan_rows,
                          plan_rows, row_number)
from .refs import column_gist, column_refs, parse_refs, quoted_fragments, text_refs

_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|etc|no|nos|dr|mr|mrs|ms|st|cllr|approx|incl|vs|cf)\.|\b[A-Z]\.)$", re.I)
# "R2.1" in a Ref column: action 1 for recommendation 2
_R_ROW = re.compile(r"^\s*R\s?(\d{1,2})\.\d{1,2}[a-z]?\s*$")
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,3})+|[A-Z]\d{1,2}(?:\.\d{1,2})*)[.:)]?\s+(?=[A-Z])")
_RAG = {"r": "red", "red": "red", "a": "amber", "amber": "amber", "g": "green", "green": "green",
        "ra": "amber", "ag": "amber", "redamber": "amber", "ambergreen": "amber", "amberred": "amber",
        "greenamber": "amber"}


@dataclass(frozen=True)
class _Item:
    """One piece of an action cell: nesting level, printed marker, text, and whether it was a list item."""

    level: int
    label: str | None
    text: str
    listed: bool


def _clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text or "")
    text = text.replace("&amp;", "&").replace("&nbsp;", " ")
    return re.sub(r"\s+", " ", text).strip()


def html_items(fragment: str) -> list[_Item]:
    """Items of an HTML cell fragment (``<ul>``/``<li>``/``<p>``), tolerating unclosed tags and
    lists typed without ``<li>`` (the seed plans' converter drops them)."""
    items: list[_Item] = []
    depth = 0
    buf: list[str] = []

    def flush() -> None:
        text = _clean("".join(buf))
        buf.clear()
        if not text:
            return
        for glyph, piece in _glyph_split(text):
            items.append(_Item(max(depth - 1, 0), glyph, piece, depth > 0))

    for tok in re.split(r"(<[^>]+>)", fragment):
        m = re.match(r"<\s*(/?)\s*([a-zA-Z0-9]+)", tok)
        if not m:
            buf.append(tok)
            continue
        closing, tag = m.group(1) == "/", m.group(2).lower()
        if tag in ("ul", "ol"):
            flush()
            depth = max(depth - 1, 0) if closing else depth + 1
        elif tag in ("li", "p", "br", "div"):
            flush()
    flush()
    return items


_GLYPHS = "•●◦○▪■‣⁃∙\uf0b7\uf0a7"


def _glyph_split(text: str) -> list[tuple[str | None, str]]:
    parts = re.split(f"\\s*([{_GLYPHS}])\\s*", text)
    out: list[tuple[str | None, str]] = []
    if parts[0].strip():
        out.append((None, parts[0].strip()))
    for glyph, piece in zip(parts[1::2], parts[2::2]):
        if piece.strip():
            out.append((glyph, piece.strip()))
    return out


def cell_items(blocks: Sequence[Block], text: str) -> list[_Item]:
    """The pieces of an action cell, from raw HTML when the cell still holds it, else its blocks."""
    if re.search(r"<\s*(?:ul|ol|li|p)\b", text or "", re.I):
        return html_items(text)
    items: list[_Item] = []
    for b in blocks:
        if not b.text.strip():
            continue
        if re.search(r"<\s*(?:ul|ol|li|p)\b", b.text, re.I):
            items.extend(html_items(b.text))
            continue
        listed = b.type == "list_item"
        for glyph, piece in _glyph_split(_clean(b.text)):
            level = b.level if listed else 0
            items.append(_Item(level + (1 if glyph and not listed and items and items[0].text.endswith(":") else 0),
                               glyph or b.label, piece, listed or glyph is not None))
    if not items and _clean(text):
        items = [_Item(0, g, p, g is not None) for g, p in _glyph_split(_clean(text))]
    return items


def split_sentences(text: str) -> list[str]:
    """Sentences of a run of text whose bullet markers were lost ("To do X. To do Y." -> two)."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z‘'\"“])", text):
        head = text[start:m.start()]
        if _ABBREV.search(head) or head.count("(") > head.count(")"):
            continue
        out.append(head.strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def _run_on_split(sub: str, parent: str) -> tuple[str, list[str]]:
    """A sub-list run that carries on into the parent list's next "To ..." bullet (markers lost)."""
    if not parent.startswith("To "):
        return sub, []
    m = re.search(r"(?<=\S)\s+(?=To [a-z])", sub)
    if not m:
        return sub, []
    return sub[:m.start()].strip(), split_sentences(sub[m.end():].strip())


# A line that cannot end a sentence: it stops on a word that needs what follows ("... to be agreed
# with the", "... and"), or on a comma. A line ending otherwise without a stop ("Termly session on
# writing targets that move learning on" / "Briefing for social workers ...") is an action of its
# own when the next line starts with a capital: a cell's line breaks were typed.
_UNFINISHED = re.compile(r"(?:[,(/&+\-–]|\b(?:and|or|the|a|an|of|to|for|with|by|from|into|including|between|"
                         r"their|its|our|each|every|as|that|which|who|when|where|if|than|via|per))\s*$", re.I)


# A sentence that opens on what the line above introduced: "The template has a section for ...",
# "Each young person has a coach ...", "Any visit more than five days late goes to ...".
_DESCRIBES = re.compile(r"^(?:The|This|These|Each|Every|Any|A|An)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\b")


# A short line saying what is done with what the line above set up, in the past participle and with
# no verb of its own ("Figures reported monthly to the Corporate Parenting Committee.", "Shared with
# the regional adoption agency.", "Each family's progress reviewed at 6 and 12 weeks.").
_REPORTED_VERB = (r"(?:sent|reported|reviewed|shared|found|shown|given|kept|held|recorded|published|added|agreed|"
                  r"checked|launched|presented|taken|circulated|included|logged|tracked|monitored|discussed|"
                  r"invited|copied|filed|uploaded|stored|saved|e-?mailed|signed off|fed back)")
_REPORTED = re.compile(rf"^(?:{_REPORTED_VERB}\b|(?:(?!to\b|be\b|will\b|are\b|is\b|and\b|or\b)[\w'\u2019-]+\s+){{1,7}}"
                       rf"(?:always\s+|then\s+|also\s+)?{_REPORTED_VERB}\b)", re.I)
MAX_REPORTED_WORDS = 12


# A lead or date cell pointing elsewhere instead of holding a value: "See each action", "See below".
_POINTER = re.compile(r"(?i)^\s*(?:see|as per)\s+(?:each|every|individual|the)?\s*(?:actions?|bullets?|below|above)\b\.?\s*$")


def _describes(text: str, above: str) -> bool:
    """Does ``text`` (a paragraph under ``above`` in the same cell) describe the thing ``above``
    introduced rather than set out an action of its own? It opens with a determiner and a noun
    ``above`` already names ("... recorded on the new supervision template" / "The template has a
    section for ...") and says how it works (it has a verb in the present: "has", "goes",
    "starts"), or it points back ("This means ...", "They ..."), or it says where things stand or what
    people told the council ("We are at 7% now ...", "Families told us ..."), or in a few words what is
    done with it ("Figures reported monthly to the Corporate Parenting Committee.")."""
    if re.match(r"(?:This|These|They|It)\s+[a-z]", text):
        return True
    if len(text.split()) <= MAX_REPORTED_WORDS and _REPORTED.match(text):
        return True  # "Shared with the regional adoption agency.": what happens to what the line above made
    if re.match(r"We\s+(?:are|were|have|had|already|currently|now)\b", text) or re.search(r"\b(?:told|tell|tells)\s+us\b",
                                                                                       text[:60]):
        return True  # where the council stands ("We are at 7% now"), what people said ("Families told us ...")
    m = _DESCRIBES.match(text)
    if not m:
        return False
    low = above.lower()
    named = any(re.search(rf"\b{re.escape(w[:5])}", low) for w in m.group(1).split() if len(w) >= 4)
    return named and bool(
        re.search(r"\b(?:is|are|has|have|goes|go|starts|start|runs|run|gets|get|sits|meets|meet|includes|include)\b",
                  text[m.end():m.end() + 80]))


# "We will:" over a list: a stem that says nothing of its own, not part of the first item
_STEM = re.compile(r"(?i)^\s*(?:we\s+will|we\s+shall|we\s+are\s+going\s+to|to\s+do\s+this,?\s+we\s+will|actions?|"
                   r"this\s+means|what\s+we\s+will\s+do)\s*:?\s*$")


def bullets(items: Sequence[_Item]) -> list[str]:
    """One text per top-level bullet; nested items are appended to their bullet as "; "-joined."""
    items = [it for k, it in enumerate(items) if not (
        not it.listed and _STEM.match(it.text) and k + 1 < len(items) and items[k + 1].listed)]
    if not items:
        return []
    if len(items) == 2 and not any(i.listed for i in items) and items[0].text.rstrip().endswith(":"):
        # "Revise the escalation protocol:" and, on its own line, what the revision is: one action
        return [f"{items[0].text.rstrip()} {items[1].text.strip()}"]
    base = min(i.level for i in items)
    groups: list[tuple[str, list[str]]] = []
    intro = False  # the bullet above ends with ":" so what follows are its sub-items
    for it in items:
        level = it.level - base
        if groups and (level > 0 or (intro and it.listed)):
            parent = groups[-1][0]
            head, tail = _run_on_split(it.text, parent)
            if head:
                groups[-1][1].append(head)
            for t in tail:
                groups.append((t, []))
            intro = intro and not tail
            continue
        if it.listed and it.label is None:
            pieces = split_sentences(it.text)
        elif not it.listed and groups and not groups[-1][1] and (
                it.text[:1].islower() or _UNFINISHED.search(groups[-1][0]) or _describes(it.text, groups[-1][0])):
            # a paragraph that carries on the one above (a wrapped line, not a new action)
            groups[-1] = (f"{groups[-1][0]} {it.text}", [])
            continue
        else:
            pieces = [it.text]
        for p in pieces:
            groups.append((p, []))
        # A paragraph ending "...for:" introduces the list items after it (a list's own items do not).
        intro = not it.listed and bool(re.search(r"(?::|\bincluding;?|\bfor|\bby)\s*$", groups[-1][0]))
    out = []
    for text, subs in groups:
        out.append(f"{text} {'; '.join(subs)}".strip() if subs else text)
    return [o for o in out if o]


def _rag(text: str) -> str | None:
    t = re.sub(r"[^a-z]", "", (text or "").lower())
    return _RAG.get(t)


def _year_hint(rows: Sequence[PlanRow]) -> int | None:
    """The plan's usual year, for dates printed without one ("w/c 3 June")."""
    years: Counter = Counter()
    for r in rows:
        span = normalise_date(r.get("date"))
        if span.end:
            years[int(span.end[:4])] += 1
    return years.most_common(1)[0][0] if years else None


_FY = re.compile(r"\b(?:fy\s*)?((?:19|20)\d{2})\s*[/\-\u2013]\s*(\d{2})\b(?!\s*[/\-]\s*\d)", re.I)


def fy_hint(doc: Document) -> int | None:
    """The financial year a plan is printed for, from its title lines ("Improvement Tracker 2025/26",
    a heading, the first paragraphs, a one-cell title row of a table): the first calendar year of the
    only financial year they name, else None (none, or several)."""
    texts: list[str] = []
    prose = 0
    for b in doc.blocks:
        if b.table is not None:
            texts.extend(t for t in (heading_row(r) for r in b.table.rows[:6]) if t)
        elif b.type == "heading" or prose < 3:
            texts.append(b.text or "")
            prose += b.type != "heading" and bool((b.text or "").strip())
    years = {int(m.group(1)) for t in texts for m in _FY.finditer(t)
             if int(m.group(2)) == (int(m.group(1)) + 1) % 100}
    return years.pop() if len(years) == 1 else None


def rows_to_actions(rows: Sequence[PlanRow], fy: int | None = None) -> tuple[Action, ...]:
    """One action per bullet of each row's action cell, carrying the row's lead, date and references.
    ``fy``: the plan's financial year (see :func:`fy_hint`), for quarters printed without a year."""
    hint = _year_hint(rows)
    actions: list[Action] = []
    seen: Counter = Counter()
    gist: tuple = (None, None)  # (table, the last recommendation-column gist in it)
    for row in rows:
        action_text = row.get("action")
        if row.joined:
            items = [_Item(0, None, _clean(action_text), False)] if not re.search(r"[•●]", action_text) else \
                cell_items((), action_text)
        else:
            items = cell_items(row.blocks.get("action", ()), action_text)
        for extra in row.extra_bullets:
            items.extend(cell_items(extra, "\n".join(b.text for b in extra)))
        texts = bullets(items)
        if not texts:
            continue
        number_cell = row.get("number")
        refs, others = parse_refs(number_cell)
        own = _R_ROW.match(number_cell) if row.blocks.get("number") else None
        if own and not refs:  # "R2.1": the first action for recommendation 2 (not a copy of a merged cell)
            refs = (int(own.group(1)),)
        quotes = quoted_fragments(row.get("refs")) if row.get("refs") else ()
        if row.get("refs"):
            more, more_others = column_refs(row.get("refs"))
            refs = tuple(dict.fromkeys(refs + more))
            others = tuple(dict.fromkeys(others + more_others))
        if row.get("objective"):
            more, more_others = parse_refs(row.get("objective")) if re.search(r"(?i)\b(?:ofsted|rec)", row.get("objective")) else ((), ())
            refs = tuple(dict.fromkeys(refs + more))
            others = tuple(dict.fromkeys(others + more_others))
        if not refs and row.section:
            # Plans grouped under headings such as "Recommendation 3: Improve assessments" cite there.
            refs = parse_refs(row.section)[0]
        leads_raw = _clean(row.get("lead"))
        date_raw = _clean(row.get("date"))
        if _POINTER.match(leads_raw):
            leads_raw = ""  # "See each action": the row's actions carry their own leads
        if _POINTER.match(date_raw):
            date_raw = ""
        start_raw = _clean(row.get("start"))
        if start_raw:  # a tracker's Start and End columns
            date = normalise_start_end(start_raw, date_raw, year_hint=hint, fy_hint=fy)
            date_raw = f"{start_raw} – {date_raw}" if date_raw else start_raw
        else:
            date = normalise_date(date_raw, year_hint=hint, fy_hint=fy)
        number = row_number(number_cell) if number_cell else None
        if number is None and not number_cell:
            # No number column: "1.3 Review the ..." carries its number in the action text itself.
            m = _LEADING_NUMBER.match(texts[0])
            if m:
                number = m.group(1)
                texts[0] = texts[0][m.end():]
        objective = _clean(row.objective) if row.objective else None
        if row.get("refs"):  # "Rec 3 – missing children": the council's gist of the recommendation
            gist = (row.prov.table, column_gist(_clean(row.get("refs"))))
        elif gist[0] != row.prov.table:
            gist = (None, None)
        if objective is None:
            # a blank cell under it belongs to the same group ("merged-looking"): the gist is its
            # context too, though not its citation (a blank reference cell cites nothing)
            objective = gist[1]
        update = _clean(row.get("update")) or None
        rag = _rag(row.get("rag"))
        if rag is None and row.get("rag") and not update:
            update = _clean(row.get("rag"))  # a "Status" column holding words ("On track"), not a colour
        lead_blocks = row.blocks.get("lead", ())
        if len(lead_blocks) > 1 and not row.joined:  # one lead per line of the cell ("<br>", paragraphs)?
            leads = parse_lead_lines([_clean(b.text) for b in lead_blocks])
        else:
            leads = parse_leads(leads_raw)
        # one lead (or date) per line of its cell, as many as the cell has actions: each action its own
        # (two leads beside two actions with one date are both actions' leads, as a lead cell of
        # several posts is; the dates say the cell is laid out line by line)
        paired = {}
        lines = {role: row.blocks.get(role, ()) for role in ("lead", "date")}
        if not row.joined and len(texts) > 1 and len(lines["date"]) == len(texts) and not start_raw:
            paired = {role: [_clean(b.text) for b in bl] for role, bl in lines.items() if len(bl) == len(texts)}
        for k, text in enumerate(texts):
            own_lead = paired["lead"][k] if "lead" in paired else leads_raw
            own_date = paired["date"][k] if "date" in paired else date_raw
            if not leads_raw and not date_raw:
                # "Cap caseloads at 20 children (Head of Service, Mar 2023)": an action in a cell of
                # several, each closing on its own lead and date ("Action (lead, date)" columns)
                text, values = owner_in_brackets(text)
                own_lead, own_date = _clean(values.get("lead", "")), _clean(values.get("date", ""))
            if not date_raw and not own_date and len(texts) > 1:
                # "... (Principal Social Worker) by Dec-17" / "... by end Q2" / "... (ongoing)": one of a
                # cell's actions with its own date, and perhaps its own owner instead of the row's lead
                text, values = dated_tail(text)
                own_date = _clean(values.get("date", ""))
                own_lead = _clean(values.get("lead", "")) or own_lead
            key = stable_id("A", row.section or "", number or "", text)
            seen[key] += 1
            if seen[key] > 1:
                key = stable_id("A", row.section or "", number or "", text, str(seen[key]))
            cited = text_refs(text)
            actions.append(Action(
                id=key, row=number, text=text, prov=row.prov, section=row.section, objective=objective,
                refs=tuple(dict.fromkeys(refs + cited)) if cited else refs, other_refs=others, workstream_refs=row.workstream_refs,
                leads_raw=own_lead, leads=leads if own_lead == leads_raw else parse_leads(own_lead),
                date_raw=own_date, date=date if own_date == date_raw else normalise_date(own_date, year_hint=hint, fy_hint=fy),
                rag=rag, status_update=update, ref_quotes=quotes,
            ))
    return tuple(actions)


def extract_actions(doc: Document) -> tuple[Action, ...]:
    """All actions of an improvement plan; raises :class:`NotAPlan` when it has no action table."""
    rows = plan_rows(doc)
    fy = fy_hint(doc)
    actions = rows_to_actions(rows, fy)
    if actions:  # actions listed in prose beside the tables ("7.1 ... — Lead: ... — By: ...")?
        mixed = paragraph_plan_rows(doc, rows)
        if len(mixed) > len(rows):
            actions = rows_to_actions(mixed, fy)
    else:  # no action table: a board's cards, or a plan written as paragraphs with "Lead:" / "By:" lines?
        actions = rows_to_actions(card_plan_rows(doc) or paragraph_plan_rows(doc), fy)
    key = initials_key(doc.blocks) if actions else {}
    if key:  # owners written as initials ("JB", "SM/KT") that the plan's key spells out
        actions = tuple(replace(a, leads=resolve_initials(a.leads, key)) for a in actions)
    if not actions:
        raise NotAPlan(
            "no table with an Action column and a Lead or Timeframe column was found",
            "Is this an improvement plan? recmap reads plans as tables whose header names an action column (Action, What we will do, Key actions) "
            "and a lead (Lead, By whom, Owner) or timeframe (Timeframe, By when, Deadline) column, or as "
            "paragraphs each followed by (or ending in) \"Lead: ...\" and \"By: ...\" labels. "
            "Check the file is the plan itself, or export it from Word/Excel rather than as a scanned PDF.",
            doc.source,
        )
    return actions
