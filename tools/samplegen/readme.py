"""sample_evidence/README.md: the ground-truth format and a table of every bundled file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

HEADER = """# Sample evidence (generated)

Four fictitious submissions to the 天津市智能制造和工业互联网系统解决方案供应商 award, each with
exact ground truth: two of the support cycle (2023-01-01..2023-12-31, `support_clean`,
`support_gaps`) and two of the assessment cycle (2024, `assessment_pass`, `assessment_fail`; their
section is at the end). Every company, credit
code, contract and amount is invented. **Do not edit by hand** — regenerate:

    python -m tools.samplegen --preset ci --out sample_evidence

(the same seeds always give the same ground truth, workbook and text-layer PDF bytes; scan and
photo pixels can change with Pillow/pypdfium2/OpenCV versions). Bigger sets on demand:

    python -m tools.samplegen --preset large --seed 7 --submissions 5 --out /tmp/x
    python -c "from tools.samplegen import generate_submission; generate_submission('gaps', '/tmp/s', seed=3)"

## Layout

    sample_evidence/<name>/ground_truth.json     # outside the submission: never read it as evidence
    sample_evidence/<name>/submission/申报信息.xlsx
    sample_evidence/<name>/submission/**/<uninformative names>.pdf|jpg|png|tif

`申报信息.xlsx` has sheets `申报单位` (`项目 | 内容`: 单位名称, 统一社会信用代码, 注册地址, 申报方向,
服务行业), `服务用户清单` (序号, 用户名称, 统一社会信用代码, 合同编号, 合同名称, 合同金额（万元）, 签订日期,
验收日期, 是否中小企业, 从业人员, 营业收入（万元）, 是否天津企业) and `标准草案` (序号, 标准名称, 标准类别,
阶段). Deliberate mess: a merged title row above each header (headers are on row 2); one of
`合同金额（万元）` / `营业收入（万元）` is written with half-width parentheses (`合同金额(万元)`);
about a third of the rows carry dates as text `2023年5月11日` instead of Excel dates; one row
has its amount as text (`270.00`) and the largest customer's revenue is text with thousands
separators (`214,246`).

## ground_truth.json

