// 验证记录: who checked, when, passed or not, and what they found.
import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ProblemDetail } from '../../../shared/ledger';
import { chineseDate } from '../../../shared/dates';

export function VerificationList({ verifications }: { verifications: ProblemDetail['verifications'] }) {
  if (verifications.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        还没有验证记录。整改完成后，由验证人核实并点“验证通过”或“验证不通过”。
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="verifications">
      {verifications.map((v) => (
        <Stack key={v.id} gap={2} className="zc-entry" data-testid="verification">
          <Group gap="xs" wrap="nowrap">
            <Badge size="sm" variant="light" color={v.passed ? 'teal' : 'red'}>
              {v.passed ? '通过' : '不通过'}
            </Badge>
            <Text size="sm" fw={600}>
              {chineseDate(v.onDate)}
            </Text>
            <Text size="sm" c="dimmed">
              验证人 {v.checker}
            </Text>
          </Group>
          {v.findings && (
            <Text size="sm" className="zc-prewrap">
              {v.findings}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
