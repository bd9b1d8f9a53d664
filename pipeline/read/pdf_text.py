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
    """Lines from the page's characters; a space marks a visible gap between characters.

    Characters that belong to a seal (red or blue, set around a ring, and the words in its
    middle) are kept out of the lines: read into them they garble the line they cover
    (天津市珀棠电津气设备有限公公司). Their text is kept apart, as evidence of who sealed."""
    width, height = float(page.width), float(page.height)
    seal_ids = seal_characters(page.chars)
    seal_texts: list[str] = []
    if seal_ids:
        seal_texts = ["".join(c.get("text", "") for c in group) for group in _seal_groups(page.chars, seal_ids)]
        page = page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in seal_ids)
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
        seal_texts=seal_texts,
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


# ---- seals drawn as characters --------------------------------------------------------------

def _ink(ch: dict) -> str:
    """"seal" for a seal's red or blue, "" otherwise (black, greys, a faint blue header)."""
    colour = ch.get("non_stroking_color")
    if not isinstance(colour, (list, tuple)) or len(colour) != 3:
        return ""
    r, g, b = (float(v) for v in colour)
    if r >= 0.55 and r - max(g, b) >= 0.3:
        return "seal"
    if b >= 0.55 and b - max(r, g) >= 0.3 and r <= 0.3:
        return "seal"
    return ""


def _rotated(ch: dict) -> bool:
    matrix = ch.get("matrix")
    if not ch.get("upright", True):
        return True
    return bool(matrix) and (abs(float(matrix[1])) > 0.02 or abs(float(matrix[2])) > 0.02)


def seal_characters(chars: list[dict]) -> set[int]:
    """ids of the characters that make up seals: coloured characters set around a ring
    (rotated), and coloured characters inside the box of such a ring (centre words, code)."""
    ring = [c for c in chars if _ink(c) and _rotated(c)]
    if len(ring) < 4:        # a ring has many characters; one rotated red letter is not a seal
        return set()
    out = {id(c) for c in ring}
    for x0, top, x1, bottom in _ring_boxes(ring):
        for c in chars:
            if _ink(c) and x0 <= float(c["x0"]) and float(c["x1"]) <= x1 and top <= float(c["top"]) \
                    and float(c["bottom"]) <= bottom:
                out.add(id(c))
    return out


def _ring_boxes(ring: list[dict]) -> list[tuple[float, float, float, float]]:
    """One box per seal: ring characters closer than a few character sizes belong together."""
    boxes: list[list[float]] = []
    for c in sorted(ring, key=lambda c: (float(c["top"]), float(c["x0"]))):
        size = max(float(c.get("size", 10.0)), 1.0)
        box = [float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"])]
        for known in boxes:
            if box[0] <= known[2] + 3 * size and box[2] >= known[0] - 3 * size and \
                    box[1] <= known[3] + 3 * size and box[3] >= known[1] - 3 * size:
                known[:] = [min(known[0], box[0]), min(known[1], box[1]), max(known[2], box[2]), max(known[3], box[3])]
                break
        else:
            boxes.append(box)
    return [tuple(b) for b in boxes]


def _seal_groups(chars: list[dict], seal_ids: set[int]) -> list[list[dict]]:
    seal = [c for c in chars if id(c) in seal_ids]
    groups: list[list[dict]] = []
    for box in _ring_boxes([c for c in seal if _rotated(c)]):
        groups.append([c for c in seal if box[0] - 1 <= float(c["x0"]) <= box[2] + 1
                       and box[1] - 1 <= float(c["top"]) <= box[3] + 1])
    return [g for g in groups if g]
