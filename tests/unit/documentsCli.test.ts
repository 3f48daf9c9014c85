// `zicha report …`: the documents of the sample hospital from the command line as
// .docx, PDF and stamped PDF, through the same handlers and print path as the
// window, read back with tools we did not write (poppler, the docx's own XML).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { tempDir, newDatabase } from '../support/temp';
import { cliRunner } from '../support/cli';

const printer = chromiumPrinter();
afterAll(() => printer.close());

const cli = cliRunner('2020-11-20T10:00:00+08:00', { printer });

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const pdfImages = (file: string) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;

describe('zicha report', () => {
  it('writes the sample summary as docx, PDF and stamped PDF, logging the stamped one', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'demo.sqlite');
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const campaign = '川卫函〔2020〕96号';

    const docx = path.join(dir, '总结.docx');
    const a = await cli('report', 'summary', '--db', db, '--campaign', campaign, '--format', 'docx', '--out', docx);
    // A plain export writes, and warns of the blanks left.
    expect(a.err).toMatch(/^注意：文件中还有 \d+ 处待填（黄色标出）：会议次数/);
    expect(a.code).toBe(0);
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('示例市第一人民医院');
    expect(xml).toContain('院长张建国');

    const stamped = path.join(dir, '总结（盖章）.pdf');
    // Blanks remain in the sample summary: refused, each blank listed, nothing written and no seal use recorded.
    const refusedRun = await cli('report', 'summary', '--db', db, '--campaign', campaign, '--stamped', '--out', stamped);
    expect(refusedRun.code).toBe(1);
    expect(refusedRun.err).toMatch(/文书中还有 \d+ 处待填，未写出任何文件/);
    expect(refusedRun.err).toContain('〔待填：会议次数〕');
    expect(fs.existsSync(stamped)).toBe(false);
    expect((await cli('report', 'summary', '--db', db, '--campaign', campaign, '--stamped', '--allow-blanks', '--out', stamped)).err).toContain('--reason');
    const b = await cli('report', 'summary', '--db', db, '--campaign', campaign, '--stamped', '--allow-blanks', '--reason', '会议次数待补报', '--out', stamped);
    expect(b.code).toBe(0);
    expect(b.out).toContain('已记入用印记录');
    const text = pdfText(stamped);
    expect(text).toContain('示例市第一人民医院2020年卫生健康行业领域突出问题专项整治工作情况总结');
    expect(text).toContain('2020年11月20日');
    expect(pdfImages(stamped)).toBeGreaterThanOrEqual(1);

    const raw = new Database(db, { readonly: true });
    const uses = raw.prepare('SELECT campaign_id, kind, file, by, blanks_reason FROM seal_use').all();
    raw.close();
    expect(uses).toEqual([{ campaign_id: 'sc-2020-96', kind: 'summary', file: stamped, by: '王芳', blanks_reason: '会议次数待补报' }]);

    for (const kind of ['workplan', 'group'] as const) {
      const out = path.join(dir, `${kind}.pdf`);
      expect((await cli('report', kind, '--db', db, '--campaign', 'sc-2020-96', '--format', 'pdf', '--out', out)).code).toBe(0);
      expect(pdfText(out)).toContain(kind === 'workplan' ? '工作方案' : '工作领导小组的通知');
      expect(pdfImages(out)).toBe(0);
    }
  }, 120_000);

  it('refuses a stamped export without a seal, and wrong arguments, in Chinese', async () => {
    const dir = tempDir();
    const db = await newDatabase(dir, 'empty.sqlite');
    const out = path.join(dir, 'x.pdf');
    const a = await cli('report', 'summary', '--db', db, '--campaign', 'sc-2020-96', '--stamped', '--out', out);
    expect(a.code).toBe(1);
    expect(a.err).toContain('尚未导入印章');
    expect(fs.existsSync(out)).toBe(false);
    const b = await cli('report', 'memo', '--db', db, '--campaign', 'sc-2020-96', '--out', out);
    expect(b.code).toBe(2);
    expect(b.err).toContain('未知的文书类型“memo”');
    const c = await cli('report', 'summary', '--db', db, '--campaign', 'sc-2020-96', '--stamped', '--format', 'docx', '--out', out);
    expect(c.code).toBe(2);
    expect(c.err).toContain('--stamped 只能用于 PDF');
    const d = await cli('report', 'summary', '--db', db, '--campaign', 'no-such', '--out', out);
    expect(d.code).toBe(1);
    expect(d.err).toContain('找不到编号或文号为“no-such”的专项行动');
  }, 60_000);
});
