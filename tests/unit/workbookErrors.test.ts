// Broken workbooks are refused with the sheet, row and column to look at, all
// problems at once, and the database byte for byte unchanged; and the command line.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { WorkbookError } from '../../shared/workbook';
import { runCli } from '../../electron/core/cli';
import { saveAnswer } from '../../electron/core/inspection/answers';
import { closeRound, setApplicable } from '../../electron/core/inspection/rounds';
import { planWorkbookImport } from '../../electron/core/inspection/workbook/import';
import { AT } from '../support/round';
import { dumpTables, resourcesDir, tempDir } from '../support/temp';
import { assignedRound, exportFor, fill } from '../support/workbooks';

type Round = Awaited<ReturnType<typeof assignedRound>>;

/** Plans an import and checks that it failed and that the database did not change at all. */
async function refused(r: Round, file: string): Promise<WorkbookError[]> {
  const before = r.db.serialize();
  const plan = await planWorkbookImport(r.db, file);
  expect(r.db.serialize().equals(before)).toBe(true);
  if (plan.ok) throw new Error('the workbook was accepted');
  return plan.errors;
}

const hidden = (key: string, value: string) => (wb: ExcelJS.Workbook) => {
  wb.getWorksheet('_zicha')?.eachRow((row) => {
    if (row.getCell(1).value === key) row.getCell(2).value = value;
  });
};

const at = (sheet: string | null, row: number | null, column: string | null, message: RegExp) =>
  expect.objectContaining({ sheet, row, column, message: expect.stringMatching(message) });

