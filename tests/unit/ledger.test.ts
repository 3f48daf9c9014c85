// The ledger on a real SQLite file: every status move (and the illegal ones refused
// in Chinese), history rows, warnings on a fixed clock, totals that add up.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECTIFICATION_STATUSES, allowedActions, warningLevel, type RectificationAction, type RectificationStatus } from '../../shared/ledger';
import { openCatalogDatabase } from '../../electron/core/context';
import { createProblem, updateProblem, type ProblemFields } from '../../electron/core/ledger/problems';
import { ledgerTotals, listProblems, totalsBy, warningsByDepartment } from '../../electron/core/ledger/query';
import { addProgress, applyAction, getProblem } from '../../electron/core/ledger/rectification';
import { saveDepartment } from '../../electron/core/org/org';
import { dumpTables, resourcesDir, tempDir } from '../support/temp';

const AT = '2020-11-20T01:00:00.000Z';
const TODAY = '2020-11-20';

const fields = (over: Partial<ProblemFields> = {}): ProblemFields => ({
  source: '自查', campaignId: 'sc-2020-96', category: '合理用药', description: '抗菌药物使用强度超标', departmentId: null, personId: null,
  foundOn: '2020-10-08', amountFen: 0, note: '', measures: '开展处方点评', deadline: '2020-12-31', immediate: false, ...over,
});

async function ledger() {
  const db = await openCatalogDatabase(path.join(tempDir(), 'z.sqlite'), resourcesDir, () => new Date(AT));
  return db;
}

const act = (db: Awaited<ReturnType<typeof ledger>>, id: number, action: RectificationAction, d = {}) => applyAction(db, id, action, d, '王芳', AT, TODAY);

describe('the rectification workflow', () => {
  it('goes 待整改 → 整改中 → 已完成 → 已验证 → 已销号, recording who and when', async () => {
    const db = await ledger();
    const id = createProblem(db, fields(), null, '王芳', AT);
    expect(getProblem(db, id, TODAY).problem).toMatchObject({ number: 'WT2020-0001', status: 'pending' });
    act(db, id, 'start');
    addProgress(db, id, '2020-11-01', '已完成第一轮处方点评', '李强', AT, TODAY);
    act(db, id, 'complete');
    act(db, id, 'verifyPass', { checker: '纪检监察室 张敏', findings: '抽查 50 张处方，未见问题' });
    act(db, id, 'signOff', { reason: '处方点评记录为纸质件' });
    const d = getProblem(db, id, TODAY);
    expect(d.problem).toMatchObject({ status: 'signedOff', signedOffBy: '王芳', signedOffOn: TODAY });
    expect(d.progress.map((p) => p.text)).toEqual(['已完成第一轮处方点评']);
    expect(d.verifications).toMatchObject([{ passed: true, checker: '纪检监察室 张敏' }]);
    expect(d.history.filter((h) => h.field === 'status').map((h) => `${h.old}→${h.new}`)).toEqual([
      'pending→inProgress', 'inProgress→done', 'done→verified', 'verified→signedOff',
    ]);
    expect(d.actions).toEqual(['reopen']);
    db.close();
  });

  it('refuses every illegal move in Chinese and changes nothing', async () => {
    const db = await ledger();
    const all: RectificationAction[] = ['start', 'stage', 'resume', 'complete', 'verifyPass', 'verifyFail', 'signOff', 'reopen'];
    const id = createProblem(db, fields(), null, '王芳', AT);
    for (const action of all.filter((a) => !allowedActions('pending', false).includes(a))) {
      const before = dumpTables(db);
      expect(() => act(db, id, action, { nextMilestone: '2021-01-31', findings: 'x', reason: 'x' })).toThrow(/不能“/);
      expect(dumpTables(db)).toBe(before);
    }
    expect(() => act(db, id, 'complete')).toThrow(/非立行立改的问题须先开始整改/);
    db.close();
  });

  it('lets 立行立改 finish at once, and still needs verification and sign-off', async () => {
    const db = await ledger();
    const id = createProblem(db, fields({ immediate: true }), null, '王芳', AT);
    act(db, id, 'complete');
    expect(getProblem(db, id, TODAY).actions).toEqual(['verifyPass', 'verifyFail']);
    db.close();
  });

  it('needs a milestone for 阶段性完成, a reason to fail a check and to reopen', async () => {
    const db = await ledger();
    const id = createProblem(db, fields(), null, '王芳', AT);
    act(db, id, 'start');
    expect(() => act(db, id, 'stage')).toThrow(/下一节点日期/);
    act(db, id, 'stage', { nextMilestone: '2021-03-31' });
    expect(getProblem(db, id, TODAY).problem).toMatchObject({ status: 'staged', nextMilestone: '2021-03-31' });
    act(db, id, 'complete');
    expect(() => act(db, id, 'verifyFail')).toThrow(/须写明原因/);
    act(db, id, 'verifyFail', { findings: '整改资料不全' });
    expect(getProblem(db, id, TODAY).problem.status).toBe('inProgress');
    act(db, id, 'complete');
    act(db, id, 'verifyPass');
    act(db, id, 'signOff', { reason: '整改资料为纸质件' });
    expect(() => updateProblem(db, id, { measures: '改' }, '王芳', AT, TODAY)).toThrow(/已销号/);
    expect(() => addProgress(db, id, TODAY, '补充', '王芳', AT, TODAY)).toThrow(/已销号/);
    expect(() => act(db, id, 'reopen')).toThrow(/须填写原因/);
    act(db, id, 'reopen', { reason: '上级督查发现反弹' });
    expect(getProblem(db, id, TODAY).problem).toMatchObject({ status: 'inProgress', signedOffBy: null });
    db.close();
  });
});

