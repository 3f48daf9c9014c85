// /cases — 线索案件: clues (what came in) and cases (what was opened), one tab each;
// the tab lives in the address so that Back returns to it.
import { Alert, Anchor, Button, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { loadRefs } from '../lib/refs';
import { call } from '../api';
import { useApi } from '../lib/useApi';
import { CaseList } from './CaseList';
import { ClueList } from './ClueList';
import { NewCaseModal } from './NewCaseModal';
import { NewClueModal } from './NewClueModal';

export function CasesPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'cases' ? 'cases' : 'clues';
  const refs = useApi(loadRefs, []);
  const review = useApi(() => call('cases.linkReview'), []);
  const scope = params.get('campaign');
  const pending = review.state === 'done' ? review.value : { clues: 0, cases: 0 };
  const [adding, setAdding] = useState(false);
  const add = () => setAdding(true);
  return (
    <>
      <PageHeader
        title="线索案件"
        description="登记信访举报、大数据筛查和上级交办的问题线索，记录处置方式和核实结果；立案的线索转为案件，计入统计报表。"
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={add} disabled={refs.state !== 'done'} data-testid={`new-${tab === 'cases' ? 'case' : 'clue'}`}>
            {tab === 'cases' ? '登记案件' : '登记线索'}
          </Button>
        }
      />
      {refs.state === 'error' && <ErrorAlert message={refs.message} title="未能加载科室和专项行动" mb="sm" />}
      {pending.clues + pending.cases > 0 && (
        <Alert color="orange" mb="sm" title="有记录待确认所属专项行动" data-testid="link-review">
          升级前登记的 {pending.clues} 条线索、{pending.cases} 件案件无法确定属于哪个专项行动，在确认前不计入任何专项行动的统计表和文书。
          <Anchor ml="xs" size="sm" onClick={() => setParams(pending.clues ? { campaign: 'review' } : { tab: 'cases', campaign: 'review' })}>逐条确认</Anchor>
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => setParams(v === 'cases' ? { tab: 'cases' } : {})} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="clues" data-testid="tab-clues">线索</Tabs.Tab>
          <Tabs.Tab value="cases" data-testid="tab-cases">案件</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="clues">
          <ClueList key={scope ?? ''} onAdd={add} refs={refs.state === 'done' ? refs.value : null} initialCampaign={scope} />
        </Tabs.Panel>
        <Tabs.Panel value="cases">
          <CaseList key={scope ?? ''} onAdd={add} refs={refs.state === 'done' ? refs.value : null} initialCampaign={scope} />
        </Tabs.Panel>
      </Tabs>
      {adding && refs.state === 'done' && tab === 'clues' && <NewClueModal refs={refs.value} onClose={() => setAdding(false)} />}
      {adding && refs.state === 'done' && tab === 'cases' && <NewCaseModal refs={refs.value} onClose={() => setAdding(false)} />}
      {refs.state === 'loading' && <LoadingBlock rows={0} label="正在加载科室" />}
    </>
  );
}
