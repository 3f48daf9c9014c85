// A statistics table printed to PDF through Chromium, read back with pdftotext
// (poppler): the title with the month, the header fields, every row label of
// 川卫函〔2020〕96号 附件2 with its figure, the 备注 line, A4 in the table's own
// orientation, page numbers; user text escaped; the same check gate as the xlsx.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StatsTableView } from '../../shared/stats';
import { runCli } from '../../electron/core/cli';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { sheetColumns, type ColumnKind } from '../../electron/core/stats/xlsxLayout';
import { openApp, seedFixture } from '../fixtures/cases/fixture';
import { newDatabase, resourcesDir, tempDir } from '../support/temp';

const printer = chromiumPrinter();
afterAll(() => printer.close());

/** The PDF's text (or a strip of it, in pt) without the spaces and line breaks that wrapping puts between characters. */
const squeeze = (file: string, strip?: { x: number; w: number }) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', ...(strip ? ['-x', String(strip.x), '-W', String(strip.w), '-y', '0', '-H', '2000'] : []), file, '-'], { encoding: 'utf8' })
    .replace(/\s+/g, '');

/** The words of page 1 grouped into printed lines (same baseline), left to right. */
function lines(file: string): { words: string[]; text: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), t: m[3] ?? '' }));
  const byLine = new Map<number, typeof words>();
  for (const w of words) {
    const key = [...byLine.keys()].find((y) => Math.abs(y - w.y) < 2) ?? w.y;
    byLine.set(key, [...(byLine.get(key) ?? []), w]);
  }
  return [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([, ws]) => {
    const sorted = ws.sort((a, b) => a.x - b.x).map((w) => w.t);
    return { words: sorted, text: sorted.join('') };
  });
}

function inOrder(text: string, pieces: string[]): void {
  let from = 0;
  for (const p of pieces) {
    const found = text.indexOf(p.replace(/\s+/g, ''), from);
    expect(found, p).toBeGreaterThanOrEqual(from);
    from = found + 1;
  }
}

/** Where some adjacent columns of the printed table lie across the page, in pt (12 mm side margins, widths as the xlsx's). */
function columns(view: StatsTableView, first: ColumnKind, last: ColumnKind): { x: number; w: number } {
  const cols = sheetColumns(view);
  const scale = (210 - 24) / cols.reduce((s, c) => s + c.width, 0);
  const pt = (mm: number) => (mm * 72) / 25.4;
  const edge = (n: number) => pt(12 + cols.slice(0, n).reduce((s, c) => s + c.width, 0) * scale);
  const x = edge(cols.findIndex((c) => c.kind === first));
  return { x: Math.ceil(x) + 1, w: Math.floor(edge(cols.findIndex((c) => c.kind === last) + 1) - x) - 2 };
}

/** Each page as 'A4P' or 'A4L' (Chromium's A4 is 595–596 × 842–843 pt). */
const pages = (file: string) => execFileSync('pdfinfo', ['-f', '1', '-l', '99', file], { encoding: 'utf8' })
  .split('\n').filter((l) => /^Page\s+\d+ size/.test(l)).map((l) => {
    const [w = 0, h = 0] = (/([\d.]+) x ([\d.]+)/.exec(l) ?? []).slice(1, 3).map(Number);
    const a4 = (a: number, b: number) => Math.abs(a - 595.5) < 1.5 && Math.abs(b - 842.4) < 1.5;
    return a4(w, h) ? 'A4P' : a4(h, w) ? 'A4L' : `${w}x${h}`;
  });

