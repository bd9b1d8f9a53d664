"""Errors that stop work, each tied to an exit code and an actionable message.

Missing or contradicting evidence is never an exception: it is a gap (data).
"""

from __future__ import annotations

EXIT_CLEAN = 0          # verified, no gaps
EXIT_GAPS = 1           # verified, gaps (or items needing review) found
EXIT_CANNOT_RUN = 2     # could not run at all: bad arguments, environment, catalog


class JinzhengError(Exception):
    """Base class; `exit_code` says how the CLI ends when this escapes."""

    exit_code = EXIT_CANNOT_RUN


# for a DocumentError raised without advice: the applicant is always told what to do
DEFAULT_DOCUMENT_ADVICE = "请重新导出或重新扫描该文件，以 PDF、JPG 或 PNG 格式上传清晰完整的版本"


class DocumentError(JinzhengError):
    """One document cannot be read; recorded on that document, the batch goes on."""

    def __init__(self, reason: str, *, code: str = "unreadable", advice: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.code = code
        self.advice = advice or DEFAULT_DOCUMENT_ADVICE


class SubmissionError(JinzhengError):
    """The submission as a whole cannot be opened (missing folder, broken zip)."""


class DeclarationError(JinzhengError):
    """The declaration workbook/json is missing or malformed; names sheet, row and column."""

    def __init__(self, message: str, *, sheet: str | None = None, row: int | None = None,
                 column: str | None = None):
        where = ", ".join(
            part for part in (
                f"工作表「{sheet}」" if sheet else "",
                f"第{row}行" if row else "",
                f"列「{column}」" if column else "",
            ) if part
        )
        super().__init__(f"{where}: {message}" if where else message)
        self.sheet, self.row, self.column = sheet, row, column


class CatalogError(JinzhengError):
    """The requirement catalog fails its schema: `file: json-path: message`."""


class EnvironmentProblem(JinzhengError):
    """A required external program or language pack is missing."""
