// A migration that fails midway leaves the file as it was: every pending migration
// runs in one transaction, so a file two versions behind is not left half-way, and
// the app of the older version (and a fixed newer one) still opens it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupBeforeMigration } from '../../../electron/core/backup/take';
import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase, schemaVersion } from '../../../electron/core/db/open';
import { databaseAt, insert, insertCampaign, openAt, upTo } from '../../support/migrations';
import { schemaSnapshot } from '../../support/schemaSnapshot';
import { dumpTables } from '../../support/temp';

describe('a migration failing midway', () => {
  it('rolls back every pending migration with it and leaves the file byte for byte as it was', async () => {
    const { dir, file } = await databaseAt(6, (v6) => {
      insertCampaign(v6, 'a');
      insert(v6, 'document_draft', { campaign_id: 'a', kind: 'summary', doc_json: '{"v":1}', drafted_at: '2020-11-01' });
      insert(v6, 'seal_use', { id: 7, at: '2020-11-30T08:00:00Z', campaign_id: 'a', kind: 'summary', title: '总结', file: 'x.pdf', by: '王芳', seal_sha256: 'ab', blanks_reason: '上级要求' });
      insert(v6, 'problem', { id: 1, number: 'WT2020-0001', source: '巡查', description: '重复收费', found_on: '2020-10-08', status: 'pending', created_at: 'now', created_by: '王芳', updated_at: 'now' });
    });
    const v6 = await openAt(file, 6);
    const rows = dumpTables(v6);
    const schema = schemaSnapshot(v6);
    v6.close();
    const bytes = fs.readFileSync(file);

    // 007 as shipped, then 008 stopped after its first table is rebuilt, by a statement that fails.
    const m008 = migrations.find((m) => m.version === 8);
    if (!m008) throw new Error('no migration 008');
    const halfway = m008.sql.slice(0, m008.sql.indexOf('CREATE TABLE seal_use_new'));
    expect(halfway).toMatch(/ALTER TABLE document_draft_new RENAME TO document_draft;\s*$/);
    const broken = [...upTo(7), { ...m008, sql: `${halfway}\nINSERT INTO no_such_table VALUES (1);` }];
    await expect(openDatabase(file, { migrations: broken, beforeMigrate: backupBeforeMigration })).rejects.toThrow(/no_such_table/);

    expect(fs.readFileSync(file).equals(bytes), 'the database file was changed by the failed migration').toBe(true);
    const again = await openAt(file, 6);
    expect(schemaVersion(again)).toBe(6);
    expect(schemaSnapshot(again)).toBe(schema);
    expect(dumpTables(again)).toBe(rows);
    again.close();
    // The backup taken before the attempt holds the same rows, and the shipped migrations still apply.
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.includes('-v6-before-migration-'))).toHaveLength(1);
    const fixed = await openAt(file, 8);
    expect(fixed.prepare('SELECT id, kind, blanks_reason FROM seal_use').all()).toEqual([{ id: 7, kind: 'summary', blanks_reason: '上级要求' }]);
    expect(fixed.prepare('SELECT repeat_of FROM problem').pluck().all()).toEqual([null]);
    fixed.close();
  });
});
