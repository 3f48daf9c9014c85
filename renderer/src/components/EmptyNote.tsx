import { EmptyState } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A plain "nothing here" with what to do about it. */
export function EmptyNote({ title, description, children }: { title: string; description?: ReactNode; children?: ReactNode }) {
  return (
    <EmptyState
      size="sm"
      py="lg"
      title={title}
      description={description}
      icon={<IconInbox size={28} stroke={1.5} />}
      withIndicatorBackground
      data-testid="empty-state"
    >
      {children && <EmptyState.Actions>{children}</EmptyState.Actions>}
    </EmptyState>
  );
}
