// Start-up checks: a damaged database is kept aside (never deleted) and the
// officer is told which backup to restore; damaged recent evidence is kept aside too.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createHandlers, invoke } from '../../electron/core/api';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { copyIntoStore, recordStoredFile, storedPath } from '../../electron/core/evidenceStore';
import { dumpTables, resourcesDir, tempDir } from '../support/temp';

const at = (iso: string) => () => new Date(iso);
const open = (dataDir: string, iso: string) => AppContext.open({ dataDir, resourcesDir, version: 'test', now: at(iso), ...fixedPorts() });

/** Overwrites pages in the middle of the file, leaving the header (page 1) intact. */
function damage(file: string) {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  for (let p = Math.floor(pages / 3); p < Math.floor(pages / 3) + 4; p++) bytes.fill(0x5a, p * pageSize, p * pageSize + pageSize);
  fs.writeFileSync(file, bytes);
}

describe('a damaged database at start-up', () => {
  it('is kept aside under another name, and the error names the last good backup', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'zicha.sqlite');
    const first = await open(dir, '2026-11-22T01:00:00Z');
    first.db.prepare("INSERT INTO department (name, category) VALUES ('医务科', '职能')").run();
    first.close();
    const second = await open(dir, '2026-11-23T01:00:00Z'); // takes the day's start-up backup
    const good = dumpTables(second.db);
    second.close();
    const [backup] = fs.readdirSync(path.join(dir, 'backups'));
    expect(backup).toMatch(/-startup-20261123T010000-000-[0-9a-z]{4}\.sqlite$/);

    damage(file);
    const damagedBytes = fs.readFileSync(file);
    const error = await open(dir, '2026-11-23T02:00:00Z').then(() => null, (e: unknown) => e as Error & { code: string });
    expect(error?.code).toBe('databaseDamaged');
    expect(error?.message).toContain('数据库文件“zicha.sqlite”已损坏');
    expect(error?.message).toContain('zicha.sqlite.damaged-20261123T020000');
    expect(error?.message).toContain(`最近一次完好的备份是“${backup}”`);
    // Nothing deleted: the damaged bytes are kept aside whole, the backup is untouched.
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'zicha.sqlite.damaged-20261123T020000')).equals(damagedBytes)).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([backup]);

    // The next start opens a fresh database, from which the named backup restores.
    const ctx = await open(dir, '2026-11-23T03:00:00Z');
    const result = await invoke(createHandlers(ctx), 'backup.restore', { name: backup ?? '' });
    expect(result.ok).toBe(true);
    expect(dumpTables(ctx.db)).toBe(good);
    ctx.close();
  });

  it('is left as it was when it is not a database at all (it may be another file named by --db)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'zicha.sqlite');
    fs.writeFileSync(file, '这不是数据库'.repeat(200));
    await expect(open(dir, '2026-11-23T02:00:00Z')).rejects.toThrow(/不是自查通的数据库/);
    expect(fs.readdirSync(dir)).toEqual(['zicha.sqlite']);
  });
});

describe('recent evidence at start-up', () => {
  it('a file whose hash is wrong is kept aside and reported; older files are not hashed', async () => {
    const dir = tempDir();
    const ctx = await open(dir, '2026-11-23T01:00:00Z');
    const source = path.join(tempDir(), '现场照片.png');
    fs.writeFileSync(source, 'photo');
    const recent = copyIntoStore(ctx.evidenceDir, source);
    recordStoredFile(ctx.db, recent, '2026-11-20T01:00:00.000Z');
    fs.writeFileSync(source, 'old photo');
    const old = copyIntoStore(ctx.evidenceDir, source);
    recordStoredFile(ctx.db, old, '2026-09-01T01:00:00.000Z');
    ctx.close();
    fs.appendFileSync(storedPath(ctx.evidenceDir, recent.sha256), 'x');
    fs.appendFileSync(storedPath(ctx.evidenceDir, old.sha256), 'x');

    const again = await open(dir, '2026-11-23T02:00:00Z');
    expect(again.startupFindings).toEqual([
      expect.stringMatching(new RegExp(`^佐证材料文件 ${recent.sha256.slice(0, 12)}…（2026-11-20 添加）已损坏（校验值不符），已改名为“${recent.sha256}\\.damaged-20261123T020000”保留`)),
    ]);
    expect(fs.readFileSync(storedPath(ctx.evidenceDir, recent.sha256) + '.damaged-20261123T020000', 'utf8')).toBe('photox');
    const status = await invoke(createHandlers(again), 'backup.status', undefined);
    expect(status).toMatchObject({ ok: true, value: { findings: again.startupFindings } });
    again.close();
    const raw = new Database(path.join(dir, 'zicha.sqlite'), { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM evidence_file').pluck().get()).toBe(2);
    raw.close();
  });
});
