// What every draft is made of: runs that are text, linked figures or marked
// blanks; numbered headings; the document head from 设置, the hospital and the
// campaign (its topic as titles name it: campaigns/topic.ts).
import type { CampaignFile } from '../../../../shared/campaign';
import type { DocumentSettings } from '../../../../shared/channels/documents';
import { blankText, documentDate, type Block, type DocumentHead, type Inline } from '../../../../shared/document';
import type { Hospital } from '../../org/org';
import { figureLabel, type CampaignFigures } from '../figures';

export interface DraftInput {
  figures: CampaignFigures;
  settings: DocumentSettings;
  hospital: Hospital | null;
  /** Names of the hospital's departments, for the responsible departments of measures. */
  departments: string[];
  today: string;
}

export const t = (text: string): Inline => ({ kind: 'text', text });
export const blank = (label: string): Inline => ({ kind: 'blank', label });

/** A linked figure where the records have one, else a blank the officer must fill. */
export function fig(figures: CampaignFigures, key: string, label = figureLabel(key)): Inline {
  const value = figures.values[key];
  return value === undefined ? blank(label) : { kind: 'figure', key, value, override: null };
}

export const has = (figures: CampaignFigures, key: string) => figures.values[key] !== undefined;

/** Numbers blocks as they are made, so ids are stable for one draft and unique within it. */
export class Blocks {
  readonly list: Block[] = [];
  private n = 0;
  constructor(private readonly prefix: string) {}
  private id() {
    return `${this.prefix}${++this.n}`;
  }
  p(...runs: Inline[]): this {
    this.list.push({ kind: 'paragraph', id: this.id(), runs });
    return this;
  }
  h(level: 1 | 2 | 3 | 4, text: string, ...runOn: Inline[]): this {
    this.list.push({ kind: 'heading', id: this.id(), level, text, ...(runOn.length ? { runOn } : {}) });
    return this;
  }
  table(table: Extract<Block, { kind: 'table' }>['table']): this {
    this.list.push({ kind: 'table', id: this.id(), table });
    return this;
  }
}

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 12 → 十二, 23 → 二十三 (headings never run past ninety-nine). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

export const level1 = (i: number, text: string) => `${chineseNumber(i)}、${text}`;
export const level2 = (i: number, text: string) => `（${chineseNumber(i)}）${text}`;

export function hospitalName(input: DraftInput): string {
  return input.hospital?.name.trim() || blankText('医院名称');
}

/** 《…》（川卫函〔2020〕96号）, as a summary cites the notice it answers. */
export function noticeCitation(file: CampaignFile): string {
  return `${file.issuers.join('、')}《${file.title}》${file.docNumber ? `（${file.docNumber}）` : ''}`;
}

export function head(input: DraftInput, title: string, parts: Partial<DocumentHead> = {}): DocumentHead {
  return {
    issuerMark: null,
    documentNumber: null,
    signer: null,
    addressee: null,
    title,
    signature: hospitalName(input),
    date: input.today,
    ...parts,
  };
}

/** "张三（院长）、李四（副院长）": the group notice's list of members. */
export function memberList(members: DocumentSettings['group']): string {
  return members.map((m) => (m.post ? `${m.name}（${m.post}）` : m.name)).join('、');
}

/** "院长张建国、党委书记李红梅": members as a sentence names them, post first. */
export function postedNames(members: DocumentSettings['group']): string {
  return members.map((m) => `${m.post}${m.name}`).join('、');
}

/** Lead units that direct other bodies, not hospitals: a task only they lead is not the hospital's. */
const NOT_HEALTH_LEADS = /公安|市场监|经济信息|商务|税务|财政|学会服务/;
/** Tasks about bodies a hospital is not (associations), or that only the police and courts can do (打击…犯罪). */
const NOT_HOSPITAL = /行业协会|学会|社会组织|犯罪/;
const PRIMARY_CARE = /基层医疗(卫生)?机构/;

/** The campaign's tasks that apply to the hospital, in the notice's order. */
export function hospitalTasks(file: CampaignFile, hospital: Hospital | null): CampaignFile['tasks'] {
  const primary = /一级|社区|卫生院/.test(`${hospital?.level ?? ''}${hospital?.category ?? ''}`);
  return file.tasks.filter((task) => {
    const about = `${task.section}${task.title}`;
    if (NOT_HOSPITAL.test(about)) return false;
    if (!primary && PRIMARY_CARE.test(about)) return false;
    return !(task.leadUnits.length > 0 && task.leadUnits.every((u) => NOT_HEALTH_LEADS.test(u)));
  });
}

export interface TaskGroup {
  title: string;
  tasks: CampaignFile['tasks'];
}

const NUMBERING = /^[（(]?[一二三四五六七八九十\d]+[）)、.．]?\s*/;

/**
 * The tasks as the notice groups them: by its sections where it has several; a
 * notice with one section of a few tasks gives each its own group; one with many
 * gives one group, so that no heading stands empty for each of fifteen tasks.
 */
export function taskGroups(tasks: CampaignFile['tasks']): TaskGroup[] {
  const sections = [...new Set(tasks.map((t) => t.section))];
  const strip = (s: string) => s.replace(NUMBERING, '').replace(/[。；，]$/, '');
  if (sections.length > 1) return sections.map((s) => ({ title: strip(s), tasks: tasks.filter((t) => t.section === s) }));
  if (tasks.length <= 6) return tasks.map((t) => ({ title: strip(t.title), tasks: [t] }));
  return tasks.length ? [{ title: strip(sections[0] ?? '重点任务'), tasks }] : [];
}

/** "按上级要求按时报送（总结报告：2020年12月5日前）" — the campaign's dated duties. */
export function duesText(file: CampaignFile): string {
  const dues = file.duties.filter((x) => x.due);
  if (!dues.length) return '按上级要求报送';
  return `按上级要求按时报送（${dues.map((x) => `${x.title}：${documentDate(x.due as string)}前${x.to ? `报${x.to === '我委' ? file.issuers[0] : x.to}` : ''}`).join('；')}）`;
}
