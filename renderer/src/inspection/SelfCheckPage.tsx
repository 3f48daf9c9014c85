// /self-check — the rounds of self-inspection (自查轮次), open ones first.
import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { call } from '../api';
import { EmptyNote } from '../components/EmptyNote';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../lib/useApi';
import { NewRoundModal } from './NewRoundModal';
import { RoundRow } from './RoundRow';

export function SelfCheckPage() {
  const data = useApi(() => Promise.all([call('inspection.rounds', {}), call('campaigns.list')]), []);
  // 开始自查 on a campaign's page arrives here with ?new=<campaign id>.
  const [params, setParams] = useSearchParams();
  const preset = params.get('new');
  const [creating, setCreating] = useState(preset !== null);
  const close = () => {
    setCreating(false);
    if (preset !== null) setParams({}, { replace: true });
  };
  const ready = data.state === 'done';
  const newButton = (testId: string) => (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} disabled={!ready} data-testid={testId}>
      新建自查轮次
    </Button>
  );
  return (
    <>
      <PageHeader
        title="自查"
        description="按专项行动的检查要点和重点任务逐项填报本院自查情况，分配给科室，附上佐证材料；完成后归档留存。"
        actions={newButton('new-round')}
      />
      {data.state === 'loading' && <LoadingBlock rows={3} label="正在加载自查轮次" />}
      {data.state === 'error' && <ErrorAlert message={data.message} title="自查轮次未能加载" />}
      {ready &&
        (data.value[0].length === 0 ? (
          <EmptyNote
            title="还没有自查轮次"
            description="点“新建自查轮次”，选择一项专项行动，即可按它的检查要点和重点任务逐项填报自查情况。"
          >
            {newButton('new-round-empty')}
          </EmptyNote>
        ) : (
          <Stack gap="xs" data-testid="rounds-list">
            <Text size="sm" c="dimmed">
              共 {data.value[0].length} 轮，其中进行中 {data.value[0].filter((r) => r.status === 'open').length} 轮
            </Text>
            {data.value[0].map((r) => (
              <RoundRow key={r.id} round={r} />
            ))}
          </Stack>
        ))}
      {ready && creating && <NewRoundModal campaigns={data.value[1]} rounds={data.value[0]} campaignId={preset} onClose={close} />}
    </>
  );
}
