"""report.html: self-contained, verdict / gaps / matrix, values linked to their page boxes,
and opened in headless Chromium as a reviewer would."""

from __future__ import annotations
import copy
import os
import re
import subprocess
import zipfile
from pathlib import Path
import pytest
from PIL import Image
from pipeline.report.html import render_html, render_pages, sorted_gaps, write_html_report
from helpers.reports import (CHROMIUM, _page, build_sample)


@pytest.fixture
def sample(tmp_path):
    return build_sample(tmp_path)


# ---- the page ------------------------------------------------------------------------------


def test_html_is_self_contained_with_sections(sample, tmp_path):
    sub, report = sample
    out = write_html_report(report, sub, tmp_path / "out" / "report.html")
    text = out.read_text(encoding="utf-8")
    for anchor in ('id="verdict"', 'id="gaps"', 'id="matrix"', 'id="documents"', 'id="pages"'):
        assert anchor in text
    assert "奖励档位" in text and "0 万元" in text and "300.00 万元" in text and "500.00 万元" in text
    # nothing is fetched from anywhere: no external src/href, no stylesheet links or scripts
    assert not re.search(r'(src|href)="(https?:)?//', text)
    assert "<link" not in text and "<script" not in text and "@import" not in text and "url(" not in text
    # requirements with Chinese statuses
    assert "满足" in text and "不满足" in text


def test_each_page_with_a_value_is_embedded_once_with_boxes(sample, tmp_path):
    sub, report = sample
    text = write_html_report(report, sub, tmp_path / "report.html").read_text(encoding="utf-8")
    images = re.findall(r'src="data:image/jpeg;base64,', text)
    # pages carrying a value: contract p1+p2, acceptance, receipt C1, procurement, contract C2, receipt C2
    assert len(images) == 7
    # every box link targets a box drawn over its page, as CSS percentages of the page
    hrefs = set(re.findall(r'class="val" href="#(v\d+)"', text))
    boxes = dict(re.findall(r'class="box" id="(v\d+)"[^>]*style="([^"]+)"', text))
    assert hrefs and hrefs <= set(boxes)
    style = next(s for s in boxes.values() if "left:50.00%" in s)
    assert "top:30.00%" in style and "width:20.00%" in style
    # a value without a box links to its page
    assert re.search(r'class="val" href="#pg-\d+"', text)
    # the receipt that failed its cross-check is flagged
    assert "需复核" in text


def test_gaps_most_serious_first(sample):
    _, report = sample
    ordered = sorted_gaps(report["gaps"])
    # severity first, then confirmed before needs-review
    assert [g["kind"] for g in ordered] == ["missing_acceptance_report", "amount_mismatch",
                                           "unreadable_document", "missing_standard_document",
                                           "sme_misclassified"]
    text = render_html(report)
    positions = [text.index(f'data-kind="{g["kind"]}"') for g in ordered]
    assert positions == sorted(positions)


def test_matrix_cells_colour_and_missing(sample):
    _, report = sample
    text = render_html(report)
    rows = re.findall(r'<tr class="contract" data-contract="([^"]+)">(.*?)</tr>', text, re.S)
    assert [r[0] for r in rows] == ["C-001", "C-002"]
    c1 = {kind: colour for colour, kind in re.findall(r'<td class="cell cell-(\w+)" data-kind="(\w+)"', rows[0][1])}
    c2 = {kind: colour for colour, kind in re.findall(r'<td class="cell cell-(\w+)" data-kind="(\w+)"', rows[1][1])}
    assert c1 == {"contract": "ok", "acceptance_report": "ok", "payment_proof": "ok", "procurement_proof": "ok"}
    assert c2 == {"contract": "ok", "acceptance_report": "bad", "payment_proof": "warn", "procurement_proof": "none"}
    assert "缺验收报告" in rows[1][1] and "金额不一致（待复核）" in rows[1][1]
    assert "关联依据：合同编号、客户名称、金额" in rows[0][1]
    assert "3,000,000.00 元" in rows[0][1] and "合格" in rows[0][1]


def test_assessment_verdict(sample):
    _, report = sample
    report = copy.deepcopy(report)
    report["award_tier_wan"], report["assessment_passed"] = None, True
    text = render_html(report)
    assert "考核结论" in text and "通过" in text and "奖励档位" not in text


