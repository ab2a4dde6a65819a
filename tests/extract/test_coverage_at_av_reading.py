"""Reading rules prompted by the first contact of sets at, au and av (corpus/coverage/at..av): an
Excel tracker whose leads are lookups (an error value shows nothing), an Obsidian note of callouts
with Dataview fields, a booklet printed two-up, a colour key after a plan table, and a markitdown
export of a workbook ("NaN", "Unnamed: 2")."""
from __future__ import annotations

from pathlib import Path

from extractor.extract.actions import extract_actions
from extractor.ingest import load_document
from extractor.ingest.lines import Line
from extractor.ingest.text import md_inline
from extractor.ingest.xlsx import format_value

SETS = Path(__file__).resolve().parents[2] / "corpus" / "coverage"


def _by_start(acts, start):
    return next(a for a in acts if a.text.startswith(start))


def test_a_formula_error_shows_no_value():
    assert format_value("#N/A") == "" and format_value("#REF!") == ""
    acts = extract_actions(load_document(SETS / "at" / "hollinwick.xlsx"))
    assert len(acts) == 24
    assert sum(1 for a in acts if a.leads_raw == "") == 1  # the row whose lookup found no owner


def test_an_obsidian_note_of_callouts_with_dataview_fields():
    assert md_inline("the [[Strategy Discussion Record]] and [[Ofsted 2016|the report]]") == (
        "the Strategy Discussion Record and the report")
    acts = extract_actions(load_document(SETS / "at" / "fenmarsh.md"))
    assert len(acts) == 24
    first = acts[0]
    assert first.text.startswith("Health at every first strategy discussion. The MASH health navigator")
    assert first.text.endswith("what each of them added.")  # the note's tags are not its text
    assert first.refs == (3,) and first.leads_raw == "MASH Service Manager" and first.date.end == "2016-12-01"
    assert first.section == "Front door and strategy discussions"


def test_two_pages_side_by_side_are_not_a_table():
    from extractor.ingest.aligned import _two_up

    def run(x0, x1, text):
        return Line(text, 1, x0, 20.0, 30.0, 10.0, None, None, x1)

    band = [run(42.5, 155.0, "Plan"), run(255.9, 378.4, "Page 3"), run(463.5, 576.0, "Plan"), run(676.8, 799.4, "Page 4")]
    assert _two_up(band)
    header = [run(40, 90, "Ref"), run(130, 300, "Action"), run(435, 520, "Lead"), run(580, 640, "When")]
    assert not _two_up(header)
    acts = extract_actions(load_document(SETS / "au" / "wendlemouth.pdf"))
    assert len(acts) >= 22
    match = _by_start(acts, "A matching meeting for every teenager who is staying")
    assert match.leads_raw == "Team Manager, Fostering Support" and match.date_raw == "From January 2020"


def test_a_colour_key_after_the_plan_table_is_no_part_of_it():
    acts = extract_actions(load_document(SETS / "au" / "ashmoss.docx"))
    assert len(acts) == 37
    assert not any(a.text.startswith(("Off track", "Some slippage")) for a in acts)


def test_a_markitdown_export_of_a_workbook():
    acts = extract_actions(load_document(SETS / "av" / "corringmere.md"))
    assert len(acts) == 24
    assert not any("NaN" in (a.text + a.leads_raw + a.date_raw) for a in acts)


def test_an_accordion_page_reads_each_button_as_its_action_title():
    page = (
        "<html><body><button>Accept analytics cookies</button><h1>Care leavers: our plan</h1>"
        "<h2>A home of their own</h2><p>What we are doing about housing.</p>"
        "<div class='accordion'><div class='accordion__section'><h3><button aria-controls='c1'>A joint housing protocol"
        "</button></h3><div id='c1' hidden><p>A new protocol with the district housing authorities, so that every "
        "young person has a housing plan at 17 and a half.</p><p>It will replace the 2015 protocol.</p>"
        "<dl><dt>Lead</dt><dd>Head of Commissioning</dd><dt>Deadline</dt><dd>June 2020</dd></dl></div></div>"
        "<div class='accordion__section'><h3><button aria-controls='c2'>Staying Put budget</button></h3>"
        "<div id='c2' hidden><p>Set the Staying Put budget each autumn from the young people's wishes.</p>"
        "<dl><dt>Lead</dt><dd>Fostering Service Manager</dd><dt>Deadline</dt><dd>November 2019</dd></dl></div></div>"
        "</div><h2>With our partners</h2><ul><li>Agree a health transition plan with the CCG (Designated Nurse, "
        "March 2020)</li><li>Work out how many more personal advisers we need (Leaving Care Service Manager)</li></ul>"
        "</body></html>")
    from extractor.ingest.html import html_to_blocks
    texts = [b.text for b in html_to_blocks(page, "plan.html")]
    assert "A joint housing protocol" in texts and "Accept analytics cookies" not in texts  # a heading's button only
    acts = extract_actions(load_document(SETS / "av" / "haddiscombe.html"))
    assert len(acts) == 22
    first = acts[0]
    assert first.text.startswith("A new strategy for young people leaving care. We will write a three-year")
    assert first.text.endswith("will replace the separate documents we have now.")  # the panel's second paragraph
    assert first.leads_raw == "Assistant Director, Corporate Parenting" and first.date.end == "2020-01-31"
    assert first.section == "A plan written with young people"
    last_listed = _by_start(acts, "Work out how many more personal advisers")
    assert last_listed.leads_raw == "Leaving Care Service Manager" and last_listed.date_raw == ""
    # a section's introduction over accordion cards is no action, though the cards' titles read "Title. Text"
    assert not any(a.text.startswith("These actions come from our usual service plan") for a in acts)
