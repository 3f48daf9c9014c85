// One item or task of a round: its text, the answer editor its question asks for,
// a note, and (on the right) department, evidence and problem. Memoised: typing
// here re-renders this row alone; the draft lives in the row (useAnswerSaver).
import { Badge, Checkbox, Text } from '@mantine/core';
import { memo } from 'react';
import { revealsProblem, type RoundElementView } from '../../../shared/inspection';
import { LightSide } from './LightSide';
import { RowAnswer } from './RowAnswer';
import { RowSide } from './RowSide';
import type { DepartmentOption, RowHandlers } from './rowTypes';
import { useAnswerSaver } from './useAnswerSaver';
import { useNearViewport } from './useNearViewport';

interface Props {
  roundId: number;
  element: RoundElementView;
  departments: DepartmentOption[];
  readOnly: boolean;
  selected: boolean;
  /** A large round: rows far from the screen are drawn as text until they come near. */
  lazy: boolean;
  handlers: RowHandlers;
}

export const ElementRow = memo(function ElementRow({ roundId, element: e, departments, readOnly, selected, lazy, handlers }: Props) {
  const saver = useAnswerSaver(roundId, e, handlers.onSaved);
  const [ref, near] = useNearViewport(lazy);
  const locked = readOnly || e.retired;
  const select = (checked: boolean) => handlers.onSelect(e.elementId, checked);
  return (
    <div
      ref={ref}
      className="zc-round-row"
      data-testid={`element-${e.elementId}`}
      data-element-id={e.elementId}
      data-na={e.applicable ? undefined : true}
      data-selected={selected || undefined}
      data-light={near ? undefined : true}
    >
      {readOnly ? (
        <span />
      ) : near ? (
        <Checkbox size="xs" mt={3} aria-label={`选择第 ${e.no} 项`} checked={selected} onChange={(ev) => select(ev.currentTarget.checked)} />
      ) : (
        <input type="checkbox" className="zc-light-check" aria-label={`选择第 ${e.no} 项`} checked={selected} onChange={(ev) => select(ev.currentTarget.checked)} />
      )}
      <Text size="sm" fw={600} c="blue.8" ta="right">
        {e.no}
      </Text>
      <div>
        <Text size="sm" className="zc-row-text">
          {e.text}
        </Text>
        {e.note && (
          <Text size="xs" c="dimmed" mt={2}>
            {e.note}
          </Text>
        )}
        {e.retired && (
          <Badge color="gray" variant="outline" size="xs" mt={4}>
            已停用：新版本的专项行动中已没有此项
          </Badge>
        )}
      </div>
      <RowAnswer element={e} saver={saver} editing={near && !locked} />
      {near ? (
        <RowSide
          element={e}
          departments={departments}
          locked={readOnly}
          canFlag={!locked && e.applicable && revealsProblem(e.answer)}
          onAssign={(d) => handlers.onAssign(e.elementId, d)}
          onEvidence={() => handlers.onEvidence(e.elementId)}
          onFlag={() => void saver.flush().then(() => handlers.onFlag(e.elementId))}
        />
      ) : (
        <LightSide element={e} departments={departments} />
      )}
    </div>
  );
});
