"""Find the action tables of a plan and assemble their rows into logical plan rows.

Plans are tables, but no two councils spell the header the same way, and converters damage
them: header cells split across two rows ("By" / "When?"), a long row broken into fragment
rows ("Managers to undergo HR" / "training related to capability"), one table cut into many
by page breaks or blank lines, section headings typed as one-cell rows. This module turns
that into :class:`PlanRow` objects, one per logical row, each with its cells by *role*
(number, objective, action, lead, date, rag, update) and the section and objective it sits
under (a heading above or between tables, a one-cell title row, a "Theme" or "Area" column that
groups the rows, an "Objective: ..." line). ``rows_to_actions`` in :mod:`extractor.extract.actions`
then splits them into actions.

Pipeline: ``header_roles`` (fuzzy header matching) -> ``find_header`` (per table, merging a
fragmented header; ``with_column_values`` then lets the rows decide what a "Theme" column is and
find an unnamed column of citations) -> ``plan_rows`` (walks the document, carries header,
section, objective and workstream references across tables, and merges continuation rows).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Sequence

from ..document import Block, Cell, Document, Provenance, Row, Table
from .dates import MONTH_NAMES, has_date_words, month_number, normalise_date
from .leads import looks_like_prose
from .refs import parse_refs

ROLES = ("number", "refs", "objective", "section", "action", "lead", "colead", "date", "start", "lead_date", "rag", "update",
         "description", "parent", "other")  # the keys of SYNONYMS

# Header wordings per role; matched fuzzily (rapidfuzz) after normalisation.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": ("number", "no", "ref", "reference", "ref no", "item", "id", "action number", "action no", "action id",
               "number including ofsted recommendation", "action ref", "action reference", "source"),
    # a column of its own citing the report's recommendations ("3", "R1, R3", "Rec 2")
    "refs": ("ofsted recommendation", "ofsted recommendations", "recommendation", "recommendations",
             "recommendation number", "recommendation no", "rec no", "rec", "recs", "ofsted ref", "ofsted reference",
             "ofsted rec", "ofsted rec no", "link to recommendation", "link to ofsted recommendation",
             "linked recommendation", "linked recommendations", "related recommendation", "related recommendations",
             "related ofsted recommendation", "ofsted recommendation addressed", "recommendation ref",
             "recommendation reference", "inspection recommendation", "ofsted recommendation number",
             "link to ofsted", "links to ofsted", "ofsted link", "ofsted links", "link to inspection", "ofsted",
             "labels", "tags"),  # a task board's labels or tags ("Ofsted rec 3;Quick win", "Ofsted,Rec 2")
    "objective": ("what we want to achieve", "objective", "objectives", "outcome", "outcomes", "desired outcome",
                  "improvement commitment", "improvement commitments", "aim", "aims",
                  "area for improvement", "areas for improvement", "issue", "what we want to see", "goal",
                  "intended outcome", "what needs to improve", "what needs to change", "area for development",
                  "areas for development", "improvement needed", "what we need to improve", "what good looks like",
                  "what success looks like"),
    # a column naming the group a row belongs to; see _grouping_role for when it is the section
    "section": ("theme", "themes", "area", "areas", "priority", "priorities", "priority area", "priority areas",
                "key priority", "improvement area", "improvement theme", "workstream", "workstreams", "work stream",
                "focus area", "area of focus", "service area", "strand", "bucket", "bucket name", "section",
                "section column"),  # (a task tool's "Section/Column")
    "action": ("action", "actions", "what we will do", "key actions", "key action", "actions required",
               "action required", "actions to be taken", "what will we do", "planned actions", "specific actions",
               "activity", "activities", "tasks", "task", "how we will do it", "how will we do it",
               "what we are going to do", "action to be taken", "steps", "task name", "name", "title", "summary"),
    "lead": ("lead", "leads", "by whom", "responsible", "responsible officer", "responsible officers", "owner",
             "action owner", "owners", "accountable", "accountable officer", "lead officer", "lead officers", "who",
             "responsibility", "lead person", "lead responsibility", "who will do it", "who is responsible",
             "lead manager", "named lead", "assigned to", "assignee"),
    # a task list's fuller text beside its short title ("Task Name" | ... | "Description"): the action is
    # the title, then the description; standing alone, the column is the action column
    "description": ("description", "details", "task description", "detail"),
    # a task tool's "Parent task" column: a row naming its parent is a sub-task, a step of that task
    "parent": ("parent task", "parent", "parent item", "parent task id"),
    # a second owner beside the lead, usually a partner agency's ("Partner lead"): one of the action's leads
    "colead": ("partner lead", "partner leads", "co lead", "co leads", "joint lead", "joint leads", "partner agency lead",
               "lead partner", "lead agency", "partner agency", "health lead", "police lead",
               "owner role", "lead role", "job title"),  # a lead's post beside the lead's name
    "date": ("timeframe", "timeframes", "timescale", "timescales", "time scale", "by when", "deadline", "target date",
             "completion date", "date", "due date", "when", "target", "end date", "date due", "timeline",
             "target completion date", "date for completion", "by when date", "end", "finish", "finish date",
             "planned end", "planned end date", "end by", "due by", "completion by", "due", "due on", "by",
             "time bound", "timebound", "quarter", "target quarter", "quarter due"),  # a SMART template's "Time-bound" column
    # trackers with a Start and an End column: the start of the action's span (the End column is "date")
    "start": ("start", "start date", "planned start", "planned start date", "date started", "start by",
              "commencement date", "from"),
    "rag": ("rag", "rag status", "rag rating", "status", "current status", "rag rated"),
    # one cell naming who and by when ("Jane Smith (PSW) – by end of March 2026")
    "lead_date": ("lead and timescale", "lead and timeframe", "lead and deadline", "lead and date", "lead timescale",
                  "who and by when", "by whom and by when", "owner and deadline", "owner and due date",
                  "responsible officer and timescale", "responsibility and timescale", "lead officer and timescale",
                  "lead and target date", "lead officer and target date"),
    "update": ("progress", "status update", "evidence", "update", "progress update", "progress to date", "commentary",
               "comments", "comment", "evidence of impact", "evidence of progress", "progress and evidence",
               "update on progress", "latest update", "impact", "notes"),
    "other": ("cost", "costs", "resources", "cost resources required", "resources required", "cost resources",
              "success measure", "success measures", "measures of success", "how will we know", "milestones",
              "risk", "risks", "dependencies", "budget", "funding",
              "version", "version number", "change", "changes", "change made", "amendment", "amendments"),
}
# Row labels of a workstream overview table (not an action table) in plans like West Berkshire's.
WORKSTREAM_LABELS = {
    "outcome": ("outcome", "outcomes"),
    "commitments": ("improvement commitments", "improvement commitment", "objectives"),
    "refs": ("related ofsted recommendations", "ofsted recommendations", "related recommendations"),
    "measures": ("how will we know we have done it", "how will we know", "success measures"),
}
MATCH_THRESHOLD = 82  # rapidfuzz score (0-100) a header cell needs to count as a role

# Cyrillic and Greek letters that PDF converters emit for Latin ones ("Ву" for "By").
_CONFUSABLES = str.maketrans("АВЕКМНОРСТУХаеорсухіјВуΑΒΕΗΙΚΜΝΟΡΤΥΧ", "ABEKMHOPCTYXaeopcyxijByABEHIKMNOPTYX")


@lru_cache(maxsize=8192)
def norm_label(text: str) -> str:
    """Header text reduced for matching: NFKC, Latin look-alikes, lower case, no punctuation."""
    t = unicodedata.normalize("NFKC", text or "").translate(_CONFUSABLES)
    # a SharePoint list's internal names keep XML's escapes: "Target_x0020_Date" is "Target Date"
    t = re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), t).lower()
    t = re.sub(r"<[^>]+>", " ", t)
    t = t.replace("&", " and ").replace("#", " number ")
    t = re.sub(r"[^a-z0-9 ]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


# Wordings that name a column only as the whole label: a task list's "Name", "Title" or (an issue
# tracker's) "Summary" column, but not "Title of document" or "Summary of findings".
_WHOLE_ONLY = frozenset({"name", "title", "summary"})


@lru_cache(maxsize=4096)
def role_scores(label: str) -> dict[str, float]:
    """Best fuzzy score of a header cell against each role's wordings (0-100)."""
    from rapidfuzz import fuzz

    t = norm_label(label)
    if not t or len(t.split()) > 8:
        return {}
    scores: dict[str, float] = {}
    padded = f" {t} "
    for role, words in SYNONYMS.items():
        best = 0.0
        for w in words:
            s = fuzz.ratio(t, w)
            # "Number Including Ofsted Recommendation", "Lead Officer(s)": the wording inside a longer label,
            # but not any word of a sentence ("...legal action, promptly when the situation" is no header).
            # (Labels and wordings are lower-case words and single spaces, so "as whole words" is a
            # substring test on space-padded text, with no regex to compile per wording.)
            if len(w) >= 4 and w not in _WHOLE_ONLY and (len(t.split()) <= 5 or len(w) >= 0.35 * len(t)) and f" {w} " in padded:
                s = max(s, 86 + 10 * len(w) / max(len(t), 1))
            best = max(best, s)
        scores[role] = best
    return scores


def header_roles(cells: Sequence[str]) -> dict[int, str]:
    """Column index -> role for a candidate header row (each role at most once, best match wins)."""
    candidates = []
    for i, text in enumerate(cells):
        for role, s in role_scores(text).items():
            if s >= MATCH_THRESHOLD:
                candidates.append((s, i, role))
    candidates.sort(key=lambda c: (-c[0], c[1]))
    roles: dict[int, str] = {}
    used: set[str] = set()
    for s, i, role in candidates:
        if i in roles or (role in used and role != "other"):
            continue
        roles[i] = role
        used.add(role)
    for i, r in list(roles.items()):
        # a database's code column beside its description ("THEME_CD" | "THEME_DESC"): the description
        stem = re.match(r"^(.*\S)\s+(?:cd|code|id)$", norm_label(cells[i]))
        desc = next((j for j, c in enumerate(cells) if j != i and stem and re.fullmatch(
            rf"{re.escape(stem.group(1))}\s+(?:desc|description|name)", norm_label(c))), None)
        if desc is not None and roles.get(desc, r) == r:
            del roles[i]
            roles[desc] = r
    if "description" in used and "action" not in used:
        roles = {i: "action" if r == "description" else r for i, r in roles.items()}
    if "description" not in used and any(r == "action" and norm_label(cells[i]) in _TASK_TITLES for i, r in roles.items()):
        # a task tool's "Name" beside its "Notes": the notes are the task's fuller text, not a progress note
        roles = {i: "description" if r == "update" and norm_label(cells[i]) == "notes" else r for i, r in roles.items()}
    return roles


_TASK_TITLES = frozenset({"name", "task name", "title", "summary", "task"})


def is_action_header(roles: dict[int, str]) -> bool:
    vals = set(roles.values())
    return "action" in vals and bool(vals & {"lead", "date", "lead_date"})


@dataclass(frozen=True)
class Header:
    """Where a table's header sits (first row index, number of rows it spans) and its column roles."""

    start: int
    n_rows: int
    roles: dict[int, str]
    width: int = 0  # cells in the header row: a later table with fewer has lost a column
    # a cross-reference matrix: column -> the recommendation it stands for ("R3"), ticked in the rows
    # of the actions that address it
    matrix: tuple[tuple[int, int], ...] = ()
    owned: bool = False  # the action column says each action carries its own lead and date: "Action (lead, date)"

    def col(self, role: str) -> int | None:
        for i, r in self.roles.items():
            if r == role:
                return i
        return None


def find_header(table: Table, max_scan: int = 12) -> Header | None:
    """The action header of ``table`` within its first rows, joining a header split over two rows."""
    header = _find_header(table.rows[:max_scan])
    if header is None:
        return None
    header = with_column_values(header, table.rows[header.start + header.n_rows:])
    return _with_matrix(header, table)


# "R3", "Rec 3", "Recommendation 3" heading a narrow column of ticks
_MATRIX_NAME = re.compile(r"(?i)^\s*(?:r|rec|recommendation|ofsted rec)\s*\.?\s*(\d{1,2})\s*$")
_TICK_MARK = re.compile(r"\s*[\u2713\u2714\u2611\u2705xX\u2022\u25cf]\s*")
MIN_MATRIX_COLUMNS = 2


def _with_matrix(header: Header, table: Table) -> Header:
    """``header`` with its cross-reference matrix: two or more columns named for recommendations
    ("R1", "R2", ...) whose own cells (not a title row spanning the table) hold ticks or nothing."""
    if "refs" in header.roles.values():
        return header
    last = header.start + header.n_rows - 1
    names = table.rows[last].cells if last < len(table.rows) else ()
    data = table.rows[last + 1:]
    matrix = []
    for col, cell in enumerate(names):
        m = _MATRIX_NAME.match(cell.text) if col not in header.roles else None
        if m is None:
            continue
        own = [r.cells[col].text.strip() for r in data if col < len(r.cells) and not r.cells[col].merged]
        filled = [v for v in own if v]
        if filled and all(_TICK_MARK.fullmatch(v) for v in filled):
            matrix.append((col, int(m.group(1))))
    return replace(header, matrix=tuple(matrix)) if len(matrix) >= MIN_MATRIX_COLUMNS else header


_OWNED_ACTION = re.compile(r"(?i)^\s*(?:actions?|what we will do|activity|activities)\s*\(\s*(?:lead|owner|who|responsible)\s*"
                           r"(?:,|/|and|&)\s*(?:date|when|by when|timescale|deadline|target date)\s*\)\s*$")


def _find_header(rows: Sequence[Row]) -> Header | None:
    for r, row in enumerate(rows):
        texts = row.texts()
        roles = header_roles(texts)
        if r + 1 < len(rows) and _heading_row(row) and is_action_header(header_roles(rows[r + 1].texts())):
            continue  # a one-cell title ("Priority 2: Care leavers") right above a whole header is not its first line
        if r + 1 < len(rows) and _short_row(rows[r + 1]):
            merged = [f"{a} {b}".strip() for a, b in _zip_cells(texts, rows[r + 1].texts())]
            merged_roles = header_roles(merged)
            if len(merged_roles) > len(roles) or (is_action_header(merged_roles) and not is_action_header(roles)):
                if is_action_header(merged_roles):
                    return Header(r, 2, merged_roles, len(merged))
        owned = next((i for i, t in enumerate(texts) if _OWNED_ACTION.match(_plain(t))), None)
        if owned is not None and not is_action_header(roles) and roles.get(owned) in (None, "action"):
            # "Action (lead, date)": each action in the column closes on its own "(lead, date)"
            return Header(r, 1, {**{i: v for i, v in roles.items() if i != owned}, owned: "action"}, len(texts), owned=True)
        if is_action_header(roles):
            if r + 1 < len(rows):
                sub = _sub_header_roles(texts, rows[r + 1].texts())
                if sub is not None:
                    return Header(r, 2, sub, len(texts))
            return Header(r, 1, roles, len(texts))
    return None


