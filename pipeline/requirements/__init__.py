"""Stage 6: the catalog's requirement checks (support and assessment cycles) and the verdict."""
