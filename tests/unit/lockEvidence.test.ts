// The evidence store under the app lock, on real files: sealed at rest once the
// password is set (names still the plaintext's hash), read back exactly through
// preview, open-in-program and the start-up check, tampering caught and kept
// aside, opened again byte for byte when the lock is removed, and carried sealed
// through the second folder and a migration package.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Channel, Input, Output } from '../../shared/api';
import { createHandlers, invoke } from '../../electron/core/api';
import { AppContext, fixedPorts } from '../../electron/core/context';
import { openCopiesDir, storedPath } from '../../electron/core/evidenceStore';
import { addProblemEvidence } from '../../electron/core/ledger/evidence';
import { createProblem, type ProblemFields } from '../../electron/core/ledger/problems';
import { resourcesDir, tempDir } from '../support/temp';

const now = () => new Date('2026-11-23T02:00:00Z');
const MARKER = 'ZICHA-MARKER 举报人张三 身份证 450102';
const PDF = Buffer.from(`%PDF-1.4\n% ${MARKER}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`, 'utf8');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const hasMarker = (bytes: Buffer) => bytes.includes(Buffer.from(MARKER, 'utf8'));

const fields: ProblemFields = {
  source: '自查', campaignId: null, category: '', description: '举报材料核查', departmentId: null, personId: null,
  foundOn: '2026-11-20', amountFen: 0, note: '', measures: '', deadline: '2026-12-31', immediate: false,
};

interface Options { secret?: string; openFiles?: string[]; saveTo?: string; folder?: string }

async function open(dataDir: string, o: Options = {}) {
  const opened: { path: string; bytes: Buffer }[] = [];
  const ports = fixedPorts({ openFiles: o.openFiles, saveTo: o.saveTo, folder: o.folder });
  const desktop = { openPath: async (file: string) => void opened.push({ path: file, bytes: fs.readFileSync(file) }), showItemInFolder: async () => undefined };
  const ctx = await AppContext.open({ dataDir, resourcesDir, version: 'test', now, secret: o.secret, dialogs: ports.dialogs, desktop });
  const handlers = createHandlers(ctx);
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await invoke(handlers, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as Output<C>;
  };
  return { ctx, call, opened };
}

/** An office with a problem carrying a PDF (with the marker) and a PNG, plain on disk. */
async function office(o: Options = {}) {
  const dir = tempDir();
  const sources = tempDir();
  const pdf = path.join(sources, '举报材料.pdf');
  const png = path.join(sources, '退费凭证.png');
  fs.writeFileSync(pdf, PDF);
  fs.writeFileSync(png, PNG);
  const o1 = await open(dir, { ...o, openFiles: [pdf, png] });
  const problemId = createProblem(o1.ctx.db, fields, null, '王芳', o1.ctx.stamp());
  const [pdfEvidence, pngEvidence] = await o1.call('ledger.evidenceAdd', { problemId });
  if (!pdfEvidence || !pngEvidence) throw new Error('evidence not added');
  const files = { pdf: storedPath(o1.ctx.evidenceDir, sha(PDF)), png: storedPath(o1.ctx.evidenceDir, sha(PNG)) };
  return { ...o1, dir, problemId, pdfId: pdfEvidence.id, pngId: pngEvidence.id, files };
}

const decoded = (dataUrl: string) => Buffer.from(dataUrl.replace(/^data:[^,]*,/, ''), 'base64');

