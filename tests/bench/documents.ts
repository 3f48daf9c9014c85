// The 公文 writers on the fixture summary (several pages, a body table, two
// attachments): docx under 1 s, stamped PDF under 3 s with Chromium running, and
// LibreOffice converting our own .docx as the yardstick for the PDF.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { documentDocx } from '../../electron/core/documents/docx';
import { documentPdf } from '../../electron/core/documents/pdf';
import { chromiumPrinter } from '../../electron/core/print/chromium';
import { fontconfigFile } from '../../electron/core/print/fonts';
import { sampleDocument, sampleSealPng } from '../fixtures/documents/sample';
import { measure, type Figure } from './measure';

export async function documentFigures(scratch: string): Promise<Figure[]> {
  const seal = { png: sampleSealPng(), diameterMm: 42 };
  const docx = path.join(scratch, 'summary.docx');
  const figures = [await measure('公文：工作情况总结（含附件）生成 .docx', 10, async () => fs.writeFileSync(docx, await documentDocx(sampleDocument)), 1_000)];
  const printer = chromiumPrinter();
  try {
    await printer.pdf('<p>预热</p>'); // Chromium is already running in the app
    figures.push(await measure('公文：工作情况总结（含附件）生成加盖印章的 PDF', 5, async () => void (await documentPdf(printer, sampleDocument, { seal })), 3_000));
  } finally {
    await printer.close();
  }
  const profile = path.join(scratch, 'lo-profile');
  const convert = () => {
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', scratch, docx], {
      env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() },
    });
    if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr.toString()}`);
  };
  convert(); // the first run creates the profile
  figures.push(await measure('对照：LibreOffice 将同一 .docx 转为 PDF', 3, convert));
  return figures;
}
