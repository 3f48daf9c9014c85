// The fields of a clue, for 登记线索: the channel list is the notice's six plus the
// hospital's own findings, so that every clue counts in the right statistics row.
import { Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { CLUE_CHANNELS, type ClueChannel, type ClueFields } from '../../../shared/cases';
import { DateField } from '../components/DateField';
import type { LedgerRefs } from '../lib/refs';
import { CampaignsField } from './CampaignsField';
import { PersonsField } from './PersonsField';

interface Props {
  draft: ClueFields;
  refs: LedgerRefs;
  /** The field the core complained about, with its message. */
  fieldError: { field: string; message: string } | null;
  onChange: (draft: ClueFields) => void;
}

export function ClueFormFields({ draft: d, refs, fieldError, onChange }: Props) {
  const set = <K extends keyof ClueFields>(key: K, value: ClueFields[K]) => onChange({ ...d, [key]: value });
  const err = (key: keyof ClueFields) => (fieldError?.field === key ? fieldError.message : undefined);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        <DateField label="收到日期" required clearable={false} placeholder="YYYY-MM-DD" value={d.receivedOn} error={err('receivedOn')}
          onChange={(v) => set('receivedOn', v ?? '')} data-testid="field-received-on" />
        <Select label="线索来源" size="xs" required data={[...CLUE_CHANNELS]} value={d.channel} allowDeselect={false} error={err('channel')}
          onChange={(v) => set('channel', (CLUE_CHANNELS.find((c) => c === v) ?? d.channel) as ClueChannel)} data-testid="field-channel" />
      </SimpleGrid>
      <CampaignsField refs={refs} value={d.campaignIds} error={err('campaignIds')} onChange={(v) => set('campaignIds', v)} />
      <Textarea label="线索摘要" size="xs" required autosize minRows={2} maxRows={6} maxLength={2000} value={d.summary}
        placeholder="反映的问题、涉及的科室和时间" error={err('summary')} onChange={(e) => set('summary', e.currentTarget.value)}
        data-testid="field-summary" data-autofocus />
      <PersonsField value={d.concerned} refs={refs} error={err('concerned')} onChange={(v) => set('concerned', v)} />
      <Textarea label="备注" size="xs" autosize minRows={1} maxRows={4} maxLength={2000} value={d.note} error={err('note')}
        onChange={(e) => set('note', e.currentTarget.value)} data-testid="field-note" />
    </Stack>
  );
}
