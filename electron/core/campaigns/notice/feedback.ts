// A feedback or rectification document → problems for the ledger. The forms read:
//   反馈问题1：… / 整改状态：阶段性完成 / 整改情况：一是…二是… (progress reports);
//   （一）关于“…”问题的整改 / 整改落实情况：一是… (published rectification reports);
//   一、…方面 → （一）… 1.…；2.… or 1.… (feedback opinions sent to the hospital);
//   a table 序号 | 反馈问题 | 整改措施 | 责任科室 | 整改时限 | 完成情况.
// Parts that report how the work was organised (整改工作组织情况) hold no problem.
import type { ProblemSource } from '../../../../shared/ledger';
import type { FeedbackProblem, FeedbackProposal, FeedbackStatus } from '../../../../shared/feedbackProposal';
import { AppError } from '../../../../shared/errors';
import { FEN_PER_WAN } from '../../../../shared/money';
import type { ProposalFlag } from '../../../../shared/noticeProposal';
import { toBlocks, type Paragraph, type Table } from './blocks';
import { readDateRange } from './dates';
import { findIssueDate, findTitle } from './header';
import { noticeLines, unflatten } from './lines';
import { concat, slice, spanOfAll, trim, type Mapped } from './mapped';
import { buildOutline, type OutlineNode } from './outline';
import { pairedRows } from './feedbackPairs';

const MAX_CHARS = 2_000_000;

export function statusOf(text: string): FeedbackStatus {
  const t = text.replace(/\s/g, '');
  if (/未完成|整改中|正在整改|推进中|持续整改|长期整改/.test(t)) return 'inProgress';
  if (/阶段性完成|基本完成|阶段性成效/.test(t)) return 'staged';
  if (/完成|已整改|整改到位|已销号/.test(t)) return 'done';
  return 'pending';
}

const MEASURE_MARK = /(?:^|(?<=[。；;：:，,]\s*))(?:[一二三四五六七八九十]+是|[①-⑳]|[（(]\d{1,2}[）)])/g;

/** 一是…；二是… → one measure each; a text with no numbering is one measure. */
export function measuresOf(text: string): string[] {
  const t = text.trim();
  if (!t) return [];
  const marks = [...t.matchAll(MEASURE_MARK)];
  if (marks.length < 1) return [t.replace(/[。；;]+$/, '')];
  const out = marks.map((h, i) => t.slice(h.index + h[0].length, marks[i + 1]?.index ?? t.length).replace(/^[，,：:\s]+|[。；;，,\s]+$/g, ''));
  return out.filter((x) => x.length >= 2);
}

function sourceOf(text: string): ProblemSource {
  if (/医保|飞行检查|医疗保障/.test(text)) return '医保检查';
  if (/审计/.test(text)) return '审计';
  if (/信访|举报/.test(text.slice(0, 300))) return '信访举报';
  return '上级巡查';
}

const AMOUNT = /涉及金额\s*([\d.]+)\s*万元/;
const GENERIC_SECTION = /^整改(?:落实)?情况$|组织(?:情况|领导|实施)|整改工作|主体责任|总体情况|基本情况|下一步|工作打算|整改要求|^.{0,4}要求$|说明|背景|成效|体会/;
const LABEL = /^(整改状态|完成情况|整改进度|整改情况|整改落实情况|整改措施|落实情况|责任(?:单位|科室|部门|领导|人)|牵头(?:单位|科室)|整改时限|完成时限|整改期限)\s*[:：]\s*/;

interface Draft {
  no: string;
  description: Mapped;
  category: string;
  status: string | null;
  measures: string[];
  department: string | null;
  deadline: string | null;
  spanParts: Mapped[];
}

function finish(d: Draft, i: number): FeedbackProblem {
  const description = d.description.text.replace(/^[:：\s]+/, '').replace(/[。；;]+$/, '');
  const status = d.status === null ? 'pending' : statusOf(d.status);
  const flags: ProposalFlag[] = [];
  const span = spanOfAll([d.description, ...d.spanParts]);
  const nextMilestone = status === 'staged' ? d.deadline : null;
  if (status === 'staged' && !nextMilestone) flags.push({ code: 'missing', message: `问题 ${d.no || i + 1}（${description.slice(0, 20)}……）阶段性完成，请填写下一节点日期`, span });
  const amount = AMOUNT.exec(description)?.[1];
  return {
    id: `p${i + 1}`,
    no: d.no,
    description,
    category: d.category.slice(0, 40),
    status,
    statusOriginal: d.status,
    measures: d.measures,
    department: d.department,
    deadline: d.deadline,
    nextMilestone,
    amountFen: amount ? Math.round(Number(amount) * FEN_PER_WAN) : 0,
    include: true,
    span,
    flags,
  };
}

const dateOf = (text: string, year: number | null) => {
  const r = readDateRange(text, year);
  return r?.end ?? r?.start ?? null;
};

