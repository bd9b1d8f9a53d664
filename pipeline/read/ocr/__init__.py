"""OCR of scanned pages: tesseract for every page, RapidOCR to re-read doubtful values.\n\nbase.py is the interface, engines.py the registry, one module per engine wraps it."""
