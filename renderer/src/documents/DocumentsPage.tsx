// 文书: pick a campaign (kept in the address), see the documents its duties ask
// for with their state, and open one to edit, preview and export.
import { Badge, Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight, IconSettings } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import type { DocumentSummary } from '../../../shared/channels/documents';
import { chineseDate, chineseMoment } from '../../../shared/dates';
import { call } from '../api';
import { EmptyNote } from '../components/EmptyNote';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { useAppInfo } from '../lib/AppInfoProvider';
import { useApi } from '../lib/useApi';
import { useRunningCampaignDefault } from '../lib/runningCampaign';

export function DocumentsPage() {
  const [params, setParams] = useSearchParams();
  const start = useApi(async () => {
    const [campaigns, org] = await Promise.all([call('campaigns.list'), call('org.get')]);
    return { campaigns, hospital: org.hospital?.name.trim() ?? '' };
  }, []);
  const campaignId = params.get('campaign');
  const list = start.state === 'done' ? start.value.campaigns : [];
  useRunningCampaignDefault(start.state === 'done' ? start.value.campaigns : null, campaignId, (id) => setParams({ campaign: id }, { replace: true }));
  const campaign = list.find((c) => c.id === campaignId) ?? null;
  const hasHospital = start.state === 'done' && start.value.hospital !== '';
  return (
    <Stack gap="md" data-testid="documents-page">
      <PageHeader
        title="文书"
        description="按专项行动的报送要求起草工作情况总结、工作方案、领导小组通知、报送报告、清查及整改情况报告和案件台账：数字取自自查、台账和案件记录，版式符合党政机关公文格式（GB/T 9704），可导出 Word、PDF 和盖章 PDF。"
      />
      {start.state === 'loading' && <LoadingBlock rows={2} label="正在加载专项行动" />}
      {start.state === 'error' && <ErrorAlert message={start.message} title="专项行动未能加载" />}
      {start.state === 'done' && list.length === 0 && (
        <EmptyNote title="还没有专项行动" description="文书按专项行动的报送要求起草。先导入或选择一个专项行动。">
          <Button component={Link} to="/campaigns" variant="light">
            前往专项行动
          </Button>
        </EmptyNote>
      )}
      {start.state === 'done' && list.length > 0 && !hasHospital && (
        <EmptyNote title="请先填写本院信息" description="文书的署名和落款取自设置中的医院名称。填写后回到这里起草文书。">
          <Button component={Link} to="/settings" variant="light" leftSection={<IconSettings size={16} />} data-testid="documents-to-settings">
            前往设置
          </Button>
        </EmptyNote>
      )}
      {hasHospital && list.length > 0 && (
        <>
          <Select
            label="专项行动"
            placeholder="请选择专项行动"
            w={520}
            searchable
            allowDeselect={false}
            data={list.map((c) => ({ value: c.id, label: c.docNumber ? `${c.docNumber} ${c.title}` : c.title }))}
            value={campaign?.id ?? null}
            onChange={(v) => v && setParams({ campaign: v }, { replace: true })}
            data-testid="documents-campaign"
          />
          {campaign ? (
            <DocumentTable key={campaign.id} campaignId={campaign.id} />
          ) : (
            <EmptyNote title="请先选择专项行动" description="上方选择要起草文书的专项行动，这里会列出它要求报送的文书。" />
          )}
        </>
      )}
    </Stack>
  );
}

function DocumentTable({ campaignId }: { campaignId: string }) {
  const docs = useApi(() => call('documents.list', { campaign: campaignId }), [campaignId]);
  if (docs.state === 'loading') return <LoadingBlock rows={3} label="正在加载文书" />;
  if (docs.state === 'error') return <ErrorAlert message={docs.message} title="文书未能加载" />;
  if (docs.value.length === 0) return <EmptyNote title="这个专项行动没有要报送的文书" description="它的报送要求中没有工作总结、工作方案或领导小组通知。" />;
  return (
    <Card p={0}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="documents-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>文书</Table.Th>
            <Table.Th w={150}>报送期限</Table.Th>
            <Table.Th w={110}>状态</Table.Th>
            <Table.Th w={150}>待填 / 改写</Table.Th>
            <Table.Th w={100} aria-label="操作" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {docs.value.map((d) => (
            <DocumentRow key={d.kind} campaignId={campaignId} doc={d} />
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function DocumentRow({ campaignId, doc: d }: { campaignId: string; doc: DocumentSummary }) {
  const { today } = useAppInfo().info;
  // Not sent yet is not known here; a draft never saved after its due date is worth a look.
  const overdue = d.due !== null && d.due < today && d.editedAt === null;
  return (
    <Table.Tr data-testid="document-row" data-kind={d.kind}>
      <Table.Td>{d.label}</Table.Td>
      <Table.Td>
        {d.due ? (
          <Text span size="sm" c={overdue ? 'red' : undefined}>
            {chineseDate(d.due)}
            {overdue && '（已过期限）'}
          </Text>
        ) : (
          <Text span size="sm" c="dimmed">
            通知未要求
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {d.editedAt ? (
          <Badge color="blue" variant="light" title={`最近保存：${chineseMoment(d.editedAt)}`}>
            已编辑
          </Badge>
        ) : (
          <Badge color="gray" variant="light">
            未编辑
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6}>
          <Text size="sm" c={d.blanks ? 'red' : 'dimmed'}>
            {d.blanks ? `${d.blanks} 处待填` : '无待填'}
          </Text>
          {d.overrides > 0 && (
            <Text size="sm" c="orange">
              · {d.overrides} 处改写
            </Text>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-sm"
          variant="light"
          component={Link}
          to={`/documents/${encodeURIComponent(campaignId)}/${d.kind}`}
          rightSection={<IconArrowRight size={14} />}
          aria-label={`打开${d.label}`}
          data-testid="document-open"
        >
          打开
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
