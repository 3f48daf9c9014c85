// Progress in one line (the bar, the counts, and how many groups and departments
// are not yet done), with the details folded under it: by checklist group / task
// section, by department (clicking one shows only its rows), and the round's history.
// Folded by default so that at 1366×768 the rows get the screen; the choice is kept.
import { Button, Card, Collapse, Group, ScrollArea, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Progress, RoundDetail } from '../../../shared/inspection';
import { ProgressLine } from '../components/ProgressLine';
import type { DepartmentProgress, GroupView } from './progress';
import { RoundEvents } from './RoundEvents';

interface Props {
  progress: Progress;
  notApplicable: number;
  groups: GroupView[];
  departments: DepartmentProgress[];
  events: RoundDetail['events'];
  /** The department filter: 'all', 'none' or a department id. */
  departmentFilter: string;
  onDepartment: (filter: string) => void;
  /** Opens a group and scrolls to it. */
  onGroup: (groupId: string) => void;
}

/** Long lists scroll inside the panel rather than pushing the rows down. */
const MAX_HEIGHT = 'min(156px, 20vh)';

const unfinished = (p: Progress) => p.answered < p.applicable;

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

export function ProgressPanel({ progress, notApplicable, groups, departments, events, departmentFilter, onDepartment, onGroup }: Props) {
  const [open, setOpen] = useLocalStorage({ key: 'zicha.round.progressDetails', defaultValue: false });
  const groupsLeft = groups.filter((g) => unfinished(g.progress)).length;
  const departmentsLeft = departments.filter((d) => unfinished(d.progress)).length;
  const Chevron = open ? IconChevronDown : IconChevronRight;
  return (
    <>
      <Group gap="md" wrap="nowrap" mb={open ? 6 : 'xs'} data-testid="progress-summary">
        <ProgressLine progress={progress} testId="round-progress" barWidth={220} size="sm" />
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {notApplicable > 0 && `另有 ${notApplicable} 项不适用 · `}
          {groupsLeft === 0 ? '各组已答完' : `${groupsLeft} / ${groups.length} 组未答完`} ·{' '}
          {departmentsLeft === 0 ? '各科室已答完' : `${departmentsLeft} / ${departments.length} 个科室未答完`}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<Chevron size={14} />}
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          data-testid="progress-details-toggle"
        >
          {open ? '收起进度明细' : '按分组、科室看进度'}
        </Button>
      </Group>
      <Collapse expanded={open}>
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
          <RoundEvents events={events} />
        </Card>
      </Collapse>
    </>
  );
}
