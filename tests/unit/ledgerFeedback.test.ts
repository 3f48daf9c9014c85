// A feedback or rectification document → problems in the ledger: `ledger feedback`
// prints what it found and changes nothing; --apply adds them through the ledger's
// own functions in one transaction, statuses reached by the ledger's legal moves,
// departments matched by name; a refusal leaves the ledger as it was.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { parseFeedback } from '../../electron/core/campaigns/notice/feedback';
import { cliRunner } from '../support/cli';
import { noticesDir, tempDir } from '../support/temp';

const cli = cliRunner('2025-10-20T10:00:00+08:00');
const corpus = (name: string) => path.join(noticesDir, 'corpus', name);

async function demo(): Promise<string> {
  const db = path.join(tempDir(), 'demo.sqlite');
  expect((await cli('demo', '--db', db)).code).toBe(0);
  return db;
}

interface Row { description: string; status: string; category: string; measures: string; deadline: string | null; department: string | null; source: string; campaign_id: string | null; next_milestone: string | null; amount_fen: number }
function problems(db: string, after: number): Row[] {
  const raw = new Database(db, { readonly: true });
  const rows = raw
    .prepare('SELECT p.description, p.status, p.category, p.measures, p.deadline, d.name AS department, p.source, p.campaign_id, p.next_milestone, p.amount_fen FROM problem p LEFT JOIN department d ON d.id = p.department_id WHERE p.id > ? ORDER BY p.id')
    .all(after) as Row[];
  raw.close();
  return rows;
}
const lastId = (db: string) => {
  const raw = new Database(db, { readonly: true });
  const n = raw.prepare('SELECT coalesce(max(id), 0) FROM problem').pluck().get() as number;
  raw.close();
  return n;
};

describe('reading a feedback document', () => {
  it('takes problems, categories, statuses and 一是/二是 measures from a progress report', () => {
    const p = parseFeedback(fs.readFileSync(corpus('19-variant-rectification-progress.txt'), 'utf8'), '19');
    expect(p.title).toBe('××市人民医院关于市委巡察反馈问题整改进展情况的报告');
    expect(p.problemSource).toBe('上级巡查');
    expect(p.problems.map((x) => [x.category, x.status, x.measures.length])).toEqual([
      ['党的领导方面', 'done', 3],
      ['党的领导方面', 'staged', 2],
      ['行风建设方面', 'done', 3],
    ]);
    expect(p.problems[1]?.flags.map((f) => f.code)).toEqual(['missing']);
    expect(p.source.text.slice(p.problems[0]?.span?.start, p.problems[0]?.span?.end)).toMatch(/^落实全面从严治党主体责任不到位/);
  });
});

describe('zicha ledger feedback', () => {
  it('prints the proposed problems without touching any database', async () => {
    const run = await cli('ledger', 'feedback', '--in', corpus('27-variant-rectification-ledger-table.txt'));
    expect(run.code).toBe(0);
    expect(run.out).toContain('问题 5 个');
    expect(run.out).toContain('问题来源：医保检查');
    expect(run.out).toContain('涉及金额：3.2 万元');
    expect(run.out).toContain('未加入台账');
    const json = await cli('ledger', 'feedback', '--in', corpus('27-variant-rectification-ledger-table.txt'), '--json');
    expect(JSON.parse(json.out).problems.map((x: { status: string }) => x.status)).toEqual(['done', 'done', 'staged', 'inProgress', 'done']);
  });

  it('--apply adds every problem with its status, measures, deadline and department, linked to the campaign named', async () => {
    const db = await demo();
    const before = lastId(db);
    const run = await cli('ledger', 'feedback', '--in', corpus('27-variant-rectification-ledger-table.txt'), '--db', db, '--apply', '--campaign', 'sc-2020-96');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/已加入问题台账 5 个问题（编号 WT2025-\d{4} 至 WT2025-\d{4}）/);
    const rows = problems(db, before);
    expect(rows.map((r) => [r.status, r.department, r.deadline, r.source, r.campaign_id])).toEqual([
      ['done', '护理部', '2025-05-31', '医保检查', 'sc-2020-96'],
      ['done', '财务科', '2025-06-30', '医保检查', 'sc-2020-96'],
      ['staged', '信息科', '2025-06-30', '医保检查', 'sc-2020-96'],
      // The demo has 药剂科, not 药学部: left unassigned, the printed name kept in the note.
      ['inProgress', null, '2025-09-30', '医保检查', 'sc-2020-96'],
      ['done', '医务科', null, '医保检查', 'sc-2020-96'],
    ]);
    expect(rows[0]?.amount_fen).toBe(3_200_000);
    expect(rows[0]?.measures).toBe('1. 全面核查护理收费\n2. 退还违规费用');
    expect(rows[2]?.next_milestone).toBe('2025-06-30');
  });

  it('refuses a 阶段性完成 without a next milestone and adds nothing; with --milestone it adds all three', async () => {
    const db = await demo();
    const before = lastId(db);
    const refused = await cli('ledger', 'feedback', '--in', corpus('19-variant-rectification-progress.txt'), '--db', db, '--apply');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('阶段性完成，请填写下一节点日期');
    expect(lastId(db)).toBe(before);
    const unknown = await cli('ledger', 'feedback', '--in', corpus('19-variant-rectification-progress.txt'), '--db', db, '--apply', '--milestone', '2025-12-31', '--campaign', '没有这个专项');
    expect(unknown.code).toBe(1);
    expect(lastId(db)).toBe(before);
    const run = await cli('ledger', 'feedback', '--in', corpus('19-variant-rectification-progress.txt'), '--db', db, '--apply', '--milestone', '2025-12-31');
    expect(run.code).toBe(0);
    const rows = problems(db, before);
    expect(rows.map((r) => [r.category, r.status, r.next_milestone])).toEqual([
      ['党的领导方面', 'done', null],
      ['党的领导方面', 'staged', '2025-12-31'],
      ['行风建设方面', 'done', null],
    ]);
  });
});

describe('the demo', () => {
  it('holds the problems of a rectification report brought in through the feedback reader, with statuses, measures, departments and deadlines', async () => {
    const db = await demo();
    const raw = new Database(db, { readonly: true });
    const rows = raw
      .prepare("SELECT p.category, p.status, p.deadline, p.next_milestone AS m, d.name AS department, p.source, p.campaign_id AS c, p.measures FROM problem p LEFT JOIN department d ON d.id = p.department_id WHERE p.note LIKE '来源：%反馈问题整改进展情况的报告%' ORDER BY p.id")
      .all() as { category: string; status: string; deadline: string; m: string | null; department: string; source: string; c: string | null; measures: string }[];
    raw.close();
    expect(rows.map((r) => [r.category, r.status, r.deadline, r.m, r.department, r.source, r.c])).toEqual([
      ['收费管理方面', 'done', '2020-10-31', null, '护理部', '医保检查', null],
      ['收费管理方面', 'done', '2020-10-31', null, '财务科', '医保检查', null],
      ['病历管理方面', 'staged', '2020-12-31', '2020-12-31', '医务科', '医保检查', null],
    ]);
    expect(rows.map((r) => r.measures.split('\n').length)).toEqual([3, 2, 2]);
  });
});
