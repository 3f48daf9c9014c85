// The printable ledger's model and its print page: rows as the filter gives them,
// totals of exactly those rows, a filter line in words, and user text escaped.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCatalogDatabase } from '../../electron/core/context';
import { buildLedgerDocument } from '../../electron/core/ledger/document';
import { columnWidthsMm, ledgerHtml } from '../../electron/core/ledger/html';
import { createProblem, type ProblemFields } from '../../electron/core/ledger/problems';
import { addProgress, applyAction } from '../../electron/core/ledger/rectification';
import { saveDepartment, setHospital } from '../../electron/core/org/org';
import { LEDGER_COLUMNS, LEDGER_KINDS } from '../../shared/ledgerDocument';
import { resourcesDir, tempDir } from '../support/temp';

const AT = '2020-11-20T01:00:00.000Z';
const TODAY = '2020-11-20';

const fields = (over: Partial<ProblemFields> = {}): ProblemFields => ({
  source: '自查', campaignId: null, category: '', description: '抗菌药物使用强度超标', departmentId: null, personId: null,
  foundOn: '2020-10-08', amountFen: 0, note: '', measures: '开展处方点评', deadline: '2020-12-31', immediate: false, ...over,
});

async function sample() {
  const db = await openCatalogDatabase(path.join(tempDir(), 'z.sqlite'), resourcesDir, () => new Date(AT));
  setHospital(db, { name: '示例市人民医院', level: '', category: '', ownership: '', region: '' });
  const pharmacy = saveDepartment(db, { id: null, name: '药剂科', category: '' });
  const a = createProblem(db, fields({ departmentId: pharmacy, amountFen: 1_234_500 }), null, '王芳', AT);
  const b = createProblem(db, fields({ description: '<script>alert(1)</script> & “引号”', immediate: true }), null, '王芳', AT);
  createProblem(db, fields({ departmentId: pharmacy }), null, '王芳', AT);
  applyAction(db, a, 'start', {}, '王芳', AT, TODAY);
  addProgress(db, a, '2020-11-01', '第一轮点评', '王芳', AT, TODAY);
  addProgress(db, a, '2020-11-15', '第二轮点评，已通报', '王芳', AT, TODAY);
  applyAction(db, a, 'complete', {}, '王芳', AT, TODAY);
  applyAction(db, a, 'verifyFail', { checker: '张敏', findings: '仍有超标', reason: '仍有超标' }, '王芳', AT, TODAY);
  applyAction(db, a, 'complete', {}, '王芳', AT, TODAY);
  applyAction(db, a, 'verifyPass', { checker: '李强', findings: '抽查无误' }, '王芳', AT, TODAY);
  applyAction(db, b, 'complete', {}, '王芳', AT, TODAY);
  return { db, pharmacy };
}

describe('the printable ledger', () => {
  it('prints the rows of the filter with their totals, the latest progress and the last checker', async () => {
    const { db, pharmacy } = await sample();
    const doc = buildLedgerDocument(db, 'rectifications', { departmentIds: [pharmacy] }, TODAY, '王芳');
    expect(doc.rows).toHaveLength(2);
    expect(doc.unit).toBe('示例市人民医院');
    expect(doc.filter).toBe('责任科室：药剂科');
    expect(doc.totals.total).toBe(2);
    expect(doc.totalsLine).toBe('合计 2 项：待整改 1，整改中 0，阶段性完成 0，已完成（待验证） 0，已验证 1，已销号 0；其中立行立改 0 项；整改率 50.0%');
    const col = (h: string) => doc.headers.indexOf(h);
    expect(doc.rows[0]?.[col('整改进展')]).toBe('2020-11-15 第二轮点评，已通报');
    expect(doc.rows[0]?.[col('复核人')]).toBe('李强');
    expect(doc.rows.map((r) => r[col('序号')])).toEqual(['1', '2']);
    db.close();
  });

  it('says in words which filter it covers, 未指定科室 included', async () => {
    const { db, pharmacy } = await sample();
    const doc = buildLedgerDocument(db, 'problems', { departmentIds: [pharmacy], unassigned: true, statuses: ['done'], search: '点评' }, TODAY, '');
    expect(doc.filter).toBe('状态：已完成（待验证）；责任科室：药剂科、未指定科室；关键词：“点评”');
    const all = buildLedgerDocument(db, 'problems', {}, TODAY, '');
    expect(all.filter).toBe('');
    expect(all.rows[0]?.[all.headers.indexOf('涉及金额（万元）')]).toBe('1.2345');
    expect(all.rows[1]?.[all.headers.indexOf('状态')]).toBe('已完成（待验证）（立行立改）');
    db.close();
  });

  it('escapes user text in the print page and runs nothing', async () => {
    const { db } = await sample();
    const html = ledgerHtml(buildLedgerDocument(db, 'problems', {}, TODAY, '<i>王芳</i>'));
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”');
    expect(html).toContain('制表人：&lt;i&gt;王芳&lt;/i&gt;');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).toContain('size: A4 landscape');
    expect(html).toContain('<thead>');
    db.close();
  });

  it('fills the width of an A4 landscape page exactly, short columns at the width their text needs', () => {
    for (const kind of LEDGER_KINDS) {
      const columns = LEDGER_COLUMNS[kind];
      const widths = columnWidthsMm({ widths: columns.map((c) => c.width), grows: columns.map((c) => c.grow === true) });
      expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(273, 6);
      // A date (10 half-width characters at 9 pt) fits its column without wrapping.
      const dateColumn = columns.findIndex((c) => c.header === '整改时限');
      expect(widths[dateColumn]).toBeGreaterThan(10 * (9 * 25.4) / 72 / 2 + 2.4);
      for (const w of widths) expect(w).toBeGreaterThan(8);
    }
  });

  it('prints an empty filter as a table that says so', async () => {
    const { db } = await sample();
    const html = ledgerHtml(buildLedgerDocument(db, 'problems', { search: '不存在的问题' }, TODAY, ''));
    expect(html).toContain('（筛选范围内没有记录）');
    db.close();
  });
});