/** Applies a labelled paragraph (整改状态：…) to the problem it follows; false when not one. */
function label(d: Draft, m: Mapped, year: number | null): boolean {
  const hit = LABEL.exec(m.text);
  if (!hit) return false;
  const key = hit[1] ?? '';
  const value = m.text.slice(hit[0].length).trim();
  d.spanParts.push(m);
  if (/状态|完成情况|进度/.test(key)) d.status = value.replace(/[。；;]$/, '');
  else if (/责任|牵头/.test(key)) d.department = value.replace(/[。；;]$/, '').split(/[、，,]/)[0] ?? null;
  else if (/时限|期限/.test(key)) d.deadline = dateOf(value, year);
  else d.measures.push(...measuresOf(value));
  return true;
}

const headingOfProblem = /^(?:反馈)?问题\s*[(（]?\s*(\d{1,3})\s*[)）]?\s*[:：]\s*|^(?:反馈)?问题\s*(\d{1,3})\s*[.．、]\s*/;
const ABOUT = /关于[“"「]?(.+?)[”"」]?(?:的)?问题(?:的整改|整改情况|整改)/;

function fromTable(t: Table, year: number | null, category: string): Draft[] {
  const head = (t.rows[0] ?? []).map((c) => c.text.replace(/\s/g, ''));
  const at = (re: RegExp) => head.findIndex((h) => re.test(h));
  const problemAt = at(/问题/);
  if (problemAt < 0 || at(/措施|整改|完成/) < 0) return [];
  const measuresAt = at(/措施/);
  const deptAt = at(/责任|牵头/);
  const deadlineAt = at(/时限|期限|时间/);
  const statusAt = at(/完成情况|整改状态|进度|状态/);
  const noAt = at(/^序号$/);
  return t.rows.slice(1).flatMap((r) => {
    const cell = (k: number) => (k >= 0 ? trim(r[k] ?? { text: '', at: [] }) : { text: '', at: [] });
    const description = cell(problemAt);
    if (!description.text) return [];
    const deadlineText = cell(deadlineAt).text;
    return [{
      no: cell(noAt).text,
      description,
      category,
      status: cell(statusAt).text || null,
      measures: measuresOf(cell(measuresAt).text),
      department: cell(deptAt).text || null,
      deadline: deadlineText ? dateOf(deadlineText, year) : null,
      spanParts: r,
    }];
  });
}

/** Problems of an opinions list: categories (…方面) → leaves, a leaf listing 1.…；2.… gives one each. */
function fromOpinions(roots: OutlineNode[]): Draft[] {
  const out: Draft[] = [];
  const leaves = (n: OutlineNode): OutlineNode[] => (n.children.length ? n.children.flatMap(leaves) : [n]);
  for (const r of roots) {
    if (GENERIC_SECTION.test(r.title.text) || !r.children.length) continue;
    const category = r.title.text.replace(/[。.；;]$/, '');
    for (const leaf of leaves(r)) {
      const body = trim(concat(leaf.body, ''));
      const numbered = [...body.text.matchAll(/(?:^|(?<=[。；;：:]\s*))\d{1,2}[.．、](?!\d)/g)];
      if (numbered.length >= 2) {
        numbered.forEach((h, i) => {
          const m = trim(slice(body, h.index + h[0].length, numbered[i + 1]?.index ?? body.text.length));
          out.push({ no: `${leaf.no}${h[0].replace(/[.．、]/, '')}`, description: m, category, status: null, measures: [], department: null, deadline: null, spanParts: [] });
        });
      } else {
        const description = trim(concat([leaf.title, ...leaf.body].filter((x) => x.text), '。'));
        out.push({ no: leaf.no, description, category, status: null, measures: [], department: null, deadline: null, spanParts: [] });
      }
    }
  }
  return out;
}

