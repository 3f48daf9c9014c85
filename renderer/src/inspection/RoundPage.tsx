// /self-check/:roundId — one round of self-inspection.
import { useParams } from 'react-router';
import { ApiError, call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../lib/useApi';
import { RoundWorkspace } from './RoundWorkspace';

async function loadRound(roundId: number) {
  const [detail, org, settings] = await Promise.all([call('inspection.round', { roundId }), call('org.get'), call('org.operator')]);
  return { detail, org, operator: settings.operator };
}

export function RoundPage() {
  const roundId = Number(useParams().roundId);
  const valid = Number.isSafeInteger(roundId) && roundId > 0;
  const data = useApi(() => (valid ? loadRound(roundId) : Promise.reject(new ApiError({ code: 'badRoute', message: '地址中的自查轮次编号不正确，请从“自查”页重新进入' }))), [roundId]);
  if (data.state === 'loading') return <LoadingBlock rows={6} label="正在加载自查轮次" />;
  if (data.state === 'error') {
    return (
      <>
        <PageHeader title="自查" />
        <ErrorAlert message={data.message} title="未能打开这一轮自查" />
      </>
    );
  }
  return <RoundWorkspace key={roundId} detail={data.value.detail} org={data.value.org} operator={data.value.operator} />;
}
