#!/usr/bin/env python3
"""Generate the bundled sample documents of a FICTIONAL council into corpus/samples/.

Everything here is invented: Kestrelford Borough Council, its staff, its inspection and its
plan do not exist. The structure follows real documents so that the samples exercise the
same code paths:

* ``inspection-report.pdf``: a multi-page ILACS-style inspection report (judgement table,
  headline findings, a "What needs to improve?" section of six bulleted recommendations,
  numbered body paragraphs, running header and page numbers from page 2 on).
* ``improvement-plan.docx`` / ``improvement-plan.pdf`` / ``improvement-plan.xlsx``: the same
  plan as a Word table, a ruled PDF table and a spreadsheet: Ref / What we want to achieve /
  Actions (bulleted) / Lead / Timeframe / RAG, with section rows spanning the table and rows
  that cite "Ofsted recommendation N". Recommendation 5 (return home interviews) is
  deliberately answered by no row.
* ``monitoring-letter.pdf``: a monitoring-visit letter (date at the top, visit dates,
  findings paragraphs with strengths and concerns).

Output is deterministic: fixed document dates and metadata, and zip entries with a fixed
timestamp, so regenerating gives the same bytes.

Usage: ``python scripts/make_samples.py [OUTDIR]`` (default: corpus/samples). Needs the dev
extras (reportlab), e.g. ``.venv/bin/pip install -e '.[dev]'``.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNCIL = "Kestrelford Borough Council"
PLACE = "Kestrelford"
FIXED = dt.datetime(2026, 6, 1, 9, 0, 0)
AUTHOR = "recmap sample generator (fictional)"
NOTE = "Fictional sample document generated for recmap. Kestrelford Borough Council does not exist."

# --------------------------------------------------------------------------- content

INSPECTION_DATES = "2 to 13 March 2026"
RECOMMENDATIONS = [
    "The timeliness and quality of assessments for children in need of help and protection, so that "
    "risks are identified and acted on promptly.",
    "Management oversight and supervision of frontline practice, so that children’s plans progress "
    "without delay.",
    "The quality of plans for children in care, including contingency planning and the recording of "
    "children’s wishes and feelings.",
    "Support for care leavers to find suitable accommodation and to understand their health histories.",
    "The consistency of return home interviews for children who go missing, and the use of the "
    "information they provide to reduce risk.",
    "The sufficiency of local placements for children in care, particularly for older children with "
    "complex needs.",
]
JUDGEMENTS = [
    ("The impact of leaders on social work practice with children and families", "Requires improvement to be good"),
    ("The experiences and progress of children who need help and protection", "Requires improvement to be good"),
    ("The experiences and progress of children in care", "Requires improvement to be good"),
    ("The experiences and progress of care leavers", "Good"),
    ("Overall effectiveness", "Requires improvement to be good"),
]
HEADLINE = [
    "Since the last inspection in 2022, leaders in Kestrelford have strengthened the front door and "
    "reduced social workers’ caseloads. Most children receive a timely response when they are first "
    "referred. However, the quality of assessments and plans remains too variable, and managers do not "
    "consistently challenge drift in children’s plans.",
    "Children in care live in stable homes and are supported by social workers who know them well. Too "
    "many older children with complex needs live a long way from Kestrelford because there are not enough "
    "local homes. Care leavers are well supported by personal advisers, although some wait too long for "
    "suitable accommodation.",
]
SECTIONS = [
    ("The experiences and progress of children who need help and protection: requires improvement to be good", [
        "Contacts to the multi-agency front door are screened promptly by experienced social workers, and "
        "thresholds are understood by partner agencies. Parental consent is sought and recorded appropriately.",
        "Strategy meetings are held promptly when children are at risk of significant harm, and most are "
        "well attended by police and health colleagues. Decisions about next steps are clearly recorded.",
        "The quality of assessments is inconsistent. Some assessments are thorough and analytical, but too "
        "many describe family circumstances without analysing risk. Assessments for some children take too "
        "long to complete, which delays the help that they need.",
        "Children in need and child protection plans are often too broad. Actions do not always say who will "
        "do what and by when, which makes it hard for families to understand what needs to change.",
        "Managers’ oversight of children’s plans is not consistently effective. Supervision records are "
        "often brief and do not show how managers challenge delay or set clear actions for social workers.",
        "When children go missing from home or care, return home interviews are offered, but they are not "
        "always completed promptly. Information from interviews is not routinely used to update plans or to "
        "understand patterns of risk.",
        "Children at risk of exploitation are identified through a weekly multi-agency meeting. Safety "
        "plans are reviewed regularly, and disruption activity led by the police has reduced risk for some "
        "older children. Social workers build trusting relationships with these children over time.",
        "Children who are privately fostered are visited within timescales, and their arrangements are "
        "assessed carefully. The local authority designated officer responds promptly to allegations about "
        "adults who work with children, and these are tracked through to a clear outcome.",
        "Disabled children receive an assessment that reflects their needs, and short breaks are arranged "
        "without delay. Transition planning for disabled young people moving to adult services starts "
        "early, although a few young people do not know who their adult worker will be.",
        "Decisions to enter the pre-proceedings stage of the Public Law Outline are appropriate. Letters to "
        "parents are clear, and parents are helped to understand what needs to change. For a small number "
        "of children, pre-proceedings continue for too long without progress.",
    ]),
    ("The experiences and progress of children in care: requires improvement to be good", [
        "Decisions for children to come into care are timely and appropriate. Most children live with foster "
        "carers who meet their needs, and brothers and sisters live together when this is right for them.",
        "Care plans do not consistently include contingency arrangements, and children’s wishes and feelings "
        "are not always recorded in their plans. Independent reviewing officers do not always escalate "
        "concerns when plans drift.",
        "There are not enough local homes for older children with complex needs. As a result, some children "
        "live a long way from their families, schools and friends.",
        "Children in care are visited regularly by social workers who know them well. Many social workers "
        "complete thoughtful direct work that helps children to understand their histories, and life-story "
        "work is completed for most children who are adopted.",
        "The virtual school has a clear understanding of the progress of children in care. Personal "
        "education plans are mostly of good quality, and children’s attendance at school has improved. "
        "Children who are not in full-time education are tracked closely.",
        "Children’s health needs are assessed in a timely way, and most children receive their dental "
        "checks. Access to emotional well-being support has improved, although some children wait too "
        "long for specialist mental health services.",
        "Permanence is achieved for many children through adoption, special guardianship and long-term "
        "fostering. Matching decisions are made carefully, and children are helped to move to their new "
        "families at a pace that suits them.",
    ]),
    ("The experiences and progress of care leavers: good", [
        "Care leavers are supported by committed personal advisers who stay in touch with them. Pathway plans "
        "are regularly updated and reflect young people’s aspirations.",
        "Some care leavers wait too long for suitable accommodation, and not all care leavers have a written "
        "summary of their health history.",
        "Most care leavers are in education, employment or training, and the council offers apprenticeships "
        "to care leavers across its own services. Care leavers who are parents receive sensitive support.",
        "Care leavers know their entitlements, which are set out in an accessible local offer that young "
        "people helped to write. Leaders have extended the support of personal advisers up to the age of 25.",
    ]),
    ("The impact of leaders on social work practice with children and families: requires improvement to be good", [
        "Senior leaders and elected members are ambitious for children. They have invested in additional "
        "social workers and in the front door, and caseloads are now manageable for most staff.",
        "Leaders know many of the weaknesses in practice, but quality assurance does not yet give them a "
        "precise understanding of the quality of assessments and plans across all teams.",
        "Performance information is timely and accurate, and it is used by managers at all levels. Leaders "
        "have a clear improvement plan, although some of its actions are not yet specific enough to measure "
        "progress.",
        "The workforce is increasingly stable. The proportion of agency social workers has fallen, and newly "
        "qualified social workers receive a protected caseload and regular support. Staff say that they enjoy "
        "working in Kestrelford and that leaders are visible and approachable.",
        "Corporate parenting is a priority for elected members. The Children in Care Council meets members "
        "regularly, and young people’s views have led to changes in the council’s offer to children in care.",
    ]),
]


@dataclass(frozen=True)
class PlanRow:
    ref: str
    objective: str
    actions: tuple[str, ...]
    lead: str
    timeframe: str
    rag: str


PLAN_TITLE = f"{COUNCIL}: Children’s Services Improvement Plan 2026 to 2028"
PLAN_INTRO = [
    f"This plan sets out how {COUNCIL} will respond to the Ofsted inspection of children’s social care "
    f"services carried out from {INSPECTION_DATES}. Each row cites the Ofsted recommendation it answers. "
    "Progress is reported monthly to the Children’s Improvement Board.",
    "RAG status: Green = on track or complete; Amber = some slippage; Red = off track.",
]
PLAN_HEADER = ("Ref", "What we want to achieve", "Actions", "Lead", "Timeframe", "RAG")
PLAN: list[str | PlanRow] = [
    "1. Help and protection",
    PlanRow("1.1 Ofsted recommendation 1",
            "Children in need of help and protection have timely assessments that identify and analyse risk.",
            ("Introduce a weekly assessment tracking meeting chaired by the Front Door team manager.",
             "Deliver training in analysis of risk and protective factors to all social workers.",
             "Audit twenty assessments each month and report the findings to the Quality Assurance Board."),
            "Jo Bloggs (Head of Service)", "Jan 2027", "Amber"),
    PlanRow("1.2 Ofsted recommendation 2",
            "Managers’ oversight and supervision make sure that children’s plans progress without delay.",
            ("Revise the supervision policy and recording template so that every supervision sets actions "
             "with timescales.",
             "Launch a development programme for team managers and assistant team managers.",
             "Add supervision compliance to the monthly performance report."),
            "Service Manager, Front Door", "Mar 2027 – Jun 2027", "Red"),
    PlanRow("1.3 Ofsted recommendation 1",
            "Child in need and child protection plans say clearly who will do what and by when.",
            ("Introduce a plan template with specific, measurable actions, co-designed with parents.",),
            "Amir Patel (Service Manager, Safeguarding)", "Nov 2026", "Amber"),
    "2. Children in care and care leavers",
    PlanRow("2.1 Ofsted recommendation 3",
            "Plans for children in care include contingency arrangements and show children’s wishes and feelings.",
            ("Review the care plan template with the Children in Care Council.",
             "Independent reviewing officers escalate any plan without contingency arrangements."),
            "Priya Shah (Service Manager, Children in Care)", "Q3 2026/27", "Green"),
    PlanRow("2.2 Ofsted recommendation 4",
            "Care leavers live in suitable accommodation and understand their health histories.",
            ("Agree a joint housing protocol for care leavers with the housing service.",
             "Give every care leaver a written summary of their health history before their 18th birthday."),
            "Leaving Care Team", "Ongoing", "Amber"),
    PlanRow("2.3 Ofsted recommendation 6",
            "More children in care live in homes close to Kestrelford.",
            ("Recruit fifteen additional foster carers for older children with complex needs.",
             "Open a four-bed children’s home in the borough."),
            "Mark Ellison (Head of Commissioning)", "Apr 2027", "Amber"),
    "3. Leadership and quality assurance",
    PlanRow("3.1 Ofsted recommendations 1 and 2",
            "Leaders have an accurate understanding of the quality of practice in every team.",
            ("Refresh the quality assurance framework to include practice observations.",
             "Report audit findings to the Children’s Improvement Board every quarter."),
            "Director of Children’s Services", "Complete", "Green"),
]

LETTER_DATE = "12 February 2027"
VISIT_DATES = "19 and 20 January 2027"
LETTER = {
    "to": ["Ms Jane Doe", "Director of Children’s Services", COUNCIL, "Town Hall", "Kestrelford KF1 1AA"],
    "subject": f"Monitoring visit to {PLACE} children’s services",
    "intro": [
        f"This letter summarises the findings of the monitoring visit to {PLACE} children’s services on "
        f"{VISIT_DATES}. This was the first monitoring visit since the inspection in March 2026. The visit was "
        "carried out by two of His Majesty’s Inspectors.",
        "Areas covered by the visit: inspectors reviewed the progress made in the quality of assessments and "
        "plans for children in need of help and protection, and the effectiveness of management oversight "
        "and supervision.",
        "This visit was carried out in line with the inspection of local authority children’s services "
        "framework. Inspectors looked at children’s case records and spoke to social workers, managers and "
        "leaders.",
    ],
    "headline": (
        "Leaders have made steady progress since the inspection. The front door continues to respond to "
        "children promptly, and assessments are now more timely. However, the quality of plans and of "
        "management oversight remains too variable."),
    "findings": [
        "Assessments are now completed more quickly, and most are analytical and consider the history of "
        "each family. Social workers speak confidently about the children they work with.",
        "The new weekly tracking meeting gives managers a clear view of assessments that are at risk of "
        "delay, and this is helping to reduce drift.",
        "Children’s plans are still too broad. Many actions do not say who is responsible or by when they "
        "should be completed, so it is not clear to families what needs to change.",
        "Supervision is regular, but records do not consistently show reflective discussion or challenge. "
        "Some managers do not follow up actions agreed in supervision, and a small number of children "
        "experience delay as a result.",
        "Leaders have strengthened quality assurance. Audits are now moderated, and findings are shared with "
        "teams and used to plan training.",
        "Caseloads remain manageable, and staff say that they feel well supported by senior leaders. "
        "However, turnover among team managers has slowed the pace of improvement in some teams.",
    ],
    "close": "Ofsted will take the findings from this monitoring visit into account when planning your next "
             "inspection or visit.",
    "signature": ["Yours sincerely", "", "Sam Example", "His Majesty’s Inspector"],
}


# --------------------------------------------------------------------------- PDF helpers

def _pdf_env():
    from reportlab import rl_config

    rl_config.invariant = 1  # fixed creation date and document id: same bytes every run
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    styles = {
        "title": ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=20, leading=24,
                                alignment=TA_LEFT, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, leading=19,
                             spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                             spaceBefore=10, spaceAfter=6),
        # Real reports leave a clear gap between paragraphs; readers rely on it.
        "body": ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14,
                               spaceAfter=11),
        "bullet": ParagraphStyle("bl", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14,
                                 leftIndent=16, bulletIndent=4, bulletFontName="Helvetica", spaceAfter=9),
        "cell": ParagraphStyle("c", parent=ss["BodyText"], fontName="Helvetica", fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cb", parent=ss["BodyText"], fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
    }
    ns = dict(colors=colors, A4=A4, landscape=landscape, cm=cm, Paragraph=Paragraph, Spacer=Spacer, Table=Table,
              TableStyle=TableStyle, SimpleDocTemplate=SimpleDocTemplate, PageBreak=PageBreak, styles=styles)
    return ns


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_report_pdf(path: Path) -> None:
    """The inspection report: cover with judgements, then running header and page numbers."""
    e = _pdf_env()
    st, cm = e["styles"], e["cm"]
    running = f"Inspection of {PLACE} local authority children’s services"

    def later_pages(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(2 * cm, e["A4"][1] - 1.3 * cm, running)
        canvas.drawString(2 * cm, e["A4"][1] - 1.75 * cm, INSPECTION_DATES)
        canvas.drawRightString(e["A4"][0] - 2 * cm, e["A4"][1] - 1.75 * cm, str(doc.page))
        canvas.restoreState()

    def first_page(canvas, doc):
        pass  # like real reports: no running header on the cover page

    doc = e["SimpleDocTemplate"](str(path), pagesize=e["A4"], leftMargin=2 * cm, rightMargin=2 * cm,
                                 topMargin=2.4 * cm, bottomMargin=2 * cm, title=f"Inspection of {PLACE}",
                                 author=AUTHOR, subject="Fictional ILACS inspection report", creator=AUTHOR)
    P = e["Paragraph"]
    story = [
        P(f"Inspection of {PLACE} local authority children’s services", st["title"]),
        P(f"Inspection dates: {INSPECTION_DATES}", st["body"]),
        P("Lead inspector: Alex Sample, His Majesty’s Inspector", st["body"]),
        e["Spacer"](1, 8),
    ]
    rows = [[P("Judgement", st["cellb"]), P("Grade", st["cellb"])]]
    rows += [[P(_esc(j), st["cell"]), P(g, st["cell"])] for j, g in JUDGEMENTS]
    table = e["Table"](rows, colWidths=[11 * cm, 6 * cm])
    table.setStyle(e["TableStyle"]([
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, e["colors"].grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [table, e["Spacer"](1, 10)]
    story += [P(_esc(t), st["body"]) for t in HEADLINE]
    story.append(e["PageBreak"]())
    story.append(P("What needs to improve?", st["h1"]))
    story += [P(_esc(r), st["bullet"], bulletText="•") for r in RECOMMENDATIONS]
    n = 0
    for heading, paras in SECTIONS:
        story.append(P(_esc(heading), st["h2"]))
        for text in paras:
            n += 1
            story.append(P(f"{n}. {_esc(text)}", st["body"]))
    story.append(P(NOTE, st["body"]))
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)


def make_plan_pdf(path: Path) -> None:
    """The plan as a ruled table (grid lines), landscape, bulleted action cells."""
    e = _pdf_env()
    st, cm, P = e["styles"], e["cm"], e["Paragraph"]
    pagesize = e["landscape"](e["A4"])

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(1.5 * cm, 1 * cm, f"{COUNCIL} improvement plan")
        canvas.drawRightString(pagesize[0] - 1.5 * cm, 1 * cm, f"Page {doc.page}")
        canvas.restoreState()

    doc = e["SimpleDocTemplate"](str(path), pagesize=pagesize, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                                 topMargin=1.5 * cm, bottomMargin=1.8 * cm, title=PLAN_TITLE, author=AUTHOR,
                                 subject="Fictional improvement plan", creator=AUTHOR)
    story = [P(_esc(PLAN_TITLE), st["h1"])] + [P(_esc(t), st["body"]) for t in PLAN_INTRO]
    widths = [3.2 * cm, 5.6 * cm, 9.4 * cm, 4.4 * cm, 2.8 * cm, 1.6 * cm]
    rows: list[list] = [[P(h, st["cellb"]) for h in PLAN_HEADER]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, e["colors"].black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), e["colors"].Color(0.85, 0.88, 0.93)),
    ]
    for item in PLAN:
        if isinstance(item, str):
            r = len(rows)
            rows.append([P(_esc(item), st["cellb"]), "", "", "", "", ""])
            style.append(("SPAN", (0, r), (-1, r)))
            continue
        actions = [P(f"• {_esc(a)}", st["cell"]) for a in item.actions]
        rows.append([P(_esc(item.ref), st["cell"]), P(_esc(item.objective), st["cell"]), actions,
                     P(_esc(item.lead), st["cell"]), P(_esc(item.timeframe), st["cell"]), P(item.rag, st["cell"])])
    table = e["Table"](rows, colWidths=widths, repeatRows=1)
    table.setStyle(e["TableStyle"](style))
    story += [e["Spacer"](1, 6), table]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def make_letter_pdf(path: Path) -> None:
    """The monitoring-visit letter: date at the top, addressee, findings paragraphs."""
    e = _pdf_env()
    st, cm, P = e["styles"], e["cm"], e["Paragraph"]
    doc = e["SimpleDocTemplate"](str(path), pagesize=e["A4"], leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                                 topMargin=2 * cm, bottomMargin=2 * cm, title=LETTER["subject"], author=AUTHOR,
                                 subject="Fictional monitoring visit letter", creator=AUTHOR)

    def footer(canvas, doc_):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(e["A4"][0] - 2.2 * cm, 1.1 * cm, str(doc_.page))
        canvas.restoreState()

    story = [P("Ofsted", st["h1"]), P(LETTER_DATE, st["body"]), e["Spacer"](1, 6)]
    story.append(P("<br/>".join(_esc(line) for line in LETTER["to"]), st["body"]))  # a tight address block
    story += [e["Spacer"](1, 8), P("Dear Ms Doe", st["body"]), P(_esc(LETTER["subject"]), st["h2"])]
    story += [P(_esc(t), st["body"]) for t in LETTER["intro"]]
    story += [P("Headline findings", st["h2"]), P(_esc(LETTER["headline"]), st["body"])]
    story += [P("Findings and evaluation of progress", st["h2"])]
    story += [P(_esc(t), st["body"]) for t in LETTER["findings"]]
    story += [P(_esc(LETTER["close"]), st["body"]), e["Spacer"](1, 6)]
    story.append(P("<br/>".join(_esc(t) for t in LETTER["signature"]), st["body"]))
    story.append(P(NOTE, st["body"]))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# --------------------------------------------------------------------------- DOCX / XLSX

def make_plan_docx(path: Path) -> None:
    """The plan in Word: heading, intro, a table whose section rows span all columns and
    whose action cells are List Bullet paragraphs."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = docx.Document()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    cp = d.core_properties
    cp.author = AUTHOR
    cp.title = PLAN_TITLE
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    d.add_heading(PLAN_TITLE, 1)
    for t in PLAN_INTRO:
        d.add_paragraph(t)
    table = d.add_table(rows=1, cols=len(PLAN_HEADER))
    table.style = d.styles["Table Grid"]
    for c, h in enumerate(PLAN_HEADER):
        cell = table.rows[0].cells[c]
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    for item in PLAN:
        row = table.add_row()
        if isinstance(item, str):
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(item).bold = True
            continue
        values = [item.ref, item.objective, None, item.lead, item.timeframe, item.rag]
        for c, v in enumerate(values):
            cell = row.cells[c]
            if v is not None:
                cell.text = v
                continue
            cell.text = ""
            first = cell.paragraphs[0]
            first.text = item.actions[0]
            first.style = d.styles["List Bullet"]
            for a in item.actions[1:]:
                cell.add_paragraph(a, style="List Bullet")
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    d.add_paragraph(NOTE)
    d.save(str(path))
    _fix_zip(path)


