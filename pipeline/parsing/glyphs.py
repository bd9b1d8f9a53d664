"""How alike two characters look when printed: the measure behind "OCR read one for the other".

OCR engines confuse characters that share most of their strokes (澄/湿, 瀛/赢, 沣/洋, 昀/的); they
do not read 明 for 司. Whether a reading differs from a declared name only by such look-alikes is
decided here from the glyphs themselves (rendered in a CJK font, blurred as a scan blurs them,
compared by normalised correlation), not from a list of pairs seen in some set of documents.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import numpy as np

# rendered size and blur: the blur stands for a scan's loss of fine strokes, so glyphs that differ
# only in a small component correlate highly while glyphs of another structure do not
_SIZE = 48
_BLUR_SIGMA = 2.5
# correlation at or above which two characters pass for one another in an OCR reading: common
# confusions score 0.81–0.96; 95% of random pairs of common characters score below it
LOOK_ALIKE = 0.80

_FONT_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "WenQuanYi Zen Hei")


@lru_cache(maxsize=1)
def glyph_font_path() -> str | None:
    """A CJK font file to draw glyphs with (setup.sh installs WenQuanYi Micro Hei); None when the
    machine has none, in which case no two different characters count as alike."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    for family in _FONT_FAMILIES:
        try:
            found = subprocess.run([fc_match, "-f", "%{file}|%{family}", family], capture_output=True,
                                   text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        path, _, families = found.partition("|")
        if path and family.lower() in families.lower() and Path(path).is_file():
            return path
    return None


@lru_cache(maxsize=4096)
def _glyph(ch: str) -> np.ndarray | None:
    from PIL import Image, ImageDraw, ImageFont   # drawing is needed only when names are compared
    import cv2

    path = glyph_font_path()
    if path is None:
        return None
    font = ImageFont.truetype(path, _SIZE)
    canvas = Image.new("L", (_SIZE + 8, _SIZE + 8), 0)
    ImageDraw.Draw(canvas).text((4, 0), ch, fill=255, font=font)
    pixels = np.asarray(canvas, dtype=np.float32) / 255.0
    if not pixels.any():
        return None                     # the font has no glyph for it
    pixels = cv2.GaussianBlur(pixels, (0, 0), _BLUR_SIGMA)
    pixels -= pixels.mean()
    norm = float(np.linalg.norm(pixels))
    return pixels / norm if norm else None


def glyph_similarity(a: str, b: str) -> float:
    """Normalised correlation of the two characters' blurred glyphs: 1.0 for the same character,
    0.0 when either cannot be drawn."""
    if a == b:
        return 1.0
    ga, gb = _glyph(a), _glyph(b)
    if ga is None or gb is None:
        return 0.0
    return float((ga * gb).sum())


def look_alike(a: str, b: str) -> bool:
    """Two CJK characters an OCR engine may read one for the other."""
    return is_cjk(a) and is_cjk(b) and glyph_similarity(a, b) >= LOOK_ALIKE


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
