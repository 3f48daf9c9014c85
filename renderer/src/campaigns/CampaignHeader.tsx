import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconChecklist, IconChevronLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CampaignSummary } from '../../../shared/catalog';
import { ExportButton } from './ExportButton';
import { NoticeAlert, type Notice } from '../components/NoticeAlert';
import { StatusBadge } from '../components/StatusBadge';
import { periodText } from '../lib/format';

export function CampaignHeader({ summary, windowTitle }: { summary: CampaignSummary; windowTitle: string }) {
  useDocumentTitle(`${windowTitle} - 自查通`);
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <Stack gap={6} mb="sm">
      <Anchor component={Link} to="/campaigns" size="sm" w="fit-content">
        <Group gap={2}>
          <IconChevronLeft size={14} />
          专项行动
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="nowrap" align="center">
            <StatusBadge period={summary.period} />
            <Title order={1}>{summary.title}</Title>
          </Group>
          <Text size="sm" c="dimmed">
            {summary.issuers.join('、')}　{summary.docNumber ?? '无文号'}　期限：{periodText(summary.period)}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {summary.counts.items + summary.counts.tasks > 0 && (
            <Button component={Link} to={`/self-check?new=${encodeURIComponent(summary.id)}`} leftSection={<IconChecklist size={16} />} data-testid="start-self-check">
              开始自查
            </Button>
          )}
          <ExportButton id={summary.id} onDone={setNotice} />
        </Group>
      </Group>
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
    </Stack>
  );
}
