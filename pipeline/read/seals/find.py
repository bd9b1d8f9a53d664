"""Finding seal marks on a page image: red (or blue) round and oval rings.

Colour first (HSV masks: a seal's ink is saturated red or blue, text is black or grey), then
shape: the mask's blobs, joined across the gaps between ring characters, each fitted with an
ellipse; a blob is a seal when ink lies along most of its outline (a ring), whatever covers its
inside (black text under a seal stays out of the mask). A ring cut by the page edge is judged on
the part inside the page. The search runs on a thumbnail (~1000 px), so a page costs ~20 ms.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from pipeline.models import Box

WORK_SIDE = 1000             # the thumbnail's longer side
MIN_DIAMETER = 0.06          # of the image's shorter side: smaller red marks are characters, ticks, signatures
MAX_DIAMETER = 0.6
MIN_OVAL_MAJOR = 0.12        # an oval seal (发票专用章 40 x 30 mm) is large; small ovals are not seals
ROUND_AXIS_RATIO = 0.88      # minor/major from which a mark is round
MIN_AXIS_RATIO = 0.45        # minor/major: flatter than this is a red line or a banner, not an oval
MIN_RING_COVER = 0.55        # share of the outline (inside the page) with ink near it
MIN_INK_PIXELS = 60          # in the thumbnail
# HSV (OpenCV: H 0..180). Faint seals (an old pad, a light press) are pale: low saturation
# still counts when the hue is clearly red or blue.
MIN_SATURATION = 45
MIN_VALUE = 70
STRAY_MIN_SATURATION = 30   # pale ink: a faint seal's (second pass), and stray ink


@dataclass(frozen=True)
class SealMark:
    """A seal found on a page, in the page's pixels."""

    centre: tuple[float, float]
    axes: tuple[float, float]     # full major, minor axis lengths
    angle: float                  # degrees, the major axis's direction (cv2.fitEllipse's sense)
    colour: str                   # red | blue
    cover: float                  # share of the ring's outline with ink: how sure
    partial: bool                 # part of the ring is off the page
    width: int
    height: int

    @property
    def box(self) -> Box:
        """Page fractions of the mark's bounding box (clipped to the page)."""
        cx, cy = self.centre
        r = max(self.axes) / 2
        return (max((cx - r) / self.width, 0.0), max((cy - r) / self.height, 0.0),
                min((cx + r) / self.width, 1.0), min((cy + r) / self.height, 1.0))

    @property
    def shape(self) -> str:
        return "round" if min(self.axes) / max(self.axes) >= ROUND_AXIS_RATIO else "oval"


def ink_mask(rgb: np.ndarray, colour: str, saturation: int = MIN_SATURATION) -> np.ndarray:
    """255 where the pixel is seal ink of `colour` (red | blue)."""
    hsv = cv2.cvtColor(np.ascontiguousarray(rgb[..., :3]), cv2.COLOR_RGB2HSV)
    if colour == "red":
        low = cv2.inRange(hsv, (0, saturation, MIN_VALUE), (10, 255, 255))
        high = cv2.inRange(hsv, (160, saturation, MIN_VALUE), (180, 255, 255))
        return cv2.bitwise_or(low, high)
    return cv2.inRange(hsv, (100, saturation + 15, MIN_VALUE), (130, 255, 255))


def seal_ink(rgb: np.ndarray, colour: str) -> np.ndarray:
    """Grayscale with only the seal's ink dark (black text under it turns white): what the
    ring reader reads.

    How dark each pixel is comes from the channel the ink absorbs (green for red ink, red for
    blue ink), which JPEG keeps sharp; how much of that is seal ink comes from the colour
    (R - max(G, B) for red), smoothed because JPEG keeps colour at half resolution, and
    stretched to the seal's own strength so a faint seal reads as dark as a fresh one. Black
    text absorbs every channel and has no colour: it turns white."""
    arr = np.ascontiguousarray(rgb[..., :3]).astype(np.float32)
    r, g, b = arr[..., 0], arr[..., 1], arr[..., 2]
    if colour == "red":
        strength, absorbed = r - np.maximum(g, b), g
    else:
        strength, absorbed = b - np.maximum(r, g), r
    strength = cv2.blur(np.clip(strength, 0, None), (3, 3))
    coloured = strength[strength > 15]
    ref = float(np.percentile(coloured, 75)) if coloured.size > 50 else 60.0
    share = np.clip(strength / max(ref * 0.8, 20.0), 0, 1)
    paper = float(np.percentile(absorbed, 97)) if absorbed.size else 255.0
    inked = absorbed[share > 0.5]
    deepest = float(np.percentile(inked, 10)) if inked.size > 50 else 0.0
    depth = np.clip((paper - absorbed) / max(paper - deepest, 40.0), 0, 1)
    return (255 - 255 * depth * share).astype(np.uint8)


