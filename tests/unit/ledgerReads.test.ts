// What the ledger (and any part) reads of org/ and campaigns/ without naming their
// tables: names as SQL fragments that nest in one SELECT, lookups by id and name.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCatalogDatabase } from '../../electron/core/context';
import { all, pluck, sql } from '../../electron/core/db/sql';
import { campaignExists, campaignRefs, campaignTitle, campaignTitleOf } from '../../electron/core/campaigns/reads';
import { saveDepartment, savePerson } from '../../electron/core/org/org';
import {
  departmentExists, departmentIdByName, departmentName, departmentNameOf, personExists, personName, personNamesInOrder,
} from '../../electron/core/org/reads';
import { resourcesDir, tempDir } from '../support/temp';

const open = () => openCatalogDatabase(path.join(tempDir(), 'z.sqlite'), resourcesDir, () => new Date('2020-10-08T00:00:00Z'));

describe('org reads', () => {
  it('names departments and people in a query of another table, NULL for none, values bound', async () => {
    const db = await open();
    const yiwu = saveDepartment(db, { id: null, name: '医务科', category: '职能' });
    const yibao = saveDepartment(db, { id: null, name: "医保办'; --", category: '职能' });
    const wang = savePerson(db, { id: null, name: '王芳', departmentId: yiwu, title: '', phone: '' });
    const rows = all<{ id: number; department: string | null; person: string | null }>(
      db,
      sql`SELECT n.id, ${departmentName(sql`n.id`)} AS department, ${personName(sql`n.id`)} AS person
          FROM (SELECT ${yiwu} AS id UNION ALL SELECT ${yibao} UNION ALL SELECT ${wang} UNION ALL SELECT ${999}) n ORDER BY n.id`,
    );
    const named = new Map(rows.map((r) => [r.id, r]));
    expect(named.get(yiwu)?.department).toBe('医务科');
    expect(named.get(yibao)?.department).toBe("医保办'; --");
    expect(named.get(wang)?.person).toBe('王芳');
    expect(named.get(999)).toEqual({ id: 999, department: null, person: null });
    // A value, not a column: the fragment binds it.
    const q = departmentName(sql`${yibao}`);
    expect(q.params).toEqual([yibao]);
    expect(pluck<string>(db, sql`SELECT ${q}`)).toEqual(["医保办'; --"]);
    db.close();
  });

  it('finds a department by its exact name or id, people by id, and lists names in department order', async () => {
    const db = await open();
    const second = saveDepartment(db, { id: null, name: '药剂科', category: '' });
    const first = saveDepartment(db, { id: null, name: '医务科', category: '' });
    // The departments' sort order decides, not their ids: 医务科 comes first.
    db.exec(`UPDATE department SET sort_order = 2 WHERE id = ${second}; UPDATE department SET sort_order = 1 WHERE id = ${first}`);
    const li = savePerson(db, { id: null, name: '李强', departmentId: second, title: '', phone: '' });
    savePerson(db, { id: null, name: '王芳', departmentId: first, title: '', phone: '' });
    savePerson(db, { id: null, name: '李强', departmentId: first, title: '', phone: '' });
    savePerson(db, { id: null, name: '赵敏', departmentId: null, title: '', phone: '' });
    expect(departmentIdByName(db, '医务科')).toBe(first);
    expect(departmentIdByName(db, '医务')).toBeUndefined();
    expect(departmentNameOf(db, second)).toBe('药剂科');
    expect(departmentNameOf(db, 999)).toBeUndefined();
    expect([departmentExists(db, first), departmentExists(db, 999), personExists(db, li), personExists(db, 999)]).toEqual([true, false, true, false]);
    // No department sorts first (NULL), then 医务科's people, then 药剂科's; each name once.
    expect(personNamesInOrder(db)).toEqual(['赵敏', '王芳', '李强']);
    db.close();
  });
});

describe('campaign reads', () => {
  it('titles a campaign in a query, looks one up, and lists every campaign newest issued first', async () => {
    const db = await open();
    const refs = campaignRefs(db);
    const stored = all<{ id: string; issued: string | null }>(db, sql`SELECT id, issued_on AS issued FROM campaign`);
    expect(refs.map((r) => r.id).sort()).toEqual(stored.map((r) => r.id).sort());
    const issued = new Map(stored.map((r) => [r.id, r.issued ?? '']));
    const dates = refs.map((r) => issued.get(r.id) ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const one = refs[0];
    if (!one) throw new Error('the built-in campaigns are missing');
    expect(campaignExists(db, one.id)).toBe(true);
    expect(campaignExists(db, 'no-such')).toBe(false);
    expect(campaignTitleOf(db, one.id)).toBe(one.title);
    expect(campaignTitleOf(db, 'no-such')).toBeUndefined();
    expect(pluck<string | null>(db, sql`SELECT ${campaignTitle(sql`${one.id}`)} UNION ALL SELECT ${campaignTitle(sql`${'no-such'}`)}`)).toEqual([one.title, null]);
    db.close();
  });
});
