// Sample ledger: problems from every source in every status, some overdue, with
// progress, verifications and sign-offs, so that warnings and totals have data.
import { PROBLEM_SOURCES, type RectificationAction, type RectificationStatus } from '../../../shared/ledger';
import type { Db } from '../db/open';
import { createProblem } from '../ledger/problems';
import { addProgress, applyAction } from '../ledger/rectification';
import { firstPersons } from './inspectionDemo';
import { pick } from './random';

const WHO = '王芳';
const AT = '2020-10-08T02:00:00.000Z';

const PROBLEMS: readonly [string, string, string][] = [
  ['合理用药', '部分科室抗菌药物使用强度超过控制指标', '开展抗菌药物专项处方点评，对超标科室约谈'],
  ['耗材管理', '高值医用耗材使用登记不全，无法追溯到患者', '完善高值耗材扫码登记，信息科对接收费系统'],
  ['医保基金', '存在串换收费项目、重复收费问题', '退回违规费用，组织收费人员培训'],
  ['医德医风', '个别医务人员收受患者“红包”', '退还红包，纪检监察室立案审查，全院通报'],
  ['采购管理', '部分耗材未经院内招标程序直接采购', '规范采购流程，补办审批手续'],
  ['诊疗行为', '无指征使用辅助用药', '制定辅助用药目录，纳入绩效考核'],
  ['病历管理', '住院病历书写不规范，缺少知情同意书', '开展病历质控专项检查'],
  ['信息公开', '未按要求公示药品和医用耗材价格', '在门诊大厅和官网公示价格'],
];

const PATHS: Record<RectificationStatus, RectificationAction[]> = {
  pending: [],
  inProgress: ['start'],
  staged: ['start', 'stage'],
  done: ['start', 'complete'],
  verified: ['start', 'complete', 'verifyPass'],
  signedOff: ['start', 'complete', 'verifyPass', 'signOff'],
};
const STATUS_MIX: readonly RectificationStatus[] = ['pending', 'inProgress', 'inProgress', 'staged', 'done', 'verified', 'signedOff', 'signedOff'];

function isoPlusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * 陕卫办医发〔2020〕36号's clean-up (清理清查) by its 8月31日 report: a few problems
 * found in June and July, most rectified, so the 清查及整改情况报告 has records. Fixed,
 * not drawn from `random`, so the rest of the sample stays as it was.
 */
const SN_PROBLEMS: readonly [number, RectificationStatus, string, boolean][] = [
  [0, 'signedOff', '2020-06-18', false],
  [2, 'signedOff', '2020-06-25', true],
  [3, 'verified', '2020-07-02', false],
  [4, 'done', '2020-07-10', false],
  [5, 'inProgress', '2020-07-20', false],
  [7, 'pending', '2020-08-03', true],
];

function buildCleanUpDemo(db: Db, departments: number[]): number {
  const personOf = firstPersons(db);
  SN_PROBLEMS.forEach(([which, status, foundOn, immediate], i) => {
    const [category, description, measures] = PROBLEMS[which] ?? ['', '问题', ''];
    const departmentId = departments[(i * 3) % departments.length] ?? null;
    const id = createProblem(
      db,
      {
        source: i % 2 ? '上级巡查' : '自查', campaignId: 'sn-2020-36', category, description,
        departmentId, personId: departmentId === null ? null : personOf(departmentId), foundOn,
        amountFen: 0, note: '', measures, deadline: isoPlusDays(foundOn, 40), immediate,
      },
      null,
      WHO,
      AT,
    );
    for (const action of PATHS[status]) {
      if (action === 'complete') addProgress(db, id, isoPlusDays(foundOn, 15), `已落实：${measures}`, WHO, AT, '2020-08-31');
      applyAction(db, id, action, { nextMilestone: '2020-12-31', checker: '纪检监察室', findings: '现场核查，整改到位', reason: '佐证材料为纸质件，已随整改报告归档' }, WHO, AT, '2020-08-31');
    }
  });
  return SN_PROBLEMS.length;
}

export function buildLedgerDemo(db: Db, departments: number[], random: () => number, scale: number): number {
  const count = 40 * scale;
  const personOf = firstPersons(db);
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const [category, description, measures] = PROBLEMS[i % PROBLEMS.length] ?? ['', '问题', ''];
      const foundOn = isoPlusDays('2020-07-01', Math.floor(random() * 90));
      const status = pick(random, STATUS_MIX);
      // Drawn in the order the fields always were, so the sample stays the same.
      const source = pick(random, PROBLEM_SOURCES);
      const campaignId = random() < 0.7 ? 'sc-2020-96' : 'gx-2020-special';
      const departmentId = pick(random, departments);
      const id = createProblem(
        db,
        {
          source, campaignId, category,
          description, departmentId, personId: personOf(departmentId), foundOn,
          amountFen: category === '医保基金' ? Math.round(random() * 300) * 10_000 : 0, note: '', measures,
          // Deadlines around the sample's "today" (2020-11-20), so that every warning colour shows.
          deadline: isoPlusDays('2020-11-01', Math.floor(random() * 60)), immediate: random() < 0.15,
        },
        null,
        WHO,
        AT,
      );
      for (const action of PATHS[status]) {
        if (action === 'complete') addProgress(db, id, isoPlusDays(foundOn, 20), `已落实：${measures}`, WHO, AT, '2020-11-20');
        applyAction(db, id, action, { nextMilestone: '2021-03-31', checker: '纪检监察室', findings: '现场核查，整改到位', reason: '佐证材料为纸质件，已随整改报告归档' }, WHO, AT, '2020-11-20');
      }
    }
  })();
  return count + db.transaction(() => buildCleanUpDemo(db, departments))();
}
