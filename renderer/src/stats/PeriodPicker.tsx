// Month, quarter or 行动开始至今: the three periods a statistics table is filled for.
import { Group, SegmentedControl, Select } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { kindOf, periodFor, quarterOptions, type PeriodKind } from './period';

interface Props {
  period: string;
  today: string;
  /** The campaign's start, which bounds the pickers; null when the notice gives none. */
  start: string | null;
  onChange: (period: string) => void;
}

export function PeriodPicker({ period, today, start, onChange }: Props) {
  const kind = kindOf(period);
  const startYear = Number((start ?? today).slice(0, 4));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SegmentedControl
        aria-label="统计期类型"
        value={kind}
        onChange={(k) => onChange(periodFor(k as PeriodKind, today))}
        data={[
          { value: 'month', label: '按月' },
          { value: 'quarter', label: '按季度' },
          // Without a start date the core cannot tell where "so far" begins.
          { value: 'all', label: '行动开始至今', disabled: !start },
        ]}
      />
      {kind === 'month' && (
        <MonthPickerInput
          label="统计月份"
          w={160}
          value={`${period}-01`}
          valueFormat="YYYY年M月"
          maxDate={today}
          onChange={(v) => v && onChange(v.slice(0, 7))}
          data-testid="stats-month"
        />
      )}
      {kind === 'quarter' && (
        <Select
          label="统计季度"
          w={180}
          allowDeselect={false}
          data={quarterOptions(startYear, today)}
          value={period}
          onChange={(v) => v && onChange(v)}
          data-testid="stats-quarter"
        />
      )}
    </Group>
  );
}
