// What a round of a campaign asks about: every checklist item by its answer kind,
// and every task as progress (推进情况), in the campaign's own order.
import type { CampaignFile } from '../../../shared/campaign';
import { questionOfItem, type RoundQuestion } from '../../../shared/inspection';

export function campaignQuestions(file: CampaignFile): RoundQuestion[] {
  const out: RoundQuestion[] = [];
  for (const cl of file.checklists) {
    for (const g of cl.groups) {
      for (const item of g.items) {
        out.push({
          elementId: item.id,
          kind: 'item',
          no: item.no,
          text: item.text,
          group: g.title,
          groupId: g.id,
          note: item.note,
          question: questionOfItem(item.answer),
        });
      }
    }
  }
  const sections = new Map<string, string>();
  for (const t of file.tasks) {
    if (!sections.has(t.section)) sections.set(t.section, `section-${sections.size + 1}`);
    out.push({
      elementId: t.id,
      kind: 'task',
      no: t.no,
      text: `${t.title}：${t.text}`,
      group: t.section,
      groupId: sections.get(t.section) ?? t.section,
      note: t.deadline ? `期限：${t.deadline.original}` : null,
      question: { kind: 'progress' },
    });
  }
  return out;
}
