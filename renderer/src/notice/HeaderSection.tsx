// 基本信息: the notice's header fields; focusing one marks where it was read.
import { Group, Paper, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import type { NoticeProposal } from '../../../shared/noticeProposal';
import { DateField } from '../components/DateField';
import { useReviewContext } from './reviewContext';

type SpanField = keyof NoticeProposal['spans'];

export function HeaderSection() {
  const { review } = useReviewContext();
  const { campaign: c, spans } = review.proposal;
  const focus = (field: SpanField) => ({
    onFocusCapture: () => review.select(`header-${field}`, spans[field]),
    'data-selected': review.selection?.key === `header-${field}`,
  });
  const set = (patch: Partial<typeof c>) => review.edit((x) => ({ ...x, ...patch }));
  return (
    <Paper withBorder p="sm" data-testid="review-header">
      <Title order={3} mb="xs">
        基本信息
      </Title>
      <Stack gap={6}>
        <div {...focus('title')}>
          <TextInput label="标题" size="xs" value={c.title} onChange={(e) => set({ title: e.currentTarget.value })} data-testid="header-title" />
        </div>
        <div {...focus('issuers')}>
          <TagsInput label="发文机关（回车添加）" size="xs" value={c.issuers} onChange={(issuers) => set({ issuers })} data-testid="header-issuers" />
        </div>
        <Group grow gap="xs" align="flex-start">
          <div {...focus('docNumber')}>
            <TextInput label="文号" size="xs" value={c.docNumber ?? ''} onChange={(e) => set({ docNumber: e.currentTarget.value || null })} data-testid="header-docNumber" />
          </div>
          <div {...focus('issuedOn')}>
            <DateField label="成文日期" value={c.issuedOn} onChange={(issuedOn) => set({ issuedOn })} />
          </div>
        </Group>
        <Group grow gap="xs" align="flex-start" {...focus('period')}>
          <DateField label="实施开始" value={c.period.start} onChange={(start) => set({ period: { ...c.period, start } })} />
          <DateField label="实施结束" value={c.period.end} onChange={(end) => set({ period: { ...c.period, end } })} />
          <TextInput label="实施期间原文" size="xs" value={c.period.original} onChange={(e) => set({ period: { ...c.period, original: e.currentTarget.value } })} />
        </Group>
        <div {...focus('scope')}>
          <Textarea label="范围" size="xs" autosize minRows={1} maxRows={4} value={c.scope ?? ''} onChange={(e) => set({ scope: e.currentTarget.value || null })} />
        </div>
      </Stack>
    </Paper>
  );
}