# "High" / "Medium" / "Low", "P1", "2": a priority *rating*, not a group of rows
_RATING = re.compile(r"(?i)(?:high|medium|med|low|critical|urgent|important|[hml]|p?\d)")
# A task board's bucket of meeting chores ("Book room for the board"): no part of the plan.
_ADMIN_SECTION = re.compile(r"(?i)\s*(?:admin|administration|housekeeping|board admin|meeting admin)\s*")


def _grouping_role(values: Sequence[str]) -> str | None:
    """What a "Theme" / "Area" / "Priority" / "Workstream" column is, from its cells in the data rows
    (in order, "" where empty): the section when a value groups consecutive rows (printed again in
    each, as merged cells are read, or printed once with the rows below left empty); the objective
    when it changes every row (it describes its row); nothing when it only rates the rows. One row
    shows neither: the header's word decides (a table cut by a page break may keep one row)."""
    filled = [v for v in values if v]
    if not filled or all(_RATING.fullmatch(v) for v in filled):
        return None
    if len(values) < 2 or any(above and v in (above, "") for above, v in zip(values, values[1:])):
        return "section"
    return "objective"


def _cites(text: str) -> bool:
    """A short cell citing recommendations by number ("Rec 1", "R3", "Ofsted 4, 6"), nothing else."""
    return len(text.split()) <= 4 and bool(parse_refs(text)[0])


def with_column_values(header: Header, rows: Sequence[Row]) -> Header:
    """``header`` with the roles that the values of its action rows (in ``rows``) decide: the
    grouping column resolved by :func:`_grouping_role` (as the objective only when the table has
    no objective column of its own), and a column whose header names no role ("Ofsted") but whose
    filled cells all cite recommendations: the references, when no other column holds them."""
    group, action = header.col("section"), header.col("action")
    free = [] if "refs" in header.roles.values() else [c for c in range(header.width) if c not in header.roles]
    if (group is None and not free) or action is None:
        return header
    # action rows: a filled action cell, and more than one cell's text (not a title spanning the row)
    data = [r for r in rows if action < len(r.cells) and r.cells[action].text.strip()
            and len({t for t in r.texts() if t.strip()}) > 1]

    def values(col: int) -> list[str]:
        return [_cell_text(r.cells[col]) if col < len(r.cells) else "" for r in data]

    roles = dict(header.roles)
    if group is not None:
        role = _grouping_role(values(group))
        del roles[group]
        if role == "section" or (role == "objective" and "objective" not in roles.values()):
            roles[group] = role
    for col in free:
        cited = [v for v in values(col) if v]
        if cited and all(_cites(v) for v in cited):
            roles[col] = "refs"
            break
    return header if roles == header.roles else replace(header, roles=roles)


def _sub_header_roles(upper: Sequence[str], lower: Sequence[str]) -> dict[int, str] | None:
    """Roles of a two-row header whose second row only subdivides a spanning cell of the first
    ("Timescale" over "Start" and "Target"): the second row repeats every other cell of the first
    (cells merged down), and differs only under a label the first row repeats across adjacent
    columns (a cell merged across). None when ``lower`` is not such a row."""
    up = [norm_label(t) for t in upper]
    lo = [norm_label(t) for t in lower]
    if len(up) != len(lo):
        return None
    differ = [i for i in range(len(up)) if up[i] != lo[i]]
    same = [i for i in range(len(up)) if up[i] == lo[i] and up[i]]
    if not differ or not same:
        return None
    for i in differ:
        spanned = up[i] and ((i > 0 and up[i - 1] == up[i]) or (i + 1 < len(up) and up[i + 1] == up[i]))
        if not spanned or not lo[i] or len(lo[i].split()) > 4:
            return None
    labels = []
    for i in range(len(up)):
        if i in differ and header_roles([lower[i]]):
            labels.append(lower[i])  # the sub-label says what the column is ("Target")
        elif i in differ:
            labels.append(f"{upper[i]} {lower[i]}")
        else:
            labels.append(upper[i])
    roles = header_roles(labels)
    return roles if is_action_header(roles) else None


def _zip_cells(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, str]]:
    n = max(len(a), len(b))
    return [(a[i] if i < len(a) else "", b[i] if i < len(b) else "") for i in range(n)]


def _short_row(row: Row) -> bool:
    """A row of short fragments only ("When?", "Whom?", "required"): a header's second line."""
    texts = [t.strip() for t in row.texts() if t.strip()]
    return bool(texts) and all(len(t.split()) <= 2 and len(t) <= 20 for t in texts)


@dataclass(frozen=True)
class PlanRow:
    """One logical row of an action table, with cell text by role and the context it sits in."""

    cells: dict[str, str]
    blocks: dict[str, tuple[Block, ...]]
    prov: Provenance
    section: str | None = None
    objective: str | None = None
    workstream_refs: tuple[int, ...] = ()
    extra_bullets: tuple[tuple[Block, ...], ...] = field(default=())  # bullets from continuation rows
    joined: bool = False  # True when converter-split fragment rows were glued back into this row

    def get(self, role: str) -> str:
        return self.cells.get(role, "")


_ROW_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,3}){0,3}[a-z]?|[A-Z]\d{1,2}(?:\.\d{1,3})*|[A-Z]\.\d{1,3}(?:\.\d{1,3})*|[A-Z]{2,4}-\d{1,3})\b\.?")


def row_number(text: str) -> str | None:
    """The printed row number at the start of a number cell ("1.1 Ofsted ..." -> "1.1")."""
    t = re.sub(r"<[^>]+>", " ", text or "").strip()
    m = _ROW_NUMBER.match(t)
    return m.group(1) if m else None


