"""Stage 3: from a read document to its kind and fields, each value with provenance."""
