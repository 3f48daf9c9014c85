// 工作情况总结, as an office writes one: the overall counts; 组织领导; 主要措施及成效
// by the notice's own groups of the tasks that apply to a hospital, then what the
// records show (自查与整改, 线索与案件); 存在的问题 by the ledger's kinds of problem
// with their counts; 下一步 drawn from what is still open. Where the summary sends
// statistics tables, every clue and case figure in the text is read from their
// cells (figures.ts), in the tables' own words and units. "其中" introduces only a
// true breakdown: parts that add up to at most their whole.
import type { Inline, OfficialDocument, Attachment } from '../../../../shared/document';
import { documentDate } from '../../../../shared/document';
import type { StatsRowView, StatsTableView } from '../../../../shared/stats';
import { tableKey } from '../figures';
import {
  Blocks, blank, fig, has, head, hospitalName, hospitalTasks, level1, level2, noticeCitation, postedNames, t,
  taskGroups, type DraftInput,
} from './kit';
import { campaignTopic } from '../../campaigns/topic';
import { repeatParagraph } from './repeats';

function inspectionRuns(d: DraftInput): Inline[] {
  const f = d.figures;
  if (!has(f, 'inspection.rounds')) return [t('开展自查'), blank('自查开展情况（系统中尚无本专项行动的自查轮次）'), t('。')];
  return [
    t('共开展自查'), fig(f, 'inspection.rounds'), t('轮，最近一轮检查项目'), fig(f, 'inspection.items'),
    t('项（其中已作答'), fig(f, 'inspection.answered'),
    ...(f.values['inspection.problems'] === '0' ? [t('项）。')] : [t('项），由自查结果登记问题'), fig(f, 'inspection.problems'), t('个。')]),
  ];
}

function problemRuns(d: DraftInput): Inline[] {
  const f = d.figures;
  if (!has(f, 'problems.total')) return [t('发现问题'), blank('发现问题数（系统中尚无本专项行动的问题台账记录）'), t('个。')];
  // 完成, 阶段性完成 and 尚未完成 partition the total; overdue ones may be staged or not begun, so they stand apart.
  const runs: Inline[] = [
    t('共发现问题'), fig(f, 'problems.total'), t('个，其中已完成整改'), fig(f, 'problems.rectified'), t('个、阶段性完成'),
    fig(f, 'problems.staged'), t('个、尚未完成'), fig(f, 'problems.unfinished'), t('个，整改完成率'), fig(f, 'problems.rate'), t('%。'),
  ];
  if (f.values['problems.overdue'] !== '0') runs.push(t('超过整改时限仍未完成的问题'), fig(f, 'problems.overdue'), t('个。'));
  return runs;
}

function clueRuns(d: DraftInput): Inline[] {
  const f = d.figures;
  if (!has(f, 'clues.total')) return [t('受理问题线索'), blank('受理线索数（系统中尚无本专项行动的线索记录）'), t('条。')];
  const parts: Inline[] = [t('受理问题线索'), fig(f, 'clues.total'), t('条，其中')];
  const shown = ['拟立案审查', '初步核实', '谈话函询', '暂存待查', '予以了结'].filter((k) => f.values[`clues.disposal.${k}`] !== '0');
  shown.forEach((k, i) => parts.push(t(`${i ? '、' : ''}${k}`), fig(f, `clues.disposal.${k}`), t('条')));
  parts.push(t(`${shown.length ? '、' : ''}尚未处置`), fig(f, 'clues.undisposed'), t('条。'));
  return parts;
}

