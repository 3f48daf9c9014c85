// `npm run web`: the real renderer in a Chromium window through the harness door,
// for machines without the Electron binary. Uses the same data folder as the app
// unless --db names a database file.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../../electron/core/paths';
import { startHarness } from './harness';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
const databaseFile = values.db ? path.resolve(values.db) : undefined;
const dataDir = databaseFile ? path.dirname(databaseFile) : defaultDataDir();
const h = await startHarness({ dataDir, databaseFile, headless: false, viewport: { width: 1366, height: 800 } });
console.log(`自查通（浏览器模式）已打开。数据库：${h.ctx.info().databaseFile}\n关闭浏览器窗口即退出。`);
h.page.on('close', () => void h.close());
await h.open('/');
