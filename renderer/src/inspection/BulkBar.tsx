// What to do with the selected rows: assign them to a department, set them aside
// as not applicable (with a reason), or bring them back.
import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { IconBan, IconCircleCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { DepartmentOption } from './rowTypes';

const UNASSIGNED = 'none';

interface Props {
  count: number;
  departments: DepartmentOption[];
  onAssign: (departmentId: number | null) => Promise<void>;
  onNotApplicable: () => void;
  onApplicable: () => Promise<void>;
  onClear: () => void;
}

export function BulkBar({ count, departments, onAssign, onNotApplicable, onApplicable, onClear }: Props) {
  const [busy, setBusy] = useState(false);
  const busyWhile = async (work: Promise<void>) => {
    setBusy(true);
    await work;
    setBusy(false);
  };
  return (
    <Paper className="zc-bulk-bar" p="xs" shadow="sm" data-testid="bulk-bar">
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          已选 {count} 项
        </Text>
        <Select
          size="xs"
          w={200}
          placeholder="分配给科室…"
          aria-label="分配给科室"
          data={[...departments, { value: UNASSIGNED, label: '（取消分配）' }]}
          value={null}
          searchable
          nothingFoundMessage="没有这个科室，可在“设置”中添加"
          disabled={busy}
          onChange={(v) => {
            if (v) void busyWhile(onAssign(v === UNASSIGNED ? null : Number(v)));
          }}
          data-testid="bulk-assign"
        />
        <Button size="xs" variant="default" leftSection={<IconBan size={14} />} onClick={onNotApplicable} disabled={busy} data-testid="bulk-na">
          标记不适用（填写原因）
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCircleCheck size={14} />}
          onClick={() => void busyWhile(onApplicable())}
          disabled={busy}
          data-testid="bulk-applicable"
        >
          恢复适用
        </Button>
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onClear}>
          取消选择
        </Button>
      </Group>
    </Paper>
  );
}
