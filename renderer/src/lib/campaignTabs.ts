// The campaign page's tabs, part of the route: /campaigns/:id/:tab.
import type { SearchHitKind } from '../../../shared/catalog';

export const CAMPAIGN_TABS = ['overview', 'tasks', 'checklists', 'stats', 'source'] as const;
export type CampaignTab = (typeof CAMPAIGN_TABS)[number];

export const tabLabel: Record<CampaignTab, string> = {
  overview: '概况',
  tasks: '重点任务',
  checklists: '检查要点',
  stats: '统计表',
  source: '原文',
};

export function isCampaignTab(value: string | undefined): value is CampaignTab {
  return (CAMPAIGN_TABS as readonly string[]).includes(value ?? '');
}

export const tabOfHit: Record<SearchHitKind, CampaignTab> = { task: 'tasks', item: 'checklists', row: 'stats' };

export function campaignHref(id: string, tab: CampaignTab = 'overview', focus?: string): string {
  const base = `/campaigns/${encodeURIComponent(id)}/${tab}`;
  return focus ? `${base}?focus=${encodeURIComponent(focus)}` : base;
}
