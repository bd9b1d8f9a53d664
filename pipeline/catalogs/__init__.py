"""Requirement catalogs and document vocabularies as JSON data, with the JSON schemas that
validate them (and the declaration and report formats) at load time.

`schemas/` at the top of the source tree is the source of truth; a built wheel carries a copy
as `pipeline/catalogs/schemas/` (setup.py), which is preferred when present."""

from __future__ import annotations

from pathlib import Path

CATALOG_DIR = Path(__file__).resolve().parent
_SHIPPED_SCHEMAS = CATALOG_DIR / "schemas"
_SOURCE_SCHEMAS = CATALOG_DIR.parent.parent / "schemas"


def schema_dir() -> Path:
    """Where the JSON schemas are: the wheel's copy, else the source tree's `schemas/`."""
    return _SHIPPED_SCHEMAS if _SHIPPED_SCHEMAS.is_dir() else _SOURCE_SCHEMAS


def schema_path(name: str) -> Path:
    return schema_dir() / name
