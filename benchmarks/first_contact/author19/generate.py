"""author19 first-contact set (assessment cycle 2024). python generate.py --out data --seed N"""
import argparse, json, os, random, shutil, datetime as dt
from reportlab.lib.pagesizes import A4, A5, landscape
import openpyxl
from openpyxl.styles import Alignment
from common import *
import world

D = dt.date
iso = lambda d: d.isoformat() if d else None


def fields(**kw):
    f = dict.fromkeys(['contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title'])
    f.update(kw); return f

# ------------------------------------------------------------------ genres
def g_contract(W, c, rng):
    app = W['applicant']; amt = c['doc_amount'].get('contract', c['amount_cents'])
    nodes = [('预付款', 30), ('到货款', 40), ('验收款', 25), ('质保金', 5)]
    deliver = c['sign_date'] + dt.timedelta(days=60)
    def p1(p):
        p.text(p.L, p.H - 40, f"合同编号：{c['contract_no']}", 9.5)
        p.text(p.R - 120, p.H - 40, f"密级：商密", 9.5)
        p.y -= 20
        p.center('工业互联网应用建设合同', 20)
        p.center(f"（{c['contract_name']}）", 12)
        p.table([['需方（甲方）', c['customer']], ['住所', c['customer_address']], ['统一社会信用代码', c['customer_uscc']],
                 ['供方（乙方）', app['name']], ['住所', app['address']], ['统一社会信用代码', app['uscc']]], [0.25, 0.75], 10)
        p.para('甲乙双方依据《中华人民共和国民法典》及相关法律法规，在平等、自愿、诚实信用的基础上，就甲方' + c['contract_name'] +
               '的建设事宜，经友好协商达成如下条款，共同遵守。')
        p.line('第一条  项目内容', 11)
        p.para('乙方负责本项目软硬件的供货、部署、集成调试、培训及一年免费质保，具体技术指标以附件《技术协议》为准。')
        p.line('第二条  合同价款', 11)
        p.para(f"本合同含税总价为人民币{rmb_upper(amt)}（¥{fmt_amt(amt)}），已包含增值税及运输、安装、培训等全部费用。")
        p.line('第三条  付款节点', 11)
        rows = [['节点', '比例', '金额（元）', '付款条件']]
        for n, r in nodes:
            rows.append([n, f"{r}%", fmt_amt(amt * r // 100), {'预付款': '合同生效后15个工作日内', '到货款': '设备到货并签收后',
                                                          '验收款': '项目终验合格后', '质保金': '质保期满无质量问题'}[n]])
        p.table(rows, [0.15, 0.1, 0.25, 0.5], 9.5)
    def p2(p):
        p.line('第四条  交付期限', 11)
        p.para(f"乙方应于{zh_date(deliver)}前完成全部设备到货，并在到货后九十日内完成系统上线。")
        p.line('第五条  违约责任', 11)
        p.para(f"任何一方逾期履行的，每逾期一日按合同总价的千分之一向对方支付违约金，累计不超过¥{fmt_amt(amt // 10)}。")
        p.line('第六条  争议解决', 11)
        p.para('因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。')
        p.para('本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。')
        p.y -= 30
        y0 = p.y
        p.text(p.L, y0, '甲方（盖章）：', 10.5); p.text(p.L, y0 - 25, '授权代表：', 10.5); p.text(p.L, y0 - 50, '日期：' + zh_date(c['sign_date']), 10.5)
        x2 = p.W / 2 + 20
        p.text(x2, y0, '乙方（盖章）：', 10.5); p.text(x2, y0 - 25, '授权代表：', 10.5); p.text(x2, y0 - 50, '日期：' + zh_date(c['sign_date']), 10.5)
        p.seal(p.L + 120, y0 - 20, c['customer'], '合同专用章')
        p.seal(x2 + 120, y0 - 20, app['name'], '合同专用章')
    return build_pdf([p1, p2]), fields(contract_no=c['contract_no'], amount_yuan=amt_str(amt), date=iso(c['sign_date']), customer=c['customer']), \
        'contract', '合同: 付款节点表（预付款/到货款/验收款/质保金金额为干扰项）, 违约金上限干扰, 交付期限干扰, 需方（甲方）标签'


