import { Group, Paper, Stack, Text } from '@mantine/core';
import type { Checklist } from '../../../shared/campaign';

/** The fields filled in at the top of a checklist: blanks, or the choices to tick. */
export function HeaderFields({ fields }: { fields: Checklist['header'] }) {
  const blanks = fields.filter((f) => f.options.length === 0);
  const choices = fields.filter((f) => f.options.length > 0);
  return (
    <Paper bg="gray.0" p="xs" data-testid="header-fields">
      <Stack gap={4}>
        <Text size="xs" c="dimmed" fw={600}>
          表头填写项
        </Text>
        {blanks.length > 0 && (
          <Group gap="lg" wrap="wrap">
            {blanks.map((f) => (
              <Text key={f.id} size="sm">
                {f.label}：<span className="zc-blank" />
              </Text>
            ))}
          </Group>
        )}
        {choices.map((f) => (
          <Text key={f.id} size="sm">
            <b>{f.label}</b>：{f.options.map((o) => `□${o}`).join('　')}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