/** Cases told without a "其中": one person may be both punished and handed on, so these counts are no breakdown. */
function caseRuns(d: DraftInput): Inline[] {
  const f = d.figures;
  if (!has(f, 'cases.total')) return [t('查处案件'), blank('查处案件数（系统中尚无本专项行动的案件记录）'), t('件。')];
  const runs: Inline[] = [
    t('立案查处案件'), fig(f, 'cases.total'), t('件，涉案金额'), fig(f, 'cases.amount'), t('万元，涉及人员'), fig(f, 'cases.persons'),
    t('人次；给予行政处罚'), fig(f, 'cases.penalized'), t('人次，移交纪检监察机关'), fig(f, 'cases.toDiscipline'),
    t('人次，移交司法机关'), fig(f, 'cases.toJudicial'), t('人次。'),
  ];
  if (f.values['cases.insurance'] !== '0') {
    runs.push(t('查处医保违法违规案件'), fig(f, 'cases.insurance'), t('件，暂停或解除医保服务协议'), fig(f, 'cases.agreement'),
      t('起，追回医保基金'), fig(f, 'cases.refund'), t('万元。'));
  }
  if (f.values['cases.supervised'] !== '0') runs.push(t('省、市级挂牌督办案件'), fig(f, 'cases.supervised'), t('件。'));
  return runs;
}

const fromRecords = (row: StatsRowView) => row.cells.some((c) => c.measure?.source === 'clues' || c.measure?.source === 'cases');
const annexLabel = (d: DraftInput, v: StatsTableView) => `附件${d.figures.sent.indexOf(v) + 1}`;

/** The row's own cell: the one with a figure, or the first (a blank one) where none has. */
function ownCell(row: StatsRowView) {
  return row.cells.find((c) => c.value !== null) ?? row.cells[0];
}

/**
 * A section of a sent table as a sentence in its own words: rows sharing a label
 * told once ("…等行为，涉及案件3起，涉及金额2.5万元"), rows of no figure left out
 * where the section has others, every figure the cell itself.
 */
function sectionRuns(d: DraftInput, v: StatsTableView, rows: StatsRowView[]): Inline[] {
  const runs: Inline[] = [];
  // 家 counts institutions: the notice's table asks it of a region; the text of one hospital's cases does not state it.
  const shown = rows.filter((r) => (ownCell(r)?.value ?? 0) !== 0 && r.unit !== '家');
  if (!shown.length) return [];
  let label: string | null = null;
  shown.forEach((r, i) => {
    const cell = ownCell(r);
    if (!cell) return;
    const unit = r.unit ?? '';
    // A label its neighbours share is told once, its sublabels after it; a lone row's sublabel is a note in brackets.
    const shared = r.sublabel !== null && (shown[i + 1]?.label === r.label || label === r.label);
    if (shared && r.label === label) runs.push(t(`，${r.sublabel}`));
    else {
      if (runs.length) runs.push(t('；'));
      runs.push(t(!r.sublabel ? r.label : shared ? `${r.label}，${r.sublabel}` : `${r.label}（${r.sublabel}）`));
      label = r.label;
    }
    runs.push(fig(d.figures, tableKey(v.tableId, r.id, cell.columnId), `${annexLabel(d, v)}“${r.label}${r.sublabel ? `（${r.sublabel}）` : ''}”`), t(unit));
  });
  return runs;
}

type Result = { kind: 'clues' | 'cases'; runs: Inline[] };

/** The clue and case results as the sent tables state them, one paragraph per section; null where no table counts them. */
function tableResults(d: DraftInput): Result[] | null {
  const tables = d.figures.sent.filter((v) => v.kind === 'table' && v.sections.some((s) => s.rows.some(fromRecords)));
  if (!tables.length) return null;
  const out: Result[] = [];
  for (const v of tables) {
    const sections = v.sections.filter((s) => s.rows.some(fromRecords));
    for (const s of sections) {
      const title = s.title.replace(/^[一二三四五六七八九十]+、/, '');
      const kind = s.rows.some((r) => r.cells.some((c) => c.measure?.source === 'clues')) ? 'clues' : 'cases';
      if (!d.figures.records[kind]) {
        out.push({ kind, runs: [t(`${title}：`), blank(`${title}（系统中尚无本专项行动的${kind === 'clues' ? '线索' : '案件'}记录）`), t('。')] });
        continue;
      }
      const runs = sectionRuns(d, v, s.rows.filter(fromRecords));
      out.push({ kind, runs: runs.length ? [t(`${title}：`), ...runs, t(`（详见${annexLabel(d, v)}）。`)] : [t(`${title}：各项均为0（详见${annexLabel(d, v)}）。`)] });
    }
  }
  return out;
}