def _plain(text: str) -> str:
    """Text without markup, its runs of white space one space."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text or "")).strip()


def _cell_text(cell: Cell) -> str:
    return _plain(cell.text)


def _is_rule_row(row: Row) -> bool:
    """Markdown separator rows ("-----", "---") that converters leave in tables."""
    texts = [t.strip() for t in row.texts() if t.strip()]
    return bool(texts) and all(re.fullmatch(r"[-=:_|+ ]+", t) for t in texts)


_REC_LED = re.compile(r"(?i)^\s*(?:ofsted\s+|inspection\s+)?(?:recommendations?|recs?\.?)\s*(?:no\.?\s*)?\d{1,2}[a-z]?"
                      r"(?:\s*(?:,|&|and)\s*\d{1,2})*\s*[:.\-\u2013\u2014]\s")


def _heading_row(row: Row) -> str | None:
    """A row used as a section heading: one filled cell at the left (or one spanning merged cell)."""
    texts = [_cell_text(c) for c in row.cells]
    filled = [i for i, t in enumerate(texts) if t]
    if not filled:
        return None
    distinct = {texts[i] for i in filled}
    if len(distinct) != 1 or filled[0] != 0:
        return None
    if len(filled) > 1 and not all(row.cells[i].merged for i in filled[1:]):
        return None
    t = texts[0]
    if _REC_LED.match(t) and parse_refs(t)[0]:
        return t  # 'Ofsted recommendation 2: "Management oversight ..."' quoted in a spanning row: a heading however long
    if len(t) > 150 or len(t.split()) > 20 or t[0].islower() or t.count("(") != t.count(")"):
        return None
    if re.search(r"[.,;:]\s*(?:</p>)?$", t) and not re.fullmatch(r"\d+(?:\.\d+)*\.?\s*[A-Z].*[A-Z]", t):
        return None  # a sentence (an action without lead or date, or a fragment), not a title
    return t


def _join(a: str, b: str) -> str:
    a, b = a.strip(), b.strip()
    if not a:
        return b
    if not b:
        return a
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + b  # "re-" + "issued" stays hyphenated below only if a real compound
    return f"{a} {b}"


def _merge_cells(base: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    out = dict(base)
    for role, text in extra.items():
        if text:
            out[role] = _join(out.get(role, ""), text)
    return out


def _row_by_role(row: Row, header: Header) -> tuple[dict[str, str], dict[str, tuple[Block, ...]]]:
    cells: dict[str, str] = {}
    blocks: dict[str, tuple[Block, ...]] = {}
    matrix = dict(header.matrix)
    ticked = []
    for i, cell in enumerate(row.cells):
        if i in matrix:
            if not cell.merged and _TICK_MARK.fullmatch(cell.text):
                ticked.append(f"R{matrix[i]}")  # the action addresses that column's recommendation
            continue
        role = header.roles.get(i)
        if role is None or role == "other":
            continue
        if cell.merged and i > 0 and role in ("action", "lead", "date") and row.cells[i - 1].text == cell.text:
            continue  # a spanning cell repeated into this column: counted once, in its first column
        text = _cell_text(cell)
        if text and role == "lead_date":
            lead, date = split_lead_date(cell.text)
            for r2, part in (("lead", lead), ("date", date)):
                if part:
                    cells[r2] = _join(cells.get(r2, ""), part)
            continue
        if text:
            cells[role] = _join(cells.get(role, ""), text)
            blocks[role] = blocks.get(role, ()) + (cell.blocks or (Block("paragraph", cell.text, cell.prov or Provenance("")),))
    if ticked:
        cells["refs"] = ", ".join(ticked)
    description = cells.pop("description", "")
    more = blocks.pop("description", ())
    if description:  # "Review of the emergency duty service" over "Independent review of ...": one action
        title = cells.get("action", "")
        cells["action"] = f"{title}{'' if not title or title.endswith(('.', '!', '?', ':')) else '.'} {description}".strip()
        first = (blocks.get("action", ()) + more)[0]
        blocks["action"] = (Block("paragraph", cells["action"], first.prov),)  # one action, not one per line
    colead = cells.pop("colead", "")
    blocks.pop("colead", None)
    if colead:  # the partner's lead after the council's: "Head of Safeguarding; Marlowshire Police"
        cells["lead"] = f"{cells['lead']}; {colead}" if cells.get("lead") else colead
    if cells.get("lead") and header.col("date") is None and header.col("lead_date") is None:
        lead, date = split_lead_date(cells["lead"])  # "Lead" column holding "Jane Smith – March 2026"
        if date:
            cells["lead"], cells["date"] = lead, date
    return cells, blocks


def _shifted(row: Row, header: Header) -> Row:
    """A row that lost a cell, realigned: a converter dropped an empty cell and the reader padded
    the row at its end, so the date sits left of its column.

    - The date column is the last ("| 2.7 | Core group training ... | SCB Training Officer | Sept 18
      |" under five headers): when the row's last filled cell reads as a date and is not in that
      column, the cells after the first move right to end there.
    - The date column has columns after it ("| 5.6 | ePEP ... | September 2015 | 90% of PEPs graded
      good |" under No / Action / Responsible / Timescale / Measure): when the first filled cell
      after the action reads as a date, the date column's own cell does not, and the row ends in as
      many empty cells as the date is out of place, the cells from the date on move right."""
    width = len(row.cells)
    date_col = header.col("date")
    if date_col is None or width < 3 or any(c.merged for c in row.cells):
        return row
    texts = [_cell_text(c) for c in row.cells]
    blank = replace(row.cells[-1], text="", blocks=())
    if date_col == width - 1:
        last = max((i for i, t in enumerate(texts) if t), default=None)
        if last is None or last >= date_col or last < 2:
            return row
        if len(texts[last].split()) > 6 or normalise_date(texts[last]).status == "unknown" \
                or header.roles.get(last) == "date":
            return row
        k = date_col - last
        return replace(row, cells=(row.cells[0],) + (blank,) * k + row.cells[1:width - k])
    for d in range(2, date_col):
        t = texts[d]
        if not t or len(t.split()) > 6 or header.roles.get(d) == "date":
            continue
        if normalise_date(t).status == "unknown":
            return row  # the first filled cell after the action is not a date: nothing was lost
        k = date_col - d
        if any(texts[width - k:]) or (texts[date_col] and normalise_date(texts[date_col]).status != "unknown"):
            return row
        return replace(row, cells=row.cells[:d] + (blank,) * k + row.cells[d:width - k])
    return row


_CELL_BREAK = re.compile(r"\s*(?:<br\s*/?>|\n)\s*", re.I)
# Labelled lines of an action cell that are not the action: how its success is measured.
_MEASURE_LINE = re.compile(r"(?i)^\s*(?:<[^>]+>\s*)*(?:success\s+measures?|measures?(?:\s+of\s+(?:success|impact))?|"
                           r"outcome\s+measures?|impact|evidence(?:\s+of\s+impact)?|kpis?|how\s+we\s+will\s+know)"
                           r"\s*(?:</[^>]+>\s*)*:")
_ACTION_LABEL = re.compile(r"(?i)^\s*(?:<[^>]+>\s*)*action\s*(?:</[^>]+>\s*)*:\s*")
# A lead cell naming its people by part: "Lead: Fostering Service Manager<br>Support: Finance" (the
# lead labels of _LABEL, and the supporting ones).
_SUPPORT_LABEL = re.compile(r"(?i)^\s*(?:support(?:ed\s+by)?|with)\s*:\s*(?P<value>\S.*)$")


def _lead_part(line: str) -> str | None:
    """The post a lead cell's labelled line names ("Lead: X" or "Support: Y"), else None."""
    m = _LABELLED.match(line)
    if m and _label_role(m.group("label")) == "lead":
        return m.group("value").strip()
    m = _SUPPORT_LABEL.match(line)
    return m.group("value").strip() if m else None


def _cell_labels(cells: dict[str, str], blocks: dict[str, tuple[Block, ...]]):
    """Labelled lines inside an action cell: a lead and a date ("... future.<br>Lead: Workforce
    Development Manager<br>By: Summer 2018") fill the row's when its own cells are empty; a success
    measure ("Success measure: ...") is no action and goes to the row's update; an "Action:" label is
    dropped. A lead cell naming its people by part ("Lead: X<br>Support: Y") reads "X; Y"."""
    cells, blocks = dict(cells), dict(blocks)
    lead_lines = [_plain(x) for x in _CELL_BREAK.split("\n".join(b.text for b in blocks.get("lead", ())))]
    parts = [_lead_part(x) for x in lead_lines]
    if any(parts) and all(lead_lines):
        cells["lead"] = "; ".join(p or x for p, x in zip(parts, lead_lines))
    action = "\n".join(b.text for b in blocks.get("action", ()))  # the cell's lines, before _cell_text joins them
    if not action or not (_CELL_BREAK.search(action) or _ACTION_LABEL.match(action)):
        return cells, blocks
    found: dict[str, str] = {}
    measures: list[str] = []

    def keep(piece: str) -> bool:
        m = _LABELLED.match(piece)
        if m and _label_role(m.group("label")) in ("lead", "date") and not cells.get(_label_role(m.group("label"))):
            found.setdefault(_label_role(m.group("label")), m.group("value").strip())
            return False
        if _MEASURE_LINE.match(piece):
            measures.append(_plain(piece))
            return False
        return True

    def strip(text: str) -> str:
        kept = [_ACTION_LABEL.sub("", p) for p in _CELL_BREAK.split(text) if keep(p)]
        return "<br>".join(kept) if "<br" in text.lower() else "\n".join(kept)

    new_blocks = tuple(replace(b, text=t) for b in blocks.get("action", ()) if (t := strip(b.text)).strip())
    if not new_blocks:
        return cells, blocks
    cells.update(found)
    cells["action"] = _plain(" ".join(b.text for b in new_blocks))
    if measures:
        cells["update"] = _join(cells.get("update", ""), "; ".join(measures))
    blocks["action"] = new_blocks
    return cells, blocks


_LEAD_DATE_SEP = re.compile(r"\s*(?:\n|\s[-\u2013\u2014]\s|[,;:]\s|/\s|\s(?=by\s))\s*", re.I)


def split_lead_date(text: str) -> tuple[str, str]:
    """Split one "who and by when" cell into its lead and its timeframe: "Jane Smith (PSW) – by end
    of March 2026", "Fostering Team: ongoing", "Q4 2025/26 - Service Manager, MASH". The cut is
    the separator (outside brackets) after which, or before which, everything reads as a date;
    with no such cut the whole cell is the lead."""
    t = _cell_lines(text)
    cuts = []
    for m in _LEAD_DATE_SEP.finditer(t):
        before = t[:m.start()]
        if before.count("(") != before.count(")"):
            continue
        cuts.append(m)
    for m in reversed(cuts):  # the date is usually last: try the latest cut first
        head, tail = t[:m.start()].strip(), t[m.end():].strip()
        if head and _is_whole_date(tail):
            return _flat(head), _flat(tail)
    for m in cuts:
        head, tail = t[:m.start()].strip(), t[m.end():].strip()
        if tail and _is_whole_date(head):
            return _flat(tail), _flat(head)
    return _flat(t), ""


def _cell_lines(text: str) -> str:
    """A cell's text with its line breaks ("<br>", paragraphs, list items) kept as newlines and
    other markup and runs of spaces dropped."""
    t = re.sub(r"<br\s*/?>|</p>|</li>", "\n", text or "", flags=re.I)
    t = re.sub(r"<[^>]+>", " ", t)
    return re.sub(r"[ \t\xa0]+", " ", re.sub(r"\s*\n\s*", "\n", t)).strip()


def _flat(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip()


def _is_whole_date(text: str) -> bool:
    return has_date_words(text) and normalise_date(text).status != "unknown" and not looks_like_person_or_post(text)


def looks_like_person_or_post(text: str) -> bool:
    from .leads import parse_leads

    return any(l.kind == "person" for l in parse_leads(text)) and not re.search(r"\d", text)


def _filled_action_row(row: Row, header: Header) -> bool:
    """Whether ``row`` fills the action, lead and date columns with three different texts: an
    action whose grouping cell happens to read like a label ("Other service priorities"), not a
    label row spanning the table (whose merged cells repeat one text)."""
    cells, _ = _row_by_role(row, header)
    got = [cells.get(r, "").strip() for r in ("action", "lead", "date")]
    return all(got) and len(set(got)) == 3


def _objective_label_row(row: Row) -> str | None:
    """"Improvement Commitment | West Berkshire will ..." inside an action table: the objective text
    (also under a grouping label: "Priority | Children in care live in stable homes")."""
    texts = [_cell_text(c) for c in row.cells]
    if not texts or not texts[0] or not texts[0][0].isupper() or texts[0].endswith("."):
        return None
    scores = role_scores(texts[0])
    best = max(scores, key=scores.get) if scores else None
    if best not in ("objective", "section") or scores[best] < MATCH_THRESHOLD:
        return None
    rest = [t for t in texts[1:] if t and t != texts[0]]
    return " ".join(rest) if rest else None


def _workstream_table(table: Table) -> dict[str, str] | None:
    """Label -> text for an overview table whose rows are labelled Outcome / Improvement Commitments /
    Related Ofsted Recommendations (a label may be split over two rows: "Related Ofsted" /
    "Recommendations"). Its first row, when unlabelled, is its title; rows above the first label
    of a title-less table go to ``"__head__"`` (they continue the previous table's last field).
    Lines of one field are joined with newlines so that each commitment stays a line."""
    from rapidfuzz import fuzz

    fields: dict[str, str] = {}
    current: str | None = None
    pending_label, pending_body = "", ""
    title = None

    def add(key: str, text: str) -> None:
        if text:
            fields[key] = f"{fields[key]}\n{text}" if fields.get(key) else text
        else:
            fields.setdefault(key, "")

    for r, row in enumerate(table.rows):
        texts = [_cell_text(c) for c in row.cells]
        label = texts[0] if texts else ""
        body = " ".join(dict.fromkeys(t for t in texts[1:] if t and t != label))
        key = None
        if label:
            nl = norm_label(label)
            cand = norm_label(f"{pending_label} {label}".strip())
            for k, words in WORKSTREAM_LABELS.items():
                if any(fuzz.ratio(cand, w) >= 85 or fuzz.ratio(nl, w) >= 85 for w in words):
                    key = k
                    break
            if key is None and len(nl) >= 6 and any(w.startswith(nl) for ws in WORKSTREAM_LABELS.values() for w in ws):
                pending_label, pending_body = label, body  # first half of a split label
                continue
        if key:
            current = key
            add(key, pending_body)
            add(key, body)
            pending_label, pending_body = "", ""
            continue
        if r == 0 and label:
            title = " ".join(t for t in dict.fromkeys(texts) if t)
            continue
        line = " ".join(dict.fromkeys(t for t in texts if t))
        add(current or "__head__", line)
    labelled = [k for k in fields if k in WORKSTREAM_LABELS]
    if len(labelled) < 2 and not (labelled and title):
        return None
    if title:
        fields["title"] = title
    fields["__last__"] = current or ""
    return fields


@dataclass
class _Context:
    """What the walk carries from table to table."""

    header: Header | None = None
    section: str | None = None
    objective: str | None = None
    workstream: str | None = None
    workstream_refs: tuple[int, ...] = ()
    open_field: str | None = None  # a workstream field whose text runs on after its table
    workstream_text: dict[str, str] = field(default_factory=dict)
    pending_header: list[str] | None = None  # "Action | By | By" whose second line opens the next table
    objective_raw: str | None = None  # the objective cell as read, while its text may run on a row
    candidates: tuple[str, ...] = ()  # full sentences that garbled objective cells are matched against
    sheet: str | None = None  # the spreadsheet sheet of the current action table
    headed: bool = False  # a heading came since the last table
    months: dict[int, str] = field(default_factory=dict)  # a timeline's month columns: column -> "Apr 2023"
    group_lead: str | None = None  # a table with no lead column names each group's owner in a row above it
    # the reader gives a merged cell's text to every row it spans (Word, Excel): an empty cell is empty
    merges_known: bool = False


@dataclass(frozen=True)
class _SheetTitles:
    repeated: frozenset[str]  # title rows above the header of two or more sheets (the plan's front matter)
    named: frozenset[str]  # sheets whose name says which part of the plan they hold


_GENERIC_SHEET = re.compile(r"(?i)^\s*(?:sheet|tab|page)\s*\d*\s*$|^\s*(?:action|actions|action plan|plan|tracker|"
                            r"improvement plan|data)\s*\d*\s*$")


def _sheet_titles(doc: Document, headers: dict[int, Header | None]) -> _SheetTitles:
    """A workbook with an action table on each of several sheets often repeats its title rows
    ("Riverside Hythe Council - Improvement Plan", "Owner: ...") above each header and names each
    sheet after a priority: then the sheet's name, not the repeated title, is the section.
    ``headers``: each table's action header by table index (:func:`find_header`)."""
    seen: dict[str, set] = {}
    sheets = []
    for t in doc.tables():
        h = headers.get(t.index) if t.name is not None else None
        if h is None:
            continue
        sheets.append(t.name)
        for r in range(h.start):
            title = _heading_row(t.rows[r])
            if title:
                seen.setdefault(title, set()).add(t.name)
    if len(set(sheets)) < 2:
        return _SheetTitles(frozenset(), frozenset())
    return _SheetTitles(frozenset(k for k, v in seen.items() if len(v) >= 2),
                        frozenset(n for n in sheets if n and not _GENERIC_SHEET.match(n)))


def _record(table: Table) -> Table | None:
    """A small two-column table holding one action as labelled fields ("Action | Replace the ...",
    "Lead officer | Head of ...", "Target date | April 2017"), turned into a header row and one
    row, as a plan table has them; None for any other table. The fields must name the action and
    a lead or a date, and most of the first column must be field names."""
    rows = [r for r in table.rows if not r.is_empty()]
    if len(rows) < 2 or table.n_cols < 2 or any(len(r.cells) != table.n_cols for r in rows):
        return None
    if table.n_cols > 2:
        grid = _field_grid(rows)
        return replace(table, rows=grid) if grid else _transposed(table, rows)
    labels = [_cell_text(r.cells[0]) for r in rows]
    roles = header_roles(labels)
    if "action" not in roles.values() or not {"lead", "date"} & set(roles.values()) or len(roles) * 3 < len(rows) * 2:
        return None
    for k in range(len(rows) - 1, 0, -1):
        if roles.get(k - 1) == "action" and k not in roles and _DESCRIPTION_FIELD.match(labels[k]):
            # "Action: <title>" over "Description: <text>": the action is the title, then the text
            title, text = rows[k - 1].cells[1], rows[k].cells[1]
            whole = re.sub(r"\s+", " ", f"{title.text.rstrip()}{'' if title.text.rstrip().endswith(('.', '!', '?')) else '.'} "
                                          f"{text.text.strip()}").strip()
            first = (title.blocks or text.blocks)[:1]
            joined = Cell(whole, tuple(replace(b, text=whole) for b in first), title.prov)
            rows[k - 1] = Row((rows[k - 1].cells[0], joined), rows[k - 1].page)
            del rows[k]
            labels = [_cell_text(r.cells[0]) for r in rows]
            roles = header_roles(labels)
    return replace(table, rows=(Row(tuple(r.cells[0] for r in rows), rows[0].page),
                                Row(tuple(r.cells[1] for r in rows), rows[0].page)))


MIN_CARDS_IN_ROWS = 3


def _card_rows(table: Table) -> Table | None:
    """A sheet of action cards down two columns, each card a run of rows "field name | value"
    ("Action ref | 1.1", "Action | ...", "Lead officer | ...", "Deadline | ..."), cards apart by an
    empty row and grouped under a title row ("Theme 2: Permanence"), turned into a plan table: the
    field names as its header, a row per card, the titles as rows of their own. None for any other
    table: the field that opens each card must recur at least three times and the fields must name
    the action and its lead or date."""
    if table.n_cols != 2 or any(len(r.cells) != 2 for r in table.rows):
        return None
    keys = Counter(_cell_text(r.cells[0]) for r in table.rows if _cell_text(r.cells[0]) and _cell_text(r.cells[1])
                   and not r.cells[1].merged)
    fields = [k for k, n in keys.items() if n >= MIN_CARDS_IN_ROWS]
    roles = header_roles(fields)
    if not is_action_header(roles) or len(fields) > 12:
        return None
    first = next(_cell_text(r.cells[0]) for r in table.rows if _cell_text(r.cells[0]) in fields)
    action_fields = {fields[i] for i, role in roles.items() if role == "action"}
    names = [k for k in dict.fromkeys(_cell_text(r.cells[0]) for r in table.rows) if k in keys and keys[k] >= 2]
    page = table.rows[0].page
    out = [Row(tuple(Cell(n) for n in names), page)]
    card: dict[str, Cell] | None = None

    def close() -> None:
        if card:
            out.append(Row(tuple(card.get(n, Cell("")) for n in names), page))

    for r in table.rows:
        key = _cell_text(r.cells[0])
        if key == first:
            close()
            card = {}
        if key in names and card is not None and not r.cells[1].merged:
            value = r.cells[1]
            if key in action_fields and len(value.blocks) > 1:  # a card holds one action, its lines one text
                whole = re.sub(r"\s+", " ", " ".join(b.text for b in value.blocks)).strip()
                value = Cell(whole, (replace(value.blocks[0], type="paragraph", text=whole, label=None),), value.prov)
            card[key] = value
        elif key and key not in keys and (not _cell_text(r.cells[1]) or r.cells[1].merged):
            close()  # "Theme 2: Permanence" over the next cards: a section row
            card = None
            out.append(Row((r.cells[0],) + tuple(Cell("") for _ in names[1:]), page))
    close()
    return replace(table, rows=tuple(out)) if len(out) > MIN_CARDS_IN_ROWS else None


def _field_grid(rows: list[Row]) -> tuple[Row, Row] | None:
    """One action's fields laid out as a grid of name and value pairs, several to a row
    ("Assigned To | Gareth Pennock | Due Date | 30-Sep-2016 | Status | On track"; a value spanning the
    row is read once), as a performance system prints an action: a header row of the names and one
    row of the values (the rows of a table). None unless every row is such pairs and they name the action (or its
    description) and its lead or date."""
    names: list[Cell] = []
    values: list[Cell] = []
    for r in rows:
        own = [c for c in r.cells if not c.merged]
        if len(own) % 2:
            return None
        names += own[0::2]
        values += own[1::2]
    labels = [_cell_text(c) for c in names]
    if len(labels) < 3 or not all(t and len(t.split()) <= 4 and not t.endswith(".") for t in labels):
        return None
    kinds = set(header_roles(labels).values())
    if not kinds & {"action", "description"} or not kinds & {"lead", "date"}:
        return None
    page = rows[0].page
    return Row(tuple(names), page), Row(tuple(values), page)


def _transposed(table: Table, rows: list[Row]) -> Table | None:
    """A table laid on its side: field names down the first column ("Action", "Lead", "Timescale")
    and one action per further column. Turned into a header row and a row per column that has an
    action; None when the first column does not name an action and a lead or a date, or the first
    row reads as a header of its own (an ordinary table whose first column is labelled)."""
    labels = [_cell_text(r.cells[0]) for r in rows]
    roles = header_roles(labels)
    if ("action" not in roles.values() or not {"lead", "date"} & set(roles.values()) or len(roles) * 3 < len(rows) * 2
            or is_action_header(header_roles(rows[0].texts()))):
        return None
    action_row = next(k for k, r in roles.items() if r == "action")
    columns = [c for c in range(1, table.n_cols) if _cell_text(rows[action_row].cells[c])]
    if not columns:
        return None
    out = [Row(tuple(r.cells[0] for r in rows), rows[0].page)]
    out += [Row(tuple(r.cells[c] for r in rows), rows[0].page) for c in columns]
    return replace(table, rows=tuple(out))


def _numbered_part(table: Table, with_action: bool) -> int | None:
    """The number column of a table holding one part of a plan too wide for the page: the action
    and no lead or date (``with_action``), or the lead or date and no action; None otherwise."""
    if len(table.rows) < 3:
        return None
    roles = header_roles(table.rows[0].texts())
    kinds = set(roles.values())
    if ("action" in kinds) != with_action or bool(kinds & {"lead", "date", "lead_date"}) == with_action:
        return None
    return next((c for c, r in roles.items() if r == "number"), None)


def _printed_over(doc: Document) -> Document:
    """``doc`` with a plan printed "down, then over" put back together: a spreadsheet too wide for
    the page prints its action columns on the first pages and its lead and date columns on the
    pages after, each part repeating the row numbers. A table of numbered actions with no lead or
    date column, followed by a table of the same numbers, in the same order, with the leads or dates
    and no action, is one table, its rows joined by number."""
    tables = list(doc.tables())
    actions = {t.index: _numbered_part(t, with_action=True) for t in tables}
    if not any(c is not None for c in actions.values()):
        return doc
    others = {t.index: _numbered_part(t, with_action=False) for t in tables}

    def numbers(t: Table, col: int) -> list[str]:
        return [r.cells[col].text.strip() if col < len(r.cells) else "" for r in t.rows[1:]]

    joined: dict[int, Table] = {}
    dropped: set[int] = set()
    for k, a in enumerate(tables):
        na = actions[a.index]
        if na is None or a.index in dropped or not all(numbers(a, na)):
            continue
        for b in tables[k + 1:]:
            nb = others[b.index]
            if nb is None or numbers(b, nb) != numbers(a, na):
                continue
            rows = tuple(replace(ra, cells=ra.cells + tuple(c for j, c in enumerate(rb.cells) if j != nb))
                         for ra, rb in zip(a.rows, b.rows))
            joined[a.index] = replace(a, rows=rows)
            dropped.add(b.index)
            break
    if not joined:
        return doc
    blocks = tuple(replace(b, table=joined[b.table.index]) if b.table is not None and b.table.index in joined else b
                   for b in doc.blocks if b.table is None or b.table.index not in dropped)
    return replace(doc, blocks=blocks)


# "CSC-IP-1.1 Designated teachers booked into reviews": an action's code, then its title.
_CODED_TITLE = re.compile(r"^(?P<code>[A-Z][A-Za-z]*(?:[-./][A-Za-z0-9]+)*[-./]\d+(?:\.\d+)*)\s+(?P<title>[A-Z].{2,120})$")


def _titled_records(blocks: Sequence[Block], records: dict[int, Table | None]) -> tuple[Block, ...]:
    """The blocks with each table of one action's fields (``records``) put in its table's place; a
    coded title printed right above a grid of fields ("CSC-IP-1.1 Designated teachers booked into
    reviews", a performance system's bar over the action) becomes the record's "Ref" and "Title"
    fields, its action's number and first words, and no heading of its own."""
    out: list[Block] = []
    for b in blocks:
        record = records.get(b.table.index) if b.table is not None else None
        if record is None:
            out.append(b)
            continue
        above = out[-1] if out and out[-1].table is None else None
        m = _CODED_TITLE.match(re.sub(r"\s+", " ", above.text).strip()) if above is not None and b.table.n_cols > 2 else None
        if m:
            names, values = record.rows
            title = m.group("title").strip()
            record = replace(record, rows=(
                Row((Cell("Ref"), Cell("Title")) + names.cells, names.page),
                Row((Cell(m.group("code")), Cell(title, (Block("paragraph", title, above.prov),), above.prov)) + values.cells,
                    values.page)))
            out.pop()
        out.append(replace(b, table=record))
    return tuple(out)


def plan_rows(doc: Document) -> list[PlanRow]:
    """Every logical action-table row of ``doc`` in reading order (empty if it has no action table).
    A plan that gives each action its own small table of labelled fields is read as one table
    (:func:`_record`)."""
    doc = _printed_over(doc)
    records = {t.index: _record(t) or _card_rows(t) for t in doc.tables()}
    if any(records.values()):
        doc = replace(doc, blocks=_titled_records(doc.blocks, records))
    ctx = _Context(candidates=_objective_candidates(doc), merges_known=doc.format in ("docx", "xlsx"))
    out: list[PlanRow] = []
    headers = {t.index: find_header(t) for t in doc.tables()}
    sheet_titles = _sheet_titles(doc, headers)
    for block in doc.blocks:
        if block.table is None:
            _note_prose(block, ctx)
            ctx.headed = ctx.headed or block.type == "heading"
            continue
        table = block.table
        headed, ctx.headed = ctx.headed, False
        header = headers[table.index]
        if header is None and ctx.pending_header is not None and table.rows and _short_row(table.rows[0]):
            merged = [f"{a} {b}".strip() for a, b in _zip_cells(ctx.pending_header, table.rows[0].texts())]
            roles = header_roles(merged)
            if is_action_header(roles):
                header = with_column_values(Header(0, 1, roles, len(merged)), table.rows[1:])
        ctx.pending_header = None
        if header is None and ctx.header is not None and table.name is not None and table.name != ctx.sheet:
            ctx.header = None  # another sheet of a workbook: a table of its own (a key, a version log), never a
            continue           # page-broken continuation of the last sheet's action table
        if header is None and ctx.header is not None and (_foreign_header(table) or headed and _titled(table)
                                                          or _header_of_its_own(table, ctx.header) or _form(table)):
            ctx.header = None  # a different kind of table (costs, measures) ends the action table
            continue
        if header is None:
            ws = _workstream_table(table)
            if ws is not None:
                ctx.header = None
                if "title" not in ws and ctx.workstream_text:
                    ws = _continue_workstream(ctx.workstream_text, ws)  # the overview went on in a new table
                ctx.workstream = ws.get("title") or ctx.workstream
                ctx.section = ctx.workstream
                ctx.objective = None
                ctx.workstream_text = ws
                ctx.workstream_refs = parse_refs(ws.get("refs", ""))[0]
                ctx.open_field = "refs" if ws.get("__last__") == "refs" else None
                continue
            if ctx.header is None:
                continue  # an ordinary table outside any action table
            _take_rows(table, 0, ctx, out, doc.source)
            continue
        ctx.open_field = None
        ctx.sheet = table.name
        for r in range(header.start):  # "Improvement Commitment | ..." rows above the header
            obj = _objective_label_row(table.rows[r])
            if obj:
                ctx.objective = _recover_objective(obj, ctx)
            elif ctx.workstream is None:
                title = _heading_row(table.rows[r])
                if (title and not is_date_line(title) and not _LABELLED.match(title)
                        and title not in sheet_titles.repeated):
                    _new_section(ctx, title)  # "Priority 2: Care leavers" above the header of a sheet
                elif title and table.name in sheet_titles.named:
                    _new_section(ctx, table.name)  # the workbook's front matter again: the sheet names the section
        ctx.header, ctx.group_lead = header, None
        ctx.objective_raw = None
        _take_rows(table, header.start + header.n_rows, ctx, out, doc.source)
    return out


INTRO_MAX_CHARS = 600
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]")


def _quotes_words(text: str) -> bool:
    """Whether ``text`` quotes three or more words ("the quality of plans"): a plan quoting the report."""
    return any(len(q.split()) >= 3 for q in _QUOTED.findall(text))


def _section_intro(block: Block, text: str, section: str | None, objective: str | None) -> bool:
    """Whether a paragraph under a section heading, before its actions, says what the section is
    for ("Inspectors asked us to strengthen 'assessments of children who are missing'. This is what
    we will do."): the actions' objective, their context for linking."""
    return (section is not None and objective is None and block.type == "paragraph"
            and len(text) <= INTRO_MAX_CHARS and not is_date_line(text))


def _note_prose(block: Block, ctx: _Context) -> None:
    """Prose between tables: a heading sets the section; text may continue a workstream's references."""
    text = re.sub(r"\s+", " ", block.text or "").strip()
    if not text:
        return
    if ctx.open_field == "refs":
        more = parse_refs(text)[0]
        if more or text[:1].islower():
            ctx.workstream_refs = tuple(dict.fromkeys(ctx.workstream_refs + more))
            return
    if ctx.workstream is not None:
        return  # workstream plans: the section is the workstream, not every stray title-case line
    objective = objective_label(text) if block.type != "heading" else None
    if objective:
        ctx.objective = objective
    elif is_date_line(text):
        return
    elif block.type == "heading" or (len(text) <= 100 and not text.endswith((".", ",", ";", ":")) and
                                     block.type == "paragraph" and (text[0].isupper() or text[0].isdigit())):
        _new_section(ctx, text)
    elif _section_intro(block, text, ctx.section, ctx.objective) and (ctx.header is not None or _quotes_words(text)):
        # a section's introduction once the plan's action tables have begun (before them, the
        # document's own introduction is about the whole plan), or one quoting the report
        ctx.objective = text


def _take_rows(table: Table, first: int, ctx: _Context, out: list[PlanRow], source: str) -> None:
    header = ctx.header
    assert header is not None
    num_col = header.col("number")
    months = gantt_months(table.rows[:first + 1])
    if months or first > 0:
        ctx.months = months  # a table carried on from the page before keeps its timeline columns
    for r in range(first, len(table.rows)):
        row = table.rows[r]
        if row.is_empty() or _is_rule_row(row):
            continue
        texts = row.texts()
        labels = _header_labels(texts, header)
        if is_action_header(labels):
            continue  # the header repeated on a new page
        obj = _objective_label_row(row)
        if obj and not _filled_action_row(row, header):
            ctx.objective_raw = obj
            ctx.objective = _recover_objective(obj, ctx)
            continue
        if ctx.objective_raw is not None and not _cell_text(row.cells[0]) and not header_roles(texts):
            # "| | | prompt permanency decisions can be made |": the objective cell running on
            ctx.objective_raw = _join(ctx.objective_raw, " ".join(t for t in (_cell_text(c) for c in row.cells) if t))
            ctx.objective = _recover_objective(ctx.objective_raw, ctx)
            continue
        ctx.objective_raw = None
        if "action" in labels.values() and len(labels) >= 2:
            ctx.pending_header = texts  # a header whose other half is on the next row or table
            continue
        if ctx.pending_header is not None and _short_row(row):
            merged = [f"{a} {b}".strip() for a, b in _zip_cells(ctx.pending_header, texts)]
            ctx.pending_header = None
            if is_action_header(header_roles(merged)):
                ctx.header = header = with_column_values(Header(0, 1, header_roles(merged), len(merged)), table.rows[r + 1:])
                num_col = header.col("number")
                continue
        heading = _heading_row(row)
        cells, blocks = _row_by_role(_shifted(row, header), header)
        cells, blocks = _cell_labels(cells, blocks)
        if heading and not (num_col == 0 and row_number(heading) and cells.get("action")):
            # one cell spanning the row is a heading even over the action column (filled copies of it
            # may land in a RAG or update column)
            spanning = sum(1 for c in row.cells if _cell_text(c)) > 1
            if not cells.get("action") or len(cells) == 1 or spanning:
                owner = _GROUP_LEAD.match(heading)
                if owner and header.col("lead") is None and header.col("lead_date") is None:
                    ctx.group_lead = owner.group(1).strip()  # "Lead: Service Manager, Front Door" over its actions
                elif not is_date_line(heading):
                    _new_section(ctx, re.sub(r"^\s*<[^>]+>|<[^>]+>\s*$", "", heading).strip())
                continue
        note = _PROGRESS_NOTE.match(cells.get("action", ""))
        if note and out and not cells.get("number") and not cells.get("refs"):
            # a tracker's second line for the action above ("Progress update: 212 of 298 staff trained"),
            # merged across the columns: its progress, not an action or more of its text
            out[-1] = replace(out[-1], cells=_merge_cells(out[-1].cells, {"update": cells["action"][note.end():].strip()}))
            continue
        if ctx.months and not cells.get("date"):
            span = _marked_months(row, ctx.months)
            if span:
                cells["date"] = span  # a timeline row: its date is the months marked ("X") under Apr ... Mar
        if cells.pop("parent", ""):
            continue  # a sub-task ("Book venue for the launch" under its task): a step, not an action
        blocks.pop("parent", None)
        if ctx.group_lead and not cells.get("lead") and cells.get("action"):
            cells["lead"] = ctx.group_lead
        group = cells.pop("section", "")  # the row's "Theme" / "Area" cell: empty under a merged one
        blocks.pop("section", None)
        if group and group != ctx.section:
            _new_section(ctx, group)
        if not cells or (group and _ADMIN_SECTION.fullmatch(group)):
            continue
        lead = cells.get("lead", "")
        if header.col("colead") is not None:
            lead = lead.split("; ")[0]  # the lead's own cell, without the post or partner joined to it
        if looks_like_prose(lead) or (len(lead.split()) >= LONG_LEAD_WORDS and "(" not in lead and
                                      not lists_posts("\n".join(b.text for b in blocks.get("lead", ())) or lead)
                                      and not titled_post(lead)):
            cells["update"] = _join(cells.pop("lead"), cells.get("update", ""))  # a progress note, not a lead
        prov = Provenance(source, row.page or table.page, table.index, r)
        if out and _continues(out[-1], cells, num_col is not None, ctx):
            narrow = len(row.cells) < max(header.width, max(header.roles) + 1)  # a column was lost: fragments shifted left
            out[-1] = _absorb(out[-1], cells, blocks, narrow)
            continue
        cells = _inherit(out[-1] if out else None, cells, ctx, table.index)
        out.append(PlanRow(cells, blocks, prov, ctx.section, _row_objective(cells, ctx), ctx.workstream_refs))


# A row spanning a table with no lead column, naming the owner of the rows below it.
_GROUP_LEAD = re.compile(r"(?i)^\s*(?:lead|owner|responsible(?:\s+officer)?|accountable(?:\s+officer)?)\s*:\s*(\S.{1,80})$")


_PROGRESS_NOTE = re.compile(r"(?i)^\s*(?:progress(?:\s+(?:update|to\s+date|so\s+far|note))?|update|latest\s+update)"
                            r"(?:\s*\([^()]{1,30}\))?\s*:\s*(?=\S)")


MIN_TIMELINE_MONTHS = 6
_YEAR_CELL = re.compile(r"^\s*(?:FY\s*)?((?:19|20)\d\d)(?:\s*[/-]\s*(\d{2}|\d{4}))?\s*$", re.I)


def gantt_months(rows: Sequence[Row]) -> dict[int, str]:
    """A timeline plan's month columns ("Apr", "May", ... "Mar", under "2023/24"), by column: the
    month and year each stands for; empty when no header row names six months or more in adjacent
    columns. A financial year over the months ("2023/24") puts April to December in its first year
    and January to March in the next; a month without a year stays without one."""
    for k, row in enumerate(rows):
        cols = [(c, m) for c, m in ((c, month_number(cell.text.strip())) for c, cell in enumerate(row.cells)) if m]
        if len(cols) < MIN_TIMELINE_MONTHS or cols[-1][0] - cols[0][0] != len(cols) - 1:
            continue
        out = {}
        for c, m in cols:
            year = None
            for above in reversed(rows[:k]):
                y = _YEAR_CELL.match(above.cells[c].text) if c < len(above.cells) else None
                if y:
                    year = int(y.group(1)) + (1 if y.group(2) and m <= 3 else 0)
                    break
            name = MONTH_NAMES[m - 1][:3].title()
            out[c] = f"{name} {year}" if year else name
        return out
    return {}


def _marked_months(row: Row, months: dict[int, str]) -> str:
    """The span of the months a timeline row marks ("X", a tick): "Apr 2023 – Jun 2023"."""
    marked = [c for c in sorted(months) if c < len(row.cells) and 0 < len(row.cells[c].text.strip()) <= 3]
    if not marked or len(marked) == len(months) and len({row.cells[c].text for c in marked}) > 1:
        return ""  # nothing marked, or a spanning row's text copied into every column
    first, last = months[marked[0]], months[marked[-1]]
    return first if first == last else f"{first} \u2013 {last}"


def _new_section(ctx: _Context, title: str) -> None:
    """A heading (or a new value of a grouping column): a section starts, and the objective of the
    last one ends with it."""
    ctx.section = title
    ctx.objective = None


# A lead cell of this many words or more is a progress note that ran into the lead column, unless
# it lists posts (see lists_posts) or explains one in brackets. Posts in the corpus run to 7 words
# ("Head of Service, Care Experienced Young People"); notes that reach the lead column are sentences.
LONG_LEAD_WORDS = 10
POST_MAX_WORDS = 8
_LEAD_LIST_SEP = re.compile(r"\s*[/;|\n]\s*|\s+(?:and|&)\s+|,?\s+with\s+(?:the\s+)?(?=[A-Z])")


_TITLE_SMALL = frozenset("a an and at for in of on the to with".split())


def titled_post(text: str) -> bool:
    """A long lead that is one post with its body, in title case throughout: "Designated Doctor
    for Looked After Children, Tame Valley Community Health NHS Trust" (a note is a sentence)."""
    pieces = [p.strip() for p in text.split(",") if p.strip()]
    words = [w for p in pieces for w in re.findall(r"[A-Za-z][\w'-]*", p) if w.lower() not in _TITLE_SMALL]
    return (len(pieces) >= 2 and all(p[0].isupper() and len(p.split()) <= POST_MAX_WORDS for p in pieces)
            and bool(words) and all(w[0].isupper() for w in words))


def lists_posts(text: str) -> bool:
    """True when a lead cell is a list of posts or people, however long: pieces separated by "/",
    ";", "and" or line breaks, each as short as a post's name, starting with a capital and not
    prose ("Head of Housing Options / Head of Service, Care Experienced Young People")."""
    pieces = [p for p in (p.strip(" ,.") for p in _LEAD_LIST_SEP.split(_cell_lines(text))) if p]
    return len(pieces) >= 2 and all(p[0].isupper() and len(p.split()) <= POST_MAX_WORDS and not looks_like_prose(p)
                                    for p in pieces)


# "Last updated: 4 July 2024", "Version 1.3 – 19 January 2018", "Date: March 2024": when the page was
# written, printed above a table where a section heading could be.
_DATE_LINE = re.compile(r"(?i)^\W*(?:(?:last\s+)?(?:updated|revised|reviewed|amended|modified|edited)|version|v\d|"
                        r"draft|dated?|published|issued|as\s+(?:at|of))\b")


def is_date_line(text: str) -> bool:
    """A line dating or versioning the document: never a section."""
    return bool(_DATE_LINE.match(text or "")) and bool(re.search(r"\d", text))


def objective_label(text: str) -> str | None:
    """The objective of a paragraph labelled as one ("Objective: A stronger multi-agency response",
    "What we want to achieve: ..."), with the header wordings of the objective column; else None.
    A numbered label ("Outcome 1: Children are safe") titles a section instead."""
    m = re.match(r"^\s*([^:\d]{2,40}?)\s*:\s*(\S.*)$", text or "", re.S)
    if not m:
        return None
    scores = role_scores(m.group(1))
    if not scores or max(scores, key=scores.get) != "objective" or scores["objective"] < MATCH_THRESHOLD:
        return None
    value = re.sub(r"\s+", " ", m.group(2)).strip()
    return value if len(re.findall(r"[A-Za-z]{2,}", value)) >= 3 else None  # "Issue: 1.3" is no objective


def _header_labels(texts: Sequence[str], header: Header) -> dict[int, str]:
    """The column roles of a row inside an action table when it is a header again (repeated on a
    new page, or the first line of a header split over two rows), else {}.

    A data row can hold wordings too ("Workforce and other actions" in an Area column, "Participation
    Lead" as its lead), so the roles alone do not make a header: a header's cell under the action
    column is the action label itself, where a data row has its action."""
    roles = header_roles(texts)
    return roles if roles.get(header.col("action")) == "action" else {}


def _continue_workstream(prev: dict[str, str], more: dict[str, str]) -> dict[str, str]:
    out = {k: v for k, v in prev.items() if not k.startswith("__")}
    head = more.get("__head__", "")
    last = prev.get("__last__") or ""
    if head and last:
        out[last] = f"{out.get(last, '')}\n{head}".strip()
    for k, v in more.items():
        if not k.startswith("__") and v:
            out[k] = f"{out[k]}\n{v}" if out.get(k) else v
    out["__last__"] = more.get("__last__") or last
    return out


def _titled(table: Table) -> bool:
    """A table whose first row names its columns in a few words each and none of them a plan's
    ("Title of document | Location"): under a heading of its own, a table of another kind."""
    if len(table.rows) < 2:
        return False
    texts = [t.strip() for t in table.rows[0].texts()]
    if sum(1 for t in texts if t) < 2 or not all(len(t.split()) <= 5 and not t.endswith(".") for t in texts):
        return False
    return not set(header_roles(texts).values()) & {"action", "lead", "date", "number", "refs", "objective"}


def _form(table: Table) -> bool:
    """A table of fields to fill in, each name ending with a colon beside its value ("Approved by: |
    Director of Children's Services | Date: | "): a sign-off box, not more of the plan."""
    rows = [[t.strip() for t in r.texts()] for r in table.rows if any(t.strip() for t in r.texts())]
    return bool(rows) and all(len(r) >= 2 and all(t.endswith(":") for t in r[0::2] if t) and r[0] for r in rows)


def _foreign_header(table: Table) -> bool:
    """A headerless table that opens with a header row of another kind ("Costs 2015/16 | ...")."""
    if not table.rows:
        return False
    row = table.rows[0]
    texts = [t for t in row.texts() if t.strip()]
    if len(texts) < 2 or not all(len(t.split()) <= 5 for t in texts):
        return False
    roles = header_roles(row.texts())
    return bool(roles) and "action" not in roles.values() and "other" in roles.values()


def _header_of_its_own(table: Table, header: Header) -> bool:
    """A headerless table after an action table that is not its continuation: a different number of
    columns, and a first row of short names none of which is the action table's ("Initials | Name |
    Role" under a plan: a key to its initials), or a first column with no text at all (a key of
    colour swatches)."""
    if not table.rows or not header.width or table.n_cols == header.width:
        return False
    if table.n_cols < header.width and all(r.cells and not r.cells[0].text.strip() for r in table.rows):
        return True  # a key of coloured swatches ("[red] Off track: ..."): its first column has no text
    texts = [t.strip() for t in table.rows[0].texts()]
    return (len(texts) >= 2 and all(t and len(t.split()) <= 3 and not re.search(r"\d", t) for t in texts)
            and not is_action_header(header_roles(texts)))


def _objective_candidates(doc: Document) -> tuple[str, ...]:
    """Whole sentences of the document (prose and list items, and the cells of overview tables)
    that a converter-garbled "Improvement Commitment" cell may be a scrambled copy of."""
    texts: list[str] = []
    for b in doc.blocks:
        if b.table is None:
            texts.append(_clean_text(b.text))
        elif find_header(b.table) is None:
            texts.extend(_clean_text(c.text) for row in b.table.rows for c in row.cells[1:2])
    # a cell may hold several commitments one after another: offer each sentence too
    return _sentences(texts)


def _clean_text(t: str) -> str:
    t = re.sub(r"<[^>]+>", " ", t or "")
    t = re.sub(r"^\s*(?:[-*•●▪]|\d+[.)])\s+", "", t)
    return re.sub(r"\s+", " ", t).strip()


def recover_text(garbled: str, candidates: Sequence[str], min_share: float = 0.8, min_order: float = 0.0) -> str:
    """The candidate sentence a garbled cell was cut from, or the cell itself if none fits.

    PDF converters scatter a long cell over several columns in the wrong order ("West Berk 2019) |
    shire will beco | me goo | od at safeguarding"). Each scrap should still be a substring of the
    original. Candidates are ranked by the share of the scraps' characters they contain plus half
    the share of the candidate the scraps account for (the tightest fit); ``min_order`` can also
    demand that a share of the scraps appear in printed order.
    """
    scraps = [w for w in (re.sub(r"[^0-9a-z]", "", w.lower()) for w in garbled.split()) if w]
    total = sum(len(w) for w in scraps)
    if total < 12 or not candidates:
        return garbled
    best, best_key = garbled, (0.0, 0.0)
    for cand in candidates:
        flat = re.sub(r"[^0-9a-z]", "", cand.lower())
        found = in_order = pos = 0
        for w in scraps:
            i = flat.find(w, pos)
            if i >= 0:
                in_order += len(w)
                pos = i + len(w)
            if w in flat:
                found += len(w)
        share, order = found / total, in_order / total
        coverage = min(found / max(len(flat), 1), 1.0)
        # A scrap or two may be too damaged to find ("nanagement"); the tighter candidate still wins.
        # Order only filters: scraps of scattered cells come out of order.
        key = (share + 0.5 * coverage, share)
        if share >= min_share and order >= min_order and coverage >= 0.1 and key > best_key:
            best, best_key = cand, key
    return best


def _recover_objective(text: str, ctx: "_Context") -> str:
    """Objective text, repaired from the workstream's own commitments first, then from the whole document."""
    local = _sentences([ctx.workstream_text.get("commitments", "")])
    fixed = recover_text(text, local)
    if fixed == text:
        fixed = recover_text(text, ctx.candidates, min_share=0.9, min_order=0.6)
    return fixed


def _sentences(texts: Iterable[str]) -> tuple[str, ...]:
    """Candidate sentences: each line, its sentences, adjacent pairs of them, and pieces split
    before a frequent sentence opener ("West Berkshire will ...") where a full stop was lost."""
    texts = [t for t in texts if t]
    pieces_per_line: list[list[str]] = []
    openers: Counter = Counter()
    for t in texts:
        for line in t.split("\n"):
            pieces = [p for p in re.split(r"(?<=[.!?)])\s+(?=[A-Z])", line) if p]
            pieces_per_line.append(pieces)
            openers.update(p.split()[0] for p in pieces if len(p.split()) > 3)
    # Extra pieces only: the unsplit lines stay candidates, so a proper noun mid-sentence costs nothing.
    common = [o for o, n in openers.items() if n >= 3 and len(o) >= 3 and o[:1].isupper()]
    split_at = re.compile(r"(?<=[a-z0-9,;)])\s+(?=(?:" + "|".join(map(re.escape, common)) + r")\b)") if common else None
    out: list[str] = []
    for pieces in pieces_per_line:
        more: list[str] = []
        for p in pieces:
            more.extend(x for x in (split_at.split(p) if split_at else [p]) if x)
        pairs = [f"{a} {b}" for a, b in zip(pieces, pieces[1:])]
        for piece in [" ".join(pieces)] + pieces + more + pairs:
            if 15 <= len(piece) <= 400:
                out.append(piece)
    return tuple(dict.fromkeys(out))


GROUP_CITATION_WORDS = 8


def _inherit(prev: PlanRow | None, cells: dict[str, str], ctx: _Context, table_index: int) -> dict[str, str]:
    """Fill the number and objective of a row from the row above when they were a merged cell
    spanning both (left empty here by the reader, or by a converter)."""
    if prev is None or prev.section != ctx.section or prev.prov.table is None:
        return cells
    out = dict(cells)
    for role in ("number", "refs", "objective"):
        if role == "refs" and (cells.get("number") or (ctx.merges_known and len(prev.get("refs").split()) <= GROUP_CITATION_WORDS)):
            # a row with its own number and no reference cites none (the merged cell ended above); in a
            # workbook or Word table (a merged cell is read in each row) an empty cell under a short
            # citation ("Ofsted rec 3") cites none, while one under a recommendation quoted whole at the
            # top of its group of rows cites that
            continue
        if not out.get(role) and prev.get(role) and ctx.header is not None and ctx.header.col(role) is not None:
            out[role] = prev.get(role)
    return out


def _row_objective(cells: dict[str, str], ctx: _Context) -> str | None:
    return cells.get("objective") or ctx.objective


def _runs_on(text: str) -> bool:
    """Whether ``text`` carries on a sentence: its first word is in lower case ("and record ..."),
    not a name written so ("ePEP for every child ...")."""
    words = text.split()
    return bool(words) and words[0].islower()


# A status column's whole value, as trackers write it ("Done", "In progress", "Green", "Not started")
_STATUS_VALUE = re.compile(r"(?i)(?:done|complete|completed|closed|in progress|not started|not yet started|on track|"
                           r"off track|at risk|delayed|overdue|ongoing|green|amber|red|blue|black|"
                           r"(?:red|amber|green)\s*[/-]\s*(?:red|amber|green))")


def _continues(prev: PlanRow, cells: dict[str, str], numbered: bool, ctx: _Context) -> bool:
    """Whether a row continues the row above (a converter split it) rather than starting a new one."""
    if prev.section != ctx.section:
        return False
    action = cells.get("action", "")
    if numbered:
        if cells.get("number"):
            return False
        # An unnumbered row with its own lead and date is a new action under the same number
        # (a merged "Ref" cell), not a continuation; see _inherit. So is one with a lead or a date
        # (the other left blank) whose action starts a sentence after one the row above finished.
        if not action or _runs_on(action):
            return True
        if cells.get("lead") and cells.get("date"):
            return False
        finished = re.search(r"[.!?)\"”’]\s*$", prev.get("action") or "")
        opens = re.sub(r"^[\W_]+", "", action)[:1].isupper()  # "'Time with Me' standard: ..." opens too
        return not ((cells.get("lead") or cells.get("date")) and finished and opens)
    if not action:
        return True  # fragments of the other columns only ("Leader)", "December", "2015")
    first = re.sub(r"^(?:<[^>]+>\s*)+", "", action)
    if _runs_on(first):
        return True
    prev_action = prev.get("action")
    if re.search(r":\s*$", prev_action) and not (cells.get("lead") and cells.get("date")):
        return True  # "... robust monitoring of:" then the list, split off by the converter
    # The action above stops mid-sentence ("... to establish its level of") and the cells beside it
    # are empty here, or the whole row is short fragments.
    if first.count(")") > first.count("("):
        return True  # "Team)": the tail of a bracket opened in the row above
    if _STATUS_VALUE.fullmatch(re.sub(r"[^\w\s%-]+", "", cells.get("rag", "")).strip()) and first[:1].isupper():
        return False  # a row of its own with only its status filled ("Done"): a split row has no status of its own
    # The action above stops mid-sentence and this row brings no lead and no readable date (a
    # converter's split; a spreadsheet's rows are its author's, so there it is a row of its own).
    date = cells.get("date", "")
    return ctx.sheet is None and bool(prev_action) and not re.search(r"[.!?:;)\"”’]\s*$", prev_action) and not cells.get("lead") \
        and (not date or normalise_date(date).status == "unknown")


def _absorb(prev: PlanRow, cells: dict[str, str], blocks: dict[str, tuple[Block, ...]], narrow: bool = False) -> PlanRow:
    """Merge a continuation row: new bullets when it brings a fresh list, else text fragments.

    ``narrow``: the row has fewer cells than the header, so an empty column was dropped and the
    fragments sit left of their column; a "date" fragment with no date words, under a date that is
    already whole, is the lead's tail ("CAR Service" / "Manager, QA Board")."""
    action = cells.get("action", "")
    others_empty = not any(cells.get(k) for k in ("lead", "date", "rag", "update"))
    fresh_list = bool(action) and others_empty and re.search(r"[.!?:;]\s*$", prev.get("action")) and not action[:1].islower()
    if fresh_list:
        return replace(prev, extra_bullets=prev.extra_bullets + (blocks.get("action", ()),))
    cells = dict(cells)
    for role in ("lead", "date"):
        # Rows of a table cut to a different width land in the wrong columns: a long sentence is
        # never a lead or a date fragment, so it goes to the progress update. (A long list of
        # posts, "Workforce Development Manager / Westcountry Teaching Partnership", or of dates,
        # "Cohort 1 June 2026; Cohort 2 Jan 2027", stays.)
        text = cells.get(role, "")
        if len(text.split()) > 6 and (looks_like_prose(text) if role == "lead"
                                      else normalise_date(text).status == "unknown"):
            cells["update"] = _join(cells.get("update", ""), cells.pop(role))
    frag = cells.get("date", "")
    if narrow and frag and not cells.get("lead") and prev.get("lead") and not has_date_words(frag) \
            and normalise_date(prev.get("date")).status != "unknown":
        cells["lead"] = cells.pop("date")
    if cells.get("lead") and not prev.get("lead") and looks_like_prose(cells["lead"]):
        cells["update"] = _join(cells.get("update", ""), cells.pop("lead"))  # the progress note running on
    merged = _merge_cells(prev.cells, cells)
    new_blocks = dict(prev.blocks)
    for role, bl in blocks.items():
        new_blocks[role] = new_blocks.get(role, ()) + bl
    return replace(prev, cells=merged, blocks=new_blocks, joined=prev.joined or bool(action))


def heading_row(row: Row) -> str | None:
    """A table row used as a title or section heading (one filled or spanning cell), else None."""
    return _heading_row(row)


def action_tables(doc: Document) -> Iterable[tuple[Table, Header]]:
    """The tables of ``doc`` that carry an action header (for callers that only want to know)."""
    for t in doc.tables():
        h = find_header(t)
        if h is not None:
            yield t, h


# ---- actions written as paragraphs: each followed by labelled "Lead:" / "By:" lines, or carrying the
# labels after a dash ("7.1 Hold the staff awards. — Lead: Director — By: December 2022")

_LABEL = (r"(?P<label>(?:related\s+)?(?:ofsted\s+)?recommendations?(?:\s+(?:number|no\.?))?|ofsted\s+ref(?:erence)?|"
          r"lead(?:\s+officers?)?|leads|owner|action\s+owner|responsible(?:\s+officer)?|by\s+whom|"
          r"accountable(?:\s+officer)?|by\s+when|by|deadline|timescales?|timeframe|target(?:\s+date)?|due(?:\s+date)?|"
          r"completion\s+date|(?:end\s+)?date|when|rag(?:\s+status)?|status|progress(?:\s+update)?|update)")
_LABELLED = re.compile(rf"(?i)^\s*{_LABEL}\s*[:\u2013\u2014]\s*(?P<value>\S.*)$")
# Inside a paragraph the label needs its colon: a dash there separates the label from the action.
_INLINE_LABELLED = re.compile(rf"(?i)^{_LABEL}\s*:\s*(?P<value>\S.*)$")
_PAREN_TAIL = re.compile(r"\(([^()]+)\)\s*$")  # "... (Lead: Service Manager; by July 2014)"
_INLINE_SEP = re.compile(r"\s+[-\u2013\u2014|]\s+|\s*;\s+")
_LABEL_ROLE = (("lead", r"lead|owner|responsible|by whom|accountable"), ("rag", r"rag|status"),
               ("update", r"progress|update"), ("refs", r"related|ofsted|recommendation"), ("date", r"."))


def _label_role(label: str) -> str:
    label = re.sub(r"\s+", " ", label.lower())
    return next(r for r, rx in _LABEL_ROLE if re.match(rx, label))


def _labelled(block: Block) -> tuple[str, str] | None:
    """("lead", "IRO Manager") for a "Lead: IRO Manager" paragraph, ("date", ...) for "By: ...".
    A short labelled line a text or Markdown reader took for a heading ("Owner: Head of Service"
    alone on its line) counts too."""
    if block.table is not None:
        return None
    m = _LABELLED.match(block.text or "")
    if not m:
        return None
    return _label_role(m.group("label")), m.group("value").strip()


_BARE_LABEL = re.compile(rf"(?i)^\s*{_LABEL}\s*$")


def _bare_field(blocks: Sequence[tuple[int, Block]], k: int) -> tuple[str, str, int] | None:
    """(role, value, blocks used) when block ``k`` is a field name standing alone ("Lead", "When")
    with its value in the next block, as a web page's definition list reads; an empty value when
    the next block is another field name (an empty ``<dd>``). Else None."""
    if k >= len(blocks) or blocks[k][1].type != "paragraph" or not _BARE_LABEL.match(_plain(blocks[k][1].text)):
        return None
    role = _label_role(_plain(blocks[k][1].text))
    nxt = blocks[k + 1][1] if k + 1 < len(blocks) else None
    if nxt is None or nxt.type != "paragraph" or _BARE_LABEL.match(_plain(nxt.text)):
        return role, "", 1
    if _label_line(nxt) is not None:
        return None
    return role, _plain(nxt.text), 2


def _label_line(block: Block) -> tuple[str, str] | None:
    """:func:`_labelled`, or (role, "") for a label left blank ("- **Lead:**")."""
    lab = _labelled(block)
    if lab is None and block.table is None:
        empty = _EMPTY_LABEL.match(_plain(block.text).replace("*", "").strip())
        lab = (_label_role(empty.group("label")), "") if empty else None
    return lab


def inline_labels(text: str) -> tuple[str, dict[str, str]]:
    """The action of a paragraph carrying its labels after it, and the labelled values by role:
    "Hold the awards. — Lead: DCS — By: May 2022" -> ("Hold the awards.", {"lead": "DCS", "date":
    "May 2022"}). Separators are dashes, bars and semicolons; a piece after the first label that is
    no label continues the value before it ("Lead: Head of Service; DI, Public Protection").
    Text with no label after a separator comes back whole, with no values.

    Labels may also close the paragraph in brackets, the date with or without its label: "Recruit
    three reviewing officers. (Lead: Service Manager; by July 2014)" or "(Lead: IRO Manager;
    Ongoing)"."""
    tail = _PAREN_TAIL.search(text)
    pieces = [p.strip() for p in tail.group(1).split(";")] if tail else []
    first = _INLINE_LABELLED.match(pieces[0]) if pieces else None
    if first and _label_role(first.group("label")) == "lead" and len(pieces) <= 2:
        values = {"lead": first.group("value").strip()}
        if len(pieces) == 2 and pieces[1]:
            more = _INLINE_LABELLED.match(pieces[1])
            values["date"] = (more.group("value") if more else re.sub(r"(?i)^by\s+", "", pieces[1])).strip()
        return text[:tail.start()].strip(), values
    seps = list(_INLINE_SEP.finditer(text))
    starts = [0] + [m.end() for m in seps]
    ends = [m.start() for m in seps] + [len(text)]
    first = next((k for k in range(1, len(starts)) if _INLINE_LABELLED.match(text[starts[k]:ends[k]])), None)
    if first is None:
        return _run_in_labels(text)
    values: dict[str, str] = {}
    role = None
    for k in range(first, len(starts)):
        piece = text[starts[k]:ends[k]]
        m = _INLINE_LABELLED.match(piece)
        if m and _label_role(m.group("label")) not in values:
            role = _label_role(m.group("label"))
            values[role] = m.group("value").strip()
        elif role is not None:
            values[role] = f"{values[role]}{text[ends[k - 1]:starts[k]]}{piece}".strip()
    values = {r: v.rstrip(" ;,") for r, v in values.items()}
    # "... the conference meets. Owner: Head of Service | Due: September 2024": the first label ran
    # into the sentence, the next follows a separator
    action, before = _run_in_labels(text[:ends[first - 1]].strip())
    for role, v in before.items():
        values.setdefault(role, v)
    return action, values


# Label lines a PDF reader ran into the paragraph above them ("... from the very start. Lead:
# Principal Social Worker Timescale: April 2019"): the first label follows the end of a sentence,
# each further one follows its value after a space; every label keeps its colon.
_RUN_IN_FIRST = re.compile(rf"(?i)(?<=[.!?)\]\u201d\u2019\"'])\s+(?={_LABEL}\s*:\s*\S)")
_RUN_IN_NEXT = re.compile(rf"(?i)\s+(?={_LABEL}\s*:\s*\S)")
_EMPTY_LABEL = re.compile(rf"(?i)^{_LABEL}\s*:$")


def _run_in_labels(text: str) -> tuple[str, dict[str, str]]:
    """:func:`inline_labels` for labels run into the paragraph: ("the action", {role: value}) when
    the labelled values after the first sentence-final label name a lead or a date, else the text
    whole with no values."""
    m = _RUN_IN_FIRST.search(text)
    if m is None:
        return text, {}
    rest = text[m.end():]
    cuts = [0] + [k.end() for k in _RUN_IN_NEXT.finditer(rest)] + [len(rest)]
    values: dict[str, str] = {}
    carry = ""  # "By" cut off "By when:" (a label inside a longer label) goes on with the next piece
    for a, b in zip(cuts, cuts[1:]):
        piece = carry + rest[a:b].strip()
        empty = _EMPTY_LABEL.match(piece)
        if empty:  # "Lead: Timescale: July 2019": a label left blank
            values.setdefault(_label_role(empty.group("label")), "")
            carry = ""
            continue
        lab = _INLINE_LABELLED.match(piece)
        if lab is None or not lab.group("value").strip():
            carry = piece + " "
            continue
        carry = ""
        values.setdefault(_label_role(lab.group("label")), lab.group("value").strip().rstrip(" ;,"))
    if carry or ("lead" not in values and "date" not in values):
        return text, {}
    return text[:m.start()].strip(), values


# A bullet closing on its owner and month in brackets, unlabelled, as slides put it: "Half-day
# induction for every PA (Workforce Development Lead, Oct 2024)", or the month alone "(Dec 2024)".
_OWNER_TAIL = re.compile(r"\s*\((?:(?P<lead>[A-Z][^()]{1,80}?|tb[ca])(?:,\s+|\s+[-\u2013\u2014]\s+))?(?P<date>[^(),\u2013\u2014]{2,30})\)\s*\.?\s*$")


# "(Lead: Head of Service, by April 2020)", "(by June 2020)", "(Lead: Principal Social Worker)"
# closing a paragraph: the action's lead and date, labelled inside the brackets.
_LABELLED_TAIL = re.compile(r"\s*\((?:(?:lead|owner)\s*:\s*(?P<lead>[^():;]{2,80}?))?(?:\s*[,;]\s*)?"
                            r"(?:\bby\s+(?P<date>[^():,]{3,30}?))?\s*\)\s*\.?\s*$", re.I)


_BARE_QUARTER = re.compile(r"(?i)^\s*q[1-4](?:\s*[-/\u2013]\s*q[1-4])?\s*$")


def _names_date(text: str) -> bool:
    """Whether a tail's date reads as one: a day, month, quarter or year span, or a status of time
    ("ongoing", "immediate", "tbc"); a quarter alone ("Q2", "Q3-Q4") too, a quarter of the plan's
    year."""
    span = normalise_date(text)
    return bool(span.start or span.end or span.status in ("ongoing", "immediate", "tbc")) or bool(_BARE_QUARTER.match(text))


def labelled_brackets(text: str) -> tuple[str, dict[str, str]]:
    """("the action", {"lead": ..., "date": ...}) of a paragraph closing on "(Lead: X, by Month
    Year)", "(Lead: X)" or "(by Month Year)"; the text whole with no values otherwise (the date
    must read as one)."""
    m = _LABELLED_TAIL.search(text)
    if m is None or not (m.group("lead") or m.group("date")) or not text[:m.start()].strip():
        return text, {}
    if not m.group("date") and "," in m.group("lead"):
        return text, {}  # "(Lead: X, Monthly)": which part is the lead is for inline_labels to say
    values = {}
    if m.group("date"):
        span = normalise_date(m.group("date"))
        if not (span.start or span.end or span.status in ("ongoing", "immediate")):
            return text, {}
        values["date"] = m.group("date").strip()
    if m.group("lead"):
        values["lead"] = m.group("lead").strip()
    return text[:m.start()].strip(), values


def owner_in_brackets(text: str) -> tuple[str, dict[str, str]]:
    """("the action", {"lead": ..., "date": ...}) of a bullet closing on "(Owner, Month Year)" or
    "(Month Year)" ("from Dec 2024", "ongoing", "tbc" too); the text whole with no values when the bracket names no month (a date needs a
    word, "Oct 2024", "Q3 2024/25": "(2004)" or "(paragraph 55)" is no date) or the owner is long."""
    m = _OWNER_TAIL.search(text)
    if m is None or not re.search(r"[A-Za-z]", m.group("date")) or not _names_date(m.group("date")):
        return text, {}
    lead = (m.group("lead") or "").strip()
    if len(lead.split()) > 8 or not text[:m.start()].strip():
        return text, {}
    values = {"date": m.group("date").strip()}
    if lead:
        values["lead"] = lead
    return text[:m.start()].strip(), values


# A slide's box of owners and dates for the bullets beside it: "Who / When" over one "Lead – date" line
# for each bullet, in the bullets' order (a PDF reader joins the lines into one paragraph).
_WHO_WHEN_BOX = re.compile(r"(?i)^\s*(?:who\s*/\s*when|who\s+and\s+when|lead\s*/\s*(?:date|when|by when|timescale)|"
                           r"owner\s*/\s*(?:date|deadline|when|by when))\s*:?\s+")
_BOX_DASH = re.compile(r"\s+[\u2013\u2014-]\s+")
_YEAR_WORD = re.compile(r"^\d{4}(?:/\d{2,4})?$")


def _date_then_lead(piece: str) -> tuple[str, str] | None:
    """("Oct 2023", "Team Manager (Duty)") from "Oct 2023 Team Manager (Duty)": the shortest run of first
    words that reads as a date (and any year after it), then the rest; None when none does or no rest."""
    words = piece.split()
    for k in range(1, min(len(words), 6)):
        if normalise_date(" ".join(words[:k])).status == "unknown":
            continue
        while k < len(words) - 1 and _YEAR_WORD.match(words[k]):
            k += 1
        return " ".join(words[:k]), " ".join(words[k:])
    return None


def _who_when(text: str, n: int) -> list[tuple[str, str]] | None:
    """The (lead, date) of each of ``n`` bullets from a "Who / When" box's text, or None when the text
    is no such box or does not hold exactly ``n`` pairs."""
    m = _WHO_WHEN_BOX.match(text)
    if m is None or n < 1:
        return None
    pieces = _BOX_DASH.split(text[m.end():].strip())
    if len(pieces) != n + 1:
        return None
    leads, dates = [pieces[0]], []
    for piece in pieces[1:-1]:
        split = _date_then_lead(piece)
        if split is None:
            return None
        dates.append(split[0])
        leads.append(split[1])
    dates.append(pieces[-1])
    if normalise_date(dates[-1]).status == "unknown" or any(len(lead.split()) > 8 for lead in leads):
        return None
    return list(zip(leads, dates))


# "... (Principal Social Worker) by Dec-17", "... by end Q2", "... (ongoing)": a line of a cell of
# several actions closing on its own date, perhaps its own owner in brackets before it.
_BY_TAIL = re.compile(r"\s*(?:\((?P<lead>[A-Z][^()]{1,80})\)\s*)?(?:\bby\s+(?P<date>[^()]{2,25}?)|"
                      r"\((?P<status>[A-Za-z][^()]{1,20})\))\s*\.?\s*$", re.I)


def dated_tail(text: str) -> tuple[str, dict[str, str]]:
    """("the action", {"date": ..., "lead": ...}) of a line closing on "by <date>" or a status in
    brackets, perhaps after its owner in brackets; the text whole with no values when the tail
    names no date ("by the team manager" is no date)."""
    m = _BY_TAIL.search(text)
    if m is None or not text[:m.start()].strip():
        return text, {}
    date = (m.group("date") or m.group("status")).strip()
    if not (_names_date(date) or re.search(r"(?i)\bq[1-4]\b", date)):  # "by end Q2": a quarter of the plan's year
        return text, {}
    values = {"date": date}
    if m.group("lead"):
        values["lead"] = m.group("lead").strip()
    return text[:m.start()].strip(), values


# A heading that numbers and names one action ("1.1 Two more reviewing officers"), not a section:
# a dotted number, then the title.
_ACTION_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,3}){1,2})\.?\s+(\S.*)$")
# A list item that is a field of the item above ("- Related recommendation: 1"), not an item of its own.
_FIELD_ITEM = re.compile(r"^[A-Z][\w ]{0,30}:\s")
_ACTION_NUMBER = re.compile(r"(?i)^action\s+(\d{1,2}(?:\.\d{1,3}){0,2})\s*[:.\u2013\u2014-]\s+")
_ITEM_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,3}){0,2}\.?$")


