// The name a new round is given unless the officer types another.
import type { CampaignSummary } from '../../../shared/catalog';
import type { RoundSummary } from '../../../shared/inspection';

/** The campaign's title without "工作方案/工作要点/任务分工表" and the like. */
export function shortTitle(title: string): string {
  const short = title.replace(/(工作要点任务分工表|任务分工表|工作要点|工作方案|行动方案|实施方案|方案)$/, '');
  return short || title;
}

/** "… 自查", or "… 自查（第 2 轮）" when the campaign already has rounds. */
export function defaultRoundName(campaign: CampaignSummary, rounds: readonly RoundSummary[]): string {
  const earlier = rounds.filter((r) => r.campaignId === campaign.id).length;
  const base = `${shortTitle(campaign.title)}自查`;
  return earlier > 0 ? `${base}（第 ${earlier + 1} 轮）` : base;
}
