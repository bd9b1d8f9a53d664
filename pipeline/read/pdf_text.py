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
    # a heading set in bold by printing it twice, a hair apart, reads every character twice
    # (三三、、实实施施方方案案): the second print is the same character, not more text
    page = page.dedupe_chars(tolerance=1)
    seal_ids = seal_characters(page.chars)
    seal_texts: list[str] = []
    if seal_ids:
        seal_texts = ["".join(c.get("text", "") for c in group) for group in _seal_groups(page.chars, seal_ids)]
        page = page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in seal_ids)
    lines = page.extract_text_lines(layout=False, strip=True, return_chars=True)
    _place_drawn_boxes(lines, drawn_checkboxes(page))
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


# ---- checkboxes drawn as vector graphics ---------------------------------------------------
# A form drawn by a program prints its options' boxes as small squares of lines and the tick as
# strokes over one of them (a hand-drawn √ or ×, a filled square); the text layer holds only the
# option words. Each drawn box is read into its line as the character a typed form would carry:
# ☑ when a mark covers it, □ when it is empty, so the options read as ☑合格 □不合格.

BOX_MIN_SIDE = 4.0      # points; smaller squares are dots or bullets
BOX_MAX_SIDE = 24.0     # larger squares are table cells or frames
_SQUARE_TOLERANCE = 0.25   # width and height may differ by this share of the side
_EDGE_SLACK = 1.2          # points an edge may miss a corner by


def _coords(obj: dict) -> tuple[float, float, float, float]:
    return float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"])


def _square(x0: float, top: float, x1: float, bottom: float) -> bool:
    w, h = x1 - x0, bottom - top
    side = max(w, h)
    return BOX_MIN_SIDE <= min(w, h) and side <= BOX_MAX_SIDE and abs(w - h) <= _SQUARE_TOLERANCE * side


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= _EDGE_SLACK


def _boxes_of_lines(segments: list[dict]) -> list[tuple[tuple[float, float, float, float], list[int]]]:
    """Squares drawn as four separate strokes: two level edges of one width, as far apart as
    they are long, joined by two upright edges at their ends."""
    level = [s for s in segments if _near(float(s["top"]), float(s["bottom"]))]
    upright = [s for s in segments if _near(float(s["x0"]), float(s["x1"]))]
    found = []
    for upper in level:
        ux0, utop, ux1, _ = _coords(upper)
        for lower in level:
            lx0, ltop, lx1, _ = _coords(lower)
            if lower is upper or ltop <= utop or not (_near(ux0, lx0) and _near(ux1, lx1)):
                continue
            if not _square(ux0, utop, ux1, ltop):
                continue
            sides = [v for v in upright if (_near(float(v["x0"]), ux0) or _near(float(v["x0"]), ux1))
                     and _near(float(v["top"]), utop) and _near(float(v["bottom"]), ltop)]
            if {_near(float(v["x0"]), ux0) for v in sides} == {True, False}:
                found.append(((ux0, utop, ux1, ltop), [id(upper), id(lower)] + [id(v) for v in sides]))
    return found


def drawn_checkboxes(page: Any) -> list[tuple[tuple[float, float, float, float], bool]]:
    """The small squares a page draws (a rectangle, or four strokes), each with whether a mark
    covers it: a stroke or filled shape of about its size reaching into its inside, or the
    square itself filled. A square with a character inside is no checkbox of its own (the
    character is what it says)."""
    rects = list(getattr(page, "rects", []) or [])
    segments = list(getattr(page, "lines", []) or [])
    curves = list(getattr(page, "curves", []) or [])
    boxes: list[tuple[tuple[float, float, float, float], set[int], bool]] = []
    for r in rects:
        x0, top, x1, bottom = _coords(r)
        if _square(x0, top, x1, bottom):
            boxes.append(((x0, top, x1, bottom), {id(r)}, bool(r.get("fill")) and not _white(r)))
    for box, ids in _boxes_of_lines(segments):
        boxes.append((box, set(ids), False))
    edges = set().union(*(ids for _, ids, _ in boxes)) if boxes else set()
    chars = [c for c in page.chars if c.get("text", "").strip()]
    out = []
    for (x0, top, x1, bottom), _ids, filled in boxes:
        if any(x0 <= (float(c["x0"]) + float(c["x1"])) / 2 <= x1 and top <= (float(c["top"]) + float(c["bottom"])) / 2 <= bottom
               for c in chars):
            continue
        side = max(x1 - x0, bottom - top)
        inset = 0.15 * side
        ix0, itop, ix1, ibottom = x0 + inset, top + inset, x1 - inset, bottom - inset
        marked = filled
        for m in segments + curves + rects:
            if id(m) in edges or marked:
                continue
            mx0, mtop, mx1, mbottom = _coords(m)
            if mx1 - mx0 > 3 * side or mbottom - mtop > 3 * side:
                continue   # a rule or a frame passing by, not a mark
            if m.get("object_type") == "rect" and not m.get("fill"):
                continue   # another outline
            if mx0 < ix1 and mx1 > ix0 and mtop < ibottom and mbottom > itop:
                marked = True
        out.append(((x0, top, x1, bottom), marked))
    # a box found both as a rectangle and as strokes is one box
    unique: list[tuple[tuple[float, float, float, float], bool]] = []
    for box, marked in out:
        if not any(all(_near(a, b) for a, b in zip(box, known)) for known, _ in unique):
            unique.append((box, marked))
    return unique


def _white(obj: dict) -> bool:
    colour = obj.get("non_stroking_color")
    if isinstance(colour, (int, float)):
        return float(colour) >= 0.95
    if isinstance(colour, (list, tuple)) and colour and all(isinstance(v, (int, float)) for v in colour):
        if len(colour) == 4:   # CMYK
            return all(float(v) <= 0.05 for v in colour)
        return all(float(v) >= 0.95 for v in colour)
    return False


TICKED_BOX, EMPTY_BOX = "☑", "□"


def _place_drawn_boxes(lines: list[dict], boxes: list[tuple[tuple[float, float, float, float], bool]]) -> None:
    """Each drawn box into the text line it stands in (its middle within the line's height),
    as a character at its place among the line's characters."""
    for (x0, top, x1, bottom), marked in boxes:
        middle = (top + bottom) / 2
        for line in lines:
            chars = line.get("chars") or []
            if not chars or not (float(line["top"]) <= middle <= float(line["bottom"])):
                continue
            size = max(float(c.get("size", 10.0)) for c in chars)
            glyph = {"text": TICKED_BOX if marked else EMPTY_BOX, "x0": x0, "x1": x1, "top": top,
                     "bottom": bottom, "size": size}
            at = next((i for i, c in enumerate(chars) if float(c["x0"]) >= x0), len(chars))
            chars.insert(at, glyph)
            break


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
