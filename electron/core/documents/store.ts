// Drafts of a campaign's documents: drafted from the records, saved as the officer
// edits them, refreshed from the records without losing overrides or edited text.
// A saved figure keeps the value the records gave when it was last drafted, so a
// changed record shows as `stale` until the draft is refreshed.
import type { DocumentDraft, DocumentSummary } from '../../../shared/channels/documents';
import { nextDue } from '../../../shared/catalog';
import { isRealDate } from '../../../shared/dates';
import {
  DOCUMENT_KINDS, officialDocumentSchema, type Attachment, type Block, type DocumentKind, type Inline, type OfficialDocument,
} from '../../../shared/document';
import { AppError, fromZodError } from '../../../shared/errors';
import { resolveCampaignId } from '../campaigns/catalog';
import { campaignCasesOpened, type CaseLedgerRow } from '../cases/reads';
import type { Db } from '../db/open';
import type { Row as TableRow } from '../db/rows';
import { get, run, sql } from '../db/sql';
import { getOrg } from '../org/org';
import { summaryAttachments } from './attachments';
import { draftGroupNotice } from './drafts/group';
import { draftCaseLedger } from './drafts/caseLedger';
import { draftInventory } from './drafts/inventory';
import { draftLetter } from './drafts/letter';
import { allProblems } from '../ledger/query';
import type { DraftInput } from './drafts/kit';
import { draftSummary } from './drafts/summary';
import { draftWorkplan } from './drafts/workplan';
import { FIGURE_LABELS, campaignFigures } from './figures';
import { getDocumentSettings } from './settings';

export interface Clock {
  today: string;
  /** ISO moment, UTC. */
  at: string;
}

function draftInput(db: Db, campaignId: string, today: string): DraftInput {
  const org = getOrg(db);
  return {
    figures: campaignFigures(db, campaignId, today),
    settings: getDocumentSettings(db),
    hospital: org.hospital,
    departments: org.departments.map((d) => d.name),
    today,
  };
}

/** The cases linked to the campaign and opened in its period: those its figures count; oldest first. */
function periodCases(db: Db, campaignId: string, input: DraftInput): CaseLedgerRow[] {
  const p = input.figures.period;
  return p ? campaignCasesOpened(db, campaignId, p.start, p.end) : [];
}

/** A new draft from the records; `withAttachments` false spares the tables where only the text is counted. */
export function freshDocument(db: Db, campaignId: string, kind: DocumentKind, today: string, withAttachments = true): OfficialDocument {
  const input = draftInput(db, campaignId, today);
  if (kind === 'workplan') return draftWorkplan(input);
  if (kind === 'group') return draftGroupNotice(input);
  // The letter sends the summary as it stands, the officer's edits included.
  if (kind === 'letter') return draftLetter(input, currentDocument(db, campaignId, 'summary', today).doc);
  if (kind === 'inventory') return draftInventory(input, allProblems(db, { campaignId }, today));
  if (kind === 'caseledger') return draftCaseLedger(input, periodCases(db, campaignId, input));
  return draftSummary(input, withAttachments ? summaryAttachments(input.figures) : []);
}

type Row = Pick<TableRow<'document_draft'>, 'doc_json' | 'drafted_at' | 'edited_at'>;

function savedRow(db: Db, campaignId: string, kind: DocumentKind): Row | undefined {
  return get<Row>(db, sql`SELECT doc_json, drafted_at, edited_at FROM document_draft WHERE campaign_id = ${campaignId} AND kind = ${kind}`);
}

function inlinesOf(blocks: Block[]): Inline[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : b.kind === 'heading' ? (b.runOn ?? []) : []));
}

export function allInlines(doc: OfficialDocument): Inline[] {
  return [...inlinesOf(doc.body), ...doc.attachments.flatMap((a) => inlinesOf(a.blocks))];
}

/** Figures whose records now say something else: key → the new value ('' where the records no longer give one). */
export function staleFigures(doc: OfficialDocument, values: Record<string, string>): Record<string, string> {
  const stale: Record<string, string> = {};
  for (const run of allInlines(doc)) {
    if (run.kind !== 'figure') continue;
    const now = values[run.key] ?? '';
    if (now !== run.value) stale[run.key] = now;
  }
  return stale;
}

