// Colours and words the 报送台账 and the calendar share.
import type { DutyStatus } from '../../../shared/duties';
import type { WarningLevel } from '../../../shared/ledger';

export const statusColor: Record<DutyStatus, string> = {
  notStarted: 'gray',
  drafted: 'blue',
  sent: 'green',
  overdue: 'red',
  sentLate: 'orange',
};

export const warningColor: Record<Exclude<WarningLevel, null>, string> = { red: 'red', orange: 'orange', yellow: 'yellow' };

export const md = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
