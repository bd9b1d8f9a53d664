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


def _pdf(path: Path, objects: list[bytes], root: int = 1) -> Path:
    """A PDF with a correct xref from numbered object bodies (object i+1 is objects[i])."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_pos = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer<</Size %d/Root %d 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref_pos)
    path.write_bytes(bytes(out))
    return path


def circular_pages_pdf(path: Path) -> Path:
    """A page tree whose /Kids refers back to itself and to its parent (a loop)."""
    return _pdf(path, [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R 2 0 R]/Count 2>>",
        b"<</Type/Pages/Parent 2 0 R/Kids[2 0 R 3 0 R]/Count 1>>",
    ])


def deep_pages_pdf(path: Path, depth: int = 5000) -> Path:
    """A /Pages chain nested `depth` levels deep above a single page (recursion bomb)."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>"]
    for level in range(depth):
        number = level + 2
        parent = b"/Parent %d 0 R" % (number - 1) if level else b""
        objects.append(b"<</Type/Pages%s/Kids[%d 0 R]/Count 1>>" % (parent, number + 1))
    objects.append(b"<</Type/Page/Parent %d 0 R/MediaBox[0 0 595 842]>>" % (depth + 1))
    return _pdf(path, objects)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    import struct
    import zlib

    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def claimed_size_png(path: Path, width: int = 30_000, height: int = 30_000) -> Path:
    """A 1-bit PNG whose header claims width×height; the pixel data is a few zero rows.
    Costs bytes to write, and would cost GBs to decode (a decompression bomb)."""
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * (1 + (width + 7) // 8) * 16, 9)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat)
                     + _png_chunk(b"IEND", b""))
    return path


def frame_bomb_tiff(path: Path, frames: int = 20, size: tuple[int, int] = (8000, 1000)) -> Path:
    """A multi-frame TIFF within the frame count and each frame within the pixel limit, but
    with 160 M pixels in all: bilevel, group 4 compressed, a few KB on disk."""
    from PIL import Image

    blank = Image.new("1", size, 1)
    blank.save(path, save_all=True, append_images=[blank] * (frames - 1), compression="group4")
    return path


def scanned_pdf(path: Path, pages: int, image) -> Path:
    """A PDF of `pages` pages, each the same scanned image (stored once): small on disk,
    `pages` full OCR runs to read."""
    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(str(path), pagesize=A4)
    reader = ImageReader(image)
    for _ in range(pages):
        c.drawImage(reader, 0, 0, *A4)
        c.showPage()
    c.save()
    return path


def really_jpeg(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (800, 600), "white").save(path, format="JPEG")
    return path


# ---- zips --------------------------------------------------------------------------------


def patch_zip_member(path: Path, name: str, *, flag_bits: int | None = None,
                     method: int | None = None) -> Path:
    """Rewrite one member's general-purpose flags or compression method in both headers,
    as an encrypting or Deflate64 archiver would have written them (zipfile cannot)."""
    import struct
    import zipfile

    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    local = info.header_offset
    central = -1
    # the central record of this member, found by its local header offset
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        if struct.unpack_from("<I", data, pos + 42)[0] == local:
            central = pos
            break
        pos = data.find(b"PK\x01\x02", pos + 4)
    assert central != -1, name
    if flag_bits is not None:
        struct.pack_into("<H", data, local + 6, flag_bits)
        struct.pack_into("<H", data, central + 8, flag_bits)
    if method is not None:
        struct.pack_into("<H", data, local + 8, method)
        struct.pack_into("<H", data, central + 10, method)
    path.write_bytes(bytes(data))
    return path
