"""Excel (.xlsx/.xlsm) into the document model with openpyxl: each non-empty sheet is one table.

* ``Table.name`` is the sheet name; the table block's ``prov.page`` (and every row's page)
  is the sheet's position in the workbook, counting from 1, so provenance reads
  "sheet 2" as "p.2". ``Document.n_pages`` is the number of sheets.
* Merged ranges are laid out on the full grid: the top-left cell keeps the value and every
  other position of the range holds a ``merged=True`` copy.
* Empty rows and columns at the edges of the used range are dropped.
* A cell holding several lines whose lines start with bullet markers ("•", "-", "1.")
  becomes list items (see :func:`~extractor.ingest.tables.text_to_blocks`).
* Hidden sheets are skipped (with a document warning): they are not part of the plan as shown.
* Formulas show their cached values (what Excel displays); dates are written out as
  "31 January 2027" (or "January 2027" when the cell's format shows no day).

Merged ranges are only known when openpyxl loads the workbook fully; workbooks larger
than :data:`FULL_LOAD_MAX_MB` are streamed in read-only mode instead, with merged
ranges read from the sheet XML directly.
"""
from __future__ import annotations

from collections import Counter

import datetime as dt
import re
import zipfile
from pathlib import Path

from ..document import Document
from .tables import GridCell, grid_to_table, table_block, trim_grid

_DAY_TOKEN = re.compile(r"(?<![a-z])d", re.I)
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"')
# Workbooks up to this size are loaded fully (needed to see merged cells); a
# ``Settings.xlsx_full_load_mb`` field, if present, overrides it.
FULL_LOAD_MAX_MB = 20.0
# A guard against a sheet claiming a used range of a million columns.
_MAX_COLS = 512


