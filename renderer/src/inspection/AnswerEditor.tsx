// The editor a question asks for: 有/无, sampled counts, 万元, a count, persons by
// role, free text, a date, a 文号, a rate, or a task's progress.
import { NumberInput, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Question } from '../../../shared/inspection';
import { DateField } from '../components/DateField';
import type { Raw } from './answerDraft';
import { AmountEditor } from './editors/AmountEditor';
import { CountInput } from './editors/CountInput';
import { PersonsEditor } from './editors/PersonsEditor';
import { ProgressEditor } from './editors/ProgressEditor';
import { SampledEditor } from './editors/SampledEditor';
import { YesNoEditor } from './editors/YesNoEditor';

/** 〔2024〕12号, [2024]12号, (2024)12号 as pasted from different places. */
const DOC_NUMBER = /[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]\s*\d+\s*号/;

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
    case 'date':
      return <DateField aria-label="日期" placeholder="YYYY-MM-DD" value={raw.date} error={errorField === 'date' || undefined} onChange={(date) => onChange({ kind: 'date', date })} />;
    case 'docNumber':
      return (
        <TextInput
          aria-label="文号"
          size="xs"
          placeholder="如 〔2024〕12号"
          // A hint, not a rule: a hospital's own numbering (院发2024-12) is kept as typed.
          description={raw.number.trim() && !DOC_NUMBER.test(raw.number) ? '文号一般写作〔年份〕序号号，如 某医发〔2024〕12号，请核对' : undefined}
          maxLength={100}
          value={raw.number}
          error={errorField === 'docNumber'}
          onChange={(e) => onChange({ kind: 'docNumber', number: e.currentTarget.value })}
        />
      );
    case 'percent':
      return (
        <NumberInput
          aria-label="百分比"
          size="xs"
          min={0}
          max={100}
          clampBehavior="strict"
          decimalScale={2}
          suffix="%"
          placeholder="0–100"
          value={raw.percent}
          error={errorField === 'percent'}
          onChange={(percent) => onChange({ kind: 'percent', percent })}
        />
      );
    case 'progress':
      return <ProgressEditor raw={raw} errorField={errorField} onChange={onChange} note={note} />;
  }
}
