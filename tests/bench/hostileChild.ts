// Run by hostileWorkbook.ts in a process of its own: plans one problem import and
// prints its peak resident memory (a fresh heap, like the app's main process).
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/core/db/open';
import { planProblemImport } from '../../electron/core/ledger/import';

const [dbFile, file] = process.argv.slice(2);
const db = await openDatabase(dbFile ?? '');
const started = performance.now();
const plan = await planProblemImport(db, file ?? '');
const ms = performance.now() - started;
db.close();
const verdict = plan.ok ? `可导入 ${plan.rows.length} 行` : (plan.errors[0]?.message ?? '');
console.log(JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, ms, verdict }));
