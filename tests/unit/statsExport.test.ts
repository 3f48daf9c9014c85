// The xlsx a statistics table exports, read back with ExcelJS (and with openpyxl
// when /usr/bin/python3 has it): 27 rows with their units, the merged section and
// label cells, the header fields from 设置, A4 print setup, and text that stays text.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/core/cli';
import { openApp, seedFixture } from '../fixtures/cases/fixture';
import { newDatabase, resourcesDir, tempDir } from '../support/temp';

const HOSPITAL = { name: '=HYPERLINK("http://x","医院")', level: '三级甲等', category: '综合医院', ownership: '公立', region: '@SUM(A1:A9)' };

async function exported(names: boolean) {
  const dir = tempDir();
  const out = path.join(dir, 'tb2.xlsx');
  const { ctx, call } = await openApp({ saveTo: out });
  await call('org.setOperator', { operator: '+王芳' });
  await call('org.saveHospital', HOSPITAL);
  await call('org.savePerson', { id: null, name: '+王芳', departmentId: null, title: '干事', phone: '-028-1234' });
  await seedFixture(call);
  await call('cases.create', {
    clueId: null, campaignIds: ['sc-2020-96'], title: '=cmd|\'/c calc\'!A0', category: 'consumables', openedOn: '2020-10-09', closedOn: null, amountFen: 0,
    persons: 1, penalized: 0, toDiscipline: 0, toJudicial: 0, agreementAction: null, refundFen: 0, supervision: null,
    concerned: [{ name: '=1+2', role: '护士', departmentId: null }], note: '',
  });
  const done = await call('stats.exportXlsx', { campaign: 'sc-2020-96', tableId: '2', period: '2020-10', detail: names, names, acceptFailures: false });
  ctx.close();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return { done, wb, out };
}

const text = (ws: ExcelJS.Worksheet) => {
  const cells: string[] = [];
  ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.value))));
  return cells;
};

