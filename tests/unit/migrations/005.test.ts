// 004 → 005: document drafts, the hospital's seal and its uses, beside clues,
// cases and figures that keep every row.
import { describe, expect, it } from 'vitest';
import { foreignKeyFaults, insert, insertCampaign, migrateOver } from '../../support/migrations';

describe('004 → 005 over real rows', () => {
  it('keeps clues, cases, persons and figures, and takes drafts, one seal and its uses', async () => {
    const { db: v5 } = await migrateOver(5, (v4) => {
      insertCampaign(v4, 'a');
      insert(v4, 'campaign_element', { campaign_id: 'a', element_id: 'r1', kind: 'row', label: '查处案件', search_text: '查处案件' });
      insert(v4, 'clue', { id: 1, number: 'XS2020-0001', received_on: '2020-10-01', channel: '信访举报', summary: '收受回扣', campaign_id: 'a', disposal: '初步核实', disposed_on: '2020-10-03', created_at: 'now', created_by: '王芳', updated_at: 'now' });
      insert(v4, 'case_record', { id: 1, number: 'AJ2020-0001', clue_id: 1, title: '回扣案', category: 'kickback', opened_on: '2020-10-05', amount_fen: 500_000, persons: 2, penalized: 1, supervision: '市级', created_at: 'now', created_by: '王芳', updated_at: 'now' });
      insert(v4, 'concerned_person', { case_id: 1, sort: 0, name: '张三', role: '医师' });
      insert(v4, 'case_history', { case_id: 1, at: 'now', by: '王芳', field: 'penalized', old: '0', new: '1' });
      insert(v4, 'case_number', { kind: 'AJ', year: '2020', last: 1 });
      insert(v4, 'stat_mapping', { campaign_id: 'a', table_id: 't', row_id: 'r1', measure_json: null, set_by: '王芳', set_at: 'now' });
      insert(v4, 'stat_figure', { campaign_id: 'a', table_id: 't', row_id: 'r1', period: '2020-Q4', amount_fen: 120_000, entered_by: '王芳', entered_at: 'now' });
    });
    expect(v5.prepare('SELECT number, summary, disposal, disposed_on FROM clue').all()).toEqual([{ number: 'XS2020-0001', summary: '收受回扣', disposal: '初步核实', disposed_on: '2020-10-03' }]);
    expect(v5.prepare('SELECT clue_id, amount_fen, persons, penalized, supervision FROM case_record').all()).toEqual([{ clue_id: 1, amount_fen: 500_000, persons: 2, penalized: 1, supervision: '市级' }]);
    expect(v5.prepare('SELECT name, role FROM concerned_person WHERE case_id = 1').all()).toEqual([{ name: '张三', role: '医师' }]);
    expect(v5.prepare('SELECT field, new FROM case_history').all()).toEqual([{ field: 'penalized', new: '1' }]);
    expect(v5.prepare('SELECT last FROM case_number').pluck().get()).toBe(1);
    expect(v5.prepare('SELECT row_id, column_id, measure_json FROM stat_mapping').all()).toEqual([{ row_id: 'r1', column_id: '', measure_json: null }]);
    expect(v5.prepare('SELECT period, amount_fen, quantity FROM stat_figure').all()).toEqual([{ period: '2020-Q4', amount_fen: 120_000, quantity: null }]);

    insert(v5, 'document_draft', { campaign_id: 'a', kind: 'summary', doc_json: '{"v":1}', drafted_at: 'now' });
    insert(v5, 'seal', { id: 1, png: Buffer.from([0x89, 0x50]), sha256: 'ab', diameter_mm: 42, imported_at: 'now', imported_by: '王芳' });
    insert(v5, 'seal_use', { at: 'now', campaign_id: 'a', kind: 'summary', title: '总结', file: 'x.pdf', by: '王芳', seal_sha256: 'ab' });
    expect(v5.prepare('SELECT edited_at, edited_by FROM document_draft').get()).toEqual({ edited_at: null, edited_by: null });
    // One seal at a time, of a plausible size; drafts only of a campaign the catalog has.
    expect(() => insert(v5, 'seal', { id: 2, png: Buffer.from([0]), sha256: 'cd', diameter_mm: 42, imported_at: 'now', imported_by: '王芳' })).toThrow(/CHECK/);
    expect(() => v5.prepare('UPDATE seal SET diameter_mm = 90').run()).toThrow(/CHECK/);
    expect(() => insert(v5, 'document_draft', { campaign_id: 'none', kind: 'summary', doc_json: '{}', drafted_at: 'now' })).toThrow(/FOREIGN KEY/);
    expect(() => insert(v5, 'document_draft', { campaign_id: 'a', kind: 'workplan', doc_json: 'not json', drafted_at: 'now' })).toThrow(/CHECK/);
    expect(() => v5.prepare("DELETE FROM campaign WHERE id = 'a'").run()).toThrow(/FOREIGN KEY/);
    expect(foreignKeyFaults(v5)).toEqual([]);
    v5.close();
  });
});
