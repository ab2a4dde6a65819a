"""The council a document is about: read from its title, introduction, cover, address..., never its path."""
from __future__ import annotations

import pytest

from conftest import shared_path
from extractor.document import Block, Document, Provenance
from extractor.extract.council import council_key, identify_council


def _doc(*texts: str, kinds: str | None = None, path: str = "x.pdf") -> Document:
    """A document of one block per text, on page 1; ``kinds`` gives each block's type by
    letter (h heading, p paragraph)."""
    kinds = kinds or "p" * len(texts)
    types = {"h": "heading", "p": "paragraph"}
    return Document(path, "pdf", tuple(Block(types[k], t, Provenance(path, 1)) for k, t in zip(kinds, texts)), 1)


LETTERHEAD = "Ofsted Piccadilly Gate Store Street Manchester M1 2WD T 0300 123 1231 www.gov.uk/ofsted"


@pytest.mark.parametrize("a, b", [
    ("London Borough of Haringey", "Haringey"),
    ("Haringey Council", "HARINGEY"),
    ("East Riding", "East Riding of Yorkshire Council"),
    ("City of Bradford Metropolitan District Council", "Bradford local authority"),
    ("St. Helens Metropolitan Borough Council", "St Helens"),
    ("Telford & Wrekin", "Telford and Wrekin Council"),
    ("Kingston upon Hull City Council", "Hull"),
    ("Southend-on-Sea Borough Council", "Southend on Sea"),
    ("County Durham", "Durham County Council"),
    ("Royal Borough of Windsor and Maidenhead", "windsor and maidenhead"),
    ("Newtown Borough Council", "Newtown"),  # a council the gazetteer does not know
])
def test_council_key_folds_the_ways_of_writing_one_council(a, b):
    assert council_key(a) == council_key(b)


@pytest.mark.parametrize("a, b", [
    ("Lincolnshire", "North Lincolnshire"),
    ("North Lincolnshire", "North East Lincolnshire"),
    ("Bedford Borough Council", "Central Bedfordshire"),
    ("Northamptonshire", "North Northamptonshire"),
    ("Derby City Council", "Derbyshire County Council"),
    ("Kingston upon Thames", "Kingston upon Hull"),
])
def test_council_key_keeps_neighbours_apart(a, b):
    assert council_key(a) != council_key(b)


def test_focused_visit_title_names_the_council_as_printed():
    doc = _doc("12 April 2021", LETTERHEAD, "Jane Smith Director of Children's Services Bolton Town Hall Bolton BL1 1RU",
               "Dear Ms Smith", "Focused visit to London Borough of Bexley children’s services",
               "This letter summarises the findings of the focused visit to Bexley children's services.",
               kinds="pppphp")
    c = identify_council(doc)
    assert (c.name, c.key, c.basis, c.page, c.urn) == ("London Borough of Bexley", "bexley", "title", 1, None)


def test_report_title_broken_over_two_blocks():
    doc = _doc("Inspection of Bournemouth,", "Christchurch and Poole local authority children’s services",
               "Inspection dates: 6 to 17 December 2021", kinds="php")
    c = identify_council(doc)
    assert c.name == "Bournemouth, Christchurch and Poole" and c.key == "bournemouth christchurch and poole"


def test_jtai_title_names_the_area_after_its_theme():
    doc = _doc("Dear local partnership",
               "Joint targeted area inspection of the multi-agency response to abuse and neglect in "
               "Bradford Metropolitan District Council", kinds="ph")
    assert identify_council(doc).name == "Bradford Metropolitan District Council"


def test_jtai_introduction_when_the_title_names_no_place():
    doc = _doc("Dear local partnership",
               "Joint targeted area inspection of the multi-agency response to child sexual exploitation and",
               "children missing from home, care or education",
               "Between 12 and 16 February 2018, Ofsted, the Care Quality Commission (CQC) undertook a joint "
               "inspection of the multi-agency response to children who go missing in Greenwich.",
               kinds="phpp")
    c = identify_council(doc)
    assert (c.name, c.basis) == ("Greenwich", "introduction")


def test_report_cover_above_or_below_the_inspection_title():
    above = _doc("London Borough of Hounslow", "Inspection of services for children in need of help and protection, "
                 "children looked after and care leavers", "Inspection date: 14 January 2014", kinds="hhh")
    below = _doc("Inspection of looked after children services", "Sandwell Metropolitan Borough Council",
                 "Inspection dates: 24 – 28 June 2013", kinds="hhp")
    assert (identify_council(above).name, identify_council(above).basis) == ("London Borough of Hounslow", "cover")
    assert identify_council(below).name == "Sandwell Metropolitan Borough Council"


