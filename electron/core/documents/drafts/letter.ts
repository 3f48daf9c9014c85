// 报送报告: the cover 报告 (上行文) that sends the summary upward — 版头 with 发文机关标志,
// 发文字号 and 签发人 (FORMATS.md §B), addressed to whom the campaign's duty says
// (shared/addressee.ts), the key figures in one paragraph, and the summary with its
// tables as the attachments. Each campaign's letter is its own saved draft, so its
// 主送机关 (and every other head field) is overridden per campaign in the editor.
import { dutyAddressee } from '../../../../shared/addressee';
import type { CampaignFile } from '../../../../shared/campaign';
import { blankText, type Attachment, type Inline, type OfficialDocument } from '../../../../shared/document';
import { Blocks, blank, fig, has, head, hospitalName, noticeCitation, t, type DraftInput } from './kit';
import { campaignTopic } from '../../campaigns/topic';

/** The duty the letter answers: the one sending the summary, else any that names an addressee. */
export function letterDuty(file: CampaignFile) {
  const named = file.duties.filter((d) => d.to?.trim());
  return named.find((d) => /总结/.test(d.title)) ?? named.find((d) => /报告|情况/.test(d.title)) ?? named[0] ?? null;
}

/** 主送机关: resolved from the duty; 设置's default where the notice names none. */
export function letterAddressee(file: CampaignFile, fallback: string): string | null {
  const duty = letterDuty(file);
  const resolved = duty ? dutyAddressee(file, duty) : null;
  return resolved?.name || fallback || null;
}

function figuresRuns(d: DraftInput): Inline[] {
  const f = d.figures;
  const runs: Inline[] = [];
  if (has(f, 'problems.total')) {
    runs.push(t('共发现问题'), fig(f, 'problems.total'), t('个，已完成整改'), fig(f, 'problems.rectified'), t('个，整改完成率'), fig(f, 'problems.rate'), t('%'));
  } else runs.push(t('发现问题'), blank('发现问题数'), t('个'));
  if (has(f, 'clues.total')) runs.push(t('；受理问题线索'), fig(f, 'clues.total'), t('条'));
  if (has(f, 'cases.total')) runs.push(t('；立案查处案件'), fig(f, 'cases.total'), t('件，涉及金额'), fig(f, 'cases.amount'), t('万元'));
  runs.push(t('。'));
  return runs;
}

/** `summary` is the campaign's summary as it stands (the saved draft, or a fresh one). */
export function draftLetter(d: DraftInput, summary: OfficialDocument): OfficialDocument {
  const file = d.figures.file;
  const topic = campaignTopic(file);
  const b = new Blocks('l');
  b.p(t(`根据${noticeCitation(file)}要求，我院认真组织开展${topic}工作。现将工作情况报告如下：`));
  b.p(t('专项工作开展以来，我院'), ...figuresRuns(d));
  b.p(t(`各项工作的具体开展情况、存在的问题及下一步工作安排，详见《${summary.head.title.replace(/\n/g, '')}》${summary.attachments.length ? '及所附统计表' : ''}。`));
  b.p(t('特此报告。'));
  const attachments: Attachment[] = [
    { title: summary.head.title.replace(/\n/g, ''), landscape: false, blocks: summary.body },
    ...summary.attachments,
  ];
  return {
    kind: 'letter',
    head: head(d, `${hospitalName(d)}关于报送${topic}工作情况的报告`, {
      issuerMark: d.settings.issuerMark || `${hospitalName(d)}文件`,
      // The hospital's own 发文字号 sequence is not in the records: a marked blank the officer fills in the editor.
      documentNumber: blankText('发文字号'),
      signer: d.settings.signer || blankText('签发人'),
      addressee: letterAddressee(file, d.settings.addressee),
    }),
    body: b.list,
    attachments,
    colophon: null,
  };
}
