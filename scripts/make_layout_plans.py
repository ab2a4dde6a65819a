#!/usr/bin/env python3
"""Generate fictional improvement plans in four more layouts, with gold: the plans of corpus/heldout/.

They are fixtures of the action-extraction tests (tests/extract/test_heldout_layouts.py) and
of scripts/eval_actions.py. They began as a held-out set (hence the folder's name and the
gold's ``"heldout": true``): the action extractor had been tuned against corpus/samples and the
four layouts of scripts/make_variant_plans.py, and these plans were written without reading
the extractor, from what English councils publish, to measure how it meets a layout for the
first time (corpus/heldout/first-contact.json); the extractor was then fixed for them. Every
council and person here is invented.

* ``ashcombe.docx``: a landscape Word table with a RAG key table before it, full-width merged
  "PRIORITY n" rows, sub-numbered rows (1.1, 1.1a), an "Outcome we want to see" cell merged
  down over the rows it covers, a lead cell merged down over two rows, bulleted action cells.
* ``brackenridge.xlsx``: an Excel tracker, one sheet per priority (title rows above the
  header), Ref | Ofsted rec | Action | Owner | Start | End | RAG | Evidence of impact | Latest
  update, real date cells next to text dates and bare quarters of the tracker's year, "- "
  lines for several actions in one cell; also a key/summary sheet and a version-control sheet
  that hold no actions.
* ``kingsmoor.pdf``: a portrait ruled PDF table that runs over several pages with a repeated
  header row and rows split across page breaks; each Ofsted recommendation is quoted in a
  full-width shaded row followed by its actions; running header and page footer.
* ``wexcombe.docx``: a Word table whose first column quotes the numbered recommendation in a
  cell merged down over its actions, a two-row header ("Delivery" over "Accountable lead" and
  "Deadline"), bullets with nested sub-bullets.

Gold (schema plan-gold-v1, as corpus/gold/plans/) is written from the data below, never from
the extractor's output, into ``corpus/gold/heldout/<name>.json``. Gold conventions, following
../shared/INTERFACE.md and the existing gold: a month alone ends on its last day, a range
starts on the first day of its first month, "Apr 26" is April 2026, terms end with their last
month (Summer term = July), quarters are of the financial year (Q1 = Apr-Jun) and a bare
quarter takes the year of the plan it is printed in ("2025/26" in the tracker's title);
"In place" is complete; "Completed Jan 2026" is complete ending 2026-01-31; "Monthly review"
and "Ongoing - reviewed quarterly" are ongoing; "By next Ofsted visit" is unknown (no date);
"TBC ..." is tbc. A nested sub-list is appended to its bullet as "<bullet> item1; item2"
(the seed 000 convention). A recommendation quoted above or beside actions is their explicit
reference. "Partnership: Police, ICB, Education" is one organisation (as "Partnership
(Police, Health)" in the variants); "J. Patel / K. Osei" is two people.

Usage: ``.venv/bin/python scripts/make_layout_plans.py``. Deterministic output.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from make_samples import _esc, _fix_zip, _pdf_env  # noqa: E402

OUT = ROOT / "corpus" / "heldout"
GOLD = ROOT / "corpus" / "gold" / "heldout"
NOTE = "Fictional plan generated for recmap held-out tests. The council and the people named do not exist."


@dataclass(frozen=True)
class L:
    """A gold lead."""

    name: str
    kind: str
    role: str | None = None


@dataclass
class Act:
    """One gold action and the printed cells it comes from."""

    text: str
    row: str | None
    leads: tuple[L, ...]
    date: tuple[str | None, str | None, str]
    refs: tuple[int, ...] = ()
    rag: str | None = None
    section: str | None = None
    objective: str | None = None


def _gold(name: str, plan: str, about: str, actions: list[Act], keys: tuple[str, ...]) -> dict:
    out = []
    for i, a in enumerate(actions, 1):
        g = {"id": f"{name}-{i}", "row": a.row, "text": a.text,
             "leads": [{"name": x.name, "kind": x.kind, "role": x.role} for x in a.leads],
             "date": {"start": a.date[0], "end": a.date[1], "status": a.date[2]},
             "explicit_refs": list(a.refs), "other_refs": []}
        for k in keys:  # context fields the layout prints (scored only when present)
            g[k] = getattr(a, k)
        out.append(g)
    return {"schema": "plan-gold-v1", "heldout": True,
            "about": f"Fictional plan made by scripts/make_layout_plans.py (first measured as a held-out set): {about} "
                     "Gold written from the generator's data, never from the extractor.",
            "plan": plan, "actions": out}


# --------------------------------------------------------------------------------------------
# 1. Ashcombe: landscape Word table, merged priority rows, sub-numbered rows, merged outcome cells

ASH_TITLE = "Ashcombe Borough Council – Children’s Services Improvement Plan 2025–2027"
ASH_HEADER = ("No.", "Outcome we want to see", "Action", "Lead", "By when", "RAG")
ADCSC = "AD Children’s Social Care"
HOS_CP = "Head of Service (CIN/CP)"
SM_FA = "Service Manager – Fostering & Adoption"
PATEL_OSEI = "J. Patel / K. Osei"
PARTNERS = "Partnership: Police, ICB, Education"
L_ADCSC = (L(ADCSC, "role"),)
L_HOS_CP = (L(HOS_CP, "role"),)
L_SM_FA = (L(SM_FA, "role"),)
L_PATEL_OSEI = (L("J. Patel", "person"), L("K. Osei", "person"))
L_PARTNERS = (L(PARTNERS, "organisation"),)
L_CPB = (L("Corporate Parenting Board", "team"),)

# (priority, [(outcome, [(no, [actions], lead, when, rag, gold date)])]); a lead of None continues the one above
ASH = [
    ("PRIORITY 1 – Children get the right help at the right time", [
        ("Decisions at the front door are timely and thresholds are applied consistently.", [
            ("1.1", ["Recruit two additional advanced practitioners to the MASH."], ADCSC, "Apr 26", "Amber",
             (None, "2026-04-30", "dated")),
            ("1.1a", ["Introduce a daily threshold huddle chaired by a MASH team manager."], HOS_CP, "In place", "Green",
             (None, None, "complete")),
            ("1.2", ["Audit 20 contacts a month against the threshold document.",
                     "Share audit learning at the monthly practice forum."], PATEL_OSEI, "Monthly review", "Green",
             (None, None, "ongoing")),
        ]),
    ]),
    ("PRIORITY 2 – Children in care live in stable homes that meet their needs", [
        ("More children in care live with local foster carers.", [
            ("2.1", ["Launch a targeted recruitment campaign for foster carers for sibling groups."], SM_FA, "30/06/2026",
             "Amber", (None, "2026-06-30", "dated")),
            ("2.1a", ["Review the fostering allowance scheme against neighbouring councils."], None, "Completed Jan 2026",
             "Green", (None, "2026-01-31", "complete")),
        ]),
        ("Children in care are heard by the people who make decisions about them.", [
            ("2.2", ["Hold a quarterly question time between the Children in Care Council and senior leaders."],
             "Corporate Parenting Board", "Summer term 2026", "Green", (None, "2026-07-31", "dated")),
        ]),
    ]),
    ("PRIORITY 3 – Partnership working protects children at risk outside the home", [
        ("Children at risk of exploitation have a single multi-agency plan.", [
            ("3.1", ["Agree a shared exploitation screening tool across all partners."], PARTNERS, "Q2 2026/27", "Red",
             ("2026-07-01", "2026-09-30", "dated")),
            ("3.2", ["Train all social workers in contextual safeguarding."], "Workforce Development Team",
             "Sept 2025 – Mar 2026", "Amber", ("2025-09-01", "2026-03-31", "dated")),
        ]),
    ]),
]

LEAD_GOLD = {ADCSC: L_ADCSC, HOS_CP: L_HOS_CP, SM_FA: L_SM_FA, PATEL_OSEI: L_PATEL_OSEI, PARTNERS: L_PARTNERS,
             "Corporate Parenting Board": L_CPB, "Workforce Development Team": (L("Workforce Development Team", "team"),)}


def ashcombe_gold() -> list[Act]:
    acts = []
    for prio, outcomes in ASH:
        for outcome, rows in outcomes:
            lead = None
            for no, actions, lead_cell, _when, rag, date in rows:
                lead = lead_cell or lead
                for text in actions:
                    acts.append(Act(text, no, LEAD_GOLD[lead], date, (), rag.lower(), prio, outcome))
    return acts


def make_ashcombe(path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT

    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.core_properties.author, d.core_properties.title, d.core_properties.revision = "recmap held-out generator", ASH_TITLE, 1
    d.add_heading(ASH_TITLE, 1)
    d.add_paragraph(NOTE)
    d.add_paragraph("This plan responds to the recommendations of the inspection of Ashcombe’s children’s services. "
                    "It is monitored monthly by the Improvement Board.")
    d.add_heading("RAG key", 2)
    key = d.add_table(rows=1, cols=2)
    key.style = d.styles["Table Grid"]
    key.rows[0].cells[0].text, key.rows[0].cells[1].text = "RAG rating", "Meaning"
    for a, b in (("Red", "Off track – needs escalation to the Improvement Board"),
                 ("Amber", "Some slippage – action in hand"), ("Green", "On track or complete")):
        r = key.add_row()
        r.cells[0].text, r.cells[1].text = a, b
    d.add_heading("Improvement actions", 2)
    t = d.add_table(rows=1, cols=len(ASH_HEADER))
    t.style = d.styles["Table Grid"]
    for c, h in enumerate(ASH_HEADER):
        t.rows[0].cells[c].text = h
    for prio, outcomes in ASH:
        r = t.add_row()
        r.cells[0].merge(r.cells[-1]).text = prio
        for outcome, rows in outcomes:
            first = len(t.rows)
            lead_from = None
            for no, actions, lead, when, rag, _ in rows:
                r = t.add_row()
                idx = len(t.rows) - 1
                r.cells[0].text = no
                cell = r.cells[2]
                if len(actions) == 1:
                    cell.text = actions[0]
                else:
                    cell.paragraphs[0].text = actions[0]
                    cell.paragraphs[0].style = d.styles["List Bullet"]
                    for a in actions[1:]:
                        cell.add_paragraph(a, style="List Bullet")
                if lead is None:  # the lead cell above is merged down over this row
                    t.cell(lead_from, 3).merge(t.cell(idx, 3))
                else:
                    r.cells[3].text = lead
                    lead_from = idx
                r.cells[4].text = when
                r.cells[5].text = rag
            last = len(t.rows) - 1
            merged = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
            merged.text = outcome
    d.add_paragraph("Next review: Improvement Board, March 2026.")
    d.save(str(path))
    _fix_zip(path)


# --------------------------------------------------------------------------------------------
# 2. Brackenridge: Excel tracker, one sheet per priority

BR_TITLE = "Brackenridge Council – Children’s Services Improvement Tracker 2025/26"
BR_HEADER = ("Ref", "Ofsted rec", "Action", "Owner", "Start", "End", "RAG", "Evidence of impact", "Latest update")
D = dt.datetime

# sheet name, priority title, rows: (ref, rec cell, action cell, owner, start, end, rag, evidence, update,
#                                     gold actions, gold leads, gold date, gold refs)
BR = [
    ("P1 Front door", "Priority 1: Front door and assessment", [
        ("1.1", "Rec 1", "Move the out-of-hours service into the MASH so that the same managers make decisions day and night.",
         ADCSC, D(2025, 4, 1), D(2025, 9, 30), "G", "Contacts decided within 24 hours: 92%", "Move completed in September.",
         None, L_ADCSC, ("2025-04-01", "2025-09-30", "dated"), (1,)),
        ("1.2", "Rec 1, Rec 3", "- Refresh the single assessment template.\n- Add a prompt for the child’s lived experience "
         "to every assessment.", HOS_CP, "Apr 2025", "Q2", "A", "Audit grades for assessments", "Template drafted.",
         ("Refresh the single assessment template.", "Add a prompt for the child’s lived experience to every assessment."),
         L_HOS_CP, ("2025-04-01", "2025-09-30", "dated"), (1, 3)),
        ("1.3", "R3", "Introduce a weekly performance clinic for assessments out of timescale.", PATEL_OSEI, "Jan 2026",
         "Ongoing", "G", "Assessments over 45 days fall below 10%", "", None, L_PATEL_OSEI,
         ("2026-01-01", None, "ongoing"), (3,)),
    ]),
    ("P2 Care leavers", "Priority 2: Care leavers", [
        ("2.1", "Rec 4", "Offer every care leaver a named personal adviser from the age of 16.", "Service Manager – Leaving Care",
         D(2025, 6, 1), D(2026, 3, 31), "A", "Care leavers with a PA at 16: 75%", "Two advisers recruited.", None,
         (L("Service Manager – Leaving Care", "role"),), ("2025-06-01", "2026-03-31", "dated"), (4,)),
        ("2.2", "Rec 4", "Agree a housing protocol for care leavers with the district housing teams.",
         "Corporate Parenting Board", None, "By next Ofsted visit", "R", "No care leaver in bed and breakfast", "", None,
         L_CPB, (None, None, "unknown"), (4,)),
        ("2.3", "N/A", "Publish the local offer for care leavers on the council website.", "Leah Grant, Participation Lead",
         None, "Completed Jan 2026", "G", "Page views and feedback from care leavers", "Published.", None,
         (L("Leah Grant", "person", "Participation Lead"),), (None, "2026-01-31", "complete"), ()),
    ]),
    ("P3 Workforce", "Priority 3: A stable and skilled workforce", [
        ("3.1", "Rec 2", "Reduce average caseloads in assessment teams to 18 or fewer.", ADCSC, "Q1", "Q4", "A",
         "Average caseload by team", "Average now 21.", None, L_ADCSC, ("2025-04-01", "2026-03-31", "dated"), (2,)),
        ("3.2", "Rec 2", "Run a rolling recruitment campaign for experienced social workers.", "Workforce Development Team",
         D(2025, 5, 1), "Monthly review", "A", "Agency staff below 15%", "", None,
         (L("Workforce Development Team", "team"),), ("2025-05-01", None, "ongoing"), (2,)),
        ("3.3", "Rec 5", "Give every newly qualified social worker a protected caseload in their first year.",
         "Principal Social Worker", None, "Dec-25", "G", "ASYE completion rate", "", None,
         (L("Principal Social Worker", "role"),), (None, "2025-12-31", "dated"), (5,)),
    ]),
]


def brackenridge_gold() -> list[Act]:
    acts = []
    for _sheet, prio, rows in BR:
        for ref, _rec, action, _o, _s, _e, rag, _ev, _u, gold_actions, leads, date, refs in rows:
            rag_word = {"G": "green", "A": "amber", "R": "red"}[rag]
            for text in gold_actions or (action,):
                acts.append(Act(text, ref, leads, date, refs, rag_word, prio))
    return acts


def make_brackenridge(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    wb.properties.creator, wb.properties.title = "recmap held-out generator", BR_TITLE
    ws = wb.active
    ws.title = "Key & summary"
    ws.append([BR_TITLE])
    ws.append([NOTE])
    ws.append([])
    ws.append(["RAG", "Meaning"])
    for a, b in (("R", "Off track"), ("A", "At risk"), ("G", "On track / complete")):
        ws.append([a, b])
    ws.append([])
    ws.append(["Priority", "Actions", "Red", "Amber", "Green"])
    for _sheet, prio, rows in BR:
        rags = [r[6] for r in rows]
        ws.append([prio, len(rows), rags.count("R"), rags.count("A"), rags.count("G")])
    for sheet, prio, rows in BR:
        ws = wb.create_sheet(sheet)
        ws.append([BR_TITLE])
        ws.append([prio])
        ws["A2"].font = Font(bold=True)
        ws.append([])
        ws.append(list(BR_HEADER))
        for ref, rec, action, owner, start, end, rag, ev, upd, *_ in rows:
            ws.append([ref, rec, action, owner, start, end, rag, ev, upd])
            for c in ("E", "F"):
                cell = ws[f"{c}{ws.max_row}"]
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws[f"C{ws.max_row}"].alignment = Alignment(wrap_text=True)
    ws = wb.create_sheet("Version control")
    ws.append(["Version", "Date", "Author", "Changes"])
    ws.append(["0.1", D(2025, 3, 14), "Performance team", "First draft for the Improvement Board"])
    ws.append(["0.2", D(2025, 10, 2), "Performance team", "RAG ratings updated after Q2 review"])
    ws.append(["0.3", D(2026, 1, 12), "Head of Quality Assurance", "Actions 2.3 and 3.3 updated"])
    wb.save(str(path))
    _fix_zip(path)


# --------------------------------------------------------------------------------------------
# 3. Kingsmoor: portrait ruled PDF over several pages, quoted recommendation rows

KM_TITLE = "Kingsmoor Council – Improvement Plan following the inspection of children’s services"
KM_PAD = 1000  # length of the last intro paragraph: chosen so that row 1.2 (action text too) breaks across pages 1-2
KM_HEADER = ("Ref", "Action", "Lead officer", "Timescale", "Measure of success")
KM_RECS = [
    (1, "The timeliness and quality of assessments for children in need, so that plans are based on an up-to-date "
        "understanding of children’s needs and experiences.", [
        ("1.1", "Set a 35-working-day target for every assessment and report performance against it to the weekly "
                "service meeting.", HOS_CP, L_HOS_CP, "Apr 26", (None, "2026-04-30", "dated"),
         "At least 85% of assessments completed within 35 working days, sustained for three months."),
        ("1.2", "Deliver a practice-standards workshop for every team manager, covering the expectations for "
                "assessment, planning and management oversight, with a follow-up observation of supervision and a "
                "written note of learning for each manager that is shared with their head of service.",
         "Chris Doyle (Head of Service, Early Help)", (L("Chris Doyle", "person", "Head of Service, Early Help"),),
         "30/06/2026", (None, "2026-06-30", "dated"),
         "All team managers attend; observation notes show consistent use of the practice standards; audit grades "
         "for management oversight improve quarter on quarter; social workers report in the annual health check "
         "that supervision helps them to plan for children."),
        ("1.3", "Audit a sample of assessments each month with the social worker and the family.", PATEL_OSEI,
         L_PATEL_OSEI, "Monthly review", (None, None, "ongoing"),
         "Audit programme complete each month; learning summarised for the practice forum."),
    ]),
    (2, "Management oversight and supervision of social workers, so that drift and delay in children’s plans are "
        "identified and addressed quickly.", [
        ("2.1", "Introduce a supervision recording template that prompts managers to review the progress of each "
                "child’s plan.", ADCSC, L_ADCSC, "In place", (None, None, "complete"),
         "Template used in every supervision record sampled."),
        ("2.2", "Reduce the number of agency team managers by converting posts to permanent contracts.", "DCS",
         (L("DCS", "role"),), "31st March 2026", (None, "2026-03-31", "dated"),
         "No more than one agency team manager in post."),
    ]),
    (3, "The sufficiency of local homes for children in care, so that fewer children live a long way from their "
        "families, schools and friends.", [
        ("3.1", "Open a four-bed children’s home within the borough, with a registered manager appointed before the "
                "first child moves in, and a statement of purpose agreed with the Corporate Parenting Board.",
         "Head of Commissioning", (L("Head of Commissioning", "role"),), "Sept 2025 – Mar 2026",
         ("2025-09-01", "2026-03-31", "dated"),
         "Home registered with Ofsted; four children living in it; children’s feedback gathered after three months "
         "and reported to the Corporate Parenting Board with any changes made as a result."),
        ("3.2", "Recruit 15 new fostering households, with a focus on carers for teenagers and sibling groups.", SM_FA,
         L_SM_FA, "By next Ofsted visit", (None, None, "unknown"),
         "Net gain of 15 fostering households; fewer than 20% of children placed more than 20 miles away."),
    ]),
    (4, "The multi-agency response to children who go missing from home or care, including return home interviews.", [
        ("4.1", "Offer a return home interview within 72 hours to every child who goes missing.", PARTNERS, L_PARTNERS,
         "Q3 2025/26", ("2025-10-01", "2025-12-31", "dated"),
         "90% of interviews offered within 72 hours; information shared with police the same day."),
        ("4.2", "Report patterns of missing episodes to the Corporate Parenting Board each quarter.",
         "Corporate Parenting Board", L_CPB, "Completed Jan 2026", (None, "2026-01-31", "complete"),
         "First report received in January 2026."),
    ]),
]


def kingsmoor_gold() -> list[Act]:
    return [Act(text, no, leads, date, (n,)) for n, _rec, rows in KM_RECS for no, text, _lc, leads, _w, date, _m in rows]


def make_kingsmoor(path: Path) -> None:
    e = _pdf_env()
    st, cm, P, colors = e["styles"], e["cm"], e["Paragraph"], e["colors"]
    A4 = e["A4"]

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(1.8 * cm, A4[1] - 1.1 * cm, "OFFICIAL – Kingsmoor Council Ofsted Improvement Plan")
        canvas.drawRightString(A4[0] - 1.8 * cm, 1.0 * cm, f"Page {doc.page}")
        canvas.restoreState()

    doc = e["SimpleDocTemplate"](str(path), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                                 topMargin=1.8 * cm, bottomMargin=1.8 * cm, title=KM_TITLE,
                                 author="recmap held-out generator")
    intro = ("Kingsmoor’s children’s services were inspected under the ILACS framework. The inspection found that "
             "services require improvement to be good and made four recommendations. This plan sets out what we "
             "will do about each of them, who is responsible and by when. Progress is reported to the Improvement "
             "Board every month and to Cabinet every quarter. ")
    story = [P(_esc(KM_TITLE), st["h1"]), P(_esc(NOTE), st["body"])] + [P(_esc(intro * 2), st["body"])] * 3
    story.append(P(_esc((intro * 3)[:KM_PAD]), st["body"]))  # puts a row across the first page break
    rows: list[list] = [[P(_esc(h), st["cellb"]) for h in KM_HEADER]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    for n, rec, items in KM_RECS:
        style += [("SPAN", (0, len(rows)), (-1, len(rows))), ("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.whitesmoke)]
        rows.append([P(_esc(f"Ofsted recommendation {n}: “{rec}”"), st["cellb"])] + [""] * (len(KM_HEADER) - 1))
        for no, text, lead, _l, when, _d, measure in items:
            rows.append([P(_esc(x), st["cell"]) for x in (no, text, lead, when, measure)])
    table = e["Table"](rows, colWidths=[1.2 * cm, 6.4 * cm, 3.6 * cm, 2.6 * cm, 3.6 * cm], repeatRows=1, splitByRow=0, splitInRow=1)
    table.setStyle(e["TableStyle"](style))
    story.append(table)
    story.append(P(_esc("Signed off by the Improvement Board chair."), st["body"]))
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# --------------------------------------------------------------------------------------------
# 4. Wexcombe: recommendation column merged down, two-row header, nested bullets

WX_TITLE = "Wexcombe Council – Ofsted Action Plan (children’s services)"
# (number, recommendation, rows: (bullets as (text, [sub-items]), lead cell, gold leads, deadline, gold date, update))
WX = [
    (1, "Improve the quality of plans for children in need and children subject to child protection plans, so that "
        "they are specific, measurable and time-bound.", [
        ([("Relaunch the SMART planning guidance with a briefing for every team.", []),
          ("Add plan quality to the monthly audit programme.", [])], HOS_CP, L_HOS_CP, "Apr 26",
         (None, "2026-04-30", "dated"), "Briefings held for 6 of 9 teams."),
        ([("Run practice weeks focused on planning:", ["child protection conferences", "core groups",
                                                         "child in need reviews"])],
         "Principal Social Worker", (L("Principal Social Worker", "role"),), "Summer term 2026",
         (None, "2026-07-31", "dated"), "First practice week booked."),
    ]),
    (2, "Ensure that children who are privately fostered are identified and their arrangements are assessed promptly.", [
        ([("Publicise private fostering duties to schools and GP practices.", [])], SM_FA, L_SM_FA, "30/06/2026",
         (None, "2026-06-30", "dated"), ""),
        ([("Add a private fostering question to the MASH contact form.", [])], PATEL_OSEI, L_PATEL_OSEI, "In place",
         (None, None, "complete"), "Live since November."),
    ]),
    (3, "Strengthen corporate parenting so that elected members understand the experiences of children in care.", [
        ([("Give every elected member corporate parenting training within three months of election.", [])],
         "Corporate Parenting Board", L_CPB, "Completed Jan 2026", (None, "2026-01-31", "complete"), "All members trained."),
        ([("Report the views of children in care to every meeting of the board.", [])], "Corporate Parenting Board",
         L_CPB, "Ongoing – reviewed quarterly", (None, None, "ongoing"), ""),
    ]),
    (4, "Improve the multi-agency response to children at risk of exploitation.", [
        ([("Set up a missing and exploitation panel chaired by the police.", [])], PARTNERS, L_PARTNERS, "Q4 2025/26",
         ("2026-01-01", "2026-03-31", "dated"), "Terms of reference drafted."),
        ([("Commission an independent review of the panel’s first six months.", [])], ADCSC, L_ADCSC,
         "TBC following panel review", (None, None, "tbc"), ""),
    ]),
]


def wexcombe_gold() -> list[Act]:
    acts = []
    for n, _rec, rows in WX:
        for bullets, _lc, leads, _w, date, _u in rows:
            for text, subs in bullets:
                acts.append(Act(f"{text} {'; '.join(subs)}" if subs else text, None, leads, date, (n,)))
    return acts


def make_wexcombe(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.author, d.core_properties.title, d.core_properties.revision = "recmap held-out generator", WX_TITLE, 1
    d.add_heading(WX_TITLE, 1)
    d.add_paragraph(NOTE)
    d.add_paragraph("Each of the inspection’s recommendations is set out below with the actions we will take.")
    t = d.add_table(rows=2, cols=5)
    t.style = d.styles["Table Grid"]
    t.cell(0, 0).merge(t.cell(1, 0)).text = "Ofsted recommendation"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "What we will do"
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Delivery"
    t.cell(1, 2).text = "Accountable lead"
    t.cell(1, 3).text = "Deadline"
    t.cell(0, 4).merge(t.cell(1, 4)).text = "Progress update"
    for n, rec, rows in WX:
        first = len(t.rows)
        for bullets, lead, _l, when, _d, update in rows:
            r = t.add_row()
            cell = r.cells[1]
            p = cell.paragraphs[0]
            for k, (text, subs) in enumerate(bullets):
                if k:
                    p = cell.add_paragraph()
                p.text = text
                p.style = d.styles["List Bullet"]
                for s in subs:
                    cell.add_paragraph(s, style="List Bullet 2")
            r.cells[2].text = lead
            r.cells[3].text = when
            r.cells[4].text = update
        t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0)).text = f"{n}. {rec}"
    d.save(str(path))
    _fix_zip(path)


PLANS = (
    ("ashcombe", "docx", make_ashcombe, ashcombe_gold, ("rag", "section", "objective"),
     "landscape Word table, merged priority rows, sub-numbered rows, merged outcome and lead cells, RAG key table."),
    ("brackenridge", "xlsx", make_brackenridge, brackenridge_gold, ("rag", "section"),
     "Excel tracker with one sheet per priority, Start/End date cells, bare quarters, key and version sheets."),
    ("kingsmoor", "pdf", make_kingsmoor, kingsmoor_gold, (),
     "portrait ruled PDF over several pages, quoted recommendation rows, rows split across page breaks."),
    ("wexcombe", "docx", make_wexcombe, wexcombe_gold, (),
     "Word table with the recommendation merged down its first column, two-row header, nested bullets."),
)


def main(argv: list[str]) -> int:
    import argparse

    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args(argv[1:])  # --help; no options
    OUT.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, ext, make, gold, keys, about in PLANS:
        path = OUT / f"{name}.{ext}"
        make(path)
        rel = str(path.relative_to(ROOT))
        g = GOLD / f"{name}.json"
        g.write_text(json.dumps(_gold(name, rel, about, gold(), keys), indent=1, ensure_ascii=False) + "\n",
                     encoding="utf-8")
        print(f"{name}: {rel} + {g.relative_to(ROOT)} ({len(gold())} actions)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
