// 陕卫办医发〔2020〕36号's written 清查及整改情况报告 (`zicha report inventory`), drafted
// from the campaign's ledger: the counts in the text and the attached 整改台账 come
// from the same rows, read back by python-docx and poppler; due on 8月31日.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { openCatalogDatabase } from '../../electron/core/context';
import { listDocuments } from '../../electron/core/documents/store';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { repoRoot } from '../harness/harness';
import { cliRunner } from '../support/cli';
import { tempDir } from '../support/temp';

const printer = chromiumPrinter();
afterAll(() => printer.close());
const cli = cliRunner('2020-08-28T10:00:00+08:00', { printer });
const READ = `
import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({'paragraphs': [p.text for p in d.paragraphs], 'tables': [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}, ensure_ascii=False))
`;

describe('zicha report inventory', () => {
  it('reports what the clean-up found and how it was rectified, the text and the attached ledger from the same rows', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'demo.sqlite');
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const raw = new Database(db, { readonly: true });
    const rows = raw.prepare("SELECT number, description, status, immediate, source FROM problem WHERE campaign_id = 'sn-2020-36' ORDER BY number").all() as
      { number: string; description: string; status: string; immediate: number; source: string }[];
    raw.close();
    expect(rows.length).toBeGreaterThan(0);
    const done = rows.filter((r) => ['done', 'verified', 'signedOff'].includes(r.status)).length;
    const signedOff = rows.filter((r) => r.status === 'signedOff').length;

    const conn = await openCatalogDatabase(db, path.join(repoRoot, 'resources'), () => new Date('2020-08-28T02:00:00.000Z'));
    try {
      const listed = listDocuments(conn, 'sn-2020-36', '2020-08-28').find((d) => d.kind === 'inventory');
      expect(listed?.due).toBe('2020-08-31');
      // Its figures come from the records; the 发文字号 in its head is still to fill, and counted.
      expect(listed?.blanks).toBe(1);
    } finally {
      conn.close();
    }

    const out = path.join(dir, '清查.docx');
    const run = await cli('report', 'inventory', '--db', db, '--campaign', '陕卫办医发〔2020〕36号', '--out', out);
    // The hospital's own 发文字号 is the one blank the records cannot fill: the export warns of it.
    expect(run.err).toBe('注意：文件中还有 1 处待填（黄色标出）：发文字号');
    expect(run.out).toContain('已导出清查及整改情况报告');
    const read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ, out], { encoding: 'utf8' })) as { paragraphs: string[]; tables: string[][][] };
    const text = read.paragraphs.join('\n');
    expect(read.paragraphs).toContain('陕西省卫生健康委：');
    expect(text).toContain(`截至2020年8月28日，我院共清查发现行风问题${rows.length}个`);
    const bySource = ['自查', '上级巡查'].map((s) => `${s}${rows.filter((r) => r.source === s).length}个`).join('、');
    expect(text).toContain(`按来源分：${bySource}`);
    expect(text).toContain(`其中立行立改${rows.filter((r) => r.immediate).length}个`);
    expect(text).toContain(`目前已完成整改${done}个（其中已销号${signedOff}个）`);
    expect(text).toContain(`正在整改${rows.length - done}个`);
    expect(read.paragraphs).toContain('一、清查情况');
    expect(read.paragraphs).toContain('二、整改情况');
    // The attached 整改台账: one row per problem, in the ledger's order.
    const [table] = read.tables;
    expect(table?.[0]).toEqual(['序号', '问题来源', '问题描述', '整改措施', '责任科室', '整改时限', '整改状态', '销号时间']);
    expect(table?.slice(1).map((r) => r[2])).toEqual(rows.map((r) => expect.stringContaining(r.description) as unknown as string));

    const pdf = path.join(dir, '清查（盖章）.pdf');
    // Stamping waits for the 发文字号, unless a reason is given for sending it without one.
    const refused = await cli('report', 'inventory', '--db', db, '--campaign', 'sn-2020-36', '--stamped', '--out', pdf);
    expect([refused.code, refused.err.includes('〔待填：发文字号〕'), fs.existsSync(pdf)]).toEqual([1, true, false]);
    const stamped = await cli('report', 'inventory', '--db', db, '--campaign', 'sn-2020-36', '--stamped', '--allow-blanks', '--reason', '报告不编文号', '--out', pdf);
    expect(stamped.code).toBe(0);
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(pdfText).toContain('关于行风问题清理清查及整改情况的报告');
    expect(pdfText).toContain(`共清查发现行风问题${rows.length}个`);
    expect(pdfText).toContain('示例市第一人民医院行风问题整改台账');
  }, 180_000);
});
