// 导入科室自查表: the core reads a filled workbook and says what it would change;
// nothing is changed until the officer confirms in the review.
import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { Question } from '../../../shared/inspection';
import type { WorkbookPlan } from '../../../shared/workbook';
import { call } from '../api';
import type { Notice } from '../components/NoticeAlert';
import { errorMessage } from '../lib/errors';
import { ImportReviewModal } from './ImportReviewModal';

interface Props {
  flushAll: () => Promise<number>;
  questions: ReadonlyMap<string, Question>;
  onNotice: (notice: Notice) => void;
  onApplied: () => Promise<void>;
}

export function ImportWorkbookButton({ flushAll, questions, onNotice, onApplied }: Props) {
  const [busy, setBusy] = useState(false);
  const [plan, setPlan] = useState<{ planId: string; plan: WorkbookPlan } | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      await flushAll();
      const result = await call('inspection.planImport');
      if (result) setPlan(result);
    } catch (e) {
      onNotice({ color: 'red', title: '未能导入科室自查表', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} />} loading={busy} onClick={() => void run()} data-testid="import-workbook">
        导入科室自查表
      </Button>
      {plan && (
        <ImportReviewModal
          planId={plan.planId}
          plan={plan.plan}
          questions={questions}
          onClose={() => setPlan(null)}
          onApplied={async (applied, kept) => {
            setPlan(null);
            onNotice({
              color: 'green',
              title: '科室自查表已导入',
              message: `采用导入的答案 ${applied} 项${kept ? `，保留当前答案 ${kept} 项` : ''}。`,
            });
            await onApplied();
          }}
        />
      )}
    </>
  );
}
