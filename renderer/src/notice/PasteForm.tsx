// The text box both readers start from (专项行动 → 新建, 问题台账 → 从反馈意见导入):
// paste the text or open a file, then read it. A refusal is shown above the
// buttons and keeps the text; the text itself lives in the page, so it is still
// there when the officer comes back from the review.
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconFileText, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';

interface Props<T> {
  text: string;
  onText: (text: string) => void;
  label: string;
  placeholder: string;
  openLabel: string;
  parseLabel: string;
  /** The file chooser and reader; null when cancelled. */
  open: () => Promise<T | null>;
  parse: (text: string) => Promise<T | null>;
  onRead: (result: T) => Promise<void> | void;
  testIds: { text: string; error: string; open: string; parse: string };
}

export function PasteForm<T>({ text, onText, label, placeholder, openLabel, parseLabel, open, parse, onRead, testIds }: Props<T>) {
  const [busy, setBusy] = useState<'parse' | 'open' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (kind: 'parse' | 'open', get: () => Promise<T | null>) => {
    setBusy(kind);
    setError(null);
    try {
      const result = await get();
      if (result) await onRead(result);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder p="md" maw={1000}>
      <Stack gap="sm">
        <Textarea
          label={label}
          placeholder={placeholder}
          autosize
          minRows={14}
          maxRows={28}
          value={text}
          onChange={(e) => onText(e.currentTarget.value)}
          data-testid={testIds.text}
        />
        {error && <ErrorAlert title="未能识别" message={error} data-testid={testIds.error} />}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {text.length ? `${text.length.toLocaleString('zh-CN')} 字` : ''}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconFileText size={16} />}
              loading={busy === 'open'}
              disabled={busy !== null}
              onClick={() => void run('open', open)}
              data-testid={testIds.open}
            >
              {openLabel}
            </Button>
            <Button
              leftSection={<IconWand size={16} />}
              loading={busy === 'parse'}
              disabled={busy !== null || !text.trim()}
              onClick={() => void run('parse', () => parse(text))}
              data-testid={testIds.parse}
            >
              {parseLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