describe('a broken workbook', () => {
  it.each<[string, 'medical' | 'insurance', Record<string, Record<string, ExcelJS.CellValue>>, ((wb: ExcelJS.Workbook) => void) | undefined, ReturnType<typeof at>]>([
    ['from a round that no longer exists', 'medical', {}, hidden('roundId', '999'), at('_zicha', 3, 'B', /自查轮次（编号 999）已不存在/)],
    ['of another campaign', 'medical', {}, hidden('campaignId', 'sc-2020-96'), at('_zicha', 4, 'B', /专项行动“sc-2020-96”.*不一致/)],
    ['with a missing item row', 'medical', {}, (wb) => wb.getWorksheet('自查表')?.spliceRows(5, 1), at('自查表', 5, 'B', /缺少第 2 项/)],
    ['with an edited item text', 'medical', { 'cl2-i3': { B: '医疗机构买卖许可证（已改）' } }, undefined, at('自查表', 6, 'B', /检查内容被修改/)],
    ['with text in a number cell', 'medical', { 'cl2-i1': { E: '二十' } }, undefined, at('自查表', 4, 'E', /第 1 项：应填写数字/)],
    ['with a negative amount', 'insurance', { 'cl2-i28': { G: -1 } }, undefined, at('自查表', 5, 'G', /金额不能为负数/)],
    ['with more than 4 decimals of 万元', 'insurance', { 'cl2-i28': { G: 1.23456 } }, undefined, at('自查表', 5, 'G', /最多 4 位小数/)],
    ['with more violations than sampled', 'medical', { 'cl2-i1': { E: 5, F: 6 } }, undefined, at('自查表', 4, 'F', /违法违规人数不能超过抽查人数/)],
    ['with a decimal head count', 'insurance', { 'cl2-i30': { I: 1.5 } }, undefined, at('自查表', 6, 'I', /应为整数/)],
    ['with a value outside the dropdown', 'medical', { 'cl2-i3': { D: '是' } }, undefined, at('自查表', 6, 'D', /只能选择“有”、“无”/)],
    ['with a formula', 'medical', { 'cl2-i1': { E: { formula: 'SUM(1,2)', result: 3 } } }, undefined, at('自查表', 4, 'E', /含公式/)],
    ['naming an element the round does not have', 'medical', {}, (wb) => {
      const hiddenSheet = wb.getWorksheet('_zicha');
      hiddenSheet?.eachRow((row) => {
        if (row.getCell(2).value === 'cl2-i2') row.getCell(2).value = 'cl9-i99';
      });
    }, at('_zicha', 15, 'B', /检查项“cl9-i99”不在本轮自查中/)],
    ['without the hidden sheet', 'medical', {}, (wb) => wb.removeWorksheet(wb.getWorksheet('_zicha')?.id ?? 0), at(null, null, null, /不是自查通导出的科室自查表/)],
  ])('is refused when %s', async (_name, who, edits, sheetEdits, expected) => {
    const r = await assignedRound();
    const file = await fill(await exportFor(r, r.departments[who]), edits, sheetEdits);
    expect(await refused(r, file)).toContainEqual(expected);
    r.db.close();
  });

  it('lists every error at once, with an answer on an item marked 不适用 and a closed round among them', async () => {
    const r = await assignedRound();
    const file = await fill(await exportFor(r, r.departments.medical), {
      'cl2-i1': { E: '二十' },
      'cl2-i2': { E: 3, F: 4 },
      'cl2-i3': { D: '无' },
      'cl2-i4': { D: '是' },
      t1: { P: '已开会' },
    });
    setApplicable(r.db, r.round.id, ['cl2-i3'], false, '本院不涉及');
    closeRound(r.db, r.round.id, '王芳', AT);
    const errors = await refused(r, file);
    expect(errors.map((e) => [e.file, e.sheet, e.row, e.column])).toEqual([
      ['自查表-2020年第四季度自查-医务科.xlsx', '_zicha', 3, 'B'],
      ['自查表-2020年第四季度自查-医务科.xlsx', '自查表', 4, 'E'],
      ['自查表-2020年第四季度自查-医务科.xlsx', '自查表', 5, 'F'],
      ['自查表-2020年第四季度自查-医务科.xlsx', '自查表', 6, 'D'],
      ['自查表-2020年第四季度自查-医务科.xlsx', '自查表', 7, 'D'],
      ['自查表-2020年第四季度自查-医务科.xlsx', '自查表', 8, 'O'],
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/已归档/), expect.stringMatching(/应填写数字/), expect.stringMatching(/违法违规人数不能超过抽查人数/),
      expect.stringMatching(/不适用（本院不涉及）/), expect.stringMatching(/只能选择/), expect.stringMatching(/请同时选择推进状态/),
    ]);
    r.db.close();
  });

  it('refuses files that are not modest .xlsx workbooks before parsing them', async () => {
    const r = await assignedRound();
    const dir = tempDir();
    const write = (name: string, data: Buffer | string) => (fs.writeFileSync(path.join(dir, name), data), path.join(dir, name));
    const zipOf = async (entries: Record<string, Buffer | string>) => {
      const zip = new JSZip();
      for (const [name, data] of Object.entries(entries)) zip.file(name, data);
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    };
    // A bomb whose zip directory claims its huge entry inflates to 1 KB: only inflating tells.
    const bomb = await zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/huge.xml': Buffer.alloc(101 * 1024 * 1024) });
    const liar = Buffer.from(bomb);
    for (let i = 0; i < liar.length - 4; i++) {
      const sig = liar.readUInt32LE(i);
      const at = sig === 0x04034b50 ? i + 22 : sig === 0x02014b50 ? i + 24 : -1;
      if (at > 0 && liar.readUInt32LE(at) > 1024 * 1024) liar.writeUInt32LE(1024, at);
    }
    const cases: [string, RegExp][] = [
      [write('notes.xlsx', '这是一个改了扩展名的文本文件'), /不是 Excel 工作簿/],
      [write('old.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])), /旧版 Excel（.xls）/],
      [write('big.xlsx', Buffer.alloc(10 * 1024 * 1024 + 1)), /文件过大/],
      [write('bomb.xlsx', bomb), /解压后超过 100 MB/],
      [write('liar.xlsx', liar), /解压后超过 100 MB/],
      [write('many.xlsx', await zipOf(Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`f${i}.txt`, 'x'])))), /1001 个文件/],
      [write('other.xlsx', await zipOf({ 'word/document.xml': '<w/>' })), /不是 Excel 工作簿/],
      [path.join(dir, 'missing.xlsx'), /文件不存在/],
    ];
    expect(fs.statSync(path.join(dir, 'bomb.xlsx')).size).toBeLessThan(1024 * 1024);
    for (const [file, message] of cases) {
      expect(await refused(r, file)).toEqual([{ file: path.basename(file), sheet: null, row: null, column: null, message: expect.stringMatching(message) }]);
    }
    r.db.close();
  });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { resourcesDir, version: 'test', out: (l) => out.push(l), err: (l) => err.push(l), now: () => new Date('2020-10-20T10:00:00+08:00') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('zicha inspection workbooks / import', () => {
  it('writes the workbooks, previews an import with --dry-run, imports it, and refuses a broken one', async () => {
    const r = await assignedRound();
    saveAnswer(r.db, r.round.id, { elementId: 'cl2-i3', value: { kind: 'yesno', value: '有' }, note: '' }, '王芳', AT);
    r.db.close();
    const tables = () => {
      const db = new Database(r.file, { readonly: true });
      try {
        return dumpTables(db);
      } finally {
        db.close();
      }
    };
    const written = await cli('inspection', 'workbooks', '--db', r.file, '--round', 'latest', '--out', r.out);
    expect(written.code).toBe(0);
    expect(written.out).toMatch(/自查表-2020年第四季度自查-医务科\.xlsx（医务科，6 项）/);
    expect(written.out.split('\n')).toHaveLength(3);
    const medical = path.join(r.out, '自查表-2020年第四季度自查-医务科.xlsx');
    await fill(medical, { 'cl2-i1': { E: 20, F: 1 }, 'cl2-i3': { Q: '已整改' } });
    const before = tables();
    const dry = await cli('inspection', 'import', '--db', r.file, medical, '--dry-run');
    expect(dry).toMatchObject({ code: 0, out: expect.stringMatching(/第 1 项 .*：（未填） → 抽查 20，违法违规 1/) });
    expect(dry.out).toMatch(/第 3 项 .*：有 → 有（备注：已整改）/);
    expect(tables()).toBe(before);
    expect(await cli('inspection', 'import', '--db', r.file, medical)).toMatchObject({ code: 0, out: expect.stringMatching(/已导入：修改 2 项/) });
    expect((await cli('inspection', 'import', '--db', r.file, medical)).out).toMatch(/修改 0 项，未变 6 项/);

    const insurance = path.join(r.out, '自查表-2020年第四季度自查-医保办.xlsx');
    await fill(insurance, { 'cl2-i28': { G: '很多' }, 'cl2-i30': { I: -2 } });
    const afterImport = tables();
    const broken = await cli('inspection', 'import', '--db', r.file, insurance);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/自查表有 2 处错误，未作任何修改/);
    expect(broken.err).toContain('自查表-2020年第四季度自查-医保办.xlsx 自查表 5 G：第 28 项：应填写数字');
    expect(broken.err).toContain('自查表-2020年第四季度自查-医保办.xlsx 自查表 6 I：第 30 项：不能为负数');
    expect(tables()).toBe(afterImport);
  });

  it('lists conflicts and applies nothing without --prefer', async () => {
    const r = await assignedRound();
    const file = await exportFor(r, r.departments.medical);
    saveAnswer(r.db, r.round.id, { elementId: 'cl2-i3', value: { kind: 'yesno', value: '有' }, note: '' }, '张伟', AT);
    r.db.close();
    await fill(file, { 'cl2-i3': { D: '无' } });
    const refusedRun = await cli('inspection', 'import', '--db', r.file, file);
    expect(refusedRun).toMatchObject({ code: 1, out: expect.stringMatching(/\[冲突：导出后已由张伟修改\] 第 3 项/), err: expect.stringMatching(/--prefer/) });
    expect(await cli('inspection', 'import', '--db', r.file, file, '--prefer', 'sideways')).toMatchObject({ code: 2 });
    expect(await cli('inspection', 'import', '--db', r.file, file, '--prefer', 'current')).toMatchObject({ code: 0, out: expect.stringMatching(/保留系统中的答案 1 项/) });
    expect(await cli('inspection', 'import', '--db', r.file, file, '--prefer', 'workbook')).toMatchObject({ code: 0, out: expect.stringMatching(/已导入：修改 1 项/) });
  });
});
