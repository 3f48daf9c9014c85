// The fields of a case: the category decides which statistics rows it feeds, the
// counts are 人次 and may not exceed 涉及人员人次 (the core checks that too).
import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { AGREEMENT_ACTIONS, SUPERVISION_LEVELS, type CampaignReview, type CaseCategory } from '../../../shared/cases';
import { DateField } from '../components/DateField';
import type { LedgerRefs } from '../lib/refs';
import type { CaseDraft } from './caseDraft';
import { CampaignsField } from './CampaignsField';
import { categoryOptions } from './casesText';
import { PersonsField } from './PersonsField';

interface Props {
  draft: CaseDraft;
  refs: LedgerRefs;
  /** Set when an upgrade could not tell the case's campaigns. */
  review?: CampaignReview | null;
  /** Errors the window found, and the one field the core complained about. */
  errors: Partial<Record<string, string>>;
  onChange: (draft: CaseDraft) => void;
}

const COUNTS = [
  ['persons', '涉及人员（人次）'],
  ['penalized', '行政处罚（人次）'],
  ['toDiscipline', '移交纪检监察（人次）'],
  ['toJudicial', '移交司法机关（人次）'],
] as const;

export function CaseFormFields({ draft: d, refs, review, errors, onChange }: Props) {
  const set = <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) => onChange({ ...d, [key]: value });
  return (
    <Stack gap="xs">
      <TextInput label="案件名称" size="xs" required maxLength={200} value={d.title} error={errors.title}
        onChange={(e) => set('title', e.currentTarget.value)} data-testid="field-title" data-autofocus />
      <SimpleGrid cols={3} spacing="sm" verticalSpacing="xs">
        <Select label="违规类别（决定统计表行次）" size="xs" required data={categoryOptions} value={d.category} allowDeselect={false}
          searchable error={errors.category} onChange={(v) => v && set('category', v as CaseCategory)} data-testid="field-category"
          style={{ gridColumn: 'span 2' }} />
        <Select label="挂牌督办" size="xs" placeholder="未挂牌" data={[...SUPERVISION_LEVELS]} value={d.supervision} clearable
          error={errors.supervision} onChange={(v) => set('supervision', SUPERVISION_LEVELS.find((s) => s === v) ?? null)}
          data-testid="field-supervision" />
        <DateField label="立案日期" required clearable={false} placeholder="YYYY-MM-DD" value={d.openedOn} error={errors.openedOn}
          onChange={(v) => set('openedOn', v ?? '')} data-testid="field-opened-on" />
        <DateField label="结案日期" value={d.closedOn} error={errors.closedOn} minDate={d.openedOn || undefined}
          onChange={(v) => set('closedOn', v)} data-testid="field-closed-on" />
        <TextInput label="涉案金额（万元）" size="xs" placeholder="如 1.25，没有可不填" value={d.amount} error={errors.amount}
          rightSection="万元" rightSectionWidth={40} onChange={(e) => set('amount', e.currentTarget.value)} data-testid="field-amount" />
        {COUNTS.map(([key, label]) => (
          <NumberInput key={key} label={label} size="xs" min={0} max={1_000_000} allowDecimal={false} allowNegative={false}
            value={d[key]} error={errors[key]} onChange={(v) => set(key, typeof v === 'number' ? v : 0)} data-testid={`field-${key}`} />
        ))}
        <Select label="医保协议处理" size="xs" placeholder="未暂停或解除" data={[...AGREEMENT_ACTIONS].map((a) => ({ value: a, label: `${a}医保服务协议` }))}
          value={d.agreementAction} clearable error={errors.agreementAction}
          onChange={(v) => set('agreementAction', AGREEMENT_ACTIONS.find((a) => a === v) ?? null)} data-testid="field-agreement" />
        <TextInput label="退回医保基金（万元）" size="xs" placeholder="没有可不填" value={d.refund} error={errors.refund}
          rightSection="万元" rightSectionWidth={40} onChange={(e) => set('refund', e.currentTarget.value)} data-testid="field-refund" />
      </SimpleGrid>
      <CampaignsField refs={refs} value={d.campaignIds} review={review} error={errors.campaignIds} onChange={(v) => set('campaignIds', v)} />
      <PersonsField value={d.concerned} refs={refs} error={errors.concerned} onChange={(v) => set('concerned', v)} />
      <Textarea label="备注" size="xs" autosize minRows={1} maxRows={4} maxLength={2000} value={d.note} error={errors.note}
        onChange={(e) => set('note', e.currentTarget.value)} data-testid="field-note" />
    </Stack>
  );
}
