// A notice as a Word file and a PDF made from its text by LibreOffice parses to the
// same proposal as the text: same header, tasks with their units, phases, duties
// and the statistics table row by row. Spans may differ.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NoticeProposal } from '../../shared/noticeProposal';
import { extractNoticeFile } from '../../electron/core/campaigns/notice/extract';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { fontconfigFile } from '../../electron/core/print/fonts';
import { noticesDir, tempDir } from '../support/temp';

const NOTICE = '000_e6ec9bc6c0cc2de0.txt';
// Its division table: rows of tab-separated cells, some tabs so narrow in the PDF that pdf.js writes them as spaces.
const DIVISION = '002_bde7776c8c36b63e.txt';

function convert(dir: string, file: string, to: string): string {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--infilter=Text (encoded):UTF8,LF,,', '--convert-to', to, '--outdir', dir, file],
    { env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() }, stdio: 'pipe', timeout: 60_000 },
  );
  const out = path.join(dir, `${path.basename(file, '.txt')}.${to}`);
  expect(fs.existsSync(out)).toBe(true);
  return out;
}

const header = (p: NoticeProposal) => {
  const c = p.campaign;
  return [c.title, c.issuers, c.docNumber, c.issuedOn, c.period.start, c.period.end, c.scope];
};
const tasks = (p: NoticeProposal) => p.campaign.tasks.map((t) => [t.no, t.title, t.text.replace(/\s/g, ''), t.leadUnits, t.coUnits]);
const phases = (p: NoticeProposal) => p.campaign.phases.map((x) => [x.name, x.start, x.end]);
const duties = (p: NoticeProposal) => p.campaign.duties.map((d) => [d.due, d.recurrence, d.formats, d.sends]);
const rows = (p: NoticeProposal) =>
  p.campaign.tables.map((t) => [t.annex, t.title, t.sections.map((s) => [s.title, s.rows.map((r) => [r.no, r.label, r.sublabel, r.unit])])]);

/** The notice's text in a fresh temp dir (each test's dir is removed after it). */
function noticeFile(notice = NOTICE): { dir: string; txt: string } {
  const dir = tempDir();
  const txt = path.join(dir, 'notice.txt');
  fs.copyFileSync(path.join(noticesDir, notice), txt);
  return { dir, txt };
}

/** What LibreOffice's copy of a notice parses to, beside what its text parses to. */
async function throughOffice(notice: string, format: 'docx' | 'pdf') {
  const text = parseNotice(fs.readFileSync(path.join(noticesDir, notice), 'utf8'), notice);
  const { dir, txt } = noticeFile(notice);
  const got = await extractNoticeFile(convert(dir, txt, format));
  const p = parseNotice(got.text, got.name);
  expect(header(p)).toEqual(header(text));
  expect(tasks(p)).toEqual(tasks(text));
  expect(duties(p)).toEqual(duties(text));
  // Tables are tab-separated in the text; a PDF places them by tab stops and wraps the long rows.
  expect(rows(p)).toEqual(rows(text));
  return { p, text };
}

describe(`${NOTICE} through LibreOffice`, () => {
  for (const format of ['docx', 'pdf'] as const) {
    it(`as .${format} gives the same header, tasks with their units, phases, duties and table rows`, async () => {
      const { p, text } = await throughOffice(NOTICE, format);
      expect(phases(p)).toEqual(phases(text));
      expect(rows(p)[0]?.[2]).toHaveLength(4);
    }, 40_000);
  }
});

describe(`${DIVISION} through LibreOffice`, () => {
  it('as .pdf gives every task its units from the division table', async () => {
    const { p } = await throughOffice(DIVISION, 'pdf');
    const fraud = p.campaign.tasks.find((t) => t.title === '严厉打击欺诈骗取医保基金行为');
    expect(fraud?.leadUnits).toEqual(['医政医管局', '中医药管理局', '妇幼健康处']);
  }, 40_000);
});