def _numbered_heading(text: str) -> tuple[str, str] | None:
    """(number, title) of a heading that numbers and names one action: "1.1 Two more reviewing
    officers", "Action 2.3 – One understanding of thresholds"."""
    m = _ACTION_HEADING.match(text)
    if m:
        return m.group(1), m.group(2)
    m = _ACTION_NUMBER.match(text)
    if m and "." in m.group(1) and text[m.end():].strip():
        return m.group(1), text[m.end():].strip()
    return None


MIN_BOX_ITEMS = 2


def _box_grid(table: Table) -> list[Block]:
    """A "plan on a page" laid out as boxes side by side - a row of short titles over a row of
    bulleted lists, most bullets closing on their owner and date in brackets ("(JB, Q2)") - read box
    by box: each title a heading over its bullets. Any other table gives nothing here."""
    if len(table.rows) < 2 or table.n_cols < 2:
        return []
    titles = [c.text.strip() for c in table.rows[0].cells]
    if not all(t and len(t.split()) <= 8 and not t.endswith(".") for t in titles):
        return []
    out: list[Block] = []
    items = tailed = 0
    for col, title in enumerate(titles):
        out.append(Block("heading", title, table.rows[0].cells[col].prov or Provenance(""), level=2))
        for row in table.rows[1:]:
            cell = row.cells[col] if col < len(row.cells) else None
            for b in (cell.blocks if cell is not None else ()):
                if b.type != "list_item":
                    return []
                items += 1
                tailed += bool(owner_in_brackets(re.sub(r"\s+", " ", b.text).strip())[1])
                out.append(b)
    return out if items >= MIN_BOX_ITEMS * len(titles) and tailed * 2 >= items else []


