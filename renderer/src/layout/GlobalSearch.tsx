// The header's search box: Enter opens the search page; on that page typing
// updates the results after a short pause; leaving it empties the box (Back brings
// the query back with its page). Ctrl+K or / focuses it.
import { Kbd, TextInput } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { SEARCH_MIN_CHARS } from '../../../shared/catalog';

export function GlobalSearch() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = pathname === '/search';
  const urlQuery = onSearchPage ? (params.get('q') ?? '') : null;
  const [value, setValue] = useState(urlQuery ?? '');
  const input = useRef<HTMLInputElement>(null);

  // Follow the address when it changes from outside (back/forward, links).
  useEffect(() => {
    if (urlQuery !== null) setValue(urlQuery);
  }, [urlQuery]);

  const go = (q: string, replace: boolean) => void navigate(`/search?q=${encodeURIComponent(q.trim())}`, { replace });
  const debounced = useDebouncedCallback((q: string) => {
    if (q.trim().length >= SEARCH_MIN_CHARS) go(q, true);
  }, 400);

  // Leaving the search page (a hit opened, another page chosen) empties the box: the
  // query belongs to the results it names, and a pending update must not pull the officer back.
  const wasOnSearchPage = useRef(onSearchPage);
  useEffect(() => {
    if (wasOnSearchPage.current && !onSearchPage) {
      debounced.cancel();
      setValue('');
    }
    wasOnSearchPage.current = onSearchPage;
  }, [onSearchPage, debounced]);

  useHotkeys([
    ['mod+K', () => input.current?.focus()],
    ['/', () => input.current?.focus()],
  ]);

  return (
    <TextInput
      ref={input}
      data-testid="global-search"
      aria-label="全局搜索"
      placeholder="搜索问题、线索、案件、任务、检查要点"
      value={value}
      onChange={(e) => {
        const q = e.currentTarget.value;
        setValue(q);
        if (onSearchPage) debounced(q);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          debounced.cancel();
          go(value, onSearchPage);
        } else if (e.key === 'Escape') {
          e.currentTarget.blur();
        }
      }}
      leftSection={<IconSearch size={16} />}
      rightSection={<Kbd size="xs">Ctrl K</Kbd>}
      rightSectionWidth={56}
      size="sm"
      w={400}
      maw="50vw"
    />
  );
}
