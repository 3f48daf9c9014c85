// 问题台账 → 导入 → 从反馈意见、整改报告导入: paste a 巡察/检查反馈意见, a 问题清单 or an
// 整改进展通报 (or open its file), review the problems it lists and add the ticked ones
// to the ledger. The same review as 专项行动 → 新建 reaches for a feedback document,
// without going through the campaign page. Refusals keep the pasted text.
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowLeft, IconFileText, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FeedbackProposal } from '../../../shared/feedbackProposal';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { errorMessage } from '../lib/errors';
import { FeedbackReview } from './FeedbackReview';
import './notice.css';

export function FeedbackImportPage() {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<'parse' | 'open' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<FeedbackProposal | null>(null);

  const run = async (kind: 'parse' | 'open', get: () => Promise<{ name?: string; text: string } | null>) => {
    setBusy(kind);
    setError(null);
    try {
      const source = await get();
      if (source) setFeedback(await call('ledger.parseFeedback', source));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  // A file is read by the notice reader (.docx, .pdf, .txt), whose text is then read as feedback.
  const openFile = async () => {
    const p = await call('campaigns.openNotice');
    return p ? { name: p.source.name, text: p.source.text } : null;
  };

  return (
    <>
      <PageHeader
        title={feedback ? '核对反馈问题' : '从反馈意见导入问题'}
        description={
          feedback
            ? '下面是文中逐条列出的问题。核对类别、描述和状态，勾选要登记的问题后点“加入问题台账”；点之前什么都不会写入。'
            : '把巡察或检查的反馈意见、问题清单、整改进展通报的文字粘贴到下面，或打开文件（.docx、有文字层的 .pdf、.txt），自查通会列出其中的问题、整改状态和措施，供您核对后加入问题台账。'
        }
        actions={
          <Button component={Link} to="/problems" variant="default" leftSection={<IconArrowLeft size={14} />}>
            回到问题台账
          </Button>
        }
      />
      {feedback ? (
        <FeedbackReview initial={feedback} onDiscard={() => setFeedback(null)} />
      ) : (
        <Paper withBorder p="md" maw={1000}>
          <Stack gap="sm">
            <Textarea
              label="反馈意见或整改报告的文字"
              placeholder="在此粘贴全文"
              autosize
              minRows={14}
              maxRows={28}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              data-testid="feedback-text"
            />
            {error && <ErrorAlert title="未能识别" message={error} data-testid="feedback-parse-error" />}
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
                  onClick={() => void run('open', openFile)}
                  data-testid="feedback-open"
                >
                  打开文件
                </Button>
                <Button
                  leftSection={<IconWand size={16} />}
                  loading={busy === 'parse'}
                  disabled={busy !== null || !text.trim()}
                  onClick={() => void run('parse', async () => ({ text }))}
                  data-testid="feedback-parse"
                >
                  识别问题
                </Button>
              </Group>
            </Group>
          </Stack>
        </Paper>
      )}
    </>
  );
}
