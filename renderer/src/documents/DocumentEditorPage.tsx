// 文书 editor: the draft on the left (header data, headings and paragraphs with
// linked figures and marked blanks), the page as it will print on the right.
import { Alert, Anchor, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DOCUMENT_KINDS, DOCUMENT_KIND_KEYS, documentBlanks, type DocumentKind } from '../../../shared/document';
import { NoticeAlert, type Notice } from '../components/NoticeAlert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { draftCounts, refreshFigures } from './draft';
import { DraftBody } from './DraftBody';
import { ExportMenu } from './ExportMenu';
import { HeadCard } from './HeadCard';
import { LeaveGuard } from './LeaveGuard';
import { PreviewPane, startPreview } from './PreviewPane';
import { RedraftMenu } from './RedraftMenu';
import { staleCount } from './stale';
import { useDraft } from './useDraft';
import './documents.css';

const isKind = (k: string | undefined): k is DocumentKind => DOCUMENT_KIND_KEYS.some((x) => x === k);

export function DocumentEditorPage() {
  const { campaign = '', kind } = useParams();
  if (!isKind(kind)) return <ErrorAlert title="没有这种文书" message={`“${kind ?? ''}”不是文书的种类，请从文书页面打开。`} />;
  return <Editor key={`${campaign}/${kind}`} campaign={campaign} kind={kind} />;
}

function Editor({ campaign, kind }: { campaign: string; kind: DocumentKind }) {
  const d = useDraft(campaign, kind);
  const [firstPreview] = useState(() => startPreview(campaign, kind));
  const [notice, setNotice] = useState<Notice | null>(null);
  useHotkeys([['mod+S', () => void d.save()]], [], true);
  const back = `/documents?campaign=${encodeURIComponent(campaign)}`;
  const header = (
    <PageHeader
      title={DOCUMENT_KINDS[kind]}
      description={
        <Anchor component={Link} to={back} size="sm">
          <IconArrowLeft size={12} /> 返回文书列表
        </Anchor>
      }
      actions={
        d.st.state === 'done' && (
          <>
            <Text size="xs" c={d.st.dirty ? 'orange' : 'dimmed'} data-testid="doc-save-state">
              {d.saving ? '正在保存…' : d.st.dirty ? '有未保存的修改' : d.st.draft.editedAt ? '已保存' : '未编辑的草稿'}
            </Text>
            <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => void d.save()} loading={d.saving} disabled={!d.st.dirty} data-testid="doc-save">
              保存（Ctrl+S）
            </Button>
            <RedraftMenu dirty={d.st.dirty} redraft={d.redraft} onNotice={setNotice} />
            <ExportMenu campaign={campaign} kind={kind} ensureSaved={d.save} onNotice={setNotice} blanks={documentBlanks(d.st.doc)} />
          </>
        )
      }
    />
  );
  if (d.st.state !== 'done') {
    return (
      <>
        {header}
        {d.st.state === 'loading' ? <LoadingBlock rows={5} label="正在起草文书" /> : <ErrorAlert message={d.st.message} title="文书未能打开" />}
      </>
    );
  }
  const { doc, draft, dirty } = d.st;
  const stale = staleCount(doc, draft.stale);
  const counts = draftCounts(doc);
  return (
    <>
      {header}
      <LeaveGuard dirty={dirty} onSave={d.save} />
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
      {d.saveError && <ErrorAlert message={d.saveError} title="未能保存" mb="md" withCloseButton onClose={d.clearSaveError} />}
      {stale > 0 && (
        <Alert color="orange" variant="light" mb="md" icon={<IconAlertTriangle size={18} />} data-testid="doc-stale">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">有 {stale} 处数字与最新记录不一致（记录在上次保存后有变动）。改写过的数字不受影响。</Text>
            <Button size="compact-sm" variant="light" color="orange" onClick={() => d.edit((x) => refreshFigures(x, draft.stale))} data-testid="doc-stale-update">
              更新
            </Button>
          </Group>
        </Alert>
      )}
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="sm">
            <Text size="xs" c="dimmed" data-testid="doc-counts">
              {counts.blanks ? `还有 ${counts.blanks} 处待填（黄色标出，点击填写）` : '没有待填的空白'}
              {counts.overrides ? `；${counts.overrides} 个数字已改写` : ''}。蓝色数字来自记录，点击可改写。
            </Text>
            <HeadCard head={doc.head} onChange={(head) => d.edit((x) => ({ ...x, head }))} />
            <DraftBody doc={doc} edit={d.edit} remove={d.remove} deleted={d.deleted} undoDelete={d.undoDelete} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }} className="zc-doc-preview-col">
          <PreviewPane campaign={campaign} kind={kind} doc={doc} first={firstPreview} title={doc.head.title} onOpen={() => setNotice({ color: 'blue', title: '查看 PDF', message: '请用“导出 → 导出 PDF”保存后，在 PDF 阅读器中打开。' })} />
        </Grid.Col>
      </Grid>
    </>
  );
}
