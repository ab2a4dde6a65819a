"""Format detection reads content, not file names; bad files get errors that say what to do."""
from __future__ import annotations

import io
import zipfile

import pytest

from extractor.errors import CorruptInput, EmptyInput, EncryptedInput, InputError, TooLarge, UnsupportedFormat
from extractor.ingest import iter_input_files, load_document, sniff
from extractor.settings import Settings


def _write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_pdf_named_docx_is_still_pdf(tmp_path):
    assert sniff(_write(tmp_path, "x.docx", b"%PDF-1.7\n...")) == "pdf"


def test_html_named_pdf_is_html(tmp_path):
    assert sniff(_write(tmp_path, "x.pdf", b"\n<!DOCTYPE html><html><body>Not found</body></html>")) == "html"


def test_docx_and_xlsx_by_zip_members(tmp_path):
    for member, fmt in (("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx")):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr(member, "<x/>")
        assert sniff(_write(tmp_path, "noext", buf.getvalue())) == fmt


def test_other_zip_is_unsupported(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hi")
    with pytest.raises(UnsupportedFormat, match="not a Word"):
        sniff(_write(tmp_path, "a.docx", buf.getvalue()))


def test_truncated_zip_is_corrupt(tmp_path):
    with pytest.raises(CorruptInput, match="damaged"):
        sniff(_write(tmp_path, "a.docx", b"PK\x03\x04" + b"\x00" * 40))


def test_ole_container_is_reported_as_protected_or_old_office(tmp_path):
    with pytest.raises(EncryptedInput, match="password"):
        sniff(_write(tmp_path, "a.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100))


def test_binary_junk_is_unsupported(tmp_path):
    with pytest.raises(UnsupportedFormat, match="Supported"):
        sniff(_write(tmp_path, "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR"))


def test_empty_and_whitespace_files(tmp_path):
    with pytest.raises(EmptyInput):
        load_document(_write(tmp_path, "a.pdf", b""))
    with pytest.raises(EmptyInput):
        load_document(_write(tmp_path, "b.txt", b"   \n\n "))


def test_size_limit_names_the_option(tmp_path):
    p = _write(tmp_path, "big.txt", b"x" * 3000)
    with pytest.raises(TooLarge, match="--max-file-mb"):
        load_document(p, Settings(max_file_mb=0.001))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "missing.pdf")
    with pytest.raises(InputError, match="folder"):
        load_document(tmp_path)


def test_error_message_names_file_and_fix(tmp_path):
    p = _write(tmp_path, "a.pdf", b"")
    with pytest.raises(EmptyInput) as e:
        load_document(p)
    assert e.value.message.startswith(str(p)) and "Check" in e.value.message


def test_iter_input_files_recurses_and_filters(tmp_path):
    (tmp_path / "sub").mkdir()
    _write(tmp_path, "sub/r.pdf", b"%PDF")
    _write(tmp_path, "notes.xyz", b"x")
    _write(tmp_path, ".hidden.pdf", b"%PDF")
    _write(tmp_path, "README.md", b"# About these files")
    _write(tmp_path, "sub/letter.md", b"# A letter")
    assert list(iter_input_files([tmp_path])) == [str(tmp_path / "sub" / "letter.md"), str(tmp_path / "sub" / "r.pdf")]
    # named explicitly, a README is read like any file
    assert list(iter_input_files([tmp_path / "README.md"])) == [str(tmp_path / "README.md")]
