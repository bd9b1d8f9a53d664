"""Print the README tables from the generated truth (python3 summarize.py data)."""
import collections, json, os, sys

GENRES = {
    "N01": ("承揽合同（定作人/承揽人）", "contract", "customer as 定作人", "Civil-Code work-contract roles 定作人/承揽人 instead of 甲/乙; letter-spaced labels; 定金 20 %, 质保金 5 %, 违约金 and 交付期限 as distractors; 签约时间 under the seals"),
    "N02": ("工业软件使用许可及实施服务合同", "contract", "both parties", "the applicant is 甲方 (许可方) and the customer 乙方 (被许可方): 甲方 ≠ customer; total only in a fee table (许可费/实施费/硬件/赠送运维) and 大写 prose; dotted dates 2024.03.05"),
    "O01": ("设备采购合同 (ordinary)", "contract", "both parties", "own wording: 采购方（甲方）/供货方（乙方） header grid, items table with 合计"),
    "N03": ("集团电子采购平台 中选通知书", "procurement_proof", "customer's group purchasing platform", "中选/中选人/中选金额 instead of 中标; amount only in 万元 (rounded to 0.01 万元); date only in 汉字 (二〇二四年…); 开评标 date and 投标保证金 as distractors; no contract number"),
    "N04": ("客户内部 供应商选型评估报告", "procurement_proof", "customer's 信息中心, approved by its GM", "the customer's own evaluation of three vendors (scores and three quotes) recommending the applicant; only the applicant's quote is the field; 调研 start date as distractor"),
    "O02": ("中标通知书 (ordinary)", "procurement_proof", "customer as 招标人", "own wording, contract number cited"),
    "N05": ("项目验收会签表", "acceptance_report", "customer's departments", "four departments countersign (生产/设备/信息/质量) with handwritten names; verdict as drawn check boxes (通过验收 / 不通过，限期整改); no amount"),
    "N06": ("数字化改造项目绩效评价及验收意见表", "acceptance_report", "customer's evaluation panel", "KPI table (OEE, 合格率, 采集率 before/target/measured) then a 综合结论 sentence that decides passed/failed; amount in the table; no contract number"),
    "O03": ("项目验收证书 (ordinary)", "acceptance_report", "customer", "own wording grid"),
    "N07": ("手机银行 转账成功 截图 (payer side)", "payment_proof", "customer's mobile bank app", "phone screenshot (PNG) or a photo of it: amount only in ¥ figures, 付款账户 masked, payee name wraps, 附言 cites the contract sometimes, 手续费 0.00 and 交易流水号 as distractors"),
    "N08": ("集团财务公司 结算业务回单", "payment_proof", "the customer group's 财务有限公司 (not a bank)", "payer's account is at a finance company; 付款单位/收款单位; 大写 and 小写 rows; slash date 2024/01/05; 打印日期 weeks later as distractor"),
    "O04": ("网上银行电子回单 (ordinary)", "payment_proof", "payer's bank", "own wording"),
    "N09": ("软件测试服务分包合同", "subcontract", "applicant and supplier", "甲方（总包方/委托方）/乙方（分包方/测试方） grid with the supplier's code and address; 大写 + 小写"),
    "N10": ("电控柜成套加工分包合同 + 报价单", "subcontract", "applicant and supplier", "total only in the annexed 报价单 合计 row; signing date only in prose (本合同由双方于…签订); 45-day delivery as distractor; supplier address in prose"),
    "N11": ("供需对接会 现场记录 + 对接意向登记表", "meeting_record", "applicant (主办)", "a 活动现场记录 grid (活动名称 label) and an intent register used as the sign-in sheet (企业名称, 信用代码, 对接意向, 签名)"),
    "N12": ("红头会议纪要（〔2024〕第N期）+ 地址签到表", "meeting_record", "applicant", "red-header minutes with a period number; meeting name only in the title line; the sign-in sheet has addresses and phones but no credit codes (Tianjin decided by address)"),
    "N13": ("现场观摩交流会 活动纪要 + 分组签到表 (two files)", "meeting_record", "applicant", "minutes with no sheet, and a separate 分组签到表 (第一组/第二组) with a 会议名称 label and drawn 已签到 ticks"),
    "N14": ("智能制造能力成熟度（GB/T 39116）评估诊断报告", "diagnosis_report", "applicant", "score table per capability with 一级/二级 levels; 改进建议与解决方案 section (absent when planted)"),
    "N15": ("4M1E（人机料法环）现场诊断报告", "diagnosis_report", "applicant", "diagnosed firm in a grid (诊断对象/受诊断单位/被诊断企业/服务对象 rotate); 人/机/料/法/环 observation table; 实施方案 section"),
    "N16": ("问题—原因—对策 表式诊断报告", "diagnosis_report", "applicant", "the solution is only the third column 对策与建议 of a table; planted gaps drop that column; dotted 报告日期"),
    "N17": ("团体标准 编制说明 + 送审稿封面", "standard_draft", "association / applicant", "the 编制说明 comes first, the T/ cover second"),
    "O05": ("企业标准 征求意见稿封面 (ordinary)", "standard_draft", "applicant", "Q/ cover"),
    "L01": ("投标文件封面 (look-alike)", "other", "applicant", "the applicant's own bid cover naming the customer and a 投标报价 — not procurement proof"),
    "L02": ("付款申请单 (look-alike)", "other", "customer", "customer's internal payment request with empty approvals — not a payment"),
    "L03": ("免费诊断服务申请表 (look-alike)", "other", "diagnosed firm", "the enterprise's application for a diagnosis — not a report"),
    "L04": ("增值税电子专用发票 (look-alike)", "other", "applicant", "invoice with 价税合计 — not a payment"),
    "X": ("truncated PDF", "other", "—", "unreadable file"),
}


