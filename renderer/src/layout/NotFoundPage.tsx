import { Button, EmptyState } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="找不到这个页面" />
      <EmptyState
        py="xl"
        icon={<IconMapQuestion size={30} stroke={1.5} />}
        withIndicatorBackground
        title="这个地址没有对应的页面"
        description="可能是链接已过期。请从左侧导航重新进入。"
      >
        <EmptyState.Actions>
          <Button component={Link} to="/">
            返回工作台
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
}
