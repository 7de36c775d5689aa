"""Errors the core raises. The CLI turns each into one line and exit code 1; pages call st.error.

    ProtestmapError                 anything this package raises on purpose
     ├── IngestError (ValueError)   a file or record that cannot be read as an article
     ├── GeocodeError               an online geocoder that failed (timeout, 429, 500, garbage)
     ├── StoreError                 a database that is not ours, is too new, or cannot be written
     ├── DataFileError (ValueError) a knowledge file (language pack, country profile, gazetteer
     │                              source) with a missing or malformed key
     ├── GoldFileError (ValueError) a gold file for `protestmap eval` that cannot be read
     ├── CorrectionError (ValueError) review corrections that cannot be read or applied
     └── BrowserUnavailable         no chromium to drive for snapshots and browser tests

Every message names the thing at fault (file, line, value) so that a user who reads only
that one line knows what to fix.
"""

from __future__ import annotations


class ProtestmapError(Exception):
    """Base of every error protestmap raises on purpose."""


class IngestError(ProtestmapError, ValueError):
    """A file, or one record of a file, that cannot become an article.

    `path` and `line` locate it; the message already includes them.
    """

    def __init__(self, path: str, problem: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class GeocodeError(ProtestmapError):
    """An online geocoder did not give a usable answer."""


class StoreError(ProtestmapError):
    """The database cannot be used: not SQLite, a newer schema, or a failed write."""


class DataFileError(ProtestmapError, ValueError):
    """A shipped knowledge file is wrong; the message names the file and the key.

    Raised at load, so that a renamed key stops the program instead of making every article
    return nothing.
    """


class GoldFileError(ProtestmapError, ValueError):
    """A gold file (or a document text beside it) that cannot be read, or an unknown doc id."""


class CorrectionError(ProtestmapError, ValueError):
    """A corrections file (or one correction) that cannot be imported.

    `problems` holds one line per bad input line, each already naming the file and line; the
    message is all of them, so that a user fixes the whole file in one pass.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class BrowserUnavailable(ProtestmapError):
    """Chromium (Debian's package) is needed and missing."""
