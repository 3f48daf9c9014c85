// PDF evidence previewed inside the window with pdf.js, under the window's strict
// Content-Security-Policy: the pages are drawn on a canvas, one at a time, a
// Chinese PDF whose font is not embedded gets its CMap from the bundled files, and
// a damaged file says so in Chinese and keeps the 打开 button.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness/harness';

let h: Harness;
let scratch: string;
let roundId = 0;
/** What the next "添加佐证材料" picks. */
let nextFile = '';
const problems: string[] = [];
/** CSP reports from before any PDF was previewed (zod's start-up probe for eval, not ours). */
let reportedBefore = 0;
const requests: { url: string; status: number }[] = [];

/** UTF-16BE hex of a text, as a PDF string shown with the UniGB-UCS2-H CMap. */
const ucs2Hex = (text: string) => Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();

/** A PDF file of the given objects (numbered from 1, the first being the catalog), with its xref table. */
function pdfOf(objects: (string | Buffer)[]): Buffer {
  const parts = [Buffer.from('%PDF-1.5\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = parts[0]?.length ?? 0;
  const offsets = objects.map((body, i) => {
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
    return length - part.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)];
  parts.push(Buffer.from(`${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

const stream = (dict: string, data: Buffer | string) =>
  Buffer.concat([Buffer.from(`<< ${dict} /Length ${Buffer.byteLength(data)} >>\nstream\n`, 'latin1'), Buffer.from(data), Buffer.from('\nendstream')]);

/**
 * Three pages written by hand: a coloured band and a Latin line in Helvetica, and a
 * Chinese line in STSong-Light, which is not embedded and is reached through the
 * predefined CMap UniGB-UCS2-H (so pdf.js needs the bundled CMaps to draw it).
 */
function chinesePdf(): Buffer {
  const bands = ['0.13 0.36 0.75', '0.85 0.10 0.10', '0.10 0.60 0.25'];
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${bands.map((_, i) => `${7 + 2 * i} 0 R`).join(' ')}] /Count ${bands.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  bands.forEach((rgb, i) => {
    const content = [
      `q ${rgb} rg 56 736 483 56 re f Q`,
      `BT /F1 20 Tf 1 1 1 rg 72 756 Td (Zicha PDF preview - page ${i + 1}) Tj ET`,
      `BT /F2 32 Tf 0 0 0 rg 72 660 Td <${ucs2Hex(`自查报告第${'一二三'[i]}页`)}> Tj ET`,
    ].join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${8 + 2 * i} 0 R >>`,
      stream('', content),
    );
  });
  return pdfOf(objects);
}

/**
 * One page with a 16×16 JPEG 2000 image (a codestream with one empty packet, so a
 * flat mid-grey) drawn 400 pt wide: pdf.js decodes it with its JS decoder, which
 * the worker imports from the bundled files (WebAssembly is not allowed).
 */
function jpxPdf(): Buffer {
  const u16 = (n: number) => [n >> 8, n & 255];
  const u32 = (n: number) => [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];
  const siz = [0xff, 0x51, ...u16(41), ...u16(0), ...u32(16), ...u32(16), ...u32(0), ...u32(0), ...u32(16), ...u32(16), ...u32(0), ...u32(0), ...u16(1), 7, 1, 1];
  const cod = [0xff, 0x52, ...u16(12), 0, 0, ...u16(1), 0, 0, 4, 4, 0, 1];
  const qcd = [0xff, 0x5c, ...u16(4), 0x40, 0x40];
  const tile = [0xff, 0x90, ...u16(10), ...u16(0), ...u32(15), 0, 1, 0xff, 0x93, 0x00];
  const j2k = Buffer.from([0xff, 0x4f, ...siz, ...cod, ...qcd, ...tile, 0xff, 0xd9]);
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', 'q 400 0 0 400 100 300 cm /Im1 Do Q'),
    stream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /Filter /JPXDecode', j2k),
  ]);
}

/**
 * A real PDF from LibreOffice Calc: a Chinese table over two pages with its fonts
 * embedded, or protected by a password. LibreOffice is one of the packages
 * scripts/preflight.mjs installs, so its absence fails the test rather than skips it.
 */
