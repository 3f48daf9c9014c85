import { Badge, type BadgeProps } from '@mantine/core';
import { warningLabel, type WarningLevel } from '../../../shared/ledger';
import { warningColor } from '../lib/ledgerText';

/** 已逾期 / 10天内到期 / 20天内到期; nothing for items not at risk. */
export function WarningBadge({ level, ...rest }: { level: WarningLevel } & Omit<BadgeProps, 'color' | 'children'>) {
  if (!level) return null;
  return (
    <Badge
      color={warningColor[level]}
      variant={level === 'red' ? 'filled' : 'light'}
      c={level === 'yellow' ? 'yellow.9' : undefined}
      data-warning={level}
      style={{ flexShrink: 0 }}
      {...rest}
    >
      {warningLabel[level]}
    </Badge>
  );
}
