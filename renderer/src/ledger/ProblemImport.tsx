// 导入问题: a blank template to fill in Excel, then the filled file checked as a
// whole — every error listed with its sheet, row and column, nothing written —
// and, when clean, imported only after the officer confirms the count.
import { Button, Menu, Modal, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileImport, IconMessageReport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useState } from 'react';
import type { ProblemImportCheck } from '../../../shared/channels/ledger';
import { call } from '../api';
import type { Notice } from '../components/NoticeAlert';
import { ConfirmModal } from '../components/ConfirmModal';
import { errorMessage } from '../lib/errors';
import { ImportErrorTable } from '../components/ImportErrorTable';

interface Props {
  /** null: a new job started, the last one's notice goes. */
  onDone: (notice: Notice | null) => void;
  /** The ledger changed: show the new rows. */
  onImported: () => void;
}

export function ProblemImport({ onDone, onImported }: Props) {
  const [busy, setBusy] = useState(false);
  const [plan, setPlan] = useState<ProblemImportCheck | null>(null);
  const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;
  const guarded = async (title: string, job: () => Promise<void>) => {
    setBusy(true);
    onDone(null);
    try {
      await job();
    } catch (e) {
      onDone({ color: 'red', title, message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  const template = () =>
    guarded('未能保存导入模板', async () => {
      const saved = await call('ledger.importTemplate');
      if (saved) onDone({ color: 'green', title: '已保存问题导入模板', message: `保存位置：${saved.path}\n在 Excel 中逐行填写问题后，点“导入 → 从 Excel 导入问题”。`, exported: { path: saved.path } });
    });
  const check = () =>
    guarded('未能读取导入表', async () => {
      const checked = await call('ledger.planImport');
      if (checked) setPlan(checked);
    });
  const ready = plan?.ok ? plan : null;
  const failed = plan && !plan.ok ? plan : null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={14} />} loading={busy} data-testid="ledger-import">
            导入
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconDownload size={16} />} onClick={() => void template()} data-testid="import-template">
            下载导入模板
          </Menu.Item>
          <Menu.Item leftSection={<IconFileImport size={16} />} onClick={() => void check()} data-testid="import-problems">
            从 Excel 导入问题…
          </Menu.Item>
          <Menu.Item component={Link} to="/problems/feedback" leftSection={<IconMessageReport size={16} />} data-testid="import-feedback">
            从反馈意见、整改报告导入…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={ready !== null}
        title="导入问题"
        confirmLabel={`导入 ${ready?.count ?? 0} 个问题`}
        color="blue"
        errorTitle="未能导入"
        testId="confirm-import"
        onClose={() => setPlan(null)}
        onConfirm={async () => {
          if (!ready) return;
          const done = await call('ledger.applyImport', { planId: ready.planId });
          onImported();
          onDone({
            color: 'green',
            title: `已导入 ${done.added} 个问题`,
            message: done.first ? `编号 ${done.first} 至 ${done.last}，状态均为“待整改”。` : '文件中没有问题行。',
          });
        }}
      >
        <Text size="sm">
          “{ready ? fileName(ready.file) : ''}”检查无误，共 {ready?.count ?? 0} 个问题。导入后逐个编号，状态为“待整改”。
        </Text>
      </ConfirmModal>
      <Modal opened={failed !== null} onClose={() => setPlan(null)} title="导入表有错误，未作任何修改" size="xl" centered>
        {failed && (
          <Stack gap="sm">
            <Text size="sm">
              “{fileName(failed.file)}”中有 {failed.errors.length} 处需要改正。请在 Excel 中改好后重新导入；在全部改正之前，台账不会有任何变化。
            </Text>
            <ImportErrorTable
              errors={failed.errors.map((e) => ({ sheet: e.sheet || null, row: e.row || null, column: e.column || null, message: e.message }))}
            />
            <Button variant="default" onClick={() => setPlan(null)} style={{ alignSelf: 'flex-end' }}>
              知道了
            </Button>
          </Stack>
        )}
      </Modal>
    </>
  );
}
