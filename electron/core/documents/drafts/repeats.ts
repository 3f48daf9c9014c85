// 存在的问题: how many of the campaign's problems repeat one signed off before
// (屡查屡犯), a figure linked like every other; nothing when there are none.
import type { CampaignFigures } from '../figures';
import { fig, t, type Blocks } from './kit';

export function repeatParagraph(b: Blocks, f: CampaignFigures): void {
  const n = f.values['problems.repeats'];
  if (n === undefined || n === '0') return;
  b.p(
    t('本专项行动登记的问题中，屡查屡犯问题'), fig(f, 'problems.repeats'),
    t('个（与以往已整改销号的问题同一科室、同一类别、内容相似），反映出部分问题整改不彻底、长效机制尚不健全，须深挖根源、从严整改。'),
  );
}
