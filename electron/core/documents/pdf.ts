// The PDF of a 公文: its print page, printed by Chromium (DESIGN.md print path).
import type { OfficialDocument } from '../../../shared/document';
import type { Printer } from '../print/printer';
import { documentHtml, type SealImage } from './html';

export async function documentPdf(printer: Printer, doc: OfficialDocument, options: { seal?: SealImage; xiaobiaosong?: boolean } = {}): Promise<Uint8Array> {
  return printer.pdf(documentHtml(doc, options));
}
