// 概况: the notice's particulars, its phases, what must be reported when, its sections that set
// no task (工作目标, 工作要求…), and retired elements.
import { DataList, Grid, Stack, Text } from '@mantine/core';
import type { CampaignFile } from '../../../shared/campaign';
import type { CampaignDetail } from '../../../shared/catalog';
import { chineseDate } from '../../../shared/dates';
import { SectionCard } from '../components/SectionCard';
import { kindLabel, periodText } from '../lib/format';
import { DutyList } from './DutyList';
import { NoticeSections } from './NoticeSections';
import { PhaseTimeline } from './PhaseTimeline';
import { RetiredList } from './RetiredList';

export function OverviewTab({ file, retired }: { file: CampaignFile; retired: CampaignDetail['retired'] }) {
  const rows: [string, string][] = [
    ['发文单位', file.issuers.join('、')],
    ['文号', file.docNumber ?? '无文号'],
    ['发文日期', file.issuedOn ? chineseDate(file.issuedOn) : '通知未注明'],
    ['整治期限', periodText(file.period)],
    ['适用范围', file.scope ?? '通知未注明'],
    ['类型', kindLabel[file.kind]],
  ];
  return (
    <Stack gap="md" data-testid="overview">
      <SectionCard title="基本信息">
        <DataList size="sm" labelWidth="5.5em" gap={6}>
          {rows.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue>
                {value}
                {label === '整治期限' && file.period.original && (
                  <Text size="xs" c="dimmed">
                    原文：{file.period.original}
                  </Text>
                )}
              </DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      </SectionCard>
      <Grid gap="md" align="stretch">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SectionCard title="工作阶段">
            {file.phases.length === 0 ? (
              <Text size="sm" c="dimmed">
                本通知没有划分工作阶段。
              </Text>
            ) : (
              <PhaseTimeline phases={file.phases} />
            )}
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <SectionCard title="报送要求">
            {file.duties.length === 0 ? (
              <Text size="sm" c="dimmed">
                本通知没有规定报送要求。
              </Text>
            ) : (
              <DutyList file={file} />
            )}
          </SectionCard>
        </Grid.Col>
      </Grid>
      {file.sections?.length ? <NoticeSections sections={file.sections} /> : null}
      {retired.length > 0 && <RetiredList retired={retired} />}
    </Stack>
  );
}
