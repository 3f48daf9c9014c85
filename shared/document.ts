// The one document model (DESIGN.md "Documents"): a 公文 as blocks, drafted from
// the records and edited by the officer, written by one writer per format (docx,
// HTML printed to PDF by Chromium). Every writer reads this model and nothing else,
// so the docx and the PDF of one document say the same thing.
import { z } from 'zod';

export const DOCUMENT_KINDS = {
  summary: '工作情况总结',
  workplan: '工作方案',
  group: '领导小组通知',
  letter: '报送报告',
  inventory: '清查及整改情况报告',
  caseledger: '案件台账',
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
export const DOCUMENT_KIND_KEYS = Object.keys(DOCUMENT_KINDS) as [DocumentKind, ...DocumentKind[]];

/**
 * A piece of a paragraph. A `figure` is a number (or a name list) drawn from the
 * records and stays linked to them: redrafting refreshes `value` unless the officer
 * overrode it (`override` set; writers print the override). A `blank` is a marked
 * gap the records cannot fill; it prints as "〔待填：label〕" so it cannot pass
 * unnoticed, and never as an invented number.
 */
export const inlineSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: z.string().max(20_000) }),
  z.strictObject({
    kind: z.literal('figure'),
    /** Names the measure, e.g. "problems.total"; stable across redrafts. */
    key: z.string().min(1).max(100),
    /** What the records say, already formatted (e.g. "12", "3.50"). */
    value: z.string().max(2000),
    /** What the officer typed instead; printed in place of value. */
    override: z.string().max(2000).nullable(),
  }),
  z.strictObject({ kind: z.literal('blank'), label: z.string().min(1).max(100) }),
]);
export type Inline = z.infer<typeof inlineSchema>;

/** A table cell; spans follow HTML (a spanned-over cell is simply absent). */
export const docCellSchema = z.strictObject({
  text: z.string().max(5000),
  colSpan: z.number().int().min(1).max(50).optional(),
  rowSpan: z.number().int().min(1).max(1000).optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
  bold: z.boolean().optional(),
});
export type DocCell = z.infer<typeof docCellSchema>;

export const docTableSchema = z.strictObject({
  /** Relative column widths; writers scale them to the 版心 (or the landscape page). */
  widths: z.array(z.number().positive()).min(1).max(50),
  /** How many leading rows are the head, repeated on every page. */
  headRows: z.number().int().min(0).max(10),
  rows: z.array(z.array(docCellSchema).max(50)).max(20_000),
  /** Smaller type (4号 or less) for wide tables. */
  fontPt: z.number().min(8).max(16).optional(),
});
export type DocTable = z.infer<typeof docTableSchema>;

/**
 * Body blocks. Heading levels are those of GB/T 9704's body: 1 一、(黑体),
 * 2 （一）(楷体), 3 1.(仿宋), 4 （1）(仿宋). The numbering is part of the text, so
 * what the officer sees is what prints. A heading of level 2–4 may run on into
 * body text on the same line (`runOn`), as real summaries write them.
 */
export const blockSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('heading'),
    id: z.string().min(1).max(64),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    text: z.string().max(500),
    runOn: z.array(inlineSchema).max(500).optional(),
  }),
  z.strictObject({ kind: z.literal('paragraph'), id: z.string().min(1).max(64), runs: z.array(inlineSchema).max(500) }),
  z.strictObject({ kind: z.literal('table'), id: z.string().min(1).max(64), table: docTableSchema }),
]);
export type Block = z.infer<typeof blockSchema>;

export const attachmentSchema = z.strictObject({
  /** As listed in 附件说明 and printed centred on line 3 of the attachment's first page. */
  title: z.string().min(1).max(200),
  landscape: z.boolean(),
  blocks: z.array(blockSchema).max(5000),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** The header data, from 设置 and the campaign, changeable per document. */
export const documentHeadSchema = z.strictObject({
  /** 发文机关标志 (e.g. "××医院文件"); null for a 情况总结 sent as material (FORMATS.md §B). */
  issuerMark: z.string().max(100).nullable(),
  /** 发文字号, e.g. "××院发〔2025〕3号"; null when the document has none. */
  documentNumber: z.string().max(60).nullable(),
  /** 签发人 (upward documents only). */
  signer: z.string().max(40).nullable(),
  title: z.string().min(1).max(200),
  /** 主送机关, without the colon. */
  addressee: z.string().max(200).nullable(),
  /** 发文机关署名. */
  signature: z.string().min(1).max(100),
  /** 成文日期, ISO; written as 2025年1月8日. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type DocumentHead = z.infer<typeof documentHeadSchema>;

export const officialDocumentSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KIND_KEYS),
  head: documentHeadSchema,
  body: z.array(blockSchema).max(5000),
  attachments: z.array(attachmentSchema).max(20),
  /** 版记: 抄送 and 印发; null when the document has none. */
  colophon: z
    .strictObject({ copyTo: z.string().max(500).nullable(), printer: z.string().min(1).max(100), printedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
    .nullable(),
});
export type OfficialDocument = z.infer<typeof officialDocumentSchema>;

/** What a blank prints as. */
export function blankText(label: string): string {
  return `〔待填：${label}〕`;
}

/** The text an inline prints as, in every writer. */
export function inlineText(run: Inline): string {
  if (run.kind === 'text') return run.text;
  if (run.kind === 'figure') return run.override ?? run.value;
  return blankText(run.label);
}

/** 成文日期 as GB/T 9704 writes it: Arabic digits, full year, no zero padding. */
export function documentDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The plain text of a document in reading order — what both writers must print. */
export function documentPlainText(doc: OfficialDocument): string[] {
  const lines: string[] = [doc.head.title];
  if (doc.head.addressee) lines.push(`${doc.head.addressee}：`);
  const blockLines = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'heading') lines.push(b.text + (b.runOn ?? []).map(inlineText).join(''));
      else if (b.kind === 'paragraph') lines.push(b.runs.map(inlineText).join(''));
      else for (const row of b.table.rows) lines.push(row.map((c) => c.text).join(' '));
    }
  };
  blockLines(doc.body);
  doc.attachments.forEach((a, i) => lines.push(`${i === 0 ? '附件：' : ''}${doc.attachments.length > 1 ? `${i + 1}.` : ''}${a.title}`));
  lines.push(doc.head.signature, documentDate(doc.head.date));
  for (const [i, a] of doc.attachments.entries()) {
    lines.push(doc.attachments.length > 1 ? `附件${i + 1}` : '附件', a.title);
    blockLines(a.blocks);
  }
  return lines;
}

/** The 〔待填〕 a document still holds, each label once, in reading order: marked blanks and any left as text in the head. */
export function documentBlanks(doc: OfficialDocument): string[] {
  // The head's own fields count too: a 发文字号 left 〔待填〕 must stop a stamped export.
  const head = [doc.head.signature, doc.head.issuerMark ?? '', doc.head.documentNumber ?? '', doc.head.signer ?? ''];
  const text = [...documentPlainText(doc), ...head].join('\n');
  return [...new Set([...text.matchAll(/〔待填：([^〕]+)〕/g)].map((m) => m[1] ?? ''))];
}