def g_acceptance(W, c, rng):
    app = W['applicant']; amt = c['doc_amount'].get('acceptance', c['amount_cents'])
    passed = c['acc_result'] == 'passed'
    items = ['系统软件安装介质及授权', '硬件设备（含网关、服务器）', '系统操作手册及运维手册', '培训记录及考核表', '竣工资料及测试报告']
    def p1(p):
        p.center('交付成果签收及验收确认表', 18)
        p.text(p.R - 150, p.y + 10, f"编号：YS-{c['acc_date'].year}-{rng.randint(10, 99)}", 9)
        p.table([['项目名称', c['contract_name'], '合同编号', c['contract_no']],
                 ['建设单位', c['customer'], '实施单位', app['name']],
                 ['合同金额', f"¥{fmt_amt(amt)}", '交付地点', c['customer_address'][:14]]], [0.15, 0.35, 0.15, 0.35], 9.5)
        p.line('一、交付成果签收', 11)
        p.table([['序号', '交付物', '数量', '签收情况']] + [[str(i + 1), it, rng.choice(['1套', '2份', '1批', '3份']), '已签收 √'] for i, it in enumerate(items)],
                [0.1, 0.5, 0.15, 0.25], 9.5)
        p.line('二、验收情况', 11)
        if c['reinspect']:
            p.table([['阶段', '日期', '结论', '说明'],
                     ['初验', zh_date(D(2023, 12, 18)), '不通过', '数据采集完整率未达98%，限期整改'],
                     ['复验', zh_date(c['acc_date']), '通过', '整改完成，各项指标满足技术协议要求']], [0.15, 0.25, 0.15, 0.45], 9.5)
            p.para('经复验，建设单位同意本项目通过验收。')
        elif passed:
            p.para(f"建设单位于{zh_date(c['acc_date'])}组织对本项目进行了验收，系统连续运行稳定，各项功能及性能指标满足合同及技术协议要求，交付资料齐全。")
        else:
            p.para(f"建设单位于{zh_date(c['acc_date'])}组织对本项目进行了验收。经测试，设备综合联网率仅为71%，报表模块存在数据延迟，未达到合同约定指标。")
        p.line('三、验收结论', 11)
        p.line(('☑ 通过验收      □ 不通过验收' if passed else '□ 通过验收      ☑ 不通过验收，需整改后重新申请'), 11, x=p.L + 20)
        p.y -= 20
        p.line(f"建设单位（盖章）：{c['customer']}", 10.5)
        p.line('项目负责人签字：', 10.5)
        p.line(f"验收日期：{c['acc_date'].year} 年 {c['acc_date'].month} 月 {c['acc_date'].day} 日", 10.5)
        p.seal(p.L + 330, p.y + 50, c['customer'], '项目专用章')
    return build_pdf([p1]), fields(contract_no=c['contract_no'], amount_yuan=amt_str(amt), date=iso(c['acc_date']), customer=c['customer'],
                                   result='passed' if passed else 'failed'), 'acceptance_report', \
        '交付成果签收及验收确认表: 交付物清单+☑结论' + ('; 初验不通过(2023)/复验通过' if c['reinspect'] else '')


def g_payment(W, c, amt, date, idx, n, rng, screenshot=False):
    app = W['applicant']
    payer_acct = ''.join(str(rng.randint(0, 9)) for _ in range(17))
    payer_bank = rng.choice(['中国工商银行天津经济技术开发区支行', '天津银行河西支行', '中国银行青岛黄岛支行', '河北银行保定分行营业部', '中信银行天津分行'])
    memo_no = rng.random() < 0.6
    memo = (f"{c['contract_no']}合同款" if memo_no else '货款') + (f"第{idx}笔" if n > 1 else '')
    fee = rng.random() < 0.3
    serial = ''.join(str(rng.randint(0, 9)) for _ in range(20))
    size = landscape(A5)
    def p1(p):
        p.y = p.H - 40
        p.center('跨行支付系统（超级网银）业务回单', 15, dy=22)
        p.text(p.L, p.y, f"回单编号：{serial[:12]}", 8.5); p.text(p.R - 170, p.y, f"打印日期：{zh_date(date + dt.timedelta(days=rng.randint(1, 30)))}", 8.5); p.y -= 14
        rows = [['业务类型', '跨行实时转账', '业务状态', '交易成功'],
                ['付款人名称', c['customer'], '收款人名称', app['name']],
                ['付款人账号', payer_acct, '收款人账号', app['acct']],
                ['付款行', payer_bank, '收款行', app['bank']],
                ['金额（大写）', '人民币' + rmb_upper(amt), '金额（小写）', 'CNY ' + fmt_amt(amt)],
                ['委托日期', date.strftime('%Y-%m-%d'), '清算日期', date.strftime('%Y%m%d')],
                ['附言', memo, '手续费', '15.50' if fee else '0.00'],
                ['交易流水号', serial, '验证码', ''.join(rng.choice('ABCDEF0123456789') for _ in range(8))]]
        p.table(rows, [0.14, 0.38, 0.14, 0.34], 8.5)
        p.text(p.L, p.y, '本回单可通过网上银行“回单验证”功能核验真伪；重复打印无效。', 8)
        p.seal(p.R - 60, p.y + 50, app['bank'][:10] if screenshot else payer_bank[:12], '电子回单专用章', r=34)
    f = fields(contract_no=c['contract_no'] if memo_no else None, amount_yuan=amt_str(amt), date=iso(date), payer=c['customer'], payee=app['name'])
    return build_pdf([p1], size), f, 'payment_proof', '超级网银跨行回单' + ('; 手续费15.50为干扰' if fee else '') + ('; 分期第%d/%d笔' % (idx, n) if n > 1 else '') + ('; 清算日期紧凑格式' )


