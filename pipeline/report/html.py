"""report.html: one self-contained page for reviewers and auditors (Chinese).

No network at all: CSS is inline, page images are JPEG data: URIs, no fonts or scripts are
loaded. Order: the verdict, the gaps (most serious first), the evidence matrix (declared
contracts x evidence kinds), the declared items of the assessment cycle (supplier / meeting /
diagnosed customer / standard -> document -> values -> status, see assessment_items), every
document with its values, and the page images.

Every extracted value links to its page image. Each page that carries a shown value is
rendered once, small (90 dpi, JPEG q60), and embedded once; each value's box is an absolutely
positioned link over the image (CSS percentages from the fractional box), highlighted with
`:target` when the value is clicked. No script needed, so it opens anywhere (USB stick, mail).
"""

from __future__ import annotations

import base64
import io
import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from pipeline.atomic import write_atomic
from pipeline.catalogs.loader import DEFAULT_LOW_CONFIDENCE
from pipeline.errors import plain_message
from pipeline.report.items import STATUS_LABELS as ITEM_STATUS, report_items
from pipeline.report.decisions import gap_counts
from pipeline.report.vocabulary import (  # the page's words: one vocabulary for every output
    CONTRACT_STATUS,
    EVIDENCE_KINDS,
    FIELD_LABELS,
    GAP_KIND_LABELS,
    KIND_LABELS,
    PARTY_FIELDS,
    REQ_STATUS,
    SEVERITY,
    esc,
    fmt_value,
    machine_contract_status,
    requirement_measure_text,
    fmt_wan,
    fmt_yuan,
    method_label,
    requirement_status,
)

log = logging.getLogger(__name__)

DEFAULT_DPI = 90
DEFAULT_QUALITY = 60
MAX_PAGE_PIXELS_SIDE = 1400          # a huge page (A0 drawing) is scaled down to this
# page images together, as embedded (base64, 4/3 of the JPEG bytes); past it they are re-encoded
# smaller, so the whole page stays under 10 MB (mail attachments, USB sticks)
DEFAULT_BUDGET_BYTES = 8_500_000

def review_threshold(report: Mapping[str, Any]) -> float:
    """The confidence below which the report's catalog judged an OCR'd value unsure: outputs
    mark values by the same line the gaps were judged by."""
    try:
        return float(report.get("catalog", {}).get("review_low_confidence", DEFAULT_LOW_CONFIDENCE))
    except (TypeError, ValueError):
        return DEFAULT_LOW_CONFIDENCE


def low_confidence(prov: Mapping[str, Any], threshold: float = DEFAULT_LOW_CONFIDENCE) -> bool:
    try:
        return float(prov.get("confidence", 1.0)) < threshold
    except (TypeError, ValueError):
        return False


def gap_files(report: Mapping[str, Any], gap: Mapping[str, Any]) -> list[str]:
    """The files a gap is about: its documents; for a contract's gap naming none (a missing
    acceptance report), the evidence linked to that contract, so the reviewer knows where to look."""
    files = sorted(set(gap.get("documents", [])))
    if gap.get("contract_no") and not [f for f in files if f != report.get("declaration_source")]:
        for c in report.get("contracts", []):
            if c["contract_no"] == gap["contract_no"]:
                linked = sorted({p for paths in c.get("evidence", {}).values() for p in paths})
                files = sorted(set(files) | set(linked))
    return files


# ---- page images ---------------------------------------------------------------------------


@dataclass
class PageImage:
    file: str
    page: int                 # 1-based
    jpeg: bytes
    width: int
    height: int


