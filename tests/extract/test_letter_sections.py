"""Letter layouts of issue 19, each on the real letter that shows it (corpus/gold/letters batch 3
and earlier batches) plus a hand-built document for the rule itself:

- JTAI "Areas for improvement" sections split by sub-headings: every bullet or paragraph is an
  item whatever heading it sits under, and the heading is the item's ``agency``;
- carry-overs: a statement that earlier areas for action still stand is no new recommendation;
- closing paragraphs, methodology and a footnote's full stop read as a bullet.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from extractor.document import Block, Document, Provenance
from extractor.extract.findings import extract_findings
from extractor.extract.recommendations import extract_recommendations
from extractor.items import normalise_text

from conftest import ROOT, shared_path

GOLD = ROOT / "corpus" / "gold" / "letters"


def similar(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(normalise_text(a), normalise_text(b)) / 100


def letter(relpath: str) -> Document:
    from extractor.ingest import load_document

    return load_document(shared_path("corpus", "ofsted-letters", *relpath.split("/")))


def gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text("utf-8"))


def doc(*specs: tuple, source: str = "letter.pdf") -> Document:
    """A document from (type, text[, page[, label]]) tuples."""
    blocks = [Block(s[0], s[1], Provenance(source, s[2] if len(s) > 2 else 1), s[3] if len(s) > 3 else None)
              for s in specs]
    return Document(source, "pdf", tuple(blocks), 3)


JTAI_HEAD = (
    ("paragraph", "14 July 2017"),
    ("paragraph", "Dear local partnership"),
    ("heading", "Joint targeted area inspection of the multi-agency response to abuse and neglect in Anytown"),
    ("paragraph", "Between 22 and 26 May 2017, Ofsted, the Care Quality Commission, HMI Constabulary and HMI "
                  "Probation undertook a joint inspection of the multi-agency response to abuse and neglect."),
    ("heading", "Key strengths", 2),
    ("list_item", "Leaders are committed to improving services for children.", 2, "•"),
)


# --- sub-headed "Areas for improvement" ---------------------------------------------------

def test_every_bullet_under_every_sub_heading_is_an_item_with_its_agency():
    d = doc(*JTAI_HEAD,
            ("heading", "Areas for improvement", 3),
            ("heading", "Police", 3),
            ("list_item", "Officers do not always record the views of children.", 3, "•"),
            ("list_item", "Referrals to the MASH lack detail.", 3, "•"),
            ("heading", "Deep dive cases tracked for this inspection", 3),
            ("list_item", "While plans are in place, they are not always reviewed.", 3, "•"),
            ("paragraph", "This means that some children wait too long for help.", 3),
            ("heading", "The local authority", 4),
            ("list_item", "Senior managers do not have a shared data set.", 4, "•"),
            ("heading", "Leadership and management", 4),
            ("list_item", "Audits are not analytical.", 4, "•"),
            ("heading", "Case study: area for improvement", 4),
            ("paragraph", "Strategy meetings in one case were delayed.", 4),
            ("heading", "Next steps", 4),
            ("paragraph", "The director of children's services should prepare a written statement.", 4))
    recs = extract_recommendations(d).recommendations
    assert [(r.agency, r.text[:20]) for r in recs] == [
        ("Police", "Officers do not alwa"), ("Police", "Referrals to the MAS"),
        ("Deep dive cases tracked for this inspection", "While plans are in p"),
        ("The local authority", "Senior managers do n"), ("Leadership and management", "Audits are not analy")]
    assert recs[2].text.endswith("wait too long for help.")  # the bullet's second paragraph
    assert all(r.group == "improvement" for r in recs)
    # none of them is a finding
    assert not any("Officers do not" in f.text for f in extract_findings(d).findings)


def test_what_needs_to_improve_list_still_ends_at_a_titled_findings_section():
    """Walsall 2023 (held out): the list is followed by a findings section under its own title;
    only JTAI "Areas for improvement" sections have sub-headings."""
    d = doc(("paragraph", "6 January 2023"), ("paragraph", "Dear Walsall Local Safeguarding Partnership"),
            ("heading", "Joint targeted area inspection of Walsall"),
            ("heading", "What needs to improve?"),
            ("list_item", "The quality of strategy discussions.", 1, "•"),
            ("heading", "Walsall Safeguarding Partnership (WSP)"),
            ("paragraph", "The partnership has a good understanding of its strengths.", 1))
    recs = extract_recommendations(d).recommendations
    assert [r.text for r in recs] == ["The quality of strategy discussions."] and recs[0].agency is None
    assert [f.text for f in extract_findings(d).findings] == ["The partnership has a good understanding of its strengths."]


@pytest.mark.parametrize("name", ["wokingham-80582_2017-07-14-jtai", "peterborough-80537_2017-08-11-jtai"])
def test_sub_headed_jtai_areas_for_improvement_agency_as_gold(name):
    """Wokingham and Peterborough 2017 (batch 3): three theme sub-headings each; every item
    carries the one it sits under."""
    g = gold(name)
    recs = extract_recommendations(letter(g["source"].split("ofsted-letters/")[1])).recommendations
    matched = 0
    for item in g["recommendations"]:
        hits = [r for r in recs if similar(item["text"], r.text) >= 0.9]
        if hits:
            matched += 1
            assert hits[0].agency == item["agency"], item["text"][:60]
    assert matched == len(g["recommendations"])
    assert {r.agency for r in recs} == {i["agency"] for i in g["recommendations"]}


SUB_HEADINGS = ["Police", "Health", "Deep dive cases tracked for this inspection", "The local authority",
                "Children's experiences and progress", "Summary of inspection findings for the police",
                "Key strengths of the police", "The Local Safeguarding Children Board"]


@pytest.mark.parametrize("heading", SUB_HEADINGS)
def test_agency_sub_headings_in_a_real_jtai_lose_no_item(heading):
    """Croydon 2016 (batch 2) has four theme sub-headings in its areas for improvement; renamed
    to agency headings, or to headings with words of report sections ("inspection", "the local
    authority", "strengths"), the 29 items all stay (first contact lost all of them after
    "Deep dive cases tracked for this inspection")."""
    d = letter("croydon-80492/2016-06-29-jtai.pdf")
    blocks = list(d.blocks)
    start = next(i for i, b in enumerate(blocks) if b.text.strip().lower() == "areas for improvement")
    end = next(i for i in range(start + 1, len(blocks)) if blocks[i].text.lower().startswith("case study"))
    subs = [i for i in range(start + 1, end) if blocks[i].type == "heading"]
    assert len(subs) == 4
    for i in subs:
        blocks[i] = dataclasses.replace(blocks[i], text=heading)
    recs = extract_recommendations(dataclasses.replace(d, blocks=tuple(blocks))).recommendations
    assert len(recs) == 29 and {r.agency for r in recs} == {heading}


def test_a_sub_heading_in_the_middle_of_an_un_headed_list_loses_no_item():
    """Greenwich 2018 (batch 3): ten un-headed bullets; a sub-heading added before the third kept
    two of them at first contact."""
    d = letter("greenwich-80495/2018-05-09-jtai.pdf")
    base = extract_recommendations(d).recommendations
    blocks = list(d.blocks)
    start = next(i for i, b in enumerate(blocks) if b.text.strip().lower() == "areas for improvement")
    third = [i for i in range(start + 1, len(blocks)) if blocks[i].type == "list_item"][2]
    blocks.insert(third, Block("heading", "Police", blocks[third].prov, None, 3))
    recs = extract_recommendations(dataclasses.replace(d, blocks=tuple(blocks))).recommendations
    assert [r.text for r in recs] == [r.text for r in base] and len(recs) == 10
    assert [r.agency for r in recs] == [None, None] + ["Police"] * 8


# --- carry-overs ----------------------------------------------------------------------------

FOCUSED_HEAD = (
    ("paragraph", "12 February 2021"),
    ("paragraph", "Dear Ms Smith"),
    ("heading", "Focused visit to Anytown children's services"),
    ("paragraph", "This letter summarises the findings of the focused visit to Anytown children's services on "
                  "15 December 2020."),
    ("heading", "Headline findings"),
    ("paragraph", "Leaders have a clear understanding of the service.", 1),
)


def test_bradford_2021_areas_for_improvement_carried_over_from_the_ilacs_inspection():
    """Bradford 2021 (batch 3): "The areas for improvement continue to be those identified at the
    ILACS inspection in September 2018 ..." is the only item of "What needs to improve"; first
    contact read it as a new recommendation."""
    res = extract_findings(letter("bradford-80449/2021-02-12-focused-visit.pdf"))
    assert res.recommendations == ()
    [c] = res.carry_overs
    assert c.text.startswith("The areas for improvement continue to be those identified at the ILACS inspection")
    assert (c.kind, c.refers_to, c.page) == ("improvement", None, 2)
    assert c.refers_to_raw == "the ILACS inspection in September 2018"
    assert c.refers_to_month == "2018-09" and c.carried_from == "2018-09"


def test_priority_actions_that_still_stand_with_none_in_addition():
    d = doc(*FOCUSED_HEAD,
            ("heading", "Areas for priority action"),
            ("paragraph", "There are no additional areas for priority action.", 1),
            ("paragraph", "The areas for priority action identified at the focused visit on 12 March 2019 remain. "
                          "Leaders have not yet addressed them.", 1),
            ("heading", "What needs to improve in this area of social work practice"),
            ("list_item", "All areas for improvement identified at the last inspection still stand.", 1, "•"),
            ("heading", "Main findings"),
            ("paragraph", "Caseloads are manageable.", 2))
    res = extract_findings(d)
    assert res.recommendations == ()
    assert [(c.kind, c.refers_to, c.refers_to_raw) for c in res.carry_overs] == [
        ("priority", "2019-03-12", "the focused visit on 12 March 2019"), ("improvement", None, "the last inspection")]
    assert [f.text for f in res.findings] == ["Leaders have a clear understanding of the service.",
                                              "Caseloads are manageable."]


def test_new_items_that_mention_an_earlier_inspection_are_not_carry_overs():
    """Herefordshire 2021 and Sheffield 2024: shortfalls "identified at the last inspection" are
    new items; Warrington 2018 (batch 3): "There are no priority actions" is neither."""
    d = doc(*FOCUSED_HEAD,
            ("heading", "Areas for priority action"),
            ("paragraph", "There are no priority actions following this focused visit.", 1),
            ("heading", "What needs to improve in this area of social work practice"),
            ("list_item", "The suitability of connected carers. This has not been adequately addressed despite "
                          "being identified at the last inspection.", 1, "•"),
            ("list_item", "The quality of casework supervision, identified at the previous two inspections, "
                          "which is still too variable.", 1, "•"))
    res = extract_findings(d)
    assert len(res.recommendations) == 2 and res.carry_overs == ()


def test_warrington_2018_no_priority_actions_is_not_a_recommendation():
    res = extract_findings(letter("warrington-80575/2018-02-23-focused-visit.pdf"))
    assert not any("no priority actions" in r.text for r in res.recommendations)
    assert len(res.recommendations) == 4 and res.carry_overs == ()


# --- closing, methodology, punctuation -----------------------------------------------------

def test_st_helens_2018_closing_after_ofsted_will_take_the_findings():
    """St Helens 2018 (batch 3): five paragraphs about the action plan follow "Ofsted will take
    the findings ..."; first contact read them as findings."""
    res = extract_findings(letter("st-helens-80560/2018-08-08-focused-visit.pdf"))
    assert len(res.findings) == 19
    assert not any(f.text.startswith(("As part of our early review", "So, in summary")) for f in res.findings)