| key | meaning |
|---|---|
| `applicant` | `{name, uscc, address}` of the applicant |
| `award_tier_wan` | 1000 / 750 / 500 / 250 / 0 (万元) |
| `accepted_total_yuan` | sum of declared amounts of the verified contracts, `"43695100.00"` |
| `requirements` | `E-tianjin`, `S-customers`, `S-total`, `S-evidence`, `S-standards`, `S-sme`: `met` / `not_met` |
| `gaps` | `[{kind, contract_no, customer, requirement}]` (+ `standard` for missing_standard_document, `file` for unreadable_document) |
| `verified_contracts`, `verified_customer_count`, `verified_sme_customer_count`, `standards_with_document` | the counts behind the thresholds |
| `contracts` | declared rows: `seq, contract_no, customer, customer_uscc, amount_yuan, planted` (planted = the generator's defect labels, informational) |
| `standards` | declared standards and whether their draft was uploaded |
| `documents` | every file under `submission/` except the workbook (below) |

Each `documents` entry: `path` (relative to `submission/`, posix), `doc_type` (contract |
acceptance_report | payment_proof | procurement_proof | standard_draft | other), `rendering`
(text | scan | photo | mixed | corrupt), `contract_no` (the declared contract it belongs to, or
null), `sha256`, `note` (what it tests, Chinese), and `fields` — always all eight keys, null when
the document does not state it:

| field | contract | acceptance_report | payment_proof | procurement_proof | standard_draft |
|---|---|---|---|---|---|
| `contract_no` | as printed | as printed (some omit it) | only if 用途/摘要 cites it | 采购订单 always, 中标通知书 sometimes | – |
| `amount_yuan` | 合同总金额 | 合同金额 (some omit it) | this receipt's amount | 中标金额 / 订单金额 | – |
| `date` | 签订日期 | 验收日期 | 交易日期 | notice / order date | – |
| `customer` | 甲方 | 验收单位 / 建设单位 | – | 招标人 / 采购方 | – |
| `payer`, `payee` | – | – | 付款人 / 收款人 户名 | – | – |
| `result` | – | `passed` / `failed` | – | – | – |
| `title` | – | – | – | – | the 标准名称 |

Amounts are strings with two decimals (yuan); dates ISO. Most documents print amounts as both
大写 and `¥`/`￥` 小写 (`人民币贰佰肆拾肆万壹仟元整（¥2,441,000.00）`); the harder layouts do not.

## Layouts (`tools/samplegen/layouts.py`, chosen per document in `build.py`)

| kind | layouts |
|---|---|
| contract | prose 甲方/乙方 with 签订日期 under the signatures; a ruled 首页 grid; a GF-style 购销合同 (供方 first, then 需方; 签订时间 in the header grid; the total only in the 合计 row of the items table, 大写 and ¥); a 技术开发合同 between 委托人 and 受托人 whose signing date is stated only in prose (`本合同于二〇二三年四月三日…签订`), after a later delivery deadline |
| acceptance_report | a ruled 验收证书 grid; a prose 验收报告; a ruled 竣工验收单/项目验收确认单 (建设单位/施工单位, 开工日期 and 竣工日期 beside 验收日期, result as `■合格 □不合格`, no amount) |
| payment_proof | a bank 电子回单 grid; a company 付款凭证; a bank 进账单（回单） (date line at the top, two 全称/账号/开户银行 blocks with 出/票/人 and 收/款/人 written vertically, 大写 plus ¥ and one digit per cell under 亿…分; text-layer only for now: OCR runs 出 into 全称 and the extractor's column reading then finds no payer); a 客户回单 with the payee block on the left, slash or compact (`20230612`) 交易日期 and the amount in figures only |
| procurement_proof | a 中标通知书; a 采购订单 with an items table; a 成交通知书 (amount only as `244.1万元`, a 项目编号 and no contract number, dated `2023.10.12`) |

The assessment bundles keep the first two layouts per kind (`extra_layouts=False`).

## Rules (implemented once in `tools/samplegen/rules.py`)

Contract-level gaps (requirement `S-evidence` unless noted): missing_acceptance_report,
missing_payment_proof, missing_procurement_proof; amount_mismatch (an amount stated on the
contract, procurement proof or acceptance report, or the sum of the payments, differs from the
declared amount by more than 0.5 %); date_out_of_period (an acceptance report dated outside 2023;
without a report, the declared 验收日期); acceptance_not_passed; party_mismatch (payer ≠ declared
customer, payee ≠ applicant, acceptance issued by another firm, contract 甲方 ≠ customer);
duplicate_evidence (identical bytes uploaded twice, on the contract the file belongs to);
invalid_uscc (declared customer code fails the GB 32100 check; the documents carry the same
code); not_tianjin (declared 是否天津企业=是 but the address is not 天津市… or the code region is
not 12xxxx); sme_misclassified (`S-sme`: declared 是否中小企业 differs from the 2017 thresholds —
large = 从业人员 ≥ 1000 **and** 营业收入 ≥ 40000 万元). File level: unreadable_document (null
contract). Standards: missing_standard_document (`S-standards`, with `standard`). Submission
level (null contract): customer_count_below_threshold (distinct customers with a verified
contract < 8), total_below_threshold (verified total < 25,000,000), sme_count_below_threshold
(distinct verified customers that are SMEs by the thresholds < 5), standards_below_threshold
(declared standards with their draft < 3), applicant_not_tianjin (`E-tianjin`).

A contract is **verified** when its only contract-level gap, if any, is sme_misclassified.
Requirement status: `not_met` when a gap deciding it is present — for S-evidence any S-evidence
gap; for E-tianjin, S-customers, S-total, S-sme, S-standards only their threshold / applicant
gap (sme_misclassified and missing_standard_document are reported under S-sme / S-standards but
do not by themselves fail the count requirement). Tier from the verified total: > 1亿 → 1000;
[7500万, 1亿] → 750; [5000万, 7500万) → 500; [2500万, 5000万) → 250; else 0; and 0 unless
E-tianjin, S-customers, S-total, S-sme and S-standards are all met (S-evidence does not gate the
tier: its gaps already removed contracts from the verified total).

## Renderings

- **text** — reportlab PDF with a text layer: WenQuanYi Micro Hei / Zen Hei (embedded TTF
  subsets) or STSong-Light (standard CID font, not embedded; pdfplumber maps it through
  UniGB-UCS2-H). `tests/integration/test_samplegen.py` checks that pdfplumber returns the contract number,
  the ¥ amount and the party names of every text document.
- **scan** — pages rasterised with pypdfium2 (150 dpi; TIFF 200 dpi bilevel CCITT G4), red round
  seal(s) with the company name on the ring stamped over the signature area, paper tone, uneven
  light, ±3° skew, slight blur, noise, JPEG artefacts; filed as image-only PDF, .jpg, .png (32
  colour palette) or .tif (multi-page for multi-page documents).
- **photo** — phone photo of a one-page document: desk background margin, perspective warp,
  lighting gradient, 1080 px wide .jpg.
- **mixed** — contract PDF whose clause pages have a text layer and whose last page (the
  signature page) is a scanned image.
- **corrupt** — the first half of a real PDF (cannot be opened).
"""


def render_readme(gts: list[dict[str, Any]]) -> str:
    parts = [HEADER]
    for gt in gts:
        name = gt["submission"]
        parts.append(f"\n## {name}\n\n{gt['description']}\n")
        parts.append(f"Applicant {gt['applicant']['name']} ({gt['applicant']['uscc']}); "
                     f"tier {gt['award_tier_wan']} 万元; verified total ¥{gt['accepted_total_yuan']}; "
                     f"{len(gt['documents'])} files + 申报信息.xlsx.\n")
        if gt["gaps"]:
            parts.append("\nGaps:\n")
            for g in gt["gaps"]:
                who = f" — {g['contract_no']} {g['customer']}" if g["contract_no"] else ""
                extra = f" — {g['standard']}" if "standard" in g else (f" — {g['file']}" if "file" in g else "")
                parts.append(f"- `{g['kind']}` ({g['requirement']}){who}{extra}\n")
        else:
            parts.append("\nGaps: none.\n")
        parts.append("\n| file | doc_type | rendering | contract | what it tests |\n|---|---|---|---|---|\n")
        for d in sorted(gt["documents"], key=lambda d: (d["contract_no"] or "~", d["doc_type"], d["path"])):
            parts.append(f"| `{d['path']}` | {d['doc_type']} | {d['rendering']} | {d['contract_no'] or ''} | {d['note']} |\n")
    return "".join(parts)


def write_readme(root: Path, gts: list[dict[str, Any]]) -> Path:
    path = Path(root) / "README.md"
    path.write_text(render_readme(gts), encoding="utf-8")
    return path
