// The review of a proposed campaign: the notice on the left, the proposal on the
// right, every field editable; 接受并保存 stores it as the office's own campaign.
import { Badge, Button, Group, Stack } from '@mantine/core';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { documentKindLabel, type NoticeProposal } from '../../../shared/noticeProposal';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';
import { getList, splitItem, textField, type ItemRef } from './edit';
import { flagEntries } from './flags';
import { FlagSummary } from './FlagSummary';
import { HeaderSection } from './HeaderSection';
import { NoticeSectionsSection } from './NoticeSections';
import { ReviewContext } from './reviewContext';
import { ChecklistsSection, DutiesSection, PhasesSection, TablesSection, TasksSection } from './Sections';
import { SourcePane } from './SourcePane';
import { SplitModal } from './SplitModal';
import { useReview } from './useReview';

export function ReviewScreen({ initial, onDiscard }: { initial: NoticeProposal; onDiscard: () => void }) {
  const review = useReview(initial);
  const navigate = useNavigate();
  const flags = useMemo(() => flagEntries(review.proposal), [review.proposal]);
  const [splitting, setSplitting] = useState<ItemRef | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await call('campaigns.acceptNotice', { proposal: review.proposal });
      void navigate(`/campaigns/${encodeURIComponent(saved.id)}`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const splitTarget = splitting && getList(review.proposal.campaign, splitting.list)[splitting.index];
  return (
    <ReviewContext.Provider value={{ review, flags, askSplit: setSplitting }}>
      <Stack gap="sm" data-testid="review">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
            <Badge variant="light" data-testid="notice-kind">
              识别为：{documentKindLabel[review.proposal.kind]}
            </Badge>
            <FlagSummary flags={flags} />
          </Stack>
          <Group gap="xs" wrap="nowrap">
            {review.lastUndo && (
              <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={review.undo} data-testid="undo">
                撤销{review.lastUndo}
              </Button>
            )}
            <Button variant="default" onClick={onDiscard}>
              放弃，重新识别
            </Button>
            <Button leftSection={<IconCheck size={16} />} loading={busy} onClick={() => void accept()} data-testid="accept">
              接受并保存
            </Button>
          </Group>
        </Group>
        {error && <ErrorAlert title="未能保存" message={error} data-testid="accept-error" />}
        <div className="zc-notice-review">
          <SourcePane name={review.proposal.source.name} text={review.proposal.source.text} span={review.selection?.span ?? null} />
          <Stack gap="sm" className="zc-notice-proposal">
            <HeaderSection />
            <PhasesSection />
            <DutiesSection />
            <TasksSection />
            <NoticeSectionsSection />
            <ChecklistsSection />
            <TablesSection />
          </Stack>
        </div>
      </Stack>
      {splitting && splitTarget && (
        <SplitModal
          initial={String((splitTarget as unknown as Record<string, unknown>)[textField(splitting.list)] ?? '')}
          onClose={() => setSplitting(null)}
          onSplit={(parts) => {
            review.reshape('拆分', (c) => splitItem(c, splitting, parts));
            setSplitting(null);
          }}
        />
      )}
    </ReviewContext.Provider>
  );
}
