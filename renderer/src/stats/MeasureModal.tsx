// How a row of a user campaign's table is filled: by hand, or computed from the
// clues (by channel, all or only those acted on) or the cases (a value added up
// over some categories). The core checks the measure against the row's unit.
import { Button, Checkbox, Group, Modal, MultiSelect, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CASE_CATEGORIES, CLUE_CHANNELS, type CaseCategory, type ClueChannel } from '../../../shared/cases';
import { CASE_VALUES, type CaseValue, type Measure, type StatsCell, type StatsRowView, type StatsTableView } from '../../../shared/stats';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';

type Source = 'manual' | 'clues' | 'cases';

interface Props {
  view: StatsTableView;
  row: StatsRowView;
  cell: StatsCell;
  onClose: () => void;
  onSaved: (v: StatsTableView) => void;
}

export function MeasureModal({ view, row, cell, onClose, onSaved }: Props) {
  const m = cell.measure;
  const [source, setSource] = useState<Source>(m?.source === 'clues' || m?.source === 'cases' ? m.source : 'manual');
  const [channels, setChannels] = useState<string[]>(m?.source === 'clues' ? m.channels : []);
  const [handledOnly, setHandledOnly] = useState(m?.source === 'clues' && m.handledOnly);
  const [value, setValue] = useState<CaseValue>(m?.source === 'cases' ? m.value : 'cases');
  const [categories, setCategories] = useState<string[]>(m?.source === 'cases' ? m.categories : []);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const measure = (): Measure | null =>
    source === 'clues' ? { source, handledOnly, channels: channels as ClueChannel[] }
    : source === 'cases' ? { source, value, categories: categories as CaseCategory[] }
    : null;
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      onSaved(await call('stats.setMeasure', {
        campaign: view.campaignId, tableId: view.tableId, rowId: row.id, columnId: cell.columnId, period: view.period.key, measure: measure(),
      }));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal opened onClose={onClose} size="lg" title={<Text fw={600}>统计口径：{row.label}{row.sublabel ? ` — ${row.sublabel}` : ''}</Text>}>
      <Stack gap="sm" data-testid="stats-measure">
        <SegmentedControl
          value={source}
          onChange={(v) => setSource(v as Source)}
          data={[{ value: 'manual', label: '手工填写' }, { value: 'clues', label: '按线索统计' }, { value: 'cases', label: '按案件统计' }]}
          data-testid="stats-measure-source"
        />
        {source === 'manual' && <Text size="sm" c="dimmed">每个统计期由经办人在表中填写该数字。</Text>}
        {source === 'clues' && (
          <>
            <MultiSelect label="线索来源" placeholder="全部来源" data={[...CLUE_CHANNELS]} value={channels} onChange={setChannels} clearable data-testid="stats-measure-channels" />
            <Checkbox label="只计已处置的线索（拟立案审查、初步核实、谈话函询、予以了结）" checked={handledOnly} onChange={(e) => setHandledOnly(e.currentTarget.checked)} />
          </>
        )}
        {source === 'cases' && (
          <>
            <Select label="统计的数值" allowDeselect={false} data={Object.entries(CASE_VALUES).map(([v, l]) => ({ value: v, label: l }))}
              value={value} onChange={(v) => v && setValue(v as CaseValue)} data-testid="stats-measure-value" />
            <MultiSelect label="案件类别" placeholder="全部类别" data={Object.entries(CASE_CATEGORIES).map(([v, l]) => ({ value: v, label: l }))}
              value={categories} onChange={setCategories} clearable data-testid="stats-measure-categories" />
          </>
        )}
        {error && <ErrorAlert message={error} title="未能保存统计口径" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>取消</Button>
          <Button loading={saving} onClick={() => void save()} data-testid="stats-measure-save">保存</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
