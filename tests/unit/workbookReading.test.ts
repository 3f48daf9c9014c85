// Reading workbooks others wrote: a 问题导入模板 filled and saved by openpyxl with
// its cell notes kept imports; a department workbook with rows added or pasted in
// repeatedly lists them as errors; a sheet past the row limit stops being read there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planWorkbookImport } from '../../electron/core/inspection/workbook/import';
import { loadWorkbookForReading, truncatedSheets } from '../../electron/core/inspection/workbook/safety';
import { openCatalogDatabase } from '../../electron/core/context';
import { exportWorkbooks } from '../../electron/core/inspection/workbook/export';
import { cliRunner } from '../support/cli';
import { fillSynthetic, syntheticRound } from '../support/syntheticCampaign';
import { resourcesDir, tempDir } from '../support/temp';
import { assignedRound, exportFor } from '../support/workbooks';

const cli = cliRunner('2026-11-23T10:00:00+08:00');

const FILL_WITH_OPENPYXL = `
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb["问题"]
notes = sum(1 for row in ws.iter_rows() for c in row if c.comment)
for col, v in enumerate(["自查", None, None, "openpyxl 填写的问题", None, None, "2026-11-20"], start=1):
    ws.cell(row=2, column=col, value=v)
wb.save(sys.argv[2])
print(notes)
`;

describe('workbooks written by other programs', () => {
  it('a template filled and saved by openpyxl, its cell notes kept, imports', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'zicha.sqlite');
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const template = path.join(dir, 't.xlsx');
    expect((await cli('ledger', 'template', '--db', db, '--out', template)).code).toBe(0);
    const filled = path.join(dir, 'openpyxl.xlsx');
    const notes = Number(execFileSync('/usr/bin/python3', ['-c', FILL_WITH_OPENPYXL, template, filled], { encoding: 'utf8' }).trim());
    expect(notes).toBeGreaterThan(0);
    const names = execFileSync('unzip', ['-Z1', filled], { encoding: 'utf8' });
    expect(names).toMatch(/comments/);
    const run = await cli('ledger', 'import', '--db', db, filled);
    expect(run.err).toBe('');
    expect(run.out).toMatch(/已导入 1 个问题/);
  });

  it('rows added below a department workbook’s items are listed as errors, and nothing is imported', async () => {
    const r = await assignedRound();
    const file = await exportFor(r, r.departments.medical);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets.find((w) => w.state === 'visible');
    if (!ws) throw new Error('no visible sheet');
    const last = ws.rowCount;
    const item = ws.getRow(last).values;
    for (let i = 1; i <= 40; i++) ws.getRow(last + i).values = item;
    const out = path.join(tempDir(), 'extra.xlsx');
    await wb.xlsx.writeFile(out);
    const plan = await planWorkbookImport(r.db, out);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    const extra = plan.errors.filter((e) => /多出的行/.test(e.message));
    expect(extra.map((e) => e.row).slice(0, 5)).toEqual([1, 2, 3, 4, 5].map((n) => last + n));
    expect(extra.at(-1)?.message).toContain(`另有 35 行多出的行（第 ${last + 6} 行至第 ${last + 40} 行）`);
  });

  it('stops reading a sheet at the row limit and says so', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    for (let r = 1; r <= 300; r++) ws.getRow(r).values = [`第${r}行`, r];
    const file = path.join(tempDir(), 'long.xlsx');
    await wb.xlsx.writeFile(file);
    const read = await loadWorkbookForReading(fs.readFileSync(file), 100);
    expect(read.getWorksheet('表')?.rowCount).toBe(100);
    expect(read.getWorksheet('表')?.getCell('A100').value).toBe('第100行');
    expect(truncatedSheets.get(read)?.get('表')).toBe(100);
  });
});

describe('a long department workbook', () => {
  it('reads back every Chinese text whole, however the inflated chunks cut the characters', async () => {
    // ExcelJS's streaming parser decoded each chunk alone: every ~200th item of our own
    // 2,000-item workbook read as changed, and the import was refused.
    const at = '2020-11-20T02:00:00.000Z';
    const db = await openCatalogDatabase(path.join(tempDir(), 'w.sqlite'), resourcesDir, () => new Date(at));
    try {
      const round = syntheticRound(db, '整表', 0, at);
      const [book] = await exportWorkbooks(db, round, tempDir(), { at });
      const plan = await planWorkbookImport(db, book!.file);
      expect(plan.ok ? [] : plan.errors.slice(0, 3)).toEqual([]);
      await fillSynthetic(book!.file);
      const filled = await planWorkbookImport(db, book!.file);
      expect(filled.ok && filled.changes.length).toBe(2000);
    } finally {
      db.close();
    }
  }, 60_000);
});
