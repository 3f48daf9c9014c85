// What the hospital's own papers call a campaign. Drafts and the ledger's printed
// ledger both title themselves with it, so it lives with the campaigns rather
// than in either of them.
import type { CampaignFile } from '../../../shared/campaign';

const SUFFIX = /(任务分工表|工作要点|(行动)?(工作|实施)?方案)$/;
const REGION = /^(全省|全市|全区|全县|广西|[\u4e00-\u9fa5]{2,3}(省|自治区|市|区|县))/;

/**
 * The notice's title without the issuing region and the kind of paper, with its
 * year — "2020年卫生健康行业领域突出问题专项整治".
 */
export function campaignTopic(file: CampaignFile): string {
  // "…工作要点任务分工表" is two kinds of paper: strip until neither is left.
  let topic = file.title;
  while (SUFFIX.test(topic)) topic = topic.replace(SUFFIX, '');
  const year = /\d{4}年/.exec(topic)?.[0] ?? (file.period.start ? `${file.period.start.slice(0, 4)}年` : '');
  topic = topic.replace(/\d{4}年/, '').replace(REGION, '');
  return `${year}${topic}`;
}
