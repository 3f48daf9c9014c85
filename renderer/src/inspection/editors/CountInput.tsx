// A whole number of people or things, with its unit after it; '' while empty.
import { Group, NumberInput, Text } from '@mantine/core';
import type { NumberText } from '../answerDraft';

interface Props {
  label: string;
  unit: string;
  value: NumberText;
  onChange: (value: NumberText) => void;
  invalid?: boolean;
  /** Shown before the input; the label is still read out when hidden. */
  showLabel?: boolean;
}

export function CountInput({ label, unit, value, onChange, invalid, showLabel = true }: Props) {
  return (
    <Group gap={4} wrap="nowrap">
      {showLabel && (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Text>
      )}
      <NumberInput
        aria-label={label}
        size="xs"
        w={76}
        value={value}
        onChange={onChange}
        allowNegative={false}
        allowDecimal={false}
        min={0}
        max={10_000_000}
        clampBehavior="none"
        hideControls
        error={invalid}
      />
      <Text size="sm" c="dimmed">
        {unit}
      </Text>
    </Group>
  );
}
