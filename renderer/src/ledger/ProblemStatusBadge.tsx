import { Badge, type BadgeProps } from '@mantine/core';
import { statusLabel, type RectificationStatus } from '../../../shared/ledger';
import { statusColor } from '../lib/ledgerText';

/** 待整改 … 已销号, in the status's colour. */
export function ProblemStatusBadge({ status, testId, ...rest }: { status: RectificationStatus; testId?: string } & Omit<BadgeProps, 'color' | 'children'>) {
  return (
    <Badge color={statusColor[status]} variant={status === 'signedOff' ? 'filled' : 'light'} data-status={status} data-testid={testId} style={{ flexShrink: 0 }} {...rest}>
      {statusLabel[status]}
    </Badge>
  );
}
