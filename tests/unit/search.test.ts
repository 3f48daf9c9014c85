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