def g_procurement(W, c, rng):
    app = W['applicant']
    d = c['sign_date'] - dt.timedelta(days=rng.randint(8, 25))
    pno = f"LX{d.year}{rng.randint(100, 999)}"
    amt = c['doc_amount'].get('procurement', c['amount_cents'])
    def p1(p):
        p.c.setFillColorRGB(0.8, 0.1, 0.1); p.c.setFont('ZH', 20); p.c.drawCentredString(p.W / 2, p.y, c['customer']); p.y -= 14
        p.c.setStrokeColorRGB(0.8, 0.1, 0.1); p.c.setLineWidth(2); p.c.line(p.L, p.y, p.R, p.y); p.y -= 40
        p.center('供应商遴选结果告知函', 16)
        p.line(f"{app['name']}：", 11)
        p.para(f"我公司“{c['contract_name']}”供应商遴选工作（遴选编号：{pno}）已于{zh_date(d - dt.timedelta(days=6))}完成评审。遴选小组依据遴选文件规定的评审办法，"
               f"对各响应单位的技术方案、商务报价及服务承诺进行了综合评审，经公司采购管理委员会审定，确定贵公司为本项目入选供应商。")
        p.para(f"入选报价：人民币{rmb_upper(amt)}（¥{fmt_amt(amt)}）。")
        p.para('请贵公司接函后十五日内与我公司项目管理部联系，商签合同。未入选单位的投标保证金（¥50,000.00）将在合同签订后五个工作日内无息退还。')
        p.para('特此告知。')
        p.y -= 40
        p.text(p.R - 230, p.y, c['customer'], 11); p.y -= 22
        p.text(p.R - 180, p.y, zh_date(d), 11)
        p.seal(p.R - 150, p.y + 20, c['customer'], '采购专用章')
    return build_pdf([p1]), fields(amount_yuan=amt_str(amt), date=iso(d), customer=c['customer']), 'procurement_proof', \
        '供应商遴选结果告知函(红头): 评审日期与保证金为干扰项, 无合同编号'


def g_subcontract(W, s, rng):
    app = W['applicant']; amt = s['amount_cents']
    party = s['party_on_doc']
    puscc = s.get('branch_uscc', s['supplier_uscc'])
    if s['genre'] == 'djcp':
        title = '网络安全等级保护测评服务委托合同'; roleA = '委托方（甲方）'; roleB = '测评机构（乙方）'
        body = ['甲方委托乙方对其承建的客户项目“工业互联网平台”（拟定等级：第二级）开展网络安全等级保护测评，出具测评报告。',
                f"测评服务费总计人民币{rmb_upper(amt)}（¥{fmt_amt(amt)}），甲方于报告交付后三十日内一次性支付。",
                '乙方应在现场测评结束后二十个工作日内提交正式测评报告，并协助甲方完成备案。']
    else:
        title = '产线电气设计分包合同'; roleA = '设计委托方（甲方、总包方）'; roleB = '设计承接方（乙方、分包方）'
        body = ['甲方作为客户智能产线改造项目的总承包单位，将其中电气控制系统深化设计部分分包给乙方。',
                f"设计费用：本合同设计费为人民币{rmb_upper(amt)}（¥{fmt_amt(amt)}），按施工图交付60%、竣工图交付40%分两次支付。",
                '乙方交付成果包括电气原理图、柜体布置图、PLC I/O 表及设计说明书，图纸须满足GB 50054等现行规范。']
    def p1(p):
        p.text(p.R - 160, p.H - 40, f"合同编号：{s['sub_no']}", 9.5)
        p.center(title, 18)
        A = [[roleA, app['name']], ['统一社会信用代码', app['uscc']], ['地址', app['address']]]
        B = [[roleB, party], ['统一社会信用代码', puscc], ['地址', s['supplier_address'] if party == s['supplier'] else '北京市朝阳区酒仙桥路' + str(rng.randint(2, 20)) + '号']]
        p.table((B + A) if s['reversed'] else (A + B), [0.3, 0.7], 10)
        for i, b in enumerate(body):
            p.line(f"第{'一二三'[i]}条", 11); p.para(b)
        p.line('第四条', 11); p.para('本合同自双方签字盖章之日起生效，一式两份，双方各执一份。')
        p.y -= 20
        y0 = p.y
        left, right = (roleB, roleA) if s['reversed'] else (roleA, roleB)
        p.text(p.L, y0, left + '（盖章）', 10.5); p.text(p.W / 2 + 10, y0, right + '（盖章）', 10.5)
        p.text(p.L, y0 - 40, f"签订日期：{zh_date(s['sign_date'])}", 10.5)
        p.seal(p.L + 110, y0 - 20, party if s['reversed'] else app['name'], '合同专用章')
        p.seal(p.W / 2 + 120, y0 - 20, app['name'] if s['reversed'] else party, '合同专用章')
    note = title + (' ; 乙方块在前' if s['reversed'] else '') + ('; 乙方为供应商北京分公司' if party != s['supplier'] else '')
    return build_pdf([p1]), fields(contract_no=s['sub_no'], amount_yuan=amt_str(amt), date=iso(s['sign_date']), customer=app['name']), 'subcontract', note


