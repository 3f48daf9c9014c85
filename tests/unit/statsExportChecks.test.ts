// The export warns before writing a table that fails its checks: a hand-entered
// 行政处罚 above its 涉及人员 blocks stats.exportXlsx and stats.exportPdf (nothing
// written) until the officer accepts; `stats check` prints the failure and exits 1,
// `stats export` warns and writes.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/core/cli';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { openApp, seedFixture } from '../fixtures/cases/fixture';
import { resourcesDir, tempDir } from '../support/temp';

const printer = chromiumPrinter();
afterAll(() => printer.close());

const FAILURE = '第 4 项“违反指征、指南使用耗材；滥用、冒用、虚记、错记等…—行政处罚”（9）不能超过第 3 项“违反指征、指南使用耗材；滥用、冒用、虚记、错记等…—涉及人员”（4）';

/** The fixture with 附件2 row 7 (行政处罚 of 耗材) entered by hand as 9, above its 4 persons. */
async function failing(saveTo: string) {
  const app = await openApp({ saveTo, printer });
  await seedFixture(app.call);
  const cell = { campaign: 'sc-2020-96', tableId: 'tb2', rowId: 'tb2-r7', columnId: '', period: '2020-10' };
  await app.call('stats.setMeasure', { ...cell, measure: null });
  await app.call('stats.setManual', { ...cell, value: '9' });
  return app;
}

describe('exporting a table that fails its checks', () => {
  it('is blocked, listing the failed check and writing nothing, until the failures are accepted', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'tb2.xlsx');
    const { ctx, call } = await failing(xlsx);
    const req = { campaign: 'sc-2020-96', tableId: 'tb2', period: '2020-10' };
    const blocked = await call('stats.exportXlsx', { ...req, detail: false, names: false, acceptFailures: false });
    expect(blocked).toEqual({ blocked: [{ rowId: 'tb2-r7', columnId: '', rule: 'lte', message: FAILURE }] });
    expect(fs.readdirSync(dir)).toEqual([]);
    const pdfBlocked = await call('stats.exportPdf', { ...req, acceptFailures: false });
    expect(pdfBlocked).toEqual(blocked);
    expect(fs.readdirSync(dir)).toEqual([]);

    const written = await call('stats.exportXlsx', { ...req, detail: false, names: false, acceptFailures: true });
    expect(written).toEqual({ path: xlsx, issues: [expect.objectContaining({ message: FAILURE })] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    // Row 7 of the table is sheet row 12 (附件 label, title, two field lines, the head); 数量 is column E.
    expect(wb.getWorksheet('附件2')?.getCell('E12').value).toBe(9);
    ctx.close();
  });

  it('on the command line: check prints the failure and exits 1; export warns, then writes', async () => {
    const dir = tempDir();
    const { ctx, dataDir } = await failing(path.join(dir, 'unused.xlsx'));
    ctx.close();
    const db = path.join(dataDir, 'zicha.sqlite');
    const out: string[] = [];
    const err: string[] = [];
    const cli = (...argv: string[]) => {
      out.length = 0;
      err.length = 0;
      return runCli(argv, { resourcesDir, version: 'test', printer, out: (l) => out.push(l), err: (l) => err.push(l), now: () => new Date('2020-11-20T10:00:00+08:00') });
    };
    expect(await cli('stats', 'check', '--db', db, '--campaign', '川卫函〔2020〕96号', '--period', '2020-10')).toBe(1);
    // Row 22 is entered by hand and left empty: check fails it too, for an empty cell is not 0.
    const EMPTY = '第 8 项“医保违法违规行为—移交行政、司法机构数”尚未填写：没有的请填 0，空白不等于 0';
    expect(err).toEqual([
      `  附件2卫生健康行业领域突出问题专项整治行动工作统计表（10月）：${FAILURE}`,
      `  附件2卫生健康行业领域突出问题专项整治行动工作统计表（10月）：${EMPTY}`,
      '共有 2 项检查未通过',
    ]);
    expect(await cli('stats', 'check', '--db', db, '--campaign', 'sc-2020-96', '--period', '2020-11')).toBe(1);
    // November: row 7, set to be entered by hand, has no figure for the month either.
    expect(err).toEqual([
      expect.stringMatching(/（11月）：第 4 项“违反指征.*—行政处罚”尚未填写/),
      `  附件2卫生健康行业领域突出问题专项整治行动工作统计表（11月）：${EMPTY}`,
      '共有 2 项检查未通过',
    ]);

    for (const format of ['xlsx', 'pdf']) {
      const file = path.join(dir, `附件2.${format}`);
      expect(await cli('stats', 'export', '--db', db, '--campaign', 'sc-2020-96', '--period', '2020-10', '--format', format, '--out', file)).toBe(0);
      expect(err).toEqual(['警告：有 1 项检查未通过，仍照常导出：', `  ${FAILURE}`]);
      expect(out).toEqual([`已导出：${file}`]);
      expect(fs.statSync(file).size).toBeGreaterThan(1000);
    }
  });
});