def test_zip_submission_and_changed_file(sample, tmp_path):
    sub, report = sample
    archive = tmp_path / "acme.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sub.rglob("*"):
            if path.is_file():
                zf.write(path, Path("acme") / path.relative_to(sub))
    assert len(render_pages(report, archive).pages) == 7
    # a file changed after verification: its boxes would lie, so it is not shown
    _page([[0.1, 0.1, 0.2, 0.2]]).save(sub / "回单C2.png")
    images = render_pages(report, sub)
    assert ("回单C2.png", 1) not in images.pages and "不一致" in images.notes["回单C2.png"]
    assert render_pages(report, None).pages == {}


def test_size_budget_shrinks_images(sample):
    sub, report = sample
    normal = render_pages(report, sub)
    # the budget is what the images weigh inside the page: base64, 4/3 of the JPEG bytes
    assert normal.encoded_bytes >= normal.total_bytes * 4 / 3
    budget = normal.encoded_bytes // 3
    small = render_pages(report, sub, budget_bytes=budget)
    assert small.encoded_bytes <= budget * 1.1
    assert set(small.pages) == set(normal.pages)
    page = render_html(report, small)
    embedded = sum(len(m) for m in re.findall(r'base64,([A-Za-z0-9+/=]+)"', page))
    assert embedded == small.encoded_bytes


def test_decisions_show(sample, tmp_path):
    from pipeline.report.decisions import apply_decisions, make_decision, report_hashes

    sub, report = sample
    gap = next(g for g in report["gaps"] if g["kind"] == "amount_mismatch")
    record = make_decision(gap, "dismiss", "张三", "第二笔回单在补充材料中", report_hashes(report))
    text = render_html(apply_decisions(report, [record]))
    assert "驳回（不计入）" in text and "张三" in text and "第二笔回单在补充材料中" in text
    assert 'class="gap gap-needs_review dismissed"' in text


# ---- in a browser --------------------------------------------------------------------------

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]
WINDOW_WIDTH = 1400

# Injected into a COPY of report.html: measures what a reader sees and writes it into the DOM,
# which --dump-dom then prints. The report itself carries no script.
PROBE = """<script>
window.addEventListener('load', function () {
  function box(id) {
    var e = document.getElementById(id);
    if (!e) return {found: false};
    var r = e.getBoundingClientRect(), cs = getComputedStyle(e);
    return {found: true, x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height,
            display: cs.display, visibility: cs.visibility, opacity: parseFloat(cs.opacity),
            text: (e.innerText || '').length};
  }
  // CJK glyphs really drawn: with no CJK font every character is the same tofu box, so two
  // different characters give identical pixels; a real font draws them differently.
  function glyph(ch, font) {
    var c = document.createElement('canvas'); c.width = 48; c.height = 48;
    var g = c.getContext('2d'); g.font = font; g.fillStyle = '#000'; g.textBaseline = 'top';
    g.fillText(ch, 4, 4);
    var d = g.getImageData(0, 0, 48, 48).data, ink = 0, sig = [];
    for (var i = 3; i < d.length; i += 4) { if (d[i] > 128) ink++; sig.push(d[i] > 128 ? 1 : 0); }
    return {ink: ink, sig: sig.join('')};
  }
  var font = '32px ' + getComputedStyle(document.body).fontFamily;
  var a = glyph('核', font), b = glyph('验', font), c = glyph('缺', font);
  var out = {page: {w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight},
             verdict: box('verdict'), gaps: box('gaps'), matrix: box('matrix'),
             cjk: {ink: [a.ink, b.ink, c.ink], distinct: a.sig !== b.sig && b.sig !== c.sig && a.sig !== c.sig}};
  var pre = document.createElement('pre'); pre.id = 'probe';
  pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
});
</script>"""


