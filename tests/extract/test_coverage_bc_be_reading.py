"""Reading rules prompted by the first contact of sets bc, bd and be (corpus/coverage/bc..be): a
Word table printed to PDF with hyphens pdfium marks at line ends, a saved e-mail (.eml), an Asana
CSV export, a plan on a page, and a Word table that names each group's lead in a row above it."""
from __future__ import annotations

from pathlib import Path

from extractor.extract.actions import _describes, extract_actions
from extractor.ingest import load_document, sniff
from extractor.ingest.pdf import _mend_marked_hyphens, page_words

SETS = Path(__file__).resolve().parents[2] / "corpus" / "coverage"


def _by_start(acts, start):
    return next(a for a in acts if a.text.startswith(start))


def test_a_hyphen_pdfium_marks_at_a_line_end_is_mended():
    page = page_words("Head of Service, Safe\ufffeguarding ... to consider pre\ufffeproceedings ... decision-making")
    assert _mend_marked_hyphens("Head of Service, Safe\x02guarding", page) == "Head of Service, Safeguarding"
    assert _mend_marked_hyphens("consider pre\x02\nproceedings", page) == "consider pre-proceedings"
    assert _mend_marked_hyphens("decision\x02making", page) == "decision-making"  # the page uses the compound
    acts = extract_actions(load_document(SETS / "bc" / "wyrebridge.pdf"))
    assert any(a.leads_raw == "Head of Service, Safeguarding" for a in acts)
    assert not any("\x02" in a.text + a.leads_raw or "\ufffe" in a.text + a.leads_raw for a in acts)


def test_a_saved_e_mail_is_read_from_its_html_body():
    path = SETS / "bd" / "brimblecote.eml"
    assert sniff(path) == "eml"
    doc = load_document(path)
    assert any("Ofsted ILACS report.pdf" in w for w in doc.warnings)  # the attachment is named, not read
    acts = extract_actions(doc)
    assert not any("=E2=80" in a.text or a.text.endswith("=") for a in acts)  # quoted-printable undone
    first = acts[0]
    assert first.text.startswith("Rolling recruitment campaign for experienced social workers")
    assert first.leads_raw == "Head of HR Services" and first.date_raw == "March 2023"
    recruit = _by_start(acts, "International recruitment of 12 social workers.")
    assert "Housing found for the first three months" in recruit.text  # what is done with it, not an action


def test_an_asana_export_reads_name_and_notes_and_leaves_sub_tasks_out():
    acts = extract_actions(load_document(SETS / "bd" / "fellmarden.csv"))
    assert len(acts) == 27
    assert not any(a.text.startswith(("Book venue for all-staff launch", "Print pocket guide")) for a in acts)
    standards = _by_start(acts, "Relaunch the Fellmarden Practice Standards")
    assert "One set of practice standards for every locality team" in standards.text  # the task's notes
    assert standards.refs == (5,) and standards.section == "Practice standards & management grip"  # tags "Ofsted,Rec 5"
    assert standards.leads_raw == "Ruth Ainsley" and standards.date.end == "2020-01-31"


def test_a_plan_on_a_page_reads_each_box_and_each_bullets_owner_and_quarter():
    acts = extract_actions(load_document(SETS / "be" / "ashlingford.pdf"))
    assert len(acts) == 26
    first = acts[0]  # a box of the top row, read as a table of titles over bulleted lists
    assert first.section == "Learning from our practice" and first.leads_raw == "TW" and first.date_raw == "Q1"
    assert (first.date.start, first.date.end) == ("2022-04-01", "2022-06-30")  # the plan's year, 2022/23
    wrapped = _by_start(acts, "Reducing Parental Conflict training")  # "(AH," then "Q2)" on a line of its own
    assert wrapped.leads_raw == "AH" and wrapped.date_raw == "Q2" and wrapped.section == "Families first"
    assert _by_start(acts, "Hybrid working").leads_raw == "tbc"


def test_a_row_naming_a_groups_lead_gives_the_rows_under_it_their_lead():
    acts = extract_actions(load_document(SETS / "be" / "tenterbrook.docx"))
    assert len(acts) == 37
    assert acts[0].leads_raw == "Service Manager, Front Door"
    assert all(a.leads_raw for a in acts)
    assert not any(a.section and a.section.startswith("Lead:") for a in acts)  # no section of them


def test_a_short_line_saying_what_is_done_with_the_action_stays_with_it():
    assert _describes("Shared with the regional adoption agency.", "Life story books for every child")
    assert _describes("Figures reported monthly to the Corporate Parenting Committee.", "A dentist check-up")
    assert not _describes("Recruit and train ten more Shared Care carers who offer day and overnight breaks "
                          "in their own homes.", "Reopen the unit")
    assert not _describes("Incomplete referrals sent back to the referrer the same day saying what is missing; a "
                          "manager's decision on every contact within a day.", "Front door")


def test_a_saved_e_mail_with_no_body_says_to_save_its_attachment(tmp_path):
    import pytest

    from extractor.errors import UnsupportedFormat

    raw = (b"From: a@example.org\r\nTo: b@example.org\r\nSubject: plan\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n--XX\r\n"
           b"Content-Type: application/pdf; name=\"plan.pdf\"\r\nContent-Disposition: attachment; filename=\"plan.pdf\"\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--XX--\r\n")
    path = tmp_path / "message.txt"  # not named .eml: known by its headers
    path.write_bytes(raw)
    assert sniff(path) == "eml"
    with pytest.raises(UnsupportedFormat) as err:
        load_document(path)
    assert "attachment" in str(err.value) and "message.txt" in str(err.value)


def test_a_saved_e_mail_with_only_a_text_body_is_read_as_text(tmp_path):
    raw = ("From: a@example.org\r\nTo: b@example.org\r\nSubject: plan\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           "Our plan:\r\n\r\n- Weekly panel for every child missing from care (Head of Service, March 2024)\r\n"
           "- Return interviews within 72 hours, checked monthly (Team Manager, April 2024)\r\n").encode()
    path = tmp_path / "plan.eml"
    path.write_bytes(raw)
    doc = load_document(path)
    assert doc.format == "text" and any("Weekly panel" in b.text for b in doc.blocks)
