// The ledger's filters read from and written to the address; any change but paging
// goes back to page 1. Typing in the search box replaces the history entry.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromParams, paramsOf, type LedgerFilters } from '../lib/ledgerQuery';

export type UpdateFilters = (patch: Partial<LedgerFilters>, options?: { replace?: boolean }) => void;

export function useLedgerFilters(): [LedgerFilters, UpdateFilters] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(key)), [key]);
  const update = useCallback<UpdateFilters>(
    (patch, options) => {
      setParams((prev) => paramsOf({ ...filtersFromParams(prev), page: 1, ...patch }), { replace: options?.replace ?? false });
    },
    [setParams],
  );
  return [filters, update];
}
