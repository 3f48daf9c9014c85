import { Code, DataList, Text } from '@mantine/core';
import { SectionCard } from '../components/SectionCard';
import { useAppInfo } from '../lib/AppInfoProvider';
import { chineseDate } from '../../../shared/dates';

export function AboutCard() {
  const { info } = useAppInfo();
  return (
    <SectionCard title="关于自查通" testId="about">
      <DataList size="sm" labelWidth="5em" gap={6}>
        <DataList.Item>
          <DataList.ItemLabel>版本</DataList.ItemLabel>
          <DataList.ItemValue>{info.version}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>当前数据</DataList.ItemLabel>
          <DataList.ItemValue>{info.workspace === 'sample' ? '示例数据' : '本院数据'}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>数据文件</DataList.ItemLabel>
          <DataList.ItemValue>
            <Code className="zc-path" data-testid="database-file">
              {info.databaseFile}
            </Code>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>今天</DataList.ItemLabel>
          <DataList.ItemValue>{chineseDate(info.today)}</DataList.ItemValue>
        </DataList.Item>
      </DataList>
      <Text size="xs" c="dimmed" mt="sm">
        所有数据只保存在本机的数据文件中，不会上传。请用本页“数据备份”备份或迁移，不要在程序运行时直接复制这个文件。
      </Text>
    </SectionCard>
  );
}
