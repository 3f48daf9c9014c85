// A 200 MB evidence file (the largest the store takes) added under the app lock,
// sealed and read back, in a fresh process: its peak memory says whether the file
// is streamed or held whole (issue 20 wants it streamed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_EVIDENCE_BYTES } from '../../electron/core/evidenceStore';
import { repoRoot } from '../harness/harness';
import type { Figure } from './measure';

/** Streaming holds a few chunks; a file held whole (or twice, plain and sealed) needs more than its own size. */
const PEAK_TARGET_MB = 150;

export function evidenceFigures(scratch: string): Figure[] {
  const source = path.join(scratch, '扫描件.bin');
  const chunk = Buffer.alloc(8 * 1024 * 1024);
  const fd = fs.openSync(source, 'w');
  try {
    for (let written = 0; written < MAX_EVIDENCE_BYTES; written += chunk.length) {
      // Different bytes in every chunk, so that nothing compresses or repeats.
      chunk.fill(written / chunk.length);
      fs.writeSync(fd, chunk, 0, Math.min(chunk.length, MAX_EVIDENCE_BYTES - written));
    }
  } finally {
    fs.closeSync(fd);
  }
  const child = path.join(repoRoot, 'tests', 'bench', 'evidenceChild.ts');
  const run = spawnSync(process.execPath, ['--import', 'tsx', child, path.join(scratch, 'evidence'), source], { cwd: repoRoot, encoding: 'utf8' });
  fs.rmSync(source, { force: true });
  if (run.status !== 0) throw new Error(`evidence child failed: ${run.stderr}`);
  const { peakMb, ms, bytes } = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { peakMb: number; ms: number; bytes: number };
  const ok = peakMb <= PEAK_TARGET_MB;
  return [
    {
      name: `佐证材料：添加 ${(bytes / 1024 / 1024).toFixed(0)} MB 的文件（应用锁下加密保存）并读回`,
      runs: [ms],
      notes: [{ text: `峰值常驻内存 ${peakMb.toFixed(0)} MB（上限 ${PEAK_TARGET_MB} MB，即流式处理而非整份读入：${ok ? '达标' : '未达标'}）`, ok }],
    },
  ];
}
