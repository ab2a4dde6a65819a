"""Which kind of document this is and under which inspection framework it was written.

Detection reads the opening text (title page and first paragraphs), where every Ofsted
framework names itself; it never looks at the file name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import month_number


@dataclass(frozen=True)
class Framework:
    kind: str  # report | plan | letter | other
    name: str | None  # pre-2013 | SIF | ILACS | ILACS-short | focused-visit | JTAI | monitoring-visit | peer-review | plan


def _inspection_days(head: str) -> int | None:
    """Length in days of the on-site inspection, from "Inspection dates: 21 to 25 March 2022"."""
    m = re.search(
        r"inspection dates?:?\s*(\d{1,2})\s*(\w+)?\s*(\d{4})?\s*(?:to|-|\u2013)\s*(\d{1,2})\s+(\w+)\s+(\d{4})",
        head, re.I)
    if not m:
        return None
    d1, m1, y1, d2, m2, y2 = m.groups()
    # Full month names only: the covers print them so ("21 to 25 March 2022").
    end_month, start_month = month_number(m2, abbreviated=False), month_number(m1 or m2, abbreviated=False)
    if end_month is None or start_month is None:
        return None
    try:
        end = date(int(y2), end_month, int(d2))
        start = date(int(y1 or y2), start_month, int(d1))
    except ValueError:
        return None
    return (end - start).days + 1


# An ILACS report's title. Letters name the framework in their introduction ("the inspection of
# local authority children's services (ILACS) framework"), so the title without the council's
# name in it counts only at the very start of a document that says no "Dear" (some covers print
# "Inspection of local authority children's social care services" under the council's name).
_ILACS_TITLE = re.compile(r"inspection of [\w\s,'&-]{2,60} local authority children's services"
                          r"|inspection of children's social care services|impact of leaders on social work practice")
_ILACS_BARE_TITLE = re.compile(r"^.{0,120}?\binspection of local authority children's (?:social care )?services\b")
# A report's cover when the text layer lost its title: it opens with the inspection dates and the
# lead inspector (a letter opens with an address or a date, and says "Dear").
_REPORT_COVER = re.compile(r"^.{0,200}?\binspection dates?\s*:[^\n]{0,80}?\b((?:19|20)\d\d)\b.{0,200}?\blead inspector\b",
                           re.S)


def _ilacs(h: str) -> Framework:
    days = _inspection_days(h)
    # Short ILACS inspections last one week on site, standard ones two.
    return Framework("report", "ILACS-short" if days is not None and days <= 7 else "ILACS")


def _report_framework(low: str, h: str) -> Framework | None:
    if _ILACS_TITLE.search(low) or (_ILACS_BARE_TITLE.search(low) and "dear " not in low[:700]):
        return _ilacs(h)
    if "inspection of services for children in need of help and protection" in low or (
            "review of the effectiveness of the local safeguarding children board" in low):
        return Framework("report", "SIF")
    if re.search(r"inspection of (safeguarding and )?looked after children services", low) or re.search(
            r"inspection of safeguarding (and looked after children )?services", low):
        return Framework("report", "pre-2013")
    cover = _REPORT_COVER.search(low)
    if cover and "dear " not in low[:700]:
        # ILACS replaced the single inspection framework in January 2018.
        return _ilacs(h) if int(cover.group(1)) >= 2018 else Framework("report", None)
    return None


def _letter_framework(low: str) -> Framework | None:
    # Ofsted letters first: their bodies may mention a peer review the council commissioned.
    if "joint targeted area inspection" in low:
        return Framework("letter", "JTAI")
    if "focused visit" in low:
        return Framework("letter", "focused-visit")
    if "monitoring visit" in low and "dear " in low:
        return Framework("letter", "monitoring-visit")
    if "peer review" in low or "peer challenge" in low:
        return Framework("letter", "peer-review")
    return None


def detect_framework(head: str) -> Framework:
    """Classify a document from its first few thousand characters of text.

    The title page decides first (a report's body may mention a joint inspection, a plan
    may quote a report's title); only then the wider opening text.
    """
    h = re.sub(r"\s+", " ", head).replace("\u2019", "'")
    low = h.lower()
    title = low[:700]
    if re.search(r"\b(improvement|action|development|recovery) plan\b", low[:250]) and "dear " not in low[:700]:
        return Framework("plan", "plan")  # the plan's own title, even when its preamble names the inspection
    found = _report_framework(title, h) or _letter_framework(title)
    if found:
        return found
    if ("improvement plan" in low or "action plan" in low) and "lead inspector" not in low and "dear " not in low:
        return Framework("plan", "plan")
    found = _letter_framework(low) or _report_framework(low, h)
    if found:
        return found
    if "improvement plan" in low or "action plan" in low:
        return Framework("plan", "plan")
    return Framework("other", None)