describe('statistics table as PDF', () => {
  it('prints 附件2 with the month, the header fields, all 27 rows and their figures', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'tb2.pdf');
    const { ctx, call } = await openApp({ saveTo: out, printer });
    await call('org.setOperator', { operator: '王芳<b>' });
    await call('org.saveHospital', { name: '示例医院', level: '三级甲等', category: '综合医院', ownership: '公立', region: '成都' });
    await seedFixture(call);
    const view: StatsTableView = await call('stats.compute', { campaign: 'sc-2020-96', tableId: 'tb2', period: '2020-10' });
    const done = await call('stats.exportPdf', { campaign: '川卫函〔2020〕96号', tableId: '2', period: '2020-10', acceptFailures: false });
    ctx.close();
    expect(done).toEqual({ path: out, issues: [] });
    const text = squeeze(out);
    expect(text).toContain('附件2');
    expect(text).toContain('卫生健康行业领域突出问题专项整治行动工作统计表（10月）');
    for (const field of ['填报市（州）：成都', '填报时间：2020年11月20日', '填报人：王芳<b>', '联系电话：']) expect(text).toContain(field);
    for (const h of ['重点检查内容', '序号', '检查要点', '数量', '单位']) expect(text).toContain(h);
    const rows = view.sections.flatMap((s) => s.rows);
    expect(rows).toHaveLength(27);
    for (const s of view.sections) expect(text).toContain(s.title.replace(/\s+/g, ''));
    // The 检查要点 columns alone (cropped out of the page) hold every label whole and in order, once per
    // merged block, and the sublabel column every sublabel.
    inOrder(squeeze(out, columns(view, 'label', 'sublabel')), rows.filter((r) => r.labelSpan > 0).map((r) => r.label));
    inOrder(squeeze(out, columns(view, 'sublabel', 'sublabel')), rows.flatMap((r) => r.sublabel ?? []));
    // Each row's 序号, figure and unit on one printed line, in order.
    const printed = lines(out);
    let at = 0;
    for (const r of rows) {
      const tail = `${r.cells[0]?.text ?? ''}${r.unit ?? ''}`;
      const found = printed.findIndex((l, i) => i >= at && l.words.includes(r.no) && l.text.endsWith(tail));
      expect(found, `${r.id}: ${tail}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
    expect(rows.find((r) => r.id === 'tb2-r5')?.cells[0]?.text).toBe('12.8456');
    expect(text).toContain('备注：移交纪检、司法的案件要单独报送案件');
    expect(text).toContain('第1页，共1页');
    expect(pages(out)).toEqual(['A4P']);
  });

  it('prints the 广西 tables each in its own orientation; --names and unknown formats are refused', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'gx.pdf');
    const lines: string[] = [];
    const cli = (...argv: string[]) => runCli(argv, {
      resourcesDir, version: 'test', printer, out: (l) => lines.push(l), err: (l) => lines.push(l), now: () => new Date('2020-11-20T10:00:00+08:00'),
    });
    const db = await newDatabase(dir);
    // No hospital class in 设置: 附件4 fails a check; the command line warns, then writes.
    expect(await cli('stats', 'export', '--db', db, '--campaign', 'gx-2020-special', '--period', 'all', '--format', 'pdf', '--out', out)).toBe(0);
    expect(lines.join('\n')).toMatch(/警告：有 \d+ 项检查未通过，仍照常导出/);
    expect(lines.at(-1)).toBe(`已导出：${out}`);
    const sizes = pages(out);
    // 附件3 portrait, 附件4 landscape (its head and rows may run over pages), the 附件2 checklist portrait.
    expect(sizes[0]).toBe('A4P');
    expect(sizes.slice(1, 3)).toEqual(['A4L', 'A4L']);
    expect(sizes.at(-1)).toBe('A4P');
    const text = squeeze(out);
    for (const t of ['附件3', '附件4', '附件2']) expect(text).toContain(t);
    expect(await cli('stats', 'export', '--db', db, '--campaign', 'sc-2020-96', '--period', '2020-10', '--format', 'pdf', '--names', '--out', out)).toBe(2);
    expect(await cli('stats', 'export', '--db', db, '--campaign', 'sc-2020-96', '--period', '2020-10', '--format', 'ods', '--out', out)).toBe(2);
    fs.rmSync(out);
  });
});
