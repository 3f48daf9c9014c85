// 当前操作人: the name recorded with every answer, file and archiving.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { SectionCard } from '../components/SectionCard';
import { errorMessage } from '../lib/errors';
import { useApi } from '../lib/useApi';

/** What the core records when nobody has given a name yet. */
const DEFAULT_OPERATOR = '本机用户';

export function OperatorCard() {
  const settings = useApi(() => call('org.operator'), []);
  const current = settings.state === 'done' ? settings.value.operator : '';
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setName(current === DEFAULT_OPERATOR ? '' : current), [current]);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      settings.set(await call('org.setOperator', { operator: name.trim() }));
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const changed = name.trim() !== current && name.trim() !== '';
  return (
    <SectionCard title="当前操作人" testId="operator">
      <Stack gap="xs">
        <Text size="sm">
          每一条自查答案、每一份佐证材料和每一次归档，都会记下操作人的姓名和时间。多人共用这台电脑时，换人前请先改这里。
        </Text>
        {settings.state === 'error' && <ErrorAlert message={settings.message} title="未能读取当前操作人" />}
        {current === DEFAULT_OPERATOR && (
          <Text size="sm" c="orange.9">
            还没有填写姓名，目前记录为“{DEFAULT_OPERATOR}”。
          </Text>
        )}
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label="操作人姓名"
            placeholder="填写您的姓名，例如：张丽"
            value={name}
            maxLength={40}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setSaved(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && changed) void save();
            }}
            style={{ flex: 1 }}
            data-testid="operator-name"
          />
          <Button onClick={() => void save()} loading={busy} disabled={!changed} data-testid="save-operator">
            保存
          </Button>
        </Group>
        {saved && !changed && (
          <Text size="xs" c="green.8">
            <IconCheck size={12} style={{ verticalAlign: '-2px' }} /> 已保存，此后的操作将记录为“{current}”。
          </Text>
        )}
        {error && <ErrorAlert message={error} title="未能保存" />}
      </Stack>
    </SectionCard>
  );
}
