// One checklist group or task section: a header with its progress that folds the
// rows away, a checkbox that selects them all, and the rows themselves.
import { ActionIcon, Checkbox, Group, Paper, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { memo, useEffect, useState } from 'react';
import { ElementRow } from './ElementRow';
import { ProgressLine } from '../components/ProgressLine';
import type { GroupView } from './progress';
import type { DepartmentOption, RowHandlers } from './rowTypes';

interface Props {
  roundId: number;
  view: GroupView;
  /** The rows to show (after filtering); the header counts all of them. */
  shown: GroupView['elements'];
  generation: number;
  expanded: boolean;
  onToggle: (groupId: string) => void;
  onSelectAll: (ids: string[], checked: boolean) => void;
  selected: ReadonlySet<string>;
  departments: DepartmentOption[];
  readOnly: boolean;
  lazy: boolean;
  handlers: RowHandlers;
}

/** A long round mounts this many rows at first, so that the first item can be typed into at once; the rest follow a frame later. */
const FIRST_ROWS = 40;

/** How many of `total` rows are mounted: all at once for a short round, else the first few and the rest on the next frame. */
function useMountedRows(total: number, lazy: boolean, expanded: boolean): number {
  const [all, setAll] = useState(!lazy);
  useEffect(() => {
    if (all || !expanded) return;
    // After the first rows are painted, not in the same task.
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setAll(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [all, expanded]);
  return all ? total : Math.min(total, FIRST_ROWS);
}

export const ElementGroup = memo(function ElementGroup(props: Props) {
  const { roundId, view, shown, generation, expanded, onToggle, onSelectAll, selected, departments, readOnly, lazy, handlers } = props;
  const mounted = useMountedRows(shown.length, lazy, expanded);
  const ids = shown.map((e) => e.elementId);
  const picked = ids.filter((id) => selected.has(id)).length;
  const Chevron = expanded ? IconChevronDown : IconChevronRight;
  return (
    <Paper className="zc-round-group" data-testid={`group-${view.groupId}`} data-expanded={expanded || undefined}>
      <Group className="zc-round-group-head" gap="xs" wrap="nowrap" justify="space-between">
        <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
          <ActionIcon variant="subtle" color="gray" size="sm" onClick={() => onToggle(view.groupId)} aria-label={expanded ? '收起' : '展开'} aria-expanded={expanded}>
            <Chevron size={16} />
          </ActionIcon>
          {!readOnly && (
            <Checkbox
              size="xs"
              aria-label={`选择“${view.group}”中的全部 ${ids.length} 项`}
              checked={picked > 0 && picked === ids.length}
              indeterminate={picked > 0 && picked < ids.length}
              disabled={ids.length === 0}
              onChange={(e) => onSelectAll(ids, e.currentTarget.checked)}
            />
          )}
          <Title order={2} size="h3" className="zc-round-group-title" onClick={() => onToggle(view.groupId)}>
            {view.group}
          </Title>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {shown.length === view.elements.length ? `${view.elements.length} 项` : `显示 ${shown.length} / ${view.elements.length} 项`}
          </Text>
        </Group>
        <ProgressLine progress={view.progress} barWidth={100} />
      </Group>
      {expanded && shown.length > 0 && (
        <div>
          <div className="zc-round-row zc-round-row-head" aria-hidden>
            <span />
            <span>序号</span>
            <span>检查内容</span>
            <span>自查结果</span>
            <span>科室 · 佐证</span>
          </div>
          {shown.slice(0, mounted).map((e) => (
            <ElementRow
              key={`${generation}:${e.elementId}`}
              roundId={roundId}
              element={e}
              departments={departments}
              readOnly={readOnly}
              selected={selected.has(e.elementId)}
              lazy={lazy}
              handlers={handlers}
            />
          ))}
        </div>
      )}
      {expanded && shown.length === 0 && (
        <Text size="sm" c="dimmed" px="md" py="xs">
          本组没有符合筛选条件的项。
        </Text>
      )}
    </Paper>
  );
});