def sheet_rows(W, m, rng):
    rows = [(n, c, a, True) for n, c, a in m['attendees']]
    if m['dup']:
        rows.append(rows[rng.randint(0, len(rows) - 1)])
    rows += [(n, c, a, False) for n, c, a in m['others']]
    rng.shuffle(rows)
    if m['host_signs']:
        app = W['applicant']; rows.insert(rng.randint(0, 3), (app['name'] + '（主办）', app['uscc'], app['address'], False))
    return rows


def g_meeting(W, m, rng):
    app = W['applicant']; rows = sheet_rows(W, m, rng)
    hand = {1: rng, 3: rng}
    names = ['张', '李', '王', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '胡', '郭']
    def person(): return rng.choice(names) + rng.choice(['志强', '丽', '海涛', '静', '建国', '雪', '鹏', '昀', '瑄', '赟'])
    if m['genre'] == 'zuotan':
        def p1(p):
            p.center('座 谈 会 记 录', 18)
            p.table([['会议名称', m['name']], ['时间', f"{zh_date(m['date'])} 14:00—17:00"], ['地点', m['place']],
                     ['主持人', person() + '（' + app['name'] + '）'], ['记录人', person()],
                     ['议题', '1.典型案例分享；2.企业需求交流；3.政策解读'],
                     ['记录内容', '主持人介绍了本期交流会的背景。三家企业代表分享了项目实施经验，重点讨论了设备接入协议不统一、数据质量差、投资回报测算难等问题。与会企业提出希望后续组织现场观摩。会议商定下期交流会围绕现场观摩展开。']],
                    [0.18, 0.82], 10.5, rowh=26)
        def p2(p):
            p.center('参会单位签到表', 15)
            rws = [['序号', '单位名称', '统一社会信用代码', '参会人', '签名']] + [[str(i + 1), r[0], r[1], person(), ''] for i, r in enumerate(rows)]
            left = p.table(rws, [0.07, 0.4, 0.27, 0.12, 0.14], 8.5, rowh=22, hand={1: rng, 3: rng})
        return build_pdf([p1, p2]), '座谈会记录(表格式: 时间/地点/主持人/记录人) + 签到表(代码列, 手写体)'
    if m['genre'] == 'jiyao':
        issue = m['date'] + dt.timedelta(days=rng.randint(3, 12))
        def p1(p):
            p.c.setFillColorRGB(0.8, 0.1, 0.1); p.c.setFont('ZH', 24); p.c.drawCentredString(p.W / 2, p.y, '会 议 纪 要'); p.y -= 26
            p.c.setFillColorRGB(0, 0, 0); p.c.setFont('ZH', 10.5); p.c.drawCentredString(p.W / 2, p.y, f"〔{issue.year}〕第{m['seq']}期"); p.y -= 10
            p.c.setStrokeColorRGB(0.8, 0.1, 0.1); p.c.setLineWidth(1.5); p.c.line(p.L, p.y, p.R, p.y); p.y -= 30
            p.center(m['name'] + '纪要', 13)
            p.para(f"{zh_date(m['date'])}，{app['name']}在{m['place']}组织召开{m['name']}。天津市{len(m['attendees'])}余家制造企业的负责人参加会议（名单附后）。现将会议主要内容纪要如下：")
            for t in ['一、经验分享。与会企业围绕项目立项、方案选型、实施组织和效果评估分享了做法。',
                      '二、问题研讨。会议认为，中小企业数字化改造普遍存在“不敢转、不会转”问题，需要可复制的轻量化方案。',
                      '三、下一步安排。主办方将整理本次交流形成的典型问题清单，并组织专家上门提供免费诊断。']:
                p.para(t)
            p.y = 90
            p.hr()
            p.text(p.L, p.y, f"抄送：各参会单位", 9.5); p.y -= 16
            p.text(p.L, p.y, f"{app['name']}综合办公室", 9.5); p.text(p.R - 130, p.y, f"{zh_date(issue)}印发", 9.5)
        def p2(p):
            p.line('附件：', 11); p.center('参会企业签到表', 14)
            rws = [['序号', '单位名称', '单位地址', '联系人', '联系电话']] + \
                  [[str(i + 1), r[0], r[2], person(), '1' + ''.join(str(rng.randint(0, 9)) for _ in range(10))] for i, r in enumerate(rows)]
            p.table(rws, [0.07, 0.35, 0.33, 0.1, 0.15], 8.5, rowh=22, hand={1: rng, 3: rng})
        return build_pdf([p1, p2]), '红头会议纪要(期号, 印发日期为干扰) + 附件签到表(地址列)'
    def p1(p):
        p.center(m['name'], 14)
        p.center('会议日程', 13)
        p.table([['时间', '内容', '主讲/主持'],
                 ['13:30-14:00', '签到', '会务组'], ['14:00-14:20', '致辞', app['name']],
                 ['14:20-15:30', '标杆案例分享', '企业代表'], ['15:30-16:30', '供需交流与答疑', '全体'], ['16:30-17:00', '参观数字化展厅', '会务组']],
                [0.25, 0.5, 0.25], 10)
        p.line(f"会议日期：{m['date'].year}年{m['date'].month:02d}月{m['date'].day:02d}日（星期{'一二三四五六日'[m['date'].weekday()]}）", 11)
        p.line(f"会议地点：{m['place']}", 11)
        p.line(f"主办单位：{app['name']}", 11)
    def p2(p):
        p.center('参会代表签到暨通讯录', 14)
        rws = [['序号', '单位', '单位地址', '统一社会信用代码', '姓名', '签到']] + \
              [[str(i + 1), r[0], r[2], r[1], person(), '√'] for i, r in enumerate(rows)]
        p.table(rws, [0.06, 0.28, 0.28, 0.22, 0.08, 0.08], 7.8, rowh=22, hand={4: rng, 5: rng})
    return build_pdf([p1, p2]), '会议日程页 + 参会代表签到暨通讯录(地址+代码+√)'


