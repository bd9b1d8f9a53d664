"""The seals of one page as `Seal` records: found, read, and the page lines inside each ring."""

from __future__ import annotations

import numpy as np

from pipeline.models import PageText, Seal, SealReading
from pipeline.read.seals.find import STRAY_INK_PIXELS, find_seals, stray_ink
from pipeline.read.seals.ring import LineReader, read_seal

MAX_SEALS_PER_PAGE = 6   # more red rings than this on one page is a pattern, not seals


def seals_on_page(rgb: np.ndarray, page: PageText, readers: dict[str, LineReader]) -> tuple[list[Seal], bool]:
    """Every seal on the page image, read with `readers`, and whether seal-coloured ink lies
    outside all of them (a seal too faint or too partial to be taken for one may be there).
    A text-layer page's own seal text (seal characters kept out of its lines) is one more
    reading, exact, when the page has one seal."""
    marks = find_seals(rgb)[:MAX_SEALS_PER_PAGE]
    doubt = stray_ink(rgb, marks) > STRAY_INK_PIXELS
    seals: list[Seal] = []
    for mark in marks:
        text = read_seal(rgb, mark, readers) if readers else None
        seal = Seal(page=page.number, box=tuple(round(v, 4) for v in mark.box), colour=mark.colour,
                    shape=mark.shape, partial=mark.partial, method="image",
                    confidence=round(mark.cover, 3))
        if text is not None:
            seal.readings, seal.centre, seal.code = text.readings, text.centre, text.code
        seal.page_lines = lines_inside(page, seal.box)
        seals.append(seal)
    if len(seals) == 1 and page.seal_texts:
        seals[0].readings.insert(0, SealReading(page.seal_texts[0], 1.0, "text_layer"))
    return seals, doubt


def lines_inside(page: PageText, box: tuple[float, float, float, float], share: float = 0.6) -> list[int]:
    """0-based numbers of the page's lines whose box lies mostly (by area) inside `box`: seal
    text read into the page (later stages may leave them out)."""
    x0, y0, x1, y1 = box
    out = []
    offset = 0
    for number, line in enumerate(page.text.split("\n")):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        found, _ = page.locate(start, end)
        if found is None:
            continue
        lx0, ly0, lx1, ly1 = found
        area = max(lx1 - lx0, 1e-6) * max(ly1 - ly0, 1e-6)
        overlap = max(min(x1, lx1) - max(x0, lx0), 0) * max(min(y1, ly1) - max(y0, ly0), 0)
        if overlap / area >= share:
            out.append(number)
    return out
