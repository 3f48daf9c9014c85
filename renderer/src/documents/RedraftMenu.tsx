// 重新生成: refresh the linked figures from the records keeping the officer's edits,
// or throw the edits away and draft anew (after a confirmation).
import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import type { Notice } from '../components/NoticeAlert';
import { ConfirmModal } from '../components/ConfirmModal';
import { errorMessage } from '../lib/errors';

interface Props {
  dirty: boolean;
  redraft: (reset: boolean) => Promise<void>;
  onNotice: (n: Notice) => void;
}

export function RedraftMenu({ dirty, redraft, onNotice }: Props) {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const keep = async () => {
    setBusy(true);
    try {
      await redraft(false);
      onNotice({ color: 'green', title: '已按最新记录更新', message: '关联的数字已按记录更新；改写过的数字、编辑过的文字和填好的空白保持不变。' });
    } catch (e) {
      onNotice({ color: 'red', title: '未能重新生成', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconRefresh size={16} />} rightSection={<IconChevronDown size={14} />} loading={busy} data-testid="doc-redraft">
            重新生成
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void keep()} data-testid="doc-redraft-keep">
            按最新记录更新数字（保留修改{dirty ? '，先保存' : ''}）
          </Menu.Item>
          <Menu.Item color="red" onClick={() => setConfirming(true)} data-testid="doc-redraft-reset">
            放弃所有修改并重新起草…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={confirming}
        title="放弃所有修改并重新起草"
        confirmLabel="放弃修改，重新起草"
        errorTitle="未能重新起草"
        onClose={() => setConfirming(false)}
        onConfirm={() => redraft(true)}
        testId="doc-redraft-reset-confirm"
      >
        <Text size="sm">
          将按当前记录重新起草这份文书。已保存和未保存的修改（编辑过的文字、改写过的数字、填好的空白、文头的改动）都将丢失，不能撤销。
        </Text>
      </ConfirmModal>
    </>
  );
}
