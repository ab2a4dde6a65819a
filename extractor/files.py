"""Writing output files safely: what the reports, the batch outputs and cache, and the review
store's exports have in common."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable


def write_atomic(path: str | os.PathLike, data: "str | bytes | Iterable[str]") -> None:
    """Write to a temporary file beside ``path`` then rename, so readers never see half a file.

    ``data`` may be an iterable of text chunks (a streamed HTML page). The file gets the
    permissions an ordinary new file would (the umask's), not the temporary file's owner-only
    ones: a report saved to a shared folder must be readable by colleagues."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    binary = isinstance(data, bytes)
    chunks = [data] if isinstance(data, (str, bytes)) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as fh:
            for chunk in chunks:
                fh.write(chunk)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
