// 登记报送: when, how, and what was sent — exports Zicha wrote (chosen from the
// export log, checked by hash) and/or scanned copies picked in the file dialog.
import { Checkbox, Modal, Select, Stack, Text, TextInput, Button, Group, ScrollArea } from '@mantine/core';
import { useState } from 'react';
import { chineseDate } from '../../../shared/dates';
import { SUBMISSION_VIAS, viaLabel, type DutyOccurrence, type ExportView, type SubmissionVia } from '../../../shared/duties';
import { call } from '../api';
import { DateField } from '../components/DateField';
import { ErrorAlert } from '../components/ErrorAlert';
import { useAppInfo } from '../lib/AppInfoProvider';
import { errorMessage } from '../lib/errors';
import { useApi } from '../lib/useApi';

interface Props {
  occurrence: DutyOccurrence;
  onClose: () => void;
  onDone: (o: DutyOccurrence) => void;
}

export function RecordModal({ occurrence: o, onClose, onDone }: Props) {
  const { today } = useAppInfo().info;
  const [on, setOn] = useState<string | null>(today);
  const [via, setVia] = useState<SubmissionVia>(o.addressee?.email ? 'email' : 'system');
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<number[]>([]);
  const [scans, setScans] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exports = useApi(() => call('duties.exports', { campaign: o.campaignId }), [o.campaignId]);
  const ready = on !== null && (chosen.length > 0 || scans);
  const submit = async () => {
    if (!on) return;
    setBusy(true);
    setError(null);
    try {
      const done = await call('duties.record', {
        campaignId: o.campaignId, dutyId: o.dutyId, due: o.due, submittedOn: on, via, note, exportIds: chosen, scans,
      });
      if (done) onDone(done);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const list: ExportView[] = exports.state === 'done' ? exports.value : [];
  return (
    <Modal opened onClose={onClose} title="登记报送" centered size="lg">
      <Stack gap="sm" data-testid="record-modal">
        <Text size="sm">
          <b>{o.title}</b>（{chineseDate(o.due)}到期{o.addressee ? `，报${o.addressee.name}` : ''}）
        </Text>
        <Group grow align="flex-start">
          <DateField label="报送日期" required clearable={false} placeholder="YYYY-MM-DD" value={on} onChange={setOn} maxDate={today} data-testid="record-on" />
          <Select
            label="报送方式"
            size="xs"
            allowDeselect={false}
            data={SUBMISSION_VIAS.map((v) => ({ value: v, label: viaLabel[v] }))}
            value={via}
            onChange={(v) => v && setVia(v as SubmissionVia)}
            data-testid="record-via"
          />
        </Group>
        <Text size="sm" fw={600}>
          报送的文件
        </Text>
        {exports.state === 'error' && <ErrorAlert message={exports.message} title="导出记录未能加载" />}
        {exports.state === 'done' && list.length === 0 && (
          <Text size="sm" c="dimmed">
            本专项行动还没有自查通导出的文书或表格；可在“文书”“统计报表”“问题台账”中导出，或添加盖章件扫描件。
          </Text>
        )}
        {list.length > 0 && (
          <ScrollArea.Autosize mah={200}>
            <Stack gap={6} data-testid="record-exports">
              {list.map((x) => (
                <Checkbox
                  key={x.id}
                  label={`${x.what} · ${x.file.split(/[\\/]/).pop()} · ${x.at.slice(0, 10)} 导出`}
                  description={`校验值 ${x.sha256.slice(0, 16)}…`}
                  checked={chosen.includes(x.id)}
                  onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, x.id] : chosen.filter((id) => id !== x.id))}
                  data-testid="record-export"
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Checkbox
          label="添加盖章件扫描件（登记时打开文件选择窗口）"
          checked={scans}
          onChange={(e) => setScans(e.currentTarget.checked)}
          data-testid="record-scans"
        />
        <TextInput label="说明" size="xs" maxLength={500} placeholder="可不填，如：已电话确认收到" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        {error && <ErrorAlert message={error} title="未能登记" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={busy} disabled={!ready} onClick={() => void submit()} data-testid="record-confirm">
            登记报送
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
