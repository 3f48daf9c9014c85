// How many figures of the draft the records now answer differently.
import type { OfficialDocument } from '../../../shared/document';
import { runsOf } from './draft';

export function staleCount(doc: OfficialDocument, stale: Record<string, string>): number {
  let n = 0;
  for (const block of [...doc.body, ...doc.attachments.flatMap((a) => a.blocks)]) {
    for (const r of runsOf(block)) if (r.kind === 'figure' && r.key in stale && stale[r.key] !== r.value) n++;
  }
  return n;
}
