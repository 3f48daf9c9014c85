// The one contract (DESIGN.md "One contract, three doors"): every channel, the zod
// schema of its input and the type of its output. Electron IPC, the test harness
// and the CLI all validate with these schemas and answer with a Result.
import { z } from 'zod';
import type { CampaignDetail, CampaignSummary, RecordHit, SearchHit } from './catalog';
import type { ChannelName } from './bridge';
import type { AppErrorData } from './errors';
import { answerValueSchema, type EvidenceView, type RoundDetail, type RoundSummary } from './inspection';
import type { WorkbookExport, WorkbookPlan } from './workbook';
import { isoDate, noInput, returns, rowId, shortText } from './channels/common';
import { ledgerChannels } from './channels/ledger';
import { caseChannels } from './channels/cases';
import { problemEvidenceChannels } from './channels/problemEvidence';
import { documentChannels } from './channels/documents';
import { noticeChannels } from './channels/notice';
import { feedbackChannels } from './channels/feedback';
import { backupChannels } from './channels/backup';
import { lockChannels } from './channels/lock';
import { yearOnYearChannels, dutyChannels } from './channels/duties';
import { fontChannels } from './channels/fonts';

export type { TotalsView } from './channels/ledger';

const campaignRef = z.strictObject({ id: z.string().trim().min(1, '不能为空').max(200, '过长') });
const elementIds = z.array(z.string().min(1).max(64)).min(1, '请至少选择一项').max(10_000);
const roundRef = z.strictObject({ roundId: rowId });
const evidenceRef = z.strictObject({ id: rowId });

export interface AppInfo {
  version: string;
  /** Which database the window shows: the office's own, or the sample one. */
  workspace: 'main' | 'sample';
  databaseFile: string;
  /** The office's calendar date (YYYY-MM-DD), from the app's clock. */
  today: string;
}

export interface OrgView {
  hospital: { name: string; level: string; category: string; ownership: string; region: string } | null;
  departments: { id: number; name: string; category: string }[];
  people: { id: number; name: string; departmentId: number | null; departmentName: string | null; title: string; phone: string }[];
}

export interface ImportOutcome {
  id: string;
  title: string;
  outcome: 'added' | 'updated' | 'unchanged';
}

