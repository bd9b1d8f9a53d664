"""Shared test helpers: documents from text, bad inputs, OCR pages, external vectors, a PostgreSQL server."""
