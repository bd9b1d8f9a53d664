"""Stage 4: one document end to end (read, classify, extract) in isolated workers, cached by content."""