export const channels = {
  'app.info': { input: noInput, output: returns<AppInfo>() },
  'campaigns.list': { input: noInput, output: returns<CampaignSummary[]>() },
  'campaigns.get': { input: campaignRef, output: returns<CampaignDetail>() },
  'campaigns.search': {
    input: z.strictObject({ query: z.string().max(100, '搜索词不能超过 100 个字') }),
    output: returns<{ hits: SearchHit[]; truncated: boolean; records: RecordHit[] }>(),
  },
  'campaigns.import': {
    input: z.strictObject({
      fileName: z.string().min(1).max(260),
      text: z.string().max(20 * 1024 * 1024, '文件超过 20 MB'),
    }),
    output: returns<ImportOutcome>(),
  },
  /** Asks where to save (a native dialog), then writes the campaign file; null when cancelled. */
  'campaigns.export': { input: campaignRef, output: returns<{ path: string } | null>() },
  'org.get': { input: noInput, output: returns<OrgView>() },
  'org.saveHospital': {
    input: z.strictObject({
      name: shortText(100), level: shortText(40), category: shortText(40), ownership: shortText(40), region: shortText(60),
    }),
    output: returns<OrgView>(),
  },
  'org.saveDepartment': {
    input: z.strictObject({ id: rowId.nullable(), name: shortText(40), category: shortText(20) }),
    output: returns<OrgView>(),
  },
  'org.deleteDepartment': { input: z.strictObject({ id: rowId }), output: returns<OrgView>() },
  'org.savePerson': {
    input: z.strictObject({
      id: rowId.nullable(), name: shortText(40), departmentId: rowId.nullable(), title: shortText(40), phone: shortText(40),
    }),
    output: returns<OrgView>(),
  },
  'org.deletePerson': { input: z.strictObject({ id: rowId }), output: returns<OrgView>() },
  'settings.get': { input: noInput, output: returns<{ operator: string }>() },
  'settings.setOperator': { input: z.strictObject({ operator: shortText(40) }), output: returns<{ operator: string }>() },
  'inspection.rounds': {
    input: z.strictObject({ campaignId: z.string().max(200).optional() }).optional(),
    output: returns<RoundSummary[]>(),
  },
  'inspection.createRound': {
    input: z.strictObject({
      campaignId: z.string().min(1).max(200),
      name: z.string().trim().min(1, '请填写轮次名称').max(100, '不能超过 100 个字'),
      periodStart: isoDate.nullable(),
      periodEnd: isoDate.nullable(),
      dueOn: isoDate.nullable(),
    }),
    output: returns<RoundSummary>(),
  },
  'inspection.round': { input: roundRef, output: returns<RoundDetail>() },
  'inspection.saveAnswer': {
    input: z.strictObject({
      roundId: rowId,
      elementId: z.string().min(1).max(64),
      value: answerValueSchema.nullable(),
      note: shortText(2000),
    }),
    output: returns<{ revision: number }>(),
  },
  'inspection.setApplicable': {
    input: z.strictObject({ roundId: rowId, elementIds, applicable: z.boolean(), reason: shortText(500) }),
    output: returns<null>(),
  },
  'inspection.assign': {
    input: z.strictObject({ roundId: rowId, elementIds, departmentId: rowId.nullable(), personId: rowId.nullable() }),
    output: returns<null>(),
  },
  'inspection.close': { input: roundRef, output: returns<RoundSummary>() },
  'inspection.reopen': { input: z.strictObject({ roundId: rowId, reason: shortText(500) }), output: returns<RoundSummary>() },
  'inspection.flagProblem': {
    input: z.strictObject({ roundId: rowId, elementId: z.string().min(1).max(64), summary: shortText(1000) }),
    output: returns<{ id: number }>(),
  },
  /** Asks which department workbooks to write and where (a folder dialog); null when cancelled. */
  'inspection.exportWorkbooks': {
    input: z.strictObject({ roundId: rowId, departmentIds: z.array(rowId).max(1000).optional() }),
    output: returns<{ folder: string; files: WorkbookExport[] } | null>(),
  },
  /** Asks for a filled workbook (a file dialog) and checks it without changing anything; null when cancelled. */
  'inspection.planImport': { input: noInput, output: returns<{ planId: string; plan: WorkbookPlan } | null>() },
  'inspection.applyImport': {
    input: z.strictObject({
      planId: z.string().min(1).max(100),
      choices: z.record(z.string().max(64), z.enum(['workbook', 'current'])),
    }),
    output: returns<{ applied: number; kept: number }>(),
  },
  ...ledgerChannels,
  ...problemEvidenceChannels,
  'evidence.list': {
    input: z.strictObject({ roundId: rowId, elementId: z.string().min(1).max(64).nullable(), includeRemoved: z.boolean() }),
    output: returns<EvidenceView[]>(),
  },
  /** Asks for files (a file dialog) and attaches them; empty when cancelled. */
  'evidence.add': {
    input: z.strictObject({ roundId: rowId, elementId: z.string().min(1).max(64) }),
    output: returns<EvidenceView[]>(),
  },
  'evidence.preview': { input: evidenceRef, output: returns<{ mime: string; dataUrl: string; name: string }>() },
  'evidence.open': { input: evidenceRef, output: returns<null>() },
  'evidence.remove': { input: evidenceRef, output: returns<EvidenceView>() },
  'evidence.restore': { input: evidenceRef, output: returns<EvidenceView>() },
  ...caseChannels,
  ...documentChannels,
  ...noticeChannels,
  ...feedbackChannels,
  ...backupChannels,
  ...lockChannels,
  ...dutyChannels,
  ...fontChannels,
  ...yearOnYearChannels,
  /** Builds (if needed) and switches to the separate sample database. */
  'sample.open': { input: noInput, output: returns<AppInfo>() },
  'sample.close': { input: noInput, output: returns<AppInfo>() },
} as const;

export type Channel = keyof typeof channels;
export type Input<C extends Channel> = z.input<(typeof channels)[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type Output<C extends Channel> = (typeof channels)[C]['output'];

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** What `window.zicha` looks like: one method per channel, each answering a Result. */
export type Bridge = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> };

// Compile-time proof that shared/bridge.ts lists exactly these channels.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameChannels: Same<Channel, ChannelName> = true;
void sameChannels;
