"""declaration.json: the same declaration as JSON, validated by schemas/declaration.schema.json,
read and written."""

from __future__ import annotations

import json
import math
import re
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.errors import DeclarationError
from pipeline.models import (
    Applicant,
    Declaration,
    DeclaredContract,
    DeclaredDiagnosis,
    DeclaredMeeting,
    DeclaredStandard,
    DeclaredSupplier,
)
from pipeline.parsing.uscc import normalize_uscc
from pipeline.ingest.declaration.cells import MAX_DIGITS, decimal_text, wan_to_yuan, yuan_to_wan_text
from pipeline.ingest.declaration.layout import PHASE_SUPPORT, SCHEMA_PATH, SECTION_SHEETS


# ---- JSON ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _json_validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


_JSON_TYPES = {"string": "字符串", "integer": "整数", "number": "数字", "boolean": "true/false",
               "null": "null", "object": "对象", "array": "数组"}


def _describe_schema_error(error: Any) -> str:
    """A jsonschema error in words the applicant can act on."""
    v = error.validator
    last = error.absolute_path[-1] if error.absolute_path else None
    if isinstance(last, str) and last.endswith("_wan") and v in ("anyOf", "pattern", "type", "minimum"):
        return (f"无法识别的金额 {json.dumps(error.instance, ensure_ascii=False, default=str)}："
                "请填写非负数字（单位：万元），建议写成字符串，如 \"1200.50\"")
    if v == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        return f"缺少必填字段「{missing[0] if missing else error.message}」"
    if v == "additionalProperties":
        extra = re.findall(r"'([^']+)'", error.message)
        return f"不认识的字段「{'」「'.join(extra)}」（请检查拼写）"
    if v == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        shown = json.dumps(error.instance, ensure_ascii=False, default=str)
        return f"类型不对：{shown} 应为" + " 或 ".join(_JSON_TYPES.get(t, t) for t in wanted)
    if v == "format" and error.validator_value == "date":
        return f"日期「{error.instance}」不存在或不是 YYYY-MM-DD 格式"
    if v == "pattern":
        if error.validator_value == r"\S":
            return "不能为空"
        if "[0-9]{4}" in error.validator_value:
            return f"日期「{error.instance}」不是 YYYY-MM-DD 格式"
        return f"「{error.instance}」格式不对（应匹配 {error.validator_value}）"
    if v == "enum":
        allowed = "、".join(f"「{x}」" for x in error.validator_value)
        return f"「{error.instance}」不是允许的取值（允许的取值：{allowed}）"
    if v == "minimum":
        return f"{error.instance} 不能小于 {error.validator_value}"
    return error.message


def read_declaration_json(path: Path) -> Declaration:
    """Read declaration.json, validated against schemas/declaration.schema.json."""
    from jsonschema.exceptions import best_match

    path = Path(path)
    if not path.is_file():
        raise DeclarationError(f"申报信息文件不存在：{path.name}")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DeclarationError(f"{path.name} 不是 UTF-8 编码的文本，请以 UTF-8 保存") from None
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise DeclarationError(
            f"{path.name} 不是有效的 JSON（第{exc.lineno}行第{exc.colno}列：{exc.msg}）") from None
    bad = _unusable_number(data, "$")
    if bad is not None:
        where, problem = bad
        raise DeclarationError(f"{path.name} 中 {where} {problem}", column=where.rsplit(".", 1)[-1])
    error = best_match(_json_validator().iter_errors(data))
    if error is not None:
        raise DeclarationError(
            f"{path.name} 不符合申报信息格式：{error.json_path}：{_describe_schema_error(error)}")
    decl = _declaration_from_data(data, source=path.name)
    decl.absent = {key: f"{path.name} 中没有「{key}」（{SECTION_SHEETS[key]}）"
                   for key in SECTION_SHEETS if key not in data}
    return decl


def _unusable_number(data: Any, where: str) -> tuple[str, str] | None:
    """(JSON path, what is wrong) of the first NaN / Infinity anywhere (JSON has no such
    numbers; Python's parser accepts them, and they would pass the schema as numbers), or
    the first 万元 amount too large to be real (or to keep exact to the cent)."""
    if isinstance(data, float) and not math.isfinite(data):
        return where, f"的值为 {json.dumps(data)}，不是有效的数字；请填写具体数值（金额单位：万元）"
    if isinstance(data, Decimal) and not data.is_finite():
        return where, f"的值为 {data}，不是有效的数字；请填写具体数值（金额单位：万元）"
    if isinstance(data, dict):
        for key, value in data.items():
            child = f"{where}.{key}"
            if str(key).endswith("_wan") and _too_large_wan(value):
                return child, f"的金额「{value}」数值过大；请检查单位（万元）和位数"
            found = _unusable_number(value, child)
            if found is not None:
                return found
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found = _unusable_number(value, f"{where}[{index}]")
            if found is not None:
                return found
    return None


