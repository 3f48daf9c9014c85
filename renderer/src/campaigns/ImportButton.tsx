// 导入: reads a campaign file chosen by the user and hands its text to the core.
import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { ImportOutcome } from '../../../shared/api';
import { FILE_TYPES } from '../../../shared/fileTypes';
import { call } from '../api';
import { errorMessage } from '../lib/errors';
import type { Notice } from '../components/NoticeAlert';

const outcomeText: Record<ImportOutcome['outcome'], string> = {
  added: '已导入',
  updated: '已更新为新版本',
  unchanged: '与已有内容相同，未作改动',
};

export function ImportButton({ onDone }: { onDone: (notice: Notice, imported: boolean) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const text = await file.text();
      const result = await call('campaigns.import', { fileName: file.name, text });
      onDone({ color: 'green', title: outcomeText[result.outcome], message: `《${result.title}》` }, true);
    } catch (e) {
      onDone({ color: 'red', title: `未能导入“${file.name}”`, message: errorMessage(e) }, false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept={`.${FILE_TYPES.campaign.ext},.${FILE_TYPES.campaign.older}`}
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      <Button leftSection={<IconFileImport size={16} />} loading={busy} onClick={() => input.current?.click()}>
        导入
      </Button>
    </>
  );
}
