// /cases/clues/:id — one clue: what came in, who it concerns, how it was disposed
// of, and the cases and problems it led to.
import { Anchor, Badge, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconGavel } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { concernedText, type ClueDetail } from '../../../shared/cases';
import { ApiError, call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { SectionCard } from '../components/SectionCard';
import { loadRefs, type LedgerRefs } from '../lib/refs';
import { useApi } from '../lib/useApi';
import { caseHref, disposalText, routeId } from './casesText';
import { ClueCampaignsCard } from './ClueCampaignsCard';
import { DisposeModal } from './DisposeModal';
import { HistoryCard } from './HistoryCard';
import { NewCaseModal } from './NewCaseModal';
import { chineseDate, chineseMoment } from '../../../shared/dates';

async function load(id: number | null) {
  if (id === null) throw new ApiError({ code: 'badRoute', message: '地址中的线索编号不正确，请从“线索案件”重新进入' });
  const [detail, refs] = await Promise.all([call('cases.getClue', { id }), loadRefs()]);
  return { detail, refs };
}

export function ClueDetailPage() {
  const id = routeId(useParams().id);
  const data = useApi(() => load(id), [id]);
  if (data.state === 'loading') return <LoadingBlock rows={4} label="正在加载线索" />;
  if (data.state === 'error') {
    return (
      <>
        <PageHeader title="线索案件" />
        <ErrorAlert message={data.message} title="未能打开这条线索" />
      </>
    );
  }
  return <ClueView key={id} initial={data.value.detail} refs={data.value.refs} />;
}

function ClueView({ initial, refs }: { initial: ClueDetail; refs: LedgerRefs }) {
  const [detail, setDetail] = useState(initial);
  const [modal, setModal] = useState<'dispose' | 'case' | null>(null);
  const c = detail.clue;
  return (
    <div data-testid="clue-page" data-disposal={c.disposal ?? 'none'}>
      <Anchor component={Link} to="/cases" size="sm" mb={4} display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} /> 线索列表
      </Anchor>
      <PageHeader title={`线索 ${c.number}`} description={`${c.channel} · 收到于 ${chineseDate(c.receivedOn)}`}
        actions={
          <>
            <Button variant="default" onClick={() => setModal('dispose')} data-testid="dispose-clue">{c.disposal ? '更改处置' : '处置'}</Button>
            <Button leftSection={<IconGavel size={16} />} onClick={() => setModal('case')} data-testid="clue-to-case">转为案件</Button>
          </>
        } />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <SectionCard title="线索内容" testId="clue-card">
              <Text size="sm" className="zc-prewrap" data-testid="clue-summary">{c.summary}</Text>
              <Text size="sm" mt="sm" c="dimmed">涉及人员</Text>
              <Text size="sm" data-testid="clue-concerned">{concernedText(detail.concerned) || '未登记'}</Text>
              {c.note && <Text size="sm" mt="sm" c="dimmed" className="zc-prewrap">备注：{c.note}</Text>}
            </SectionCard>
            <SectionCard title="形成的案件和问题">
              {detail.cases.length === 0 && detail.problems.length === 0 && (
                <Text size="sm" c="dimmed">还没有。查实需要立案的，点“转为案件”。</Text>
              )}
              <Stack gap={4}>
                {detail.cases.map((k) => (
                  <Group key={k.id} gap="xs" data-testid={`clue-case-${k.id}`}>
                    <Badge size="sm" variant="light">案件</Badge>
                    <Anchor component={Link} to={caseHref(k.id)} size="sm" ff="monospace">{k.number}</Anchor>
                    <Text size="sm">{k.title}</Text>
                  </Group>
                ))}
                {detail.problems.map((p) => (
                  <Group key={p.id} gap="xs">
                    <Badge size="sm" variant="light" color="orange">问题</Badge>
                    <Anchor component={Link} to={`/problems/${p.id}`} size="sm" ff="monospace">{p.number}</Anchor>
                    <Text size="sm" lineClamp={1}>{p.description}</Text>
                  </Group>
                ))}
              </Stack>
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <SectionCard title="处置情况">
              <Text size="sm" fw={600} c={c.disposal ? undefined : 'orange'} data-testid="clue-disposal">{disposalText(c)}</Text>
              {c.disposedOn && <Text size="sm" c="dimmed">处置日期 {chineseDate(c.disposedOn)}</Text>}
              <Text size="sm" c="dimmed">登记：{c.createdBy}，{chineseMoment(c.createdAt)}</Text>
            </SectionCard>
            <ClueCampaignsCard key={detail.clue.campaignIds.join(',')} clue={c} refs={refs} onDone={setDetail} />
            <HistoryCard history={detail.history} />
          </Stack>
        </Grid.Col>
      </Grid>
      {modal === 'dispose' && <DisposeModal clue={c} onClose={() => setModal(null)} onDone={setDetail} />}
      {modal === 'case' && (
        <NewCaseModal refs={refs} clue={{ id: c.id, number: c.number, summary: c.summary, concerned: detail.concerned, campaignIds: c.campaignIds }} onClose={() => setModal(null)} />
      )}
    </div>
  );
}
