// The problem import on real files: the template handed out, filled as Excel (and
// LibreOffice) would save it, planned and applied; every error named by sheet, row
// and column; and a file with any error changing nothing at all.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importErrorText, type ProblemImportError } from '../../shared/ledgerImport';
import { openCatalogDatabase } from '../../electron/core/context';
import { applyProblemImport, planProblemImport } from '../../electron/core/ledger/import';
import { IMPORT_COLUMNS } from '../../electron/core/ledger/importColumns';
import { writeProblemImportTemplate } from '../../electron/core/ledger/importTemplate';
import { problemRow, type ProblemFields } from '../../electron/core/ledger/problems';
import { deleteDepartment, saveDepartment, savePerson } from '../../electron/core/org/org';
import { dumpTables, resourcesDir, tempDir } from '../support/temp';
import { resaveWithLibreOffice } from '../support/workbooks';

const AT = '2020-11-20T01:00:00.000Z';
const TODAY = '2020-11-20';
type Row = ExcelJS.CellValue[];

async function setup() {
  const db = await openCatalogDatabase(path.join(tempDir(), 'z.sqlite'), resourcesDir, () => new Date(AT));
  const medical = saveDepartment(db, { id: null, name: '医务科', category: '' });
  const insurance = saveDepartment(db, { id: null, name: '医保办', category: '' });
  const li = savePerson(db, { id: null, name: '李强', departmentId: medical, title: '', phone: '' });
  const zhang = savePerson(db, { id: null, name: '张敏', departmentId: insurance, title: '', phone: '' });
  savePerson(db, { id: null, name: '王伟', departmentId: medical, title: '', phone: '' });
  savePerson(db, { id: null, name: '王伟', departmentId: insurance, title: '', phone: '' });
  return { db, medical, insurance, li, zhang };
}
type Setup = Awaited<ReturnType<typeof setup>>;

async function loadBuffer(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
  return wb;
}

/** The template, filled from row 2 with cells in the template's column order, saved as Excel would. */
async function filled(s: Setup, rows: Row[], edit: (ws: ExcelJS.Worksheet) => void = () => {}): Promise<string> {
  const wb = await loadBuffer(await writeProblemImportTemplate(s.db));
  const ws = wb.getWorksheet('问题');
  if (!ws) throw new Error('no 问题 sheet');
  rows.forEach((cells, i) => cells.forEach((v, c) => (ws.getCell(i + 2, c + 1).value = v)));
  edit(ws);
  const file = path.join(tempDir(), '问题导入.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** Plans an import that must fail, checking that the database did not change. */
async function refused(s: Setup, file: string): Promise<ProblemImportError[]> {
  const before = dumpTables(s.db);
  const plan = await planProblemImport(s.db, file);
  expect(dumpTables(s.db)).toBe(before);
  if (plan.ok) throw new Error('the import was accepted');
  return plan.errors;
}

const at = (row: number, column: string, message: RegExp) =>
  expect.objectContaining({ sheet: '问题', row, column, message: expect.stringMatching(message) });

//                 来源   专项行动               类别       描述              科室      责任人  发现时间                     金额      措施        时限          立行立改 备注
const GOOD: Row = ['自查', '川卫函[2020]96号', '合理用药', '抗菌药物使用强度超标', '医务科', '李强', new Date(Date.UTC(2020, 9, 8)), 12.3456, '处方点评', '2020/12/31', '是', '=不是公式'];
const SECOND: Row = ['审计', '四川省卫生健康行业领域突出问题专项整治工作方案', '', '多收费', '医保办', '张敏', '2020-10-09', '0.5', '', '', '', ''];

describe('the problem import template', () => {
  it('has a 说明 sheet, an empty 问题 sheet with dropdowns, and hidden lists of this hospital', async () => {
    const s = await setup();
    const wb = await loadBuffer(await writeProblemImportTemplate(s.db));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['说明', 'visible'], ['问题', 'visible'], ['选项', 'hidden']]);
    const ws = wb.getWorksheet('问题');
    expect(ws?.getRow(1).values).toEqual([undefined, ...IMPORT_COLUMNS.map((c) => c.header)]);
    expect(ws?.actualRowCount).toBe(1);
    expect(ws?.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ['"自查,上级巡查,信访举报,审计,医保检查,其他"'] });
    expect(ws?.getCell('E5001').dataValidation).toMatchObject({ type: 'list', formulae: ["'选项'!$C$2:$C$3"] });
    expect(ws?.getCell('F2').dataValidation).toMatchObject({ type: 'list', formulae: ["'选项'!$D$2:$D$4"] });
    expect(ws?.getCell('K2').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    const options = wb.getWorksheet('选项');
    expect(options?.getColumn(3).values.slice(1)).toEqual(['责任科室', '医务科', '医保办']);
    expect(options?.getColumn(4).values.slice(1)).toEqual(['责任人', '李强', '王伟', '张敏']);
    const help: string[] = [];
    wb.getWorksheet('说明')?.eachRow((row) => row.eachCell((c) => help.push(String(c.value))));
    expect(help.join('\n')).toMatch(/YYYY-MM-DD[\s\S]*万元[\s\S]*最多 4 位小数[\s\S]*一行也不导入/);
    expect(help).toContain('抗菌药物使用强度超标，部分科室未按规定开展处方点评');
    s.db.close();
  });
});

