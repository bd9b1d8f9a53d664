#!/usr/bin/env python3
"""Independent held-out SUBMISSIONS for Jinzheng (support cycle 2023).

Builds DIR/{ho_clean,ho_gaps,ho_tricky}/{submission/,ground_truth.json} (intermediate PDFs in a
temporary folder).  Document layouts come from templates.py (a parameterised copy of make_documents.py,
written without looking at the project; see README.md here).  Truth is computed by rules() below
from what was actually generated.

    python3 benchmarks/independent/make_submissions.py --out DIR [--seed N] [ho_clean ho_gaps ho_tricky]

--seed 0 (the default) gives the submissions as first written (seeds 101/202/303); another
seed shifts all three.  Do not edit the truth this script writes to make the project pass.
"""
import argparse
import hashlib
import io
import json
import os
import random
import shutil
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import templates as T  # noqa: E402
from templates import A4, build, uscc, uscc_valid, USCC_CS, USCC_W  # noqa: E402

ROOT = None   # output folder, set from --out in __main__
WORK = None   # intermediate files, a temporary folder
SEED = 0      # --seed: offset added to each submission's own seed

CYCLE = (date(2023, 1, 1), date(2023, 12, 31))


def norm(s):
    return (s or '').replace('（', '(').replace('）', ')').replace(' ', '').replace('　', '')


def wd(d):
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


# ------------------------------------------------------------------ companies
def mk_company(rng, kind='cus', name=None, beijing=False):
    T.rng = rng
    c = T.company(kind)
    if name:
        c['name'] = name
    if beijing:
        c['addr'] = f'北京市海淀区{rng.choice(["知春路", "学院路", "上地信息路"])}{rng.randint(1, 99)}号'
        c['uscc'] = uscc('110108')
        c['dist'] = '海淀区'
        c['bank'] = '中国工商银行股份有限公司北京海淀支行'
    return c


def bad_uscc(code):
    i = USCC_CS.index(code[-1])
    return code[:-1] + USCC_CS[(i + 7) % 31]


# ------------------------------------------------------------------ rendering
def degrade(pil, seed):
    return T.degrade(pil, seed, 150)


def render_pages(pdf_path, dpi):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    out = [pdf[i].render(scale=dpi / 72).to_pil() for i in range(len(pdf))]
    pdf.close()
    return out


def to_scan(src, dst, seed):
    r = random.Random(seed)
    dpi = r.choice([150, 170, 200])
    pages = [degrade(p, seed + i).convert('RGB') for i, p in enumerate(render_pages(src, dpi))]
    ext = dst.rsplit('.', 1)[1]
    if ext == 'jpg':
        pages[0].save(dst, 'JPEG', quality=r.randint(55, 80), dpi=(dpi, dpi))
    elif ext == 'png':
        pages[0].convert('L').save(dst, 'PNG', dpi=(dpi, dpi))
    elif ext == 'tif':
        ps = [p.convert('L') for p in pages]
        ps[0].save(dst, 'TIFF', compression='tiff_lzw', save_all=True, append_images=ps[1:], dpi=(dpi, dpi))
    else:
        pages[0].save(dst, 'PDF', resolution=dpi, save_all=True, append_images=pages[1:], creationDate=None,
                      modDate=None)  # no timestamps: same seed, same bytes
    return len(pages)


def to_photo(src, dst, seed):
    """phone photo: page warped in perspective onto a desk, lighting gradient, 1080 px wide."""
    import numpy as np
    import cv2
    r = random.Random(seed)
    page = np.asarray(render_pages(src, 170)[0].convert('RGB'))
    h, w = page.shape[:2]
    W = 1080
    H = int(W * (h / w) * 1.12)
    sc = W / w * 0.86
    pw, ph = w * sc, h * sc
    x0, y0 = (W - pw) / 2, (H - ph) / 2
    j = lambda: r.uniform(-0.045, 0.045) * W  # noqa: E731
    dst_pts = np.float32([[x0 + j(), y0 + j()], [x0 + pw + j(), y0 + j()],
                          [x0 + pw + j(), y0 + ph + j()], [x0 + j(), y0 + ph + j()]])
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst_pts)
    desk = np.zeros((H, W, 3), np.uint8)
    desk[:] = (r.randint(90, 140), r.randint(70, 110), r.randint(50, 80))
    out = cv2.warpPerspective(page, M, (W, H), dst=desk, borderMode=cv2.BORDER_TRANSPARENT)
    gx = np.linspace(r.uniform(0.75, 0.9), r.uniform(1.0, 1.08), W)[None, :, None]
    gy = np.linspace(1.02, r.uniform(0.8, 0.95), H)[:, None, None]
    out = np.clip(out.astype(np.float32) * gx * gy + np.random.default_rng(seed).normal(0, 6, out.shape), 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (3, 3), r.uniform(0.4, 0.9))
    cv2.imwrite(dst, cv2.cvtColor(out, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, r.randint(70, 88)])


