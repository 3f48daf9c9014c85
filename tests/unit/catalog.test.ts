// The catalog: built-in campaigns loaded on first start and updated when their
// files change, ids retired rather than deleted, imports all-or-nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../shared/campaign';
import { loadBuiltinCampaigns } from '../../electron/core/campaigns/builtin';
import { exportCampaignText, getCampaign, listCampaigns, resolveCampaignId } from '../../electron/core/campaigns/catalog';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { importCampaign } from '../../electron/core/campaigns/handlers';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { campaignsDir, dumpTables, resourcesDir, tempDir } from '../support/temp';

const AT = '2026-11-23T00:00:00.000Z';

async function freshDb(): Promise<Db> {
  return openDatabase(path.join(tempDir(), 'zicha.sqlite'));
}

async function context() {
  const dir = tempDir();
  return AppContext.open({
    dataDir: dir,
    resourcesDir,
    version: 'test',
    now: () => new Date(AT),
    ...fixedPorts(),
  });
}

function copyOfBuiltins(): string {
  const dir = tempDir();
  for (const f of fs.readdirSync(campaignsDir)) fs.copyFileSync(path.join(campaignsDir, f), path.join(dir, f));
  return dir;
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as CampaignFile;

describe('built-in campaigns', () => {
  it('are loaded on first start and left alone when unchanged', async () => {
    const db = await freshDb();
    expect(loadBuiltinCampaigns(db, campaignsDir, AT).added).toHaveLength(5);
    const again = loadBuiltinCampaigns(db, campaignsDir, AT);
    expect(again).toEqual({ added: [], updated: [], unchanged: expect.any(Array) });
    expect(again.unchanged).toHaveLength(5);
    expect(listCampaigns(db, '2020-07-01').map((c) => [c.id, c.status])).toEqual(
      expect.arrayContaining([['sc-2020-96', 'running'], ['gx-2020-special', 'upcoming'], ['kz-2022-115', 'upcoming']]),
    );
    db.close();
  });

  it('are updated when a file changes, retiring a dropped task instead of deleting it', async () => {
    const dir = copyOfBuiltins();
    const db = await freshDb();
    loadBuiltinCampaigns(db, dir, AT);
    db.prepare("INSERT INTO department (name) VALUES ('医务科')").run();
    const file = path.join(dir, 'kz-2022-115.json');
    const c = readJson(file);
    const dropped = c.tasks.pop();
    c.revision += 1;
    fs.writeFileSync(file, JSON.stringify(c));
    expect(loadBuiltinCampaigns(db, dir, AT).updated).toEqual(['kz-2022-115']);
    const detail = getCampaign(db, 'kz-2022-115', '2026-11-23');
    expect(detail.file.tasks).toHaveLength(15);
    expect(detail.retired).toEqual([{ kind: 'task', id: dropped?.id, label: `${dropped?.no} ${dropped?.title}` }]);
    expect(db.prepare('SELECT name FROM department').pluck().all()).toEqual(['医务科']);
    db.close();
  });

  it('can be found by id or by document number, with [] for 〔〕', async () => {
    const db = await freshDb();
    loadBuiltinCampaigns(db, campaignsDir, AT);
    expect(resolveCampaignId(db, '川卫函〔2020〕96号')).toBe('sc-2020-96');
    expect(resolveCampaignId(db, '川卫函[2020]96号')).toBe('sc-2020-96');
    expect(() => resolveCampaignId(db, '川卫函〔2099〕1号')).toThrow(/找不到/);
    db.close();
  });
});

describe('importing a campaign file', () => {
  it('accepts each exported built-in campaign unchanged', async () => {
    const ctx = await context();
    for (const c of listCampaigns(ctx.db, ctx.today())) {
      const { fileName, text } = exportCampaignText(ctx.db, c.id);
      expect(importCampaign(ctx, fileName, text)).toEqual({ id: c.id, title: c.title, outcome: 'unchanged' });
    }
    ctx.close();
  });

  it('adds a new campaign and updates it with a higher revision', async () => {
    const ctx = await context();
    const c = JSON.parse(exportCampaignText(ctx.db, 'sc-2020-96').text) as CampaignFile;
    const mine = { ...c, id: 'my-2026', docNumber: '示例卫发〔2026〕1号', title: '本院2026年专项整治' };
    expect(importCampaign(ctx, 'a.json', JSON.stringify(mine)).outcome).toBe('added');
    expect(importCampaign(ctx, 'a.json', JSON.stringify({ ...mine, revision: 2, title: '本院2026年专项整治（修订）' })).outcome).toBe('updated');
    expect(getCampaign(ctx.db, '示例卫发〔2026〕1号', ctx.today()).summary).toMatchObject({ origin: 'user', revision: 2 });
    ctx.close();
  });

  it.each([
    ['a wrong unit type', (c: CampaignFile) => Object.assign(c.tables[0]?.sections[1]?.rows[2] ?? {}, { unit: 5 }), 'tables[0].sections[1].rows[2].unit'],
    ['an impossible date', (c: CampaignFile) => Object.assign(c.phases[0] ?? {}, { end: '2020-06-31' }), 'phases[0].end'],
    ['a missing task text', (c: CampaignFile) => delete (c.tasks[2] as Partial<CampaignFile['tasks'][number]>).text, 'tasks[2].text'],
    ['an unknown answer kind', (c: CampaignFile) => Object.assign(c, { checklists: [{ id: 'x', title: '清单', annex: null, header: [], groups: [{ id: 'g', title: '组', items: [{ id: 'i', no: '1', text: '内容', answer: { kind: 'maybe' }, note: null }] }] }] }), 'checklists[0].groups[0].items[0].answer.kind'],
    ['a duplicated id', (c: CampaignFile) => Object.assign(c.tasks[1] ?? {}, { id: c.tasks[0]?.id }), 'tasks[1].id'],
  ])('refuses %s, naming the path, and changes nothing', async (_name, breakIt, where) => {
    const ctx = await context();
    const c = JSON.parse(exportCampaignText(ctx.db, 'sc-2020-96').text) as CampaignFile;
    c.revision += 1;
    breakIt(c);
    const before = dumpTables(ctx.db);
    let error: unknown;
    try {
      importCampaign(ctx, 'broken.json', JSON.stringify(c));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'invalid', where });
    expect((error as Error).message).toContain('broken.json');
    expect((error as Error).message).toContain(where);
    expect(dumpTables(ctx.db)).toBe(before);
    ctx.close();
  });

  it('refuses text that is not JSON, an older revision, a changed file under the same revision, and a taken document number', async () => {
    const ctx = await context();
    const text = exportCampaignText(ctx.db, 'sc-2020-96').text;
    const c = JSON.parse(text) as CampaignFile;
    const before = dumpTables(ctx.db);
    expect(() => importCampaign(ctx, 'x.json', '{"format": ')).toThrow(/不是有效的 JSON/);
    expect(() => importCampaign(ctx, 'x.json', JSON.stringify({ ...c, title: '改过的标题' }))).toThrow(/须提高 revision/);
    expect(() => importCampaign(ctx, 'x.json', JSON.stringify({ ...c, id: 'copy', revision: 1 }))).toThrow(/文号“川卫函〔2020〕96号”已被/);
    importCampaign(ctx, 'x.json', JSON.stringify({ ...c, revision: 3 }));
    expect(() => importCampaign(ctx, 'x.json', JSON.stringify({ ...c, revision: 2 }))).toThrow(/较旧的修订版/);
    expect(dumpTables(ctx.db)).not.toBe(before);
    ctx.close();
  });
});
