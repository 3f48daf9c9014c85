import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinCampaigns } from '../../electron/core/campaigns/builtin';
import { searchCatalog } from '../../electron/core/campaigns/search';
import { openDatabase } from '../../electron/core/db/open';
import { campaignsDir, tempDir } from '../support/temp';

async function catalog() {
  const db = await openDatabase(path.join(tempDir(), 'z.sqlite'));
  loadBuiltinCampaigns(db, campaignsDir, '2026-11-23T00:00:00Z');
  return db;
}

describe('searching the catalog', () => {
  it('finds a task of the 2021 Sichuan division by a phrase from its text, across line breaks', async () => {
    const db = await catalog();
    const { hits } = await searchCatalog(db, '医保基金');
    expect(hits.some((h) => h.campaignId === 'sc-2021-division' && h.kind === 'task')).toBe(true);
    expect(hits.some((h) => h.campaignId === 'gx-2020-special')).toBe(true);
    for (const h of hits) expect(h.snippet.match).toBe('医保基金');
    db.close();
  });

  it('finds checklist items and statistics table rows', async () => {
    const db = await catalog();
    expect((await searchCatalog(db, '挂证')).hits.some((h) => h.kind === 'row' && h.campaignId === 'gx-2020-special')).toBe(true);
    expect((await searchCatalog(db, '违规开展禁止类技术')).hits.some((h) => h.kind === 'item')).toBe(true);
    db.close();
  });

  it('asks for two characters at least, ignores spaces, and treats % and _ literally', async () => {
    const db = await catalog();
    expect(() => searchCatalog(db, ' 医 ')).toThrow(/至少 2 个字/);
    expect(searchCatalog(db, '医 保').hits.length).toBeGreaterThan(0);
    expect(searchCatalog(db, '%%').hits).toEqual([]);
    expect(searchCatalog(db, '__').hits).toEqual([]);
    db.close();
  });
});

describe('searching the office’s own records', () => {
  it('finds ledger problems, clues and cases by a phrase of their text, and nothing else', async () => {
    const db = await catalog();
    const at = '2020-11-20T01:00:00.000Z';
    const problem = (description: string, measures = '') =>
      db
        .prepare(
          `INSERT INTO problem (number, source, description, found_on, measures, status, created_at, created_by, updated_at)
           VALUES (?, '自查', ?, '2020-10-01', ?, 'pending', ?, '王芳', ?)`,
        )
        .run(`WT2020-000${description.length}`, description, measures, at, at).lastInsertRowid;
    const p1 = problem('存在串换收费项目、重复收费问题');
    problem('病历书写不规范', '组织对串换收费的专项培训');
    problem('处方点评未按月开展');
    const clue = db
      .prepare(`INSERT INTO clue (number, received_on, channel, summary, created_at, created_by, updated_at) VALUES ('XS2020-0001', '2020-10-02', '来信', '反映某科室串换收费', ?, '王芳', ?)`)
      .run(at, at).lastInsertRowid;
    const kase = db
      .prepare(`INSERT INTO case_record (number, title, category, opened_on, created_at, created_by, updated_at) VALUES ('AJ2020-0001', '骨科耗材 回扣案（示例 12）', 'kickbacks', '2020-10-03', ?, '王芳', ?)`)
      .run(at, at).lastInsertRowid;
    const found = searchCatalog(db, '串换 收费').records;
    expect(found.map((r) => [r.kind, r.number])).toEqual([
      ['problem', 'WT2020-0007'],
      ['problem', 'WT2020-00015'],
      ['clue', 'XS2020-0001'],
    ]);
    expect(found[0]?.snippet.match).toBe('串换收费');
    expect(found[0]?.label).toBe('病历书写不规范');
    expect(found[1]?.id).toBe(Number(p1));
    expect(found[2]?.id).toBe(Number(clue));
    // Spaces are ignored on both sides, and the snippet shows the text as written; % is literal.
    const [hit] = searchCatalog(db, '耗材回扣案（示例12）').records;
    expect(hit).toMatchObject({ kind: 'case', id: Number(kase), label: '骨科耗材 回扣案（示例 12）' });
    expect(hit?.snippet).toEqual({ before: '骨科', match: '耗材 回扣案（示例 12）', after: '' });
    expect(searchCatalog(db, '点评').records.map((r) => r.kind)).toEqual(['problem']);
    expect(searchCatalog(db, '%%').records).toEqual([]);
    db.close();
  });
});
