// 整改流程: where the problem stands on 待整改 → 整改中 → 已完成（待验证）→ 已验证 → 已销号,
// with what comes next.
import { Stepper, Text } from '@mantine/core';
import { chineseDate } from '../../../shared/dates';
import type { ProblemDetail, RectificationStatus } from '../../../shared/ledger';

const STEPS = ['待整改', '整改中', '已完成（待验证）', '已验证', '已销号'] as const;
const active: Record<RectificationStatus, number> = { pending: 0, inProgress: 1, staged: 1, done: 2, verified: 3, signedOff: 5 };

function hint(d: ProblemDetail): string {
  const p = d.problem;
  switch (p.status) {
    case 'pending':
      return p.immediate ? '立行立改：可直接“整改完成”' : '下一步：开始整改';
    case 'inProgress':
      return '边整改边记录进展，完成后点“整改完成”';
    case 'staged':
      return `阶段性完成${p.nextMilestone ? `，下一节点 ${chineseDate(p.nextMilestone)}` : ''}`;
    case 'done':
      return '等待验证：验证通过或不通过';
    case 'verified':
      return '验证已通过，可以销号';
    case 'signedOff':
      return '';
  }
}

export function StatusFlow({ detail }: { detail: ProblemDetail }) {
  const at = active[detail.problem.status];
  return (
    <Stepper active={at} orientation="vertical" size="xs" iconSize={22} data-testid="status-flow">
      {STEPS.map((label, i) => (
        <Stepper.Step
          key={label}
          label={label}
          description={
            i === at ? (
              <Text size="xs" c="blue.8">
                {hint(detail)}
              </Text>
            ) : undefined
          }
        />
      ))}
    </Stepper>
  );
}
