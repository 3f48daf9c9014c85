// Validates every resources/campaigns/*.json against the schema and checks that each
// task and item text appears in its notice. Run: npx tsx scripts/validate-campaigns.ts
import fs from 'node:fs';
import path from 'node:path';
import { parseCampaignFile } from '../electron/core/campaigns/file';
import { normalizeNoticeText } from '../shared/noticeText';

const dir = path.resolve('resources/campaigns');
let failed = 0;
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
  try {
    const c = parseCampaignFile(fs.readFileSync(path.join(dir, f), 'utf8'), f);
    const notice = c.source ? normalizeNoticeText(c.source.text) : '';
    const texts = [
      ...c.tasks.map((t) => ['task', t.id, t.text] as const),
      ...c.checklists.flatMap((cl) => cl.groups.flatMap((g) => g.items.map((i) => ['item', i.id, i.text] as const))),
    ];
    const missing = texts.filter(([, , t]) => !notice.includes(normalizeNoticeText(t)));
    console.log(`${f}: ok (${c.tasks.length} tasks, ${texts.length - c.tasks.length} items, ${c.tables.length} tables); texts not found in notice: ${missing.length}`);
    for (const [k, i] of missing) console.log(`  missing ${k} ${i}`);
    if (missing.length) failed++;
  } catch (e) {
    failed++;
    console.log(`${f}: ${(e as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
