// The sample a new user first sees reads like a real office's: every item of every
// round and every problem of the ledger has its 责任人, each round's 完成时限 lies in its campaign's period, and the
// checklist answers both 有 and 无.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCatalogDatabase } from '../../electron/core/context';
import { buildDemo } from '../../electron/core/demo/demo';
import { resourcesDir, tempDir } from '../support/temp';

describe('the sample data', () => {
  it('assigns 责任人, keeps deadlines inside their campaigns and mixes 有 and 无', async () => {
    const dir = tempDir();
    const db = await openCatalogDatabase(path.join(dir, 'demo.sqlite'), resourcesDir, () => new Date('2020-11-20T10:00:00+08:00'));
    buildDemo(db, { scale: 1, evidenceDir: path.join(dir, 'evidence') });
    const q = <T,>(sql: string) => db.prepare(sql).all() as T[];
    const [elements] = q<{ all: number; assigned: number }>('SELECT count(*) AS "all", count(person_id) AS assigned FROM round_element');
    expect(elements!.all).toBeGreaterThan(0);
    expect(elements!.assigned).toBe(elements!.all);
    const unowned = q<{ number: string }>('SELECT number FROM problem WHERE person_id IS NULL').map((r) => r.number);
    expect(q<{ n: number }>('SELECT count(*) AS n FROM problem')[0]!.n).toBeGreaterThan(0);
    expect(unowned).toEqual([]);
    const rounds = q<{ name: string; due: string | null; start: string | null; end: string | null }>(
      'SELECT r.name, r.due_on AS due, c.start_on AS start, c.end_on AS "end" FROM inspection_round r JOIN campaign c ON c.id = r.campaign_id',
    );
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      if (r.due === null) continue;
      if (r.start) expect(r.due >= r.start, `${r.name}: ${r.due} before ${r.start}`).toBe(true);
      if (r.end) expect(r.due <= r.end, `${r.name}: ${r.due} after ${r.end}`).toBe(true);
    }
    const said = q<{ v: string }>("SELECT json_extract(value_json, '$.value') AS v FROM answer WHERE json_extract(value_json, '$.kind') = 'yesno'").map((r) => r.v);
    expect(new Set(said)).toEqual(new Set(['有', '无']));
    db.close();
  });
});
