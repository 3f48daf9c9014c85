// An annex table sent as a workbook: each sheet's rows as tab-separated lines,
// checked first (size, zip bomb, encryption, old .xls) like every workbook we read.
import { AppError } from '../../../../../shared/errors';
import { checkWorkbookFile, loadWorkbookForReading } from '../../../inspection/workbook/safety';

export async function extractXlsx(file: string, name: string): Promise<string> {
  const check = await checkWorkbookFile(file, { what: '附件表格', hint: '请打开 .xlsx 格式的附件表格' });
  if (!check.ok) throw new AppError('badWorkbook', `无法读取“${name}”：${check.message}`);
  const wb = await loadWorkbookForReading(check.buffer);
  const out: string[] = [];
  wb.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(row.getCell(c).text.replace(/[\t\r\n]+/g, ' ').trim());
      while (cells.length && !cells[cells.length - 1]) cells.pop();
      const filled = cells.filter(Boolean).length;
      if (filled === 0) return;
      // A title or note in one cell is a line of text; anything wider is a table row.
      out.push(filled === 1 && cells.length === 1 ? (cells[0] ?? '') : cells.join('\t'));
    });
    out.push('');
  });
  return out.join('\n');
}
