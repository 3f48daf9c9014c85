// A task's progress: its status (with the row's note beside it) and what has been done.
import { Select, Stack, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { PROGRESS_STATUSES, type ProgressStatus } from '../../../../shared/inspection';
import type { Raw } from '../answerDraft';

type Progress = Extract<Raw, { kind: 'progress' }>;

const isStatus = (v: string | null): v is ProgressStatus => (PROGRESS_STATUSES as readonly (string | null)[]).includes(v);

interface Props {
  raw: Progress;
  errorField: string | null;
  onChange: (raw: Progress) => void;
  /** The row's note input, put beside the status. */
  note: ReactNode;
}

export function ProgressEditor({ raw, errorField, onChange, note }: Props) {
  return (
    <Stack gap={6}>
      <div className="zc-progress-top">
        <Select
          aria-label="推进状态"
          size="xs"
          w={130}
          style={{ flexShrink: 0 }}
          placeholder="推进状态"
          data={[...PROGRESS_STATUSES]}
          value={raw.status || null}
          onChange={(v) => onChange({ ...raw, status: isStatus(v) ? v : '' })}
          clearable
          allowDeselect={false}
          error={errorField === 'status'}
          comboboxProps={{ withinPortal: true }}
        />
        {note}
      </div>
      <Textarea
        aria-label="完成情况"
        size="xs"
        placeholder="完成情况：做了什么、取得什么效果"
        autosize
        minRows={2}
        maxRows={8}
        value={raw.done}
        error={errorField === 'done'}
        onChange={(e) => onChange({ ...raw, done: e.currentTarget.value })}
      />
    </Stack>
  );
}
