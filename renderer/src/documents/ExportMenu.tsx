// 导出: the saved draft as Word, as PDF, or as PDF with the hospital's seal. Using
// the seal is confirmed first (it goes into the 用印记录) and refused, with the way
// to 设置, while no seal has been imported. Nothing is stamped while blanks remain:
// the blanks are listed, and the officer may stamp anyway only with a reason, which
// the 用印记录 keeps. A plain export with blanks warns of them. Unsaved edits are
// saved first, since the core exports what is saved.
import { Alert, Anchor, Button, Center, Checkbox, Image, List, Loader, Menu, Stack, Text, Textarea } from '@mantine/core';
import { IconChevronDown, IconFileTypeDocx, IconFileTypePdf, IconStack2 } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SealView } from '../../../shared/channels/documents';
import type { DocumentKind } from '../../../shared/document';
import { call } from '../api';
import type { Notice } from '../components/NoticeAlert';
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
  /** The 〔待填〕 the draft on screen still holds. */
  blanks: string[];
}

export function ExportMenu({ campaign, kind, ensureSaved, onNotice, blanks }: Props) {
  const [busy, setBusy] = useState<Job | null>(null);
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState('');
  const [seal, setSeal] = useState<{ state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; value: SealView | null } | null>(null);

  const run = async (job: Job, allowBlanks = false) => {
    setBusy(job);
    onNotice(null);
    try {
      if (!(await ensureSaved())) return;
      const done = await call('documents.export', {
        campaign, kind, format: job === 'docx' ? 'docx' : 'pdf', stamped: job === 'stamped', ...(allowBlanks ? { allowBlanks, reason } : {}),
      });
      if (!done) return;
      const where = `保存位置：${done.file}${job === 'stamped' ? '\n此次用印已记入用印记录。' : ''}`;
      if (done.blanks.length && job !== 'stamped') {
        onNotice({ color: 'blue', title: `${DONE[job]}，但还有 ${done.blanks.length} 处待填`, message: `${where}\n文件中黄色标出的待填内容：${done.blanks.join('、')}。填写后请重新导出再报送。`, exported: { path: done.file } });
      } else onNotice({ color: 'green', title: DONE[job], message: where, exported: { path: done.file } });
    } catch (e) {
      onNotice({ color: 'red', title: `未能${DONE[job].replace('已', '')}`, message: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };
  const askStamped = () => {
    setOverride(false);
    setReason('');
    setSeal({ state: 'loading' });
    call('documents.seal').then(
      (value) => setSeal({ state: 'done', value }),
      (e: unknown) => setSeal({ state: 'error', message: errorMessage(e) }),
    );
  };
  const noSeal = seal?.state === 'done' && seal.value === null;
  const blocked = blanks.length > 0 && (!override || !reason.trim());
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
        confirmLabel={blanks.length ? '仍然盖章并导出' : '盖章并导出'}
        color="red"
        disabled={seal?.state !== 'done' || noSeal || blocked}
        onClose={() => setSeal(null)}
        onConfirm={async () => {
          setSeal(null);
          await run('stamped', blanks.length > 0);
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
        {seal?.state === 'done' && seal.value && blanks.length > 0 && (
          <Stack gap="xs" mt="sm">
            <Alert color="red" title={`文书中还有 ${blanks.length} 处待填，不能盖章`} data-testid="doc-stamp-blanks">
              <List size="sm" spacing={2}>
                {blanks.slice(0, 12).map((b) => <List.Item key={b}>〔待填：{b}〕</List.Item>)}
              </List>
              {blanks.length > 12 && <Text size="sm" mt={4}>……共 {blanks.length} 处</Text>}
              <Text size="sm" mt="xs">请关闭此窗口，在文稿中逐项填写后再盖章导出。</Text>
            </Alert>
            <Checkbox label="确需在留有待填内容的情况下盖章" checked={override} onChange={(e) => setOverride(e.currentTarget.checked)}
              data-testid="doc-stamp-override" />
            {override && (
              <Textarea label="理由（记入用印记录）" size="sm" required autosize minRows={2} maxLength={500} value={reason}
                onChange={(e) => setReason(e.currentTarget.value)} data-testid="doc-stamp-reason" />
            )}
          </Stack>
        )}
      </ConfirmModal>
    </>
  );
}
