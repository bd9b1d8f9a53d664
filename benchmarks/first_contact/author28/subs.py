"""The three submissions."""
from build import Sub, build_contract, finish, std, STD, SISTER, APP

F_CLEAN = dict(contract='一、合同', acceptance_report='二、验收报告', payment_proof='三、付款证明',
               procurement_proof='四、采购证明', standard_draft='五、标准草案', other='六、其他材料')
F_GAPS = dict(contract='证明材料/合同文本', acceptance_report='证明材料/验收材料', payment_proof='证明材料/财务支付证明',
              procurement_proof='证明材料/招采文件', standard_draft='标准', other='附件')
F_TRICK = dict(contract='01 合同及补充材料', acceptance_report='02 客户验收', payment_proof='03 回款凭证',
               procurement_proof='04 采购证明文件', standard_draft='05 标准', other='06 其他')


def clean(rng, out):
    S = Sub('a28_support_clean', rng, out, F_CLEAN)
    cache = {}
    plan = [(0, 820, '2022-11-08', '2023-05-16'), (1, 615, '2023-01-12', '2023-07-20'), (2, 540, '2022-12-02', '2023-06-09'),
            (3, 505, '2023-02-20', '2023-08-30'), (4, 480, '2022-09-14', '2023-03-28'), (5, 466, '2023-03-03', '2023-09-12'),
            (11, 455, '2023-01-18', '2023-07-05'), (12, 430, '2023-04-10', '2023-10-19'), (13, 395, '2023-02-07', '2023-06-28'),
            (14, 318, '2023-05-22', '2023-11-15')]
    for i, (ci, amt, sg, ac) in enumerate(plan):
        spec = dict(sign=sg, acc=ac, deliv='2023-%02d-15' % max(1, int(ac[5:7]) - 1), open=sg, rdate=sg,
                    others=['o_cert'] if i in (1, 6, 9) else (['o_waybill'] if i in (3, 5, 8) else (['o_dun'] if i in (2, 7) else [])))
        build_contract(S, i + 1, ci, amt, spec, cache)
    std(S, STD[:3], STD[:3], ['s_plain', 's_expl'], F_CLEAN['standard_draft'])
    S.add('o_license', dict(app=APP['name'], app_uscc=APP['uscc'], app_addr=APP['address'], district='西青区'), None)
    return finish(S, out)


def gaps(rng, out):
    S = Sub('a28_support_gaps', rng, out, F_GAPS)
    cache = {}
    plan = [
        (15, 380, '2022-10-10', '2023-08-20', {'missing_acceptance_report'}, {}),
        (20, 260, '2023-01-05', '2023-06-18', {'missing_payment_proof'}, {}),
        (21, 310, '2023-02-14', '2023-07-27', {'missing_procurement_proof'}, {}),
        (13, 295, '2023-03-01', '2023-09-05', {'amount_mismatch'}, dict(pay_total='2360000.00', pays=2)),
        (14, 220, '2023-04-11', '2024-02-26', {'date_out_of_period'}, dict(pdates=['2024-03-12', '2024-04-02'], pays=2)),
        (22, 180, '2023-02-20', '2023-10-16', {'acceptance_not_passed'}, dict(g={'acc': 'a_score'})),
        (4, 450, '2022-12-19', '2023-06-30', {'party_mismatch'}, dict(payer='天津北辰橦林重工集团有限公司', pays=1)),
        (23, 140, '2023-05-08', '2023-11-02', {'invalid_uscc'}, {}),
        (18, 275, '2023-03-15', '2023-09-21', {'not_tianjin'}, dict(declared_tj=True)),
        (9, 120, '2023-06-01', '2023-11-28', {'sme_misclassified'}, dict(declared_sme=False)),
        (24, 205, '2023-01-30', '2023-08-08', {'duplicate_evidence'}, dict(pays=2)),
        (16, 98, '2023-04-25', '2023-10-30', set(), {}),
    ]
    for i, (ci, amt, sg, ac, df, extra) in enumerate(plan):
        spec = dict(sign=sg, acc=ac, deliv='2023-%02d-10' % max(1, min(12, int(ac[5:7]) - 1)), defects=df,
                    others=['o_waybill'] if i in (2, 7, 11) else (['o_cert'] if i in (0, 10) else (['o_dun'] if i in (1, 3) else [])))
        spec.update(extra)
        build_contract(S, i + 1, ci, amt, spec, cache)
    std(S, STD[1:4], STD[1:2], ['s_plain'], F_GAPS['standard_draft'])
    S.corrupt(F_GAPS['other'])
    return finish(S, out)


