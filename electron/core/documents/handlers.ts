// The 文书 channels: a campaign's documents drafted from the records, edited,
// previewed and exported (docx, PDF, stamped PDF with its 用印记录), the seal,
// and the settings the document heads are drawn from.
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_KINDS, documentBlanks, type DocumentKind, type OfficialDocument } from '../../../shared/document';
import { AppError } from '../../../shared/errors';
import { keyFilePath } from '../db/cipher';
import type { HandlersOf } from '../handlerTypes';
import type { Services } from '../ports';
import { writeFileAtomic } from '../files';
import { fontsStamp } from '../fonts/detect';
import { documentDocx } from './docx';
import { documentPdf } from './pdf';
import { previewCacheDir, previewPrinter } from './preview';
import { MAX_SEAL_BYTES, importSeal, logSealUse, readSeal, removeSeal, sealLog, sealView, setSealDiameter } from './seal';
import { getDocumentSettings, setDocumentSettings } from './settings';
import { checkDocument, currentDocument, getDraft, listDocuments, redraft, saveDraft } from './store';

const fileName = (doc: OfficialDocument, stamped: boolean, ext: string) =>
  `${doc.head.title.replace(/\s+/g, '')}${stamped ? '（盖章）' : ''}.${ext}`.replace(/[\\/:*?"<>|]+/g, '');

function readSealFile(file: string): Uint8Array {
  const name = path.basename(file);
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_SEAL_BYTES) throw new AppError('sealTooLarge', `印章图片“${name}”超过 2 MB，请压缩后再导入`, 'file');
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('fileUnreadable', `无法读取文件“${name}”：文件不存在或没有读取权限`, 'file');
  }
}

export const blanksOf = documentBlanks;

/** "会议次数、举报电话等 12 处" — what a refusal names. */
export function blanksText(labels: string[]): string {
  const shown = labels.slice(0, 6).map((l) => `“${l}”`).join('、');
  return labels.length > 6 ? `${shown}等 ${labels.length} 处` : shown;
}

export function documentsHandlers(ctx: Services): HandlersOf<'documents'> {
  const clock = () => ({ today: ctx.today(), at: ctx.stamp() });
  const preview = previewPrinter(ctx.printer, {
    // None kept under the app lock (its key file beside the database). A printout depends on the fonts installed and the app's Chromium too.
    dir: () => (fs.existsSync(keyFilePath(ctx.databaseFile)) ? null : previewCacheDir(ctx.databaseFile)),
    salt: async () => JSON.stringify([process.versions.electron ?? '', await fontsStamp(ctx.fontSource)]),
  });

  const exportDocument = async (
    campaign: string, kind: DocumentKind, format: 'docx' | 'pdf', stamped: boolean, override: { allowBlanks?: boolean; reason?: string },
  ) => {
    if (stamped && format !== 'pdf') throw new AppError('stampedDocx', '盖章文书只能导出为 PDF；Word 文档请导出不盖章的版本', 'format');
    const seal = stamped ? readSeal(ctx.db) : null;
    if (stamped && !seal) throw new AppError('noSeal', '尚未导入印章，不能导出盖章 PDF；请先在“设置 → 印章”中导入印章图片', 'stamped');
    const { campaignId, doc } = currentDocument(ctx.db, campaign, kind, ctx.today());
    // Nothing is stamped unfinished: refused before any dialog or file, so no seal use is recorded.
    const blanks = blanksOf(doc);
    const reason = override.reason?.trim() ?? '';
    if (stamped && blanks.length && !override.allowBlanks) {
      throw new AppError('blanksRemain', `文书中还有 ${blanks.length} 处待填（${blanksText(blanks)}），不能盖章；请填写后再导出，或注明理由后仍然盖章`, 'blanks');
    }
    if (stamped && blanks.length && !reason) throw new AppError('reasonRequired', '有待填内容仍要盖章时，必须注明理由，理由将记入用印记录', 'reason');
    const target = await ctx.dialogs.saveFile({
      title: stamped ? `导出盖章${DOCUMENT_KINDS[kind]}` : `导出${DOCUMENT_KINDS[kind]}`,
      defaultName: fileName(doc, stamped, format),
      filters: [format === 'docx' ? { name: 'Word 文档', extensions: ['docx'] } : { name: 'PDF 文件', extensions: ['pdf'] }],
    });
    if (!target) return null;
    const bytes = format === 'docx'
      ? await documentDocx(doc)
      : await documentPdf(ctx.printer, doc, seal ? { seal: { png: seal.png, diameterMm: seal.diameterMm } } : {});
    if (!seal) return { file: writeFileAtomic(target, bytes), blanks };
    // The file and its 用印记录 go together: a file whose use could not be recorded is taken back.
    const written = writeFileAtomic(target, bytes);
    try {
      logSealUse(ctx.db, {
        at: ctx.stamp(), campaignId, kind, title: doc.head.title, file: written, by: ctx.operator(), sealSha256: seal.sha256,
        blanks: blanks.length ? { labels: blanks, reason } : null,
      });
    } catch (e) {
      fs.rmSync(written, { force: true });
      throw e;
    }
    return { file: written, blanks };
  };

  return {
    'documents.list': ({ campaign }) => listDocuments(ctx.db, campaign, ctx.today()),
    'documents.get': ({ campaign, kind }) => getDraft(ctx.db, campaign, kind, clock()),
    'documents.redraft': ({ campaign, kind, reset }) => ctx.db.transaction(() => redraft(ctx.db, campaign, kind, reset, clock()))(),
    'documents.save': ({ campaign, kind, doc }) => saveDraft(ctx.db, campaign, kind, doc, ctx.operator(), clock()),
    'documents.preview': ({ campaign, kind, doc }) =>
      preview(doc ? checkDocument(doc, kind) : currentDocument(ctx.db, campaign, kind, ctx.today()).doc),
    'documents.export': ({ campaign, kind, format, stamped, allowBlanks, reason }) => exportDocument(campaign, kind, format, stamped, { allowBlanks, reason }),
    'documents.settings': () => getDocumentSettings(ctx.db),
    'documents.setSettings': (settings) => setDocumentSettings(ctx.db, settings),
    'documents.seal': () => sealView(ctx.db),
    'documents.importSeal': async ({ diameterMm }) => {
      const [file] = await ctx.dialogs.openFiles({
        title: '导入印章图片',
        filters: [{ name: '背景透明的 PNG 图片', extensions: ['png'] }],
        multiple: false,
      });
      if (!file) return null;
      return importSeal(ctx.db, readSealFile(file), file, diameterMm, ctx.operator(), ctx.stamp());
    },
    'documents.setSealDiameter': ({ diameterMm }) => setSealDiameter(ctx.db, diameterMm),
    'documents.removeSeal': () => {
      removeSeal(ctx.db);
      return null;
    },
    'documents.sealLog': ({ page }) => sealLog(ctx.db, page ?? 1),
  };
}
