"""Page clean-up before OCR: small pure functions on numpy arrays.

`prepare_for_ocr` / `prepare_page` compose them: grayscale with red seals suppressed,
flat-field when the lighting is uneven, deskew, table-line removal; adaptive binarisation
is available but opt-in.
"""

from __future__ import annotations

import cv2
import numpy as np

MAX_SKEW_DEG = 5.0
MIN_SKEW_DEG = 0.1   # below the search's resolution: not worth resampling the page
# Working width for the skew search: plenty to resolve 0.05° on text lines and ~25x
# cheaper than searching at full 200 dpi resolution.
_SKEW_WORK_WIDTH = 1000
# Background (p95 - p5 of a heavily blurred page) above which lighting counts as uneven.
UNEVEN_LIGHT_RANGE = 40


def to_gray(image: np.ndarray) -> np.ndarray:
    """uint8 grayscale from gray, RGB or RGBA (RGBA composited onto white)."""
    if image.ndim == 2:
        return image if image.dtype == np.uint8 else np.clip(image, 0, 255).astype(np.uint8)
    if image.shape[2] == 4:
        alpha = image[..., 3:4].astype(np.float32) / 255.0
        rgb = image[..., :3].astype(np.float32) * alpha + 255.0 * (1 - alpha)
        image = rgb.astype(np.uint8)
    return cv2.cvtColor(np.ascontiguousarray(image[..., :3]), cv2.COLOR_RGB2GRAY)


