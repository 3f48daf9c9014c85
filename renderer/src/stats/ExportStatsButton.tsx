// 导出 Excel / PDF: the core refuses a table that fails its checks unless told to
// go ahead, so a refusal becomes a question listing what failed.
import { Button, Checkbox, Group, List, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { StatsIssue } from '../../../shared/stats';
import { call } from '../api';
import type { Notice } from '../components/NoticeAlert';
import { ConfirmModal } from '../components/ConfirmModal';
import { errorMessage } from '../lib/errors';

type Format = 'xlsx' | 'pdf';

interface Props {
  campaignId: string;
  tableId: string;
  period: string;
  /** The outcome; null when a new export starts. */
  onNotice: (n: Notice | null) => void;
}

export function ExportStatsButton({ campaignId, tableId, period, onNotice }: Props) {
  const [busy, setBusy] = useState<Format | null>(null);
  const [detail, setDetail] = useState(false);
  const [blocked, setBlocked] = useState<{ issues: StatsIssue[]; format: Format } | null>(null);
  const run = async (format: Format, acceptFailures: boolean) => {
    onNotice(null);
    const req = { campaign: campaignId, tableId, period, acceptFailures };
    const result = format === 'xlsx' ? await call('stats.exportXlsx', { ...req, detail, names: false }) : await call('stats.exportPdf', req);
    if (result === null) return; // the officer cancelled the save dialog
    if ('blocked' in result) {
      setBlocked({ issues: result.blocked, format });
      return;
    }
    const failed = result.issues.length ? `\n其中 ${result.issues.length} 项检查未通过，报送前请再核对。` : '';
    onNotice({ color: 'green', title: '已导出统计表', message: `保存位置：${result.path}${failed}`, exported: { path: result.path } });
  };
  const start = async (format: Format) => {
    setBusy(format);
    try {
      await run(format, false);
    } catch (e) {
      onNotice({ color: 'red', title: '未能导出统计表', message: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="sm" wrap="nowrap">
      <Checkbox label="附记录明细" checked={detail} onChange={(e) => setDetail(e.currentTarget.checked)} data-testid="stats-detail" />
      <Button leftSection={<IconFileSpreadsheet size={18} />} loading={busy === 'xlsx'} disabled={busy === 'pdf'} onClick={() => void start('xlsx')} data-testid="stats-export">
        导出 Excel
      </Button>
      <Button variant="light" leftSection={<IconFileTypePdf size={18} />} loading={busy === 'pdf'} disabled={busy === 'xlsx'} onClick={() => void start('pdf')} data-testid="stats-export-pdf">
        导出 PDF
      </Button>
      <ConfirmModal
        opened={blocked !== null}
        title="有检查未通过"
        confirmLabel="仍然导出"
        color="orange"
        size="lg"
        errorTitle="未能导出统计表"
        onClose={() => setBlocked(null)}
        onConfirm={() => run(blocked?.format ?? 'xlsx', true)}
        testId="stats-export-anyway"
      >
        <Text size="sm">以下 {blocked?.issues.length ?? 0} 项检查未通过：</Text>
        <List size="sm" c="red" data-testid="stats-blocked">
          {blocked?.issues.map((i, n) => (
            <List.Item key={n}>{i.message}</List.Item>
          ))}
        </List>
        <Text size="sm" fw={700}>
          仍然导出？
        </Text>
      </ConfirmModal>
    </Group>
  );
}
