// 003 → 004: clues, cases, the persons concerned, their history, statistics
// mappings and hand-entered figures, beside a ledger that keeps every problem.
import { describe, expect, it } from 'vitest';
import { foreignKeyFaults, insert, insertCampaign, migrateOver } from '../../support/migrations';

describe('003 → 004 over real rows', () => {
  it('keeps the ledger and its search, and links new clues, cases and figures to the rows kept', async () => {
    const { db: v4 } = await migrateOver(4, (v3) => {
      insertCampaign(v3, 'a');
      insert(v3, 'campaign_element', { campaign_id: 'a', element_id: 'r1', kind: 'row', label: '查处案件', search_text: '查处案件' });
      insert(v3, 'department', { id: 5, name: '医务科' });
      insert(v3, 'problem', {
        id: 1, number: 'WT2020-0001', source: '巡查', campaign_id: 'a', description: '耗材超量使用', department_id: 5,
        found_on: '2020-10-08', amount_fen: 12_300, status: 'inProgress', deadline: '2020-12-31', created_at: 'now', created_by: '王芳', updated_at: 'now',
      });
      insert(v3, 'problem_progress', { problem_id: 1, on_date: '2020-10-20', text: '已约谈', by: '王芳', at: 'now' });
      insert(v3, 'problem_history', { problem_id: 1, at: 'now', by: '王芳', field: 'status', old: 'pending', new: 'inProgress' });
      insert(v3, 'problem_number', { year: '2020', last: 1 });
    });
    expect(v4.prepare('SELECT number, description, department_id, amount_fen, status, deadline FROM problem').all()).toEqual([
      { number: 'WT2020-0001', description: '耗材超量使用', department_id: 5, amount_fen: 12_300, status: 'inProgress', deadline: '2020-12-31' },
    ]);
    expect(v4.prepare('SELECT text FROM problem_progress WHERE problem_id = 1').pluck().all()).toEqual(['已约谈']);
    expect(v4.prepare('SELECT field, old, new FROM problem_history').all()).toEqual([{ field: 'status', old: 'pending', new: 'inProgress' }]);
    expect(v4.prepare("SELECT rowid FROM problem_fts WHERE problem_fts MATCH '超量使'").pluck().all()).toEqual([1]);

    const clue = insert(v4, 'clue', { number: 'XS2020-0001', received_on: '2020-10-01', channel: '信访举报', summary: '线索', campaign_id: 'a', created_at: 'now', created_by: '王芳', updated_at: 'now' });
    insert(v4, 'clue_problem', { clue_id: clue, problem_id: 1, linked_at: 'now', linked_by: '王芳' });
    const kase = insert(v4, 'case_record', { number: 'AJ2020-0001', clue_id: clue, title: '案件', category: 'consumables', opened_on: '2020-10-05', persons: 2, created_at: 'now', created_by: '王芳', updated_at: 'now' });
    insert(v4, 'concerned_person', { case_id: kase, sort: 0, name: '张三', role: '医师', department_id: 5 });
    insert(v4, 'stat_figure', { campaign_id: 'a', table_id: 't', row_id: 'r1', period: '2020-10', quantity: 3, entered_by: '王芳', entered_at: 'now' });
    expect(v4.prepare('SELECT amount_fen, persons, penalized, refund_fen, note FROM case_record').get()).toEqual({ amount_fen: 0, persons: 2, penalized: 0, refund_fen: 0, note: '' });
    expect(v4.prepare('SELECT column_id FROM stat_figure').pluck().get()).toBe('');
    // A row of a campaign's table must be one the catalog knows; a case cannot penalize more persons than it concerns.
    expect(() => insert(v4, 'stat_figure', { campaign_id: 'a', table_id: 't', row_id: 'nope', period: '2020-10', quantity: 1, entered_by: '王芳', entered_at: 'now' })).toThrow(/FOREIGN KEY/);
    expect(() => v4.prepare('UPDATE case_record SET penalized = 3').run()).toThrow(/CHECK/);
    // Deleting the problem takes its clue link with it, never the clue.
    v4.prepare('DELETE FROM problem WHERE id = 1').run();
    expect(v4.prepare('SELECT count(*) FROM clue_problem').pluck().get()).toBe(0);
    expect(v4.prepare('SELECT count(*) FROM clue').pluck().get()).toBe(1);
    expect(foreignKeyFaults(v4)).toEqual([]);
    v4.close();
  });
});
