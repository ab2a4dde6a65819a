"""Lead splitting and classification (spaCy's English tokenizer and entity-ruler rules + gazetteer; no model download)."""
from __future__ import annotations

import pytest

from extractor.extract.leads import parse_leads
from extractor.items import Lead


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Richard Nash / CCG", [Lead("Richard Nash", "person"), Lead("CCG", "organisation")]),
        ("Yvette Thomas / Julie Davies", [Lead("Yvette Thomas", "person"), Lead("Julie Davies", "person")]),
        ("TMs and ATMs", [Lead("TMs", "role"), Lead("ATMs", "role")]),
        ("Mac Heath (HoS, Children and Families)", [Lead("Mac Heath", "person", "HoS, Children and Families")]),
        (
            "Sandie Dopson (SM, Family Placement Team) Rachel Palin (Team Manager, Leaving Care Team)",
            [Lead("Sandie Dopson", "person", "SM, Family Placement Team"),
             Lead("Rachel Palin", "person", "Team Manager, Leaving Care Team")],
        ),
        ("Paulette Thompson- Omenka", [Lead("Paulette Thompson-Omenka", "person")]),
        ("David Glover-Wright", [Lead("David Glover-Wright", "person")]),
        ("Senior Management Team", [Lead("Senior Management Team", "team")]),
        ("Mark Green / Clare Brown", [Lead("Mark Green", "person"), Lead("Clare Brown", "person")]),
        ("IROs / CP Chairs, CAR Team", [Lead("IROs", "role"), Lead("CP Chairs", "role"), Lead("CAR Team", "team")]),
        ("Andrea King, (HoS, P&DCR Service)", [Lead("Andrea King", "person", "HoS, P&DCR Service")]),
        ("Sue Adamanto s (SM, Localities)", [Lead("Sue Adamantos", "person", "SM, Localities")]),
        ("Council", [Lead("Council", "organisation")]),
        ("Social workers, ATMs and Team Managers",
         [Lead("Social workers", "role"), Lead("ATMs", "role"), Lead("Team Managers", "role")]),
        ("Service Manager, Front Door", [Lead("Service Manager, Front Door", "role")]),
        ("Head of Service / CCG", [Lead("Head of Service", "role"), Lead("CCG", "organisation")]),
        ("Director of Children’s Services", [Lead("Director of Children’s Services", "role")]),
        ("Social workers. Supported by Team Managers and ATMs",
         [Lead("Social workers", "role"), Lead("Team Managers", "role"), Lead("ATMs", "role")]),
        ("Social workers in the Leaving Care Team", [Lead("Social workers in the Leaving Care Team", "role")]),
        ("Nick Carter (Chief Executive) Gordon Lundie (Council Leader)",
         [Lead("Nick Carter", "person", "Chief Executive"), Lead("Gordon Lundie", "person", "Council Leader")]),
    ],
)
def test_split_and_classify(raw, expected):
    assert list(parse_leads(raw)) == expected


def test_and_inside_a_name_is_not_a_separator():
    assert [l.name for l in parse_leads("All Service and Team Managers")] == ["All Service and Team Managers"]


def test_commentary_stays_with_its_lead_and_does_not_change_its_kind():
    (lead,) = parse_leads("Service Managers, to be monitored in SMM.")
    assert lead.kind == "role" and lead.name.startswith("Service Managers")


def test_split_words_are_rejoined_from_the_gazetteer():
    assert parse_leads("CSE Coordinat or/CSE Strategic Group") == (
        Lead("CSE Coordinator", "role"), Lead("CSE Strategic Group", "team"))


@pytest.mark.parametrize("raw", ["", "   ", "N/A", "tbc", "-"])
def test_empty_cells_have_no_leads(raw):
    assert parse_leads(raw) == ()


def test_duplicates_are_dropped():
    assert len(parse_leads("Julie Davies / Julie Davies")) == 1


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_never_raises_and_every_lead_is_named_and_kinded(text):
    for lead in parse_leads(text):
        assert lead.name.strip() and lead.kind in {"person", "role", "team", "organisation"}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Richard Nash", "Julie Davies", "Mark Green", "Amanda Andrews", "Errol Albert"]),
                min_size=1, max_size=3, unique=True), st.sampled_from([" / ", ", ", "; "]))
def test_generated_people_lists_split_into_people(names, sep):
    assert [(l.name, l.kind) for l in parse_leads(sep.join(names))] == [(n, "person") for n in names]


