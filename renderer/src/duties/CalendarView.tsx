// One calendar of everything dated — duties, task deadlines, phases, round due
// dates, rectification deadlines — as a month grid or a list, with the 20/10-day
// and overdue warnings.
import { ActionIcon, Anchor, Badge, Box, Group, SegmentedControl, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { chineseDate, isoOf } from '../../../shared/dates';
import { calendarKindLabel, type CalendarEntry } from '../../../shared/duties';
import { warningLabel } from '../../../shared/ledger';
import { EmptyNote } from '../components/EmptyNote';
import { useAppInfo } from '../lib/AppInfoProvider';
import { warningColor } from './labels';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** Whether an entry is on a day: its date, or within a phase's span. */
const onDay = (e: CalendarEntry, day: string) => (e.end ? e.date <= day && day <= e.end : e.date === day);

function entryColor(e: CalendarEntry): string {
  if (e.done) return 'gray';
  if (e.warning) return warningColor[e.warning];
  return e.kind === 'phase' ? 'grape' : 'blue';
}

/** In a day's cell a kind takes two characters, so that 整改时限：WT2020-0037 does not lose its number to the ellipsis. */
const SHORT_KIND: Record<CalendarEntry['kind'], string> = { duty: '报送', task: '任务', phase: '阶段', round: '自查', rectification: '整改' };

function shortTitle(e: CalendarEntry): string {
  const prefix = `${calendarKindLabel[e.kind]}：`;
  return e.title.startsWith(prefix) ? `${SHORT_KIND[e.kind]} ${e.title.slice(prefix.length)}` : e.title;
}

function EntryLine({ e, compact }: { e: CalendarEntry; compact?: boolean }) {
  return (
    <Group gap={4} wrap="nowrap" data-testid="calendar-entry" data-kind={e.kind} data-uid={e.uid} data-done={e.done ? 'yes' : 'no'}>
      <Box w={6} h={6} style={{ borderRadius: 3, flexShrink: 0, background: `var(--mantine-color-${entryColor(e)}-6)` }} />
      <Anchor component={Link} to={e.link} size="xs" c={e.done ? 'dimmed' : undefined} td={e.done ? 'line-through' : undefined} lineClamp={compact ? 1 : undefined} title={e.title}>
        {compact ? shortTitle(e) : e.title}
      </Anchor>
    </Group>
  );
}

function MonthGrid({ month, entries, today }: { month: string; entries: CalendarEntry[]; today: string }) {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => isoOf(y, m, i + 1))];
  while (cells.length % 7) cells.push(null);
  return (
    <SimpleGrid cols={7} spacing={2} verticalSpacing={2} data-testid="calendar-month">
      {WEEKDAYS.map((w) => (
        <Text key={w} size="xs" ta="center" c="dimmed" fw={600}>周{w}</Text>
      ))}
      {cells.map((day, i) => {
        if (!day) return <Box key={`blank-${i}`} />;
        const here = entries.filter((e) => (e.kind === 'phase' ? e.date === day : onDay(e, day)));
        return (
          <Box
            key={day}
            p={4}
            mih={84}
            data-testid="calendar-day"
            data-day={day}
            style={{
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 4,
              background: day === today ? 'var(--mantine-color-blue-0)' : undefined,
            }}
          >
            <Text size="xs" fw={day === today ? 700 : 500}>{Number(day.slice(8))}</Text>
            <Stack gap={1}>
              {here.slice(0, 4).map((e) => <EntryLine key={e.uid} e={e} compact />)}
              {here.length > 4 && <Text size="xs" c="dimmed">另有 {here.length - 4} 项</Text>}
            </Stack>
          </Box>
        );
      })}
    </SimpleGrid>
  );
}

function ListView({ entries }: { entries: CalendarEntry[] }) {
  if (entries.length === 0) return <EmptyNote title="本月没有事项" description="换一个月份看看，或关闭“只看未完成”。" />;
  return (
    <Table verticalSpacing={4} data-testid="calendar-list">
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.uid}>
            <Table.Td w={170}><Text size="sm">{e.end ? `${chineseDate(e.date)} 至 ${chineseDate(e.end)}` : chineseDate(e.date)}</Text></Table.Td>
            <Table.Td w={80}><Badge size="sm" variant="light" color={e.kind === 'duty' ? 'indigo' : 'gray'}>{calendarKindLabel[e.kind]}</Badge></Table.Td>
            <Table.Td>
              <EntryLine e={e} />
              {e.campaignTitle && <Text size="xs" c="dimmed">{e.campaignTitle}</Text>}
            </Table.Td>
            <Table.Td w={110}>
              {e.done ? <Badge size="sm" color="gray" variant="light">已完成</Badge> : e.warning && <Badge size="sm" color={warningColor[e.warning]} variant="light">{warningLabel[e.warning]}</Badge>}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function CalendarView({ entries }: { entries: CalendarEntry[] }) {
  const { today } = useAppInfo().info;
  const [month, setMonth] = useState(today.slice(0, 7));
  const [view, setView] = useState<'month' | 'list'>('month');
  const [openOnly, setOpenOnly] = useState(false);
  const shift = (n: number) => {
    const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + n];
    setMonth(isoOf(y + Math.floor(m / 12), ((m % 12) + 12) % 12 + 1, 1).slice(0, 7));
  };
  const last = `${month}-31`;
  const shown = entries.filter((e) => (!openOnly || !e.done) && e.date <= last && (e.end ?? e.date) >= `${month}-01`);
  const overdue = entries.filter((e) => !e.done && e.warning === 'red').length;
  return (
    <Stack gap="sm" data-testid="calendar" data-month={month}>
      <Group justify="space-between">
        <Group gap="xs">
          <ActionIcon variant="default" onClick={() => shift(-1)} aria-label="上个月" data-testid="calendar-prev"><IconChevronLeft size={16} /></ActionIcon>
          <Text fw={700} w={100} ta="center" data-testid="calendar-title">{Number(month.slice(0, 4))}年{Number(month.slice(5))}月</Text>
          <ActionIcon variant="default" onClick={() => shift(1)} aria-label="下个月" data-testid="calendar-next"><IconChevronRight size={16} /></ActionIcon>
          <Anchor size="sm" component="button" onClick={() => setMonth(today.slice(0, 7))}>今天</Anchor>
        </Group>
        <Group gap="md">
          {overdue > 0 && <Badge color="red" variant="light">{overdue} 项已逾期</Badge>}
          <Switch size="xs" label="只看未完成" checked={openOnly} onChange={(e) => setOpenOnly(e.currentTarget.checked)} />
          <SegmentedControl size="xs" value={view} onChange={(v) => setView(v as 'month' | 'list')} data={[{ value: 'month', label: '月视图' }, { value: 'list', label: '列表' }]} data-testid="calendar-view" />
        </Group>
      </Group>
      {view === 'month' ? <MonthGrid month={month} entries={shown} today={today} /> : <ListView entries={shown} />}
    </Stack>
  );
}
