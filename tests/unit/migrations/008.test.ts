// 007 → 008: document drafts and seal uses are rebuilt to take any short kind,
// keeping every row, 006's columns, the index and the foreign keys.
import { describe, expect, it } from 'vitest';
import { foreignKeyFaults, migrateOver } from '../../support/migrations';

describe('007 → 008 over real rows', () => {
  it('keeps every draft and seal use, 006’s blanks and reason included, and takes the new kinds', async () => {
    const { db: v8 } = await migrateOver(8, (v7) => {
      v7.prepare("INSERT INTO campaign (id, revision, origin, kind, title, issuers, start_on, end_on, file_json, file_sha256, loaded_at) VALUES ('a', 1, 'user', 'campaign', '甲专项', '[]', NULL, NULL, '{}', 'x', 'now')").run();
      v7.prepare("INSERT INTO document_draft (campaign_id, kind, doc_json, drafted_at, edited_at, edited_by) VALUES ('a', 'summary', '{\"v\":1}', '2020-11-01', '2020-11-02', '王芳')").run();
      v7.prepare(
        "INSERT INTO seal_use (id, at, campaign_id, kind, title, file, by, seal_sha256, blanks_json, blanks_reason) VALUES (7, '2020-11-30T08:00:00Z', 'a', 'summary', '总结', 'x.pdf', '王芳', 'ab', '[\"发文字号\"]', '上级要求当日报送')",
      ).run();
    });
    expect(v8.prepare('SELECT campaign_id, kind, doc_json, edited_by FROM document_draft').all()).toEqual([{ campaign_id: 'a', kind: 'summary', doc_json: '{"v":1}', edited_by: '王芳' }]);
    expect(v8.prepare('SELECT id, kind, blanks_json, blanks_reason FROM seal_use').all()).toEqual([{ id: 7, kind: 'summary', blanks_json: '["发文字号"]', blanks_reason: '上级要求当日报送' }]);
    v8.prepare("INSERT INTO document_draft (campaign_id, kind, doc_json, drafted_at) VALUES ('a', 'letter', '{}', '2020-11-30')").run();
    // The rebuilt tables keep their foreign key to the campaign and seal_use its index by time.
    expect(() => v8.prepare("INSERT INTO document_draft (campaign_id, kind, doc_json, drafted_at) VALUES ('none', 'letter', '{}', '2020-11-30')").run()).toThrow(/FOREIGN KEY/);
    expect(() => v8.prepare("INSERT INTO document_draft (campaign_id, kind, doc_json, drafted_at) VALUES ('a', '', '{}', '2020-11-30')").run()).toThrow(/CHECK/);
    expect(v8.prepare("SELECT tbl_name FROM sqlite_schema WHERE type = 'index' AND name = 'seal_use_at'").pluck().get()).toBe('seal_use');
    expect(foreignKeyFaults(v8)).toEqual([]);
    v8.close();
  });
});
