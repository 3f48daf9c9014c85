import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useState } from 'react';
import { call } from '../api';
import { CampaignRow } from './CampaignRow';
import { ImportButton } from './ImportButton';
import { NoticeAlert, type Notice } from '../components/NoticeAlert';
import { EmptyNote } from '../components/EmptyNote';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../lib/useApi';

export function CampaignListPage() {
  const list = useApi(() => call('campaigns.list'), []);
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <>
      <PageHeader
        title="专项行动"
        description="上级下发的专项整治通知和工作要点。点击一项查看任务、检查要点和统计表；收到新的专项行动文件（.json）时点“导入”；收到上级通知时点“新建”，从通知文字识别。"
        actions={
          <>
            <Button component={Link} to="/campaigns/new" variant="default" leftSection={<IconPlus size={16} />} data-testid="new-campaign">
              新建
            </Button>
            <ImportButton
              onDone={(n, imported) => {
                setNotice(n);
                if (imported) list.reload();
              }}
            />
          </>
        }
      />
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
      {list.state === 'loading' && <LoadingBlock rows={5} />}
      {list.state === 'error' && <ErrorAlert message={list.message} />}
      {list.state === 'done' &&
        (list.value.length === 0 ? (
          <EmptyNote title="还没有专项行动" description="点右上角“导入”，选择上级下发的专项行动文件（.json）。" />
        ) : (
          <Stack gap="xs" data-testid="campaigns">
            <Text size="sm" c="dimmed">
              共 {list.value.length} 项
            </Text>
            {list.value.map((c) => (
              <CampaignRow key={c.id} campaign={c} onNotice={setNotice} />
            ))}
          </Stack>
        ))}
    </>
  );
}
