// A yes/no question before something that changes data, saying exactly what happens.
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../lib/errors';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  color?: string;
  onClose: () => void;
  /** Closes the modal when it resolves; a thrown error is shown in the modal. */
  onConfirm: () => Promise<void>;
  testId?: string;
}

export function ConfirmModal({ opened, title, children, confirmLabel, color = 'red', onClose, onConfirm, testId }: Props) {
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
      await onConfirm();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack gap="sm">
        {children}
        {error && <ErrorAlert message={error} title="未能完成" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            取消
          </Button>
          <Button color={color} loading={busy} onClick={() => void run()} data-testid={testId}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
