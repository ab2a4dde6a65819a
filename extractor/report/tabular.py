"""CSV (Excel-friendly: UTF-8 with BOM) and Excel workbooks of a check result."""
from __future__ import annotations

import csv
import io

from ..items import CheckResult
from .rows import action_rows, ask_rows, asked_before_text, coverage_rows, link_rows, warning_rows

STATUS_FILL = {"covered": "C6EFCE", "weak": "FFEB9C", "uncovered": "FFC7CE", "justified": "DDEBF7"}


def _safe_cell(value):
    """Stop spreadsheet formula injection: text starting with = + - @ is shown, not evaluated."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def to_csv(result: CheckResult) -> str:
    """One row per proposed link plus a row for each recommendation no action covers."""
    rows = link_rows(result)
    buf = io.StringIO()
    buf.write("\ufeff")
    fields = list(rows[0].keys()) if rows else ["recommendation_id"]
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: _safe_cell(v) for k, v in r.items()})
    return buf.getvalue()


def to_xlsx(result: CheckResult) -> bytes:
    """Workbook with sheets Recommendations, Actions, Links, Coverage, Asks, Warnings; header frozen, filters on."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    wb.remove(wb.active)
    recs = [{"id": r.id, "number": r.number, "label": r.label or "", "group": r.group or "",
             "addressee": r.addressee, "text": r.text, "source": r.prov.file, "page": r.prov.page,
             **({"asked_before": asked_before_text(result, r.id)} if result.history else {})}
            for r in result.recommendations]
    sheets = [("Recommendations", recs), ("Actions", action_rows(result)), ("Links", link_rows(result)),
              ("Coverage", coverage_rows(result)), ("Asks", ask_rows(result)), ("Warnings", warning_rows(result))]
    wide = {"text", "action", "recommendation", "objective", "evidence", "asks_without_action", "asked_before"}
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        header = list(rows[0].keys()) if rows else ["(none)"]
        ws.append(header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for r in rows:
            ws.append([_safe_cell(r[k]) for k in header])
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        for i, h in enumerate(header, 1):
            letter = ws.cell(row=1, column=i).column_letter
            ws.column_dimensions[letter].width = 70 if h in wide else max(10, min(30, len(h) + 4))
            if h in wide:
                for row in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    row[0].alignment = Alignment(wrap_text=True, vertical="top")
            if h in ("status", "coverage"):
                for row in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    fill = STATUS_FILL.get(str(row[0].value))
                    if fill:
                        row[0].fill = PatternFill("solid", start_color=fill, end_color=fill)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
