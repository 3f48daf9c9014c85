import { Badge } from '@mantine/core';
import { campaignStatus, campaignStatusLabel } from '../../../shared/catalog';
import { useAppInfo } from '../lib/AppInfoProvider';
import { statusColor } from '../lib/format';

/** 进行中/未开始/已结束, relative to the office's today (app.info). */
export function StatusBadge({ period }: { period: { start: string | null; end: string | null } }) {
  const { today } = useAppInfo().info;
  const status = campaignStatus(period, today);
  return (
    <Badge color={statusColor[status]} variant="light" style={{ flexShrink: 0 }} data-status={status}>
      {campaignStatusLabel[status]}
    </Badge>
  );
}
