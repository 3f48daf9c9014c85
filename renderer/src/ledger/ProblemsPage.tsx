// /problems — 问题台账.
import { LedgerView } from './LedgerView';

export function ProblemsPage() {
  return <LedgerView key="problems" variant="problems" />;
}