function refreshBlocks(blocks: Block[], values: Record<string, string>): Block[] {
  const refresh = (runs: Inline[]) => runs.map((r) => (r.kind === 'figure' && values[r.key] !== undefined ? { ...r, value: values[r.key] as string } : r));
  return blocks.map((b) => (b.kind === 'paragraph' ? { ...b, runs: refresh(b.runs) } : b.kind === 'heading' && b.runOn ? { ...b, runOn: refresh(b.runOn) } : b));
}

/** Record-made attachments are replaced by their fresh versions (matched by title); the officer's own stay. */
function refreshAttachments(saved: Attachment[], fresh: Attachment[]): Attachment[] {
  const byTitle = new Map(fresh.map((a) => [a.title, a]));
  const kept = saved.map((a) => byTitle.get(a.title) ?? a);
  return [...kept, ...fresh.filter((a) => !saved.some((s) => s.title === a.title))];
}

function store(db: Db, campaignId: string, doc: OfficialDocument, draftedAt: string, edited: { at: string; by: string } | null): void {
  run(
    db,
    sql`INSERT INTO document_draft (campaign_id, kind, doc_json, drafted_at, edited_at, edited_by)
     VALUES (${campaignId}, ${doc.kind}, ${JSON.stringify(doc)}, ${draftedAt}, ${edited?.at ?? null}, ${edited?.by ?? null})
     ON CONFLICT(campaign_id, kind) DO UPDATE SET doc_json = excluded.doc_json, drafted_at = excluded.drafted_at,
       edited_at = coalesce(excluded.edited_at, edited_at), edited_by = coalesce(excluded.edited_by, edited_by)`,
  );
}

export function getDraft(db: Db, ref: string, kind: DocumentKind, clock: Clock): DocumentDraft {
  const campaignId = resolveCampaignId(db, ref);
  const row = savedRow(db, campaignId, kind);
  if (!row) return { campaignId, doc: freshDocument(db, campaignId, kind, clock.today), draftedAt: clock.at, editedAt: null, stale: {} };
  const doc = officialDocumentSchema.parse(JSON.parse(row.doc_json));
  const { values } = campaignFigures(db, campaignId, clock.today);
  return { campaignId, doc, draftedAt: row.drafted_at, editedAt: row.edited_at, stale: staleFigures(doc, values) };
}

/**
 * Brings a saved draft's figures and attachments up to date and stores it; the
 * returned `stale` names the figures this refresh changed. `reset` throws the
 * saved draft away and drafts anew.
 */
export function redraft(db: Db, ref: string, kind: DocumentKind, reset: boolean, clock: Clock): DocumentDraft {
  const campaignId = resolveCampaignId(db, ref);
  const row = savedRow(db, campaignId, kind);
  if (reset || !row) {
    run(db, sql`DELETE FROM document_draft WHERE campaign_id = ${campaignId} AND kind = ${kind}`);
    return { campaignId, doc: freshDocument(db, campaignId, kind, clock.today), draftedAt: clock.at, editedAt: null, stale: {} };
  }
  const saved = officialDocumentSchema.parse(JSON.parse(row.doc_json));
  const fresh = freshDocument(db, campaignId, kind, clock.today);
  const { values } = campaignFigures(db, campaignId, clock.today);
  const doc: OfficialDocument = {
    ...saved,
    body: refreshBlocks(saved.body, values),
    attachments: refreshAttachments(saved.attachments.map((a) => ({ ...a, blocks: refreshBlocks(a.blocks, values) })), fresh.attachments),
  };
  store(db, campaignId, doc, clock.at, null);
  return { campaignId, doc, draftedAt: clock.at, editedAt: row.edited_at, stale: staleFigures(saved, values) };
}