/** The overall paragraph: 自查, 问题, and the clues (from the sent table where one counts them, else from the records); cases where no sent table counts them. */
function overall(d: DraftInput, tables: Result[] | null): Inline[] {
  const period = d.figures.period;
  const when = period ? `${period.label}，` : '';
  const fromTables = (kind: Result['kind']) => tables?.filter((r) => r.kind === kind).flatMap((r) => r.runs) ?? [];
  const clues = fromTables('clues');
  // Cases the sent tables count are told section by section under 主要措施; otherwise here, from the records.
  const cases = tables?.some((r) => r.kind === 'cases') ? [] : caseRuns(d);
  return [t(`${when}我院`), ...inspectionRuns(d), ...problemRuns(d), ...(clues.length ? clues : clueRuns(d)), ...cases];
}

function leadership(b: Blocks, d: DraftInput, topic: string): void {
  const g = d.settings.group;
  const leaders = g.filter((m) => m.role === '组长');
  const deputies = g.filter((m) => m.role === '副组长');
  const members = g.filter((m) => m.role === '成员');
  b.h(1, level1(1, '加强组织领导'));
  b.p(
    t(`我院成立了${topic}工作领导小组，`),
    ...(leaders.length ? [t(`${postedNames(leaders)}任组长`)] : [t('组长由'), blank('领导小组组长'), t('担任')]),
    ...(deputies.length ? [t(`，${postedNames(deputies)}任副组长`)] : []),
    ...(members.length ? [t(`，${members.map((m) => m.post || m.name).join('、')}为成员`)] : [t('，成员为'), blank('领导小组成员')]),
    t('。'),
    ...(d.settings.groupOffice ? [t(`${d.settings.groupOffice.replace(/[。；]$/, '')}。`)] : [blank('领导小组办公室设置'), t('。')]),
  );
  b.p(t('召开专题会议'), blank('会议次数'), t('次，研究部署专项整治工作；通过'), blank('宣传方式（院周会、宣传栏、院内网站等）'),
    t('开展宣传，公布举报电话'), blank('举报电话'), t('和举报邮箱'), blank('举报邮箱'), t('，畅通投诉举报渠道。'));
}

function measures(b: Blocks, d: DraftInput, tables: Result[] | null): void {
  b.h(1, level1(2, '主要措施及成效'));
  const groups = taskGroups(hospitalTasks(d.figures.file, d.hospital));
  let n = 0;
  for (const g of groups) {
    const heading = groups.length === 1 && g.tasks.length > 1 ? `${g.title}落实情况` : g.title;
    const titles = g.tasks.map((x) => x.title.replace(/[。；，]$/, ''));
    b.h(2, level2(++n, `${heading}。`),
      ...(g.tasks.length > 1 ? [t(`围绕${titles.slice(0, 4).join('、')}${titles.length > 4 ? `等${titles.length}项任务` : ''}，`)] : []),
      blank(`${heading}的具体做法和成效`));
  }
  // The cases as the sent tables count them, section by section; without such a table the overall paragraph told them.
  const cases = tables?.filter((r) => r.kind === 'cases') ?? [];
  if (cases.length) {
    b.h(2, level2(++n, '严肃查处违法违规行为。'), ...(cases[0]?.runs ?? []));
    for (const r of cases.slice(1)) b.p(...r.runs);
  }
  if (!n) b.p(blank('主要措施及成效'));
}

