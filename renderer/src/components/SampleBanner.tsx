import { Alert, Button, Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useAppInfo } from '../lib/AppInfoProvider';
import { errorMessage } from '../lib/errors';
import { ErrorAlert } from './ErrorAlert';

/** Shown on every page while the window shows the sample database. */
export function SampleBanner() {
  const { info, switchWorkspace } = useAppInfo();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (info.workspace !== 'sample') return null;
  const back = () => {
    setBusy(true);
    setError(null);
    switchWorkspace('main')
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Alert color="orange" variant="light" mb="md" py="xs" icon={<IconFlask size={18} />} data-testid="sample-banner">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Text size="sm">
            <b>正在查看示例数据</b>：这里的医院、科室和人员都是演示用的，与本院自己的数据完全分开，可以放心试用。
          </Text>
          <Button color="orange" variant="filled" loading={busy} onClick={back} style={{ flexShrink: 0 }}>
            返回我的数据
          </Button>
        </Group>
      </Alert>
      {error && <ErrorAlert mb="md" message={error} title="未能返回我的数据" />}
    </>
  );
}