def g_diag(W, d, rng):
    app = W['applicant']
    probs = ['设备联网率低，约40%设备仍依靠人工抄表', '生产计划依赖Excel排产，插单响应慢', '质量数据分散在纸质记录中，无法追溯',
             '仓库账实不符，盘点周期长', '能耗未分区计量，无法定位高耗能工序', '缺少统一的数据平台，各系统形成信息孤岛']
    sols = ['部署边缘采集网关，分两期实现关键设备100%联网', '引入轻量化APS排程模块，与ERP订单打通', '建设质量追溯系统，关键工序扫码报工',
            '实施WMS并采用条码/RFID出入库管理', '加装分项计量表并接入能源管理平台', '搭建工业互联网平台，统一主数据与接口规范']
    ks = rng.sample(range(6), 4)
    if d['genre'] == 'cloud':
        def p1(p):
            p.center('企业上云用云诊断报告', 18)
            p.table([['受诊企业', d['customer']], ['统一社会信用代码', d['uscc']], ['企业地址', d['address']],
                     ['诊断单位', app['name']], ['诊断日期', zh_date(d['date'])]], [0.25, 0.75], 10)
            p.line('一、企业基本情况', 11.5)
            p.para('企业主营产品以订单式生产为主，现有ERP一套，部署在本地服务器，服务器已运行七年；财务与销售系统相互独立。')
            p.line('二、上云现状及存在问题', 11.5)
            for i, k in enumerate(ks): p.para(f"{i + 1}.{probs[k]}；", indent=2)
            if d['solution']:
                p.line('二、上云实施方案' if False else ('三、下一步提升路径' if d.get('alt_heading') else '三、上云实施方案建议'), 11.5)
                for i, k in enumerate(ks): p.para(f"{i + 1}.{sols[k]}；", indent=2)
                p.para('建议采用“业务系统上云—设备上云—数据上云”三步走路径，首期投入约30万元，预计12个月收回投资。')
            else:
                p.y -= 10; p.line('（以下空白）', 10, x=p.W / 2 - 30)
            p.y -= 10; p.line(f"诊断专家：{rng.choice(['吴', '郑', '冯'])}工、{rng.choice(['韩', '曹', '许'])}工", 10)
            p.seal(p.R - 90, p.y + 10, app['name'], '')
        pdf = build_pdf([p1]); note = '企业上云用云诊断报告(受诊企业/诊断单位 两个单位标签)'
    elif d['genre'] == 'list':
        def p1(p):
            p.center('智能制造诊断问题清单及改进建议表', 16)
            p.text(p.L, p.y, f"企业名称：{d['customer']}", 10.5); p.text(p.W / 2 + 60, p.y, f"诊断日期：{d['date'].strftime('%Y.%m.%d')}", 10.5); p.y -= 18
            p.text(p.L, p.y, f"服务机构：{app['name']}", 10.5); p.text(p.W / 2 + 60, p.y, f"统一社会信用代码：{d['uscc']}", 10.5); p.y -= 22
            if d['solution']:
                rows = [['序号', '诊断领域', '问题描述', '严重度', '改进建议']] + \
                       [[str(i + 1), ['设备', '计划', '质量', '仓储', '能源', '数据'][k], probs[k], rng.choice(['高', '中', '中', '低']), sols[k]] for i, k in enumerate(ks)]
                p.table(rows, [0.06, 0.1, 0.36, 0.08, 0.4], 9.5)
            else:
                rows = [['序号', '诊断领域', '问题描述', '严重度']] + \
                       [[str(i + 1), ['设备', '计划', '质量', '仓储', '能源', '数据'][k], probs[k], rng.choice(['高', '中', '低'])] for i, k in enumerate(ks)]
                p.table(rows, [0.08, 0.14, 0.62, 0.16], 9.5)
                p.line('备注：改进建议待企业确认改造预算后另行提供。', 10)
            p.y -= 10
            p.text(p.L, p.y, '企业确认（签字/盖章）：', 10.5); p.text(p.W / 2 + 60, p.y, '诊断专家（签字）：', 10.5)
            p.seal(p.L + 160, p.y - 10, d['customer'], '')
        pdf = build_pdf([p1], landscape(A4)); note = '横版问题清单表(日期 YYYY.MM.DD, 服务机构=申报单位)'
    else:
        appoint = d['date'] - dt.timedelta(days=rng.randint(5, 20)); submit = d['date'] + dt.timedelta(days=rng.randint(7, 20))
        if d['date'] == D(2024, 1, 2): appoint = D(2023, 12, 22)
        def p1(p):
            p.center('智能制造免费诊断服务纪实', 17)
            p.table([['服务对象', d['customer'], '诊断日期', zh_date(d['date'])], ['服务机构', app['name'], '服务方式', '现场诊断']], [0.14, 0.42, 0.14, 0.3], 10)
            p.line('一、服务过程', 11.5)
            p.table([['日期', '工作内容'], [zh_date(appoint), '电话预约，发放《企业数字化现状调查问卷》'],
                     [zh_date(d['date']), '专家组进厂现场诊断，走访生产、仓储、质量部门'],
                     [zh_date(submit), '提交诊断报告并与企业负责人沟通']], [0.25, 0.75], 10)
            p.line('二、诊断发现', 11.5)
            for i, k in enumerate(ks[:3]): p.para(f"（{i + 1}）{probs[k]}。", indent=2)
            if d['solution']:
                p.line('三、解决方案', 11.5)
                for i, k in enumerate(ks[:3]): p.para(f"（{i + 1}）{sols[k]}。", indent=2)
            p.y -= 10; p.text(p.L, p.y, '企业意见：情况属实。', 10.5); p.text(p.W / 2 + 40, p.y, '企业负责人签字：', 10.5)
        pdf = build_pdf([p1]); note = '服务纪实(时间线含预约/报告提交日期干扰)'
    return pdf, fields(date=iso(d['date']), customer=d['customer'], title=d['report']), note + ('; 无解决方案' if not d['solution'] else '')


