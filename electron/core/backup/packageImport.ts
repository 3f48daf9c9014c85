// Reading a migration package: everything is checked (entry names, declared and
// real sizes, every SHA-256, the database itself) before one byte is written;
// a damaged package is refused in Chinese, naming what is wrong.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { keyFilePath, openAnyKey } from '../db/cipher';
import JSZip from 'jszip';
import { AppError, fromZodError } from '../../../shared/errors';
import { LATEST_VERSION, schemaVersion } from '../db/open';
import { schemaDifference } from '../db/schema';
import { hasSetting } from '../db/settings';
import { pluck, sql, sqlIdent, value } from '../db/sql';
import { hasUserCampaign } from '../campaigns/reads';
import { replaceInPlace } from './restore';
import { storedPath } from '../evidenceStore';
import { isSealed } from '../lock/evidenceCipher';
import { DATABASE_ENTRY, EVIDENCE_PATH, KEY_ENTRY, MANIFEST_ENTRY, MAX_ENTRIES, MAX_MANIFEST_BYTES, MAX_PACKAGE_BYTES, manifestSchema, type Manifest } from './manifest';

export interface VerifiedPackage {
  name: string;
  zip: JSZip;
  manifest: Manifest;
  bytes: number;
}

const refuse = (name: string, what: string) => new AppError('packageDamaged', `迁移包“${name}”${what}，未作任何修改`);

/** Inflates one entry, stopping as soon as it grows past `limit` (a zip bomb is never expanded in full). */
function inflate(entry: JSZip.JSZipObject, limit: number, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy(): void };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        reject(refuse(name, `中的“${entry.name}”解压后超过其声明的大小（可能是压缩炸弹）`));
      } else chunks.push(chunk);
    });
    stream.on('error', (e: Error) => reject(refuse(name, `中的“${entry.name}”无法解压（${e.message.slice(0, 80)}）`)));
    stream.on('end', () => resolve(Buffer.concat(chunks, size)));
  });
}

/** Checks the whole package without writing anything. */
export async function verifyPackage(file: string): Promise<VerifiedPackage> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_PACKAGE_BYTES) throw refuse(name, '超过 2 GB 上限');
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('fileUnreadable', `无法读取迁移包“${name}”：文件不存在或没有读取权限`);
  }
  let zip: JSZip;
  try {
    // No checkCRC32: it would inflate every entry in full before we can look at its size.
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw refuse(name, '不是有效的 ZIP 文件（可能已损坏或不完整）');
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  if (entries.length > MAX_ENTRIES + 1) throw refuse(name, `包含的文件过多（${entries.length} 个）`);
  const unsafe = entries.find((e) => (e.unsafeOriginalName ?? e.name) !== e.name || e.name.includes('\\'));
  if (unsafe) throw refuse(name, `含有指向数据文件夹之外的路径“${(unsafe.unsafeOriginalName ?? unsafe.name).slice(0, 80)}”`);
  const manifestEntry = zip.file(MANIFEST_ENTRY);
  if (!manifestEntry) throw refuse(name, '缺少文件清单 manifest.json，不是自查通的迁移包');
  let manifest: Manifest;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse((await inflate(manifestEntry, MAX_MANIFEST_BYTES, name)).toString('utf8')));
    if (!parsed.success) throw fromZodError(parsed.error, `迁移包“${name}”的文件清单`);
    manifest = parsed.data;
  } catch (e) {
    if (e instanceof AppError) throw new AppError('packageDamaged', `${e.message}\n未作任何修改`);
    throw refuse(name, '的文件清单 manifest.json 不是有效的 JSON');
  }
  if (manifest.schemaVersion > LATEST_VERSION) {
    throw refuse(name, `来自更新版本的自查通（结构版本 ${manifest.schemaVersion}，本程序支持到 ${LATEST_VERSION}），请先升级`);
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  const extra = entries.find((e) => e.name !== MANIFEST_ENTRY && !listed.has(e.name));
  if (extra) throw refuse(name, `含有文件清单之外的文件“${extra.name.slice(0, 80)}”`);
  let database: Buffer | null = null;
  let keyFile = false;
  for (const f of manifest.files) {
    const entry = zip.file(f.path);
    if (!entry) throw refuse(name, `缺少清单中的文件“${f.path}”`);
    const content = await inflate(entry, f.size, name);
    if (content.length !== f.size) throw refuse(name, `中的“${f.path}”大小不符（清单 ${f.size} 字节，实际 ${content.length} 字节）`);
    if (createHash('sha256').update(content).digest('hex') !== f.sha256) throw refuse(name, `中的“${f.path}”校验值不符（文件已损坏或被改动）`);
    // A sealed file's plaintext hash is checked when it is first read after unlocking (and by the start-up check).
    if (f.sealed && !isSealed(content)) throw refuse(name, `中的“${f.path}”标为加密，但不是自查通加密的佐证材料`);
    if (f.path === DATABASE_ENTRY) database = content;
    if (f.path === KEY_ENTRY) keyFile = true;
  }
  if (database) checkPackagedDatabase(database, name, keyFile);
  return { name, zip, manifest, bytes: bytes.length };
}

