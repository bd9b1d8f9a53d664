"""Generators for broken and hostile files (made on the fly; nothing binary is committed)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def text_pdf(path: Path, lines: list[str], encrypt: StandardEncryption | None = None) -> Path:
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    c.setFont("WQY", 12)
    for i, line in enumerate(lines):
        c.drawString(72, 780 - 20 * i, line)
    c.save()
    return path


def encrypted_pdf(path: Path, user_password: str = "secret") -> Path:
    return text_pdf(path, ["加密文件 合同编号：HT-2023-001"] * 3,
                    StandardEncryption(user_password, ownerPassword="owner", canPrint=1))


def owner_only_encrypted_pdf(path: Path) -> Path:
    """Encrypted with an empty user password: opens without one, like most 'protected' PDFs."""
    return text_pdf(path, ["项目验收报告", "合同编号：HT-2023-001", "验收结论：合格", "验收日期：2023年10月12日",
                           "验收单位：天津市某某科技有限公司"],
                    StandardEncryption("", ownerPassword="owner", canPrint=1, canCopy=0))


def truncated_pdf(path: Path, source: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def many_pages_claim_pdf(path: Path, claimed: int = 100_000) -> Path:
    """A tiny PDF whose page tree claims an absurd page count."""
    body = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count " + str(claimed).encode() + b">>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n")
    xref_pos = len(body)
    offsets = [body.find(b"1 0 obj"), body.find(b"2 0 obj"), body.find(b"3 0 obj")]
    xref = b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n" + str(xref_pos).encode() + b"\n%%EOF\n"
    path.write_bytes(body + xref + trailer)
    return path