def g_standard(W, s, rng):
    app = W['applicant']
    code = ('T/TJZZ ' if s['cat'] == '团体标准' else f"Q/{rng.choice(['HT', 'JC'])} ") + f"{rng.randint(1, 60):03d}—2024"
    clauses = ['1 范围', '本文件规定了' + s['name'][:-4] + '的术语和定义、总体要求、技术要求及检验方法。', '本文件适用于离散制造企业开展相关建设与服务活动。',
               '2 规范性引用文件', 'GB/T 20720.1 企业控制系统集成 第1部分：模型和术语', 'GB/T 37393 数字化车间 通用技术要求',
               '3 术语和定义', '3.1 数据采集终端 data acquisition terminal：部署于现场用于采集设备运行数据的装置。',
               '4 总体要求', '4.1 应遵循安全可靠、开放互联、可扩展的原则。', '4.2 宜采用统一的数据字典。']
    def p1(p):
        p.text(p.L, p.H - 50, 'ICS 25.040', 9); p.text(p.R - 110, p.H - 50, code, 10)
        p.y = p.H - 160
        p.center(s['cat'], 26)
        p.y -= 30; p.center(s['name'], 20)
        p.center(f"（{s['stage']}）", 13)
        p.y = 160; p.center(f"{app['name']}  提出", 11)
        p.center('2024-XX-XX发布        2024-XX-XX实施', 11)
    def p2(p):
        p.text(p.R - 110, p.H - 40, code, 9)
        p.center(s['name'], 14)
        for i, cl in enumerate(clauses):
            p.text(p.L - 30, p.y, f"{i + 1:>3}", 7, color=(0.5, 0.5, 0.5))
            p.para(cl, indent=0 if cl[0].isdigit() else 2)
    return build_pdf([p1, p2]), fields(title=s['name']), 'standard_draft', '标准草案 封面+带行号正文'


# ------------------------------------------------------------------ assembly
def render(pdf, kind, rng):
    """kind: text | scan | photo. Returns (bytes, ext)."""
    if kind == 'text':
        return pdf, 'pdf'
    imgs = rasterize(pdf, 110 if kind == 'scan' else 100)
    imgs = [degrade(im, rng, kind) for im in imgs]
    if kind == 'photo' and len(imgs) == 1:
        return img_bytes(imgs[0], 'JPEG', 82), 'jpg'
    return images_to_pdf(imgs), 'pdf'


def pick(rng, bias=0.4):
    r = rng.random()
    return 'text' if r >= bias else ('photo' if r < bias * 0.3 else 'scan')


