// The notice's sections that set no task (工作目标, 范围与对象, 工作步骤, 工作要求, 组织保障,
// 指导思想) on the review screen: each with its kind, title, text and items, every item's
// numeric targets editable; one read wrongly can become 重点任务.
import { Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { SECTION_KINDS, sectionKindLabel, type SectionKind } from '../../../shared/campaign';
import type { ProposedNoticeSection, ProposedSectionItem } from '../../../shared/noticeProposal';
import { sectionToTasks, type ItemRef } from './edit';
import { FlagBadges } from './FlagBadges';
import { ItemCard } from './ItemCard';
import { useReviewContext } from './reviewContext';
import { Section, useEditItem } from './Sections';
import { TargetFields } from './TargetFields';

const KINDS = SECTION_KINDS.map((value) => ({ value, label: sectionKindLabel[value] }));

function SectionFields({ el, flagKey, onChange }: { el: ProposedNoticeSection; flagKey: (k: number) => string; onChange: (patch: Partial<ProposedNoticeSection>) => void }) {
  const setItem = (k: number, patch: Partial<ProposedSectionItem>) => onChange({ items: el.items.map((it, i) => (i === k ? { ...it, ...patch } : it)) });
  return (
    <SimpleGrid cols={3} spacing="xs" verticalSpacing={4}>
      <Select label="类别" size="xs" data={KINDS} allowDeselect={false} value={el.kind} onChange={(k) => k && onChange({ kind: k as SectionKind })} data-testid="section-kind" />
      <TextInput label="序号" size="xs" value={el.no} onChange={(e) => onChange({ no: e.currentTarget.value })} />
      <TextInput label="标题" size="xs" value={el.title} onChange={(e) => onChange({ title: e.currentTarget.value })} />
      {(el.text || !el.items.length) && (
        <Textarea label="内容" size="xs" autosize minRows={1} maxRows={6} value={el.text} onChange={(e) => onChange({ text: e.currentTarget.value })} style={{ gridColumn: '1 / -1' }} />
      )}
      {(el.targets?.length ?? 0) > 0 && <TargetFields targets={el.targets} onChange={(targets) => onChange({ targets })} />}
      {el.items.map((it, k) => (
        <Stack key={k} gap={4} pl="sm" style={{ gridColumn: '1 / -1', borderLeft: '2px solid var(--mantine-color-gray-3)' }} data-testid={flagKey(k)}>
          <FlagBadges flagKey={flagKey(k)} />
          <Textarea label={it.no || `第 ${k + 1} 项`} size="xs" autosize minRows={1} maxRows={6} value={it.text} onChange={(e) => setItem(k, { text: e.currentTarget.value })} />
          <TargetFields targets={it.targets} onChange={(targets) => setItem(k, { targets })} />
        </Stack>
      ))}
    </SimpleGrid>
  );
}

export function NoticeSectionsSection() {
  const { review } = useReviewContext();
  const onChange = useEditItem();
  const list = review.proposal.campaign.sections;
  return (
    <Section title="目标、范围与要求" count={list.length} testId="review-sections">
      <Text size="xs" c="dimmed">
        这些部分不是需要逐项落实的任务，保存后在专项行动的概况中按类别列出。
      </Text>
      {list.map((s, index) => {
        const ref: ItemRef = { list: { kind: 'sections' }, index };
        return (
          <ItemCard
            key={`${s.id}-${index}`}
            itemRef={ref}
            label={`${sectionKindLabel[s.kind]} · ${s.no}${s.title}`}
            span={s.span}
            changes={[{ label: '转为重点任务', change: (c) => sectionToTasks(c, index) }]}
          >
            <SectionFields el={s} flagKey={(k) => `part-${index}-${k}`} onChange={onChange(ref)} />
          </ItemCard>
        );
      })}
    </Section>
  );
}
