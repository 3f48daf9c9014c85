// The one contract (DESIGN.md "One contract, three doors"): every channel, the zod
// schema of its input and the type of its output. Electron IPC, the test harness
// and the CLI all validate with these schemas and answer with a Result.
// Each feature's channels live in shared/channels/<feature>.ts, named as its folder
// in electron/core, and every name starts with `<feature>.` (tests/unit/channelOwners.test.ts).
import type { z } from 'zod';
import type { ChannelName } from './bridge';
import type { AppErrorData } from './errors';
import { appChannels } from './channels/app';
import { backupChannels } from './channels/backup';
import { campaignsChannels } from './channels/campaigns';
import { casesChannels } from './channels/cases';
import { documentsChannels } from './channels/documents';
import { dutiesChannels } from './channels/duties';
import { fontsChannels } from './channels/fonts';
import { inspectionChannels } from './channels/inspection';
import { ledgerChannels } from './channels/ledger';
import { lockChannels } from './channels/lock';
import { orgChannels } from './channels/org';
import { statsChannels } from './channels/stats';

export type { AppInfo } from './channels/app';
export type { ImportOutcome } from './channels/campaigns';
export type { TotalsView } from './channels/ledger';
export type { OrgView } from './channels/org';

/** Every feature's channels, by feature (the name each of its channels starts with). */
export const featureChannels = {
  app: appChannels,
  backup: backupChannels,
  campaigns: campaignsChannels,
  cases: casesChannels,
  documents: documentsChannels,
  duties: dutiesChannels,
  fonts: fontsChannels,
  inspection: inspectionChannels,
  ledger: ledgerChannels,
  lock: lockChannels,
  org: orgChannels,
  stats: statsChannels,
} as const;

export type Feature = keyof typeof featureChannels;

export const channels = {
  ...appChannels,
  ...backupChannels,
  ...campaignsChannels,
  ...casesChannels,
  ...documentsChannels,
  ...dutiesChannels,
  ...fontsChannels,
  ...inspectionChannels,
  ...ledgerChannels,
  ...lockChannels,
  ...orgChannels,
  ...statsChannels,
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

// Compile-time proof that every feature's channels start with its name.
type Misnamed = { [F in Feature]: Exclude<keyof (typeof featureChannels)[F], `${F}.${string}`> }[Feature];
const noMisnamed: Same<Misnamed, never> = true;
void noMisnamed;
