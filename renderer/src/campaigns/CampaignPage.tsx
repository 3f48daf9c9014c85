// One campaign: its tabs are part of the route so that links and Back work.
import { Tabs } from '@mantine/core';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { call } from '../api';
import { CampaignHeader } from './CampaignHeader';
import { ChecklistsTab } from './ChecklistsTab';
import { OverviewTab } from './OverviewTab';
import { SourceTab } from './SourceTab';
import { StatsTab } from './StatsTab';
import { TasksTab } from './TasksTab';
import { CAMPAIGN_TABS, campaignHref, isCampaignTab, tabLabel, type CampaignTab } from '../lib/campaignTabs';
import { useFocusElement } from './useFocusElement';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../lib/useApi';

export function CampaignPage() {
  const { id = '', tab } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const focus = params.get('focus');
  const detail = useApi(() => call('campaigns.get', { id }), [id]);
  const active: CampaignTab = isCampaignTab(tab) ? tab : 'overview';
  useFocusElement(focus, detail.state === 'done' ? active : null);

  if (tab !== undefined && !isCampaignTab(tab)) return <Navigate to={campaignHref(id)} replace />;
  if (detail.state === 'loading') return <LoadingBlock rows={6} label="正在加载专项行动" />;
  if (detail.state === 'error') {
    return (
      <>
        <PageHeader title="专项行动" />
        <ErrorAlert message={detail.message} title="未能打开这项专项行动" />
      </>
    );
  }
  const { summary, file, retired } = detail.value;
  const counts: Partial<Record<CampaignTab, number>> = {
    tasks: file.tasks.length,
    checklists: summary.counts.items,
    stats: file.tables.length,
  };
  return (
    <>
      <CampaignHeader summary={summary} windowTitle={`${tabLabel[active]} - ${summary.title}`} />
      <Tabs
        value={active}
        onChange={(v) => {
          if (v && isCampaignTab(v)) void navigate(campaignHref(id, v));
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {CAMPAIGN_TABS.map((t) => (
            <Tabs.Tab key={t} value={t} data-testid={`tab-${t}`}>
              {tabLabel[t]}
              {counts[t] !== undefined && <span className="zc-tab-count">{counts[t]}</span>}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab file={file} retired={retired} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks">
          <TasksTab tasks={file.tasks} focus={focus} />
        </Tabs.Panel>
        <Tabs.Panel value="checklists">
          <ChecklistsTab checklists={file.checklists} focus={focus} />
        </Tabs.Panel>
        <Tabs.Panel value="stats">
          <StatsTab tables={file.tables} focus={focus} />
        </Tabs.Panel>
        <Tabs.Panel value="source">
          <SourceTab source={file.source} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
