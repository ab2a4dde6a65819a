"""Turn a file into a :class:`~extractor.document.Document`, whatever its format.

The format is detected from the file's content (magic bytes, zip members, markup), never
from its name: a ``.pdf`` that is really a saved HTML error page is reported as such.
"""
from __future__ import annotations

import os
import re
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

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".xlsx", ".xlsm", ".html", ".htm", ".txt", ".md", ".markdown", ".tsv", ".csv", ".eml"}


def sniff(path: str | os.PathLike) -> str:
    """Return 'pdf', 'docx', 'xlsx', 'html', 'eml' or 'text' from the first bytes of the file.

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
    from .eml import looks_like_message

    if p.suffix.lower() == ".eml" or looks_like_message(sample):
        return "eml"  # an e-mail saved with its headers and MIME parts (its HTML body may open early)
    if sample.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in sample[:512] or b"<body" in sample[:2048]:
        return "html"
    if p.suffix.lower() in (".html", ".htm") and re.match(rb"<(?:meta|head|style|link|table|div|title)\b", sample):
        return "html"  # a fragment with no <html> or <body>: Google Sheets' "Web page" download starts "<meta ...><table"
    if b"\x00" in head:
        raise UnsupportedFormat(
            "this is a binary file recmap cannot read",
            "Supported: PDF, DOCX, XLSX, HTML, saved e-mails (.eml) and text/markdown. Convert it to one of those.",
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
# ... and hold at most this many XML elements and attributes per MB of --max-file-mb (1 M at the
# default 100 MB). The parsers build a tree or objects of ~200 bytes per element or attribute
# whatever its size in the file, so 190 MB of tiny paragraphs (a 615 KB file) took 4.2 GB; this
# bounds that memory to ~250 MB (a 34 MB document.xml of 2 M items peaked at 444 MB). The
# generated sample plans have ~48,000 (mostly Word's own style definitions), hence the floor.
MARKUP_PER_MB = 10_000
MIN_MARKUP = 500_000
# ... and no XML part over a tenth of --max-file-mb may expand more than this many times: a text-
# heavy bomb has few elements but costs ~3x its size (a 1.2 MB file of 190 MB text peaked at 575
# MB). Word's own style parts compress 32:1 and a repetitive 34 MB table 58:1; the probe's 615 KB
# bomb of 190 MB is 309:1.
MAX_RATIO = 100
_MB = 1024 * 1024
# Suffixes of formats that are never plain text or a web page: such a file read as text or
# HTML was saved or renamed wrongly (one mechanism for both; see read_html).
NAMED_FORMATS = {".pdf": "PDF", ".docx": "Word document", ".doc": "Word document",
                 ".xlsx": "Excel workbook", ".xls": "Excel workbook", ".xlsm": "Excel workbook"}


def size_mb(size: int, limit: float | None = None) -> str:
    """``size`` bytes in MB with two significant figures (0.62, 1.5, 250), and with more when
    needed to differ from ``limit`` (a file just over 3 MB is not "3 MB, over the 3 MB limit")."""
    import math

    mb = size / _MB
    digits = max(0, 1 - math.floor(math.log10(mb))) if mb > 0 else 0
    while limit is not None and digits < 9 and round(mb, digits) <= limit < mb:
        digits += 1
    text = f"{mb:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _xml_members(z: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Members that hold XML, known by their content, not their name: Word and Excel find
    parts through [Content_Types].xml, so XML may hide in a part named .bin."""
    out = []
    for info in z.infolist():
        if info.is_dir():
            continue
        if info.filename.endswith((".xml", ".rels")):
            out.append(info)
            continue
        with z.open(info) as fh:
            head = fh.read(256).lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith(b"<"):
            out.append(info)
    return out


def _check_office_xml(p: Path, settings: Settings, name: str) -> None:
    """Refuse a Word/Excel file whose XML would take unbounded memory to parse, before any
    parser sees it: its unzipped size (from the zip directory, which zipfile enforces while
    reading) and how many times each large part expands, then its elements and attributes,
    counted while unpacking 1 MB at a time and stopping as soon as the limit is passed (memory
    stays at one chunk)."""
    limit = settings.max_file_mb * UNZIPPED_XML_FACTOR * _MB
    max_items = max(MIN_MARKUP, int(settings.max_file_mb * MARKUP_PER_MB))
    with zipfile.ZipFile(p) as z:
        members = _xml_members(z)
        xml = sum(i.file_size for i in members)
        if xml > limit:
            raise TooLarge(
                f"its text parts expand to {size_mb(xml)} MB when unzipped, over the {size_mb(int(limit))} MB "
                "allowed (twice --max-file-mb); it may be a zip bomb",
                "Raise --max-file-mb if it is genuine.", name)
        floor = settings.max_file_mb / 10 * _MB
        for info in members:
            ratio = info.file_size / max(1, info.compress_size)
            if info.file_size > floor and ratio > MAX_RATIO:
                raise TooLarge(
                    f"its part {info.filename} expands {ratio:.0f} times when unzipped, to {size_mb(info.file_size)} "
                    "MB; it may be a zip bomb", "Raise --max-file-mb if it is genuine.", name)
        items = 0
        for info in members:
            with z.open(info) as fh:
                while chunk := fh.read(_MB):
                    # start tags (and <?, <!) and attributes; a split "</" or '="' at a chunk
                    # edge is off by one per MB, which does not matter for a limit
                    items += chunk.count(b"<") - chunk.count(b"</") + chunk.count(b'="') + chunk.count(b"='")
                    if items > max_items:
                        raise TooLarge(
                            f"its XML unzips to over {max_items:,} elements, more than --max-file-mb "
                            f"{settings.max_file_mb:g} allows; it may be a zip bomb",
                            "Raise --max-file-mb if it is genuine.", name)


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
    if size > settings.max_file_mb * _MB:
        raise TooLarge(
            f"the file is {size_mb(size, settings.max_file_mb)} MB, over the {settings.max_file_mb:g} MB limit",
            "Split it, or raise the limit with --max-file-mb.",
            name,
        )
    fmt = sniff(p)
    if fmt in ("docx", "xlsx"):
        _check_office_xml(p, settings, name)
    named = NAMED_FORMATS.get(p.suffix.lower())
    if fmt == "text" and named:
        raise UnsupportedFormat(
            f"named {p.suffix.lower()} but it is plain text, not a {named}",
            f"Rename it to .txt to read it as text, or save the {named} again.",
            name,
        )
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
        if fmt == "eml":
            from .eml import read_eml

            return read_eml(p, settings, source=name)
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
