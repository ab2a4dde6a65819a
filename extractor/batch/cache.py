"""Content-addressed results cache in ``OUTDIR/.cache``: a finished file is never read twice.

The key is the sha256 of the file's bytes plus a *version* string covering everything else
that decides the result: the recmap version, a hash of the extraction code and packaged data
(so editing an extractor invalidates old entries), the settings, the case and the matching
options. Each entry is one JSON file written atomically, so a run killed at any moment leaves
either a whole entry or none, and a re-run resumes from exactly the files that finished.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from ..files import write_atomic
from .model import Case, LetterResult, letter_from_json, letter_json_text

CACHE_DIR = ".cache"


def file_sha256(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    """sha256 of the file's bytes, read in chunks (constant memory for large files)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


# The parts of the package that decide a letter's result (codec.py: how a cache entry reads
# back). Renderers, the CLI, the review store and the web app do not, so editing them keeps the cache.
RESULT_CODE = ("ingest", "extract", "link", "batch", "data", "document.py", "items.py", "codec.py", "settings.py",
               "errors.py")


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of recmap's version and every source and data file that decides a result.

    Cheap (a few hundred KB) and exact: any change to a reader, an extractor, the lexicons
    or this stage gives new cache keys, so stale results are never served.
    """
    from .. import __version__

    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(__version__.encode())
    for part in RESULT_CODE:
        base = root / part
        files = [base] if base.is_file() else sorted(base.rglob("*")) if base.is_dir() else []
        for p in files:
            if p.suffix in {".py", ".json", ".txt"} and p.is_file() and "__pycache__" not in p.parts:
                h.update(str(p.relative_to(root)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]


class ResultCache:
    """One directory of ``<key>.json`` entries; keys combine content hash and version."""

    def __init__(self, outdir: str | os.PathLike, version: str):
        self.dir = Path(outdir) / CACHE_DIR
        self.version_hash = hashlib.sha256(f"{code_version()}|{version}".encode()).hexdigest()[:16]

    def key(self, sha256: str) -> str:
        return f"{sha256}-{self.version_hash}"

    def path(self, sha256: str) -> Path:
        return self.dir / f"{self.key(sha256)}.json"

    def get(self, sha256: str, source: str, relpath: str) -> LetterResult | None:
        """The cached result for this content, re-labelled with the file's current path; None if absent.

        A damaged entry (which atomic writes should make impossible) counts as absent.
        """
        p = self.path(sha256)
        try:
            data = json.loads(p.read_text("utf-8"))
            res = letter_from_json(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return _relabel(res, source, relpath)

    def put(self, res: LetterResult, case: Case | None = None, text: str | None = None) -> None:
        """Store a finished result (``text``: its :func:`letter_json_text`, if already made).
        Failed files are cached too: a corrupt file stays corrupt."""
        write_atomic(self.path(res.sha256), text if text is not None else letter_json_text(res, case))


def _relabel(res: LetterResult, source: str, relpath: str) -> LetterResult:
    """The cached result under the path the file has now (same bytes, maybe renamed or moved),
    provenance included, so every page reference names the file as it is."""
    from dataclasses import replace

    old = res.source

    def move(item):
        return replace(item, prov=replace(item.prov, file=source)) if item.prov.file == old else item

    return replace(res, source=source, relpath=relpath, cached=True,
                   findings=tuple(move(f) for f in res.findings),
                   recommendations=tuple(move(r) for r in res.recommendations))
