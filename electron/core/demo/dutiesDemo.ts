// Sample 报送台账: most of 川卫函〔2020〕96号's reports sent on time, the
// September table late, the summary left open; 陕西's and 广西's reports sent.
// The files are scans of the stamped copies (sample images), as many commissions
// still ask for the paper back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SubmissionVia } from '../../../shared/duties';
import type { Db } from '../db/open';
import { recordSubmission } from '../duties/submissions';
import { samplePng } from './sampleFiles';

const SENT: readonly { campaign: string; duty: string; due: string; on: string; via: SubmissionVia; file: string; note?: string }[] = [
  { campaign: 'sc-2020-96', duty: 'd1', due: '2020-06-15', on: '2020-06-12', via: 'email', file: '工作方案及领导小组（盖章扫描件）.png' },
  { campaign: 'sc-2020-96', duty: 'd2', due: '2020-07-05', on: '2020-07-03', via: 'system', file: '6月统计表（盖章扫描件）.png' },
  { campaign: 'sc-2020-96', duty: 'd2', due: '2020-08-05', on: '2020-08-04', via: 'system', file: '7月统计表（盖章扫描件）.png' },
  { campaign: 'sc-2020-96', duty: 'd2', due: '2020-09-05', on: '2020-09-08', via: 'system', file: '8月统计表（盖章扫描件）.png', note: '院领导出差，盖章延误' },
  { campaign: 'sc-2020-96', duty: 'd2', due: '2020-10-05', on: '2020-09-30', via: 'system', file: '9月统计表（盖章扫描件）.png' },
  { campaign: 'sn-2020-36', duty: 'd2', due: '2020-08-31', on: '2020-08-28', via: 'paper', file: '清理清查书面报告（盖章扫描件）.png' },
  { campaign: 'gx-2020-special', duty: 'd1', due: '2020-12-05', on: '2020-12-03', via: 'email', file: '总结报告及量化统计表（盖章扫描件）.png' },
];

export function buildDutiesDemo(db: Db, evidenceDir: string): number {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'zicha-duties-demo-'));
  try {
    SENT.forEach((s, i) => {
      const file = path.join(scratch, s.file);
      fs.writeFileSync(file, samplePng(240, 320, 40 + i));
      recordSubmission(
        db, evidenceDir,
        { campaign: s.campaign, dutyId: s.duty, due: s.due, submittedOn: s.on, via: s.via, note: s.note ?? '', files: [{ path: file }] },
        { today: '2020-12-31', at: `${s.on}T08:00:00.000Z`, by: '王芳' },
      );
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return SENT.length;
}