def test_local_authority_line():
    doc = _doc("Summary of inspection findings", "Local authority: Wirral", "Inspection dates: 1 May 2019")
    c = identify_council(doc)
    assert (c.name, c.basis) == ("Wirral", "local authority line")


def test_address_block_when_the_letter_has_no_title_and_not_ofsteds_manchester():
    doc = _doc("12 April 2021", LETTERHEAD, "Jane Smith Director of Children’s Services Derbyshire County Council "
               "County Hall Matlock", "Dear Ms Smith", "Children in Derbyshire receive help.")
    c = identify_council(doc)
    assert (c.name, c.basis) == ("Derbyshire County Council", "address")


def test_salutation():
    doc = _doc("Dear Leeds Local Safeguarding Partnership", "The partnership works well.")
    assert (identify_council(doc).name, identify_council(doc).basis) == ("Leeds", "salutation")


def test_most_mentioned_council_when_nothing_else_names_it():
    doc = _doc("Inspection dates: 13 to 17 June 2022",
               "Children living in Bracknell Forest get good support. Partners in Reading and Bracknell Forest "
               "work together.", "Leaders in Bracknell Forest listen to children.")
    c = identify_council(doc)
    assert (c.name, c.basis) == ("Bracknell Forest", "mentions")
    tie = _doc("Partners in Reading and Slough work together.", "Reading and Slough share a team.")
    assert identify_council(tie) is None


def test_unknown_council_in_a_title_keeps_its_name():
    c = identify_council(_doc("Focused visit to Kestrelford children's services", kinds="h"))
    assert (c.name, c.key) == ("Kestrelford", "kestrelford")
    c = identify_council(_doc("Inspection of local authority children’s services", "Slough Borough Council",
                              kinds="hh"))
    assert c.name == "Slough Borough Council"  # "local authority" is not a council's name


def test_urn_is_read_only_when_printed():
    doc = _doc("Inspection of Sefton local authority children’s services", "Unique reference number: 80550",
               kinds="hp")
    assert identify_council(doc).urn == "80550"


def test_no_council_named():
    assert identify_council(_doc("A plan for improving services.", "Action 1: recruit social workers.")) is None
    assert identify_council(Document("e.pdf", "pdf", (), 0)) is None


def test_the_folder_name_is_not_evidence(tmp_path):
    # The same text under a path naming another council gives the text's council.
    doc = _doc("Focused visit to Bolton children’s services", kinds="h", path="cambridgeshire-80445/letter.pdf")
    assert identify_council(doc).key == "bolton"


# --- real documents (../shared) ---------------------------------------------------------------------


@pytest.mark.parametrize("rel, name, key", [
    ("ofsted-letters/buckinghamshire-80442/2021-04-12-focused-visit.pdf", "Buckinghamshire", "buckinghamshire"),
    ("ofsted-letters/cambridgeshire-80445/2018-04-09-focused-visit.pdf", "Cambridgeshire County Council",
     "cambridgeshire"),
    ("ofsted-letters/greenwich-80495/2018-05-09-jtai.pdf", "Greenwich", "greenwich"),
    ("ofsted-letters/east-riding-of-yorkshire-80466/2024-07-12-focused-visit.pdf", "East Riding",
     "east riding of yorkshire"),
    ("ofsted-reports/buckinghamshire-80442/2018-01-29.pdf", "Buckinghamshire County Council", "buckinghamshire"),
    ("ofsted-reports/bournemouth-christchurch-poole-2532287/2022-02-11.pdf", "Bournemouth, Christchurch and Poole",
     "bournemouth christchurch and poole"),
    ("ofsted-reports/nottinghamshire-80534/2019-12-19.pdf", "Nottinghamshire County Council", "nottinghamshire"),
    ("ofsted-reports/bracknell-forest-80436/2022-07-29.pdf", "Bracknell Forest", "bracknell forest"),
])
def test_real_documents(rel, name, key):
    from extractor.ingest import load_document

    c = identify_council(load_document(str(shared_path("corpus", *rel.split("/")))))
    assert (c.name, c.key) == (name, key)


def test_a_huge_block_is_read_only_in_part():
    # A hostile file's page of one 11-million-character block: names are looked for in its start.
    import time

    big = "Dear " + "Reading Slough Bolton word " * 400_000
    doc = Document("x.pdf", "pdf", tuple(Block("paragraph", t, Provenance("x.pdf", 1)) for t in (big, big)), 1)
    identify_council(_doc("warm up"))
    t0 = time.perf_counter()
    assert identify_council(doc).key == "reading"
    assert time.perf_counter() - t0 < 2.0  # 0.02 s here; reading it all took 4 s
