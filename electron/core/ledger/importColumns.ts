// The columns of the problem import (问题导入表), shared by the template that is
// handed out and the import that reads it back, and how a header typed or edited
// by hand (full-width brackets, a missing “*”, moved columns) is recognised.
import { PROBLEM_SOURCES } from '../../../shared/ledger';

export type ImportKey =
  | 'source' | 'campaign' | 'category' | 'description' | 'department' | 'person'
  | 'foundOn' | 'amount' | 'measures' | 'deadline' | 'immediate' | 'note';

export interface ImportColumn {
  key: ImportKey;
  /** As the template writes it; “*” marks a required column. */
  header: string;
  /** The header without “*”, as error messages name the column. */
  name: string;
  required: boolean;
  /** Template column width in Excel units. */
  width: number;
  kind: 'text' | 'date' | 'amount' | 'choice';
  help: string;
  example: string;
}

const col = (key: ImportKey, header: string, width: number, kind: ImportColumn['kind'], help: string, example: string): ImportColumn => ({
  key, header, name: header.replace(/\*$/, ''), required: header.endsWith('*'), width, kind, help, example,
});

export const IMPORT_SHEET = '问题';
export const HELP_SHEET = '说明';
export const OPTIONS_SHEET = '选项';
export const YES = '是';
export const NO = '否';
/** One import is one office's backlog, not a database migration. */
export const MAX_IMPORT_ROWS = 5000;

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  col('source', '问题来源*', 12, 'choice', `从下拉列表选择：${PROBLEM_SOURCES.join('、')}`, '自查'),
  col('campaign', '专项行动（文号或名称）', 24, 'text', '问题所属的专项行动，填文号或名称；可不填', '川卫函〔2020〕96号'),
  col('category', '问题类别', 12, 'text', '如“合理用药”“医德医风”，不超过 40 字；可不填', '合理用药'),
  col('description', '问题描述*', 40, 'text', '发现的问题，不超过 2000 字', '抗菌药物使用强度超标，部分科室未按规定开展处方点评'),
  col('department', '责任科室', 14, 'text', '须是“科室与人员”中已有的科室名称（可从下拉列表选择）；可不填', '医务科'),
  col('person', '责任人', 10, 'text', '须是“科室与人员”中已有的人员；同时填了责任科室时，须是该科室的人员', '李强'),
  col('foundOn', '发现时间*', 13, 'date', '日期，写作 YYYY-MM-DD（如 2020-10-08），或 Excel 日期', '2020-10-08'),
  col('amount', '涉及金额（万元）', 14, 'amount', '单位万元，最多 4 位小数，不小于 0；不涉及可不填', '12.3456'),
  col('measures', '整改措施', 30, 'text', '不超过 5000 字；可不填', '开展处方点评，每月通报'),
  col('deadline', '整改时限', 13, 'date', '日期，写法同发现时间；可不填', '2020-12-31'),
  col('immediate', '立行立改（是/否）', 12, 'choice', '从下拉列表选择“是”或“否”；不填即为“否”', NO),
  col('note', '备注', 20, 'text', '不超过 2000 字；可不填', ''),
];

/** Full-width brackets and stars made ASCII, spaces dropped, the required mark removed. */
function normalizeHeader(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/\*+$/, '');
}

/** The part before a bracket: “立行立改” of “立行立改(是/否)”. */
const base = (normalized: string) => normalized.replace(/\(.*$/, '');

export type HeaderMatch = { column: ImportColumn } | { refused: string } | null;

/**
 * Which column a header cell is. The bracket of 专项行动 and 立行立改 is only a hint
 * and may be left out; the unit of 涉及金额 may not, since 元 read as 万元 would be
 * ten thousand times wrong.
 */
export function matchHeader(text: string): HeaderMatch {
  const h = normalizeHeader(text);
  if (!h) return null;
  for (const c of IMPORT_COLUMNS) {
    const full = normalizeHeader(c.header);
    if (h === full) return { column: c };
    if (base(h) !== base(full)) continue;
    if (c.key === 'amount') return { refused: `金额列须以万元为单位，表头应为“${c.name}”` };
    return { column: c };
  }
  return null;
}
