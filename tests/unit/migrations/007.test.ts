// 006 → 007: the 报送台账 (export log, submissions, their files and events); problems
// gain repeat_of, evidence the period it covers, with defaults for the rows kept.
import { describe, expect, it } from 'vitest';
import { foreignKeyFaults, insert, insertCampaign, migrateOver } from '../../support/migrations';

describe('006 → 007 over real rows', () => {
  it('keeps problems and evidence with the new columns empty, and takes submissions linked to exports', async () => {
    const { db: v7 } = await migrateOver(7, (v6) => {
      insertCampaign(v6, 'a');
      insert(v6, 'inspection_round', { id: 1, campaign_id: 'a', name: '自查', status: 'open', created_at: 'now', created_by: '王芳' });
      insert(v6, 'round_element', { round_id: 1, element_id: 'i1', kind: 'item', sort: 0 });
      insert(v6, 'evidence_file', { sha256: 'f1', size: 10, mime: 'application/pdf', stored_at: 'now' });
      insert(v6, 'evidence', { id: 1, round_id: 1, element_id: 'i1', sha256: 'f1', original_name: '制度.pdf', added_by: '王芳', added_at: 'now' });
      insert(v6, 'problem', { id: 1, number: 'WT2020-0001', source: '巡查', description: '重复收费', found_on: '2020-10-08', status: 'signedOff', created_at: 'now', created_by: '王芳', updated_at: 'now' });
      insert(v6, 'problem_evidence', { id: 1, problem_id: 1, sha256: 'f1', original_name: '整改.pdf', added_by: '王芳', added_at: 'now' });
    });
    expect(v7.prepare('SELECT number, status, repeat_of FROM problem').all()).toEqual([{ number: 'WT2020-0001', status: 'signedOff', repeat_of: null }]);
    expect(v7.prepare('SELECT original_name, covers FROM evidence').all()).toEqual([{ original_name: '制度.pdf', covers: '' }]);
    expect(v7.prepare('SELECT original_name, covers FROM problem_evidence').all()).toEqual([{ original_name: '整改.pdf', covers: '' }]);
    expect(v7.prepare("SELECT rowid FROM problem_fts WHERE problem_fts MATCH '重复收'").pluck().all()).toEqual([1]);

    // A repeat points at the problem it repeats, and loses the link (not itself) when that one goes.
    insert(v7, 'problem', { id: 2, number: 'WT2020-0002', source: '巡查', description: '重复收费', found_on: '2020-12-01', status: 'pending', repeat_of: 1, created_at: 'now', created_by: '王芳', updated_at: 'now' });
    const exported = insert(v7, 'export_log', { at: 'now', by: '王芳', channel: 'documents.export', campaign_id: 'a', kind: 'document', file: 'x.docx', sha256: 'f1', size: 10 });
    const sent = insert(v7, 'duty_submission', { campaign_id: 'a', duty_id: 'd1', due: '2020-11-30', submitted_on: '2020-11-29', via: 'email', by: '王芳', recorded_at: 'now' });
    insert(v7, 'duty_submission_file', { submission_id: sent, position: 0, origin: 'generated', name: 'x.docx', sha256: 'f1', export_id: exported });
    insert(v7, 'duty_event', { campaign_id: 'a', duty_id: 'd1', due: '2020-11-30', at: 'now', by: '王芳', action: 'recorded' });
    expect(() => insert(v7, 'duty_submission', { campaign_id: 'a', duty_id: 'd1', due: '2020-11-30', submitted_on: '2020-11-30', via: 'paper', by: '李强', recorded_at: 'now' })).toThrow(/UNIQUE/);
    expect(() => insert(v7, 'duty_submission_file', { submission_id: sent, position: 1, origin: 'scan', name: 'y.pdf', sha256: 'f1', export_id: exported })).toThrow(/CHECK/);
    expect(() => v7.prepare('DELETE FROM export_log').run()).toThrow(/FOREIGN KEY/);
    v7.prepare('DELETE FROM problem_evidence').run();
    v7.prepare('DELETE FROM problem WHERE id = 1').run();
    expect(v7.prepare('SELECT id, repeat_of FROM problem').all()).toEqual([{ id: 2, repeat_of: null }]);
    expect(foreignKeyFaults(v7)).toEqual([]);
    v7.close();
  });
});
