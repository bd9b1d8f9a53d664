"""Stage 8: verification of a submission, the results index and evaluation against ground truth."""
