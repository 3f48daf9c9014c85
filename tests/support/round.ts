// A real database with the built-in campaigns and a round on 广西 Annex 2.
import path from 'node:path';
import { openCatalogDatabase } from '../../electron/core/context';
import { createRound } from '../../electron/core/inspection/rounds';
import { addDepartment } from '../../electron/core/org/org';
import { resourcesDir, tempDir } from './temp';

export const AT = '2020-10-08T09:00:00.000Z';

export async function guangxiRound() {
  const file = path.join(tempDir(), 'zicha.sqlite');
  const db = await openCatalogDatabase(file, resourcesDir, () => new Date(AT));
  const medical = addDepartment(db, '医务科', '职能', 1);
  const insurance = addDepartment(db, '医保办', '职能', 2);
  const round = createRound(
    db,
    { campaignId: 'gx-2020-special', name: '2020年第四季度自查', periodStart: '2020-09-01', periodEnd: '2020-10-31', dueOn: '2020-10-31' },
    '王芳',
    AT,
  );
  return { db, file, round, departments: { medical, insurance } };
}
