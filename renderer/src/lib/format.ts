// How campaign data reads in Chinese: periods, deadlines, formats, answer kinds.
import type { ChecklistItem, Duty, Target, Task } from '../../../shared/campaign';
import type { CampaignStatus } from '../../../shared/catalog';
import { chineseDate, chineseMoment } from '../../../shared/dates';

export function periodText(period: { start: string | null; end: string | null }): string {
  const { start, end } = period;
  if (start && end) return `${chineseDate(start)} 至 ${chineseDate(end)}`;
  if (start) return `${chineseDate(start)} 起`;
  if (end) return `至 ${chineseDate(end)}`;
  return '未定期限';
}

export const statusColor: Record<CampaignStatus, string> = {
  running: 'green',
  upcoming: 'blue',
  over: 'gray',
  undated: 'yellow',
};

export const formatLabel: Record<Duty['formats'][number], string> = {
  docx: 'Word',
  pdf: 'PDF',
  stampedPdf: '盖章PDF',
  xlsx: 'Excel表格',
  electronic: '电子版',
  paper: '书面',
};

export function answerLabel(answer: ChecklistItem['answer']): string {
  switch (answer.kind) {
    case 'yesno':
      return '有/无';
    case 'sampled':
      return '抽查/违法违规人数';
    case 'amount':
      return `金额（${answer.unit}）`;
    case 'count':
      return `数量（${answer.unit}）`;
    case 'persons':
      return `人数（${answer.roles.join('/')}）`;
    case 'text':
      return '文字说明';
    case 'date':
      return '日期';
    case 'docNumber':
      return '文号';
    case 'percent':
      return '百分比（%）';
  }
}

const COMPARISON: Record<Target['comparison'], string> = { atLeast: '不低于', above: '高于', atMost: '不超过', below: '低于', reduceBy: '下降' };

/** 不低于 20%（原文：抽查比例不低于20%） */
export function targetText(t: Target): string {
  return `${COMPARISON[t.comparison]} ${t.value}${t.unit}（原文：${t.original}）`;
}

/** A task's deadline: the date and always the notice's own wording. */
export function deadlineText(deadline: Task['deadline']): string {
  if (!deadline) return '通知未规定期限';
  if (deadline.standing) {
    return deadline.original === '持续推进' ? '持续推进' : `持续推进（原文：${deadline.original}）`;
  }
  if (deadline.date) return `${chineseDate(deadline.date)}（原文：${deadline.original}）`;
  return `原文：${deadline.original}`;
}

export const kindLabel = { campaign: '专项整治', workPoints: '工作要点' } as const;

/** Whole days from `from` to `to` (ISO dates, no time zones). */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export function dueInText(today: string, due: string): string {
  const days = daysBetween(today, due);
  if (days === 0) return '今天到期';
  if (days === 1) return '明天到期';
  if (days < 0) return `已过 ${-days} 天`;
  return `还有 ${days} 天`;
}

/** A stored moment (ISO, UTC) in the office's local time: "2020年10月8日 09:00". */
export function momentText(iso: string): string {
  return chineseMoment(iso);
}

/** 1536 → "1.5 KB". */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