def _too_large_wan(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        return False
    try:
        number = Decimal(value)
    except ArithmeticError:
        return False          # not a number: the schema says so
    return number.is_finite() and number != 0 and number.adjusted() >= MAX_DIGITS


def _json_amount(value: Any) -> Decimal:
    return Decimal(value) if isinstance(value, (str, int)) else Decimal(str(value))


def _json_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _json_seq(item: dict[str, Any], index: int) -> str:
    seq = item.get("seq")
    return str(seq) if seq not in (None, "") else str(index)


def _declaration_from_data(data: dict[str, Any], *, source: str = "") -> Declaration:
    """A schema-valid JSON object -> Declaration; `row` is each item's 1-based position."""
    a = data["applicant"]
    applicant = Applicant(
        name=a["name"].strip(), uscc=normalize_uscc(a["uscc"]), address=a["address"].strip(),
        direction=a.get("direction", ""), industry=a.get("industry", ""),
        phase=a.get("phase", PHASE_SUPPORT))
    contracts = [
        DeclaredContract(
            row=i, seq=_json_seq(c, i), customer=c["customer"].strip(),
            customer_uscc=normalize_uscc(c.get("customer_uscc", "")),
            contract_no=c.get("contract_no", ""), contract_name=c.get("contract_name", ""),
            amount_yuan=wan_to_yuan(_json_amount(c["amount_wan"])),
            signed_on=_json_date(c.get("signed_on")), accepted_on=_json_date(c.get("accepted_on")),
            declared_sme=c.get("declared_sme"), employees=c.get("employees"),
            revenue_wan=(None if c.get("revenue_wan") is None else _json_amount(c["revenue_wan"])),
            declared_tianjin=c.get("declared_tianjin"))
        for i, c in enumerate(data["contracts"], start=1)
    ]
    standards = [
        DeclaredStandard(row=i, seq=_json_seq(s, i), name=s["name"].strip(),
                         category=s.get("category", ""), stage=s.get("stage", ""))
        for i, s in enumerate(data.get("standards", []), start=1)
    ]
    suppliers = [
        DeclaredSupplier(
            row=i, seq=_json_seq(s, i), name=s["name"].strip(), uscc=normalize_uscc(s.get("uscc", "")),
            contract_no=s.get("contract_no", ""), contract_name=s.get("contract_name", ""),
            amount_yuan=wan_to_yuan(_json_amount(s["amount_wan"])),
            signed_on=_json_date(s.get("signed_on")))
        for i, s in enumerate(data.get("suppliers", []), start=1)
    ]
    meetings = [
        DeclaredMeeting(row=i, seq=_json_seq(m, i), name=m["name"].strip(),
                        held_on=_json_date(m.get("held_on")), place=m.get("place", ""),
                        declared_tianjin_attendees=m.get("declared_tianjin_attendees"))
        for i, m in enumerate(data.get("meetings", []), start=1)
    ]
    diagnoses = [
        DeclaredDiagnosis(row=i, seq=_json_seq(d, i), customer=d["customer"].strip(),
                          uscc=normalize_uscc(d.get("uscc", "")),
                          diagnosed_on=_json_date(d.get("diagnosed_on")),
                          report_name=d.get("report_name", ""))
        for i, d in enumerate(data.get("diagnoses", []), start=1)
    ]
    return Declaration(applicant=applicant, contracts=contracts, standards=standards,
                       suppliers=suppliers, meetings=meetings, diagnoses=diagnoses, source=source)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def declaration_to_json(decl: Declaration) -> dict[str, Any]:
    """The declaration as declaration.json content (valid against the schema).

    Inverse of read_declaration_json, except `row` (read back as the position in its array)
    and `source` (the file it is read from). A section not provided (`absent`) has no key.
    """
    a = decl.applicant
    data = {
        "applicant": {"name": a.name, "uscc": a.uscc, "address": a.address,
                      "direction": a.direction, "industry": a.industry, "phase": a.phase},
        "contracts": [
            {"seq": c.seq, "customer": c.customer, "customer_uscc": c.customer_uscc,
             "contract_no": c.contract_no, "contract_name": c.contract_name,
             "amount_wan": yuan_to_wan_text(c.amount_yuan),
             "signed_on": _iso(c.signed_on), "accepted_on": _iso(c.accepted_on),
             "declared_sme": c.declared_sme, "employees": c.employees,
             "revenue_wan": None if c.revenue_wan is None else decimal_text(c.revenue_wan),
             "declared_tianjin": c.declared_tianjin}
            for c in decl.contracts
        ],
        "standards": [
            {"seq": s.seq, "name": s.name, "category": s.category, "stage": s.stage}
            for s in decl.standards
        ],
        "suppliers": [
            {"seq": s.seq, "name": s.name, "uscc": s.uscc, "contract_no": s.contract_no,
             "contract_name": s.contract_name, "amount_wan": yuan_to_wan_text(s.amount_yuan),
             "signed_on": _iso(s.signed_on)}
            for s in decl.suppliers
        ],
        "meetings": [
            {"seq": m.seq, "name": m.name, "held_on": _iso(m.held_on), "place": m.place,
             "declared_tianjin_attendees": m.declared_tianjin_attendees}
            for m in decl.meetings
        ],
        "diagnoses": [
            {"seq": d.seq, "customer": d.customer, "uscc": d.uscc,
             "diagnosed_on": _iso(d.diagnosed_on), "report_name": d.report_name}
            for d in decl.diagnoses
        ],
    }
    for key in decl.absent:
        data.pop(key, None)
    return data
