import { Alert } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';

export interface Notice {
  color: 'green' | 'red' | 'blue';
  title: string;
  message: string;
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
    </Alert>
  );
}
