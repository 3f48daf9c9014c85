// 文书设置: what the heads of documents and the 领导小组 notice are drawn from —
// the addressee, the issuer mark, the signer, the leading group and its office.
import { Button, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { documentSettingsSchema, type DocumentSettings } from '../../../shared/channels/documents';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { SectionCard } from '../components/SectionCard';
import { GroupMembersTable } from './GroupMembersTable';
import { errorMessage } from '../lib/errors';
import { useApi } from '../lib/useApi';

export function DocumentSettingsCard() {
  const saved = useApi(() => call('documents.settings'), []);
  const [form, setForm] = useState<DocumentSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const loaded = saved.state === 'done' ? saved.value : null;
  useEffect(() => {
    if (loaded) setForm(loaded);
  }, [loaded]);

  if (saved.state === 'loading' || !form) {
    return (
      <SectionCard title="文书设置" testId="document-settings">
        {saved.state === 'error' ? <ErrorAlert message={saved.message} title="文书设置未能加载" /> : <LoadingBlock rows={2} label="正在加载文书设置" />}
      </SectionCard>
    );
  }
  const changed = saved.state === 'done' && JSON.stringify(form) !== JSON.stringify(saved.value);
  const set = <K extends keyof DocumentSettings>(key: K, value: DocumentSettings[K]) => {
    setForm({ ...form, [key]: value });
    setNote(null);
  };
  const save = async () => {
    const parsed = documentSettingsSchema.safeParse(form);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const row = issue?.path[0] === 'group' && typeof issue.path[1] === 'number' ? `领导小组第 ${issue.path[1] + 1} 行：` : '';
      setError(`${row}${issue?.message ?? '填写有误'}`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      saved.set(await call('documents.setSettings', parsed.data));
      setNote('已保存');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <SectionCard
      title="文书设置"
      testId="document-settings"
      extra={
        <Group gap="xs">
          {note && !changed && (
            <Text size="xs" c="green" data-testid="document-settings-saved">
              {note}
            </Text>
          )}
          <Button leftSection={<IconDeviceFloppy size={14} />} onClick={() => void save()} loading={busy} disabled={!changed} data-testid="save-document-settings">
            保存
          </Button>
        </Group>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            起草文书时用作文头、主送机关和领导小组名单；每份文书还可以单独修改。
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="主送机关" placeholder="如：××市卫生健康委员会" value={form.addressee} onChange={(e) => set('addressee', e.currentTarget.value)} data-testid="ds-addressee" />
            <TextInput label="发文机关标志" placeholder="如：××医院文件（可不填）" value={form.issuerMark} onChange={(e) => set('issuerMark', e.currentTarget.value)} data-testid="ds-issuer-mark" />
            <TextInput label="签发人" placeholder="上行文的签发人" value={form.signer} onChange={(e) => set('signer', e.currentTarget.value)} data-testid="ds-signer" />
          </SimpleGrid>
          <GroupMembersTable members={form.group} onChange={(group) => set('group', group)} />
          <Textarea
            label="领导小组办公室"
            placeholder="如：领导小组办公室设在院行风办，主任由×××兼任"
            autosize
            minRows={2}
            value={form.groupOffice}
            onChange={(e) => set('groupOffice', e.currentTarget.value)}
            data-testid="ds-group-office"
          />
          {error && <ErrorAlert message={error} title="未能保存文书设置" />}
        </Stack>
      </form>
    </SectionCard>
  );
}
