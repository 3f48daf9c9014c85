// 001 → 002: self-inspection (rounds, their elements, answers, evidence, problem
// leads) is added beside the catalog and the hospital, which keep every row.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foreignKeyFaults, insert, insertCampaign, migrateOver } from '../../support/migrations';

describe('001 → 002 over real rows', () => {
  it('keeps the catalog and the hospital, and adds self-inspection', async () => {
    const { db: v2, dir } = await migrateOver(2, (v1) => {
      v1.prepare("INSERT INTO department (name, category) VALUES ('医务科', '职能')").run();
      v1.prepare("INSERT INTO setting (key, value) VALUES ('hospital', '{}')").run();
      insertCampaign(v1, 'c');
    });
    expect(v2.prepare('SELECT name FROM department').pluck().all()).toEqual(['医务科']);
    expect(v2.prepare("SELECT value FROM setting WHERE key = 'hospital'").pluck().get()).toBe('{}');
    expect(v2.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('inspection_round', 'answer', 'evidence')").pluck().get()).toBe(3);
    // The new tables hang off the rows kept: a round of the campaign, an element answered by the department.
    insert(v2, 'inspection_round', { id: 1, campaign_id: 'c', name: '自查', status: 'open', created_at: 'now', created_by: '王芳' });
    insert(v2, 'round_element', { round_id: 1, element_id: 'i1', kind: 'item', sort: 0, department_id: 1 });
    expect(v2.prepare('SELECT applicable, na_reason, department_id FROM round_element').get()).toEqual({ applicable: 1, na_reason: '', department_id: 1 });
    expect(() => insert(v2, 'inspection_round', { campaign_id: 'none', name: '自查', status: 'open', created_at: 'now', created_by: '王芳' })).toThrow(/FOREIGN KEY/);
    expect(foreignKeyFaults(v2)).toEqual([]);
    v2.close();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });
});
