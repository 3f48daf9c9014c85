// 整改进展: dated entries, oldest first, and a form to add one (not once signed off).
// What is typed and not yet recorded lives in a draft the page owns (progressDraft.ts);
// Ctrl+Enter records it, Enter starts a new line.
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ProblemDetail } from '../../../shared/ledger';
import { call } from '../api';
import { DateField } from '../components/DateField';
import { ErrorAlert } from '../components/ErrorAlert';
import { useAppInfo } from '../lib/AppInfoProvider';
import { errorMessage } from '../lib/errors';
import { momentText } from '../lib/format';
import { chineseDate } from '../../../shared/dates';
import type { ProgressDraftState } from './progressDraft';

interface Props {
  detail: ProblemDetail;
  readOnly: boolean;
  draft: ProgressDraftState;
  onAdded: (detail: ProblemDetail) => void;
}

export function ProgressSection({ detail, readOnly, draft: d, onAdded }: Props) {
  const { today } = useAppInfo().info;
  const { text, onDate } = d.draft;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (!onDate || !text.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      onAdded(await call('ledger.addProgress', { id: detail.problem.id, onDate, text: text.trim() }));
      d.clear();
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
              <Text size="sm" fw={600} w={100} style={{ flexShrink: 0 }}>
                {chineseDate(e.onDate)}
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
          {d.restored && d.pending && (
            <Alert color="yellow" variant="light" py={6} data-testid="progress-restored">
              上次填写、尚未记录的进展已恢复，点“记录进展”保存。
            </Alert>
          )}
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <DateField aria-label="进展日期" w={130} clearable={false} value={onDate} onChange={(v) => d.setDraft({ text, onDate: v })} maxDate={today}
              placeholder="YYYY-MM-DD" data-testid="progress-date" />
            <Textarea
              aria-label="整改进展"
              placeholder="如：已完成收费项目自查，退还多收费用 1.2 万元（Ctrl+Enter 记录）"
              size="xs"
              autosize
              minRows={1}
              maxRows={6}
              maxLength={2000}
              value={text}
              onChange={(e) => d.setDraft({ text: e.currentTarget.value, onDate })}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void add();
                }
              }}
              style={{ flex: 1 }}
              data-testid="progress-text"
            />
            <Button loading={busy} disabled={!onDate || !text.trim()} onClick={() => void add()} data-testid="add-progress" title="Ctrl+Enter">
              记录进展
            </Button>
          </Group>
          {error && <ErrorAlert message={error} title="未能记录" />}
        </Stack>
      )}
    </Stack>
  );
}
