// What 文书 keeps: the document settings, the seal (only a PNG with transparency,
// at most 2 MB) and the 用印记录 every stamped export writes; the exports and the
// preview themselves, read back from the files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentDraft, SealUse, SealView } from '../../shared/channels/documents';
import { encodePng } from '../../electron/core/demo/documentsDemo';
import { pdfPageCount } from '../../electron/core/documents/preview';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { CAMPAIGN, openDocumentsApp, seedRecords } from '../fixtures/documents/records';
import { SEAL_PNG_PATH } from '../fixtures/documents/sample';
import { tempDir } from '../support/temp';

const printer = chromiumPrinter();
afterAll(() => printer.close());

/** What poppler (not us) says about a PDF. */
const pdfinfoPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
const pdfImages = (file: string) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;

function writeTemp(name: string, bytes: Uint8Array | string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Pixels of the highlight's yellow on every page, read from pdftoppm's raw PPM. */
function yellowPixels(pdf: string): number {
  const prefix = path.join(path.dirname(pdf), `px-${path.basename(pdf, '.pdf')}`);
  execFileSync('pdftoppm', ['-r', '20', pdf, prefix]);
  let n = 0;
  for (const f of fs.readdirSync(path.dirname(pdf)).filter((x) => x.startsWith(path.basename(prefix)) && x.endsWith('.ppm'))) {
    const buf = fs.readFileSync(path.join(path.dirname(pdf), f));
    // P6 header: magic, width, height, maxval, each followed by whitespace.
    let at = 0;
    for (let fields = 0; fields < 4; at++) if (/\s/.test(String.fromCharCode(buf[at] ?? 0))) fields++;
    for (let i = at; i + 2 < buf.length; i += 3) if ((buf[i] ?? 0) > 220 && (buf[i + 1] ?? 0) > 220 && (buf[i + 2] ?? 0) < 80) n++;
  }
  return n;
}

describe('document settings', () => {
  it('start empty, keep what is set (trimmed), and refuse a member without a name', async () => {
    const { call, refused, ctx } = await openDocumentsApp();
    expect(await call('documents.settings', undefined)).toEqual({ addressee: '', issuerMark: '', signer: '', group: [], groupOffice: '' });
    const set = { addressee: ' 江川市卫生健康委员会 ', issuerMark: '', signer: '张三', group: [{ name: '张三 ', post: '院长', role: '组长' }], groupOffice: '' };
    expect(await call('documents.setSettings', set)).toMatchObject({ addressee: '江川市卫生健康委员会', group: [{ name: '张三', post: '院长', role: '组长' }] });
    expect(await call('documents.settings', undefined)).toMatchObject({ addressee: '江川市卫生健康委员会', signer: '张三' });
    expect(await refused('documents.setSettings', { ...set, group: [{ name: ' ', post: '', role: '成员' }] })).toContain('请填写姓名');
    ctx.close();
  });
});

describe('the seal', () => {
  it('refuses what is not a PNG, an opaque PNG and one over 2 MB, in Chinese', async () => {
    const notPng = writeTemp('印章.png', 'GIF89a not a png at all, just text pretending');
    const opaque = writeTemp('opaque.png', encodePng(4, 4, new Uint8Array(4 * 4 * 3).fill(200), 3));
    const big = writeTemp('big.png', new Uint8Array(2 * 1024 * 1024 + 1));
    for (const [file, message] of [[notPng, '不是 PNG 图片'], [opaque, '没有透明背景'], [big, '超过 2 MB']] as const) {
      const { refused, ctx } = await openDocumentsApp({ openFiles: [file] });
      expect(await refused('documents.importSeal', { diameterMm: 42 })).toContain(message);
      expect(ctx.db.prepare('SELECT count(*) FROM seal').pluck().get()).toBe(0);
      ctx.close();
    }
  });

  it('imports a PNG with transparency, changes its diameter, and is removed', async () => {
    const { call, refused, ctx } = await openDocumentsApp({ openFiles: [SEAL_PNG_PATH] });
    expect(await call('documents.seal', undefined)).toBeNull();
    expect(await refused('documents.setSealDiameter', { diameterMm: 45 })).toContain('尚未导入印章');
    const seal = (await call('documents.importSeal', { diameterMm: 42 })) as SealView;
    expect(seal.diameterMm).toBe(42);
    expect(Buffer.from(seal.dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64').equals(fs.readFileSync(SEAL_PNG_PATH))).toBe(true);
    expect(((await call('documents.setSealDiameter', { diameterMm: 45 })) as SealView).diameterMm).toBe(45);
    expect(await refused('documents.setSealDiameter', { diameterMm: 80 })).toMatch(/[\u4e00-\u9fa5]/);
    await call('documents.removeSeal', undefined);
    expect(await call('documents.seal', undefined)).toBeNull();
    ctx.close();
  });
});

describe('exports', () => {
  it('refuse a stamped export without a seal, and a stamped .docx', async () => {
    const out = path.join(tempDir(), 'out.pdf');
    const { refused, ctx } = await openDocumentsApp({ saveTo: out, printer });
    expect(await refused('documents.export', { campaign: CAMPAIGN, kind: 'summary', format: 'pdf', stamped: true })).toContain('尚未导入印章，不能导出盖章 PDF');
    expect(await refused('documents.export', { campaign: CAMPAIGN, kind: 'summary', format: 'docx', stamped: true })).toContain('盖章文书只能导出为 PDF');
    expect(fs.existsSync(out)).toBe(false);
    ctx.close();
  });

  it('write a stamped PDF with its 用印记录, a plain PDF and a .docx without one', async () => {
    const dir = tempDir();
    const stampedFile = path.join(dir, '总结（盖章）.pdf');
    const app = await openDocumentsApp({ saveTo: stampedFile, openFiles: [SEAL_PNG_PATH], printer });
    await seedRecords(app.call);
    await app.call('org.setOperator', { operator: '李四' });
    await app.call('documents.importSeal', { diameterMm: 42 });
    // Blanks remain: refused, naming them, before any file is written or any seal use recorded.
    const stamp = { campaign: CAMPAIGN, kind: 'summary', format: 'pdf', stamped: true } as const;
    expect(await app.refused('documents.export', stamp)).toMatch(/文书中还有 \d+ 处待填（“领导小组组长”、/);
    expect(await app.refused('documents.export', { ...stamp, allowBlanks: true, reason: ' ' })).toContain('必须注明理由');
    expect(fs.existsSync(stampedFile)).toBe(false);
    expect(((await app.call('documents.sealLog', {})) as { total: number }).total).toBe(0);
    const done = (await app.call('documents.export', { ...stamp, allowBlanks: true, reason: '会议次数待办公室核对后补报' })) as { file: string; blanks: string[] };
    expect(done.file).toBe(stampedFile);
    expect(done.blanks).toContain('会议次数');
    const pdf = fs.readFileSync(stampedFile);
    // The stamped file shows no yellow highlight, though its blanks are printed.
    expect(yellowPixels(stampedFile)).toBe(0);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(pdfinfoPages(stampedFile));
    expect(pdfImages(stampedFile)).toBeGreaterThanOrEqual(1);
    const log = (await app.call('documents.sealLog', {})) as { rows: SealUse[]; total: number };
    expect(log.total).toBe(1);
    expect(log.rows[0]).toMatchObject({
      campaignId: CAMPAIGN, kind: 'summary', file: stampedFile, by: '李四', at: '2020-11-20T02:00:00.000Z',
      title: '江川市第一人民医院2020年医疗卫生领域突出问题专项整治工作情况总结',
      blanks: { labels: done.blanks, reason: '会议次数待办公室核对后补报' },
    });
    app.ctx.close();

    // The same database, exporting elsewhere: plain PDF and docx leave the log alone.
    for (const [name, format] of [['plain.pdf', 'pdf'], ['summary.docx', 'docx']] as const) {
      const target = path.join(dir, name);
      const again = await openDocumentsApp({ dataDir: app.dataDir, saveTo: target, printer });
      // A plain export writes, and says which blanks remain.
      const plain = (await again.call('documents.export', { campaign: CAMPAIGN, kind: 'summary', format, stamped: false })) as { blanks: string[] };
      expect(plain.blanks).toContain('会议次数');
      expect(((await again.call('documents.sealLog', {})) as { total: number }).total).toBe(1);
      if (format === 'docx') {
        const xml = await (await JSZip.loadAsync(fs.readFileSync(target))).file('word/document.xml')?.async('string');
        expect(xml).toContain('工作情况总结');
        expect(xml).toContain('42.86');
      } else {
        expect(fs.readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
        // The stamped PDF carries the seal image; the plain one none, and its blanks are highlighted.
        expect(pdfImages(target)).toBe(0);
        expect(yellowPixels(target)).toBeGreaterThan(0);
      }
      again.ctx.close();
    }
  }, 90_000);

  it('preview the document as a PDF with its page count', async () => {
    const { call, ctx } = await openDocumentsApp({ printer });
    const { doc } = (await call('documents.get', { campaign: CAMPAIGN, kind: 'group' })) as DocumentDraft;
    const preview = (await call('documents.preview', { campaign: CAMPAIGN, kind: 'group', doc })) as { pdf: Uint8Array; pages: number };
    expect(preview.pdf).toBeInstanceOf(Uint8Array);
    const file = writeTemp('preview.pdf', preview.pdf);
    expect(preview.pages).toBe(pdfinfoPages(file));
    expect(preview.pages).toBeGreaterThanOrEqual(1);
    ctx.close();
  }, 60_000);

  it('prints a version of the document once: asked again (reopened, an edit undone) it comes from the last printouts', async () => {
    let prints = 0;
    const counting = { ...printer, pdf: (html: string) => (prints++, printer.pdf(html)) };
    const { call, ctx } = await openDocumentsApp({ printer: counting });
    const { doc } = (await call('documents.get', { campaign: CAMPAIGN, kind: 'group' })) as DocumentDraft;
    const saved = (await call('documents.preview', { campaign: CAMPAIGN, kind: 'group' })) as { pdf: Uint8Array };
    // One version is one printout (two where a 版记 is placed after a probe).
    const perVersion = prints;
    expect(perVersion).toBeGreaterThan(0);
    // An edit prints anew, once however often it is asked for at the same time.
    const edited = { ...doc, head: { ...doc.head, title: `${doc.head.title}（修改）` } };
    const [changed, same] = (await Promise.all([1, 2].map(() => call('documents.preview', { campaign: CAMPAIGN, kind: 'group', doc: edited })))) as { pdf: Uint8Array }[];
    expect(prints).toBe(2 * perVersion);
    expect(changed?.pdf).not.toEqual(saved.pdf);
    expect(same?.pdf).toEqual(changed?.pdf);
    // The draft as the window holds it (the saved one, sent back after the edit is undone): not printed again.
    const undone = (await call('documents.preview', { campaign: CAMPAIGN, kind: 'group', doc })) as { pdf: Uint8Array; pages: number };
    expect(prints).toBe(2 * perVersion);
    expect(undone.pdf).toEqual(saved.pdf);
    ctx.close();
  }, 60_000);
});