def make_plan_xlsx(path: Path) -> None:
    """The plan as one sheet: header row, section rows merged across, bulleted multi-line action cells."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    wb.properties.creator = AUTHOR
    wb.properties.title = PLAN_TITLE
    wb.properties.created = wb.properties.modified = FIXED
    ws.append([PLAN_TITLE])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(list(PLAN_HEADER))
    for c in range(1, len(PLAN_HEADER) + 1):
        ws.cell(row=3, column=c).font = Font(bold=True)
    for item in PLAN:
        if isinstance(item, str):
            ws.append([item])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(PLAN_HEADER))
            ws.cell(row=r, column=1).font = Font(bold=True)
            continue
        ws.append([item.ref, item.objective, "\n".join(f"• {a}" for a in item.actions),
                   item.lead, item.timeframe, item.rag])
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEF", (16, 40, 70, 30, 18, 8)):
        ws.column_dimensions[col].width = width
    wb.save(str(path))
    _fix_zip(path)


_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def _fix_zip(path: Path) -> None:
    """Rewrite an Office zip with fixed entry timestamps and fixed core dates (deterministic bytes)."""
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _CORE_DATE.sub(lambda m: m.group(1) + stamp + m.group(2), data)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    src.close()
    path.write_bytes(buf.getvalue())


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", nargs="?", default=str(ROOT / "corpus" / "samples"),
                    help="folder to write into (default: corpus/samples)")
    out = Path(ap.parse_args(argv[1:]).outdir)
    out.mkdir(parents=True, exist_ok=True)
    makers = [
        ("inspection-report.pdf", make_report_pdf),
        ("improvement-plan.docx", make_plan_docx),
        ("improvement-plan.pdf", make_plan_pdf),
        ("improvement-plan.xlsx", make_plan_xlsx),
        ("monitoring-letter.pdf", make_letter_pdf),
    ]
    for name, make in makers:
        target = out / name
        make(target)
        print(f"{target}  {target.stat().st_size / 1024:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
