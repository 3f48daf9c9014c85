// /rectification — 整改台账: the same problems, by their rectification.
import { LedgerView } from './LedgerView';

export function RectificationPage() {
  return <LedgerView key="rectification" variant="rectification" />;
}
