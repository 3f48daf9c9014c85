// How an answer reads in Chinese: in problem summaries and the import review.
import { chineseDate } from '../../../shared/dates';
import { formatWan } from '../../../shared/money';
import type { AnswerValue, Question } from '../../../shared/inspection';

function unitOf(question: Question | undefined): string {
  return question && 'unit' in question ? question.unit : '';
}

export function answerText(value: AnswerValue | null, question?: Question): string {
  if (!value) return '未作答';
  const unit = unitOf(question);
  switch (value.kind) {
    case 'yesno':
      return value.value;
    case 'sampled':
      return `抽查 ${value.sampled} ${unit || '人'}，违法违规 ${value.violating} ${unit || '人'}`;
    case 'amount':
      return `${formatWan(value.fen)} 万元`;
    case 'count':
      return `${value.count}${unit ? ` ${unit}` : ''}`;
    case 'persons':
      return Object.entries(value.byRole)
        .map(([role, n]) => `${role} ${n}${unit ? ` ${unit}` : ''}`)
        .join('，');
    case 'text':
      return value.text;
    case 'date':
      return chineseDate(value.date);
    case 'docNumber':
      return value.number;
    case 'percent':
      return `${value.percent}%`;
    case 'progress':
      return value.done.trim() ? `${value.status}：${value.done.trim()}` : value.status;
  }
}

/** The prefilled description of a problem an answer reveals. */
export function problemSummary(no: string, text: string, value: AnswerValue | null, question: Question, note: string): string {
  const base = `第 ${no} 项“${text}”自查结果：${answerText(value, question)}`;
  return note.trim() ? `${base}（备注：${note.trim()}）` : base;
}
