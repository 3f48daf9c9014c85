// A row's answer column: not applicable (with the reason), read-only text, or the
// editor with the note; then the save status.
import { Badge, Text, TextInput } from '@mantine/core';
import type { RoundElementView } from '../../../shared/inspection';
import { parseRaw } from './answerDraft';
import { answerText } from './answerText';
import { AnswerEditor } from './AnswerEditor';
import { SaveStatusText } from './SaveStatusText';
import type { useAnswerSaver } from './useAnswerSaver';

/** Editors that take the whole width; the note goes below them. */
const WIDE = new Set(['text', 'progress']);

interface Props {
  element: RoundElementView;
  saver: ReturnType<typeof useAnswerSaver>;
  /** Inputs, or the answer as text (read-only, or a far-away row of a large round). */
  editing: boolean;
}

export function RowAnswer({ element: e, saver, editing }: Props) {
  const parsed = parseRaw(saver.raw);
  const inBuilt = e.question.kind === 'progress';
  const noteInput = (
    <TextInput
      size="xs"
      className="zc-row-note"
      aria-label={`第 ${e.no} 项的备注`}
      placeholder="备注（可不填）"
      value={saver.note}
      onChange={(ev) => saver.setNote(ev.currentTarget.value)}
      maxLength={2000}
    />
  );
  const shown = parsed.ok ? parsed.value : e.answer;
  return (
    <div onBlur={() => void saver.flush()} className="zc-row-answer">
      {!e.applicable ? (
        <Text size="sm" c="dimmed" data-testid={`not-applicable-${e.elementId}`}>
          <Badge color="gray" variant="light" size="sm" mr={6}>
            不适用
          </Badge>
          {e.notApplicableReason}
        </Text>
      ) : !editing ? (
        <>
          <Text size="sm" c={shown ? undefined : 'dimmed'} className="zc-prewrap" data-testid={`answer-${e.elementId}`}>
            {answerText(shown, e.question)}
          </Text>
          {saver.note && (
            <Text size="xs" c="dimmed" className="zc-prewrap">
              备注：{saver.note}
            </Text>
          )}
        </>
      ) : (
        <div className="zc-row-inputs" data-wide={WIDE.has(e.question.kind) || undefined}>
          <div className="zc-row-editor">
            <AnswerEditor
              question={e.question}
              raw={saver.raw}
              errorField={parsed.ok ? null : parsed.field}
              onChange={saver.setAnswer}
              note={inBuilt ? noteInput : null}
            />
          </div>
          {!inBuilt && noteInput}
        </div>
      )}
      <SaveStatusText elementId={e.elementId} status={saver.status} updatedBy={e.updatedBy} updatedAt={e.updatedAt} />
    </div>
  );
}
