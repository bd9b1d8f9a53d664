"""Genres. Each function gets a context dict k and an rng and returns (pages, fields, note).
fields always carry the eight keys; values are what the paper itself states."""
from render import Page, RED
from util import daxie, comma, yuan, fdate, spaced, cn_date

F8 = ('contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title')


def F(**kw):
    d = {k: None for k in F8}
    d.update(kw)
    return d


def money(a):
    return f'人民币{daxie(a)}（¥{comma(a)}）'


def sig_block(p, left_label, left, right_label, right, date_s=None, y=None, seal_l=True, seal_r=True):
    y = y or max(p.y + 8, 230)
    p.t(20, y, f'{left_label}（盖章）：{left}', 10)
    p.t(112, y, f'{right_label}（盖章）：{right}', 10)
    p.t(20, y + 10, '法定代表人或授权代表（签字）：', 9.5)
    p.t(112, y + 10, '法定代表人或授权代表（签字）：', 9.5)
    p.hand(74, y + 11, '王' + '明', 12)
    p.hand(166, y + 11, '李' + '昀', 12)
    if date_s:
        p.t(20, y + 20, f'日期：{date_s}', 10)
        p.t(112, y + 20, f'日期：{date_s}', 10)
    if seal_l:
        p.seal(52, y + 6, left + ('合同专用章' if len(left) < 14 else ''), '')
    if seal_r:
        p.seal(146, y + 6, right + ('合同专用章' if len(right) < 14 else ''), '')


# ---------------------------------------------------------------- contracts
def c_plain(k, rng):
    """ordinary 技术服务合同 with letter-spaced labels and distractor amounts/dates"""
    a = k['c_amount']
    p = Page()
    p.c(22, k['project'] + '技术服务合同', 17)
    p.y = 34
    p.t(130, p.y, f'合同编号：{k["no"]}', 10); p.y += 10
    p.line(f'甲   方：{k["cust"]}'); p.line(f'地   址：{k["cust_addr"]}')
    p.line(f'乙   方：{k["app"]}'); p.line(f'地   址：{k["app_addr"]}')
    p.para('依据《中华人民共和国民法典》及相关法律法规，甲乙双方经友好协商，就甲方委托乙方实施'
           f'“{k["project"]}”事宜达成如下条款，共同遵守。')
    p.line('第一条  服务内容', 11)
    p.para('乙方负责项目的需求调研、方案设计、软硬件集成、安装调试、人员培训及上线运行支持，'
           '具体以附件《技术规格书》为准。')
    p.line('第二条  合同价款及支付方式', 11)
    p.para(f'本合同总金额为{money(a)}，含增值税。合同生效后十个工作日内甲方向乙方支付预付款'
           f'¥{comma(float(a) * 0.3)}；项目验收合格后支付至合同总价的95%；剩余5%作为质保金'
           f'（¥{comma(float(a) * 0.05)}），质保期满后无息支付。')
    p.line('第三条  工期', 11)
    p.para(f'乙方应于{fdate(k["deliv"], "cn")}前完成全部设备交货及系统部署，交货地点为甲方{k.get("site", "厂区")}。')
    p.line('第四条  违约责任', 11)
    p.para(f'任何一方违约，应向守约方支付违约金，违约金累计不超过¥{comma(float(a) * 0.1)}。')
    p.line('第五条  其他', 11)
    p.para('本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。')
    sig_block(p, '甲方', k['cust'], '乙方', k['app'], fdate(k['sign'], 'cn'))
    p.t(20, 275, f'签订日期：{fdate(k["sign"], "cn")}', 10)
    return [p], F(contract_no=k['no'], amount_yuan=yuan(a), date=k['sign'], customer=k['cust']), \
        '普通技术服务合同；字距拉开的“甲   方”；预付款、质保金、违约金上限与交货日期为干扰项'


def c_gov(k, rng):
    """G01 政府采购合同: 通用条款 + 合同专用条款数据表 (采购人/供应商)"""
    a = k['c_amount']
    p1 = Page(); p1.c(40, '政 府 采 购 合 同', 22); p1.c(52, '（货物及服务类）', 12)
    p1.y = 80
    for lab, v in [('项 目 名 称', k['project']), ('政府采购合同编号', k['no']), ('采 购 方 式', '公开招标'),
                   ('政府采购计划编号', k['plan']), ('采 购 人（甲方）', k['cust']),
                   ('供 应 商（乙方）', k['app']), ('签 订 地 点', '天津市' + k.get('district', '西青区'))]:
        p1.t(30, p1.y, f'{lab}：', 12); p1.t(85, p1.y, v, 12); p1.l(85, p1.y + 2, 190, p1.y + 2); p1.y += 14
    p1.t(30, p1.y, '签 订 时 间：', 12); p1.t(85, p1.y, fdate(k['sign'], 'han'), 12); p1.y += 20
    p1.c(270, '天津市政府采购中心监制', 9)
    p2 = Page(); p2.c(22, '第二部分  合同专用条款数据表', 14); p2.y = 34
    p2.para('本表是对合同通用条款的具体补充和修改，如有矛盾，以本表为准。', 10)
    rows = [['条款号', '条款名称', '约定内容'],
            ['1.1', '采购人', k['cust']], ['1.2', '供应商', k['app']],
            ['2.1', '合同标的', k['project']],
            ['3.1', '合同价格', f'{daxie(a)}（小写：{comma(a)}元）'],
            ['3.2', '采购预算', f'{comma(k["budget"])}元'],
            ['4.1', '履约保证金', f'合同价格的5%，即{comma(float(a) * 0.05)}元'],
            ['5.1', '交付期限', f'合同签订后至{fdate(k["deliv"], "dot")}止'],
            ['6.1', '付款方式', '验收合格后30日内支付合同价格的100%'],
            ['7.1', '验收组织', '由采购人组织验收，必要时邀请专家参加'],
            ['8.1', '质量保证期', '自验收合格之日起24个月']]
    p2.table(20, [20, 35, 115], rows, rh=11, size=9.5)
    sig_block(p2, '采购人', k['cust'], '供应商', k['app'], None, y=p2.y + 10)
    return [p1, p2], F(contract_no=k['no'], amount_yuan=yuan(a), date=k['sign'], customer=k['cust']), \
        '政府采购合同：封面签订时间为汉字日期；价款只在专用条款数据表；采购预算、履约保证金、交付期限为干扰项'


