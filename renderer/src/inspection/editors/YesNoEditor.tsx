// 有/无, with a way back to "not answered".
import { ActionIcon, Group, SegmentedControl, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { Raw } from '../answerDraft';

type YesNo = Extract<Raw, { kind: 'yesno' }>;

export function YesNoEditor({ raw, onChange }: { raw: YesNo; onChange: (raw: YesNo) => void }) {
  return (
    <Group gap={4} wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label="有或无"
        data={['有', '无']}
        value={raw.value}
        onChange={(v) => onChange({ kind: 'yesno', value: v === '有' || v === '无' ? v : '' })}
        color={raw.value === '有' ? 'red' : raw.value === '无' ? 'teal' : undefined}
        transitionDuration={0}
        w={96}
      />
      {raw.value && (
        <Tooltip label="清除答案" withArrow>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label="清除答案" onClick={() => onChange({ kind: 'yesno', value: '' })}>
            <IconX size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
