// 原文: the notice's text exactly as received.
import { Paper, Text } from '@mantine/core';
import type { CampaignFile } from '../../../shared/campaign';
import { EmptyNote } from '../components/EmptyNote';

/** Built-in notices were stored under names like 003_e6db9588788a78a4.txt, which mean nothing to an officer. */
const INTERNAL_NAME = /^\d+_[0-9a-f]{8,}\.\w+$/i;

export function SourceTab({ source }: { source: CampaignFile['source'] }) {
  if (!source || source.text.trim() === '') {
    return <EmptyNote title="本专项行动没有保存通知原文" description="导入时的文件未附带通知全文。" />;
  }
  return (
    <div data-testid="source">
      <Text size="sm" c="dimmed" mb="xs">
        以下是收到的通知原文，按原样保存（包括原有的换行和错漏），未作任何修改。{source.name && !INTERNAL_NAME.test(source.name) && `来源文件：${source.name}`}
      </Text>
      <Paper className="zc-source" p="md" tabIndex={0} aria-label="通知原文">
        {source.text}
      </Paper>
    </div>
  );
}
