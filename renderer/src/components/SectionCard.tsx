import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card, the building block of the overview pages. */
export function SectionCard({ title, extra, children, testId }: { title: string; extra?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card data-testid={testId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h3">{title}</Title>
        {extra}
      </Group>
      {children}
    </Card>
  );
}
