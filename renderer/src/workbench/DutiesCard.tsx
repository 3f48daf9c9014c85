// 报送情况: per campaign, how many reports are sent and how many are overdue, the
// next one to send; and, at the top, what falls due within 10 days.
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { chineseDate } from '../../../shared/dates';
import { calendarKindLabel } from '../../../shared/duties';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { SectionCard } from '../components/SectionCard';
import { useAppInfo } from '../lib/AppInfoProvider';
import { dueInText } from '../lib/format';
import { useApi } from '../lib/useApi';

export function DutiesCard() {
  const counts = useApi(() => call('duties.counts'), []);
  return (
    <SectionCard title="报送情况" testId="duties-card" extra={<Anchor component={Link} to="/duties" size="sm">报送台账</Anchor>}>
      {counts.state === 'error' && <ErrorAlert message={counts.message} title="报送情况未能加载" />}
      {counts.state === 'done' && counts.value.length === 0 && (
        <Text size="sm" c="dimmed">各专项行动没有写明报送要求。</Text>
      )}
      {counts.state === 'done' && counts.value.length > 0 && (
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>专项行动</Table.Th>
              <Table.Th w={70}>已报送</Table.Th>
              <Table.Th w={80}>逾期未报</Table.Th>
              <Table.Th>下一项</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {counts.value.map((c) => (
              <Table.Tr key={c.campaignId} data-testid="duties-count" data-campaign={c.campaignId} data-sent={c.sent} data-total={c.total}>
                <Table.Td>
                  <Anchor component={Link} to={`/duties?campaign=${encodeURIComponent(c.campaignId)}`} size="sm" lineClamp={1} title={c.campaignTitle}>
                    {c.campaignTitle}
                  </Anchor>
                </Table.Td>
                <Table.Td><Text size="sm">{c.sent}/{c.total}</Text></Table.Td>
                <Table.Td>{c.overdue > 0 ? <Badge color="red" variant="light">{c.overdue}</Badge> : <Text size="sm" c="gray.5">0</Text>}</Table.Td>
                <Table.Td><Text size="xs" lineClamp={1}>{c.next ? `${chineseDate(c.next.due)} ${c.next.title}` : '全部已报送'}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}

/** 10 天内到期: listed when the app starts (the shell also shows a system notification). */
export function DueSoonCard() {
  const { today } = useAppInfo().info;
  const soon = useApi(() => call('duties.dueSoon'), []);
  if (soon.state !== 'done' || soon.value.length === 0) return null;
  return (
    <SectionCard title={`10 天内到期（${soon.value.length} 项）`} testId="due-soon" extra={<Anchor component={Link} to="/duties/calendar" size="sm">日历</Anchor>}>
      <Stack gap={6}>
        {soon.value.map((e) => (
          <Group key={e.uid} gap="xs" wrap="nowrap" data-testid="due-soon-entry">
            <Text size="sm" fw={700} w={110} style={{ flexShrink: 0 }}>{chineseDate(e.date).replace(/^\d+年/, '')}</Text>
            <Badge size="sm" color={e.date === today ? 'red' : 'orange'} variant="light" style={{ flexShrink: 0 }}>{dueInText(today, e.date)}</Badge>
            <Badge size="sm" variant="outline" color="gray" style={{ flexShrink: 0 }}>{calendarKindLabel[e.kind]}</Badge>
            <Anchor component={Link} to={e.link} size="sm" lineClamp={1}>{e.title.replace(/^[^：]+：/, '')}</Anchor>
          </Group>
        ))}
      </Stack>
    </SectionCard>
  );
}
