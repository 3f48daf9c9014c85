// Pages that work on one campaign (统计报表, 文书) open on the campaign running today,
// rather than on "请先选择…", when the address names none.
import { useEffect, useRef } from 'react';
import { campaignStatus, type CampaignSummary } from '../../../shared/catalog';
import { useAppInfo } from './AppInfoProvider';

/** The running campaign that started last (the one the office is working on), or null. */
export function runningCampaign(list: CampaignSummary[], today: string): CampaignSummary | null {
  const running = list.filter((c) => campaignStatus(c.period, today) === 'running');
  return running.sort((a, b) => (b.period.start ?? '').localeCompare(a.period.start ?? ''))[0] ?? null;
}

/** Once the list is loaded and nothing is chosen, chooses the running campaign; only once, so clearing the choice sticks. */
export function useRunningCampaignDefault(list: CampaignSummary[] | null, chosen: string | null, choose: (id: string) => void): void {
  const { today } = useAppInfo().info;
  const done = useRef(false);
  useEffect(() => {
    if (!list || done.current) return;
    done.current = true;
    const c = chosen ? null : runningCampaign(list, today);
    if (c) choose(c.id);
  }, [list, chosen, choose, today]);
}
