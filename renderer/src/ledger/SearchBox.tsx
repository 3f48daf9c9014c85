// Full-text search over number, description, measures, category and note; the list
// follows 300 ms after the last keystroke.
import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

export function SearchBox({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(value);
  // The address changed (Back, a link, 清除筛选): show what it says.
  useEffect(() => setText(value), [value]);
  const commit = useDebouncedCallback((t: string) => onSearch(t), 300);
  return (
    <TextInput
      w={200}
      placeholder="搜索编号、描述、措施、备注"
      aria-label="搜索问题"
      leftSection={<IconSearch size={14} />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label="清除搜索"
            onClick={() => {
              setText('');
              commit.cancel();
              onSearch('');
            }}
          />
        ) : undefined
      }
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit.flush();
      }}
      maxLength={100}
      data-testid="ledger-search"
    />
  );
}
