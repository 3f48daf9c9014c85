// 印章: the hospital's seal, imported once as a PNG with transparency and shown at
// its real size; its diameter can be corrected, it can be removed, and every
// stamped export is listed in the 用印记录 below.
import { Box, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { call } from '../api';
import { ConfirmModal } from '../components/ConfirmModal';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { SectionCard } from '../components/SectionCard';
import { SealLog } from './SealLog';
import { errorMessage } from '../lib/errors';
import { useApi } from '../lib/useApi';
import { chineseMoment } from '../../../shared/dates';

const DEFAULT_DIAMETER = 42;

export function SealCard() {
  const seal = useApi(() => call('documents.seal'), []);
  const [diameter, setDiameter] = useState<number | string>(DEFAULT_DIAMETER);
  const [busy, setBusy] = useState<'import' | 'diameter' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const current = seal.state === 'done' ? seal.value : null;
  const currentMm = current?.diameterMm;
  useEffect(() => {
    if (currentMm !== undefined) setDiameter(currentMm);
  }, [currentMm]);
  const mm = typeof diameter === 'number' ? diameter : Number(diameter);
  const valid = Number.isFinite(mm) && mm >= 20 && mm <= 60;

  const run = async (job: 'import' | 'diameter') => {
    if (!valid) return;
    setBusy(job);
    setError(null);
    try {
      const next = job === 'import' ? await call('documents.importSeal', { diameterMm: mm }) : await call('documents.setSealDiameter', { diameterMm: mm });
      if (next) seal.set(next);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const diameterField = (
    <NumberInput
      label="印章直径（毫米）"
      description="常见为 42 或 45 毫米"
      w={170}
      min={20}
      max={60}
      decimalScale={1}
      value={diameter}
      onChange={setDiameter}
      error={valid ? undefined : '应在 20 至 60 毫米之间'}
      data-testid="seal-diameter"
    />
  );
  return (
    <SectionCard title="印章" testId="seal">
      {seal.state === 'loading' && <LoadingBlock rows={1} label="正在读取印章" />}
      {seal.state === 'error' && <ErrorAlert message={seal.message} title="印章未能读取" />}
      {seal.state === 'done' && !current && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            导出盖章 PDF 前，请导入本院印章的图片：带透明背景的 PNG，印章居中、四周不留白边。印章按下面的直径以实际大小盖在署名和成文日期上。
          </Text>
          <Group align="flex-end" gap="sm">
            {diameterField}
            <Button leftSection={<IconUpload size={16} />} loading={busy === 'import'} disabled={!valid} onClick={() => void run('import')} data-testid="seal-import">
              导入印章图片…
            </Button>
          </Group>
        </Stack>
      )}
      {current && (
        <Stack gap="sm">
          <Group align="flex-start" gap="lg" wrap="nowrap">
            <Box p="xs" style={{ border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 4, flexShrink: 0 }}>
              {/* CSS millimetres: the seal at its printed size on a screen of standard density. */}
              <img src={current.dataUrl} alt="本院印章" style={{ width: `${current.diameterMm}mm`, height: `${current.diameterMm}mm`, display: 'block' }} data-testid="seal-image" />
            </Box>
            <Stack gap={6}>
              <Text size="sm" data-testid="seal-info">
                直径 {current.diameterMm} 毫米，{chineseMoment(current.importedAt)} 导入。左图为实际大小（按屏幕的标准密度）。
              </Text>
              <Group align="flex-end" gap="xs">
                {diameterField}
                <Button
                  variant="default"
                  loading={busy === 'diameter'}
                  disabled={!valid || mm === current.diameterMm}
                  onClick={() => void run('diameter')}
                  data-testid="seal-set-diameter"
                >
                  改用此直径
                </Button>
              </Group>
              <Group gap="xs">
                <Button variant="light" leftSection={<IconUpload size={14} />} loading={busy === 'import'} disabled={!valid} onClick={() => void run('import')}>
                  换一枚…
                </Button>
                <Button variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => setRemoving(true)} data-testid="seal-remove">
                  删除印章
                </Button>
              </Group>
            </Stack>
          </Group>
        </Stack>
      )}
      {error && <ErrorAlert message={error} title="未能完成" mt="sm" />}
      <SealLog />
      <ConfirmModal
        opened={removing}
        title="删除本院印章"
        confirmLabel="删除印章"
        onClose={() => setRemoving(false)}
        onConfirm={async () => {
          await call('documents.removeSeal');
          seal.set(null);
        }}
        testId="seal-remove-confirm"
      >
        <Text size="sm">删除后不能再导出盖章 PDF，直到重新导入印章。已导出的文件和用印记录不受影响。</Text>
      </ConfirmModal>
    </SectionCard>
  );
}
