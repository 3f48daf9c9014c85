// Sample clues and cases: every channel and disposal, every case category (so that
// every computed row of the 川 tables has figures), some supervised, some
// with insurance consequences, clues linked to problems and to the cases they became.
// Each belongs to the campaigns whose notice names its kind and whose period holds
// its date; a few belong to none, as real records of everyday work do.
import {
  CASE_CATEGORIES, CASE_CATEGORY_KEYS, CLUE_CHANNELS, CLUE_DISPOSALS, CLUE_OUTCOMES, INSURANCE_CATEGORIES, PERSON_ROLES,
  type CaseCategory, type PersonConcerned,
} from '../../../shared/cases';
import { createCase } from '../cases/caseRecords';
import { createClue, disposeClue, updateClue } from '../cases/clues';
import type { Db } from '../db/open';
import { problemIds } from '../ledger/reads';
import { alignGuangxiChecklist } from './casesDemoChecklist';
import { pick } from './random';

const WHO = '王芳';
const AT = '2020-11-18T02:00:00.000Z';
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨';
const GIVEN = '明华强军丽娟伟芳敏静磊洋';

function isoPlusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function someone(random: () => number, departments: number[]): PersonConcerned {
  return {
    name: pick(random, [...SURNAMES]) + pick(random, [...GIVEN]) + (random() < 0.5 ? pick(random, [...GIVEN]) : ''),
    role: pick(random, PERSON_ROLES),
    departmentId: random() < 0.8 ? pick(random, departments) : null,
  };
}

interface Window {
  id: string;
  start: string;
  end: string;
  categories: readonly CaseCategory[];
}

/** The campaigns the sample's cases belong to: the kinds each notice's tables count, within its period. */
const WINDOWS: Window[] = [
  // 川卫函〔2020〕96号 附件2: 耗材, 药品, 回扣, 招投标 and 医保.
  { id: 'sc-2020-96', start: '2020-06-10', end: '2020-12-10', categories: ['consumables', 'drugMisuse', 'kickbacks', 'tendering', ...INSURANCE_CATEGORIES] },
  // 广西 附件4: the violations it lists, 骗取医疗保险基金 among them.
  {
    id: 'gx-2020-special', start: '2020-09-01', end: '2020-12-31',
    categories: CASE_CATEGORY_KEYS.filter((k) => !['consumables', 'drugMisuse', 'kickbacks', 'tendering', 'insuranceOther'].includes(k)),
  },
  // 陕卫办医发〔2020〕36号 作风专项: 回扣, 乱收费, 过度医疗, 虚假证明.
  { id: 'sn-2020-36', start: '2020-07-15', end: '2020-12-31', categories: ['kickbacks', 'overcharging', 'overtreatment', 'falseCertificates'] },
];

/**
 * What a general hospital of the sample's size does not see in a quarter: its cases of
 * these kinds fall before the 广西 period, so that its self-inspection answers 无 for
 * them (a mix of 有 and 无, as a real one would) and 附件4 counts none.
 */
const QUIET_IN_GUANGXI: ReadonlySet<CaseCategory> = new Set<CaseCategory>([
  'licenceTrading', 'bannedImmune', 'bannedOther', 'stemCell', 'fakeDrugs', 'cornea', 'organs',
  'cosmeticNurse', 'prenatal', 'reproduction', 'twoNon', 'familyPlanning',
]);

export function demoCampaignsOf(category: CaseCategory, date: string): string[] {
  return WINDOWS.filter((w) => w.categories.includes(category) && w.start <= date && date <= w.end).map((w) => w.id);
}

export interface CasesDemoReport {
  clues: number;
  cases: number;
}

