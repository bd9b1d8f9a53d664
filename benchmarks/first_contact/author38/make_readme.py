"""Write README.md from the generated truth (python make_readme.py data)."""
import json
import os
import sys
from collections import Counter, defaultdict

from docs import GENRES

TRAPS = {
    "a38_support_clean": [
        "12 contracts / 11 distinct customers (one customer has two contracts); two contracts signed in 2022 and accepted in 2023",
        "instalments: 2 or 3 payment documents of different genres summing exactly to the declared amount (the first instalment of one contract is paid in 2022)",
        "look-alikes as `other`: a bank 预付款保函 naming contract no. and 30 % of its amount; a 验收方案 with a blank conclusion; a 中标候选人公示 web print (each contract also has its real evidence)",
        "distractors on every page: 预付款/质保金/违约金 sums, 不含税金额 and 税额, 服务期 to 2026, 计划竣工日期, 打印时间, 手续费, account balances, other bidders' prices",
        "a non-Tianjin customer (廊坊, declared 否) is legitimate; two large customers declared 否 correctly",
    ],
    "a38_support_gaps": [
        "the applicant's address is in 天津市 but its credit code was issued in 廊坊 (region 131000): applicant_not_tianjin",
        "missing evidence hidden behind look-alikes: only a 验收方案 (no acceptance), only a 预付款保函 plus a corrupt upload (no payment), only a 中标候选人公示 (no procurement)",
        "a 2022 contract without acceptance document whose declared 验收日期 (2022-12-20) is out of period",
        "payer is the customer's shareholder (天津海沣实业投资有限公司), handwritten 电汇凭证 scan",
        "byte-identical acceptance document uploaded twice (different names and folders)",
        "declared standard without a draft; only 2 of 3 drafts present",
    ],
    "a38_support_tricky": [
        "verified total exactly 50,000,000.00 → tier 500 on its lower threshold",
        "three instalments in three genres (银行承兑汇票 copy, 境内汇款申请书, 电子回单) whose last one (质保金) is paid in 2024: not a gap",
        "a contract signed 2022-11-18, accepted 2023-01-05: in period",
        "an acceptance dated 二〇二三年十二月二十九日 inside a letter whose own date is in 2024: in period",
        "a bank statement whose highlighted credit is 0.4 % below the declared amount (charges deducted): within the 0.5 % tolerance",
        "payer name written with half-width parentheses 天津堃鹏重工(集团)股份有限公司: same customer",
        "procurement amount stated only as 万元; hand-ticked □通过 on scanned controlled forms",
        "subtle real gaps: payment by the group parent (天津津垣控股集团有限公司) with '代…支付' in 用途; a 比选 中选金额 0.6 % above the declared amount; an acceptance meeting held 二〇二四年一月五日 while the workbook says 2023-12-27; a customer credit code with a wrong check character; one large customer declared as SME (sme_misclassified: S-sme still met); one declared standard without draft (3 of 4 present, S-standards met)",
    ],
}


