import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import type { SearchHit, SearchHitKind } from '../../../shared/catalog';
import { campaignHref, tabOfHit } from '../lib/campaignTabs';

const kindLabel: Record<SearchHitKind, string> = { task: '任务', item: '检查要点', row: '统计表行' };
const kindColor: Record<SearchHitKind, string> = { task: 'blue', item: 'teal', row: 'grape' };

/** One hit: opens the campaign on the right tab and highlights the element. */
export function SearchHitLink({ hit }: { hit: SearchHit }) {
  return (
    <UnstyledButton
      component={Link}
      to={campaignHref(hit.campaignId, tabOfHit[hit.kind], hit.elementId)}
      className="zc-hit"
      data-testid="search-hit"
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge color={kindColor[hit.kind]} variant="light" size="sm" miw={76} style={{ flexShrink: 0 }}>
          {kindLabel[hit.kind]}
        </Badge>
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {hit.label}
          </Text>
          <Text size="sm" c="dimmed">
            {hit.snippet.before}
            <mark className="zc-mark">{hit.snippet.match}</mark>
            {hit.snippet.after}
          </Text>
        </div>
      </Group>
    </UnstyledButton>
  );
}
