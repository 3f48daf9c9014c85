// Adding or changing a person: name, department, title and phone.
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { OrgView } from '../../../shared/api';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';

type Person = OrgView['people'][number];

interface Props {
  /** null when adding. */
  person: Person | null;
  departments: OrgView['departments'];
  onClose: () => void;
  onSaved: (org: OrgView) => void;
}

export function PersonModal({ person, departments, onClose, onSaved }: Props) {
  const [name, setName] = useState(person?.name ?? '');
  const [departmentId, setDepartmentId] = useState<string | null>(person?.departmentId ? String(person.departmentId) : null);
  const [title, setTitle] = useState(person?.title ?? '');
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const input = { id: person?.id ?? null, name: name.trim(), departmentId: departmentId ? Number(departmentId) : null, title: title.trim(), phone: phone.trim() };
      onSaved(await call('org.savePerson', input));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={person ? `修改人员“${person.name}”` : '添加人员'} centered>
      <Stack gap="sm" data-testid="person-form">
        <SimpleGrid cols={2} spacing="xs">
          <TextInput label="姓名" required maxLength={40} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus data-testid="person-name" />
          <Select
            label="科室"
            size="xs"
            placeholder={departments.length ? '选择科室' : '请先在“科室”中添加'}
            data={departments.map((d) => ({ value: String(d.id), label: d.name }))}
            value={departmentId}
            onChange={setDepartmentId}
            searchable
            clearable
            nothingFoundMessage="没有这个科室"
            data-testid="person-department"
          />
          <TextInput label="职务/职称" placeholder="例如：科长" maxLength={40} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <TextInput label="联系电话" maxLength={40} value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />
        </SimpleGrid>
        {error && <ErrorAlert message={error} title="未能保存" />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={busy} disabled={!name.trim()} onClick={() => void save()} data-testid="save-person">
            保存
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
