"""Text layers of PDF pages through pdfplumber, with a box for every character."""

from __future__ import annotations

import re
from typing import Any

from pipeline.models import METHOD_TEXT_LAYER, PageText, TextSpan

# A page whose text layer has fewer meaningful characters than this is treated as a scan:
# scanners often add a few stray glyphs (page numbers, a producer stamp) to image pages.
MIN_USABLE_CHARS = 20
_CID_GARBAGE = re.compile(r"\(cid:\d+\)")
_MEANINGFUL = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def usable_text(text: str) -> bool:
    """True when a text layer carries real text rather than a stamp or unmapped glyphs."""
    if len(_CID_GARBAGE.findall(text)) * 3 > max(len(text) // 8, 1):
        return False
    return len(_MEANINGFUL.findall(text)) >= MIN_USABLE_CHARS


def page_text_from_plumber(page: Any, number: int) -> PageText:
    """Lines from the page's characters; a space marks a visible gap between characters."""
    width, height = float(page.width), float(page.height)
    lines = page.extract_text_lines(layout=False, strip=True, return_chars=True)
    parts: list[str] = []
    spans: list[TextSpan] = []
    offset = 0
    for line in lines:
        chars = [c for c in line.get("chars", []) if c.get("text", "").strip()]
        if not chars:
            continue
        if parts:
            parts.append("\n")
            offset += 1
        prev = None
        for ch in chars:
            if prev is not None:
                gap = float(ch["x0"]) - float(prev["x1"])
                size = max(float(prev.get("size", 10.0)), 1.0)
                if gap > _space_gap(prev["text"], text_of(ch)) * size:
                    parts.append(" ")
                    offset += 1
            text = ch["text"]
            box = (
                _clip(float(ch["x0"]) / width),
                _clip(float(ch["top"]) / height),
                _clip(float(ch["x1"]) / width),
                _clip(float(ch["bottom"]) / height),
            )
            parts.append(text)
            spans.append(TextSpan(offset, offset + len(text), box, 1.0))
            offset += len(text)
            prev = ch
    return PageText(
        number=number,
        text="".join(parts),
        method=METHOD_TEXT_LAYER,
        spans=spans,
        width=width,
        height=height,
        mean_confidence=1.0,
    )


def text_of(ch: dict) -> str:
    return ch.get("text", "")


# Between Latin letters and digits a word space is ~0.25 em ("2023-03-23 14:00" must not
# fuse into one number); between CJK characters only a wide gap separates cells.
_ASCII_WORD = re.compile(r"[A-Za-z0-9.,:;/¥￥$%()\-]")
ASCII_SPACE_EM = 0.18
CJK_SPACE_EM = 0.6


def _space_gap(before: str, after: str) -> float:
    if _ASCII_WORD.fullmatch(before[-1:] or " ") and _ASCII_WORD.fullmatch(after[:1] or " "):
        return ASCII_SPACE_EM
    return CJK_SPACE_EM


def _clip(v: float) -> float:
    return min(max(v, 0.0), 1.0)
