"""Seals on page images: found by colour and shape (find.py), read by unwrapping the ring
(ring.py), turned into the document model's `Seal` records (page.py)."""
