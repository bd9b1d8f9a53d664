"""Requirement catalogs and document vocabularies as JSON data, with the JSON schemas that
validate them (and the declaration and report formats) at load time.

`schemas/` at the top of the source tree is the source of truth; a built wheel carries a copy
as `pipeline/catalogs/schemas/` (setup.py), which is preferred when present."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CATALOG_DIR = Path(__file__).resolve().parent
_SHIPPED_SCHEMAS = CATALOG_DIR / "schemas"
_SOURCE_SCHEMAS = CATALOG_DIR.parent.parent / "schemas"


def schema_dir() -> Path:
    """Where the JSON schemas are: the wheel's copy, else the source tree's `schemas/`."""
    return _SHIPPED_SCHEMAS if _SHIPPED_SCHEMAS.is_dir() else _SOURCE_SCHEMAS


def schema_path(name: str) -> Path:
    return schema_dir() / name


def read_validated_json(path: Path, schema_name: str, what: str) -> dict[str, Any]:
    """The JSON data file at `path`, refused with `file: json-path: message` (a CatalogError)
    when it cannot be read or fails the schema `schema_name`; `what` names it in the message."""
    import jsonschema

    from pipeline.errors import CatalogError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogError(f"{path}: $: cannot read the {what}: {exc}") from exc
    schema = json.loads(schema_path(schema_name).read_text(encoding="utf-8"))
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(data))
    if error is not None:
        raise CatalogError(f"{path}: {error.json_path}: {error.message}")
    return data
