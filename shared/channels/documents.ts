// The channels of 文书: drafts of a campaign's documents, their preview and export,
// the seal and its 用印记录, and the settings the document heads are drawn from.
import { z } from 'zod';
import { DOCUMENT_KIND_KEYS, officialDocumentSchema, type DocumentKind, type OfficialDocument } from '../document';
import { noInput, returns, shortText } from './common';

const campaign = z.string().trim().min(1, '请指定专项行动').max(200, '过长');
const kind = z.enum(DOCUMENT_KIND_KEYS);
const draftRef = z.strictObject({ campaign, kind });

export const GROUP_ROLES = ['组长', '副组长', '成员'] as const;

export const documentSettingsSchema = z.strictObject({
  /** 主送机关 of upward documents, e.g. "××市卫生健康委员会". */
  addressee: shortText(200),
  /** 发文机关标志, e.g. "××医院文件"; empty for none. */
  issuerMark: shortText(100),
  /** 签发人 of upward documents. */
  signer: shortText(40),
  /** 领导小组: members in order, each with the post they hold in the hospital. */
  group: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1, '请填写姓名').max(40, '姓名不能超过 40 个字'),
        post: shortText(60),
        role: z.enum(GROUP_ROLES),
      }),
    )
    .max(60, '领导小组成员不能超过 60 人'),
  /** Where the group's office sits and who heads it, e.g. "领导小组办公室设在院行风办，主任由×××兼任". */
  groupOffice: shortText(300),
});
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

export interface DocumentSummary {
  kind: DocumentKind;
  /** What the campaign's duties call it, e.g. "工作情况总结（Word 及盖章 PDF，12月10日前）". */
  label: string;
  /** The duty's due date when the campaign asks for this document, else null. */
  due: string | null;
  /** When the officer last saved an edit; null while it is still the untouched draft. */
  editedAt: string | null;
  /** Marked blanks still to fill. */
  blanks: number;
  /** Figures the officer overrode. */
  overrides: number;
}

export interface DocumentDraft {
  campaignId: string;
  doc: OfficialDocument;
  draftedAt: string;
  editedAt: string | null;
  /** Figures whose records changed since the officer saved: key → the records' new value. */
  stale: Record<string, string>;
}

export interface SealView {
  /** data:image/png;base64,… */
  dataUrl: string;
  diameterMm: number;
  importedAt: string;
}

export interface SealUse {
  id: number;
  at: string;
  campaignId: string;
  campaignTitle: string;
  kind: DocumentKind;
  title: string;
  file: string;
  by: string;
  /** Stamped while these blanks remained, for this reason (an override); null when none remained. */
  blanks: { labels: string[]; reason: string } | null;
}

export const documentsChannels = {
  'documents.list': { input: z.strictObject({ campaign }), output: returns<DocumentSummary[]>() },
  /** The saved draft, or a fresh one drafted from the records. */
  'documents.get': { input: draftRef, output: returns<DocumentDraft>() },
  /** Refreshes linked figures from the records, keeping overrides and edited text; `reset` drafts anew. */
  'documents.redraft': { input: draftRef.extend({ reset: z.boolean() }), output: returns<DocumentDraft>() },
  'documents.save': { input: draftRef.extend({ doc: officialDocumentSchema }), output: returns<DocumentDraft>() },
  /** The document (saved or as given) printed to PDF for the page preview: the PDF's bytes. */
  'documents.preview': {
    input: draftRef.extend({ doc: officialDocumentSchema.optional() }),
    output: returns<{ pdf: Uint8Array; pages: number }>(),
  },
  /** Asks where to save; null when cancelled. A stamped export asks the officer to confirm first (in the window) and is logged. */
  'documents.export': {
    input: draftRef.extend({
      format: z.enum(['docx', 'pdf']),
      stamped: z.boolean(),
      /** Stamp although blanks remain; only with a reason, which the 用印记录 keeps. */
      allowBlanks: z.boolean().optional(),
      reason: z.string().trim().max(500, '理由不能超过 500 个字').optional(),
    }),
    /** `blanks`: the 〔待填〕 left in the file written (a plain export warns of them). */
    output: returns<{ file: string; blanks: string[] } | null>(),
  },
  'documents.settings': { input: noInput, output: returns<DocumentSettings>() },
  'documents.setSettings': { input: documentSettingsSchema, output: returns<DocumentSettings>() },
  'documents.seal': { input: noInput, output: returns<SealView | null>() },
  /** Opens a file dialog for a PNG with transparency; null when cancelled. */
  'documents.importSeal': { input: z.strictObject({ diameterMm: z.number().min(20).max(60) }), output: returns<SealView | null>() },
  'documents.setSealDiameter': { input: z.strictObject({ diameterMm: z.number().min(20).max(60) }), output: returns<SealView>() },
  'documents.removeSeal': { input: noInput, output: returns<null>() },
  'documents.sealLog': {
    input: z.strictObject({ page: z.number().int().min(1).max(1_000_000).optional() }),
    output: returns<{ rows: SealUse[]; total: number }>(),
  },
} as const;
