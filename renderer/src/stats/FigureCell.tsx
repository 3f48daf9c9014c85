// One figure: a computed one with a 计算 badge saying how, opening the records
// behind it; a hand-entered one as an input saved when the officer leaves it; an
// answer (checklists) as text. In a user campaign's table each figure also has its
// 口径 (how it is filled), which the officer sets.
import { ActionIcon, Badge, Group, NumberInput, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { WHOLE_UNITS, type StatsCell, type StatsRowView, type StatsTableView } from '../../../shared/stats';
import { call } from '../api';
import { errorMessage } from '../lib/errors';
import { momentText } from '../lib/format';
import { MeasureModal } from './MeasureModal';
import type { FigureRef } from './RecordsDrawer';

interface Props {
  view: StatsTableView;
  row: StatsRowView;
  cell: StatsCell;
  onSaved: (v: StatsTableView) => void;
}

export function FigureCell(props: Props & { onOpen: (f: FigureRef) => void }) {
  const { view, row, cell } = props;
  const [mapping, setMapping] = useState(false);
  const figure = <Figure {...props} />;
  if (!view.mappable || cell.basis === 'blank' || cell.basis === 'answer') return figure;
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {figure}
      <Tooltip label="设置统计口径：手工填写或按线索、案件计算" withArrow>
        <ActionIcon variant="subtle" size="sm" onClick={() => setMapping(true)} aria-label={`设置“${row.label}”的统计口径`} data-testid="stats-map">
          <IconAdjustmentsHorizontal size={16} />
        </ActionIcon>
      </Tooltip>
      {mapping && <MeasureModal view={view} row={row} cell={cell} onClose={() => setMapping(false)} onSaved={props.onSaved} />}
    </Group>
  );
}

function Figure({ view, row, cell, onSaved, onOpen }: Props & { onOpen: (f: FigureRef) => void }) {
  if (cell.basis === 'computed') {
    const number = (
      <Text size="sm" data-testid="stats-figure" data-basis="computed" td={cell.traceable ? 'underline' : undefined}>
        {cell.text}
      </Text>
    );
    return (
      <Group gap={6} justify="flex-end" wrap="nowrap">
        {cell.traceable ? (
          <UnstyledButton onClick={() => onOpen({ row, columnId: cell.columnId })} aria-label={`${cell.text}：查看“${row.label}”${row.sublabel ?? ''}的来源记录`} data-testid="stats-open-records">
            {number}
          </UnstyledButton>
        ) : number}
        <Tooltip label={cell.how ?? '由记录自动计算'} multiline w={320} withArrow events={{ hover: true, focus: true, touch: true }}>
          <Badge component="button" type="button" size="xs" variant="light" color="blue" aria-label={`计算方法：${cell.how ?? ''}`} style={{ cursor: 'help' }}>
            计算
          </Badge>
        </Tooltip>
      </Group>
    );
  }
  if (cell.basis === 'answer') return <Text size="sm">{cell.text}</Text>;
  return <ManualInput view={view} row={row} cell={cell} onSaved={onSaved} />;
}

function ManualInput({ view, row, cell, onSaved }: Props) {
  const [value, setValue] = useState<string | number>(cell.text);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const whole = (WHOLE_UNITS as readonly string[]).includes(row.unit ?? '');
  const save = async () => {
    const text = String(value).trim();
    if (text === cell.text) return;
    setSaving(true);
    setError(null);
    try {
      const next = await call('stats.setManual', {
        campaign: view.campaignId, tableId: view.tableId, rowId: row.id, columnId: cell.columnId, period: view.period.key, value: text === '' ? null : text,
      });
      onSaved(next);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack gap={2} align="flex-end">
      <NumberInput
        size="xs"
        w={110}
        hideControls
        min={0}
        allowNegative={false}
        allowDecimal={!whole}
        decimalScale={whole ? 0 : 4}
        placeholder="手工填写"
        value={value}
        onChange={setValue}
        onBlur={() => void save()}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        disabled={saving}
        error={error}
        aria-label={`${row.label}${row.sublabel ? ` ${row.sublabel}` : ''}（手工填写，${row.unit ?? ''}）`}
        data-testid="stats-manual"
      />
      {cell.entered && (
        <Text size="xs" c="dimmed" data-testid="stats-entered">
          {cell.entered.by} · {momentText(cell.entered.at)}
        </Text>
      )}
    </Stack>
  );
}
