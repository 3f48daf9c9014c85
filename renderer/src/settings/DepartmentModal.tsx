// Adding or changing a department: its name and category (职能/临床/医技…);
// an existing one can also be deleted from here.
import { Autocomplete, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { OrgView } from '../../../shared/api';
import { call } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/errors';

type Department = OrgView['departments'][number];

export const DEFAULT_CATEGORIES = ['职能', '临床', '医技', '其他'];

interface Props {
  /** null when adding. */
  department: Department | null;
  categories: string[];
  onClose: () => void;
  onSaved: (org: OrgView) => void;
  onDelete: (d: Department) => void;
}

export function DepartmentModal({ department, categories, onClose, onSaved, onDelete }: Props) {
  const [name, setName] = useState(department?.name ?? '');
  const [category, setCategory] = useState(department?.category ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('org.saveDepartment', { id: department?.id ?? null, name: name.trim(), category: category.trim() }));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  const options = [...new Set([...categories.filter(Boolean), ...DEFAULT_CATEGORIES])];
  return (
    <Modal opened onClose={onClose} title={department ? `修改科室“${department.name}”` : '添加科室'} centered>
      <Stack gap="sm" data-testid="department-form">
        <TextInput
          label="科室名称"
          required
          placeholder="例如：医务科"
          maxLength={40}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && name.trim()) void save();
          }}
          data-autofocus
          data-testid="department-name"
        />
        <Autocomplete
          label="类别"
          size="xs"
          description="可从列表中选择，也可以直接输入"
          data={options}
          maxLength={20}
          value={category}
          onChange={setCategory}
          data-testid="department-category"
        />
        {error && <ErrorAlert message={error} title="未能保存" />}
        <Group justify="space-between" gap="xs">
          {department ? (
            <Button variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(department)} data-testid="delete-department">
              删除科室
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button loading={busy} disabled={!name.trim()} onClick={() => void save()} data-testid="save-department">
              保存
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
