"""Issue 16 items 5 and 8: a zip bomb under the size limit, and short messages for misnamed or
oversized files. The hostile files are generated here; nothing binary is committed."""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from extractor.errors import TooLarge, UnsupportedFormat
from extractor.ingest import load_document
from extractor.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DOCX = ROOT / "corpus" / "samples" / "improvement-plan.docx"
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def make_docx_bomb(path: Path, paragraphs: int = 5_500_000, member: str = "word/document.xml",
                   para=lambda i: b"<w:p><w:r><w:t>%d</w:t></w:r></w:p>" % (i % 10)) -> Path:
    """The sample plan with its body replaced by ``paragraphs`` tiny paragraphs, streamed into
    the zip: 5.5 M give a document.xml of 187 MB (under the 200 MB that --max-file-mb 100
    allows) in a file of about 0.8 MB, like the probe's 615 KB file of 190 MB."""
    chunk = b"".join(para(i) for i in range(1000))
    with zipfile.ZipFile(SAMPLE_DOCX) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                z.writestr(info, src.read(info.filename))
        zi = zipfile.ZipInfo(member)
        zi.compress_type = zipfile.ZIP_DEFLATED
        with z.open(zi, "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ' + W + b"><w:body>")
            for _ in range(paragraphs // 1000):
                fh.write(chunk)
            fh.write(b"</w:body></w:document>")
    return path


CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from extractor.ingest import load_document
t0 = time.perf_counter()
try:
    load_document(sys.argv[1])
    error = None
except Exception as exc:
    error = [type(exc).__name__, getattr(exc, "message", str(exc))]
# VmHWM: this program's own peak. ru_maxrss would also count the parent's pages shared at fork
# (Linux keeps the larger of the two across exec; subprocess forks when given a preexec_fn).
status = Path("/proc/self/status")
hwm = [l for l in status.read_text().splitlines() if l.startswith("VmHWM:")] if status.exists() else []
peak_kb = int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"error": error, "seconds": time.perf_counter() - t0, "peak_mb": peak_kb / 1024}))
"""


def read_in_child(path: Path, cap_mb: int = 2048) -> dict:
    """load_document(path) in a fresh process whose address space is capped at ``cap_mb`` (so a
    regression fails with MemoryError instead of taking the machine's memory); its peak RSS."""
    def cap():
        resource.setrlimit(resource.RLIMIT_AS, (cap_mb << 20, cap_mb << 20))

    res = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                         timeout=300, preexec_fn=cap, cwd=ROOT)
    lines = res.stdout.strip().splitlines()
    assert lines, f"the reader died: {res.stderr[-500:]}"
    return json.loads(lines[-1])


def test_zip_bomb_under_the_unpacked_limit_is_refused_with_little_memory(tmp_path):
    """The probe's 615 KB .docx of 190 MB XML ran 115 s and took 4.2 GB before failing."""
    bomb = make_docx_bomb(tmp_path / "plan.docx")
    info = zipfile.ZipFile(bomb).getinfo("word/document.xml")
    assert bomb.stat().st_size < 1_000_000 and 150 << 20 < info.file_size < 200 << 20
    got = read_in_child(bomb)
    assert got["error"] and got["error"][0] == "TooLarge", got
    msg = got["error"][1]
    assert msg.startswith(f"{bomb}: ") and "--max-file-mb" in msg
    assert len(msg) - len(str(bomb)) <= 160, msg
    assert got["peak_mb"] < 500, got


def test_text_heavy_bomb_is_refused_by_its_expansion(tmp_path):
    """Few elements, much text: 40 MB of repeated sentences in a ~0.3 MB file (the elements stay
    under the limit; a 190 MB one peaked at 575 MB when parsed)."""
    words = b"the local authority should improve the quality of plans for children and young people " * 12
    bomb = make_docx_bomb(tmp_path / "plan.docx", paragraphs=40_000, para=lambda i: (
        b"<w:p><w:r><w:t>" + words + b"%d</w:t></w:r></w:p>" % i))
    assert bomb.stat().st_size < 1_000_000
    got = read_in_child(bomb)
    assert got["error"] and got["error"][0] == "TooLarge" and "expands" in got["error"][1], got
    assert got["peak_mb"] < 500, got


