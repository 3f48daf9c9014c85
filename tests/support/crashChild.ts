// A child process that writes answers until it is killed: one answer per commit
// ("typing"), or a whole batch per transaction ("import"). It prints each commit.
import { openDatabase } from '../../electron/core/db/open';
import { applyAnswerChanges, saveAnswer } from '../../electron/core/inspection/answers';
import { getRoundDetail } from '../../electron/core/inspection/rounds';

const [file, mode, roundText] = process.argv.slice(2);
const db = await openDatabase(file ?? '');
const roundId = Number(roundText);
const tasks = getRoundDetail(db, roundId).elements.map((e) => e.elementId);
const value = (k: number) => ({ kind: 'progress' as const, status: '推进中' as const, done: String(k) });
for (let k = 1; ; k++) {
  if (mode === 'typing') {
    const elementId = tasks[k % tasks.length] ?? '';
    saveAnswer(db, roundId, { elementId, value: value(k), note: '' }, '王芳', new Date().toISOString());
    process.stdout.write(`${elementId} ${k}\n`);
  } else {
    applyAnswerChanges(db, roundId, tasks.map((elementId) => ({ elementId, value: value(k), note: `第${k}批` })), '王芳', new Date().toISOString());
    process.stdout.write(`batch ${k}\n`);
  }
}
