// The round page's state: the elements as saved, the selection, which drawer or
// dialog is open, and the stable callbacks the rows use.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { OrgView } from '../../../shared/api';
import type { RoundDetail, RoundElementView } from '../../../shared/inspection';
import { call } from '../api';
import { errorMessage } from '../lib/errors';
import type { DepartmentOption, RowHandlers } from './rowTypes';

export function useRoundState(detail: RoundDetail, org: OrgView, operator: string) {
  const [round, setRound] = useState(detail.round);
  const [elements, setElements] = useState(detail.elements);
  const [events, setEvents] = useState(detail.events);
  const [generation, setGeneration] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [evidenceFor, setEvidenceFor] = useState<string | null>(null);
  const [flagFor, setFlagFor] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const operatorRef = useRef(operator);
  const elementsRef = useRef(elements);
  elementsRef.current = elements;

  const patch = useCallback((ids: readonly string[], change: (e: RoundElementView) => Partial<RoundElementView>) => {
    const set = new Set(ids);
    setElements((prev) => prev.map((e) => (set.has(e.elementId) ? { ...e, ...change(e) } : e)));
  }, []);

  const assign = useCallback(
    async (ids: string[], departmentId: number | null): Promise<boolean> => {
      const before = new Map(elementsRef.current.map((e) => [e.elementId, e.departmentId]));
      patch(ids, () => ({ departmentId, personId: null }));
      try {
        await call('inspection.assign', { roundId: round.id, elementIds: ids, departmentId, personId: null });
        setActionError(null);
        return true;
      } catch (e) {
        patch(ids, (el) => ({ departmentId: before.get(el.elementId) ?? null }));
        setActionError(`未能分配科室：${errorMessage(e)}`);
        return false;
      }
    },
    [patch, round.id],
  );

  const handlers = useMemo<RowHandlers>(
    () => ({
      onSelect: (id, checked) =>
        setSelected((prev) => {
          const next = new Set(prev);
          if (checked) next.add(id);
          else next.delete(id);
          return next;
        }),
      onSaved: (id, saved, revision) =>
        patch([id], () => ({
          answer: saved.value,
          answerNote: saved.note,
          answerRevision: revision,
          updatedBy: operatorRef.current,
          updatedAt: new Date().toISOString(),
        })),
      onAssign: (id, departmentId) => void assign([id], departmentId),
      onEvidence: setEvidenceFor,
      onFlag: setFlagFor,
    }),
    [patch, assign],
  );

  const departments = useMemo<DepartmentOption[]>(
    () => org.departments.map((d) => ({ value: String(d.id), label: d.name })),
    [org.departments],
  );

  /** After an import, archiving or reopening: the round as the core now has it. */
  const refresh = useCallback(async () => {
    const next = await call('inspection.round', { roundId: round.id });
    setRound(next.round);
    setElements(next.elements);
    setEvents(next.events);
    setSelected(new Set());
    setGeneration((g) => g + 1);
  }, [round.id]);

  return {
    round,
    events,
    elements,
    generation,
    departments,
    selected,
    setSelected,
    handlers,
    patch,
    assign,
    refresh,
    evidenceFor,
    setEvidenceFor,
    flagFor,
    setFlagFor,
    actionError,
    setActionError,
  };
}

export type RoundState = ReturnType<typeof useRoundState>;
