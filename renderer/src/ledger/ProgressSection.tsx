// 整改进展: dated entries, oldest first, and a form to add one (not once signed off).
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ProblemDetail } from '../../../shared/ledger';
import { call } from '../api';
import { DateField } from '../components/DateField';
import { ErrorAlert } from '../components/ErrorAlert';
import { useAppInfo } from '../lib/AppInfoProvider';
import { errorMessage } from '../lib/errors';
import { momentText } from '../lib/format';

interface Props {
  detail: ProblemDetail;
  readOnly: boolean;
  onAdded: (detail: ProblemDetail) => void;
}

export function ProgressSection({ detail, readOnly, onAdded }: Props) {
  const { today } = useAppInfo().info;
  const [onDate, setOnDate] = useState<string | null>(today);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (!onDate || !text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      onAdded(await call('ledger.addProgress', { id: detail.problem.id, onDate, text: text.trim() }));
      setText('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      {detail.progress.length === 0 ? (
        <Text size="sm" c="dimmed">
          还没有整改进展。{readOnly ? '' : '每做完一步，在下面记一笔：日期和做了什么。'}
        </Text>
      ) : (
        <Stack gap={6} data-testid="progress-list">
          {detail.progress.map((e) => (
            <Group key={e.id} gap="sm" wrap="nowrap" align="flex-start" className="zc-entry" data-testid="progress-entry">
              <Text size="sm" fw={600} w={86} style={{ flexShrink: 0 }}>
                {e.onDate}
              </Text>
              <Text size="sm" className="zc-prewrap" style={{ flex: 1, minWidth: 0 }}>
                {e.text}
              </Text>
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }} title={`记录于 ${momentText(e.at)}`}>
                {e.by}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {!readOnly && (
        <Stack gap={6} data-testid="progress-form">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <DateField aria-label="进展日期" w={130} clearable={false} value={onDate} onChange={setOnDate} maxDate={today} placeholder="YYYY-MM-DD" data-testid="progress-date" />
            <Textarea
              aria-label="整改进展"
              placeholder="如：已完成收费项目自查，退还多收费用 1.2 万元"
              size="xs"
              autosize
              minRows={1}
              maxRows={6}
              maxLength={2000}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              style={{ flex: 1 }}
              data-testid="progress-text"
            />
            <Button loading={busy} disabled={!onDate || !text.trim()} onClick={() => void add()} data-testid="add-progress">
              记录进展
            </Button>
          </Group>
          {error && <ErrorAlert message={error} title="未能记录" />}
        </Stack>
      )}
    </Stack>
  );
}
