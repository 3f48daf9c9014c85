// Notice files → text: real files made here (a .docx by the docx package, a PDF
// printed by Chromium, an .xlsx by ExcelJS, text in GB18030 and UTF-16), read back
// and parsed; old formats, scans and zip bombs refused with Chinese messages.
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { extractNoticeFile } from '../../electron/core/campaigns/notice/extract';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { noticesDir, tempDir } from '../support/temp';

const printer = chromiumPrinter();
afterAll(() => printer.close());

async function refused(file: string): Promise<AppError> {
  try {
    await extractNoticeFile(file);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error(`${file} was not refused`);
}

const cell = (text: string) => new TableCell({ children: text.split('\n').map((t) => new Paragraph(t)) });

describe('plain text', () => {
  const paren = fs.readFileSync(path.join(noticesDir, 'extra', 'paren-year.txt'), 'utf8');

  it('reads GB18030 (Notepad’s ANSI on Chinese Windows) as the same text', async () => {
    const got = await extractNoticeFile(path.join(noticesDir, 'extra', 'gb18030.txt'));
    expect(got.text).toBe(paren);
    expect(parseNotice(got.text, got.name).campaign.docNumber).toBe('某卫办医函〔2019〕45号');
  });

  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(paren, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(paren, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(paren, 'utf16le').swap16()])],
  ])('reads %s', async (_what, bytes) => {
    const file = path.join(tempDir(), 'notice.txt');
    fs.writeFileSync(file, bytes);
    expect((await extractNoticeFile(file)).text).toBe(paren);
  });
});

describe('Word (.docx)', () => {
  it('gives paragraphs as lines and table rows as tab-separated cells, which parse', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('某县卫生健康局'),
            new Paragraph('某县卫发〔2022〕7号'),
            new Paragraph('关于开展医疗废物管理专项检查的通知'),
            new Paragraph({ children: [new TextRun('一、检查内容')] }),
            new Paragraph('（一）医疗废物分类收集。各卫生院要按规定分类收集医疗废物。（县卫生健康局牵头，县疾控中心配合）'),
            new Paragraph('二、报送要求'),
            new Paragraph('各卫生院于6月30日前将《医疗废物处置情况统计表》（附件1）报送县卫生健康局。'),
            new Paragraph('2022年5月20日'),
            new Paragraph('附件1'),
            new Paragraph('医疗废物处置情况统计表'),
            new Table({
              rows: [
                new TableRow({ children: [cell('项目'), cell('序号'), cell('内容'), cell('单位')] }),
                new TableRow({ children: [cell('一、产生'), cell('1'), cell('医疗废物\n产生量'), cell('吨')] }),
                new TableRow({ children: [cell(''), cell('2'), cell('感染性废物 & 损伤性废物'), cell('吨')] }),
              ],
            }),
          ],
        },
      ],
    });
    const file = path.join(tempDir(), '通知.docx');
    fs.writeFileSync(file, await Packer.toBuffer(doc));
    const { name, text } = await extractNoticeFile(file);
    expect(name).toBe('通知.docx');
    expect(text).toContain('某县卫发〔2022〕7号\n关于开展医疗废物管理专项检查的通知\n');
    expect(text).toContain('项目\t序号\t内容\t单位\n一、产生\t1\t医疗废物 产生量\t吨\n\t2\t感染性废物 & 损伤性废物\t吨');
    const c = parseNotice(text, name).campaign;
    expect(c.tasks.map((t) => [t.title, t.leadUnits, t.coUnits])).toEqual([['医疗废物分类收集', ['县卫生健康局'], ['县疾控中心']]]);
    expect(c.tables[0]?.sections[0]?.rows.map((r) => [r.label, r.unit])).toEqual([
      ['医疗废物产生量', '吨'],
      ['感染性废物&损伤性废物', '吨'],
    ]);
  });

  it('refuses a .docx that inflates beyond 50 MB', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', `<w:document><w:body><w:p><w:r><w:t>${'啊'.repeat(20 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`);
    const file = path.join(tempDir(), 'bomb.docx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(fs.statSync(file).size).toBeLessThan(1024 * 1024);
    const e = await refused(file);
    expect([e.code, e.message]).toEqual(['zipBomb', '文件“bomb.docx”解压后超过 50 MB，不像是一份通知（可能是恶意构造的文件），已拒绝']);
  });
});

