// 抽查 N 人 / 违法违规 N 人.
import { Group } from '@mantine/core';
import type { Raw } from '../answerDraft';
import { CountInput } from './CountInput';

type Sampled = Extract<Raw, { kind: 'sampled' }>;

interface Props {
  raw: Sampled;
  unit: string;
  errorField: string | null;
  onChange: (raw: Sampled) => void;
}

export function SampledEditor({ raw, unit, errorField, onChange }: Props) {
  return (
    <Group gap="sm" wrap="wrap">
      <CountInput label="抽查" unit={unit} value={raw.sampled} invalid={errorField === 'sampled'} onChange={(sampled) => onChange({ ...raw, sampled })} />
      <CountInput
        label="违法违规"
        unit={unit}
        value={raw.violating}
        invalid={errorField === 'violating'}
        onChange={(violating) => onChange({ ...raw, violating })}
      />
    </Group>
  );
}
