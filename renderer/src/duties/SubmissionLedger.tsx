// The 报送台账 table: every occurrence with its due date, addressee, status and
// what was sent; 登记报送 on an open one, 退回 (with a reason) on a sent one.
import { Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { chineseDate } from '../../../shared/dates';
import { dutyStatusLabel, isSentStatus, viaLabel, type DutyOccurrence } from '../../../shared/duties';
import { warningLabel } from '../../../shared/ledger';
import { call } from '../api';
import { EmptyNote } from '../components/EmptyNote';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { TextPromptModal } from '../components/TextPromptModal';
import { formatLabel } from '../lib/format';
import { useApi } from '../lib/useApi';
import { md, statusColor, warningColor } from './labels';
import { RecordModal } from './RecordModal';

function SentCell({ o }: { o: DutyOccurrence }) {
  const s = o.submission;
  if (!s) return <Text size="xs" c="dimmed">{o.drafts.join('；') || '—'}</Text>;
  return (
    <Stack gap={0}>
      <Text size="xs">
        {chineseDate(s.submittedOn)} 经{viaLabel[s.via]}（{s.by}）
      </Text>
      {s.files.map((f) => (
        <Text key={f.position} size="xs" c="dimmed" title={`SHA-256 ${f.sha256}`}>
          {f.name}（{f.origin === 'scan' ? '扫描件' : '自查通导出'}）
        </Text>
      ))}
    </Stack>
  );
}

export function SubmissionLedger({ onChanged }: { onChanged: () => void }) {
  const [params, setParams] = useSearchParams();
  const campaign = params.get('campaign');
  const campaigns = useApi(() => call('campaigns.list'), []);
  const list = useApi(() => call('duties.list', campaign ? { campaign } : {}), [campaign]);
  const [recording, setRecording] = useState<DutyOccurrence | null>(null);
  const [reopening, setReopening] = useState<DutyOccurrence | null>(null);
  const replace = (o: DutyOccurrence) => {
    if (list.state === 'done') list.set(list.value.map((x) => (x.key === o.key ? o : x)));
    onChanged();
  };
  const options = campaigns.state === 'done'
    ? campaigns.value.map((c) => ({ value: c.id, label: c.docNumber ? `${c.docNumber} ${c.title}` : c.title }))
    : [];
  return (
    <Stack gap="sm">
      <Select
        label="专项行动"
        placeholder="全部专项行动"
        w={520}
        clearable
        searchable
        data={options}
        value={campaign}
        onChange={(v) => setParams(v ? { campaign: v } : {}, { replace: true })}
        data-testid="duties-campaign"
      />
      {list.state === 'loading' && <LoadingBlock rows={4} label="正在加载报送台账" />}
      {list.state === 'error' && <ErrorAlert message={list.message} title="报送台账未能加载" />}
      {list.state === 'done' && list.value.length === 0 && (
        <EmptyNote title="没有报送要求" description="专项行动的通知中写明的报送要求（报送什么、报给谁、何时报）会列在这里。可在“专项行动”中导入通知。" />
      )}
      {list.state === 'done' && list.value.length > 0 && (
        <Table striped highlightOnHover verticalSpacing={6} data-testid="duties-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>到期日</Table.Th>
              <Table.Th>报送事项</Table.Th>
              <Table.Th w={190}>报送对象</Table.Th>
              <Table.Th w={120}>状态</Table.Th>
              <Table.Th w={240}>报送情况</Table.Th>
              <Table.Th w={96}>操作</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.value.map((o) => (
              <Table.Tr key={o.key} data-testid="duty-row" data-key={o.key} data-status={o.status}>
                <Table.Td>
                  <Text size="sm" fw={600}>{chineseDate(o.due)}</Text>
                  {o.covers && <Text size="xs" c="dimmed">报 {Number(o.covers.slice(5))} 月</Text>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{o.title}</Text>
                  <Group gap={4} mt={2}>
                    <Text size="xs" c="dimmed">{o.docNumber ?? o.campaignTitle}</Text>
                    {o.formats.map((f) => (
                      <Badge key={f} size="xs" variant="light" color="indigo">{formatLabel[f]}</Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" title={o.addressee?.original}>{o.addressee?.name ?? '通知未注明'}</Text>
                  {o.addressee?.email && <Text size="xs" c="dimmed">{o.addressee.email}</Text>}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Badge color={statusColor[o.status]} variant="light" data-testid="duty-status">{dutyStatusLabel[o.status]}</Badge>
                    {o.warning && o.warning !== 'red' && (
                      <Badge size="xs" color={warningColor[o.warning]} variant="outline">{warningLabel[o.warning]}</Badge>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td><SentCell o={o} /></Table.Td>
                <Table.Td>
                  {isSentStatus(o.status) ? (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => setReopening(o)} data-testid="duty-reopen">退回</Button>
                  ) : (
                    <Button size="compact-xs" variant="light" onClick={() => setRecording(o)} data-testid="duty-record">登记报送</Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {recording && (
        <RecordModal
          occurrence={recording}
          onClose={() => setRecording(null)}
          onDone={(o) => {
            setRecording(null);
            replace(o);
          }}
        />
      )}
      {reopening && (
        <TextPromptModal
          opened
          title="退回报送记录"
          confirmLabel="退回"
          label="退回原因"
          placeholder="如：上级退回修改、报送材料有误需重报"
          maxLength={500}
          fieldTestId="reopen-reason"
          testId="reopen-confirm"
          onClose={() => setReopening(null)}
          onConfirm={async (reason) => {
            replace(await call('duties.reopen', { campaignId: reopening.campaignId, dutyId: reopening.dutyId, due: reopening.due, reason }));
          }}
        >
          <Text size="sm">
            “{reopening.title}”（{md(reopening.due)}到期）将改回未报送，原报送记录和文件保留在历史中。
          </Text>
        </TextPromptModal>
      )}
    </Stack>
  );
}
