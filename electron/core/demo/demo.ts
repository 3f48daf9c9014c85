// `zicha demo`: a realistic sample hospital so that every screen has something to
// show and the benchmarks have data. Each capability extends it with its own records.
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';
import { problemIds } from '../ledger/reads';
import { addDepartment, addPerson, hasOfficeData, setHospital, setOperator } from '../org/org';
import { buildInspectionDemo, type InspectionDemoReport } from './inspectionDemo';
import { buildCasesDemo, type CasesDemoReport } from './casesDemo';
import { buildDocumentsDemo } from './documentsDemo';
import { buildDutiesDemo } from './dutiesDemo';
import { buildRepeatDemo } from './repeatDemo';
import { buildLedgerDemo } from './ledgerDemo';
import { buildFeedbackDemo } from './feedbackDemo';
import { pick, seededRandom } from './random';

const DEPARTMENTS: readonly [string, string][] = [
  ['院办', '职能'], ['党办', '职能'], ['纪检监察室', '职能'], ['行风办', '职能'], ['医务科', '职能'],
  ['护理部', '职能'], ['医保办', '职能'], ['药剂科', '医技'], ['设备科', '职能'], ['财务科', '职能'],
  ['审计科', '职能'], ['采购中心', '职能'], ['信息科', '职能'], ['心血管内科', '临床'], ['胸外科', '临床'],
  ['骨科', '临床'], ['神经内科', '临床'], ['麻醉科', '临床'], ['肿瘤科', '临床'], ['检验科', '医技'],
  ['医学影像科', '医技'], ['急诊科', '临床'],
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲建国红霞俊峰婷雪琳晨宇浩然';
const TITLES: Record<string, readonly string[]> = {
  职能: ['科长', '副科长', '干事', '主任', '副主任'],
  临床: ['主任医师', '副主任医师', '主治医师', '住院医师', '护士长', '主管护师'],
  医技: ['主任药师', '主管药师', '技师', '主管技师'],
};

export interface DemoOptions {
  scale: number;
  /** Where the sample evidence files go: beside the database, as the app keeps them. */
  evidenceDir: string;
  seed?: number;
}

export interface DemoReport extends InspectionDemoReport, CasesDemoReport {
  departments: number;
  people: number;
  problems: number;
}

/** Fills a database that holds no office data yet; refuses one that does. */
export function buildDemo(db: Db, options: DemoOptions): DemoReport {
  if (!Number.isInteger(options.scale) || options.scale < 1 || options.scale > 1000) {
    throw new AppError('invalidScale', '示例数据规模 --scale 应为 1 到 1000 之间的整数', 'scale');
  }
  if (hasOfficeData(db)) {
    throw new AppError('notEmpty', '该数据库已有医院数据，示例数据只能写入新的数据库文件');
  }
  const random = seededRandom(options.seed ?? 20200608);
  let people = 0;
  const departmentIds: number[] = [];
  db.transaction(() => {
    setOperator(db, '王芳');
    setHospital(db, {
      name: '示例市第一人民医院',
      level: '三级甲等',
      category: '综合医院',
      ownership: '公立',
      region: '四川省示例市',
    });
    DEPARTMENTS.forEach(([name, category], i) => {
      const departmentId = addDepartment(db, name, category, i + 1);
      departmentIds.push(departmentId);
      const count = (2 + Math.floor(random() * 4)) * options.scale;
      for (let k = 0; k < count; k++) {
        const given = pick(random, [...GIVEN]) + (random() < 0.6 ? pick(random, [...GIVEN]) : '');
        addPerson(db, {
          name: pick(random, [...SURNAMES]) + given,
          departmentId,
          title: pick(random, TITLES[category] ?? ['干事']),
          phone: `1${3 + Math.floor(random() * 7)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
        });
        people++;
      }
    });
  })();
  const inspection = buildInspectionDemo(db, options.evidenceDir, departmentIds, random, options.scale);
  buildLedgerDemo(db, departmentIds, random, options.scale);
  buildRepeatDemo(db);
  buildFeedbackDemo(db);
  const problems = problemIds(db).length;
  const cases = buildCasesDemo(db, departmentIds, random, options.scale);
  buildDocumentsDemo(db, '2020-11-18T02:00:00.000Z');
  buildDutiesDemo(db, options.evidenceDir);
  return { departments: DEPARTMENTS.length, people, ...inspection, problems, ...cases };
}