_ERRORS = frozenset({"#N/A", "#REF!", "#VALUE!", "#NAME?", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"})


def format_value(value, number_format: str = "General") -> str:
    """The text a cell shows, near enough: dates in UK words, whole numbers without ".0"."""
    if value is None or (isinstance(value, str) and value in _ERRORS):
        return ""  # a formula's error ("#N/A" from a lookup that found nothing) shows no value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        value = value.date()
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        fmt = (number_format or "").split(";")[0]
        if fmt and fmt != "General" and not _DAY_TOKEN.search(re.sub(r'"[^"]*"|\[[^]]*\]', "", fmt)):
            return value.strftime("%B %Y")
        return f"{value.day} {value.strftime('%B %Y')}"
    if isinstance(value, dt.datetime):
        return f"{value.day} {value.strftime('%B %Y %H:%M')}"
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        if "%" in (number_format or ""):
            return f"{value * 100:g}%"
        return f"{value:g}"
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def _parse_ref(ref: str) -> tuple[int, int, int, int]:
    """(min_row, min_col, max_row, max_col), 1-based, of "B2:D5" or "B2"."""
    parts = ref.split(":")
    coords = []
    for p in parts:
        m = re.match(r"([A-Z]+)(\d+)", p)
        if not m:
            raise ValueError(ref)
        coords.append((int(m.group(2)), _col_index(m.group(1))))
    (r1, c1), (r2, c2) = coords[0], coords[-1]
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


def _sheet_grid(values: list[list[str]], merges: list[tuple[int, int, int, int]]) -> list[list[GridCell]]:
    """Grid of GridCells from a sheet's text values, merged ranges filled with copies."""
    grid = [[GridCell(v) for v in row] for row in values]
    for r1, c1, r2, c2 in merges:
        if r1 - 1 >= len(grid):
            continue
        r2 = min(r2, len(grid))
        c2 = min(c2, _MAX_COLS)
        for r in range(r1 - 1, r2):
            while len(grid[r]) < c2:
                grid[r].append(GridCell(""))
        anchor_row = grid[r1 - 1]
        if c1 - 1 >= len(anchor_row):
            continue
        anchor = anchor_row[c1 - 1]
        for r in range(r1 - 1, r2):
            for c in range(c1 - 1, c2):
                if (r, c) != (r1 - 1, c1 - 1):
                    grid[r][c] = GridCell(anchor.text, merged=True)
    width = max((len(r) for r in grid), default=0)
    return [r + [GridCell("")] * (width - len(r)) for r in grid]


def _read_only_merges(path: Path, sheet_paths: list[str]) -> dict[str, list[tuple[int, int, int, int]]]:
    """Merged ranges per sheet read from the raw XML (openpyxl's read-only mode skips them)."""
    out: dict[str, list[tuple[int, int, int, int]]] = {}
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        for sp in sheet_paths:
            if sp not in names:
                continue
            with z.open(sp) as fh:
                data = fh.read()
            refs = []
            for m in _MERGE_REF.finditer(data):
                try:
                    refs.append(_parse_ref(m.group(1).decode("ascii")))
                except ValueError:
                    continue
            out[sp] = refs
    return out


def read_xlsx(path: Path, settings, source: str) -> Document:
    """Read every sheet of a workbook as a table (see the module docstring for the conventions)."""
    import openpyxl  # imported here to keep CLI start-up fast

    limit_mb = getattr(settings, "xlsx_full_load_mb", FULL_LOAD_MAX_MB)
    read_only = path.stat().st_size > limit_mb * 1024 * 1024
    warnings: list[str] = []
    wb = openpyxl.load_workbook(str(path), read_only=read_only, data_only=True)
    try:
        sheet_paths: dict[str, str] = {}
        if read_only:
            sheet_paths = _sheet_xml_paths(path)
            merges_by_path = _read_only_merges(path, list(sheet_paths.values()))
        blocks = []
        n_tables = 0
        hidden: list[str] = []
        for s_index, ws in enumerate(wb.worksheets):
            if getattr(ws, "sheet_state", "visible") != "visible":
                hidden.append(ws.title)  # not part of the plan as printed or shown
                continue
            if read_only:
                ws.reset_dimensions()  # a stale <dimension> must not cut rows short
            hidden_cols = set() if read_only else _hidden_columns(ws)
            if hidden_cols:
                warnings.append(f"{ws.title}: {len(hidden_cols)} hidden column(s) ignored")
            values: list[list[str]] = []
            struck = 0
            for row in ws.iter_rows():
                texts = ["" if i + 1 in hidden_cols else format_value(c.value, getattr(c, "number_format", None) or "General")
                         for i, c in enumerate(row[:_MAX_COLS])]
                if not read_only and _struck_through(row[:_MAX_COLS], texts):
                    texts, struck = [""] * len(texts), struck + 1  # a withdrawn row, struck through: not read
                values.append(texts)
            if struck:
                warnings.append(f"{ws.title}: {struck} struck-through row(s) ignored")
            if not read_only:
                _summary_rows_as_headings(ws, values)
            if read_only:
                merges = merges_by_path.get(sheet_paths.get(ws.title, ""), [])
            else:
                merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
            grid = trim_grid(_sheet_grid(values, merges))
            if not grid:
                continue
            table = grid_to_table(grid, n_tables, source, page=s_index + 1, name=ws.title)
            n_tables += 1
            blocks.append(table_block(table, source))
        if hidden:
            warnings.append(f"hidden sheet(s) skipped: {', '.join(hidden)}")
        if not blocks:
            warnings.append(f"all {len(wb.worksheets)} sheet(s) of the workbook are empty")
        return Document(source, "xlsx", tuple(blocks), len(wb.worksheets), tuple(warnings))
    finally:
        wb.close()


def _struck_through(cells, texts: list[str]) -> bool:
    """Whether every filled cell of a row is struck through (a plan's way of marking an action
    withdrawn while keeping it on the sheet)."""
    filled = [c for c, t in zip(cells, texts) if t.strip()]
    return bool(filled) and all(getattr(getattr(c, "font", None), "strike", False) for c in filled)


def _summary_rows_as_headings(ws, values: list[list[str]]) -> None:
    """A task list exported from a project tool gives its hierarchy as row outline levels. The
    tasks are the rows of the level that holds most of the leaf rows (rows with none under
    them): a row above that level is a summary (a priority, an objective, its figures rolled up
    from the rows under it) and keeps only its name, in its first non-empty cell, so that it
    reads as a heading over its tasks; a row below it is a step of the task above it and is
    left out, the task standing for it. Sheets without outline levels are left as they are."""
    levels = [ws.row_dimensions[r].outline_level or 0 for r in range(1, len(values) + 1)]
    if len(set(levels)) < 2:
        return
    leaves = Counter(lv for r, lv in enumerate(levels)
                     if any(v.strip() for v in values[r]) and (r + 1 == len(levels) or levels[r + 1] <= lv))
    task_level = max(leaves, key=lambda lv: (leaves[lv], -lv))
    for r, lv in enumerate(levels):
        row = values[r]
        if lv > task_level:
            values[r] = ["" for _ in row]
        elif lv < task_level and r + 1 < len(levels) and levels[r + 1] > lv:
            first = next((k for k, v in enumerate(row) if v.strip()), None)
            if first is not None:
                values[r] = [v.strip() if k == first else "" for k, v in enumerate(row)]


def _hidden_columns(ws) -> set[int]:
    """1-based indexes of the sheet's hidden columns: like hidden sheets, not part of the plan as
    shown (a superseded "Original target date", an internal ID); their cells are read as empty."""
    out: set[int] = set()
    for key, dim in ws.column_dimensions.items():
        if not getattr(dim, "hidden", False):
            continue
        lo = dim.min or _col_index(key)
        hi = dim.max or lo
        out.update(range(lo, min(hi, _MAX_COLS) + 1))
    return out


def _sheet_xml_paths(path: Path) -> dict[str, str]:
    """Sheet name -> path of its XML inside the package (from workbook.xml and its rels)."""
    out: dict[str, str] = {}
    with zipfile.ZipFile(path) as z:
        try:
            wb = z.read("xl/workbook.xml")
            rels = z.read("xl/_rels/workbook.xml.rels")
        except KeyError:
            return out
    targets = {m.group(1).decode(): m.group(2).decode() for m in re.finditer(
        rb'<Relationship[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels)}
    targets.update({m.group(2).decode(): m.group(1).decode() for m in re.finditer(
        rb'<Relationship[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)})
    for m in re.finditer(rb'<(?:\w+:)?sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]+)"', wb):
        name = _xml_unescape(m.group(1).decode("utf-8"))
        target = targets.get(m.group(2).decode(), "")
        target = target.lstrip("/")
        out[name] = target if target.startswith("xl/") else f"xl/{target}"
    return out


def _xml_unescape(s: str) -> str:
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")