def to_mixed(src, dst, seed):
    """text pages + the last (signature) page as a scanned image."""
    import pypdfium2 as pdfium
    last = render_pages(src, 170)[-1]
    img_pdf = os.path.join(WORK, f'mixed_{seed}.pdf')
    degrade(last, seed).convert('RGB').save(img_pdf, 'PDF', resolution=170, creationDate=None, modDate=None)
    pdf = pdfium.PdfDocument(src)
    n = len(pdf)
    assert n >= 2
    pdf.del_page(n - 1)
    pdf.import_pages(pdfium.PdfDocument(img_pdf), [0])
    pdf.save(dst)
    pdf.close()
    # PDFium writes a random second file ID; repeat the first (same length) so the bytes are reproducible
    import re
    raw = open(dst, 'rb').read()
    raw = re.sub(rb'/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>\s*\]', lambda m: b'/ID[<' + m.group(1) + b'><' + m.group(1) + b'>]', raw)
    open(dst, 'wb').write(raw)


# ------------------------------------------------------------------ docs
FIELDS = ('contract_no', 'amount_yuan', 'date', 'customer', 'payer', 'payee', 'result', 'title')


def F(**kw):
    out = {k: None for k in FIELDS}
    for k, v in kw.items():
        if isinstance(v, Decimal):
            v = f'{v:.2f}'
        elif isinstance(v, date):
            v = v.isoformat()
        out[k] = v
    return out


