import { Button } from '@mantine/core';
import { IconArrowRight, IconHourglass } from '@tabler/icons-react';
import { EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import type { Placeholder } from '../lib/navigation';

/** A page whose capability comes in a later version. */
export function PlaceholderPage({ placeholder: p }: { placeholder: Placeholder }) {
  return (
    <>
      <PageHeader title={p.label} />
      <EmptyState
        py="xl"
        maw={560}
        mx="auto"
        variant="light"
        icon={<IconHourglass size={30} stroke={1.5} />}
        title={`“${p.label}”功能即将推出`}
        description={p.purpose}
        data-testid="placeholder"
      >
        <EmptyState.Actions>
          <Button component={Link} to="/campaigns" rightSection={<IconArrowRight size={16} />}>
            返回专项行动
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
