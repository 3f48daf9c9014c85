// The migration package: exported from one data folder and imported into a fresh
// one it gives the same data and the same evidence; a damaged or hostile package
// is refused in Chinese before anything is written.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Channel, Input, Output } from '../../shared/api';
import { createHandlers, invoke } from '../../electron/core/api';
import { verifyPackage } from '../../electron/core/backup/packageImport';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { buildDemo } from '../../electron/core/demo/demo';
import { dumpTables, resourcesDir, tempDir } from '../support/temp';

const now = () => new Date('2026-11-23T01:00:00Z');

async function open(dataDir: string, ports: Parameters<typeof fixedPorts>[0] = {}) {
  const ctx = await AppContext.open({ dataDir, resourcesDir, version: '1.2.3', now, ...fixedPorts(ports) });
  const handlers = createHandlers(ctx);
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await invoke(handlers, channel, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as Output<C>;
  };
  return { ctx, call };
}

/** Every evidence file of a data folder, by relative path, with the SHA-256 of its bytes. */
function evidenceHashes(dataDir: string): Record<string, string> {
  const root = path.join(dataDir, 'evidence');
  const out: Record<string, string> = {};
  for (const prefix of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    for (const name of fs.readdirSync(path.join(root, prefix))) {
      out[`${prefix}/${name}`] = createHash('sha256').update(fs.readFileSync(path.join(root, prefix, name))).digest('hex');
    }
  }
  return out;
}

/** Everything in a folder, recursively, with sizes: equal before and after means nothing was written. */
function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort().map((f) => `${f}:${fs.statSync(path.join(dir, f)).size}`);
}

async function demoPackage() {
  const source = tempDir();
  const { ctx, call } = await open(source, { saveTo: path.join(tempDir(), '迁移包.zip') });
  buildDemo(ctx.db, { scale: 1, evidenceDir: ctx.evidenceDir });
  const done = await call('backup.exportPackage', undefined);
  if (!done) throw new Error('cancelled');
  return { source, ctx, done };
}

describe('package export and import', () => {
  it('carries the data and the evidence to a fresh data folder unchanged', async () => {
    const { source, ctx, done } = await demoPackage();
    const evidence = evidenceHashes(source);
    expect(Object.keys(evidence).length).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(done.path));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest).toMatchObject({ format: 'zicha-package', version: 1, appVersion: '1.2.3', createdAt: '2026-11-23T01:00:00.000Z' });
    expect(manifest.files).toHaveLength(Object.keys(evidence).length + 1);
    expect(done).toMatchObject({ files: manifest.files.length, note: '' });

    const target = tempDir();
    const fresh = await open(target, { openFiles: [done.path] });
    const imported = await fresh.call('backup.importPackage', undefined);
    expect(imported?.files).toBe(manifest.files.length);
    expect(dumpTables(fresh.ctx.db)).toBe(dumpTables(ctx.db));
    const problems = (c: AppContext) => c.db.prepare('SELECT number, description, department_id FROM problem ORDER BY number').all();
    expect(problems(ctx).length).toBeGreaterThan(0);
    expect(problems(fresh.ctx)).toEqual(problems(ctx));
    expect(evidenceHashes(target)).toEqual(evidence);
    for (const [rel, sha] of Object.entries(evidence)) expect(rel.endsWith(sha)).toBe(true);
    ctx.close();
    fresh.ctx.close();
  });

  it('refuses a package with one byte changed, naming the file, and writes nothing', async () => {
    const { ctx, done } = await demoPackage();
    ctx.close();
    const bytes = fs.readFileSync(done.path);
    // Evidence is stored uncompressed: change a byte inside the first evidence entry's data.
    const zip = await JSZip.loadAsync(bytes);
    const entry = Object.keys(zip.files).find((n) => /^evidence\/..\/[0-9a-f]{64}$/.test(n))!;
    const name = bytes.indexOf(Buffer.from(entry));
    const data = name + entry.length + bytes.readUInt16LE(name - 30 + 28);
    expect(bytes.readUInt32LE(name - 30)).toBe(0x04034b50); // the entry's local header
    bytes[data + 1] = (bytes[data + 1] ?? 0) ^ 0xff;
    const damaged = path.join(tempDir(), '迁移包-损坏.zip');
    fs.writeFileSync(damaged, bytes);

    const target = tempDir();
    const fresh = await open(target, { openFiles: [damaged] });
    const before = { files: listing(target), rows: dumpTables(fresh.ctx.db) };
    await expect(fresh.call('backup.importPackage', undefined)).rejects.toThrow(
      new RegExp(`迁移包“迁移包-损坏\\.zip”中的“${entry}”校验值不符.*未作任何修改`),
    );
    expect(listing(target)).toEqual(before.files);
    expect(dumpTables(fresh.ctx.db)).toBe(before.rows);
    fresh.ctx.close();
  });

  it('refuses to import over a database that already holds the office’s work', async () => {
    const { ctx, done } = await demoPackage();
    ctx.close();
    const target = tempDir();
    const busy = await open(target, { openFiles: [done.path] });
    await busy.call('org.saveDepartment', { id: null, name: '医务科', category: '职能' });
    const before = listing(target);
    await expect(busy.call('backup.importPackage', undefined)).rejects.toThrow(/已有本院的数据.*未作任何修改/);
    expect(listing(target)).toEqual(before);
    busy.ctx.close();
  });
});