def _varied(i: int) -> bytes:  # markup that compresses like a real document's (~10:1)
    return b'<w:p w:rsidR="%08X"><w:r><w:t>%d</w:t></w:r></w:p>' % (i * 2654435761 % 2**32, i)


def test_xml_in_a_part_not_named_xml_is_counted_too(tmp_path):
    """Elements are counted while unpacking whatever the expansion: 200,000 varied paragraphs
    (800,000 elements and attributes) pass the expansion test but not the count."""
    bomb = make_docx_bomb(tmp_path / "plan.docx", paragraphs=200_000, para=_varied)
    info = zipfile.ZipFile(bomb).getinfo("word/document.xml")
    assert info.file_size / info.compress_size < 100
    with pytest.raises(TooLarge, match="elements"):
        load_document(bomb, Settings(max_file_mb=10))
    # the same markup in a part whose name hides it (Word finds parts by content type, not name)
    hidden = tmp_path / "hidden.docx"
    with zipfile.ZipFile(bomb) as src, zipfile.ZipFile(hidden, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename.replace("word/document.xml", "word/media/document.bin"), src.read(info))
    with pytest.raises(TooLarge, match="elements"):
        load_document(hidden, Settings(max_file_mb=10))


def test_real_office_files_stay_under_the_markup_limit():
    for p in sorted((ROOT / "corpus").rglob("*.docx")) + sorted((ROOT / "corpus").rglob("*.xlsx")):
        assert load_document(p, Settings(max_file_mb=1)).blocks, p


# ---- item 8: messages ------------------------------------------------------------------------

def _short(msg: str, path: Path) -> None:
    assert msg.startswith(f"{path}: ")
    assert len(msg) - len(str(path)) - 2 <= 150, f"{len(msg) - len(str(path)) - 2} characters: {msg}"


def test_web_page_saved_as_pdf_gets_a_short_message(tmp_path):
    p = tmp_path / "report.pdf"
    p.write_text("<!DOCTYPE html><html><body><h1>Not found</h1></body></html>", encoding="utf-8")
    with pytest.raises(UnsupportedFormat) as e:
        load_document(p)
    msg = e.value.message
    _short(msg, p)
    assert "web page" in msg and "PDF" in msg and "again" in msg


@pytest.mark.parametrize("name,kind", [("plan.docx", "Word"), ("plan.xlsx", "Excel"), ("report.pdf", "PDF")])
def test_plain_text_under_a_document_name_is_refused(tmp_path, name, kind):
    p = tmp_path / name
    p.write_text("Recommendation 1\nImprove the quality of plans for children.\n", encoding="utf-8")
    with pytest.raises(UnsupportedFormat) as e:
        load_document(p)
    msg = e.value.message
    _short(msg, p)
    assert "plain text" in msg and kind in msg and ".txt" in msg


def test_plain_text_named_txt_or_md_still_reads(tmp_path):
    for name in ("plan.txt", "plan.md", "plan"):
        p = tmp_path / name
        p.write_text("Recommendation 1\nImprove the quality of plans for children.\n", encoding="utf-8")
        assert "Improve the quality" in load_document(p).text()


@pytest.mark.parametrize("size,limit,shown", [(650_000, 0.5, "0.62 MB"), (3 * 1048576 + 1, 3, "3.000001 MB"),
                                              (250 * 1048576, 100, "250 MB")])
def test_size_limit_message_gives_the_real_size(tmp_path, size, limit, shown):
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:
        fh.truncate(size)  # sparse: only the size is read before the refusal
    with pytest.raises(TooLarge) as e:
        load_document(p, Settings(max_file_mb=limit))
    msg = e.value.message
    assert f"the file is {shown}, over the {limit:g} MB limit" in msg, msg
    _short(msg, p)


def test_cli_shows_the_short_message(tmp_path, capsys):
    from extractor.cli import main

    p = tmp_path / "plan.docx"
    p.write_text("Lead: Jo Smith\n", encoding="utf-8")
    assert main(["actions", str(p), "--json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "plain text" in err