describe('sign-off', () => {
  it('without a progress entry or an evidence file needs a reason, which the history keeps', async () => {
    const db = await ledger();
    const id = createProblem(db, fields(), null, '王芳', AT);
    act(db, id, 'start');
    act(db, id, 'complete');
    act(db, id, 'verifyPass');
    const before = dumpTables(db);
    expect(() => act(db, id, 'signOff')).toThrow('问题 WT2020-0001 没有整改进展，也没有整改佐证材料，销号须写明理由');
    expect(() => act(db, id, 'signOff', { reason: '  ' })).toThrow(/须写明理由/);
    expect(dumpTables(db)).toBe(before);
    act(db, id, 'signOff', { reason: '整改报告为纸质件，已归档' });
    const d = getProblem(db, id, TODAY);
    expect(d.problem.status).toBe('signedOff');
    expect(d.history.filter((h) => h.field === 'signOffReason').map((h) => h.new)).toEqual(['没有整改进展、整改佐证材料：整改报告为纸质件，已归档']);
    db.close();
  });

  it('names only what is missing, and asks nothing when progress and evidence are there', async () => {
    const db = await ledger();
    const id = createProblem(db, fields(), null, '王芳', AT);
    act(db, id, 'start');
    addProgress(db, id, '2020-11-01', '已完成处方点评', '王芳', AT, TODAY);
    act(db, id, 'complete');
    act(db, id, 'verifyPass');
    expect(() => act(db, id, 'signOff')).toThrow('问题 WT2020-0001 没有整改佐证材料，销号须写明理由');
    db.prepare("INSERT INTO evidence_file (sha256, size, mime, stored_at) VALUES ('ab', 1, 'image/png', ?)").run(AT);
    db.prepare("INSERT INTO problem_evidence (problem_id, sha256, original_name, added_by, added_at) VALUES (?, 'ab', '凭证.png', '王芳', ?)").run(id, AT);
    expect(getProblem(db, id, TODAY).evidenceCount).toBe(1);
    act(db, id, 'signOff');
    expect(getProblem(db, id, TODAY).history.some((h) => h.field === 'signOffReason')).toBe(false);
    db.close();
  });
});

describe('history', () => {
  it('keeps who, when, field, old and new for every change', async () => {
    const db = await ledger();
    const dept = saveDepartment(db, { id: null, name: '药剂科', category: '医技' });
    const id = createProblem(db, fields(), null, '王芳', AT);
    updateProblem(db, id, { departmentId: dept, deadline: '2021-01-15', measures: '开展处方点评' }, '李强', AT, TODAY);
    const history = getProblem(db, id, TODAY).history;
    expect(history.map((h) => [h.by, h.field, h.old, h.new])).toEqual([
      ['王芳', 'created', null, '登记'],
      ['李强', 'departmentId', null, String(dept)],
      ['李强', 'deadline', '2020-12-31', '2021-01-15'],
    ]);
    db.close();
  });
});

