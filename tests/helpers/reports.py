"""A report with pages and boxes, built by hand, for the output tests (HTML, explain, decisions, summary)."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from PIL import Image, ImageDraw

from pipeline.catalogs.loader import validation_error
from pipeline.report.build import REPORT_SCHEMA

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


# ---- a small hand-made submission and its report (shared with the other review tests) ------


def _page(text_boxes: list[tuple[float, float, float, float]], size=(850, 1100)) -> Image.Image:
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    w, h = size
    for x0, y0, x1, y1 in text_boxes:
        draw.rectangle([x0 * w, y0 * h, x1 * w, y1 * h], fill=(20, 20, 20))
    draw.rectangle([0.05 * w, 0.9 * h, 0.3 * w, 0.95 * h], outline=(200, 0, 0), width=4)  # a "seal"
    return img


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _prov(file, page, box, value, text, method="text_layer", confidence=1.0, **extra):
    out = {"value": value, "file": file, "page": page, "box": box, "text": text, "method": method,
           "confidence": confidence}
    out.update(extra)
    return out


def _doc(path, sha, doc_type, fields, provenance, linked, pages=1, readable=True, errors=None):
    base = {k: None for k in ("contract_no", "amount_yuan", "date", "customer", "payer", "payee", "result")}
    base.update(fields)
    return {"path": path, "sha256": sha, "doc_type": doc_type, "doc_type_confidence": 0.95, "pages": pages,
            "methods": sorted({p["method"] for p in provenance.values()}) or ["text_layer"],
            "readable": readable, "linked_contract": linked, "fields": base, "provenance": provenance,
            "credit_codes": [], "needs_review": [f"{n}: {p['review_reason']}" for n, p in provenance.items()
                                                 if p.get("review_reason")],
            "errors": errors or []}


BOX_AMOUNT = [0.50, 0.30, 0.70, 0.33]
BOX_NO = [0.20, 0.10, 0.45, 0.13]
BOX_DATE = [0.60, 0.60, 0.80, 0.63]


def build_sample(root: Path) -> tuple[Path, dict]:
    """A submission folder (PDF and image evidence, a declaration file) and a report dict for it,
    valid against the report schema: C-001 fully evidenced, C-002 with gaps."""
    sub = root / "acme"
    (sub / "材料").mkdir(parents=True)
    pages = [_page([BOX_NO, BOX_AMOUNT]), _page([BOX_DATE])]
    pages[0].save(sub / "合同C1.pdf", save_all=True, append_images=pages[1:], resolution=100)
    _page([BOX_NO, BOX_DATE]).save(sub / "材料" / "验收C1.png")
    _page([BOX_AMOUNT, BOX_DATE]).save(sub / "回单C1.jpg", quality=80)
    _page([BOX_NO, BOX_AMOUNT]).save(sub / "采购C1.pdf", resolution=100)
    _page([BOX_AMOUNT]).save(sub / "回单C2.png")
    _page([BOX_NO]).save(sub / "合同C2.pdf", resolution=100)
    (sub / "申报信息.xlsx").write_bytes(b"declaration placeholder")
    (sub / "坏文件.pdf").write_bytes(b"%PDF-1.7 broken")
    sha = {p.relative_to(sub).as_posix(): _sha(p) for p in sub.rglob("*") if p.is_file()}
    C1, C2 = "C-001", "C-002"
    customer1, customer2, applicant = "天津甲公司", "天津乙公司", "天津申报科技有限公司"
    docs = [
        _doc("合同C1.pdf", sha["合同C1.pdf"], "contract",
             {"contract_no": C1, "amount_yuan": "3000000.00", "date": "2023-03-01", "customer": customer1},
             {"contract_no": _prov("合同C1.pdf", 1, BOX_NO, C1, C1),
              "amount_yuan": _prov("合同C1.pdf", 1, BOX_AMOUNT, "3000000.00", "¥3,000,000.00",
                                   checks=["大写与小写金额一致"]),
              "date": _prov("合同C1.pdf", 2, BOX_DATE, "2023-03-01", "2023年3月1日"),
              "customer": _prov("合同C1.pdf", 1, None, customer1, customer1)}, C1, pages=2),
        _doc("材料/验收C1.png", sha["材料/验收C1.png"], "acceptance_report",
             {"contract_no": C1, "date": "2023-06-01", "result": "passed", "customer": customer1},
             {"contract_no": _prov("材料/验收C1.png", 1, BOX_NO, C1, C1, "ocr:tesseract", 0.91),
              "date": _prov("材料/验收C1.png", 1, BOX_DATE, "2023-06-01", "2023年6月1日", "ocr:tesseract", 0.88),
              "result": _prov("材料/验收C1.png", 1, [0.2, 0.7, 0.3, 0.72], "passed", "合格", "ocr:tesseract", 0.9)},
             C1),
        _doc("回单C1.jpg", sha["回单C1.jpg"], "payment_proof",
             {"amount_yuan": "3000000.00", "date": "2023-07-01", "payer": customer1, "payee": applicant},
             {"amount_yuan": _prov("回单C1.jpg", 1, BOX_AMOUNT, "3000000.00", "3,000,000.00", "ocr:tesseract", 0.93),
              "date": _prov("回单C1.jpg", 1, BOX_DATE, "2023-07-01", "2023-07-01", "ocr:tesseract", 0.9),
              "payer": _prov("回单C1.jpg", 1, [0.1, 0.2, 0.4, 0.22], customer1, customer1, "ocr:tesseract", 0.8),
              "payee": _prov("回单C1.jpg", 1, [0.5, 0.2, 0.9, 0.22], applicant, applicant, "ocr:tesseract", 0.8)},
             C1),
        _doc("采购C1.pdf", sha["采购C1.pdf"], "procurement_proof",
             {"contract_no": C1, "amount_yuan": "3000000.00", "customer": customer1},
             {"contract_no": _prov("采购C1.pdf", 1, BOX_NO, C1, C1),
              "amount_yuan": _prov("采购C1.pdf", 1, BOX_AMOUNT, "3000000.00", "3,000,000.00")}, C1),
        _doc("合同C2.pdf", sha["合同C2.pdf"], "contract",
             {"contract_no": C2, "customer": customer2},
             {"contract_no": _prov("合同C2.pdf", 1, BOX_NO, C2, C2)}, C2),
        _doc("回单C2.png", sha["回单C2.png"], "payment_proof", {"amount_yuan": "800000.00"},
             {"amount_yuan": _prov("回单C2.png", 1, BOX_AMOUNT, "800000.00", "Y800,000.00", "ocr:tesseract", 0.3,
                                   review_reason="大写金额与小写金额不一致")}, C2),
        _doc("坏文件.pdf", sha["坏文件.pdf"], "other", {}, {}, None, pages=0, readable=False,
             errors=[{"code": "truncated", "message": "PDF 文件不完整或已损坏", "advice": "请重新导出完整的 PDF 后上传"}]),
    ]
    gaps = [
        {"kind": "sme_misclassified", "requirement": "S-sme", "severity": 1, "status": "confirmed",
         "contract_no": C1, "customer": customer1, "documents": ["申报信息.xlsx"],
         "message": f"客户「{customer1}」申报为中小企业，但按2017年划型标准属于大型企业", "details": []},
        {"kind": "amount_mismatch", "requirement": "S-evidence", "severity": 3, "status": "needs_review",
         "contract_no": C2, "customer": customer2, "documents": ["回单C2.png"],
         "message": f"合同「{C2}」（{customer2}）金额不一致：付款合计 800,000.00元（1 笔）与申报 2,000,000.00元 不符",
         "details": [], "review_reason": "回单C2.png 第1页「Y800,000.00」识别置信度低（0.30）"},
        {"kind": "missing_acceptance_report", "requirement": "S-evidence", "severity": 3, "status": "confirmed",
         "contract_no": C2, "customer": customer2, "documents": [],
         "message": f"合同「{C2}」（{customer2}）未找到客户出具的验收合格报告", "details": []},
        {"kind": "unreadable_document", "requirement": "S-evidence", "severity": 2, "status": "confirmed",
         "contract_no": None, "customer": None, "documents": ["坏文件.pdf"], "file": "坏文件.pdf",
         "message": "文件「坏文件.pdf（PDF 文件不完整或已损坏）」无法读取", "details": []},
        {"kind": "missing_standard_document", "requirement": "S-standards", "severity": 2, "status": "confirmed",
         "contract_no": None, "customer": None, "documents": ["申报信息.xlsx"], "standard": "数据采集规范",
         "message": "标准草案「数据采集规范」未找到对应的草案文件", "details": []},
    ]
    report = {
        "schema_version": "1.0", "submission": "acme",
        "catalog": {"id": "support-2023", "title": "智能制造和工业互联网系统解决方案供应商（支持周期）",
                    "phase": "申报", "period": {"start": "2023-01-01", "end": "2023-12-31"}},
        "applicant": {"name": applicant, "uscc": "91120116MA06XBQHRP", "address": "天津市滨海新区"},
        "declaration_source": "申报信息.xlsx",
        "declared_total_yuan": "5000000.00", "accepted_total_yuan": "3000000.00",
        "award_tier_wan": 0, "assessment_passed": None, "status": "gaps",
        "requirements": [
            {"id": "E-tianjin", "check": "applicant_tianjin", "title": "申报单位为天津市注册企业", "status": "met", "measured": None,
             "threshold": None, "details": []},
            {"id": "S-total", "check": "verified_total", "title": "验收合同总额不低于2500万元", "status": "not_met", "measured": "3000000.00",
             "threshold": "25000000.00", "details": []},
            {"id": "S-evidence", "check": "no_evidence_gaps", "title": "每份合同均有验收合格报告、财务支付证明和采购证明", "status": "not_met",
             "measured": 3, "threshold": 0, "details": ["amount_mismatch", "missing_acceptance_report"]},
            {"id": "S-standards", "check": "standards_with_documents", "title": "形成标准草案不少于3项", "status": "not_met", "measured": 2,
             "threshold": 3, "details": []},
            {"id": "S-sme", "check": "verified_sme_customers", "title": "服务中小企业客户不少于5家", "status": "met", "measured": 5,
             "threshold": 5, "details": []},
        ],
        "gaps": gaps,
        "contracts": [
            {"contract_no": C1, "customer": customer1, "customer_uscc": "91120116MA06XBQHRP",
             "declared_amount_yuan": "3000000.00", "signed_on": "2023-03-01", "accepted_on": "2023-06-01",
             "declared_sme": True, "sme_by_rule": False, "declared_tianjin": True, "status": "verified",
             "evidence": {"acceptance_report": ["材料/验收C1.png"], "contract": ["合同C1.pdf"],
                          "payment_proof": ["回单C1.jpg"], "procurement_proof": ["采购C1.pdf"]},
             "link_reasons": {"合同C1.pdf": "合同编号、客户名称、金额", "材料/验收C1.png": "合同编号",
                              "回单C1.jpg": "客户名称、金额", "采购C1.pdf": "合同编号、金额"},
             "gaps": ["sme_misclassified"]},
            {"contract_no": C2, "customer": customer2, "customer_uscc": "91120116MA06XBQHRP",
             "declared_amount_yuan": "2000000.00", "signed_on": "2023-04-01", "accepted_on": None,
             "declared_sme": True, "sme_by_rule": True, "declared_tianjin": True, "status": "not_verified",
             "evidence": {"contract": ["合同C2.pdf"], "payment_proof": ["回单C2.png"]},
             "link_reasons": {"合同C2.pdf": "合同编号", "回单C2.png": "金额"},
             "gaps": ["amount_mismatch", "missing_acceptance_report"]},
        ],
        "documents": docs,
    }
    problem = validation_error(report, REPORT_SCHEMA, "report.json")
    assert problem is None, problem
    return sub, report


