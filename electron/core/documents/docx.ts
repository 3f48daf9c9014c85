// A 公文 as .docx (FORMATS.md §C): A4 with GB/T 9704's margins, a 22-line grid with
// characters tightened to 28 a line in Word and LibreOffice alike, fonts named for
// East Asian text in every style and run (no theme fonts), odd/even page numbers,
// attachments in sections of their own so a landscape one keeps the numbering.
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  FrameAnchorType,
  FrameWrap,
  HorizontalPositionAlign,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  Textbox,
  VerticalPositionAlign,
  type IFrameOptions,
  type ISectionOptions,
} from 'docx';
import { documentDate, type OfficialDocument } from '../../../shared/document';
import { GRID_SPACING, TABLE_STYLE, blankLine, blocksDocx, gridParagraph, run, runFont } from './docxBlocks';
import { finishDocx } from './docxXml';
import { DOCX, FONTS, TITLE_CHARS, signatureRightGaps } from './layout';
import { paginateAttachment } from './tableChunks';
import { titleLines } from './titleLines';

const TEXT_WIDTH = DOCX.page.width - DOCX.margin.left - DOCX.margin.right;
const TEXT_HEIGHT = DOCX.page.height - DOCX.margin.top - DOCX.margin.bottom;
const LANDSCAPE_TEXT_WIDTH = DOCX.page.height - DOCX.margin.top - DOCX.margin.bottom;

/** "— N —" in 宋体 4号, one character in from the side it stands on. */
function pageNumber(side: 'right' | 'left'): Paragraph {
  return new Paragraph({
    alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'right' ? { right: DOCX.char4 } : { left: DOCX.char4 },
    spacing: { line: DOCX.footerLine, lineRule: 'exact', before: 0, after: 0 },
    children: [new TextRun({ font: runFont('songti'), size: DOCX.halfPoints.size4, characterSpacing: 0, children: ['— ', PageNumber.CURRENT, ' —'] })],
  });
}

function footer(side: 'right' | 'left'): Footer {
  return new Footer({ children: [pageNumber(side)] });
}

/**
 * A landscape (横排) table page's number where the other pages have it (GB/T 9704
 * §10.2): down the turned page's left side, which is the sheet's foot, 7 mm out from
 * the 版心 and one character from its end (the bottom on odd pages, the top on even
 * ones). A text box as tall as the 版心, its text turned (docxXml.ts sets the flow).
 */
function landscapeFooter(side: 'right' | 'left'): Footer {
  const mm = (twips: number) => `${Number((twips / (1440 / 25.4)).toFixed(2))}mm` as const;
  const box = new Textbox({
    style: {
      position: 'absolute',
      positionHorizontalRelative: 'page',
      positionVerticalRelative: 'page',
      left: mm(DOCX.margin.bottom - DOCX.landscapeNumberOut - DOCX.footerLine / 2),
      top: mm(DOCX.margin.left),
      width: mm(DOCX.footerLine),
      height: mm(DOCX.page.width - DOCX.margin.left - DOCX.margin.right),
      wrapStyle: 'none',
    },
    children: [pageNumber(side)],
  });
  return new Footer({ children: [new Paragraph({ spacing: { line: 20, lineRule: 'exact', before: 0, after: 0 }, children: [box] })] });
}

function titleParagraph(text: string, xiaobiaosong: boolean, landscape = false): Paragraph {
  const lines = titleLines(text, landscape ? TITLE_CHARS.landscape : TITLE_CHARS.portrait);
  return gridParagraph(
    lines.map((line, i) => run(line, xiaobiaosong ? 'xiaobiaosong' : 'songti', { size: DOCX.halfPoints.size2, bold: !xiaobiaosong, characterSpacing: 0, break: i ? 1 : 0 })),
    { style: 'Title', alignment: AlignmentType.CENTER },
  );
}

function headParagraphs(doc: OfficialDocument, xiaobiaosong: boolean): Paragraph[] {
  const h = doc.head;
  const out: Paragraph[] = [];
  if (h.issuerMark) {
    out.push(
      gridParagraph([run(h.issuerMark, 'xiaobiaosong', { size: DOCX.halfPoints.size2, color: 'FF0000', characterSpacing: 0, bold: false })], {
        style: 'Title',
        alignment: AlignmentType.CENTER,
        spacing: { line: DOCX.linePitch, lineRule: 'exact', before: DOCX.issuerMarkBefore, after: 0 },
      }),
      blankLine(),
      blankLine(),
    );
    if (h.documentNumber && h.signer) {
      out.push(gridParagraph([run(h.documentNumber), run('\t签发人：'), run(h.signer, 'kaiti')], {
        indent: { left: DOCX.char, right: DOCX.char },
        tabStops: [{ type: 'right', position: TEXT_WIDTH - DOCX.char }],
      }));
    } else if (h.documentNumber) out.push(gridParagraph([run(h.documentNumber)], { alignment: AlignmentType.CENTER }));
    out.push(
      new Paragraph({ spacing: { line: 120, lineRule: 'exact', before: 0, after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: DOCX.redRule, color: 'FF0000', space: 1 } } }),
      blankLine(),
      blankLine(),
    );
  }
  out.push(titleParagraph(h.title, xiaobiaosong), blankLine());
  if (h.addressee) out.push(gridParagraph([run(`${h.addressee}：`)]));
  return out;
}

