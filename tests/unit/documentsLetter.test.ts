// The cover 报送报告 (`zicha report letter`): 版头 with 发文机关标志, 发文字号 and 签发人,
// its 主送机关 resolved from each campaign's duty and overridable per campaign, the
// summary and its tables as attachments; as docx (read back by python-docx) and as
// stamped PDF (poppler), through the CLI.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blankText } from '../../shared/document';
import { openCatalogDatabase } from '../../electron/core/context';
import { currentDocument, saveDraft } from '../../electron/core/documents/store';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { repoRoot } from '../harness/harness';
import { cliRunner } from '../support/cli';
import { tempDir } from '../support/temp';

const printer = chromiumPrinter();
afterAll(() => printer.close());
const cli = cliRunner('2020-11-20T10:00:00+08:00', { printer });
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const pythonDocx = (file: string) =>
  JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', 'import docx,json,sys; d=docx.Document(sys.argv[1]); print(json.dumps([p.text for p in d.paragraphs], ensure_ascii=False))', file], { encoding: 'utf8' }),
  ) as string[];
const open = (db: string) => openCatalogDatabase(db, path.join(repoRoot, 'resources'), () => new Date('2020-11-20T02:00:00.000Z'));

describe('zicha report letter', () => {
  it('addresses each campaign’s letter to whom its duty names, and keeps an override to that campaign', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'demo.sqlite');
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const conn = await open(db);
    try {
      const sc = currentDocument(conn, 'sc-2020-96', 'letter', '2020-11-20').doc;
      const sn = currentDocument(conn, 'sn-2020-36', 'letter', '2020-11-20').doc;
      // 川卫函's 我委 is its first issuer; 陕卫办医发's 省卫生健康委 takes the issuer's province.
      expect(sc.head.addressee).toBe('四川省卫生健康委员会');
      expect(sn.head.addressee).toBe('陕西省卫生健康委');
      expect(sc.head).toMatchObject({ issuerMark: '示例市第一人民医院文件', signer: '张建国', documentNumber: blankText('发文字号') });
      expect(sc.head.title).toBe('示例市第一人民医院关于报送2020年卫生健康行业领域突出问题专项整治工作情况的报告');
      // The summary and its statistics table are the attachments, the summary's text the first.
      const summary = currentDocument(conn, 'sc-2020-96', 'summary', '2020-11-20').doc;
      expect(sc.attachments.map((a) => a.title)).toEqual([summary.head.title, ...summary.attachments.map((a) => a.title)]);
      expect(sc.attachments[0]!.blocks).toEqual(summary.body);
      saveDraft(conn, 'sc-2020-96', 'letter', { ...sc, head: { ...sc.head, addressee: '示例市卫生健康委员会', documentNumber: '示医发〔2020〕12号' } }, '王芳', { today: '2020-11-20', at: '2020-11-20T02:00:00.000Z' });
      expect(currentDocument(conn, 'sc-2020-96', 'letter', '2020-11-20').doc.head.addressee).toBe('示例市卫生健康委员会');
      expect(currentDocument(conn, 'sn-2020-36', 'letter', '2020-11-20').doc.head.addressee).toBe('陕西省卫生健康委');
    } finally {
      conn.close();
    }

    const docx = path.join(dir, '报告.docx');
    const a = await cli('report', 'letter', '--db', db, '--campaign', '川卫函〔2020〕96号', '--out', docx);
    // A plain export with blanks left (the summary it sends still has some) warns and writes.
    expect(a.err).toMatch(/^(注意：文件中还有 \d+ 处待填（黄色标出）：.+)?$/);
    expect(a.out).toContain('已导出报送报告');
    const paragraphs = pythonDocx(docx);
    expect(paragraphs).toContain('示例市第一人民医院文件');
    expect(paragraphs).toContain('示医发〔2020〕12号\t签发人：张建国');
    expect(paragraphs).toContain('示例市卫生健康委员会：');
    expect(paragraphs).toContain('特此报告。');
    expect(paragraphs.some((p) => p.startsWith('附件：1.示例市第一人民医院2020年'))).toBe(true);
    expect(paragraphs).toContain('附件1');

    const stamped = path.join(dir, '报告（盖章）.pdf');
    // The letter's 发文字号 is still a blank: stamping is refused, naming it, and nothing is written.
    const refused = await cli('report', 'letter', '--db', db, '--campaign', 'sn-2020-36', '--stamped', '--out', stamped);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('〔待填：发文字号〕');
    expect(fs.existsSync(stamped)).toBe(false);
    const b = await cli('report', 'letter', '--db', db, '--campaign', 'sn-2020-36', '--stamped', '--allow-blanks', '--reason', '文号由院办登记后手写', '--out', stamped);
    expect(b.code).toBe(0);
    expect(b.out).toContain('已记入用印记录');
    const text = pdfText(stamped);
    expect(text).toContain('陕西省卫生健康委：');
    expect(text).toContain('签发人：张建国');
    expect(text).toContain('特此报告。');
    expect(text).toContain(blankText('发文字号'));
    expect(execFileSync('pdfimages', ['-list', stamped], { encoding: 'utf8' }).trim().split('\n').length - 2).toBeGreaterThanOrEqual(1);
    expect(fs.statSync(stamped).size).toBeGreaterThan(10_000);
  }, 180_000);
});
