// A workbook comes back from another department by USB stick or chat: before
// ExcelJS parses it, make sure it is a modest .xlsx and not a zip bomb. Used for the
// department workbooks (科室自查表) and for the problem import (问题导入表).
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { Readable, Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
export const MAX_ENTRIES = 1000;

export type FileCheck = { ok: true; buffer: Buffer } | { ok: false; message: string };

/** What the file should be, for the messages: its name and what to import instead. */
export interface ExpectedWorkbook {
  what: string;
  hint: string;
}

const DEPARTMENT_WORKBOOK: ExpectedWorkbook = { what: '科室自查表', hint: '请导入自查通导出、科室填好的科室自查表' };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** JSZip keeps the sizes from the zip's directory in a private field. */
function declaredSize(entry: JSZip.JSZipObject): number {
  const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : 0;
}

/** Inflates an entry without keeping it, stopping as soon as the budget is spent: sizes in the directory can lie. */
function inflatedSize(entry: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer') as Readable;
    let total = 0;
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        stream.destroy();
        resolve(total);
      }
    });
    stream.on('end', () => resolve(total));
    stream.on('error', reject);
  });
}

/** An encrypted .xlsx is an OLE compound file holding an “EncryptedPackage” stream (names are UTF-16). */
const ENCRYPTED_MARK = Buffer.from('EncryptedPackage', 'utf16le');

export async function checkWorkbookFile(file: string, expected: ExpectedWorkbook = DEPARTMENT_WORKBOOK): Promise<FileCheck> {
  const { what, hint } = expected;
  const BOMB = `解压后超过 100 MB，不像是${what}（可能是恶意构造的压缩包），已拒绝`;
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, message: '不是文件' };
    size = stat.size;
  } catch {
    return { ok: false, message: '文件不存在或没有读取权限' };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, message: `文件过大（${mb(size)}），${what}不应超过 10 MB，已拒绝` };
  const buffer = fs.readFileSync(file);
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    if (buffer.includes(ENCRYPTED_MARK)) {
      return { ok: false, message: '文件设置了打开密码（已加密），无法读取；请在 Excel 或 WPS 中取消密码、另存为 .xlsx 后再导入' };
    }
    return { ok: false, message: '这是旧版 Excel（.xls）文件；请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入' };
  }
  const notXlsx = { ok: false as const, message: `不是 Excel 工作簿（.xlsx）文件；${hint}` };
  if (!buffer.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return notXlsx;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return { ok: false, message: '文件已损坏，无法作为 .xlsx 工作簿读取' };
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  if (entries.length > MAX_ENTRIES) return { ok: false, message: `压缩包内有 ${entries.length} 个文件，不像是${what}，已拒绝` };
  if (entries.reduce((n, e) => n + declaredSize(e), 0) > MAX_UNZIPPED_BYTES) return { ok: false, message: BOMB };
  if (!zip.file('xl/workbook.xml')) return notXlsx;
  const names = entries.map((e) => e.name);
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) {
    return { ok: false, message: `文件含有宏（VBA 代码），可能不安全，已拒绝；请在 Excel 或 WPS 中另存为不含宏的 .xlsx 后再导入` };
  }
  if (names.some((n) => /^xl\/externalLinks\//i.test(n))) {
    return { ok: false, message: `文件含有指向其他工作簿的外部链接，已拒绝；请在 Excel 中“编辑链接 → 断开链接”后另存，再导入${what}` };
  }
  let budget = MAX_UNZIPPED_BYTES;
  try {
    for (const entry of entries) {
      budget -= await inflatedSize(entry, budget);
      if (budget < 0) return { ok: false, message: BOMB };
    }
  } catch {
    return { ok: false, message: '文件已损坏，无法作为 .xlsx 工作簿读取' };
  }
  return { ok: true, buffer };
}

/**
 * ExcelJS's streaming parser (4.4.0) decodes every chunk on its own, so a character
 * whose bytes straddle two chunks came out garbled: in a 2,000-row department workbook
 * every ~200th item read as changed and the import was refused. It is handed text
 * decoded across chunk boundaries instead (strings pass through its decoder as they are).
 */
function wholeCharacters(source: Readable): Readable {
  const decoder = new StringDecoder('utf8');
  const text = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      const part = decoder.write(chunk);
      if (part) this.push(part);
      done();
    },
    flush(done) {
      const rest = decoder.end();
      if (rest) this.push(rest);
      done();
    },
  });
  // Stopping early destroys the text stream; the inflating source goes with it.
  text.on('close', () => source.destroy());
  source.on('error', (e) => text.destroy(e));
  return source.pipe(text);
}