def c_renew(k, rng):
    """G02 运维服务续约协议: cites the previous year's contract and its price"""
    a = k['c_amount']
    p = Page(); p.c(24, '运维服务续约协议', 17); p.y = 36
    p.t(128, p.y, f'协议编号：{k["no"]}', 10); p.y += 10
    p.para(f'鉴于{k["cust"]}（以下简称“委托方”）与{k["app"]}（以下简称“服务方”）于'
           f'{fdate(k["prev_date"], "cn")}签订《{k["project"]}运维服务合同》（合同编号：{k["prev_no"]}，'
           f'合同金额{comma(k["prev_amt"])}元），原合同服务期已届满。经双方协商一致，续约如下：', 10.5, indent=False)
    for s in [f'一、续约服务期自{fdate(k["deliv"], "cn")}起十二个月。',
              f'二、续约期内服务费用合计{money(a)}，较原合同增加了系统扩容及数据治理内容。',
              '三、服务方在续约期内提供7×24小时远程支持及每季度一次现场巡检，故障响应时间不超过2小时。',
              '四、原合同中未作变更的条款继续有效；本协议与原合同不一致的，以本协议为准。',
              f'五、本协议经双方盖章后生效，签署日期为{fdate(k["sign"], "sp")}。']:
        p.para(s, 10.5, indent=False)
    sig_block(p, '委托方', k['cust'], '服务方', k['app'], None)
    return [p], F(contract_no=k['no'], amount_yuan=yuan(a), date=k['sign'], customer=k['cust']), \
        '续约协议：引用原合同编号、原合同金额与原签订日期（干扰项）；签署日期只在正文'


TW = str.maketrans('设备统项目费买卖合约编号签订条款价总额违约交货验收质保责任规格数量单产线系统与为于让发务实施', '設備統項目費買賣合約編號簽訂條款價總額違約交貨驗收質保責任規格數量單產線系統與為於讓發務實施')


def c_tw(k, rng):
    """G03 台资企业繁体 採購合約 (買方/賣方)"""
    a = k['c_amount']
    tw = lambda s: s.translate(TW)
    p = Page(font='STSong-Light'); p.c(24, tw('设备采购合约书'), 17); p.y = 36
    p.t(120, p.y, tw(f'合约编号：{k["no"]}'), 10); p.y += 10
    p.line(tw('买方：') + k['cust'], 10.5); p.line(tw('卖方：') + k['app'], 10.5)
    p.para(tw('买卖双方本着平等互利之原则，就买方购置之' + k['project'] + '签订本合约，条款如下：'), 10.5)
    rows = [[tw('项次'), tw('品名规格'), tw('数量'), tw('金额（人民币元）')],
            ['1', tw(k['project'] + '硬件'), '1 ' + tw('套'), comma(float(a) * 0.6)],
            ['2', tw('软件授权及实施'), '1 ' + tw('项'), comma(float(a) - round(float(a) * 0.6, 2))],
            ['', tw('合计（含税）'), '', comma(a)]]
    p.table(20, [15, 85, 25, 45], rows, rh=9)
    for s in [f'一、总价：人民币{daxie(a)}。', f'二、交货日期：{fdate(k["deliv"], "slash")}。',
              '三、付款条件：验收合格后月结60天，以电汇方式支付。',
              f'四、逾期交货，每逾一日按总价千分之一计罚，最高不超过总价百分之十（即{comma(float(a) * 0.1)}元）。',
              f'五、本合约于{fdate(k["sign"], "slash")}签订，一式两份，双方各执一份。']:
        p.para(tw(s), 10.5, indent=False)
    sig_block(p, tw('买方'), k['cust'], tw('卖方'), k['app'], None)  # names stay as registered
    return [p], F(contract_no=k['no'], amount_yuan=yuan(a), date=k['sign'], customer=k['cust']), \
        '台资客户繁体合约：買方/賣方、合約編號；金额在合计行与大写；交货日期和罚款上限为干扰项；STSong 字体'


