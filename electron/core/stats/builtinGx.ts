// 广西 Annex 3 and Annex 4: the hospital fills its own institution class. Annex 4's
// violations come from cases, its penalties and persons from the Annex 2 checklist
// answers (cl2) of the self-inspection round, and the two must tell the same story.
import { INSURANCE_FRAUD_CATEGORIES, type CaseCategory } from '../../../shared/cases';
import type { AnswerPick, Measure } from '../../../shared/stats';
import type { StatsRule } from '../../../shared/statsChecks';
import { casesOf, lte, rows, type BuiltinTable } from './builtinKit';

const answer = (itemIds: string[], pick: AnswerPick, role: string | null = null): Measure => ({ source: 'answers', itemIds, pick, role });

/** Annex 4 section 一 row → the case categories it counts (起, or 人 for row 22). */
const VIOLATIONS: [string, CaseCategory[]][] = [
  ['tb4-r1', ['certificateLending']], ['tb4-r2', ['unlicensed']], ['tb4-r3', ['licenceTrading']], ['tb4-r4', ['beyondScope']],
  ['tb4-r5', ['unqualifiedStaff']], ['tb4-r6', ['bannedImmune']], ['tb4-r7', ['bannedOther']], ['tb4-r8', ['restrictedTech']],
  ['tb4-r9', ['stemCell']], ['tb4-r10', ['fakeDrugs']], ['tb4-r11', ['falseCertificates']], ['tb4-r12', ['cornea']],
  ['tb4-r13', ['organs']], ['tb4-r14', ['pricesNotShown']], ['tb4-r15', ['overcharging', 'insuranceOther']],
  ['tb4-r16', ['overtreatment', 'consumables', 'drugMisuse']], ['tb4-r17', ['otherMedical']], ['tb4-r18', [...INSURANCE_FRAUD_CATEGORIES]],
  ['tb4-r21', ['cosmeticUnapproved']], ['tb4-r23', ['cosmeticNurse']], ['tb4-r24', ['prenatal']],
  ['tb4-r25', ['reproduction']], ['tb4-r26', ['twoNon']], ['tb4-r27', ['familyPlanning']],
];

/** Annex 4 rows ↔ the checklist item answering the same question (有/无, or 违法违规 N 人). */
export const SAME_QUESTION: [string[], string][] = [
  [['tb4-r1'], 'cl2-i1'], [['tb4-r2'], 'cl2-i2'], [['tb4-r3'], 'cl2-i3'], [['tb4-r4'], 'cl2-i4'], [['tb4-r5'], 'cl2-i5'],
  [['tb4-r6', 'tb4-r7'], 'cl2-i6'], [['tb4-r8'], 'cl2-i7'], [['tb4-r9'], 'cl2-i8'], [['tb4-r10'], 'cl2-i9'], [['tb4-r11'], 'cl2-i10'],
  [['tb4-r12'], 'cl2-i11'], [['tb4-r13'], 'cl2-i12'], [['tb4-r14'], 'cl2-i13'], [['tb4-r15'], 'cl2-i14'], [['tb4-r16'], 'cl2-i15'],
  [['tb4-r17'], 'cl2-i16'], [['tb4-r18'], 'cl2-i17'], [['tb4-r19', 'tb4-r20'], 'cl2-i18'], [['tb4-r21'], 'cl2-i19'],
  [['tb4-r22'], 'cl2-i20'], [['tb4-r23'], 'cl2-i21'], [['tb4-r24'], 'cl2-i22'], [['tb4-r25'], 'cl2-i23'], [['tb4-r26'], 'cl2-i24'],
  [['tb4-r27'], 'cl2-i25'],
];

const agreeWithChecklist: StatsRule[] = SAME_QUESTION.map(([rowIds, item]) => ({
  kind: 'agree',
  rowId: rowIds[0] ?? '',
  a: rows(...rowIds),
  b: { kind: 'measure', measure: answer([item], 'yes'), label: `附件2检查表第 ${item.replace('cl2-i', '')} 项` },
}));

export const GX_TB4: BuiltinTable = {
  own: { kind: 'column', byClass: ['tb4-c1', 'tb4-c2', 'tb4-c3', 'tb4-c4'] },
  measures: {
    ...Object.fromEntries(VIOLATIONS.map(([row, categories]) => [row, casesOf('cases', categories)])),
    // 主诊医师未具备规定的条件 is counted in persons (人).
    'tb4-r22': casesOf('persons', ['cosmeticDoctor']),
    // 清理违法广告 (条) and 关闭或整改网站… (个) count things the case records do not hold.
    'tb4-r19': null,
    'tb4-r20': null,
    'tb4-r28': answer(['cl2-i26'], 'yes'),
    'tb4-r29': answer(['cl2-i27'], 'yes'),
    'tb4-r30': answer(['cl2-i28'], 'yes'),
    'tb4-r31': answer(['cl2-i26', 'cl2-i27', 'cl2-i28', 'cl2-i29'], 'yes'),
    'tb4-r32': answer(['cl2-i28'], 'amount'),
    'tb4-r33': answer(['cl2-i30'], 'role', '医师'),
    'tb4-r34': answer(['cl2-i30'], 'role', '护士'),
    'tb4-r35': answer(['cl2-i31'], 'role', '医师'),
    'tb4-r36': answer(['cl2-i31'], 'role', '护士'),
    'tb4-r37': answer(['cl2-i32'], 'role', '医师'),
    'tb4-r38': answer(['cl2-i32'], 'role', '护士'),
    'tb4-r39': answer(['cl2-i32'], 'role', '其他人员'),
    'tb4-r40': answer(['cl2-i33'], 'role', '行政处罚'),
    'tb4-r41': answer(['cl2-i33'], 'role', '移送司法机关'),
  },
  rules: [
    lte('tb4-r28', ['tb4-r28'], ['tb4-r31']),
    lte('tb4-r29', ['tb4-r29'], ['tb4-r31']),
    lte('tb4-r30', ['tb4-r30'], ['tb4-r31']),
    lte('tb4-r40', ['tb4-r33', 'tb4-r34', 'tb4-r35', 'tb4-r36'], ['tb4-r40']),
    { kind: 'eq', rowId: 'tb4-r41', a: rows('tb4-r37', 'tb4-r38', 'tb4-r39'), b: rows('tb4-r41') },
    ...agreeWithChecklist,
  ],
};

const self = (value: 'institution' | 'inspected'): Measure => ({ source: 'self', value });

/** Annex 3: the hospital's own row: itself (辖区内总数 1) and whether it inspected itself (检查数量). */
export const GX_TB3: BuiltinTable = {
  own: { kind: 'row', bySection: ['tb3-s1', 'tb3-s2', 'tb3-s3', 'tb3-s4'] },
  measures: Object.fromEntries(
    Array.from({ length: 15 }, (_, i) => [`tb3-r${i + 1}`, { 'tb3-c1': self('institution'), 'tb3-c2': self('inspected') }]),
  ),
  rules: Array.from({ length: 15 }, (_, i) => ({
    kind: 'lte' as const, rowId: `tb3-r${i + 1}`,
    a: { kind: 'rows' as const, rowIds: [`tb3-r${i + 1}`], columnId: 'tb3-c2' },
    b: { kind: 'rows' as const, rowIds: [`tb3-r${i + 1}`], columnId: 'tb3-c1' },
  })),
};
