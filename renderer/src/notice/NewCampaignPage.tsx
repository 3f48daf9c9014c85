// 专项行动 → 新建: paste a notice's text or open its file, then review what the
// parser proposes. Refusals keep the pasted text.
import { useState } from 'react';
import type { FeedbackProposal } from '../../../shared/feedbackProposal';
import type { NoticeProposal } from '../../../shared/noticeProposal';
import { call } from '../api';
import { PageHeader } from '../components/PageHeader';
import { FeedbackReview } from './FeedbackReview';
import { PasteForm } from './PasteForm';
import { ReviewScreen } from './ReviewScreen';
import './notice.css';

export function NewCampaignPage() {
  const [text, setText] = useState('');
  const [proposal, setProposal] = useState<NoticeProposal | null>(null);
  // A feedback or rectification report is reviewed as problems for the ledger, not as a campaign.
  const [feedback, setFeedback] = useState<FeedbackProposal | null>(null);
  const read = async (p: NoticeProposal) => {
    if (p.kind === 'feedback') setFeedback(await call('ledger.parseFeedback', { name: p.source.name, text: p.source.text }));
    else setProposal(p);
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
        <PasteForm
          text={text}
          onText={setText}
          label="通知文字"
          placeholder="在此粘贴通知全文（含附件）"
          openLabel="打开通知文件"
          parseLabel="识别"
          open={() => call('campaigns.openNotice')}
          parse={(t) => call('campaigns.parseNotice', { text: t })}
          onRead={read}
          testIds={{ text: 'notice-text', error: 'notice-error', open: 'notice-open', parse: 'notice-parse' }}
        />
      )}
    </>
  );
}
