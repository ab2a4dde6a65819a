"""One exception family for everything a user can cause.

Each error names the file and says what to do about it. The CLI turns these into a
one-line message (and an ``"error"`` field in JSON); no traceback reaches a user.
"""
from __future__ import annotations


class RecmapError(Exception):
    """Base class: ``problem`` says what went wrong, ``fix`` what the user can do."""

    code = "E000"

    def __init__(self, problem: str, fix: str = "", file: str | None = None):
        self.problem = problem
        self.fix = fix
        self.file = file
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = f"{self.file}: " if self.file else ""
        fix = f" {self.fix}" if self.fix else ""
        return f"{where}{self.problem}.{fix}"


class InputError(RecmapError):
    """A file that cannot be read as a document."""

    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class UnsupportedFormat(InputError):
    code = "E102"


class EncryptedInput(InputError):
    code = "E103"


class CorruptInput(InputError):
    code = "E104"


class NoTextLayer(InputError):
    code = "E105"


class TooLarge(InputError):
    code = "E106"


class NotAPlan(RecmapError):
    """The document was read but holds no recognisable action table."""

    code = "E200"


class UsageError(RecmapError):
    """Bad options or arguments on the command line."""

    code = "E900"


class StoreError(RecmapError):
    """The review database is missing, locked or from an unknown schema version."""

    code = "E300"
