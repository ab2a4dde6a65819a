"""An e-mail saved as a file (``.eml``: an RFC 822 message with MIME parts, as Outlook's or
Thunderbird's "Save as" writes it). Plans travel by e-mail; the message's body is read - its HTML
part when it has one, else its plain text - as a web page or a text file would be, with its
transfer encoding (quoted-printable, base64) and character set undone by the standard library's
``email`` package. Attachments are not opened: each is named in a warning, so that the user can
save it and give it to recmap on its own.
"""
from __future__ import annotations

from dataclasses import replace
from email import policy
from email.parser import BytesParser
from pathlib import Path

from ..document import Document
from ..errors import UnsupportedFormat
from .html import html_to_blocks
from .text import text_document

# Header names that open a saved message (the first line of an .eml is one of them).
MESSAGE_HEADERS = ("from:", "to:", "date:", "subject:", "received:", "return-path:", "mime-version:",
                   "message-id:", "delivered-to:", "x-")


def looks_like_message(sample: bytes) -> bool:
    """Whether ``sample`` (the file's first bytes, lower case) starts as a saved e-mail does: a
    header line first, and a MIME or sender header in the header block."""
    head = sample.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    first = head.split(b"\n", 1)[0].decode("latin-1").strip()
    return (first.startswith(MESSAGE_HEADERS) and b"\ncontent-type:" in head
            and (b"\nmime-version:" in head or head.startswith(b"mime-version:")))


def read_eml(path: Path, settings, source: str) -> Document:
    """Read the body of a saved e-mail (see the module docstring)."""
    msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    body = msg.get_body(preferencelist=("html", "plain"))
    if body is None:
        raise UnsupportedFormat(
            "an e-mail with no text or HTML body (only attachments)",
            "Save the attachment that holds the plan and give recmap that file.",
            source,
        )
    names = [part.get_filename() or part.get_content_type() for part in msg.iter_attachments()] \
        if msg.is_multipart() else []
    warnings = [f"e-mail attachment(s) not read: {', '.join(names)}; save each and give it to recmap on its own"] \
        if names else []
    content = body.get_content()
    if body.get_content_type() == "text/html":
        return Document(source, "html", tuple(html_to_blocks(content, source)), None, tuple(warnings))
    doc = text_document(content, source, None)
    return replace(doc, warnings=doc.warnings + tuple(warnings))
