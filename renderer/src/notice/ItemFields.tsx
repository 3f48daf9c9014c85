// In-place editors for each kind of proposed element; each reports a patch.
import { Autocomplete, Checkbox, Group, MultiSelect, NumberInput, Select, SimpleGrid, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import type { AnswerKind } from '../../../shared/campaign';
import type { NoticeBlank, ProposedDuty, ProposedItem, ProposedPhase, ProposedRow, ProposedTask } from '../../../shared/noticeProposal';
import { DateField } from '../components/DateField';
import { answerLabel } from '../lib/format';
import { TargetFields } from './TargetFields';

type Edit<T> = { el: T; onChange: (patch: Partial<T>) => void };

const UNITS = ['条', '件', '起', '家', '个', '人', '人次', '次', '万元', '元', '%'];
const FORMATS = [
  { value: 'docx', label: 'Word' },
  { value: 'pdf', label: 'PDF' },
  { value: 'stampedPdf', label: '盖章PDF' },
  { value: 'xlsx', label: 'Excel 表格' },
  { value: 'electronic', label: '电子版' },
  { value: 'paper', label: '纸质' },
];
const ANSWERS: { value: AnswerKind; label: string }[] = [
  { value: 'yesno', label: '有/无' },
  { value: 'sampled', label: '抽查与违规人数' },
  { value: 'amount', label: '金额（万元）' },
  { value: 'count', label: '数量' },
  { value: 'persons', label: '分类人数' },
  { value: 'text', label: '文字说明' },
  { value: 'date', label: '日期' },
  { value: 'docNumber', label: '文号' },
  { value: 'percent', label: '百分比（%）' },
];

const val = (e: { currentTarget: { value: string } }) => e.currentTarget.value;

export function PhaseFields({ el, onChange }: Edit<ProposedPhase>) {
  return (
    <Group grow align="flex-start" gap="xs">
      <TextInput label="阶段名称" size="xs" value={el.name} onChange={(e) => onChange({ name: val(e) })} />
      <DateField label="开始日期" value={el.start} onChange={(start) => onChange({ start })} />
      <DateField label="结束日期" value={el.end} onChange={(end) => onChange({ end })} />
      <TextInput label="原文" size="xs" value={el.original} onChange={(e) => onChange({ original: val(e) })} />
    </Group>
  );
}

export function DutyFields({ el, onChange }: Edit<ProposedDuty>) {
  return (
    <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
      <TextInput label="报送内容" size="xs" value={el.title} onChange={(e) => onChange({ title: val(e) })} />
      <TextInput label="报送对象" size="xs" value={el.to ?? ''} onChange={(e) => onChange({ to: val(e) || null })} />
      <DateField label="报送日期" value={el.due} onChange={(due) => onChange({ due })} />
      <NumberInput
        label="每月报送日（每月几日前，不按月报送留空）"
        size="xs"
        min={1}
        max={31}
        value={el.recurrence?.day ?? ''}
        onChange={(v) => onChange({ recurrence: typeof v === 'number' ? { kind: 'monthly', day: v } : null })}
      />
      <MultiSelect label="报送形式" size="xs" data={FORMATS} value={el.formats} onChange={(v) => onChange({ formats: v as ProposedDuty['formats'] })} />
      <TextInput label="原文" size="xs" value={el.original} onChange={(e) => onChange({ original: val(e) })} />
    </SimpleGrid>
  );
}

export function TaskFields({ el, onChange }: Edit<ProposedTask>) {
  const d = el.deadline;
  return (
    <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
      <TextInput label="序号" size="xs" value={el.no} onChange={(e) => onChange({ no: val(e) })} />
      <TextInput label="所属部分" size="xs" value={el.section} onChange={(e) => onChange({ section: val(e) })} />
      <TextInput label="任务名称" size="xs" value={el.title} onChange={(e) => onChange({ title: val(e) })} style={{ gridColumn: '1 / -1' }} data-testid="task-title" />
      <Textarea label="任务内容" size="xs" autosize minRows={2} maxRows={8} value={el.text} onChange={(e) => onChange({ text: val(e) })} style={{ gridColumn: '1 / -1' }} />
      <TagsInput label="牵头单位（回车添加）" size="xs" value={el.leadUnits} onChange={(leadUnits) => onChange({ leadUnits })} />
      <TagsInput label="配合单位（回车添加）" size="xs" value={el.coUnits} onChange={(coUnits) => onChange({ coUnits })} />
      <TextInput
        label="完成时限原文"
        size="xs"
        value={d?.original ?? ''}
        onChange={(e) => onChange({ deadline: val(e) ? { date: d?.date ?? null, standing: d?.standing ?? false, original: val(e) } : null })}
      />
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <DateField label="完成日期" value={d?.date ?? null} disabled={!d} onChange={(date) => d && onChange({ deadline: { ...d, date } })} />
        <Checkbox label="持续推进" size="xs" mb={6} checked={d?.standing ?? false} disabled={!d} onChange={(e) => d && onChange({ deadline: { ...d, standing: e.currentTarget.checked } })} />
      </Group>
      <TargetFields targets={el.targets} onChange={(targets) => onChange({ targets })} />
    </SimpleGrid>
  );
}

function answerOf(kind: AnswerKind, old: ProposedItem['answer']): ProposedItem['answer'] {
  const unit = 'unit' in old && old.unit !== '万元' ? old.unit : '人';
  if (kind === 'sampled' || kind === 'count') return { kind, unit };
  if (kind === 'amount') return { kind, unit: '万元' };
  if (kind === 'persons') return { kind, roles: old.kind === 'persons' ? old.roles : ['医师', '护士', '其他人员'], unit };
  return { kind };
}

export function ChecklistItemFields({ el, onChange }: Edit<ProposedItem>) {
  const a = el.answer;
  return (
    <SimpleGrid cols={3} spacing="xs" verticalSpacing={4}>
      <TextInput label="序号" size="xs" value={el.no} onChange={(e) => onChange({ no: val(e) })} />
      {/* One kind chosen for an item of several blanks answers it all: its parts go. */}
      <Select label="答题方式" size="xs" data={ANSWERS} allowDeselect={false} value={a.kind} onChange={(k) => k && onChange({ answer: answerOf(k as AnswerKind, a), parts: k === 'text' ? el.parts : undefined })} />
      {(a.kind === 'sampled' || a.kind === 'count' || a.kind === 'persons') && (
        <Autocomplete label="单位" size="xs" data={UNITS} value={a.unit} onChange={(unit) => onChange({ answer: { ...a, unit } })} />
      )}
      <Textarea label="检查内容" size="xs" autosize minRows={1} maxRows={6} value={el.text} onChange={(e) => onChange({ text: val(e) })} style={{ gridColumn: '1 / -1' }} />
      {a.kind === 'persons' && (
        <TagsInput label="人员类别" size="xs" value={a.roles} onChange={(roles) => onChange({ answer: { ...a, roles } })} style={{ gridColumn: '1 / -1' }} />
      )}
      {el.blanks?.length ? (
        <Text size="xs" c="dimmed" style={{ gridColumn: '1 / -1' }} data-testid="item-blanks">
          原表留空：{el.blanks.map((b) => `${BLANK_LABELS[b.kind]}${b.unit && b.kind !== 'percent' ? `（${b.unit}）` : ''}`).join('、')}
        </Text>
      ) : null}
      {el.parts?.length ? (
        <Text size="xs" style={{ gridColumn: '1 / -1' }} data-testid="item-parts">
          分项作答：{el.parts.map(answerLabel).join('、')}
        </Text>
      ) : null}
      <TargetFields targets={el.targets} onChange={(targets) => onChange({ targets })} />
      {el.note !== null && (
        <Textarea label="填报说明" size="xs" autosize minRows={1} maxRows={4} value={el.note} onChange={(e) => onChange({ note: val(e) || null })} style={{ gridColumn: '1 / -1' }} />
      )}
    </SimpleGrid>
  );
}

const BLANK_LABELS: Record<NoticeBlank['kind'], string> = {
  date: '日期',
  docNumber: '文号/证号',
  persons: '人数',
  amount: '金额',
  percent: '百分比',
  count: '数量',
  yesno: '有/无',
};

export function RowFields({ el, onChange }: Edit<ProposedRow>) {
  return (
    <div className="zc-notice-row">
      <TextInput label="序号" size="xs" value={el.no} onChange={(e) => onChange({ no: val(e) })} />
      <TextInput label="项目" size="xs" value={el.label} onChange={(e) => onChange({ label: val(e) })} />
      <TextInput label="说明" size="xs" value={el.sublabel ?? ''} onChange={(e) => onChange({ sublabel: val(e) || null })} />
      <Autocomplete label="单位" size="xs" data={UNITS} value={el.unit ?? ''} onChange={(v) => onChange({ unit: v || null })} />
    </div>
  );
}
