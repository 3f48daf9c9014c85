// The search box, count and pages above and below a clue or case list; searching
// goes back to the first page because the old page number may no longer exist.
import { Group, Pagination, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

export const PAGE_SIZE = 20;

interface Props {
  placeholder: string;
  onSearch: (text: string) => void;
  total: number | null;
  unit: string;
  filter?: Filter;
  /** A second filter: the campaign the records belong to. */
  scope?: Filter;
}

interface Filter {
  label: string;
  data: { value: string; label: string }[];
  value: string | null;
  onChange: (v: string | null) => void;
}

export function ListControls({ placeholder, onSearch, total, unit, filter, scope }: Props) {
  const [text, setText] = useState('');
  const commit = useDebouncedCallback(onSearch, 300);
  return (
    <Group gap="sm" mb="sm">
      <TextInput w={240} size="xs" placeholder={placeholder} aria-label="搜索" leftSection={<IconSearch size={14} />} value={text}
        maxLength={100} data-testid="list-search"
        onChange={(e) => {
          setText(e.currentTarget.value);
          commit(e.currentTarget.value.trim());
        }} />
      {filter && (
        <Select size="xs" w={220} placeholder={filter.label} aria-label={filter.label} data={filter.data} value={filter.value} clearable
          searchable onChange={filter.onChange} data-testid="list-filter" />
      )}
      {scope && (
        <Select size="xs" w={260} placeholder={scope.label} aria-label={scope.label} data={scope.data} value={scope.value} clearable
          searchable onChange={scope.onChange} data-testid="list-scope" />
      )}
      {total !== null && (
        <Text size="sm" c="dimmed" data-testid="list-count" data-count={total}>
          共 {total} {unit}
        </Text>
      )}
    </Group>
  );
}

export function ListPages({ total, page, onPage }: { total: number; page: number; onPage: (page: number) => void }) {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  return <Pagination mt="sm" size="sm" total={pages} value={page} onChange={onPage} />;
}