def _field_table(table: Table) -> list[Block]:
    """A small table of one action's fields under its paragraph ("Lead | Timescale | Success measure"
    over one row of values), read as the field names and values a web page's definition list gives:
    "Lead", "IRO Service Manager", "Timescale", "July 2014". Any other table gives nothing here."""
    if len(table.rows) != 2 or table.n_cols > 6:
        return []
    names = table.rows[0].texts()
    roles = header_roles(names)
    if "action" in roles.values() or not set(roles.values()) & {"lead", "date"}:
        return []
    values = table.rows[1].cells
    out = []
    for col, role in sorted(roles.items()):
        if role in ("lead", "date") and col < len(values) and _BARE_LABEL.match(_plain(names[col])):
            prov = values[col].prov or Provenance("")
            out += [Block("paragraph", names[col].strip(), prov), Block("paragraph", values[col].text.strip(), prov)]
    return out


def _paragraph_rows(doc: Document) -> list[tuple[int, PlanRow]]:
    """Every paragraph of ``doc`` that reads as an action (a lead or a date labelled after it, on the
    lines that follow or inline), with its position in ``doc.blocks``; the heading above is its section."""
    rows: list[tuple[int, PlanRow]] = []
    section: str | None = None
    objective: str | None = None
    section_actions = 0  # actions read under the current heading so far
    headings = 0  # headings so far: the paragraph under the first (the document's title) introduces the plan
    blocks = []
    for k, b in enumerate(doc.blocks):
        if b.table is None:
            if (b.text or "").strip():
                blocks.append((k, b))
        else:
            blocks.extend((k + n / 1000, box) for n, box in enumerate(_box_grid(b.table) or _field_table(b.table)))
    # List items read so far with no label after them, and the paragraph introducing their list
    # ("When a child in need plan is not making a difference:"): when the list's last item has the
    # labels, they name the lead and date of every item of the list.
    pending: list[tuple[int, Block, str]] = []
    intro: str | None = None
    title: tuple[str, str] | None = None  # a numbered heading naming the next action
    bare_paragraphs: list[tuple[int, Block, str, str | None, str | None]] = []  # paragraphs with no lead or date
    card_title: str | None = None  # a form's "Action:" field, or a card's heading, over the action's text
    titled: set[int] = set()  # the actions given a title that way (not written with a run-in title)
    bracketed: int | None = None  # the level of the list whose items close on "(Owner, date)"
    own_lines: set[int] = set()  # list levels whose items are followed by their own "Lead: ..." lines
    bullets: list[tuple[int, Block, str]] = []  # the list items read so far with no label, "Field: text" ones too
    # a wiki's task list ("[ ] action @Owner //2025-10-31"): read when two or more of its items name an owner or a date
    tasks = sum(1 for _, b in blocks if b.type == "list_item" and (m := _TASK.match(b.text)) and (m.group("lead") or m.group("date")))
    # an outline whose items at one level close on "(Owner) - date" (an e-mail's plan): that level's
    # items are the actions, the level above their themes, the level below their steps
    tailed = {pos: dash_tail(re.sub(r"\s+", " ", b.text).strip()) for pos, b in blocks if b.type == "list_item"}
    tails = Counter((b.level, b.label) for pos, b in blocks if pos in tailed and len(tailed[pos][1]) == 2)  # owner and date
    outline = next((key for key, n in tails.most_common(1) if n >= MIN_OUTLINE_ITEMS), None)
    tab_header: tuple[str, ...] | None = None  # column names set with tab stops, over the list of actions
    tab_level: int | None = None  # the list level of those actions
    i = 0
    while i < len(blocks):
        pos, b = blocks[i]
        boxed = _who_when(b.text, len(bullets)) if b.type == "paragraph" and bullets else None
        if boxed:  # a slide's "Who / When" box beside its bullets: one "Lead – date" line for each, in order
            for (ppos, pb, ptext), (lead, date) in zip(bullets, boxed):
                section_actions += 1
                rows.append((ppos, PlanRow({"action": ptext, "lead": lead, "date": date},
                                           {"action": (replace(pb, text=ptext),)}, pb.prov, section=section,
                                           objective=intro or objective)))
            pending, bullets, intro = [], [], None
            i += 1
            continue
        if b.type != "list_item":
            pending, bullets, bracketed = [], [], None
        if _labelled(b) is not None:  # a stray label line (its action was not found above it)
            i += 1
            continue
        if outline is not None and b.type == "list_item":
            if (b.level, b.label) == outline:  # "- New case note ... (Principal Social Worker) - 30/11/23"
                action, cells = tailed[pos][0], dict(tailed[pos][1])
                cells["action"] = action
                section_actions += 1
                rows.append((pos, PlanRow(cells, {"action": (replace(b, text=action),)}, b.prov, section=section,
                                          objective=objective)))
            elif b.level < outline[0]:  # "* Decisions in pre-proceedings": the items' theme
                section, objective, title = re.sub(r"\s+", " ", b.text).strip(), None, None
                section_actions = 0
            i += 1  # deeper: a step of the action above ("o agree the format with Legal")
            continue
        task = _TASK.match(b.text) if b.type == "list_item" and tasks >= MIN_TASKS else None
        if task:  # "[ ] Book the venue @Leanne Ferris //2025-09-15": a task list's item
            cells = {"action": task.group("text").strip()}
            for role in ("lead", "date"):
                if task.group(role):
                    cells[role] = task.group(role).strip()
            section_actions += 1
            rows.append((pos, PlanRow(cells, {"action": (replace(b, text=cells["action"]),)}, b.prov, section=section,
                                      objective=objective)))
            i += 1
            continue
        if b.columns and _tab_header(b.columns):
            tab_header, tab_level = b.columns, None  # "Action<TAB>Lead<TAB>By when" over a list set in columns
            i += 1
            continue
        if tab_header is not None and b.type == "list_item":
            if tab_level is not None and b.level > tab_level:
                i += 1  # a step of the action above, one level deeper ("1.1 Draft standards ... July 2023")
                continue
            tab_level = b.level
            cells = _tabbed(b.columns or (b.text,))
            section_actions += 1
            rows.append((pos, PlanRow(cells, {"action": (replace(b, text=cells["action"]),)}, b.prov, section=section,
                                      objective=objective)))
            i += 1
            continue
        if _DESCRIPTION_FIELD.match(b.text) and card_title is not None:
            i += 1  # "Description" standing alone between a card's title and its text: no section
            continue
        card = _CARD_TITLE.match(b.text) if b.type != "heading" else None
        if card and i + 1 < len(blocks) and _DESCRIPTION_FIELD.match(blocks[i + 1][1].text):
            card_title = re.sub(r"\s+", " ", card.group(1)).strip()  # "Action: Rewrite the plan template."
            i += 1
            continue
        if b.type == "heading":
            card_title = None
            numbered = _numbered_heading(re.sub(r"\s+", " ", b.text).strip())
            fields_follow = (i + 2 < len(blocks) and blocks[i + 1][1].type != "heading"
                             and (_label_line(blocks[i + 2][1]) is not None or _bare_field(blocks, i + 2) is not None))
            if numbered and fields_follow:
                title = numbered  # "### 1.1 Two more reviewing officers" over its paragraph and fields
            elif section is not None and (body := _card_body(blocks, i)):
                # a card's own title ("A council-run home for two") over its text and fields: not a
                # section but the action's first words, its paragraphs one text
                card_title = re.sub(r"\s+", " ", b.text).strip()
                if body > 1:
                    first_pos, first = blocks[i + 1]
                    joined = " ".join(re.sub(r"\s+", " ", pb.text).strip() for _, pb in blocks[i + 1:i + 1 + body])
                    blocks[i + 1:i + 1 + body] = [(first_pos, replace(first, text=joined))]
            elif not is_date_line(b.text):
                section, objective, title = re.sub(r"\s+", " ", b.text).strip(), None, None
                section_actions = 0
                headings += 1
            i += 1
            continue
        if (b.type == "list_item" and i + 1 < len(blocks) and blocks[i + 1][1].type == "heading"
                and _numbered_heading(re.sub(r"\s+", " ", blocks[i + 1][1].text).strip())
                and len(b.text.split()) <= 12 and not b.text.rstrip().endswith((".", ":", ";"))):
            # "1. Knowing the difference we make" over "Action 1.1 - One picture of practice": a
            # numbered area of the plan, the section of the actions under it
            section, objective, title = re.sub(r"\s+", " ", b.text).strip(), None, None
            section_actions, pending = 0, []
            headings += 1
            i += 1
            continue
        label = objective_label(b.text)
        if label and not (i + 1 < len(blocks) and _labelled(blocks[i + 1][1])):
            objective = label  # "What we want to achieve: ..." under the heading (not an action with a lead)
            i += 1
            continue
        text = re.sub(r"\s+", " ", b.text).strip()
        action, cells = labelled_brackets(text)
        if not cells:
            action, cells = inline_labels(text)
        if not cells and b.type == "list_item":
            action, cells = owner_in_brackets(text)
            if cells:
                bracketed = b.level
            elif bracketed == b.level:  # "... (Leaving Care Service Manager)" in a list of "(Owner, date)" items
                action, cells = dash_tail(text)
                if set(cells) != {"lead"}:
                    action, cells = text, {}
        j = i + 1
        while j < len(blocks):
            lab = _label_line(blocks[j][1])
            bare = _bare_field(blocks, j) if lab is None else None
            if bare is not None:  # a web page's <dt>Lead</dt><dd>Head of ...</dd>
                if bare[0] in cells:
                    break
                cells[bare[0]] = bare[1]
                j += bare[2]
                continue
            if lab is None or lab[0] in cells:
                break
            value, more = inline_labels(lab[1])  # "Lead: Team Managers — By: Immediate" on one line
            if lab[0] == "lead" and looks_like_prose(value if more else lab[1]):
                break  # "Leads: please update the Status line ...": an instruction, not a lead
            cells[lab[0]] = value.rstrip(" .;,") if more else value  # "Lead: X. Date: Y" too
            for role, v in more.items():
                cells.setdefault(role, v)
            j += 1
        if j > i + 1 and b.type == "list_item" and ("lead" in cells or "date" in cells):
            own_lines.add(b.level)  # "1.1 Do this" over "Lead: X | Target: Y": the list's actions carry their own lines
        last_of_section = i + 1 >= len(blocks) or blocks[i + 1][1].type == "heading"
        if "lead" not in cells and "date" not in cells and not (
                b.type == "list_item" and b.level in own_lines and last_of_section and not _FIELD_ITEM.match(action)):
            # (the last action of a section may have no "Lead:" line under it: still an action, with neither)
            if b.type == "paragraph" and j == i + 1:
                bare_paragraphs.append((pos, b, text, section, objective))
            if b.type == "list_item":
                bullets.append((pos, b, action))
            if b.type == "list_item" and not _FIELD_ITEM.match(action):
                pending.append((pos, b, action))
            else:
                intro = text if text.endswith(":") and i + 1 < len(blocks) and blocks[i + 1][1].type == "list_item" \
                    else None
            if headings >= 2 and section_actions == 0 and _section_intro(b, text, section, objective):
                objective = text  # the paragraph under the heading saying what its actions are for
            i += 1
            continue
        if is_date_line(action):
            i = j  # "Version 1.0, 15 June 2026. Owner: Director of Children's Services.": the document's own details
            continue
        if b.type == "list_item" and pending:
            for ppos, pb, ptext in (p for p in pending if p[1].level == b.level):  # the list's earlier items share the labels of its last
                section_actions += 1
                rows.append((ppos, PlanRow(dict(cells, action=ptext), {"action": (replace(pb, text=ptext),)}, pb.prov,
                                           section=section, objective=intro or objective)))
            pending = []
            item_objective = intro or objective
        else:
            item_objective = objective
        intro = None
        if card_title is not None:  # a form's "Action:" field over its "Description": the title, then the text
            action = f"{card_title}{'' if card_title.endswith(('.', '!', '?')) else '.'} {action}"
            card_title = None
            titled.add(pos)
        if title is not None:  # the action's own numbered title heads it: the row number, and the text's first words
            cells.setdefault("number", title[0])
            action = f"{title[1].rstrip(' .:')}. {action}"
            title = None
        section_actions += 1
        cells["action"] = action
        if b.type == "list_item" and b.label and _ITEM_NUMBER.match(b.label):
            cells.setdefault("number", b.label.rstrip("."))  # "**1.1** Restructure ...": the row's number
        named = _ACTION_NUMBER.match(action)
        if named:  # "Action 13: Move to a single audit cycle ...": the number is the row's, not the text's
            cells.setdefault("number", named.group(1))
            cells["action"] = action[named.end():]
        rows.append((pos, PlanRow(cells, {"action": (replace(b, text=cells["action"]),)}, b.prov, section=section,
                                  objective=item_objective)))
        i = j
    return _run_in_siblings(rows, bare_paragraphs, titled)