def tricky(rng, out):
    S = Sub('a28_support_tricky', rng, out, F_TRICK)
    cache = {}
    plan = [
        (4, 420, '2022-08-16', '2023-04-26', dict(pays=3, site='第二分厂', deliv='2023-03-31'), '大客户（分厂交货、三期付款恰好合计）'),
        (0, 315, '2022-12-28', '2023-06-15', dict(pays=2, deliv='2024-01-20'), '同一客户第一份合同；交货期在2024年（干扰）'),
        (0, 250, '2023-07-03', '2023-12-20', dict(pays=2, pdates=['2023-12-28', '2024-01-15']), '同一客户第二份合同'),
        (3, 288, '2023-01-09', '2023-07-18', dict(c_amount='2894000.00', pay_total='2894000.00', pays=2),
         '合同额2,894,000与申报288万相差0.486%（未超0.5%）；1210人/3.5亿元仍为中小企业'),
        (5, 260, '2023-05-04', '2023-12-31', dict(g={'acc': 'a_public'}, pub='2024-01-03', pdates=['2024-01-19'], pays=1),
         '验收日为2023-12-31（周期最后一天）；公示发布于2024年'),
        (6, 245, '2023-02-13', '2023-08-22', dict(g={'proc': 'r_price'}, valid='2024-02-28'), '从业1000人、营收40000万元：恰为大型企业'),
        (7, 273, '2023-03-27', '2023-09-26', dict(declared_sme=False, defects={'sme_misclassified'}), '999人/4.5亿元申报为非中小企业（实为中小）'),
        (8, 239, '2023-04-06', '2023-10-12', dict(g={'acc': 'a_trial'}, t1='2023-09-02', t2='2023-10-09'), '联动试车区间'),
        (10, 210, '2023-06-19', '2023-11-30', dict(g={'proc': 'r_open'}, open='2023-05-30', rdate='2023-06-08'), '开标日期早于定标'),
        (16, 100, '2023-02-02', '2023-08-03', dict(c_amount='1006000.00', defects={'amount_mismatch'}), '合同额比申报高0.6%'),
        (17, 160, '2023-03-09', '2023-09-14', dict(payee=SISTER, defects={'party_mismatch'}, pays=1), '收款人为申报单位的关联公司（名称仅差一词）'),
        (19, 130, '2023-05-17', '2024-01-02', dict(decl_acc='2023-12-29', defects={'date_out_of_period'}, g={'acc': 'a_plain'}),
         '申报验收日2023-12-29，验收报告落款2024-01-02'),
    ]
    for i, (ci, amt, sg, ac, extra, why) in enumerate(plan):
        spec = dict(sign=sg, acc=ac, deliv='2023-%02d-08' % max(1, int(ac[5:7]) - 1), open=sg, rdate=sg,
                    others=['o_cert'] if i in (0, 5, 7) else (['o_waybill'] if i in (2, 9, 11) else (['o_dun'] if i in (3, 6) else [])))
        spec.update(extra)
        c, k = build_contract(S, i + 1, ci, amt, spec, cache)
        c['why'] = why
    std(S, STD[:4], STD[:3], ['s_expl', 's_plain'], F_TRICK['standard_draft'])
    S.add('o_license', dict(app=APP['name'], app_uscc=APP['uscc'], app_addr=APP['address'], district='西青区'), None)
    return finish(S, out)


SUBS = {'a28_support_clean': clean, 'a28_support_gaps': gaps, 'a28_support_tricky': tricky}
