// One count per kind of person (医师/护士/…), each with the unit.
import { Group } from '@mantine/core';
import type { Raw } from '../answerDraft';
import { CountInput } from './CountInput';

type Persons = Extract<Raw, { kind: 'persons' }>;

interface Props {
  raw: Persons;
  roles: string[];
  unit: string;
  errorField: string | null;
  onChange: (raw: Persons) => void;
}

export function PersonsEditor({ raw, roles, unit, errorField, onChange }: Props) {
  return (
    <Group gap="sm" wrap="wrap">
      {roles.map((role) => (
        <CountInput
          key={role}
          label={role}
          unit={unit}
          value={raw.byRole[role] ?? ''}
          invalid={errorField === role}
          onChange={(n) => onChange({ kind: 'persons', byRole: { ...raw.byRole, [role]: n } })}
        />
      ))}
    </Group>
  );
}
