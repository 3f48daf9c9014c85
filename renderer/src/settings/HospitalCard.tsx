import { DataList, Text } from '@mantine/core';
import type { OrgView } from '../../../shared/api';
import { SectionCard } from '../components/SectionCard';

export function HospitalCard({ hospital }: { hospital: OrgView['hospital'] }) {
  return (
    <SectionCard title="医院信息" testId="hospital">
      {hospital ? (
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
        <Text size="sm" c="dimmed">
          还没有填写本院信息。下一版本可以在这里填写医院名称、等级、类别等；现在可以先载入示例数据看看效果。
        </Text>
      )}
    </SectionCard>
  );
}
