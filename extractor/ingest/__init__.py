"""Turn a file into a :class:`~extractor.document.Document`, whatever its format.

The format is detected from the file's content (magic bytes, zip members, markup), never
from its name: a ``.pdf`` that is really a saved HTML error page is reported as such.
"""
from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import Iterable, Iterator

from ..document import Document
from ..errors import (
    CorruptInput,
    EmptyInput,
    EncryptedInput,
    InputError,
    TooLarge,
    UnsupportedFormat,
)
from ..settings import DEFAULT, Settings

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".xlsx", ".xlsm", ".html", ".htm", ".txt", ".md", ".markdown", ".tsv", ".csv"}


def sniff(path: str | os.PathLike) -> str:
    """Return 'pdf', 'docx', 'xlsx', 'html' or 'text' from the first bytes of the file.

    Raises an :class:`InputError` subclass for empty, encrypted or unrecognised files.
    """
    p = Path(path)
    with p.open("rb") as fh:
        head = fh.read(8192)
    if not head.strip():
        raise EmptyInput("the file is empty", "Check that it was saved or downloaded completely.", str(path))
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(p)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise EncryptedInput(
            "this is a password-protected Office file or an old binary .doc/.xls",
            "Remove the password, or open it in Word/Excel and save it as .docx/.xlsx, then try again.",
            str(path),
        )
    sample = head.lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if sample.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in sample[:512] or b"<body" in sample[:2048]:
        return "html"
    if b"\x00" in head:
        raise UnsupportedFormat(
            "this is a binary file recmap cannot read",
            "Supported: PDF, DOCX, XLSX, HTML and text/markdown. Convert it to one of those.",
            str(path),
        )
    return "text"


def _sniff_zip(p: Path) -> str:
    try:
        with zipfile.ZipFile(p) as z:
            names = set(z.namelist())
    except zipfile.BadZipFile:
        raise CorruptInput(
            "the file looks like a Word/Excel document but is damaged (truncated zip)",
            "Download or save it again.",
            str(p),
        ) from None
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    raise UnsupportedFormat(
        "this is a zip archive but not a Word (.docx) or Excel (.xlsx) document",
        "Unzip it and pass the documents inside.",
        str(p),
    )


# A Word/Excel file's XML parts unzip to this many times the --max-file-mb limit at most: real
# plans' text is a few MB; a "zip bomb" expands a small file to gigabytes and would exhaust memory.
UNZIPPED_XML_FACTOR = 2


def _check_unzipped_size(p: Path, settings: Settings, name: str) -> None:
    with zipfile.ZipFile(p) as z:
        xml = sum(i.file_size for i in z.infolist() if i.filename.endswith((".xml", ".rels")))
    limit = settings.max_file_mb * UNZIPPED_XML_FACTOR * 1024 * 1024
    if xml > limit:
        raise TooLarge(
            f"the document's text parts expand to {xml / 1048576:.0f} MB when unzipped, over the "
            f"{limit / 1048576:.0f} MB this run allows (twice --max-file-mb); it may be a damaged or hostile file",
            "If it is a genuine document, raise the limit with --max-file-mb; otherwise do not open it.",
            name,
        )


def load_document(path: str | os.PathLike, settings: Settings = DEFAULT) -> Document:
    """Read any supported file into a Document; raise :class:`InputError` with a fix if it cannot."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError("no such file", "Check the path and spelling.", name)
    if p.is_dir():
        raise InputError("this is a folder, not a file", "Pass the files inside it, or use a command that takes folders.", name)
    size = p.stat().st_size
    if size == 0:
        raise EmptyInput("the file is empty (0 bytes)", "Check that it was saved or downloaded completely.", name)
    if size > settings.max_file_mb * 1024 * 1024:
        raise TooLarge(
            f"the file is {size / 1048576:.0f} MB, over the {settings.max_file_mb:g} MB limit",
            "Split it, or raise the limit with --max-file-mb.",
            name,
        )
    fmt = sniff(p)
    if fmt in ("docx", "xlsx"):
        _check_unzipped_size(p, settings, name)
    try:
        if fmt == "pdf":
            from .pdf import read_pdf

            return read_pdf(p, settings, source=name)
        if fmt == "docx":
            from .docx import read_docx

            return read_docx(p, settings, source=name)
        if fmt == "xlsx":
            from .xlsx import read_xlsx

            return read_xlsx(p, settings, source=name)
        if fmt == "html":
            from .html import read_html

            return read_html(p, settings, source=name)
        from .text import read_text

        return read_text(p, settings, source=name)
    except (InputError, ImportError, MemoryError):
        raise
    except Exception as exc:  # a parser library failed on malformed input
        raise CorruptInput(
            f"could not read this {fmt.upper()} file ({type(exc).__name__}: {exc})",
            "The file may be damaged; open and re-save it, or export it again.",
            name,
        ) from exc


_FOLDER_NOTES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG"})


def iter_input_files(paths: Iterable[str | os.PathLike]) -> Iterator[str]:
    """Yield the given files, and supported files found recursively in given folders (sorted).

    A folder's hidden files and its README/LICENSE/CHANGELOG notes are not documents to read;
    named on the command line, any file is read."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if (child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES
                        and not child.name.startswith(".") and child.stem.upper() not in _FOLDER_NOTES):
                    yield str(child)
        else:
            yield str(raw)
