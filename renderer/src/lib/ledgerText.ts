// How the ledger reads: status and warning colours, the rectification rate, and
// the values of history rows (status names, 万元, department and person names).
import { fieldLabel, statusLabel, RECTIFICATION_STATUSES, type RectificationStatus, type WarningLevel } from '../../../shared/ledger';
import { formatWan } from '../../../shared/money';
import { chineseDateIn } from '../../../shared/dates';

export const statusColor: Record<RectificationStatus, string> = {
  pending: 'gray',
  inProgress: 'blue',
  staged: 'cyan',
  done: 'violet',
  verified: 'teal',
  signedOff: 'green',
};

export const warningColor: Record<Exclude<WarningLevel, null>, string> = { red: 'red', orange: 'orange', yellow: 'yellow' };

/** 0.4166 → "41.7%"; nothing to count → "—". */
export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

export function amountText(fen: number): string {
  return fen === 0 ? '—' : `${formatWan(fen)} 万元`;
}

export interface NameLookup {
  departments: ReadonlyMap<number, string>;
  people: ReadonlyMap<number, string>;
  campaigns: ReadonlyMap<string, string>;
}

const isStatus = (v: string): v is RectificationStatus => (RECTIFICATION_STATUSES as readonly string[]).includes(v);

export function historyFieldText(field: string): string {
  if (field === 'created') return '登记问题';
  if (field === 'reason') return '重新打开原因';
  if (field === 'signOffReason') return '销号理由';
  return fieldLabel[field] ?? field;
}

/** A stored history value as the officer knows it. */
export function historyValueText(field: string, value: string | null, names: NameLookup): string {
  if (value === null || value === '') return '（空）';
  const id = Number(value);
  switch (field) {
    case 'status':
      return isStatus(value) ? statusLabel[value] : value;
    case 'amountFen':
      return Number.isSafeInteger(id) ? `${formatWan(id)} 万元` : value;
    case 'immediate':
      return value === 'true' || value === '1' ? '是' : '否';
    case 'departmentId':
      return names.departments.get(id) ?? `科室 #${value}`;
    case 'personId':
      return names.people.get(id) ?? `人员 #${value}`;
    case 'campaignId':
      return names.campaigns.get(value) ?? value;
    default:
      return chineseDateIn(value);
  }
}
