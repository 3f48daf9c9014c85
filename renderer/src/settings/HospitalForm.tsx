// The hospital profile as a form: name, level, category, ownership, region.
import { Autocomplete, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { OrgView } from '../../../shared/api';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';

type Hospital = NonNullable<OrgView['hospital']>;

const EMPTY: Hospital = { name: '', level: '', category: '', ownership: '', region: '' };
const LEVELS = ['三级甲等', '三级乙等', '三级', '二级甲等', '二级乙等', '二级', '一级', '未定级'];
const CATEGORIES = ['综合医院', '中医医院', '中西医结合医院', '专科医院', '妇幼保健院', '基层医疗卫生机构'];
const OWNERSHIPS = ['公立', '民营'];

interface Props {
  hospital: OrgView['hospital'];
  onSaved: (org: OrgView) => void;
  onCancel: () => void;
}

export function HospitalForm({ hospital, onSaved, onCancel }: Props) {
  const [value, setValue] = useState<Hospital>(hospital ?? EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof Hospital) => (text: string) => setValue((v) => ({ ...v, [key]: text }));
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const trimmed = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v.trim()])) as Hospital;
      onSaved(await call('org.saveHospital', trimmed));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" data-testid="hospital-form">
      <TextInput label="医院名称" required maxLength={100} value={value.name} onChange={(e) => set('name')(e.currentTarget.value)} data-autofocus />
      <SimpleGrid cols={2} spacing="xs">
        <Autocomplete label="等级" size="xs" data={LEVELS} maxLength={40} value={value.level} onChange={set('level')} />
        <Autocomplete label="类别" size="xs" data={CATEGORIES} maxLength={40} value={value.category} onChange={set('category')} />
        <Autocomplete label="性质" size="xs" data={OWNERSHIPS} maxLength={40} value={value.ownership} onChange={set('ownership')} />
        <TextInput label="所在地区" placeholder="例如：四川省成都市" maxLength={60} value={value.region} onChange={(e) => set('region')(e.currentTarget.value)} />
      </SimpleGrid>
      {error && <ErrorAlert message={error} title="未能保存" />}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onCancel}>
          取消
        </Button>
        <Button loading={busy} disabled={!value.name.trim()} onClick={() => void save()} data-testid="save-hospital">
          保存
        </Button>
      </Group>
    </Stack>
  );
}
