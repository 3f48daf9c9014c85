// The review of a feedback or rectification document: the problems it lists, each
// to tick, correct (category, description, status, deadline, next milestone) and add
// to the problem ledger, optionally under one campaign. Nothing is added before
// 加入问题台账, and then all the ticked problems or none.
import { Alert, Badge, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { FEEDBACK_STATUSES, feedbackStatusLabel, type FeedbackProblem, type FeedbackProposal, type FeedbackStatus } from '../../../shared/feedbackProposal';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';
import { useApi } from '../lib/useApi';

export function FeedbackReview({ initial, onDiscard }: { initial: FeedbackProposal; onDiscard: () => void }) {
  const [proposal, setProposal] = useState(initial);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string[] | null>(null);
  const campaigns = useApi(() => call('campaigns.list'), []);

  const edit = (i: number, patch: Partial<FeedbackProblem>) =>
    setProposal((p) => ({ ...p, problems: p.problems.map((x, k) => (k === i ? { ...x, ...patch } : x)) }));
  const chosen = proposal.problems.filter((x) => x.include).length;

  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      const done = await call('ledger.applyFeedback', { proposal, campaignId });
      setAdded(done.numbers);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (added) {
    return (
      <Alert color="green" title="已加入问题台账" data-testid="feedback-added">
        <Stack gap="xs">
          <Text size="sm">
            已登记 {added.length} 个问题（编号 {added[0]} 至 {added[added.length - 1]}）。
          </Text>
          <Group gap="xs">
            <Button component={Link} to="/problems" size="xs">
              打开问题台账
            </Button>
            <Button variant="default" size="xs" onClick={onDiscard}>
              再识别一份
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  return (
    <Stack gap="sm" data-testid="feedback-review">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant="light" data-testid="notice-kind">
              识别为：反馈/整改报告
            </Badge>
            <Text size="sm" c="dimmed">
              问题来源：{proposal.problemSource}；发现时间：{proposal.foundOn ?? '未写明，按今天登记'}
            </Text>
          </Group>
          <Text fw={600}>{proposal.title || '（未识别出标题）'}</Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" onClick={onDiscard}>
            放弃，重新识别
          </Button>
          <Button leftSection={<IconCheck size={16} />} loading={busy} disabled={!chosen} onClick={() => void apply()} data-testid="feedback-apply">
            加入问题台账（{chosen} 个）
          </Button>
        </Group>
      </Group>
      <Select
        label="关联专项行动（可不选）"
        placeholder="不关联"
        clearable
        searchable
        maw={520}
        data={campaigns.state === 'done' ? campaigns.value.map((c) => ({ value: c.id, label: c.title })) : []}
        value={campaignId}
        onChange={setCampaignId}
        data-testid="feedback-campaign"
      />
      {[...proposal.flags, ...proposal.problems.flatMap((x) => x.flags)].map((f, i) => (
        <Alert key={i} color="yellow" p="xs">
          {f.message}
        </Alert>
      ))}
      {error && <ErrorAlert title="未能加入" message={error} data-testid="feedback-error" />}
      <Paper withBorder>
        <Table verticalSpacing="xs" data-testid="feedback-problems">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>加入</Table.Th>
              <Table.Th w={150}>类别</Table.Th>
              <Table.Th>问题描述与整改措施</Table.Th>
              <Table.Th w={150}>状态</Table.Th>
              <Table.Th w={150}>整改时限 / 下一节点</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposal.problems.map((x, i) => (
              <Table.Tr key={x.id} data-testid={`feedback-problem-${i}`}>
                <Table.Td>
                  <Checkbox aria-label={`加入第 ${i + 1} 个问题`} checked={x.include} onChange={(e) => edit(i, { include: e.currentTarget.checked })} />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label="类别" value={x.category} maxLength={40} onChange={(e) => edit(i, { category: e.currentTarget.value })} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <Textarea aria-label="问题描述" autosize minRows={1} value={x.description} onChange={(e) => edit(i, { description: e.currentTarget.value })} />
                    {x.measures.map((m, k) => (
                      <Text key={k} size="xs" c="dimmed">
                        措施{k + 1}：{m}
                      </Text>
                    ))}
                    {x.department && (
                      <Text size="xs" c="dimmed">
                        责任科室：{x.department}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label="状态"
                    data={FEEDBACK_STATUSES.map((s) => ({ value: s, label: feedbackStatusLabel[s] }))}
                    value={x.status}
                    allowDeselect={false}
                    onChange={(v) => v && edit(i, { status: v as FeedbackStatus })}
                  />
                  {x.statusOriginal && (
                    <Text size="xs" c="dimmed">
                      原文：{x.statusOriginal}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <TextInput aria-label="整改时限" placeholder="YYYY-MM-DD" value={x.deadline ?? ''} onChange={(e) => edit(i, { deadline: e.currentTarget.value.trim() || null })} />
                    {x.status === 'staged' && (
                      <TextInput
                        aria-label="下一节点日期"
                        placeholder="下一节点 YYYY-MM-DD"
                        value={x.nextMilestone ?? ''}
                        onChange={(e) => edit(i, { nextMilestone: e.currentTarget.value.trim() || null })}
                        data-testid={`feedback-milestone-${i}`}
                      />
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!proposal.problems.length && (
          <Text p="md" c="dimmed">
            没有找到逐条列出的问题。可以回到上一步补充原文，或在问题台账中手工登记。
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
