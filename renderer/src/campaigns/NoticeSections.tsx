// 概况's sections of the notice that set no task (工作目标, 工作要求…), by kind, with their
// items and numeric targets as the notice states them.
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { sectionKindLabel, type NoticeSection, type Target } from '../../../shared/campaign';
import { SectionCard } from '../components/SectionCard';
import { targetText } from '../lib/format';

function Targets({ targets }: { targets: Target[] | undefined }) {
  if (!targets?.length) return null;
  return (
    <Group gap={4} wrap="wrap" data-testid="targets">
      {targets.map((t, i) => (
        <Badge key={i} size="sm" variant="light" color="teal" style={{ textTransform: 'none' }}>
          {targetText(t)}
        </Badge>
      ))}
    </Group>
  );
}

export function NoticeSections({ sections }: { sections: NoticeSection[] }) {
  return (
    <SectionCard title="目标、范围与要求">
      <Stack gap="md" data-testid="notice-sections">
        {sections.map((s) => (
          <Stack key={s.id} gap={4} data-testid={`notice-section-${s.id}`}>
            <Group gap="xs" wrap="nowrap">
              <Badge variant="outline" color="gray" style={{ flexShrink: 0 }}>
                {sectionKindLabel[s.kind]}
              </Badge>
              <Text fw={600}>
                {s.no}
                {s.title}
              </Text>
            </Group>
            {s.text && (
              <Text size="sm" className="zc-body">
                {s.text}
              </Text>
            )}
            <Targets targets={s.targets} />
            {s.items.length > 0 && (
              <List size="sm" spacing={4}>
                {s.items.map((it, i) => (
                  <List.Item key={i}>
                    <Text span size="sm" c="blue.8" mr={4}>
                      {it.no}
                    </Text>
                    {it.text}
                    <Targets targets={it.targets} />
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        ))}
      </Stack>
    </SectionCard>
  );
}