describe('warnings on a fixed clock', () => {
  it('are yellow at 20 days, orange at 10, red when overdue, none when finished', () => {
    expect(warningLevel('inProgress', '2020-12-11', TODAY)).toBeNull();
    expect(warningLevel('inProgress', '2020-12-10', TODAY)).toBe('yellow');
    expect(warningLevel('pending', '2020-12-01', TODAY)).toBe('yellow');
    expect(warningLevel('pending', '2020-11-30', TODAY)).toBe('orange');
    expect(warningLevel('staged', TODAY, TODAY)).toBe('orange');
    expect(warningLevel('inProgress', '2020-11-19', TODAY)).toBe('red');
    expect(warningLevel('done', '2020-11-19', TODAY)).toBeNull();
    expect(warningLevel('inProgress', null, TODAY)).toBeNull();
  });

  it('are counted per department and filter the ledger', async () => {
    const db = await ledger();
    const dept = saveDepartment(db, { id: null, name: '医保办', category: '职能' });
    for (const deadline of ['2020-11-01', '2020-11-25', '2020-12-05', '2021-02-01']) createProblem(db, fields({ departmentId: dept, deadline }), null, '王芳', AT);
    expect(warningsByDepartment(db, TODAY)).toEqual([{ departmentId: dept, department: '医保办', red: 1, orange: 1, yellow: 1 }]);
    expect(listProblems(db, { warning: 'red' }, TODAY).rows.map((r) => r.deadline)).toEqual(['2020-11-01']);
    expect(listProblems(db, { warning: 'yellow' }, TODAY).rows.map((r) => r.warning)).toEqual(['yellow']);
    db.close();
  });
});

describe('totals', () => {
  it('add up under a random workload, overall and per department and source', async () => {
    const db = await ledger();
    const depts = ['医务科', '药剂科', '医保办'].map((name) => saveDepartment(db, { id: null, name, category: '' }));
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const paths: Record<RectificationStatus, RectificationAction[]> = {
      pending: [], inProgress: ['start'], staged: ['start', 'stage'], done: ['start', 'complete'],
      verified: ['start', 'complete', 'verifyPass'], signedOff: ['start', 'complete', 'verifyPass', 'signOff'],
    };
    const expected: Record<string, number> = {};
    for (let i = 0; i < 120; i++) {
      const status = RECTIFICATION_STATUSES[Math.floor(random() * RECTIFICATION_STATUSES.length)] ?? 'pending';
      const id = createProblem(db, fields({ departmentId: depts[i % 3] ?? null, source: i % 4 === 0 ? '审计' : '自查', immediate: random() < 0.2 }), null, '王芳', AT);
      for (const a of paths[status]) act(db, id, a, { nextMilestone: '2021-01-01', reason: '资料为纸质件' });
      expected[status] = (expected[status] ?? 0) + 1;
    }
    const t = ledgerTotals(db, {}, TODAY);
    expect(t.total).toBe(120);
    expect(Object.values(t.byStatus).reduce((a, b) => a + b, 0)).toBe(120);
    for (const s of RECTIFICATION_STATUSES) expect(t.byStatus[s]).toBe(expected[s] ?? 0);
    expect(t.rate).toBeCloseTo(((expected.done ?? 0) + (expected.verified ?? 0) + (expected.signedOff ?? 0)) / 120);
    expect(t.byStatus.signedOff).toBeLessThanOrEqual(t.byStatus.signedOff + t.byStatus.verified + t.byStatus.done);
    for (const dim of ['department', 'source', 'campaign'] as const) {
      const groups = totalsBy(db, dim);
      expect(groups.reduce((n, g) => n + g.totals.total, 0)).toBe(120);
      for (const g of groups) expect(Object.values(g.totals.byStatus).reduce((a, b) => a + b, 0)).toBe(g.totals.total);
    }
    db.close();
  });
});

describe('listing', () => {
  it('pages, sorts, filters and finds by any phrase in SQLite', async () => {
    const db = await ledger();
    for (let i = 0; i < 120; i++) {
      createProblem(db, fields({ description: i === 77 ? '医师违规收受医药代表回扣' : `第${i}号问题：病历书写不规范`, amountFen: i * 10_000, source: i % 2 ? '审计' : '自查' }), null, '王芳', AT);
    }
    const page2 = listProblems(db, { page: 2, pageSize: 50, sort: { column: 'amountFen', direction: 'asc' } }, TODAY);
    expect(page2).toMatchObject({ total: 120, page: 2, pageSize: 50 });
    expect(page2.rows[0]?.amountFen).toBe(500_000);
    expect(listProblems(db, { search: '收受医药代表' }, TODAY).rows.map((r) => r.description)).toEqual(['医师违规收受医药代表回扣']);
    expect(listProblems(db, { search: '回扣' }, TODAY).total).toBe(1);
    expect(listProblems(db, { search: 'WT2020-0078' }, TODAY).rows[0]?.description).toBe('医师违规收受医药代表回扣');
    expect(listProblems(db, { search: '"); DROP TABLE problem; --' }, TODAY).total).toBe(0);
    expect(listProblems(db, { sources: ['审计'], statuses: ['pending'] }, TODAY).total).toBe(60);
    db.close();
  });
});