/** The private steps of ExcelJS's streaming reader (exceljs 4.4.0), driven here in the order reading needs. */
interface StreamingSteps {
  sharedStrings?: unknown[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(entry: Readable, sheetNo: string): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}

/** The steps above, by name: an ExcelJS upgrade that renames one fails here, loudly, not as a silently empty workbook. */
export const STREAMING_STEPS = ['_parseRels', '_parseWorkbook', '_parseStyles', '_parseSharedStrings', '_parseWorksheet'] as const;

function streamingSteps(reader: unknown): StreamingSteps {
  const missing = STREAMING_STEPS.filter((step) => typeof (reader as Record<string, unknown>)[step] !== 'function');
  if (missing.length > 0) throw new Error(`ExcelJS's streaming reader lacks ${missing.join(', ')}: safety.ts drives exceljs 4.4.0's private steps; pin it back or port the reader`);
  return reader as StreamingSteps;
}

/** Rows kept per sheet when the caller names no limit: far more than any form of ours has. */
export const DEFAULT_ROW_LIMIT = 20_000;

/** Sheets whose rows went past the limit (reading stopped there): name → the rows kept. */
export const truncatedSheets = new WeakMap<ExcelJS.Workbook, Map<string, number>>();

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const xmlText = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each sheet's name, state and part (xl/worksheets/…), in workbook order, from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<{ name: string; state: ExcelJS.WorksheetState; part: string }[]> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    // Excel writes "worksheets/sheet1.xml", openpyxl "/xl/worksheets/sheet1.xml".
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return (workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).flatMap((tag) => {
    const part = targets.get(attr(tag, 'r:id') ?? '');
    const state = attr(tag, 'state');
    return part ? [{ name: xmlText(attr(tag, 'name') ?? ''), state: state === 'hidden' || state === 'veryHidden' ? state : 'visible', part }] : [];
  });
}

/**
 * Reads a checked .xlsx with ExcelJS's streaming reader, one sheet at a time, and
 * keeps at most `rowLimit` rows of each (reading stops there; see truncatedSheets):
 * memory stays bounded however many rows a file has. Values only: styles are read
 * for dates, while data validations, merges, comments and drawings are never parsed
 * (a dropdown over a whole column, or the notes openpyxl keeps, cost nothing).
 */
export async function loadWorkbookForReading(buffer: Buffer, rowLimit = DEFAULT_ROW_LIMIT): Promise<ExcelJS.Workbook> {
  const zip = await JSZip.loadAsync(buffer);
  const raw = (name: string) => zip.file(name)?.nodeStream('nodebuffer') as Readable | undefined;
  const stream = (name: string) => {
    const source = raw(name);
    return source ? wholeCharacters(source) : undefined;
  };
  const reader = streamingSteps(
    new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    }),
  );
  const parts: [string, (s: Readable) => Promise<void>][] = [
    ['xl/_rels/workbook.xml.rels', (s) => reader._parseRels(s)],
    ['xl/workbook.xml', (s) => reader._parseWorkbook(s)],
    ['xl/styles.xml', (s) => reader._parseStyles(s)],
  ];
  for (const [name, parse] of parts) {
    const s = stream(name);
    if (s) await parse(s);
  }
  const strings = stream('xl/sharedStrings.xml');
  if (strings) for await (const _ of reader._parseSharedStrings(strings)) void _;
  reader.sharedStrings ??= [];
  const wb = new ExcelJS.Workbook();
  const truncated = new Map<string, number>();
  for (const sheet of await sheetParts(zip)) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.state });
    const source = stream(sheet.part);
    if (!source) continue;
    // Stopping early destroys the stream while JSZip still inflates into it: that late push is expected.
    source.on('error', () => {});
    let kept = 0;
    for (const { value } of reader._parseWorksheet(source, '1')) {
      for await (const row of value) {
        if (!row.hasValues) continue;
        if (++kept > rowLimit) {
          truncated.set(sheet.name, rowLimit);
          break;
        }
        const target = ws.getRow(row.number);
        row.eachCell((cell, col) => {
          target.getCell(col).value = cell.value;
        });
      }
    }
    source.destroy();
  }
  truncatedSheets.set(wb, truncated);
  return wb;
}
