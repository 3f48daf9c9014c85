// 统计报表: pick a campaign with statistics tables, one of its tables and the
// period; the table below is filled from the records and the hand-entered figures.
import { Button, Group, Select, Stack } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { call } from '../api';
import { EmptyNote } from '../components/EmptyNote';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { useAppInfo } from '../lib/AppInfoProvider';
import { useApi } from '../lib/useApi';
import { periodFor } from './period';
import { PeriodPicker } from './PeriodPicker';
import { StatsTablePanel } from './StatsTablePanel';
import { useRunningCampaignDefault } from '../lib/runningCampaign';

export function StatsPage() {
  const { today } = useAppInfo().info;
  const [params, setParams] = useSearchParams();
  const campaigns = useApi(async () => (await call('campaigns.list')).filter((c) => c.counts.tables > 0), []);
  const campaignId = params.get('campaign');
  const tableId = params.get('table');
  const period = params.get('period') ?? periodFor('month', today);
  const tables = useApi(async () => (campaignId ? call('stats.tables', { campaign: campaignId }) : []), [campaignId]);
  // The choices live in the address, so going back returns to the same table.
  const choose = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const list = campaigns.state === 'done' ? campaigns.value : [];
  useRunningCampaignDefault(campaigns.state === 'done' ? campaigns.value : null, campaignId, (id) => choose({ campaign: id, table: null }));
  const campaign = list.find((c) => c.id === campaignId) ?? null;
  const tableList = tables.state === 'done' ? tables.value : [];
  const table = tableList.find((t) => t.tableId === tableId) ?? (tableList.length === 1 ? tableList[0] : null);
  return (
    <Stack gap="md" data-testid="stats-page">
      <PageHeader title="统计报表" description="按通知附件的格式汇总本院数据：大部分数字由线索、案件和自查记录自动计算，其余手工填写；导出前会自动核对。" />
      {campaigns.state === 'loading' && <LoadingBlock rows={2} label="正在加载专项行动" />}
      {campaigns.state === 'error' && <ErrorAlert message={campaigns.message} title="专项行动未能加载" />}
      {campaigns.state === 'done' && list.length === 0 && (
        <EmptyNote title="还没有带统计表的专项行动" description="导入要求报送统计表的通知后，可在这里填写和导出统计表。">
          <Button component={Link} to="/campaigns" variant="light">
            前往专项行动
          </Button>
        </EmptyNote>
      )}
      {list.length > 0 && (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label="专项行动"
            placeholder="请选择专项行动"
            w={420}
            searchable
            allowDeselect={false}
            data={list.map((c) => ({ value: c.id, label: c.docNumber ? `${c.docNumber} ${c.title}` : c.title }))}
            value={campaign?.id ?? null}
            onChange={(v) => choose({ campaign: v, table: null })}
            data-testid="stats-campaign"
          />
          {campaign && tableList.length > 0 && (
            <Select
              label="统计表"
              w={420}
              allowDeselect={false}
              data={tableList.map((t) => ({ value: t.tableId, label: `${t.annex ? `${t.annex} ` : ''}${t.title}` }))}
              value={table?.tableId ?? null}
              placeholder="请选择统计表"
              onChange={(v) => choose({ table: v })}
              data-testid="stats-table"
            />
          )}
          {campaign && <PeriodPicker period={period} today={today} start={campaign.period.start} onChange={(p) => choose({ period: p })} />}
        </Group>
      )}
      {tables.state === 'error' && <ErrorAlert message={tables.message} title="统计表未能加载" />}
      {list.length > 0 && !campaign && <EmptyNote title="请先选择专项行动" description="上方列出了要求报送统计表的专项行动。" />}
      {campaign && tables.state === 'done' && !table && <EmptyNote title="请选择统计表" description="选择要填写的附件统计表和统计期。" />}
      {campaign && table && <StatsTablePanel key={`${table.tableId}:${period}`} campaignId={campaign.id} tableId={table.tableId} period={period} />}
    </Stack>
  );
}
