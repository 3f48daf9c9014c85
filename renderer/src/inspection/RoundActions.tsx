// The round's actions: department workbooks out and back in, archiving; an
// archived round can only be reopened.
import type { Progress, Question, RoundSummary } from '../../../shared/inspection';
import type { Notice } from '../components/NoticeAlert';
import { CloseRoundButton } from './CloseRoundButton';
import { ExportWorkbooksButton } from './ExportWorkbooksButton';
import { ImportWorkbookButton } from './ImportWorkbookButton';
import { ReopenRoundButton } from './ReopenRoundButton';

interface Props {
  round: RoundSummary;
  progress: Progress;
  questions: ReadonlyMap<string, Question>;
  flushAll: () => Promise<number>;
  onNotice: (notice: Notice | null) => void;
  onImported: () => Promise<void>;
  /** After archiving or reopening. */
  onStatusChanged: () => Promise<void>;
}

export function RoundActions({ round, progress, questions, flushAll, onNotice, onImported, onStatusChanged }: Props) {
  if (round.status === 'closed') return <ReopenRoundButton roundId={round.id} onDone={onStatusChanged} />;
  return (
    <>
      <ExportWorkbooksButton roundId={round.id} flushAll={flushAll} onDone={onNotice} />
      <ImportWorkbookButton flushAll={flushAll} questions={questions} onNotice={onNotice} onApplied={onImported} />
      <CloseRoundButton roundId={round.id} progress={progress} flushAll={flushAll} onDone={onStatusChanged} />
    </>
  );
}
