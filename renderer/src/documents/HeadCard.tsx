// The document's header data (from 设置 and the campaign), changeable for this
// document only; folded away once checked.
import { Button, Collapse, Group, Paper, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { documentDate, type DocumentHead } from '../../../shared/document';
import { DateField } from '../components/DateField';

interface Props {
  head: DocumentHead;
  onChange: (head: DocumentHead) => void;
}

type Optional = 'addressee' | 'documentNumber' | 'signer';

export function HeadCard({ head, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const set = <K extends keyof DocumentHead>(key: K, value: DocumentHead[K]) => onChange({ ...head, [key]: value });
  // An emptied optional field means the document has none.
  const optional = (key: Optional, value: string) => set(key, value.trim() ? value : null);
  return (
    <Paper withBorder p="sm" data-testid="doc-head">
      <Group justify="space-between" wrap="nowrap">
        <Button
          variant="subtle"
          color="dark"
          px={4}
          leftSection={open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          data-testid="doc-head-toggle"
        >
          文头与落款
        </Button>
        {!open && (
          <Text size="xs" c="dimmed" truncate style={{ minWidth: 0 }}>
            {[head.addressee && `主送：${head.addressee}`, head.documentNumber, `署名：${head.signature}`, documentDate(head.date)].filter(Boolean).join(' · ')}
          </Text>
        )}
      </Group>
      <Collapse expanded={open}>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs" mt="xs">
          <Textarea
            label="标题"
            description="换行处即为标题的分行"
            required
            autosize
            minRows={1}
            value={head.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={head.title.trim() ? undefined : '请填写标题'}
            style={{ gridColumn: '1 / -1' }}
            data-testid="head-title"
          />
          <TextInput label="主送机关" placeholder="无" value={head.addressee ?? ''} onChange={(e) => optional('addressee', e.currentTarget.value)} />
          <TextInput label="发文字号" placeholder="无" value={head.documentNumber ?? ''} onChange={(e) => optional('documentNumber', e.currentTarget.value)} />
          <TextInput label="签发人" placeholder="无" value={head.signer ?? ''} onChange={(e) => optional('signer', e.currentTarget.value)} />
          <TextInput
            label="署名"
            required
            value={head.signature}
            onChange={(e) => set('signature', e.currentTarget.value)}
            error={head.signature.trim() ? undefined : '请填写发文机关署名'}
          />
          <DateField
            label="成文日期"
            required
            clearable={false}
            size="sm"
            placeholder="YYYY-MM-DD"
            value={head.date}
            onChange={(v) => v && set('date', v)}
          />
        </SimpleGrid>
      </Collapse>
    </Paper>
  );
}
