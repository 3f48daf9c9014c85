// What the workbench needs: the hospital, the campaigns, every duty's next due date,
// and the rounds of self-inspection.
import type { OrgView } from '../../../shared/api';
import { campaignStatus, nextDue, type CampaignSummary } from '../../../shared/catalog';
import type { RoundSummary } from '../../../shared/inspection';
import type { StatsDue } from '../../../shared/stats';
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
  statsDues: StatsDue[];
}

export async function loadWorkbench(today: string): Promise<WorkbenchData> {
  const [org, campaigns, rounds, statsDues] = await Promise.all([
    call('org.get'), call('campaigns.list'), call('inspection.rounds', {}), call('stats.dues'),
  ]);
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
    // A duty may be listed once per table group with the same words; one line each is enough.
    statsDues: statsDues.filter((d, i) => statsDues.findIndex((e) => e.campaignId === d.campaignId && e.text === d.text) === i),
  };
}
