import { Grid, Stack } from '@mantine/core';
import dayjs from 'dayjs';
import { chineseDate } from '../../../shared/dates';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { useAppInfo } from '../lib/AppInfoProvider';
import { useApi } from '../lib/useApi';
import { BackupCard } from './BackupCard';
import { DueSoonCard, DutiesCard } from './DutiesCard';
import { GettingStartedCard } from './GettingStartedCard';
import { loadWorkbench } from './loadWorkbench';
import { OpenRoundsCard } from './OpenRoundsCard';
import { RunningCard } from './RunningCard';
import { StatsDuesCard } from './StatsDuesCard';
import { UpcomingDuesCard } from './UpcomingDuesCard';
import { WarningsCard } from './WarningsCard';

export function WorkbenchPage() {
  const { today } = useAppInfo().info;
  const data = useApi(() => loadWorkbench(today), [today]);
  const weekday = dayjs(today).format('dddd');
  const hospital = data.state === 'done' ? data.value.org.hospital?.name : undefined;
  return (
    <>
      <PageHeader
        title={hospital ? `${hospital} · 工作台` : '工作台'}
        windowTitle="工作台"
        description={`欢迎使用自查通。今天是 ${chineseDate(today)}（${weekday}）。`}
      />
      {data.state === 'loading' && <LoadingBlock rows={3} label="正在加载工作台" />}
      {data.state === 'error' && <ErrorAlert message={data.message} title="工作台未能加载" />}
      {data.state === 'done' && (
        <Stack gap="md" data-testid="workbench">
          {!data.value.org.hospital && <GettingStartedCard campaignCount={data.value.campaigns.length} />}
          <DueSoonCard />
          <Grid gap="md" align="flex-start">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="md">
                <OpenRoundsCard rounds={data.value.rounds} />
                <RunningCard running={data.value.running} upcoming={data.value.upcoming} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="md">
                <WarningsCard />
                <BackupCard />
                <DutiesCard />
                <UpcomingDuesCard dues={data.value.dues} />
                <StatsDuesCard dues={data.value.statsDues} />
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </>
  );
}
