// 科室: grouped by category; click one to rename, recategorise or delete it.
import { Badge, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { OrgView } from '../../../shared/api';
import { call } from '../api';
import { ConfirmModal } from '../components/ConfirmModal';
import { SectionCard } from '../components/SectionCard';
import { DepartmentModal } from './DepartmentModal';

type Department = OrgView['departments'][number];

interface Props extends Pick<OrgView, 'departments' | 'people'> {
  onSaved: (org: OrgView) => void;
}

export function DepartmentsCard({ departments, people, onSaved }: Props) {
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Department | null>(null);
  const headcount = new Map<number, number>();
  for (const p of people) if (p.departmentId !== null) headcount.set(p.departmentId, (headcount.get(p.departmentId) ?? 0) + 1);
  const categories = [...new Set(departments.map((d) => d.category))];
  const deletingPeople = deleting ? (headcount.get(deleting.id) ?? 0) : 0;
  return (
    <SectionCard
      title="科室"
      testId="departments"
      extra={
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            共 {departments.length} 个
          </Text>
          <Button variant="light" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')} data-testid="add-department">
            添加科室
          </Button>
        </Group>
      }
    >
      {departments.length === 0 ? (
        <Text size="sm" c="dimmed">
          还没有科室。点“添加科室”逐个添加（如医务科、医保办、药剂科），自查时可以把检查项分配给科室。
        </Text>
      ) : (
        <>
          {categories.map((cat) => (
            <Group key={cat} gap={6} mb={6} wrap="wrap" align="flex-start">
              <Text size="xs" c="dimmed" fw={600} w="3em" pt={2}>
                {cat || '其他'}
              </Text>
              {departments
                .filter((d) => d.category === cat)
                .map((d) => (
                  <UnstyledButton key={d.id} onClick={() => setEditing(d)} aria-label={`${d.name}${headcount.has(d.id) ? ` · ${headcount.get(d.id)}人` : ''}：修改科室`} data-testid={`department-${d.id}`}>
                    <Badge variant="light" color="gray" size="md" fw={500} className="zc-clickable-badge">
                      {d.name}
                      {headcount.has(d.id) && ` · ${headcount.get(d.id)}人`}
                    </Badge>
                  </UnstyledButton>
                ))}
            </Group>
          ))}
          <Text size="xs" c="dimmed" mt={4}>
            点击科室可以修改名称、类别或删除。
          </Text>
        </>
      )}
      {editing && (
        <DepartmentModal
          department={editing === 'new' ? null : editing}
          categories={categories}
          onClose={() => setEditing(null)}
          onSaved={onSaved}
          onDelete={(d) => {
            setEditing(null);
            setDeleting(d);
          }}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={`删除科室“${deleting?.name ?? ''}”`}
        confirmLabel="删除科室"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting) onSaved(await call('org.deleteDepartment', { id: deleting.id }));
        }}
        testId="confirm-delete-department"
      >
        <Text size="sm">删除后：</Text>
        <Text size="sm" component="ul" m={0} pl="lg">
          <li>{deletingPeople > 0 ? `该科室的 ${deletingPeople} 名人员仍然保留，但不再属于任何科室；` : '该科室目前没有人员；'}</li>
          <li>各轮自查中分配给该科室的检查项变为“未分配科室”；</li>
          <li>已填写的答案、备注和佐证材料都不受影响，其他内容也不会被删除。</li>
        </Text>
      </ConfirmModal>
    </SectionCard>
  );
}
