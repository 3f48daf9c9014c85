// 整改佐证材料 on a real SQLite file with real files: stored once beside the
// self-inspection evidence, listed, previewed, hidden and restored with a history
// row each time, and frozen once the problem is 已销号.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, invoke } from '../../electron/core/api';
import { AppContext } from '../../electron/core/context';
import { storedPath } from '../../electron/core/evidenceStore';
import { addEvidence } from '../../electron/core/inspection/evidence';
import {
  addProblemEvidence, listProblemEvidence, previewProblemEvidence, problemEvidencePath, removeProblemEvidence, restoreProblemEvidence,
} from '../../electron/core/ledger/evidence';
import { createProblem, type ProblemFields } from '../../electron/core/ledger/problems';
import { applyAction, getProblem } from '../../electron/core/ledger/rectification';
import { AT, guangxiRound } from '../support/round';
import { dumpTables, resourcesDir, tempDir } from '../support/temp';

// A 1×1 red PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
const TODAY = '2020-10-08';
const LATER = '2020-10-09T02:00:00.000Z';

const fields = (over: Partial<ProblemFields> = {}): ProblemFields => ({
  source: '自查', campaignId: null, category: '', description: '门诊收费项目与物价公示不符', departmentId: null, personId: null,
  foundOn: '2020-10-08', amountFen: 0, note: '', measures: '', deadline: '2020-12-31', immediate: false, ...over,
});

async function setup() {
  const r = await guangxiRound();
  const store = path.join(path.dirname(r.file), 'evidence');
  const photo = path.join(tempDir(), '退费凭证.png');
  fs.writeFileSync(photo, PNG);
  const id = createProblem(r.db, fields(), null, '王芳', AT);
  return { ...r, store, photo, id };
}

const evidenceHistory = (db: Awaited<ReturnType<typeof setup>>['db'], id: number) =>
  getProblem(db, id, TODAY).history.filter((h) => h.field === 'evidence').map((h) => [h.by, h.old, h.new]);

describe('problem evidence', () => {
  it('is stored under its hash, listed with name, size, who and when, and recorded in the history', async () => {
    const { db, store, photo, id } = await setup();
    const e = addProblemEvidence(db, store, id, photo, '李强', LATER, TODAY);
    const sha = createHash('sha256').update(PNG).digest('hex');
    expect(e).toEqual({
      id: e.id, problemId: id, sha256: sha, originalName: '退费凭证.png', size: PNG.length, mime: 'image/png',
      addedBy: '李强', addedAt: LATER, removedAt: null,
    });
    expect(fs.readFileSync(storedPath(store, sha)).equals(PNG)).toBe(true);
    fs.rmSync(photo);
    expect(previewProblemEvidence(db, store, e.id)).toEqual({ mime: 'image/png', name: '退费凭证.png', dataUrl: `data:image/png;base64,${PNG.toString('base64')}` });
    expect(listProblemEvidence(db, id, false, TODAY)).toEqual([e]);
    expect(evidenceHistory(db, id)).toEqual([['李强', null, '退费凭证.png']]);
    expect(getProblem(db, id, TODAY).problem.updatedAt).toBe(LATER);
    db.close();
  });

  it('shares the store with self-inspection evidence: the same content is kept once', async () => {
    const { db, round, store, photo, id } = await setup();
    addEvidence(db, store, round.id, 'cl2-i3', photo, '王芳', AT);
    addProblemEvidence(db, store, id, photo, '王芳', AT, TODAY);
    expect(db.prepare('SELECT count(*) FROM evidence_file').pluck().get()).toBe(1);
    expect(fs.readdirSync(store).flatMap((d) => fs.readdirSync(path.join(store, d)))).toHaveLength(1);
    db.close();
  });

  it('is hidden on removal and can be restored; the stored file stays and each step is in the history', async () => {
    const { db, store, photo, id } = await setup();
    const e = addProblemEvidence(db, store, id, photo, '王芳', AT, TODAY);
    expect(removeProblemEvidence(db, e.id, '李强', LATER, TODAY)).toMatchObject({ removedAt: LATER });
    expect(listProblemEvidence(db, id, false, TODAY)).toEqual([]);
    expect(listProblemEvidence(db, id, true, TODAY)).toHaveLength(1);
    expect(fs.existsSync(storedPath(store, e.sha256))).toBe(true);
    // Removing twice is not a second change.
    removeProblemEvidence(db, e.id, '李强', LATER, TODAY);
    expect(restoreProblemEvidence(db, e.id, '李强', LATER, TODAY).removedAt).toBeNull();
    expect(evidenceHistory(db, id)).toEqual([
      ['王芳', null, '退费凭证.png'],
      ['李强', '退费凭证.png', null],
      ['李强', null, '退费凭证.png'],
    ]);
    db.close();
  });

  it('cannot be added, removed or restored once the problem is 已销号, until it is reopened', async () => {
    const { db, store, photo, id } = await setup();
    const kept = addProblemEvidence(db, store, id, photo, '王芳', AT, TODAY);
    const other = path.join(tempDir(), '整改报告.pdf');
    fs.writeFileSync(other, '%PDF-1.4\n');
    const hidden = addProblemEvidence(db, store, id, other, '王芳', AT, TODAY);
    removeProblemEvidence(db, hidden.id, '王芳', AT, TODAY);
    for (const action of ['start', 'complete', 'verifyPass', 'signOff'] as const) applyAction(db, id, action, { reason: '进展见整改报告' }, '王芳', AT, TODAY);
    const before = dumpTables(db);
    const refused = /WT2020-0001 已销号，只能查看/;
    expect(() => addProblemEvidence(db, store, id, photo, '王芳', AT, TODAY)).toThrow(refused);
    expect(() => removeProblemEvidence(db, kept.id, '王芳', AT, TODAY)).toThrow(refused);
    expect(() => restoreProblemEvidence(db, hidden.id, '王芳', AT, TODAY)).toThrow(refused);
    expect(dumpTables(db)).toBe(before);
    // Looking stays possible.
    expect(listProblemEvidence(db, id, false, TODAY)).toHaveLength(1);
    expect(previewProblemEvidence(db, store, kept.id).mime).toBe('image/png');
    applyAction(db, id, 'reopen', { reason: '补充退费凭证' }, '王芳', AT, TODAY);
    expect(restoreProblemEvidence(db, hidden.id, '王芳', AT, TODAY).removedAt).toBeNull();
    db.close();
  });

  it('refuses a missing file, an unknown problem and unknown evidence, in Chinese', async () => {
    const { db, store, photo, id } = await setup();
    expect(() => addProblemEvidence(db, store, id, path.join(tempDir(), '没有.pdf'), '王芳', AT, TODAY)).toThrow(/无法读取文件“没有.pdf”/);
    expect(() => addProblemEvidence(db, store, 999, photo, '王芳', AT, TODAY)).toThrow(/找不到该问题/);
    expect(() => listProblemEvidence(db, 999, true, TODAY)).toThrow(/找不到该问题/);
    expect(() => removeProblemEvidence(db, 999, '王芳', AT, TODAY)).toThrow(/找不到该佐证材料/);
    expect(db.prepare('SELECT count(*) FROM problem_evidence').pluck().get()).toBe(0);
    db.close();
  });

  it('never previews a damaged or lost copy, and offers no preview for other kinds', async () => {
    const { db, store, photo, id } = await setup();
    const e = addProblemEvidence(db, store, id, photo, '王芳', AT, TODAY);
    fs.writeFileSync(storedPath(store, e.sha256), Buffer.from('tampered'));
    expect(() => previewProblemEvidence(db, store, e.id)).toThrow(/已损坏/);
    fs.rmSync(storedPath(store, e.sha256));
    expect(() => previewProblemEvidence(db, store, e.id)).toThrow(/已丢失/);
    expect(() => problemEvidencePath(db, store, e.id)).toThrow(/已丢失/);
    const doc = path.join(tempDir(), '整改方案.docx');
    fs.writeFileSync(doc, 'PK');
    const d = addProblemEvidence(db, store, id, doc, '王芳', AT, TODAY);
    expect(() => previewProblemEvidence(db, store, d.id)).toThrow(/不能在自查通中预览/);
    db.close();
  });
});

