// A yes/no question before something that changes data, saying exactly what happens.
// It opens with focus on the confirm button (unless a field asks for focus first), so
// Enter does what the dialog says rather than closing it.
import { Button, Group, Modal, Stack, type MantineSize } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../lib/errors';
import { ErrorAlert } from './ErrorAlert';

export interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  color?: string;
  size?: MantineSize;
  disabled?: boolean;
  errorTitle?: string;
  onClose: () => void;
  /** Closes the modal when it resolves, unless it resolves to false; a thrown error is shown in the modal. */
  onConfirm: () => Promise<void | boolean>;
  testId?: string;
}

export function ConfirmModal(props: ConfirmModalProps) {
  const { opened, title, children, confirmLabel, color = 'red', size, disabled, errorTitle = '未能完成', onClose, onConfirm, testId } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      if ((await onConfirm()) !== false) onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered size={size}>
      <Stack gap="sm">
        {children}
        {error && <ErrorAlert message={error} title={errorTitle} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            取消
          </Button>
          <Button color={color} loading={busy} disabled={disabled} onClick={() => void run()} data-testid={testId} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
