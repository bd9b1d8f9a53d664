"""Stage 2: pages to text with boxes: PDF text layers, rasterising, OCR engines, layout."""
