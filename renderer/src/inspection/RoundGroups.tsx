// The rows of a round, group by group, after the filters; groups fold away so that
// a round of 2,000 items mounts only what is open.
import { Stack } from '@mantine/core';
import { useCallback } from 'react';
import { EmptyNote } from '../components/EmptyNote';
import { ElementGroup } from './ElementGroup';
import type { GroupView } from './progress';
import type { DepartmentOption, RowHandlers } from './rowTypes';

interface Props {
  roundId: number;
  groups: GroupView[];
  visible: ReadonlySet<string> | null;
  expanded: ReadonlySet<string>;
  setExpanded: (update: (prev: ReadonlySet<string>) => ReadonlySet<string>) => void;
  generation: number;
  selected: ReadonlySet<string>;
  onSelectAll: (ids: string[], checked: boolean) => void;
  departments: DepartmentOption[];
  readOnly: boolean;
  lazy: boolean;
  handlers: RowHandlers;
}

export function RoundGroups({ groups, visible, expanded, setExpanded, ...rest }: Props) {
  const toggle = useCallback(
    (groupId: string) =>
      setExpanded((prev) => {
        const next = new Set(prev);
        if (next.has(groupId)) next.delete(groupId);
        else next.add(groupId);
        return next;
      }),
    [setExpanded],
  );
  const shown = groups
    .map((g) => ({ g, rows: visible ? g.elements.filter((e) => visible.has(e.elementId)) : g.elements }))
    .filter(({ rows }) => visible === null || rows.length > 0);
  if (shown.length === 0) {
    return <EmptyNote title="没有符合筛选条件的项" description="换一个筛选条件，或选“全部”“全部科室”查看所有项。" />;
  }
  return (
    <Stack gap="sm" className={rest.lazy ? 'zc-lazy-rows' : undefined}>
      {shown.map(({ g, rows }) => (
        <ElementGroup key={g.groupId} view={g} shown={rows} expanded={expanded.has(g.groupId)} onToggle={toggle} {...rest} />
      ))}
    </Stack>
  );
}
