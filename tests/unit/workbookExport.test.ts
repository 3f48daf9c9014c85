// Department workbooks written to real .xlsx files and read back with ExcelJS and
// as raw XML: sheets, hidden state, validations, protection, print setup, prefill.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../../electron/core/inspection/answers';
import { assignElements, closeRound } from '../../electron/core/inspection/rounds';
import { exportWorkbooks } from '../../electron/core/inspection/workbook/export';
import { addDepartment } from '../../electron/core/org/org';
import { AT } from '../support/round';
import { assignedRound, exportFor, load, sheetXml, zipText } from '../support/workbooks';

describe('exporting department workbooks', () => {
  it('writes one workbook per department with items, and 未分配 for the rest', async () => {
    const r = await assignedRound();
    const files = await exportWorkbooks(r.db, r.round.id, r.out, { at: AT });
    expect(files.map((f) => [f.department, f.items, path.basename(f.file)])).toEqual([
      ['医务科', 6, '自查表-2020年第四季度自查-医务科.xlsx'],
      ['医保办', 4, '自查表-2020年第四季度自查-医保办.xlsx'],
      ['未分配', 27, '自查表-2020年第四季度自查-未分配.xlsx'],
    ]);
    const only = await exportWorkbooks(r.db, r.round.id, r.out, { departmentIds: [r.departments.insurance], at: AT });
    expect(only.map((f) => f.department)).toEqual(['医保办']);
    await expect(exportWorkbooks(r.db, r.round.id, r.out, { departmentIds: [999], at: AT })).rejects.toThrow(/科室不存在/);
    r.db.close();
  });

  it('lays out the 自查表 sheet: title, department line, header, one row per item in round order', async () => {
    const r = await assignedRound();
    const wb = await load(await exportFor(r, r.departments.medical));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['自查表', 'visible'], ['_zicha', 'veryHidden']]);
    const ws = wb.getWorksheet('自查表')!;
    expect(ws.getCell('A1').value).toBe('2020年广西医疗卫生领域突出问题专项整治方案——2020年第四季度自查科室自查表');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect([ws.getCell('A2').value, ws.getCell('B2').value, ws.getCell('C2').value, ws.getCell('D2').value]).toEqual(['科室：', '医务科', '截止日期：', '2020-10-31']);
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual([
      '序号', '检查内容', '填报方式', '有/无', '抽查人数', '违法违规人数', '金额（万元）', '数量',
      '医师人数', '护士人数', '其他人员人数', '行政处罚人数', '移送司法机关人数', '文字说明', '推进状态', '完成情况', '备注',
    ]);
    expect([4, 5, 6, 7, 8, 9].map((row) => ws.getCell(`A${row}`).value)).toEqual(['1', '2', '3', '4', '（一）', '（二）']);
    expect(ws.getCell('B6').value).toBe('医疗机构买卖、转让、租借《医疗机构执业许可证》或《医师执业证书》');
    expect(ws.getCell('B6').alignment.wrapText).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, showGridLines: false });
    const hidden = wb.getWorksheet('_zicha')!;
    const meta = new Map<string, unknown>();
    hidden.eachRow((row) => meta.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(Object.fromEntries(['format', 'version', 'roundId', 'campaignId', 'campaignRevision', 'departmentId', 'department', 'exportedAt'].map((k) => [k, meta.get(k)])))
      .toEqual({ format: 'zicha-workbook', version: '1', roundId: String(r.round.id), campaignId: 'gx-2020-special', campaignRevision: '1', departmentId: String(r.departments.medical), department: '医务科', exportedAt: AT });
    const items: unknown[][] = [];
    hidden.eachRow((row) => {
      if (row.getCell(1).value === 'item') items.push((row.values as unknown[]).slice(2, 6));
    });
    expect(items).toEqual([['cl2-i1', '4', 'sampled', '0'], ['cl2-i2', '5', 'sampled', '0'], ['cl2-i3', '6', 'yesno', '0'], ['cl2-i4', '7', 'yesno', '0'], ['t1', '8', 'progress', '0'], ['t2', '9', 'progress', '0']]);
    r.db.close();
  });

  it('unlocks and validates only the cells each item is answered in, and protects the rest', async () => {
    const r = await assignedRound();
    const ws = (await load(await exportFor(r, r.departments.insurance))).getWorksheet('自查表')!;
    // Rows: 4 cl2-i17 有/无, 5 cl2-i28 金额, 6 cl2-i30 医师/护士, 7 cl2-i32 医师/护士/其他人员.
    const unlocked = (row: number) =>
      'ABCDEFGHIJKLMNOPQ'.split('').filter((c) => ws.getCell(`${c}${row}`).protection?.locked === false);
    expect([4, 5, 6, 7].map(unlocked)).toEqual([['D', 'Q'], ['G', 'Q'], ['I', 'J', 'Q'], ['I', 'J', 'K', 'Q']]);
    expect(ws.getCell('D4').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(ws.getCell('D4').dataValidation).toMatchObject({ type: 'list', formulae: ['"有,无"'], showInputMessage: true, prompt: expect.stringMatching(/有/) });
    expect(ws.getCell('G5').dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(ws.getCell('I6').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(ws.getCell('D5').dataValidation).toBeUndefined();
    expect(ws.getCell('G4').dataValidation).toBeUndefined();
    // ExcelJS reads the protection back but does not type it.
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty('hashValue');
    const medical = (await load(await exportFor(r, r.departments.medical))).getWorksheet('自查表')!;
    expect(medical.getCell('O8').dataValidation).toMatchObject({ type: 'list', formulae: ['"未启动,推进中,已完成,持续推进"'] });
    expect(medical.getCell('E4').dataValidation).toMatchObject({ type: 'whole' });
    expect(medical.getCell('F4').protection?.locked).toBe(false);
    expect(medical.getCell('G2').protection?.locked).toBe(false); // 填表人
    r.db.close();
  });

  it('sets up printing on A4 landscape, one page wide, header rows on every page', async () => {
    const r = await assignedRound();
    const file = await exportFor(r, r.departments.medical);
    const xml = await sheetXml(file, '自查表');
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).toMatch(/<sheetView [^>]*showGridLines="0"/);
    expect(xml).toMatch(/<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"\/>/);
    expect(xml).toMatch(/<sheetProtection sheet="1"/);
    expect(await zipText(file, 'xl/workbook.xml')).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;|')自查表(&apos;|')!\$1:\$3<\/definedName>/);
    const ws = (await load(file)).getWorksheet('自查表')!;
    expect(ws.getCell('B4').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(40);
    r.db.close();
  });

  it('prefills the current answers and notes', async () => {
    const r = await assignedRound();
    const save = (elementId: string, value: Parameters<typeof saveAnswer>[2]['value'], note = '') =>
      saveAnswer(r.db, r.round.id, { elementId, value, note }, '王芳', AT);
    save('cl2-i17', { kind: 'yesno', value: '无' }, '已核查');
    save('cl2-i28', { kind: 'amount', fen: 12_345_600 });
    save('cl2-i32', { kind: 'persons', byRole: { 医师: 1, 护士: 0, 其他人员: 2 } });
    const ws = (await load(await exportFor(r, r.departments.insurance))).getWorksheet('自查表')!;
    expect([ws.getCell('D4').value, ws.getCell('Q4').value, ws.getCell('G5').value]).toEqual(['无', '已核查', 12.3456]);
    expect(['I7', 'J7', 'K7'].map((a) => ws.getCell(a).value)).toEqual([1, 0, 2]);
    r.db.close();
  });

  it('writes formula-looking text as a plain string cell, never as a formula', async () => {
    const r = await assignedRound();
    const evil = '=HYPERLINK("http://example.com","点我")';
    saveAnswer(r.db, r.round.id, { elementId: 't1', value: { kind: 'progress', status: '推进中', done: '@SUM(1,2)' }, note: evil }, '王芳', AT);
    const file = await exportFor(r, r.departments.medical);
    const xml = await sheetXml(file, '自查表');
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toMatch(/<c r="Q8"[^>]* t="s"/);
    expect(await zipText(file, 'xl/sharedStrings.xml')).toContain('=HYPERLINK(&quot;http://example.com&quot;,&quot;点我&quot;)');
    const ws = (await load(file)).getWorksheet('自查表')!;
    expect([ws.getCell('Q8').value, ws.getCell('P8').value]).toEqual([evil, '@SUM(1,2)']);
    r.db.close();
  });

  it('names files safely for Windows and refuses an archived round', async () => {
    const r = await assignedRound();
    const odd = addDepartment(r.db, '内科/外科:"门诊"?', '临床', 3);
    assignElements(r.db, r.round.id, ['cl2-i5'], odd, null);
    const [f] = await exportWorkbooks(r.db, r.round.id, r.out, { departmentIds: [odd], at: AT });
    expect(path.basename(f!.file)).toBe('自查表-2020年第四季度自查-内科_外科__门诊__.xlsx');
    closeRound(r.db, r.round.id, '王芳', AT);
    await expect(exportWorkbooks(r.db, r.round.id, r.out, { at: AT })).rejects.toThrow(/已归档/);
    r.db.close();
  });
});