/**
 * 附件说明, 署名 and 成文日期, each kept with the next, as the body's last lines are
 * (blocksDocx's keepLast): the signature block never stands alone on a page (GB/T 9704 §7.3.5).
 */
function closingParagraphs(doc: OfficialDocument): Paragraph[] {
  const out: Paragraph[] = [];
  const n = doc.attachments.length;
  const keptBlank = () => gridParagraph([], { keepNext: true });
  if (n) {
    out.push(keptBlank());
    const lead = n > 1 ? 4 : 3;
    doc.attachments.forEach((a, i) => {
      const label = `${i === 0 ? '附件：' : ''}${n > 1 ? `${i + 1}.` : ''}`;
      const hanging = (i === 0 ? lead : n > 1 ? 1 : 0) * DOCX.char;
      out.push(gridParagraph([run(label + a.title)], { indent: { left: (2 + lead) * DOCX.char, hanging }, keepNext: true }));
    });
  }
  const date = documentDate(doc.head.date);
  const gaps = signatureRightGaps(doc.head.signature, date, false);
  out.push(
    keptBlank(),
    gridParagraph([run(doc.head.signature)], { alignment: AlignmentType.RIGHT, indent: { right: Math.round(gaps.signature * DOCX.char) }, keepNext: true }),
    gridParagraph([run(date)], { alignment: AlignmentType.RIGHT, indent: { right: Math.round(gaps.date * DOCX.char) } }),
  );
  return out;
}

/**
 * 版记 in frames as wide as the 版心 at its bottom, so that its last rule lies on the
 * 版心's bottom edge of the last page whatever ends above it (GB/T 9704 §A). One
 * frame a line: LibreOffice drops a frame of several paragraphs, and frames in
 * adjacent paragraphs, so a hairline paragraph stands between them.
 */
const COLOPHON_TEXT_LINE = DOCX.halfPoints.size4 * 10 + 80;
const COLOPHON_LINE = {
  /** 印发, between the rule above it (thin, or thick when it stands alone) and the thick one below. */
  print: (thinAbove: boolean) => DOCX.linePitch + ((thinAbove ? DOCX.ruleThin : DOCX.ruleThick) + DOCX.ruleThick) * 2.5 + 2 * DOCX.ruleSpace,
  /** 抄送, below the thick first rule. */
  copy: DOCX.linePitch + DOCX.ruleThick * 2.5 + DOCX.ruleSpace,
};
function frame(y: number | 'bottom'): IFrameOptions {
  const base = { anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN }, width: TEXT_WIDTH, wrap: FrameWrap.NOT_BESIDE };
  return y === 'bottom'
    ? { ...base, type: 'alignment', alignment: { x: HorizontalPositionAlign.CENTER, y: VerticalPositionAlign.BOTTOM } }
    : { ...base, type: 'absolute', position: { x: 0, y } };
}

function colophonParagraphs(doc: OfficialDocument): Paragraph[] {
  const c = doc.colophon;
  if (!c) return [];
  const size = DOCX.halfPoints.size4;
  const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: DOCX.ruleSpace / 20 }) as const;
  const indent = { left: DOCX.char4, right: DOCX.char4 };
  // A grid line each, the 4号 text in its middle (an exact 579 would set it on the rule below).
  const spacing = { line: COLOPHON_TEXT_LINE, lineRule: LineRuleType.EXACT, before: Math.ceil((DOCX.linePitch - COLOPHON_TEXT_LINE) / 2), after: Math.floor((DOCX.linePitch - COLOPHON_TEXT_LINE) / 2) };
  const out: Paragraph[] = [];
  if (c.copyTo) {
    const y = TEXT_HEIGHT - COLOPHON_LINE.print(true) - COLOPHON_LINE.copy;
    out.push(
      gridParagraph([run(`抄送：${c.copyTo}。`, 'fangsong', { size })], { indent, spacing, frame: frame(y), border: { top: rule(DOCX.ruleThick) } }),
      new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 } }),
    );
  }
  out.push(
    gridParagraph([run(c.printer, 'fangsong', { size }), run(`\t${documentDate(c.printedOn)}印发`, 'fangsong', { size })], {
      indent,
      spacing,
      frame: frame('bottom'),
      tabStops: [{ type: 'right', position: TEXT_WIDTH - DOCX.char4 }],
      border: { top: rule(c.copyTo ? DOCX.ruleThin : DOCX.ruleThick), bottom: rule(DOCX.ruleThick) },
    }),
  );
  return out;
}

