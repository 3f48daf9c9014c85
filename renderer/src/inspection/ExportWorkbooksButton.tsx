// 导出科室自查表: one workbook per department, into a folder the officer chooses.
import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../api';
import type { Notice } from '../components/NoticeAlert';
import { errorMessage } from '../lib/errors';

interface Props {
  roundId: number;
  /** Saves what is still being typed, so that the workbooks carry it. */
  flushAll: () => Promise<number>;
  /** null: a new export started, the last one's notice goes. */
  onDone: (notice: Notice | null) => void;
}

export function ExportWorkbooksButton({ roundId, flushAll, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    onDone(null);
    try {
      await flushAll();
      const result = await call('inspection.exportWorkbooks', { roundId });
      if (!result) return;
      const lines = result.files.map((f) => `${f.department}（${f.items} 项）：${f.file.split(/[\\/]/).pop() ?? f.file}`);
      onDone({
        color: 'green',
        title: `已导出 ${result.files.length} 份科室自查表`,
        message: `保存位置：${result.folder}\n${lines.join('\n')}\n请把各科室的表发给科室填写，收回后点“导入科室自查表”。`,
        exported: { path: result.folder, folder: true },
      });
    } catch (e) {
      onDone({ color: 'red', title: '未能导出科室自查表', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} loading={busy} onClick={() => void run()} data-testid="export-workbooks">
      导出科室自查表
    </Button>
  );
}