/**
 * Opens the packaged database in memory. An encrypted one cannot be opened before
 * its password is given: its bytes are vouched for by the manifest's hash, and
 * it is checked in full at its first unlock (the start-up check).
 */
function checkPackagedDatabase(content: Buffer, name: string, hasKeyFile: boolean): void {
  if (!content.subarray(0, 16).equals(Buffer.from('SQLite format 3\0', 'latin1'))) {
    if (!hasKeyFile) throw refuse(name, '中的数据库已加密，但缺少应用锁密钥文件 zicha.lock.json');
    return;
  }
  let verdict: string;
  let version: number;
  let difference: string | null = null;
  try {
    const db = new Database(content);
    try {
      verdict = String(db.pragma('quick_check', { simple: true }));
      version = schemaVersion(db);
      if (verdict === 'ok' && version >= 1 && version <= LATEST_VERSION) difference = schemaDifference(db, version);
    } finally {
      db.close();
    }
  } catch {
    throw refuse(name, '中的数据库无法打开');
  }
  if (verdict !== 'ok') throw refuse(name, '中的数据库已损坏（完整性检查未通过）');
  if (version < 1 || version > LATEST_VERSION) throw refuse(name, `中的数据库结构版本 ${version} 不受支持`);
  if (difference) throw refuse(name, `中的数据库${difference}`);
}

/** Tables that hold the office's own work; a database with rows in any of them is not empty. */
const OFFICE_TABLES = ['inspection_round', 'problem', 'clue', 'case_record', 'department', 'person', 'evidence_file', 'stat_figure'];

/** Refuses to put a package over a database that already holds the office's work. */
export function refuseNonEmpty(databaseFile: string): void {
  if (!fs.existsSync(databaseFile) || fs.statSync(databaseFile).size === 0) return;
  const db = openAnyKey(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const tables = new Set(pluck<string>(db, sql`SELECT name FROM sqlite_schema WHERE type = 'table'`));
    const busy =
      OFFICE_TABLES.some((t) => tables.has(t) && value(db, sql`SELECT 1 FROM ${sqlIdent(t)} LIMIT 1`) !== undefined) ||
      (tables.has('campaign') && hasUserCampaign(db)) ||
      (tables.has('setting') && hasSetting(db, 'hospital'));
    if (busy) {
      throw new AppError(
        'databaseNotEmpty',
        `数据库“${path.basename(databaseFile)}”中已有本院的数据，迁移包只能导入到新安装的自查通（空数据库）；未作任何修改。如确需替换，请先在“设置 → 数据备份”中备份，再换一个新的数据文件夹导入`,
      );
    }
  } finally {
    db.close();
  }
}

/** Writes a verified package: evidence first (content-addressed, harmless if left over), the database last. */
export async function writePackage(pkg: VerifiedPackage, databaseFile: string, evidenceDir: string): Promise<number> {
  // The key file goes in just before the database: neither is any use without the other.
  const rank = (p: string) => (p === DATABASE_ENTRY ? 2 : p === KEY_ENTRY ? 1 : 0);
  const ordered = [...pkg.manifest.files].sort((a, b) => rank(a.path) - rank(b.path));
  let written = 0;
  for (const f of ordered) {
    const entry = pkg.zip.file(f.path);
    if (!entry) throw refuse(pkg.name, `缺少清单中的文件“${f.path}”`);
    const content = await inflate(entry, f.size, pkg.name);
    const evidence = EVIDENCE_PATH.exec(f.path)?.[2] ?? f.sha256;
    const target = f.path === DATABASE_ENTRY ? databaseFile : f.path === KEY_ENTRY ? keyFilePath(databaseFile) : storedPath(evidenceDir, evidence);
    refuseLinks(pkg.name, path.dirname(databaseFile), target);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const partial = `${target}.${process.pid}.partial`;
    try {
      // Inside the try: a write cut short (a full disk) leaves no partial either.
      fs.writeFileSync(partial, content, { flag: 'wx' });
      // The database goes into the (empty) file in place, while no one else has it open.
      if (f.path === DATABASE_ENTRY) await replaceInPlace(partial, target, 'any');
      else fs.renameSync(partial, target);
    } catch (e) {
      fs.rmSync(partial, { force: true });
      // A key file without its database would lock a plain one.
      if (f.path === DATABASE_ENTRY && pkg.manifest.files.some((x) => x.path === KEY_ENTRY)) fs.rmSync(keyFilePath(databaseFile), { force: true });
      throw e;
    }
    written += content.length;
  }
  return written;
}

/** Refuses to write through a symbolic link already inside the data folder (it could point anywhere). */
function refuseLinks(name: string, root: string, target: string): void {
  const relative = path.relative(root, target).split(path.sep);
  let at = root;
  for (const part of relative) {
    at = path.join(at, part);
    let link = false;
    try {
      link = fs.lstatSync(at).isSymbolicLink();
    } catch {
      return; // nothing there yet: created by us, not followed
    }
    if (link) throw new AppError('packageTargetLink', `迁移包“${name}”未导入：数据文件夹中的“${path.relative(root, at)}”是指向别处的链接，自查通不会经由它写入；请删除该链接后重试。未作任何修改`);
  }
}