@dataclass
class PageImages:
    """Rendered pages keyed by (rel path, page); notes say why a page is missing."""

    pages: dict[tuple[str, int], PageImage] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)   # rel path -> why no image

    @property
    def total_bytes(self) -> int:
        return sum(len(p.jpeg) for p in self.pages.values())

    @property
    def encoded_bytes(self) -> int:
        """What the images weigh inside the page, as base64 data: URIs."""
        return sum(4 * ((len(p.jpeg) + 2) // 3) for p in self.pages.values())


def _encode(arr_or_img, max_side: int, quality: int):
    from PIL import Image

    img = arr_or_img if isinstance(arr_or_img, Image.Image) else Image.fromarray(arr_or_img)
    if img.mode != "RGB":
        img = img.convert("RGB")
    if max(img.size) > max_side:
        ratio = max_side / max(img.size)
        img = img.resize((max(1, round(img.width * ratio)), max(1, round(img.height * ratio))),
                         Image.LANCZOS)
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    return buffer.getvalue(), img.width, img.height


def wanted_pages(report: Mapping[str, Any]) -> dict[str, set[int]]:
    """Pages that carry a shown value, per document path."""
    wanted: dict[str, set[int]] = {}
    for doc in report.get("documents", []):
        for prov in _provenances(doc):
            if prov.get("page", 0) >= 1:
                wanted.setdefault(prov.get("file") or doc["path"], set()).add(int(prov["page"]))
    for gap in report.get("gaps", []):   # the pages of seal findings, for their crops
        for seal in gap.get("seals", ()):
            wanted.setdefault(seal["file"], set()).add(int(seal["page"]))
    return wanted


def _provenances(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [*doc.get("provenance", {}).values(), *doc.get("credit_codes", [])]


def extra_credit_codes(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Credit codes found on the document that are not already shown as one of its fields."""
    seen = {(str(p.get("value")), p.get("page"), tuple(p.get("box") or ())) for p in doc.get("provenance", {}).values()}
    return [p for p in doc.get("credit_codes", [])
            if (str(p.get("value")), p.get("page"), tuple(p.get("box") or ())) not in seen]


def render_pages(report: Mapping[str, Any], submission_root: Path | None, *, dpi: int = DEFAULT_DPI,
                 quality: int = DEFAULT_QUALITY, budget_bytes: int = DEFAULT_BUDGET_BYTES) -> PageImages:
    """Render each wanted page once. Files are found through `open_submission`, so a zip
    (and zips inside it) works as well as a folder; a file whose content no longer matches
    the report's sha256 is not shown (its boxes would point at the wrong place)."""
    images = PageImages()
    wanted = wanted_pages(report)
    if not wanted:
        return images
    if submission_root is None or not Path(submission_root).exists():
        for rel in wanted:
            images.notes[rel] = "未提供申报材料，无法显示页面图像"
        return images
    from pipeline.ingest.submission import open_submission

    expected = {d["path"]: d.get("sha256") for d in report.get("documents", [])}
    with tempfile.TemporaryDirectory(prefix="jinzheng-html-") as work:
        try:
            opened = open_submission(Path(submission_root), Path(work))
        except Exception as exc:   # noqa: BLE001 - the report must still be written
            for rel in wanted:
                images.notes[rel] = plain_message(f"申报材料无法打开（{exc}）")[0]
            return images
        files = {f.rel: f for f in opened.evidence}
        for rel, pages in sorted(wanted.items()):
            source = files.get(rel)
            if source is None:
                images.notes[rel] = "在申报材料中找不到该文件"
                continue
            if expected.get(rel) and source.sha256 != expected[rel]:
                images.notes[rel] = "文件内容与报告核验时不一致（已被修改），不显示页面图像"
                continue
            _render_file(images, rel, source.path, sorted(pages), dpi, quality)
    if images.encoded_bytes > budget_bytes:
        _shrink(images, budget_bytes, quality)
    return images


def _render_file(images: PageImages, rel: str, path: Path, pages: list[int], dpi: int, quality: int) -> None:
    from pipeline.read.raster import load_image_frames, render_pdf_page

    max_side = min(MAX_PAGE_PIXELS_SIDE, int(11.7 * dpi * 1.15))
    try:
        if path.suffix.lower() == ".pdf":
            for page in pages:
                arr = render_pdf_page(path, page - 1, dpi)
                jpeg, w, h = _encode(arr, max_side, quality)
                images.pages[(rel, page)] = PageImage(rel, page, jpeg, w, h)
        else:
            frames = load_image_frames(path)
            for page in pages:
                if page - 1 < len(frames):
                    jpeg, w, h = _encode(frames[page - 1], max_side, quality)
                    images.pages[(rel, page)] = PageImage(rel, page, jpeg, w, h)
    except Exception as exc:   # noqa: BLE001 - a page that will not render is only a missing picture
        log.warning("cannot render %s for report.html: %s", rel, exc)
        images.notes[rel] = plain_message(f"页面图像无法生成（{exc}）"[:200])[0]


def _shrink(images: PageImages, budget_bytes: int, quality: int) -> None:
    from PIL import Image

    for _ in range(3):
        total = images.encoded_bytes
        if total <= budget_bytes:
            return
        ratio = max(0.4, (budget_bytes / total) ** 0.5 * 0.95)
        quality = max(35, quality - 10)
        for key, page in list(images.pages.items()):
            img = Image.open(io.BytesIO(page.jpeg))
            side = max(1, int(max(img.size) * ratio))
            jpeg, w, h = _encode(img, side, quality)
            images.pages[key] = PageImage(page.file, page.page, jpeg, w, h)


# ---- the page ------------------------------------------------------------------------------


CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",
 "WenQuanYi Micro Hei",SimSun,sans-serif;font-size:14px;color:#1d2329;background:#f4f6f8;line-height:1.5}
main{max-width:1360px;margin:0 auto;padding:16px 20px 80px}
h1{font-size:22px;margin:8px 0 4px} h2{font-size:18px;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid #c9d1d9}
h3{font-size:15px;margin:16px 0 6px}
section{background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:12px 16px;margin:14px 0}
table{border-collapse:collapse;width:100%} th,td{border:1px solid #d8dee4;padding:5px 7px;vertical-align:top;text-align:left}
th{background:#eef1f4;font-weight:600;white-space:nowrap}
.muted{color:#667085;font-size:12px} .small{font-size:12px}
.badge{display:inline-block;padding:0 7px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap;margin:1px 2px 1px 0}
.ok{background:#dcf5e3;color:#11632f} .bad{background:#fde0de;color:#a4161a} .warn{background:#fff1c7;color:#8a5a00}
.none{background:#eceff2;color:#556} .stale{background:#f3e0ff;color:#6b1d9c}
.verdict-main{font-size:20px;font-weight:700;margin:6px 0}
.verdict-main .ok,.verdict-main .bad,.verdict-main .warn{font-size:18px;padding:2px 12px}
.figures{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}
.figure{border:1px solid #d8dee4;border-radius:6px;padding:6px 12px;min-width:180px;background:#fafbfc}
.figure b{display:block;font-size:18px}
.figure .review-cleared{display:block;color:#9a6700}
.note{background:#fff8e1;border-left:4px solid #e0a800;padding:6px 10px;margin:8px 0}
td.cell-ok{background:#effaf2} td.cell-bad{background:#fdecea} td.cell-warn{background:#fff7dc} td.cell-none{background:#f6f7f8}
.doc{border-top:1px dashed #d0d7de;padding-top:4px;margin-top:4px} .doc:first-child{border-top:0;margin-top:0;padding-top:0}
.kv{display:block} .kv i{font-style:normal;color:#667085}
a.val{color:#0b57d0;text-decoration:none;border-bottom:1px dotted #0b57d0} a.val:hover{background:#e8f0fe}
a{color:#0b57d0}
tr.dismissed td{color:#8a94a0} tr.dismissed td .msg{text-decoration:line-through}
.decision{font-size:12px;margin-top:3px}
.pages{display:flex;flex-direction:column;gap:18px}
figure.pg{margin:0;background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:8px}
figure.pg figcaption{font-weight:600;margin-bottom:6px}
.page{position:relative;display:block;width:100%;max-width:820px;overflow:hidden;border:1px solid #aab}
.page img{display:block;width:100%;height:auto}
.box{position:absolute;display:block;border:2px solid rgba(230,120,0,.85);background:rgba(255,200,0,.12);scroll-margin-top:35vh}
.box:target{border:3px solid #e00000;background:rgba(255,0,0,.15);box-shadow:0 0 0 3000px rgba(0,0,0,.28);z-index:2}
.top{position:fixed;right:18px;bottom:18px;background:#0b57d0;color:#fff;padding:6px 12px;border-radius:18px;text-decoration:none;font-size:13px}
.gapkinds{margin-top:3px}
.seals{display:flex;flex-wrap:wrap;gap:8px;margin-top:4px}
a.seal{display:inline-flex;flex-direction:column;align-items:center;text-decoration:none;max-width:170px}
a.seal img{width:120px;height:auto;border:1px solid #d8dee4;border-radius:4px;background:#fff}
@media print{.top{display:none} section{break-inside:avoid-page}}
"""


class _Anchors:
    """Anchor ids of values (one per provenance) and of document and page sections."""

    def __init__(self, report: Mapping[str, Any], images: PageImages):
        self.images = images
        self.low_confidence = review_threshold(report)
        self.doc_index = {d["path"]: i for i, d in enumerate(report.get("documents", []), start=1)}
        self.page_ids = {key: f"pg-{n}" for n, key in enumerate(sorted(images.pages), start=1)}
        self.boxes: dict[tuple[str, int], list[tuple[str, Mapping[str, Any], str]]] = {}
        self._value_ids: dict[tuple, str] = {}

    def doc(self, path: str) -> str:
        return f"doc-{self.doc_index[path]}" if path in self.doc_index else ""

    def value(self, doc_path: str, name: str, prov: Mapping[str, Any] | None) -> str | None:
        """The href for a value: its box on its page, else the page, else None."""
        if not prov:
            return None
        file, page = prov.get("file") or doc_path, int(prov.get("page") or 0)
        if (file, page) not in self.images.pages:
            return None
        if not prov.get("box"):
            return "#" + self.page_ids[(file, page)]
        key = (file, page, name, tuple(prov["box"]), str(prov.get("value")))
        if key not in self._value_ids:
            vid = f"v{len(self._value_ids) + 1}"
            self._value_ids[key] = vid
            self.boxes.setdefault((file, page), []).append((vid, prov, f"{FIELD_LABELS.get(name, name)}：{fmt_value(name, prov.get('value'))}"))
        return "#" + self._value_ids[key]


def _value_link(anchors: _Anchors, doc_path: str, name: str, prov: Mapping[str, Any] | None,
                value: Any) -> str:
    text = esc(fmt_value(name, value))
    if prov is None:
        return text
    title = (f"{prov.get('file')} 第{prov.get('page')}页 · 原文「{prov.get('text', '')}」 · "
             f"{method_label(prov.get('method'))} · 置信度 {prov.get('confidence', '')}")
    if prov.get("review_reason"):
        title += f" · 需复核：{prov['review_reason']}"
    href = anchors.value(doc_path, name, prov)
    mark = (' <span class="badge warn">需复核</span>' if prov.get("review_reason")
            else ' <span class="badge warn">置信度低</span>' if low_confidence(prov, anchors.low_confidence) else "")
    if href is None:
        return f'<span title="{esc(title)}">{text}</span>{mark}'
    return f'<a class="val" href="{href}" title="{esc(title)}">{text}</a>{mark}'


def _doc_link(anchors: _Anchors, path: str) -> str:
    anchor = anchors.doc(path)
    return f'<a href="#{anchor}">{esc(path)}</a>' if anchor else esc(path)


def _decision_html(gap: Mapping[str, Any]) -> str:
    d = gap.get("decision")
    if not d:
        return ""
    cls = "stale" if d.get("stale") else ("none" if d["decision"] == "dismiss" else "bad")
    out = (f'<div class="decision"><span class="badge {cls}">{esc(d.get("label"))}</span>'
           f'{esc(d.get("reviewer"))} · {esc(d.get("decided_at"))}<br>理由：{esc(d.get("reason"))}')
    if d.get("changed_files"):
        out += "<br>已变更文件：" + "、".join(esc(f) for f in d["changed_files"])
    return out + "</div>"


def sorted_gaps(gaps: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Most serious first: counted gaps before dismissed ones; severity high to low; confirmed
    before needs_review; then as given."""
    order = {"confirmed": 0, "needs_review": 1}
    return [g for _, g in sorted(enumerate(gaps), key=lambda ig: (
        not gap_counts(ig[1]), -int(ig[1]["severity"]), order.get(ig[1]["status"], 2), ig[0]))]


def _verdict(report: Mapping[str, Any]) -> str:
    gaps = report.get("gaps", [])
    counted = [g for g in gaps if gap_counts(g)]
    confirmed = sum(1 for g in counted if g["status"] == "confirmed")
    dismissed = len(gaps) - len(counted)
    parts = ['<section id="verdict"><h2>核验结论</h2>']
    note = _recheck_note(report)
    # decisions changed statuses but not the machine's verdict: say so beside it, never contradict it
    manual = ' <span class="badge warn">机器核验结果 · 复核决定后待人工核定</span>' if note else ""
    if report.get("assessment_passed") is not None:
        ok = report["assessment_passed"]
        parts.append(f'<div class="verdict-main">考核结论：<span class="badge {"ok" if ok else "bad"}">'
                     f'{"通过" if ok else "未通过"}</span>{manual}{_pending_note(report)}</div>')
    else:
        tier = report.get("award_tier_wan")
        if tier is None:
            text, cls = "未定", "none"
        elif tier == 0:
            text, cls = "0 万元（不符合奖励条件）", "bad"
        else:
            text, cls = f"{tier} 万元", "ok"
        parts.append(f'<div class="verdict-main">奖励档位：<span class="badge {cls}">{esc(text)}</span>{manual}'
                     f'{_pending_note(report)}</div>')
    declared, accepted = report.get("declared_total_yuan"), report.get("accepted_total_yuan")
    ratio = ""
    try:
        if declared and float(declared) > 0:
            ratio = f"（占申报 {float(accepted) / float(declared) * 100:.1f}%）"
    except (TypeError, ValueError):
        pass
    contracts = report.get("contracts", [])
    verified = [c for c in contracts if machine_contract_status(c) == "verified"]
    after_review = _cleared_by_review(contracts)
    parts.append('<div class="figures">'
                 f'<div class="figure">核实验收合同总额<b>{fmt_wan(accepted)}</b><span class="muted">{esc(ratio)}</span>'
                 f'{after_review}</div>'
                 f'<div class="figure">申报合同总额<b>{fmt_wan(declared)}</b></div>'
                 f'<div class="figure">缺口<b>{len(counted)} 项</b><span class="muted">确认 {confirmed} · 待复核 '
                 f'{len(counted) - confirmed}{f" · 已驳回 {dismissed}" if dismissed else ""}</span></div>'
                 f'<div class="figure">合同<b>{len(verified)} / {len(contracts)} 份已核实</b>'
                 f'<span class="muted">即核实总额所计的合同</span>{after_review}</div></div>')
    if note:
        parts.append(f'<div class="note" id="recheck">{esc(note)}</div>')
    items = report_items(report)
    parts.append('<table id="requirements"><thead><tr><th>编号</th><th>要求</th><th>结论</th>'
                 '<th>核实情况（要求）</th><th>说明</th></tr></thead><tbody>')
    for r in report.get("requirements", []):
        label, cls = requirement_status(r)
        before = ""
        if r.get("status_before_review"):
            before = f'<div class="muted">复核前：{esc(REQ_STATUS.get(r["status_before_review"], ("",))[0])}</div>'
        measure = requirement_measure_text(r, report)
        if r["id"] in items:
            mine = items[r["id"]]
            failed = sum(1 for i in mine if i.counted_status != "ok")
            details = esc(f"申报 {len(mine)} 项，{failed} 项不符合或待复核；") + \
                f'<a href="#items-{esc(r["id"])}">逐项明细</a>'
        else:
            details = esc("；".join(GAP_KIND_LABELS.get(str(d), str(d)) for d in r.get("details") or []))
        parts.append(f'<tr class="req req-{esc(r["status"])}"><td>{esc(r["id"])}</td><td>{esc(r.get("title"))}</td>'
                     f'<td><span class="badge {cls}">{label}</span>{before}</td><td>{esc(measure)}</td>'
                     f'<td class="small">{details}</td></tr>')
    parts.append("</tbody></table></section>")
    return "".join(parts)


def _cleared_by_review(contracts: list[Mapping[str, Any]]) -> str:
    """Contracts that reviewer decisions left with no counted gap. The tiles keep the machine's
    figures (the total, the count and the requirement rows all rest on them, and agree); these
    are named beside them, for a person to decide, never added in."""
    cleared = [c for c in contracts if c["status"] == "verified" and machine_contract_status(c) != "verified"]
    if not cleared:
        return ""
    amount = sum(float(c.get("declared_amount_yuan") or 0) for c in cleared)
    return (f'<span class="muted review-cleared">复核后另有 {len(cleared)} 份合同不再有计入的缺口'
            f'（申报 {esc(fmt_wan(f"{amount:.2f}"))}），未计入上述数字，待人工核定</span>')


def _recheck_note(report: Mapping[str, Any]) -> str | None:
    try:
        from pipeline.report.decisions import recheck_note
    except ImportError:   # pragma: no cover
        return None
    return recheck_note(report)


def _gaps(report: Mapping[str, Any], anchors: _Anchors) -> str:
    gaps = sorted_gaps(list(report.get("gaps", [])))
    parts = [f'<section id="gaps"><h2>缺口清单（{len(gaps)} 项，按严重程度排序）</h2>']
    if not gaps:
        parts.append('<p><span class="badge ok">未发现缺口</span></p></section>')
        return "".join(parts)
    parts.append('<table><thead><tr><th>#</th><th>状态</th><th>严重程度</th><th>类型</th><th>合同 / 对象</th>'
                 '<th>说明</th><th>涉及文件</th></tr></thead><tbody>')
    for i, g in enumerate(gaps, start=1):
        counted = gap_counts(g)
        status = ('<span class="badge bad">确认</span>' if g["status"] == "confirmed"
                  else '<span class="badge warn">待复核</span>')
        subject = g.get("contract_no") or g.get("standard") or g.get("file") or g.get("supplier") \
            or g.get("meeting") or ""
        subject_html = esc(subject)
        if g.get("customer"):
            subject_html += (f'<br><span class="muted">{esc(g["customer"])}</span>' if subject
                             else esc(g["customer"]))
        reason = f'<div class="muted">复核原因：{esc(g["review_reason"])}</div>' if g.get("review_reason") else ""
        reason += _seal_crops(g, anchors)
        docs = "<br>".join(_doc_link(anchors, p) for p in gap_files(report, g)) or "—"
        parts.append(
            f'<tr class="gap gap-{esc(g["status"])}{"" if counted else " dismissed"}" data-kind="{esc(g["kind"])}">'
            f'<td>{i}</td><td>{status}</td><td>{SEVERITY.get(int(g["severity"]), g["severity"])}</td>'
            f'<td>{esc(GAP_KIND_LABELS.get(g["kind"], g["kind"]))}<div class="muted" title="复核命令 jinzheng review --gap 所用的类型代码">'
            f'代码 {esc(g["kind"])}</div></td>'
            f'<td>{subject_html}</td><td><span class="msg">{esc(g["message"])}</span>{reason}{_decision_html(g)}</td>'
            f'<td class="small">{docs}</td></tr>')
    parts.append("</tbody></table></section>")
    return "".join(parts)


SEAL_CROP_SIDE = 150   # px: a seal crop beside its finding


def _seal_crops(gap: Mapping[str, Any], anchors: _Anchors) -> str:
    """The seals behind a seal finding, cropped from their page images (a link to the page for
    a page where none was found)."""
    out = []
    for seal in gap.get("seals", ()):
        key = (seal["file"], int(seal["page"]))
        page = anchors.images.pages.get(key)
        if page is None:
            continue
        where = f'{esc(seal["file"])} 第{seal["page"]}页'
        link = f'#{anchors.page_ids[key]}'
        if not seal.get("box"):
            out.append(f'<a class="small" href="{link}">查看{where}</a>')
            continue
        crop = _crop_jpeg(page, seal["box"])
        ring = f'印文「{esc(seal.get("ring_text", ""))}」' if seal.get("ring_text") else "印文未能识别"
        out.append(f'<a class="seal" href="{link}" title="{where} · {ring}"><img alt="印章 {where}" '
                   f'src="data:image/jpeg;base64,{crop}"><span class="muted">{ring}</span></a>')
    return f'<div class="seals">{"".join(out)}</div>' if out else ""


def _crop_jpeg(page: PageImage, box: list[float]) -> str:
    from PIL import Image

    img = Image.open(io.BytesIO(page.jpeg))
    w, h = img.size
    x0, y0, x1, y1 = box
    pad = 0.01
    area = (max(int((x0 - pad) * w), 0), max(int((y0 - pad) * h), 0),
            min(int((x1 + pad) * w) + 1, w), min(int((y1 + pad) * h) + 1, h))
    jpeg, _, _ = _encode(img.crop(area), SEAL_CROP_SIDE, 75)
    return base64.b64encode(jpeg).decode("ascii")


REUSE_KEY_LABELS = {"sha256": "文件完全相同", "bank_serial": "回单编号/流水号相同",
                    "contract": "合同编号、金额与当事方相同", "page_hash": "扫描页面相似"}


def reuse_section(report: Mapping[str, Any], anchors: _Anchors) -> str:
    """Documents also found in other applicants' submissions (evidence_reused), each with the
    other submission, its applicant and document, and the key that matched."""
    found = [g for g in report.get("gaps", []) if g["kind"] == "evidence_reused"]
    if not found:
        return ""
    parts = [f'<section id="reuse"><h2>证据跨申报重复使用（{len(found)} 份文件）</h2>'
             '<table><thead><tr><th>本申报材料的文件</th><th>其他申报材料</th><th>申报单位</th><th>对方文件</th>'
             '<th>相同之处</th><th>状态</th></tr></thead><tbody>']
    for g in found:
        for m in g.get("reused_with", []):
            status = ('<span class="badge bad">确认</span>' if m["status"] == "confirmed"
                      else '<span class="badge warn">待复核</span>')
            same = REUSE_KEY_LABELS.get(m["key"], m["key"])
            if m.get("distance") is not None:
                same += f"（相差 {m['distance']} 位）"
            elif m.get("value") and m["key"] != "sha256":
                same += f"：{m['value'].replace('|', '，')}"
            parts.append(f'<tr class="reuse" data-other="{esc(m["submission"])}">'
                         f'<td class="small">{_doc_link(anchors, g.get("file") or (g.get("documents") or [""])[0])}</td>'
                         f'<td>{esc(m["submission"])}</td><td>{esc(m.get("applicant"))}</td>'
                         f'<td class="small">{esc(m["document"])}</td><td class="small">{esc(same)}</td>'
                         f'<td>{status}</td></tr>')
    parts.append("</tbody></table></section>")
    return "".join(parts)


def _cell(report_docs: Mapping[str, Mapping[str, Any]], contract: Mapping[str, Any], kind: str,
          gaps: list[Mapping[str, Any]], anchors: _Anchors) -> str:
    paths = contract.get("evidence", {}).get(kind, [])
    mine = [g for g in gaps if g.get("contract_no") == contract["contract_no"] and
            (g["kind"] == f"missing_{kind}" or set(g.get("documents", [])) & set(paths))]
    counted = [g for g in mine if gap_counts(g)]
    if any(g["status"] == "confirmed" for g in counted):
        cls = "bad"
    elif counted:
        cls = "warn"
    elif paths:
        cls = "ok"
    else:
        cls = "none"
    body = []
    for path in paths:
        doc = report_docs.get(path, {})
        fields, prov = doc.get("fields", {}), doc.get("provenance", {})
        lines = [f'<div class="doc"><div>{_doc_link(anchors, path)}</div>']
        shown = ["contract_no", "amount_yuan", "date", *PARTY_FIELDS.get(kind, ()),
                 *(("result",) if kind == "acceptance_report" else ())]
        for name in shown:
            if fields.get(name) is None and name not in prov:
                continue
            value = fields.get(name, prov.get(name, {}).get("value"))
            lines.append(f'<span class="kv"><i>{esc(FIELD_LABELS.get(name, name))}：</i>'
                         f'{_value_link(anchors, path, name, prov.get(name), value)}</span>')
        reason = contract.get("link_reasons", {}).get(path)
        if reason:
            lines.append(f'<span class="muted">关联依据：{esc(reason)}</span>')
        lines.append("</div>")
        body.append("".join(lines))
    if not paths:
        body.append('<span class="muted">未提供</span>')
    if mine:
        badges = []
        for g in mine:
            gcls = ("none" if not gap_counts(g) else "bad" if g["status"] == "confirmed" else "warn")
            suffix = "（已驳回）" if not gap_counts(g) else ("（待复核）" if g["status"] == "needs_review" else "")
            badges.append(f'<span class="badge {gcls}" title="{esc(g["message"])}">'
                          f'{esc(GAP_KIND_LABELS.get(g["kind"], g["kind"]))}{suffix}</span>')
        body.append(f'<div class="gapkinds">{"".join(badges)}</div>')
    elif paths:
        body.append('<div class="gapkinds"><span class="badge ok">一致</span></div>')
    return f'<td class="cell cell-{cls}" data-kind="{kind}">{"".join(body)}</td>'


def _matrix(report: Mapping[str, Any], anchors: _Anchors) -> str:
    contracts = report.get("contracts", [])
    docs = {d["path"]: d for d in report.get("documents", [])}
    gaps = list(report.get("gaps", []))
    parts = [f'<section id="matrix"><h2>证据矩阵（{len(contracts)} 份申报合同）</h2>'
             '<p class="muted">绿色：证据齐全且一致；红色：确认的缺口；黄色：待人工复核；灰色：未提供（非必需）。'
             '点击数值查看其在原件页面上的位置。</p>'
             '<table><thead><tr><th>申报合同</th>'
             + "".join(f"<th>{KIND_LABELS[k]}</th>" for k in EVIDENCE_KINDS) + "</tr></thead><tbody>"]
    for c in contracts:
        label, cls = CONTRACT_STATUS.get(c["status"], (c["status"], "none"))
        before = ""
        if c.get("status_before_review"):
            before = f'<span class="muted">（复核前：{esc(CONTRACT_STATUS.get(c["status_before_review"], ("",))[0])}）</span>'
        other = [g for g in gaps if g.get("contract_no") == c["contract_no"] and not any(
            g["kind"] == f"missing_{k}" or set(g.get("documents", [])) & set(c.get("evidence", {}).get(k, []))
            for k in EVIDENCE_KINDS)]
        other_html = "".join(
            f'<span class="badge {"none" if not gap_counts(g) else "bad" if g["status"] == "confirmed" else "warn"}" '
            f'title="{esc(g["message"])}">{esc(GAP_KIND_LABELS.get(g["kind"], g["kind"]))}</span>' for g in other)
        dates = " · ".join(x for x in (f"签订 {c['signed_on']}" if c.get("signed_on") else "",
                                       f"验收 {c['accepted_on']}" if c.get("accepted_on") else "") if x)
        parts.append(
            f'<tr class="contract" data-contract="{esc(c["contract_no"])}"><th style="white-space:normal;min-width:200px">'
            f'{esc(c["contract_no"])}<div>{esc(c["customer"])}</div>'
            f'<div class="muted">申报 {fmt_yuan(c.get("declared_amount_yuan"))}{(" · " + esc(dates)) if dates else ""}</div>'
            f'<span class="badge {cls}">{label}</span>{before}'
            f'{f"<div class=gapkinds>{other_html}</div>" if other_html else ""}</th>'
            + "".join(_cell(docs, c, k, gaps, anchors) for k in EVIDENCE_KINDS) + "</tr>")
    parts.append("</tbody></table></section>")
    return "".join(parts)


def _gap_badges(gaps: list[Mapping[str, Any]]) -> str:
    return "".join(
        f'<span class="badge {"none" if not gap_counts(g) else "bad" if g["status"] == "confirmed" else "warn"}" '
        f'title="{esc(g["message"])}">{esc(GAP_KIND_LABELS.get(g["kind"], g["kind"]))}'
        f'{"（已驳回）" if not gap_counts(g) else "（待复核）" if g["status"] == "needs_review" else ""}</span>'
        for g in gaps)


def items_title(report: Mapping[str, Any]) -> str:
    return "考核事项明细" if report.get("assessment_passed") is not None else "申报事项明细"


def _items(report: Mapping[str, Any], anchors: _Anchors) -> str:
    """Assessment cycle: per declared item (supplier, meeting, diagnosed customer, standard)
    its document, the document's values (linked to their boxes) and its status."""
    by_requirement = report_items(report)
    if not by_requirement:
        return ""
    titles = {r["id"]: r.get("title", "") for r in report.get("requirements", [])}
    docs = {d["path"]: d for d in report.get("documents", [])}
    parts = [f'<section id="items"><h2>{items_title(report)}</h2>'
             '<p class="muted">逐项列出申报的配套供应商、经验交流会、诊断客户与标准草案：对应文件、识别的数值'
             '（点击查看原件位置）与核验结论。</p>']
    for rid, items in by_requirement.items():
        parts.append(f'<h3 id="items-{esc(rid)}">{esc(rid)} {esc(titles.get(rid, ""))}（{len(items)} 项）</h3>'
                     '<table class="items"><thead><tr><th>#</th><th>申报事项</th><th>对应文件</th><th>识别的数值</th>'
                     '<th>结论</th></tr></thead><tbody>')
        for n, item in enumerate(items, start=1):
            status = item.counted_status
            label, cls = ITEM_STATUS.get(status, (status, "none"))
            doc = docs.get(item.document or "", {})
            values = []
            for name, prov in doc.get("provenance", {}).items():
                values.append(f'<span class="kv"><i>{esc(FIELD_LABELS.get(name, name))}：</i>'
                              f'{_value_link(anchors, item.document, name, prov, prov.get("value"))}</span>')
            document = _doc_link(anchors, item.document) if item.document else '<span class="muted">未找到文件</span>'
            badges = _gap_badges(item.gaps)
            parts.append(f'<tr class="item item-{esc(status)}" data-requirement="{esc(rid)}"><td>{n}</td>'
                         f'<td>{esc(item.label)}</td><td class="small">{document}</td>'
                         f'<td class="small">{"".join(values) or "—"}</td>'
                         f'<td><span class="badge {cls}">{label}</span>'
                         f'{f"<div class=gapkinds>{badges}</div>" if badges else ""}</td></tr>')
        parts.append("</tbody></table>")
    parts.append("</section>")
    return "".join(parts)


def _documents(report: Mapping[str, Any], anchors: _Anchors) -> str:
    documents = report.get("documents", [])
    parts = [f'<section id="documents"><h2>文档明细（{len(documents)} 份）</h2>']
    for doc in documents:
        anchor = anchors.doc(doc["path"])
        kind = KIND_LABELS.get(doc.get("doc_type"), doc.get("doc_type"))
        meta = [f"类型：{kind}（{doc.get('doc_type_confidence', 0):.2f}）" if doc.get("doc_type_confidence") is not None else f"类型：{kind}",
                f"{doc.get('pages', '?')} 页",
                "读取方式：" + "、".join(method_label(m) for m in doc.get("methods", []) or ["—"])]
        if doc.get("linked_contract"):
            meta.append(f"关联合同：{doc['linked_contract']}")
        if doc.get("readable") is False:
            meta.append("无法读取")
        parts.append(f'<h3 id="{anchor}">{esc(doc["path"])}</h3><div class="muted">{esc(" · ".join(meta))}'
                     f' · sha256 {esc(doc.get("sha256", "")[:16])}…</div>')
        note = anchors.images.notes.get(doc["path"])
        if note:
            parts.append(f'<div class="note">{esc(note)}</div>')
        for issue in doc.get("errors", []):
            parts.append(f'<div class="note">{esc(issue.get("message"))}'
                         f'{("；" + esc(issue["advice"])) if issue.get("advice") else ""}</div>')
        rows = [(name, prov) for name, prov in doc.get("provenance", {}).items()]
        rows += [("uscc", prov) for prov in extra_credit_codes(doc)]
        if not rows:
            continue
        parts.append('<table class="fields"><thead><tr><th>字段</th><th>值</th><th>页</th><th>原文</th>'
                     '<th>方式</th><th>置信度</th><th>校验</th></tr></thead><tbody>')
        for name, prov in rows:
            checks = "、".join(prov.get("checks", []) or [])
            if prov.get("review_reason"):
                checks = (checks + "；" if checks else "") + "需复核：" + prov["review_reason"]
            parts.append(f'<tr><td>{esc(FIELD_LABELS.get(name, name))}</td>'
                         f'<td>{_value_link(anchors, doc["path"], name, prov, prov.get("value"))}</td>'
                         f'<td>{esc(prov.get("page"))}</td><td class="small">{esc(prov.get("text"))}</td>'
                         f'<td class="small">{esc(method_label(prov.get("method")))}</td><td>{esc(prov.get("confidence"))}</td>'
                         f'<td class="small">{esc(checks)}</td></tr>')
        parts.append("</tbody></table>")
    parts.append("</section>")
    return "".join(parts)


def _pages(anchors: _Anchors) -> str:
    images = anchors.images
    if not images.pages:
        return ""
    parts = [f'<section id="pages"><h2>页面图像（{len(images.pages)} 页）</h2>'
             '<p class="muted">红框为所点击数值的位置，橙框为该页其他被引用的数值。点击框返回所在文档。</p><div class="pages">']
    for key in sorted(images.pages):
        page = images.pages[key]
        data = base64.b64encode(page.jpeg).decode("ascii")
        boxes = []
        for vid, prov, label in anchors.boxes.get(key, []):
            x0, y0, x1, y1 = (max(0.0, min(1.0, float(v))) for v in prov["box"])
            boxes.append(f'<a class="box" id="{vid}" href="#{anchors.doc(page.file)}" title="{esc(label)}" '
                         f'style="left:{x0 * 100:.2f}%;top:{y0 * 100:.2f}%;width:{max(x1 - x0, 0.004) * 100:.2f}%;'
                         f'height:{max(y1 - y0, 0.004) * 100:.2f}%"></a>')
        parts.append(f'<figure class="pg" id="{anchors.page_ids[key]}"><figcaption>{_doc_link(anchors, page.file)}'
                     f' · 第 {page.page} 页</figcaption><div class="page">'
                     f'<img alt="{esc(page.file)} 第{page.page}页" width="{page.width}" height="{page.height}" '
                     f'src="data:image/jpeg;base64,{data}">{"".join(boxes)}</div></figure>')
    parts.append("</div></section>")
    return "".join(parts)


def render_html(report: Mapping[str, Any], images: PageImages | None = None) -> str:
    images = images or PageImages()
    anchors = _Anchors(report, images)
    applicant = report.get("applicant", {})
    catalog = report.get("catalog", {})
    # body sections first: value links register the boxes the page section draws
    verdict = _verdict(report)
    gaps = _gaps(report, anchors) + reuse_section(report, anchors)
    matrix = _matrix(report, anchors)
    items = _items(report, anchors)
    documents = _documents(report, anchors)
    pages = _pages(anchors)
    title = f"核验报告 · {applicant.get('name', '')} · {report.get('submission', '')}"
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body><main id=\"top\">"
        f'<h1>申报材料核验报告：{esc(applicant.get("name", ""))}</h1>'
        f'<div class="muted">统一社会信用代码 {esc(applicant.get("uscc", ""))} · 申报材料「{esc(report.get("submission", ""))}」'
        f' · {esc(catalog.get("title", catalog.get("id", "")))}（{esc(catalog.get("phase", ""))}，'
        f'{esc(catalog.get("period", {}).get("start", ""))} 至 {esc(catalog.get("period", {}).get("end", ""))}）</div>'
        f'<div class="muted small">目录：<a href="#verdict">核验结论</a> · <a href="#gaps">缺口清单</a> · '
        f'<a href="#matrix">证据矩阵</a>{f" · <a href=#items>{items_title(report)}</a>" if items else ""} · '
        f'<a href="#documents">文档明细</a>{" · <a href=#pages>页面图像</a>" if images.pages else ""}</div>'
        f"{verdict}{gaps}{matrix}{items}{documents}{pages}"
        '<p class="muted small">本报告由津证（jinzheng）自动生成，所有数值均可点击追溯至原件页面；'
        '印章、签名与手写内容未经核验。</p>'
        '<a class="top" href="#top">↑ 返回顶部</a></main></body></html>\n')


def write_html_report(verification_or_report: Any, submission_root: Path | None, out_path: Path, *,
                      dpi: int = DEFAULT_DPI, quality: int = DEFAULT_QUALITY,
                      budget_bytes: int = DEFAULT_BUDGET_BYTES) -> Path:
    """Write `out_path` (report.html). `verification_or_report`: a `Verification` or a report
    dict (pass the dict after `apply_decisions` so decisions show). `submission_root`: the
    submission as given (folder or zip) to render page images from; None for no images."""
    report = verification_or_report.to_json() if hasattr(verification_or_report, "to_json") \
        else verification_or_report
    images = render_pages(report, Path(submission_root) if submission_root else None,
                          dpi=dpi, quality=quality, budget_bytes=budget_bytes)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(out_path, render_html(report, images))
    return out_path


def _pending_note(report: dict) -> str:
    """Beside a verdict that rests on confirmed evidence only: what it becomes once the open
    questions are answered in the applicant's favour."""
    if not report.get("verdict_pending"):
        return ""
    if report.get("assessment_passed_if_confirmed") is not None:
        then = "通过" if report["assessment_passed_if_confirmed"] else "仍未通过"
    elif report.get("award_tier_if_confirmed_wan") is not None:
        then = f"{report['award_tier_if_confirmed_wan']} 万元"
    else:
        return ""
    return (f' <span class="badge warn">有待复核事项：以上结论只计已确认的证据；'
            f'待复核事项全部核实无误则为 {esc(then)}</span>')

