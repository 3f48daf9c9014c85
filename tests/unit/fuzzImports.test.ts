// Imports refuse what could hurt, beyond the size and zip-bomb checks covered in
// workbookErrors and noticeExtract: workbooks with macros or links to other
// workbooks, and notices (.docx/.docm) carrying macros.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { extractNoticeFile } from '../../electron/core/campaigns/notice/extract';
import { checkWorkbookFile } from '../../electron/core/inspection/workbook/safety';
import { tempDir } from '../support/temp';

async function write(name: string, entries: Record<string, string>): Promise<string> {
  const zip = new JSZip();
  for (const [entry, data] of Object.entries(entries)) zip.file(entry, data);
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

const WORKBOOK = { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': '<worksheet/>' };

describe('workbook imports', () => {
  it('refuses a workbook with macros, even renamed to .xlsx', async () => {
    for (const name of ['科室自查表.xlsm', '科室自查表.xlsx']) {
      const file = await write(name, { ...WORKBOOK, 'xl/vbaProject.bin': 'Attribute VB_Name = "Module1"' });
      expect(await checkWorkbookFile(file)).toEqual({
        ok: false, message: '文件含有宏（VBA 代码），可能不安全，已拒绝；请在 Excel 或 WPS 中另存为不含宏的 .xlsx 后再导入',
      });
    }
  });

  it('refuses a workbook linking to other workbooks', async () => {
    const file = await write('问题导入表.xlsx', {
      ...WORKBOOK,
      'xl/externalLinks/externalLink1.xml': '<externalLink><externalBook r:id="rId1"/></externalLink>',
      'xl/externalLinks/_rels/externalLink1.xml.rels': '<Relationships><Relationship Target="file:///\\\\server\\share\\x.xlsx" TargetMode="External"/></Relationships>',
    });
    expect(await checkWorkbookFile(file, { what: '问题导入表', hint: '' })).toEqual({
      ok: false, message: '文件含有指向其他工作簿的外部链接，已拒绝；请在 Excel 中“编辑链接 → 断开链接”后另存，再导入问题导入表',
    });
  });

  it('still accepts the same workbook without them', async () => {
    expect(await checkWorkbookFile(await write('科室自查表.xlsx', WORKBOOK))).toMatchObject({ ok: true });
  });
});

describe('notice imports', () => {
  it('refuses a Word file with macros', async () => {
    const file = await write('通知.docx', {
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': '<w:document><w:body><w:p><w:r><w:t>关于开展专项整治的通知</w:t></w:r></w:p></w:body></w:document>',
      'word/vbaProject.bin': 'Attribute VB_Name = "AutoOpen"',
    });
    const e = await extractNoticeFile(file).then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(AppError);
    expect([(e as AppError).code, (e as AppError).message]).toEqual([
      'macro', '文件“通知.docx”含有宏（VBA 代码），可能不安全，已拒绝；请另存为不含宏的 .docx 后再导入',
    ]);
  });
});
