// The few things the docx package (9.15) cannot say, written into its XML after it
// has packed the file: table text off the document grid (a paragraph-level
// w:snapToGrid it only has for runs), the defaults for paragraphs it does not make
// (widow control and Chinese–digit spacing off), and a font table that names each
// face with its fallback, so Word and WPS substitute the face we chose.
import JSZip from 'jszip';
import { FONTS, type FontKey } from './layout';
import { TABLE_STYLE } from './docxBlocks';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One entry per face: GB2312 charset (86), the chain's last face as altName. */
export function fontTableEntries(): string {
  return (Object.keys(FONTS) as (FontKey | 'latin')[])
    .filter((k): k is FontKey => k !== 'latin')
    .map((k) => {
      const f = FONTS[k];
      const family = k === 'heiti' ? 'modern' : 'roman';
      return `<w:font w:name="${escapeXml(f.docx)}"><w:altName w:val="${escapeXml(f.fallback.at(-1) ?? f.docx)}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`;
    })
    .join('');
}

const OFF_GRID_STYLES = [TABLE_STYLE, 'Title'];

function patchStyles(xml: string): string {
  // pPr children keep the schema's order: widowControl … autoSpaceDE, autoSpaceDN … snapToGrid, spacing.
  const defaults = xml.replace(/(<w:pPrDefault><w:pPr>)/, '$1<w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>');
  if (defaults === xml) throw new Error('docx styles.xml has no paragraph defaults');
  // Table text has its own line; a 2号 title line would take two grid lines in LibreOffice, one in the print page.
  return OFF_GRID_STYLES.reduce((out, id) => {
    const style = new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>(?:(?!</w:style>).)*?<w:pPr>(?:(?!</w:pPr>).)*?)(<w:spacing )`);
    const next = out.replace(style, '$1<w:snapToGrid w:val="0"/>$2');
    if (next === out) throw new Error(`docx style ${id} is not in the shape docxXml.ts expects`);
    return next;
  }, defaults);
}

export async function finishDocx(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = zip.file('word/styles.xml');
  const fonts = zip.file('word/fontTable.xml');
  if (!styles || !fonts) throw new Error('docx package wrote no styles.xml or fontTable.xml');
  zip.file('word/styles.xml', patchStyles(await styles.async('string')));
  const table = await fonts.async('string');
  const named = table.replace(/<w:fonts([^>]*)\/>\s*$/, `<w:fonts$1>${fontTableEntries()}</w:fonts>`);
  if (named === table) throw new Error('docx fontTable.xml is not in the shape docxXml.ts expects');
  zip.file('word/fontTable.xml', named);
  // The landscape pages' numbers: text boxes whose text runs down the page, with no inset.
  for (const name of Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    if (xml.includes('<v:textbox')) zip.file(name, xml.replace(/<v:textbox style="mso-fit-shape-to-text:t;"/g, '<v:textbox style="layout-flow:vertical" inset="0,0,0,0"'));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
