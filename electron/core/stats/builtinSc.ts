// 川卫函〔2020〕96号 附件2 filled from clues and cases: which measure each of the
// 27 rows is, and the rules its figures obey.
import { INSURANCE_CATEGORIES } from '../../../shared/cases';
import { casesOf, lte, type BuiltinTable } from './builtinKit';

/** 川卫函〔2020〕96号 附件2: 4 sections, 27 rows, monthly. */
export const SC_TB2: BuiltinTable = {
  measures: {
    'tb2-r1': { source: 'clues', handledOnly: false, channels: [] },
    'tb2-r2': { source: 'clues', handledOnly: true, channels: [] },
    'tb2-r3': casesOf('supervised', []),
    'tb2-r4': casesOf('cases', ['consumables']),
    'tb2-r5': casesOf('amount', ['consumables']),
    'tb2-r6': casesOf('persons', ['consumables']),
    'tb2-r7': casesOf('penalized', ['consumables']),
    'tb2-r8': casesOf('transferred', ['consumables']),
    'tb2-r9': casesOf('cases', ['drugMisuse']),
    'tb2-r10': casesOf('cases', ['kickbacks']),
    'tb2-r11': casesOf('amount', ['kickbacks']),
    'tb2-r12': casesOf('persons', ['kickbacks']),
    'tb2-r13': casesOf('penalized', ['kickbacks']),
    'tb2-r14': casesOf('transferred', ['kickbacks']),
    'tb2-r15': casesOf('cases', ['tendering']),
    'tb2-r16': casesOf('persons', ['tendering']),
    'tb2-r17': casesOf('amount', ['tendering']),
    'tb2-r18': casesOf('transferred', ['tendering']),
    'tb2-r19': casesOf('cases', ['fakeServices']),
    'tb2-r20': casesOf('cases', ['cardFraud']),
    'tb2-r21': casesOf('cases', ['inducedAdmission']),
    // 移交行政、司法机构数 counts institutions, which the case records do not name: entered by hand.
    'tb2-r22': null,
    'tb2-r23': casesOf('agreement', INSURANCE_CATEGORIES),
    'tb2-r24': casesOf('amount', INSURANCE_CATEGORIES),
    'tb2-r25': casesOf('persons', INSURANCE_CATEGORIES),
    'tb2-r26': casesOf('penalized', INSURANCE_CATEGORIES),
    'tb2-r27': casesOf('transferred', INSURANCE_CATEGORIES),
  },
  rules: [
    lte('tb2-r2', ['tb2-r2'], ['tb2-r1']),
    lte('tb2-r7', ['tb2-r7'], ['tb2-r6']),
    lte('tb2-r8', ['tb2-r8'], ['tb2-r6']),
    lte('tb2-r13', ['tb2-r13'], ['tb2-r12']),
    lte('tb2-r14', ['tb2-r14'], ['tb2-r12']),
    lte('tb2-r18', ['tb2-r18'], ['tb2-r16']),
    lte('tb2-r26', ['tb2-r26'], ['tb2-r25']),
    lte('tb2-r27', ['tb2-r27'], ['tb2-r25']),
    // No rule against the 广西 Annex 4: each campaign counts only its own cases, so the two tables need not agree.
  ],
};
