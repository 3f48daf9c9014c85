// One table for one period: the check summary, the export and the table itself.
import { Alert, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../api';
import { NoticeAlert, type Notice } from '../components/NoticeAlert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { useApi } from '../lib/useApi';
import { ExportStatsButton } from './ExportStatsButton';
import { StatsGrid } from './StatsGrid';

interface Props {
  campaignId: string;
  tableId: string;
  period: string;
}

export function StatsTablePanel({ campaignId, tableId, period }: Props) {
  const view = useApi(() => call('stats.compute', { campaign: campaignId, tableId, period }), [campaignId, tableId, period]);
  const [notice, setNotice] = useState<Notice | null>(null);
  if (view.state === 'loading') return <LoadingBlock rows={4} label="正在计算统计表" />;
  if (view.state === 'error') return <ErrorAlert message={view.message} title="统计表未能计算" />;
  const v = view.value;
  // Issues tied to a row are shown beside it; the rest only here.
  const loose = v.issues.filter((i) => i.rowId === null);
  return (
    <>
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        {v.issues.length > 0 ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={`${v.issues.length} 项检查未通过`} data-testid="stats-summary" style={{ flex: 1 }}>
            <Text size="sm">未通过的检查以红字标在对应行的右侧，请核对数据或手工修正后再导出。</Text>
            {loose.length > 0 && (
              <List size="sm" mt={4}>
                {loose.map((i, n) => (
                  <List.Item key={n}>{i.message}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        ) : (
          <Alert color="green" variant="light" icon={<IconCircleCheck size={18} />} title="全部检查通过" data-testid="stats-summary" style={{ flex: 1 }}>
            <Text size="sm">
              {v.period.label}的数字已按通知的要求核对（“其中”项不超过总数、人数为整数等），可以导出。
            </Text>
          </Alert>
        )}
        <ExportStatsButton campaignId={campaignId} tableId={tableId} period={period} onNotice={setNotice} />
      </Group>
      <StatsGrid view={v} onSaved={view.set} />
    </>
  );
}
