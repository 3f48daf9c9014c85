import { Button, DataList, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { OrgView } from '../../../shared/api';
import { SectionCard } from '../components/SectionCard';
import { HospitalForm } from './HospitalForm';

export function HospitalCard({ hospital, onSaved }: { hospital: OrgView['hospital']; onSaved: (org: OrgView) => void }) {
  const [editing, setEditing] = useState(false);
  const body = editing ? (
    <HospitalForm
      hospital={hospital}
      onCancel={() => setEditing(false)}
      onSaved={(org) => {
        onSaved(org);
        setEditing(false);
      }}
    />
  ) : hospital ? (
    <DataList size="sm" labelWidth="5em" gap={6}>
      {(
        [
          ['名称', hospital.name],
          ['等级', hospital.level],
          ['类别', hospital.category],
          ['性质', hospital.ownership],
          ['所在地区', hospital.region],
        ] as const
      ).map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value || '—'}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  ) : (
    <Stack gap="xs" align="flex-start">
      <Text size="sm" c="dimmed">
        还没有填写本院信息。医院名称会出现在工作台和生成的文书中。
      </Text>
      <Button leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
        填写本院信息
      </Button>
    </Stack>
  );
  return (
    <SectionCard
      title="医院信息"
      testId="hospital"
      extra={
        hospital &&
        !editing && (
          <Button variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)} data-testid="edit-hospital">
            修改
          </Button>
        )
      }
    >
      {body}
    </SectionCard>
  );
}
