"""extractor.codec: every item survives each JSON document it is written in, and what earlier
versions wrote (review store records, batch letter files and cache entries) still loads."""
from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import given, settings as hsettings, strategies as st

from extractor import codec
from extractor.batch.model import LetterResult, Match, VisitSpan, letter_from_json, letter_json_text
from extractor.document import Provenance
from extractor.items import Action, CarryOver, DateSpan, Evidence, Finding, Lead, Recommendation

# Any text JSON can carry, None where the field allows it.
text = st.text(max_size=30)
opt_text = st.none() | text
opt_int = st.none() | st.integers(0, 10_000)
iso = st.none() | st.dates().map(lambda d: d.isoformat())
provenances = st.builds(Provenance, file=text, page=opt_int, table=opt_int, row=opt_int, cell=opt_int)
evidence = st.builds(Evidence, page=opt_int, text=text)
recommendations = st.builds(
    Recommendation, id=text, number=opt_int, text=text, prov=provenances, label=opt_text, group=opt_text,
    addressee=text, evidence=st.lists(evidence, max_size=3).map(tuple), agency=opt_text, evidence_status=opt_text)
carry_overs = st.builds(CarryOver, text=text, prov=provenances, kind=st.sampled_from(["priority", "improvement"]),
                        refers_to=iso, refers_to_raw=opt_text, refers_to_month=opt_text)
findings = st.builds(Finding, id=text, label=opt_text, text=text, prov=provenances,
                     polarity=st.sampled_from(["strength", "concern", "mixed"]), section=opt_text)
leads = st.builds(Lead, name=text, kind=st.sampled_from(["person", "role", "team", "organisation"]), role=opt_text)
dates = st.builds(DateSpan, start=iso, end=iso,
                  status=st.sampled_from(["dated", "immediate", "ongoing", "complete", "tbc", "unknown"]))
ints = st.lists(st.integers(0, 99), max_size=4).map(tuple)
actions = st.builds(
    Action, id=text, row=opt_text, text=text, prov=provenances, section=opt_text, objective=opt_text, refs=ints,
    other_refs=st.lists(text, max_size=3).map(tuple), workstream_refs=ints, leads_raw=text,
    leads=st.lists(leads, max_size=3).map(tuple), date_raw=text, date=dates, rag=opt_text, status_update=opt_text)


def _through_json(d: dict) -> dict:
    return json.loads(json.dumps(d, ensure_ascii=False))


@hsettings(max_examples=150, deadline=None)
@given(r=recommendations, a=actions)
def test_store_records_round_trip_exactly(r, a):
    assert codec.recommendation_from_dict(_through_json(codec.to_record(r))) == r
    assert codec.action_from_dict(_through_json(codec.to_record(a))) == a


@hsettings(max_examples=100, deadline=None)
@given(fs=st.lists(findings, max_size=4), rs=st.lists(recommendations, max_size=3), source=st.text(min_size=1),
       seconds=st.floats(0, 1000).map(lambda s: round(s, 3)), cs=st.lists(carry_overs, max_size=2))
def test_batch_letters_round_trip_exactly(fs, rs, source, seconds, cs):
    # A provenance that names no file is read back as the letter's source.
    named = lambda item: item if item.prov.file else replace(item, prov=replace(item.prov, file=source))  # noqa: E731
    fs = [replace(named(f), id=f"F{i}") for i, f in enumerate(fs)]
    res = LetterResult(source, "x.pdf", "0" * 64, kind="focused-visit", findings=tuple(fs),
                       recommendations=tuple(named(r) for r in rs), carry_overs=tuple(named(c) for c in cs),
                       matches=tuple(Match(f.id, "R1", "recommendation", 0.5, "shared words") for f in fs[:2]),
                       case_used=True, seconds=seconds)
    assert letter_from_json(json.loads(letter_json_text(res))) == res


@hsettings(max_examples=100, deadline=None)
@given(r=recommendations, f=findings, a=actions)
def test_the_cli_json_keeps_every_field_but_the_finer_provenance(r, f, a):
    """`recmap recommendations/findings` print the page of an item, `recmap actions` its
    provenance less the cell; everything else reads back."""
    page_only = lambda item: replace(item, prov=Provenance(item.prov.file, item.prov.page))  # noqa: E731
    assert codec.recommendation_from_dict(_through_json(codec.recommendation_to_dict(r)), r.prov.file) == page_only(r)
    assert codec.finding_from_dict(_through_json(codec.finding_to_dict(f)), f.prov.file) == page_only(f)
    assert codec.action_from_dict(_through_json(codec.action_to_dict(a))) == replace(a, prov=replace(a.prov, cell=None))


REC = Recommendation("R0b4a1c2d", 2, "Ensure that return home interviews are offered – and recorded.",
                     Provenance("report.pdf", 7), label="2.", group="improvement", addressee="LSCB",
                     evidence=(Evidence(12, "Inspectors found “delays”."),))
ACT = Action("A5e6f7a8b", "1.3", "Audit supervision records monthly", Provenance("plan.docx", 3, 0, 4, 2),
             section="Priority 1", refs=(2, 7), other_refs=("JTAI 2019",), workstream_refs=(1,),
             leads_raw="J. Patel / Head of Service", leads=(Lead("J. Patel", "person"), Lead("Head of Service", "role")),
             date_raw="End May 2015", date=DateSpan(None, "2015-05-31", "dated"), rag="amber", status_update="On track")
