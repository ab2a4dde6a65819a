"""What a batch writes into OUTDIR, each file atomically.

- ``letters/<name>.json``: one document per input file (:func:`letter_output_name`), compact
  JSON (``python -m json.tool`` pretty-prints it);
- ``index.csv``: one row per file (file, date, kind, council, findings, new concerns, error,
  other_council); ``date`` is the letter date printed on the letter, or for an inspection report
  the end of its inspection; ``council`` is the council the file names; ``other_council`` says
  why a file is about another council than the case's (such a file is not linked);
- ``index.json``: the same rows plus the timelines, new concerns, the case's council and the
  files about other councils, for scripts;
- ``index.html``: the self-contained timeline report (:mod:`extractor.batch.html`).
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from pathlib import Path
from typing import Sequence

from ..files import write_atomic
from .model import Case, LetterResult, council_to_json, letter_json_text
from .timeline import LetterRef, NewConcern, Timeline, letter_order_key

LETTERS_DIR = "letters"
CSV_FIELDS = ["file", "date", "kind", "council", "findings", "concerns", "strengths", "mixed", "new_concerns",
              "recommendations", "carry_overs", "pages", "output", "error", "other_council"]
_SAFE = re.compile(r"[^A-Za-z0-9.-]")
_PLAIN = re.compile(r"^[A-Za-z0-9.\-/]+$")
MAX_NAME = 150


def letter_output_name(relpath: str) -> str:
    """``council-1/2019-01-01-focused.pdf`` -> ``council-1__2019-01-01-focused.pdf.json``.

    Collision-free: a path of plain characters maps one-to-one ("/" becomes "__", and plain
    paths hold no "_"); any other path is sanitised and gets ``~`` plus a hash of the exact
    path, a form no plain path can produce.
    """
    rel = relpath.replace("\\", "/").lstrip("/")
    slug = "__".join(_SAFE.sub("_", part) for part in rel.split("/"))
    if _PLAIN.match(rel) and len(slug) <= MAX_NAME:
        return f"{slug}.json"
    digest = hashlib.sha1(rel.encode("utf-8")).hexdigest()[:10]
    return f"{slug[:MAX_NAME]}~{digest}.json"


def letter_ref(res: LetterResult) -> LetterRef:
    return LetterRef(res.relpath, res.date, res.kind, f"{LETTERS_DIR}/{letter_output_name(res.relpath)}")


def write_letter(outdir: Path, res: LetterResult, case: Case | None, text: str | None = None) -> Path:
    """Write (or rewrite) one letter's JSON; the same input always lands at the same path.
    ``text``: the result's :func:`letter_json_text` when the caller already has it."""
    path = outdir / LETTERS_DIR / letter_output_name(res.relpath)
    write_atomic(path, text if text is not None else letter_json_text(res, case))
    return path


def index_rows(results: Sequence[LetterResult]) -> list[dict]:
    """One summary row per file, in letter-date order (undated and failed files last)."""
    rows = []
    for r in sorted(results, key=letter_order_key):
        pols = [f.polarity for f in r.findings]
        rows.append({
            "file": r.relpath,
            "date": r.date or "",
            "kind": r.kind or "",
            "council": r.council.name if r.council else "",
            "findings": len(r.findings) if r.ok else "",
            "concerns": pols.count("concern") if r.ok else "",
            "strengths": pols.count("strength") if r.ok else "",
            "mixed": pols.count("mixed") if r.ok else "",
            # Blank without a case: "new" means "matching nothing in the case".
            "new_concerns": len(r.new_concerns) if r.ok and r.case_used else "",
            "recommendations": len(r.recommendations) if r.ok else "",
            "carry_overs": len(r.carry_overs) if r.ok else "",
            "pages": r.n_pages if r.n_pages is not None else "",
            "output": f"{LETTERS_DIR}/{letter_output_name(r.relpath)}",
            "error": r.error or "",
            "other_council": r.other_council or "",
        })
    return rows


def write_index_csv(outdir: Path, rows: list[dict]) -> Path:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for row in rows:
        # A cell starting with = + - @ would run as a formula in Excel: neutralise it.
        w.writerow({k: (f"'{v}" if isinstance(v, str) and v and v[0] in "=+-@" else v) for k, v in row.items()})
    path = outdir / "index.csv"
    write_atomic(path, buf.getvalue())
    return path


def timelines_json(timelines: Sequence[Timeline]) -> list[dict]:
    return [{
        "recommendation": {"id": t.recommendation.id, "number": t.recommendation.number,
                           "text": t.recommendation.text, "source": t.recommendation.prov.file},
        "trend": t.trend,
        "letters": [{
            "file": e.letter.relpath, "date": e.letter.date, "kind": e.letter.kind,
            "said": e.said, "reading": e.reading, "carried_over_from": e.carried_over_from,
            "findings": [{"id": m.finding.id, "label": m.finding.label, "polarity": m.finding.polarity,
                          "score": round(m.score, 4), "evidence": m.evidence, "text": m.finding.text,
                          "page": m.finding.prov.page} for m in e.findings],
        } for e in t.entries],
    } for t in timelines]


def new_concerns_json(items: Sequence[NewConcern]) -> list[dict]:
    return [{"file": n.letter.relpath, "date": n.letter.date, "id": n.finding.id,
             "label": n.finding.label, "text": n.finding.text, "page": n.finding.prov.page} for n in items]


def other_councils_json(results: Sequence[LetterResult]) -> list[dict]:
    """Files about another council than the case's, in letter order: what each names, why it
    is apart, and whether it was linked anyway (``--other-councils include``)."""
    return [{"file": r.relpath, "date": r.date, "kind": r.kind, "council": r.council.name if r.council else None,
             "reason": r.other_council, "linked": r.case_used}
            for r in sorted(results, key=letter_order_key) if r.other_council]


def write_index_json(outdir: Path, rows: list[dict], timelines: Sequence[Timeline],
                     concerns: Sequence[NewConcern], case: Case | None,
                     results: Sequence[LetterResult] = ()) -> Path:
    with_case = bool(case and not case.empty)
    doc = {
        "letters": rows,
        "case": list(case.sources) if with_case else None,
        "case_council": council_to_json(case.council) if with_case and case.council else None,
        "other_councils": other_councils_json(results) if with_case else None,
        "council_not_named": [r.relpath for r in sorted(results, key=letter_order_key) if r.ok and r.council is None],
        "new_concerns": new_concerns_json(concerns) if with_case else None,
        "timelines": timelines_json(timelines),
    }
    path = outdir / "index.json"
    write_atomic(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    return path