function remaining(b: Blocks, d: DraftInput): void {
  const f = d.figures;
  b.h(1, level1(3, '存在的问题'));
  repeatParagraph(b, f);
  if (!has(f, 'problems.total')) {
    b.p(blank('存在的问题'));
    return;
  }
  if (f.values['problems.open'] === '0') {
    b.p(t('本专项行动登记的问题均已完成整改，但'), blank('工作中仍存在的薄弱环节'), t('。'));
    return;
  }
  // By kind of problem, as the ledger files them; the kinds add up to the unfinished total.
  const runs: Inline[] = [t(`截至${documentDate(d.today)}，仍有`), fig(f, 'problems.open'), t('个问题未整改到位，其中')];
  f.openByCategory.forEach((c, i) => {
    const name = c.category || '其他';
    runs.push(t(`${i ? '、' : ''}${name}方面`), fig(f, `problems.openByCategory.${name}`), t('个'));
  });
  runs.push(t('。'));
  b.p(...runs);
  b.p(t('主要表现在：'), blank('问题的具体表现和原因分析'), t('。'));
}

/** 下一步, from what is still open: the kinds of unfinished problem, overdue ones, clues not yet disposed of. */
function nextSteps(b: Blocks, d: DraftInput): void {
  const f = d.figures;
  b.h(1, level1(4, '下一步工作'));
  let n = 0;
  const open = f.openByCategory.filter((c) => c.open > 0);
  if (open.length) {
    const kinds = open.slice(0, 3).map((c) => c.category || '其他').join('、');
    const runs: Inline[] = [t(`针对${kinds}${open.length > 3 ? '等' : ''}方面尚未整改到位的`), fig(f, 'problems.open'),
      t('个问题，逐项明确责任科室、责任人和完成时限，整改一个、销号一个')];
    if (f.values['problems.overdue'] !== '0') runs.push(t('；对已超过整改时限的'), fig(f, 'problems.overdue'), t('个问题挂牌督办，限期整改到位'));
    if (f.values['problems.staged'] !== '0') runs.push(t('；对阶段性完成的'), fig(f, 'problems.staged'), t('个问题跟踪问效，防止反弹'));
    b.h(2, level2(++n, '持续抓好问题整改。'), ...runs, t('。'));
  }
  if (has(f, 'clues.undisposed') && f.values['clues.undisposed'] !== '0') {
    b.h(2, level2(++n, '加快线索核查处置。'), t('对尚未处置的'), fig(f, 'clues.undisposed'),
      t('条问题线索抓紧核查、分类处置，查实的依规依纪严肃处理，涉嫌违纪违法的及时移送有关部门。'));
  }
  if (!has(f, 'inspection.rounds')) {
    b.h(2, level2(++n, '深入开展自查自纠。'), t(`对照${noticeCitation(f.file)}的整治重点，组织各科室全面开展自查，发现的问题全部纳入台账管理。`));
  }
  b.h(2, level2(++n, '建立健全长效机制。'), t('总结专项整治中的有效做法，'), blank('拟完善的制度和机制'), t('，将集中整治与日常监管相结合。'));
}

export function draftSummary(d: DraftInput, attachments: Attachment[]): OfficialDocument {
  const file = d.figures.file;
  const topic = campaignTopic(file);
  const b = new Blocks('s');
  b.p(t(`根据${noticeCitation(file)}要求，我院高度重视，结合实际认真组织开展${topic}工作。现将工作情况总结如下：`));
  const tables = tableResults(d);
  b.p(...overall(d, tables));
  leadership(b, d, topic);
  measures(b, d, tables);
  remaining(b, d);
  nextSteps(b, d);
  const title = `${hospitalName(d)}${topic}工作情况总结`;
  return {
    kind: 'summary',
    head: head(d, title.length > 200 ? title.slice(0, 200) : title, { addressee: d.settings.addressee || null }),
    body: b.list,
    attachments,
    colophon: null,
  };
}
