// The selected rows: assign them, set them aside as not applicable, bring them back.
import { useCallback } from 'react';
import { call } from '../api';
import { errorMessage } from '../lib/errors';
import type { RoundState } from './useRoundState';

export function useBulkActions(s: RoundState, flushAll: () => Promise<number>) {
  const { round, selected, setSelected, assign, patch, setActionError } = s;

  const assignSelected = useCallback(
    async (departmentId: number | null) => {
      if (await assign([...selected], departmentId)) setSelected(new Set());
    },
    [assign, selected, setSelected],
  );

  const setApplicable = useCallback(
    async (applicable: boolean, reason: string): Promise<boolean> => {
      const ids = [...selected];
      try {
        await flushAll();
        await call('inspection.setApplicable', { roundId: round.id, elementIds: ids, applicable, reason });
        patch(ids, () => ({ applicable, notApplicableReason: applicable ? '' : reason }));
        setSelected(new Set());
        setActionError(null);
        return true;
      } catch (e) {
        setActionError(`未能${applicable ? '恢复适用' : '标记不适用'}：${errorMessage(e)}`);
        return false;
      }
    },
    [selected, flushAll, round.id, patch, setSelected, setActionError],
  );

  const selectAll = useCallback(
    (ids: string[], checked: boolean) =>
      setSelected((prev) => {
        const next = new Set(prev);
        for (const id of ids) {
          if (checked) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
    [setSelected],
  );

  return { assignSelected, setApplicable, selectAll };
}
