// An archived round: read-only, and who archived it when.
import { Alert, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { RoundDetail } from '../../../shared/inspection';
import { momentText } from '../lib/format';

export function ClosedBanner({ events }: { events: RoundDetail['events'] }) {
  const closed = [...events].reverse().find((e) => e.kind === 'closed');
  return (
    <Alert color="gray" variant="light" icon={<IconLock size={18} />} mb="sm" py="xs" data-testid="closed-banner">
      <Text size="sm">
        <b>本轮自查已归档，只能查看。</b>
        {closed && `${closed.by} 于 ${momentText(closed.at)} 归档。`}
        如需修改，请点右上角“重新打开”并填写原因。
      </Text>
    </Alert>
  );
}
