"""Errors that stop work, each tied to an exit code and an actionable message.

Missing or contradicting evidence is never an exception: it is a gap (data).
"""

from __future__ import annotations

import re

EXIT_CLEAN = 0          # verified, no gaps
EXIT_GAPS = 1           # verified, gaps (or items needing review) found
EXIT_CANNOT_RUN = 2     # could not run at all: bad arguments, environment, catalog


class JinzhengError(Exception):
    """Base class; `exit_code` says how the CLI ends when this escapes."""

    exit_code = EXIT_CANNOT_RUN


# for a DocumentError raised without advice: the applicant is always told what to do
DEFAULT_DOCUMENT_ADVICE = "请重新导出或重新扫描该文件，以 PDF、JPG 或 PNG 格式上传清晰完整的版本"


class DocumentError(JinzhengError):
    """One document cannot be read; recorded on that document, the batch goes on.

    `reason` is Chinese for the applicant; `detail` a library's own words for the maintainer
    (kept in report.json, never shown as the reason)."""

    def __init__(self, reason: str, *, code: str = "unreadable", advice: str = "", detail: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.code = code
        self.advice = advice or DEFAULT_DOCUMENT_ADVICE
        self.detail = detail


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


# ---- library text out of Chinese messages -------------------------------------------------
# A message such as 「PDF 无法打开（PdfiumError: Failed to load document (PDFium: Data format
# error)）」 tells an applicant nothing: the library's words go to `detail` (report.json keeps
# them) and the message keeps its Chinese, with a Chinese explanation of what the library said.

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_WORD = re.compile(r"[A-Za-z]*[a-z]{3,}[A-Za-z]*")
_EXCEPTION_NAME = re.compile(r"\b[A-Za-z_]*(Error|Exception|Warning)\b|\[Errno\s*-?\d+\]")
_OPEN, _CLOSE = "（(", "）)"

# (lower-case words in the library text, Chinese explanation, words that show the message
# already says it)
_EXPLANATIONS: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = (
    (("password", "encrypt", "security scheme"), "文件已加密", ("加密", "密码")),
    (("data format error", "not a pdf", "no /root", "startxref", "xref", "trailer", "eof"),
     "文件格式错误，可能已损坏或并非真正的 PDF", ("损坏", "不完整", "格式")),
    (("truncated",), "文件不完整，可能在下载或复制时被截断", ("损坏", "不完整", "截断")),
    (("page not found", "content error"), "页面缺失或页面内容有误", ("损坏", "页面")),
    (("cannot identify image", "unidentified image"), "无法识别的图片格式", ("图片格式", "损坏")),
    (("not a zip file", "bad magic number", "bad zip"), "不是有效的 zip 压缩包", ("zip", "压缩包")),
    (("crc",), "校验失败，文件已损坏", ("损坏",)),
    (("compression type", "compression method", "compression"), "使用了不支持的压缩方式", ("压缩方式",)),
    (("no such file", "file access error", "not found"), "文件无法访问", ("不存在", "无法访问")),
    (("permission denied",), "没有读取权限", ("权限",)),
    (("timed out", "timeout"), "处理超时", ("超时",)),
    (("memory",), "内存不足", ("内存",)),
)


def is_technical(text: str) -> bool:
    """Text in a library's words: no Chinese at all, and either an exception's name or at
    least two English words (「A4」「300 dpi」「JPG、PNG」 are not)."""
    text = text.strip()
    if not text or _CJK.search(text):
        return False
    return bool(_EXCEPTION_NAME.search(text)) or len(_WORD.findall(text)) >= 2


def _technical_groups(message: str) -> list[tuple[int, int, int]]:
    """(start, content end, end) of each outermost bracketed group whose content is technical;
    a group cut short (message[:200]) runs to the end."""
    groups, depth, start = [], 0, 0
    for i, ch in enumerate(message):
        if ch in _OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0 and is_technical(message[start + 1:i]):
                groups.append((start, i, i + 1))
    if depth and is_technical(message[start + 1:]):
        groups.append((start, len(message), len(message)))
    return groups


def plain_message(message: str, fallback: str | None = "文件无法读取") -> tuple[str, str]:
    """(the message in Chinese only, the technical text taken out of it; "" when none).

    Bracketed library text is taken out, so is an exception after a colon (「出错：KeyError: 'x'」);
    a message with no Chinese at all becomes `fallback` (None: left as it is). What the
    library said is explained in Chinese when the message does not say it already."""
    details: list[str] = []
    text = message
    for start, content_end, end in reversed(_technical_groups(text)):
        details.insert(0, text[start + 1:content_end].strip())
        text = text[:start] + text[end:]
    head, sep, tail = _split_last_colon(text)
    if sep and _CJK.search(head) and is_technical(tail) and _EXCEPTION_NAME.search(tail):
        details.append(tail.strip())
        text = head
    if not _CJK.search(text):
        if fallback is None or (not is_technical(text) and not details):
            return message, ""
        details.insert(0, text.strip())
        text = fallback
    if not details:
        return message, ""
    text = re.sub(r"[ \t]+", " ", text).strip().rstrip("，,；;：: ")
    detail = "; ".join(d for d in details if d)
    lowered = detail.lower()
    for words, explanation, said in _EXPLANATIONS:
        if any(w in lowered for w in words):
            if not any(s in text for s in said):
                text = f"{text}：{explanation}"
            break
    return text, detail


def _split_last_colon(text: str) -> list[str]:
    """[head, colon, tail] at the first colon after the last Chinese character's run ends."""
    for match in re.finditer(r"[：:]", text):
        if not _CJK.search(text[match.end():]):
            return [text[:match.start()], match.group(), text[match.end():]]
    return [text, "", ""]