def suppress_red(image: np.ndarray, min_redness: int = 30,
                 region: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """Grayscale in which red seal ink turns (near) white and the black text under it stays.

    Black text under a translucent seal is dark in every channel, seal-only pixels are bright
    in R and dark in G/B. Taking R for a seal's pixels keeps the text and drops the seal;
    everything else gets the usual luminance so blue/black ink reads as before. Only red of a
    seal's shape goes: red words (the amount a banking app prints red, a red title bar or
    header) are ink like any other.

    `region` (x0, y0, x1, y1 in pixels) returns that crop only; whether red there is a seal
    is judged on the page around it, since a line crop cuts a seal into a strip that looks
    like a line of words.
    """
    h, w = image.shape[:2]
    x0, y0, x1, y1 = region if region is not None else (0, 0, w, h)
    if image.ndim == 2:
        return to_gray(image[y0:y1, x0:x1])
    margin = int(SEAL_CONTEXT * max(h, w)) if region is not None else 0
    wx0, wy0 = max(x0 - margin, 0), max(y0 - margin, 0)
    wx1, wy1 = min(x1 + margin, w), min(y1 + margin, h)
    window = image[wy0:wy1, wx0:wx1]
    gray = _suppress_seals(window, w, min_redness)
    return gray[y0 - wy0:y1 - wy0, x0 - wx0:x1 - wx0]


# How far around a re-read region the page is looked at to see a seal whole (a fraction of
# the page's longer side; a seal is at most ~a fifth of an A4 page wide).
SEAL_CONTEXT = 0.2
# A red shape whose long side is this many times its short side runs along a line: words.
# Round and oval seals are under 1.6, rectangular bank seals about 2, a cut half seal 2.
WORDS_MIN_ELONGATION = 2.5


def _suppress_seals(image: np.ndarray, page_width: int, min_redness: int) -> np.ndarray:
    gray = to_gray(image)
    # Find red on a 1/4 thumbnail (a 4x4 average, at half the threshold so thin red strokes
    # still count) and do the exact per-pixel work only inside its bounding box: most pages
    # have no seal, and a seal covers a few percent of the page.
    box = _red_bbox(image, min_redness)
    if box is None:
        return gray
    x0, y0, x1, y1 = box
    part = _suppress_red_full(np.ascontiguousarray(image[y0:y1, x0:x1, :3]),
                              gray[y0:y1, x0:x1], min_redness, page_width)
    if part is not None:
        gray[y0:y1, x0:x1] = part
    return gray


_RED_THUMB = 4


def _red_bbox(image: np.ndarray, min_redness: int) -> tuple[int, int, int, int] | None:
    h, w = image.shape[:2]
    f = _RED_THUMB
    if h < 4 * f or w < 4 * f:
        return 0, 0, w, h
    thumb = cv2.resize(np.ascontiguousarray(image[..., :3]), (w // f, h // f),
                       interpolation=cv2.INTER_AREA).astype(np.int16)
    red = (thumb[..., 0] - np.maximum(thumb[..., 1], thumb[..., 2])) > min_redness // 2
    if not red.any():
        return None
    ys, xs = np.nonzero(red)
    margin = 3   # thumbnail pixels: the blur and dilation below reach past the seal's edge
    return (max((int(xs.min()) - margin) * f, 0), max((int(ys.min()) - margin) * f, 0),
            min((int(xs.max()) + 1 + margin) * f, w), min((int(ys.max()) + 1 + margin) * f, h))


def _suppress_red_full(rgb: np.ndarray, gray: np.ndarray, min_redness: int,
                       page_width: int) -> np.ndarray | None:
    # judge redness on a blurred copy: JPEG subsamples chroma and noise speckles the seal
    soft = cv2.blur(rgb, (5, 5)).astype(np.int16)
    red = (soft[..., 0] - np.maximum(soft[..., 1], soft[..., 2])) > min_redness
    if not red.any():
        return None
    red = seal_ink(red, page_width)
    if not red.any():
        return None
    # grow the mask by a pixel so anti-aliased seal edges go too
    red = cv2.dilate(red.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    # On red pixels take R alone, stretched so the seal's own ink (the typical R there,
    # ~200-230) lands on paper white: a light-gray ghost seal is still read as text by
    # RapidOCR. Text under the seal is dark in R too and stays dark.
    out = gray.copy()
    r_red = rgb[..., 0][red].astype(np.float32)
    ink_r = max(float(np.median(r_red)), 128.0)
    out[red] = np.clip(r_red * (255.0 / ink_r), 0, 255).astype(np.uint8)
    return out


def seal_ink(red: np.ndarray, page_width: int) -> np.ndarray:
    """The part of a red-pixel mask that belongs to seals.

    A seal's ring of characters, star and border close into one compact shape (round, oval,
    square); red words close into a shape as long as their line and one line high. Shapes
    run along a line, in either direction, stay ink.
    """
    # ~2.5 mm at 200 dpi: bridges the gaps of a seal's ring; odd, so closing does not shift
    k = max(5, page_width // 80) | 1
    closed = cv2.morphologyEx(red.astype(np.uint8), cv2.MORPH_CLOSE,
                              cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    words = np.zeros(count, bool)
    for i in range(1, count):
        long_side = max(stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT])
        short_side = max(min(stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT]), 1)
        words[i] = long_side > 2 * k and long_side >= WORDS_MIN_ELONGATION * short_side
    if not words.any():
        return red
    return red & ~words[labels]


def binarize_inv(gray: np.ndarray) -> np.ndarray:
    """Ink = 255, paper = 0 (Otsu)."""
    _, bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return bw


class SkewWork:
    """The page at the skew search's working width, binarised."""

    __slots__ = ("ink", "scale")

    def __init__(self, gray: np.ndarray):
        h, w = gray.shape
        self.scale = min(1.0, _SKEW_WORK_WIDTH / w)
        small = cv2.resize(gray, (max(int(w * self.scale), 1), max(int(h * self.scale), 1)),
                           interpolation=cv2.INTER_AREA) if self.scale < 1 else gray
        self.ink = binarize_inv(small)


# Vertical strips for the sheared projection: a strip is ~16 px at the working width, so the
# shear inside one strip stays under 1.5 px even at the largest angle searched.
_SKEW_STRIPS = 64
# Half-width (degrees) of the final exact check around the sheared search's best angle.
_EXACT_SPAN = 0.15


def estimate_skew(gray: np.ndarray, max_deg: float = MAX_SKEW_DEG,
                  work: SkewWork | None = None) -> float:
    """Angle (degrees, counter-clockwise positive as in cv2) that the text lines are tilted.

    Projection-profile search: undoing the tilt makes the row sums of text lines sharpest
    (max variance). Coarse 0.5° steps, then 0.05° around the best. Rather than rotating the
    page for every candidate (41 full-page warps), the row profiles of narrow vertical strips
    are computed once and shifted by x·tan(angle) before summing: for these small angles a
    shear is the rotation up to a uniform vertical scale, which no variance peak depends on.
    """
    work = work or SkewWork(gray)
    ink = work.ink
    if cv2.countNonZero(ink) < 50:
        return 0.0
    # smear characters into line blobs so the profile follows lines, not strokes
    ink = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
    sh, sw = ink.shape
    strips = min(_SKEW_STRIPS, sw)
    step = sw // strips
    profiles = ink[:, :step * strips].reshape(sh, strips, step).sum(axis=2, dtype=np.float64).T
    centres = (np.arange(strips) + 0.5) * step - sw / 2
    pad = int(np.ceil(sw / 2 * np.tan(np.radians(max_deg + 0.5)))) + 2
    rows = np.arange(sh)
    weights = profiles.ravel()

    def score(angle: float) -> float:
        # a line tilted by +angle (rising to the right, y down) is straight in y + x·tan
        shift = np.rint(centres * np.tan(np.radians(angle))).astype(np.int64) + pad
        index = (shift[:, None] + rows[None, :]).ravel()
        return float(np.var(np.bincount(index, weights=weights, minlength=sh + 2 * pad)))

    def exact(angle: float) -> float:
        m = cv2.getRotationMatrix2D((sw / 2, sh / 2), -angle, 1.0)
        rot = cv2.warpAffine(ink, m, (sw, sh), flags=cv2.INTER_NEAREST, borderValue=0)
        return float(np.var(rot.sum(axis=1, dtype=np.float64)))

    coarse = np.arange(-max_deg, max_deg + 1e-9, 0.5)
    best = max(coarse, key=score)
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05)
    best = max(fine, key=score)
    # The last 0.05° decides whether a small, fragile character reads right; settle it with
    # the exact rotation over the neighbours the shear approximation could have confused.
    near = [a for a in fine if abs(a - best) < _EXACT_SPAN + 1e-9]
    best = max(near, key=exact)
    return float(np.clip(round(best, 2), -max_deg, max_deg))


def rotate_matrix(shape: tuple[int, ...], angle: float) -> tuple[np.ndarray, tuple[int, int]]:
    """Affine matrix rotating a page by -angle (undoing a tilt of `angle`) onto an enlarged
    canvas, so no corner text is cut off; returns (matrix, (width, height))."""
    h, w = shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(np.ceil(h * sin + w * cos)), int(np.ceil(h * cos + w * sin))
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    return m, (nw, nh)


def deskew(gray: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    """Rotate by -angle with a white border; returns (image, matrix original->deskewed)."""
    m, size = rotate_matrix(gray.shape, angle)
    if abs(angle) < MIN_SKEW_DEG:
        return gray, np.array([[1.0, 0, 0], [0, 1.0, 0]])
    out = cv2.warpAffine(gray, m, size, flags=cv2.INTER_LINEAR,
                         borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    return out, m


def text_height(bw_inv: np.ndarray) -> int:
    """Median height of character-sized connected components (pixels), 0 if none."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(bw_inv, connectivity=8)
    if n <= 1:
        return 0
    hs = stats[1:, cv2.CC_STAT_HEIGHT]
    ws = stats[1:, cv2.CC_STAT_WIDTH]
    keep = (hs >= 8) & (hs <= bw_inv.shape[0] // 10) & (ws <= bw_inv.shape[1] // 10)
    return int(np.median(hs[keep])) if keep.any() else 0


def remove_rules(gray: np.ndarray) -> np.ndarray:
    """White out ruled horizontal and vertical lines (table borders, underlines).

    Tesseract merges a ruled table into garbage or drops it (cells read 9/26 with rules,
    26/26 without). Kernels are longer than any stroke a character can have: at least 3x
    the median character height and 1/30 of the page side.
    """
    bw = binarize_inv(gray)
    th = text_height(bw) or 30
    h, w = gray.shape
    kx = max(3 * th, w // 30, 20)
    ky = max(3 * th, h // 40, 20)
    horiz = cv2.morphologyEx(bw, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (kx, 1)))
    vert = cv2.morphologyEx(bw, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, ky)))
    rules = cv2.bitwise_or(horiz, vert)
    if not rules.any():
        return gray
    # two pixels of margin take the blurred / JPEG fringe of the rule too
    rules = cv2.dilate(rules, np.ones((5, 5), np.uint8))
    out = gray.copy()
    out[rules > 0] = 255
    return out


def background_range(gray: np.ndarray) -> int:
    """Spread of the paper brightness across the page (p95 - p5 of a blurred copy)."""
    small = cv2.resize(gray, (max(gray.shape[1] // 8, 1), max(gray.shape[0] // 8, 1)),
                       interpolation=cv2.INTER_AREA)
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))  # erase ink
    bg = cv2.medianBlur(bg, 9)
    lo, hi = np.percentile(bg, [5, 95])
    return int(hi - lo)


def flatten_illumination(gray: np.ndarray) -> np.ndarray:
    """Divide by the estimated paper background so shadows and vignetting go flat."""
    h, w = gray.shape
    small = cv2.resize(gray, (max(w // 8, 1), max(h // 8, 1)), interpolation=cv2.INTER_AREA)
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    bg = cv2.medianBlur(bg, 9)
    bg = cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    out = gray.astype(np.float32) / np.maximum(bg, 1.0) * 255.0
    return np.clip(out, 0, 255).astype(np.uint8)


def binarize_adaptive(gray: np.ndarray, block: int = 51, c: int = 15) -> np.ndarray:
    """Black text on white from a locally-thresholded page (for uneven light)."""
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C,
                                 cv2.THRESH_BINARY, block | 1, c)


def prepare_for_ocr(image: np.ndarray, *, deskew_page: bool = True, rules: bool = True,
                    flatten: bool | None = None, binarize: bool = False
                    ) -> tuple[np.ndarray, float]:
    """(gray image ready for OCR, skew angle in degrees that was removed).

    The returned image is the deskewed page on an enlarged canvas; `prepare_page` also
    returns the map back to the original page for boxes.
    """
    page = prepare_page(image, deskew_page=deskew_page, rules=rules, flatten=flatten,
                        binarize=binarize)
    return page.gray, page.angle


class PreparedPage:
    """A prepared page with the affine map back to the original page's pixels."""

    __slots__ = ("gray", "angle", "to_original", "orig_w", "orig_h")

    def __init__(self, gray: np.ndarray, angle: float, to_original: np.ndarray,
                 orig_w: int, orig_h: int):
        self.gray, self.angle, self.to_original = gray, angle, to_original
        self.orig_w, self.orig_h = orig_w, orig_h

    def box_to_page(self, x0: float, y0: float, x1: float, y1: float
                    ) -> tuple[float, float, float, float]:
        """A pixel box in the prepared image -> fractions of the ORIGINAL page (hull of the
        rotated corners, clipped to the page)."""
        pts = np.array([[x0, y0], [x1, y0], [x0, y1], [x1, y1]], dtype=np.float64)
        m = self.to_original
        mapped = pts @ m[:, :2].T + m[:, 2]
        w, h = self.orig_w, self.orig_h
        return (
            _clip(mapped[:, 0].min() / w), _clip(mapped[:, 1].min() / h),
            _clip(mapped[:, 0].max() / w), _clip(mapped[:, 1].max() / h),
        )


def prepare_page(image: np.ndarray, *, deskew_page: bool = True, rules: bool = True,
                 flatten: bool | None = None, binarize: bool = False) -> PreparedPage:
    """Seal suppression -> (uneven light: flat-field) -> deskew -> (binarise) -> rules.

    `flatten=None` decides from the lighting. Flat-fielding must come before the skew
    search: Otsu on a shadowed page turns the dark side into one block of "ink" and the
    search locks onto a false angle. Adaptive binarisation is opt-in: on a shadowed test
    page the flat-fielded gray read the credit code right, flat + adaptive misread it
    (tesseract binarises internally anyway).
    """
    gray = suppress_red(image)
    h, w = gray.shape
    if flatten is None:
        flatten = background_range(gray) > UNEVEN_LIGHT_RANGE
    if flatten:
        gray = flatten_illumination(gray)
    angle = estimate_skew(gray) if deskew_page else 0.0
    if abs(angle) < MIN_SKEW_DEG:
        angle = 0.0
    gray, m = deskew(gray, angle)
    if binarize:
        gray = binarize_adaptive(gray)
    if rules:
        gray = remove_rules(gray)
    return PreparedPage(gray, angle, cv2.invertAffineTransform(m), w, h)


def region_pixels(box: tuple[float, float, float, float], w: int, h: int
                  ) -> tuple[int, int, int, int]:
    """Pixel crop around a page-fraction box with a margin of half a line height (at least
    12 px) so characters cut by a tight box are whole again."""
    bx0, by0, bx1, by1 = box[0] * w, box[1] * h, box[2] * w, box[3] * h
    margin = max(0.5 * (by1 - by0), 12.0)
    x0 = int(max(bx0 - margin, 0))
    y0 = int(max(by0 - margin, 0))
    x1 = int(min(bx1 + margin, w))
    y1 = int(min(by1 + margin, h))
    if x1 - x0 < 2 or y1 - y0 < 2:
        raise ValueError(f"region {box} is empty on a {w}x{h} page")
    return x0, y0, x1, y1



def _clip(v: float) -> float:
    return min(max(float(v), 0.0), 1.0)