@pytest.mark.parametrize(
    "raw, expected",
    [
        # wordings of other councils' plans; each was mis-split or mis-classified before
        ("Jane Smith – Service Manager", [Lead("Jane Smith", "person", "Service Manager")]),
        ("Jane Smith, Head of Service", [Lead("Jane Smith", "person", "Head of Service")]),
        ("Tom Price, AD Early Help", [Lead("Tom Price", "person", "AD Early Help")]),
        ("Jane Smith – Fostering Team", [Lead("Jane Smith", "person", "Fostering Team")]),
        ("J. Smith (HoS)", [Lead("J. Smith", "person", "HoS")]),
        ("Amir Khan (Service Manager) and Lucy Ward (Team Manager)",
         [Lead("Amir Khan", "person", "Service Manager"), Lead("Lucy Ward", "person", "Team Manager")]),
        ("Head of QA & Performance", [Lead("Head of QA & Performance", "role")]),
        ("TMs & ATMs", [Lead("TMs", "role"), Lead("ATMs", "role")]),
        ("PSW and Head of Workforce", [Lead("PSW", "role"), Lead("Head of Workforce", "role")]),
        ("LSCP Business Manager", [Lead("LSCP Business Manager", "role")]),
        ("ICB Designated Nurse", [Lead("ICB Designated Nurse", "role")]),
        # unchanged: the post first, then the person, stay two leads; a person and a team too
        ("DCS, Jane Smith", [Lead("DCS", "role"), Lead("Jane Smith", "person")]),
        ("Jane Smith, Team Managers, CCG", [Lead("Jane Smith", "person"), Lead("Team Managers", "role"), Lead("CCG", "organisation")]),
        ("Head of Service – Children in Care", [Lead("Head of Service – Children in Care", "role")]),
        ("DCS / AD Safeguarding", [Lead("DCS", "role"), Lead("AD Safeguarding", "role")]),
        ("Partnership (Police, Health)", [Lead("Partnership (Police, Health)", "organisation")]),
    ],
)
def test_other_councils_lead_wordings(raw, expected):
    assert list(parse_leads(raw)) == expected


@pytest.mark.parametrize("raw, prose", [
    ("Further escalation needed.", True),  # seed 003: a status note in the By Whom? column
    ("requirement for system change, particularly on", True),
    ("Hot focus session held on 11 June", True),
    ("Social workers in the Leaving Care Team", False),
    ("CAR Service Manager.", False),
    ("External Training provider", False),
    ("Workforce development lead", False),
    ("Jane Smith", False),
    ("tbc", False),
])
def test_looks_like_prose(raw, prose):
    from extractor.extract.leads import looks_like_prose

    assert looks_like_prose(raw) is prose


def test_owners_written_as_initials_are_read_through_the_plans_key():
    from pathlib import Path

    from extractor.extract.actions import extract_actions
    from extractor.extract.leads import initials_key, resolve_initials
    from extractor.ingest import load_document
    from extractor.items import Lead

    sets = Path(__file__).resolve().parents[2] / "corpus" / "coverage"
    # a line of "AH – Head of Early Help CW – Systems and Business Support Manager ..." pairs
    ashlingford = extract_actions(load_document(sets / "be" / "ashlingford.pdf"))
    first = ashlingford[0]
    assert first.leads_raw == "TW" and first.leads == (Lead("Head of Quality Assurance", "role"),)  # as printed, then read
    # a table "Initials | Name | Role"
    dunmarrow = extract_actions(load_document(sets / "ay" / "dunmarrow.docx"))
    assert dunmarrow[1].leads_raw == "JC / KT"
    assert [l.name for l in dunmarrow[1].leads] == ["Jo Carnsew", "Kieran Tolley"]
    assert dunmarrow[1].leads[1].kind == "person" and dunmarrow[1].leads[1].role.startswith("Head of Service")
    # minutes naming those present: "Karen Pryce, Local Authority Designated Officer (KP); ..."
    key = initials_key(load_document(sets / "ap" / "hazelwold.docx").blocks)
    assert key["KP"] == Lead("Karen Pryce", "person", "Local Authority Designated Officer")
    # initials no key explains, and leads that are no initials, stay as they are
    assert resolve_initials((Lead("ZZ", "role"), Lead("Head of Service", "role")), key) == (
        Lead("ZZ", "role"), Lead("Head of Service", "role"))
