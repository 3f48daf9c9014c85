// Screenshots of the real renderer through the harness, for looking at screens:
//   npx tsx tests/harness/shot.ts <route> <out.png> [--today YYYY-MM-DD] [--db <file>] [--full] [--click 文本] [--size 1366x768]
import { parseArgs } from 'node:util';
import { startHarness } from './harness';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { today: { type: 'string' }, db: { type: 'string' }, full: { type: 'boolean' }, click: { type: 'string', multiple: true }, size: { type: 'string' } },
});
const [route = '/', out = 'shot.png'] = positionals;
const fixed = values.today ? new Date(`${values.today}T09:00:00+08:00`) : undefined;
const [width, height] = (values.size ?? '1440x900').split('x').map(Number);
const h = await startHarness({ now: fixed ? () => fixed : undefined, databaseFile: values.db, viewport: { width: width ?? 1440, height: height ?? 900 } });
try {
  await h.open(route);
  await h.page.waitForLoadState('networkidle');
  for (const text of values.click ?? []) {
    await h.page.getByText(text, { exact: true }).first().click();
    await h.page.waitForTimeout(300);
  }
  await h.page.waitForTimeout(300);
  await h.page.screenshot({ path: out, fullPage: values.full ?? false });
  console.log(`已保存 ${out}`);
} finally {
  await h.close();
}
