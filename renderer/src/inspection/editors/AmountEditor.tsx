// An amount typed in 万元 (up to 4 decimals); saved as fen.
import { Text, TextInput } from '@mantine/core';
import type { Raw } from '../answerDraft';

type Amount = Extract<Raw, { kind: 'amount' }>;

export function AmountEditor({ raw, invalid, onChange }: { raw: Amount; invalid: boolean; onChange: (raw: Amount) => void }) {
  return (
    <TextInput
      aria-label="金额（万元）"
      size="xs"
      w={150}
      inputMode="decimal"
      placeholder="0.0000"
      value={raw.text}
      onChange={(e) => onChange({ kind: 'amount', text: e.currentTarget.value })}
      error={invalid}
      rightSection={
        <Text size="xs" c="dimmed">
          万元
        </Text>
      }
      rightSectionWidth={40}
    />
  );
}