describe('evidence under the app lock', () => {
  it('is sealed at rest once the password is set, and reads back exactly through preview, open and the start-up check', async () => {
    const { ctx, call, dir, pdfId, files, opened } = await office();
    expect(hasMarker(fs.readFileSync(files.pdf))).toBe(true);
    await call('lock.set', { password: '正确的密码123' });
    const sealed = fs.readFileSync(files.pdf);
    expect(sealed.subarray(0, 4).toString('latin1')).toBe('ZCE1');
    expect(hasMarker(sealed)).toBe(false);
    expect(fs.readFileSync(files.png).subarray(0, 4).toString('latin1')).toBe('ZCE1');
    expect(decoded((await call('ledger.evidencePreview', { id: pdfId })).dataUrl).equals(PDF)).toBe(true);
    // Another program gets a decrypted copy in its own folder; it is gone when the app closes.
    await call('ledger.evidenceOpen', { id: pdfId });
    expect(opened[0]?.bytes.equals(PDF)).toBe(true);
    expect(path.dirname(path.dirname(opened[0]?.path ?? ''))).toBe(openCopiesDir(ctx.evidenceDir));
    expect(path.basename(opened[0]?.path ?? '')).toBe('举报材料.pdf');
    ctx.close();
    expect(fs.existsSync(opened[0]?.path ?? '')).toBe(false);

    // Locked: nothing reads; after unlocking the start-up check passes and the preview is the same.
    const locked = await open(dir);
    await expect(locked.call('ledger.evidencePreview', { id: pdfId })).rejects.toThrow(/已锁定/);
    await locked.call('lock.unlock', { password: '正确的密码123' });
    expect(locked.ctx.startupFindings).toEqual([]);
    expect(decoded((await locked.call('ledger.evidencePreview', { id: pdfId })).dataUrl).equals(PDF)).toBe(true);
    // A password change re-wraps the evidence key: no evidence file changes, and they still open.
    await locked.call('lock.change', { current: '正确的密码123', next: '新的密码456789' });
    expect(fs.readFileSync(files.pdf).equals(sealed)).toBe(true);
    locked.ctx.close();
    const again = await open(dir, { secret: '新的密码456789' });
    expect(again.ctx.startupFindings).toEqual([]);
    expect(decoded((await again.call('ledger.evidencePreview', { id: pdfId })).dataUrl).equals(PDF)).toBe(true);
    again.ctx.close();
  });

  it('catches a tampered sealed file at start-up (GCM tag), keeps it aside and deletes nothing', async () => {
    const { ctx, call, dir, pdfId, files } = await office();
    await call('lock.set', { password: '正确的密码123' });
    ctx.close();
    const tampered = fs.readFileSync(files.pdf);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 0x01;
    fs.writeFileSync(files.pdf, tampered);
    const next = await open(dir, { secret: '正确的密码123' });
    expect(next.ctx.startupFindings).toEqual([
      expect.stringMatching(new RegExp(`^佐证材料文件 ${sha(PDF).slice(0, 12)}…（2026-11-23 添加）已损坏或被改动（加密校验未通过），已改名为“${sha(PDF)}\\.damaged-20261123T020000”保留`)),
    ]);
    expect(fs.readFileSync(`${files.pdf}.damaged-20261123T020000`).equals(tampered)).toBe(true);
    expect(fs.existsSync(files.png)).toBe(true);
    await expect(next.call('ledger.evidencePreview', { id: pdfId })).rejects.toThrow(/已丢失/);
    // Tampering found on reading (not at start-up) is refused in Chinese too.
    fs.writeFileSync(files.pdf, tampered);
    await expect(next.call('ledger.evidencePreview', { id: pdfId })).rejects.toThrow(/evidenceDamaged: 佐证材料“举报材料\.pdf”的加密文件已损坏或被改动/);
    expect(fs.readFileSync(files.pdf).equals(tampered)).toBe(true);
    next.ctx.close();
  });

  it('is opened again byte for byte when the lock is removed, and new files then go in plain', async () => {
    const { ctx, call, files, problemId } = await office();
    await call('lock.set', { password: '正确的密码123' });
    expect(fs.readFileSync(files.pdf).equals(PDF)).toBe(false);
    await call('lock.remove', { current: '正确的密码123' });
    expect(fs.readFileSync(files.pdf).equals(PDF)).toBe(true);
    expect(fs.readFileSync(files.png).equals(PNG)).toBe(true);
    expect(fs.existsSync(path.join(ctx.evidenceDir, '.sealing'))).toBe(false);
    const later = path.join(tempDir(), '整改说明.pdf');
    fs.writeFileSync(later, Buffer.concat([PDF, Buffer.from('整改')]));
    const added = addProblemEvidence(ctx.db, ctx.evidenceDir, problemId, later, '王芳', ctx.stamp(), ctx.today());
    expect(fs.readFileSync(storedPath(ctx.evidenceDir, added.sha256)).equals(fs.readFileSync(later))).toBe(true);
    ctx.close();
  });

  it('finishes sealing at the next unlock when a crash left plain files behind', async () => {
    const { ctx, call, dir, files } = await office();
    await call('lock.set', { password: '正确的密码123' });
    ctx.close();
    // As if the app died mid-way: one file still plain, the marker still there.
    fs.writeFileSync(files.png, PNG);
    fs.writeFileSync(path.join(dir, 'evidence', '.sealing'), 'seal\n');
    const next = await open(dir, { secret: '正确的密码123' });
    expect(fs.readFileSync(files.png).subarray(0, 4).toString('latin1')).toBe('ZCE1');
    expect(fs.existsSync(path.join(dir, 'evidence', '.sealing'))).toBe(false);
    expect(next.ctx.startupFindings).toEqual([]);
    next.ctx.close();
  });

  it('goes to the second folder sealed, with the key file, replacing the plain copies there', async () => {
    const second = tempDir();
    const { ctx, call, files } = await office({ folder: second });
    await call('backup.chooseSecondFolder', undefined);
    const mirrored = path.join(second, '自查通备份', 'evidence', sha(PDF).slice(0, 2), sha(PDF));
    expect(fs.readFileSync(mirrored).equals(PDF)).toBe(true);
    await call('lock.set', { password: '正确的密码123' });
    await call('backup.now', undefined);
    expect(fs.readFileSync(mirrored).equals(fs.readFileSync(files.pdf))).toBe(true);
    expect(hasMarker(fs.readFileSync(mirrored))).toBe(false);
    expect(fs.readFileSync(path.join(second, '自查通备份', 'zicha.lock.json'), 'utf8')).toBe(fs.readFileSync(ctx.keyFile, 'utf8'));
    ctx.close();
  });

  it('travels sealed in a package with the key file, and previews the same bytes on a new PC after unlocking', async () => {
    const target = path.join(tempDir(), 'move.zip');
    const { ctx, call, pdfId, files } = await office({ saveTo: target });
    await call('lock.set', { password: '正确的密码123' });
    await call('backup.exportPackage', undefined);
    ctx.close();
    const zip = await JSZip.loadAsync(fs.readFileSync(target));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { files: { path: string; sha256: string; sealed?: true }[] };
    const entry = `evidence/${sha(PDF).slice(0, 2)}/${sha(PDF)}`;
    const shipped = await zip.file(entry)!.async('nodebuffer');
    expect(hasMarker(shipped)).toBe(false);
    expect(manifest.files.find((f) => f.path === entry)).toEqual({ path: entry, sha256: sha(shipped), size: shipped.length, sealed: true });
    expect(zip.file('zicha.lock.json')).not.toBeNull();

    const fresh = tempDir();
    const newPc = await open(fresh, { openFiles: [target] });
    await newPc.call('backup.importPackage', undefined);
    expect(fs.readFileSync(storedPath(newPc.ctx.evidenceDir, sha(PDF))).equals(fs.readFileSync(files.pdf))).toBe(true);
    await newPc.call('lock.unlock', { password: '正确的密码123' });
    expect(newPc.ctx.startupFindings).toEqual([]);
    expect(decoded((await newPc.call('ledger.evidencePreview', { id: pdfId })).dataUrl).equals(PDF)).toBe(true);
    newPc.ctx.close();
  });

  it('refuses a package whose sealed evidence was changed, changing nothing', async () => {
    const target = path.join(tempDir(), 'move.zip');
    const { ctx, call } = await office({ saveTo: target });
    await call('lock.set', { password: '正确的密码123' });
    await call('backup.exportPackage', undefined);
    ctx.close();
    const zip = await JSZip.loadAsync(fs.readFileSync(target));
    const entry = `evidence/${sha(PDF).slice(0, 2)}/${sha(PDF)}`;
    const bytes = await zip.file(entry)!.async('nodebuffer');
    bytes[40] = (bytes[40] ?? 0) ^ 0xff;
    zip.file(entry, bytes);
    const damaged = path.join(tempDir(), 'damaged.zip');
    fs.writeFileSync(damaged, await zip.generateAsync({ type: 'nodebuffer' }));
    const fresh = tempDir();
    const newPc = await open(fresh, { openFiles: [damaged] });
    await expect(newPc.call('backup.importPackage', undefined)).rejects.toThrow(new RegExp(`“${entry}”校验值不符.*未作任何修改`, 's'));
    expect(fs.existsSync(path.join(fresh, 'evidence', sha(PDF).slice(0, 2)))).toBe(false);
    newPc.ctx.close();
  });
});