# ---------------------------------------------------------------- acceptance
def a_plain(k, rng):
    p = Page(); p.c(26, '项目验收报告', 18); p.y = 40
    rows = [['项目名称', k['project']], ['合同编号', k['no']], ['建设单位', k['cust']], ['承建单位', k['app']],
            ['合同金额', money(k['a_amount'])], ['验收日期', fdate(k['acc'], 'cn')]]
    p.table(20, [35, 135], rows, rh=10)
    p.line('验收意见：', 11)
    ok = k['passed']
    p.para('经建设单位组织对项目的功能、性能及文档资料进行检查，' +
           ('项目已按合同要求完成建设内容，各项指标达到合同约定，同意通过验收。' if ok else
            '项目部分功能未达到合同约定指标，数据采集完整率不足，不同意通过验收，请承建单位整改后重新申请。'))
    p.t(110, 240, '建设单位（盖章）：', 10); p.t(110, 250, k['cust'], 10)
    p.seal(140, 246, k['cust'], '')
    p.t(110, 262, fdate(k['acc'], 'cn'), 10)
    return [p], F(contract_no=k['no'], amount_yuan=yuan(k['a_amount']), date=k['acc'], customer=k['cust'],
                  result='passed' if ok else 'failed'), '普通项目验收报告（表格）'


def a_trial(k, rng):
    """G04 联动试车合格确认书 (process industry)"""
    p = Page(); p.c(24, '联动试车合格确认书', 18); p.y = 36
    p.t(20, p.y, f'装置/单元：{k["project"]}', 10.5); p.t(140, p.y, f'编号：LS-{k["no"][-4:]}', 10); p.y += 9
    p.t(20, p.y, f'合同号：{k["no"]}', 10.5); p.y += 9
    rows = [['试车阶段', '起止时间', '结论'],
            ['单机试车', f'{fdate(k["t1"], "dot")}', '合格'],
            ['联动试车（72小时连续运行）', f'{fdate(k["t2"], "dot")}—{fdate(k["acc"], "dot")}',
             '合格' if k['passed'] else '不合格'],
            ['投料试车', '由业主另行组织', '—']]
    p.table(20, [65, 70, 35], rows, rh=10)
    ok = k['passed']
    p.para(f'{k["app"]}承建的上述装置控制系统已完成联动试车。经{k["cust"]}生产运行部、设备部、安全环保部共同确认，'
           + ('系统运行平稳，联锁回路投用率100%，控制回路自控率达到合同约定，确认联动试车合格，同意工程交付使用。'
              if ok else '关键联锁回路未全部投用，确认联动试车不合格，不予交付。'), 10.5)
    p.t(20, 232, '业主单位（盖章）：', 10); p.t(20, 242, k['cust'], 10)
    p.t(112, 232, '施工/承包单位：', 10); p.t(112, 242, k['app'], 10)
    p.seal(50, 240, k['cust'], '')
    p.t(20, 256, f'确认日期：{fdate(k["acc"], "cn")}', 10)
    p.t(20, 266, '注：投料试车及性能考核另行组织，不影响本确认。', 8.5)
    return [p], F(contract_no=k['no'], date=k['acc'], customer=k['cust'], result='passed' if ok else 'failed'), \
        '联动试车合格确认书：单机试车日期、联动试车区间为干扰日期；无金额；业主单位为验收单位'


def a_score(k, rng):
    """G05 验收评审打分汇总表: result follows the average score against a pass mark"""
    p = Page(); p.c(24, '项目验收评审打分汇总表', 17); p.y = 36
    p.t(20, p.y, f'项目名称：{k["project"]}', 10.5); p.y += 8
    p.t(20, p.y, f'验收组织单位：{k["cust"]}', 10.5); p.y += 8
    p.t(20, p.y, f'评审日期：{fdate(k["acc"], "cn0")}', 10.5); p.t(120, p.y, '合格线：80分', 10.5); p.y += 10
    sc = [rng.randint(84, 95) for _ in range(5)] if k['passed'] else [rng.randint(62, 78) for _ in range(5)]
    rows = [['评审专家', '工作单位', '技术指标(40)', '文档(20)', '运行效果(40)', '合计']]
    orgs = ['天津大学', '河北工业大学', '天津理工大学', '天津市智能制造产业技术研究院', '中国汽车技术研究中心有限公司']
    names = ['张翀', '刘瑄', '赵堃', '陈嘉', '周宁']
    for n, o, s in zip(names, orgs, sc):
        rows.append([n, o, str(round(s * 0.4)), str(round(s * 0.2)), str(s - round(s * 0.4) - round(s * 0.2)), str(s)])
    avg = sum(sc) / 5
    rows.append(['平均分', '', '', '', '', f'{avg:.1f}'])
    p.table(15, [22, 60, 26, 20, 28, 22], rows, rh=10, size=9)
    p.line('评审结论：', 11)
    p.para(f'平均得分{avg:.1f}分，' + ('高于合格线，验收评审组同意该项目通过验收。' if k['passed'] else
                                     '低于合格线，验收评审组意见为不通过，限期整改。'))
    for i, n in enumerate(names):
        p.hand(30 + i * 30, 235, n, 12)
    p.t(110, 255, f'{k["cust"]}（盖章）', 10)
    p.seal(150, 252, k['cust'], '')
    return [p], F(date=k['acc'], customer=k['cust'], result='passed' if k['passed'] else 'failed'), \
        '验收评审打分汇总表：结论由平均分与合格线得出；无合同号、无金额；专家单位为干扰名称'


