// 导出: the saved draft as Word, as PDF, or as PDF with the hospital's seal. Using
// the seal is confirmed first (it goes into the 用印记录) and refused, with the way
// to 设置, while no seal has been imported. Unsaved edits are saved first, since
// the core exports what is saved.
import { Anchor, Button, Center, Image, Loader, Menu, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconFileTypeDocx, IconFileTypePdf, IconStack2 } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SealView } from '../../../shared/channels/documents';
import type { DocumentKind } from '../../../shared/document';
import { call } from '../api';
import type { Notice } from '../campaigns/NoticeAlert';
import { ConfirmModal } from '../components/ConfirmModal';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';

type Job = 'docx' | 'pdf' | 'stamped';

const BUSY: Record<Job, string> = { docx: '正在导出 Word…', pdf: '正在生成 PDF…', stamped: '正在生成盖章 PDF…' };
const DONE: Record<Job, string> = { docx: '已导出 Word 文档', pdf: '已导出 PDF', stamped: '已导出盖章 PDF' };

interface Props {
  campaign: string;
  kind: DocumentKind;
  /** Saves unsaved edits; false when the save failed (its message is shown by the editor). */
  ensureSaved: () => Promise<boolean>;
  /** The outcome; null when a new export starts. */
  onNotice: (n: Notice | null) => void;
}

export function ExportMenu({ campaign, kind, ensureSaved, onNotice }: Props) {
  const [busy, setBusy] = useState<Job | null>(null);
  const [seal, setSeal] = useState<{ state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; value: SealView | null } | null>(null);

  const run = async (job: Job) => {
    setBusy(job);
    onNotice(null);
    try {
      if (!(await ensureSaved())) return;
      const done = await call('documents.export', { campaign, kind, format: job === 'docx' ? 'docx' : 'pdf', stamped: job === 'stamped' });
      if (done) onNotice({ color: 'green', title: DONE[job], message: `保存位置：${done.file}${job === 'stamped' ? '\n此次用印已记入用印记录。' : ''}` });
    } catch (e) {
      onNotice({ color: 'red', title: `未能${DONE[job].replace('已', '')}`, message: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };
  const askStamped = () => {
    setSeal({ state: 'loading' });
    call('seal.get').then(
      (value) => setSeal({ state: 'done', value }),
      (e: unknown) => setSeal({ state: 'error', message: errorMessage(e) }),
    );
  };
  const noSeal = seal?.state === 'done' && seal.value === null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            rightSection={busy ? <Loader size={14} /> : <IconChevronDown size={14} />}
            disabled={busy !== null}
            aria-busy={busy !== null}
            data-testid="doc-export"
          >
            {busy ? BUSY[busy] : '导出'}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconFileTypeDocx size={16} />} onClick={() => void run('docx')} data-testid="doc-export-docx">
            导出 Word
          </Menu.Item>
          <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void run('pdf')} data-testid="doc-export-pdf">
            导出 PDF
          </Menu.Item>
          <Menu.Item leftSection={<IconStack2 size={16} />} onClick={askStamped} data-testid="doc-export-stamped">
            导出盖章 PDF…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={seal !== null}
        title="使用本院印章"
        confirmLabel="盖章并导出"
        color="red"
        disabled={seal?.state !== 'done' || noSeal}
        onClose={() => setSeal(null)}
        onConfirm={async () => {
          setSeal(null);
          await run('stamped');
        }}
        testId="doc-stamp-confirm"
      >
        {seal?.state === 'loading' && (
          <Center py="md">
            <Loader size="sm" role="status" aria-label="正在读取印章" />
          </Center>
        )}
        {seal?.state === 'error' && <ErrorAlert message={seal.message} title="印章未能读取" />}
        {noSeal && (
          <Text size="sm" data-testid="doc-no-seal">
            还没有导入本院印章，不能导出盖章 PDF。请先在
            <Anchor component={Link} to="/settings">
              设置
            </Anchor>
            中导入印章图片（带透明背景的 PNG）。
          </Text>
        )}
        {seal?.state === 'done' && seal.value && (
          <Stack gap="xs" align="center">
            <Text size="sm" style={{ alignSelf: 'stretch' }}>
              将使用本院印章，此次用印将记入用印记录。印章按实际大小（直径 {seal.value.diameterMm} 毫米）盖在署名和成文日期上。
            </Text>
            <Image src={seal.value.dataUrl} alt="本院印章" w={120} h={120} fit="contain" data-testid="doc-seal-preview" />
          </Stack>
        )}
      </ConfirmModal>
    </>
  );
}
