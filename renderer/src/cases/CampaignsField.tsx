// Which campaigns (专项行动) a clue or case belongs to: zero or more. Only those
// campaigns count it in their tables and documents, so the field says so; a record
// an upgrade could not place shows the campaigns whose period holds its date.
import { MultiSelect } from '@mantine/core';
import type { CampaignReview } from '../../../shared/cases';
import type { LedgerRefs } from '../lib/refs';

/** "川卫函〔2020〕96号" where the notice has a number, else its title without the kind of paper ("…专项整治"). */
export const campaignLabel = (refs: LedgerRefs, id: string) => {
  const c = refs.campaigns.find((x) => x.id === id);
  return c ? (c.docNumber ?? c.title.replace(/(工作要点)?(任务分工表)?$/, '').replace(/(行动)?(工作|实施)?方案$/, '')) : id;
};

export const campaignsText = (refs: LedgerRefs, ids: readonly string[]) => (ids.length ? ids.map((id) => campaignLabel(refs, id)).join('、') : '未关联');

export const campaignFilterOptions = (refs: LedgerRefs) => refs.campaigns.map((c) => ({ value: c.id, label: campaignLabel(refs, c.id) }));

interface Props {
  refs: LedgerRefs;
  value: string[];
  review?: CampaignReview | null;
  error?: string;
  onChange: (ids: string[]) => void;
}

export function CampaignsField({ refs, value, review, error, onChange }: Props) {
  const data = refs.campaigns.map((c) => ({ value: c.id, label: c.docNumber ? `${c.docNumber} ${c.title}` : c.title }));
  const hint = review
    ? `升级时未能确定所属专项行动，请确认后保存${review.candidates.length ? `（日期在其期间内的：${campaignsText(refs, review.candidates)}）` : ''}`
    : '只计入所选专项行动的统计表和文书；可多选，也可不选';
  return (
    <MultiSelect label="所属专项行动" size="xs" placeholder={value.length ? undefined : '不属于任何专项行动'} data={data} value={value}
      searchable clearable maxValues={50} error={error} description={hint} onChange={onChange} data-testid="field-campaigns"
      styles={review ? { description: { color: 'var(--mantine-color-orange-7)' } } : undefined} />
  );
}