describe('importing problems', () => {
  it('plans and applies what was typed, all rows at once', async () => {
    const s = await setup();
    const file = await filled(s, [GOOD, [], SECOND]);
    const plan = await planProblemImport(s.db, file);
    const expected: ProblemFields[] = [
      { source: '自查', campaignId: 'sc-2020-96', category: '合理用药', description: '抗菌药物使用强度超标', departmentId: s.medical, personId: s.li,
        foundOn: '2020-10-08', amountFen: 12_345_600, note: '=不是公式', measures: '处方点评', deadline: '2020-12-31', immediate: true },
      { source: '审计', campaignId: 'sc-2020-96', category: '', description: '多收费', departmentId: s.insurance, personId: s.zhang,
        foundOn: '2020-10-09', amountFen: 500_000, note: '', measures: '', deadline: null, immediate: false },
    ];
    expect(plan).toEqual({ ok: true, file: '问题导入.xlsx', rows: expected });
    if (!plan.ok) return;
    const ids = applyProblemImport(s.db, plan.rows, '王芳', AT);
    expect(ids).toHaveLength(2);
    ids.forEach((id, i) => expect(problemRow(s.db, id, TODAY)).toMatchObject({ ...expected[i], status: 'pending' }));
    expect(problemRow(s.db, ids[0] ?? 0, TODAY).number).toBe('WT2020-0001');
    s.db.close();
  });

  it('reads the same file re-saved by LibreOffice', async () => {
    const s = await setup();
    const plan = await planProblemImport(s.db, resaveWithLibreOffice(await filled(s, [GOOD, SECOND])));
    expect(plan.ok && plan.rows.map((r) => [r.foundOn, r.amountFen, r.deadline, r.personId])).toEqual([
      ['2020-10-08', 12_345_600, '2020-12-31', s.li],
      ['2020-10-09', 500_000, null, s.zhang],
    ]);
    s.db.close();
  });

  it('finds the columns by header on any sheet: moved, without “*”, half-width brackets, a title above', async () => {
    const s = await setup();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['2020年问题清单']);
    ws.addRow(['发现时间', ' 问题描述 ＊', '立行立改', '涉及金额(万元)', '问题来源*', '序号']);
    ws.addRow(['2020年10月8日', '描述', '否', '', '其他', 1]);
    const file = path.join(tempDir(), 'own.xlsx');
    await wb.xlsx.writeFile(file);
    expect(await planProblemImport(s.db, file)).toMatchObject({ ok: true, rows: [{ foundOn: '2020-10-08', description: '描述', source: '其他', amountFen: 0 }] });
    ws.getCell('D2').value = '涉及金额（元）';
    await wb.xlsx.writeFile(file);
    expect(await refused(s, file)).toEqual([{ sheet: 'Sheet1', row: 2, column: '涉及金额（元）', message: expect.stringMatching(/须以万元为单位/) }]);
    s.db.close();
  });

  it('names sheet, row and column of every error, and changes nothing', async () => {
    const s = await setup();
    const file = await filled(s, [
      GOOD,
      ['自查', '', '', '描述', '', '', '2024-13-01', '', '', '', '', ''],
      ['自查', '', '', '描述', '外科', '', '2020-10-08', '', '', '', '', ''],
      ['自查', '', '', '', '', '', '2020-10-08', -1, '', '', '', ''],
      ['自查', '', '', '描述', '', '', { formula: 'TODAY()', result: new Date(Date.UTC(2020, 9, 8)) }, '', '', '', '', ''],
      ['自查', '', '', '描述', '医保办', '李强', '2020-10-08', '', '', '', '', ''],
      ['自查', '', '', '描述', '', '王伟', '2020-10-08', '1.23456', '', '', '也许', ''],
      ['举报', '国卫2099号', '', 'x'.repeat(2001), '', '', '', '', '', '', '', ''],
    ]);
    const errors = await refused(s, file);
    expect(errors).toEqual([
      at(3, '发现时间', /^“2024-13-01”不是有效日期/),
      at(4, '责任科室', /^“外科”不是本院已有的科室/),
      at(5, '问题描述', /^请填写问题描述$/),
      at(5, '涉及金额（万元）', /^金额不能为负数$/),
      at(6, '发现时间', /含公式/),
      at(7, '责任人', /^“李强”不是“医保办”的人员（登记在：医务科）$/),
      at(8, '责任人', /有 2 位名叫“王伟”的人员，请同时填写责任科室/),
      at(8, '涉及金额（万元）', /最多 4 位小数/),
      at(8, '立行立改（是/否）', /只能填写“是”、“否”/),
      at(9, '问题来源', /只能填写“自查”/),
      at(9, '专项行动（文号或名称）', /“国卫2099号”不是已载入的专项行动/),
      at(9, '发现时间', /^请填写发现时间$/),
    ]);
    expect(importErrorText(errors[0] as ProblemImportError)).toMatch(/^「问题」第 3 行「发现时间」：“2024-13-01”不是有效日期/);
    const long = await refused(s, await filled(s, [['自查', '', '', 'x'.repeat(2001), '', '', '2020-10-08']]));
    expect(long).toEqual([at(2, '问题描述', /不能超过 2000 个字（现有 2001 字）/)]);
    s.db.close();
  });

  it('lists at most 200 errors, then how many more', async () => {
    const s = await setup();
    const errors = await refused(s, await filled(s, Array.from({ length: 250 }, () => ['自查', '', '', '', '', '', '2020-10-08'])));
    expect(errors).toHaveLength(201);
    expect(errors[200]).toMatchObject({ message: '……另有 50 处错误' });
    s.db.close();
  });

  it('refuses more than 5,000 rows', async () => {
    const s = await setup();
    const errors = await refused(s, await filled(s, Array.from({ length: 5001 }, (_, i) => ['自查', '', '', `问题${i}`, '', '', '2020-10-08'])));
    expect(errors).toEqual([at(5002, '', /最多导入 5000 行/)]);
    s.db.close();
  });

  it('rolls back every row when the database refuses one', async () => {
    const s = await setup();
    const plan = await planProblemImport(s.db, await filled(s, [GOOD, SECOND]));
    if (!plan.ok) throw new Error('plan failed');
    deleteDepartment(s.db, s.insurance); // gone between preview and apply
    const before = dumpTables(s.db);
    expect(() => applyProblemImport(s.db, plan.rows, '王芳', AT)).toThrow(/所选科室不存在/);
    expect(dumpTables(s.db)).toBe(before);
    s.db.close();
  });

  it('reads a file with a dropdown over the whole sheet without expanding it', async () => {
    const s = await setup();
    const file = await filled(s, [GOOD]);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const sheet = Object.keys(zip.files).find((n) => n === 'xl/worksheets/sheet2.xml') ?? '';
    const xml = (await zip.file(sheet)?.async('string')) ?? '';
    expect(xml).toContain('sqref="A2:A5001"');
    zip.file(sheet, xml.replace('sqref="A2:A5001"', 'sqref="A1:XFD1048576"'));
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    // Expanding it cell by cell would hang past the test's timeout.
    expect((await planProblemImport(s.db, file)).ok).toBe(true);
    s.db.close();
  });

  it('says in Chinese what is wrong with a file that is not a workbook', async () => {
    const s = await setup();
    const dir = tempDir();
    const write = (name: string, data: Buffer | string) => (fs.writeFileSync(path.join(dir, name), data), path.join(dir, name));
    const encrypted = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(512)]);
    const zip = new JSZip();
    zip.file('word/document.xml', '<w/>');
    const cases: [string, RegExp][] = [
      [write('问题.xlsx', '这是一个改了扩展名的文本文件'), /^不是 Excel 工作簿（.xlsx）文件；请使用自查通的问题导入模板填写后再导入$/],
      [write('问题.txt', '来源,描述\n自查,x'), /^不是 Excel 工作簿/],
      [write('word.xlsx', await zip.generateAsync({ type: 'nodebuffer' })), /^不是 Excel 工作簿/],
      [write('secret.xlsx', encrypted), /已加密.*取消密码/],
      [write('old.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])), /旧版 Excel（.xls）/],
    ];
    for (const [file, message] of cases) {
      expect(await refused(s, file)).toEqual([{ sheet: '', row: 0, column: '', message: expect.stringMatching(message) }]);
    }
    const other = new ExcelJS.Workbook();
    other.addWorksheet('统计').addRow(['科室', '数量']);
    await other.xlsx.writeFile(path.join(dir, 'other.xlsx'));
    expect(await refused(s, path.join(dir, 'other.xlsx'))).toEqual([expect.objectContaining({ message: expect.stringMatching(/找不到“问题”工作表/) })]);
    s.db.close();
  });
});
