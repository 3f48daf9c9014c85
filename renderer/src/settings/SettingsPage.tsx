import { Grid, Stack } from '@mantine/core';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../lib/useApi';
import { AboutCard } from './AboutCard';
import { BackupCard } from './BackupCard';
import { DepartmentsCard } from './DepartmentsCard';
import { DocumentSettingsCard } from './DocumentSettingsCard';
import { FontsCard } from './FontsCard';
import { HospitalCard } from './HospitalCard';
import { LockCard } from './LockCard';
import { OperatorCard } from './OperatorCard';
import { PeopleCard } from './PeopleCard';
import { SampleDataCard } from './SampleDataCard';
import { SealCard } from './SealCard';

export function SettingsPage() {
  const org = useApi(() => call('org.get'), []);
  return (
    <>
      <PageHeader title="设置" description="本院信息、科室和人员，文书和印章，当前操作人，应用锁和数据备份，示例数据，以及本机数据文件的位置。" />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 7 }}>
          {org.state === 'loading' && <LoadingBlock rows={3} label="正在加载本院信息" />}
          {org.state === 'error' && <ErrorAlert message={org.message} title="本院信息未能加载" />}
          {org.state === 'done' && (
            <Stack gap="md">
              <HospitalCard hospital={org.value.hospital} onSaved={org.set} />
              <DepartmentsCard departments={org.value.departments} people={org.value.people} onSaved={org.set} />
              <PeopleCard people={org.value.people} departments={org.value.departments} onSaved={org.set} />
              <DocumentSettingsCard />
              <FontsCard />
            </Stack>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <OperatorCard />
            <SealCard />
            <LockCard />
            <BackupCard onReplaced={org.reload} />
            <SampleDataCard />
            <AboutCard />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
