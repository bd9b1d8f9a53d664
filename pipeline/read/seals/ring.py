"""Reading a seal: its ring unwrapped into a straight strip (OpenCV's polar warp), the centre
words, the code digits along the bottom arc.

Only the seal's own ink is read (black text under it is turned white first). An oval is mapped
onto a circle before the warp. The outer part of the ring's band (where the name and the code
run, and the centre words do not reach) is cut into arcs at the gaps in its ink. The name is
read clockwise, by every engine, over a few candidate spans (all the ink but the widest gap;
the longest run between the two widest gaps, for a ring with a code; the usual 250 degrees
opposite the widest gap, for a faint side), and once the other way round; the reading that
best names a known party is chosen later, in reconciliation, where the parties are known. The
other arcs, read the other way up, are the code digits. The centre words are read below the
star once the seal is turned upright by where its name's middle is (a seal is stamped at any
angle).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Callable

import cv2
import numpy as np
from rapidfuzz import fuzz

from pipeline.models import SealReading
from pipeline.read.seals.find import SealMark, seal_ink

# radii as fractions of the seal's outer radius
RING_BAND = (0.50, 0.97)     # the ring text (and the code digits) lie in this band
PROFILE_FROM = 0.74          # where the ring's ink is looked for (outer part of the band)
STRIP_HEIGHT = 48            # px: the recogniser's own input height
ARC_JOIN_DEG = 18.0          # gaps narrower than this are between characters of one arc
MIN_ARC_DEG = 10.0
CENTRE_WORDS = ("电子回单专用章", "业务专用章", "回单专用章", "财务专用章", "合同专用章", "发票专用章",
                "结算专用章", "检验专用章", "专用章", "公章")
CENTRE_SAME = 60.0          # similarity (0..100) from which a reading is taken for known centre words
_CODE = re.compile(r"\d{6,}")
_CJK = re.compile(r"[\u4e00-\u9fff]")

LineReader = Callable[[np.ndarray], tuple[str, float]]


@dataclass
class SealText:
    readings: list[SealReading] = field(default_factory=list)
    centre: str = ""
    code: str = ""


def read_seal(rgb: np.ndarray, mark: SealMark, readers: dict[str, LineReader]) -> SealText:
    """The ring readings (best engine confidence first), centre words and code digits of one
    seal, with every engine in `readers` (name -> line reader)."""
    ink, radius, centre = _circular_ink(rgb, mark)
    polar = _polar(ink, centre, radius)
    profile = _angular_profile(polar)
    arcs = _arcs(profile)
    out = SealText()
    if not arcs:
        return out
    spans = _name_spans(arcs)
    seen: set[tuple[str, str]] = set()

    def read(strip: np.ndarray, how: str) -> None:
        for engine, reader in readers.items():
            text, conf = reader(strip)
            text = _clean(text)
            if _CJK.search(text) and (engine, text) not in seen:
                seen.add((engine, text))
                out.readings.append(SealReading(text, round(conf, 3), f"seal:{engine}{how}"))

    for start, end in spans:
        read(_strip(polar, start, end), "")
    # the other way round (a ring set counter-clockwise, or a mirrored scan)
    read(cv2.rotate(_strip(polar, *spans[0]), cv2.ROTATE_180), ":reversed")
    out.readings.sort(key=lambda r: -r.confidence)
    name = spans[0]
    # code digits: the arcs outside the name, read the other way up (their tops point inwards)
    for start, end in arcs:
        inside_name = name[0] - 1 <= start and end <= name[1] + 1 or start + 360.0 <= name[1]
        if inside_name:
            continue
        # the code's small digits sit in the outer part of the band: cut it narrower, so the
        # strip's height is theirs
        outer = polar[:, int(polar.shape[1] * (PROFILE_FROM - RING_BAND[0]) / (RING_BAND[1] - RING_BAND[0])):]
        strip = cv2.rotate(_strip(outer, start - 2, end + 2), cv2.ROTATE_180)
        for reader in readers.values():
            found = _CODE.search(re.sub(r"\s", "", reader(strip)[0]))
            if found and len(found.group()) > len(out.code):
                out.code = found.group()
    out.centre = _centre_words(ink, centre, radius, (name[0] + name[1]) / 2, readers)
    return out


def _name_spans(arcs: list[tuple[float, float]], most: int = 2) -> list[tuple[float, float]]:
    """Where the name may run, most likely first: all the ink but the widest gap (a ring with
    no code), then the longest run between the two widest gaps (a code along the bottom)."""
    ordered = sorted(arcs)
    gaps = []
    for i, (start, end) in enumerate(ordered):
        nxt = ordered[(i + 1) % len(ordered)][0] + (360.0 if i + 1 == len(ordered) else 0.0)
        gaps.append((nxt - end, i))
    gaps.sort(reverse=True)
    spans: list[tuple[float, float]] = []
    n = len(ordered)
    widest = gaps[0][1]
    start = ordered[(widest + 1) % n][0]   # the ink after the widest gap, round to the ink before it
    end = ordered[widest][1]
    while end <= start:
        end += 360.0
    spans.append((start, end))
    if len(gaps) > 1:
        second = gaps[1][1]
        for a, b in ((widest, second), (second, widest)):
            s0 = ordered[(a + 1) % n][0]
            e0 = ordered[b][1]
            while e0 <= s0:
                e0 += 360.0
            if (s0, e0) not in spans and e0 - s0 >= MIN_ARC_DEG * 2:
                spans.append((s0, e0))
        spans = spans[:1] + sorted(spans[1:], key=lambda sp: -(sp[1] - sp[0]))[:most - 1]
    # faint characters fall below the ink threshold and shorten the arcs: also the usual
    # name span, 250 degrees centred opposite the widest gap
    gap_mid = ordered[widest][1] + gaps[0][0] / 2
    usual = (gap_mid + 55.0, gap_mid + 305.0)
    if all(abs(usual[0] - a) + abs(usual[1] - b) > 20 for a, b in spans):
        spans.append(usual)
    return spans


def _circular_ink(rgb: np.ndarray, mark: SealMark) -> tuple[np.ndarray, float, tuple[float, float]]:
    """The seal's ink (dark on white) cut out with a margin; an oval stretched to a circle."""
    h, w = rgb.shape[:2]
    cx, cy = mark.centre
    r = max(mark.axes) / 2 * 1.08
    size = int(2 * r) + 1
    left, top = int(math.floor(cx - r)), int(math.floor(cy - r))
    x0, y0 = max(left, 0), max(top, 0)
    x1, y1 = min(left + size, w), min(top + size, h)
    ink = seal_ink(rgb[y0:y1, x0:x1], mark.colour)
    # the crop as a square around the centre, paper where it was off the page
    square = np.full((size, size), 255, np.uint8)
    square[y0 - top:y1 - top, x0 - left:x1 - left] = ink
    major, minor = mark.axes
    centre = (r, r)
    if minor / major < 0.9:
        # turn the major axis onto x, stretch y until the oval is a circle
        rot = cv2.getRotationMatrix2D(centre, mark.angle, 1.0)
        square = cv2.warpAffine(square, rot, (size, size), borderValue=255)
        stretched = cv2.resize(square, (size, int(size * major / minor)), interpolation=cv2.INTER_LINEAR)
        side = stretched.shape[0]
        canvas = np.full((side, side), 255, np.uint8)
        left = (side - size) // 2
        canvas[:, left:left + size] = stretched
        square, centre = canvas, (side / 2, side / 2)
    return square, major / 2, centre


