// 专项行动 → 新建: paste a notice's text or open its file, then review what the
// parser proposes. Refusals keep the pasted text.
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconFileText, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import type { FeedbackProposal } from '../../../shared/feedbackProposal';
import type { NoticeProposal } from '../../../shared/noticeProposal';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { errorMessage } from '../lib/errors';
import { FeedbackReview } from './FeedbackReview';
import { ReviewScreen } from './ReviewScreen';
import './notice.css';

export function NewCampaignPage() {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<'parse' | 'open' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [proposal, setProposal] = useState<NoticeProposal | null>(null);
  // A feedback or rectification report is reviewed as problems for the ledger, not as a campaign.
  const [feedback, setFeedback] = useState<FeedbackProposal | null>(null);

  const run = async (kind: 'parse' | 'open', get: () => Promise<NoticeProposal | null>) => {
    setBusy(kind);
    setError(null);
    try {
      const p = await get();
      if (p?.kind === 'feedback') setFeedback(await call('ledger.parseFeedback', { name: p.source.name, text: p.source.text }));
      else if (p) setProposal(p);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageHeader
        title={feedback ? '核对反馈问题' : proposal ? '核对识别结果' : '新建专项行动'}
        description={
          feedback
            ? '这是一份反馈意见或整改报告：下面是其中逐条列出的问题。核对类别、描述和状态，勾选要登记的问题后点“加入问题台账”。'
            : proposal
              ? '左边是通知原文，右边是识别出的内容。点选一项，原文中对应的文字会标黄；逐项核对、修改后点“接受并保存”。'
              : '把上级通知、问题清单、自查表或反馈意见的文字粘贴到下面，或打开文件（.docx、有文字层的 .pdf、.txt、附件表 .xlsx），自查通会识别出阶段、任务、报送要求、检查要点和统计表，或反馈的问题，供您核对。'
        }
      />
      {feedback ? (
        <FeedbackReview initial={feedback} onDiscard={() => setFeedback(null)} />
      ) : proposal ? (
        <ReviewScreen key={proposal.campaign.id} initial={proposal} onDiscard={() => setProposal(null)} />
      ) : (
        <Paper withBorder p="md" maw={1000}>
          <Stack gap="sm">
            <Textarea
              label="通知文字"
              placeholder="在此粘贴通知全文（含附件）"
              autosize
              minRows={14}
              maxRows={28}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              data-testid="notice-text"
            />
            {error && <ErrorAlert title="未能识别" message={error} data-testid="notice-error" />}
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {text.length ? `${text.length.toLocaleString('zh-CN')} 字` : ''}
              </Text>
              <Group gap="xs">
                <Button
                  variant="default"
                  leftSection={<IconFileText size={16} />}
                  loading={busy === 'open'}
                  disabled={busy !== null}
                  onClick={() => void run('open', () => call('campaigns.openNotice'))}
                  data-testid="notice-open"
                >
                  打开通知文件
                </Button>
                <Button
                  leftSection={<IconWand size={16} />}
                  loading={busy === 'parse'}
                  disabled={busy !== null || !text.trim()}
                  onClick={() => void run('parse', () => call('campaigns.parseNotice', { text }))}
                  data-testid="notice-parse"
                >
                  识别
                </Button>
              </Group>
            </Group>
          </Stack>
        </Paper>
      )}
    </>
  );
}