def _chromium(args: list[str], profile: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    base = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
    env = {**os.environ, "HOME": str(profile), **(env or {})}
    return subprocess.run(base + args, capture_output=True, text=True, timeout=180, env=env)


def probe(html_path: Path, work: Path, extra_css: str = "", env: dict | None = None) -> dict:
    """Open a copy of the page (with the probe, and `extra_css` to test the test) in headless
    Chromium and return what it measured."""
    import html as htmlmod
    import json

    work.mkdir(parents=True, exist_ok=True)
    text = html_path.read_text(encoding="utf-8")
    assert "<script" not in text                       # the report itself runs nothing
    if extra_css:
        text = text.replace("</head>", f"<style>{extra_css}</style></head>", 1)
    copy_path = work / "probe.html"
    copy_path.write_text(text.replace("</body>", PROBE + "</body>", 1), encoding="utf-8")
    run = _chromium([f"--window-size={WINDOW_WIDTH},1000", "--virtual-time-budget=5000", "--dump-dom",
                     copy_path.resolve().as_uri()], work / "profile", env)
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.search(r'<pre id="probe">(.*?)</pre>', run.stdout, re.S)
    assert found, "the probe did not run: " + run.stdout[-500:]
    return json.loads(htmlmod.unescape(found.group(1)))


def visible(measure: dict, page: dict) -> bool:
    return (measure["found"] and measure["display"] != "none" and measure["visibility"] == "visible"
            and measure["opacity"] > 0 and measure["w"] > 100 and measure["h"] > 20 and measure["text"] > 0
            and measure["x"] >= 0 and measure["y"] >= 0 and measure["x"] + measure["w"] <= page["w"] + 1
            and measure["y"] + measure["h"] <= page["h"] + 1)


def assert_reads_like_a_report(html_path: Path, work: Path) -> dict:
    """Verdict, gaps and matrix visible, in that order, CJK drawn with real glyphs."""
    seen = probe(html_path, work)
    page = seen["page"]
    for section in ("verdict", "gaps", "matrix"):
        assert visible(seen[section], page), (section, seen[section], page)
    assert seen["verdict"]["y"] < seen["gaps"]["y"] < seen["matrix"]["y"]
    assert seen["verdict"]["y"] < 400                  # the verdict is what one sees first
    assert min(seen["cjk"]["ink"]) > 30 and seen["cjk"]["distinct"], seen["cjk"]
    return seen


def _region(img, measure: dict):
    x0, y0 = int(measure["x"]), int(measure["y"])
    return img[y0:int(y0 + measure["h"]), x0:int(x0 + measure["w"])]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_report_in_headless_chromium(sample, tmp_path):
    import numpy as np

    sub, report = sample
    html_path = write_html_report(report, sub, tmp_path / "report.html")
    seen = assert_reads_like_a_report(html_path, tmp_path / "probe")

    # the probe can fail: a page whose gaps are hidden is caught
    hidden = probe(html_path, tmp_path / "hidden", "#gaps{display:none}")
    assert not visible(hidden["gaps"], hidden["page"]) and visible(hidden["verdict"], hidden["page"])
    # ... and so can the glyph check: with only a Latin font, Chinese is drawn as identical boxes
    latin = Path("/usr/share/fonts/truetype/dejavu")
    if latin.is_dir():
        conf = tmp_path / "latin-only.conf"
        conf.write_text(f'<?xml version="1.0"?><fontconfig><dir>{latin}</dir>'
                        f'<cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>', encoding="utf-8")
        tofu = probe(html_path, tmp_path / "tofu", env={"FONTCONFIG_FILE": str(conf)})
        assert tofu["cjk"]["distinct"] is False

    # a screenshot down to the end of the matrix; the pixels where the probe put each section
    height = int(min(seen["matrix"]["y"] + seen["matrix"]["h"] + 20, 8000))
    shot = tmp_path / "report.png"
    run = _chromium([f"--screenshot={shot}", f"--window-size={WINDOW_WIDTH},{height}",
                     html_path.resolve().as_uri()], tmp_path / "profile-shot")
    assert run.returncode == 0 and shot.is_file(), run.stderr[-2000:]
    img = np.asarray(Image.open(shot).convert("RGB"), dtype=np.int16)
    assert img.shape[:2] == (height, WINDOW_WIDTH)
    ink = img.sum(axis=2) < 450                                   # text, links, badges
    for section in ("verdict", "gaps", "matrix"):                 # text is drawn in each
        assert _region(ink, seen[section]).mean() > 0.01, section
    red = lambda a: (a[..., 0] - a[..., 1] > 60) & (a[..., 0] > 150)            # noqa: E731
    green = lambda a: (a[..., 1] - a[..., 0] > 10) & (a[..., 1] > 200)         # noqa: E731
    assert red(_region(img, seen["verdict"])).mean() > 0.0005      # 不满足 / tier 0 badges
    assert red(_region(img, seen["gaps"])).mean() > 0.0005         # 确认 badges
    assert green(_region(img, seen["matrix"])).mean() > 0.05       # the fully evidenced contract's cells
    # outside the sections the page is its plain background
    gap_between = img[int(seen["gaps"]["y"] + seen["gaps"]["h"]) + 2:int(seen["matrix"]["y"]) - 2, 5:15]
    assert gap_between.size and (np.abs(gap_between - np.array([244, 246, 248])).max() < 8)


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_bundled_sample_report_in_chromium(tmp_path, cache_dir):
    from conftest import SAMPLES
    from pipeline.settings import Settings
    from pipeline.results.verify import verify_submission

    source = SAMPLES / "support_gaps" / "submission"
    if not source.is_dir():
        pytest.skip("no bundled sample sample_evidence/support_gaps")
    verification, _ = verify_submission(source, Settings(cache_dir=cache_dir))
    report = verification.to_json()
    html_path = write_html_report(report, source, tmp_path / "report.html")
    assert html_path.stat().st_size < 10 * 1024 * 1024
    text = html_path.read_text(encoding="utf-8")
    assert len(re.findall(r'<tr class="contract"', text)) == len(report["contracts"])
    assert len(re.findall(r'<tr class="gap ', text)) == len(report["gaps"])
    assert_reads_like_a_report(html_path, tmp_path / "probe")


@pytest.mark.slow
def test_assessment_report_items_page_and_workbook(tmp_path, cache_dir):
    """A real assessment-cycle submission: per-item tables (supplier / meeting / diagnosis ->
    document -> values -> status) on the page and in the workbook, all in Chinese."""
    import openpyxl
    import pandas as pd

    from conftest import SAMPLES
    from pipeline.report.summary_xlsx import BatchEntry, write_batch_summary
    from pipeline.report.explain import explain
    from pipeline.settings import Settings
    from pipeline.results.verify import verify_submission

    source = SAMPLES / "assessment_fail" / "submission"
    if not source.is_dir():
        pytest.skip("no bundled sample sample_evidence/assessment_fail")
    verification, _ = verify_submission(source, Settings(cache_dir=cache_dir))
    report = verification.to_json()
    assert report["assessment_passed"] is False
    html_path = write_html_report(report, source, tmp_path / "report.html")
    text = html_path.read_text(encoding="utf-8")

    rows = re.findall(r'<tr class="item item-(\w+)" data-requirement="([^"]+)">(.*?)</tr>', text, re.S)
    by_req: dict[str, list] = {}
    for status, rid, body in rows:
        by_req.setdefault(rid, []).append((status, body))
    assert {"A-local-suppliers", "A-meetings", "A-diagnoses"} <= set(by_req)
    requirements = {r["id"]: r for r in report["requirements"]}
    for rid in ("A-local-suppliers", "A-meetings", "A-diagnoses"):
        items = by_req[rid]
        ok = sum(1 for status, _ in items if status == "ok")
        assert ok == requirements[rid]["measured"], rid          # the rows add up to the count
        # every item found in a document links to that document and to the boxes of its values
        for status, body in items:
            if "未找到文件" not in body:
                assert 'href="#doc-' in body and 'class="val" href="#v' in body, body[:300]
    missing = [g for g in report["gaps"] if g["kind"] == "missing_meeting_record"]
    assert missing and any(missing[0]["meeting"] in body and "未找到文件" in body and status == "failed"
                           for status, body in by_req["A-meetings"])
    # no raw English keys where a reader looks
    verdict = text[text.index('id="verdict"'):text.index('id="gaps"')]
    assert "customers：" not in verdict and "total_yuan" not in verdict and "服务用户 " in verdict
    assert "text_layer" not in text.replace("代码 ", "") and "文本层" in text

    # the terminal chain for one item, by subcontract number and by meeting name
    supplier_gap = next(g for g in report["gaps"] if g["kind"] == "subcontractor_not_tianjin")
    chain = explain(report, supplier_gap["contract_no"])
    assert supplier_gap["supplier"] in chain and "配套供应商非天津" in chain and "← " in chain
    assert "未找到文件" in explain(report, missing[0]["meeting"])

    book = write_batch_summary([BatchEntry("assessment_fail", source, report=report, out_dir=tmp_path)],
                               tmp_path / "summary.xlsx")
    frames = pd.read_excel(book, sheet_name=None)
    summary = frames["申报汇总"]
    assert summary.loc[0, "考核结论"] == "未通过"
    titled = [c for c in summary.columns if c.startswith("A-meetings ")]
    assert titled and "经验交流会" in titled[0] and summary.loc[0, titled[0]] == "不满足"
    gaps = frames["缺口明细"]
    assert len(gaps) == len(report["gaps"]) and not gaps["类型"].str.contains(r"^[a-z_]+$").any()
    ws = openpyxl.load_workbook(book)["申报汇总"]
    assert ws.cell(row=2, column=list(summary.columns).index("报告") + 1).hyperlink is not None

    seen = assert_reads_like_a_report(html_path, tmp_path / "probe")
    assert seen["page"]["h"] > seen["matrix"]["y"] + seen["matrix"]["h"]


def test_every_catalog_kind_and_measure_has_a_chinese_label():
    """No English identifier reaches a reader: gap kinds, measured / threshold keys and catalog
    parameters of both catalogs, extracted field names and reading methods."""
    import json

    from pipeline.catalogs.loader import CATALOG_DIR
    from pipeline.extract.fields import PARTY_LABELS
    from pipeline.report.vocabulary import FIELD_LABELS, GAP_KIND_LABELS, MEASURE_LABELS, METHOD_LABELS, fmt_measure_pair

    catalogs = sorted(Path(CATALOG_DIR).glob("*.json"))
    assert len(catalogs) >= 2
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for path in catalogs:
        catalog = json.loads(path.read_text(encoding="utf-8"))
        kinds = set(catalog["gap_kinds"]) | {r["gap_kind"] for r in catalog["requirements"] if r.get("gap_kind")}
        for kind in kinds:
            assert cjk.search(GAP_KIND_LABELS.get(kind, "")), (path.name, kind)
        for r in catalog["requirements"]:
            for key in set(r) - {"id", "title", "check", "gap_kind"}:
                assert cjk.search(MEASURE_LABELS.get(key, "")), (path.name, r["id"], key)
    # keys of the measured values the checks report (E-tianjin, A-customers)
    for key in ("uscc", "address", "customers", "total_yuan", "tianjin_customers"):
        assert cjk.search(MEASURE_LABELS.get(key, "")), key
    shown = fmt_measure_pair({"customers": 5, "total_yuan": "16968800.00", "tianjin_customers": 1},
                             {"customers": 6, "total_yuan": "15000000.00", "tianjin_customers": 2})
    assert shown == "服务用户 5 家 / 6 家；验收合同总额 1,696.88 万元 / 1,500.00 万元；天津企业用户 1 家 / 2 家"
    roles = {role for table in PARTY_LABELS.values() for role in table}
    for name in {*roles, *(f"{r}_uscc" for r in roles), *(f"{r}_address" for r in roles),
                 "contract_no", "amount_yuan", "date", "result", "title", "solution", "uscc"}:
        assert cjk.search(FIELD_LABELS.get(name, "")), name
    for method in ("text_layer", "ocr:tesseract", "ocr:rapidocr"):
        assert cjk.search(METHOD_LABELS[method]) or "OCR" in METHOD_LABELS[method]


def test_a_dismissed_threshold_gap_does_not_contradict_the_verdict(sample):
    from pipeline.report.decisions import apply_decisions, make_decision, report_hashes

    _, report = sample
    report = copy.deepcopy(report)
    report["gaps"].insert(0, {"kind": "total_below_threshold", "requirement": "S-total", "severity": 3,
                              "status": "confirmed", "contract_no": None, "customer": None, "documents": [],
                              "message": "经核实的验收合同总额 3,000,000.00元，低于要求的 25,000,000.00元",
                              "details": []})
    gap = report["gaps"][0]
    out = apply_decisions(report, [make_decision(gap, "dismiss", "李四", "另有补充合同", report_hashes(report))])
    text = render_html(out)
    verdict = text[text.index('id="verdict"'):text.index('id="gaps"')]
    row = re.search(r'<tr class="req req-\w+"><td>S-total</td>.*?</tr>', verdict, re.S).group(0)
    assert "人工认定满足（需复核）" in row and ">满足<" not in row and "复核前：不满足" in row
    # the tier stays the machine's, and says so next to itself
    assert "0 万元（不符合奖励条件）" in verdict and "复核决定后待人工核定" in verdict
    assert 'id="recheck"' in verdict and "S-total" in verdict[verdict.index('id="recheck"'):]
    # without decisions: no note, no 人工认定
    plain = render_html(report)
    assert 'id="recheck"' not in plain and "人工认定" not in plain