# "... (Principal Social Worker) - 30/11/23", "... (Team Managers) - from Dec 2023", "... (LPM chair)",
# "... - ongoing": an outline item's owner in brackets and its date after a dash
_DASH_TAIL = re.compile(r"\s*(?:\((?P<lead>[A-Z][^()]{1,80})\))?(?:\s*[-\u2013\u2014]\s+(?P<date>[^()\-\u2013\u2014]{2,30}))?\s*$")
MIN_OUTLINE_ITEMS = 3


def dash_tail(text: str) -> tuple[str, dict[str, str]]:
    """("the action", {"lead": ..., "date": ...}) of an outline item closing on "(Owner) - date",
    "(Owner)" or " - date" (a date that reads as one); the text whole with no values otherwise."""
    m = _DASH_TAIL.search(text)
    if m is None or not (m.group("lead") or m.group("date")) or not text[:m.start()].strip():
        return text, {}
    if m.group("lead") and re.search(r"[:;,]", m.group("lead")) and not m.group("date"):
        return text, {}  # "(Lead: X; by April 2014)", "(Owner, Sept 2024)": labelled or dated brackets, read elsewhere
    values = {}
    date = (m.group("date") or "").strip()
    if date:
        if not (_names_date(date) or has_date_words(date)):
            if not m.group("lead"):
                return text, {}
            return dash_tail(text[:m.start("date")].rstrip(" -\u2013\u2014"))  # a dash inside the text, not a date
        values["date"] = date
    if m.group("lead"):
        lead = m.group("lead").strip()
        if looks_like_prose(lead):
            return text, {}  # "(not just in the minutes)": an aside, not an owner
        values["lead"] = lead
    return text[:m.start()].strip(), values