def has_colour(rgb: np.ndarray) -> bool:
    """The image keeps colour (a colour scan or photo): a seal, if there, would show as one. A
    gray or black-and-white scan (R = G = B) cannot show a seal's colour: its pages say
    nothing about a missing seal."""
    if rgb.ndim != 3 or rgb.shape[2] < 3:
        return False
    step = max(1, min(rgb.shape[:2]) // 200)
    sample = rgb[::step, ::step, :3].astype(np.int16)
    spread = sample.max(axis=2) - sample.min(axis=2)
    return float(spread.mean()) > 1.5


STRAY_INK_PIXELS = 250      # in the thumbnail: more seal-coloured ink than this outside every seal found


def stray_ink(rgb: np.ndarray, marks: list[SealMark]) -> int:
    """Seal-coloured pixels (thumbnail, pale ink included) outside every seal found: a seal the
    finder did not take for one (too faint, half pressed) leaves them. Specks are not counted."""
    if rgb.ndim != 3 or rgb.shape[2] < 3:
        return 0
    h, w = rgb.shape[:2]
    scale = min(1.0, WORK_SIDE / max(h, w))
    small = cv2.resize(rgb[..., :3], (max(int(w * scale), 1), max(int(h * scale), 1)),
                       interpolation=cv2.INTER_AREA) if scale < 1 else np.ascontiguousarray(rgb[..., :3])
    hsv = cv2.cvtColor(small, cv2.COLOR_RGB2HSV)
    mask = cv2.inRange(hsv, (0, STRAY_MIN_SATURATION, MIN_VALUE), (10, 255, 255)) | \
        cv2.inRange(hsv, (160, STRAY_MIN_SATURATION, MIN_VALUE), (180, 255, 255)) | \
        cv2.inRange(hsv, (100, STRAY_MIN_SATURATION + 15, MIN_VALUE), (130, 255, 255))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    for mark in marks:
        cx, cy = mark.centre
        cv2.circle(mask, (int(cx * scale), int(cy * scale)), int(max(mark.axes) / 2 * scale * 1.1) + 2, 0, -1)
    return int(cv2.countNonZero(mask))


def find_seals(rgb: np.ndarray) -> list[SealMark]:
    """Every seal mark on the page image (RGB uint8), largest first. A gray page has none."""
    if rgb.ndim != 3 or rgb.shape[2] < 3:
        return []
    h, w = rgb.shape[:2]
    scale = min(1.0, WORK_SIDE / max(h, w))
    small = cv2.resize(rgb[..., :3], (max(int(w * scale), 1), max(int(h * scale), 1)),
                       interpolation=cv2.INTER_AREA) if scale < 1 else np.ascontiguousarray(rgb[..., :3])
    marks: list[SealMark] = []
    for colour in ("red", "blue"):
        # fresh ink first; then pale ink (a dry pad, a light press) for rings not found yet
        for saturation in (MIN_SATURATION, STRAY_MIN_SATURATION):
            mask = ink_mask(small, colour, saturation)
            if cv2.countNonZero(mask) < MIN_INK_PIXELS:
                continue
            for ellipse, cover, partial in sorted(_rings(mask), key=lambda r: -max(r[0][1])):
                (cx, cy), (a1, a2), angle = ellipse
                if a1 < a2:   # the angle given is the first axis's: keep the major's
                    angle += 90.0
                mark = SealMark((cx / scale, cy / scale), (max(a1, a2) / scale, min(a1, a2) / scale),
                                angle % 180.0, colour, cover, partial, w, h)
                if not any(_overlap(mark, known) for known in marks):
                    marks.append(mark)
    return sorted(marks, key=lambda m: -m.axes[0])


def _overlap(a: SealMark, b: SealMark) -> bool:
    """`a` (found after the larger `b`) lies inside `b`: a hole in its ink, not another seal
    (seals overlap when stamped side by side, but never one inside another)."""
    return math.dist(a.centre, b.centre) < max(b.axes) / 2


def _rings(mask: np.ndarray) -> list[tuple[tuple, float, bool]]:
    h, w = mask.shape
    short = min(h, w)
    # join ring characters and the ring's broken ink into one blob per seal
    k = max(int(short * 0.012), 3)
    joined = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    # every contour, holes included: a seal on paper photographed on a red table lies in a
    # hole of the table's blob; a ring's inner edge gives a second, smaller one (dropped later)
    contours, _ = cv2.findContours(joined, cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE)
    out = []
    for contour in contours:
        if len(contour) < 12:
            continue
        x, y, bw, bh = cv2.boundingRect(contour)
        if max(bw, bh) < MIN_DIAMETER * short or min(bw, bh) > MAX_DIAMETER * short:
            continue
        if cv2.countNonZero(mask[y:y + bh, x:x + bw]) < MIN_INK_PIXELS:
            continue
        hull = cv2.convexHull(contour)
        edge_points = _inner_points(hull.reshape(-1, 2), w, h)
        if len(edge_points) < 5:
            continue
        ellipse = cv2.fitEllipse(edge_points.astype(np.float32).reshape(-1, 1, 2))
        (cx, cy), (a1, a2), angle = ellipse
        major, minor = max(a1, a2), min(a1, a2)
        if not math.isfinite(major) or minor <= 0 or minor / major < MIN_AXIS_RATIO:
            continue
        if major < MIN_DIAMETER * short or major > MAX_DIAMETER * short * 1.2:
            continue
        if minor / major < ROUND_AXIS_RATIO and major < MIN_OVAL_MAJOR * short:
            continue   # a small oval is a signature, a character or a corner of a rectangular stamp
        cover, inside = _outline_cover(mask, ellipse)
        if cover < MIN_RING_COVER or inside < 0.35:
            continue
        out.append((ellipse, cover, inside < 0.97))
    return out


def _inner_points(points: np.ndarray, w: int, h: int) -> np.ndarray:
    """Hull points not on the page edge: a ring cut by the edge is fitted on its real arc."""
    keep = (points[:, 0] > 1) & (points[:, 0] < w - 2) & (points[:, 1] > 1) & (points[:, 1] < h - 2)
    return points[keep]


def _outline_cover(mask: np.ndarray, ellipse: tuple, samples: int = 90) -> tuple[float, float]:
    """(share of the outline's in-page samples with ink within a band inside the outline,
    share of the outline inside the page)."""
    (cx, cy), (a1, a2), angle = ellipse
    h, w = mask.shape
    theta = math.radians(angle)
    cos_t, sin_t = math.cos(theta), math.sin(theta)
    band = max(2.0, 0.07 * max(a1, a2) / 2)
    hits = inside = 0
    for k in range(samples):
        t = 2 * math.pi * k / samples
        found = False
        seen = False
        for shrink in (0.0, 0.5, 1.0):
            ex = (a1 / 2 - shrink * band) * math.cos(t)
            ey = (a2 / 2 - shrink * band) * math.sin(t)
            px, py = cx + ex * cos_t - ey * sin_t, cy + ex * sin_t + ey * cos_t
            ix, iy = int(round(px)), int(round(py))
            if 0 <= ix < w and 0 <= iy < h:
                seen = True
                y0, y1, x0, x1 = max(iy - 1, 0), min(iy + 2, h), max(ix - 1, 0), min(ix + 2, w)
                if mask[y0:y1, x0:x1].any():
                    found = True
                    break
        if seen:
            inside += 1
            hits += found
    if inside == 0:
        return 0.0, 0.0
    return hits / inside, inside / samples
