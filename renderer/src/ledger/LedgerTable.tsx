// One page of the ledger: sortable headings, rows marked by their deadline warning,
// each opening its problem.
import { Anchor, Table } from '@mantine/core';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ProblemRow, SortColumn } from '../../../shared/ledger';
import { columnsOf, type LedgerVariant } from './columns';
import type { LedgerFilters } from '../lib/ledgerQuery';
import { SortHeader } from './SortHeader';
import './ledger.css';

interface Props {
  variant: LedgerVariant;
  rows: ProblemRow[];
  sort: LedgerFilters['sort'];
  onSort: (sort: { column: SortColumn; direction: 'asc' | 'desc' }) => void;
  loading: boolean;
}

export const problemHref = (id: number) => `/problems/${id}`;

export function LedgerTable({ variant, rows, sort, onSort, loading }: Props) {
  const navigate = useNavigate();
  const location = useLocation();
  const back = { back: `${location.pathname}${location.search}` };
  const columns = columnsOf[variant];
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table
        className="zc-ledger-table"
        withTableBorder
        highlightOnHover
        verticalSpacing={6}
        horizontalSpacing="xs"
        fz="sm"
        data-testid="ledger-table"
        data-loading={loading || undefined}
        style={{ opacity: loading ? 0.6 : 1 }}
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <SortHeader key={c.key} column={c} sort={sort} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={r.id}
              data-testid={`ledger-row-${r.id}`}
              data-warning={r.warning ?? undefined}
              data-status={r.status}
              className="zc-ledger-row"
              onClick={(e) => {
                if (!(e.target instanceof HTMLElement && e.target.closest('a'))) void navigate(problemHref(r.id), { state: back });
              }}
            >
              {columns.map((c) => (
                <Table.Td key={c.key}>
                  {c.key === 'number' ? (
                    <Anchor component={Link} to={problemHref(r.id)} state={back} size="sm" ff="monospace" fw={600}>
                      {r.number}
                    </Anchor>
                  ) : (
                    c.render(r)
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
