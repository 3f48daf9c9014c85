import { Text, Timeline } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { Phase } from '../../../shared/campaign';
import { useAppInfo } from '../lib/AppInfoProvider';
import { periodText } from '../lib/format';

/** The phases as the notice names them; the current one (by today) is highlighted. */
export function PhaseTimeline({ phases }: { phases: Phase[] }) {
  const { today } = useAppInfo().info;
  let active = -1;
  phases.forEach((p, i) => {
    if (!p.start || p.start <= today) active = i;
  });
  return (
    <Timeline active={active} bulletSize={16} lineWidth={2} data-testid="phases">
      {phases.map((p, i) => {
        const current = (!p.start || p.start <= today) && (!p.end || today <= p.end);
        return (
          <Timeline.Item
            key={p.id}
            title={
              <Text fw={600} size="sm">
                {p.name}
                {current && (
                  <Text span c="green.7" size="xs" ml={6}>
                    当前阶段
                  </Text>
                )}
              </Text>
            }
            data-phase-index={i}
          >
            <Text size="sm">{periodText(p)}</Text>
            <Text size="xs" c="dimmed">
              原文：{p.original}
            </Text>
            {p.correction && (
              <Text size="xs" c="orange.8" mt={2}>
                <IconInfoCircle size={12} style={{ verticalAlign: '-2px', marginRight: 2 }} />
                日期说明：{p.correction}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
