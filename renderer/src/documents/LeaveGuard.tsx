// Asks before leaving an edited draft by any link of the window (the navigation,
// 返回, a link in a notice). The app uses a HashRouter, which has no navigation
// blocker, so the guard listens for clicks on in-app links before the router does.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../lib/errors';
import { ErrorAlert } from '../components/ErrorAlert';

interface Props {
  dirty: boolean;
  onSave: () => Promise<boolean>;
}

export function LeaveGuard({ dirty, onSave }: Props) {
  const navigate = useNavigate();
  const [target, setTarget] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const onClick = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest('a[href^="#/"]') : null;
      if (!link || e.defaultPrevented) return;
      const to = link.getAttribute('href')?.slice(1) ?? '';
      if (to === window.location.hash.slice(1)) return;
      e.preventDefault();
      e.stopPropagation();
      setTarget(to);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [dirty]);

  const close = () => {
    setTarget(null);
    setError(null);
  };
  const leave = (to: string) => {
    close();
    // The guard is still armed until this page unmounts; navigate() does not click.
    void navigate(to);
  };
  const saveAndLeave = async (to: string) => {
    setBusy(true);
    try {
      if (await onSave()) leave(to);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={target !== null} onClose={close} title="文书有未保存的修改" centered>
      <Stack gap="sm">
        <Text size="sm">离开前是否保存对这份文书的修改？不保存则本次修改将丢失。</Text>
        {error && <ErrorAlert message={error} title="未能保存" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            留在此页
          </Button>
          <Button variant="light" color="red" onClick={() => target !== null && leave(target)} data-testid="leave-discard">
            不保存，离开
          </Button>
          <Button loading={busy} onClick={() => target !== null && void saveAndLeave(target)} data-testid="leave-save" data-autofocus>
            保存并离开
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
