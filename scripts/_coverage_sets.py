"""What the generators of the fictional coverage sets (scripts/make_coverage_plans_<set>.py, sets
b onwards) share: the action record their plan data is written in, deterministic OOXML files, the
recommendations of the report a plan answers, the gold file assembled from the plan data, the
consistency checks of that annotation, and the command line (write, or ``--check`` only).

Each generator keeps its own plan content and document writers; nothing here reads a generated
document back, and no recmap code is imported, so the gold stays independent of the tool.
"""
from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT_GOLD = ROOT / "corpus" / "gold" / "reports"
FIXED = datetime(2020, 1, 1, 9, 0, 0)


def A(text, lead, date, links=(), refs=(), mis=False, row=None, section=None, objective=None,
      **extra):
    """One action of a plan with its annotation: ``links=[(n, "e"|"j", "h"|"m", why)]`` (aimed at
    recommendation n, explicit or judged, high or medium confidence), ``refs`` the numbers its row
    cites, ``mis`` a citation its text does not answer."""
    return {"text": text, "lead": lead, "date": date, "links": list(links), "refs": list(refs),
            "mis": mis, "row": row, "section": section, "objective": objective, "extra": extra}


def normalise_zip(path, core_stamp="2020-01-01T09:00:00Z"):
    """Rewrite an OOXML zip with fixed member timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(path)
    members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rf"\g<1>{core_stamp}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def docx_props(doc, author, title):
    """Fixed core properties for a python-docx document."""
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""


def report_recs(report):
    """The local-authority recommendations of ``report`` ("council-urn/date.pdf") as the hand-checked
    report gold (corpus/gold/reports) has them."""
    council, date = report[:-4].split("/")
    data = json.loads((REPORT_GOLD / f"{council}_{date}.json").read_text(encoding="utf-8"))
    return [r for r in data["recommendations"] if r["addressee"] == "local authority"]


def build_gold(plan, set_name, about, recs=None):
    """The plan-gold-v1 file of ``plan`` (its data, never its generated document). Actions are
    ``<name>-<i>`` in order; design lists and asks may name an action by its index or its row.
    ``recs``: the recommendations (``number``, ``text``) when the report has no hand-checked file
    in corpus/gold/reports and the set transcribed them itself; else :func:`report_recs`."""
    name = plan["name"]
    acts = plan["actions"]()
    recs = report_recs(plan["report"]) if recs is None else recs
    ids = {}
    for i, a in enumerate(acts, 1):
        ids[i] = f"{name}-{i}"
    for i, a in enumerate(acts, 1):
        if a["row"] and a["row"] not in ids:
            ids[a["row"]] = ids[i]

    actions, links = [], []
    for i, a in enumerate(acts, 1):
        actions.append({"id": ids[i], "row": a["row"], "section": a["section"],
                        "objective": a["objective"], "text": a["text"], "leads_raw": a["lead"],
                        "date_raw": a["date"], "explicit_refs": a["refs"], "other_refs": []})
        for rec, src, conf, why in a["links"]:
            links.append({"action": ids[i], "rec": f"R{rec}",
                          "source": {"e": "explicit", "j": "judged"}[src],
                          "confidence": {"h": "high", "m": "medium"}[conf],
                          "why": why, "miscited": bool(a["mis"])})
    return {
        "schema": "plan-gold-v1",
        "plan": f"corpus/coverage/{set_name}/{name}.{plan['ext']}",
        "report": plan["report"],
        "about": about,
        "recommendations": [{"id": f"R{r['number']}", "n": r["number"], "text": r["text"]}
                            for r in recs],
        "actions": actions,
        "links": links,
        "expected": {f"R{n}": s for n, s in sorted(plan["expected"].items())},
        "design": {"unanswered": [f"R{n}" for n in plan["unanswered"]],
                   "passing": [f"R{n}" for n in plan["passing"]],
                   "partial": [f"R{n}" for n in plan["partial"]],
                   "orphans": [ids[k] for k in plan["orphans"]],
                   "miscited": [ids[k] for k in plan["miscited"]],
                   "notes": plan["notes"]},
        "asks": {f"R{n}": [{"text": t, "answered_by": [ids[k] for k in by]} for t, by in asks]
                 for n, asks in sorted(plan["asks"].items())},
    }


def check(gold, actions=(25, 40)):
    """Consistency of the hand annotation (not a test of any tool); ``actions`` bounds the plan's size."""
    name = gold["plan"]
    recs = {r["id"] for r in gold["recommendations"]}
    assert set(gold["expected"]) == recs, name
    acts = {a["id"]: a for a in gold["actions"]}
    assert actions[0] <= len(acts) <= actions[1], (name, len(acts))
    linked = {}
    for l in gold["links"]:
        assert l["rec"] in recs and l["action"] in acts, (name, l)
        linked.setdefault(l["rec"], set()).add(l["action"])
        n = int(l["rec"][1:])
        if l["source"] == "explicit":
            assert n in acts[l["action"]]["explicit_refs"], (name, l)
            assert not l["miscited"], (name, l)
        else:
            assert n not in acts[l["action"]]["explicit_refs"], (name, l)
    d = gold["design"]
    for r in d["unanswered"]:
        assert gold["expected"][r] == "uncovered" and r not in linked, (name, r)
    for r in d["passing"]:
        assert gold["expected"][r] == "weak" and r not in linked, (name, r)
    for r in d["partial"]:
        assert gold["expected"][r] == "weak" and r in linked and r in gold["asks"], (name, r)
        answered = [bool(a["answered_by"]) for a in gold["asks"][r]]
        assert any(answered) and not all(answered), (name, r)
    for r, s in gold["expected"].items():
        if s == "covered":
            assert r in linked, (name, r)
            for ask in gold["asks"].get(r, []):
                assert ask["answered_by"], (name, r, ask)
        if s == "uncovered":
            assert r not in linked, (name, r)
        if s == "weak":  # a weak recommendation is one the plan was designed to leave weak
            assert r in d["passing"] or r in d["partial"], (name, r)
    for r, asks in gold["asks"].items():
        for ask in asks:
            for a in ask["answered_by"]:
                assert a in linked.get(r, set()), (name, r, a)
    for o in d["orphans"]:
        assert not any(l["action"] == o for l in gold["links"]), (name, o)
    for m in d["miscited"]:
        a = acts[m]
        assert a["explicit_refs"], (name, m)
        true = {l["rec"] for l in gold["links"] if l["action"] == m}
        assert true and not true & {f"R{n}" for n in a["explicit_refs"]}, (name, m)
        assert all(l["miscited"] for l in gold["links"] if l["action"] == m), (name, m)
    for l in gold["links"]:
        assert l["miscited"] == (l["action"] in d["miscited"]), (name, l)
    # every non-orphan action is linked, except those carrying only a passing mention
    unlinked = {a for a in acts if not any(l["action"] == a for l in gold["links"])}
    assert unlinked == set(d["orphans"]), (name, unlinked - set(d["orphans"]))
    return True


