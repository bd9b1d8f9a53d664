"""Document genres written by author21. Each function returns (pdf_bytes, fields, note)."""
import datetime as dt
from reportlab.lib.pagesizes import A4, A5, landscape
from render import PDF, RED, BLUE, BLACK, GREY
from util import *

F8 = ['contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title']


def fields(**kw):
    f = {k: None for k in F8}
    f.update(kw)
    return f


def sp(s):  # letter-space a label
    return ' '.join(s)


# ================================================================ contracts
def contract_prose(ctx, c, rng):
    """智能制造系统集成项目合同 — prose, letter-spaced party labels, 预付款/违约金/交付期 distractors."""
    app, cu = ctx['app'], c['cust']
    p = PDF(font='ZH', rng=rng)
    p.text(f'合同编号：{c["no"]}', 9.5, align='right')
    p.title(c['name'] + '合同', 18)
    lab_a, lab_b = ('甲　方', '乙　方') if c['seq'] % 2 else ('甲 方', '乙 方')
    for lab, org in ((lab_a, cu), (lab_b, app)):
        p.text(f'{lab}：{org["name"]}', 11)
        p.text(f'住　所：{org["addr"]}', 9.5, x=p.m + 14)
        p.text(f'统一社会信用代码：{org["uscc"]}', 9.5, x=p.m + 14)
    p.sp(4)
    p.para(f'根据《中华人民共和国民法典》及相关法律法规，甲乙双方本着平等自愿、诚实信用的原则，就甲方委托乙方实施“{c["name"]}”事宜，经友好协商，订立本合同，以资共同遵守。')
    p.text('第一条　项目内容', 11)
    p.para(f'乙方按照甲方确认的技术方案，完成{c["scope"]}的设计、供货、安装、调试、培训及试运行，并配合甲方完成项目验收。')
    p.text('第二条　合同价款', 11)
    p.para(f'本合同总价款为人民币{rmb_upper(c["amount"])}（{money(c["contract_amount"])}），含税，税率13%。该价款为固定总价，包含设备、软件许可、实施服务及运输保险等全部费用。' if c['contract_amount'] == c['amount'] else
           f'本合同总价款为人民币{rmb_upper(c["contract_amount"])}（{money(c["contract_amount"])}），含税，税率13%。该价款为固定总价。')
    p.text('第三条　付款方式', 11)
    pre = c['contract_amount'] * 3 // 10
    p.para(f'（一）本合同生效后十五个工作日内，甲方向乙方支付合同总价的30%作为预付款，即{money(pre)}；（二）设备到货并经甲方开箱检验合格后，支付至合同总价的60%；（三）项目终验合格后，甲方一次性向乙方支付剩余全部合同款。')
    p.text('第四条　交付与验收', 11)
    p.para(f'乙方应于{d_cn(c["deliver"])}前完成全部交付工作。项目具备验收条件后，乙方书面提出验收申请，甲方组织验收并出具验收报告。')
    p.text('第五条　违约责任', 11)
    p.para(f'乙方逾期交付的，每逾期一日按合同总价的0.5‰向甲方支付违约金，违约金累计不超过{money(c["contract_amount"] // 20)}。甲方逾期付款的，按同期LPR支付利息。')
    p.text('第六条　其他', 11)
    p.para('本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。')
    p.sp(10)
    y0 = p.y
    p.text(f'甲方（盖章）：{cu["name"]}', 10)
    p.text('法定代表人或授权代表：', 10)
    p.text(f'签订日期：{d_cn(c["sign"])}', 10)
    p.y = y0
    x2 = p.W / 2 + 20
    p.text(f'乙方（盖章）：{app["name"]}', 10, x=x2)
    p.text('法定代表人或授权代表：', 10, x=x2)
    p.text(f'签订日期：{d_cn(c["sign"])}', 10, x=x2)
    p.seal(cu['name'], cx=p.m + 120, cy=p.y + 30, rot=rng.uniform(-15, 15))
    p.seal(app['name'], cx=x2 + 110, cy=p.y + 30, rot=rng.uniform(-15, 15))
    return p.bytes(), fields(contract_no=c['no'], amount_yuan=yuan_str(c['contract_amount']), date=d_iso(c['sign']),
                             customer=cu['name']), '合同：条款式，甲 方/乙 方字间空格，预付款、违约金上限、交付期为干扰项'


