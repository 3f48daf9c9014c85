// The one contract (DESIGN.md "One contract, three doors"): every channel, the zod
// schema of its input and the type of its output. Electron IPC, the test harness
// and the CLI all validate with these schemas and answer with a Result.
import { z } from 'zod';
import type { CampaignDetail, CampaignSummary, SearchHit } from './catalog';
import type { ChannelName } from './bridge';
import type { AppErrorData } from './errors';

/** A phantom marker carrying a channel's output type. */
const returns = <T>() => undefined as unknown as T;

const noInput = z.undefined();
const campaignRef = z.strictObject({ id: z.string().trim().min(1, '不能为空').max(200, '过长') });

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
    output: returns<{ hits: SearchHit[]; truncated: boolean }>(),
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