describe('PDF', () => {
  it('reads the text layer of a printed notice into lines and tab-separated table rows', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif;font-size:16pt} td{border:1px solid #000;padding:4pt 12pt}</style></head><body>
      <p>某县卫发〔2022〕7号</p><p>关于开展医疗废物管理专项检查的通知</p>
      <p>一、检查内容</p><p>（一）医疗废物分类收集。各卫生院要按规定分类收集医疗废物，建立台账，做到日产日清，不得与生活垃圾混放，不得买卖医疗废物。（县卫生健康局负责）</p>
      <p>附件1</p><p>医疗废物处置情况统计表</p>
      <table><tr><td>项目</td><td>单位</td></tr><tr><td>医疗废物产生量</td><td>吨</td></tr><tr><td>医疗废物处置量</td><td>吨</td></tr></table></body></html>`;
    const file = path.join(tempDir(), 'notice.pdf');
    fs.writeFileSync(file, await printer.pdf(html));
    const { text } = await extractNoticeFile(file);
    // Paragraph spacing becomes a blank line; the table's cells are apart by tabs.
    expect(text).toMatch(/某县卫发〔2022〕7号\n\n关于开展医疗废物管理专项检查的通知\n/);
    expect(text).toMatch(/项目\t单位\n+医疗废物产生量\t吨\n+医疗废物处置量\t吨/);
    const c = parseNotice(text, 'notice.pdf').campaign;
    // The measure wraps over two lines in the PDF; it comes back as one task text.
    expect(c.tasks.map((t) => t.text)).toEqual(['各卫生院要按规定分类收集医疗废物，建立台账，做到日产日清，不得与生活垃圾混放，不得买卖医疗废物。']);
    expect(c.tables[0]?.sections[0]?.rows.map((r) => `${r.label}/${r.unit}`)).toEqual(['医疗废物产生量/吨', '医疗废物处置量/吨']);
  });

  it('refuses a PDF without a text layer (a scan) and says how to get one', async () => {
    const file = path.join(tempDir(), 'scan.pdf');
    fs.writeFileSync(file, await printer.pdf('<!doctype html><html><body><div style="width:300px;height:300px;background:#888"></div></body></html>'));
    const e = await refused(file);
    expect(e.code).toBe('pdfWithoutText');
    expect(e.message).toMatch(/^PDF“scan.pdf”没有文字层.*另存为 \.docx.*带文字的 PDF/);
  });
});

describe('Excel annex (.xlsx)', () => {
  it('reads each row as tab-separated cells and parses the statistics table with its units', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('附件2');
    ws.addRow(['附件2']);
    ws.addRow(['工作统计表']);
    ws.addRow(['重点检查内容', '序号', '检查要点', '数量', '单位']);
    ws.addRow(['一、线索摸排情况', '1', '各渠道收集线索总数', '', '条']);
    ws.addRow(['', '2', '调查处理', '', '条']);
    ws.addRow(['二、处理情况', '1', '涉案金额', '', '万元']);
    ws.mergeCells('A4:A5');
    const file = path.join(tempDir(), '附件2.xlsx');
    await wb.xlsx.writeFile(file);
    const { text } = await extractNoticeFile(file);
    expect(text).toContain('工作统计表\n重点检查内容\t序号\t检查要点\t数量\t单位\n一、线索摸排情况\t1\t各渠道收集线索总数\t\t条\n\t2\t调查处理\t\t条');
    const t = parseNotice(text, '附件2.xlsx').campaign.tables[0];
    expect(t?.annex).toBe('附件2');
    expect(t?.sections.map((s) => [s.title, s.rows.map((r) => `${r.no}${r.label}/${r.unit}`)])).toEqual([
      ['一、线索摸排情况', ['1各渠道收集线索总数/条', '2调查处理/条']],
      ['二、处理情况', ['1涉案金额/万元']],
    ]);
  });
});

describe('formats that cannot be read directly', () => {
  it.each([
    ['通知.doc', '旧版 Word 文件（.doc）'],
    ['通知.wps', 'WPS 文字文件（.wps）'],
    ['附件.et', 'WPS 表格文件（.et）'],
    ['改了名的旧文件.docx', '旧版 Office/WPS 文件'],
  ])('refuses %s and says to save it as .docx or a PDF with text', async (name, what) => {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const e = await refused(file);
    expect(e.code).toBe('oldFormat');
    expect(e.message).toBe(`“${name}”是${what}，无法直接识别；请用 Word 或 WPS 打开后“另存为” .docx，或导出为带文字的 PDF，再打开`);
  });

  it('refuses a file that does not exist, and one of another type', async () => {
    expect((await refused(path.join(tempDir(), '没有.txt'))).message).toBe('无法读取文件“没有.txt”：文件不存在或没有读取权限');
    const file = path.join(tempDir(), 'a.png');
    fs.writeFileSync(file, 'x');
    expect((await refused(file)).code).toBe('unsupportedFile');
  });
});
