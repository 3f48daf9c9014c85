// The fields of a problem, for 登记问题 and 编辑: 责任人 lists the people of the
// chosen department; changing the department clears a person from another one.
import { Checkbox, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { PROBLEM_SOURCES } from '../../../shared/ledger';
import { DateField } from '../components/DateField';
import type { DraftErrors, ProblemDraft } from './problemDraft';
import { campaignOptions, departmentOptions, personOptions, type LedgerRefs } from '../lib/refs';

interface Props {
  draft: ProblemDraft;
  errors: DraftErrors;
  /** Errors show once the officer tried to save. */
  showErrors: boolean;
  refs: LedgerRefs;
  onChange: (draft: ProblemDraft) => void;
}

export function ProblemFormFields({ draft: d, errors, showErrors, refs, onChange }: Props) {
  const set = <K extends keyof ProblemDraft>(key: K, value: ProblemDraft[K]) => onChange({ ...d, [key]: value });
  const err = (key: keyof ProblemDraft) => (showErrors ? errors[key] : undefined);
  const setDepartment = (departmentId: number | null) => {
    const person = refs.org.people.find((p) => p.id === d.personId);
    onChange({ ...d, departmentId, personId: person && departmentId !== null && person.departmentId !== departmentId ? null : d.personId });
  };
  const setPerson = (personId: number | null) => {
    const person = refs.org.people.find((p) => p.id === personId);
    onChange({ ...d, personId, departmentId: d.departmentId ?? person?.departmentId ?? null });
  };
  return (
    <Stack gap="xs">
      <SimpleGrid cols={3} spacing="sm" verticalSpacing="xs">
        <Select label="问题来源" size="xs" required data={[...PROBLEM_SOURCES]} value={d.source} allowDeselect={false}
          onChange={(v) => set('source', PROBLEM_SOURCES.find((s) => s === v) ?? d.source)} data-testid="field-source" />
        <Select label="专项行动" size="xs" placeholder="不关联专项行动" data={campaignOptions(refs)} value={d.campaignId} searchable clearable
          onChange={(v) => set('campaignId', v)} data-testid="field-campaign" />
        <TextInput label="问题类别" placeholder="如：违规收费、药品耗材" value={d.category} maxLength={40}
          onChange={(e) => set('category', e.currentTarget.value)} data-testid="field-category" />
      </SimpleGrid>
      <Textarea label="问题描述" size="xs" required autosize minRows={2} maxRows={6} maxLength={2000} value={d.description}
        error={err('description')} onChange={(e) => set('description', e.currentTarget.value)} data-testid="field-description" data-autofocus />
      <SimpleGrid cols={3} spacing="sm" verticalSpacing="xs">
        <Select<number> label="责任科室" size="xs" placeholder="选择科室" data={departmentOptions(refs)} value={d.departmentId} searchable clearable
          onChange={setDepartment} nothingFoundMessage="没有这个科室" data-testid="field-department" />
        <Select<number> label="责任人" size="xs" placeholder={d.departmentId === null ? '先选科室，或直接选人' : '选择本科室人员'}
          data={personOptions(refs, d.departmentId)} value={d.personId} searchable clearable onChange={setPerson}
          nothingFoundMessage={d.departmentId === null ? '没有这个人' : '本科室没有登记人员'} data-testid="field-person" />
        <DateField label="发现时间" required clearable={false} placeholder="YYYY-MM-DD" value={d.foundOn} error={err('foundOn')}
          onChange={(v) => set('foundOn', v)} data-testid="field-found-on" />
        <TextInput label="涉及金额（万元）" placeholder="如 1.25，没有可不填" value={d.amount} error={err('amount')} rightSection="万元"
          rightSectionWidth={40} onChange={(e) => set('amount', e.currentTarget.value)} data-testid="field-amount" />
        <DateField label="整改时限" value={d.deadline} error={err('deadline')} minDate={d.foundOn ?? undefined}
          onChange={(v) => set('deadline', v)} data-testid="field-deadline" />
        <Checkbox mt={24} size="xs" label="立行立改（可直接标记整改完成）" checked={d.immediate}
          onChange={(e) => set('immediate', e.currentTarget.checked)} data-testid="field-immediate" />
      </SimpleGrid>
      <Textarea label="整改措施" size="xs" autosize minRows={2} maxRows={6} maxLength={5000} placeholder="可稍后在整改时填写"
        value={d.measures} onChange={(e) => set('measures', e.currentTarget.value)} data-testid="field-measures" />
      <Textarea label="备注" size="xs" autosize minRows={1} maxRows={4} maxLength={2000} value={d.note}
        onChange={(e) => set('note', e.currentTarget.value)} data-testid="field-note" />
    </Stack>
  );
}
