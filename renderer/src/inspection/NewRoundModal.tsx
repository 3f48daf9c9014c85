// 新建自查轮次: which campaign, the round's name, the period it covers and when it
// must be finished; creating it opens the round.
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { campaignStatus, campaignStatusLabel, type CampaignStatus, type CampaignSummary } from '../../../shared/catalog';
import type { RoundSummary } from '../../../shared/inspection';
import { call } from '../api';
import { chineseDate } from '../../../shared/dates';
import { DateField } from '../components/DateField';
import { ErrorAlert } from '../components/ErrorAlert';
import { useAppInfo } from '../lib/AppInfoProvider';
import { errorMessage } from '../lib/errors';
import { defaultRoundName } from './roundName';
import { roundHref } from '../lib/navigation';

interface Props {
  campaigns: CampaignSummary[];
  rounds: RoundSummary[];
  /** The campaign to start on (开始自查 on its page); otherwise the first running one. */
  campaignId?: string | null;
  onClose: () => void;
}

const ORDER: CampaignStatus[] = ['running', 'upcoming', 'undated', 'over'];

export function NewRoundModal({ campaigns, rounds, campaignId, onClose }: Props) {
  const { today } = useAppInfo().info;
  const navigate = useNavigate();
  const usable = campaigns.filter((c) => c.counts.items + c.counts.tasks > 0);
  const first =
    usable.find((c) => c.id === campaignId) ?? ORDER.map((st) => usable.find((c) => campaignStatus(c.period, today) === st)).find(Boolean) ?? null;
  const [campaign, setCampaign] = useState<CampaignSummary | null>(first);
  const [name, setName] = useState(first ? defaultRoundName(first, rounds) : '');
  const [start, setStart] = useState<string | null>(first?.period.start ?? null);
  const [end, setEnd] = useState<string | null>(first?.period.end ?? null);
  const [due, setDue] = useState<string | null>(null);
  // A year that builds on the last: an earlier round's 不适用 reasons and assignments, not its answers.
  const [from, setFrom] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = (id: string | null) => {
    const c = usable.find((x) => x.id === id) ?? null;
    if (campaign && name === defaultRoundName(campaign, rounds)) setName(c ? defaultRoundName(c, rounds) : '');
    setCampaign(c);
    setFrom(null);
    setStart(c?.period.start ?? null);
    setEnd(c?.period.end ?? null);
  };
  const badPeriod = start !== null && end !== null && end < start;
  // The core refuses a due date outside the campaign's period; say so at the field first.
  const cp = campaign?.period;
  const dueOutside = due !== null && !!cp && ((cp.start !== null && due < cp.start) || (cp.end !== null && due > cp.end));
  const alreadyOpen = campaign ? rounds.filter((r) => r.campaignId === campaign.id && r.status === 'open') : [];
  const create = async () => {
    if (!campaign) return;
    setBusy(true);
    setError(null);
    try {
      const fields = { name: name.trim(), periodStart: start, periodEnd: end, dueOn: due };
      const round = from
        ? await call('inspection.createRoundFrom', { fromRoundId: Number(from), ...fields })
        : await call('inspection.createRound', { campaignId: campaign.id, ...fields });
      onClose();
      void navigate(roundHref(round.id));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  const data = ORDER.map((st) => ({
    group: campaignStatusLabel[st],
    items: usable.filter((c) => campaignStatus(c.period, today) === st).map((c) => ({ value: c.id, label: c.title })),
  })).filter((g) => g.items.length > 0);

  return (
    <Modal opened onClose={onClose} title="新建自查轮次" size="lg" centered>
      <Stack gap="sm" data-testid="new-round-form">
        <Text size="sm" c="dimmed">
          选择要自查的专项行动，系统会按它的检查要点和重点任务列出需要逐项填报的内容。
        </Text>
        <Select label="专项行动" size="xs" required searchable data={data} value={campaign?.id ?? null} onChange={choose} allowDeselect={false} maxDropdownHeight={320} data-testid="round-campaign" />
        <TextInput label="轮次名称" required value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={100} data-testid="round-name" />
        <SimpleGrid cols={3} spacing="sm">
          <DateField label="自查期间：开始" value={start} onChange={setStart} />
          <DateField label="自查期间：结束" value={end} onChange={setEnd} minDate={start ?? undefined} error={badPeriod ? '结束日期早于开始日期' : undefined} />
          <DateField label="完成时限" value={due} onChange={setDue} data-testid="round-due"
            error={dueOutside && cp ? `应在专项行动期限内（${cp.start ? chineseDate(cp.start) : '未定'} 至 ${cp.end ? chineseDate(cp.end) : '未定'}）` : undefined} />
        </SimpleGrid>
        {rounds.some((r) => r.campaignId === campaign?.id) && (
          <Select
            label="沿用以往轮次"
            description="沿用所选轮次的适用范围（不适用项及原因）和科室分工；自查结果须重新填报"
            size="xs"
            clearable
            placeholder="不沿用，从头开始"
            data={rounds.filter((r) => r.campaignId === campaign?.id).map((r) => ({ value: String(r.id), label: r.name }))}
            value={from}
            onChange={setFrom}
            data-testid="round-from"
          />
        )}
        {alreadyOpen.length > 0 && (
          <Alert color="yellow" variant="light" py="xs" data-testid="round-already-open">
            这项专项行动已有进行中的自查轮次：{alreadyOpen.map((r) => `“${r.name}”`).join('、')}。同一项专项行动通常只开一轮；确需再开一轮（如分批自查）再继续。
          </Alert>
        )}
        {error && <ErrorAlert message={error} title="未能新建" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={busy} disabled={!campaign || !name.trim() || badPeriod || dueOutside} onClick={() => void create()} data-testid="create-round">
            新建并开始填报
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
