// What the ledger pages need besides problems: departments and people (for filters,
// forms and history), the campaigns, and who is working (the default checker).
import type { OrgView } from '../../../shared/api';
import type { CampaignSummary } from '../../../shared/catalog';
import { call } from '../api';
import type { NameLookup } from './ledgerText';

export interface LedgerRefs {
  org: OrgView;
  campaigns: CampaignSummary[];
  operator: string;
}

export async function loadRefs(): Promise<LedgerRefs> {
  const [org, campaigns, settings] = await Promise.all([call('org.get'), call('campaigns.list'), call('org.operator')]);
  return { org, campaigns, operator: settings.operator };
}

export function namesOf(refs: LedgerRefs): NameLookup {
  return {
    departments: new Map(refs.org.departments.map((d) => [d.id, d.name])),
    people: new Map(refs.org.people.map((p) => [p.id, p.name])),
    campaigns: new Map(refs.campaigns.map((c) => [c.id, c.title])),
  };
}

export const departmentOptions = (refs: LedgerRefs) => refs.org.departments.map((d) => ({ value: d.id, label: d.name }));
export const campaignOptions = (refs: LedgerRefs) => refs.campaigns.map((c) => ({ value: c.id, label: c.title }));

/** The people of a department (or everyone when none is chosen), for 责任人. */
export function personOptions(refs: LedgerRefs, departmentId: number | null) {
  return refs.org.people
    .filter((p) => departmentId === null || p.departmentId === departmentId)
    .map((p) => ({ value: p.id, label: p.title ? `${p.name}（${p.title}）` : p.name }));
}
