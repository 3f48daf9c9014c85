// Progress at a glance: by checklist group / task section, and by department
// (clicking a department shows only its rows).
import { Card, Group, ScrollArea, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { ProgressLine } from '../components/ProgressLine';
import type { DepartmentProgress, GroupView } from './progress';

interface Props {
  groups: GroupView[];
  departments: DepartmentProgress[];
  /** The department filter: 'all', 'none' or a department id. */
  departmentFilter: string;
  onDepartment: (filter: string) => void;
  /** Opens a group and scrolls to it. */
  onGroup: (groupId: string) => void;
}

/** Long lists scroll inside the panel rather than pushing the rows down. */
// At most 156 px, less on a 768-px-high screen, so the rows themselves get the room.
const MAX_HEIGHT = 'min(156px, 12vh)';

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" justify="space-between">
      <Text size="sm" truncate="end" title={label} style={{ minWidth: 0 }}>
        {label}
      </Text>
      {children}
    </Group>
  );
}

export function ProgressPanel({ groups, departments, departmentFilter, onDepartment, onGroup }: Props) {
  return (
    <Card p="sm" mb="sm">
      <SimpleGrid cols={2} spacing="xl">
        <Stack gap={4} data-testid="group-progress">
          <Text size="xs" c="dimmed" fw={600}>
            按分组（点击转到该组）
          </Text>
          <ScrollArea.Autosize mah={MAX_HEIGHT} type="auto" offsetScrollbars>
            {groups.map((g) => (
              <UnstyledButton key={g.groupId} onClick={() => onGroup(g.groupId)} className="zc-dept-line" title={`转到“${g.group}”`}>
                <Line label={g.group}>
                  <ProgressLine progress={g.progress} barWidth={90} />
                </Line>
              </UnstyledButton>
            ))}
          </ScrollArea.Autosize>
        </Stack>
        <Stack gap={4} data-testid="dept-progress">
          <Text size="xs" c="dimmed" fw={600}>
            按科室（点击可只看该科室的项）
          </Text>
          <ScrollArea.Autosize mah={MAX_HEIGHT} type="auto" offsetScrollbars>
            {departments.map((d) => {
              const key = d.departmentId === null ? 'none' : String(d.departmentId);
              const active = departmentFilter === key;
              return (
                <UnstyledButton
                  key={key}
                  onClick={() => onDepartment(active ? 'all' : key)}
                  className="zc-dept-line"
                  data-active={active || undefined}
                  aria-pressed={active}
                  title={active ? '再点一次显示全部' : `只看${d.department}的项`}
                >
                  <Line label={d.department}>
                    <ProgressLine progress={d.progress} barWidth={90} />
                  </Line>
                </UnstyledButton>
              );
            })}
          </ScrollArea.Autosize>
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