_TASK = re.compile(r"^\[[ xX]\]\s+(?P<text>.+?)(?:\s+@(?P<lead>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}))?"
                   r"(?:\s+//(?P<date>\d{4}-\d{2}-\d{2}))?\s*$")
MIN_TASKS = 2


MAX_CARD_PARAGRAPHS = 3


def _card_body(blocks: Sequence[tuple[int, Block]], i: int) -> int:
    """How many paragraphs (one to three) lie between heading ``i`` and the fields of the card it
    heads, when those fields stand alone as a web page's definition list gives them ("Lead" over its
    value); 0 when no such fields follow."""
    for n in range(1, MAX_CARD_PARAGRAPHS + 1):
        k = i + n
        if k >= len(blocks) or blocks[k][1].type != "paragraph" or _label_line(blocks[k][1]) is not None \
                or _bare_field(blocks, k) is not None:
            return 0
        if _bare_field(blocks, k + 1) is not None:
            return n
    return 0


def _tab_header(columns: Sequence[str]) -> bool:
    """Column names set with tab stops on one line ("Action / Lead / By when"): an action column and a
    lead or date column, every name short."""
    return len(columns) <= 6 and all(len(c.split()) <= 4 for c in columns) and is_action_header(header_roles(list(columns)))


def _tabbed(pieces: Sequence[str]) -> dict[str, str]:
    """The cells of an action set in columns with tab stops: the action first, then its lead and its
    date in the columns on the right (either may be left empty, so a piece that reads as a date is the
    date)."""
    cells = {"action": pieces[0]}
    for piece in pieces[1:]:
        span = normalise_date(piece)
        if "date" not in cells and (span.status != "unknown" or has_date_words(piece)):
            cells["date"] = piece
        elif "lead" not in cells and "date" not in cells:
            cells["lead"] = piece
        else:
            cells["action"] = f"{cells['action']} {piece}"
    return cells