FINDING = Finding("F1", "◼", "Managers do not always record decisions.", Provenance("letter.pdf", 2), "concern")

# Written by recmap before the codec was shared (store/codec.py and batch/model.py of 4783ae5).
OLD_STORE_REC = (
    '{"id": "R0b4a1c2d", "number": 2, "text": "Ensure that return home interviews are offered – and recorded.", '
    '"prov": {"file": "report.pdf", "page": 7, "table": null, "row": null, "cell": null}, "label": "2.", '
    '"group": "improvement", "addressee": "LSCB", "evidence": [{"page": 12, "text": "Inspectors found “delays”."}]}')
OLD_STORE_ACTION = (
    '{"id": "A5e6f7a8b", "row": "1.3", "text": "Audit supervision records monthly", "prov": {"file": "plan.docx", '
    '"page": 3, "table": 0, "row": 4, "cell": 2}, "section": "Priority 1", "objective": null, "refs": [2, 7], '
    '"other_refs": ["JTAI 2019"], "workstream_refs": [1], "leads_raw": "J. Patel / Head of Service", "leads": '
    '[{"name": "J. Patel", "kind": "person", "role": null}, {"name": "Head of Service", "kind": "role", "role": null}], '
    '"date_raw": "End May 2015", "date": {"start": null, "end": "2015-05-31", "status": "dated"}, "rag": "amber", '
    '"status_update": "On track"}')
OLD_BATCH_LETTER = (
    '{"schema": "recmap-batch-letter-v1", "source": "letters/x.pdf", "relpath": "x.pdf", "sha256": "' + "ab" * 32 + '", '
    '"kind": "focused-visit", "letter_date": "2019-12-18", "visit_dates": "23 and 24 October 2019", "visit_start": '
    '"2019-10-23", "visit_end": "2019-10-24", "pages": 4, "case": true, "findings": [{"order": 0, "id": "F1", "label": '
    '"◼", "text": "Managers do not always record decisions.", "page": 2, "polarity": "concern", "new_concern": false, '
    '"provenance": {"file": "letter.pdf", "page": 2, "table": null, "row": null, "cell": null}, "matches": [{"kind": '
    '"recommendation", "id": "R0b4a1c2d", "score": 0.5123, "evidence": "shared words: decisions"}]}], "new_concerns": '
    '[], "recommendations": [{"id": "R0b4a1c2d", "number": 2, "label": "2.", "group": "improvement", "text": "Ensure '
    'that return home interviews are offered – and recorded.", "page": 7, "addressee": "LSCB", "provenance": {"file": '
    '"report.pdf", "page": 7, "table": null, "row": null, "cell": null}, "evidence": [{"page": 12, "text": "Inspectors '
    'found “delays”."}]}], "error": null, "seconds": 0.25}\n')


# Fields added since (issue 19): a recommendation's sub-heading and evidence status.
NEW_REC_FIELDS = ', "agency": null, "evidence_status": null'


def test_store_records_written_before_still_load_and_are_written_the_same():
    assert codec.recommendation_from_dict(json.loads(OLD_STORE_REC)) == REC
    assert codec.action_from_dict(json.loads(OLD_STORE_ACTION)) == ACT
    assert json.dumps(codec.to_record(REC), ensure_ascii=False) == OLD_STORE_REC[:-1] + NEW_REC_FIELDS + "}"
    assert json.dumps(codec.to_record(ACT), ensure_ascii=False) == OLD_STORE_ACTION


def test_batch_letters_written_before_still_load_and_are_written_the_same():
    res = letter_from_json(json.loads(OLD_BATCH_LETTER))
    assert res == LetterResult(
        "letters/x.pdf", "x.pdf", "ab" * 32, kind="focused-visit", letter_date="2019-12-18",
        visit=VisitSpan("23 and 24 October 2019", "2019-10-23", "2019-10-24"), n_pages=4, findings=(FINDING,),
        recommendations=(REC,), matches=(Match("F1", "R0b4a1c2d", "recommendation", 0.5123, "shared words: decisions"),),
        case_used=True, seconds=0.25)
    # written the same, less the run's timing (no longer written: two runs must be byte-identical)
    # and with the council fields added since (issue 18), empty for a letter read before them,
    # and the fields of issue 19: a finding's section, a recommendation's sub-heading and
    # evidence status, the letter's carry-overs
    assert letter_json_text(res) == OLD_BATCH_LETTER.replace(', "seconds": 0.25}', "}").replace(
        '"pages": 4, ', '"pages": 4, "council": null, "council_key": null, "urn": null, "council_basis": null, '
        '"council_page": null, "other_council": null, ').replace(
        '"polarity": "concern", "new_concern"', '"polarity": "concern", "section": null, "new_concern"').replace(
        '"addressee": "LSCB", "provenance"', '"addressee": "LSCB", "agency": null, "provenance"').replace(
        '“delays”."}]}]', '“delays”."}], "evidence_status": null}], "carry_overs": []')


def test_absent_and_null_fields_take_the_dataclass_defaults():
    assert codec.recommendation_from_dict({"id": "R", "text": "t", "addressee": None}) == \
        Recommendation("R", None, "t", Provenance(None))
    assert codec.action_from_dict({"id": "A", "text": "t", "page": 4}, "plan.docx") == \
        Action("A", None, "t", Provenance("plan.docx", 4))
    assert codec.finding_from_dict({"id": "F", "text": "t", "provenance": {"file": ""}}, "l.pdf") == \
        Finding("F", None, "t", Provenance("l.pdf"))
