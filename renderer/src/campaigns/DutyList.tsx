// 报送要求: each duty with its due date (or the monthly rule and its next date).
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { dutyAddressee } from '../../../shared/addressee';
import type { CampaignFile, Duty } from '../../../shared/campaign';
import { nextDue } from '../../../shared/catalog';
import { chineseDate } from '../../../shared/dates';
import { dutyStatusLabel, isSentStatus, type DutyOccurrence } from '../../../shared/duties';
import { call } from '../api';
import { useApi } from '../lib/useApi';
import { useAppInfo } from '../lib/AppInfoProvider';
import { dueInText, formatLabel } from '../lib/format';

function DueLine({ duty, period }: { duty: Duty; period: CampaignFile['period'] }) {
  const { today } = useAppInfo().info;
  const next = nextDue(duty, period, today);
  if (duty.recurrence?.kind === 'monthly') {
    return (
      <Text size="sm">
        <b>每月{duty.recurrence.day}日前</b>
        {next ? (
          <>
            {' · 下次：'}
            {chineseDate(next)}
            <Text span c="blue.7" size="xs" ml={6}>
              {dueInText(today, next)}
            </Text>
          </>
        ) : (
          <Text span c="dimmed" ml={6}>
            整治期限已过，不再报送
          </Text>
        )}
      </Text>
    );
  }
  if (!duty.due) return <Text size="sm">通知未规定报送日期</Text>;
  const past = duty.due < today;
  return (
    <Text size="sm">
      <b>{chineseDate(duty.due)}前</b>
      <Text span c={past ? 'dimmed' : 'blue.7'} size="xs" ml={6}>
        {dueInText(today, duty.due)}
      </Text>
    </Text>
  );
}

function AddresseeText({ file, duty }: { file: CampaignFile; duty: Duty }) {
  const to = dutyAddressee(file, duty);
  if (!to) return <Text size="sm" c="dimmed">报送至：通知未注明</Text>;
  const extra = [to.email && `邮箱 ${to.email}`, to.note].filter(Boolean).join('；');
  return (
    <Text size="sm" c="dimmed" title={to.original === to.name ? undefined : `通知原文：${to.original}`}>
      报送至：{to.name}
      {extra && `（${extra}）`}
    </Text>
  );
}

/** What the 报送台账 holds for the duty: sent of all, overdue, the next one open. */
function DutyProgress({ campaignId, occurrences }: { campaignId: string; occurrences: DutyOccurrence[] }) {
  if (occurrences.length === 0) return null;
  const sent = occurrences.filter((o) => isSentStatus(o.status)).length;
  const overdue = occurrences.filter((o) => o.status === 'overdue').length;
  const single = occurrences.length === 1 ? occurrences[0]! : null;
  const text = single ? dutyStatusLabel[single.status] : `已报送 ${sent}/${occurrences.length} 次${overdue ? `，逾期未报 ${overdue} 次` : ''}`;
  return (
    <Anchor component={Link} to={`/duties?campaign=${encodeURIComponent(campaignId)}`} size="xs" c={overdue ? 'red.7' : sent === occurrences.length ? 'green.7' : 'blue.7'} data-testid="duty-progress">
      报送台账：{text}
    </Anchor>
  );
}

export function DutyList({ file }: { file: CampaignFile }) {
  const occurrences = useApi(() => call('duties.list', { campaign: file.id }), [file.id]);
  const of = (dutyId: string) => (occurrences.state === 'done' ? occurrences.value.filter((o) => o.dutyId === dutyId) : []);
  const names = new Map<string, string>([
    ...file.tables.map((t): [string, string] => [t.id, t.title]),
    ...file.checklists.map((c): [string, string] => [c.id, c.title]),
  ]);
  return (
    <Stack gap="sm" data-testid="duties">
      {file.duties.map((d) => (
        <Stack key={d.id} gap={3} className="zc-duty" data-testid={`duty-${d.id}`}>
          <Text fw={600} size="sm">
            {d.title}
          </Text>
          <DueLine duty={d} period={file.period} />
          <DutyProgress campaignId={file.id} occurrences={of(d.id)} />
          <Group gap={6}>
            {d.formats.map((f) => (
              <Badge key={f} size="sm" variant="light" color="indigo">
                {formatLabel[f]}
              </Badge>
            ))}
            <AddresseeText file={file} duty={d} />
          </Group>
          {d.sends && d.sends.length > 0 && (
            <Text size="xs" c="dimmed">
              报送内容：{d.sends.map((id) => names.get(id) ?? id).join('；')}
            </Text>
          )}
          <Text size="xs" c="dimmed" className="zc-quote">
            原文：{d.original}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
