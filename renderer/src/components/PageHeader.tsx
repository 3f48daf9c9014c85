import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** The window title, when it should differ from the heading. */
  windowTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** A page's heading, which also sets the window title. */
export function PageHeader({ title, windowTitle, description, actions }: Props) {
  useDocumentTitle(`${windowTitle ?? title} - 自查通`);
  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap" gap="md">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Title order={1}>{title}</Title>
        {description && (
          <Text size="sm" c="dimmed" component="div">
            {description}
          </Text>
        )}
      </Stack>
      {actions && (
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {actions}
        </Group>
      )}
    </Group>
  );
}
