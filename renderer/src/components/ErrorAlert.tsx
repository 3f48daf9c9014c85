import { Alert, type AlertProps } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

interface Props extends Omit<AlertProps, 'title' | 'children'> {
  message: string;
  title?: string;
}

/** A failure, in the Chinese words the core gave (newlines kept). */
export function ErrorAlert({ message, title = '出错了', ...rest }: Props) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertCircle size={18} />} role="alert" {...rest}>
      <div className="zc-prewrap">{message}</div>
    </Alert>
  );
}
