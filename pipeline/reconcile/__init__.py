"""Stage 5: documents against the declaration: linking, matching, contract-level gaps."""
