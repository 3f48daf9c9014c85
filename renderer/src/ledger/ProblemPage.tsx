// /problems/:id — one problem and its rectification.
import { useParams } from 'react-router';
import type { RoundSummary } from '../../../shared/inspection';
import { ApiError, call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { ProblemView } from './ProblemView';
import { loadRefs } from '../lib/refs';
import { useApi } from '../lib/useApi';

async function loadProblem(id: number) {
  const [detail, refs] = await Promise.all([call('ledger.get', { id }), loadRefs()]);
  let round: RoundSummary | null = null;
  if (detail.problem.roundId !== null) {
    const rounds = await call('inspection.rounds', {});
    round = rounds.find((r) => r.id === detail.problem.roundId) ?? null;
  }
  return { detail, refs, round };
}

export function ProblemPage() {
  const id = Number(useParams().id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const data = useApi(
    () => (valid ? loadProblem(id) : Promise.reject(new ApiError({ code: 'badRoute', message: '地址中的问题编号不正确，请从“问题台账”重新进入' }))),
    [id],
  );
  if (data.state === 'loading') return <LoadingBlock rows={5} label="正在加载问题" />;
  if (data.state === 'error') {
    return (
      <>
        <PageHeader title="问题台账" />
        <ErrorAlert message={data.message} title="未能打开这个问题" />
      </>
    );
  }
  return <ProblemView key={id} initial={data.value.detail} refs={data.value.refs} round={data.value.round} />;
}
