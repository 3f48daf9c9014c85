// Clues and cases (线索、案件): the words 纪检 practice and the notices use, and the
// shapes that cross between core and window. Names of persons are sensitive: lists
// show them, exports leave them out unless the officer asks.

/** 川卫函〔2020〕96号 lists six channels for clues; the hospital adds its own findings. */
export const CLUE_CHANNELS = [
  '信访举报',
  '医疗“三监管”等大数据平台',
  '扫黑除恶和医疗乱象治理',
  '审计发现',
  '投诉举报反映的共性问题',
  '上级交办/通报',
  '本院自查发现',
] as const;
export type ClueChannel = (typeof CLUE_CHANNELS)[number];

export const PERSON_ROLES = ['医师', '护士', '药师', '管理人员', '其他'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** 问题线索处置方式 (纪检监察机关监督执纪工作规则 §21: five ways to dispose of a clue). */
export const CLUE_DISPOSALS = ['拟立案审查', '初步核实', '谈话函询', '暂存待查', '予以了结'] as const;
export type ClueDisposal = (typeof CLUE_DISPOSALS)[number];
/** Disposals that count as 调查处理: the clue was acted on, not shelved. */
export const HANDLED_DISPOSALS: readonly ClueDisposal[] = ['拟立案审查', '初步核实', '谈话函询', '予以了结'];

export const CLUE_OUTCOMES = ['属实', '部分属实', '不属实'] as const;
export type ClueOutcome = (typeof CLUE_OUTCOMES)[number];

export const SUPERVISION_LEVELS = ['省级', '市级'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

/** 暂停或解除医保服务协议 */
export const AGREEMENT_ACTIONS = ['暂停', '解除'] as const;
export type AgreementAction = (typeof AGREEMENT_ACTIONS)[number];

/**
 * What a case is about; the category decides which statistics rows it feeds
 * (川卫函〔2020〕96号 Annex 2 and the 广西 Annex 4 violation types).
 */
export const CASE_CATEGORIES = {
  consumables: '不合理使用高值医用耗材',
  drugMisuse: '不合理用药（过度、定向、无指征使用）',
  kickbacks: '私自采购医药产品、收受回扣、开单提成',
  tendering: '药品、耗材招投标腐败',
  fakeServices: '虚构医疗服务、伪造医疗文书或票据',
  cardFraud: '留存、盗刷、冒用社保卡，协助变现',
  inducedAdmission: '虚假宣传、诱导参保人员住院',
  insuranceOther: '其他医保违规（串换、重复、超标准收费等）',
  certificateLending: '出租、出借、转让《医师执业证书》（挂证）',
  unlicensed: '无证行医',
  licenceTrading: '买卖、转让、租借执业许可证或执业证书',
  beyondScope: '超出登记范围开展诊疗活动',
  unqualifiedStaff: '使用非卫生技术人员从事医疗卫生技术工作',
  bannedImmune: '违规开展禁止类技术（免疫细胞治疗）',
  bannedOther: '违规开展禁止类技术（其他）',
  restrictedTech: '违规开展限制类技术',
  stemCell: '违规开展干细胞临床研究和治疗',
  fakeDrugs: '制售假药',
  falseCertificates: '出具虚假证明',
  cornea: '违规获取或开展角膜移植',
  organs: '违规开展大型器官移植',
  pricesNotShown: '未按要求公示药品、医用材料及医疗服务价格',
  overcharging: '乱收费和不正当价格行为',
  overtreatment: '欺骗、强迫诊疗或消费，诱导或过度医疗',
  cosmeticUnapproved: '医疗美容项目未经核准和备案',
  cosmeticDoctor: '医疗美容主诊医师不具备规定条件',
  cosmeticNurse: '医疗美容护理人员不具备规定条件',
  prenatal: '违规开展产前诊断',
  reproduction: '违规开展人类辅助生殖',
  twoNon: '违规开展“两非”行为',
  familyPlanning: '违规开展计划生育手术',
  otherMedical: '其他违反医疗法律法规行为',
} as const;
export type CaseCategory = keyof typeof CASE_CATEGORIES;
export const CASE_CATEGORY_KEYS = Object.keys(CASE_CATEGORIES) as [CaseCategory, ...CaseCategory[]];
/** 医保违法违规行为: the categories 川卫函〔2020〕96号 Annex 2 rows 四.8–13 add up. */
export const INSURANCE_CATEGORIES: readonly CaseCategory[] = ['fakeServices', 'cardFraud', 'inducedAdmission', 'insuranceOther'];
/** 骗取医保基金: counted alike in 川 Annex 2 (四.5–7) and 广西 Annex 4 (骗取医疗保险基金). */
export const INSURANCE_FRAUD_CATEGORIES: readonly CaseCategory[] = ['fakeServices', 'cardFraud', 'inducedAdmission'];

export interface PersonConcerned {
  name: string;
  role: PersonRole;
  departmentId: number | null;
  department?: string | null;
}

export interface ClueFields {
  receivedOn: string;
  channel: ClueChannel;
  summary: string;
  /** The campaigns (专项行动) the clue belongs to: zero or more; only they count it. */
  campaignIds: string[];
  concerned: PersonConcerned[];
  note: string;
}

export interface ClueRow {
  id: number;
  number: string;
  receivedOn: string;
  channel: ClueChannel;
  summary: string;
  campaignIds: string[];
  /** Left by migration 006 for the officer to decide which campaigns it belongs to. */
  review: CampaignReview | null;
  disposal: ClueDisposal | null;
  disposedOn: string | null;
  outcome: ClueOutcome | null;
  /** "张三（医师，骨科）、李四（护士）": names shown in lists only. */
  concernedText: string;
  caseCount: number;
  problemCount: number;
}

/** A record whose campaigns an upgrade could not tell: the campaigns whose period holds its date, as a suggestion. */
export interface CampaignReview {
  candidates: string[];
}

export interface HistoryEntry {
  at: string;
  by: string;
  field: string;
  old: string | null;
  new: string | null;
}

export interface ClueDetail {
  clue: ClueRow & { note: string; createdAt: string; createdBy: string };
  concerned: PersonConcerned[];
  problems: { id: number; number: string; description: string; status: string }[];
  cases: { id: number; number: string; title: string }[];
  history: HistoryEntry[];
}

/** The figures of a case, all whole numbers, amounts in fen (never negative). */
export interface CaseFigures {
  amountFen: number;
  persons: number;
  penalized: number;
  toDiscipline: number;
  toJudicial: number;
  agreementAction: AgreementAction | null;
  refundFen: number;
}

export interface CaseFields extends CaseFigures {
  clueId: number | null;
  /** The campaigns the case belongs to: zero or more; only they count it. */
  campaignIds: string[];
  title: string;
  category: CaseCategory;
  openedOn: string;
  closedOn: string | null;
  supervision: SupervisionLevel | null;
  concerned: PersonConcerned[];
  note: string;
}

export interface CaseRow extends CaseFigures {
  id: number;
  number: string;
  clueId: number | null;
  clueNumber: string | null;
  campaignIds: string[];
  review: CampaignReview | null;
  title: string;
  category: CaseCategory;
  openedOn: string;
  closedOn: string | null;
  supervision: SupervisionLevel | null;
  concernedText: string;
}

export interface CaseDetail {
  case: CaseRow & { note: string; createdAt: string; createdBy: string };
  concerned: PersonConcerned[];
  history: HistoryEntry[];
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** "张三（医师，骨科）": how a list shows the persons concerned. */
export function concernedText(persons: readonly PersonConcerned[]): string {
  return persons.map((p) => `${p.name}（${[p.role, p.department].filter(Boolean).join('，')}）`).join('、');
}