def main(root):
    subs = sorted(p for p in os.listdir(root) if os.path.isfile(os.path.join(root, p, "ground_truth.json")))
    gcount = collections.defaultdict(collections.Counter)
    for s in subs:
        t = json.load(open(os.path.join(root, s, "ground_truth.json"), encoding="utf-8"))
        r = collections.Counter(d["rendering"] for d in t["documents"])
        k = collections.Counter(d["doc_type"] for d in t["documents"])
        print(f"### {s}\n")
        print("| documents | text | scan | photo | mixed | corrupt |\n|---|---|---|---|---|---|")
        print(f"| {len(t['documents'])} | {r['text']} | {r['scan']} | {r['photo']} | {r['mixed']} | {r['corrupt']} |\n")
        print("doc types: " + ", ".join(f"{a} {b}" for a, b in sorted(k.items())) + "\n")
        print(f"truth: assessment_passed **{t['assessment_passed']}**, accepted_total_yuan {t['accepted_total_yuan']}, verified contracts {t['verified_contracts']}, "
              f"customers {t['verified_customer_count']} (Tianjin {t['verified_tianjin_customer_count']}, SME {t['verified_sme_customer_count']}), "
              f"local suppliers {t['verified_local_suppliers']}, qualifying meetings {t['qualifying_meetings']}, diagnosed customers with solution "
              f"{t['diagnosed_customers_with_solution']}, standards with document {t['standards_with_document']}; requirements not met: "
              f"{[k for k, v in t['requirements'].items() if v != 'met'] or 'none'}; gaps {len(t['gaps'])}\n")
        if t["gaps"]:
            print("| gap | requirement | subject |\n|---|---|---|")
            for g in t["gaps"]:
                subj = g.get("contract_no") or g.get("supplier") or g.get("meeting") or g.get("standard") or g.get("file") or g.get("customer") or "—"
                if g.get("supplier"):
                    subj = f"{g['supplier']} ({g['contract_no']})"
                elif g.get("contract_no") and g.get("customer"):
                    subj = f"{g['contract_no']} / {g['customer']}"
                print(f"| {g['kind']} | {g['requirement']} | {subj} |")
            print()
        for d in t["documents"]:
            gcount[d["genre"]][d["rendering"]] += 1
    print("### Genres\n\n| id | genre | doc_type | issuer | what is new | count | renderings |\n|---|---|---|---|---|---|---|")
    for gid, (nm, dt_, iss, new) in GENRES.items():
        c = gcount.get(gid, collections.Counter())
        print(f"| {gid} | {nm} | {dt_} | {iss} | {new} | {sum(c.values())} | {', '.join(f'{k} {v}' for k, v in sorted(c.items()))} |")


if __name__ == "__main__":
    main(sys.argv[1])
