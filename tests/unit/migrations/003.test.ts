// 002 → 003: the problem ledger; problems flagged in self-inspection before it
// existed become numbered ledger problems, found by full-text search.
import { describe, expect, it } from 'vitest';
import { foreignKeyFaults, insertCampaign, migrateOver } from '../../support/migrations';

describe('002 → 003 over real rows', () => {
  it('turns problems flagged in self-inspection into ledger problems', async () => {
    const { db: v3 } = await migrateOver(3, (v2) => {
      insertCampaign(v2, 'c', { title: '测试' });
      v2.prepare("INSERT INTO department (id, name) VALUES (5, '医务科')").run();
      v2.prepare("INSERT INTO inspection_round (id, campaign_id, name, status, created_at, created_by) VALUES (1, 'c', '自查', 'open', 'now', '王芳')").run();
      v2.prepare("INSERT INTO round_element (round_id, element_id, kind, sort, department_id) VALUES (1, 'i1', 'item', 0, 5), (1, 'i2', 'item', 1, NULL)").run();
      v2.prepare("INSERT INTO problem_lead (round_id, element_id, summary, created_at, created_by) VALUES (1, 'i1', '无证行医', '2020-10-08T02:00:00Z', '王芳'), (1, 'i2', '超范围执业', '2020-10-09T02:00:00Z', '李强')").run();
    });
    expect(v3.prepare('SELECT number, source, round_id, element_id, campaign_id, description, department_id, found_on, status, created_by FROM problem ORDER BY id').all()).toEqual([
      { number: 'WT2020-0001', source: '自查', round_id: 1, element_id: 'i1', campaign_id: 'c', description: '无证行医', department_id: 5, found_on: '2020-10-08', status: 'pending', created_by: '王芳' },
      { number: 'WT2020-0002', source: '自查', round_id: 1, element_id: 'i2', campaign_id: 'c', description: '超范围执业', department_id: null, found_on: '2020-10-09', status: 'pending', created_by: '李强' },
    ]);
    expect(v3.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'problem_lead'").pluck().get()).toBe(0);
    expect(v3.prepare("SELECT rowid FROM problem_fts WHERE problem_fts MATCH '无证行'").pluck().all()).toEqual([1]);
    // The year's running number continues after the problems carried over.
    expect(v3.prepare('SELECT year, last FROM problem_number').all()).toEqual([{ year: '2020', last: 2 }]);
    expect(foreignKeyFaults(v3)).toEqual([]);
    v3.close();
  });
});