def a_public(k, rng):
    """G06 项目验收结果公示 printed from the customer's website"""
    p = Page()
    p.t(10, 8, f'{fdate(k["print"], "slash")} 10:12', 7.5); p.t(80, 8, '验收结果公示 - ' + k['cust'], 7.5)
    p.t(10, 290, f'https://www.{k["web"]}.com.cn/xwzx/tzgg/{k["acc"].replace("-", "")}/t{k["no"][-4:]}.html', 7)
    p.t(190, 290, '1/1', 7)
    p.l(10, 14, 200, 14, 0.3)
    p.t(12, 22, f'首页 > 新闻中心 > 通知公告', 8.5)
    p.c(36, f'关于{k["project"]}验收结果的公示', 14); p.y = 46
    p.c(p.y, f'发布时间：{fdate(k["pub"], "iso")}   来源：本站   浏览次数：{rng.randint(80, 900)}', 8.5); p.y += 10
    p.para(f'我公司{k["project"]}（合同编号：{k["no"]}，承建单位：{k["app"]}）已于{fdate(k["acc"], "cn")}'
           f'组织完成竣工验收。验收组按合同及技术协议逐项核查，结论为：' + ('验收合格。' if k['passed'] else '验收不合格。'), 10.5)
    p.para(f'现予公示，公示期自{fdate(k["pub"], "cn")}起五个工作日。如有异议，请在公示期内以书面形式向我公司纪检监察部反映。', 10.5)
    p.para('联系电话：022-2' + str(rng.randint(1000000, 9999999)), 10.5)
    p.y += 6
    p.t(130, p.y, k['cust'], 10.5); p.t(140, p.y + 8, fdate(k['pub'], 'cn'), 10.5)
    return [p], F(contract_no=k['no'], date=k['acc'], customer=k['cust'], result='passed' if k['passed'] else 'failed'), \
        '客户官网验收结果公示（网页打印）：发布/打印日期与公示期为干扰日期；客户只以“我公司”和落款出现'


# ---------------------------------------------------------------- payments
def memo(k):
    return f'支付{k["no"]}合同款' if k['memo_no'] else rng_pick(k, ['货款', '项目款', '技术服务费'])


def rng_pick(k, xs):
    return xs[k['seq'] % len(xs)]


def p_plain(k, rng):
    p = Page(w=210, h=120); p.c(14, k['bank'] + '  电子回单', 14); p.y = 22
    rows = [['回单编号', str(rng.randint(10 ** 11, 10 ** 12)), '交易日期', fdate(k['pdate'], 'cn0')],
            ['付款人户名', k['payer'], '收款人户名', k['payee']],
            ['付款人账号', k['payer_acct'], '收款人账号', k['payee_acct']],
            ['金额（大写）', '人民币' + daxie(k['pamt']), '金额（小写）', '¥' + comma(k['pamt'])],
            ['用途', memo(k), '交易渠道', '企业网银']]
    p.table(10, [28, 67, 28, 67], rows, rh=11, size=9)
    p.seal(170, 98, k['bank'], '电子回单专用章', r=14)
    return [p], F(contract_no=k['no'] if k['memo_no'] else None, amount_yuan=yuan(k['pamt']), date=k['pdate'],
                  payer=k['payer'], payee=k['payee']), '普通银行电子回单'


def p_kiosk(k, rng):
    """G07 自助回单机回单: narrow slip printed by the self-service receipt kiosk"""
    p = Page(w=90, h=150); p.c(12, k['bank'], 10); p.c(19, '客户回单（自助打印）', 9); p.y = 28
    for s in [f'回单编号:{rng.randint(10 ** 13, 10 ** 14)}', f'记账日期:{fdate(k["pdate"], "compact")}',
              '业务类型:对公转账', '付款户名:', '  ' + k['payer'][:16], '  ' + k['payer'][16:],
              f'付款账号:{k["payer_acct"]}', '收款户名:', '  ' + k['payee'][:16], '  ' + k['payee'][16:],
              f'收款账号:{k["payee_acct"]}', f'金额:CNY{comma(k["pamt"])}', f'大写:{daxie(k["pamt"])}',
              f'附言:{memo(k)}', f'打印日期:{fdate(k["print"], "compact")}', f'打印次数:{rng.randint(2, 3)}',
              f'验证码:{rng.randint(10 ** 7, 10 ** 8):X}']:
        if s.strip():
            p.line(s, 8, x=6, gap=1.9)
    p.seal(62, 128, k['bank'], '回单专用章', r=13)
    return [p], F(contract_no=k['no'] if k['memo_no'] else None, amount_yuan=yuan(k['pamt']), date=k['pdate'],
                  payer=k['payer'], payee=k['payee']), '自助回单机窄条回单：户名折行、紧凑记账日期、打印日期与打印次数为干扰'


