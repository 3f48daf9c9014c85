// A row's right-hand column: the department it is assigned to, its evidence, and
// the way from an answer that reveals a problem to the problem ledger.
import { Badge, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPaperclip } from '@tabler/icons-react';
import type { RoundElementView } from '../../../shared/inspection';
import type { DepartmentOption } from './rowTypes';
import { Link } from 'react-router';

interface Props {
  element: RoundElementView;
  departments: DepartmentOption[];
  locked: boolean;
  canFlag: boolean;
  onAssign: (departmentId: number | null) => void;
  onEvidence: () => void;
  onFlag: () => void;
}

export function RowSide({ element: e, departments, locked, canFlag, onAssign, onEvidence, onFlag }: Props) {
  const department = departments.find((d) => d.value === String(e.departmentId));
  return (
    <Stack gap={6} align="flex-start">
      <Group gap={6} wrap="nowrap" w="100%">
        {locked ? (
          <Text size="xs" c={department ? undefined : 'dimmed'} data-testid={`department-${e.elementId}`} style={{ flex: 1 }}>
            {department?.label ?? '未分配科室'}
          </Text>
        ) : (
          <NativeSelect
            size="xs"
            style={{ flex: 1, minWidth: 0 }}
            aria-label={`第 ${e.no} 项的负责科室`}
            data-testid={`department-${e.elementId}`}
            data={[{ value: '', label: '未分配科室' }, ...departments]}
            value={e.departmentId === null ? '' : String(e.departmentId)}
            onChange={(ev) => onAssign(ev.currentTarget.value ? Number(ev.currentTarget.value) : null)}
          />
        )}
        <Button
          size="compact-xs"
          variant={e.evidenceCount > 0 ? 'light' : 'subtle'}
          color={e.evidenceCount > 0 ? 'blue' : 'gray'}
          leftSection={<IconPaperclip size={13} />}
          onClick={onEvidence}
          data-testid={`evidence-${e.elementId}`}
          data-count={e.evidenceCount}
          aria-label={`佐证${e.evidenceCount > 0 ? ` ${e.evidenceCount}` : ''}：第 ${e.no} 项的佐证材料（${e.evidenceCount} 份）`}
          style={{ flexShrink: 0 }}
          miw={58}
        >
          佐证{e.evidenceCount > 0 ? ` ${e.evidenceCount}` : ''}
        </Button>
      </Group>
      {e.problemLinked ? (
        e.problemId !== null ? (
          <Badge component={Link} to={`/problems/${e.problemId}`} color="red" variant="outline" size="sm" style={{ cursor: 'pointer' }}
            title="打开登记的问题" data-testid={`problem-linked-${e.elementId}`}>
            已登记问题
          </Badge>
        ) : (
          <Badge color="red" variant="outline" size="sm" data-testid={`problem-linked-${e.elementId}`}>
            已登记问题
          </Badge>
        )
      ) : (
        canFlag && (
          <Button
            size="compact-xs"
            color="red"
            variant="light"
            leftSection={<IconAlertTriangle size={13} />}
            onClick={onFlag}
            data-testid={`flag-problem-${e.elementId}`}
            justify="flex-start"
          >
            登记问题
          </Button>
        )
      )}
    </Stack>
  );
}
