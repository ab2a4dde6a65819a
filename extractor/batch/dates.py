"""Dating a document that prints no letter date: an inspection report's "Inspection dates" line.

Reports put the inspection span on their cover ("Inspection dates: 6 to 17 December 2021",
"Inspection date: 12/09/2016 to 06/10/2016"); its end dates the report in a timeline. The
dates are read with :mod:`extractor.extract.dates`.
"""
from __future__ import annotations

import re
from typing import Iterable

from .model import VisitSpan

_INSPECTION_DATES = re.compile(r"\binspection dates?\s*:?\s*(?P<span>[^.;]{4,80}\b(?:19|20)\d\d)\b", re.I)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")


def inspection_span(texts: Iterable[str], max_blocks: int = 80) -> VisitSpan | None:
    """The "Inspection dates: 6 to 17 December 2021" line of an inspection report's cover, as a
    span. Reports print no letter date; this lets a report sit in a timeline among letters."""
    from ..extract.dates import iso_date, parse_date

    for i, text in enumerate(texts):
        if i >= max_blocks:
            break
        m = _INSPECTION_DATES.search(" ".join(text.split()))
        if not m:
            continue
        raw = m.group("span").strip()
        numeric = _NUMERIC_DATE.findall(raw)  # "12/09/2016 to 06/10/2016" (UK day first)
        if numeric:
            isos = [iso_date(*d) for d in numeric]
            if isos[-1]:
                return VisitSpan(raw, isos[0], isos[-1])
        parts = re.split(r"\s+(?:to|until|and)\s+|\s*[-\u2013\u2014]\s*", raw, maxsplit=1)
        end = parse_date(parts[-1])
        start = parse_date(parts[0]) if len(parts) > 1 else end
        if end is None:
            continue
        if start is None and len(parts) > 1:
            # "24 January to 4 February 2022" lacks the year, "6 to 17 December 2021" the month too.
            first, tail = parts[0].strip(), parts[-1].split(None, 1)
            start = parse_date(f"{first} {end[:4]}") if re.search(r"[A-Za-z]", first) else \
                parse_date(f"{first} {tail[-1]}")
        return VisitSpan(raw, start, end)
    return None