def main(root):
    subs = sorted(n for n in os.listdir(root) if os.path.exists(os.path.join(root, n, "ground_truth.json")))
    truths = {n: json.load(open(os.path.join(root, n, "ground_truth.json"), encoding="utf-8")) for n in subs}
    out = []
    w = out.append
    w("# author38 — independent support-cycle evidence set (Tianjin 智能制造系统解决方案供应商)\n")
    w("Three fictitious submissions of the support cycle (支持周期 2023-01-01..2023-12-31) in the layout of format.md, "
      "written from scratch without looking at the reader under test. Every company, credit code, account, contract and amount is invented.\n")
    w("## Regenerate and check\n")
    w("    cd /tmp/author38")
    w("    nice -n 10 python3 generate.py --out data --seed 38     # ~1 minute, one process")
    w("    python3 check.py data                                   # exit 0 only when all holds")
    w("    python3 make_readme.py data                             # rewrites this README's tables\n")
    w("Same seed → same truth and same bytes (reportlab `invariant`, seeded RNGs, fixed xlsx zip timestamps; "
      "scan/photo pixels depend on the installed pypdfium2/OpenCV/Pillow versions).\n")
    w("Modules: `util.py` (own GB 32100 check character and GB 11714 organisation-code check, 大写 amount writer, 汉字/票据/dotted date writers), "
      "`rules.py` (gaps, counts, requirements, tier — the only implementation, used by generator and checker), "
      "`render.py` (reportlab page helper, ring-text seals drawn as characters, signatures, hand ticks, handwriting stand-in; rasterising with skew, blur, noise, paper tone, "
      "dust, streaks, perspective, uneven light, JPEG artefacts), `docs.py` (21 genres, each returning the truth of what it drew), `generate.py`, `check.py`.\n")
    w("`check.py` verifies: every file under `submission/` (but the workbook) listed once with its sha256; all eight field keys; fields only where the doc type has them; "
      "`other` all-null and without contract; the workbook's 申报单位/服务用户清单/标准草案 equal the truth; gaps, requirements, counts, total and tier re-derived with `rules.py` "
      "from the truth's documents and the workbook's declarations; each contract's gaps equal its `planted` labels; and for every text-layer PDF each non-null truth field "
      "is found in the PDF's own text (in one of the forms a reader may see: ¥ figures, 大写, 万元, ISO/汉字/dotted/compact/票据 dates).\n")
    w("## Submissions\n")
    w("| submission | docs | text | scan | photo | corrupt | files (pdf/jpg/png/tif) | tier | accepted total | verified contracts / customers / SME | standards with draft | gaps |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n, t in truths.items():
        r = Counter(d["rendering"] for d in t["documents"])
        e = Counter(d["path"].rsplit(".", 1)[1] for d in t["documents"])
        w(f"| `{n}` | {len(t['documents'])} | {r['text']} | {r['scan']} | {r['photo']} | {r['corrupt']} | "
          f"{e['pdf']}/{e['jpg']}/{e['png']}/{e['tif']} | {t['award_tier_wan']} | {t['accepted_total_yuan']} | "
          f"{t['verified_contracts']} / {t['verified_customer_count']} / {t['verified_sme_customer_count']} | {t['standards_with_document']} | {len(t['gaps'])} |")
    w("")
    for n, t in truths.items():
        w(f"### `{n}`\n")
        req = ", ".join(f"{k} {v}" for k, v in t["requirements"].items())
        w(f"Requirements: {req}. Declared contracts: {len(t['contracts'])}; standards declared: {len(t['standards'])}.\n")
        if t["gaps"]:
            w("| gap | contract | customer | requirement |")
            w("|---|---|---|---|")
            for g in t["gaps"]:
                extra = g.get("standard") or g.get("file") or ""
                w(f"| {g['kind']} | {g['contract_no'] or '—'} | {g['customer'] or extra or '—'} | {g['requirement']} |")
            w("")
        else:
            w("No gaps.\n")
        w("Traps and notes:\n")
        for x in TRAPS.get(n, []):
            w(f"- {x}")
        w("")
    w("## Genres\n")
    w("`new` = absent from existing_genres.md (different paper, issuer, procedure or wording); the others are ordinary genres written in our own way. "
      "Each document's `note` starts with its genre id in brackets.\n")
    w("| id | genre | doc_type | issuer | new | what is new / what it tests | count | renderings |")
    w("|---|---|---|---|---|---|---|---|")
    cnt = Counter()
    rend = defaultdict(Counter)
    for t in truths.values():
        for d in t["documents"]:
            g = d["note"].split("]")[0].lstrip("[")
            cnt[g] += 1
            rend[g][d["rendering"]] += 1
    for gid, (fn, dt, name, issuer, new, what) in GENRES.items():
        rr = ", ".join(f"{k} {v}" for k, v in sorted(rend[gid].items()))
        w(f"| `{gid}` | {name} | {dt} | {issuer} | {'yes' if new else 'no'} | {what} | {cnt[gid]} | {rr} |")
    w(f"| `corrupt_upload` | 损坏的上传文件 | other | — | — | truncated PDF without header: unreadable_document | {cnt['corrupt_upload']} | corrupt {cnt['corrupt_upload']} |")
    w("")
    w("## How the format was interpreted\n")
    for x in [
        "`verified_contracts` is a count (format.md calls these keys 'the counts behind the thresholds').",
        "`standards` entries are `{seq, name, category, stage, has_document}`; a standard has its document when a `standard_draft`'s `title` equals its name (parentheses/space-normalised).",
        "A corrupt upload is `doc_type: other`, `rendering: corrupt`, `contract_no: null`, all fields null; its gap is `unreadable_document` with `file`, requirement S-evidence. Where it was the only payment document of a contract, that contract also has `missing_payment_proof`.",
        "`not_tianjin` is decided from the declared customer code's region (12xxxx) only, because the workbook has no customer address column. `applicant_not_tianjin`: address not starting 天津市 **or** code region not 12.",
        "`date_out_of_period`: any acceptance document whose date is outside 2023; only when no acceptance document states a date, the declared 验收日期 is used. Payment and signing dates never cause it.",
        "`acceptance_not_passed`: any acceptance document of the contract with result `failed` (none of the sets mixes a failed and a later passed report).",
        "`amount_mismatch`: a contract, procurement or acceptance amount, or the sum of distinct (by sha256) payment documents, differs from the declared amount by more than 0.5 % of it. Null amounts are not compared.",
        "`party_mismatch`: payer ≠ declared customer, payee ≠ applicant, acceptance or contract customer ≠ declared customer; names compared after unifying full/half-width parentheses and removing spaces. The procurement issuer is not compared (format.md does not list it). A payment by a parent/group company without the customer's name is a mismatch.",
        "One gap per kind per contract; gaps sorted by declared contract order, then kind; submission-level gaps last.",
        "Field `date` of an acceptance document is the date the acceptance took place (meeting / 终验 date), not the date a letter or minutes were issued; of a contract the signing date (for e-signatures the 签署时间's date); of a bank acceptance bill its 出票日期; of a bank statement the highlighted row's date.",
        "Field `contract_no` of a payment is set when the 用途/摘要 cites it, and for the 银行承兑汇票 from its 交易合同号码 box.",
        "Payment `payer` for a bank statement row is that row's 对方户名; `payee` is the statement's 户名.",
        "`customer` for the system print (`cms_print`) is 我方签约主体; for the EPC agreement the 发包人; for the subscription agreement the 订阅方.",
        "`note` is Chinese, prefixed with `[genre id]` (used by this README's genre table).",
    ]:
        w(f"- {x}")
    w("")
    w("## Research\n")
    w("Layouts were checked against public descriptions of real papers found with the search tool: the 电汇凭证 structure (汇款人/收款人 全称·账号·汇出/汇入地点, 汇出行/汇入行, 大写 and digit boxes, 附加信息及用途, 汇出行签章), "
      "the 银行承兑汇票 face (出票日期 in 大写, 出票人/收款人 blocks, 汇票到期日, 承兑协议编号, 交易合同号码, 本汇票请你行承兑，到期无条件付款), bank 对账单 contents (户名, 账号, 对账期间, 摘要, 对方户名, 借/贷方发生额, 余额, bank seal), "
      "and the wording of acceptance-meeting reports (…组织召开…验收会，听取…汇报，查看现场，查阅资料，经质询讨论…一致同意通过验收). Nothing was copied verbatim.\n")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data")