def gen_submission(W, root, rng):
    sub = os.path.join(root, 'submission'); os.makedirs(sub)
    docs = []; counter = [0]
    def emit(pdf, kind, doc_type, cno, f, note, folder):
        data, ext = render(pdf, kind, rng)
        counter[0] += 1
        name = {'text': f"附件{counter[0]:03d}", 'scan': f"scan{rng.randint(1000, 9999)}_{counter[0]}", 'photo': f"IMG_2024{rng.randint(1000, 1299)}_{counter[0]:03d}"}[kind] + '.' + ext
        rel = f"{folder}/{name}"
        os.makedirs(os.path.join(sub, folder), exist_ok=True)
        open(os.path.join(sub, rel), 'wb').write(data)
        docs.append({'path': rel, 'doc_type': doc_type, 'rendering': kind, 'contract_no': cno, 'sha256': sha256(data), 'note': note, 'fields': f})
    for c in W['contracts']:
        folder = f"01客户项目/{c['seq']:02d}"
        pdf, f, t, n = g_contract(W, c, rng); emit(pdf, pick(rng, 0.3), t, c['contract_no'], f, n, folder)
        pdf, f, t, n = g_procurement(W, c, rng); emit(pdf, pick(rng), t, c['contract_no'], f, n, folder)
        if 'acceptance_report' not in c['missing']:
            pdf, f, t, n = g_acceptance(W, c, rng); emit(pdf, pick(rng, 0.45), t, c['contract_no'], f, n, folder)
        if 'payment_proof' not in c['missing']:
            n_ = len(c['pay_split'])
            for i, (a, d) in enumerate(zip(c['pay_amounts'], c['pay_dates'])):
                pdf, f, t, n = g_payment(W, c, a, d, i + 1, n_, rng); emit(pdf, pick(rng, 0.5), t, c['contract_no'], f, n, folder)
    for s in W['suppliers']:
        if s['missing']: continue
        pdf, f, t, n = g_subcontract(W, s, rng); emit(pdf, pick(rng, 0.35), t, s['sub_no'], f, n, '02配套供应商')
    for m in W['meetings']:
        if m['missing']: continue
        pdf, n = g_meeting(W, m, rng)
        emit(pdf, pick(rng, 0.45), 'meeting_record', None, fields(date=iso(m['date']), title=m['name']), n + '; ' + '; '.join(m['planted']), '03经验交流会')
    for d in W['diagnoses']:
        if d['missing']: continue
        pdf, f, n = g_diag(W, d, rng)
        emit(pdf, pick(rng, 0.4), 'diagnosis_report', None, f, n + ('; ' + '; '.join(d['planted']) if d['planted'] else ''), '04免费诊断')
    for s in W['standards']:
        if not s['doc']: continue
        pdf, f, t, n = g_standard(W, s, rng); emit(pdf, pick(rng, 0.3), t, None, f, n, '05标准草案')
    return docs


def workbook(W, path, rng):
    wb = openpyxl.Workbook(); app = W['applicant']
    def sheet(ws, title, headers, rows):
        ws.cell(1, 1, title); ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        ws.cell(1, 1).alignment = Alignment(horizontal='center')
        for j, h in enumerate(headers): ws.cell(2, j + 1, h)
        for i, r in enumerate(rows):
            for j, v in enumerate(r): ws.cell(3 + i, j + 1, v)
    ws = wb.active; ws.title = '申报单位'
    sheet(ws, '申报单位基本信息', ['项目', '内容'], [['单位名称', app['name']], ['统一社会信用代码', app['uscc']], ['注册地址', app['address']],
                                             ['申报方向', '智能制造系统解决方案供应商'], ['服务行业', '装备制造、汽车零部件'], ['阶段', '考核']])
    dd = lambda d, i: zh_date(d) if i % 3 == 1 else dt.datetime(d.year, d.month, d.day)
    rows = []
    for i, c in enumerate(W['contracts']):
        amt = f"{c['amount_cents'] / 1000000:.2f}" if i == 2 else round(c['amount_cents'] / 1000000, 2)
        rev = f"{c['revenue_wan']:,}" if c['revenue_wan'] >= 10000 and i == 5 else c['revenue_wan']
        rows.append([c['seq'], c['customer'], c['customer_uscc'], c['contract_no'], c['contract_name'], amt, dd(c['sign_date'], i), dd(c['acc_date'], i),
                     '是' if c['sme_decl'] else '否', c['employees'], rev, '是' if c['tj_decl'] else '否'])
    sheet(wb.create_sheet('服务用户清单'), '服务用户清单（考核期内验收）', ['序号', '用户名称', '统一社会信用代码', '合同编号', '合同名称', '合同金额(万元)', '签订日期', '验收日期',
                                                           '是否中小企业', '从业人员', '营业收入（万元）', '是否天津企业'], rows)
    sheet(wb.create_sheet('标准草案'), '参与制定标准情况', ['序号', '标准名称', '标准类别', '阶段'], [[s['seq'], s['name'], s['cat'], s['stage']] for s in W['standards']])
    sheet(wb.create_sheet('本地配套供应商'), '培育天津本地化配套供应商', ['序号', '供应商名称', '统一社会信用代码', '分包合同编号', '分包合同名称', '分包金额（万元）', '签订日期'],
          [[s['seq'], s['supplier'], s['supplier_uscc'], s['sub_no'], s['sub_name'], round(s['amount_cents'] / 1000000, 4), dd(s['sign_date'], i)] for i, s in enumerate(W['suppliers'])])
    sheet(wb.create_sheet('经验交流会'), '经验交流会情况', ['序号', '会议名称', '日期', '地点', '参会天津企业数量'],
          [[m['seq'], m['name'], dd(m['date'], i), m['place'], m['declared']] for i, m in enumerate(W['meetings'])])
    sheet(wb.create_sheet('免费诊断'), '免费诊断情况', ['序号', '客户名称', '统一社会信用代码', '诊断日期', '诊断报告名称'],
          [[d['seq'], d['customer'], d['uscc'], dd(d['date'], i), d['report']] for i, d in enumerate(W['diagnoses'])])
    wb.save(path)


