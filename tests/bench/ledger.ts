// The ledger at 50,000 problems: the first page of a filtered view and full-text
// search must stay interactive (target under 100 ms each).
import path from 'node:path';
import { openCatalogDatabase } from '../../electron/core/context';
import { createProblem } from '../../electron/core/ledger/problems';
import { listProblems } from '../../electron/core/ledger/query';
import { applyAction } from '../../electron/core/ledger/rectification';
import { saveDepartment } from '../../electron/core/org/org';
import { repoRoot } from '../harness/harness';
import { measure, type Figure } from './measure';

const PROBLEMS = 50_000;
const TODAY = '2020-11-20';
const AT = '2020-11-20T01:00:00.000Z';
const WORDS = ['抗菌药物使用强度超标', '高值耗材登记不全', '串换收费项目', '收受患者红包', '未经招标采购耗材', '病历书写不规范', '未公示药品价格'];

export async function ledgerFigures(scratch: string): Promise<Figure[]> {
  const db = await openCatalogDatabase(path.join(scratch, 'ledger.sqlite'), path.join(repoRoot, 'resources'), () => new Date(AT));
  try {
    const departments = Array.from({ length: 30 }, (_, i) => saveDepartment(db, { id: null, name: `科室${i + 1}`, category: '' }));
    db.transaction(() => {
      for (let i = 0; i < PROBLEMS; i++) {
        const id = createProblem(
          db,
          {
            source: i % 3 ? '自查' : '审计', campaignId: 'sc-2020-96', category: '', description: `${WORDS[i % WORDS.length]}（第${i}例）`,
            departmentId: departments[i % departments.length] ?? null, personId: null, foundOn: '2020-07-01', amountFen: i * 100,
            note: '', measures: '限期整改', deadline: `2020-${String(10 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, immediate: false,
          },
          null,
          '基准',
          AT,
        );
        if (i % 2) applyAction(db, id, 'start', {}, '基准', AT, TODAY);
      }
    })();
    const filtered = { statuses: ['inProgress' as const], departmentIds: [departments[3] ?? 1], sort: { column: 'deadline' as const, direction: 'asc' as const } };
    return [
      await measure('5 万条问题台账：筛选后的第一页', 20, () => void listProblems(db, filtered, TODAY), 100),
      await measure('5 万条问题台账：全文搜索“收受患者红包”', 20, () => void listProblems(db, { search: '收受患者红包' }, TODAY), 100),
      await measure('5 万条问题台账：两字搜索“红包”', 20, () => void listProblems(db, { search: '红包' }, TODAY), 100),
    ];
  } finally {
    db.close();
  }
}
