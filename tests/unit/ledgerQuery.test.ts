// The ledger's filters in the address: 未指定科室 travels with the department ids
// (dept=none,3) and reaches ledger.list as ProblemQuery.unassigned.
import { describe, expect, it } from 'vitest';
import { filtersFromParams, ledgerHref, paramsOf, totalsQueryOf } from '../../renderer/src/lib/ledgerQuery';

describe('the 未指定科室 filter', () => {
  it('goes into the address beside the department ids and comes back out', () => {
    const href = ledgerHref('/problems', { unassigned: true, departmentIds: [3], warning: 'red' });
    expect(href).toBe('/problems?dept=none%2C3&warning=red');
    const f = filtersFromParams(new URLSearchParams(href.split('?')[1]));
    expect(f).toMatchObject({ unassigned: true, departmentIds: [3], warning: 'red' });
    expect(totalsQueryOf(f)).toEqual({ departmentIds: [3], unassigned: true, warning: 'red' });
    expect(paramsOf(f).toString()).toBe('dept=none%2C3&warning=red');
  });

  it('is off unless asked for, and ignores what is not a department', () => {
    const f = filtersFromParams(new URLSearchParams('dept=nobody,0,-2,5'));
    expect(f).toMatchObject({ unassigned: false, departmentIds: [5] });
    expect(totalsQueryOf(f)).toEqual({ departmentIds: [5] });
  });
});
