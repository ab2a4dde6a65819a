"""Bad PDFs: each gets one clear message naming the file and the fix; no traceback reaches a user.

The bad files are generated here (reportlab for encrypted and image-only PDFs, byte surgery
on a generated or real PDF for truncated and damaged ones), so nothing binary is committed.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.errors import CorruptInput, EmptyInput, EncryptedInput, InputError, NoTextLayer, TooLarge
from extractor.ingest import load_document, sniff
from extractor.settings import Settings
from tests.conftest import shared_path

canvas = pytest.importorskip("reportlab.pdfgen.canvas")


def _text_pdf(path: Path, pages: int = 1, encrypt=None) -> Path:
    c = canvas.Canvas(str(path), encrypt=encrypt)
    for n in range(pages):
        c.drawString(72, 720, f"Page {n + 1}: the local authority should improve its plans for children.")
        c.drawString(72, 700, "Leaders know their services well and act on what they find.")
        c.showPage()
    c.save()
    return path


def _image_pdf(path: Path, pages: int = 2) -> Path:
    """A 'scanned' PDF: each page is one picture of text, with no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    img = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(img).text((20, 80), "Recommendations: 1. Improve the quality of plans.", fill="black")
    c = canvas.Canvas(str(path))
    for _ in range(pages):
        c.drawImage(ImageReader(img), 50, 500, width=500, height=170)
        c.showPage()
    c.save()
    return path


def test_password_protected_pdf(tmp_path):
    from reportlab.lib import pdfencrypt

    p = _text_pdf(tmp_path / "locked.pdf", encrypt=pdfencrypt.StandardEncryption("secret"))
    with pytest.raises(EncryptedInput) as exc:
        load_document(p)
    msg = exc.value.message
    assert msg.startswith(f"{p}: ") and "password" in msg and "unprotected copy" in msg


def test_owner_password_only_pdf_still_reads(tmp_path):
    # Permissions-only encryption (no open password) is common on published reports.
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("", ownerPassword="owner", canPrint=0)
    doc = load_document(_text_pdf(tmp_path / "perm.pdf", encrypt=enc))
    assert "improve its plans" in doc.text()


def test_truncated_pdf(tmp_path):
    good = _text_pdf(tmp_path / "good.pdf", pages=3).read_bytes()
    p = tmp_path / "half.pdf"
    p.write_bytes(good[: len(good) // 2])
    with pytest.raises(CorruptInput) as exc:
        load_document(p)
    assert str(p) in exc.value.message and "truncated" in exc.value.message
    assert "Download or export it again" in exc.value.message


def test_truncated_real_report(tmp_path):
    real = shared_path("corpus", "ofsted-reports", "buckinghamshire-80442", "2018-01-29.pdf").read_bytes()
    p = tmp_path / "report.pdf"
    p.write_bytes(real[: int(len(real) * 0.9)])
    with pytest.raises(CorruptInput):
        load_document(p)


def test_damaged_pdf_with_a_pdf_header(tmp_path):
    p = tmp_path / "junk.pdf"
    p.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert sniff(p) == "pdf"
    with pytest.raises(CorruptInput) as exc:
        load_document(p)
    assert exc.value.message.startswith(f"{p}: this PDF is damaged")


def test_image_only_pdf_suggests_ocr(tmp_path):
    p = _image_pdf(tmp_path / "scan.pdf")
    with pytest.raises(NoTextLayer) as exc:
        load_document(p)
    assert "no text layer" in exc.value.message and "ocrmypdf" in exc.value.message


def test_some_pages_without_text_give_a_warning(tmp_path):
    from reportlab.lib.utils import ImageReader
    from PIL import Image

    p = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(p))
    c.drawString(72, 720, "A page with a real text layer that says something useful about plans.")
    c.showPage()
    c.drawImage(ImageReader(Image.new("RGB", (100, 100), "grey")), 50, 500, width=300, height=300)
    c.showPage()
    c.save()
    doc = load_document(p)
    assert "useful about plans" in doc.text()
    assert any("no text layer" in w and "pages 2" in w for w in doc.warnings)


def test_too_many_pages(tmp_path):
    p = _text_pdf(tmp_path / "long.pdf", pages=4)
    with pytest.raises(TooLarge) as exc:
        load_document(p, Settings(max_pages=3))
    assert "4 pages" in exc.value.message and "--max-pages" in exc.value.message
    assert load_document(p, Settings(max_pages=4)).n_pages == 4


def test_zero_byte_pdf(tmp_path):
    p = tmp_path / "empty.pdf"
    p.write_bytes(b"")
    with pytest.raises(EmptyInput):
        load_document(p)


def test_web_page_saved_as_pdf_is_not_read_as_pdf():
    # A real download that is an HTML error page with a .pdf name.
    p = shared_path("corpus", "ofsted-reports", "bromley-80490", "2012-08-17.pdf")
    assert sniff(p) == "html"
    with pytest.raises(InputError) as exc:
        load_document(p)
    assert exc.value.message.startswith(f"{p}: ") and "PDF" in exc.value.message


@pytest.mark.parametrize("kind", ["encrypted", "truncated", "image"])
def test_cli_blocks_reports_bad_pdfs_without_traceback(tmp_path, capsys, kind):
    from reportlab.lib import pdfencrypt

    if kind == "encrypted":
        p = _text_pdf(tmp_path / "x.pdf", encrypt=pdfencrypt.StandardEncryption("pw"))
    elif kind == "truncated":
        good = _text_pdf(tmp_path / "g.pdf", pages=2).read_bytes()
        p = tmp_path / "x.pdf"
        p.write_bytes(good[: len(good) // 3])
    else:
        p = _image_pdf(tmp_path / "x.pdf")
    code = main(["blocks", str(p), "--json"])
    captured = capsys.readouterr()
    assert code == 2
    out = json.loads(captured.out)
    assert out["blocks"] == [] and out["error"].startswith(f"{p}: ")
    assert "Traceback" not in captured.err and captured.err.count("\n") == 1


def test_docx_that_unzips_to_gigabytes_is_refused_before_parsing(tmp_path):
    """A 'zip bomb': a small file whose XML expands far beyond any real plan."""
    import zipfile

    from extractor.errors import TooLarge
    from extractor.ingest import load_document
    from extractor.settings import Settings

    bomb = tmp_path / "plan.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        body = "<w:p>" + "a" * (3 * 1024 * 1024) + "</w:p>"  # 3 MB of XML, compresses to a few KB
        z.writestr("word/document.xml", body)
    assert bomb.stat().st_size < 100_000
    with pytest.raises(TooLarge) as e:
        load_document(bomb, Settings(max_file_mb=1))
    msg = e.value.message
    assert "plan.docx" in msg and "expand to 3 MB" in msg and "--max-file-mb" in msg
