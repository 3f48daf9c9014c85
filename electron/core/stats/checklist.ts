// A checklist (检查表, e.g. 广西 Annex 2) filled from a self-inspection round: each
// item's result written as the paper form asks ("抽查 20 人，违法违规 0 人", "有").
import type { CampaignFile, Checklist, ChecklistItem } from '../../../shared/campaign';
import { chineseDate } from '../../../shared/dates';
import type { AnswerValue } from '../../../shared/inspection';
import { formatWan } from '../../../shared/money';
import type { StatsCell, StatsPeriod, StatsTableView } from '../../../shared/stats';
import type { Facts } from './facts';
import { headerLines, headingsOf, type Settings } from './header';

function answerText(item: ChecklistItem, a: AnswerValue | undefined): string {
  if (!a) return '';
  switch (a.kind) {
    case 'yesno':
      return a.value;
    case 'sampled': {
      const unit = item.answer.kind === 'sampled' ? item.answer.unit : '人';
      return `抽查 ${a.sampled} ${unit}，违法违规 ${a.violating} ${unit}`;
    }
    case 'amount':
      return `${a.fen > 0 ? '有' : '无'}，${formatWan(a.fen)} 万元`;
    case 'count':
      return String(a.count);
    case 'persons': {
      const roles = item.answer.kind === 'persons' ? item.answer.roles : Object.keys(a.byRole);
      const unit = item.answer.kind === 'persons' ? item.answer.unit : '人';
      return roles.map((r) => `${r}：${(a.byRole[r] ?? 0) > 0 ? '有' : '无'}，${a.byRole[r] ?? 0} ${unit}`).join('；');
    }
    case 'text':
      return a.text;
    case 'date':
      return chineseDate(a.date);
    case 'docNumber':
      return a.number;
    case 'percent':
      return `${a.percent}%`;
    case 'progress':
      return `${a.status}${a.done ? `：${a.done}` : ''}`;
  }
}

function numberOf(a: AnswerValue | undefined): number | null {
  if (!a) return null;
  if (a.kind === 'yesno') return a.value === '有' ? 1 : 0;
  if (a.kind === 'sampled') return a.violating;
  if (a.kind === 'amount') return a.fen / 1_000_000;
  if (a.kind === 'count') return a.count;
  if (a.kind === 'persons') return Object.values(a.byRole).reduce((s, n) => s + n, 0);
  if (a.kind === 'percent') return a.percent;
  return null;
}

export function checklistView(file: CampaignFile, checklist: Checklist, period: StatsPeriod, facts: Facts, settings: Settings): StatsTableView {
  const lines = headerLines(checklist.header.map((h) => h.label), settings, period, false);
  const how = facts.round ? `自查轮次“${facts.round.name}”的回答` : null;
  const cell = (item: ChecklistItem): StatsCell => {
    const a = facts.round?.answers.get(item.id);
    return {
      columnId: '', value: numberOf(a), text: answerText(item, a), basis: a ? 'answer' : 'blank', how, measure: null,
      traceable: false, entered: null, issues: [],
    };
  };
  return {
    campaignId: file.id,
    campaignTitle: file.title,
    tableId: checklist.id,
    kind: 'checklist',
    annex: checklist.annex,
    title: checklist.title,
    period,
    columns: [{ id: '', label: '检查结果' }],
    mappable: false,
    ownColumnId: null,
    headerFields: lines.header,
    footerFields: lines.footer,
    sections: checklist.groups.map((g) => ({
      id: g.id,
      title: g.title,
      rows: g.items.map((item) => ({
        id: item.id, no: item.no, label: `${item.no}.${item.text}`, sublabel: null, unit: null, labelSpan: 1,
        cells: [cell(item)],
        remark: facts.round?.notes.get(item.id) ?? '',
      })),
    })),
    note: '注：此表供检查时使用。',
    round: facts.round ? { id: facts.round.id, name: facts.round.name } : null,
    issues: facts.round
      ? []
      : [{ rowId: null, columnId: null, rule: 'setup', message: `统计期内没有“${file.title}”的自查轮次，检查表无法填写；请先开展自查` }],
    layout: { orientation: 'portrait', numbered: false, sublabels: false, unitColumn: false, headings: headingsOf(file.id, checklist.id, 'checklist') },
  };
}
