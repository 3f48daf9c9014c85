// Plain Chinese lines for a workbook plan: what the command line prints, one
// line per error or change, readable without the window.
import type { AnswerValue } from '../../../../shared/inspection';
import { formatWan } from '../../../../shared/money';
import type { WorkbookChange, WorkbookError } from '../../../../shared/workbook';

const clip = (text: string, n = 30) => (text.length > n ? `${text.slice(0, n)}…` : text);

export function describeAnswer(value: AnswerValue | null): string {
  if (!value) return '（未填）';
  switch (value.kind) {
    case 'yesno':
      return value.value;
    case 'sampled':
      return `抽查 ${value.sampled}，违法违规 ${value.violating}`;
    case 'amount':
      return `${formatWan(value.fen)} 万元`;
    case 'count':
      return String(value.count);
    case 'persons':
      return Object.entries(value.byRole).map(([role, n]) => `${role} ${n}`).join('，') || '（未填）';
    case 'text':
      return clip(value.text);
    case 'date':
      return value.date;
    case 'docNumber':
      return value.number;
    case 'percent':
      return `${value.percent}%`;
    case 'progress':
      return value.done ? `${value.status}：${clip(value.done)}` : value.status;
  }
}

/** `文件 工作表 行 列：消息`, with - where a part does not apply. */
export function describeError(e: WorkbookError): string {
  return `${e.file} ${e.sheet ?? '-'} ${e.row ?? '-'} ${e.column ?? '-'}：${e.message}`;
}

export function describeChange(c: WorkbookChange): string {
  const note = (n: string) => (n ? `（备注：${clip(n, 20)}）` : '');
  const mark = c.conflict ? `[冲突：导出后已由${c.currentUpdatedBy ?? '他人'}修改] ` : '';
  return `${mark}第 ${c.no} 项 ${clip(c.text, 20)}：${describeAnswer(c.before)}${note(c.beforeNote)} → ${describeAnswer(c.after)}${note(c.afterNote)}`;
}
