// The ledger's filters: search, statuses, sources, departments, campaign, deadline
// warning and 立行立改; every change goes to the address and to ledger.list.
import { Button, Chip, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { PROBLEM_SOURCES, RECTIFICATION_STATUSES, statusLabel, warningLabel } from '../../../shared/ledger';
import { isFiltered, NO_FILTERS, WARNING_FILTERS, type LedgerFilters } from '../lib/ledgerQuery';
import { campaignOptions, departmentOptions, type LedgerRefs } from '../lib/refs';
import { MultiFilter } from './MultiFilter';
import { SearchBox } from './SearchBox';
import type { UpdateFilters } from './useLedgerFilters';

/** A filter that narrows the list stands out, like the chosen multiple filters. */
const activeStyles = (on: boolean) => (on ? { input: { borderColor: 'var(--mantine-color-blue-4)', background: 'var(--mantine-color-blue-0)' } } : undefined);

const STATUS_OPTIONS = RECTIFICATION_STATUSES.map((s) => ({ value: s, label: statusLabel[s] }));
const SOURCE_OPTIONS = PROBLEM_SOURCES.map((s) => ({ value: s, label: s }));
const WARNING_OPTIONS = WARNING_FILTERS.map((w) => ({ value: w, label: warningLabel[w] }));
/** 未指定科室 in the department list; 0 because no department has that id. */
const NO_DEPARTMENT = 0;

export function FilterBar({ filters: f, update, refs }: { filters: LedgerFilters; update: UpdateFilters; refs: LedgerRefs }) {
  return (
    <Group gap="xs" mb="xs" wrap="wrap" align="flex-start" data-testid="ledger-filters">
      <SearchBox value={f.search} onSearch={(search) => update({ search }, { replace: f.search !== '' && search !== '' })} />
      <MultiFilter
        width={150}
        allLabel="全部状态"
        ariaLabel="按状态筛选"
        options={STATUS_OPTIONS}
        value={f.statuses}
        onChange={(v) => update({ statuses: RECTIFICATION_STATUSES.filter((s) => v.includes(s)) })}
        testId="status-filter"
      />
      <MultiFilter
        width={130}
        allLabel="全部来源"
        ariaLabel="按问题来源筛选"
        options={SOURCE_OPTIONS}
        value={f.sources}
        onChange={(v) => update({ sources: PROBLEM_SOURCES.filter((s) => v.includes(s)) })}
        testId="source-filter"
      />
      <MultiFilter
        width={150}
        allLabel="全部科室"
        ariaLabel="按责任科室筛选"
        options={[{ value: NO_DEPARTMENT, label: '未指定科室' }, ...departmentOptions(refs)]}
        value={f.unassigned ? [NO_DEPARTMENT, ...f.departmentIds] : f.departmentIds}
        onChange={(v) => update({ unassigned: v.includes(NO_DEPARTMENT), departmentIds: v.filter((id) => id !== NO_DEPARTMENT) })}
        searchable
        testId="department-filter"
      />
      <Select
        size="xs"
        w={160}
        placeholder="全部专项行动"
        aria-label="按专项行动筛选"
        data={campaignOptions(refs)}
        value={f.campaignId}
        onChange={(campaignId) => update({ campaignId })}
        styles={activeStyles(f.campaignId !== null)}
        searchable
        clearable
        data-testid="campaign-filter"
      />
      <Select
        size="xs"
        w={112}
        placeholder="全部期限"
        aria-label="按整改期限预警筛选"
        data={WARNING_OPTIONS}
        value={f.warning}
        onChange={(w) => update({ warning: WARNING_FILTERS.find((x) => x === w) ?? null })}
        styles={activeStyles(f.warning !== null)}
        clearable
        data-testid="warning-filter"
      />
      <Chip size="sm" checked={f.immediate} onChange={(immediate) => update({ immediate })} data-testid="immediate-filter">
        立行立改
      </Chip>
      {isFiltered(f) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={14} />}
          onClick={() => update({ ...NO_FILTERS, sort: f.sort })}
          data-testid="clear-filters"
        >
          清除筛选
        </Button>
      )}
    </Group>
  );
}
