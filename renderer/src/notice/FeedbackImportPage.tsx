// 问题台账 → 导入 → 从反馈意见、整改报告导入: paste a 巡察/检查反馈意见, a 问题清单 or an
// 整改进展通报 (or open its file), review the problems it lists and add the ticked ones
// to the ledger. The same review as 专项行动 → 新建 reaches for a feedback document,
// without going through the campaign page. Refusals keep the pasted text.
import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FeedbackProposal } from '../../../shared/feedbackProposal';
import { call } from '../api';
import { PageHeader } from '../components/PageHeader';
import { FeedbackReview } from './FeedbackReview';
import { PasteForm } from './PasteForm';
import './notice.css';

export function FeedbackImportPage() {
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<FeedbackProposal | null>(null);
  // A file is read by the notice reader (.docx, .pdf, .txt), whose text is then read as feedback.
  const openFile = async () => {
    const p = await call('campaigns.openNotice');
    return p ? { name: p.source.name, text: p.source.text } : null;
  };
  const read = async (source: { name?: string; text: string }) => setFeedback(await call('ledger.parseFeedback', source));

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
        <PasteForm
          text={text}
          onText={setText}
          label="反馈意见或整改报告的文字"
          placeholder="在此粘贴全文"
          openLabel="打开文件"
          parseLabel="识别问题"
          open={openFile}
          parse={async (t) => ({ text: t })}
          onRead={read}
          testIds={{ text: 'feedback-text', error: 'feedback-parse-error', open: 'feedback-open', parse: 'feedback-parse' }}
        />
      )}
    </>
  );
}
