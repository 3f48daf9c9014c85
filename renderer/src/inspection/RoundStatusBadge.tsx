import { Badge } from '@mantine/core';
import type { RoundSummary } from '../../../shared/inspection';
import { roundStatusColor, roundStatusLabel } from './roundText';

/** 进行中 / 已归档. */
export function RoundStatusBadge({ status }: { status: RoundSummary['status'] }) {
  return (
    <Badge color={roundStatusColor[status]} variant="light" style={{ flexShrink: 0 }} data-status={status}>
      {roundStatusLabel[status]}
    </Badge>
  );
}
