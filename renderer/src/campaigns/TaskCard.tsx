import { Badge, Group, Paper, Text } from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import type { Task } from '../../../shared/campaign';
import { deadlineText, targetText } from '../lib/format';

function Units({ label, units, color }: { label: string; units: string[]; color: string }) {
  if (units.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      {units.map((u) => (
        <Badge key={u} size="sm" variant="light" color={color}>
          {u}
        </Badge>
      ))}
    </Group>
  );
}

export function TaskCard({ task: t, focused }: { task: Task; focused: boolean }) {
  return (
    <Paper
      p="sm"
      data-testid={`task-${t.id}`}
      data-element-id={t.id}
      data-focused={focused || undefined}
      className="zc-element"
    >
      <Text fw={600} size="md" mb={4}>
        <Text span c="blue.8" mr={4}>
          {t.no}
        </Text>
        {t.title}
      </Text>
      <Text size="sm" className="zc-body">
        {t.text}
      </Text>
      <Group gap="lg" mt="xs" wrap="wrap">
        <Units label="牵头" units={t.leadUnits} color="blue" />
        <Units label="配合" units={t.coUnits} color="gray" />
        <Group gap={4} wrap="nowrap">
          <IconCalendarDue size={14} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed" fw={600}>
            期限
          </Text>
          <Text size="sm" data-testid="deadline">
            {deadlineText(t.deadline)}
          </Text>
        </Group>
        {t.targets?.length ? (
          <Group gap={4} wrap="wrap" data-testid="targets">
            <Text size="xs" c="dimmed" fw={600}>
              目标
            </Text>
            {t.targets.map((x, i) => (
              <Badge key={i} size="sm" variant="light" color="teal" style={{ textTransform: 'none' }}>
                {targetText(x)}
              </Badge>
            ))}
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}
