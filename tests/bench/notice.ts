// Parsing each of the five real notices from its raw text, and the longest document
// of the development corpus (with its feedback reading when it is a report); the
// target is for the longest (issues 8 and 16: under 200 ms).
import fs from 'node:fs';
import path from 'node:path';
import { parseFeedback } from '../../electron/core/campaigns/notice/feedback';
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
  const corpusDir = path.join(dir, 'corpus');
  const corpus = fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(corpusDir, f), 'utf8') }))
    .sort((a, b) => b.text.length - a.text.length)[0];
  if (corpus) {
    const read = () => {
      const p = parseNotice(corpus.text, corpus.name);
      if (p.kind === 'feedback') parseFeedback(corpus.text, corpus.name);
    };
    read();
    figures.push(await measure(`识别语料中最长的文件 ${corpus.name}（${corpus.text.length} 字）`, 10, read, TARGET_MS));
  }
  return figures;
}