function libreOfficePdf(dir: string, name: string, password?: string): string {
  const csv = path.join(dir, `${name}.csv`);
  const rows = ['序号,检查项目,自查情况,整改措施'];
  for (let i = 1; i <= 90; i++) rows.push(`${i},第${i}项 医疗机构违规收费检查,已落实专项整治要求,持续改进并留存佐证材料`);
  fs.writeFileSync(csv, rows.join('\n'));
  const filter = password
    ? `pdf:calc_pdf_Export:${JSON.stringify({ EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: password } })}`
    : 'pdf';
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${fs.mkdtempSync(path.join(dir, 'lo-'))}`, '--headless', '--infilter=Text - txt - csv (StarCalc):44,34,76', '--convert-to', filter, '--outdir', dir, csv],
    { stdio: 'ignore', timeout: 90_000 },
  );
  const pdf = path.join(dir, `${name}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${name}.csv`);
  return pdf;
}

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-pdf-'));
  const today = new Date('2020-10-08T09:00:00+08:00');
  h = await startHarness({ now: () => today, openFilesAs: () => [nextFile] });
  h.page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  h.page.on('worker', (w) =>
    w.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`worker: ${m.text()}`);
    }),
  );
  h.page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  h.page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  h.page.on('response', (r) => requests.push({ url: r.url(), status: r.status() }));
  await h.page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  await h.open('/');
  const created = await h.page.evaluate(() =>
    window.zicha['inspection.createRound']({ campaignId: 'gx-2020-special', name: '测试', periodStart: null, periodEnd: null, dueOn: null }),
  );
  if (!created.ok) throw new Error(created.error.message);
  roundId = created.value.id;
  await h.open(`/self-check/${roundId}`);
  await h.page.getByTestId('round-page').waitFor();
  reportedBefore = (await cspReports()).length;
});
afterAll(async () => {
  await h?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

const cspReports = () => h.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
const drawer = () => h.page.getByTestId('evidence-drawer');
const counter = () => drawer().getByTestId('pdf-page-counter').innerText();

/** Adds `file` to item cl2-i3 through the file picker and opens its preview. */
async function addAndPreview(file: string) {
  if (!(await drawer().isVisible())) {
    await h.page.getByTestId('evidence-cl2-i3').click();
    await drawer().waitFor();
  }
  nextFile = file;
  await drawer().getByTestId('add-evidence').click();
  const item = drawer().locator('[data-testid^="evidence-file-"]', { hasText: path.basename(file) });
  await item.waitFor();
  await item.getByRole('button', { name: '预览' }).click();
}

/** Pixels of the canvas: how many are not white, and how many are dark in a band of rows (fractions of the height). */
function canvasPixels(band: [number, number] = [0, 1]) {
  return drawer()
    .getByTestId('pdf-canvas')
    .evaluate((canvas: HTMLCanvasElement, [from, to]) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      let dark = 0;
      const rowFrom = Math.floor(from * canvas.height);
      const rowTo = Math.ceil(to * canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        const [r = 255, g = 255, b = 255, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        if (a > 0 && (r < 240 || g < 240 || b < 240)) inked++;
        const row = Math.floor(i / 4 / canvas.width);
        if (row >= rowFrom && row < rowTo && a > 0 && r < 90 && g < 90 && b < 90) dark++;
      }
      const rect = canvas.getBoundingClientRect();
      return { inked, dark, width: canvas.width, cssWidth: rect.width, total: data.length / 4 };
    }, band);
}

/** The colour at a point given as fractions of the canvas. */
function colourAt(x: number, y: number) {
  return drawer()
    .getByTestId('pdf-canvas')
    .evaluate((canvas: HTMLCanvasElement, [fx, fy]) => {
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      return Array.from(ctx.getImageData(Math.floor(fx * canvas.width), Math.floor(fy * canvas.height), 1, 1).data);
    }, [x, y] as [number, number]);
}

// The band of the Chinese line on the hand-made pages: baseline at 660 pt, 32 pt high, on an 842 pt page.
const CHINESE_ROWS: [number, number] = [(842 - 700) / 842, (842 - 650) / 842];
// The middle of the coloured band (56 pt high from 736 pt up).
const BAND: [number, number] = [0.5, (842 - 764) / 842];

describe('PDF preview', () => {
  it('draws the first page of a Chinese PDF on a canvas as wide as the drawer, with its CMap', async () => {
    const file = path.join(scratch, '自查报告.pdf');
    fs.writeFileSync(file, chinesePdf());
    await addAndPreview(file);
    await drawer().getByTestId('pdf-canvas').waitFor();
    expect(await counter()).toBe('第 1 / 3 页');
    const px = await canvasPixels(CHINESE_ROWS);
    expect(px.inked).toBeGreaterThan(px.total / 50);
    expect(px.dark, 'the Chinese line is drawn').toBeGreaterThan(200);
    const drawerWidth = await drawer().evaluate((el) => el.getBoundingClientRect().width);
    expect(px.cssWidth).toBeGreaterThan(drawerWidth - 4);
    expect(px.cssWidth).toBeLessThanOrEqual(drawerWidth + 1);
    const [r = 0, g = 0, b = 0] = await colourAt(...BAND);
    expect(b).toBeGreaterThan(150);
    expect(r).toBeLessThan(80);
    expect(g).toBeLessThan(130);
    // The CMap came from the app's own bundled files.
    const cmap = requests.filter((q) => /UniGB-UCS2-H[^/]*\.bcmap$/.test(q.url));
    expect(cmap.length).toBeGreaterThan(0);
    expect(cmap.every((q) => q.status === 200 && q.url.startsWith('http://zicha.localhost/assets/'))).toBe(true);
  });

  it('turns the pages one at a time', async () => {
    await drawer().getByTestId('pdf-next').click();
    await expect.poll(counter).toBe('第 2 / 3 页');
    await expect.poll(async () => (await colourAt(...BAND))[0] ?? 0).toBeGreaterThan(180);
    const [, g = 255, b = 255] = await colourAt(...BAND);
    expect(g).toBeLessThan(80);
    expect(b).toBeLessThan(80);
    expect((await canvasPixels(CHINESE_ROWS)).dark).toBeGreaterThan(200);
    await drawer().getByTestId('pdf-next').click();
    await expect.poll(counter).toBe('第 3 / 3 页');
    expect(await drawer().getByTestId('pdf-next').isDisabled()).toBe(true);
    await drawer().getByTestId('pdf-prev').click();
    await expect.poll(counter).toBe('第 2 / 3 页');
    await expect.poll(async () => (await colourAt(...BAND))[0] ?? 0).toBeGreaterThan(180);
  });

  it('shows a PDF made by LibreOffice, with its own embedded Chinese font', async () => {
    await addAndPreview(libreOfficePdf(scratch, '自查台账'));
    await expect.poll(counter).toBe('第 1 / 2 页');
    await drawer().getByTestId('pdf-canvas').waitFor();
    await expect.poll(async () => (await canvasPixels()).inked).toBeGreaterThan(2000);
  });

  it('draws a JPEG 2000 image with the bundled decoder, without WebAssembly', async () => {
    const file = path.join(scratch, '扫描件.pdf');
    fs.writeFileSync(file, jpxPdf());
    await addAndPreview(file);
    await expect.poll(counter).toBe('第 1 / 1 页');
    expect(await drawer().getByTestId('pdf-next').count()).toBe(0);
    // The middle of the image (x 100–500 pt, y 300–700 pt on a 595 × 842 pt page).
    await expect.poll(async () => (await colourAt(300 / 595, (842 - 500) / 842)).slice(0, 3)).toEqual([128, 128, 128]);
    const decoder = requests.filter((q) => q.url.includes('openjpeg_nowasm_fallback'));
    expect(decoder.length).toBeGreaterThan(0);
    expect(decoder.every((q) => q.status === 200 && q.url.startsWith('http://zicha.localhost/assets/'))).toBe(true);
  });

  it('says that a PDF with a password cannot be shown here', async () => {
    await addAndPreview(libreOfficePdf(scratch, '加密文件', '123456'));
    await drawer().getByTestId('pdf-error').waitFor();
    expect(await drawer().getByTestId('pdf-error').innerText()).toContain('该 PDF 设有密码保护');
  });

  it('says in Chinese that a damaged PDF cannot be shown, and still offers 打开', async () => {
    const file = path.join(scratch, '损坏的文件.pdf');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x5a)]));
    await addAndPreview(file);
    await drawer().getByTestId('pdf-error').waitFor();
    expect(await drawer().getByTestId('pdf-error').innerText()).toContain('该 PDF 无法预览');
    expect(await drawer().getByTestId('pdf-canvas').count()).toBe(0);
    const opened = h.opened.length;
    await drawer().getByTestId('evidence-preview').getByRole('button', { name: '打开' }).click();
    await expect.poll(() => h.opened.length).toBe(opened + 1);
  });

  it('stayed within the Content-Security-Policy throughout', async () => {
    expect((await cspReports()).slice(reportedBefore)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
