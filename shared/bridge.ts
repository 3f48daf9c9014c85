// The names of the channels and the function that turns them into window.zicha.
// Kept apart from shared/api.ts (and zod) so that the sandboxed preload stays small;
// shared/api.ts checks at compile time that its channels are exactly these.
export const channelNames = [
  'app.info',
  'campaigns.list',
  'campaigns.get',
  'campaigns.search',
  'campaigns.import',
  'campaigns.export',
  'org.get',
  'org.saveHospital',
  'org.saveDepartment',
  'org.deleteDepartment',
  'org.savePerson',
  'org.deletePerson',
  'settings.get',
  'settings.setOperator',
  'inspection.rounds',
  'inspection.createRound',
  'inspection.round',
  'inspection.saveAnswer',
  'inspection.setApplicable',
  'inspection.assign',
  'inspection.close',
  'inspection.reopen',
  'inspection.flagProblem',
  'inspection.exportWorkbooks',
  'inspection.planImport',
  'inspection.applyImport',
  'ledger.list',
  'ledger.totals',
  'ledger.warnings',
  'ledger.get',
  'ledger.create',
  'ledger.update',
  'ledger.action',
  'ledger.addProgress',
  'ledger.export',
  'ledger.print',
  'ledger.importTemplate',
  'ledger.planImport',
  'ledger.applyImport',
  'ledger.evidenceList',
  'ledger.evidenceAdd',
  'ledger.evidenceRemove',
  'ledger.evidenceRestore',
  'ledger.evidencePreview',
  'ledger.evidenceOpen',
  'evidence.list',
  'evidence.add',
  'evidence.preview',
  'evidence.open',
  'evidence.remove',
  'evidence.restore',
  'clues.list',
  'clues.get',
  'clues.create',
  'clues.update',
  'clues.dispose',
  'cases.list',
  'cases.get',
  'cases.create',
  'cases.update',
  'cases.delete',
  'stats.tables',
  'stats.compute',
  'stats.setManual',
  'stats.setMeasure',
  'stats.records',
  'stats.check',
  'stats.exportXlsx',
  'stats.dues',
  'sample.open',
  'sample.close',
] as const;

export type ChannelName = (typeof channelNames)[number];

/**
 * Builds window.zicha from the channel names and a transport. Self-contained on
 * purpose: the harness serialises it into the page and preload calls it, so both
 * doors define exactly the same object.
 */
export function buildBridge(names: readonly string[], invoke: (channel: string, input: unknown) => Promise<unknown>) {
  const bridge: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of names) bridge[name] = (input?: unknown) => invoke(name, input);
  return Object.freeze(bridge);
}