def test_wokingham_2017_this_letter_to_all_service_leaders_is_methodology():
    res = extract_findings(letter("wokingham-80582/2017-07-14-jtai.pdf"))
    assert not any(f.text.startswith("This letter, to all the service leaders") for f in res.findings)
    assert len(res.findings) == 50


def test_hounslow_2017_full_stop_after_a_footnote_marker_is_not_a_bullet():
    """Hounslow 2017 (batch 1): "... family nurse partnership4" then ". Risks to young women ...":
    the ingester reads the full stop as a list marker; the bullet is one finding."""
    res = extract_findings(letter("hounslow-80503/2017-06-13-jtai.pdf"))
    hit = [f for f in res.findings if f.text.startswith("There are examples of excellent safeguarding work")]
    assert len(hit) == 1
    assert hit[0].text.endswith("partnership4. Risks to young women who are pregnant or who have young children "
                                "are identified so that families are appropriately protected.")
    assert not any(f.text.startswith("Risks to young women") for f in res.findings)


def test_cli_prints_carry_overs_apart_and_each_recommendation_s_agency(capsys):
    from extractor.cli import main

    bradford = shared_path("corpus", "ofsted-letters", "bradford-80449", "2021-02-12-focused-visit.pdf")
    wokingham = shared_path("corpus", "ofsted-letters", "wokingham-80582", "2017-07-14-jtai.pdf")
    assert main(["findings", str(bradford), str(wokingham), "--json", "-q"]) == 0
    b, w = json.loads(capsys.readouterr().out)["documents"]
    assert b["recommendations"] == [] and len(b["carry_overs"]) == 1
    assert {k: b["carry_overs"][0][k] for k in ("page", "kind", "refers_to", "refers_to_month")} == {
        "page": 2, "kind": "improvement", "refers_to": None, "refers_to_month": "2018-09"}
    assert w["carry_overs"] == [] and w["recommendations"][-1]["agency"] == \
        "Leadership and management and the Local Safeguarding Children Board"
    assert main(["recommendations", str(bradford), "--json", "-q"]) == 0
    d = json.loads(capsys.readouterr().out)["documents"][0]
    assert d["recommendations"] == [] and d["carry_overs"][0]["kind"] == "improvement"
