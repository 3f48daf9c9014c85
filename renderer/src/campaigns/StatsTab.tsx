// 统计表: every statistics table drawn as the notice's annex draws it.
import { Stack } from '@mantine/core';
import type { StatisticsTable } from '../../../shared/campaign';
import { EmptyNote } from '../components/EmptyNote';
import { StatTable } from './StatTable';

export function StatsTab({ tables, focus }: { tables: StatisticsTable[]; focus: string | null }) {
  if (tables.length === 0) {
    return <EmptyNote title="本通知没有统计表" description="这份通知没有要求按表格报送数据。" />;
  }
  return (
    <Stack gap="lg" data-testid="stat-tables">
      {tables.map((t) => (
        <StatTable key={t.id} table={t} focus={focus} />
      ))}
    </Stack>
  );
}
