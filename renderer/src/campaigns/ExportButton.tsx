// 导出: the core asks where to save; null means the officer cancelled.
import { Button } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../api';
import { errorMessage } from '../lib/errors';
import type { Notice } from '../components/NoticeAlert';

export function ExportButton({ id, onDone }: { id: string; onDone: (notice: Notice | null) => void }) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    onDone(null);
    try {
      const result = await call('campaigns.export', { id });
      if (result) onDone({ color: 'green', title: '导出完成', message: `已导出到 ${result.path}`, exported: { path: result.path } });
    } catch (e) {
      onDone({ color: 'red', title: '未能导出', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconFileExport size={16} />}
      loading={busy}
      style={{ flexShrink: 0 }}
      onClick={(e) => {
        e.stopPropagation();
        void run();
      }}
    >
      导出
    </Button>
  );
}
