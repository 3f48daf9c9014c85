// The ledger's filters live in the address (?status=…&warning=red…), so that links
// from the workbench, Back and reloads all show the same list.
import {
  PROBLEM_SOURCES, RECTIFICATION_STATUSES, SORTABLE_COLUMNS,
  type ProblemQuery, type ProblemSource, type RectificationStatus, type SortColumn,
} from '../../../shared/ledger';

export type WarningFilter = 'red' | 'orange' | 'yellow';
export const WARNING_FILTERS: readonly WarningFilter[] = ['red', 'orange', 'yellow'];
export const PAGE_SIZE = 50;

export interface LedgerFilters {
  search: string;
  statuses: RectificationStatus[];
  sources: ProblemSource[];
  departmentIds: number[];
  /** Problems with no department yet (未指定科室); with departmentIds, either. */
  unassigned: boolean;
  campaignId: string | null;
  warning: WarningFilter | null;
  immediate: boolean;
  sort: { column: SortColumn; direction: 'asc' | 'desc' } | null;
  page: number;
}

export const NO_FILTERS: LedgerFilters = {
  search: '', statuses: [], sources: [], departmentIds: [], unassigned: false, campaignId: null, warning: null, immediate: false, sort: null, page: 1,
};

const oneOf = <T extends string>(allowed: readonly T[], v: string | null): T | null => allowed.find((a) => a === v) ?? null;
const listOf = <T extends string>(allowed: readonly T[], v: string | null): T[] =>
  (v ?? '').split(',').flatMap((x) => allowed.filter((a) => a === x));

/** In ?dept=, the token for 未指定科室 beside the department ids (dept=none,3). */
const NO_DEPARTMENT_PARAM = 'none';

export function filtersFromParams(p: URLSearchParams): LedgerFilters {
  const [column, direction] = (p.get('sort') ?? '').split('.');
  const sortColumn = oneOf(SORTABLE_COLUMNS, column ?? null);
  const page = Number(p.get('page'));
  const dept = (p.get('dept') ?? '').split(',');
  return {
    search: p.get('q') ?? '',
    statuses: listOf(RECTIFICATION_STATUSES, p.get('status')),
    sources: listOf(PROBLEM_SOURCES, p.get('source')),
    departmentIds: dept.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0),
    unassigned: dept.includes(NO_DEPARTMENT_PARAM),
    campaignId: p.get('campaign') || null,
    warning: oneOf(WARNING_FILTERS, p.get('warning')),
    immediate: p.get('immediate') === '1',
    sort: sortColumn ? { column: sortColumn, direction: direction === 'desc' ? 'desc' : 'asc' } : null,
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

export function paramsOf(f: Partial<LedgerFilters>): URLSearchParams {
  const p = new URLSearchParams();
  if (f.search?.trim()) p.set('q', f.search.trim());
  if (f.statuses?.length) p.set('status', f.statuses.join(','));
  if (f.sources?.length) p.set('source', f.sources.join(','));
  const dept = [...(f.unassigned ? [NO_DEPARTMENT_PARAM] : []), ...(f.departmentIds ?? [])];
  if (dept.length) p.set('dept', dept.join(','));
  if (f.campaignId) p.set('campaign', f.campaignId);
  if (f.warning) p.set('warning', f.warning);
  if (f.immediate) p.set('immediate', '1');
  if (f.sort) p.set('sort', `${f.sort.column}.${f.sort.direction}`);
  if (f.page && f.page > 1) p.set('page', String(f.page));
  return p;
}

/** A link to a ledger with some filters set, e.g. from the workbench. */
export function ledgerHref(base: '/problems' | '/rectification', f: Partial<LedgerFilters>): string {
  const q = paramsOf(f).toString();
  return q ? `${base}?${q}` : base;
}

/** What ledger.totals needs: the filters, without paging or sorting. */
export function totalsQueryOf(f: LedgerFilters): ProblemQuery {
  const q: ProblemQuery = {};
  if (f.search.trim()) q.search = f.search.trim();
  if (f.statuses.length) q.statuses = f.statuses;
  if (f.sources.length) q.sources = f.sources;
  if (f.departmentIds.length) q.departmentIds = f.departmentIds;
  if (f.unassigned) q.unassigned = true;
  if (f.campaignId) q.campaignId = f.campaignId;
  if (f.warning) q.warning = f.warning;
  if (f.immediate) q.immediate = true;
  return q;
}

export function listQueryOf(f: LedgerFilters): ProblemQuery {
  return { ...totalsQueryOf(f), ...(f.sort ? { sort: f.sort } : {}), page: f.page, pageSize: PAGE_SIZE };
}

/** Whether anything narrows the list (sorting and paging do not). */
export function isFiltered(f: LedgerFilters): boolean {
  return Object.keys(totalsQueryOf(f)).length > 0;
}