describe('the problem evidence channels', () => {
  async function open(chosen: string[]) {
    const opened: string[] = [];
    const titles: string[] = [];
    const dataDir = tempDir();
    const ctx = await AppContext.open({
      dataDir, resourcesDir, version: '0.0.0-test', now: () => new Date('2020-10-08T10:00:00+08:00'),
      dialogs: {
        saveFile: async () => null,
        openFiles: async ({ title }) => {
          titles.push(title);
          return chosen;
        },
        chooseFolder: async () => null,
      },
      desktop: { openPath: async (file) => void opened.push(file), showItemInFolder: async () => undefined },
    });
    const id = createProblem(ctx.db, fields(), null, '王芳', AT);
    return { ctx, handlers: createHandlers(ctx), id, opened, titles, dataDir };
  }

  it('adds what the file dialog chose, previews and opens it; a cancelled dialog adds nothing', async () => {
    const photo = path.join(tempDir(), '退费凭证.png');
    fs.writeFileSync(photo, PNG);
    const { ctx, handlers, id, opened, titles, dataDir } = await open([photo]);
    const added = await invoke(handlers, 'ledger.evidenceAdd', { problemId: id });
    expect(added).toMatchObject({ ok: true, value: [{ problemId: id, originalName: '退费凭证.png' }] });
    expect(titles).toEqual(['选择整改佐证材料']);
    const evidenceId = added.ok ? (added.value as { id: number }[])[0]?.id : 0;
    expect(await invoke(handlers, 'ledger.evidencePreview', { id: evidenceId })).toMatchObject({ ok: true, value: { mime: 'image/png' } });
    expect(await invoke(handlers, 'ledger.evidenceOpen', { id: evidenceId })).toEqual({ ok: true, value: null });
    expect(opened).toEqual([storedPath(path.join(dataDir, 'evidence'), createHash('sha256').update(PNG).digest('hex'))]);
    expect(await invoke(handlers, 'ledger.evidenceRemove', { id: evidenceId })).toMatchObject({ ok: true, value: { removedAt: expect.any(String) } });
    expect(await invoke(handlers, 'ledger.evidenceList', { problemId: id, includeRemoved: false })).toEqual({ ok: true, value: [] });
    expect(await invoke(handlers, 'ledger.evidenceRestore', { id: evidenceId })).toMatchObject({ ok: true, value: { removedAt: null } });
    ctx.close();
    const cancelled = await open([]);
    expect(await invoke(cancelled.handlers, 'ledger.evidenceAdd', { problemId: cancelled.id })).toEqual({ ok: true, value: [] });
    cancelled.ctx.close();
  });

  it.each([
    ['an extra key', 'ledger.evidenceAdd', { problemId: 1, path: '/etc/passwd' }],
    ['a path instead of an id', 'ledger.evidenceOpen', { id: '../../zicha.sqlite' }],
    ['a missing flag', 'ledger.evidenceList', { problemId: 1 }],
  ])('refuses %s', async (_name, channel, input) => {
    const { ctx, handlers } = await open([]);
    expect(await invoke(handlers, channel, input)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    ctx.close();
  });
});