class Sub:
    def __init__(self, name, seed):
        seed += SEED * 1000
        self.name, self.seed = name, seed
        self.rng = random.Random(seed)
        T.rng = self.rng
        T.USED.clear()
        self.dir = os.path.join(ROOT, name)
        if os.path.exists(self.dir):
            shutil.rmtree(self.dir)
        self.subdir = os.path.join(self.dir, 'submission')
        os.makedirs(self.subdir)
        self.docs = []        # dicts: path, doc_type, rendering, contract_no, note, fields, readable, dup
        self.names = set()
        self.k = 0

    def fname(self, ext):
        r = self.rng
        folders = ['', '', '', '附件/', '材料/2023/', '扫描件/', '新建文件夹/补充/', '证明材料/']
        while True:
            pat = r.choice(['scan_{:04d}', 'IMG_2023{:04d}', '附件{}', '文件{}', 'doc_{}', '{:08d}', '微信图片_2023{:010d}', 'DOC{:03d}', '截图{}'])
            stem = pat.format(r.randint(1, 60) if '{}' in pat else r.randint(1, 10**9) if '08d' in pat or '010d' in pat else r.randint(1, 9999))
            p = r.choice(folders) + stem + '.' + ext
            if p not in self.names:
                self.names.add(p)
                return p

    def add(self, fn, P, doc_type, contract_no, fields, note, rendering='text', ext=None, dup_of=None):
        self.k += 1
        T.P.clear()
        T.P.update(P)
        T.rng = self.rng
        spec = fn()
        src = os.path.join(WORK, f'{self.name}_{self.k:03d}.pdf')
        build(src, spec['story'], pagesize=spec.get('pagesize', A4), margins=spec.get('margins', (20, 20, 20, 22)),
              deco=spec.get('deco'))
        if ext is None:
            ext = {'text': 'pdf', 'mixed': 'pdf', 'corrupt': 'pdf', 'photo': 'jpg'}.get(rendering) or \
                self.rng.choice(['pdf', 'pdf', 'jpg', 'png', 'tif'])
        rel = self.fname(ext)
        dst = os.path.join(self.subdir, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        seed = self.seed * 1000 + self.k
        if rendering == 'text':
            shutil.copy(src, dst)
        elif rendering == 'scan':
            to_scan(src, dst, seed)
        elif rendering == 'photo':
            to_photo(src, dst, seed)
        elif rendering == 'mixed':
            to_mixed(src, dst, seed)
        elif rendering == 'corrupt':
            b = open(src, 'rb').read()
            open(dst, 'wb').write(b[:len(b) // 2])
        kind = {'pdf': 'PDF', 'jpg': 'jpg', 'png': 'png', 'tif': 'tif'}[ext]
        lab = {'text': '文字层PDF', 'scan': '扫描件', 'photo': '手机翻拍（透视变形）', 'mixed': '文字页+扫描签署页',
               'corrupt': '截断损坏的PDF'}[rendering]
        d = dict(path=rel, doc_type=doc_type, rendering=rendering, contract_no=contract_no,
                 note=f'{note}（{lab}，{kind}；版式 {spec.get("template", fn.__name__)}）', fields=fields,
                 readable=rendering != 'corrupt', dup=dup_of, abspath=dst)
        self.docs.append(d)
        return d

    def duplicate(self, doc, note):
        ext = doc['path'].rsplit('.', 1)[1]
        rel = '补充材料/' + self.fname(ext).split('/')[-1]
        self.names.add(rel)
        dst = os.path.join(self.subdir, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copy(doc['abspath'], dst)
        d = dict(doc, path=rel, abspath=dst, note=note, dup=doc['path'])
        self.docs.append(d)
        return d


# ------------------------------------------------------------------ building one submission
CONTRACT_T = [('c_tech_service', 'HT'), ('c_si_project', 'TJZN'), ('c_iiot_platform', 'GY'), ('c_gf_purchase', 'CG'),
              ('c_software_dev', 'RJ'), ('c_equipment', 'JZZ'), ('c_smart_factory', 'ZN')]
ACC_T = ['a_report_grid', 'a_certificate', 'a_completion_form', 'a_confirm_nocolon']
PAY_T = ['p_icbc', 'p_ccb', 'p_cmb_kv', 'p_tjbank_jinzhang', 'p_abc_receive', 'p_spdb_vertical', 'p_boc_pair']
PAY_CNO = {'p_icbc', 'p_abc_receive', 'p_boc_pair'}
PROC_T = [('r_bid_award', 'ZB'), ('r_deal_notice', 'TJZC'), ('r_po_grid', 'PO'), ('r_order_supply', 'CG'),
          ('r_selection_notice', 'XB')]
STD_NAMES = ['智能制造系统解决方案供应商服务能力评价规范', '离散制造企业数字化车间评价指南', '工业设备数据采集与边缘计算接口要求',
             '智能仓储物流系统集成技术规范', '中小企业数字化转型诊断服务规范']


def plan_contracts(sub, n, rng, amounts_wan):
    """declared rows + evidence plan (defaults: everything consistent)."""
    used_no = set()
    rows = []
    for i in range(n):
        cus = mk_company(rng, 'cus')
        signed = wd(date(2022, 9, 1) + timedelta(days=rng.randint(0, 300)))
        acc = wd(max(signed + timedelta(days=rng.randint(90, 240)), date(2023, 1, 16)))
        if acc > date(2023, 12, 20):
            acc = wd(date(2023, 12, rng.randint(1, 15)))
        ct, style = CONTRACT_T[i % len(CONTRACT_T)]
        while True:
            no = T.contract_no(style, signed)
            if no not in used_no:
                used_no.add(no)
                break
        amt = Decimal(amounts_wan[i]) * 10000
        sme = rng.random() < 0.75
        emp = rng.randint(60, 800) if sme else rng.randint(1100, 4000)
        rev = rng.randint(3000, 38000) if sme else rng.randint(42000, 260000)
        npay = rng.choice([1, 2, 2, 3])
        parts = T.split_amount(amt, npay, unit=1000) if npay > 1 else [amt]
        pd = [wd(signed + timedelta(days=rng.randint(5, 20)))]
        for _ in range(npay - 1):
            pd.append(wd(pd[-1] + timedelta(days=rng.randint(40, 140))))
        proc_t, pstyle = PROC_T[i % len(PROC_T)]
        pdate = wd(signed - timedelta(days=rng.randint(8, 30)))
        rows.append(dict(
            seq=i + 1, cus=cus, customer=cus['name'], uscc=cus['uscc'], no=no, cname=T.project(), amount=amt,
            signed=signed, accepted=acc, sme=sme, emp=emp, rev=rev, tianjin=True,
            ct=ct, at=ACC_T[i % len(ACC_T)], acc_date=acc, acc_result='passed', acc_amount=None,
            pays=[dict(amount=p, date=d, t=PAY_T[(i + j) % len(PAY_T)], payer=None,
                       cno=(no if j == 0 and PAY_T[(i + j) % len(PAY_T)] in PAY_CNO and rng.random() < 0.6 else None))
                  for j, (p, d) in enumerate(zip(parts, pd))],
            proc=dict(t=proc_t, no=T.contract_no(pstyle, pdate) if pstyle != 'XB' else f'XB{pdate.year}{rng.randint(100, 999)}',
                      date=pdate, amount=amt),
            contract_amount=amt, render={}, planted=[], wan_only=False, print_name=None,
        ))
    return rows


def emit(sub, app, rows, stds, rng, scan_share=0.33):
    """generate the evidence files for every row."""
    def rend(key, r, allow_photo=False):
        if key in r['render']:
            return r['render'][key]
        x = rng.random()
        if x < scan_share:
            return 'photo' if allow_photo and rng.random() < 0.25 else 'scan'
        return 'text'

    for r in rows:
        cus = dict(r['cus'])
        if r['print_name']:
            cus['name'] = r['print_name']
        # contract
        P = dict(cus=cus, sup=app, date=r['signed'], no=r['no'], amount=r['contract_amount'], wan_only=r['wan_only'])
        ren = rend('contract', r)
        ext = 'pdf' if ren != 'scan' else rng.choice(['pdf', 'pdf', 'tif'])
        r['contract_doc'] = sub.add(getattr(T, r['ct']), P, 'contract', r['no'],
                                    F(contract_no=r['no'], amount_yuan=r['contract_amount'], date=r['signed'], customer=cus['name']),
                                    '合同' + ('：金额仅以万元表示' if r['wan_only'] else '') + r.get('contract_note', ''), ren, ext)
        # acceptance
        if not r.get('no_acceptance'):
            at = r['at']
            fn = getattr(T, at)
            if at == 'a_completion_form':
                passed = r['acc_result'] == 'passed'
                fn = (lambda p=passed: T.a_completion_form(p))
                fn.__name__ = 'a_completion_form'
            elif r['acc_result'] == 'failed':
                fn = T.a_final_failed if at != 'a_confirm_nocolon' else T.a_opinion_checklist_failed
            d0 = r['signed'] if at != 'a_completion_form' else r['acc_date'] - timedelta(days=230)
            acc_amt = r['acc_amount']
            if fn is T.a_final_failed:
                acc_amt = r['contract_amount']
            P = dict(cus=cus, sup=app, date=r['acc_date'], d0=d0, no=r['no'], amount=acc_amt, acc_amount=acc_amt,
                     acc_txt=(f'，合同金额{T.cn_upper(acc_amt)}（¥{T.comma(acc_amt)}）' if acc_amt else ''))
            ren = r['render'].get('acceptance') or rend('acceptance', r)
            note = '验收报告' + ('' if acc_amt else '：不含金额') + r.get('acc_note', '')
            r['acc_doc'] = sub.add(fn, P, 'acceptance_report', r['no'],
                                   F(contract_no=r['no'], amount_yuan=acc_amt, date=r['acc_date'], customer=cus['name'],
                                     result=r['acc_result']), note, ren)
        # payments
        for j, p in enumerate(r['pays']):
            payer = dict(cus)
            if p['payer']:
                payer = p['payer']
            P = dict(payer=payer, payee=app, date=p['date'], amount=p['amount'], cno=p['cno'], memo=p.get('memo', '合同款'))
            ren = r['render'].get(f'pay{j}') or rend(f'pay{j}', r, allow_photo=True)
            note = '付款回单' + (f'（第{j + 1}/{len(r["pays"])}笔）' if len(r['pays']) > 1 else '') + \
                ('' if p['cno'] else '：用途/附言不含合同编号') + p.get('note', '')
            sub.add(getattr(T, p['t']), P, 'payment_proof', r['no'],
                    F(contract_no=p.get('cno_printed', p['cno']), amount_yuan=p['amount'], date=p['date'],
                      payer=payer['name'], payee=app['name']), note, ren)
        # procurement
        if not r.get('no_procurement'):
            pr = r['proc']
            P = dict(cus=cus, sup=app, date=pr['date'], no=pr['no'], amount=pr['amount'])
            ren = r['render'].get('proc') or rend('proc', r, allow_photo=True)
            sub.add(getattr(T, pr['t']), P, 'procurement_proof', r['no'],
                    F(contract_no=None, amount_yuan=pr['amount'], date=pr['date'], customer=cus['name']),
                    f'采购证明：自有编号 {pr["no"]}，不含合同编号' + pr.get('note', ''), ren)
    # standards
    for i, s in enumerate(stds):
        if not s['uploaded']:
            continue
        fn = T.d_enterprise_std if i % 2 == 0 else T.d_group_std
        sub.add(fn, dict(title=s['name'], sup=app), 'standard_draft', None, F(title=s['name']), '标准草案',
                'scan' if i == 2 else 'text', 'pdf')
    # irrelevant
    for fn, lab in [(T.o_vat_invoice, '增值税专用发票（无关材料）'), (T.o_quotation, '报价单（无关材料）'),
                    (T.o_meeting_notice, '会议通知（无关材料）')]:
        sub.add(fn, dict(date=wd(date(2023, rng.randint(1, 12), rng.randint(1, 28))), amount=Decimal(rng.randint(30, 300) * 10000), cus=mk_company(rng, 'cus'), sup=app),
                'other', None, F(), lab, rng.choice(['text', 'scan']), None)


# ------------------------------------------------------------------ workbook
def write_workbook(sub, app, rows, stds, rng):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = '申报单位'
    ws.merge_cells('A1:B1')
    ws['A1'] = '天津市智能制造系统解决方案供应商申报——申报单位基本情况'
    ws['A1'].font = Font(bold=True, size=14)
    ws.append(['项 目', '内　容'])
    for k, v in [('单位名称', app['name']), ('统一社会信用代码', app['uscc']), ('注册地址', app['addr']),
                 ('申报方向', '智能制造系统解决方案供应商'), ('服务行业', '装备制造、汽车零部件、医药化工')]:
        ws.append([k, v])
    ws.column_dimensions['A'].width = 22
    ws.column_dimensions['B'].width = 60
    ws2 = wb.create_sheet('服务用户清单')
    hdr = ['序　号', '用户名称 ', '统一社会信用代码', '合同编号', '合同名称', '合同金额(万元)', '签订日期', '验收日期',
           '是否中小企业', '从业人员', '营业收入（万元）', '是否天津企业']
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws2['A1'] = '服务用户清单（支持周期：2023年1月1日—2023年12月31日）'
    ws2['A1'].alignment = Alignment(horizontal='center')
    ws2.append(hdr)
    for i, r in enumerate(rows):
        w = r['amount'] / 10000
        amt = float(w) if i % 3 else f'{w:,.2f}'
        sd = r['signed'] if i % 4 else f'{r["signed"].year}年{r["signed"].month}月{r["signed"].day}日'
        ad = r['accepted_decl']
        ad = datetime(ad.year, ad.month, ad.day) if i % 3 != 1 else f'{ad.year}.{ad.month:02d}.{ad.day:02d}'
        if isinstance(sd, date):
            sd = datetime(sd.year, sd.month, sd.day)
        rev = r['rev'] if r['rev'] < 10000 or i % 2 else f'{r["rev"]:,}'
        ws2.append([r['seq'], r['customer'], r['uscc_decl'], r['no'], r['cname'], amt, sd, ad,
                    '是' if r['sme'] else '否', r['emp'], rev, '是' if r['tianjin'] else '否'])
        for col in (7, 8):
            c = ws2.cell(row=ws2.max_row, column=col)
            if isinstance(c.value, datetime):
                c.number_format = 'yyyy-mm-dd'
    for col, wdt in zip('ABCDEFGHIJKL', [6, 36, 22, 20, 30, 14, 14, 14, 10, 10, 14, 10]):
        ws2.column_dimensions[col].width = wdt
    ws3 = wb.create_sheet('标准草案')
    ws3.merge_cells('A1:D1')
    ws3['A1'] = '参与制定的标准草案'
    ws3.append(['序号', '标准名称', '标准类别', '阶　段'])
    for i, s in enumerate(stds, 1):
        ws3.append([i, s['name'], s['cat'], s['stage']])
    wb.save(os.path.join(sub.subdir, '申报信息.xlsx'))


# ------------------------------------------------------------------ rules
def is_large(r):
    return r['emp'] >= 1000 and r['rev'] >= 40000


def rules(sub, app, rows, stds):
    gaps = []

    def g(kind, r=None, req='S-evidence', **kw):
        e = dict(kind=kind, contract_no=r['no'] if r else None, customer=r['customer'] if r else None, requirement=req)
        e.update(kw)
        if e not in gaps:
            gaps.append(e)

    docs_by = {}
    for d in sub.docs:
        if d['contract_no']:
            docs_by.setdefault(d['contract_no'], []).append(d)
    for d in sub.docs:
        if not d['readable']:
            g('unreadable_document', None, 'S-evidence', file=d['path'])
    within = lambda x: abs(Decimal(x) - r['amount']) <= r['amount'] * Decimal('0.005')  # noqa: E731
    for r in rows:
        ds = [d for d in docs_by.get(r['no'], []) if d['readable']]
        cust = norm(r['customer'])
        acc = [d for d in ds if d['doc_type'] == 'acceptance_report']
        pays = [d for d in ds if d['doc_type'] == 'payment_proof']
        proc = [d for d in ds if d['doc_type'] == 'procurement_proof']
        con = [d for d in ds if d['doc_type'] == 'contract']
        if not acc:
            g('missing_acceptance_report', r)
            if not (CYCLE[0] <= r['accepted_decl'] <= CYCLE[1]):
                g('date_out_of_period', r)
        for d in acc:
            f = d['fields']
            if not (CYCLE[0].isoformat() <= f['date'] <= CYCLE[1].isoformat()):
                g('date_out_of_period', r)
            if f['result'] != 'passed':
                g('acceptance_not_passed', r)
            if norm(f['customer']) != cust:
                g('party_mismatch', r)
            if f['amount_yuan'] and not within(f['amount_yuan']):
                g('amount_mismatch', r)
        if not pays:
            g('missing_payment_proof', r)
        else:
            for d in pays:
                if norm(d['fields']['payer']) != cust or norm(d['fields']['payee']) != norm(app['name']):
                    g('party_mismatch', r)
            if not within(sum(Decimal(d['fields']['amount_yuan']) for d in pays)):
                g('amount_mismatch', r)
        if not proc:
            g('missing_procurement_proof', r)
        for d in proc + con:
            f = d['fields']
            if f['amount_yuan'] and not within(f['amount_yuan']):
                g('amount_mismatch', r)
            if norm(f['customer']) != cust:
                g('party_mismatch', r)
        if any(d['dup'] for d in docs_by.get(r['no'], [])):
            g('duplicate_evidence', r)
        if not uscc_valid(r['uscc_decl']):
            g('invalid_uscc', r)
        if r['tianjin'] and (not r['cus']['addr'].startswith('天津市') or r['uscc_decl'][2:4] != '12'):
            g('not_tianjin', r)
        if r['sme'] == is_large(r):
            g('sme_misclassified', r, 'S-sme')
    verified = [r for r in rows if not any(x['contract_no'] == r['no'] and x['kind'] != 'sme_misclassified' for x in gaps)]
    total = sum((r['amount'] for r in verified), Decimal(0))
    custs = {norm(r['customer']) for r in verified}
    smes = {norm(r['customer']) for r in verified if not is_large(r)}
    with_doc = [s for s in stds if s['uploaded']]
    for s in stds:
        if not s['uploaded']:
            g('missing_standard_document', None, 'S-standards', standard=s['name'])
    if len(custs) < 8:
        g('customer_count_below_threshold', None, 'S-customers')
    if total < 25000000:
        g('total_below_threshold', None, 'S-total')
    if len(smes) < 5:
        g('sme_count_below_threshold', None, 'S-sme')
    if len(with_doc) < 3:
        g('standards_below_threshold', None, 'S-standards')
    if not (app['addr'].startswith('天津市') and app['uscc'][2:4] == '12'):
        g('applicant_not_tianjin', None, 'E-tianjin')
    kinds = {x['kind'] for x in gaps}
    req = {
        'E-tianjin': 'not_met' if 'applicant_not_tianjin' in kinds else 'met',
        'S-customers': 'not_met' if 'customer_count_below_threshold' in kinds else 'met',
        'S-total': 'not_met' if 'total_below_threshold' in kinds else 'met',
        'S-evidence': 'not_met' if any(x['requirement'] == 'S-evidence' for x in gaps) else 'met',
        'S-standards': 'not_met' if 'standards_below_threshold' in kinds else 'met',
        'S-sme': 'not_met' if 'sme_count_below_threshold' in kinds else 'met',
    }
    tier = 1000 if total > 100000000 else 750 if total >= 75000000 else 500 if total >= 50000000 else \
        250 if total >= 25000000 else 0
    if any(req[k] == 'not_met' for k in ('E-tianjin', 'S-customers', 'S-total', 'S-sme', 'S-standards')):
        tier = 0
    return dict(gaps=gaps, verified=verified, total=total, custs=custs, smes=smes, with_doc=with_doc, req=req, tier=tier)


def write_truth(sub, app, rows, stds, description):
    res = rules(sub, app, rows, stds)
    docs = []
    for d in sorted(sub.docs, key=lambda d: d['path']):
        docs.append(dict(path=d['path'], doc_type=d['doc_type'], rendering=d['rendering'], contract_no=d['contract_no'],
                         sha256=hashlib.sha256(open(d['abspath'], 'rb').read()).hexdigest(), note=d['note'],
                         fields=d['fields']))
    gt = dict(
        description=description,
        applicant=dict(name=app['name'], uscc=app['uscc'], address=app['addr']),
        award_tier_wan=res['tier'],
        accepted_total_yuan=f'{res["total"]:.2f}',
        requirements=res['req'],
        gaps=res['gaps'],
        verified_contracts=len(res['verified']),
        verified_customer_count=len(res['custs']),
        verified_sme_customer_count=len(res['smes']),
        standards_with_document=len(res['with_doc']),
        contracts=[dict(seq=r['seq'], contract_no=r['no'], customer=r['customer'], customer_uscc=r['uscc_decl'],
                        amount_yuan=f'{r["amount"]:.2f}', planted=r['planted']) for r in rows],
        standards=[dict(name=s['name'], document_uploaded=s['uploaded']) for s in stds],
        documents=docs,
    )
    with open(os.path.join(sub.dir, 'ground_truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(gt, fh, ensure_ascii=False, indent=1)
    print(sub.name, 'tier', res['tier'], 'total', res['total'], 'verified', len(res['verified']), 'gaps',
          [(x['kind'], x['contract_no']) for x in res['gaps']], 'docs', len(docs))


def mk_stds(rng, n, missing=()):
    names = rng.sample(STD_NAMES, n)
    return [dict(name=nm, cat=rng.choice(['团体标准', '企业标准', '地方标准']), stage=rng.choice(['草案', '征求意见稿', '送审稿']),
                 uploaded=i not in missing) for i, nm in enumerate(names)]


def finish_rows(rows):
    for r in rows:
        r.setdefault('uscc_decl', r['cus']['uscc'])
        r.setdefault('accepted_decl', r['acc_date'])


# ------------------------------------------------------------------ the three submissions
def ho_clean():
    sub = Sub('ho_clean', 101)
    rng = sub.rng
    app = mk_company(rng, 'sup')
    amounts = ['612.5', '438', '297.36', '845', '520', '376.8', '690', '455.2', '318', '702.4']
    rows = plan_contracts(sub, 10, rng, amounts)
    finish_rows(rows)
    stds = mk_stds(rng, 3)
    emit(sub, app, rows, stds, rng)
    write_workbook(sub, app, rows, stds, rng)
    write_truth(sub, app, rows, stds, '完整、无缺口的独立申报：10家用户、10份合同，分期付款、回单多不含合同编号、采购证明为自有编号；约三分之一为扫描/翻拍件。')


def ho_gaps():
    sub = Sub('ho_gaps', 202)
    rng = sub.rng
    app = mk_company(rng, 'sup')
    amounts = ['512', '436.5', '388', '620', '274.3', '455', '333.3', '580', '296', '410', '365']
    rows = plan_contracts(sub, 11, rng, amounts)
    # 0 amount_mismatch: contract printed 3% above the declaration
    r = rows[0]
    r['contract_amount'] = (r['amount'] * Decimal('1.03')).quantize(Decimal('1'))
    r['planted'] = ['amount_mismatch']
    r['contract_note'] = '：合同金额比申报高3%'
    # 1 acceptance dated 2024-01-15 (declared 2023-12-28)
    r = rows[1]
    r['acc_date'] = date(2024, 1, 15)
    r['accepted_decl'] = date(2023, 12, 28)
    r['planted'] = ['date_out_of_period']
    r['acc_note'] = '：验收日期2024-01-15，超出支持周期'
    # 2 acceptance failed
    r = rows[2]
    r['acc_result'] = 'failed'
    r['at'] = 'a_report_grid'
    r['planted'] = ['acceptance_not_passed']
    r['acc_note'] = '：验收不合格/不予通过'
    # 3 payer is a different company (parent group)
    r = rows[3]
    other = mk_company(rng, 'cus')
    r['pays'][0]['payer'] = other
    r['pays'][0]['note'] = f'：付款人为{other["name"]}，不是申报用户'
    r['planted'] = ['party_mismatch']
    # 4 missing procurement proof
    rows[4]['no_procurement'] = True
    rows[4]['planted'] = ['missing_procurement_proof']
    # 5 invalid USCC in the workbook and on the contract
    r = rows[5]
    r['uscc_decl'] = bad_uscc(r['cus']['uscc'])
    r['cus']['uscc'] = r['uscc_decl']
    r['ct'] = 'c_software_dev'
    r['planted'] = ['invalid_uscc']
    r['contract_note'] = '：用户信用代码校验位错误（与申报表一致）'
    # 6 declared Tianjin but Beijing address + code
    r = rows[6]
    bj = mk_company(rng, 'cus', name=f'北京{rng.choice(["中科恒", "京仪", "燕山"])}精密机械有限公司', beijing=True)
    r['cus'], r['customer'] = bj, bj['name']
    r['ct'] = 'c_iiot_platform'
    r['planted'] = ['not_tianjin']
    r['contract_note'] = '：用户地址北京市、信用代码110108，申报为天津企业'
    # 7 duplicate: acceptance report uploaded twice (see below)
    rows[7]['planted'] = ['duplicate_evidence']
    # 8 truncated PDF = its only acceptance report
    rows[8]['render'] = {'acceptance': 'corrupt'}
    rows[8]['planted'] = ['unreadable_document', 'missing_acceptance_report']
    # 9 declared SME but large
    r = rows[9]
    r['sme'], r['emp'], r['rev'] = True, 1850, 126000
    r['planted'] = ['sme_misclassified']
    finish_rows(rows)
    stds = mk_stds(rng, 3, missing=(1,))
    emit(sub, app, rows, stds, rng)
    rd = rows[7]['acc_doc']
    sub.duplicate(rd, '同一验收报告以另一文件名重复上传（duplicate_evidence）')
    write_workbook(sub, app, rows, stds, rng)
    write_truth(sub, app, rows, stds, '每份合同各植入一个缺陷（金额+3%、验收2024-01-15、验收不合格、付款人为他公司、缺采购证明、信用代码错误、北京企业申报为天津、重复上传、截断PDF、大型企业申报为中小企业），另缺一份标准草案。')


def ho_tricky():
    sub = Sub('ho_tricky', 303)
    rng = sub.rng
    app = mk_company(rng, 'sup')
    amounts = ['486', '352', '615.8', '298', '740', '412.5', '530', '388.6', '467']
    rows = plan_contracts(sub, 9, rng, amounts)
    # 0: 万元-only contract; selection notice (万元 only) as procurement
    rows[0]['ct'] = 'c_si_project'
    rows[0]['wan_only'] = True
    rows[0]['proc']['t'] = 'r_selection_notice'
    rows[0]['proc']['note'] = '：金额仅以万元（含税）表示'
    rows[2]['proc']['t'] = 'r_deal_notice'
    rows[2]['proc']['note'] = '：金额以万元+大写表示'
    # 1: mixed contract (text pages + scanned signature page)
    rows[1]['ct'] = 'c_tech_service'
    rows[1]['render'] = {'contract': 'mixed'}
    # 2: receipt photo with perspective
    rows[2]['render'] = {'pay0': 'photo'}
    # 3/4: brackets: declaration full-width, documents half-width, and the other way round
    for i, (decl, prt) in enumerate([('（', '('), ('(', '（')]):
        r = rows[3 + i]
        b = rng.choice(['瑞霖', '博远', '恒信达', '云帆'])
        nm = f'{b}{decl}天津{")" if decl == "(" else "）"}{rng.choice(["精密轴承", "医疗器械", "新材料"])}有限公司'
        pn = nm.replace('（', '(').replace('）', ')') if prt == '(' else nm.replace('(', '（').replace(')', '）')
        r['customer'] = nm
        r['cus']['name'] = nm
        r['print_name'] = pn
        r['contract_note'] = f'：用户名称括号写法与申报表不同（申报“{nm}”，文件“{pn}”），应视为同一单位'
        r['acc_note'] = r['contract_note']
        for p in r['pays']:
            p['note'] = r['contract_note']
    # 5: contract number with parentheses; receipt 附言 prints full-width brackets
    r = rows[5]
    r['no'] = f'TJZN({r["signed"].year}){rng.randint(100, 400)}号'
    r['ct'] = 'c_gf_purchase'
    p = r['pays'][0]
    p['t'] = 'p_boc_pair'
    p['cno'] = r['no'].replace('(', '（').replace(')', '）')
    p['note'] = f'：附言合同编号括号为全角（{p["cno"]}），申报为半角（{r["no"]}）'
    # 6: acceptance report that does state the amount (others omit it)
    rows[6]['acc_amount'] = rows[6]['amount']
    rows[6]['at'] = 'a_report_grid'
    rows[7]['acc_amount'] = rows[7]['amount']
    rows[7]['at'] = 'a_certificate'
    finish_rows(rows)
    stds = mk_stds(rng, 4)
    emit(sub, app, rows, stds, rng, scan_share=0.25)
    write_workbook(sub, app, rows, stds, rng)
    write_truth(sub, app, rows, stds, '有效但刁钻的申报：万元金额、验收报告不含金额、混合PDF签署页、透视翻拍回单、用户名称全角/半角括号差异（视为同一单位）、附言合同编号括号写法不同。无缺口。')


if __name__ == '__main__':
    ALL = ['ho_clean', 'ho_gaps', 'ho_tricky']
    ap = argparse.ArgumentParser(description='independent held-out submissions with ground_truth.json')
    ap.add_argument('--out', required=True, help='output folder: one sub-folder per submission')
    ap.add_argument('--seed', type=int, default=0, help='0 = the submissions as first written')
    ap.add_argument('which', nargs='*', help=f'some of {ALL} (default: all)')
    args = ap.parse_args()
    bad = [w for w in args.which if w not in ALL]
    if bad:
        ap.error(f'unknown submission(s) {bad}; choose from {ALL}')
    ROOT = os.path.abspath(args.out)
    SEED = args.seed
    import tempfile
    with tempfile.TemporaryDirectory(prefix='ho_work_') as work:
        WORK = T.WORK = work
        for w in args.which or ALL:
            globals()[w]()
