// The combined 问题整改台账 (`zicha ledger export --kind combined`): a ledger that
// stands on its own — the hospital and campaign in its title, the twelve columns
// the notices' 台账 ask for, numbers and dates stored as numbers and dates — read
// back with openpyxl (a reader we did not write), and as PDF with poppler.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { cliRunner } from '../support/cli';
import { tempDir } from '../support/temp';

const printer = chromiumPrinter();
afterAll(() => printer.close());
const cli = cliRunner('2020-11-20T10:00:00+08:00', { printer });

const READ = `
import json, sys, datetime, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
rows = [[(c.value.isoformat()[:10] if isinstance(c.value, datetime.datetime) else c.value) for c in r] for r in ws.iter_rows()]
types = [[type(c.value).__name__ for c in r] for r in ws.iter_rows()]
print(json.dumps({'rows': rows, 'types': types, 'title': ws.title, 'printTitles': ws.print_title_rows, 'landscape': ws.page_setup.orientation}, ensure_ascii=False, default=str))
`;

const HEADERS = ['序号', '问题来源', '问题描述', '整改措施', '责任领导', '责任科室', '责任人', '整改时限', '整改进展', '整改状态', '销号时间', '备注'];

describe('zicha ledger export --kind combined', () => {
  it('writes the 问题整改台账 of a campaign with its own title, numbers and dates typed', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'demo.sqlite');
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const out = path.join(dir, '问题整改台账.xlsx');
    const run = await cli('ledger', 'export', '--db', db, '--kind', 'combined', '--campaign', 'sc-2020-96', '--out', out);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);

    const raw = new Database(db, { readonly: true });
    const problems = raw
      .prepare("SELECT number, deadline, signed_off_on AS signedOff, measures FROM problem WHERE campaign_id = 'sc-2020-96' ORDER BY number")
      .all() as { number: string; deadline: string | null; signedOff: string | null; measures: string }[];
    raw.close();
    expect(problems.length).toBeGreaterThan(3);
    expect(run.out).toContain(`（${problems.length} 条）`);

    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ, out], { encoding: 'utf8' })) as {
      rows: (string | number | null)[][];
      types: string[][];
      title: string;
      landscape: string;
    };
    const title = String(read.rows[0]?.[0]);
    expect(title.startsWith('示例市第一人民医院')).toBe(true);
    expect(title).toContain('卫生健康行业领域突出问题专项整治');
    expect(title.endsWith('问题整改台账')).toBe(true);
    expect(read.landscape).toBe('landscape');
    const head = read.rows.findIndex((r) => r[0] === '序号');
    expect(read.rows[head]).toEqual(HEADERS);
    const body = read.rows.slice(head + 1, head + 1 + problems.length);
    const types = read.types.slice(head + 1, head + 1 + problems.length);
    body.forEach((r, i) => {
      expect(r[0]).toBe(i + 1);
      expect(types[i]?.[0]).toBe('int');
    });
    // 整改时限 and 销号时间: dates where the records have them, the same days.
    const byDeadline = problems.map((p) => p.deadline).filter(Boolean).sort();
    expect(body.map((r) => r[7]).filter(Boolean).sort()).toEqual(byDeadline);
    expect(body.map((r) => r[10]).filter(Boolean).sort()).toEqual(problems.map((p) => p.signedOff).filter(Boolean).sort());
    for (const [i, r] of body.entries()) {
      if (r[7]) expect(types[i]?.[7]).toBe('datetime');
      if (r[10]) expect(types[i]?.[10]).toBe('datetime');
    }
    expect(body.some((r) => r[10])).toBe(true);
    expect(new Set(body.map((r) => r[3]))).toEqual(new Set(problems.map((p) => p.measures || null)));

    const pdf = path.join(dir, '问题整改台账.pdf');
    expect((await cli('ledger', 'export', '--db', db, '--kind', 'combined', '--campaign', 'sc-2020-96', '--out', pdf)).code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    expect(text).toContain(title);
    for (const h of HEADERS) expect(text).toContain(h);
    expect(text).toContain(`合计${problems.length}项`);
  }, 120_000);
});
