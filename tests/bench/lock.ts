// What the app lock costs: opening and querying the 50,000-problem database plain
// and encrypted (the same rows, re-keyed), and deriving the key from the password.
import path from 'node:path';
import { openCatalogDatabase } from '../../electron/core/context';
import { copyUnderKey, type Key } from '../../electron/core/db/cipher';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createProblem } from '../../electron/core/ledger/problems';
import { listProblems } from '../../electron/core/ledger/query';
import { makeKeyFile, newKey, unwrapWithPassword } from '../../electron/core/lock/keyFile';
import { saveDepartment } from '../../electron/core/org/org';
import { repoRoot } from '../harness/harness';
import { measure, type Figure } from './measure';

const PROBLEMS = 50_000;
const TODAY = '2020-11-20';
const AT = '2020-11-20T01:00:00.000Z';
const WORDS = ['抗菌药物使用强度超标', '高值耗材登记不全', '串换收费项目', '收受患者红包', '未经招标采购耗材', '病历书写不规范', '未公示药品价格'];

async function build(file: string): Promise<Db> {
  const db = await openCatalogDatabase(file, path.join(repoRoot, 'resources'), () => new Date(AT));
  const departments = Array.from({ length: 30 }, (_, i) => saveDepartment(db, { id: null, name: `科室${i + 1}`, category: '' }));
  db.transaction(() => {
    for (let i = 0; i < PROBLEMS; i++) {
      createProblem(
        db,
        {
          source: '自查', campaignId: 'sc-2020-96', category: '', description: `${WORDS[i % WORDS.length]}（第${i}例）`,
          departmentId: departments[i % departments.length] ?? null, personId: null, foundOn: '2020-07-01', amountFen: i * 100,
          note: '', measures: '限期整改', deadline: '2020-10-01', immediate: false,
        },
        null,
        '基准',
        AT,
      );
    }
  })();
  return db;
}

/** Opening (with the schema check) and the first filtered page, on a fresh connection: nothing cached. */
async function openAndQuery(file: string, key: Key | null): Promise<void> {
  const db = await openDatabase(file, { key });
  try {
    listProblems(db, { departmentIds: [4], sort: { column: 'deadline', direction: 'asc' } }, TODAY);
  } finally {
    db.close();
  }
}

export async function lockFigures(scratch: string): Promise<Figure[]> {
  const plain = path.join(scratch, 'lock-plain.sqlite');
  const encrypted = path.join(scratch, 'lock-encrypted.sqlite');
  const key = newKey();
  const db = await build(plain);
  try {
    copyUnderKey(db, encrypted, key);
  } finally {
    db.close();
  }
  const figures: Figure[] = [];
  for (const [label, file, k] of [['不加密', plain, null], ['加密', encrypted, key]] as const) {
    figures.push(await measure(`5 万条问题（${label}）：打开数据库并取筛选后的第一页`, 10, () => openAndQuery(file, k)));
    const open = await openDatabase(file, { key: k });
    try {
      figures.push(await measure(`5 万条问题（${label}）：全文搜索“收受患者红包”（已打开）`, 10, () => void listProblems(open, { search: '收受患者红包' }, TODAY)));
      figures.push(await measure(`5 万条问题（${label}）：统计全部问题金额（全表扫描）`, 10, () => void open.prepare('SELECT sum(amount_fen) FROM problem').get()));
    } finally {
      open.close();
    }
  }
  const keyFile = makeKeyFile('基准密码123456', key, '基准医院', []);
  figures.push(await measure('解锁：由密码推导密钥（scrypt）', 5, () => void unwrapWithPassword(keyFile, '基准密码123456')));
  return figures;
}
