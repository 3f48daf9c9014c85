// Statistics at 100,000 cases and 20,000 clues: filling every table of the
// built-in campaigns for the campaign so far must stay under 500 ms.
import path from 'node:path';
import { CASE_CATEGORY_KEYS, CLUE_CHANNELS, CLUE_DISPOSALS } from '../../shared/cases';
import { openCatalogDatabase } from '../../electron/core/context';
import { setHospital } from '../../electron/core/org/org';
import { computeViews } from '../../electron/core/stats/service';
import { repoRoot } from '../harness/harness';
import { measure, type Figure } from './measure';

const CASES = 100_000;
const CLUES = 20_000;
const AT = '2020-11-20T01:00:00.000Z';
const TODAY = '2020-12-31';

const day = (i: number) => new Date(Date.parse('2020-06-10T00:00:00Z') + (i % 200) * 86_400_000).toISOString().slice(0, 10);

export async function statsFigures(scratch: string): Promise<Figure[]> {
  const db = await openCatalogDatabase(path.join(scratch, 'stats.sqlite'), path.join(repoRoot, 'resources'), () => new Date(AT));
  try {
    setHospital(db, { name: '基准医院', level: '三级甲等', category: '综合医院', ownership: '公立', region: '示例市' });
    db.transaction(() => {
      const clue = db.prepare(
        `INSERT INTO clue (number, received_on, channel, summary, disposal, disposed_on, created_at, created_by, updated_at)
         VALUES (?, ?, ?, '基准线索', ?, ?, ?, '基准', ?)`,
      );
      for (let i = 0; i < CLUES; i++) {
        const disposal = i % 6 === 5 ? null : (CLUE_DISPOSALS[i % CLUE_DISPOSALS.length] ?? null);
        clue.run(`XS-${i}`, day(i), CLUE_CHANNELS[i % CLUE_CHANNELS.length], disposal, disposal ? day(i) : null, AT, AT);
      }
      const kase = db.prepare(
        `INSERT INTO case_record (number, title, category, opened_on, amount_fen, persons, penalized, to_discipline, to_judicial,
           agreement_action, refund_fen, supervision, created_at, created_by, updated_at)
         VALUES (?, '基准案件', ?, ?, ?, 3, 1, ?, ?, ?, ?, ?, ?, '基准', ?)`,
      );
      for (let i = 0; i < CASES; i++) {
        kase.run(`AJ-${i}`, CASE_CATEGORY_KEYS[i % CASE_CATEGORY_KEYS.length], day(i * 7), (i % 1000) * 10_000, i % 2, i % 3 === 0 ? 1 : 0,
          i % 11 === 0 ? '暂停' : null, i % 5 === 0 ? 20_000 : 0, i % 17 === 0 ? '市级' : null, AT, AT);
      }
      // Every record belongs to both campaigns, so that each table reads all of them.
      for (const campaign of ['sc-2020-96', 'gx-2020-special']) {
        db.prepare('INSERT INTO clue_campaign (clue_id, campaign_id) SELECT id, ? FROM clue').run(campaign);
        db.prepare('INSERT INTO case_campaign (case_id, campaign_id) SELECT id, ? FROM case_record').run(campaign);
      }
    })();
    const everyTable = () => {
      for (const campaign of ['sc-2020-96', 'gx-2020-special']) computeViews(db, TODAY, { campaign, period: 'all' });
    };
    const oneMonth = () => void computeViews(db, TODAY, { campaign: 'sc-2020-96', period: '2020-10' });
    return [
      await measure('10 万件案件、2 万条线索：填写全部内置统计表（行动开始至今）', 10, everyTable, 500),
      await measure('10 万件案件、2 万条线索：川卫函〔2020〕96号附件2 单月', 10, oneMonth, 500),
    ];
  } finally {
    db.close();
  }
}
