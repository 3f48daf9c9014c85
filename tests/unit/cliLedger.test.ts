// `zicha ledger …`: the printable ledgers and the problem import from the command
// line, through the same channels and the same Chromium print path as the window.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ROWS_PER_PART } from '../../electron/core/ledger/html';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { dumpTables, tempDir } from '../support/temp';
import { cliRunner } from '../support/cli';

const printer = chromiumPrinter();
afterAll(() => printer.close());

const cli = cliRunner('2020-11-20T10:00:00+08:00', { printer });

async function demo(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = path.join(dir, 'demo.sqlite');
  expect((await cli('demo', '--db', db)).code).toBe(0);
  return { dir, db };
}

describe('zicha ledger', () => {
  it('prints a ledger longer than one print part whole: every row once and in order, pages numbered across the parts', async () => {
    const { dir, db } = await demo();
    // Copies of one problem under new numbers: past one part (ROWS_PER_PART), so the PDF is printed in parts and merged.
    const copies = ROWS_PER_PART + 500;
    const raw = new Database(db);
    const cols = (raw.prepare("SELECT name FROM pragma_table_info('problem') WHERE name NOT IN ('id', 'number')").pluck().all() as string[]).join(', ');
    raw.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${copies})
       INSERT INTO problem (number, ${cols}) SELECT 'WT9999-' || printf('%04d', i), ${cols} FROM n, (SELECT * FROM problem WHERE round_id IS NULL ORDER BY id LIMIT 1)`,
    ).run();
    const total = raw.prepare('SELECT count(*) FROM problem').pluck().get() as number;
    raw.close();
    const out = path.join(dir, '问题台账.pdf');
    const run = await cli('ledger', 'export', '--db', db, '--kind', 'problems', '--out', out);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1]);
    const pages = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(pageCount);
    // Every copy once, in order, across the parts.
    const copiesSeen = [...pages.join('\n').matchAll(/WT9999-(\d{4})/g)].map((m) => Number(m[1]));
    expect(copiesSeen).toEqual(Array.from({ length: copies }, (_, i) => i + 1));
    // Each page carries its own number of the whole, once, and the header row.
    pages.forEach((page, i) => {
      expect(page.match(/第 \d+ 页，共 \d+ 页/g)).toEqual([`第 ${i + 1} 页，共 ${pageCount} 页`]);
      expect(page.replace(/\s/g, '')).toContain('问题编号');
    });
    // 合计 and 制表人 once, on the last page, with rows beside them.
    const last = pages.at(-1) ?? '';
    expect(pages.filter((p) => p.includes('合计'))).toHaveLength(1);
    expect(last).toContain(`合计 ${total} 项`);
    expect(last).toContain('制表人');
    expect(last).toMatch(/WT9999-\d{4}/);
  }, 180_000);

  it('exports the 整改台账 of some statuses as PDF, covering exactly those rows', async () => {
    const { dir, db } = await demo();
    const out = path.join(dir, '整改台账.pdf');
    const run = await cli('ledger', 'export', '--db', db, '--kind', 'rectifications', '--status', '整改中,已验证', '--out', out);
    expect(run.code).toBe(0);
    const raw = new Database(db, { readonly: true });
    const expected = raw.prepare("SELECT count(*) FROM problem WHERE status IN ('inProgress', 'verified')").pluck().get() as number;
    raw.close();
    expect(run.out).toContain(`（${expected} 条）`);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s/g, '')).toContain('整改台账');
    expect(text).toContain('筛选条件：状态：整改中、已验证');
    expect(text).toContain(`合计 ${expected} 项`);
  });

  it('exports xlsx by department name, and says which name it does not know', async () => {
    const { dir, db } = await demo();
    const out = path.join(dir, 'p.xlsx');
    expect((await cli('ledger', 'export', '--db', db, '--department', '药剂科', '--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]?.name).toBe('问题台账');
    const unknown = await cli('ledger', 'export', '--db', db, '--department', '不存在科', '--out', out);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('没有名为“不存在科”的科室');
    expect((await cli('ledger', 'export', '--db', db, '--status', '完了', '--out', out)).code).toBe(2);
  });

  it('writes the template; a filled row with a bad date changes nothing and is named; fixed, it imports', async () => {
    const { dir, db } = await demo();
    const template = path.join(dir, 't.xlsx');
    expect((await cli('ledger', 'template', '--db', db, '--out', template)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ws = wb.getWorksheet('问题');
    if (!ws) throw new Error('no 问题 sheet');
    ['审计', '', '', '收费不规范', '', '', '2020-11-31'].forEach((v, c) => (ws.getCell(2, c + 1).value = v || null));
    const filled = path.join(dir, 'filled.xlsx');
    await wb.xlsx.writeFile(filled);
    const raw = new Database(db, { readonly: true });
    const before = dumpTables(raw);
    const run = await cli('ledger', 'import', '--db', db, filled);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/「问题」第 2 行「发现时间」：.*2020-11-31/);
    expect(dumpTables(raw)).toBe(before);
    raw.close();
    ws.getCell(2, 7).value = '2020-11-30';
    await wb.xlsx.writeFile(filled);
    expect((await cli('ledger', 'import', '--db', db, filled, '--dry-run')).out).toContain('可导入 1 个问题');
    const done = await cli('ledger', 'import', '--db', db, filled);
    expect(done.out).toMatch(/已导入 1 个问题（编号 WT2020-\d{4} 至 WT2020-\d{4}）/);
  });
});