export function parseFeedback(text: string, name: string): FeedbackProposal {
  if (text.length > MAX_CHARS) throw new AppError('tooLarge', `“${name}”的文字超过 200 万字，未识别`);
  const blocks = toBlocks(unflatten(noticeLines(text)));
  const paragraphs = blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
  // A title ending in 报告/通报 runs into the addressee on the next line ("…的报告市委巡察办:").
  const title = (findTitle(paragraphs)?.value ?? paragraphs[0]?.m.text.slice(0, 100) ?? '').replace(/(报告|通报|意见)[^，。：:]{1,20}[:：]$/, '$1');
  const issued = findIssueDate(paragraphs)?.value ?? null;
  const year = Number(/(\d{4})/.exec(issued ?? title ?? '')?.[1] ?? /(\d{4})年/.exec(text)?.[1] ?? NaN) || null;
  const { roots } = buildOutline(paragraphs);
  const categoryOf = new Map<Paragraph, string>();
  {
    let current = '';
    const byLine = new Map<Paragraph, OutlineNode>();
    const visit = (n: OutlineNode) => (byLine.set(n.heading, n), n.children.forEach(visit));
    roots.forEach(visit);
    for (const p of paragraphs) {
      const node = byLine.get(p);
      if (node?.level === 1) current = GENERIC_SECTION.test(node.title.text) ? '' : node.title.text.replace(/[。.；;]$/, '');
      categoryOf.set(p, current);
    }
  }

  const drafts: Draft[] = [];
  let open: Draft | null = null;
  let tableCategory = '';
  // （一）反馈问题：上轮巡察发现的问题整改不够到位 — a category of the numbered problems below it.
  let group = '';
  for (const [k, b] of blocks.entries()) {
    if (b.kind === 'table') {
      drafts.push(...fromTable(b, year, tableCategory || '反馈问题'));
      open = null;
      continue;
    }
    const m = trim(b.m);
    tableCategory = categoryOf.get(b) || tableCategory;
    const numbered = headingOfProblem.exec(m.text);
    const about = ABOUT.exec(m.text);
    const next = blocks[k + 1];
    const groupHeading = /^[（(][一二三四五六七八九十]+[）)]\s*(?:反馈问题\s*[:：])?\s*(.{2,60})$/.exec(m.text);
    const short = /^(\d{1,2})[.．、]\s*([^。；;]{2,80})[。]?$/.exec(m.text);
    if (groupHeading && !about) group = (groupHeading[1] ?? '').replace(/[。；;]$/, '');
    if (/^[一二三四五六七八九十]+[、.．]/.test(m.text)) group = '';
    if (short && next?.kind === 'paragraph' && LABEL.test(next.m.text.trim())) {
      // 1.政治意识不够强 / 整改状态：完成: a problem named by a short numbered line its labels follow.
      open = { no: short[1] ?? '', description: trim(slice(m, m.text.indexOf(short[2] ?? ''))), category: group || categoryOf.get(b) || '反馈问题', status: null, measures: [], department: null, deadline: null, spanParts: [] };
      drafts.push(open);
    } else if (numbered) {
      open = { no: numbered[1] ?? numbered[2] ?? '', description: trim(slice(m, numbered[0].length)), category: categoryOf.get(b) || '反馈问题', status: null, measures: [], department: null, deadline: null, spanParts: [] };
      drafts.push(open);
    } else if (about && m.text.length < 120 && !/报告|通报|(?:意见|情况)$/.test(m.text)) {
      const at = m.text.indexOf(about[1] ?? '');
      open = { no: /^[（(]([一二三四五六七八九十\d]+)[）)]/.exec(m.text)?.[1] ?? '', description: trim(slice(m, at, at + (about[1]?.length ?? 0))), category: categoryOf.get(b) || '反馈问题', status: null, measures: [], department: null, deadline: null, spanParts: [m] };
      drafts.push(open);
    } else if (open && label(open, m, year)) {
      // a status, measures, department or deadline of the open problem
    } else if (open && /^[一二三四五六七八九十]+是/.test(m.text)) {
      open.measures.push(...measuresOf(m.text));
      open.spanParts.push(m);
    } else if (/^[一二三四五六七八九十]+[、.．]/.test(m.text)) {
      open = null;
    }
  }
  if (!drafts.length) {
    for (const r of pairedRows(paragraphs)) {
      const measures = measuresOf(r.measure);
      drafts.push({ no: r.no, description: r.description, category: r.category || '反馈问题', status: null, measures: measures.length ? measures : [r.measure.replace(/[。.；;]+$/, '')], department: r.department, deadline: r.due ? dateOf(r.due, year) : null, spanParts: r.spanParts });
    }
  }
  if (!drafts.length) drafts.push(...fromOpinions(roots));

  // A deadline for every problem (请于…前完成整改) where a problem has none of its own.
  const whole = paragraphs.map((p) => p.m.text).join('\n');
  const common = /(?:请|要|须|应)?(?:你院|你单位|各单位)?(?:于|在)\s*([^，。；]{4,20}?前)\s*(?:完成|全部完成)?整改/.exec(whole);
  const commonDeadline = common ? dateOf(common[1] ?? '', year) : null;
  const problems = drafts.map((d, i) => finish({ ...d, deadline: d.deadline ?? commonDeadline }, i));
  const flags: ProposalFlag[] = [];
  if (!problems.length) flags.push({ code: 'missing', message: '未找到逐条列出的问题（如“反馈问题1：…”“（一）关于…问题的整改”或问题表格），请手工登记', span: null });
  const foundOn = issued ?? (() => {
    const r = readDateRange(/(\d{4}年\d{1,2}月\d{1,2}日)[^。]{0,20}反馈/.exec(whole)?.[1] ?? '', year);
    return r?.start ?? r?.end ?? null;
  })();
  return {
    format: 'zicha-feedback-proposal',
    version: 1,
    source: { name, text },
    title,
    problemSource: sourceOf(title + whole.slice(0, 3000)),
    foundOn,
    problems,
    flags,
  };
}