const PORTRAIT_MARGIN = { ...DOCX.margin, footer: DOCX.footer, header: DOCX.header };
// The 版心 turned on its side, as the print page does.
const LANDSCAPE_MARGIN = { top: DOCX.margin.left, right: DOCX.margin.top, bottom: DOCX.margin.right, left: DOCX.margin.bottom, footer: DOCX.landscapeFooter, header: DOCX.header };
const GRID = { type: DocumentGridType.LINES, linePitch: DOCX.linePitch };

/**
 * `xiaobiaosong` false sets titles in bold 宋体 (for a machine known to lack 小标宋);
 * by default they name 方正小标宋简体, and the font table states its fallbacks.
 */
export async function documentDocx(doc: OfficialDocument, options: { xiaobiaosong?: boolean } = {}): Promise<Uint8Array> {
  const xiaobiaosong = options.xiaobiaosong ?? true;
  const n = doc.attachments.length;
  const sections: ISectionOptions[] = [
    {
      properties: { page: { size: { width: DOCX.page.width, height: DOCX.page.height }, margin: PORTRAIT_MARGIN }, grid: GRID },
      footers: { default: footer('right'), even: footer('left') },
      // 版记 comes last: after the attachments when there are any.
      children: [...headParagraphs(doc, xiaobiaosong), ...blocksDocx(doc.body, TEXT_WIDTH, true, true), ...closingParagraphs(doc), ...(n ? [] : colophonParagraphs(doc))],
    },
    ...doc.attachments.map((a, i): ISectionOptions => ({
      properties: {
        type: SectionType.NEXT_PAGE,
        page: {
          size: { width: DOCX.page.width, height: DOCX.page.height, orientation: a.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: a.landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN,
        },
        grid: GRID,
      },
      // Each section names its footers: a section without them takes the previous one's.
      footers: a.landscape ? { default: landscapeFooter('right'), even: landscapeFooter('left') } : { default: footer('right'), even: footer('left') },
      children: [
        gridParagraph([run(n > 1 ? `附件${i + 1}` : '附件', 'heiti')]),
        blankLine(),
        titleParagraph(a.title, xiaobiaosong, a.landscape),
        blankLine(),
        ...blocksDocx(paginateAttachment(a.title, a.blocks, a.landscape), a.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH),
        ...(i === n - 1 && !a.landscape ? colophonParagraphs(doc) : []),
      ],
    })),
  ];
  // The 版记 belongs on a portrait page, as the print page has it.
  if (doc.colophon && doc.attachments.at(-1)?.landscape) {
    sections.push({
      properties: { type: SectionType.NEXT_PAGE, page: { size: { width: DOCX.page.width, height: DOCX.page.height }, margin: PORTRAIT_MARGIN }, grid: GRID },
      footers: { default: footer('right'), even: footer('left') },
      children: colophonParagraphs(doc),
    });
  }
  const body = { font: runFont('fangsong'), size: DOCX.halfPoints.size3, characterSpacing: DOCX.charSpacing, language: { value: 'en-US', eastAsia: 'zh-CN' } };
  const heading = (id: string, name: string, key: 'heiti' | 'kaiti' | 'fangsong') => ({
    id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true,
    run: { font: runFont(key), size: DOCX.halfPoints.size3, bold: false, italics: false, color: '000000' },
    paragraph: { spacing: { line: DOCX.linePitch, lineRule: 'exact' as const, before: 0, after: 0 } },
  });
  const file = new Document({
    creator: doc.head.signature,
    title: doc.head.title.replace(/\n/g, ''),
    evenAndOddHeaderAndFooters: true,
    theme: {
      fonts: {
        headings: { latin: FONTS.latin, eastAsia: FONTS.heiti.docx, scripts: { Hans: FONTS.heiti.docx } },
        body: { latin: FONTS.latin, eastAsia: FONTS.fangsong.docx, scripts: { Hans: FONTS.fangsong.docx } },
      },
    },
    styles: {
      default: { document: { run: body, paragraph: { spacing: { line: DOCX.linePitch, lineRule: 'exact', before: 0, after: 0 } } } },
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', quickFormat: true, run: body, paragraph: { spacing: { line: DOCX.linePitch, lineRule: 'exact', before: 0, after: 0 } } },
        { ...heading('Title', 'Title', 'fangsong'), run: { font: runFont(xiaobiaosong ? 'xiaobiaosong' : 'songti'), size: DOCX.halfPoints.size2, bold: !xiaobiaosong, color: '000000' } },
        heading('Heading1', 'heading 1', 'heiti'),
        heading('Heading2', 'heading 2', 'kaiti'),
        heading('Heading3', 'heading 3', 'fangsong'),
        heading('Heading4', 'heading 4', 'fangsong'),
        {
          id: TABLE_STYLE, name: '表格文字', basedOn: 'Normal', quickFormat: true,
          run: { characterSpacing: 0 },
          paragraph: { spacing: { ...GRID_SPACING, line: 378 } },
        },
      ],
    },
    sections,
  });
  return finishDocx(new Uint8Array(await Packer.toBuffer(file)));
}