def p_debit(k, rng):
    """G08 借记通知书 from the payer's bank (本单位 = payer)"""
    p = Page(w=210, h=140); p.c(16, k['bank'], 12); p.c(25, '借 记 通 知 书', 15); p.y = 34
    p.t(12, p.y, f'致：{k["payer"]}', 10); p.t(140, p.y, f'日期：{fdate(k["pdate"], "cn0")}', 10); p.y += 8
    p.para(f'贵单位账号{k["payer_acct"]}已于上述日期借记下列款项，特此通知。', 10, x=12, width=185)
    rows = [['对方户名', k['payee']], ['对方账号', k['payee_acct']], ['对方开户行', k['payee_bank']],
            ['借记金额', f'{daxie(k["pamt"])}    {comma(k["pamt"])}'], ['摘要', memo(k)],
            ['手续费', '15.50'], ['账户余额', comma(k['bal'])]]
    p.table(12, [35, 150], rows, rh=9)
    p.t(12, p.y + 4, '经办：0937    复核：1128', 9)
    p.seal(170, 118, k['bank'], '业务专用章', r=14)
    return [p], F(contract_no=k['no'] if k['memo_no'] else None, amount_yuan=yuan(k['pamt']), date=k['pdate'],
                  payer=k['payer'], payee=k['payee']), '付款行借记通知书：付款人只在“致”行，收款人只作“对方户名”；手续费与余额为干扰金额'


def p_foreign(k, rng):
    """G09 外资银行 bilingual Transaction Advice"""
    p = Page(w=210, h=150)
    p.t(12, 14, k['fbank'], 12); p.t(12, 21, k['fbank_en'], 8.5)
    p.c(32, 'TRANSACTION ADVICE 交易通知书', 13); p.y = 42
    rows = [['Value Date 起息日', fdate(k['pdate'], 'en'), 'Ref No. 业务编号', f'FT{rng.randint(10 ** 9, 10 ** 10)}'],
            ['Ordering Customer 付款人', k['payer'], 'A/C No.', k['payer_acct']],
            ['Beneficiary 收款人', k['payee'], 'A/C No.', k['payee_acct']],
            ['Amount 金额', f'CNY {comma(k["pamt"])}', 'Charges 费用', 'OUR'],
            ['Remittance Info 附言', memo(k), 'Channel', 'CIPS/CNAPS']]
    p.table(10, [42, 66, 30, 52], rows, rh=12, size=8.5)
    p.para('This advice is computer generated and requires no signature. 本通知由系统生成，无需签章。', 8, x=10, width=190, indent=False)
    p.t(10, p.y + 4, f'Print Date 打印日期: {fdate(k["print"], "iso")}', 8)
    return [p], F(contract_no=k['no'] if k['memo_no'] else None, amount_yuan=yuan(k['pamt']), date=k['pdate'],
                  payer=k['payer'], payee=k['payee']), '外资银行中英交易通知书：英文日期、CNY 金额无大写、无印章'


def p_hvps(k, rng):
    """G10 大额支付系统 往账业务回执 (报文打印)"""
    p = Page(w=210, h=160); p.c(14, '大额支付往账业务回执', 14); p.c(21, '（' + k['bank'] + '）', 9); p.y = 30
    pairs = [('报文标识号', f'{k["pdate"].replace("-", "")}{rng.randint(10 ** 7, 10 ** 8)}'),
             ('业务类型', 'A100 普通汇兑'), ('委托日期', fdate(k['pdate'], 'compact')),
             ('发起行行号', '3131' + str(rng.randint(10 ** 7, 10 ** 8))), ('付款人名称', k['payer']),
             ('付款人账号', k['payer_acct']), ('接收行行号', '1021' + str(rng.randint(10 ** 7, 10 ** 8))),
             ('收款人名称', k['payee']), ('收款人账号', k['payee_acct']),
             ('货币符号、金额', f'CNY{yuan(k["pamt"])}'), ('附言', memo(k)),
             ('处理状态', '已清算（PR04）'), ('清算时间', fdate(k['pdate'], 'compact') + '1435' + str(rng.randint(10, 59)))]
    for a, b in pairs:
        p.t(14, p.y, f'{a}', 9.5); p.t(50, p.y, f'：{b}', 9.5); p.y += 8
    p.seal(165, 130, k['bank'], '转讫', r=14)
    return [p], F(contract_no=k['no'] if k['memo_no'] else None, amount_yuan=yuan(k['pamt']), date=k['pdate'],
                  payer=k['payer'], payee=k['payee']), '大额支付报文回执：金额无千分位、无大写；日期为紧凑格式；行号为干扰数字'


