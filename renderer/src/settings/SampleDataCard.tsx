// 示例数据: switch to the separate sample database (after a confirmation) and back.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp, IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { SectionCard } from '../components/SectionCard';
import { useAppInfo } from '../lib/AppInfoProvider';
import { errorMessage } from '../lib/errors';

export function SampleDataCard() {
  const { info, switchWorkspace } = useAppInfo();
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inSample = info.workspace === 'sample';

  const run = (to: 'main' | 'sample') => {
    setBusy(true);
    setError(null);
    switchWorkspace(to)
      .then(close, (e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };

  return (
    <SectionCard title="示例数据" testId="sample-data">
      <Stack gap="sm">
        <Text size="sm">
          {inSample
            ? '现在显示的是示例数据。看完后点“返回我的数据”，回到本院自己的数据。'
            : '示例数据是一家虚构的医院，带有科室和人员，便于熟悉各项功能。它保存在单独的数据库里，不会改动本院的任何数据。'}
        </Text>
        {error && <ErrorAlert message={error} title="未能切换" />}
        <Group gap="xs">
          {inSample ? (
            <Button leftSection={<IconArrowBackUp size={16} />} loading={busy} onClick={() => run('main')}>
              返回我的数据
            </Button>
          ) : (
            <Button leftSection={<IconFlask size={16} />} onClick={open}>
              载入示例数据
            </Button>
          )}
        </Group>
      </Stack>
      <Modal opened={opened} onClose={close} title="载入示例数据" centered size="md">
        <Stack gap="sm">
          <Text size="sm">
            将打开一个<b>单独的示例数据库</b>（示例市第一人民医院及其科室、人员），用来熟悉自查通的各项功能。
          </Text>
          <Text size="sm">
            本院自己的数据库<b>不会被读取、修改或覆盖</b>。查看示例数据期间，每个页面顶部都会有提示，随时可以点“返回我的数据”。
          </Text>
          {error && <ErrorAlert message={error} title="未能载入示例数据" />}
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              取消
            </Button>
            <Button loading={busy} onClick={() => run('sample')} data-testid="confirm-sample" data-autofocus>
              打开示例数据
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionCard>
  );
}