def payments(W, rng):
    for c in W['contracts']:
        amts = []; tot = c['amount_cents']
        for k, sp in enumerate(c['pay_split']):
            if k == len(c['pay_split']) - 1 and abs(sum(c['pay_split']) - 1) < 1e-9:
                amts.append(tot - sum(amts))
            else:
                amts.append(int(round(tot * sp / 100)) * 100)
        c['pay_amounts'] = amts
        d0 = c['sign_date'] + dt.timedelta(days=10)
        ds = []
        for k in range(len(amts)):
            ds.append(min(D(2024, 12, 30), d0 + dt.timedelta(days=k * rng.randint(40, 70))) if k < len(amts) - 1 else c['acc_date'] + dt.timedelta(days=rng.randint(5, 25)))
        c['pay_dates'] = ds


def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default='data'); ap.add_argument('--seed', type=int, default=19)
    a = ap.parse_args()
    if os.path.exists(a.out): shutil.rmtree(a.out)
    for k, variant in enumerate(['clean', 'gaps', 'tricky']):
        rng = random.Random(a.seed * 100 + k)
        W = world.build(variant, rng); payments(W, rng)
        T = world.truth(W)
        root = os.path.join(a.out, f"a19_{variant}"); os.makedirs(root)
        docs = gen_submission(W, root, rng)
        workbook(W, os.path.join(root, 'submission', '申报信息.xlsx'), rng)
        app = W['applicant']
        gt = {'phase': '考核', 'cycle': {'start': '2024-01-01', 'end': '2024-12-31'},
              'applicant': {'name': app['name'], 'uscc': app['uscc'], 'address': app['address']},
              'assessment_passed': all(v == 'met' for v in T['req'].values()), 'award_tier_wan': None,
              'accepted_total_yuan': amt_str(T['total']), 'requirements': T['req'], 'gaps': T['gaps'],
              'verified_contracts': [c['contract_no'] for c in T['verified']], 'verified_customer_count': len(T['custs']),
              'verified_tianjin_customer_count': len(T['tj_custs']), 'verified_sme_customer_count': len(T['sme_custs']),
              'verified_local_suppliers': len(T['ok_sup']), 'qualifying_meetings': T['qual_meet'],
              'diagnosed_customers_with_solution': len(T['diag_ok']), 'standards_with_document': T['nstd'],
              'contracts': [{'seq': c['seq'], 'contract_no': c['contract_no'], 'customer': c['customer'], 'customer_uscc': c['customer_uscc'],
                             'amount_yuan': amt_str(c['amount_cents']), 'acceptance_date': iso(c['acc_date']), 'is_sme_by_threshold': world.is_sme(c),
                             'declared_sme': c['sme_decl'], 'declared_tianjin': c['tj_decl'], 'customer_address_on_documents': c['customer_address'],
                             'payments_yuan': [amt_str(x) for x in c['pay_amounts']] if 'payment_proof' not in c['missing'] else [],
                             'planted': c['planted']} for c in W['contracts']],
              'suppliers': [{'seq': s['seq'], 'supplier': s['supplier'], 'uscc': s['supplier_uscc'], 'address': s['supplier_address'],
                             'contract_no': s['sub_no'], 'amount_yuan': amt_str(s['amount_cents']), 'date': iso(s['sign_date']),
                             'has_document': not s['missing'], 'party_on_document': None if s['missing'] else s['party_on_doc'], 'planted': s['planted']} for s in W['suppliers']],
              'meetings': [{'seq': m['seq'], 'name': m['name'], 'date': iso(m['date']), 'declared_tianjin': m['declared'],
                            'tianjin_on_sheet': None if m['missing'] else m['n_tj'], 'has_record': not m['missing'], 'planted': m['planted']} for m in W['meetings']],
              'diagnoses': [{'seq': d['seq'], 'customer': d['customer'], 'uscc': d['uscc'], 'date': iso(d['date']), 'report': d['report'],
                             'has_report': not d['missing'], 'has_solution': d['solution'] and not d['missing'], 'planted': d['planted']} for d in W['diagnoses']],
              'standards': [{'seq': s['seq'], 'name': s['name'], 'category': s['cat'], 'stage': s['stage'], 'document_uploaded': s['doc']} for s in W['standards']],
              'documents': docs}
        json.dump(gt, open(os.path.join(root, 'ground_truth.json'), 'w'), ensure_ascii=False, indent=1)
        print(variant, len(docs), 'docs', sum(d['rendering'] != 'text' for d in docs), 'images; passed', gt['assessment_passed'], 'gaps', len(T['gaps']))


if __name__ == '__main__':
    main()