def summary(gold):
    exp = list(gold["expected"].values())
    return (f"{len(gold['actions'])} actions, {len(gold['links'])} links, covered {exp.count('covered')} "
            f"weak {exp.count('weak')} uncovered {exp.count('uncovered')}")


def main(argv, set_name, plans, writers, about, checks=(), actions=(25, 40), build=None):
    """Write every plan's document and gold file (``--check``: only check the annotation).
    ``checks``: more checks of a set's own design, each called with the gold and the plan;
    ``build``: the set's own ``build_gold(plan)``, if it names its actions otherwise."""
    only_check = "--check" in argv
    out = ROOT / "corpus" / "coverage" / set_name
    gold_dir = ROOT / "corpus" / "gold" / "coverage" / set_name
    for plan in plans:
        gold = build(plan) if build else build_gold(plan, set_name, about)
        check(gold, actions)
        for more in checks:
            more(gold, plan)
        if only_check:
            print(f"{plan['name']}: consistent ({summary(gold)})")
            continue
        out.mkdir(parents=True, exist_ok=True)
        gold_dir.mkdir(parents=True, exist_ok=True)
        path = out / f"{plan['name']}.{plan['ext']}"
        writers[plan["name"]](plan, plan["actions"](), path)
        (gold_dir / f"{plan['name']}.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {summary(gold)}, {path.stat().st_size} bytes")