export function buildCasesDemo(db: Db, departments: number[], random: () => number, scale: number): CasesDemoReport {
  const clueCount = 36 * scale;
  const problems = problemIds(db);
  const clueIds: number[] = [];
  /** Clues put up for a case (拟立案审查) and found at least partly true: only these become cases. */
  const opened: number[] = [];
  const disposedOn = new Map<number, string>();
  let cases = 0;
  db.transaction(() => {
    for (let i = 0; i < clueCount; i++) {
      // Between the campaign's start (2020-06-10) and the sample's "today" (2020-11-20).
      const receivedOn = isoPlusDays('2020-06-12', Math.floor(random() * 155));
      const concerned = Array.from({ length: 1 + Math.floor(random() * 2) }, () => someone(random, departments));
      const id = createClue(
        db,
        {
          receivedOn, channel: CLUE_CHANNELS[i % CLUE_CHANNELS.length] ?? '信访举报',
          summary: `反映${concerned[0]?.name ?? ''}等${pick(random, ['收受耗材回扣', '过度使用辅助用药', '串换收费项目', '诱导患者住院', '开单提成'])}的问题`,
          // The summaries are 川卫函〔2020〕96号's topics, and its period holds the dates; one in nine came in on other business.
          campaignIds: i % 9 === 8 ? [] : ['sc-2020-96'], concerned, note: '',
        },
        WHO, AT,
      );
      clueIds.push(id);
      // Most clues are disposed of within a month; a few still wait.
      if (i % 7 !== 6) {
        const disposal = CLUE_DISPOSALS[i % CLUE_DISPOSALS.length] ?? '初步核实';
        const outcome = disposal === '暂存待查' ? null : pick(random, CLUE_OUTCOMES);
        const on = isoPlusDays(receivedOn, 3 + Math.floor(random() * 25));
        disposeClue(db, id, { disposal, disposedOn: on, outcome }, WHO, AT);
        disposedOn.set(id, on);
        if (outcome !== null && outcome !== '不属实' && problems.length) updateClue(db, id, { problemIds: [pick(random, problems)] }, WHO, AT);
        if (disposal === '拟立案审查' && outcome !== '不属实' && i % 9 !== 8) opened.push(id);
      }
    }
    // Every category at least once per scale step, and the 川 categories more often.
    const categories: CaseCategory[] = [...CASE_CATEGORY_KEYS, 'consumables', 'kickbacks', 'tendering', 'fakeServices', 'cardFraud', 'insuranceOther'];
    for (let s = 0; s < scale; s++) {
      categories.forEach((category, i) => {
        // The first round of categories falls within the 广西 campaign too (from 2020-09-01), but
        // for the kinds it sees none of, and transfers someone, so that every case-based row of the 川 tables has a figure.
        const first = s === 0;
        const quiet = first && QUIET_IN_GUANGXI.has(category);
        const persons = 1 + Math.floor(random() * 3);
        // The first round punishes someone, so that every 行政处罚 row has a figure.
        const penalized = first ? 1 + Math.floor(random() * persons) : Math.floor(random() * (persons + 1));
        const insurance = INSURANCE_CATEGORIES.includes(category);
        const openedOn = quiet
          ? isoPlusDays('2020-07-01', Math.floor(random() * 60))
          : isoPlusDays(first ? '2020-09-01' : '2020-07-01', Math.floor(random() * (first ? 78 : 140)));
        const campaignIds = demoCampaignsOf(category, openedOn);
        // A case comes from a clue of its own campaign, put up for a case before the case was opened.
        const fromClue = campaignIds.includes('sc-2020-96') && opened.length && random() < 0.6 ? pick(random, opened) : null;
        const clueId = fromClue !== null && (disposedOn.get(fromClue) ?? '') <= openedOn ? fromClue : null;
        createCase(
          db,
          {
            clueId, campaignIds, title: `${CASE_CATEGORIES[category]}案（示例 ${s * categories.length + i + 1}）`, category,
            openedOn, closedOn: null,
            amountFen: Math.round(random() * 50) * 10_000, persons, penalized,
            toDiscipline: first || random() < 0.3 ? 1 : 0, toJudicial: random() < 0.15 ? 1 : 0,
            agreementAction: insurance && (first || random() < 0.3) ? pick(random, ['暂停', '解除'] as const) : null,
            refundFen: insurance ? Math.round(random() * 20) * 10_000 : 0,
            supervision: i % 9 === 0 ? '市级' : i % 13 === 0 ? '省级' : null,
            concerned: Array.from({ length: Math.min(persons, 2) }, () => someone(random, departments)), note: '',
          },
          WHO, AT,
        );
        cases++;
      });
    }
  })();
  alignGuangxiChecklist(db);
  return { clues: clueIds.length, cases };
}
