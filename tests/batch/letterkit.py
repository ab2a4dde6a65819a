"""Small generated Ofsted-style letters (PDF, via reportlab) for end-to-end batch tests.

Each letter has the parts the findings extractor reads: a date line above the salutation,
the focused-visit title and introduction with the visit dates, a "Headline findings"
section and a "What needs to improve" section. ``variant`` changes a sentence so copies
have different bytes (and so different cache keys).
"""
from __future__ import annotations

from pathlib import Path

# Several lines each: the PDF reader learns the normal line spacing from multi-line paragraphs.
FINDINGS = [
    "Management oversight of assessments is not consistently effective and supervision is not recorded. "
    "Managers do not always record the reasons for their decisions on children's files, and actions agreed "
    "in supervision are not always followed up, so drift in some children's plans is not noticed quickly.",
    "Leaders have strengthened the multi-agency safeguarding hub and thresholds are applied well. Partners "
    "understand the thresholds for referral, and decisions about contacts are timely and proportionate, "
    "so that children receive the right help at the right time.",
    "Children who go missing do not always receive a timely return home interview. When interviews happen, "
    "the information gathered is not routinely used to inform plans, and the risks to these children "
    "are not always reduced as quickly as they should be.",
]
IMPROVE = ["The quality and consistency of management oversight and supervision of casework."]


def make_letter(path: Path, letter_date: str = "12 April 2021", visit: str = "3 and 4 March 2021",
                council: str = "Northshire", variant: int = 0, findings: list[str] | None = None,
                title: str | None = None, improve: list[str] | None = None) -> Path:
    """Write a one- or two-page letter PDF to ``path`` and return it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    ss = getSampleStyleSheet()
    body, head = ss["BodyText"], ss["Heading2"]
    story = [Paragraph(letter_date, body),
             Paragraph(f"Jane Smith<br/>Director of Children's Services<br/>{council} County Council<br/>"
                       "County Hall<br/>Northtown NT1 1AA", body),
             Paragraph("Dear Ms Smith", body),
             Paragraph(title or f"Focused visit to {council} children's services", head),
             Paragraph(f"This letter summarises the findings of the focused visit to {council} children's "
                       f"services on {visit}. The visit was carried out by two of Her Majesty's Inspectors.", body),
             Paragraph("Headline findings", head)]
    for f in findings or FINDINGS:
        story.append(Paragraph(f, body))
    story.append(Paragraph(f"Inspectors saw {variant + 2} examples of effective direct work with children. "
                           "Social workers know their children well and speak about them with warmth, and "
                           "children's views are recorded in their own words in most of the plans seen.", body))
    story.append(Paragraph("What needs to improve in this area of social work practice", head))
    for r in improve or IMPROVE:
        story.append(Paragraph(r, body))
    story += [Paragraph("Yours sincerely", body), Paragraph("A Inspector", body)]
    # A blank line between paragraphs, as in real letters, so the reader sees separate blocks.
    spaced = [x for item in story for x in (item, Spacer(1, 12))]
    path.parent.mkdir(parents=True, exist_ok=True)
    SimpleDocTemplate(str(path), pagesize=A4).build(spaced)
    return path