def _polar(ink: np.ndarray, centre: tuple[float, float], radius: float) -> np.ndarray:
    """Rows = angle (one row per degree x resolution, clockwise from +x), columns = radius."""
    circumference = int(2 * math.pi * radius * 0.8)
    rows = max(circumference, 360)
    polar = cv2.warpPolar(ink, (int(radius * 1.02), rows), centre, radius * 1.02,
                          cv2.WARP_POLAR_LINEAR | cv2.INTER_LINEAR | cv2.WARP_FILL_OUTLIERS)
    cols = polar.shape[1]
    return polar[:, int(cols * RING_BAND[0] / 1.02):int(cols * RING_BAND[1] / 1.02)]


def _angular_profile(polar: np.ndarray) -> np.ndarray:
    """Ink per degree (360 values) in the text band, the outer border ring left out."""
    # dark by the band's own contrast (Otsu), or by the neighbourhood's where the seal was
    # pressed unevenly (a faint side is light gray next to paper, not next to the strong side)
    otsu, _ = cv2.threshold(polar, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    local = cv2.adaptiveThreshold(polar, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 20)
    dark = ((polar < min(max(otsu, 100), 215)) | (local > 0) & (polar < 235)).astype(np.float32)
    width = dark.shape[1]
    # the border line: columns dark at almost every angle (and the one beside each, its blur)
    col_share = dark.mean(axis=0)
    border = col_share > 0.6
    keep = ~(border | np.roll(border, 1) | np.roll(border, -1))
    # the outer part of the band only: the corners of long centre words reach ~0.75 R
    outer = np.zeros(width, bool)
    outer[int(width * (PROFILE_FROM - RING_BAND[0]) / (RING_BAND[1] - RING_BAND[0])):] = True
    keep &= outer
    text = dark[:, keep] if keep.any() else dark
    per_row = text.mean(axis=1)
    rows = per_row.shape[0]
    degrees = np.array([per_row[int(d * rows / 360):max(int((d + 1) * rows / 360), int(d * rows / 360) + 1)].mean()
                        for d in range(360)])
    return degrees


def _arcs(profile: np.ndarray) -> list[tuple[float, float]]:
    """(start, end) degrees of the runs of ink around the ring, small gaps joined; ends may
    exceed 360 (an arc across 0)."""
    on = profile > max(0.02, float(profile.max()) * 0.08)
    if on.all():
        return [(0.0, 360.0)]
    if not on.any():
        return []
    # start at a gap so no arc is cut at 0
    first_gap = int(np.argmin(on))
    order = [(first_gap + k) % 360 for k in range(360)]
    runs: list[list[int]] = []
    for k, d in enumerate(order):
        if on[d]:
            if runs and k - runs[-1][1] <= ARC_JOIN_DEG:
                runs[-1][1] = k
            else:
                runs.append([k, k])
    arcs = [(float(first_gap + a), float(first_gap + b + 1)) for a, b in runs if b + 1 - a >= MIN_ARC_DEG]
    return arcs


def _strip(polar: np.ndarray, start_deg: float, end_deg: float) -> np.ndarray:
    """The band between two angles as an upright text line (outer edge up), height-normalised."""
    rows = polar.shape[0]
    twice = np.vstack([polar, polar])
    a = int(((start_deg - 3) % 360) * rows / 360)
    b = a + int((end_deg - start_deg + 6) * rows / 360)
    part = twice[a:min(b, 2 * rows)]
    strip = cv2.rotate(part, cv2.ROTATE_90_COUNTERCLOCKWISE)
    scale = STRIP_HEIGHT / max(strip.shape[0], 1)
    strip = cv2.resize(strip, (max(int(strip.shape[1] * scale), 8), STRIP_HEIGHT), interpolation=cv2.INTER_AREA)
    return cv2.copyMakeBorder(strip, 6, 6, 12, 12, cv2.BORDER_CONSTANT, value=255)


def _centre_words(ink: np.ndarray, centre: tuple[float, float], radius: float, name_mid_deg: float,
                  readers: dict[str, LineReader]) -> str:
    """The words below the star, the seal turned upright by where its name's middle is (top =
    270 degrees in the polar warp's clockwise-from-+x angles)."""
    turn = name_mid_deg - 270.0
    rot = cv2.getRotationMatrix2D(centre, turn, 1.0)
    upright = cv2.warpAffine(ink, rot, (ink.shape[1], ink.shape[0]), borderValue=255)
    cx, cy = centre
    x0, x1 = int(max(cx - radius * 0.62, 0)), int(cx + radius * 0.62)
    y0, y1 = int(cy + radius * 0.12), int(cy + radius * 0.55)
    region = upright[y0:y1, x0:x1]
    if region.size == 0 or (region < 150).mean() < 0.02:
        return ""
    scale = STRIP_HEIGHT / max(region.shape[0], 1)
    region = cv2.resize(region, (max(int(region.shape[1] * scale), 8), STRIP_HEIGHT), interpolation=cv2.INTER_AREA)
    region = cv2.copyMakeBorder(region, 6, 6, 12, 12, cv2.BORDER_CONSTANT, value=255)
    best, best_score = "", 0.0
    for reader in readers.values():
        text = _clean(reader(region)[0])
        for word in CENTRE_WORDS:
            score = 100.0 if word in text else fuzz.ratio(text, word)
            if score > best_score:
                best, best_score = word, score
    # a garbled reading stands for the known words it is close to; nothing else is claimed
    return best if best_score >= CENTRE_SAME else ""


def _clean(text: str) -> str:
    return re.sub(r"[\s·.,，。:：'\"`~_|\-]", "", text)