# ---- PDF plans (sets o onwards) -------------------------------------------------------------

def reportlab_canvas():
    """reportlab's canvas module, in invariant mode (fixed document id and dates, so a PDF
    regenerates byte-identical)."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    return canvas


def numbered_canvas(draw):
    """A canvas class that calls ``draw(canvas, page, pages)`` for each page's furniture once the
    page count is known ("Page N of M")."""
    canvas = reportlab_canvas()

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            canvas.Canvas.__init__(self, *args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                draw(self, self._pageNumber, total)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)

    return NumberedCanvas


def xml_escape(text):
    """Text for a reportlab Paragraph (its mini-markup)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- pieces the set generators share ----------------------------------------------------------

def curly(s):
    """Word's AutoFormat: a straight quote opening a word becomes a left single quotation mark,
    every other one (apostrophes, closing quotes) a right single quotation mark."""
    return re.sub(r"(^|(?<=[\s(]))'", "\u2018", s).replace("'", "\u2019")


def groups(acts, key):
    """Consecutive actions sharing ``key``."""
    out = []
    for a in acts:
        if out and key(out[-1][0]) == key(a):
            out[-1].append(a)
        else:
            out.append([a])
    return out


def shade(cell, fill):
    """Fill a python-docx table cell with a background colour (hex)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    """Mark a python-docx table row as the header Word repeats on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


# Words too common in recommendations and plans to show that an action shares a recommendation's
# vocabulary (the design checks' "at most one distinctive word" rule; not used by any tool).
STOP = set("""
the and for that with from this those their them they will have been being into which what when
where while about also more most only some such than then there these other each every over
under within without across after before between both ensure ensuring improve improved
improvement consistency consistent quality children child young people person local authority
services service including include includes make made meet needs need help support work working
so are our all any can not who how why was were its his her has had out one two use used using
""".split())


def words(text):
    """Distinctive words of a text, crudely stemmed (a design check of the set data only)."""
    return {w[:6] for w in re.findall(r"[a-z]+", text.lower().replace("\u2019", "'"))
            if len(w) >= 4 and w not in STOP}


def report_text(report, pages):
    """The text of ``pages`` of a report PDF in the shared corpus (``report`` its path under
    corpus/ofsted-reports), lines joined (a hyphen broken over a line, extracted as U+FFFE, kept
    as a hyphen), or None when the PDF or pypdfium2 is not at hand (a generator's transcription
    check is then skipped). ../shared is found by extractor.shared_dir, the one place that knows."""
    sys.path.insert(0, str(ROOT))
    from extractor.shared_dir import shared_dir

    pdf = shared_dir() / "corpus" / "ofsted-reports" / report
    try:
        import pypdfium2
    except ImportError:
        return None
    if not pdf.exists():
        return None
    doc = pypdfium2.PdfDocument(str(pdf))
    text = " ".join(doc[p - 1].get_textpage().get_text_range() for p in pages)
    text = re.sub(r"\ufffe\s*", "-", text)
    return re.sub(r"\s+", " ", text)


def transcribed_gaps(plan, recs, spec):
    """Check that the transcribed ``recs`` stand word for word and in order in the report's block
    (``spec["start"]`` to ``spec["end"]``, or the end of ``plan["pages"]``) with nothing after the
    last, and return what stands before each, stripped (a generator checks it is only the item's
    label); None when the report PDF is not at hand and the check is skipped."""
    text = report_text(plan["report"], plan["pages"])
    if text is None:
        return None
    assert text.count(spec["start"]) == 1, spec["start"]
    start = text.index(spec["start"]) + len(spec["start"])
    stop = text.index(spec["end"], start) if spec.get("end") else len(text)
    block, pos, gaps = text[start:stop], 0, []
    for r in recs:
        k = block.find(r["text"], pos)
        assert k >= 0, ("not in the report as written", plan["name"], r["number"])
        gaps.append(block[pos:k].strip())
        pos = k + len(r["text"])
    assert block[pos:].strip() == "", block[pos:]
    return gaps
