// The 文书 preview's printouts kept on disk: a draft opened again after the app was
// closed shows the PDF printed last time without printing (here: by an app that
// cannot print at all), a changed draft or changed fonts print afresh, only the
// most recently used printouts stay, and none stays once the app lock is set.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../shared/document';
import { protectCopies, removePlainCopies } from '../../electron/core/backup/protect';
import { previewCacheDir, previewPrinter, type PreviewStore } from '../../electron/core/documents/preview';
import { newKey } from '../../electron/core/lock/keyFile';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { noPrinter } from '../../electron/core/print/printer';
import { sampleDocument } from '../fixtures/documents/sample';
import { tempDir } from '../support/temp';

const printer = chromiumPrinter();
afterAll(() => printer.close());

const short = (title: string): OfficialDocument => ({
  ...sampleDocument,
  head: { ...sampleDocument.head, title },
  body: sampleDocument.body.filter((b) => b.kind !== 'table').slice(0, 2),
  attachments: [],
});
const store = (dir: string | null, fonts = '仿宋_GB2312'): PreviewStore => ({ dir: () => dir, salt: async () => fonts });
/** The store writes just after the preview is answered: once this resolves, it has. */
const written = () => new Promise((resolve) => setImmediate(resolve));
const pdfText = (pdf: Uint8Array) => {
  const file = path.join(tempDir(), 'preview.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
};

describe('the preview kept on disk', () => {
  it('shows the last printout of an unchanged draft after a restart, without printing', async () => {
    const dir = path.join(tempDir(), 'preview-cache');
    const printed = await previewPrinter(printer, store(dir))(short('关于预览缓存的报告'));
    expect(pdfText(printed.pdf)).toContain('关于预览缓存的报告');
    await written();

    // The app started again, where nothing can be printed.
    const again = await previewPrinter(noPrinter, store(dir))(short('关于预览缓存的报告'));
    expect(Buffer.from(again.pdf).equals(Buffer.from(printed.pdf))).toBe(true);
    expect(again.pages).toBe(printed.pages);

    // Another title, or the same draft where other fonts are installed, is printed (and here cannot be).
    await expect(previewPrinter(noPrinter, store(dir))(short('关于预览缓存的另一份报告'))).rejects.toThrow(/无法生成 PDF/);
    await expect(previewPrinter(noPrinter, store(dir, '方正小标宋简体'))(short('关于预览缓存的报告'))).rejects.toThrow(/无法生成 PDF/);
  }, 60_000);

  it('keeps the twelve printouts used last', async () => {
    const dir = path.join(tempDir(), 'preview-cache');
    const preview = previewPrinter(printer, store(dir));
    for (let i = 1; i <= 13; i++) {
      await preview(short(`第${i}份草稿`));
      await written();
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toHaveLength(12);
    // The first is gone; the second is still there for an app that cannot print.
    const restarted = previewPrinter(noPrinter, store(dir));
    await expect(restarted(short('第1份草稿'))).rejects.toThrow(/无法生成 PDF/);
    expect(pdfText((await restarted(short('第2份草稿'))).pdf)).toContain('第2份草稿');
  }, 120_000);

  it('still previews where the store cannot be written', async () => {
    const file = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(file, '');
    const shown = await previewPrinter(printer, store(path.join(file, 'preview-cache')))(short('无处缓存的报告'));
    expect(pdfText(shown.pdf)).toContain('无处缓存的报告');
  }, 60_000);

  it('keeps none while the app lock is set, and the lock takes away those kept before', async () => {
    for (const lockSet of [(db: string) => protectCopies(db, newKey()), removePlainCopies]) {
      const db = path.join(tempDir(), 'zicha.sqlite');
      fs.mkdirSync(path.join(path.dirname(db), 'backups'));
      const dir = previewCacheDir(db);
      await previewPrinter(printer, store(dir))(short('上锁前的报告'));
      await written();
      expect(fs.readdirSync(dir)).toHaveLength(1);
      lockSet(db);
      expect(fs.existsSync(dir)).toBe(false);
      // Locked: the store says no folder, and nothing is written anywhere.
      await previewPrinter(printer, store(null))(short('上锁后的报告'));
      await written();
      expect(fs.existsSync(dir)).toBe(false);
    }
  }, 60_000);
});
