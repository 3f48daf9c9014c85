import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconExternalLink, IconFolderOpen, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../api';
import { errorMessage } from '../lib/errors';

export interface Notice {
  color: 'green' | 'red' | 'blue';
  title: string;
  message: string;
  /**
   * What an export wrote: the notice offers 打开文件 and 打开所在文件夹; a folder of
   * files offers 打开文件夹; `showOnly` (a backup, no program of its own) only 打开所在文件夹.
   */
  exported?: { path: string; folder?: boolean; showOnly?: boolean };
}

/** The outcome of an import or export, closable; messages may span lines. */
export function NoticeAlert({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  return (
    <Alert
      color={notice.color}
      variant="light"
      title={notice.title}
      icon={notice.color === 'red' ? <IconAlertCircle size={18} /> : notice.color === 'blue' ? <IconInfoCircle size={18} /> : <IconCircleCheck size={18} />}
      withCloseButton
      closeButtonLabel="关闭"
      onClose={onClose}
      mb="md"
      role={notice.color === 'red' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <div className="zc-prewrap">{notice.message}</div>
      {notice.exported && <ExportedActions key={notice.exported.path} {...notice.exported} />}
    </Alert>
  );
}

/** 打开文件 / 打开所在文件夹 for a file an export wrote; also used where the path shows outside a notice. */
export function ExportedActions({ path, folder = false, showOnly = false }: { path: string; folder?: boolean; showOnly?: boolean }) {
  const [failure, setFailure] = useState<string | null>(null);
  const run = (channel: 'app.openExported' | 'app.showExported') => {
    setFailure(null);
    call(channel, { path }).catch((e: unknown) => setFailure(errorMessage(e)));
  };
  return (
    <>
      <Group gap="xs" mt="xs">
        {!showOnly && (
          <Button size="xs" variant="default" leftSection={<IconExternalLink size={14} />} onClick={() => run('app.openExported')} data-testid="notice-open">
            {folder ? '打开文件夹' : '打开文件'}
          </Button>
        )}
        {!folder && (
          <Button size="xs" variant="default" leftSection={<IconFolderOpen size={14} />} onClick={() => run('app.showExported')} data-testid="notice-show">
            打开所在文件夹
          </Button>
        )}
      </Group>
      {failure && (
        <Text size="sm" c="red.9" mt={4} role="alert" data-testid="notice-open-failed">
          {failure}
        </Text>
      )}
    </>
  );
}
