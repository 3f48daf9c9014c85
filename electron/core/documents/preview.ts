// The 文书 page preview: the document printed to PDF, kept for the last few
// versions shown. The print is most of the preview's wait (0.5–1 s of Chromium
// here), and the same version comes back often: the draft opened again from the
// 文书 list, an edit undone, the first printout asked for while the draft loads,
// the draft opened again after the app was closed (the versions are kept on disk
// too). Keyed by the print page itself, which is all the PDF is made from, and by
// what else decides how it prints (the fonts installed, the printing Chromium); a
// print in progress is shared by everyone asking for the same page.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { OfficialDocument } from '../../../shared/document';
import { writeFileAtomic } from '../files';
import type { Printer } from '../ports';
import { documentHtml } from './html';
import { documentPdf } from './pdf';

/** Pages of a PDF as Chromium writes it: one page object each (no object streams). */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

export interface Preview {
  /** The PDF's bytes: the IPC carries them as they are, where base64 text was a third larger and decoded again in the window. */
  pdf: Uint8Array;
  pages: number;
}

/** Versions kept (some 0.2–0.7 MB each): the one shown, the one before an edit, and a couple of other drafts. */
const KEEP = 4;
/** Versions kept on disk: the last of each of a campaign's drafts, and some before. */
const KEEP_ON_DISK = 12;

/**
 * Where the printouts of a database's drafts are kept: beside it, as its evidence
 * is. Plain PDFs of the office's text, so never while the app lock is set (the
 * lock removes them, backup/protect.ts).
 */
export function previewCacheDir(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'preview-cache');
}

export function removePreviewCache(databaseFile: string): void {
  fs.rmSync(previewCacheDir(databaseFile), { recursive: true, force: true });
}

export interface PreviewStore {
  /** The folder the printouts are kept in (made when first written); null: none kept now (the app lock is set). */
  dir: () => string | null;
  /** What besides the print page decides the PDF: it goes into the key. */
  salt: () => Promise<string>;
}

export function previewPrinter(printer: Printer, store?: PreviewStore): (doc: OfficialDocument) => Promise<Preview> {
  const kept = new Map<string, Promise<Preview>>();
  return (doc) => {
    const html = documentHtml(doc);
    const key = createHash('sha256').update(html).digest('hex');
    const hit = kept.get(key);
    if (hit) {
      // Most recently shown last: the oldest version goes first.
      kept.delete(key);
      kept.set(key, hit);
      return hit;
    }
    const print = async () => new Uint8Array(await documentPdf(printer, doc));
    const preview = (store ? stored(store, html, print) : print()).then((pdf) => ({ pdf, pages: pdfPageCount(pdf) }));
    kept.set(key, preview);
    // A failed print is not kept: the next ask prints again.
    preview.catch(() => {
      if (kept.get(key) === preview) kept.delete(key);
    });
    for (const old of kept.keys()) {
      if (kept.size <= KEEP) break;
      kept.delete(old);
    }
    return preview;
  };
}

/** The printout kept on disk for this page, or a fresh one, then kept. The store failing only costs the print. */
async function stored(store: PreviewStore, html: string, print: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const dir = store.dir();
  if (dir === null) return print();
  let salt: string;
  try {
    salt = await store.salt();
  } catch {
    return print();
  }
  const file = path.join(dir, `${createHash('sha256').update(salt).update('\0').update(html).digest('hex')}.pdf`);
  try {
    const pdf = new Uint8Array(fs.readFileSync(file));
    // Used: the last to be cleared away.
    const now = new Date();
    fs.utimesSync(file, now, now);
    return pdf;
  } catch {
    // Not kept (or unreadable): printed below.
  }
  const pdf = await print();
  // Kept once the preview has gone back to the window: writing 0.2–0.7 MB is no part of its wait.
  setImmediate(() => keep(dir, file, pdf));
  return pdf;
}

function keep(dir: string, file: string, pdf: Uint8Array): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    writeFileAtomic(file, pdf);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => ({ f, at: fs.statSync(path.join(dir, f)).mtimeMs }));
    for (const { f } of files.sort((a, b) => b.at - a.at).slice(KEEP_ON_DISK)) fs.rmSync(path.join(dir, f), { force: true });
  } catch (e) {
    console.warn('文书预览未能保存到缓存', e);
  }
}