describe('statistics table as xlsx', () => {
  it('has the notice’s layout: 27 rows, units, merged cells, header fields, A4 fitted to width', async () => {
    const { done, wb } = await exported(false);
    expect(done).toMatchObject({ issues: [] });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['附件2']);
    const ws = wb.getWorksheet('附件2') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe('附件2');
    expect(ws.getCell('A2').value).toBe('卫生健康行业领域突出问题专项整治行动工作统计表（10月）');
    expect(ws.getCell('A3').value).toBe('填报市（州）：@SUM(A1:A9)');
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D3').value).toBe('填报时间：2020年11月20日');
    expect(ws.getCell('A4').value).toBe('填报人：+王芳');
    expect(ws.getCell('D4').value).toBe('联系电话：-028-1234');
    // Head on row 5: 重点检查内容 | 序号 | 检查要点 (over C:D) | 数量 | 单位.
    expect([1, 2, 3, 5, 6].map((c) => ws.getCell(5, c).value)).toEqual(['重点检查内容', '序号', '检查要点', '数量', '单位']);
    expect(ws.pageSetup.printTitlesRow).toBe('5:5');
    const body = Array.from({ length: 27 }, (_, i) => ws.getRow(6 + i));
    expect(body.map((r) => r.getCell(2).value)).toEqual([1, 2, 3, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map(String));
    expect(body.map((r) => r.getCell(6).value)).toEqual([
      '条', '条', '件', '起', '万元', '人次', '人次', '人次', '起', '件', '万元', '人次', '人次', '人次',
      '起', '人次', '万元', '人次', '起', '起', '起', '家', '家', '万元', '人次', '人次', '人次',
    ]);
    // Figures are numbers; K1 + K2 = 12.8456 万元, and the fixture's extra case adds a third 耗材 case.
    expect(body[0]?.getCell(5).value).toBe(5);
    expect(body[3]?.getCell(5).value).toBe(3);
    expect(body[4]?.getCell(5).value).toBe(12.8456);
    expect(body[21]?.getCell(5).value).toBeNull();
    expect(ws.getCell('A33').value).toBe('备注：移交纪检、司法的案件要单独报送案件');
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A2:F2', 'C5:D5', 'A6:A8', 'A9:A13', 'A14:A19', 'A20:A32', 'C9:C13', 'C15:C19', 'C20:C23', 'C27:C32', 'C6:D6', 'C14:D14', 'A33:F33']));
    expect(ws.getCell('E10').border?.left?.style).toBe('thin');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
    expect(ws.views[0]?.showGridLines).toBe(false);
  });

  it('leaves names out unless asked, and writes formula-looking text as text', async () => {
    const plain = await exported(false);
    expect(plain.wb.getWorksheet('明细')).toBeUndefined();
    expect(text(plain.wb.getWorksheet('附件2') as ExcelJS.Worksheet).join('|')).not.toContain('=1+2');
    const named = await exported(true);
    const detail = named.wb.getWorksheet('明细') as ExcelJS.Worksheet;
    expect(detail.getRow(1).values).toContain('涉及人员');
    let nameCell: ExcelJS.Cell | undefined;
    let titleCell: ExcelJS.Cell | undefined;
    detail.eachRow((r) => r.eachCell((c) => {
      if (c.value === '=1+2（护士）') nameCell = c;
      if (c.value === '=cmd|\'/c calc\'!A0') titleCell = c;
    }));
    for (const c of [nameCell, titleCell]) {
      expect(c?.type).toBe(ExcelJS.ValueType.String);
      expect(c?.formula).toBeUndefined();
    }
    const py = '/usr/bin/python3';
    const hasOpenpyxl = fs.existsSync(py) && (() => {
      try {
        execFileSync(py, ['-c', 'import openpyxl'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    })();
    if (!hasOpenpyxl) return;
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['附件2']; d = wb['明细']
found = [(c.value, c.data_type) for row in d.iter_rows() for c in row if c.value in ('=1+2（护士）', "=cmd|'/c calc'!A0")]
print(json.dumps({
  'units': [ws.cell(6 + i, 6).value for i in range(27)],
  'merged': sorted(str(m) for m in ws.merged_cells.ranges),
  'header': [ws['A3'].value, ws['A3'].data_type, ws['A4'].value],
  'print': [ws.page_setup.paperSize, ws.page_setup.orientation, ws.sheet_properties.pageSetUpPr.fitToPage, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight, ws.print_title_rows],
  'found': found,
}, ensure_ascii=False))`;
    const r = JSON.parse(execFileSync(py, ['-c', script, named.out], { encoding: 'utf8' })) as Record<string, unknown>;
    expect((r.units as string[]).filter((u) => u === '人次')).toHaveLength(11);
    expect(r.merged).toEqual(expect.arrayContaining(['A6:A8', 'A20:A32', 'C9:C13', 'C5:D5']));
    expect(r.header).toEqual(['填报市（州）：@SUM(A1:A9)', 's', '填报人：+王芳']);
    expect(r.print).toEqual([9, 'portrait', true, 1, 0, '$5:$5']);
    expect(r.found).toEqual(expect.arrayContaining([['=1+2（护士）', 's'], ["=cmd|'/c calc'!A0", 's']]));
  });

  it('warns before writing a table that fails its checks; the CLI lists failures and exits non-zero', async () => {
    const dir = tempDir();
    // The CLI and openApp below must share one file: the data folder's own database.
    const db = await newDatabase(dir, 'zicha.sqlite');
    const out = path.join(dir, 'gx.xlsx');
    const lines: string[] = [];
    const cli = (...argv: string[]) => runCli(argv, {
      resourcesDir, version: 'test', out: (l) => lines.push(l), err: (l) => lines.push(l), now: () => new Date('2020-11-20T10:00:00+08:00'),
    });
    // No hospital class in 设置 and no self-inspection round: 附件4 cannot be filled.
    expect(await cli('stats', 'check', '--db', db, '--campaign', 'gx-2020-special', '--period', '2020-Q4', '--table', '4')).toBe(1);
    expect(lines.join('\n')).toContain('请先在“设置 → 医院信息”中填写医院的等级和性质');
    lines.length = 0;
    // 附件2 row 22 (移交行政、司法机构数) is entered by hand: left empty, it fails, for an empty cell is not 0.
    expect(await cli('stats', 'check', '--db', db, '--campaign', '川卫函〔2020〕96号', '--period', '2020-11')).toBe(1);
    expect(lines.join('\n')).toContain('第 8 项“医保违法违规行为—移交行政、司法机构数”尚未填写：没有的请填 0');
    const app = await openApp({ dataDir: dir });
    await app.call('stats.setManual', { campaign: 'sc-2020-96', tableId: 'tb2', rowId: 'tb2-r22', columnId: '', period: '2020-11', value: '0' });
    app.ctx.close();
    lines.length = 0;
    expect(await cli('stats', 'check', '--db', db, '--campaign', '川卫函〔2020〕96号', '--period', '2020-11')).toBe(0);
    expect(lines.join('\n')).toContain('检查通过');
    expect(await cli('stats', 'export', '--db', db, '--campaign', 'gx-2020-special', '--period', 'all', '--format', 'xlsx', '--out', out)).toBe(0);
    expect(lines.join('\n')).toMatch(/警告：有 \d+ 项检查未通过/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => [w.name, w.pageSetup.orientation])).toEqual([['附件3', 'portrait'], ['附件4', 'landscape'], ['附件2', 'portrait']]);
    expect(await cli('stats', 'export', '--db', db, '--campaign', 'sc-2020-96', '--period', '2020-13', '--out', out)).toBe(1);
    expect(lines.at(-1)).toContain('月份应在 01 到 12 之间');
  });
});
