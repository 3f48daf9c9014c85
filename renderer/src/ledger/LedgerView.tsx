// 问题台账 and 整改台账: the same problems, filtered, sorted and paged in SQLite, with
// totals that add up; only one page of rows is ever loaded.
import { Button } from '@mantine/core';
import { IconPlus, IconSwitchHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { call } from '../api';
import { NoticeAlert, type Notice } from '../components/NoticeAlert';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { useApi } from '../lib/useApi';
import type { LedgerVariant } from './columns';
import { FilterBar } from './FilterBar';
import { LedgerOutputMenu } from './LedgerOutputMenu';
import { LedgerResults } from './LedgerResults';
import { isFiltered, listQueryOf, NO_FILTERS, totalsQueryOf } from '../lib/ledgerQuery';
import { NewProblemModal } from './NewProblemModal';
import { ProblemImport } from './ProblemImport';
import { loadRefs } from '../lib/refs';
import { TotalsBar } from './TotalsBar';
import { useKeptApi } from '../lib/useKeptApi';
import { useLedgerFilters } from './useLedgerFilters';

const TEXT = {
  problems: {
    title: '问题台账',
    description: '自查、上级巡查、信访举报、审计和医保检查中发现的问题，逐条登记责任科室、责任人和整改时限。',
    other: { path: '/rectification', label: '看整改台账' },
  },
  rectification: {
    title: '整改台账',
    description: '每个问题的整改措施、进展和销号情况；临近整改时限的标黄、标橙，逾期的标红。',
    other: { path: '/problems', label: '看问题台账' },
  },
} as const;

export function LedgerView({ variant }: { variant: LedgerVariant }) {
  const text = TEXT[variant];
  const { search } = useLocation();
  const [filters, update] = useLedgerFilters();
  const refs = useApi(loadRefs, []);
  const listQuery = listQueryOf(filters);
  const totalsQuery = totalsQueryOf(filters);
  const list = useKeptApi(() => call('ledger.list', listQuery), JSON.stringify(listQuery));
  const totals = useKeptApi(() => call('ledger.totals', totalsQuery), JSON.stringify(totalsQuery));
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const ready = refs.state === 'done';
  const newButton = (testId: string) => (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} disabled={!ready} data-testid={testId}>
      登记问题
    </Button>
  );
  const error = refs.state === 'error' ? refs.message : (list.error ?? totals.error);
  const empty = list.value?.total === 0 && !isFiltered(filters);
  return (
    <div data-testid={`${variant === 'problems' ? 'problems' : 'rectification'}-page`}>
      <PageHeader
        title={text.title}
        description={text.description}
        actions={
          <>
            <Button component={Link} to={`${text.other.path}${search}`} variant="default" leftSection={<IconSwitchHorizontal size={14} />}>
              {text.other.label}
            </Button>
            <ProblemImport
              onDone={setNotice}
              onImported={() => {
                list.reload();
                totals.reload();
              }}
            />
            <LedgerOutputMenu
              kind={variant === 'problems' ? 'problems' : 'rectifications'}
              query={totalsQuery}
              total={list.value?.total}
              onDone={setNotice}
            />
            {newButton('new-problem')}
          </>
        }
      />
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
      {error && (
        <ErrorAlert message={error} title="台账未能加载" mb="sm" />
      )}
      {ready && !empty && <FilterBar filters={filters} update={update} refs={refs.value} />}
      {totals.value && !empty && (
        <TotalsBar
          totals={totals.value.totals}
          statuses={filters.statuses}
          onToggleStatus={(s) => update({ statuses: filters.statuses.includes(s) ? filters.statuses.filter((x) => x !== s) : [...filters.statuses, s] })}
        />
      )}
      {!list.value && list.loading && <LoadingBlock rows={5} label="正在加载台账" />}
      {list.value && (
        <LedgerResults
          variant={variant}
          page={list.value}
          loading={list.loading}
          filters={filters}
          onSort={(sort) => update({ sort })}
          onPage={(page) => {
            update({ page });
            window.scrollTo({ top: 0 });
          }}
          onClear={() => update({ ...NO_FILTERS, sort: filters.sort })}
          newButton={newButton('new-problem-empty')}
        />
      )}
      {creating && ready && <NewProblemModal refs={refs.value} campaignId={filters.campaignId} onClose={() => setCreating(false)} />}
    </div>
  );
}