# ---------------------------------------------------------------- procurement
def r_plain(k, rng):
    p = Page(); p.c(30, '中 标 通 知 书', 19); p.y = 46
    p.line(f'{k["app"]}：', 11)
    p.para(f'我单位组织的{k["project"]}招标项目（招标编号：{k["bid_no"]}）于{fdate(k["open"], "cn")}开标，'
           f'经评标委员会评审，确定贵单位为中标人，中标价为{money(k["r_amount"])}。'
           '请于本通知书发出之日起三十日内与我单位签订合同。')
    p.para(f'投标保证金¥{comma(50000)}将于合同签订后五日内退还。')
    p.t(120, 200, f'招标人：{k["cust"]}', 10.5); p.seal(150, 196, k['cust'], '')
    p.t(120, 212, fdate(k['rdate'], 'cn'), 10.5)
    return [p], F(amount_yuan=yuan(k['r_amount']), date=k['rdate'], customer=k['cust']), '普通中标通知书；开标日期与投标保证金为干扰项'


def r_price(k, rng):
    """G11 最终报价确认及授予函 — customer confirms the applicant's final offer and awards"""
    p = Page(); p.c(26, '最终报价确认及授予函', 17); p.y = 40
    p.t(20, p.y, f'编号：{k["cust_short"]}采函〔2023〕{rng.randint(10, 99)}号', 10); p.y += 10
    p.line(f'{k["app"]}：', 11)
    p.para(f'贵司针对“{k["project"]}”于{fdate(k["open"], "cn")}递交的首轮报价为'
           f'{comma(float(k["r_amount"]) * 1.06)}元，经两轮商务澄清，贵司最终报价为{comma(k["r_amount"])}元'
           f'（大写：{daxie(k["r_amount"])}）。我司确认接受该最终报价，并将本项目授予贵司。', 10.5)
    p.para(f'双方应以该价格签订正式合同，合同编号预定为{k["no"]}。报价有效期至{fdate(k["valid"], "cn")}。', 10.5)
    p.para('请于收到本函后三个工作日内盖章回传确认。', 10.5)
    p.t(115, 200, k['cust'], 10.5); p.t(115, 208, '采购管理部', 10.5); p.seal(145, 200, k['cust'], '')
    p.t(115, 220, fdate(k['rdate'], 'cn'), 10.5)
    p.t(20, 245, '回执：以上内容已知悉并确认。', 10); p.t(20, 255, f'{k["app"]}（盖章）', 10)
    p.seal(50, 252, k['app'], '')
    return [p], F(contract_no=k['no'], amount_yuan=yuan(k['r_amount']), date=k['rdate'], customer=k['cust']), \
        '最终报价确认及授予函：首轮报价（+6%）为干扰金额；报价有效期为干扰日期；供应商回执盖章'


def r_open(k, rng):
    """G12 开标记录及定标结果表 (invitation tender, signed by the tenderer's staff)"""
    p = Page(); p.c(22, '开标记录及定标结果表', 16); p.y = 34
    p.t(15, p.y, f'招标人：{k["cust"]}', 10); p.y += 8
    p.t(15, p.y, f'项目名称：{k["project"]}（邀请招标）', 10); p.y += 8
    p.t(15, p.y, f'开标时间：{fdate(k["open"], "iso")} 09:30', 10); p.t(120, p.y, '开标地点：招标人三楼会议室', 10); p.y += 10
    others = k['rivals']
    amts = [float(k['r_amount']), float(k['r_amount']) * 1.043, float(k['r_amount']) * 1.118]
    rows = [['序号', '投标人', '投标报价（元）', '工期', '评标得分', '排名']]
    bid = [(k['app'], amts[0], 93.5), (others[0], amts[1], 88.2), (others[1], amts[2], 84.0)]
    order = [1, 0, 2]
    for i, j in enumerate(order):
        n, a, s = bid[j]
        rows.append([str(i + 1), n, comma(a), '120日历天', f'{s}', str(j + 1)])
    p.table(12, [12, 70, 32, 24, 20, 14], rows, rh=10, size=8.5)
    p.line('定标结果：', 11, x=15)
    p.para(f'经评标委员会推荐、招标人定标小组研究，确定排名第一的{k["app"]}为中标人，中标金额'
           f'{comma(k["r_amount"])}元。', 10.5, x=15)
    p.t(15, p.y + 6, f'定标日期：{fdate(k["rdate"], "dot")}', 10.5)
    for i, n in enumerate(['唱标人', '记录人', '监标人']):
        p.t(15 + i * 60, 240, n + '：', 10); p.hand(35 + i * 60, 240, ['马赟', '孙橦', '吴磊'][i], 12)
    p.seal(160, 258, k['cust'], '招标专用章')
    return [p], F(amount_yuan=yuan(k['r_amount']), date=k['rdate'], customer=k['cust']), \
        '开标记录及定标结果表：三家投标报价（两家为干扰金额），中标人并非列在第一行；开标时间为干扰日期'


# ---------------------------------------------------------------- standards / other
def s_plain(k, rng):
    p = Page(); p.t(20, 24, 'ICS 25.040', 9); p.t(20, 30, 'CCS J 07', 9)
    p.c(50, '团   体   标   准', 22); p.t(150, 62, k['std_code'], 10)
    p.c(100, k['std'], 17); p.c(150, '（征求意见稿）', 12)
    p.c(240, '2023-xx-xx 发布            2023-xx-xx 实施', 10)
    p.c(258, '天津市智能制造产业协会  发 布', 12)
    return [p], F(title=k['std']), '团体标准征求意见稿封面'


