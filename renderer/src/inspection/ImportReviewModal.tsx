// The review before an import: the workbook's errors when it cannot be read, or
// every change it would make with the conflicts to decide, then 确认导入.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { Question } from '../../../shared/inspection';
import type { ConflictChoice, WorkbookPlan } from '../../../shared/workbook';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';
import { ImportChangeTable } from './ImportChangeTable';
import { ImportErrorTable } from '../components/ImportErrorTable';

interface Props {
  planId: string;
  plan: WorkbookPlan;
  questions: ReadonlyMap<string, Question>;
  onClose: () => void;
  onApplied: (applied: number, kept: number) => Promise<void>;
}

export function ImportReviewModal({ planId, plan, questions, onClose, onApplied }: Props) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const conflicts = plan.ok ? plan.changes.filter((c) => c.conflict) : [];
  const undecided = conflicts.filter((c) => !choices[c.elementId]).length;

  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('inspection.applyImport', { planId, choices });
      await onApplied(result.applied, result.kept);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const chooseAll = (choice: ConflictChoice) => setChoices(Object.fromEntries(conflicts.map((c) => [c.elementId, choice])));

  return (
    <Modal opened onClose={onClose} title={plan.ok ? '核对导入的科室自查表' : '科室自查表有误，未导入'} size="90rem" centered>
      {!plan.ok ? (
        <Stack gap="sm" data-testid="import-review" data-ok="false">
          <Text size="sm">
            “{plan.file}”中有 {plan.errors.length} 处需要改正。本次<b>没有导入任何内容</b>；请在 Excel 中按下表改正后重新导入。
          </Text>
          <ImportErrorTable errors={plan.errors} />
          <Group justify="flex-end">
            <Button onClick={onClose}>知道了</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm" data-testid="import-review" data-ok="true">
          <Text size="sm">
            文件：{plan.file}　科室：<b>{plan.department}</b>　轮次：{plan.roundName}（{plan.campaignTitle}）
          </Text>
          <Text size="sm">
            将修改 <b>{plan.changes.length}</b> 项答案，另有 {plan.unchanged} 项与当前相同。确认前不会改动任何内容。
          </Text>
          {conflicts.length > 0 && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} py="xs">
              <Group justify="space-between" wrap="nowrap" gap="md">
                <Text size="sm">
                  有 <b>{conflicts.length}</b> 项在导出后已被修改，与导入的答案不同（橙色行）。请逐项选择采用哪个答案
                  {undecided > 0 ? `，还有 ${undecided} 项未选择` : ''}。
                </Text>
                <Group gap="xs" wrap="nowrap">
                  <Button size="compact-xs" variant="default" onClick={() => chooseAll('workbook')}>
                    全部以导入为准
                  </Button>
                  <Button size="compact-xs" variant="default" onClick={() => chooseAll('current')}>
                    全部保留当前
                  </Button>
                </Group>
              </Group>
            </Alert>
          )}
          {plan.changes.length === 0 ? (
            <Text size="sm" c="dimmed">
              导入的答案与当前完全相同，没有需要修改的内容。
            </Text>
          ) : (
            <ImportChangeTable
              changes={plan.changes}
              questions={questions}
              choices={choices}
              onChoose={(id, choice) => setChoices((prev) => ({ ...prev, [id]: choice }))}
            />
          )}
          {error && <ErrorAlert message={error} title="未能导入" />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button loading={busy} disabled={undecided > 0 || plan.changes.length === 0} onClick={() => void apply()} data-testid="apply-import">
              确认导入
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
