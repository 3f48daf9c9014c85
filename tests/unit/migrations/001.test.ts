// 000 → 001: a new file gets the catalog, the hospital, its departments and people,
// and takes the built-in campaigns as the app's first start loads them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinCampaigns } from '../../../electron/core/campaigns/builtin';
import { expectedSchema, schemaLines } from '../../../electron/core/db/schema';
import { databaseAt, foreignKeyFaults, insert, insertCampaign, openAt } from '../../support/migrations';
import { campaignsDir } from '../../support/temp';

describe('000 → 001 over real rows', () => {
  it('creates the catalog tables in a new file, without a backup of nothing, and takes the built-in campaigns', async () => {
    const { dir, file } = await databaseAt(1);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
    const db = await openAt(file, 1);
    expect(schemaLines(db)).toEqual(expectedSchema(1));
    const report = loadBuiltinCampaigns(db, campaignsDir, '2020-06-01T00:00:00Z');
    expect(report.added.sort()).toEqual(['gx-2020-special', 'kz-2022-115', 'sc-2020-96', 'sc-2021-division', 'sn-2020-36']);
    expect(db.prepare("SELECT count(*) FROM campaign WHERE origin = 'builtin'").pluck().get()).toBe(5);
    expect(db.prepare("SELECT doc_number FROM campaign WHERE id = 'sc-2020-96'").pluck().get()).toBe('川卫函〔2020〕96号');
    expect(db.prepare('SELECT count(*) FROM campaign_element').pluck().get()).toBeGreaterThan(100);
    db.close();
  });

  it('keeps departments, people and settings, with their defaults and foreign keys', async () => {
    const { file } = await databaseAt(1, (v1) => {
      insert(v1, 'department', { id: 5, name: '医务科', category: '职能' });
      insert(v1, 'department', { id: 6, name: '药剂科' });
      insert(v1, 'person', { name: '王芳', department_id: 5 });
      insert(v1, 'person', { name: '李强', department_id: 6, title: '主任', phone: '13800000000' });
      insert(v1, 'setting', { key: 'hospital', value: '{"name":"某医院"}' });
      insertCampaign(v1, 'a', { doc_number: '川卫函〔2020〕1号' });
    });
    const db = await openAt(file, 1);
    expect(db.prepare('SELECT id, name, category, sort_order FROM department ORDER BY id').all()).toEqual([
      { id: 5, name: '医务科', category: '职能', sort_order: 0 },
      { id: 6, name: '药剂科', category: '', sort_order: 0 },
    ]);
    expect(db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get('hospital')).toBe('{"name":"某医院"}');
    // A department deleted leaves its people without one, never deletes them.
    db.prepare('DELETE FROM department WHERE id = 6').run();
    expect(db.prepare('SELECT name, department_id, title, phone FROM person ORDER BY id').all()).toEqual([
      { name: '王芳', department_id: 5, title: '', phone: '' },
      { name: '李强', department_id: null, title: '主任', phone: '13800000000' },
    ]);
    expect(() => insert(db, 'person', { name: '赵六', department_id: 99 })).toThrow(/FOREIGN KEY/);
    expect(() => insertCampaign(db, 'b', { doc_number: '川卫函〔2020〕1号' })).toThrow(/UNIQUE/);
    expect(() => insert(db, 'department', { name: '护理部', sort_order: 'first' })).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(foreignKeyFaults(db)).toEqual([]);
    db.close();
  });
});
