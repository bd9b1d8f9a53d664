"""Traditional characters folded one for one onto their simplified forms (合約編號 -> 合约编号).

Labels, titles and statements are written once, in simplified characters; a document written
in traditional ones (a Taiwanese or Hong Kong customer's template) is searched in its folded
form. The fold keeps every offset, so what is read is still taken from the text as printed.
The table is data: `traditional_forms` in the field labels vocabulary."""

from __future__ import annotations

from functools import lru_cache

from pipeline.catalogs import CATALOG_DIR, read_validated_json

_FIELD_LABELS = CATALOG_DIR / "vocabularies" / "field_labels.json"


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    data = read_validated_json(_FIELD_LABELS, "field_labels.schema.json", "field labels")
    return str.maketrans(data.get("traditional_forms", {}))


def fold_traditional(text: str) -> str:
    """`text` in simplified characters, one character for one."""
    return text.translate(_table())
