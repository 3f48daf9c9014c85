// Parsing each of the five real notices from its raw text; the target is for the
// longest (issue 8: under 200 ms).
import fs from 'node:fs';
import path from 'node:path';
import { parseNotice } from '../../electron/core/campaigns/notice/parse';
import { repoRoot } from '../harness/harness';
import { measure, type Figure } from './measure';

const TARGET_MS = 200;

export async function noticeFigures(): Promise<Figure[]> {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'notices');
  const notices = fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const longest = Math.max(...notices.map((n) => n.text.length));
  const figures: Figure[] = [];
  for (const n of notices) {
    parseNotice(n.text, n.name); // warm-up: the first parse pays for compiling the regular expressions
    const isLongest = n.text.length === longest;
    figures.push(await measure(`识别通知 ${n.name}（${n.text.length} 字${isLongest ? '，最长' : ''}）`, 10, () => void parseNotice(n.text, n.name), isLongest ? TARGET_MS : undefined));
  }
  return figures;
}
