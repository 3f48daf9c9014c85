import { Button, Card, Group, List, Text, Title } from '@mantine/core';
import { IconFlag, IconSettings } from '@tabler/icons-react';
import { Link } from 'react-router';

/** For a newcomer whose database holds no hospital yet: what to do first. */
export function GettingStartedCard({ campaignCount }: { campaignCount: number }) {
  return (
    <Card bg="blue.0" style={{ borderColor: 'var(--mantine-color-blue-2)' }} data-testid="getting-started">
      <Title order={2} size="h3" mb={6}>
        刚开始使用？
      </Title>
      <Text size="sm" mb="xs">
        自查通帮助行风办、纪检监察室、医务科和医保办落实上级的专项整治通知。可以这样开始：
      </Text>
      <List size="sm" spacing={4} type="ordered" mb="sm">
        <List.Item>
          先到 <b>设置</b> 填写<b>医院信息</b>、<b>科室</b>和<b>操作人</b>：文书的署名、台账的责任科室和每条记录的经办人都取自这里。
        </List.Item>
        <List.Item>
          浏览<b>专项行动</b>：已内置 {campaignCount} 份通知，可查看每份的重点任务、检查要点、统计表和报送时间。
        </List.Item>
        <List.Item>
          想先看看填好数据的样子？到 <b>设置 → 载入示例数据</b>，打开一家示例医院（与本院数据完全分开）。
        </List.Item>
        <List.Item>收到新的通知文件（.json）时，在“专项行动”页点“导入”。</List.Item>
      </List>
      <Group gap="xs">
        <Button component={Link} to="/campaigns" leftSection={<IconFlag size={16} />}>
          浏览专项行动
        </Button>
        <Button component={Link} to="/settings" variant="default" leftSection={<IconSettings size={16} />}>
          设置：医院信息、科室、操作人
        </Button>
      </Group>
    </Card>
  );
}
