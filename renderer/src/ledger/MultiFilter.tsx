// A one-line multiple choice for the filter bar: the field says "全部…" or what is
// chosen ("待整改 等 2 项"); the list has a checkbox per option and, for long lists, a search.
import { CloseButton, Combobox, Group, Input, InputBase, Checkbox, useCombobox } from '@mantine/core';
import { useState } from 'react';

interface Props<T extends string | number> {
  allLabel: string;
  ariaLabel: string;
  options: { value: T; label: string }[];
  value: T[];
  onChange: (value: T[]) => void;
  searchable?: boolean;
  width: number;
  testId: string;
}

export function MultiFilter<T extends string | number>({ allLabel, ariaLabel, options, value, onChange, searchable, width, testId }: Props<T>) {
  const [search, setSearch] = useState('');
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setSearch('');
    },
    onDropdownOpen: () => {
      if (searchable) combobox.focusSearchInput();
    },
  });
  const chosen = options.filter((o) => value.includes(o.value));
  const summary = chosen.length === 0 ? null : chosen.length === 1 ? chosen[0]?.label : `${chosen[0]?.label} 等 ${chosen.length} 项`;
  const shown = options.filter((o) => o.label.includes(search.trim()));
  const toggle = (v: string) => {
    const o = options.find((x) => String(x.value) === v);
    if (o) onChange(value.includes(o.value) ? value.filter((x) => x !== o.value) : [...value, o.value]);
  };
  return (
    <Combobox store={combobox} onOptionSubmit={toggle} width={Math.max(width, 200)} position="bottom-start" size="xs">
      <Combobox.Target targetType="button">
        <InputBase
          component="button"
          type="button"
          pointer
          size="xs"
          w={width}
          aria-label={`${ariaLabel}：${summary ?? allLabel}`}
          title={chosen.map((o) => o.label).join('、') || undefined}
          onClick={() => combobox.toggleDropdown()}
          rightSection={
            value.length ? <CloseButton size="sm" aria-label={`清除${ariaLabel}`} onMouseDown={(e) => e.preventDefault()} onClick={() => onChange([])} /> : <Combobox.Chevron />
          }
          rightSectionPointerEvents={value.length ? 'all' : 'none'}
          styles={{ input: value.length ? { borderColor: 'var(--mantine-color-blue-4)', background: 'var(--mantine-color-blue-0)' } : undefined }}
          data-testid={testId}
          data-count={value.length}
        >
          <span style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {summary ?? <Input.Placeholder>{allLabel}</Input.Placeholder>}
          </span>
        </InputBase>
      </Combobox.Target>
      <Combobox.Dropdown>
        {searchable && <Combobox.Search value={search} onChange={(e) => setSearch(e.currentTarget.value)} placeholder="查找" />}
        <Combobox.Options mah={300} style={{ overflowY: 'auto' }}>
          {shown.length === 0 ? (
            <Combobox.Empty>没有匹配的选项</Combobox.Empty>
          ) : (
            shown.map((o) => (
              <Combobox.Option key={String(o.value)} value={String(o.value)} active={value.includes(o.value)}>
                <Group gap="xs" wrap="nowrap">
                  <Checkbox size="xs" checked={value.includes(o.value)} readOnly tabIndex={-1} aria-hidden style={{ pointerEvents: 'none' }} />
                  <span>{o.label}</span>
                </Group>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
