// A row's save state: 保存中… / 已保存 / why it is not saved; otherwise who last answered.
import { Text } from '@mantine/core';
import { momentText } from '../lib/format';
import type { SaveStatus } from './saveRegistry';

interface Props {
  elementId: string;
  status: SaveStatus;
  updatedBy: string | null;
  updatedAt: string | null;
}

export function SaveStatusText({ elementId, status, updatedBy, updatedAt }: Props) {
  const testId = `answer-status-${elementId}`;
  switch (status.state) {
    case 'pending':
    case 'saving':
      return (
        <Text size="xs" c="blue.7" data-testid={testId} data-state={status.state}>
          保存中…
        </Text>
      );
    case 'saved':
      return (
        <Text size="xs" c="green.8" data-testid={testId} data-state="saved">
          已保存
        </Text>
      );
    case 'invalid':
      return (
        <Text size="xs" c="orange.9" data-testid={testId} data-state="invalid" role="alert">
          未保存：{status.message}
        </Text>
      );
    case 'error':
      return (
        <Text size="xs" c="red.8" data-testid={testId} data-state="error" role="alert" className="zc-prewrap">
          保存失败：{status.message}（已保留填写的内容，按 Ctrl+S 重试）
        </Text>
      );
    case 'idle':
      return (
        <Text size="xs" c="dimmed" data-testid={testId} data-state="idle">
          {updatedBy && updatedAt ? `${updatedBy} 填写于 ${momentText(updatedAt)}` : ''}
        </Text>
      );
  }
}
