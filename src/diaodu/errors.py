"""Every exception diaodu raises on purpose.

    DiaoduError                 anything diaodu refuses, with a message a person can act on
    ├── InputError              bad input: names the file, and the line, row or field where it can
    │   ├── DocumentError       a report that cannot be read (missing, binary, undecodable)
    │   ├── MentionsFileError   a malformed figure-mentions JSONL line
    │   └── SheetError          an Excel sheet with bad rows (carries every row error)
    ├── ReadingError            the reader itself
    │   └── LexiconError        a lexicon data file that breaks its schema
    ├── LedgerError             the system of record
    │   ├── MigrationNeeded     the database schema is behind the code
    │   ├── NotFound            no such record
    │   └── ConflictError       a write that would contradict what is stored
    ├── DispatchError           the work on the ledger
    │   └── TransitionError     a workflow step that is not allowed from the current state
    └── AccessDenied            the user's role or scope does not allow the action

The CLI turns any ``InputError`` into exit status 2 and any other ``DiaoduError`` into exit status 1,
printing the message and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass


class DiaoduError(Exception):
    """Base of every error diaodu raises on purpose."""


class InputError(DiaoduError):
    """Bad input. The message says what is wrong and where (file, line or row, field)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}"
            if line is not None:
                where += f":{line}"
            where += ": "
        super().__init__(where + message)


class DocumentError(InputError):
    """A report document that cannot be read."""


class MentionsFileError(InputError):
    """A figure-mentions JSONL file with a malformed line."""


@dataclass(frozen=True)
class RowError:
    """One problem in one cell of a sheet."""

    sheet: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"工作表「{self.sheet}」第{self.row}行「{self.column}」：{self.reason}"


class SheetError(InputError):
    """An Excel file refused whole because some rows are bad. ``errors`` lists every one."""

    def __init__(self, path: str, errors: list[RowError]) -> None:
        self.errors = errors
        shown = "\n".join(f"  {e}" for e in errors[:200])
        more = f"\n  …另有{len(errors) - 200}处错误" if len(errors) > 200 else ""
        super().__init__(f"共{len(errors)}处错误，整个文件未导入：\n{shown}{more}", path=path)


class ReadingError(DiaoduError):
    """The reader failed."""


class LexiconError(ReadingError):
    """A lexicon data file breaks its schema. The message names the file and the entry."""


class LedgerError(DiaoduError):
    """The system of record refused or failed."""


class MigrationNeeded(LedgerError):
    """The database schema is behind the code: run ``diaodu db upgrade``."""


class NotFound(LedgerError):
    """No such record."""


class ConflictError(LedgerError):
    """A write that would contradict what is stored."""


class DispatchError(DiaoduError):
    """The work on the ledger refused or failed."""


class TransitionError(DispatchError):
    """A workflow step not allowed from the current state."""


class AccessDenied(DiaoduError):
    """The user's role or scope does not allow the action."""