# A form's fields (a council template's content controls): "Action: <title>", then "Description" alone
# over the text, then "Responsible officer: ..." and the other labelled fields.
_CARD_TITLE = re.compile(r"(?i)^\s*(?:action(?:\s+title)?|title)\s*:\s*(\S.{0,150})$", re.S)
_DESCRIPTION_FIELD = re.compile(r"(?i)^\s*(?:action\s+)?(?:description|details?)\s*:?\s*$")


# "Safe at home. A twelve-week group for mothers ...": a short run-in title, then the action's sentence.
_RUN_IN = re.compile(r"^[A-Z][^.!?:;()]{2,60}\.\s+[A-Z\u201c\"\u2018']")
RUN_IN_TITLE_WORDS = 8


def _run_in(text: str) -> bool:
    m = _RUN_IN.match(text)
    return bool(m) and len(text[:m.end()].split()) - 1 <= RUN_IN_TITLE_WORDS


def _run_in_siblings(rows: list[tuple[int, PlanRow]], bare, titled: set[int]) -> list[tuple[int, PlanRow]]:
    """``rows`` with the paragraphs of a section whose actions are all written "Title. What we will do
    (Lead: X, by Month Year)" (a newsletter's run-in titles) that have the same shape but no lead or date:
    actions too ("Staff awards. Nominations are open ..."), with neither. An action whose title came from a
    heading or a field above it (``titled``) was not written that way."""
    if not bare:
        return rows
    shaped: dict[str | None, list[bool]] = {}
    for pos, r in rows:
        shaped.setdefault(r.section, []).append(r.prov.table is None and pos not in titled and _run_in(r.get("action") or ""))
    sections = {sec for sec, marks in shaped.items() if sec is not None and len(marks) >= 2 and all(marks)}
    more = [(pos, PlanRow({"action": text}, {"action": (replace(b, text=text),)}, b.prov, section=sec, objective=obj))
            for pos, b, text, sec, obj in bare if sec in sections and _run_in(text)]
    return sorted(rows + more, key=lambda pr: pr[0]) if more else rows


# A card of a board or list export (Trello, Planner): "Card: <title>", then "Field: value" lines, a
# "Description:" over the card's text, perhaps a "Checklist:" of "[x] step" lines.
_CARD_START = re.compile(r"(?i)^\s*(?:card|task|item)\s*:\s*(\S.*)$")
# An Obsidian callout heading an action: "> [!todo] A slot for GPs and schools", its text under it,
# then Dataview fields ("> Owner:: MASH Service Manager", "> Due:: 2017-01-31").
_CALLOUT = re.compile(r"(?i)^\s*\[!(?:todo|done|task|action|check|note|info|tip|important)\][+-]?\s+(\S.*)$")
_CARD_FIELD = re.compile(r"(?i)^\s*([a-z][a-z ]{1,24}?)\s*::?\s*(.*)$")
_CARD_ROLE = (("lead", r"members?|assigned(?: to)?|assignees?|owners?|lead"), ("date", r"due(?: date)?|deadline|end date"),
              ("refs", r"labels?|tags?"), ("rag", r"list|status|bucket|progress"), ("description", r"description|notes?"),
              ("archived", r"archived|closed"), ("checklist", r"checklist|subtasks?"),
              ("other", r"completed|created|updated|modified|start(?: date)?"))
_HASHTAGS = re.compile(r"(?:\s+#[\w-]+)+\s*$")  # "... added. #rec3 #mash": a note's tags after its text
_CHECK_ITEM = re.compile(r"^\s*(?:[-*]\s*)?\[[ xX]?\]\s")
MIN_CARDS = 3
_NO_VALUE = re.compile(r"(?i)^\s*(?:none|n/?a|-+)?\s*$")


def card_plan_rows(doc: Document) -> list[PlanRow]:
    """Rows of a plan exported as cards from a task board: each "Card: <title>" with its fields, the
    action being the title and the description under it, the lead the card's members or assignees,
    the date its due date, its references what its labels cite ("Ofsted rec 2"), its section the
    first label that cites nothing; checklist lines are steps, and an archived card is no part of the
    plan. Empty unless the document holds three cards or more."""
    blocks = []
    for b in doc.blocks:
        if b.table is not None or not (b.text or "").strip():
            continue
        if b.text.lstrip().startswith(">"):  # a quoted block's lines, joined by the reader: apart again
            blocks.extend(replace(b, text=t.strip()) for t in re.split(r"(?:^|\s+)>(?:\s+|$)", b.text.strip()) if t.strip())
        else:
            blocks.append(b)
    if sum(1 for b in blocks if _CARD_START.match(b.text) or _CALLOUT.match(b.text)) < MIN_CARDS:
        return []
    rows: list[PlanRow] = []
    card: dict | None = None
    heading: str | None = None

    def close():
        if card is None or card.get("archived", "").strip().lower() in ("yes", "true", "y"):
            return
        body = " ".join(card["text"])
        tags = _HASHTAGS.search(body)
        if tags:  # "#rec3 #mash": the note's tags; "#rec3" cites recommendation 3
            card["refs"] = ", ".join(x for x in (card.get("refs", ""), tags.group(0).replace("#", " ")) if x.strip())
            body = body[:tags.start()]
        title = card["title"]
        if card.get("callout") and body and not title.rstrip().endswith((".", "!", "?", ":")):
            title += "."  # a callout's title over its text
        text = " ".join(x for x in (title, body) if x)
        cells = {"action": re.sub(r"\s+", " ", text).strip()}
        for role in ("lead", "date", "rag"):
            if card.get(role) and not _NO_VALUE.match(card[role]):
                cells[role] = card[role].strip()
        labels = [x.strip() for x in re.split(r"[,\s]\s*(?=[A-Za-z])" if card.get("callout") else ",", card.get("refs", ""))
                  if x.strip()]
        cited = [x for x in labels if parse_refs(x)[0] or re.fullmatch(r"(?i)rec\d+", x)]
        if cited:
            cells["refs"] = ", ".join(cited)
        section = card.get("heading") if card.get("callout") else next((x for x in labels if not parse_refs(x)[0]), None)
        b = card["block"]
        rows.append(PlanRow(cells, {"action": (replace(b, text=cells["action"]),)}, b.prov, section=section))

    for b in blocks:
        m = _CARD_START.match(b.text)
        callout = _CALLOUT.match(b.text) if not m else None
        if m or callout:
            close()
            card = {"title": (m or callout).group(1).strip(), "text": [], "block": b,
                    "in": "description" if callout else None, "callout": bool(callout), "heading": heading}
            continue
        if b.type == "heading":
            close()  # a heading ends the card above it, and heads the callouts under it
            card, heading = None, re.sub(r"\s+", " ", b.text).strip()
            continue
        if card is None:
            continue
        f = _CARD_FIELD.match(b.text)
        role = None
        if f:
            label = re.sub(r"\s+", " ", f.group(1).lower())
            role = next((r for r, rx in _CARD_ROLE if re.fullmatch(rx, label)), None)
        if role is not None:
            card["in"] = role
            if role == "description":
                if f.group(2).strip():
                    card["text"].append(f.group(2).strip())
            elif role not in ("checklist", "other"):
                card[role] = f.group(2)
            if card.get("callout") and role not in ("description", "checklist"):
                card["in"] = None  # the fields close a callout's text
            continue
        if card["in"] == "description" and not _CHECK_ITEM.match(b.text):
            card["text"].append(b.text.strip())
    close()
    return rows


def paragraph_plan_rows(doc: Document, table_rows: Sequence[PlanRow] = ()) -> list[PlanRow]:
    """Rows of actions written as paragraphs, not table rows: each action a paragraph (often a
    numbered list item) followed directly by labelled lines naming its lead and its date ("Lead:
    Head of Service", "By: Autumn 2025"), or carrying them inline ("7.1 Hold the staff awards. —
    Lead: Director — By: December 2022"); the heading above it ("Recommendation 2") is its section.

    Without ``table_rows`` (a plan with no action table): the paragraph rows, read only when at
    least two actions are labelled so, so that a report's stray "Lead:" line is no plan.
    With ``table_rows`` (the rows :func:`plan_rows` found): those rows with the paragraph rows
    merged in reading order, a paragraph row read only where its section lists two or more, so
    that the plan's front matter ("Owner: Director of Children's Services" under its title) is no
    action."""
    found = _paragraph_rows(doc)
    if not table_rows:
        return [r for _, r in found] if len(found) >= 2 else []
    per_section = Counter(r.section for _, r in found)
    found = [(pos, r) for pos, r in found if per_section[r.section] >= 2]
    table_pos = {b.table.index: k for k, b in enumerate(doc.blocks) if b.table is not None}
    keyed = [(table_pos.get(r.prov.table, -1), r) for r in table_rows] + found
    return [r for _, r in sorted(keyed, key=lambda kr: kr[0])]  # stable: a table's rows keep their order
