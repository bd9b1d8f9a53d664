"""Text layers of PDF pages through pdfplumber, with a box for every character."""

from __future__ import annotations

import math

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
    """"red" or "blue" for a seal's ink, "" otherwise (black, greys, a faint blue header)."""
    colour = ch.get("non_stroking_color")
    if not isinstance(colour, (list, tuple)) or len(colour) != 3:
        return ""
    r, g, b = (float(v) for v in colour)
    if r >= 0.55 and r - max(g, b) >= 0.3:
        return "red"
    if b >= 0.55 and b - max(r, g) >= 0.3 and r <= 0.3:
        return "blue"
    return ""


def _angle(ch: dict) -> float:
    matrix = ch.get("matrix")
    if not matrix:
        return 0.0 if ch.get("upright", True) else 90.0
    return math.degrees(math.atan2(float(matrix[1]), float(matrix[0])))


def _rotated(ch: dict) -> bool:
    matrix = ch.get("matrix")
    if not ch.get("upright", True):
        return True
    return bool(matrix) and (abs(float(matrix[1])) > 0.02 or abs(float(matrix[2])) > 0.02)


# a seal's ring turns its characters through a wide arc; handwriting in coloured ink only leans
RING_MIN_CHARS = 4
RING_MIN_TURN = 40.0    # degrees between the most turned characters of one ring


def seal_characters(chars: list[dict]) -> set[int]:
    """ids of the characters that make up seals: coloured characters set around a ring (turned
    through a wide arc, one ink), and characters of that ink inside the ring's box (centre
    words, code). Blue handwriting that merely leans (a date written over a seal) is no ring."""
    out: set[int] = set()
    for ink, (x0, top, x1, bottom), members in _rings(chars):
        out.update(id(c) for c in members)
        for c in chars:
            if _ink(c) == ink and x0 <= float(c["x0"]) and float(c["x1"]) <= x1 and top <= float(c["top"]) \
                    and float(c["bottom"]) <= bottom:
                out.add(id(c))
    return out


def _rings(chars: list[dict]) -> list[tuple[str, tuple[float, float, float, float], list[dict]]]:
    """Per seal: its ink, its box and its ring characters. Turned characters of one ink closer
    than a few character sizes belong together; a group is a ring when it has several
    characters turned through a wide arc."""
    groups: list[tuple[str, list[float], list[dict]]] = []
    for c in sorted((c for c in chars if _ink(c) and _rotated(c)), key=lambda c: (float(c["top"]), float(c["x0"]))):
        ink, size = _ink(c), max(float(c.get("size", 10.0)), 1.0)
        box = [float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"])]
        for known_ink, known, members in groups:
            if known_ink == ink and box[0] <= known[2] + 3 * size and box[2] >= known[0] - 3 * size and \
                    box[1] <= known[3] + 3 * size and box[3] >= known[1] - 3 * size:
                known[:] = [min(known[0], box[0]), min(known[1], box[1]), max(known[2], box[2]), max(known[3], box[3])]
                members.append(c)
                break
        else:
            groups.append((ink, box, [c]))
    rings = []
    for ink, box, members in groups:
        angles = [_angle(c) for c in members]
        if len(members) >= RING_MIN_CHARS and max(angles) - min(angles) >= RING_MIN_TURN:
            rings.append((ink, _circle(box, angles), members))
    return rings


def _circle(box: list[float], angles: list[float]) -> tuple[float, float, float, float]:
    """The seal's whole circle from the box of its ring's characters: a name set along the upper
    arc (characters turned little on average) spans the circle's width but only its top, so the
    circle reaches a width below the arc's top (the centre words 合同专用章 lie there); a name
    along the lower arc reaches as far above its bottom."""
    x0, top, x1, bottom = box
    width = x1 - x0
    if bottom - top < width:
        if sum(abs(a) for a in angles) / len(angles) <= 90:
            bottom = top + width
        else:
            top = bottom - width
    return x0, top, x1, bottom


def _seal_groups(chars: list[dict], seal_ids: set[int]) -> list[list[dict]]:
    seal = [c for c in chars if id(c) in seal_ids]
    groups: list[list[dict]] = []
    for _ink_name, box, _members in _rings(chars):
        groups.append([c for c in seal if box[0] - 1 <= float(c["x0"]) <= box[2] + 1
                       and box[1] - 1 <= float(c["top"]) <= box[3] + 1])
    return [g for g in groups if g]
