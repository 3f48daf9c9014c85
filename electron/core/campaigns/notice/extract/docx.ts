// word/document.xml → text: one line per paragraph, and each table row on a line of
// its own with its cells separated by tabs (what the table reader expects).
// Automatic numbering is not rendered; numbering typed into the text is kept.
import { AppError } from '../../../../../shared/errors';
import { openZip, readEntry } from './zip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? all),
  );

const TOKEN = /<(\/?)w:(p|tbl|tr|tc|t|tab|br|cr)\b[^>]*?(\/?)>|([^<]+)|<[^>]*>/g;

function documentXmlToText(xml: string): string {
  const out: string[] = [];
  let para = '';
  let inText = false;
  // Cells of the rows being built, innermost table last; a nested table's text joins its cell.
  const tables: { row: string[]; cell: string }[] = [];
  for (const m of xml.matchAll(TOKEN)) {
    const [, close, tag, selfClose, text] = m;
    if (text !== undefined) {
      if (inText) para += unescapeXml(text);
      continue;
    }
    const table = tables[tables.length - 1];
    if (tag === 't') inText = !close && !selfClose;
    else if (tag === 'tab' && !close) para += table ? ' ' : '\t';
    else if ((tag === 'br' || tag === 'cr') && !close) para += table ? ' ' : '\n';
    else if (tag === 'p' && (close || selfClose)) {
      if (table) table.cell += (table.cell ? ' ' : '') + para.trim();
      else out.push(para);
      para = '';
    } else if (tag === 'tbl' && !close) {
      tables.push({ row: [], cell: '' });
      if (tables.length === 1) out.push('');
    } else if (tag === 'tbl' && close) {
      tables.pop();
      if (tables.length === 0) out.push('');
    } else if (tag === 'tc' && close && table) {
      table.row.push(table.cell.replace(/\t/g, ' '));
      table.cell = '';
    } else if (tag === 'tr' && close && table) {
      const line = table.row.join('\t');
      table.row = [];
      const outer = tables[tables.length - 2];
      if (outer) outer.cell += (outer.cell ? ' ' : '') + line.replace(/\t/g, ' ');
      // A one-cell row still needs a tab to read as a table row.
      else if (line.trim()) out.push(line.includes('\t') ? line : `${line}\t`);
    }
  }
  return out.join('\n');
}

export async function extractDocx(buffer: Buffer, name: string): Promise<string> {
  const zip = await openZip(buffer, name);
  const xml = await readEntry(zip, 'word/document.xml', name);
  if (xml === null) throw new AppError('notDocx', `文件“${name}”不是 Word 文档（.docx）：缺少正文部分`);
  return documentXmlToText(xml);
}