/** What the schema cannot say: the kind, unique block ids, a real date, figures the records know. */
export function checkDocument(input: unknown, kind: DocumentKind): OfficialDocument {
  const parsed = officialDocumentSchema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, '文书内容');
  const doc = parsed.data;
  if (doc.kind !== kind) throw new AppError('wrongKind', `文书类型不符：应为“${DOCUMENT_KINDS[kind]}”，收到的是“${DOCUMENT_KINDS[doc.kind]}”`, 'doc.kind');
  if (!doc.head.title.trim()) throw new AppError('titleRequired', '请填写文书标题', 'doc.head.title');
  if (!doc.head.signature.trim()) throw new AppError('signatureRequired', '请填写发文机关署名', 'doc.head.signature');
  if (!isRealDate(doc.head.date)) throw new AppError('invalidDate', `成文日期“${doc.head.date}”不是真实存在的日期`, 'doc.head.date');
  const ids = new Set<string>();
  for (const b of [...doc.body, ...doc.attachments.flatMap((a) => a.blocks)]) {
    if (ids.has(b.id)) throw new AppError('duplicateBlock', `文书中有两段内容的编号都是“${b.id}”`, 'doc.body');
    ids.add(b.id);
  }
  for (const run of allInlines(doc)) {
    if (run.kind === 'figure' && !(run.key in FIGURE_LABELS) && !/^(problems\.openBy\.|problems\.openByCategory\.|table\.)/.test(run.key)) {
      throw new AppError('unknownFigure', `数字“${run.key}”不是自查通能从记录中得出的数字；请改为普通文字`, 'doc.body');
    }
  }
  return doc;
}

export function saveDraft(db: Db, ref: string, kind: DocumentKind, input: unknown, who: string, clock: Clock): DocumentDraft {
  const campaignId = resolveCampaignId(db, ref);
  const doc = checkDocument(input, kind);
  const draftedAt = savedRow(db, campaignId, kind)?.drafted_at ?? clock.at;
  store(db, campaignId, doc, draftedAt, { at: clock.at, by: who });
  const { values } = campaignFigures(db, campaignId, clock.today);
  return { campaignId, doc, draftedAt, editedAt: clock.at, stale: staleFigures(doc, values) };
}

/** The saved draft, or a fresh one. */
export function currentDocument(db: Db, ref: string, kind: DocumentKind, today: string): { campaignId: string; doc: OfficialDocument } {
  const campaignId = resolveCampaignId(db, ref);
  const row = savedRow(db, campaignId, kind);
  return { campaignId, doc: row ? officialDocumentSchema.parse(JSON.parse(row.doc_json)) : freshDocument(db, campaignId, kind, today) };
}

const DUTY_OF: Record<DocumentKind, RegExp> = { summary: /总结/, workplan: /方案/, group: /领导小组/, letter: /总结/, inventory: /清查|清理/, caseledger: /案件/ };
const FORMAT_NAMES: Record<string, string> = { docx: 'Word', pdf: 'PDF', stampedPdf: '盖章 PDF', xlsx: 'Excel', electronic: '电子版', paper: '纸质' };

export function listDocuments(db: Db, ref: string, today: string): DocumentSummary[] {
  const campaignId = resolveCampaignId(db, ref);
  const input = draftInput(db, campaignId, today);
  const file = input.figures.file;
  return (Object.keys(DOCUMENT_KINDS) as DocumentKind[]).map((kind) => {
    const duty = file.duties.find((d) => DUTY_OF[kind].test(d.title));
    const due = duty ? nextDue(duty, file.period, today) : null;
    const notes = [...(duty?.formats ?? []).map((f) => FORMAT_NAMES[f] ?? f), ...(due ? [`${Number(due.slice(5, 7))}月${Number(due.slice(8, 10))}日前`] : [])];
    const row = savedRow(db, campaignId, kind);
    const doc = row
      ? officialDocumentSchema.parse(JSON.parse(row.doc_json))
      : kind === 'summary' ? draftSummary(input, []) : kind === 'workplan' ? draftWorkplan(input) : kind === 'letter' ? draftLetter(input, draftSummary(input, []))
        : kind === 'inventory' ? draftInventory(input, []) : kind === 'caseledger' ? draftCaseLedger(input, []) : draftGroupNotice(input);
    const runs = allInlines(doc);
    return {
      kind,
      label: `${DOCUMENT_KINDS[kind]}${notes.length ? `（${notes.join('，')}）` : ''}`,
      due,
      editedAt: row?.edited_at ?? null,
      // The head's marked blanks too (a 发文字号 the records cannot give).
      blanks: runs.filter((r) => r.kind === 'blank').length + Object.values(doc.head).filter((v) => typeof v === 'string' && v.includes('〔待填：')).length,
      overrides: runs.filter((r) => r.kind === 'figure' && r.override !== null).length,
    };
  });
}