def contract_grid(ctx, c, rng):
    """项目合同书 首页要素表 (委托方/承接方) + 条款摘要."""
    app, cu = ctx['app'], c['cust']
    p = PDF(font='ZM', rng=rng)
    p.title('项 目 合 同 书', 20)
    p.text(c['name'], 13, align='center')
    p.sp(10)
    rows = [['要素', '内容'],
            ['合同编号', c['no']],
            ['委托方（甲方）', cu['name']],
            ['委托方地址', cu['addr']],
            ['承接方（乙方）', app['name']],
            ['承接方地址', app['addr']],
            ['项目地点', cu['addr'][:9] + '厂区'],
            ['合同金额', f'{rmb_upper(c["contract_amount"])}\n{money(c["contract_amount"], "￥")}'],
            ['计划工期', f'自合同签订之日起{rng.choice([90, 120, 150])}日历天'],
            ['质保期', '终验合格之日起12个月；质保金为合同金额的5%（' + money(c['contract_amount'] // 20, '￥') + '）'],
            ['合同签订日期', d_cn0(c['sign'])],
            ['签订地点', '天津市' + rng.choice(['西青区', '滨海新区', '东丽区', '北辰区'])]]
    p.table(rows, [0.26, 0.74], size=10, minh=24)
    p.text('主要条款摘要', 11.5)
    for s in ['1. 承接方按技术协议完成系统设计、集成、调试和人员培训，技术协议为本合同附件。',
              '2. 委托方按进度支付：预付30%，到货40%，终验后支付剩余款项（含质保金）。',
              '3. 任何一方违约，应赔偿对方由此造成的直接损失。',
              '4. 争议提交合同签订地人民法院诉讼解决。']:
        p.para(s, 10, indent=False)
    p.sp(18)
    y0 = p.y
    p.text('委托方（签章）', 10.5); p.text('代表：', 10.5)
    p.y = y0
    p.text('承接方（签章）', 10.5, x=p.W / 2 + 10); p.text('代表：', 10.5, x=p.W / 2 + 10)
    p.seal(cu['name'], cx=p.m + 90, cy=p.y + 10, rot=rng.uniform(-20, 20))
    p.seal(app['name'], cx=p.W / 2 + 90, cy=p.y + 10, rot=rng.uniform(-20, 20))
    p.hand('王' + rng.choice('建志海国'), p.m + 40, y0 - 30)
    p.hand('李' + rng.choice('明伟晓'), p.W / 2 + 50, y0 - 30)
    return p.bytes(), fields(contract_no=c['no'], amount_yuan=yuan_str(c['contract_amount']), date=d_iso(c['sign']),
                             customer=cu['name']), '合同：首页要素表（委托方/承接方），金额大写换行加小写，质保金金额为干扰项'


def contract_supply_rev(ctx, c, rng):
    """工业软件及实施服务合同：甲方（供方）= applicant, 乙方（需方）= customer; 2 pages, items table + 合计."""
    app, cu = ctx['app'], c['cust']
    p = PDF(font='ZH', rng=rng)
    p.title('工业软件及实施服务合同', 17)
    p.text(f'合同号：{c["no"]}　　　签订时间：{d_dot(c["sign"])}　　　签订地点：天津', 9.5, align='center')
    p.sp(4)
    p.table([['甲方（供方）', app['name'], '乙方（需方）', cu['name']],
             ['地址', app['addr'], '地址', cu['addr']],
             ['开户行', app['bank'], '开户行', cu['bank']],
             ['账号', app['acct'], '账号', cu['acct']]], [0.15, 0.35, 0.15, 0.35], size=9, header=False)
    p.para('经双方协商一致，乙方向甲方采购下列软件产品及实施服务，甲方负责交付、部署并通过乙方验收。', 10)
    total = c['contract_amount']
    parts = [total * 45 // 100, total * 35 // 100]
    parts.append(total - sum(parts))
    items = [['序号', '名称', '规格/模块', '数量', '金额（元）'],
             ['1', 'MES 制造执行系统', '计划、工单、质量、追溯', '1套', plain(parts[0])],
             ['2', '设备数据采集网关', 'OPC UA / Modbus', f'{rng.randint(8, 20)}台', plain(parts[1])],
             ['3', '实施与培训服务', '现场实施、上线保障', '1项', plain(parts[2])],
             ['合计', f'人民币（大写）{rmb_upper(total)}', '', '', money(total)]]
    p.table(items, [0.08, 0.3, 0.3, 0.1, 0.22], size=9.5)
    p.para('一、付款：乙方在合同签订后支付30%预付款，系统上线后支付40%，终验合格后支付30%。乙方付款前，甲方须开具等额增值税专用发票。', 10)
    p.para(f'二、交付期限：{d_cn(c["deliver"])}前完成上线。', 10)
    p.para('三、知识产权：软件著作权归甲方所有，乙方享有永久使用权。', 10)
    p.newpage()
    p.para('四、违约责任：甲方延迟交付的，每延迟一周支付合同总额1%的违约金；乙方延迟付款的，每延迟一周支付应付款1%的违约金。', 10)
    p.para('五、本合同一式两份，双方各执一份，经双方盖章后生效。', 10)
    p.sp(20)
    y0 = p.y
    p.text('甲方（供方）盖章：', 10.5); p.text(app['name'], 10); p.text('日期：' + d_cn(c['sign']), 10)
    p.y = y0
    x2 = p.W / 2 + 10
    p.text('乙方（需方）盖章：', 10.5, x=x2); p.text(cu['name'], 10, x=x2); p.text('日期：' + d_cn(c['sign']), 10, x=x2)
    p.seal(app['name'], cx=p.m + 100, cy=p.y + 25)
    p.seal(cu['name'], cx=x2 + 100, cy=p.y + 25, rot=12)
    return p.bytes(), fields(contract_no=c['no'], amount_yuan=yuan_str(total), date=d_iso(c['sign']),
                             customer=cu['name']), '合同：甲方（供方）为申报单位、乙方（需方）为客户，角色词与甲乙顺序相反；两页，金额只在合计行'


# ================================================================ procurement
def proc_bid_notice(ctx, c, rng):
    app, cu = ctx['app'], c['cust']
    p = PDF(font='ZH', rng=rng)
    p.text(cu['name'], 15, align='center', color=RED, dy=22)
    p.hline(RED, 1.6)
    p.sp(6)
    p.title('中 标 通 知 书', 19)
    p.text(f'招标编号：ZB-{c["sign"].year}-{rng.randint(100, 999)}', 10, align='right')
    p.text(f'{app["name"]}：', 11)
    p.para(f'我公司组织的“{c["name"]}”公开招标项目，已于{d_cn(c["open"])}开标。经评标委员会评审并报我公司采购管理委员会批准，确定贵单位为中标人，中标价为人民币{rmb_upper(c["proc_amount"])}（{money(c["proc_amount"])}）。')
    p.para(f'请贵单位收到本通知书后三十日内，持本通知书与我公司签订书面合同，并按招标文件要求提交履约保证金（中标价的5%）。')
    p.para('特此通知。')
    p.sp(30)
    p.text(f'招标人：{cu["name"]}（盖章）', 10.5, align='right')
    p.text(d_cn(c['notice']), 10.5, align='right')
    p.seal(cu['name'], cx=p.W - p.m - 110, cy=p.y + 30, sub='', rot=rng.uniform(-10, 10))
    return p.bytes(), fields(amount_yuan=yuan_str(c['proc_amount']), date=d_iso(c['notice']), customer=cu['name']), \
        '采购证明：中标通知书（红头、招标人自行招标），开标日期为干扰项，无合同编号'


def proc_vendor_list(ctx, c, rng):
    """NEW: 年度合格供应商名录（节选）+ 项目直接委托说明."""
    app, cu = ctx['app'], c['cust']
    p = PDF(font='ZM', rng=rng)
    p.title(f'{cu["name"]}', 13)
    p.title(f'{c["sign"].year}年度合格供应商名录（节选）', 16)
    p.text(f'文件编号：CG-QR-{rng.randint(10, 99)}　　发布部门：采购与供应链管理部　　受控状态：受控', 9, align='center')
    others = ctx['pool_other']
    rows = [['序号', '供应商名称', '供货类别', '评定等级', '准入日期']]
    names = [o['name'] for o in rng.sample(others, 4)]
    k = rng.randint(1, 4)
    names.insert(k, app['name'])
    cats = ['自动化控制系统', '工业软件及实施', '非标设备', '仪器仪表', '电气成套', '工业网络']
    for i, n in enumerate(names):
        rows.append([str(i + 1), n, cats[i % len(cats)], rng.choice(['A', 'A', 'B']), d_iso(dt.date(c['sign'].year - 1, rng.randint(3, 12), rng.randint(1, 28)))])
    p.table(rows, [0.08, 0.42, 0.2, 0.12, 0.18], size=9)
    p.sp(6)
    p.text('附：项目采购方式说明', 12)
    p.para(f'“{c["name"]}”属于对既有产线控制系统的延伸改造，须与现有系统完全兼容。经公司采购评审小组{d_cn(c["notice"])}研究，依据《采购管理办法》第十八条，该项目在合格供应商名录内采取直接委托方式采购，由{app["name"]}承担，合同编号{c["no"]}，合同金额{money(c["proc_amount"])}元（{rmb_upper(c["proc_amount"])}）。')
    p.para('本说明仅用于证明上述项目的采购来源。')
    p.sp(16)
    p.text('采购与供应链管理部', 10.5, align='right')
    p.text(d_cn(c['notice']), 10.5, align='right')
    p.seal(cu['name'], cx=p.W - p.m - 100, cy=p.y + 30, sub='采购专用章')
    return p.bytes(), fields(contract_no=c['no'], amount_yuan=yuan_str(c['proc_amount']), date=d_iso(c['notice']), customer=cu['name']), \
        '采购证明（新）：合格供应商名录节选+直接委托说明，名录内有其他供应商名称与准入日期干扰'


def proc_result_letter(ctx, c, rng):
    """采购结果确认函 (customer letter, 竞争性谈判), own wording, date in 中文大写."""
    app, cu = ctx['app'], c['cust']
    p = PDF(font='STSong-Light', rng=rng)
    p.title('采购结果确认函', 18, font='STSong-Light')
    p.text(f'编号：{cu["short"]}采函〔{c["sign"].year}〕{rng.randint(3, 40)}号', 10, align='center')
    p.sp(6)
    p.text(f'{app["name"]}：', 11)
    p.para(f'我单位“{c["name"]}”（项目编号：{c["pno"]}）采用竞争性谈判方式采购。经谈判小组两轮谈判，贵公司最终报价{wan(c["proc_amount"])}万元，综合评分第一名，确定为成交供应商。贵公司首轮报价{wan(int(c["proc_amount"] * 1.06))}万元，不作为成交价格依据。')
    p.para(f'请于接函后十个工作日内与我单位签订合同（合同编号预留：{c["no"]}）。')
    p.sp(20)
    p.text(f'{cu["name"]}', 11, align='right')
    p.text(d_up(c['notice']), 11, align='right')
    p.seal(cu['name'], cx=p.W - p.m - 100, cy=p.y + 30, sub='')
    return p.bytes(), fields(contract_no=c['no'], amount_yuan=yuan_str(c['proc_amount']), date=d_iso(c['notice']), customer=cu['name']), \
        '采购证明：采购结果确认函，成交价以“万元”表示，首轮报价为干扰金额，日期为中文大写（宋体 CID 字体文本层）'


# ================================================================ acceptance
def acc_cert(ctx, c, rng):
    app, cu = ctx['app'], c['cust']
    p = PDF(font='ZH', rng=rng)
    p.title('项目验收证书', 20)
    ok = c['acc_passed']
    rows = [['项目名称', c['name'], '合同编号', c['no']],
            ['建设单位', cu['name'], '承建单位', app['name']],
            ['合同金额', money(c['acc_amount']), '验收日期', d_cn(c['acc'])],
            ['验收方式', '会议验收 + 现场测试', '验收地点', cu['addr'][:12]]]
    p.table(rows, [0.14, 0.36, 0.14, 0.36], size=9.5, header=False, minh=26)
    p.text('验收意见：', 11)
    if ok:
        p.para(f'验收组听取了承建单位的项目实施汇报，审查了技术文档，进行了现场功能与性能测试。系统各项功能满足合同及技术协议要求，运行稳定，文档齐全。验收组一致同意该项目通过验收。', 10.5)
        res = '☑ 通过　　□ 不通过'
    else:
        p.para('验收组经现场测试发现，设备综合效率（OEE）统计模块数据与现场计数偏差超过5%，质量追溯链条不完整，未达到技术协议第4.2条要求。验收组意见：本次验收不予通过，请承建单位整改后重新申请验收。', 10.5)
        res = '□ 通过　　☑ 不通过'
    p.text('验收结论：' + res, 11.5)
    p.sp(6)
    p.table([['验收组成员', '单位', '职务/职称', '签字'],
             ['张' + rng.choice('立宏云'), cu['name'], '生产副总', ''],
             ['刘' + rng.choice('晨强鑫'), cu['name'], '设备部部长', ''],
             ['赵' + rng.choice('志红'), '天津市某高校', '教授', '']], [0.18, 0.42, 0.2, 0.2], size=9)
    p.sp(14)
    p.text(f'建设单位（盖章）：{cu["name"]}', 10.5, align='right')
    p.text(d_cn(c['acc']), 10.5, align='right')
    p.seal(cu['name'], cx=p.W - p.m - 110, cy=p.y + 34, sub='', rot=rng.uniform(-10, 10))
    return p.bytes(), fields(contract_no=c['no'], amount_yuan=yuan_str(c['acc_amount']), date=d_iso(c['acc']),
                             customer=cu['name'], result='passed' if ok else 'failed'), \
        '验收报告：项目验收证书四列网格，结论为勾选框' + ('' if ok else '（不通过）')


def acc_72h(ctx, c, rng):
    """NEW: 72小时连续试运行考核记录及验收结论."""
    app, cu = ctx['app'], c['cust']
    p = PDF(font='ZM', rng=rng)
    p.title('72小时连续试运行考核记录及验收结论', 15)
    start = c['acc'] - dt.timedelta(days=4)
    p.text(f'项目：{c["name"]}　　合同号：{c["no"]}', 9.5)
    p.text(f'使用单位：{cu["name"]}　　实施单位：{app["name"]}', 9.5)
    p.text(f'考核起止：{d_iso(start)} 08:00 至 {d_iso(start + dt.timedelta(days=3))} 08:00', 9.5)
    rows = [['时段', '计划产量', '实际产量', '非计划停机(min)', '报警次数', '记录人']]
    for k in range(9):
        t0 = k * 8
        plan = rng.choice([1200, 1250, 1300])
        rows.append([f'{t0:02d}h–{t0 + 8:02d}h', str(plan), str(plan - rng.randint(0, 25)), str(rng.choice([0, 0, 0, 3, 5])), str(rng.randint(0, 2)), ''])
    p.table(rows, [0.16, 0.16, 0.16, 0.2, 0.14, 0.18], size=9)
    p.text('考核指标汇总：设备综合效率 OEE 86.4%（目标≥85%）；系统可用率 99.6%（目标≥99.5%）；数据采集完整率 99.9%。', 9.5)
    p.sp(4)
    ok = c['acc_passed']
    p.text('使用单位验收结论：', 11)
    if ok:
        p.para(f'系统连续试运行72小时，各项考核指标达到合同技术协议要求。经{cu["name"]}组织验收，同意本项目通过验收，自即日起转入质保期。', 10.5)
    else:
        p.para('试运行期间累计非计划停机超过考核上限，OEE未达到目标值，本次验收不通过，待整改后重新考核。', 10.5)
    p.sp(10)
    p.text(f'验收日期：{d_slash(c["acc"])}', 10.5, align='right')
    p.text(f'使用单位（盖章）：{cu["name"]}', 10.5, align='right')
    p.seal(cu['name'], cx=p.W - p.m - 100, cy=p.y + 28, sub='')
    return p.bytes(), fields(contract_no=c['no'], date=d_iso(c['acc']), customer=cu['name'], result='passed' if ok else 'failed'), \
        '验收报告（新）：72小时试运行记录+使用单位验收结论，考核起止日期为干扰，无金额'


def acc_closure(ctx, c, rng):
    """NEW: 验收遗留问题整改闭环确认表."""
    app, cu = ctx['app'], c['cust']
    p = PDF(pagesize=landscape(A4), font='ZH', margin=40, rng=rng)
    p.title('项目验收遗留问题整改闭环确认表', 16)
    p.text(f'项目名称：{c["name"]}　　合同编号：{c["no"]}　　建设单位：{cu["name"]}　　实施单位：{app["name"]}', 9.5)
    ok = c['acc_passed']
    probs = ['看板刷新延迟大于5秒', 'AGV 调度偶发路径锁死', '质检数据未回写ERP', '操作手册缺少异常处理章节', '用户权限未按岗位划分']
    rows = [['序号', '初验发现问题', '整改措施', '整改完成日期', '复验结果', '复验人']]
    for i, pr in enumerate(rng.sample(probs, 4)):
        d = c['acc'] - dt.timedelta(days=rng.randint(3, 25))
        closed = ok or i < 2
        rows.append([str(i + 1), pr, '优化程序并现场验证', d_dot(d), '已关闭' if closed else '未关闭', ''])
    p.table(rows, [0.06, 0.26, 0.26, 0.14, 0.12, 0.16], size=9.5, minh=22)
    p.text(f'初验日期：{d_cn(c["acc"] - dt.timedelta(days=40))}', 10)
    if ok:
        p.para(f'终验结论：初验遗留问题已全部整改闭环。经建设单位组织复验，同意本项目通过最终验收。终验日期：{d_cn(c["acc"])}。', 10.5, indent=False)
    else:
        p.para(f'终验结论：仍有2项问题未关闭，本次终验不予通过。复验日期：{d_cn(c["acc"])}。', 10.5, indent=False)
    p.sp(10)
    p.text(f'建设单位：{cu["name"]}（盖章）　　　　　　实施单位：{app["name"]}（盖章）', 10)
    p.seal(cu['name'], cx=p.m + 150, cy=p.y + 20, sub='')
    p.seal(app['name'], cx=p.m + 520, cy=p.y + 20, sub='')
    return p.bytes(), fields(contract_no=c['no'], date=d_iso(c['acc']), customer=cu['name'], result='passed' if ok else 'failed'), \
        '验收报告（新）：遗留问题整改闭环确认表（横版），初验日期与整改日期为干扰，终验日期为验收日期'


# ================================================================ payments
def pay_bank(ctx, c, pay, rng):
    app, cu = ctx['app'], c['cust']
    bank = pay['bank']
    p = PDF(pagesize=landscape(A5), font='ZH', margin=28, rng=rng)
    p.text(bank + '　　电子回单', 14, align='center', dy=20)
    p.text(f'回单编号：{rng.randint(10**11, 10**12 - 1)}　　　交易日期：{d_cn0(pay["date"])}　　　打印次数：1', 8.5, align='center')
    rows = [['付款人', '户名', pay['payer'], '收款人', '户名', pay['payee']],
            ['', '账号', cu['acct'], '', '账号', app['acct']],
            ['', '开户行', cu['bank'], '', '开户行', app['bank']],
            ['金额', '小写', money(pay['amount']), '', '大写', rmb_upper(pay['amount'])],
            ['用途', '', pay['memo'], '', '交易流水', f'{rng.randint(10**9, 10**10 - 1)}']]
    p.table(rows, [0.08, 0.08, 0.34, 0.08, 0.08, 0.34], size=8.5, header=False, minh=20)
    p.text('本回单可通过网上银行“回单验证”功能验证真伪，重复打印无效。', 7.5, color=GREY)
    p.seal(bank.split('股份')[0][:8] + '电子回单专用章', cx=p.W - 90, cy=p.y + 40, r=34, sub='', star=False)
    return p.bytes(), fields(contract_no=c['no'] if c['no'] in pay['memo'] else None, amount_yuan=yuan_str(pay['amount']),
                             date=d_iso(pay['date']), payer=pay['payer'], payee=pay['payee']), \
        f'付款证明：{bank}电子回单（A5横版六列网格）'


def pay_wechat(ctx, c, pay, rng):
    """NEW: 银行微信服务号 账户动账提醒 screenshot (phone)."""
    app, cu = ctx['app'], c['cust']
    p = PDF(pagesize=(360, 740), font='ZM', margin=16, rng=rng)
    p.rect_fill(0, 700, 360, 40, (0.93, 0.93, 0.93))
    p.text('09:41                                        ▮▮▮ 5G', 8, x=14, dy=0)
    p.y = 728
    p.text('〈　' + pay['bank'].split('股份')[0] + '企业服务', 12, x=14)
    p.y = 680
    p.text(d_iso(pay['date']) + ' ' + f'{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}', 8.5, align='center', color=GREY)
    p.rect_fill(16, 330, 328, 330, (1, 1, 1))
    p.c.setStrokeColorRGB(0.8, 0.8, 0.8); p.c.rect(16, 330, 328, 330)
    p.y = 650
    p.text('账户资金变动提醒', 13, x=28)
    p.text('您的对公账户有一笔资金入账', 9.5, x=28, color=GREY)
    p.sp(6)
    for k, v in [('入账账户', f'{app["name"]}'), ('账号尾号', app['acct'][-4:]), ('交易类型', '跨行转入'),
                 ('入账金额', f'人民币{plain(pay["amount"])}元'), ('对方户名', pay['payer']),
                 ('交易时间', f'{d_iso(pay["date"])}'), ('摘要', pay['memo']), ('可用余额', f'{plain(pay["amount"] + rng.randint(10**6, 10**8))}元')]:
        lines = p.wrap(v, 9.5, 220)
        p.text(k, 9.5, x=28, color=GREY, dy=0)
        for ln in lines:
            p.text(ln, 9.5, x=104, dy=15)
        p.sp(2)
    p.c.line(28, 360, 332, 360)
    p.y = 356
    p.text('查看详情　　　　　　　　　　　　　　　　　　›', 9.5, x=28)
    return p.bytes(), fields(contract_no=c['no'] if c['no'] in pay['memo'] else None, amount_yuan=yuan_str(pay['amount']),
                             date=d_iso(pay['date']), payer=pay['payer'], payee=pay['payee']), \
        '付款证明（新）：银行微信服务号动账提醒截图，收款人只以“入账账户”出现，可用余额为干扰金额'


def pay_advice2(ctx, c, pay, rng):
    """客户回单（贷方）— vertical two-block layout, bilingual labels, own bank."""
    app, cu = ctx['app'], c['cust']
    p = PDF(pagesize=A4, font='ZH', margin=46, rng=rng)
    p.text(pay['bank'], 13, align='center', dy=18)
    p.text('业务回单（收款）  CREDIT ADVICE', 12, align='center', dy=22)
    p.hline()
    rows = [['日期 Date', d_compact(pay['date'])],
            ['收款人名称 Beneficiary', pay['payee']],
            ['收款人账号 Account No.', app['acct']],
            ['付款人名称 Remitter', pay['payer']],
            ['付款人账号 Remitter A/C', cu['acct']],
            ['付款行 Remitting Bank', cu['bank']],
            ['金额 Amount', 'CNY ' + plain(pay['amount'])],
            ['附言 Remarks', pay['memo']],
            ['手续费 Charges', 'CNY 0.00']]
    p.table(rows, [0.34, 0.66], size=10, header=False, minh=22)
    p.text('经办：系统　　复核：系统　　本凭证为收款人入账依据。', 8.5, color=GREY)
    p.seal(pay['bank'][:6] + '业务专用章', cx=p.W - 130, cy=p.y + 40, r=38, sub='', star=False)
    return p.bytes(), fields(contract_no=c['no'] if c['no'] in pay['memo'] else None, amount_yuan=yuan_str(pay['amount']),
                             date=d_iso(pay['date']), payer=pay['payer'], payee=pay['payee']), \
        '付款证明：中英对照收款回单，日期为紧凑格式（YYYYMMDD），金额仅小写 CNY'


# ================================================================ subcontracts
def sub_standard(ctx, s, rng):
    app, su = ctx['app'], s['sup']
    p = PDF(font='ZH', rng=rng)
    p.title('项目分包合同', 18)
    p.text(f'合同编号：{s["no"]}', 10, align='right')
    p.text(f'总包方（甲方）：{s["party_a"]}', 10.5)
    p.text(f'分包方（乙方）：{su["name"]}', 10.5)
    p.text(f'乙方地址：{su["addr"]}　　统一社会信用代码：{su["uscc"]}', 9)
    p.para(f'甲方承接的“{s["parent"]}”项目中，{s["scope"]}部分由乙方分包实施。乙方具备相应能力并承诺不再转包。', 10.5)
    p.para(f'分包价款：人民币{rmb_upper(s["doc_amount"])}（{money(s["doc_amount"])}），为含税固定价。甲方在收到业主相应进度款后七日内向乙方支付对应比例款项。', 10.5)
    p.para('乙方应遵守甲方现场安全管理制度，服从甲方统一协调；因乙方原因造成工期延误的，按分包价款的千分之一每日承担违约责任。', 10.5)
    p.para(f'本合同自双方盖章之日起生效。签订日期：{d_cn(s["date"])}。', 10.5)
    p.sp(20)
    y0 = p.y
    p.text('甲方（盖章）：' + s['party_a'], 10)
    p.y = y0
    p.text('乙方（盖章）：' + su['name'], 10, x=p.W / 2 + 10)
    p.seal(s['party_a'], cx=p.m + 110, cy=p.y + 10)
    p.seal(su['name'], cx=p.W / 2 + 110, cy=p.y + 10, rot=-8)
    return p.bytes(), fields(contract_no=s['no'], amount_yuan=yuan_str(s['doc_amount']), date=d_iso(s['date']), customer=s['party_a']), \
        '分包合同：总包方（甲方）/分包方（乙方），日期在正文'


def sub_cloud(ctx, s, rng):
    """NEW: 云资源及运维服务采购协议 with SLA table (订购方/服务提供方)."""
    app, su = ctx['app'], s['sup']
    p = PDF(font='ZM', rng=rng)
    p.title('云资源及运维服务采购协议', 17)
    p.text(f'协议编号：{s["no"]}', 9.5, align='center')
    p.table([['订购方（甲方）', s['party_a']], ['服务提供方（乙方）', su['name']], ['乙方注册地址', su['addr']],
             ['乙方统一社会信用代码', su['uscc']], ['服务期限', f'{d_cn(s["date"])}起12个月']], [0.3, 0.7], size=10, header=False)
    p.para(f'甲方为履行其“{s["parent"]}”项目合同，向乙方采购私有云主机、对象存储及7×24小时运维服务，乙方作为甲方的本地配套服务商提供下列服务。', 10)
    p.table([['服务级别指标（SLA）', '承诺值', '未达标补偿'],
             ['云主机月可用性', '≥99.9%', '当月服务费的10%'],
             ['故障响应时间', '≤15分钟', '每次500元'],
             ['数据备份恢复时间', '≤4小时', '每次2000元']], [0.4, 0.25, 0.35], size=9.5)
    total = s['doc_amount']
    a1 = total * 6 // 10
    p.table([['费用项', '金额（元）'], ['云资源租用（12个月）', plain(a1)], ['运维及驻场服务', plain(total - a1)],
             ['协议总价（含税）', money(total) + '（' + rmb_upper(total) + '）']], [0.5, 0.5], size=9.5)
    p.para('付款方式：按季度结算，每季度首月10日前支付当季费用。', 10)
    p.sp(10)
    p.text(f'甲方：{s["party_a"]}（盖章）', 10)
    p.text(f'乙方：{su["name"]}（盖章）', 10)
    p.text(f'签署日期：{d_iso(s["date"])}', 10)
    p.seal(s['party_a'], cx=p.m + 330, cy=p.y + 50, sub='')
    p.seal(su['name'], cx=p.m + 430, cy=p.y + 30, sub='', rot=15)
    return p.bytes(), fields(contract_no=s['no'], amount_yuan=yuan_str(total), date=d_iso(s['date']), customer=s['party_a']), \
        '分包合同（新）：云资源及运维服务采购协议，订购方/服务提供方，SLA 补偿金额为干扰项'


def sub_handform(ctx, s, rng):
    """NEW: 现场安装施工班组分包协议 — pre-printed blank form filled by hand."""
    app, su = ctx['app'], s['sup']
    p = PDF(font='ZH', rng=rng)
    p.title('现场安装施工分包协议（格式文本）', 16)
    p.text(f'编号：', 10.5, align='right')
    p.hand(s['no'], p.W - p.m - 150, p.y + 16, 11)
    labels = ['发包单位（甲方）', '承包单位（乙方）', '乙方信用代码', '乙方地址', '所属项目', '分包内容', '分包价款（大写）', '分包价款（小写）', '签订日期']
    vals = [s['party_a'], su['name'], su['uscc'], su['addr'], s['parent'], s['scope'], rmb_upper(s['doc_amount']), money(s['doc_amount']), d_dot(s['date'])]
    for lab, v in zip(labels, vals):
        p.text(lab + '：', 11, dy=0)
        p.c.line(p.m + 110, p.y - 14, p.W - p.m, p.y - 14)
        p.hand(v, p.m + 115, p.y - 11, 11.5 if len(v) < 26 else 10)
        p.y -= 30
    p.para('一、乙方负责现场设备就位、桥架敷设、接线及单机调试，工期以甲方书面通知为准。二、乙方自行承担所属人员的安全责任及保险。三、价款包干，不因材料价格波动调整。', 10)
    p.sp(30)
    p.text('甲方（签章）　　　　　　　　　　　　乙方（签章）', 11)
    p.seal(s['party_a'], cx=p.m + 60, cy=p.y + 10)
    p.seal(su['name'], cx=p.m + 300, cy=p.y + 10, rot=20)
    return p.bytes(), fields(contract_no=s['no'], amount_yuan=yuan_str(s['doc_amount']), date=d_iso(s['date']), customer=s['party_a']), \
        '分包合同（新）：格式文本手填（蓝色手写体），发包单位/承包单位'


# ================================================================ meetings
def _att_rows(m, cols):
    rows = []
    for i, a in enumerate(m['attendees']):
        r = []
        for col in cols:
            r.append({'序号': str(i + 1), '单位名称': a['name'], '统一社会信用代码': a.get('uscc') or '',
                      '单位地址': a.get('addr') or '', '姓名': a['person'], '职务': a['job'], '联系电话': a['phone'], '签名': ''}[col])
        rows.append(r)
    return rows


def meet_minutes(ctx, m, rng):
    app = ctx['app']
    p = PDF(font='ZH', rng=rng)
    p.title('会 议 纪 要', 20, color=RED)
    p.hline(RED, 1.4)
    p.text(f'会议名称：{m["name"]}', 11)
    p.text(f'会议时间：{d_cn(m["date"])} 14:00–17:00　　会议地点：{m["place"]}', 10.5)
    p.text(f'主办单位：{app["name"]}　　主持人：{m["chair"]}', 10.5)
    p.para(f'本次会议围绕“{m["topic"]}”开展经验交流。{app["short"]}介绍了在天津地区实施的典型项目案例；参会企业代表就设备联网、数据治理、投资回报测算等问题进行了交流。会议形成以下共识：一是推动中小企业从单点改造向产线级集成延伸；二是建立常态化交流机制，每季度组织现场观摩；三是共同参与相关团体标准的编制。', 10.5)
    p.text('附：参会单位签到表', 11.5)
    cols = ['序号', '单位名称', '统一社会信用代码', '姓名', '联系电话', '签名']
    p.table([cols] + _att_rows(m, cols), [0.06, 0.34, 0.24, 0.1, 0.14, 0.12], size=8.5, minh=19)
    return p.bytes(), fields(date=d_iso(m['date']), title=m['name']), '会议纪要（红色标题）+ 签到表（信用代码列，主办方签到在内）'


def meet_cards(ctx, m, rng):
    """NEW: 名片粘贴签到册 (business cards pasted), photographed."""
    app = ctx['app']
    p = PDF(font='ZM', rng=rng, margin=36)
    p.title(f'{m["name"]}', 13)
    p.text(f'来宾名片登记册　　{d_cn(m["date"])}　{m["place"]}', 10, align='center')
    cw, ch = (p.W - 2 * p.m - 12) / 2, 112
    x0, ytop = p.m, p.y - 6
    for i, a in enumerate(m['attendees']):
        k = i % 10
        if i and k == 0:
            p.newpage(); ytop = p.H - p.m
        col, row = k % 2, k // 2
        x = x0 + col * (cw + 12)
        y = ytop - (row + 1) * (ch + 10)
        p.c.saveState(); p.c.setFillColorRGB(0.99, 0.98, 0.95); p.c.rect(x, y, cw, ch, fill=1, stroke=1); p.c.restoreState()
        p.c.setFont('ZH', 10.5); p.c.drawString(x + 10, y + ch - 22, a['name'])
        p.c.setFont('ZM', 13); p.c.drawString(x + 10, y + ch - 48, a['person'] + '  ' + a['job'])
        p.c.setFont('ZM', 8)
        line = 'Add：' + (a.get('addr') or '') if a.get('addr') else '统一社会信用代码：' + a['uscc']
        for j, ln in enumerate(p.wrap(line, 8, cw - 20)):
            p.c.drawString(x + 10, y + 30 - j * 11, ln)
        p.c.drawString(x + 10, y + 8, 'Tel：' + a['phone'])
    return p.bytes(), fields(date=d_iso(m['date']), title=m['name']), '会议记录（新）：名片粘贴签到册照片，地址或代码印在名片上'


def meet_jielong(ctx, m, rng):
    """NEW: 企业微信群 接龙 到会确认 screenshot."""
    app = ctx['app']
    n = len(m['attendees'])
    H = 220 + n * 40
    p = PDF(pagesize=(380, H), font='ZM', margin=14, rng=rng)
    p.rect_fill(0, H - 40, 380, 40, (0.95, 0.95, 0.95))
    p.y = H - 12
    p.text('〈  经验交流会报名群(' + str(n + 20) + ')', 11, x=14)
    p.y = H - 52
    p.rect_fill(14, H - 150, 352, 96, (0.86, 0.95, 0.86))
    p.text('群公告', 10, x=22, color=GREY)
    for ln in p.wrap(f'【{m["name"]}】{d_cn(m["date"])}下午14:00在{m["place"]}举行，请到场后在下方接龙签到，写明单位全称+统一社会信用代码（或单位地址）。', 9.5, 330):
        p.text(ln, 9.5, x=22, dy=14)
    p.y = H - 162
    p.text(f'#接龙  {m["name"][:18]}… 到会签到', 10, x=14)
    for i, a in enumerate(m['attendees']):
        tag = a.get('uscc') or a.get('addr')
        for ln in p.wrap(f'{i + 1}. {a["name"]} {tag} {a["person"]}', 9, 350):
            p.text(ln, 9, x=20, dy=13)
        p.sp(5)
    return p.bytes(), fields(date=d_iso(m['date']), title=m['name']), '会议记录（新）：企业微信群公告+接龙签到长截图（PNG）'


def meet_tablet(ctx, m, rng):
    """NEW: 电子签到平板 导出记录 (timestamps + drawn signatures)."""
    app = ctx['app']
    p = PDF(pagesize=landscape(A4), font='ZH', margin=36, rng=rng)
    p.text('智慧会务 · 电子签到记录导出', 9, color=GREY)
    p.title(m['name'], 14)
    p.text(f'会议开始：{d_iso(m["date"])} 09:30　　地点：{m["place"]}　　导出人：会务组　　应到 {len(m["attendees"]) + 2} / 实到 {len(m["attendees"])}', 9.5)
    rows = [['No.', '签到时间', '单位名称', '统一社会信用代码', '单位地址', '姓名', '手写签名']]
    for i, a in enumerate(m['attendees']):
        rows.append([str(i + 1), f'{d_iso(m["date"])} 09:{(i * 2 + 3) % 60:02d}', a['name'], a.get('uscc') or '—', a.get('addr') or '—', a['person'], ''])
    y_before = p.y
    p.table(rows, [0.05, 0.14, 0.25, 0.17, 0.2, 0.07, 0.12], size=8, minh=21)
    # signatures in last column
    for i in range(len(m['attendees'])):
        pass
    return p.bytes(), fields(date=d_iso(m['date']), title=m['name']), '会议记录（新）：电子签到平板导出记录（签到时间戳、应到/实到人数为干扰）'


def meet_duban(ctx, m, rng):
    """NEW: 会议纪要 as 督办事项分解表 + 签到表."""
    app = ctx['app']
    p = PDF(font='ZH', rng=rng)
    p.title(f'{m["name"]}', 14)
    p.text('会议议定事项督办分解表', 12, align='center')
    p.text(f'召开时间：{d_dot(m["date"])}　　地点：{m["place"]}　　记录：{m["chair"]}', 10)
    tasks = [['序号', '议定事项', '牵头单位', '完成时限'],
             ['1', '整理参会企业设备联网需求清单', app['short'], d_dot(m['date'] + dt.timedelta(days=20))],
             ['2', '组织一次标杆产线现场观摩', app['short'], d_dot(m['date'] + dt.timedelta(days=45))],
             ['3', '征集团体标准起草参与单位', '各参会企业', d_dot(m['date'] + dt.timedelta(days=30))]]
    p.table(tasks, [0.08, 0.5, 0.22, 0.2], size=9.5)
    p.text('参会单位签到', 11.5)
    cols = ['序号', '单位名称', '单位地址', '统一社会信用代码', '姓名', '签名']
    p.table([cols] + _att_rows(m, cols), [0.06, 0.3, 0.26, 0.2, 0.08, 0.1], size=8, minh=18)
    return p.bytes(), fields(date=d_iso(m['date']), title=m['name']), '会议记录（新）：议定事项督办分解表（后续完成时限为干扰日期）+ 签到表'


# ================================================================ diagnoses
def _diag_head(p, d, label, title):
    p.title(title, 16)
    p.text(f'{label}：{d["cust"]["name"]}', 10.5)
    p.text(f'诊断日期：{d_cn(d["date"])}　　诊断机构：{d["app"]["name"]}', 10)


def diag_std(ctx, d, rng):
    p = PDF(font='ZH', rng=rng)
    title = d['title']
    _diag_head(p, d, rng.choice(['诊断对象', '被诊断企业']), title)
    p.text('一、企业基本情况', 11.5)
    p.para(f'{d["cust"]["name"]}主要从事{d["cust"]["ind"]}生产，现有生产线{rng.randint(2, 9)}条，设备联网率约{rng.randint(10, 45)}%，生产计划依赖Excel排产，质量数据以纸质记录为主。', 10)
    p.text('二、存在的主要问题', 11.5)
    p.para('（1）设备运行状态不透明，停机原因无法追溯；（2）工单与物料信息脱节，在制品积压；（3）质量数据分散，难以开展统计过程控制。' + ('企业目前尚未形成系统性的数字化解决方案，管理层对投入产出存在顾虑。' if not d['solution'] else ''), 10)
    if d['solution']:
        p.text('三、解决方案建议', 11.5)
        p.para('建议分两期实施：一期部署设备数据采集网关与生产看板，实现关键设备联网与OEE统计；二期上线轻量化MES，打通工单、物料与质量追溯。预计一期投入约60万元，投资回收期约18个月。', 10)
    else:
        p.text('三、诊断结论', 11.5)
        p.para('企业数字化基础较弱，处于起步阶段。', 10)
    p.sp(16)
    p.text(f'诊断专家：{rng.choice(["周", "吴", "郑"])}{rng.choice(["晓东", "卫国", "立新"])}　　报告日期：{d_cn(d["report_date"])}', 10, align='right')
    p.seal(d['app']['name'], cx=p.W - p.m - 90, cy=p.y + 30, sub='')
    return p.bytes(), fields(date=d_iso(d['date']), customer=d['cust']['name'], title=title), \
        '诊断报告：免费诊断报告（现状/问题/解决方案）' + ('' if d['solution'] else '；无解决方案章节，问题段出现“解决方案”一词')


def diag_linebalance(ctx, d, rng):
    """NEW: 产线节拍与线平衡诊断报告."""
    p = PDF(font='ZM', rng=rng)
    title = d['title']
    _diag_head(p, d, '受诊断单位', title)
    p.text('1. 现状测量（工位周期时间）', 11)
    cts = [rng.randint(38, 70) for _ in range(7)]
    rows = [['工位', '作业内容', '周期时间CT(s)', '增值比例']]
    ops = ['上料', '压装', '拧紧', '检测', '打标', '下线', '包装']
    for i, (o, ctv) in enumerate(zip(ops, cts)):
        rows.append([f'OP{(i + 1) * 10}', o, str(ctv), f'{rng.randint(45, 85)}%'])
    p.table(rows, [0.15, 0.35, 0.25, 0.25], size=9.5)
    bal = sum(cts) / (len(cts) * max(cts)) * 100
    p.text(f'瓶颈工位：OP{(cts.index(max(cts)) + 1) * 10}（{max(cts)}s）；线平衡率：{bal:.1f}%；客户节拍要求：45s。', 10)
    p.text('2. 问题分析', 11)
    p.para('瓶颈工位人工作业比例高、等待时间长；工位间无缓冲与节拍监控，异常停线依赖人工呼叫。', 10)
    if d['solution']:
        p.text('3. 改善方案', 11)
        p.para('对瓶颈工位实施作业拆分与自动拧紧；部署Andon与节拍看板，采集各工位实时CT；通过工业互联网平台做线平衡仿真，目标线平衡率提升至85%以上。', 10)
    else:
        p.text('3. 备注', 11)
        p.para('以上测量数据由企业现场人员配合采集。', 10)
    p.sp(10)
    p.text(f'编制：{d["app"]["short"]}精益数字化团队　　{d_iso(d["report_date"])}', 9.5, align='right')
    return p.bytes(), fields(date=d_iso(d['date']), customer=d['cust']['name'], title=title), \
        '诊断报告（新）：产线节拍与线平衡诊断（工位CT表，改善方案）' + ('' if d['solution'] else '；无方案')


def diag_5s(ctx, d, rng):
    """NEW: 5S与目视化现场诊断评分表."""
    p = PDF(font='ZH', rng=rng)
    title = d['title']
    p.title(title, 15)
    p.table([['受检企业', d['cust']['name']], ['诊断日期', d_dot(d['date'])], ['诊断单位', d['app']['name']]], [0.25, 0.75], size=10, header=False)
    rows = [['类别', '检查项', '满分', '得分']]
    items = [('整理', '现场无闲置物料与工装'), ('整顿', '物料定置定位、标识清晰'), ('清扫', '设备点检表按时填写'),
             ('清洁', '目视化看板数据每日更新'), ('素养', '班前会记录完整'), ('数字化', '关键设备状态可远程查看')]
    tot = 0
    for a, b in items:
        s = rng.randint(8, 17); tot += s
        rows.append([a, b, '20', str(s)])
    rows.append(['合计', '', '120', str(tot)])
    p.table(rows, [0.15, 0.55, 0.15, 0.15], size=9.5)
    if d['solution']:
        p.text('改进建议：', 11)
        for s_ in ['① 推行电子化点检，点检结果自动上传设备管理系统；', '② 建设车间目视化数字看板，实时展示产量、质量与设备状态；', '③ 以样板区带动全厂，三个月后复评。']:
            p.para(s_, 10, indent=False)
    p.sp(16)
    p.text('诊断人员签字：', 10)
    p.hand(rng.choice(['孙浩', '钱磊', '冯静']), p.m + 90, p.y + 4)
    return p.bytes(), fields(date=d_iso(d['date']), customer=d['cust']['name'], title=title), \
        '诊断报告（新）：5S与目视化现场诊断评分表' + ('（含改进建议）' if d['solution'] else '（只有评分，无建议）')


def diag_scor(ctx, d, rng):
    """NEW: 供应链协同数字化诊断报告 (SCOR table)."""
    p = PDF(font='ZM', rng=rng)
    title = d['title']
    _diag_head(p, d, '服务企业', title)
    rows = [['SCOR环节', '现状', '成熟度(1-5)', '数字化提升方向']]
    for k, cur in [('计划 Plan', '按月手工编制需求计划'), ('采购 Source', '供应商交期靠电话确认'), ('生产 Make', '工单纸质流转'),
                   ('交付 Deliver', '发货单手工录入'), ('退货 Return', '退货原因未统计')]:
        rows.append([k, cur, str(rng.randint(1, 3)), '供应商协同门户、需求滚动预测' if d['solution'] else '—'])
    p.table(rows, [0.18, 0.32, 0.15, 0.35], size=9)
    if d['solution']:
        p.text('实施方案', 11)
        p.para('建设供应商协同平台，实现订单、交期、送货与对账在线协同；以ERP为核心打通计划与采购；分三阶段实施，周期约6个月。', 10)
    else:
        p.text('小结', 11)
        p.para('企业供应链各环节数字化水平普遍处于1–2级。', 10)
    p.text(f'报告编制日期：{d_cn(d["report_date"])}', 9.5, align='right')
    return p.bytes(), fields(date=d_iso(d['date']), customer=d['cust']['name'], title=title), \
        '诊断报告（新）：供应链协同（SCOR）数字化诊断' + ('' if d['solution'] else '；无方案')


def diag_consult(ctx, d, rng):
    """NEW: 智能制造专家会诊单 (three experts + 会诊结论与实施建议)."""
    p = PDF(font='ZH', rng=rng)
    title = d['title']
    p.title(title, 16)
    p.table([['被诊断企业', d['cust']['name'], '会诊日期', d_cn(d['date'])],
             ['组织单位', d['app']['name'], '会诊形式', '现场会诊']], [0.16, 0.42, 0.14, 0.28], size=9.5, header=False)
    for nm, op in [('专家甲（自动化）', '冲压线上下料仍为人工，存在安全隐患和节拍瓶颈。'),
                   ('专家乙（信息化）', 'ERP与车间数据无接口，库存账实不符。'),
                   ('专家丙（质量）', '关键尺寸抽检比例低，缺少在线检测手段。')]:
        p.text(nm + '意见：', 10.5)
        p.para(op, 10)
    if d['solution']:
        p.text('会诊结论与实施建议：', 11)
        p.para('建议采用“机器人上下料+在线视觉检测+MES数据贯通”的系统解决方案：首期改造两条冲压线，配置视觉检测站，建设MES质量模块与ERP接口。', 10)
    else:
        p.text('会诊结论：', 11)
        p.para('企业智能化改造需求明确，待企业内部立项后另行研究。', 10)
    p.sp(10)
    p.text('会诊专家签名：', 10)
    for i in range(3):
        p.squiggle(p.m + 100 + i * 110, p.y + 4)
    return p.bytes(), fields(date=d_iso(d['date']), customer=d['cust']['name'], title=title), \
        '诊断报告（新）：专家会诊单（三位专家意见+会诊结论）' + ('' if d['solution'] else '；结论无实施建议')


# ================================================================ standards
def std_q(ctx, s, rng):
    p = PDF(font='ZH', rng=rng)
    p.text('ICS 25.040', 9); p.text('CCS J 07', 9)
    p.sp(30)
    p.text(f'{ctx["app"]["name"]}企业标准', 18, align='center', dy=30)
    p.text(f'Q/{ctx["app"]["short_py"]} {rng.randint(100, 999)}—2024', 11, align='right')
    p.hline(BLACK, 1.2)
    p.sp(60)
    p.title(s['name'], 20)
    p.text('（草案）', 13, align='center')
    p.sp(200)
    p.hline(BLACK, 1.2)
    p.text(f'{ctx["app"]["name"]}　发布', 12, align='right')
    p.newpage()
    p.title('前　言', 15)
    p.para(f'本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。本文件由{ctx["app"]["name"]}提出并归口。本文件起草人：{rng.choice(["陈", "杨"])}某某、{rng.choice(["何", "高"])}某某。', 10.5)
    return p.bytes(), fields(title=s['name']), '标准草案：企业标准 Q/ 封面 + 前言'


def std_hg(ctx, s, rng):
    """NEW genre: 化工行业标准 HG/T 征求意见稿."""
    p = PDF(font='ZM', rng=rng)
    p.text('ICS 71.020', 9); p.text('CCS G 04', 9)
    p.text('HG', 30, align='right', dy=40)
    p.text('中华人民共和国化工行业标准', 17, align='center', dy=26)
    p.text(f'HG/T XXXXX—202X', 11, align='right')
    p.hline(BLACK, 1.4)
    p.sp(70)
    p.title(s['name'], 19)
    p.text(s['en'], 10, align='center')
    p.sp(20)
    p.text('（征求意见稿）', 13, align='center')
    p.sp(180)
    p.text('202X-XX-XX 发布　　　　　　　　　　　　202X-XX-XX 实施', 11, align='center')
    p.text('中华人民共和国工业和信息化部　发 布', 12, align='center')
    p.newpage()
    p.title('前　言', 15)
    p.para(f'本文件由中国石油和化学工业联合会提出。本文件起草单位：{ctx["app"]["name"]}、天津某化工研究设计院。', 10.5)
    return p.bytes(), fields(title=s['name']), '标准草案（新）：化工行业标准 HG/T 征求意见稿（英文题名）'


def std_t(ctx, s, rng):
    p = PDF(font='ZH', rng=rng)
    p.text('团　体　标　准', 22, align='center', dy=40)
    p.text(f'T/TJSIA {rng.randint(10, 99)}—2024', 11, align='right')
    p.hline(BLACK, 1.2)
    p.sp(60)
    p.title(s['name'], 19)
    p.text('（工作组讨论稿 V0.3）', 12, align='center')
    p.sp(220)
    p.text('天津市某智能制造产业协会　发布', 12, align='center')
    return p.bytes(), fields(title=s['name']), '标准草案：团体标准工作组讨论稿封面'


# ================================================================ other
def other_receipt(ctx, ds, rng):
    """NEW: 诊断报告送达签收单 (other)."""
    p = PDF(font='ZH', rng=rng)
    p.title('免费诊断报告送达签收单', 16)
    rows = [['序号', '企业名称', '报告名称', '送达日期', '签收人']]
    for i, d in enumerate(ds):
        rows.append([str(i + 1), d['cust']['name'], d['title'], d_dot(d['report_date']), ''])
    p.table(rows, [0.07, 0.33, 0.35, 0.13, 0.12], size=8.5, minh=20)
    return p.bytes(), fields(), '其他（新）：诊断报告送达签收单，列出多家企业，非诊断报告本身'
