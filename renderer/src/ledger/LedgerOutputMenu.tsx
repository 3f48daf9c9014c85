// 导出 / 打印: the ledger as the screen filters it, as an .xlsx laid out for A4
// landscape, as a PDF, or straight to the printer (Ctrl+P).
import { Button, Loader, Menu } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronDown, IconFileSpreadsheet, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProblemQuery } from '../../../shared/ledger';
import { ledgerTitle, type LedgerKind } from '../../../shared/ledgerDocument';
import { call } from '../api';
import type { Notice } from '../components/NoticeAlert';
import { errorMessage } from '../lib/errors';

type Job = 'xlsx' | 'pdf' | 'print' | 'combinedXlsx' | 'combinedPdf';

const BUSY: Record<Job, string> = {
  xlsx: '正在导出 Excel…', pdf: '正在生成 PDF…', print: '正在准备打印…', combinedXlsx: '正在导出问题整改台账…', combinedPdf: '正在生成问题整改台账…',
};

interface Props {
  kind: LedgerKind;
  query: ProblemQuery;
  /** Rows the filter covers, to say so before a long job. */
  total: number | undefined;
  /** The outcome; null when a new job starts, so the last one's notice does not linger. */
  onDone: (notice: Notice | null) => void;
}

export function LedgerOutputMenu({ kind, query, total, onDone }: Props) {
  const [busy, setBusy] = useState<Job | null>(null);
  const title = ledgerTitle[kind];
  const run = async (job: Job) => {
    if (busy) return;
    setBusy(job);
    onDone(null);
    try {
      if (job === 'print') {
        const done = await call('ledger.print', { kind, query });
        if (done.printed) onDone({ color: 'green', title: `已发送到打印机`, message: `${title}，共 ${done.rows} 条。` });
        return;
      }
      // The combined 问题整改台账 goes with either ledger: problem and rectification on one line.
      const combined = job === 'combinedXlsx' || job === 'combinedPdf';
      const done = await call('ledger.export', { kind: combined ? 'combined' : kind, format: job === 'pdf' || job === 'combinedPdf' ? 'pdf' : 'xlsx', query });
      if (!done) return;
      onDone({ color: 'green', title: `已导出${combined ? ledgerTitle.combined : title}（${done.rows} 条）`, message: `保存位置：${done.path}`, exported: { path: done.path } });
    } catch (e) {
      onDone({ color: 'red', title: job === 'print' ? '未能打印' : `未能导出${title}`, message: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };
  useHotkeys([['mod+P', () => void run('print')]]);
  const empty = total === 0;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          rightSection={busy ? <Loader size={14} /> : <IconChevronDown size={14} />}
          disabled={busy !== null}
          aria-busy={busy !== null}
          data-testid="ledger-output"
        >
          {busy ? BUSY[busy] : '导出 / 打印'}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{total === undefined ? '按当前筛选' : `按当前筛选，共 ${total} 条`}</Menu.Label>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run('xlsx')} disabled={empty} data-testid="export-xlsx">
          导出 Excel（A4 横向）
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void run('pdf')} disabled={empty} data-testid="export-pdf">
          导出 PDF
        </Menu.Item>
        <Menu.Item leftSection={<IconPrinter size={16} />} onClick={() => void run('print')} disabled={empty} rightSection="Ctrl+P" data-testid="print-ledger">
          打印…
        </Menu.Item>
        {kind !== 'combined' && (
          <>
            <Menu.Divider />
            <Menu.Label>问题整改台账（问题与整改合一）</Menu.Label>
            <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run('combinedXlsx')} disabled={empty} data-testid="export-combined-xlsx">
              导出问题整改台账 Excel
            </Menu.Item>
            <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void run('combinedPdf')} disabled={empty} data-testid="export-combined-pdf">
              导出问题整改台账 PDF
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
