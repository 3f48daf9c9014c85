import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { SearchHit } from '../../../shared/catalog';
import { call } from '../api';
import { EmptyNote } from '../components/EmptyNote';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { useApi } from '../lib/useApi';
import { RecordHits } from './RecordHits';
import { SearchHitLink } from './SearchHitLink';

function byCampaign(hits: SearchHit[]): SearchHit[][] {
  const groups = new Map<string, SearchHit[]>();
  for (const h of hits) {
    const list = groups.get(h.campaignId);
    if (list) list.push(h);
    else groups.set(h.campaignId, [h]);
  }
  return [...groups.values()];
}

export function SearchResults({ query }: { query: string }) {
  const result = useApi(() => call('campaigns.search', { query }), [query]);
  if (result.state === 'loading') return <LoadingBlock rows={4} label="正在搜索" />;
  if (result.state === 'error') return <ErrorAlert message={result.message} title="搜索未能完成" />;
  const { hits, truncated, records } = result.value;
  if (hits.length === 0 && records.length === 0) {
    return (
      <EmptyNote
        title={`没有找到含“${query}”的问题、线索、案件、任务、检查要点或统计表行`}
        description="换一个更短或更常用的词试试，例如“回扣”“医保基金”“耗材”；搜索会忽略空格。"
      />
    );
  }
  const groups = byCampaign(hits);
  return (
    <Stack gap="md" data-testid="search-results">
      {records.length > 0 && <RecordHits records={records} />}
      <Text size="sm" c="dimmed">
        {hits.length > 0 ? `专项行动中找到 ${hits.length} 条结果，分布在 ${groups.length} 项专项行动中` : '专项行动的任务、检查要点和统计表行中没有找到'}
        {truncated && '；结果较多，只显示前面的部分，请输入更具体的词'}。
      </Text>
      {groups.map((list) => {
        const first = list[0] as SearchHit;
        return (
          <Card key={first.campaignId} p="sm" data-testid="search-group">
            <Group gap="xs" mb="xs" wrap="nowrap" justify="space-between">
              <Title order={2} size="h3">{first.campaignTitle}</Title>
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                {first.docNumber ?? '无文号'} · {list.length} 条
              </Text>
            </Group>
            <Stack gap={4}>
              {list.map((h) => (
                <SearchHitLink key={`${h.kind}:${h.elementId}`} hit={h} />
              ))}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
