// A hostile workbook: a few MB on disk, just under the 100 MB unpack limit,
// more than a million short rows. Read in a process of its own (a fresh heap, as the app's main
// process), its peak memory is the figure; the target is 300 MB.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { repoRoot } from '../harness/harness';
import { IMPORT_COLUMNS } from '../../electron/core/ledger/importColumns';
import type { Figure } from './measure';

export const PEAK_TARGET_MB = 300;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;

/** Writes the hostile .xlsx: row 1 is the 问题导入表 header, then one-cell rows until the sheet is `unpackedBytes` long. */
export async function writeHostileWorkbook(file: string, unpackedBytes: number): Promise<{ bytes: number; unpacked: number; rows: number }> {
  const header = IMPORT_COLUMNS.map((c) => c.header);
  const description = IMPORT_COLUMNS.findIndex((c) => c.key === 'description');
  const strings = [...header, '自查', '收费不规范'];
  if (description < 0) throw new Error('no 问题描述 column');
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  parts.push(`<row r="1">${header.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join('')}</row>`);
  let length = parts.reduce((n, p) => n + Buffer.byteLength(p), 0);
  let rows = 0;
  for (let r = 2; length < unpackedBytes; r++, rows++) {
    const row = `<row r="${r}"><c r="${String.fromCharCode(65 + description)}${r}" t="s"><v>${header.length + 1}</v></c></row>`;
    parts.push(row);
    length += row.length;
  }
  parts.push('</sheetData></worksheet>');
  const sheet = parts.join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="问题" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>');
  zip.file('xl/sharedStrings.xml', sst);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  fs.writeFileSync(file, bytes);
  return { bytes: bytes.length, unpacked: Buffer.byteLength(sheet) + Buffer.byteLength(sst), rows };
}

/** Plans the import of `file` in a fresh process; answers its peak resident memory and how long it took. */
export function readInFreshProcess(file: string, db: string): { peakMb: number; ms: number; verdict: string } {
  const child = path.join(repoRoot, 'tests', 'bench', 'hostileChild.ts');
  const run = spawnSync(process.execPath, ['--import', 'tsx', child, db, file], { cwd: repoRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`hostile child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { peakMb: number; ms: number; verdict: string };
}

export async function hostileFigures(scratch: string, db: string): Promise<Figure[]> {
  const file = path.join(scratch, 'hostile.xlsx');
  // Just inside the unpack limit (100 MiB): anything bigger is refused before reading.
  const { bytes, unpacked, rows } = await writeHostileWorkbook(file, 99_500_000);
  const { peakMb, ms, verdict } = readInFreshProcess(file, db);
  console.log(
    `敌意工作簿（${(bytes / 1e6).toFixed(1)} MB，解压后 ${(unpacked / 1e6).toFixed(1)} MB，${(rows / 1e4).toFixed(0)} 万行）：峰值内存 ${peakMb.toFixed(0)} MB（目标 ${PEAK_TARGET_MB} MB：${peakMb <= PEAK_TARGET_MB ? '达标' : '未达标'}），${ms.toFixed(0)} ms；${verdict}`,
  );
  return [{ name: '读到行数上限即停：百万行的敌意工作簿（问题导入）', runs: [ms] }];
}
