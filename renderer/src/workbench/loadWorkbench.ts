// What the workbench needs: the hospital, the campaigns, every duty's next due date,
// and the rounds of self-inspection.
import type { OrgView } from '../../../shared/api';
import { campaignStatus, nextDue, type CampaignSummary } from '../../../shared/catalog';
import type { RoundSummary } from '../../../shared/inspection';
import { call } from '../api';

export interface UpcomingDue {
  campaignId: string;
  campaignTitle: string;
  dutyId: string;
  title: string;
  date: string;
  monthly: boolean;
}

export interface WorkbenchData {
  org: OrgView;
  campaigns: CampaignSummary[];
  running: CampaignSummary[];
  upcoming: CampaignSummary[];
  dues: UpcomingDue[];
  rounds: RoundSummary[];
}

export async function loadWorkbench(today: string): Promise<WorkbenchData> {
  const [org, campaigns, rounds] = await Promise.all([call('org.get'), call('campaigns.list'), call('inspection.rounds', {})]);
  const details = await Promise.all(campaigns.map((c) => call('campaigns.get', { id: c.id })));
  const dues: UpcomingDue[] = [];
  for (const { summary, file } of details) {
    for (const duty of file.duties) {
      const date = nextDue(duty, file.period, today);
      if (date && date >= today) {
        dues.push({
          campaignId: summary.id,
          campaignTitle: summary.title,
          dutyId: duty.id,
          title: duty.title,
          date,
          monthly: duty.recurrence?.kind === 'monthly',
        });
      }
    }
  }
  dues.sort((a, b) => a.date.localeCompare(b.date) || a.campaignId.localeCompare(b.campaignId));
  const status = (c: CampaignSummary) => campaignStatus(c.period, today);
  return {
    org,
    campaigns,
    running: campaigns.filter((c) => status(c) === 'running'),
    upcoming: campaigns.filter((c) => status(c) === 'upcoming'),
    dues,
    rounds,
  };
}