describe('a hostile package', () => {
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  async function craft(entries: Record<string, Buffer | string>, files: { path: string; sha256: string; size: number }[]) {
    const zip = new JSZip();
    const manifest = { format: 'zicha-package', version: 1, appVersion: 'x', schemaVersion: 1, createdAt: 'x', files };
    zip.file('manifest.json', JSON.stringify(manifest));
    for (const [name, content] of Object.entries(entries)) zip.file(name, content);
    const file = path.join(tempDir(), 'hostile.zip');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return file;
  }

  it('that expands far beyond its declared size is stopped early (a zip bomb)', async () => {
    const bomb = Buffer.alloc(20 * 1024 * 1024);
    const db = Buffer.from('x');
    const evidence = `evidence/${sha(bomb).slice(0, 2)}/${sha(bomb)}`;
    const file = await craft({ 'zicha.sqlite': db, [evidence]: bomb }, [
      { path: 'zicha.sqlite', sha256: sha(db), size: 1 },
      { path: evidence, sha256: sha(bomb), size: 1000 },
    ]);
    expect(fs.statSync(file).size).toBeLessThan(100 * 1024);
    await expect(verifyPackage(file)).rejects.toThrow(/解压后超过其声明的大小（可能是压缩炸弹）/);
  });

  it('whose entries point outside the data folder, or are not in the manifest, is refused', async () => {
    const db = Buffer.from('x');
    const listed = [{ path: 'zicha.sqlite', sha256: sha(db), size: 1 }];
    await expect(verifyPackage(await craft({ 'zicha.sqlite': db, '../../evil.txt': 'x' }, listed))).rejects.toThrow(/指向数据文件夹之外的路径“\.\.\/\.\.\/evil\.txt”/);
    await expect(verifyPackage(await craft({ 'zicha.sqlite': db, 'extra.txt': 'x' }, listed))).rejects.toThrow(/文件清单之外的文件“extra\.txt”/);
    const traversal = [...listed, { path: '../evil', sha256: sha(db), size: 1 }];
    await expect(verifyPackage(await craft({ 'zicha.sqlite': db }, traversal))).rejects.toThrow(/不允许的文件名“\.\.\/evil”/);
  });

  it('that is not a zip, or has no manifest, is refused in Chinese', async () => {
    const notZip = path.join(tempDir(), 'a.zip');
    fs.writeFileSync(notZip, '这不是压缩包');
    await expect(verifyPackage(notZip)).rejects.toThrow(/迁移包“a\.zip”不是有效的 ZIP 文件/);
    const zip = new JSZip();
    zip.file('zicha.sqlite', 'x');
    const noManifest = path.join(tempDir(), 'b.zip');
    fs.writeFileSync(noManifest, await zip.generateAsync({ type: 'nodebuffer' }));
    await expect(verifyPackage(noManifest)).rejects.toThrow(/缺少文件清单 manifest\.json/);
  });
});