def s_expl(k, rng):
    """G16-like: 企业标准 送审稿 + 编制说明 (two pages)"""
    p1 = Page(); p1.t(20, 24, 'Q/' + k['app_short'] + ' ' + k['std_code'][-7:], 10)
    p1.c(60, k['app'] + '企业标准', 16); p1.c(110, k['std'], 17); p1.c(130, '（送审稿）', 12)
    p1.c(260, k['app'] + '  发布', 11)
    p2 = Page(); p2.c(26, '《' + k['std'] + '》编制说明', 14); p2.y = 40
    for s in ['一、任务来源：本标准由' + k['app'] + '提出并归口，列入公司2023年标准化工作计划。',
              '二、编制过程：2023年3月成立起草组，5月形成工作组讨论稿，9月形成送审稿。',
              '三、主要内容：规定了系统的总体架构、接口要求、数据字典、测试方法。',
              '四、与现行标准的关系：本标准与GB/T 39116、GB/T 20720协调一致。']:
        p2.para(s)
    return [p1, p2], F(title=k['std']), '企业标准送审稿＋编制说明，两页'


def o_cert(k, rng):
    """G14 产品出厂合格证 (other)"""
    p = Page(w=120, h=85); p.rect(4, 4, 112, 77, 1.0)
    p.c(16, '产 品 合 格 证', 15); p.y = 28
    for s in [f'产品名称：{k["project"][:12]}控制柜', f'型号规格：ZK-{rng.randint(100, 999)}',
              f'出厂编号：{rng.randint(10 ** 7, 10 ** 8)}', f'检验日期：{fdate(k["deliv"], "dot")}',
              '检 验 员：07', f'制造单位：{k["app"]}']:
        p.line(s, 9, x=10, gap=2.0)
    p.seal(95, 62, '检验合格', '', r=9)
    return [p], F(), '产品出厂合格证：有日期和单位名，但不是任何一种证据'


def o_waybill(k, rng):
    """G15 物流签收单 (other)"""
    p = Page(w=180, h=110); p.c(12, '货 物 运 输 签 收 单', 14); p.y = 22
    rows = [['运单号', f'TJ{rng.randint(10 ** 9, 10 ** 10)}', '发货日期', fdate(k['deliv'], 'slash')],
            ['托运人', k['app'], '收货人', k['cust']], ['货物名称', k['project'][:10] + '设备', '件数', f'{rng.randint(3, 30)}件'],
            ['声明价值', f'{comma(float(k["c_amount"]) * 0.4)}元', '运费', f'{rng.randint(800, 5000)}.00元']]
    p.table(8, [25, 62, 25, 52], rows, rh=11, size=8.5)
    p.t(10, p.y + 6, '收货人签收：', 10); p.hand(40, p.y + 7, '已收货 完好 ' + fdate(k['deliv'], 'dot'), 11)
    return [p], F(), '物流签收单：托运人/收货人为双方、带声明价值金额，但不是证据'


def o_license(k, rng):
    p = Page(); p.c(40, '营 业 执 照', 24); p.c(52, '（副    本）', 11); p.y = 75
    for s in [f'统一社会信用代码  {k["app_uscc"]}', f'名        称  {k["app"]}', '类        型  有限责任公司',
              '法定代表人  王明', '注 册 资 本  伍仟万元整', f'住        所  {k["app_addr"]}']:
        p.line(s, 11, x=30, gap=2.4)
    p.seal(150, 235, '天津市' + k.get('district', '西青区') + '市场监督管理局', '', r=20)
    return [p], F(), '营业执照副本（申报单位自身资料）'


GENRES = {
    'c_plain': ('contract', c_plain), 'c_gov': ('contract', c_gov), 'c_renew': ('contract', c_renew), 'c_tw': ('contract', c_tw),
    'a_plain': ('acceptance_report', a_plain), 'a_trial': ('acceptance_report', a_trial),
    'a_score': ('acceptance_report', a_score), 'a_public': ('acceptance_report', a_public),
    'p_plain': ('payment_proof', p_plain), 'p_kiosk': ('payment_proof', p_kiosk), 'p_debit': ('payment_proof', p_debit),
    'p_foreign': ('payment_proof', p_foreign), 'p_hvps': ('payment_proof', p_hvps),
    'r_plain': ('procurement_proof', r_plain), 'r_price': ('procurement_proof', r_price), 'r_open': ('procurement_proof', r_open),
    's_plain': ('standard_draft', s_plain), 's_expl': ('standard_draft', s_expl),
    'o_cert': ('other', o_cert), 'o_waybill': ('other', o_waybill), 'o_license': ('other', o_license),
}


