// The 文书 page preview: the document printed to PDF, kept for the last few
// versions shown. The print is most of the preview's wait (0.5–1 s of Chromium
// here), and the same version comes back often: the draft opened again from the
// 文书 list, an edit undone, the first printout asked for while the draft loads.
// Keyed by the print page itself, which is all the PDF is made from; a print in
// progress is shared by everyone asking for the same page.
import { createHash } from 'node:crypto';
import type { OfficialDocument } from '../../../shared/document';
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

export function previewPrinter(printer: Printer): (doc: OfficialDocument) => Promise<Preview> {
  const kept = new Map<string, Promise<Preview>>();
  return (doc) => {
    const key = createHash('sha256').update(documentHtml(doc)).digest('hex');
    const hit = kept.get(key);
    if (hit) {
      // Most recently shown last: the oldest version goes first.
      kept.delete(key);
      kept.set(key, hit);
      return hit;
    }
    const preview = documentPdf(printer, doc).then((bytes) => {
      const pdf = new Uint8Array(bytes);
      return { pdf, pages: pdfPageCount(pdf) };
    });
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
