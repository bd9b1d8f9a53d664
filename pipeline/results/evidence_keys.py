"""The keys that identify a document beyond its bytes, read from a report's document entries.

Pure (a report in, rows out), so the index can record them for any report it is given and
tests can check them without a database. One row per key:

* `sha256`: the file itself;
* `bank_serial`: a receipt's serial number (pipeline/extract/fields/serials.py);
* `contract`: a contract's number with its amount and parties (the date goes with it, shown);
* `page_hash`: a scan, found by what both readings state (kind with amount, kind with date);
  the page hashes themselves are in `detail` and compared after the lookup, since two copies
  of one form filled with other values hash alike (pipeline/read/page_hash.py).
"""

from __future__ import annotations

import json
import re
from typing import Any

KEY_KINDS = ("sha256", "bank_serial", "contract", "page_hash")
CONTRACT_KINDS = ("contract", "subcontract")
PARTY_FIELDS = ("customer", "supplier", "payer", "payee")
_REFUSED_SHA = "0" * 64            # files refused before reading (attach_submission_issues)
_NAME_NOISE = re.compile(r"[\s（）()【】\[\]「」\"'“”:：,，.。]")


def normalize_name(name: str | None) -> str:
    return _NAME_NOISE.sub("", name or "")


def normalize_number(number: str | None) -> str:
    return re.sub(r"[\s\-－—_]", "", number or "").upper()


def document_parties(doc: dict[str, Any]) -> list[str]:
    fields = doc.get("fields") or {}
    return sorted({normalize_name(fields.get(f)) for f in PARTY_FIELDS if fields.get(f)} - {""})


def document_keys(report: dict[str, Any]) -> list[dict[str, Any]]:
    """{path, doc_type, key, value, detail, parties} for every key of every document."""
    rows: list[dict[str, Any]] = []
    for doc in report.get("documents", []):
        path, kind = doc.get("path"), doc.get("doc_type", "other")
        if not path:                 # nothing to name a match by
            continue
        fields = doc.get("fields") or {}
        parties = document_parties(doc)
        facts = {"amount_yuan": fields.get("amount_yuan"), "date": fields.get("date")}

        def add(key: str, value: str, **detail: Any) -> None:
            rows.append({"path": path, "doc_type": kind, "key": key, "value": value[:255],
                         "detail": json.dumps({**facts, **detail}, ensure_ascii=False, sort_keys=True),
                         "parties": "；".join(parties)})

        if doc.get("sha256") and doc["sha256"] != _REFUSED_SHA:
            add("sha256", doc["sha256"])
        if fields.get("bank_serial"):
            add("bank_serial", str(fields["bank_serial"]))
        number = normalize_number(fields.get("contract_no"))
        if kind in CONTRACT_KINDS and number and facts["amount_yuan"] and parties:
            add("contract", f"{number}|{facts['amount_yuan']}|{'+'.join(parties)}")
        hashes = [p["hash"] for p in doc.get("page_hashes") or []]
        if hashes and kind != "other":
            for name in ("amount_yuan", "date"):
                if facts[name]:
                    add("page_hash", f"{kind}|{name}:{facts[name]}", hashes=hashes)
    return rows
