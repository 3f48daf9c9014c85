// The editor a question asks for: 有/无, sampled counts, 万元, a count, persons by
// role, free text, or a task's progress.
import { Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Question } from '../../../shared/inspection';
import type { Raw } from './answerDraft';
import { AmountEditor } from './editors/AmountEditor';
import { CountInput } from './editors/CountInput';
import { PersonsEditor } from './editors/PersonsEditor';
import { ProgressEditor } from './editors/ProgressEditor';
import { SampledEditor } from './editors/SampledEditor';
import { YesNoEditor } from './editors/YesNoEditor';

interface Props {
  question: Question;
  raw: Raw;
  /** Which input the current error is about. */
  errorField: string | null;
  onChange: (raw: Raw) => void;
  /** The row's note input, which a task's progress puts beside its status. */
  note: ReactNode;
}

export function AnswerEditor({ question: q, raw, errorField, onChange, note }: Props) {
  switch (raw.kind) {
    case 'yesno':
      return <YesNoEditor raw={raw} onChange={onChange} />;
    case 'sampled':
      return <SampledEditor raw={raw} unit={q.kind === 'sampled' ? q.unit : '人'} errorField={errorField} onChange={onChange} />;
    case 'amount':
      return <AmountEditor raw={raw} invalid={errorField === 'amount'} onChange={onChange} />;
    case 'count':
      return (
        <CountInput
          label="数量"
          showLabel={false}
          unit={q.kind === 'count' ? q.unit : ''}
          value={raw.count}
          invalid={errorField === 'count'}
          onChange={(count) => onChange({ kind: 'count', count })}
        />
      );
    case 'persons':
      return (
        <PersonsEditor
          raw={raw}
          roles={q.kind === 'persons' ? q.roles : Object.keys(raw.byRole)}
          unit={q.kind === 'persons' ? q.unit : '人'}
          errorField={errorField}
          onChange={onChange}
        />
      );
    case 'text':
      return (
        <Textarea
          aria-label="文字说明"
          size="xs"
          placeholder="填写自查情况"
          autosize
          minRows={2}
          maxRows={8}
          value={raw.text}
          error={errorField === 'text'}
          onChange={(e) => onChange({ kind: 'text', text: e.currentTarget.value })}
        />
      );
    case 'progress':
      return <ProgressEditor raw={raw} errorField={errorField} onChange={onChange} note={note} />;
  }
}
