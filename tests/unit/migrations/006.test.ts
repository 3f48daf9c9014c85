// 005 → 006: clues and cases belong to campaigns through link tables; only certain
// links are made, the rest wait on a review list; seal uses keep blanks and a reason.
import { describe, expect, it } from 'vitest';
import { foreignKeyFaults, migrateOver } from '../../support/migrations';

describe('005 → 006 over real rows', () => {
  it('links clues and cases to campaigns only where certain, and lists the rest for the officer', async () => {
    const { db: v6 } = await migrateOver(6, (v5) => {
      const campaign = v5.prepare("INSERT INTO campaign (id, revision, origin, kind, title, issuers, start_on, end_on, file_json, file_sha256, loaded_at) VALUES (?, 1, 'user', 'campaign', ?, '[]', ?, ?, '{}', 'x', 'now')");
      campaign.run('a', '甲专项', '2020-06-01', '2020-12-31');
      campaign.run('b', '乙专项', '2020-09-01', null);
      const clue = v5.prepare("INSERT INTO clue (id, number, received_on, channel, summary, campaign_id, created_at, created_by, updated_at) VALUES (?, ?, ?, '信访举报', '线索', ?, 'now', '王芳', 'now')");
      clue.run(1, 'XS2020-0001', '2020-07-01', 'a');
      clue.run(2, 'XS2020-0002', '2020-10-01', null);
      const kase = v5.prepare("INSERT INTO case_record (id, number, clue_id, title, category, opened_on, created_at, created_by, updated_at) VALUES (?, ?, ?, '案件', 'consumables', ?, 'now', '王芳', 'now')");
      kase.run(1, 'AJ2020-0001', 1, '2020-07-10');
      kase.run(2, 'AJ2020-0002', 2, '2020-10-05');
      kase.run(3, 'AJ2020-0003', null, '2020-05-01');
      v5.prepare("INSERT INTO seal_use (id, at, campaign_id, kind, title, file, by, seal_sha256) VALUES (3, '2020-11-30T08:00:00Z', 'a', 'summary', '总结', 'x.pdf', '王芳', 'ab')").run();
    });
    // Certain: the clue's own campaign, and the case made from that clue.
    expect(v6.prepare('SELECT clue_id, campaign_id FROM clue_campaign').all()).toEqual([{ clue_id: 1, campaign_id: 'a' }]);
    expect(v6.prepare('SELECT case_id, campaign_id FROM case_campaign').all()).toEqual([{ case_id: 1, campaign_id: 'a' }]);
    // The rest wait for the officer, with the campaigns whose period holds the date as a suggestion only.
    const review = v6.prepare('SELECT kind, record_id AS id, candidates FROM campaign_link_review ORDER BY kind, record_id').all() as { kind: string; id: number; candidates: string }[];
    expect(review.map((r) => [r.kind, r.id, (JSON.parse(r.candidates) as string[]).sort()])).toEqual([
      ['case', 2, ['a', 'b']], ['case', 3, []], ['clue', 2, ['a', 'b']],
    ]);
    // A seal use stamped before 006 had no blanks to keep.
    expect(v6.prepare('SELECT id, title, blanks_json, blanks_reason FROM seal_use').all()).toEqual([{ id: 3, title: '总结', blanks_json: null, blanks_reason: null }]);
    expect(foreignKeyFaults(v6)).toEqual([]);
    v6.close();
  });
});
