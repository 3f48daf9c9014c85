// Sample self-inspection: rounds on the built-in campaigns with answers of every
// kind, departments assigned, evidence attached, one round closed.
import fs from 'node:fs';
import path from 'node:path';
import type { AnswerValue, Question } from '../../../shared/inspection';
import { PROGRESS_STATUSES } from '../../../shared/inspection';
import { campaignFileOf } from '../campaigns/catalog';
import type { Db } from '../db/open';
import { processTempDir } from '../files';
import { applyAnswerChanges, type AnswerChange } from '../inspection/answers';
import { addEvidence } from '../inspection/evidence';
import { flagProblem } from '../inspection/problemLeads';
import { assignElements, closeRound, createRound, getRoundDetail } from '../inspection/rounds';
import { getOrg } from '../org/org';
import { pick } from './random';
import { meetingNote, samplePng } from './sampleFiles';

const WHO = '王芳';
const AT = '2020-10-08T02:00:00.000Z';
/** AT's date in Beijing, the sample hospital's calendar. */
const AT_DAY = '2020-10-08';

function sampleAnswer(q: Question, random: () => number): AnswerValue {
  switch (q.kind) {
    case 'yesno':
      return { kind: 'yesno', value: random() < 0.12 ? '有' : '无' };
    case 'sampled': {
      const sampled = 20;
      return { kind: 'sampled', sampled, violating: random() < 0.25 ? 1 + Math.floor(random() * 2) : 0 };
    }
    case 'amount':
      return { kind: 'amount', fen: random() < 0.5 ? 0 : Math.round(random() * 500) * 10_000 };
    case 'count':
      return { kind: 'count', count: Math.floor(random() * 3) };
    case 'persons':
      return { kind: 'persons', byRole: Object.fromEntries(q.roles.map((r) => [r, random() < 0.2 ? 1 : 0])) };
    case 'text':
      return { kind: 'text', text: '已按要求完成自查，未发现问题。' };
    case 'date':
      return { kind: 'date', date: AT_DAY };
    case 'docNumber':
      return { kind: 'docNumber', number: '〔2020〕12号' };
    case 'percent':
      return { kind: 'percent', percent: 100 };
    case 'progress':
      return { kind: 'progress', status: pick(random, PROGRESS_STATUSES.slice(1)), done: '已制定工作方案，明确责任科室，按月报送进展。' };
  }
}

/** The first person of each department, the demo's 责任人 for what the department answers (read once: the people are all in by then). */
export function firstPersons(db: Db): (departmentId: number) => number | null {
  const first = new Map<number, number>();
  for (const p of getOrg(db).people) if (p.departmentId !== null && !first.has(p.departmentId)) first.set(p.departmentId, p.id);
  return (departmentId) => first.get(departmentId) ?? null;
}

function writeSample(dir: string, name: string, content: Buffer | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export interface InspectionDemoReport {
  rounds: number;
  answers: number;
  evidence: number;
}

export function buildInspectionDemo(db: Db, evidenceDir: string, departments: number[], random: () => number, scale: number): InspectionDemoReport {
  const scratch = processTempDir('demo');
  const personOf = firstPersons(db);
  const report: InspectionDemoReport = { rounds: 0, answers: 0, evidence: 0 };
  try {
    const plans = [
      // Each round is due within its own campaign's period.
      { campaignId: 'gx-2020-special', name: '2020年第四季度自查', share: 0.8, close: false, dueOn: '2020-11-30' },
      { campaignId: 'kz-2022-115', name: '2022年度纠风工作推进情况', share: 0.6, close: false, dueOn: '2022-11-30' },
      { campaignId: 'sc-2020-96', name: '专项整治动员自查', share: 1, close: true, dueOn: '2020-11-30' },
    ];
    for (let copy = 0; copy < Math.min(scale, 12); copy++) {
      for (const plan of plans) {
        const name = copy === 0 ? plan.name : `${plan.name}（第${copy + 1}批）`;
        const { period } = campaignFileOf(db, plan.campaignId);
        const round = createRound(db, { campaignId: plan.campaignId, name, periodStart: period.start, periodEnd: period.end, dueOn: plan.dueOn }, WHO, AT);
        const detail = getRoundDetail(db, round.id);
        detail.elements.forEach((e, i) => {
          const dept = departments[(i * 7) % departments.length] ?? null;
          assignElements(db, round.id, [e.elementId], dept, dept === null ? null : personOf(dept));
        });
        const changes: AnswerChange[] = detail.elements
          .filter(() => random() < plan.share)
          .map((e) => ({ elementId: e.elementId, value: sampleAnswer(e.question, random), note: random() < 0.2 ? '已核实' : '' }));
        applyAnswerChanges(db, round.id, changes, WHO, AT);
        report.answers += changes.length;
        for (const [k, change] of changes.slice(0, 3).entries()) {
          const photo = writeSample(scratch, `现场检查照片${k + 1}.png`, samplePng(320, 200, round.id * 10 + k));
          addEvidence(db, evidenceDir, round.id, change.elementId, photo, WHO, AT);
          const note = writeSample(scratch, `会议纪要${k + 1}.txt`, meetingNote(detail.round.campaignTitle, '2020年10月8日'));
          addEvidence(db, evidenceDir, round.id, change.elementId, note, WHO, AT);
          report.evidence += 2;
        }
        const revealing = changes.find((c) => c.value && ((c.value.kind === 'yesno' && c.value.value === '有') || (c.value.kind === 'sampled' && c.value.violating > 0)));
        if (revealing) flagProblem(db, round.id, revealing.elementId, '自查发现问题，待登记整改', WHO, AT, AT_DAY);
        if (plan.close) closeRound(db, round.id, WHO, AT);
        report.rounds += 1;
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return report;
}
