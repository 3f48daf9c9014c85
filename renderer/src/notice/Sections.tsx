// The proposal's lists on the review screen: 工作阶段, 报送要求, 重点任务, 检查要点, 统计表.
import { Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProposedCampaign } from '../../../shared/noticeProposal';
import { itemToGroup, itemToTask, taskToItem, updateItem, type ItemRef } from './edit';
import { FlagBadges } from './FlagBadges';
import { ItemCard, type KindChange } from './ItemCard';
import { ChecklistItemFields, DutyFields, PhaseFields, RowFields, TaskFields } from './ItemFields';
import { useReviewContext } from './reviewContext';

export function Section({ title, count, testId, children }: { title: string; count: number; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Title order={3} mb="xs">
        {title}
        <Text span c="dimmed" size="sm" ml="xs">
          {count} 项
        </Text>
      </Title>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          未识别出内容
        </Text>
      ) : (
        <Stack gap="xs">{children}</Stack>
      )}
    </Paper>
  );
}

export function useEditItem() {
  const { review } = useReviewContext();
  return <T,>(ref: ItemRef) =>
    (patch: Partial<T>) =>
      review.edit((c) => updateItem(c, ref, patch as never));
}

function groupTargets(c: ProposedCampaign, except?: { c: number; g: number }) {
  return c.checklists.flatMap((cl, ci) =>
    cl.groups.map((g, gi) => ({ at: { c: ci, g: gi }, name: cl.groups.length > 1 ? `${cl.title} · ${g.title}` : cl.title })).filter((t) => !(except && t.at.c === except.c && t.at.g === except.g)),
  );
}

export function PhasesSection() {
  const { review } = useReviewContext();
  const onChange = useEditItem();
  const list = review.proposal.campaign.phases;
  return (
    <Section title="工作阶段" count={list.length} testId="review-phases">
      {list.map((p, index) => {
        const ref: ItemRef = { list: { kind: 'phases' }, index };
        return (
          <ItemCard key={`${p.id}-${index}`} itemRef={ref} label={`阶段 ${index + 1}`} span={p.span}>
            <PhaseFields el={p} onChange={onChange(ref)} />
          </ItemCard>
        );
      })}
    </Section>
  );
}

export function DutiesSection() {
  const { review } = useReviewContext();
  const onChange = useEditItem();
  const list = review.proposal.campaign.duties;
  return (
    <Section title="报送要求" count={list.length} testId="review-duties">
      {list.map((d, index) => {
        const ref: ItemRef = { list: { kind: 'duties' }, index };
        return (
          <ItemCard key={`${d.id}-${index}`} itemRef={ref} label={`报送 ${index + 1}`} span={d.span}>
            <DutyFields el={d} onChange={onChange(ref)} />
          </ItemCard>
        );
      })}
    </Section>
  );
}

export function TasksSection() {
  const { review } = useReviewContext();
  const onChange = useEditItem();
  const c = review.proposal.campaign;
  return (
    <Section title="重点任务" count={c.tasks.length} testId="review-tasks">
      {c.tasks.map((t, index) => {
        const ref: ItemRef = { list: { kind: 'tasks' }, index };
        const changes: KindChange[] = [
          ...groupTargets(c).map((g) => ({ label: `转为检查要点：${g.name}`, change: (x: ProposedCampaign) => taskToItem(x, index, g.at) })),
          ...(c.checklists.length ? [] : [{ label: '转为检查要点（新建检查表）', change: (x: ProposedCampaign) => taskToItem(x, index, null) }]),
        ];
        return (
          <ItemCard key={`${t.id}-${index}`} itemRef={ref} label={`任务 ${t.no}`} span={t.span} changes={changes}>
            <TaskFields el={t} onChange={onChange(ref)} />
          </ItemCard>
        );
      })}
    </Section>
  );
}

export function ChecklistsSection() {
  const { review } = useReviewContext();
  const onChange = useEditItem();
  const c = review.proposal.campaign;
  const count = c.checklists.reduce((n, cl) => n + cl.groups.reduce((m, g) => m + g.items.length, 0), 0);
  const setTitle = (ci: number, gi: number | null, title: string) =>
    review.edit((x) => ({
      ...x,
      checklists: x.checklists.map((cl, i) => (i !== ci ? cl : gi === null ? { ...cl, title } : { ...cl, groups: cl.groups.map((g, j) => (j === gi ? { ...g, title } : g)) })),
    }));
  return (
    <Section title="检查要点" count={count} testId="review-checklists">
      {c.checklists.map((cl, ci) => (
        <Stack key={`${cl.id}-${ci}`} gap="xs">
          <FlagBadges flagKey={`checklist-${ci}`} />
          <TextInput label={`检查表${cl.annex ? `（${cl.annex}）` : ''}`} size="xs" value={cl.title} onChange={(e) => setTitle(ci, null, e.currentTarget.value)} />
          {cl.groups.map((g, gi) => (
            <Stack key={`${g.id}-${gi}`} gap="xs" pl="sm">
              <FlagBadges flagKey={`group-${ci}-${gi}`} />
              <TextInput label="分组" size="xs" value={g.title} onChange={(e) => setTitle(ci, gi, e.currentTarget.value)} />
              {g.items.map((it, index) => {
                const ref = { list: { kind: 'items' as const, c: ci, g: gi }, index };
                const changes: KindChange[] = [
                  { label: '转为重点任务', change: (x) => itemToTask(x, ref) },
                  ...groupTargets(c, { c: ci, g: gi }).map((t) => ({ label: `移到：${t.name}`, change: (x: ProposedCampaign) => itemToGroup(x, ref, t.at) })),
                ];
                return (
                  <ItemCard key={`${it.id}-${index}`} itemRef={ref} label={`检查项 ${it.no}`} span={it.span} changes={changes}>
                    <ChecklistItemFields el={it} onChange={onChange(ref)} />
                  </ItemCard>
                );
              })}
            </Stack>
          ))}
        </Stack>
      ))}
    </Section>
  );
}

export function TablesSection() {
  const { review } = useReviewContext();
  const onChange = useEditItem();
  const c = review.proposal.campaign;
  const count = c.tables.reduce((n, t) => n + t.sections.reduce((m, s) => m + s.rows.length, 0), 0);
  const setTitle = (ti: number, title: string) => review.edit((x) => ({ ...x, tables: x.tables.map((t, i) => (i === ti ? { ...t, title } : t)) }));
  return (
    <Section title="统计表" count={count} testId="review-tables">
      {c.tables.map((t, ti) => (
        <Stack key={`${t.id}-${ti}`} gap="xs">
          <FlagBadges flagKey={`table-${ti}`} />
          <TextInput label={`统计表${t.annex ? `（${t.annex}）` : ''}`} size="xs" value={t.title} onChange={(e) => setTitle(ti, e.currentTarget.value)} />
          {t.sections.map((s, si) => (
            <Stack key={`${s.id}-${si}`} gap="xs" pl="sm">
              <FlagBadges flagKey={`section-${ti}-${si}`} />
              {s.title && (
                <Text size="sm" fw={600}>
                  {s.title}
                </Text>
              )}
              {s.rows.map((r, index) => {
                const ref: ItemRef = { list: { kind: 'rows', t: ti, s: si }, index };
                return (
                  <ItemCard key={`${r.id}-${index}`} itemRef={ref} label={`行 ${r.no || index + 1}`} span={r.span}>
                    <RowFields el={r} onChange={onChange(ref)} />
                  </ItemCard>
                );
              })}
            </Stack>
          ))}
        </Stack>
      ))}
    </Section>
  );
}
