// Backups through the channels: once a day at start-up, before imports, into a
// second folder with a warning when it goes stale, and a restore that can be undone.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, Input, Output } from '../../shared/api';
import { createHandlers, invoke } from '../../electron/core/api';
import { listBackupFiles } from '../../electron/core/backup/names';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { exportCampaignText } from '../../electron/core/campaigns/catalog';
import { copyIntoStore, storedPath } from '../../electron/core/evidenceStore';
import { dumpTables, resourcesDir, tempDir } from '../support/temp';

/** A clock the test moves forward. */
function clock(iso: string) {
  let t = new Date(iso).getTime();
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function open(dataDir: string, now: () => Date, folder: string | null = null) {
  const ctx = await AppContext.open({ dataDir, resourcesDir, version: 'test', now, ...fixedPorts({ folder }) });
  const handlers = createHandlers(ctx);
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await invoke(handlers, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as Output<C>;
  };
  return { ctx, call };
}

const backups = (dataDir: string) => listBackupFiles(path.join(dataDir, 'backups')).map((b) => b.reason);

describe('backups at start-up', () => {
  it('are taken at most once a day, and not of a brand-new database', async () => {
    const dir = tempDir();
    const c = clock('2026-11-23T01:00:00Z');
    (await open(dir, c.now)).ctx.close();
    expect(backups(dir)).toEqual([]);
    c.advance(HOUR);
    (await open(dir, c.now)).ctx.close();
    c.advance(HOUR);
    (await open(dir, c.now)).ctx.close();
    expect(backups(dir)).toEqual(['startup']);
    c.advance(DAY);
    (await open(dir, c.now)).ctx.close();
    expect(backups(dir)).toEqual(['startup', 'startup']);
  });
});

describe('before an import', () => {
  it('a backup holds the state before the campaign file came in; a refused file takes none', async () => {
    const dir = tempDir();
    const { ctx, call } = await open(dir, clock('2026-11-23T01:00:00Z').now);
    const mine = { ...JSON.parse(exportCampaignText(ctx.db, 'sc-2021-division').text), id: 'hospital-2026', docNumber: '示例医发〔2026〕3号' };
    await expect(call('campaigns.import', { fileName: 'bad.json', text: '{' })).rejects.toThrow(/不是有效的 JSON/);
    expect(backups(dir)).toEqual([]);
    await call('campaigns.import', { fileName: 'mine.json', text: JSON.stringify(mine) });
    expect(backups(dir)).toEqual(['import']);
    const [listed] = await call('backup.list', undefined);
    expect(listed).toMatchObject({ reason: 'import', summary: { campaigns: 5, problems: 0, cases: 0 } });
    expect(ctx.db.prepare('SELECT count(*) FROM campaign').pluck().get()).toBe(6);
    ctx.close();
  });
});

describe('restore', () => {
  it('gives back the backup’s exact rows, and its undo gives back the exact rows before it', async () => {
    const dir = tempDir();
    const c = clock('2026-11-23T01:00:00Z');
    const { ctx, call } = await open(dir, c.now);
    await call('org.saveDepartment', { id: null, name: '医务科', category: '职能' });
    const taken = await call('backup.now', undefined);
    const atBackup = dumpTables(ctx.db);
    c.advance(HOUR);
    await call('org.saveDepartment', { id: null, name: '药剂科', category: '医技' });
    await call('org.setOperator', { operator: '王芳' });
    const beforeRestore = dumpTables(ctx.db);
    expect(beforeRestore).not.toBe(atBackup);

    const { restored, undo } = await call('backup.restore', { name: taken.name });
    expect(restored.name).toBe(taken.name);
    expect(undo.reason).toBe('restore');
    expect(dumpTables(ctx.db)).toBe(atBackup);
    expect((await call('org.get', undefined)).departments.map((d) => d.name)).toEqual(['医务科']);
    expect((await call('backup.status', undefined)).undo?.name).toBe(undo.name);

    c.advance(HOUR);
    await call('backup.undoRestore', undefined);
    expect(dumpTables(ctx.db)).toBe(beforeRestore);
    ctx.close();
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const dir = tempDir();
    const { ctx, call } = await open(dir, clock('2026-11-23T01:00:00Z').now);
    await call('org.saveDepartment', { id: null, name: '医务科', category: '职能' });
    const taken = await call('backup.now', undefined);
    fs.writeFileSync(path.join(dir, 'backups', taken.name), 'garbage'.repeat(1000));
    const before = dumpTables(ctx.db);
    await expect(call('backup.restore', { name: taken.name })).rejects.toThrow(/已损坏或不是自查通的数据库/);
    await expect(call('backup.restore', { name: '../zicha.sqlite' })).rejects.toThrow(/备份文件名不正确/);
    expect(dumpTables(ctx.db)).toBe(before);
    expect(backups(dir)).toEqual(['manual']);
    ctx.close();
  });
});

describe('the second folder', () => {
  it('gets a copy of every backup, and the status warns when it is a week old or unreachable', async () => {
    const dir = tempDir();
    const usb = tempDir();
    const c = clock('2026-11-23T01:00:00Z');
    const { ctx, call } = await open(dir, c.now, usb);
    const status = await call('backup.chooseSecondFolder', undefined);
    expect(status).toMatchObject({ secondFolder: usb, secondWrittenAt: '2026-11-23T01:00:00.000Z', secondWarning: null });
    c.advance(HOUR);
    const photo = path.join(tempDir(), '照片.png');
    fs.writeFileSync(photo, 'photo');
    const stored = copyIntoStore(ctx.evidenceDir, photo);
    const taken = await call('backup.now', undefined);
    expect(fs.readdirSync(path.join(usb, '自查通备份')).filter((f) => f.endsWith('.sqlite')).sort()).toEqual(listBackupFiles(path.join(dir, 'backups')).map((b) => b.name).sort());
    expect(fs.readFileSync(storedPath(path.join(usb, '自查通备份', 'evidence'), stored.sha256), 'utf8')).toBe('photo');
    expect(fs.readFileSync(path.join(usb, '自查通备份', taken.name)).equals(fs.readFileSync(path.join(dir, 'backups', taken.name)))).toBe(true);

    c.advance(8 * DAY);
    expect((await call('backup.status', undefined)).secondWarning).toMatch(/已超过一周没有写入/);
    fs.rmSync(usb, { recursive: true });
    expect((await call('backup.status', undefined)).secondWarning).toMatch(/现在无法访问/);
    // The drive is absent: the backup is still taken, the folder is not created on the local disk.
    await call('backup.now', undefined);
    expect(fs.existsSync(usb)).toBe(false);
    expect((await call('backup.status', undefined)).secondWarning).toMatch(/无法访问/);
    ctx.close();
  });
});

describe('the second folder inside the data folder', () => {
  it('is refused: it would be lost with the disk it should protect against', async () => {
    const dir = tempDir();
    const { ctx, call } = await open(dir, clock('2026-11-23T01:00:00Z').now, path.join(dir, 'copies'));
    await expect(call('backup.chooseSecondFolder', undefined)).rejects.toThrow(/不能在自查通的数据文件夹里面/);
    expect((await call('backup.status', undefined)).secondFolder).toBeNull();
    ctx.close();
  });
});

describe('in the sample workspace', () => {
  it('backups and restores are refused', async () => {
    const { ctx, call } = await open(tempDir(), clock('2026-11-23T01:00:00Z').now);
    await call('app.openSample', undefined);
    await expect(call('backup.now', undefined)).rejects.toThrow(/示例数据/);
    ctx.close();
  });
});