def a_ppap(k, rng):
    """G16 汽车行业 产线产能验证（Run@Rate）暨终验收报告"""
    p = Page(); p.c(22, '生产线产能验证（Run@Rate）暨终验收报告', 15); p.y = 34
    rows = [['客户', k['cust'], '报告编号', f'RR-{k["no"][-4:]}'],
            ['设备供应商', k['app'], '合同号', k['no']],
            ['验证对象', k['project'], '验证日期', fdate(k['acc'], 'slash')]]
    p.table(12, [26, 72, 24, 64], rows, rh=10, size=9)
    jph = rng.randint(52, 60)
    ok = k['passed']
    act = jph + rng.randint(1, 4) if ok else jph - rng.randint(4, 8)
    rows = [['指标', '目标值', '实测值', '判定'], ['节拍 JPH', str(jph), str(act), 'OK' if ok else 'NG'],
            ['设备综合效率 OEE', '≥85%', f'{rng.randint(86, 92) if ok else rng.randint(70, 80)}%', 'OK' if ok else 'NG'],
            ['一次合格率 FTT', '≥98%', f'{rng.uniform(98.2, 99.6):.1f}%', 'OK'],
            ['连续运行时长', '8小时×3班', '24小时', 'OK']]
    p.table(12, [60, 40, 40, 46], rows, rh=9, size=9)
    p.line('终验收结论（客户制造工程部填写）：', 10.5, x=12)
    p.t(20, p.y, ('☑' if ok else '☐') + ' 接受（Final Buy-off）     ' + ('☐' if ok else '☑') + ' 不接受，需整改后重新验证', 10.5)
    p.y += 10
    p.para('备注：质保期自终验收之日起计12个月；备件清单另附。', 9.5, x=12, indent=False)
    for i, (r_, n) in enumerate([('制造工程部', '赵堃'), ('质量部', '刘瑄'), ('设备供应商', '王明')]):
        p.t(15 + i * 62, 235, r_ + '：', 10); p.hand(38 + i * 62, 236, n, 12)
    p.t(15, 250, f'客户签章：{k["cust"]}', 10); p.seal(60, 250, k['cust'], '')
    return [p], F(contract_no=k['no'], date=k['acc'], customer=k['cust'], result='passed' if ok else 'failed'), \
        '汽车行业产能验证暨终验收：结论只用☑勾选（Final Buy-off）；JPH/OEE 表为干扰数字；无金额'


def p_batch(k, rng):
    """G17 一页三张的批量打印回单: only one of the three receipts is the customer's payment"""
    p = Page(); p.y = 10
    others = [(k['app'], '国网天津市电力公司', '电费', comma(rng.randint(30000, 90000))),
              (k['app'], '天津市西青区社会保险基金', '社保费', comma(rng.randint(100000, 300000)))]
    slot = k['seq'] % 3
    items = list(others)
    items.insert(slot, (k['payer'], k['payee'], memo(k), comma(k['pamt'])))
    for i, (pa, pe, mm, am) in enumerate(items):
        y0 = 10 + i * 95
        p.c(y0 + 8, k['bank'] + '  客户回单', 12); p.y = y0 + 14
        dt = k['pdate'] if i == slot else '2023-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28))
        rows = [['交易日期', fdate(dt, 'cn0'), '回单编号', str(rng.randint(10 ** 9, 10 ** 10))],
                ['付款人', pa, '收款人', pe], ['金额', f'¥{am}', '大写', '人民币' + daxie(am.replace(',', ''))],
                ['用途', mm, '业务种类', '转账']]
        p.table(10, [22, 73, 22, 73], rows, rh=10, size=8.5)
        p.seal(175, y0 + 70, k['bank'], '回单专用章', r=12)
        p.l(5, y0 + 92, 205, y0 + 92, 0.3)
    return [p], F(contract_no=k['no'] if k['memo_no'] else None, amount_yuan=yuan(k['pamt']), date=k['pdate'],
                  payer=k['payer'], payee=k['payee']), \
        '一页三张批量打印回单：只有一张是客户付款，另两张是申报单位付电费、社保费（干扰金额与日期）'


def o_dun(k, rng):
    """G18 催款函 issued by the applicant (other: names contract, amount and customer, but proves no payment)"""
    p = Page(); p.c(26, '付款提醒函', 17); p.y = 40
    p.line(f'{k["cust"]}：', 11)
    p.para(f'贵我双方于{fdate(k["sign"], "cn")}签订的《{k["project"]}合同》（合同编号：{k["no"]}），合同金额'
           f'{comma(k["c_amount"])}元。项目已交付使用，按合同约定贵司应于验收后支付相应款项，截至本函发出之日'
           f'尚有{comma(float(k["c_amount"]) * 0.3)}元未支付。请贵司于收函后十五日内安排付款。', 10.5)
    p.para(f'收款单位：{k["app"]}    开户行：中国工商银行股份有限公司天津华苑支行', 10.5)
    p.t(120, 200, k['app'], 10.5); p.t(130, 210, fdate(k['print'], 'cn'), 10.5); p.seal(150, 200, k['app'], '')
    return [p], F(), '申报单位发出的付款提醒函：有合同号、金额、客户，但不证明任何付款（other）'


GENRES.update({'a_ppap': ('acceptance_report', a_ppap), 'p_batch': ('payment_proof', p_batch), 'o_dun': ('other', o_dun)})
