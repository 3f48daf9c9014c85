// Evidence files in the store: copied under their SHA-256, previewed, removed and
// restored until the round closes, and never shown when the copy is damaged.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEvidence, listEvidence, previewEvidence, removeEvidence, restoreEvidence, storedPath } from '../../electron/core/inspection/evidence';
import { closeRound, getRoundDetail, reopenRound } from '../../electron/core/inspection/rounds';
import { tempDir } from '../support/temp';
import { AT, guangxiRound } from '../support/round';

// A 1×1 red PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

async function setup() {
  const r = await guangxiRound();
  const store = path.join(path.dirname(r.file), 'evidence');
  const source = path.join(tempDir(), '现场检查照片.png');
  fs.writeFileSync(source, PNG);
  return { ...r, store, source };
}

describe('evidence', () => {
  it('is copied into the store under its hash and listed with name, size, who and when', async () => {
    const { db, round, store, source } = await setup();
    const e = addEvidence(db, store, round.id, 'cl2-i3', source, '王芳', AT);
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(e).toMatchObject({ elementId: 'cl2-i3', sha256: sha, originalName: '现场检查照片.png', size: PNG.length, mime: 'image/png', addedBy: '王芳', addedAt: AT, removedAt: null });
    expect(fs.readFileSync(storedPath(store, sha)).equals(PNG)).toBe(true);
    fs.rmSync(source);
    expect(previewEvidence(db, store, e.id)).toEqual({ mime: 'image/png', name: '现场检查照片.png', dataUrl: `data:image/png;base64,${PNG.toString('base64')}` });
    expect(getRoundDetail(db, round.id).elements.find((x) => x.elementId === 'cl2-i3')?.evidenceCount).toBe(1);
    db.close();
  });

  it('stores the same content once however often it is attached', async () => {
    const { db, round, store, source } = await setup();
    addEvidence(db, store, round.id, 'cl2-i3', source, '王芳', AT);
    addEvidence(db, store, round.id, 'cl2-i4', source, '王芳', AT);
    expect(db.prepare('SELECT count(*) FROM evidence_file').pluck().get()).toBe(1);
    expect(listEvidence(db, round.id, null, false)).toHaveLength(2);
    db.close();
  });

  it('can be removed and restored until the round is closed', async () => {
    const { db, round, store, source } = await setup();
    const e = addEvidence(db, store, round.id, 'cl2-i3', source, '王芳', AT);
    expect(removeEvidence(db, e.id, '李强', AT).removedAt).toBe(AT);
    expect(listEvidence(db, round.id, 'cl2-i3', false)).toEqual([]);
    expect(listEvidence(db, round.id, 'cl2-i3', true)).toHaveLength(1);
    expect(fs.existsSync(storedPath(store, e.sha256))).toBe(true);
    expect(restoreEvidence(db, e.id).removedAt).toBeNull();
    removeEvidence(db, e.id, '李强', AT);
    closeRound(db, round.id, '王芳', AT);
    expect(() => restoreEvidence(db, e.id)).toThrow(/已归档/);
    expect(() => addEvidence(db, store, round.id, 'cl2-i3', source, '王芳', AT)).toThrow(/已归档/);
    reopenRound(db, round.id, '补充材料', '王芳', AT);
    expect(restoreEvidence(db, e.id).removedAt).toBeNull();
    db.close();
  });

  it('refuses a missing file, a folder, and an unknown item, in Chinese', async () => {
    const { db, round, store, source } = await setup();
    expect(() => addEvidence(db, store, round.id, 'cl2-i3', path.join(tempDir(), '没有.pdf'), '王芳', AT)).toThrow(/无法读取文件“没有.pdf”/);
    expect(() => addEvidence(db, store, round.id, 'cl2-i3', tempDir(), '王芳', AT)).toThrow(/无法读取文件/);
    expect(() => addEvidence(db, store, round.id, 'nope', source, '王芳', AT)).toThrow(/没有编号为“nope”/);
    db.close();
  });

  it('never previews a damaged copy, and offers no preview for other kinds', async () => {
    const { db, round, store, source } = await setup();
    const e = addEvidence(db, store, round.id, 'cl2-i3', source, '王芳', AT);
    fs.writeFileSync(storedPath(store, e.sha256), Buffer.from('tampered'));
    expect(() => previewEvidence(db, store, e.id)).toThrow(/已损坏/);
    fs.rmSync(storedPath(store, e.sha256));
    expect(() => previewEvidence(db, store, e.id)).toThrow(/已丢失/);
    const doc = path.join(tempDir(), '整改方案.docx');
    fs.writeFileSync(doc, 'PK');
    const d = addEvidence(db, store, round.id, 'cl2-i3', doc, '王芳', AT);
    expect(() => previewEvidence(db, store, d.id)).toThrow(/不能在自查通中预览/);
    db.close();
  });
});
