"""A page image's perceptual hash: the same paper scanned again hashes alike.

Difference hash (dHash) on a normalised grayscale thumbnail: the page is reduced, evened out
for light (uneven lamp, tinted paper), straightened (a scan's tilt moves every line across the
grid) and cropped to its inked area (margins and a shifted scan do not count), then shrunk to a
13x13 grid; each cell is compared with its right and its lower neighbour (288 bits). Text runs
left to right, so the downward comparisons are what see where the lines are.

Measured on generated scans (flatbed effects, ±3° tilt, noise, seals): two scans of the same
page differ in 9-58 bits of 288, pages of other layouts in 52 or more (5% under 83); the
catalogs take 64 as the most for the same paper. Two copies of the *same form*
filled with other values differ in as few as 4: a hash alone cannot tell them apart, so a
match by hash is only a question for a reviewer, and only when the documents also read alike
(results/reuse.py). A phone photo of a page (desk around it, perspective) is not matched.

The hash is hex, prefixed with its version, so hashes of another algorithm are never compared.
"""

from __future__ import annotations

import numpy as np

PAGE_HASH_VERSION = "d1"
GRID_WIDTH = 12                   # cells compared per row and per column
GRID_HEIGHT = 12
HASH_BITS = 2 * GRID_WIDTH * GRID_HEIGHT
_WORK_SIDE = 512                  # the page is first reduced to about this (speed; noise averages out)
_INK_BELOW = 0.72                 # a pixel darker than this share of the local paper tone is ink
_MIN_INK_SHARE = 0.004            # a row/column with less ink than this is margin (specks, dust)


def page_hash(image: np.ndarray) -> str | None:
    """`d1:<72 hex>` for an RGB or grayscale page image; None for a page with no ink at all."""
    gray = _grayscale(image)
    gray = _reduce(gray, _WORK_SIDE)
    gray = _even_light(gray)
    gray = _straighten(gray)
    cropped = _crop_to_ink(gray)
    if cropped is None:
        return None
    cells = _resize(cropped, GRID_WIDTH + 1, GRID_HEIGHT + 1)
    # across (where lines of text end) and down (where they are): text runs left to right, so
    # the horizontal comparisons alone see little of a page
    bits = np.concatenate([(cells[:-1, 1:] > cells[:-1, :-1]).flatten(),
                           (cells[1:, :-1] > cells[:-1, :-1]).flatten()])
    value = int("".join("1" if b else "0" for b in bits), 2)
    return f"{PAGE_HASH_VERSION}:{value:0{HASH_BITS // 4}x}"


def current_hash(value: str | None) -> bool:
    """Whether `value` is a hash of this version (older cached pages carry none or another)."""
    return bool(value) and value.startswith(PAGE_HASH_VERSION + ":")


def hash_distance(a: str, b: str) -> int | None:
    """Bits that differ between two hashes of the same version; None when not comparable."""
    version_a, _, hex_a = a.partition(":")
    version_b, _, hex_b = b.partition(":")
    if version_a != version_b or len(hex_a) != len(hex_b):
        return None
    return bin(int(hex_a, 16) ^ int(hex_b, 16)).count("1")


def _grayscale(image: np.ndarray) -> np.ndarray:
    arr = np.asarray(image, dtype=np.float32)
    if arr.ndim == 3:
        arr = arr[..., :3] @ np.array([0.299, 0.587, 0.114], np.float32)
    return arr / 255.0


def _reduce(gray: np.ndarray, side: int) -> np.ndarray:
    factor = max(1, int(max(gray.shape) // side))
    if factor == 1:
        return gray
    h, w = (gray.shape[0] // factor) * factor, (gray.shape[1] // factor) * factor
    return gray[:h, :w].reshape(h // factor, factor, w // factor, factor).mean(axis=(1, 3))


def _even_light(gray: np.ndarray) -> np.ndarray:
    """Divide by the paper tone around each pixel (a coarse maximum), so uneven light and a
    tinted paper do not change the hash."""
    import cv2

    k = max(3, (min(gray.shape) // 12) | 1)
    paper = cv2.dilate(gray, np.ones((k, k), np.uint8))
    paper = cv2.blur(paper, (k, k))
    return np.clip(gray / np.maximum(paper, 1e-3), 0.0, 1.0)


def _straighten(gray: np.ndarray) -> np.ndarray:
    """Undo a scan's tilt: a few degrees move every line of text across the grid's cells."""
    from pipeline.read.ocr.preprocess import deskew, estimate_skew

    page = (gray * 255).astype(np.uint8)
    angle = estimate_skew(page)
    return deskew(page, angle)[0].astype(np.float32) / 255.0


def _crop_to_ink(gray: np.ndarray) -> np.ndarray | None:
    ink = gray < _INK_BELOW
    rows = np.flatnonzero(ink.mean(axis=1) > _MIN_INK_SHARE)
    cols = np.flatnonzero(ink.mean(axis=0) > _MIN_INK_SHARE)
    if len(rows) < 2 or len(cols) < 2:
        return None
    return gray[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]


def _resize(gray: np.ndarray, width: int, height: int) -> np.ndarray:
    import cv2

    return cv2.resize(gray, (width, height), interpolation=cv2.INTER_AREA)
