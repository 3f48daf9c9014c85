// How a round reads: its status, period and due date.
import type { RoundSummary } from '../../../shared/inspection';
import { chineseDate } from '../../../shared/dates';
import { dueInText, periodText } from '../lib/format';

export const roundStatusLabel: Record<RoundSummary['status'], string> = { open: '进行中', closed: '已归档' };
export const roundStatusColor: Record<RoundSummary['status'], string> = { open: 'green', closed: 'gray' };

export function roundPeriodText(r: RoundSummary): string {
  return r.periodStart || r.periodEnd ? periodText({ start: r.periodStart, end: r.periodEnd }) : '未填写';
}

/** "2020年10月31日前（还有 23 天）"; an archived round needs no countdown. */
export function roundDueText(r: RoundSummary, today: string): string {
  if (!r.dueOn) return '未定完成日期';
  if (r.status === 'closed') return `${chineseDate(r.dueOn)}前`;
  return `${chineseDate(r.dueOn)}前（${dueInText(today, r.dueOn)}）`;
}
